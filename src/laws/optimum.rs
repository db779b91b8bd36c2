//! The compute-optimal split of a training budget.

use super::units::tokens_for_budget;

/// A compute-optimal (N*, D*) for budget `compute`, with the loss the law predicts there.
///
/// Invariant: `6 · n · d == compute` up to floating-point rounding (relative error ~1e-16),
/// because `d` is always derived as `compute / (6 · n)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Optimum {
    /// Training budget C, FLOPs.
    pub compute: f64,
    /// Optimal parameter count N*.
    pub n: f64,
    /// Optimal training tokens D* = C / (6 N*).
    pub d: f64,
    /// D* / N*.
    pub tokens_per_param: f64,
    /// Predicted loss at the optimum, nats/token.
    pub loss: f64,
}

impl Optimum {
    /// The split of budget `compute` that gives `n` parameters and therefore
    /// `d = compute / (6 n)` tokens, with predicted loss `loss`.
    pub fn from_params(compute: f64, n: f64, loss: f64) -> Optimum {
        let d = tokens_for_budget(compute, n);
        Optimum { compute, n, d, tokens_per_param: d / n, loss }
    }
}
