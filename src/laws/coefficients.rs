//! The five coefficients of the parametric loss surface and their validation.
//!
//! The surface itself (loss, closed-form optimum) lives in [`super::parametric`].

use serde::{Deserialize, Serialize};
use std::fmt;

/// Coefficients of the parametric loss surface
/// `L(N, D) = E + A/N^α + B/D^β` (Hoffmann et al. 2022, arXiv 2203.15556, eq. 2).
///
/// N is the parameter count, D the number of training tokens, L the loss in nats/token.
/// Serialised with the URL keys of [`Coefficients::FIELDS`] (`E`, `A`, `B`, `alpha`, `beta`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Coefficients {
    /// Irreducible loss E ("entropy of natural text"), nats/token.
    #[serde(rename = "E")]
    pub e: f64,
    /// Model-size coefficient A.
    #[serde(rename = "A")]
    pub a: f64,
    /// Data coefficient B.
    #[serde(rename = "B")]
    pub b: f64,
    /// Model-size exponent α.
    pub alpha: f64,
    /// Data exponent β.
    pub beta: f64,
}

/// Inclusive valid range of E, nats/token.
///
/// Published fits sit at 1.69 (Hoffmann et al. 2022, eq. 10) and 1.8172 (Besiroglu et al. 2024,
/// Table 1); 10 nats is far above the loss of a uniform guess over a 50k vocabulary (ln 50257 ≈ 10.8
/// is the only larger natural scale), and the lower bound keeps E strictly positive.
const E_RANGE: (f64, f64) = (0.01, 10.0);
/// Inclusive valid range of A and B.
///
/// Published values are 406.4 / 410.7 (Hoffmann et al. 2022, eq. 10) and 482.01 / 2085.43
/// (Besiroglu et al. 2024). A lower bound of 1 (rather than 0) bounds ln A and ln B from below,
/// which is what keeps G = (αA/(βB))^(1/(α+β)) finite; see [`Coefficients::valid_range`].
const AB_RANGE: (f64, f64) = (1.0, 1e6);
/// Inclusive valid range of α and β.
///
/// Published exponents are 0.28–0.37; theory gives 1/2 for both terms (Hoffmann et al. 2022,
/// App. D.2). The lower bound 0.05 keeps α + β ≥ 0.1, so 1/(α+β) ≤ 10.
const EXPONENT_RANGE: (f64, f64) = (0.05, 2.0);

impl Coefficients {
    /// Hoffmann et al. 2022 (arXiv 2203.15556), Approach 3 fit as published in eq. 10
    /// (Appendix D.2): E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28.
    ///
    /// These are the rounded, published values. Their optimum at Gopher's 5.76e23 FLOPs is
    /// ≈32B parameters / ≈3.0T tokens, not the 40B of the paper's Fig. 4, which used the
    /// unrounded fit (Besiroglu et al. 2024, §2, discuss the rounding).
    pub const CHINCHILLA: Coefficients = Coefficients { e: 1.69, a: 406.4, b: 410.7, alpha: 0.34, beta: 0.28 };

    /// The same Approach 3 fit before rounding, as the paper's TeX source has it: Besiroglu et
    /// al. 2024 (arXiv 2404.10102 v2, abstract: "the parameter estimates reported in the body of
    /// the paper (as opposed to the TeX source) are rounded in a way that results in substantial
    /// bias"); values as their public analysis notebook (`data_analysis.ipynb`, `true_params`)
    /// holds them, ln A = 6.0073404, ln B = 6.0179186, ln E = 0.5267228, α = 0.33917084,
    /// β = 0.2849083.
    ///
    /// Not a law of the page: it explains why the page's Approach 3 (the rounded
    /// [`Coefficients::CHINCHILLA`]) puts Gopher's optimum at ≈32B while the paper's Fig. 4
    /// says 40B — these unrounded values give ≈40.4B.
    pub const CHINCHILLA_UNROUNDED: Coefficients =
        Coefficients { e: 1.693374, a: 406.4010, b: 410.7228, alpha: 0.33917084, beta: 0.2849083 };

    /// Besiroglu, Erdil, Barnett, You 2024 (arXiv 2404.10102), "Chinchilla Scaling: A replication
    /// attempt", Table 1 (their refit of Approach 3 on data digitised from Hoffmann et al. Fig. 4):
    /// E = 1.8172, A = 482.01, B = 2085.43, α = 0.3478, β = 0.3658.
    pub const EPOCH: Coefficients = Coefficients { e: 1.8172, a: 482.01, b: 2085.43, alpha: 0.3478, beta: 0.3658 };

