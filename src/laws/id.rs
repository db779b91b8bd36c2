//! Stable identifiers of the scaling laws the page can show.
//!
//! The id strings are part of the URL (`?law=chinchilla2022-a1`), of the `data-law` test hooks
//! and of export file names, so they never change once published.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Which scaling law a curve, a table row or a URL refers to.
///
/// Serialised (serde) and printed ([`fmt::Display`]) as [`LawId::as_str`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LawId {
    /// Kaplan et al. 2020, arXiv 2001.08361: separate power laws in N, D and C_min.
    #[serde(rename = "kaplan2020")]
    Kaplan2020,
    /// Hoffmann et al. 2022, arXiv 2203.15556, Approach 3: parametric fit (eq. 10).
    #[serde(rename = "chinchilla2022")]
    Chinchilla2022,
    /// Hoffmann et al. 2022, Approach 1 (training-curve envelope): N* ∝ C^0.50 (Table 2).
    #[serde(rename = "chinchilla2022-a1")]
    Chinchilla2022A1,
    /// Hoffmann et al. 2022, Approach 2 (IsoFLOP profiles): N* ∝ C^0.49 (Table 2).
    #[serde(rename = "chinchilla2022-a2")]
    Chinchilla2022A2,
    /// Besiroglu, Erdil, Barnett, You 2024, arXiv 2404.10102: refit of Approach 3.
    #[serde(rename = "epoch2024")]
    Epoch2024,
    /// Muennighoff et al. 2023, arXiv 2305.16264: parametric C4 fit (datablations README),
    /// with the data-repetition decay constants R_D*, R_N* used when unique data is limited.
    #[serde(rename = "muennighoff2023")]
    Muennighoff2023,
    /// Bi et al. 2024 (DeepSeek LLM), arXiv 2401.02954, §3.2: the optimal model scale in
    /// non-embedding FLOPs per token and tokens against compute; no loss surface, so it is
    /// only ever compared, never the primary law.
    #[serde(rename = "deepseek2024")]
    DeepSeek2024,
    /// The parametric form of Hoffmann et al. (eq. 2) with user-given coefficients.
    #[serde(rename = "custom")]
    Custom,
    /// The parametric form fitted to the user's own runs in the page (issue 20: Approach 3 of
    /// Hoffmann et al. as Besiroglu et al. 2024 replicate it); exists only once a fit does.
    #[serde(rename = "fit")]
    Fit,
}

impl LawId {
    /// Every law, in the order the page lists them.
    pub const ALL: [LawId; 9] = [
        LawId::Kaplan2020,
        LawId::Chinchilla2022,
        LawId::Chinchilla2022A1,
        LawId::Chinchilla2022A2,
        LawId::Epoch2024,
        LawId::Muennighoff2023,
        LawId::DeepSeek2024,
        LawId::Custom,
        LawId::Fit,
    ];

    /// The stable id string: `"kaplan2020"`, `"chinchilla2022"`, `"chinchilla2022-a1"`,
    /// `"chinchilla2022-a2"`, `"epoch2024"`, `"muennighoff2023"`, `"deepseek2024"`, `"custom"` or `"fit"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            LawId::Kaplan2020 => "kaplan2020",
            LawId::Chinchilla2022 => "chinchilla2022",
            LawId::Chinchilla2022A1 => "chinchilla2022-a1",
            LawId::Chinchilla2022A2 => "chinchilla2022-a2",
            LawId::Epoch2024 => "epoch2024",
            LawId::Muennighoff2023 => "muennighoff2023",
            LawId::DeepSeek2024 => "deepseek2024",
            LawId::Custom => "custom",
            LawId::Fit => "fit",
        }
    }

    /// Every id string, in [`LawId::ALL`] order (for tests and tools that speak URLs).
    pub const IDS: [&'static str; LawId::ALL.len()] = {
        let mut out = [""; LawId::ALL.len()];
        let mut i = 0;
        while i < out.len() {
            out[i] = LawId::ALL[i].as_str();
            i += 1;
        }
        out
    };

    /// Whether this law predicts a loss (has a loss surface): every law but `deepseek2024`,
    /// which only places the optimum. Only such a law can be the page's primary law.
    pub const fn has_loss(self) -> bool {
        !matches!(self, LawId::DeepSeek2024)
    }

    /// The law whose id is exactly `s` (case-sensitive, no trimming), if any.
    pub fn parse(s: &str) -> Option<LawId> {
        LawId::ALL.into_iter().find(|id| id.as_str() == s)
    }
}

impl fmt::Display for LawId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The string given to [`LawId::from_str`] is not one of the ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLawId(pub String);

impl fmt::Display for UnknownLawId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown scaling law id \"{}\"", self.0)
    }
}

impl std::error::Error for UnknownLawId {}

impl FromStr for LawId {
    type Err = UnknownLawId;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        LawId::parse(s).ok_or_else(|| UnknownLawId(s.to_owned()))
    }
}
