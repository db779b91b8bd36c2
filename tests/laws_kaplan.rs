#![cfg(not(target_arch = "wasm32"))]
//! Kaplan et al. 2020 (arXiv 2001.08361) against the numbers the paper prints: its constants
//! (Tables 2, 5, 6; eqs. 1.1–1.3, 4.4, 6.8), and the consequences it states in words or figures
//! (§1.1 "8x the model, roughly 5x the data", §1.2 "2^−α_N = 0.95", §4.2's 22B tokens, Fig. 14's
//! 5x and 2x per decade, Table 6's one-epoch 2e10 tokens, §6.3's breakdown point).
//!
//! Every expected value is printed in the paper and compared at the precision it is printed
//! with (a printed "0.95" is met when the page's value rounds to 0.95). A few printed numbers
//! are left out because the paper contradicts itself there (see the notes beside the tests).

use scaling_viz::laws::kaplan::{
    kaplan_loss, kaplan_loss_vs_compute, kaplan_loss_vs_d, kaplan_loss_vs_n, kaplan_optimal_n, ALPHA_C_MIN, ALPHA_D,
    ALPHA_N, BREAKDOWN_N, BREAKDOWN_PF_DAYS, C_C_MIN_PF_DAYS, D_C, JOINT_ALPHA_D, JOINT_ALPHA_N, JOINT_D_C, JOINT_N_C,
    MIN_TOKENS_EXPONENT, MIN_TOKENS_PREFACTOR, N_C, OPTIMAL_N_EXPONENT, OPTIMAL_N_PREFACTOR,
};
use scaling_viz::laws::{flops_to_pf_days, kaplan_min_tokens, pf_days_to_flops, Law, LawId, FLOPS_PER_PF_DAY};

#[track_caller]
fn assert_close(what: &str, got: f64, want: f64, tol: f64) {
    let err = ((got - want) / want).abs();
    assert!(err <= tol, "{what}: got {got:e}, want {want:e} (relative error {err:.3e} > {tol:e})");
}

/// `got` rounds to the printed `printed`, which has `decimals` digits after the point.
#[track_caller]
fn assert_rounds_to(what: &str, got: f64, printed: f64, decimals: i32) {
    let scale = 10f64.powi(decimals);
    assert!(
        (got * scale).round() == (printed * scale).round(),
        "{what}: {got} does not round to the printed {printed}"
    );
}

/// The local exponent `d ln y / d ln x` of `f` at `x` (over a factor of 10).
fn log_slope(f: impl Fn(f64) -> f64, x: f64) -> f64 {
    (f(10.0 * x).ln() - f(x).ln()) / 10f64.ln()
}

#[test]
fn the_constants_are_the_printed_ones() {
    // Table 5 (and eqs. 1.1–1.3).
    assert_eq!((ALPHA_N, N_C), (0.076, 8.8e13));
    assert_eq!((ALPHA_D, D_C), (0.095, 5.4e13));
    assert_eq!((ALPHA_C_MIN, C_C_MIN_PF_DAYS), (0.050, 3.1e8));
    // Table 2, the joint fit L(N, D).
    assert_eq!((JOINT_ALPHA_N, JOINT_ALPHA_D, JOINT_N_C, JOINT_D_C), (0.076, 0.103, 6.4e13, 1.8e13));
    // Table 6: N_opt = N_e · C_min^p_N with N_e = 1.3·10^9 params, p_N = 0.73.
    assert_eq!((OPTIMAL_N_PREFACTOR, OPTIMAL_N_EXPONENT), (1.3e9, 0.73));
    // Eq. 4.4: D ≳ (5 × 10^3) N^0.74.
    assert_eq!((MIN_TOKENS_PREFACTOR, MIN_TOKENS_EXPONENT), (5e3, 0.74));
    // Eq. 6.8: C* ~ 10^4 PF-days, N* ~ 10^12 parameters.
    assert_eq!((BREAKDOWN_PF_DAYS, BREAKDOWN_N), (1e4, 1e12));
}

