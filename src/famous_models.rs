//! Famous language models with their parameter and training-token counts as published, each
//! with the paper or report it comes from. Pure data, shown on the plots and loadable as
//! "your model".
//!
//! Conventions: `name` is the model's own spelling (LLaMA for the first generation, Llama 2,
//! Llama 3); `n` is the total parameter count at the precision the source prints it (LLaMA's
//! 6.7B, Pythia's 11,846,072,320 → 11.8B; a source that prints only the nominal size gives
//! that); `d` is the number of training tokens, and `source` says when it is something else
//! (OPT-175B: the size of the corpus).

use crate::i18n::Key;
use crate::laws::planning::Hardware;

/// One published model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FamousModel {
    /// Stable id (used in the DOM and the tour).
    pub id: &'static str,
    pub name: &'static str,
    /// Parameters.
    pub n: f64,
    /// Training tokens (see `note` for what exactly the source counts).
    pub d: f64,
    /// Where the two numbers are published.
    pub cite: Cite,
    /// What the numbers are when not plain totals, or what exactly the source prints.
    pub note: Option<Key>,
}

/// A bibliographic reference, worded per language by `Lang::cite` ("Brown et al. 2020,
/// arXiv:2005.14165, Table D.1" / "Brown 외 2020, arXiv:2005.14165, 표 D.1").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cite {
    /// First author's surname, or the team.
    pub authors: &'static str,
    /// Followed by "et al." ("외").
    pub et_al: bool,
    pub year: u16,
    pub arxiv: &'static str,
    pub place: Place,
}

