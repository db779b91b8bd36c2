//! Kaplan et al. 2020, "Scaling Laws for Neural Language Models", arXiv 2001.08361.
//!
//! N is the number of non-embedding parameters, D tokens, loss in nats/token on WebText2,
//! compute `C_min` in PF-days (1 PF-day = 8.64e19 FLOPs, §1.3). Powers are evaluated in log
//! space (`(x_c/x)^α = exp(α ln(x_c/x))`).

use super::optimum::Optimum;
use super::units::{flops_to_pf_days, FLOPS_PER_PARAM_TOKEN};

/// α_N of `L(N) = (N_c/N)^α_N` (eq. 1.1).
pub const ALPHA_N: f64 = 0.076;
/// N_c of `L(N)`, non-embedding parameters (eq. 1.1).
pub const N_C: f64 = 8.8e13;
/// α_D of `L(D) = (D_c/D)^α_D` (eq. 1.2).
pub const ALPHA_D: f64 = 0.095;
/// D_c of `L(D)`, tokens (eq. 1.2).
pub const D_C: f64 = 5.4e13;
/// α_C^min of `L(C_min) = (C_c^min/C_min)^α_C^min` (eq. 1.3).
pub const ALPHA_C_MIN: f64 = 0.050;
/// C_c^min of `L(C_min)`, PF-days (eq. 1.3).
pub const C_C_MIN_PF_DAYS: f64 = 3.1e8;
/// α_N of the joint fit `L(N, D)` (eq. 1.5, fitted values of Table 2, §4.2).
pub const JOINT_ALPHA_N: f64 = 0.076;
/// α_D of the joint fit `L(N, D)` (eq. 1.5, Table 2).
pub const JOINT_ALPHA_D: f64 = 0.103;
/// N_c of the joint fit `L(N, D)` (eq. 1.5, Table 2).
pub const JOINT_N_C: f64 = 6.4e13;
/// D_c of the joint fit `L(N, D)` (eq. 1.5, Table 2).
pub const JOINT_D_C: f64 = 1.8e13;
/// Prefactor of the compute-efficient model size `N(C_min) = 1.3e9 · C_min^0.73`,
/// C_min in PF-days (Table 6; Fig. 14 left; §6.1 eq. 6.1 gives the exponent).
pub const OPTIMAL_N_PREFACTOR: f64 = 1.3e9;
/// Exponent of `N(C_min) ∝ C_min^0.73` (§6.1, eq. 6.1; Table 6).
pub const OPTIMAL_N_EXPONENT: f64 = 0.73;
/// Prefactor of the overfitting guide `D ≳ 5e3 · N^0.74` (§4.2, eq. 4.4).
pub const MIN_TOKENS_PREFACTOR: f64 = 5e3;
/// Exponent of the overfitting guide `D ≳ 5e3 · N^0.74` (§4.2, eq. 4.4); `≈ α_N/α_D`.
pub const MIN_TOKENS_EXPONENT: f64 = 0.74;

/// Where Kaplan's own trends must break down (§6.3, "Contradictions and a Conjecture"): the
/// compute-efficient frontier L(C_min) meets the data-limited bound L(D(C_min)) at
/// "C* ~ 10⁴ PF-Days, N* ~ 10¹² parameters, D* ~ 10¹² tokens, L* ~ 1.7 nats/token", values the
/// paper calls "highly uncertain, varying by an order or magnitude in either direction".
pub const BREAKDOWN_PF_DAYS: f64 = 1e4;
/// N* of the §6.3 intersection, non-embedding parameters (see [`BREAKDOWN_PF_DAYS`]).
pub const BREAKDOWN_N: f64 = 1e12;

/// `(x_c / x)^p`, computed as `exp(p · ln(x_c/x))`.
fn ratio_power(x_c: f64, x: f64, p: f64) -> f64 {
    (p * (x_c.ln() - x.ln())).exp()
}

/// `L(N) = (N_c/N)^α_N` with N_c = 8.8e13, α_N = 0.076 (eq. 1.1): a model of `n` non-embedding
/// parameters trained to convergence on ample data.
pub fn kaplan_loss_vs_n(n: f64) -> f64 {
    ratio_power(N_C, n, ALPHA_N)
}

/// `L(D) = (D_c/D)^α_D` with D_c = 5.4e13, α_D = 0.095 (eq. 1.2): a large model trained on `d`
/// tokens with early stopping.
pub fn kaplan_loss_vs_d(d: f64) -> f64 {
    ratio_power(D_C, d, ALPHA_D)
}

/// `L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D` with α_N = 0.076, α_D = 0.103, N_c = 6.4e13,
/// D_c = 1.8e13 (eq. 1.5 with the Table 2 fit): early-stopped loss of `n` parameters on `d` tokens.
pub fn kaplan_loss(n: f64, d: f64) -> f64 {
    let model = ratio_power(JOINT_N_C, n, JOINT_ALPHA_N / JOINT_ALPHA_D);
    let data = (JOINT_D_C.ln() - d.ln()).exp();
    (JOINT_ALPHA_D * (model + data).ln()).exp()
}

/// `L(N, ∞) = (N_c/N)^α_N` of the joint fit (eq. 1.5 as D → ∞, Table 2: N_c = 6.4e13,
/// α_N = 0.076): the loss eq. 1.5 converges to with unlimited data. Not eq. 1.1's separate fit
/// of L(N) (N_c = 8.8e13), so that `kaplan_loss(n, d)` falls to exactly this as `d` grows.
pub fn kaplan_loss_converged(n: f64) -> f64 {
    ratio_power(JOINT_N_C, n, JOINT_ALPHA_N)
}

