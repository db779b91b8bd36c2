//! Pure math of neural scaling laws: no web types, only `std` and `serde`.
//!
//! * [`LawId`] names a law; [`Law`] evaluates it (loss surface, 1-D curves, IsoFLOP profiles,
//!   compute-optimal frontier, fitted range, citation).
//! * [`Coefficients`] are the five numbers of the parametric surface
//!   `L(N, D) = E + A/N^α + B/D^β` (Hoffmann et al. 2022, arXiv 2203.15556, eq. 2), with the
//!   published [`Coefficients::CHINCHILLA`] (eq. 10) and [`Coefficients::EPOCH`]
//!   (Besiroglu et al. 2024, arXiv 2404.10102, Table 1) and validation for user input.
//! * [`kaplan`] holds Kaplan et al. 2020 (arXiv 2001.08361); [`PowerAllocation`] the
//!   Approach 1 / 2 allocations of Hoffmann et al.
//! * Beyond compute-optimal: [`overhead`] (de Vries 2023, over-training overhead),
//!   [`inference`] (Sardana et al. 2024, arXiv 2401.00448, training + inference FLOPs),
//!   [`data_limited`] (Muennighoff et al. 2023, arXiv 2305.16264, repeated data), all solved
//!   in closed form or by [`minimize`] (bracketed golden-section search on ln N).
//! * [`emergence`]: Schaeffer, Miranda, Koyejo 2023 (arXiv 2304.15004), token accuracy and
//!   exact match from the reducible loss, the illustrative model of "emergent" abilities.
//! * [`learning_curves`]: L(N, D) as learning curves over compute, their lower envelope (the
//!   compute-optimal frontier for a parametric law), each curve's tangency and converged loss.
//! * [`deepseek`]: Bi et al. 2024 (DeepSeek LLM, arXiv 2401.02954): the compute-optimal model
//!   scale in FLOPs per token (law `deepseek2024`, no loss surface), batch size and learning rate.
//! * [`planning`]: a budget as chips, hours, days, cost, energy; inference per 1M tokens.
//! * [`units`] converts FLOPs ↔ PF-days; [`format`](mod@format) prints numbers for people.
//!
//! Units everywhere: N in parameters, D in tokens, C in FLOPs (`C = 6ND`), loss in nats/token.
//! Every power is computed in log space, and for inputs in the slider domain
//! (C 1e15…1e30 FLOPs, N 1e6…1e14, D 1e8…1e16) no NaN or ∞ comes out of any law.

pub mod allocation;
pub mod citation;
pub mod coefficients;
pub mod data_limited;
pub mod deepseek;
pub mod emergence;
pub mod fit;
pub mod fit_range;
pub mod id;
pub mod inference;
pub mod kaplan;
pub mod law;
pub mod learning_curves;
pub mod minimize;
pub mod optimum;
pub mod overhead;
pub mod parametric;
pub mod planning;
pub mod profile;
pub mod sampling;
pub mod units;

pub use allocation::{AnchorPoint, PowerAllocation};
pub use citation::Citation;
pub use coefficients::{CoeffError, CoeffProblem, Coefficients};
pub use data_limited::{DataLimitedOptimum, Repetition};
pub use emergence::Accuracy;
pub use fit_range::{FitRange, Span};
pub use id::{LawId, UnknownLawId};
pub use inference::InferenceOptimum;
pub use kaplan::kaplan_min_tokens;
pub use law::{Law, LawKind};
pub use optimum::Optimum;
pub use overhead::OverheadPoint;
pub use profile::IsoFlopProfile;
pub use sampling::log_space;
pub use units::{flops_to_pf_days, pf_days_to_flops, FLOPS_PER_PF_DAY};
