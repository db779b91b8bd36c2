#![cfg(not(target_arch = "wasm32"))]
//! Kaplan et al. 2020 (arXiv 2001.08361): compute-efficient N*, L(C_min), the overfitting guide
//! and PF-day conversions.

use scaling_viz::laws::kaplan::{
    kaplan_loss, kaplan_loss_vs_compute, kaplan_loss_vs_d, kaplan_loss_vs_n, kaplan_optimal_n,
};
use scaling_viz::laws::{flops_to_pf_days, kaplan_min_tokens, pf_days_to_flops, Law, LawId, FLOPS_PER_PF_DAY};

#[track_caller]
fn assert_close(what: &str, got: f64, want: f64, tol: f64) {
    let err = ((got - want) / want).abs();
    assert!(err <= tol, "{what}: got {got:e}, want {want:e} (relative error {err:.3e} > {tol:e})");
}

#[test]
fn pf_day_is_8_64e19_flops() {
    // §1.3: 1 PF-day = 10^15 × 24 × 3600 FLOPs.
    assert_eq!(FLOPS_PER_PF_DAY, 1e15 * 24.0 * 3600.0);
    assert_eq!(pf_days_to_flops(1.0), 8.64e19);
    assert_eq!(flops_to_pf_days(8.64e19), 1.0);
    for p in [1e-8, 3.1e8, 1e4, 12.5] {
        assert_close("round trip", flops_to_pf_days(pf_days_to_flops(p)), p, 1e-15);
    }
    // GPT-3's 3.64e3 PF-days are the familiar 3.14e23 FLOPs.
    assert_close("GPT-3", pf_days_to_flops(3.64e3), 3.14e23, 0.002);
}

#[test]
fn optimal_n_follows_table_6() {
    // N_opt = 1.3e9 · C_min^0.73, C_min in PF-days.
    assert_close("1 PF-day", kaplan_optimal_n(8.64e19), 1.3e9, 1e-12);
    assert_close("10 PF-days", kaplan_optimal_n(8.64e20), 1.3e9 * 10f64.powf(0.73), 1e-12);
    assert_close("1e-3 PF-days", kaplan_optimal_n(8.64e16), 1.3e9 * 1e-3f64.powf(0.73), 1e-12);
    // "Optimal model size ... increasing by 5x for each 10x increase in compute" (Fig. 14).
    let ratio = kaplan_optimal_n(1e22) / kaplan_optimal_n(1e21);
    assert!((5.0..5.5).contains(&ratio), "{ratio}");
    // §6.3, eq. 6.8: at C* ~ 1e4 PF-days, N* ~ 1e12 parameters and L* ~ 1.7 nats/token.
    let c_star = pf_days_to_flops(1e4);
    assert_close("N* at C*", kaplan_optimal_n(c_star), 1e12, 0.1);
    assert_close("L at C*", kaplan_loss_vs_compute(c_star), 1.7, 0.02);
}

#[test]
fn loss_vs_compute_is_eq_1_3() {
    // L(C_min) = (3.1e8 / C_min)^0.050.
    assert_close("1 PF-day", kaplan_loss_vs_compute(8.64e19), 3.1e8f64.powf(0.05), 1e-12);
    assert_close("1 PF-day value", kaplan_loss_vs_compute(8.64e19), 2.658, 1e-3);
    assert_close("1e-8 PF-days", kaplan_loss_vs_compute(8.64e11), (3.1e8f64 / 1e-8).powf(0.05), 1e-12);
    // Each 10× of compute multiplies the loss by 10^-0.05 ≈ 0.891.
    let r = kaplan_loss_vs_compute(1e24) / kaplan_loss_vs_compute(1e23);
    assert_close("per decade", r, 10f64.powf(-0.05), 1e-12);
}

