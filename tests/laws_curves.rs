#![cfg(not(target_arch = "wasm32"))]
//! Issue 18, learning curves: the lower envelope over N of L(N, C/6N) is the compute-optimal
//! frontier of the optimum code (within the sampling of a dense family of sizes); the curve of
//! each size touches it, tangentially, at the budget where that size is optimal; the gap to the
//! converged loss L(N, D) − L(N, ∞) is B/D^β (Hoffmann et al. 2022, eq. 2 with eq. 10's numbers)
//! and, for Kaplan et al. 2020's eq. 1.5, the difference to its own D → ∞ limit.

use scaling_viz::laws::kaplan::{kaplan_loss, JOINT_ALPHA_D, JOINT_ALPHA_N, JOINT_D_C, JOINT_N_C};
use scaling_viz::laws::learning_curves::{size_of_half_decade, CURVE_HALF_DECADES};
use scaling_viz::laws::minimize::golden_section;
use scaling_viz::laws::units::tokens_for_budget;
use scaling_viz::laws::{log_space, Coefficients, Law, LawId};

fn rel(a: f64, b: f64) -> f64 {
    (a - b).abs() / b.abs().max(1e-300)
}

/// The laws whose optimum is the minimum of their own surface, the custom one with other
/// coefficients than Chinchilla's.
fn parametric_laws() -> Vec<Law> {
    let custom = Coefficients { e: 2.1, a: 300.0, b: 900.0, alpha: 0.4, beta: 0.3 };
    LawId::ALL.into_iter().map(|id| Law::new(id, custom)).filter(|l| l.optimum_minimises_surface()).collect()
}

/// The minimum over a dense log grid of sizes (10⁴…10¹⁶, 20 000 points: 0.0018 decades apart)
/// of L(N, C/6N): the lower envelope of that many learning curves at budget `c`.
fn sampled_envelope(law: &Law, c: f64) -> (f64, f64) {
    log_space(1e4, 1e16, 20_000)
        .map(|n| (n, law.loss(n, tokens_for_budget(c, n))))
        .fold((f64::NAN, f64::INFINITY), |best, p| if p.1 < best.1 { p } else { best })
}

#[test]
fn the_envelope_of_the_curves_is_the_compute_optimal_frontier() {
    let laws = parametric_laws();
    assert_eq!(laws.len(), 5, "chinchilla2022, epoch2024, muennighoff2023, custom, fit");
    for law in &laws {
        for c in log_space(1e17, 1e28, 23) {
            let opt = law.optimum(c);
            // The envelope the plot draws is the optimum code's frontier, exactly.
            assert!(rel(law.envelope_loss(c), opt.loss) < 1e-12, "{:?} at {c:e}", law.id());
            assert!(rel(law.envelope_n(c), opt.n) < 1e-12, "{:?} at {c:e}", law.id());
            // A dense family of learning curves never goes below it and reaches it to within
            // the sampling: a grid step of 0.0018 decades in N costs < 1e-5 relative loss.
            let (n_min, l_min) = sampled_envelope(law, c);
            assert!(l_min >= opt.loss * (1.0 - 1e-12), "{:?} at {c:e}: {l_min} < {}", law.id(), opt.loss);
            assert!(rel(l_min, opt.loss) < 1e-5, "{:?} at {c:e}: {l_min} vs {}", law.id(), opt.loss);
            assert!((n_min / opt.n).log10().abs() < 0.002, "{:?} at {c:e}: N {n_min:e} vs {:e}", law.id(), opt.n);
        }
    }
}

#[test]
fn each_curve_touches_the_envelope_where_its_size_is_optimal() {
    for law in parametric_laws() {
        for h in CURVE_HALF_DECADES {
            let n = size_of_half_decade(h);
            let c = law.tangency_budget(n);
            let opt = law.optimum(c);
            // The tangency point is the optimum for its own compute ...
            assert!(rel(opt.n, n) < 1e-10, "{:?} N {n:e}: optimum {:e} at {c:e}", law.id(), opt.n);
            let curve = |c: f64| law.loss(n, tokens_for_budget(c, n));
            assert!(rel(curve(c), opt.loss) < 1e-10, "{:?} N {n:e}", law.id());
            // ... the curve lies above the envelope on both sides ...
            for f in [0.5, 0.9, 0.99, 1.01, 1.1, 2.0] {
                assert!(curve(c * f) > law.envelope_loss(c * f), "{:?} N {n:e} at {f}·C", law.id());
            }
            // ... and has the envelope's slope there (d ln L / d ln C, central differences).
            let h: f64 = 1e-4;
            let slope = |f: &dyn Fn(f64) -> f64| (f(c * h.exp()).ln() - f(c * (-h).exp()).ln()) / (2.0 * h);
            let (s_curve, s_env) = (slope(&curve), slope(&|c| law.envelope_loss(c)));
            assert!((s_curve - s_env).abs() < 1e-6, "{:?} N {n:e}: slopes {s_curve} vs {s_env}", law.id());
        }
    }
}

#[test]
fn sizes_are_every_half_decade_from_1e7_to_1e12() {
    let sizes: Vec<f64> = CURVE_HALF_DECADES.map(size_of_half_decade).collect();
    assert_eq!(sizes.len(), 11);
    assert_eq!((sizes[0], sizes[2], sizes[10]), (1e7, 1e8, 1e12));
    assert!(rel(sizes[1], 10f64.powf(7.5)) < 1e-15);
}