/// Eqs. 1.1–1.3 and Table 2 through the functions: `L = (X_c/X)^α_X` is 1 nat at `X = X_c` and
/// has log-slope −α_X everywhere, with the printed X_c and α_X. This fails if a function uses
/// another constant than its table's, or another form.
#[test]
fn each_power_law_is_one_nat_at_its_printed_scale_and_falls_with_its_printed_exponent() {
    assert_close("L(N_c = 8.8e13)", kaplan_loss_vs_n(8.8e13), 1.0, 1e-12);
    assert_close("L(D_c = 5.4e13)", kaplan_loss_vs_d(5.4e13), 1.0, 1e-12);
    assert_close("L(C_c = 3.1e8 PF-days)", kaplan_loss_vs_compute(pf_days_to_flops(3.1e8)), 1.0, 1e-12);
    for x in [1e3, 1e9, 1e20] {
        assert_close("slope of L(N)", log_slope(kaplan_loss_vs_n, x), -0.076, 1e-9);
        assert_close("slope of L(D)", log_slope(kaplan_loss_vs_d, x), -0.095, 1e-9);
        assert_close("slope of L(C_min)", log_slope(kaplan_loss_vs_compute, x * 1e3), -0.050, 1e-9);
    }
    // Eq. 1.5 with Table 2: with D → ∞ it is (6.4e13/N)^0.076, with N → ∞ it is (1.8e13/D)^0.103.
    assert_close("L(6.4e13, ∞)", kaplan_loss(6.4e13, 1e300), 1.0, 1e-12);
    assert_close("L(∞, 1.8e13)", kaplan_loss(1e300, 1.8e13), 1.0, 1e-12);
    assert_close("slope in N at D = ∞", log_slope(|n| kaplan_loss(n, 1e300), 1e9), -0.076, 1e-9);
    assert_close("slope in D at N = ∞", log_slope(|d| kaplan_loss(1e300, d), 1e9), -0.103, 1e-9);
    // Table 6: N_opt = 1.3e9 at C_min = 1 PF-day, slope p_N = 0.73.
    assert_close("N_opt(1 PF-day)", kaplan_optimal_n(8.64e19), 1.3e9, 1e-12);
    assert_close("p_N", log_slope(kaplan_optimal_n, 1e21), 0.73, 1e-9);
    let law = Law::builtin(LawId::Kaplan2020);
    assert_eq!(law.loss_vs_n(1e9), kaplan_loss_vs_n(1e9));
    assert_eq!(law.loss_vs_d(1e9), kaplan_loss_vs_d(1e9));
    assert_eq!(law.iso_flop_loss(1e21, 1e9), kaplan_loss(1e9, 1e21 / 6e9));
    assert_eq!(law.surface(), None);
}

#[test]
fn pf_day_is_8_64e19_flops() {
    // §1.3: "one PF-day = 10^15 × 24 × 3600 = 8.64 × 10^19 floating point operations".
    assert_eq!(FLOPS_PER_PF_DAY, 8.64e19);
    assert_eq!(pf_days_to_flops(1.0), 8.64e19);
    assert_eq!(flops_to_pf_days(8.64e19), 1.0);
    for p in [1e-8, 3.1e8, 1e4, 12.5] {
        assert_close("round trip", flops_to_pf_days(pf_days_to_flops(p)), p, 1e-15);
    }
    // GPT-3 175B: 3.64E+03 PF-days = 3.14E+23 FLOPs (Brown et al. 2020, arXiv 2005.14165,
    // Table D.1): the conversion agrees to the printed three digits.
    assert_rounds_to("GPT-3, 1e21 FLOPs", pf_days_to_flops(3.64e3) / 1e21, 314.0, 0);
}