#[test]
fn optimum_uses_kaplans_frontier() {
    let law = Law::builtin(LawId::Kaplan2020);
    for c in [1e15, 8.64e19, 1e21, 5.76e23, 1e30] {
        let opt = law.optimum(c);
        assert_eq!(opt.n, kaplan_optimal_n(c));
        assert_eq!(opt.loss, kaplan_loss_vs_compute(c));
        assert_close("6ND = C", 6.0 * opt.n * opt.d, c, 1e-12);
    }
    // Kaplan's rule puts far more into parameters than Chinchilla at Gopher's budget.
    let k = law.optimum(5.76e23);
    let a1 = Law::builtin(LawId::Chinchilla2022A1).optimum(5.76e23);
    assert!(k.n > 3.0 * a1.n && k.tokens_per_param < 2.0, "{k:?}");
}

#[test]
fn single_variable_laws_are_eqs_1_1_and_1_2() {
    assert_close("L(N)", kaplan_loss_vs_n(1.5e9), (8.8e13f64 / 1.5e9).powf(0.076), 1e-12);
    assert_close("L(D)", kaplan_loss_vs_d(2.3e10), (5.4e13f64 / 2.3e10).powf(0.095), 1e-12);
    // Doubling N multiplies L(N) by 2^-0.076 ≈ 0.95 (§1.2).
    assert_close("2^-αN", kaplan_loss_vs_n(2e9) / kaplan_loss_vs_n(1e9), 0.9487, 1e-3);
    let law = Law::builtin(LawId::Kaplan2020);
    assert_eq!(law.loss_vs_n(1e9), kaplan_loss_vs_n(1e9));
    assert_eq!(law.loss_vs_d(1e9), kaplan_loss_vs_d(1e9));
    assert_eq!(law.surface(), None);
}

#[test]
fn joint_law_is_eq_1_5_with_table_2_fit() {
    let (an, ad, nc, dc) = (0.076f64, 0.103f64, 6.4e13f64, 1.8e13f64);
    for (n, d) in [(1e6, 1e8), (1.5e9, 2.3e10), (1e14, 1e16)] {
        let want = ((nc / n).powf(an / ad) + dc / d).powf(ad);
        assert_close("L(N, D)", kaplan_loss(n, d), want, 1e-12);
    }
    // D → ∞ leaves (N_c/N)^α_N of the joint fit.
    assert_close("L(N, ∞)", kaplan_loss(1e9, 1e40), (6.4e13f64 / 1e9).powf(0.076), 1e-9);
    let law = Law::builtin(LawId::Kaplan2020);
    assert_eq!(law.iso_flop_loss(1e21, 1e9), kaplan_loss(1e9, 1e21 / 6e9));
}

#[test]
fn eight_times_the_model_needs_only_about_five_times_the_data() {
    // Eq. 4.4, D ≳ 5e3 · N^0.74, and §1.1: "every time we increase the model size 8x, we only
    // need to increase the data by roughly 5x": 8^0.74 ≈ 4.66.
    let ratio = kaplan_min_tokens(8e9) / kaplan_min_tokens(1e9);
    assert_close("8^0.74", ratio, 8f64.powf(0.74), 1e-12);
    assert_close("8^0.74 value", ratio, 4.66, 0.002);
    assert!((4.5..5.5).contains(&ratio), "roughly 5×: {ratio}");
    assert_close("5e3·N^0.74", kaplan_min_tokens(1e6), 5e3 * 1e6f64.powf(0.74), 1e-12);
    // §4.2: models below 1e9 parameters train with minimal overfitting on 22B tokens.
    let d = kaplan_min_tokens(1e9);
    assert!((20e9..25e9).contains(&d), "{d:e}");
}

#[test]
fn kaplan_fit_range_and_citation() {
    let law = Law::builtin(LawId::Kaplan2020);
    let fit = law.fit_range();
    assert_eq!((fit.n.lo, fit.n.hi), (768.0, 1.5e9));
    assert_eq!((fit.d.lo, fit.d.hi), (22e6, 23e9));
    assert_close("C lo", flops_to_pf_days(fit.c.lo), 1e-8, 1e-12);
    assert_close("C hi", flops_to_pf_days(fit.c.hi), 1.0, 1e-12);
    let cite = law.citation();
    assert_eq!(cite.arxiv, "2001.08361");
    assert_eq!(cite.year, 2020);
    assert_eq!(law.loss_unit(), "nats/token");
}
