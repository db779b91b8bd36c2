//! The budget-independent curves of plots C and Split, computed once per law set and span.

use super::*;

/// Each shown law's compute-optimal allocation at [`POINTS`] budgets across the plotted
/// compute span: the curves of plots C and Split (Hoffmann et al. 2022, Fig. 1 and 3). They
/// do not depend on the budget, so the browser keeps one in a memo while the slider moves
/// and hands it to [`Scene::with_frontier`].
#[derive(Clone, Debug, PartialEq)]
pub struct Frontier {
    pub(super) key: FrontierKey,
    /// `optima[i]`: law i's optimum at each budget, in increasing compute.
    pub(super) optima: Vec<Vec<Optimum>>,
}

/// What a [`Frontier`] depends on: the shown laws and the plotted compute span.
#[derive(Clone, Debug, PartialEq)]
pub struct FrontierKey {
    laws: Vec<Law>,
    span: (f64, f64),
}

impl FrontierKey {
    pub fn of(state: &AppState) -> FrontierKey {
        FrontierKey { laws: shown_laws(state), span: compute_span(state) }
    }
}

impl Frontier {
    pub fn new(key: FrontierKey) -> Frontier {
        let (lo, hi) = key.span;
        let optima = key.laws.iter().map(|law| log_space(lo, hi, POINTS).map(|c| law.optimum(c)).collect()).collect();
        Frontier { key, optima }
    }

    /// The frontier the charts of `state` need.
    pub fn of(state: &AppState) -> Frontier {
        Frontier::new(FrontierKey::of(state))
    }

    /// Whether this frontier was computed for the laws and span of `state`.
    pub fn fits(&self, state: &AppState) -> bool {
        self.key == FrontierKey::of(state)
    }
}
