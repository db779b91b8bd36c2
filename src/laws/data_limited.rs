//! Data-constrained scaling: Muennighoff, Rush, Barak, Le Scao, Piktus, Tazi, Pyysalo, Wolf,
//! Raffel 2023, "Scaling Data-Constrained Language Models" (arXiv 2305.16264), §3 (eqs. 5–6)
//! and the fitted values of their repository `huggingface/datablations` (README, C4 fit).
//!
//! Repeated tokens are worth less: with `U_D` unique tokens seen `1 + R_D` times,
//! `D′ = U_D + U_D·R_D*·(1 − e^(−R_D/R_D*))`; parameters beyond the compute-optimal size for the
//! unique data, `U_N = min(N, N_opt(U_D))`, are worth less the same way,
//! `N′ = U_N + U_N·R_N*·(1 − e^(−R_N/R_N*))`. The loss is the parametric surface at (N′, D′).
//! The same R_D*, R_N* can be applied to any parametric law (the page says when it does so: it
//! transfers Muennighoff's fit).

use super::coefficients::Coefficients;
use super::minimize::minimize_near;
use super::units::tokens_for_budget;

/// The two decay constants of repeated data and excess parameters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Repetition {
    /// R_D*: after about this many repetitions, repeated data is worth little more.
    pub rd_star: f64,
    /// R_N*: the same for parameters beyond N_opt(U_D).
    pub rn_star: f64,
}

impl Repetition {
    /// Muennighoff et al. 2023, datablations README: R_D* = 15.387756, R_N* = 5.309743.
    pub const MUENNIGHOFF: Repetition = Repetition { rd_star: 15.387756, rn_star: 5.309743 };
}

/// `U + U·R*·(1 − e^(−R/R*))`, `R = max(x/U − 1, 0)`: the effective amount of `x` when only
/// `u` of it is new (Muennighoff et al. eq. 5).
fn effective(x: f64, u: f64, r_star: f64) -> f64 {
    let r = (x / u - 1.0).max(0.0);
    u + u * r_star * -(-r / r_star).exp_m1()
}

/// Compute-optimal split of a budget under a data limit (Muennighoff et al. §3, eq. 6 minimised
/// along C = 6ND).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DataLimitedOptimum {
    /// Parameters N.
    pub n: f64,
    /// Training tokens D = C/(6N), repeats included.
    pub d: f64,
    /// Epochs over the unique data, D/U.
    pub epochs: f64,
    /// Effective data D′.
    pub d_effective: f64,
    /// L(N′, D′), nats/token.
    pub loss: f64,
}

impl Coefficients {
    /// Muennighoff et al. 2023, C4 fit from the datablations README, published as natural logs:
    /// a = 6.255414, b = 7.3049974, e = 0.6254804 (A = e^a, B = e^b, E = e^e),
    /// α = β = 0.3526596. The literals are `exp` of those logs (tested against them).
    pub const MUENNIGHOFF: Coefficients = Coefficients {
        e: 1.8691436784054858,
        a: 520.8249516599187,
        b: 1487.716093782861,
        alpha: 0.3526596,
        beta: 0.3526596,
    };

    /// Compute-optimal parameters for `d` tokens: `N_opt(D) = (D·G)^(β/α)·G`, the inverse of
    /// eq. 4's `D* = G⁻¹(C/6)^b` (Muennighoff et al. §3).
    pub fn optimal_n_for_tokens(&self, d: f64) -> f64 {
        let ln_g = self.ln_g();
        ((d.ln() + ln_g) * self.beta / self.alpha + ln_g).exp()
    }

    /// Effective parameters and data `(N′, D′)` of `n` parameters trained on `d` tokens drawn
    /// from `unique` distinct tokens (Muennighoff et al. eq. 5 and the datablations code).
    pub fn effective(&self, n: f64, d: f64, unique: f64, rep: Repetition) -> (f64, f64) {
        let u_d = unique.min(d);
        let d_eff = effective(d, u_d, rep.rd_star);
        let u_n = n.min(self.optimal_n_for_tokens(u_d));
        let n_eff = effective(n, u_n, rep.rn_star);
        (n_eff, d_eff)
    }

    /// Loss with repeated data, `L(N′, D′)` (Muennighoff et al. eq. 6).
    pub fn loss_limited(&self, n: f64, d: f64, unique: f64, rep: Repetition) -> f64 {
        let (n_eff, d_eff) = self.effective(n, d, unique, rep);
        self.loss(n_eff, d_eff)
    }

    /// Minimises [`Coefficients::loss_limited`] along `6ND = c` with `unique` distinct tokens:
    /// bracketing from the unlimited optimum, then golden-section search on `ln N`. When the
    /// unlimited optimum needs no more than `unique` tokens it is the answer. When the budget is
    /// so large against `unique` that both N′ and D′ saturate, the loss is flat to the last
    /// digit over a wide range of N and the split found is one point of that plateau.
    pub fn data_limited_optimum(&self, c: f64, unique: f64, rep: Repetition) -> DataLimitedOptimum {
        let ln_c6 = (c / 6.0).ln();
        let f = |x: f64| self.loss_limited(x.exp(), (ln_c6 - x).exp(), unique, rep);
        let x0 = self.optimal_n(c).ln();
        // e^±40 around the unlimited optimum: far beyond any optimum the limit can move to.
        let (lo, hi) = (x0 - 40.0, x0 + 40.0);
        let x = minimize_near(&f, x0, 0.25, lo, hi, 1e-11);
        let n = x.exp();
        let d = tokens_for_budget(c, n);
        let (_, d_effective) = self.effective(n, d, unique, rep);
        DataLimitedOptimum { n, d, epochs: d / unique, d_effective, loss: self.loss_limited(n, d, unique, rep) }
    }
}