/// Where in the source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Place {
    Table(&'static str),
    Section(&'static str),
    Appendix(&'static str),
    /// The model's published model card.
    ModelCard,
}

impl FamousModel {
    /// Training compute, C ≈ 6·N·D (Kaplan et al. 2020, §2.1).
    pub fn compute(&self) -> f64 {
        crate::laws::units::training_flops(self.n, self.d)
    }
}

/// The catalogue, oldest first.
pub const FAMOUS_MODELS: [FamousModel; 15] = [
    FamousModel {
        id: "gpt3",
        name: "GPT-3",
        n: 175e9,
        d: 300e9,
        cite: Cite { authors: "Brown", et_al: true, year: 2020, arxiv: "2005.14165", place: Place::Table("D.1") },
        note: None,
    },
    FamousModel {
        id: "gopher",
        name: "Gopher",
        n: 280e9,
        d: 300e9,
        // Its tokens are in Hoffmann et al.'s Table 1 (Rae et al.'s Table 1 lists the architecture).
        cite: Cite { authors: "Hoffmann", et_al: true, year: 2022, arxiv: "2203.15556", place: Place::Table("1") },
        note: None,
    },
    FamousModel {
        id: "mt-nlg",
        name: "MT-NLG",
        n: 530e9,
        d: 270e9,
        cite: Cite { authors: "Smith", et_al: true, year: 2022, arxiv: "2201.11990", place: Place::Section("3") },
        note: None,
    },
    FamousModel {
        id: "chinchilla",
        name: "Chinchilla",
        n: 70e9,
        d: 1.4e12,
        cite: Cite { authors: "Hoffmann", et_al: true, year: 2022, arxiv: "2203.15556", place: Place::Table("1") },
        note: None,
    },
    FamousModel {
        id: "palm",
        name: "PaLM",
        n: 540e9,
        d: 780e9,
        // §3 (Training Dataset): 780 billion tokens; Table 1 lists the architecture.
        cite: Cite { authors: "Chowdhery", et_al: true, year: 2022, arxiv: "2204.02311", place: Place::Section("3") },
        note: None,
    },
    FamousModel {
        id: "opt",
        name: "OPT-175B",
        n: 175e9,
        d: 180e9,
        cite: Cite { authors: "Zhang", et_al: true, year: 2022, arxiv: "2205.01068", place: Place::Appendix("C") },
        note: Some(Key::FamousNoteOptCorpus),
    },
    FamousModel {
        id: "bloom",
        name: "BLOOM",
        n: 176e9,
        d: 366e9,
        cite: Cite {
            authors: "BigScience",
            et_al: false,
            year: 2022,
            arxiv: "2211.05100",
            place: Place::Section("3.5"),
        },
        note: None,
    },
    FamousModel {
        id: "llama1-7b",
        name: "LLaMA 7B",
        n: 6.7e9,
        d: 1.0e12,
        cite: Cite { authors: "Touvron", et_al: true, year: 2023, arxiv: "2302.13971", place: Place::Table("2") },
        note: None,
    },
    FamousModel {
        id: "llama1-65b",
        name: "LLaMA 65B",
        n: 65.2e9,
        d: 1.4e12,
        cite: Cite { authors: "Touvron", et_al: true, year: 2023, arxiv: "2302.13971", place: Place::Table("2") },
        note: None,
    },
    FamousModel {
        id: "pythia-12b",
        name: "Pythia-12B",
        n: 11.8e9,
        d: 300e9,
        cite: Cite { authors: "Biderman", et_al: true, year: 2023, arxiv: "2304.01373", place: Place::ModelCard },
        note: Some(Key::FamousNotePythiaCard),
    },
    FamousModel {
        id: "llama2-70b",
        name: "Llama 2 70B",
        n: 70e9,
        d: 2.0e12,
        cite: Cite { authors: "Touvron", et_al: true, year: 2023, arxiv: "2307.09288", place: Place::Table("1") },
        note: None,
    },
    FamousModel {
        id: "falcon-180b",
        name: "Falcon 180B",
        n: 180e9,
        d: 3.5e12,
        cite: Cite { authors: "Almazrouei", et_al: true, year: 2023, arxiv: "2311.16867", place: Place::Table("1") },
        note: None,
    },
    FamousModel {
        id: "llama3-8b",
        name: "Llama 3 8B",
        n: 8e9,
        d: 15e12,
        cite: Cite { authors: "Llama Team", et_al: false, year: 2024, arxiv: "2407.21783", place: Place::Section("1") },
        note: Some(Key::FamousNoteLlama3Tokens),
    },
    FamousModel {
        id: "llama3-70b",
        name: "Llama 3 70B",
        n: 70e9,
        d: 15e12,
        cite: Cite { authors: "Llama Team", et_al: false, year: 2024, arxiv: "2407.21783", place: Place::Section("1") },
        note: Some(Key::FamousNoteLlama3Tokens),
    },
    FamousModel {
        id: "llama3-405b",
        name: "Llama 3.1 405B",
        n: 405e9,
        d: 15.6e12,
        cite: Cite {
            authors: "Llama Team",
            et_al: false,
            year: 2024,
            arxiv: "2407.21783",
            // §1: "405B trainable parameters on 15.6T text tokens".
            place: Place::Section("1"),
        },
        note: Some(Key::FamousNoteLlama31Tokens),
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

/// A published training run whose hardware is reported: the planner's estimate is shown next
/// to what the authors report (issue 21), as a check that teaches what MFU hides.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrainingRun {
    /// The [`FamousModel`] (its N and D give C = 6ND).
    pub model: &'static str,
    pub hardware: Hardware,
    /// Chip-hours as reported; `None` when the source gives none.
    pub chip_hours: Option<f64>,
    /// The MFU measured while running, as reported (a range: lowest, highest); `None` if none.
    pub mfu: Option<(f64, f64)>,
    /// Where the hardware (and chip-hours) are published.
    pub cite: Cite,
    /// What exactly the source says.
    pub note: Key,
}

/// PaLM 540B's MFU while running: 46.2 % (Chowdhery et al. 2022, arXiv 2204.02311, Table 3).
pub const PALM_MFU: f64 = 0.462;
/// Llama 3 405B's BF16 MFU while running: 38–43 % (Llama Team 2024, arXiv 2407.21783, Table 4).
pub const LLAMA3_MFU: (f64, f64) = (0.38, 0.43);

/// Runs with published hardware, oldest first.
///
/// * GPT-3 175B: "V100 GPU's" (Brown et al. 2020, §2.3); total compute in Table D.1; no GPU
///   count or time.
/// * PaLM 540B: "6144 TPU v4 chips for 1200 hours and 3072 TPU v4 chips for 336 hours
///   including some downtime and repeated steps" (Chowdhery et al. 2022, App. B):
///   6144·1200 + 3072·336 = 8,404,992 chip-hours.
/// * Llama 3 405B: up to 16K H100 GPUs (Llama Team 2024, §3.3); 30.84M H100 GPU-hours for
///   Llama 3.1 405B in Meta's Llama 3.1 model card.
pub const TRAINING_RUNS: [TrainingRun; 3] = [
    TrainingRun {
        model: "gpt3",
        hardware: Hardware::V100,
        chip_hours: None,
        mfu: None,
        cite: Cite { authors: "Brown", et_al: true, year: 2020, arxiv: "2005.14165", place: Place::Section("2.3") },
        note: Key::RunNoteGpt3,
    },
    TrainingRun {
        model: "palm",
        hardware: Hardware::TpuV4,
        chip_hours: Some(6144.0 * 1200.0 + 3072.0 * 336.0),
        mfu: Some((PALM_MFU, PALM_MFU)),
        cite: Cite { authors: "Chowdhery", et_al: true, year: 2022, arxiv: "2204.02311", place: Place::Appendix("B") },
        note: Key::RunNotePalm,
    },
    TrainingRun {
        model: "llama3-405b",
        hardware: Hardware::H100,
        chip_hours: Some(30.84e6),
        mfu: Some(LLAMA3_MFU),
        cite: Cite { authors: "Llama Team", et_al: false, year: 2024, arxiv: "2407.21783", place: Place::ModelCard },
        note: Key::RunNoteLlama,
    },
];

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
            assert!(!m.cite.authors.is_empty() && m.cite.arxiv.len() == 10, "{}", m.id);
        }
        assert_eq!(famous_model("chinchilla").map(|m| m.compute()), Some(6.0 * 70e9 * 1.4e12));
    }
}
