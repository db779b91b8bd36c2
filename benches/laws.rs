//! Criterion benchmark of the `laws` layer: what one full redraw of the page costs.
//!
//! 5 laws × 5 curves (loss vs N, loss vs D, one IsoFLOP profile, the optimum-loss frontier, the
//! optimum N/D split) × 400 points = 10 000 evaluations per iteration.
//! Native only: on wasm32 (where criterion is not a dependency) this is an empty program.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion};
    use scaling_viz::laws::{log_space, Law, LawId};
    use std::hint::black_box;

    const POINTS: usize = 400;
    const LAWS: [LawId; 5] =
        [LawId::Kaplan2020, LawId::Chinchilla2022, LawId::Chinchilla2022A1, LawId::Chinchilla2022A2, LawId::Epoch2024];

    /// Evaluates every curve of every law once; returns a checksum so nothing is optimised away.
    fn all_curves(laws: &[Law], n: &[f64], d: &[f64], c: &[f64]) -> f64 {
        let mut sum = 0.0;
        for law in laws {
            for &x in n {
                sum += law.loss_vs_n(x);
            }
            for &x in d {
                sum += law.loss_vs_d(x);
            }
            for &x in n {
                sum += law.iso_flop_loss(1e21, x);
            }
            for &x in c {
                sum += law.optimum(x).loss;
            }
            for &x in c {
                let opt = law.optimum(x);
                sum += opt.n + opt.d;
            }
        }
        sum
    }

    fn bench(crit: &mut Criterion) {
        let laws: Vec<Law> = LAWS.iter().map(|&id| Law::builtin(id)).collect();
        let n: Vec<f64> = log_space(1e6, 1e14, POINTS).collect();
        let d: Vec<f64> = log_space(1e8, 1e16, POINTS).collect();
        let c: Vec<f64> = log_space(1e15, 1e30, POINTS).collect();
        crit.bench_function("laws: 5 laws x 5 curves x 400 points", |b| {
            b.iter(|| all_curves(black_box(&laws), black_box(&n), black_box(&d), black_box(&c)))
        });
        // One IsoFLOP profile per law, point by point vs as a geometric sequence
        // (`Law::iso_flop_profile`, what the plots use).
        crit.bench_function("iso-FLOP profiles, 5 laws x 400 points: direct", |b| {
            b.iter(|| {
                let mut sum = 0.0;
                for law in black_box(&laws) {
                    for &x in black_box(&n) {
                        sum += law.iso_flop_loss(1e21, x);
                    }
                }
                sum
            })
        });
        crit.bench_function("iso-FLOP profiles, 5 laws x 400 points: sequence", |b| {
            b.iter(|| {
                let mut sum = 0.0;
                for law in black_box(&laws) {
                    sum += law.iso_flop_profile(1e21, 1e6, 1e14, POINTS).map(|(_, loss)| loss).sum::<f64>();
                }
                sum
            })
        });
    }

    /// Issue 17: the loss landscape of one law (81 × 81 samples, its levels, each level's
    /// sublevel polygons and iso-lines), and its chart: what a switch of the primary law costs
    /// before painting (target: the repaint ≤ 30 ms in the page).
    fn landscape(crit: &mut Criterion) {
        use scaling_viz::i18n::Lang;
        use scaling_viz::plots::scenes::Landscape;
        use scaling_viz::plots::{PlotKind, Scene, Theme};
        use scaling_viz::state::AppState;
        let state = AppState::default();
        crit.bench_function("landscape: contours of chinchilla2022", |b| b.iter(|| Landscape::of(black_box(&state))));
        let land = Landscape::of(&state);
        crit.bench_function("landscape: chart with given contours", |b| {
            b.iter(|| Scene::new(black_box(&state), Lang::En, Theme::LIGHT).with_landscape(&land).chart(PlotKind::Nd))
        });
    }

    /// Issue 20: Approach 3 (grid of 4,500 starts, L-BFGS from the best 12) on Epoch's 240
    /// points of Chinchilla's Fig. 4 (target ≤ 300 ms in the release build).
    fn fit(crit: &mut Criterion) {
        use scaling_viz::laws::fit::{without_highest_losses, Approach3Job};
        let text = include_str!("../assets/data/chinchilla-figure4-epoch.csv");
        let runs = without_highest_losses(&scaling_viz::state::runs::parse_runs(text).runs, 5);
        let mut group = crit.benchmark_group("fit");
        group.sample_size(20);
        group.bench_function("Approach 3 on Epoch's 240 points", |b| {
            b.iter(|| Approach3Job::new(black_box(&runs)).finish())
        });
        group.finish();
    }

    criterion_group!(benches, bench, landscape, fit);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
