#![cfg(not(target_arch = "wasm32"))]
//! Properties of every law over the whole slider domain (C 1e15…1e30 FLOPs, N 1e6…1e14,
//! D 1e8…1e16), including custom coefficients anywhere in their valid ranges.

mod common;
use common::{log_uniform, uniform};
use proptest::prelude::*;
use scaling_viz::laws::{Coefficients, Law, LawId, LawKind};

const C_RANGE: (f64, f64) = (1e15, 1e30);
const N_RANGE: (f64, f64) = (1e6, 1e14);
const D_RANGE: (f64, f64) = (1e8, 1e16);

fn range(field: &str) -> (f64, f64) {
    Coefficients::valid_range(field).expect("known field")
}

/// Any valid custom coefficients (corners of the box included).
fn valid_coefficients() -> impl Strategy<Value = Coefficients> {
    let (e, ab, ex) = (range("E"), range("A"), range("alpha"));
    (uniform(e.0, e.1), log_uniform(ab.0, ab.1), log_uniform(ab.0, ab.1), uniform(ex.0, ex.1), uniform(ex.0, ex.1))
        .prop_map(|(e, a, b, alpha, beta)| Coefficients { e, a, b, alpha, beta })
}

fn custom_law() -> impl Strategy<Value = Law> {
    valid_coefficients().prop_map(|c| Law::custom(c).expect("strategy yields valid coefficients"))
}

fn builtin_law() -> impl Strategy<Value = Law> {
    prop::sample::select(LawId::ALL.to_vec()).prop_map(Law::builtin)
}

/// Every law: the built-ins and the custom law with any valid coefficients.
fn any_law() -> impl Strategy<Value = Law> {
    prop_oneof![builtin_law(), custom_law()]
}

/// Every law that predicts a loss (all but DeepSeek's allocation law).
fn loss_law() -> impl Strategy<Value = Law> {
    let ids: Vec<LawId> = LawId::ALL.into_iter().filter(|id| id.has_loss()).collect();
    prop_oneof![prop::sample::select(ids).prop_map(Law::builtin), custom_law()]
}

/// The laws whose optimum is the exact minimum of their own surface.
fn parametric_law() -> impl Strategy<Value = Law> {
    prop_oneof![
        Just(Law::builtin(LawId::Chinchilla2022)),
        Just(Law::builtin(LawId::Epoch2024)),
        Just(Law::builtin(LawId::Muennighoff2023)),
        custom_law(),
    ]
}

fn sorted_pair(lo: f64, hi: f64) -> impl Strategy<Value = (f64, f64)> {
    (log_uniform(lo, hi), log_uniform(lo, hi)).prop_filter("distinct", |(x, y)| x != y).prop_map(|(x, y)| {
        if x < y {
            (x, y)
        } else {
            (y, x)
        }
    })
}

#[track_caller]
fn assert_finite_positive(what: &str, law: &Law, v: f64) {
    assert!(v.is_finite() && v > 0.0, "{what} = {v} for {:?}", law.kind());
}