/// `L(N, D) − L(N, ∞)` of eq. 1.5, computed without cancellation:
/// `L(N, ∞)·((1 + (D_c/D)/(N_c/N)^(α_N/α_D))^α_D − 1)`.
pub fn kaplan_gap_to_convergence(n: f64, d: f64) -> f64 {
    let model = ratio_power(JOINT_N_C, n, JOINT_ALPHA_N / JOINT_ALPHA_D);
    let data = (JOINT_D_C.ln() - d.ln()).exp();
    kaplan_loss_converged(n) * (JOINT_ALPHA_D * (data / model).ln_1p()).exp_m1()
}

/// `r = α_N/α_D` of eq. 1.5: the loss is `[(N_c/N)^r + D_c/D]^α_D`.
fn joint_ratio() -> f64 {
    JOINT_ALPHA_N / JOINT_ALPHA_D
}

/// The N that minimises eq. 1.5 along `C = 6ND`: setting d/dN of `(N_c/N)^r + 6·D_c·N/C` to
/// zero gives `r·(N_c/N)^r = D_c/D`, so `N = (r·N_c^r·C/(6·D_c))^(1/(1+r))`. This is the lower
/// envelope of eq. 1.5's learning curves; it is *not* Kaplan's compute-efficient allocation
/// (Table 6, [`kaplan_optimal_n`], N ∝ C^0.73), a separate fit: here N ∝ C^(1/(1+r)) ≈ C^0.58.
pub fn kaplan_surface_optimal_n(c: f64) -> f64 {
    let r = joint_ratio();
    ((r.ln() + r * JOINT_N_C.ln() + c.ln() - (FLOPS_PER_PARAM_TOKEN * JOINT_D_C).ln()) / (1.0 + r)).exp()
}

/// The budget at which `n` is [`kaplan_surface_optimal_n`]: `C = 6·D_c·N^(1+r)/(r·N_c^r)`.
pub fn kaplan_surface_budget_for_n(n: f64) -> f64 {
    let r = joint_ratio();
    ((FLOPS_PER_PARAM_TOKEN * JOINT_D_C).ln() + (1.0 + r) * n.ln() - r.ln() - r * JOINT_N_C.ln()).exp()
}

/// `L(C_min) = (C_c^min/C_min)^α_C^min` with C_c^min = 3.1e8 PF-days, α = 0.050 (eq. 1.3), for a
/// budget of `c` FLOPs.
pub fn kaplan_loss_vs_compute(c: f64) -> f64 {
    ratio_power(C_C_MIN_PF_DAYS, flops_to_pf_days(c), ALPHA_C_MIN)
}

/// Compute-efficient model size `N(C_min) = 1.3e9 · C_min^0.73` (Table 6, Fig. 14) for a budget
/// of `c` FLOPs (converted to PF-days).
pub fn kaplan_optimal_n(c: f64) -> f64 {
    (OPTIMAL_N_PREFACTOR.ln() + OPTIMAL_N_EXPONENT * flops_to_pf_days(c).ln()).exp()
}

/// The budget (FLOPs) whose [`kaplan_optimal_n`] is `n`: the inverse of Table 6's allocation,
/// `C_min = (N/1.3e9)^(1/0.73)` PF-days.
pub fn kaplan_budget_for_optimal_n(n: f64) -> f64 {
    super::units::pf_days_to_flops(((n.ln() - OPTIMAL_N_PREFACTOR.ln()) / OPTIMAL_N_EXPONENT).exp())
}

/// Overfitting guide `D ≳ 5e3 · N^0.74` tokens for `n` parameters (§4.2, eq. 4.4). It is why
/// "every time we increase the model size 8x, we only need to increase the data by roughly 5x"
/// (§1.1): 8^0.74 ≈ 4.66.
pub fn kaplan_min_tokens(n: f64) -> f64 {
    (MIN_TOKENS_PREFACTOR.ln() + MIN_TOKENS_EXPONENT * n.ln()).exp()
}

/// Kaplan's compute-efficient split of `c` FLOPs: N* = [`kaplan_optimal_n`],
/// `D* = C/(6N*)`, and the loss read from Kaplan's own frontier [`kaplan_loss_vs_compute`]
/// (not from eq. 1.5 at (N*, D*), which is a different fit).
pub fn kaplan_optimum(c: f64) -> Optimum {
    Optimum::from_params(c, kaplan_optimal_n(c), kaplan_loss_vs_compute(c))
}

/// B* of the critical batch size `B_crit(L) = B*/L^(1/α_B)`, tokens (eq. 1.4, §5.1).
pub const CRITICAL_BATCH_B_STAR: f64 = 2e8;
/// α_B of the critical batch size (eq. 1.4, §5.1).
pub const CRITICAL_BATCH_ALPHA: f64 = 0.21;

/// Kaplan's critical batch size in tokens at loss `loss` (nats/token on Kaplan's WebText2
/// scale): `B_crit(L) = B*/L^(1/α_B)`, B* ≈ 2e8 tokens, α_B ≈ 0.21 (eq. 1.4, §5.1). The
/// paper's L is its own loss; the page evaluates it at [`kaplan_loss`] of the model, so the
/// number is Kaplan's, not another law's.
pub fn critical_batch_tokens(loss: f64) -> f64 {
    (CRITICAL_BATCH_B_STAR.ln() - loss.ln() / CRITICAL_BATCH_ALPHA).exp()
}
