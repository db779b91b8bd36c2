//! From a FLOP budget to a training run: chips, hours, days, money, energy, and the batch size
//! and learning rate the papers' laws suggest. Pure arithmetic on published numbers:
//!
//! * chip-hours = C / (peak · MFU · 3600), C = 6ND (Kaplan et al. 2020, §2.1);
//! * wall-clock days = chip-hours / chips / 24; cost = chip-hours · price per chip-hour;
//! * energy = chip-hours · board power · PUE: an upper-bound estimate from the datasheet's
//!   maximum board power (TDP), without host, network or cooling beyond the PUE factor;
//! * inference ≈ 2N FLOPs per generated token (Kaplan et al. 2020, §2.1: the forward pass),
//!   run at the same peak and MFU;
//! * batch size and learning rate: Bi et al. 2024 (DeepSeek LLM) §3.1 ([`super::deepseek`]);
//!   Kaplan's critical batch size at Kaplan's loss of the model (eq. 1.4,
//!   [`super::kaplan::critical_batch_tokens`]).
//!
//! "Model FLOPs utilisation" (MFU) is the share of the chips' peak that goes into the model's
//! 6ND FLOPs (Chowdhery et al. 2022, arXiv 2204.02311, §4.1 and Table 3: PaLM 540B 46.2 %);
//! Llama 3 405B reports 38–43 % (Llama Team 2024, arXiv 2407.21783, Table 4).

use super::deepseek;
use super::kaplan;
use super::units::training_flops;
use serde::{Deserialize, Serialize};

/// Seconds in an hour.
const HOUR: f64 = 3600.0;
/// Tokens in the inference read-out: one million generated tokens.
pub const INFERENCE_TOKENS: f64 = 1e6;
/// Forward-pass FLOPs per parameter per generated token (Kaplan et al. 2020, §2.1: 2N).
pub const INFERENCE_FLOPS_PER_PARAM: f64 = 2.0;

/// The accelerators the planner knows, plus `custom` (a typed peak).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Hardware {
    V100,
    A100,
    H100,
    H200,
    B200,
    TpuV4,
    TpuV5e,
    TpuV5p,
    Custom,
}

/// Where a chip's numbers are published.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Doc {
    /// The vendor's datasheet of this product.
    Datasheet(&'static str),
    /// The vendor's online documentation of this product.
    Documentation(&'static str),
}

/// A chip's datasheet numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spec {
    /// Product name as the vendor writes it.
    pub name: &'static str,
    /// Peak dense tensor throughput, FLOP/s, at [`Spec::precision`] (without sparsity).
    pub peak: f64,
    /// `"BF16"` or `"FP16"` (V100 has no BF16).
    pub precision: &'static str,
    /// Maximum board power (TDP), W; `None` where the vendor publishes none (Google's TPUs).
    pub power: Option<f64>,
    /// Where the numbers are published.
    pub doc: Doc,
}

impl Hardware {
    /// Every choice, in the picker's order.
    pub const ALL: [Hardware; 9] = [
        Hardware::V100,
        Hardware::A100,
        Hardware::H100,
        Hardware::H200,
        Hardware::B200,
        Hardware::TpuV4,
        Hardware::TpuV5e,
        Hardware::TpuV5p,
        Hardware::Custom,
    ];

    /// The URL id (`hw=`): `v100 a100 h100 h200 b200 tpu-v4 tpu-v5e tpu-v5p custom`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Hardware::V100 => "v100",
            Hardware::A100 => "a100",
            Hardware::H100 => "h100",
            Hardware::H200 => "h200",
            Hardware::B200 => "b200",
            Hardware::TpuV4 => "tpu-v4",
            Hardware::TpuV5e => "tpu-v5e",
            Hardware::TpuV5p => "tpu-v5p",
            Hardware::Custom => "custom",
        }
    }

    /// Every id, in [`Hardware::ALL`] order.
    pub const IDS: [&'static str; 9] = {
        let mut out = [""; 9];
        let mut i = 0;
        while i < out.len() {
            out[i] = Hardware::ALL[i].as_str();
            i += 1;
        }
        out
    };

    /// The hardware whose id is exactly `s`.
    pub fn parse(s: &str) -> Option<Hardware> {
        Hardware::ALL.into_iter().find(|h| h.as_str() == s)
    }

    /// The datasheet numbers; `None` for `custom`.
    ///
    /// | chip | peak dense tensor | board power | source |
    /// |---|---|---|---|
    /// | V100 SXM2 | 125 TFLOP/s FP16 | 300 W | NVIDIA V100 datasheet |
    /// | A100 SXM | 312 TFLOP/s BF16 | 400 W | NVIDIA A100 datasheet |
    /// | H100 SXM | 989 TFLOP/s BF16 (1,979 with sparsity) | 700 W | NVIDIA H100 datasheet |
    /// | H200 SXM | 989 TFLOP/s BF16 (1,979 with sparsity) | 700 W | NVIDIA H200 datasheet |
    /// | B200 (HGX B200) | 2,250 TFLOP/s BF16 (4.5 PF with sparsity) | 1,000 W | NVIDIA HGX B200 datasheet |
    /// | TPU v4 | 275 TFLOP/s BF16 | not published | Google Cloud TPU v4 documentation |
    /// | TPU v5e | 197 TFLOP/s BF16 | not published | Google Cloud TPU v5e documentation |
    /// | TPU v5p | 459 TFLOP/s BF16 | not published | Google Cloud TPU v5p documentation |
    pub fn spec(self) -> Option<Spec> {
        let nvidia = |name: &'static str, tflops: f64, precision: &'static str, watts: f64| Spec {
            name,
            peak: tflops * 1e12,
            precision,
            power: Some(watts),
            doc: Doc::Datasheet(name),
        };
        let tpu = |name: &'static str, tflops: f64| Spec {
            name,
            peak: tflops * 1e12,
            precision: "BF16",
            power: None,
            doc: Doc::Documentation(name),
        };
        match self {
            Hardware::V100 => Some(nvidia("NVIDIA V100 SXM2", 125.0, "FP16", 300.0)),
            Hardware::A100 => Some(nvidia("NVIDIA A100 SXM", 312.0, "BF16", 400.0)),
            Hardware::H100 => Some(nvidia("NVIDIA H100 SXM", 989.0, "BF16", 700.0)),
            Hardware::H200 => Some(nvidia("NVIDIA H200 SXM", 989.0, "BF16", 700.0)),
            Hardware::B200 => Some(nvidia("NVIDIA HGX B200", 2250.0, "BF16", 1000.0)),
            Hardware::TpuV4 => Some(tpu("Google Cloud TPU v4", 275.0)),
            Hardware::TpuV5e => Some(tpu("Google Cloud TPU v5e", 197.0)),
            Hardware::TpuV5p => Some(tpu("Google Cloud TPU v5p", 459.0)),
            Hardware::Custom => None,
        }
    }
}