proptest! {
    #[test]
    fn no_nan_or_infinity_anywhere_in_the_domain(
        law in any_law(),
        c in log_uniform(C_RANGE.0, C_RANGE.1),
        n in log_uniform(N_RANGE.0, N_RANGE.1),
        d in log_uniform(D_RANGE.0, D_RANGE.1),
    ) {
        let opt = law.optimum(c);
        assert_finite_positive("optimum.n", &law, opt.n);
        assert_finite_positive("optimum.d", &law, opt.d);
        assert_finite_positive("optimum.tokens_per_param", &law, opt.tokens_per_param);
        if law.has_loss() {
            assert_finite_positive("loss", &law, law.loss(n, d));
            assert_finite_positive("loss_vs_n", &law, law.loss_vs_n(n));
            assert_finite_positive("loss_vs_d", &law, law.loss_vs_d(d));
            assert_finite_positive("iso_flop_loss", &law, law.iso_flop_loss(c, n));
            assert_finite_positive("optimum.loss", &law, opt.loss);
        } else {
            // No loss surface (DeepSeek): every loss is NaN, never a made-up number.
            prop_assert!(law.loss(n, d).is_nan() && opt.loss.is_nan());
        }
        prop_assert_eq!(opt.compute, c);
    }

    #[test]
    fn optimum_spends_exactly_the_budget(law in any_law(), c in log_uniform(C_RANGE.0, C_RANGE.1)) {
        let opt = law.optimum(c);
        let spent = 6.0 * opt.n * opt.d;
        prop_assert!(((spent - c) / c).abs() <= 1e-9, "6·N·D = {spent:e} for C = {c:e}");
        prop_assert!(((opt.tokens_per_param - opt.d / opt.n) / opt.tokens_per_param).abs() < 1e-12);
        prop_assert_eq!(opt.n, law.optimal_n(c));
    }

    #[test]
    fn losses_never_increase_with_n_or_d(
        law in loss_law(),
        (n1, n2) in sorted_pair(N_RANGE.0, N_RANGE.1),
        (d1, d2) in sorted_pair(D_RANGE.0, D_RANGE.1),
    ) {
        prop_assert!(law.loss(n2, d1) <= law.loss(n1, d1));
        prop_assert!(law.loss(n1, d2) <= law.loss(n1, d1));
        prop_assert!(law.loss_vs_n(n2) <= law.loss_vs_n(n1));
        prop_assert!(law.loss_vs_d(d2) <= law.loss_vs_d(d1));
        if let Some(s) = law.surface() {
            // The excess terms themselves are strictly decreasing (E can absorb them in f64).
            if n2 >= 1.01 * n1 {
                prop_assert!(s.model_term(n2) < s.model_term(n1));
            }
            if d2 >= 1.01 * d1 {
                prop_assert!(s.data_term(d2) < s.data_term(d1));
            }
        }
    }

    #[test]
    fn builtin_losses_strictly_decrease(
        law in builtin_law(),
        (n1, n2) in sorted_pair(N_RANGE.0, N_RANGE.1),
        (d1, d2) in sorted_pair(D_RANGE.0, D_RANGE.1),
    ) {
        prop_assume!(n2 >= 1.5 * n1 && d2 >= 1.5 * d1 && law.has_loss());
        prop_assert!(law.loss(n2, d1) < law.loss(n1, d1));
        prop_assert!(law.loss(n1, d2) < law.loss(n1, d1));
        prop_assert!(law.loss_vs_n(n2) < law.loss_vs_n(n1));
        prop_assert!(law.loss_vs_d(d2) < law.loss_vs_d(d1));
    }

    #[test]
    fn parametric_loss_is_above_e(
        law in any_law(),
        n in log_uniform(N_RANGE.0, N_RANGE.1),
        d in log_uniform(D_RANGE.0, D_RANGE.1),
    ) {
        if let Some(s) = law.surface() {
            prop_assert!(s.model_term(n) > 0.0 && s.data_term(d) > 0.0);
            prop_assert!(law.loss(n, d) >= s.e);
            prop_assert!(law.loss_vs_n(n) >= s.e && law.loss_vs_d(d) >= s.e);
            if !matches!(law.id(), LawId::Custom | LawId::Fit) {
                // Published surfaces: the excess is far above one ulp of E.
                prop_assert!(law.loss(n, d) > s.e);
                prop_assert!(law.loss_vs_n(n) > s.e && law.loss_vs_d(d) > s.e);
            }
        }
    }

    #[test]
    fn optimum_beats_every_other_split(
        law in parametric_law(),
        c in log_uniform(C_RANGE.0, C_RANGE.1),
        ln_k in -7.0f64..7.0,
    ) {
        let opt = law.optimum(c);
        let n = opt.n * ln_k.exp();
        let other = law.iso_flop_loss(c, n);
        prop_assert!(
            other >= opt.loss * (1.0 - 4.0 * f64::EPSILON),
            "N = {n:e}: {other} < optimum {}", opt.loss
        );
        // Same on the excess terms, which f64 resolves much more finely.
        let s = law.surface().unwrap();
        let excess = |n: f64| s.model_term(n) + s.data_term(c / (6.0 * n));
        prop_assert!(excess(n) >= excess(opt.n) * (1.0 - 1e-12));
    }

    #[test]
    fn frontier_grows_and_loss_falls_with_compute(
        law in any_law(),
        (c1, c2) in sorted_pair(C_RANGE.0, C_RANGE.1),
    ) {
        prop_assume!(c2 >= 1.01 * c1);
        let (o1, o2) = (law.optimum(c1), law.optimum(c2));
        prop_assert!(o2.n > o1.n && o2.d > o1.d, "{o1:?} {o2:?}");
        if law.has_loss() {
            prop_assert!(o2.loss <= o1.loss, "{o1:?} {o2:?}");
        }
    }
}

