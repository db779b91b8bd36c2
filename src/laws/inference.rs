//! Inference-aware sizing: Sardana, Portes, Doubov, Frankle 2024, "Beyond Chinchilla-Optimal:
//! Accounting for Inference in Language Model Scaling Laws" (arXiv 2401.00448), §2–3.
//!
//! Training costs `6·N·D_train` FLOPs and serving `D_inf` tokens `2·N·D_inf` (their eq. 2 with
//! the FLOPs cost of §2.1). For a target loss ℓ, minimise `6·N·D_train(N) + 2·N·D_inf` where
//! `D_train(N)` solves `L(N, D_train) = ℓ` on the parametric surface. No closed form: a 1-D
//! golden-section search over `ln N` between the loss's asymptote (`A/N^α = ℓ − E`, where
//! `D_train → ∞`) and the compute-optimal size (inference only pushes N down).

use super::coefficients::Coefficients;
use super::minimize::golden_section;
use super::overhead::ln_add_exp;

/// Sardana et al. 2024's worked example (§3): a 13B-parameter compute-optimal model facing 2T
/// inference tokens (with Chinchilla's unrounded fit they find ~7B on ~1.3T tokens, ~17 %
/// saved). The inputs of the example; the page computes the answer for its own coefficients.
pub const SARDANA_EXAMPLE: (f64, f64) = (13e9, 2e12);

/// The cheapest model over training and serving for one target loss.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InferenceOptimum {
    /// Parameters N.
    pub n: f64,
    /// Training tokens D_train.
    pub d: f64,
    /// Training + inference FLOPs of this model, `6ND + 2N·D_inf`.
    pub total_flops: f64,
    /// The same total for the compute-optimal model of the same loss.
    pub baseline_flops: f64,
    /// Fraction of the baseline saved, `1 − total/baseline` (≥ 0).
    pub saving: f64,
}

impl Coefficients {
    /// Training tokens that bring an `n`-parameter model to loss `loss`, as `ln D`, or `None`
    /// when `n` is too small to reach it (`E + A/N^α ≥ loss`).
    pub fn ln_tokens_for_loss(&self, n: f64, loss: f64) -> Option<f64> {
        self.ln_tokens_for_excess(n, loss - self.e)
    }

    /// [`Coefficients::ln_tokens_for_loss`] for the reducible loss `excess = ℓ − E`.
    pub fn ln_tokens_for_excess(&self, n: f64, excess: f64) -> Option<f64> {
        let rest = excess - self.model_term(n);
        if rest.is_nan() || rest <= 0.0 {
            return None;
        }
        let ln_d = (self.b.ln() - rest.ln()) / self.beta;
        ln_d.is_finite().then_some(ln_d)
    }

    /// [`SARDANA_EXAMPLE`] on this surface: the optimum for the budget whose compute-optimal
    /// model has 13B parameters, with 2T inference tokens.
    pub fn sardana_example(&self) -> Option<InferenceOptimum> {
        let (n, inf) = SARDANA_EXAMPLE;
        self.inference_optimum(self.budget_for_optimal_n(n), inf)
    }

    /// Minimises training + inference FLOPs for the compute-optimal loss of budget `c`
    /// (Sardana et al. 2024): `inference_tokens` = lifetime tokens served. With 0 the answer is
    /// the compute-optimal model itself. `None` only if the numbers leave f64.
    pub fn inference_optimum(&self, c: f64, inference_tokens: f64) -> Option<InferenceOptimum> {
        let opt = self.optimum(c);
        // The reducible loss of the optimum, summed from its two terms (not ℓ − E, which loses
        // every digit when ℓ is a hair above E).
        let excess = self.model_term(opt.n) + self.data_term(opt.d);
        let d_inf = inference_tokens.max(0.0);
        let ln_cost = |x: f64| -> f64 {
            match self.ln_tokens_for_excess(x.exp(), excess) {
                // ln(6ND + 2N·D_inf) = ln N + ln(6D + 2D_inf)
                Some(ln_d) => x + ln_add_exp(6f64.ln() + ln_d, (2.0 * d_inf).ln()),
                None => f64::INFINITY,
            }
        };
        let hi = opt.n.ln();
        // A/N^α = ℓ − E: below this size no amount of data reaches ℓ.
        let lo = (self.a.ln() - excess.ln()) / self.alpha;
        if lo.is_nan() || hi.is_nan() || lo >= hi {
            return None;
        }
        let x = golden_section(&ln_cost, lo, hi, 1e-11);
        let n = x.exp();
        let d = self.ln_tokens_for_excess(n, excess)?.exp();
        let total = 6.0 * n * d + 2.0 * n * d_inf;
        let baseline = 6.0 * opt.n * opt.d + 2.0 * opt.n * d_inf;
        let saving = (1.0 - total / baseline).max(0.0);
        [n, d, total, baseline, saving].iter().all(|v| v.is_finite()).then_some(InferenceOptimum {
            n,
            d,
            total_flops: total,
            baseline_flops: baseline,
            saving,
        })
    }
}