/// What a run is planned on: per-chip peak and power, utilisation, chips, price, PUE.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Setup {
    /// Peak FLOP/s per chip.
    pub peak: f64,
    /// Model FLOPs utilisation, 0 < MFU ≤ 1.
    pub mfu: f64,
    /// Number of chips running the job.
    pub chips: f64,
    /// Price per chip-hour, in the user's currency.
    pub price: f64,
    /// Board power per chip, W (`None`: unknown, no energy estimate).
    pub power: Option<f64>,
    /// Power usage effectiveness of the data centre (≥ 1).
    pub pue: f64,
}

/// The planner's numbers for one model (N parameters, D tokens, C FLOPs).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plan {
    /// Training FLOPs C.
    pub compute: f64,
    pub chip_hours: f64,
    pub wall_days: f64,
    pub cost: f64,
    /// MWh at the wall socket (board power × PUE); `None` without a board power.
    pub energy_mwh: Option<f64>,
    /// FLOPs for 1M generated tokens, 2N·10⁶.
    pub inference_flops: f64,
    /// Chip-seconds for 1M generated tokens at the same peak and MFU.
    pub inference_chip_seconds: f64,
    /// Cost of those chip-seconds.
    pub inference_cost: f64,
    /// DeepSeek's B_opt at C, tokens per batch.
    pub batch_tokens: f64,
    /// DeepSeek's η_opt at C.
    pub learning_rate: f64,
    /// D / B_opt.
    pub steps: f64,
    /// Kaplan's critical batch size at Kaplan's loss of (N, D), tokens.
    pub critical_batch: f64,
}

/// Chip-hours for `c` FLOPs: `C / (peak · MFU · 3600)`.
pub fn chip_hours(c: f64, peak: f64, mfu: f64) -> f64 {
    c / (peak * mfu * HOUR)
}

/// Wall-clock days of `chip_hours` spread over `chips` chips.
pub fn wall_days(chip_hours: f64, chips: f64) -> f64 {
    chip_hours / chips / 24.0
}

/// MWh of `chip_hours` at `watts` per chip and `pue`.
pub fn energy_mwh(chip_hours: f64, watts: f64, pue: f64) -> f64 {
    chip_hours * watts * pue / 1e6
}

/// The MFU a reported run achieved: `C / (chip-hours · 3600 · peak)`.
pub fn implied_mfu(c: f64, chip_hours: f64, peak: f64) -> f64 {
    c / (chip_hours * HOUR * peak)
}

impl Setup {
    /// The plan of a model with `n` parameters trained on `d` tokens (C = 6ND).
    pub fn plan(&self, n: f64, d: f64) -> Plan {
        let compute = training_flops(n, d);
        let hours = chip_hours(compute, self.peak, self.mfu);
        let inference_flops = INFERENCE_FLOPS_PER_PARAM * n * INFERENCE_TOKENS;
        let inference_chip_seconds = inference_flops / (self.peak * self.mfu);
        let batch_tokens = deepseek::optimal_batch_tokens(compute);
        Plan {
            compute,
            chip_hours: hours,
            wall_days: wall_days(hours, self.chips),
            cost: hours * self.price,
            energy_mwh: self.power.map(|w| energy_mwh(hours, w, self.pue)),
            inference_flops,
            inference_chip_seconds,
            inference_cost: inference_chip_seconds / HOUR * self.price,
            batch_tokens,
            learning_rate: deepseek::optimal_learning_rate(compute),
            steps: d / batch_tokens,
            critical_batch: kaplan::critical_batch_tokens(kaplan::kaplan_loss(n, d)),
        }
    }
}
