//! [`Law`]: one selectable scaling law, behind a single interface for the plots.

use super::allocation::PowerAllocation;
use super::citation::Citation;
use super::coefficients::{CoeffError, Coefficients};
use super::fit_range::FitRange;
use super::id::LawId;
use super::kaplan;
use super::optimum::Optimum;
use super::units::tokens_for_budget;

/// How a law computes its curves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LawKind {
    /// Kaplan et al. 2020: separate fits for L(N), L(D), L(N, D) and L(C_min), and the
    /// allocation N* = 1.3e9·C_min^0.73 (see [`kaplan`]).
    Kaplan,
    /// A parametric surface `E + A/N^α + B/D^β` with its closed-form optimum
    /// (Hoffmann et al. 2022, eqs. 2 and 4).
    Parametric(Coefficients),
    /// A published power-law allocation `N* ∝ C^a` (Hoffmann et al. Approaches 1 and 2), whose
    /// losses are read from the parametric `surface` (they publish no loss model of their own).
    Allocation {
        /// Where the optimum lies.
        rule: PowerAllocation,
        /// What loss is predicted at any (N, D), including the optimum.
        surface: Coefficients,
    },
    /// Bi et al. 2024 (DeepSeek LLM): the optimum in non-embedding FLOPs per token M and tokens
    /// D against C = M·D (see [`super::deepseek`]); no loss surface.
    FlopsPerToken,
}

/// One scaling law as the page uses it: loss surface, 1-D curves, compute-optimal frontier,
/// fitted range and citation.
///
/// Every method is pure and, for inputs in the slider domain (C 1e15…1e30 FLOPs,
/// N 1e6…1e14, D 1e8…1e16), returns finite numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Law {
    id: LawId,
    kind: LawKind,
}

impl Law {
    /// The law `id`. `custom` is used only for the user's laws, [`LawId::Custom`] and
    /// [`LawId::Fit`] (each gets its own coefficients from the state); invalid ones
    /// are replaced by [`Coefficients::sanitized`] so the law never yields NaN (use
    /// [`Law::custom`] to get the validation errors instead).
    pub fn new(id: LawId, custom: Coefficients) -> Law {
        let kind = match id {
            LawId::Kaplan2020 => LawKind::Kaplan,
            // Hoffmann et al. 2022, Approach 3, eq. 10 as published.
            LawId::Chinchilla2022 => LawKind::Parametric(Coefficients::CHINCHILLA),
            // Approach 1 allocation; losses from the Approach 3 surface of `chinchilla2022`.
            LawId::Chinchilla2022A1 => {
                LawKind::Allocation { rule: PowerAllocation::APPROACH_1, surface: Coefficients::CHINCHILLA }
            }
            // Approach 2 allocation; losses from the Approach 3 surface of `chinchilla2022`.
            LawId::Chinchilla2022A2 => {
                LawKind::Allocation { rule: PowerAllocation::APPROACH_2, surface: Coefficients::CHINCHILLA }
            }
            // Besiroglu et al. 2024, Table 1.
            LawId::Epoch2024 => LawKind::Parametric(Coefficients::EPOCH),
            // Muennighoff et al. 2023, datablations README (C4 fit).
            LawId::Muennighoff2023 => LawKind::Parametric(Coefficients::MUENNIGHOFF),
            // Bi et al. 2024, §3.2.
            LawId::DeepSeek2024 => LawKind::FlopsPerToken,
            LawId::Custom | LawId::Fit => LawKind::Parametric(custom.sanitized()),
        };
        Law { id, kind }
    }

    /// The built-in law `id`; [`LawId::Custom`] starts from [`Coefficients::CHINCHILLA`].
    pub fn builtin(id: LawId) -> Law {
        Law::new(id, Coefficients::CHINCHILLA)
    }

    /// The `custom` law with `coefficients`, or every validation error.
    pub fn custom(coefficients: Coefficients) -> Result<Law, Vec<CoeffError>> {
        coefficients.validate()?;
        Ok(Law::new(LawId::Custom, coefficients))
    }

