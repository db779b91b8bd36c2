//! Over-training overhead ("Harm's law"): H. de Vries 2023, "Go smol or go home",
//! <https://www.harmdevries.com/post/model-size-vs-compute-overhead/>.
//!
//! For a parametric surface `L(N, D) = E + A/N^α + B/D^β` (Hoffmann et al. 2022, eq. 2), the
//! compute-optimal model reaching loss ℓ costs `C_opt(ℓ)`; any other model (N, D) with
//! `L(N, D) = ℓ` costs `6ND ≥ C_opt(ℓ)`. With `k_N = N/N_opt` and `k_D = D/D_opt` for the same
//! loss, the optimum's first-order condition `α·A/N_opt^α = β·B/D_opt^β` gives
//!
//! `k_D = [1 − (β/α)(k_N^(−α) − 1)]^(−1/β)`, overhead `= k_N·k_D − 1`,
//!
//! independent of ℓ and of the budget. Below `k_N = (1 + α/β)^(−1/α)` the bracket is ≤ 0: no
//! amount of data reaches the loss (the asymptote of de Vries's plot).

use super::coefficients::Coefficients;
use super::units::FLOPS_PER_PARAM_TOKEN;

/// `ln(e^x + e^y)` without overflow.
pub(crate) fn ln_add_exp(x: f64, y: f64) -> f64 {
    let (hi, lo) = if x >= y { (x, y) } else { (y, x) };
    if hi == f64::NEG_INFINITY {
        return hi;
    }
    hi + (lo - hi).exp().ln_1p()
}

impl Coefficients {
    /// The smallest size fraction that can reach the optimum's loss at all:
    /// `k_N* = (1 + α/β)^(−1/α)` (de Vries 2023). For Chinchilla's eq. 10 ≈ 0.096.
    pub fn overhead_asymptote(&self) -> f64 {
        (-(self.alpha / self.beta).ln_1p() / self.alpha).exp()
    }

    /// `ln k_D` for size fraction `k_N` at equal loss, or `None` below
    /// [`Coefficients::overhead_asymptote`] (or for a non-positive `k_N`).
    pub fn ln_data_fraction(&self, k_n: f64) -> Option<f64> {
        if k_n.is_nan() || k_n <= 0.0 || !k_n.is_finite() {
            return None;
        }
        // 1 − (β/α)(k_N^−α − 1), with exp_m1 / ln_1p so k_N ≈ 1 keeps full precision.
        let inner = -(self.beta / self.alpha) * (-self.alpha * k_n.ln()).exp_m1();
        if inner <= -1.0 {
            return None;
        }
        let ln_k_d = -inner.ln_1p() / self.beta;
        ln_k_d.is_finite().then_some(ln_k_d)
    }

    /// Compute overhead `k_N·k_D − 1` of a model `k_N` times the compute-optimal size for the
    /// same loss (de Vries 2023): 0 at `k_N = 1`, `None` below the asymptote.
    pub fn overhead(&self, k_n: f64) -> Option<f64> {
        let ln_k_d = self.ln_data_fraction(k_n)?;
        let o = (k_n.ln() + ln_k_d).exp_m1();
        o.is_finite().then_some(o)
    }

    /// `ln(C_opt(ℓ)/6)`: the budget whose compute-optimal loss is `loss`. Along eq. 4's
    /// frontier `L* − E = K·(C/6)^(−c)` with `K = A·G^(−α) + B·G^β` and `c = αβ/(α+β)`;
    /// `None` when `loss ≤ E`.
    pub fn ln_budget_for_loss(&self, loss: f64) -> Option<f64> {
        self.ln_budget_for_excess(loss - self.e)
    }

    /// [`Coefficients::ln_budget_for_loss`] for the reducible loss `excess = ℓ − E` (given
    /// directly, so a loss a hair above E loses no digits to the subtraction).
    pub fn ln_budget_for_excess(&self, excess: f64) -> Option<f64> {
        if excess.is_nan() || excess <= 0.0 {
            return None;
        }
        let ln_g = self.ln_g();
        let ln_k = ln_add_exp(self.a.ln() - self.alpha * ln_g, self.b.ln() + self.beta * ln_g);
        let x = (ln_k - excess.ln()) / self.reducible_loss_exponent();
        x.is_finite().then_some(x)
    }

    /// The compute-optimal budget `C_opt(ℓ)` for loss `loss`, FLOPs (may be +∞ for a loss a
    /// hair above E; see [`Coefficients::ln_budget_for_loss`] for the finite logarithm).
    pub fn budget_for_loss(&self, loss: f64) -> Option<f64> {
        self.ln_budget_for_loss(loss).map(|x| FLOPS_PER_PARAM_TOKEN * x.exp())
    }

    /// Where model (`n`, `d`) sits against the compute-optimal model for its own loss.
    pub fn overhead_of(&self, n: f64, d: f64) -> Option<OverheadPoint> {
        let loss = self.loss(n, d);
        let ln_c6 = self.ln_budget_for_excess(self.model_term(n) + self.data_term(d))?;
        let (a, _) = self.allocation_exponents();
        let ln_n_opt = self.ln_g() + a * ln_c6;
        let k_n = (n.ln() - ln_n_opt).exp();
        let overhead = (n.ln() + d.ln() - ln_c6).exp_m1();
        (k_n.is_finite() && overhead.is_finite()).then_some(OverheadPoint { k_n, overhead, loss })
    }
}

/// A model placed on the overhead curve: [`Coefficients::overhead_of`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OverheadPoint {
    /// `N / N_opt(C_opt(ℓ))`.
    pub k_n: f64,
    /// `6ND / C_opt(ℓ) − 1` (0.208 for +20.8 %).
    pub overhead: f64,
    /// ℓ = L(N, D), nats/token.
    pub loss: f64,
}
