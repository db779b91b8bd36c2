//! How the page is shown, as opposed to what it computes: language, theme, embed and
//! presentation modes, which plots. All of it lives in the URL like the rest of the state.

use serde::{Deserialize, Serialize};

/// A page language (`lang=en|ko`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "ko")]
    Ko,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// From a browser language tag such as `ko-KR` or `en-US`.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("ko") {
            Lang::Ko
        } else {
            Lang::En
        }
    }
}

/// The plots, in page order: the four compute-optimal ones, in the "Learning curves" section
/// the training runs of each size whose envelope is the frontier, in the "Beyond
/// compute-optimal" section the over-training overhead, and in the "Emergence" section accuracy
/// against size. `as_str` is the `view=` value and the `data-testid` suffix (`plot-n` …
/// `plot-emergence`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PlotKind {
    N,
    D,
    C,
    Split,
    /// The loss landscape: L(N, D) as filled contours over N and D, with iso-FLOP lines and the
    /// compute-optimal paths (issue 17), section "Loss landscape".
    Nd,
    /// Learning curves: loss against compute for runs of each size N (Kaplan et al. 2020
    /// Fig. 2, Hoffmann et al. 2022 Fig. 2), section "Learning curves".
    Curves,
    /// Over-training overhead against model size (de Vries 2023), section "Beyond".
    Overhead,
    /// Accuracy against model size along the compute-optimal path (Schaeffer et al. 2023),
    /// section "Emergence".
    Emergence,
}

impl PlotKind {
    pub const ALL: [PlotKind; 8] = [
        PlotKind::N,
        PlotKind::D,
        PlotKind::C,
        PlotKind::Split,
        PlotKind::Nd,
        PlotKind::Curves,
        PlotKind::Overhead,
        PlotKind::Emergence,
    ];
    /// The compute-optimal plots: the first section of the full page, and what presentation
    /// mode shows when `view` names nothing.
    pub const MAIN: [PlotKind; 4] = [PlotKind::N, PlotKind::D, PlotKind::C, PlotKind::Split];

    pub fn as_str(self) -> &'static str {
        match self {
            PlotKind::N => "n",
            PlotKind::D => "d",
            PlotKind::C => "c",
            PlotKind::Split => "split",
            PlotKind::Nd => "nd",
            PlotKind::Curves => "curves",
            PlotKind::Overhead => "overhead",
            PlotKind::Emergence => "emergence",
        }
    }

    pub fn parse(s: &str) -> Option<PlotKind> {
        PlotKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The y axis of the emergence plot (URL `acc=linear|log`): linear, the way benchmark plots
/// show accuracy, or logarithmic, where the "jump" of exact match becomes a smooth line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccuracyAxis {
    #[default]
    Linear,
    Log,
}

impl AccuracyAxis {
    pub const ALL: [AccuracyAxis; 2] = [AccuracyAxis::Linear, AccuracyAxis::Log];

    pub fn as_str(self) -> &'static str {
        match self {
            AccuracyAxis::Linear => "linear",
            AccuracyAxis::Log => "log",
        }
    }

    pub fn parse(s: &str) -> Option<AccuracyAxis> {
        AccuracyAxis::ALL.into_iter().find(|a| a.as_str() == s)
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

/// View settings (URL keys `lang`, `theme`, `embed`, `present`, `view`, `focus`, `acc`).
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
    /// Which plots, in order; empty means the mode's default ([`ViewSettings::shown_plots`]).
    pub plots: Vec<PlotKind>,
    /// The plot shown large in presentation mode (URL `focus`); `None` or a plot not shown:
    /// the first shown plot.
    pub focus: Option<PlotKind>,
    /// The emergence plot's accuracy axis (URL `acc`).
    pub accuracy_axis: AccuracyAxis,
}

impl ViewSettings {
    /// The plots an embed shows when `view` names none: one clean figure of two plots, loss
    /// against model size and the compute-optimal split.
    pub const EMBED_DEFAULT: [PlotKind; 2] = [PlotKind::N, PlotKind::Split];

    /// The plots to show, in order: `view`'s, or all seven on the full page (the four
    /// compute-optimal ones in presentation mode, two in an embed).
    pub fn shown_plots(&self) -> Vec<PlotKind> {
        if !self.plots.is_empty() {
            self.plots.clone()
        } else if self.embed {
            Self::EMBED_DEFAULT.to_vec()
        } else if self.present {
            PlotKind::MAIN.to_vec()
        } else {
            PlotKind::ALL.to_vec()
        }
    }

    /// The plot shown large in presentation mode: `focus` when it is shown, else the first.
    pub fn big_plot(&self) -> PlotKind {
        let shown = self.shown_plots();
        match self.focus {
            Some(kind) if shown.contains(&kind) => kind,
            _ => shown.first().copied().unwrap_or(PlotKind::N),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_embed_shows_two_plots_unless_view_names_others() {
        let mut v = ViewSettings { embed: true, ..ViewSettings::default() };
        assert_eq!(v.shown_plots(), [PlotKind::N, PlotKind::Split]);
        v.plots = vec![PlotKind::C];
        assert_eq!(v.shown_plots(), [PlotKind::C]);
        v.embed = false;
        v.plots.clear();
        assert_eq!(v.shown_plots(), PlotKind::ALL);
    }

    #[test]
    fn the_big_plot_is_the_focused_one_when_shown() {
        let mut v = ViewSettings { present: true, ..ViewSettings::default() };
        assert_eq!(v.big_plot(), PlotKind::N);
        v.focus = Some(PlotKind::C);
        assert_eq!(v.big_plot(), PlotKind::C);
        v.plots = vec![PlotKind::Split, PlotKind::D];
        assert_eq!(v.big_plot(), PlotKind::Split);
    }
}