    /// Which law this is.
    pub fn id(&self) -> LawId {
        self.id
    }

    /// How this law computes its curves.
    pub fn kind(&self) -> LawKind {
        self.kind
    }

    /// Whether this law predicts losses at all: false only for `deepseek2024`, whose every
    /// loss below is NaN. Callers that draw or print a loss check this first (the plots of
    /// loss skip such a law, the read-outs print "—" with the reason).
    pub fn has_loss(&self) -> bool {
        !matches!(self.kind, LawKind::FlopsPerToken)
    }

    /// Loss surface L(N, D), nats/token: Kaplan eq. 1.5 for `kaplan2020`; otherwise the
    /// parametric surface of [`Law::surface`] (for `chinchilla2022-a1`/`-a2` that is the
    /// `chinchilla2022` surface). NaN for a law without one ([`Law::has_loss`]).
    pub fn loss(&self, n: f64, d: f64) -> f64 {
        match self.kind {
            LawKind::Kaplan => kaplan::kaplan_loss(n, d),
            LawKind::Parametric(c) | LawKind::Allocation { surface: c, .. } => c.loss(n, d),
            LawKind::FlopsPerToken => f64::NAN,
        }
    }

    /// Loss when data is not the bottleneck: Kaplan's L(N) (eq. 1.1), or `E + A/N^α`; NaN
    /// without a surface.
    pub fn loss_vs_n(&self, n: f64) -> f64 {
        match self.kind {
            LawKind::Kaplan => kaplan::kaplan_loss_vs_n(n),
            LawKind::Parametric(c) | LawKind::Allocation { surface: c, .. } => c.loss_vs_n(n),
            LawKind::FlopsPerToken => f64::NAN,
        }
    }

    /// Loss when model size is not the bottleneck: Kaplan's L(D) (eq. 1.2), or `E + B/D^β`;
    /// NaN without a surface.
    pub fn loss_vs_d(&self, d: f64) -> f64 {
        match self.kind {
            LawKind::Kaplan => kaplan::kaplan_loss_vs_d(d),
            LawKind::Parametric(c) | LawKind::Allocation { surface: c, .. } => c.loss_vs_d(d),
            LawKind::FlopsPerToken => f64::NAN,
        }
    }

    /// Loss of an `n`-parameter model trained on budget `c` FLOPs, i.e. on `c/(6n)` tokens:
    /// one IsoFLOP profile (Hoffmann et al. Fig. 3 left, Fig. 4 right).
    pub fn iso_flop_loss(&self, c: f64, n: f64) -> f64 {
        self.loss(n, tokens_for_budget(c, n))
    }

    /// Optimal parameters for budget `c` FLOPs (see [`Law::optimum`]).
    pub fn optimal_n(&self, c: f64) -> f64 {
        match self.kind {
            LawKind::Kaplan => kaplan::kaplan_optimal_n(c),
            LawKind::Parametric(s) => s.optimal_n(c),
            LawKind::Allocation { rule, .. } => rule.optimal_n(c),
            LawKind::FlopsPerToken => super::deepseek::optimal_params(c),
        }
    }

    /// Compute-optimal split of budget `c` FLOPs; always `6·n·d = c`.
    ///
    /// * `kaplan2020`: N* = 1.3e9·C_min^0.73 (Table 6), loss = L(C_min) (eq. 1.3).
    /// * parametric laws: closed form of Hoffmann et al. eq. 4, loss = L(N*, D*).
    /// * `chinchilla2022-a1`/`-a2`: the anchored power law, loss read from the
    ///   `chinchilla2022` surface at (N*, D*).
    /// * `deepseek2024`: N* = M_opt/6, D* = C/M_opt (Bi et al. 2024, §3.2); loss NaN (no
    ///   surface).
    pub fn optimum(&self, c: f64) -> Optimum {
        match self.kind {
            LawKind::Kaplan => kaplan::kaplan_optimum(c),
            LawKind::Parametric(s) => s.optimum(c),
            LawKind::Allocation { rule, surface } => {
                let split = Optimum::from_params(c, rule.optimal_n(c), 0.0);
                Optimum { loss: surface.loss(split.n, split.d), ..split }
            }
            LawKind::FlopsPerToken => Optimum::from_params(c, super::deepseek::optimal_params(c), f64::NAN),
        }
    }

