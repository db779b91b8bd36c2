#![cfg(not(target_arch = "wasm32"))]
//! Schaeffer, Miranda, Koyejo 2023 (arXiv 2304.15004): token accuracy p = exp(−(L − E)),
//! exact match p^k, partial credit p — the formulas, monotonicity in N and in k, the limits,
//! and finiteness over N 1e7…1e13 along each law's compute-optimal path.

use scaling_viz::laws::emergence::{exact_match_of_loss, token_probability};
use scaling_viz::laws::{log_space, Accuracy, Coefficients, Law, LawId};

fn rel(a: f64, b: f64) -> f64 {
    (a - b).abs() / b.abs().max(1e-300)
}

/// The laws with an L(N, D) surface (every one but Kaplan), the custom one with other
/// coefficients than Chinchilla's.
fn laws_with_surface() -> Vec<Law> {
    let mut custom = Coefficients::CHINCHILLA;
    custom.e = 2.1;
    custom.alpha = 0.4;
    LawId::ALL.into_iter().map(|id| Law::new(id, custom)).filter(|law| law.surface().is_some()).collect()
}

#[test]
fn the_formulas_are_schaeffer_et_al_s() {
    let c = Coefficients::CHINCHILLA;
    let law = Law::builtin(LawId::Chinchilla2022);
    let (n, d): (f64, f64) = (70e9, 1.4e12);
    // L − E by hand: A/N^α + B/D^β.
    let red = c.a / n.powf(c.alpha) + c.b / d.powf(c.beta);
    assert!(rel(law.reducible_loss(n, d).unwrap(), red) < 1e-12);
    assert!(rel(law.reducible_loss(n, d).unwrap(), law.loss(n, d) - c.e) < 1e-9);
    let acc = law.accuracy(n, d, 10).unwrap();
    let p = (-red).exp();
    assert!(rel(acc.token, p) < 1e-12);
    assert!(rel(acc.exact_match, p.powi(10)) < 1e-12);
    assert_eq!(acc.partial_credit, acc.token);
    // k = 1: exact match is token accuracy.
    assert!(rel(Accuracy::of(red, 1).exact_match, p) < 1e-15);
    // Chinchilla (70B, 1.4T): L − E ≈ 0.25 nats, p ≈ 0.78, a 10-token answer ≈ 0.08.
    assert!((0.2..0.3).contains(&red), "{red}");
    assert!((0.05..0.12).contains(&acc.exact_match), "{}", acc.exact_match);
}

#[test]
fn kaplan_has_no_irreducible_loss_and_is_left_out() {
    let k = Law::builtin(LawId::Kaplan2020);
    assert_eq!(k.reducible_loss(1e9, 2e10), None);
    assert_eq!(k.accuracy(1e9, 2e10, 10), None);
}

#[test]
fn the_custom_law_uses_its_own_e() {
    let mut c = Coefficients::CHINCHILLA;
    c.e = 2.5;
    let law = Law::custom(c).unwrap();
    let (n, d) = (1e9, 2e10);
    assert!(rel(law.reducible_loss(n, d).unwrap(), law.loss(n, d) - 2.5) < 1e-9);
    // E does not enter: same A, B, α, β give the same reducible loss.
    let chin = Law::builtin(LawId::Chinchilla2022);
    assert!(rel(law.reducible_loss(n, d).unwrap(), chin.reducible_loss(n, d).unwrap()) < 1e-12);
}

#[test]
fn limits_p_tends_to_one_and_stays_in_the_unit_interval() {
    assert_eq!(token_probability(0.0), 1.0);
    assert!(1.0 - token_probability(1e-12) < 1e-11);
    assert_eq!(token_probability(-1.0), 1.0);
    assert_eq!(token_probability(f64::NAN), 1.0);
    for l in [1e-9, 0.01, 0.1, 1.0, 5.0, 20.0] {
        let p = token_probability(l);
        assert!(p > 0.0 && p <= 1.0, "{l}: {p}");
        for k in [1, 5, 10, 30, 100] {
            let e = exact_match_of_loss(l, k);
            assert!((0.0..=1.0).contains(&e) && e <= p, "{l} {k}: {e}");
        }
    }
    // A law's reducible loss vanishes as N and D grow: p → 1.
    let law = Law::builtin(LawId::Chinchilla2022);
    let far = law.accuracy(1e30, 1e32, 10).unwrap();
    assert!(far.token > 0.999 && far.exact_match > 0.99, "{far:?}");
}

