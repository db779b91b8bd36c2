//! The parametric loss surface `L(N, D) = E + A/N^α + B/D^β` and its closed-form
//! compute-optimal frontier (Hoffmann et al. 2022, arXiv 2203.15556, eqs. 2 and 4).
//!
//! Every power is evaluated in log space, `A/N^α = exp(ln A − α ln N)`, so no intermediate
//! `N^α` can overflow; see [`Coefficients::valid_range`] for why all results stay finite.

use super::coefficients::Coefficients;
use super::optimum::Optimum;
use super::units::FLOPS_PER_PARAM_TOKEN;

/// `k / x^p`, computed as `exp(ln k − p ln x)`.
fn inverse_power(k: f64, p: f64, x: f64) -> f64 {
    (k.ln() - p * x.ln()).exp()
}

impl Coefficients {
    /// Loss surface `L(N, D) = E + A/N^α + B/D^β` (Hoffmann et al. 2022, eq. 2), nats/token.
    pub fn loss(&self, n: f64, d: f64) -> f64 {
        self.e + self.model_term(n) + self.data_term(d)
    }

    /// The model-size term `A/N^α` (excess loss of a finite model, Hoffmann et al. App. D.2).
    pub fn model_term(&self, n: f64) -> f64 {
        inverse_power(self.a, self.alpha, n)
    }

    /// The data term `B/D^β` (excess loss of finite training, Hoffmann et al. App. D.2).
    pub fn data_term(&self, d: f64) -> f64 {
        inverse_power(self.b, self.beta, d)
    }

    /// `L(N, ∞) = E + A/N^α`: loss when data is not the bottleneck.
    pub fn loss_vs_n(&self, n: f64) -> f64 {
        self.e + self.model_term(n)
    }

    /// `L(∞, D) = E + B/D^β`: loss when model size is not the bottleneck.
    pub fn loss_vs_d(&self, d: f64) -> f64 {
        self.e + self.data_term(d)
    }

    /// Exponents `(a, b)` of the frontier `N* ∝ C^a`, `D* ∝ C^b`:
    /// `a = β/(α+β)`, `b = α/(α+β)` (Hoffmann et al. eq. 4); `a + b = 1`.
    pub fn allocation_exponents(&self) -> (f64, f64) {
        let sum = self.alpha + self.beta;
        (self.beta / sum, self.alpha / sum)
    }

    /// `c` in `L(N*, D*) − E ∝ C^−c` along the compute-optimal frontier: `c = αβ/(α+β)`
    /// (substituting eq. 4 into eq. 2, both terms scale as `C^−αβ/(α+β)`). Only this reducible
    /// part is a power law in C; the loss itself flattens toward E.
    pub fn reducible_loss_exponent(&self) -> f64 {
        self.alpha * self.beta / (self.alpha + self.beta)
    }

    /// `ln G`, where `G = (αA/(βB))^(1/(α+β))` (Hoffmann et al. eq. 4).
    pub fn ln_g(&self) -> f64 {
        ((self.alpha * self.a).ln() - (self.beta * self.b).ln()) / (self.alpha + self.beta)
    }

    /// `G = (αA/(βB))^(1/(α+β))` (Hoffmann et al. eq. 4).
    pub fn g(&self) -> f64 {
        self.ln_g().exp()
    }

    /// Compute-optimal parameters under `C = 6ND`: `N* = G·(C/6)^a` (Hoffmann et al. eq. 4).
    pub fn optimal_n(&self, c: f64) -> f64 {
        let (a, _) = self.allocation_exponents();
        (self.ln_g() + a * (c / FLOPS_PER_PARAM_TOKEN).ln()).exp()
    }

    /// The budget whose compute-optimal model has `n` parameters: the inverse of
    /// [`Coefficients::optimal_n`], `C = 6·(N/G)^(1/a)`.
    pub fn budget_for_optimal_n(&self, n: f64) -> f64 {
        let (a, _) = self.allocation_exponents();
        FLOPS_PER_PARAM_TOKEN * ((n.ln() - self.ln_g()) / a).exp()
    }

    /// Compute-optimal split of budget `c` (FLOPs) minimising [`Coefficients::loss`] along
    /// `6ND = C`: N* from [`Coefficients::optimal_n`], `D* = C/(6N*)` (equal to
    /// `G⁻¹·(C/6)^b` of eq. 4 but exact on the constraint), loss `L(N*, D*)`.
    pub fn optimum(&self, c: f64) -> Optimum {
        let n = self.optimal_n(c);
        let split = Optimum::from_params(c, n, 0.0);
        Optimum { loss: self.loss(split.n, split.d), ..split }
    }
}