/// Kaplan et al.'s eq. 1.5: its own envelope is found by a 1-D search along C = 6ND, and the
/// tangency budget inverts it. It is not Kaplan's Table 6 allocation (a separate fit).
#[test]
fn kaplan_eq_1_5_has_its_own_envelope_apart_from_table_6() {
    let law = Law::builtin(LawId::Kaplan2020);
    for c in log_space(1e17, 1e28, 12) {
        let f = |ln_n: f64| kaplan_loss(ln_n.exp(), tokens_for_budget(c, ln_n.exp()));
        let n_search = golden_section(&f, 1e3_f64.ln(), 1e17_f64.ln(), 1e-10).exp();
        assert!(rel(law.envelope_n(c), n_search) < 1e-6, "at {c:e}: {:e} vs {n_search:e}", law.envelope_n(c));
        let (_, l_min) = sampled_envelope(&law, c);
        assert!(l_min >= law.envelope_loss(c) * (1.0 - 1e-12) && rel(l_min, law.envelope_loss(c)) < 1e-5);
        assert!(rel(law.tangency_budget(law.envelope_n(c)), c) < 1e-10);
    }
    // N ∝ C^(1/(1 + α_N/α_D)) = C^0.575 on eq. 1.5's envelope, against Table 6's C^0.73: the
    // allocation is not the minimum of eq. 1.5 (the page says so where Kaplan is shown).
    let slope = (law.envelope_n(1e25) / law.envelope_n(1e20)).log10() / 5.0;
    assert!((slope - 1.0 / (1.0 + JOINT_ALPHA_N / JOINT_ALPHA_D)).abs() < 1e-9 && (slope - 0.575).abs() < 1e-3);
    assert!(!law.optimum_minimises_surface());
    let table_6 = law.optimum(1e24).n;
    assert!(law.loss(table_6, tokens_for_budget(1e24, table_6)) > law.envelope_loss(1e24));
}

#[test]
fn the_gap_to_convergence_is_the_data_term() {
    // Chinchilla, eq. 10 as printed (B = 410.7, β = 0.28), Chinchilla's own 70B on 1.4T tokens:
    // 410.7 / (1.4e12)^0.28 = 0.1632 nats.
    let law = Law::builtin(LawId::Chinchilla2022);
    let (n, d): (f64, f64) = (70e9, 1.4e12);
    let by_hand = 410.7 / d.powf(0.28);
    assert!(rel(law.gap_to_convergence(n, d), by_hand) < 1e-12);
    assert!((by_hand - 0.1632).abs() < 5e-4, "{by_hand}");
    assert!(rel(law.converged_loss(n), 1.69 + 406.4 / n.powf(0.34)) < 1e-12);
    assert!(rel(law.gap_to_convergence(n, d), law.loss(n, d) - law.converged_loss(n)) < 1e-9);
    // The same surface under Approaches 1 and 2; the gap does not depend on N.
    for id in [LawId::Chinchilla2022A1, LawId::Chinchilla2022A2] {
        assert!(rel(Law::builtin(id).gap_to_convergence(n, d), by_hand) < 1e-12);
    }
    assert!(rel(law.gap_to_convergence(1e7, d), by_hand) < 1e-12);
    // Every law: positive, finite, the loss minus its limit, and falling to 0 with D.
    let kaplan = Law::builtin(LawId::Kaplan2020);
    for law in parametric_laws().into_iter().chain([kaplan]) {
        for n in log_space(1e6, 1e14, 9) {
            let mut last = f64::INFINITY;
            for d in log_space(1e8, 1e16, 9) {
                let gap = law.gap_to_convergence(n, d);
                assert!(gap.is_finite() && gap > 0.0 && gap < last, "{:?} {n:e} {d:e}: {gap}", law.id());
                let diff = law.loss(n, d) - law.converged_loss(n);
                assert!((gap - diff).abs() < 1e-12 * law.loss(n, d) + 1e-9 * gap, "{:?} {n:e} {d:e}", law.id());
                last = gap;
            }
            assert!(law.gap_to_convergence(n, 1e40) < 1e-3, "{:?} {n:e}", law.id());
        }
    }
    // Kaplan: eq. 1.5's own limit (N_c = 6.4e13, α_N = 0.076, Table 2), by hand.
    let (n, d): (f64, f64) = (1.5e9, 2.3e10);
    let limit = (JOINT_N_C / n).powf(JOINT_ALPHA_N);
    let eq_1_5 = ((JOINT_N_C / n).powf(JOINT_ALPHA_N / JOINT_ALPHA_D) + JOINT_D_C / d).powf(JOINT_ALPHA_D);
    assert!(rel(kaplan.converged_loss(n), limit) < 1e-12);
    assert!(rel(kaplan.gap_to_convergence(n, d), eq_1_5 - limit) < 1e-9);
    assert!(rel(kaplan.loss(n, 1e30), limit) < 1e-6);
}

/// The compute-optimal run stops with a fixed share of its reducible loss still in the data
/// term: α·A/N*^α = β·B/D*^β on the frontier, so B/D*^β / (L* − E) = α/(α + β) at every budget
/// (0.34/0.62 = 54.8 % for eq. 10): far from converged, however large the budget.
#[test]
fn compute_optimal_runs_stop_long_before_convergence() {
    let c = Coefficients::CHINCHILLA;
    let law = Law::builtin(LawId::Chinchilla2022);
    for budget in log_space(1e17, 1e28, 12) {
        let o = law.optimum(budget);
        let share = law.gap_to_convergence(o.n, o.d) / (o.loss - c.e);
        assert!((share - c.alpha / (c.alpha + c.beta)).abs() < 1e-9, "{budget:e}: {share}");
    }
    assert!((c.alpha / (c.alpha + c.beta) - 0.548).abs() < 1e-3);
}