    /// The field names, in order; these are also the URL keys and the serde names.
    pub const FIELDS: [&'static str; 5] = ["E", "A", "B", "alpha", "beta"];

    /// The value of `field` (one of [`Coefficients::FIELDS`], exact spelling), if it exists.
    pub fn get(&self, field: &str) -> Option<f64> {
        match field {
            "E" => Some(self.e),
            "A" => Some(self.a),
            "B" => Some(self.b),
            "alpha" => Some(self.alpha),
            "beta" => Some(self.beta),
            _ => None,
        }
    }

    /// Sets `field` to `v` without validating it; `false` (and no change) if there is no such
    /// field. Call [`Coefficients::validate`] afterwards.
    pub fn set(&mut self, field: &str, v: f64) -> bool {
        let slot = match field {
            "E" => &mut self.e,
            "A" => &mut self.a,
            "B" => &mut self.b,
            "alpha" => &mut self.alpha,
            "beta" => &mut self.beta,
            _ => return false,
        };
        *slot = v;
        true
    }

    /// The inclusive range `(min, max)` a field must lie in, or `None` for an unknown field.
    ///
    /// | field | range | why |
    /// |---|---|---|
    /// | `E` | 0.01 … 10 | published 1.69 / 1.8172; must be > 0 |
    /// | `A`, `B` | 1 … 1e6 | published 406.4–2085.43; ≥ 1 bounds ln A, ln B |
    /// | `alpha`, `beta` | 0.05 … 2 | published 0.28–0.37; theory 0.5 |
    ///
    /// Why these keep everything finite over the slider domain (C 1e15…1e30 FLOPs,
    /// N 1e6…1e14, D 1e8…1e16): |ln G| ≤ (ln(2·1e6) − ln 0.05)/0.1 ≈ 176, so the optimum
    /// satisfies |ln N*| ≤ 176 + ln(1e30/6) ≈ 244 and likewise |ln D*| ≤ 244, so every loss term
    /// `exp(ln A − α ln N)` has an exponent below ln 1e6 + 2·244 ≈ 502 < 709 = ln f64::MAX, and
    /// D*/N* ≥ e^−488 stays far above the smallest normal f64.
    pub fn valid_range(field: &str) -> Option<(f64, f64)> {
        match field {
            "E" => Some(E_RANGE),
            "A" | "B" => Some(AB_RANGE),
            "alpha" | "beta" => Some(EXPONENT_RANGE),
            _ => None,
        }
    }

    /// `Ok` when every field is finite, > 0 and inside [`Coefficients::valid_range`]; otherwise
    /// one [`CoeffError`] per bad field, in [`Coefficients::FIELDS`] order.
    pub fn validate(&self) -> Result<(), Vec<CoeffError>> {
        let errors: Vec<CoeffError> = Coefficients::FIELDS
            .into_iter()
            .filter_map(|field| {
                let value = self.get(field)?;
                let (min, max) = Coefficients::valid_range(field)?;
                let problem = if !value.is_finite() {
                    CoeffProblem::NotFinite
                } else if value <= 0.0 {
                    CoeffProblem::NotPositive
                } else if value < min || value > max {
                    CoeffProblem::OutOfRange { min, max }
                } else {
                    return None;
                };
                Some(CoeffError { field, value, problem })
            })
            .collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// `true` when [`Coefficients::validate`] is `Ok`.
    pub fn is_valid(&self) -> bool {
        self.validate().is_ok()
    }

    /// A valid copy: each finite field clamped into its range, each non-finite field replaced by
    /// the [`Coefficients::CHINCHILLA`] value. Valid coefficients come back unchanged.
    pub fn sanitized(&self) -> Coefficients {
        let mut out = *self;
        for field in Coefficients::FIELDS {
            let (Some(v), Some((min, max)), Some(fallback)) =
                (self.get(field), Coefficients::valid_range(field), Coefficients::CHINCHILLA.get(field))
            else {
                continue;
            };
            let fixed = if v.is_finite() { v.clamp(min, max) } else { fallback };
            out.set(field, fixed);
        }
        out
    }
}

/// One invalid coefficient: which field, its value and what is wrong with it.
#[derive(Clone, Debug, PartialEq)]
pub struct CoeffError {
    /// One of [`Coefficients::FIELDS`].
    pub field: &'static str,
    /// The rejected value (may be NaN or infinite).
    pub value: f64,
    /// What is wrong.
    pub problem: CoeffProblem,
}

/// Why a coefficient was rejected by [`Coefficients::validate`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CoeffProblem {
    /// NaN or ±∞.
    NotFinite,
    /// Zero or negative.
    NotPositive,
    /// Positive and finite but outside the inclusive range `min…max`.
    OutOfRange {
        /// Smallest valid value.
        min: f64,
        /// Largest valid value.
        max: f64,
    },
}

impl fmt::Display for CoeffError {
    /// English, e.g. `alpha = 7 is out of range 0.05…2`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = self.field;
        // Shortest round-trip text, in exponent form when long (1e308, not 309 digits).
        let value =
            if self.value.is_finite() && (self.value.abs() >= 1e6 || (self.value != 0.0 && self.value.abs() < 1e-3)) {
                format!("{:e}", self.value)
            } else {
                format!("{}", self.value)
            };
        match self.problem {
            CoeffProblem::NotFinite => write!(f, "{field} = {value} is not a finite number"),
            CoeffProblem::NotPositive => write!(f, "{field} = {value} must be greater than 0"),
            CoeffProblem::OutOfRange { min, max } => {
                write!(f, "{field} = {value} is out of range {min}…{max}")
            }
        }
    }
}

impl std::error::Error for CoeffError {}

impl fmt::Display for CoeffProblem {
    /// English, e.g. `is out of range 0.05…2` (the page words it with `Lang::reason`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CoeffProblem::NotFinite => write!(f, "is not a finite number"),
            CoeffProblem::NotPositive => write!(f, "must be greater than 0"),
            CoeffProblem::OutOfRange { min, max } => write!(f, "is out of range {min}…{max}"),
        }
    }
}