#[test]
fn monotonic_in_n_along_the_compute_optimal_path_and_in_k() {
    for law in laws_with_surface() {
        let mut prev: Option<Accuracy> = None;
        for n in log_space(1e7, 1e13, 200) {
            let d = law.optimal_tokens_for_params(n);
            let a = law.accuracy(n, d, 10).unwrap();
            if let Some(p) = prev {
                assert!(a.token > p.token && a.exact_match > p.exact_match, "{:?} at {n:e}", law.id());
            }
            prev = Some(a);
            let mut last = f64::INFINITY;
            for k in 1..=100 {
                let e = law.accuracy(n, d, k).unwrap().exact_match;
                assert!(e < last || (e == 0.0 && last == 0.0), "{:?} k={k}", law.id());
                last = e;
            }
        }
    }
}

#[test]
fn the_compute_optimal_path_inverts_each_law_s_allocation() {
    for id in LawId::ALL {
        let law = Law::builtin(id);
        for n in log_space(1e7, 1e13, 25) {
            let c = law.budget_for_optimal_n(n);
            assert!(rel(law.optimal_n(c), n) < 1e-9, "{id:?} {n:e}");
            let o = law.optimum(c);
            assert!(rel(law.optimal_tokens_for_params(n), o.d) < 1e-9, "{id:?} {n:e}");
        }
    }
}

#[test]
fn finite_over_1e7_to_1e13_for_every_law_with_a_surface() {
    for law in laws_with_surface() {
        for n in log_space(1e7, 1e13, 400) {
            let d = law.optimal_tokens_for_params(n);
            assert!(d.is_finite() && d > 0.0, "{:?} {n:e}", law.id());
            for k in [1, 5, 10, 30, 100] {
                let a = law.accuracy(n, d, k).unwrap();
                for v in [a.token, a.exact_match, a.partial_credit] {
                    assert!(v.is_finite() && (0.0..=1.0).contains(&v), "{:?} {n:e} {k}: {a:?}", law.id());
                }
                assert!(a.token > 0.0);
            }
        }
    }
}

/// The point of the paper: exact match jumps on a linear axis, but its logarithm −k·L_red is
/// as smooth as the loss (a straight-ish line on a log axis).
#[test]
fn the_jump_is_the_metric_ln_exact_match_is_k_times_the_loss() {
    let law = Law::builtin(LawId::Chinchilla2022);
    for n in log_space(1e7, 1e13, 50) {
        let d = law.optimal_tokens_for_params(n);
        let red = law.reducible_loss(n, d).unwrap();
        let a = law.accuracy(n, d, 30).unwrap();
        assert!(rel(-a.exact_match.ln(), 30.0 * red) < 1e-9);
    }
    // On a linear axis the 30-token exact match goes from ~0 to most of the way in a few decades.
    let at = |n: f64| law.accuracy(n, law.optimal_tokens_for_params(n), 30).unwrap().exact_match;
    assert!(at(1e8) < 1e-4 && at(1e13) > 0.2, "{} {}", at(1e8), at(1e13));
}

/// Where exact match passes a level along the path: at the size returned, p^k is that level
/// (checked with the accuracy formula itself), below it less, above it more.
#[test]
fn the_size_where_exact_match_passes_a_level_is_where_p_to_the_k_equals_it() {
    for law in laws_with_surface() {
        for k in [1, 10, 30] {
            for target in [0.1, 0.5, 0.9] {
                let Some(n) = law.size_for_exact_match(k, target) else { continue };
                let at = |n: f64| law.accuracy(n, law.optimal_tokens_for_params(n), k).expect("surface").exact_match;
                assert!(rel(at(n), target) < 1e-9, "{:?} k={k}: {} at {n:e}, want {target}", law.id(), at(n));
                assert!(at(n / 1.5) < target && at(n * 1.5) > target, "{:?} k={k} target={target}", law.id());
            }
        }
    }
    let chinchilla = Law::builtin(LawId::Chinchilla2022);
    assert!(chinchilla.size_for_exact_match(10, 0.5).is_some());
    assert_eq!(Law::builtin(LawId::Kaplan2020).size_for_exact_match(10, 0.5), None);
    assert_eq!(chinchilla.size_for_exact_match(10, 1.5), None);
}