/// §1.2: "doubling the number of parameters yields a loss that is smaller by a factor
/// 2^−α_N = 0.95".
#[test]
fn doubling_the_parameters_multiplies_l_of_n_by_0_95() {
    for n in [1e6, 1e9, 1e12] {
        assert_rounds_to("L(2N)/L(N)", kaplan_loss_vs_n(2.0 * n) / kaplan_loss_vs_n(n), 0.95, 2);
    }
}

/// §1.1: "every time we increase the model size 8x, we only need to increase the data by
/// roughly 5x to avoid a penalty" (eq. 4.4: D ∝ N^0.74).
#[test]
fn eight_times_the_model_needs_roughly_five_times_the_data() {
    let ratio = kaplan_min_tokens(8e9) / kaplan_min_tokens(1e9);
    assert_rounds_to("8x the model → data ×", ratio, 5.0, 0);
    assert_close("5e3 at N = 1", kaplan_min_tokens(1.0), 5e3, 1e-12);
}

/// Eq. 4.4 is the joint fit's overfitting held to the seed noise: §4.2 estimates "the
/// variation in the loss with different random seeds is roughly 0.02, which means that to avoid
/// overfitting ... we require D ≳ (5 × 10^3) N^0.74". So δL = L(N, D)/L(N, ∞) − 1 (eq. 4.2) of
/// the Table 2 fit at D = 5e3·N^0.74 must be ≈ 0.02 across the fitted sizes (it is 0.021): this
/// ties eq. 1.5, Table 2 and eq. 4.4 together.
#[test]
fn at_the_eq_4_4_data_the_joint_fit_overfits_by_the_printed_0_02() {
    for n in [768.0, 1e6, 1e9, 1.5e9] {
        let d = kaplan_min_tokens(n);
        let delta = kaplan_loss(n, d) / kaplan_loss(n, 1e300) - 1.0;
        assert_rounds_to(&format!("δL at N = {n:e}, D = {d:e}"), delta, 0.02, 2);
    }
}

/// §4.2: "models smaller than 10^9 parameters can be trained with minimal overfitting on the 22B
/// token WebText2 dataset, but our largest models will encounter some mild overfitting". The
/// dataset has 2.29 × 10^10 tokens (§2.3); the largest model has 1.5 billion parameters (§3).
#[test]
fn webtext2_suffices_for_a_billion_parameters_but_not_for_the_largest_model() {
    let webtext2 = 2.29e10;
    assert!(kaplan_min_tokens(1e9) <= webtext2, "{:e}", kaplan_min_tokens(1e9));
    assert!(kaplan_min_tokens(1.5e9) > webtext2, "{:e}", kaplan_min_tokens(1.5e9));
}

/// Fig. 14 (left): "Optimal model size grows very rapidly with C_min, increasing by 5x for each
/// 10x increase in compute. The number of data examples processed makes up the remainder of the
/// increase, growing relatively modestly by only 2x."
#[test]
fn per_decade_of_compute_the_model_grows_5x_and_the_data_2x() {
    let law = Law::builtin(LawId::Kaplan2020);
    for c in [1e18, 1e21, 1e24] {
        let (now, then) = (law.optimum(c), law.optimum(10.0 * c));
        assert_rounds_to("N* per decade", then.n / now.n, 5.0, 0);
        assert_rounds_to("D* per decade", then.d / now.d, 2.0, 0);
    }
}

