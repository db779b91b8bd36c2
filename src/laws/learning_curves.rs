//! Learning curves (issue 18): the final loss of runs of a fixed size N trained to more and more
//! tokens D, against their compute C = 6ND (Kaplan et al. 2020, Fig. 2; Hoffmann et al. 2022,
//! Fig. 2 left). Each point is the law's L(N, D): the final loss of a separate run trained to D
//! tokens, which is what these fits describe (not one run's loss along its training).
//!
//! * The lower envelope over N of `L(N, C/6N)` at each C is the minimum of the surface along
//!   the IsoFLOP line: for a parametric law `E + A/N^α + B/D^β` exactly the compute-optimal
//!   frontier of Hoffmann et al. eq. 4 ([`Law::optimum`]). The curve of size N touches it where
//!   N is optimal for its own compute, at `C = budget_for_optimal_n(N)`; there both have the
//!   same slope (the envelope theorem: ∂L/∂N = 0 on the optimum), so the touch is a tangency.
//! * Kaplan et al.'s L(N, D) (eq. 1.5) has such an envelope too ([`kaplan_surface_optimal_n`],
//!   N ∝ C^0.58), but their compute-efficient allocation (Table 6, N ∝ C^0.73) is a separate
//!   fit that is not its minimum; Approaches 1 and 2 read the Approach-3 surface, whose
//!   envelope is Approach 3's frontier. For those laws the envelope and the law's optimum differ.
//! * `L(N, ∞)` is the loss the curve of size N converges to with unlimited data; the gap
//!   `L(N, D) − L(N, ∞)` is how far a run stopped after D tokens still is above it: `B/D^β`
//!   for a parametric law, eq. 1.5's own limit for Kaplan.

use super::kaplan::{
    kaplan_gap_to_convergence, kaplan_loss_converged, kaplan_surface_budget_for_n, kaplan_surface_optimal_n,
};
use super::law::{Law, LawKind};
use super::units::tokens_for_budget;

/// The model sizes the learning-curve plot draws: 10⁷ to 10¹² every half decade, as
/// half-decade exponents (`h` stands for N = 10^(h/2)).
pub const CURVE_HALF_DECADES: std::ops::RangeInclusive<i8> = 14..=24;

/// N = 10^(h/2) for a half-decade exponent `h`.
pub fn size_of_half_decade(h: i8) -> f64 {
    10f64.powf(f64::from(h) / 2.0)
}

impl Law {
    /// `L(N, ∞)`, nats/token: the loss this law's L(N, D) converges to as D grows (`E + A/N^α`;
    /// Kaplan: eq. 1.5's limit `(N_c/N)^α_N`, [`kaplan_loss_converged`]).
    pub fn converged_loss(&self, n: f64) -> f64 {
        match self.kind() {
            LawKind::Kaplan => kaplan_loss_converged(n),
            LawKind::FlopsPerToken => f64::NAN, // no loss surface (DeepSeek's allocation law)
            LawKind::Parametric(c) | LawKind::Allocation { surface: c, .. } => c.loss_vs_n(n),
        }
    }

    /// `L(N, D) − L(N, ∞)` ≥ 0, nats/token, without cancellation: the data term `B/D^β` of a
    /// parametric surface; for Kaplan [`kaplan_gap_to_convergence`].
    pub fn gap_to_convergence(&self, n: f64, d: f64) -> f64 {
        match self.kind() {
            LawKind::Kaplan => kaplan_gap_to_convergence(n, d),
            LawKind::FlopsPerToken => f64::NAN,
            LawKind::Parametric(c) | LawKind::Allocation { surface: c, .. } => c.data_term(d),
        }
    }

    /// The N that minimises this law's own L(N, C/6N) at budget `c`: where the lower envelope
    /// of the learning curves lies. Equal to [`Law::optimal_n`] for the parametric laws.
    pub fn envelope_n(&self, c: f64) -> f64 {
        match self.kind() {
            LawKind::Kaplan => kaplan_surface_optimal_n(c),
            LawKind::FlopsPerToken => self.optimal_n(c),
            LawKind::Parametric(s) | LawKind::Allocation { surface: s, .. } => s.optimal_n(c),
        }
    }

    /// The lower envelope of the learning curves at budget `c`: `min over N of L(N, C/6N)`.
    pub fn envelope_loss(&self, c: f64) -> f64 {
        let n = self.envelope_n(c);
        self.loss(n, tokens_for_budget(c, n))
    }

    /// The budget at which the learning curve of size `n` touches the envelope (where `n` is
    /// [`Law::envelope_n`]): the inverse of `envelope_n`, in closed form.
    pub fn tangency_budget(&self, n: f64) -> f64 {
        match self.kind() {
            LawKind::Kaplan => kaplan_surface_budget_for_n(n),
            LawKind::FlopsPerToken => super::deepseek::budget_for_optimal_params(n),
            LawKind::Parametric(s) | LawKind::Allocation { surface: s, .. } => s.budget_for_optimal_n(n),
        }
    }
}
