//! Units of compute.

/// Floating-point operations in one petaflop/s-day: 10^15 × 24 × 3600 = 8.64e19
/// (Kaplan et al. 2020, arXiv 2001.08361, §1.3 "Notation").
pub const FLOPS_PER_PF_DAY: f64 = 8.64e19;

/// Training FLOPs per parameter per token, the `C ≈ 6ND` approximation (Kaplan et al. 2020, §2.1;
/// used for every optimum in Hoffmann et al. 2022, §3.3 and App. F).
pub const FLOPS_PER_PARAM_TOKEN: f64 = 6.0;

/// FLOPs → PF-days.
pub fn flops_to_pf_days(c: f64) -> f64 {
    c / FLOPS_PER_PF_DAY
}

/// PF-days → FLOPs.
pub fn pf_days_to_flops(p: f64) -> f64 {
    p * FLOPS_PER_PF_DAY
}

/// Training compute `C = 6·N·D` in FLOPs for `n` parameters and `d` tokens.
pub fn training_flops(n: f64, d: f64) -> f64 {
    FLOPS_PER_PARAM_TOKEN * n * d
}

/// Tokens that spend budget `c` (FLOPs) on a model of `n` parameters: `D = C / (6N)`.
pub fn tokens_for_budget(c: f64, n: f64) -> f64 {
    c / (FLOPS_PER_PARAM_TOKEN * n)
}