/// Table 6: "D_opt = D_e · C_min^p_D (1 epoch)", p_D = 0.27, D_e = 2·10^10 tokens. One epoch at
/// the critical batch size is C = 2 C_min (§6.3, eq. 6.7: D(C_min) = 2C_min / (6N(C_min))), so
/// D_e is twice the page's D* = C/(6N*) at 1 PF-day: 2.2e10, which rounds to the printed 2e10.
/// (Eq. 6.7 itself prints 4 × 10^10 and exponent 0.26, which neither Table 6 nor N_e = 1.3e9
/// give: not asserted.)
#[test]
fn one_epoch_data_is_table_6s_2e10_tokens_per_pf_day_to_the_0_27() {
    let law = Law::builtin(LawId::Kaplan2020);
    let one_epoch = |c: f64| 2.0 * law.optimum(c).d;
    assert_rounds_to("D_e, 1e10 tokens", one_epoch(8.64e19) / 1e10, 2.0, 0);
    for c in [1e18, 1e21, 1e24] {
        assert_close("p_D", log_slope(one_epoch, c), 0.27, 1e-9);
    }
    // §1.1: "data requirements growing very slowly as D ~ C^0.27".
    // Eq. 6.6: keeping overfitting in check, D ∝ N^0.74 ∝ C_min^0.54.
    assert_rounds_to("eq. 6.6 exponent", log_slope(|c| kaplan_min_tokens(kaplan_optimal_n(c)), 1e21), 0.54, 2);
}

/// §6.3, eq. 6.8: L(C_min) meets the data-limited L(D(C_min)) (eq. 6.7's one-epoch D, L(D) of
/// eq. 1.2) at "C* ~ 10^4 PF-Days, N* ~ 10^12 parameters, ... L* ~ 1.7 nats/token". Found here
/// by bisection on the page's own laws: 1.7e4 PF-days, 1.6e12 parameters, so the printed orders
/// of magnitude hold; and at the printed C* = 10^4 PF-days the loss (1.68) rounds to 1.7 (at the
/// bisected crossing it is 1.63: L* is not asserted there). D* ~ 10^12 tokens is not asserted
/// either: the one-epoch D is 3.1e11 at the crossing (2.7e11 at 10^4 PF-days), and the paper's
/// eq. 6.7, which it used, disagrees with its Table 6 (see above).
#[test]
fn the_breakdown_point_of_section_6_3() {
    let law = Law::builtin(LawId::Kaplan2020);
    let gap = |c: f64| kaplan_loss_vs_compute(c) - kaplan_loss_vs_d(2.0 * law.optimum(c).d);
    // The compute frontier is above the data bound at small C and crosses it once.
    let (mut lo, mut hi) = (pf_days_to_flops(1.0), pf_days_to_flops(1e8));
    assert!(gap(lo) > 0.0 && gap(hi) < 0.0, "{} {}", gap(lo), gap(hi));
    for _ in 0..200 {
        let mid = (lo * hi).sqrt();
        if gap(mid) > 0.0 {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let c_star = flops_to_pf_days(lo);
    assert_rounds_to("log10 C*, PF-days", c_star.log10(), 4.0, 0);
    assert_rounds_to("log10 N*", law.optimum(lo).n.log10(), 12.0, 0);
    let printed_c_star = pf_days_to_flops(1e4);
    assert_rounds_to("L at C* = 1e4 PF-days", kaplan_loss_vs_compute(printed_c_star), 1.7, 1);
    assert_rounds_to("log10 N at C* = 1e4 PF-days", kaplan_optimal_n(printed_c_star).log10(), 12.0, 0);
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
fn kaplan_fit_range_and_citation() {
    let law = Law::builtin(LawId::Kaplan2020);
    let fit = law.fit_range();
    // §3: "Model size (ranging in size from 768 to 1.5 billion non-embedding parameters)",
    // "Dataset size (ranging from 22 million to 23 billion tokens)".
    assert_eq!((fit.n.lo, fit.n.hi), (768.0, 1.5e9));
    assert_eq!((fit.d.lo, fit.d.hi), (22e6, 23e9));
    assert_close("C lo", flops_to_pf_days(fit.c.lo), 1e-8, 1e-12);
    assert_close("C hi", flops_to_pf_days(fit.c.hi), 1.0, 1e-12);
    let cite = law.citation();
    assert_eq!(cite.arxiv, "2001.08361");
    assert_eq!(cite.year, 2020);
    assert_eq!(law.loss_unit(), "nats/token");
}
