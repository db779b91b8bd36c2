//! How the page is shown, as opposed to what it computes: language, theme, embed and
//! presentation modes, which plots. All of it lives in the URL like the rest of the state.

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// The four plots, in page order. `as_str` is the `view=` value and the `data-testid` suffix
/// (`plot-n` …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PlotKind {
    N,
    D,
    C,
    Split,
}

impl PlotKind {
    pub const ALL: [PlotKind; 4] = [PlotKind::N, PlotKind::D, PlotKind::C, PlotKind::Split];

    pub fn as_str(self) -> &'static str {
        match self {
            PlotKind::N => "n",
            PlotKind::D => "d",
            PlotKind::C => "c",
            PlotKind::Split => "split",
        }
    }

    pub fn parse(s: &str) -> Option<PlotKind> {
        PlotKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Light or dark page (URL `theme`); absent means "follow the system".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    Light,
    Dark,
}

impl ThemeChoice {
    pub fn as_str(self) -> &'static str {
        match self {
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }

    pub fn parse(s: &str) -> Option<ThemeChoice> {
        [ThemeChoice::Light, ThemeChoice::Dark].into_iter().find(|t| t.as_str() == s)
    }
}

/// View settings (URL keys `lang`, `theme`, `embed`, `present`, `view`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ViewSettings {
    /// `None`: the browser's language.
    pub lang: Option<Lang>,
    /// `None`: `prefers-color-scheme`.
    pub theme: Option<ThemeChoice>,
    /// Compact layout for an `<iframe>`: plots and the budget slider only.
    pub embed: bool,
    /// Projector mode: large type, thick lines.
    pub present: bool,
    /// Which plots, in order; empty means all four.
    pub plots: Vec<PlotKind>,
}

impl ViewSettings {
    /// The plots to show, in page order.
    pub fn shown_plots(&self) -> Vec<PlotKind> {
        if self.plots.is_empty() {
            PlotKind::ALL.to_vec()
        } else {
            self.plots.clone()
        }
    }
}
