//! Famous language models with their parameter and training-token counts as published, each
//! with the paper or report it comes from. Pure data, shown on the plots and loadable as
//! "your model".
//!
//! Conventions: `name` is the model's own spelling (LLaMA for the first generation, Llama 2,
//! Llama 3); `n` is the total parameter count at the precision the source prints it (LLaMA's
//! 6.7B, Pythia's 11,846,072,320 → 11.8B; a source that prints only the nominal size gives
//! that); `d` is the number of training tokens, and `source` says when it is something else
//! (OPT-175B: the size of the corpus).

/// One published model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FamousModel {
    /// Stable id (used in the DOM and the tour).
    pub id: &'static str,
    pub name: &'static str,
    /// Parameters.
    pub n: f64,
    /// Training tokens (see `source` for what exactly the source counts).
    pub d: f64,
    /// Where the two numbers are published, and what they are when not plain totals.
    pub source: &'static str,
}

impl FamousModel {
    /// Training compute, C ≈ 6·N·D (Kaplan et al. 2020, §2.1).
    pub fn compute(&self) -> f64 {
        6.0 * self.n * self.d
    }
}

/// The catalogue, oldest first.
pub const FAMOUS_MODELS: [FamousModel; 15] = [
    FamousModel {
        id: "gpt3",
        name: "GPT-3",
        n: 175e9,
        d: 300e9,
        source: "Brown et al. 2020, arXiv:2005.14165, Table D.1",
    },
    FamousModel {
        id: "gopher",
        name: "Gopher",
        n: 280e9,
        d: 300e9,
        source: "Rae et al. 2021, arXiv:2112.11446, Table 1",
    },
    FamousModel {
        id: "mt-nlg", name: "MT-NLG", n: 530e9, d: 270e9, source: "Smith et al. 2022, arXiv:2201.11990, §3"
    },
    FamousModel {
        id: "chinchilla",
        name: "Chinchilla",
        n: 70e9,
        d: 1.4e12,
        source: "Hoffmann et al. 2022, arXiv:2203.15556, Table 1",
    },
    FamousModel {
        id: "palm",
        name: "PaLM",
        n: 540e9,
        d: 780e9,
        source: "Chowdhery et al. 2022, arXiv:2204.02311, Table 1",
    },
    FamousModel {
        id: "opt",
        name: "OPT-175B",
        n: 175e9,
        d: 180e9,
        source: "Zhang et al. 2022, arXiv:2205.01068: 175B parameters; D is the corpus size, 180B tokens (App. C datasheet), not a count of tokens seen in training",
    },
    FamousModel { id: "bloom", name: "BLOOM", n: 176e9, d: 366e9, source: "BigScience 2022, arXiv:2211.05100, §3.5" },
    FamousModel {
        id: "llama1-7b",
        name: "LLaMA 7B",
        n: 6.7e9,
        d: 1.0e12,
        source: "Touvron et al. 2023, arXiv:2302.13971, Table 2",
    },
    FamousModel {
        id: "llama1-65b",
        name: "LLaMA 65B",
        n: 65.2e9,
        d: 1.4e12,
        source: "Touvron et al. 2023, arXiv:2302.13971, Table 2",
    },
    FamousModel {
        id: "pythia-12b",
        name: "Pythia-12B",
        n: 11.8e9,
        d: 300e9,
        source: "Biderman et al. 2023, arXiv:2304.01373; model card: 11,846,072,320 parameters, 299,892,736,000 tokens",
    },
    FamousModel {
        id: "llama2-70b",
        name: "Llama 2 70B",
        n: 70e9,
        d: 2.0e12,
        source: "Touvron et al. 2023, arXiv:2307.09288, Table 1",
    },
    FamousModel {
        id: "falcon-180b",
        name: "Falcon 180B",
        n: 180e9,
        d: 3.5e12,
        source: "Almazrouei et al. 2023, arXiv:2311.16867, Table 1",
    },
    FamousModel {
        id: "llama3-8b",
        name: "Llama 3 8B",
        n: 8e9,
        d: 15e12,
        source: "Llama Team 2024, arXiv:2407.21783, §1 (\"over 15T tokens\")",
    },
    FamousModel {
        id: "llama3-70b",
        name: "Llama 3 70B",
        n: 70e9,
        d: 15e12,
        source: "Llama Team 2024, arXiv:2407.21783, §1 (\"over 15T tokens\")",
    },
    FamousModel {
        id: "llama3-405b",
        name: "Llama 3.1 405B",
        n: 405e9,
        d: 15.6e12,
        source: "Llama Team 2024, arXiv:2407.21783, §3.3 (15.6T tokens)",
    },
];

/// The course's rule-of-thumb markers (the lecture notes, not a law or a paper's result): a
/// "large" language model has at least 1–10B parameters ...
pub const COURSE_LLM_PARAMS: (f64, f64) = (1e9, 1e10);
/// ... trained on at least 100B tokens.
pub const COURSE_LLM_TOKENS: f64 = 1e11;
/// "Some tasks jump above ~6.7B parameters in few-shot settings": 6.7B is one of GPT-3's eight
/// sizes (Brown et al. 2020, arXiv:2005.14165, Table 2.1), not a universal threshold — Wei et al.
/// 2022 (arXiv:2206.07682, Table 1) list task- and family-dependent scales, and Schaeffer et al.
/// 2023 (arXiv:2304.15004) argue the jumps come from the metric.
pub const COURSE_EMERGENT_PARAMS: f64 = 6.7e9;

/// Looks a model up by id.
pub fn famous_model(id: &str) -> Option<&'static FamousModel> {
    FAMOUS_MODELS.iter().find(|m| m.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::bounds::{PARAMS, TOKENS};

    #[test]
    fn ids_are_unique_and_counts_fit_the_sliders() {
        for (i, m) in FAMOUS_MODELS.iter().enumerate() {
            assert!(FAMOUS_MODELS[i + 1..].iter().all(|o| o.id != m.id), "{}", m.id);
            assert!((PARAMS.0..=PARAMS.1).contains(&m.n), "{}", m.id);
            assert!((TOKENS.0..=TOKENS.1).contains(&m.d), "{}", m.id);
            assert!(!m.source.is_empty());
        }
        assert_eq!(famous_model("chinchilla").map(|m| m.compute()), Some(6.0 * 70e9 * 1.4e12));
    }
}