    /// Whether [`Law::optimum`] is the minimum of this law's own loss surface [`Law::loss`]
    /// on the budget's IsoFLOP curve. True for the parametric laws (Hoffmann et al. eq. 4
    /// minimises eq. 2). False for Kaplan, whose allocation N* = 1.3e9·C^0.73 is a fit of its
    /// own (Kaplan et al. 2020, §6.1 and Table 6) separate from its L(N, D) (eq. 1.5), and for
    /// Approaches 1 and 2, whose allocations are their own fits read on the Approach-3
    /// surface: a model can then lie below "the optimum" on the same surface.
    pub fn optimum_minimises_surface(&self) -> bool {
        matches!(self.kind, LawKind::Parametric(_))
    }

    /// The parametric coefficients behind [`Law::loss`]; `None` for Kaplan and DeepSeek.
    pub fn surface(&self) -> Option<Coefficients> {
        match self.kind {
            LawKind::Kaplan | LawKind::FlopsPerToken => None,
            LawKind::Parametric(c) | LawKind::Allocation { surface: c, .. } => Some(c),
        }
    }

    /// The coefficients when this law *is* a parametric surface whose optimum minimises it
    /// (`chinchilla2022`, `epoch2024`, `muennighoff2023`, `custom`): the laws the
    /// beyond-compute-optimal read-outs (overhead, inference, data limit) apply to. `None` for
    /// Kaplan (no `E + A/N^α + B/D^β` surface) and Approaches 1 and 2 (their optimum is a fit of
    /// its own, not the surface's minimum).
    pub fn parametric(&self) -> Option<Coefficients> {
        match self.kind {
            LawKind::Parametric(c) => Some(c),
            _ => None,
        }
    }

    /// The repetition constants that apply to this law under a data limit, and whether they
    /// are its own (`muennighoff2023`) or transferred from Muennighoff et al. 2023.
    pub fn repetition(&self) -> (super::data_limited::Repetition, bool) {
        (super::data_limited::Repetition::MUENNIGHOFF, self.id == LawId::Muennighoff2023)
    }

    /// The (N, D, C) region the paper fitted; outside it the curves are extrapolations.
    pub fn fit_range(&self) -> FitRange {
        match self.id {
            LawId::Kaplan2020 => FitRange::KAPLAN,
            LawId::Muennighoff2023 => FitRange::MUENNIGHOFF,
            LawId::DeepSeek2024 => FitRange::DEEPSEEK,
            _ => FitRange::CHINCHILLA,
        }
    }

    /// The paper, and the place in it, this law's numbers come from.
    pub fn citation(&self) -> Citation {
        match self.id {
            LawId::Kaplan2020 => Citation::KAPLAN_2020,
            LawId::Chinchilla2022 => Citation::CHINCHILLA_2022,
            LawId::Chinchilla2022A1 => Citation::CHINCHILLA_2022_A1,
            LawId::Chinchilla2022A2 => Citation::CHINCHILLA_2022_A2,
            LawId::Epoch2024 => Citation::EPOCH_2024,
            LawId::Muennighoff2023 => Citation::MUENNIGHOFF_2023,
            LawId::DeepSeek2024 => Citation::DEEPSEEK_2024,
            LawId::Custom => Citation::CUSTOM,
            LawId::Fit => Citation::FIT,
        }
    }

    /// Unit of every loss this law returns: `"nats/token"`.
    pub fn loss_unit(&self) -> &'static str {
        "nats/token"
    }
}
