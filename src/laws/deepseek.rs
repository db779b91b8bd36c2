//! DeepSeek LLM: Bi et al. 2024, "DeepSeek LLM: Scaling Open-Source Language Models with
//! Longtermism" (arXiv 2401.02954), §3.
//!
//! * §3.1, hyperparameters against the compute budget C: `B_opt = 0.2920·C^0.3271` tokens per
//!   batch and `η_opt = 0.3118·C^−0.1250`.
//! * §3.2, the compute-optimal split: `M_opt = 0.1715·C^0.5243` and `D_opt = 5.8316·C^0.4757`,
//!   with `C = M·D`. M is the model scale in **non-embedding FLOPs per token**
//!   (`72·n_layer·d_model² + 6·n_layer·d_model·l_seq`), which counts the attention's compute
//!   and leaves out the embedding's parameters; 6N (or 6N with embeddings) misses the first
//!   and counts the second, which the paper shows matters at small scale. The law has no loss
//!   surface: the paper fits where the optimum lies, not a loss L(M, D) this page could draw.
//!
//! The page shows M_opt/6 as N*, "non-embedding parameters" (M ≈ 6N when attention is a
//! small share of the compute) and reads the budget as C = 6ND ≈ M·D. The printed
//! prefactors multiply to 0.1715 × 5.8316 = 1.00012, not 1 (rounding): the page takes
//! `D* = C/M*`, which keeps `6·N*·D* = C` exactly and differs from the printed D_opt by
//! 0.012 % at every budget (tested).
//!
//! Every power is computed in log space: for C in 1e15…1e30 all values are finite.

/// `M_base` of `M_opt = M_base·C^a` (§3.2).
pub const M_BASE: f64 = 0.1715;
/// `a` of `M_opt = M_base·C^a` (§3.2).
pub const M_EXPONENT: f64 = 0.5243;
/// `D_base` of `D_opt = D_base·C^b` (§3.2).
pub const D_BASE: f64 = 5.8316;
/// `b` of `D_opt = D_base·C^b` (§3.2); `a + b = 1`.
pub const D_EXPONENT: f64 = 0.4757;
/// Prefactor of `B_opt = 0.2920·C^0.3271`, tokens per batch (§3.1).
pub const BATCH_BASE: f64 = 0.2920;
/// Exponent of `B_opt` (§3.1).
pub const BATCH_EXPONENT: f64 = 0.3271;
/// Prefactor of `η_opt = 0.3118·C^−0.1250` (§3.1).
pub const LR_BASE: f64 = 0.3118;
/// Exponent of `η_opt` (§3.1).
pub const LR_EXPONENT: f64 = -0.1250;

/// `base·c^exponent`, as `exp(ln base + exponent·ln c)`.
fn power(base: f64, exponent: f64, c: f64) -> f64 {
    (base.ln() + exponent * c.ln()).exp()
}

/// Optimal model scale for budget `c`: `M_opt = 0.1715·C^0.5243` non-embedding FLOPs per token.
pub fn optimal_flops_per_token(c: f64) -> f64 {
    power(M_BASE, M_EXPONENT, c)
}

/// The paper's printed `D_opt = 5.8316·C^0.4757` tokens (the page's D* is `C/M_opt`, see the
/// module docs).
pub fn printed_optimal_tokens(c: f64) -> f64 {
    power(D_BASE, D_EXPONENT, c)
}

/// `M_opt/6`: the model scale as non-embedding parameters (`M ≈ 6N`).
pub fn optimal_params(c: f64) -> f64 {
    optimal_flops_per_token(c) / 6.0
}

/// The budget whose `M_opt/6` is `n`: the inverse of [`optimal_params`].
pub fn budget_for_optimal_params(n: f64) -> f64 {
    (((6.0 * n).ln() - M_BASE.ln()) / M_EXPONENT).exp()
}

/// Optimal tokens per batch for budget `c` FLOPs: `B_opt = 0.2920·C^0.3271` (§3.1).
pub fn optimal_batch_tokens(c: f64) -> f64 {
    power(BATCH_BASE, BATCH_EXPONENT, c)
}

/// Optimal (peak) learning rate for budget `c` FLOPs: `η_opt = 0.3118·C^−0.1250` (§3.1).
pub fn optimal_learning_rate(c: f64) -> f64 {
    power(LR_BASE, LR_EXPONENT, c)
}
