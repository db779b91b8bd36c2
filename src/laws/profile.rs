//! IsoFLOP profiles: the loss along `6ND = C` at model sizes spaced evenly in log N
//! (Hoffmann et al. 2022, arXiv 2203.15556, Approach 2, Fig. 3), the curves of plots N and D.
//!
//! Along such a grid, `N_i = N_0·q^i`, each power term of a loss is a geometric sequence:
//! `A/N_i^α = (A/N_0^α)·(q^−α)^i` and, with `D_i = C/(6N_i)`, `B/D_i^β = (B/D_0^β)·(q^β)^i`.
//! A profile therefore costs two multiplications per point instead of several `exp`/`ln`
//! (the slider's hot path). Rounding grows by about one ulp per step: under 1e-12 relative
//! over the plots' 400 points, which `tests/laws_properties.rs` checks against
//! [`Law::iso_flop_loss`].

use super::kaplan::{JOINT_ALPHA_D, JOINT_ALPHA_N, JOINT_D_C, JOINT_N_C};
use super::law::{Law, LawKind};
use super::units::tokens_for_budget;

/// The points `(n, L(n, C/6n))` of one profile; see [`Law::iso_flop_profile`].
#[derive(Clone, Debug)]
pub struct IsoFlopProfile {
    remaining: usize,
    n: f64,
    /// Per-step factor of `n`.
    q: f64,
    /// The loss's two power terms at `n`, and their per-step factors.
    terms: (f64, f64),
    factors: (f64, f64),
    combine: Combine,
}

/// How the two terms make the loss.
#[derive(Clone, Copy, Debug)]
enum Combine {
    /// `E + model + data` (Hoffmann et al. eq. 2).
    Sum { e: f64 },
    /// `(model + data)^α_D` (Kaplan et al. eq. 1.5).
    Kaplan,
}

impl Law {
    /// `points` points `(n, L(n, C/6n))` of the budget `c`'s IsoFLOP profile, with `n` going
    /// from `n_first` to `n_last` (either way round) evenly in log n; equal to
    /// [`Law::iso_flop_loss`] at every point up to rounding (see the module docs).
    pub fn iso_flop_profile(&self, c: f64, n_first: f64, n_last: f64, points: usize) -> IsoFlopProfile {
        let steps = points.saturating_sub(1).max(1) as f64;
        let ln_q = (n_last.ln() - n_first.ln()) / steps;
        let q = ln_q.exp();
        let d_first = tokens_for_budget(c, n_first);
        let (terms, factors, combine) = match self.kind() {
            LawKind::Kaplan => {
                let p = JOINT_ALPHA_N / JOINT_ALPHA_D;
                let model = (p * (JOINT_N_C.ln() - n_first.ln())).exp();
                let data = (JOINT_D_C.ln() - d_first.ln()).exp();
                ((model, data), ((-p * ln_q).exp(), q), Combine::Kaplan)
            }
            LawKind::Parametric(s) | LawKind::Allocation { surface: s, .. } => (
                (s.model_term(n_first), s.data_term(d_first)),
                ((-s.alpha * ln_q).exp(), (s.beta * ln_q).exp()),
                Combine::Sum { e: s.e },
            ),
            // No loss surface (DeepSeek): no profile.
            LawKind::FlopsPerToken => {
                return IsoFlopProfile {
                    remaining: 0,
                    n: n_first,
                    q,
                    terms: (0.0, 0.0),
                    factors: (1.0, 1.0),
                    combine: Combine::Sum { e: 0.0 },
                }
            }
        };
        IsoFlopProfile { remaining: points, n: n_first, q, terms, factors, combine }
    }
}

impl Iterator for IsoFlopProfile {
    type Item = (f64, f64);

    fn next(&mut self) -> Option<(f64, f64)> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        let (model, data) = self.terms;
        let loss = match self.combine {
            Combine::Sum { e } => e + model + data,
            Combine::Kaplan => (JOINT_ALPHA_D * (model + data).ln()).exp(),
        };
        let point = (self.n, loss);
        self.n *= self.q;
        self.terms = (model * self.factors.0, data * self.factors.1);
        Some(point)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl ExactSizeIterator for IsoFlopProfile {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::laws::LawId;

    #[test]
    fn starts_on_the_law_and_ends_at_n_last() {
        for id in LawId::ALL {
            let law = Law::builtin(id);
            let points: Vec<_> = law.iso_flop_profile(5.76e23, 1e6, 1e14, 400).collect();
            if !law.has_loss() {
                assert!(points.is_empty(), "{id:?}: no loss, no profile");
                continue;
            }
            assert_eq!(points.len(), 400);
            assert_eq!(points[0], (1e6, law.iso_flop_loss(5.76e23, 1e6)), "{id:?}");
            let (n_last, _) = points[399];
            assert!((n_last / 1e14 - 1.0).abs() < 1e-12, "{id:?}: {n_last:e}");
        }
    }
}
