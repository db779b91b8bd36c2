//! The beyond-compute-optimal optima of every shown law at the budget: inference-aware sizing
//! (Sardana et al. 2024) and the data-limited optimum (Muennighoff et al. 2023). Computed once
//! per (law set, budget, inference tokens, unique tokens): the browser keeps one in a memo that
//! the read-outs and plots N, D, Split and Overhead share ([`Scene::with_beyond`]).

use super::*;
use crate::laws::{DataLimitedOptimum, InferenceOptimum, LawId};

/// One law's answers; `None` where the question is not asked (no `inf`, no `u`) or the law has
/// no parametric surface whose minimum is its optimum ([`Law::parametric`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LawBeyond {
    pub id: LawId,
    /// Cheapest over training + inference for the budget's compute-optimal loss.
    pub inference: Option<InferenceOptimum>,
    /// Optimum along the budget's C = 6ND with the unique-data limit.
    pub limited: Option<DataLimitedOptimum>,
    /// The data limit uses Muennighoff et al.'s R_D*, R_N* on a law they were not fitted with.
    pub transferred: bool,
}

/// What a [`Beyond`] depends on.
#[derive(Clone, Debug, PartialEq)]
pub struct BeyondKey {
    laws: Vec<Law>,
    compute: f64,
    inference: Option<f64>,
    unique: Option<f64>,
}

impl BeyondKey {
    pub fn of(state: &AppState) -> BeyondKey {
        BeyondKey { laws: shown_laws(state), compute: state.compute, inference: state.inference, unique: state.unique }
    }
}

/// The beyond-compute-optimal answers of every shown law, primary first.
#[derive(Clone, Debug, PartialEq)]
pub struct Beyond {
    key: BeyondKey,
    pub laws: Vec<LawBeyond>,
}

impl Beyond {
    pub fn new(key: BeyondKey) -> Beyond {
        let laws = key
            .laws
            .iter()
            .map(|law| {
                let surface = law.parametric();
                let (rep, own) = law.repetition();
                LawBeyond {
                    id: law.id(),
                    inference: surface.zip(key.inference).and_then(|(s, inf)| s.inference_optimum(key.compute, inf)),
                    limited: surface.zip(key.unique).map(|(s, u)| s.data_limited_optimum(key.compute, u, rep)),
                    transferred: surface.is_some() && key.unique.is_some() && !own,
                }
            })
            .collect();
        Beyond { key, laws }
    }

    pub fn of(state: &AppState) -> Beyond {
        Beyond::new(BeyondKey::of(state))
    }

    /// Whether this was computed for the laws, budget, `inf` and `u` of `state`.
    pub fn fits(&self, state: &AppState) -> bool {
        self.key == BeyondKey::of(state)
    }

    /// The answers for law `id`, if it is shown.
    pub fn get(&self, id: LawId) -> Option<&LawBeyond> {
        self.laws.iter().find(|l| l.id == id)
    }
}
