//! The ranges every control accepts. The laws are finite over all of them (tested in the laws
//! layer); the sliders cover the teaching range, typed input the wider one.

/// Compute slider range, FLOPs (from a 1e17 toy run to 1e28, beyond today's largest runs).
pub const COMPUTE_SLIDER: (f64, f64) = (1e17, 1e28);
/// Typed or URL compute, FLOPs.
pub const COMPUTE_TYPED: (f64, f64) = (1e15, 1e30);
/// Parameters N, typed, URL and slider.
pub const PARAMS: (f64, f64) = (1e6, 1e14);
/// Training tokens D, typed, URL and slider.
pub const TOKENS: (f64, f64) = (1e8, 1e16);
/// Lifetime inference tokens (URL `inf`, slider and typed): from a small deployment (1e9) to
/// 1e16, beyond a large service's yearly traffic; 0 or absent means none.
pub const INFERENCE: (f64, f64) = (1e9, 1e16);
/// Unique training tokens available (URL `u`): the tokens range; absent means unlimited.
pub const UNIQUE: (f64, f64) = (1e8, 1e16);
/// Answer length in tokens (URL `k`, slider) for the emergence plot's exact-match metric: one
/// token to a long answer of 100 (Schaeffer et al. 2023 use answers of a few to tens of tokens).
pub const ANSWER_TOKENS: (u32, u32) = (1, 100);
/// The answer length when the URL does not give one.
pub const ANSWER_TOKENS_DEFAULT: u32 = 10;