#[test]
fn corners_of_the_coefficient_box_stay_finite() {
    let fields = Coefficients::FIELDS.map(range);
    for mask in 0u32..32 {
        let pick = |i: usize| {
            if mask & (1 << i) == 0 {
                fields[i].0
            } else {
                fields[i].1
            }
        };
        let coefficients = Coefficients { e: pick(0), a: pick(1), b: pick(2), alpha: pick(3), beta: pick(4) };
        let law = Law::custom(coefficients).expect("corners are valid");
        for c in [C_RANGE.0, C_RANGE.1] {
            let opt = law.optimum(c);
            for v in [opt.n, opt.d, opt.loss, opt.tokens_per_param] {
                assert!(v.is_finite() && v > 0.0, "{coefficients:?} C={c:e}: {opt:?}");
            }
            assert!(((6.0 * opt.n * opt.d - c) / c).abs() < 1e-9);
            for n in [N_RANGE.0, N_RANGE.1] {
                let v = law.iso_flop_loss(c, n);
                assert!(v.is_finite() && v > 0.0, "{coefficients:?} C={c:e} N={n:e}");
            }
        }
        for n in [N_RANGE.0, N_RANGE.1] {
            for d in [D_RANGE.0, D_RANGE.1] {
                let v = law.loss(n, d);
                assert!(v.is_finite() && v > 0.0, "{coefficients:?} N={n:e} D={d:e}");
            }
        }
    }
}

#[test]
fn every_law_kind_is_covered() {
    let kinds: Vec<&str> = LawId::ALL
        .iter()
        .map(|&id| match Law::builtin(id).kind() {
            LawKind::Kaplan => "kaplan",
            LawKind::Parametric(_) => "parametric",
            LawKind::Allocation { .. } => "allocation",
            LawKind::FlopsPerToken => "flops per token",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "kaplan",
            "parametric",
            "allocation",
            "allocation",
            "parametric",
            "parametric",
            "flops per token",
            "parametric",
            "parametric"
        ]
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The fast IsoFLOP profile (geometric sequences, `src/laws/profile.rs`) equals the direct
    /// evaluation at every point, both directions, over the whole domain.
    #[test]
    fn iso_flop_profile_matches_direct_evaluation(
        law in loss_law(),
        c in log_uniform(C_RANGE.0, C_RANGE.1),
        (n0, n1) in sorted_pair(N_RANGE.0, N_RANGE.1),
        reversed in any::<bool>(),
    ) {
        let (first, last) = if reversed { (n1, n0) } else { (n0, n1) };
        let points: Vec<(f64, f64)> = law.iso_flop_profile(c, first, last, 400).collect();
        prop_assert_eq!(points.len(), 400);
        for (i, &(n, loss)) in points.iter().enumerate() {
            let t = i as f64 / 399.0;
            let expected_n = (first.ln() + (last.ln() - first.ln()) * t).exp();
            prop_assert!((n / expected_n - 1.0).abs() < 1e-12, "n[{}] = {:e}, expected {:e}", i, n, expected_n);
            let direct = law.iso_flop_loss(c, n);
            prop_assert!((loss / direct - 1.0).abs() < 1e-12, "{:?} at C={:e} n={:e}: {} vs {}", law.kind(), c, n, loss, direct);
        }
    }
}
