//! Emergent abilities as a choice of metric: R. Schaeffer, B. Miranda, S. Koyejo 2023, "Are
//! Emergent Abilities of Large Language Models a Mirage?", arXiv 2304.15004, §2 (eqs. 1–3).
//!
//! Their illustrative model: the per-token cross-entropy falls smoothly with scale, so the
//! probability of the right token is `p = exp(−L)`. Here `L` is the law's *reducible* loss
//! `L_red = L(N, D) − E` (the part scale removes; E is the entropy of text itself), so
//! `p → exp(−0) = 1` as `L_red → 0`. Then
//!
//! * token accuracy `≈ p` (smooth in N),
//! * exact match of a `k`-token answer `= p^k` (all tokens right: sharp, "emergent" on a linear
//!   axis, yet `ln(p^k) = −k·L_red` is as smooth as the loss),
//! * partial credit, the expected fraction of the `k` tokens right, `= p` again (smooth).
//!
//! An illustration of how the metric shapes the curve, not a prediction of any benchmark.
//! Kaplan et al. 2020's laws have no E (a pure power law in N and D), so they have no reducible
//! loss in this sense and are left out ([`Law::reducible_loss`] is `None`).

use super::law::{Law, LawKind};
use super::units::tokens_for_budget;

/// The accuracies of Schaeffer et al.'s illustrative model for one reducible loss and answer
/// length `k`; all in `(0, 1]`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Accuracy {
    /// Probability of the right next token, `p = exp(−L_red)`.
    pub token: f64,
    /// Exact match of a `k`-token answer, `p^k = exp(−k·L_red)`.
    pub exact_match: f64,
    /// Expected fraction of the `k` tokens right (partial credit): `p`.
    pub partial_credit: f64,
}

/// `p = exp(−L_red)` for a reducible loss `reducible ≥ 0` (nats/token); a negative or NaN
/// input is treated as 0 (p = 1). Always finite in `[0, 1]`, and in `(0, 1]` for any reducible
/// loss below ~745 nats (every built-in law over N 1e7…1e13; only extreme custom coefficients
/// underflow to 0).
pub fn token_probability(reducible: f64) -> f64 {
    exact_match_of_loss(reducible, 1)
}

/// `p^k = exp(−k·L_red)`, computed in log space; finite in `[0, 1]`, never above `p`.
pub fn exact_match_of_loss(reducible: f64, k: u32) -> f64 {
    let l = if reducible.is_nan() { 0.0 } else { reducible.max(0.0) };
    (-(f64::from(k.max(1))) * l).exp()
}

impl Accuracy {
    /// The model's accuracies at reducible loss `reducible` for `k`-token answers.
    pub fn of(reducible: f64, k: u32) -> Accuracy {
        let p = token_probability(reducible);
        Accuracy { token: p, exact_match: exact_match_of_loss(reducible, k), partial_credit: p }
    }
}

impl Law {
    /// `L(N, D) − E`, nats/token, summed from the surface's two terms (`A/N^α + B/D^β`: no
    /// cancellation); `None` for Kaplan, whose laws have no irreducible loss E.
    pub fn reducible_loss(&self, n: f64, d: f64) -> Option<f64> {
        self.surface().map(|c| c.model_term(n) + c.data_term(d))
    }

    /// Schaeffer et al.'s accuracies for a model of `n` parameters on `d` tokens, `k`-token
    /// answers; `None` for Kaplan.
    pub fn accuracy(&self, n: f64, d: f64, k: u32) -> Option<Accuracy> {
        self.reducible_loss(n, d).map(|l| Accuracy::of(l, k))
    }

    /// The budget whose compute-optimal model (this law's [`Law::optimal_n`]) has `n`
    /// parameters: the inverse of the allocation, in closed form for every kind of law.
    pub fn budget_for_optimal_n(&self, n: f64) -> f64 {
        match self.kind() {
            LawKind::Parametric(c) => c.budget_for_optimal_n(n),
            LawKind::Allocation { rule, .. } => rule.budget_for_optimal_n(n),
            LawKind::Kaplan => super::kaplan::kaplan_budget_for_optimal_n(n),
            LawKind::FlopsPerToken => super::deepseek::budget_for_optimal_params(n),
        }
    }

    /// The size N on this law's compute-optimal path at which exact match of a `k`-token
    /// answer reaches `target` (between 0 and 1): where p^k = target, that is where
    /// L − E = −ln(target)/k. The reducible loss falls monotonically along the path, so
    /// bisection on ln N over 10⁶…10¹⁴ finds it; `None` outside that range and for Kaplan.
    pub fn size_for_exact_match(&self, k: u32, target: f64) -> Option<f64> {
        if !(target > 0.0 && target < 1.0) || k == 0 {
            return None;
        }
        let want = -target.ln() / f64::from(k);
        let red = |ln_n: f64| {
            let n = ln_n.exp();
            self.reducible_loss(n, self.optimal_tokens_for_params(n))
        };
        let (mut lo, mut hi) = (1e6_f64.ln(), 1e14_f64.ln());
        if red(lo)? < want || red(hi)? > want {
            return None;
        }
        for _ in 0..100 {
            let mid = 0.5 * (lo + hi);
            if red(mid)? > want {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Some((0.5 * (lo + hi)).exp())
    }

    /// D*(N): the tokens this law's compute-optimal model of `n` parameters trains on,
    /// `C/(6N)` at the budget of [`Law::budget_for_optimal_n`].
    pub fn optimal_tokens_for_params(&self, n: f64) -> f64 {
        tokens_for_budget(self.budget_for_optimal_n(n), n)
    }
}
