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
/// Peak FLOP/s per chip of `custom` hardware (URL `peak`): from 1 TFLOP/s to 100 PFLOP/s, around
/// the datasheets' 125 (V100) … 2,250 (B200) TFLOP/s.
pub const PEAK: (f64, f64) = (1e12, 1e17);
/// Model FLOPs utilisation (URL `mfu`, slider in %): 1 % … 100 %.
pub const MFU: (f64, f64) = (0.01, 1.0);
/// The MFU when the URL gives none: 40 %, between Llama 3 405B's 38–43 % and PaLM's 46.2 %.
pub const MFU_DEFAULT: f64 = 0.4;
/// Chips running the job (URL `chips`): a whole number, 1 … 10⁷.
pub const CHIPS: (u32, u32) = (1, 10_000_000);
/// Chips when the URL gives none.
pub const CHIPS_DEFAULT: u32 = 1024;
/// Price per chip-hour (URL `price`), in the typed currency: 0.001 … 10⁴.
pub const PRICE: (f64, f64) = (1e-3, 1e4);
/// A round figure, labelled an assumption on the page: $2 per chip-hour.
pub const PRICE_DEFAULT: f64 = 2.0;
/// Power usage effectiveness (URL `pue`): 1 (no overhead) … 3.
pub const PUE: (f64, f64) = (1.0, 3.0);
/// PUE when the URL gives none.
pub const PUE_DEFAULT: f64 = 1.2;
