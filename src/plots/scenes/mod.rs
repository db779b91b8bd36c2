//! Builds the eight [`Chart`]s from the user's state: which curves, markers and bands each plot
//! shows. Pure: the same state gives the same charts, natively and in the browser.
//!
//! 1. Loss vs N — iso-FLOP profiles L(N, C/6N) at the budget (and a decade either side for the primary law), the
//!    optimum marked on each (Hoffmann et al. 2022, Fig. 3), your model.
//! 2. Loss vs D — the same profiles against D = C/6N.
//! 3. Loss vs C — each law's compute-optimal frontier, the budget, famous models.
//! 4. The split — N*(C) and D*(C) for each law, read at the budget.
//! 5. The loss landscape — L(N, D) as filled contours over N and D with iso-FLOP lines and the
//!    compute-optimal paths ([`Landscape`]), in the "Loss landscape" section.
//! 6. Learning curves — the primary law's L(N, D) against C = 6ND for sizes 10⁷…10¹², their
//!    lower envelope (the frontier), in the "Learning curves" section.
//! 7. Over-training overhead against model size (de Vries 2023), in the "Beyond" section.
//! 8. Accuracy against model size on the compute-optimal path (Schaeffer et al. 2023), in the
//!    "Emergence" section.
//!
//! With inference tokens (`inf`) or a unique-data limit (`u`), plot N also marks the
//! inference-aware optimum and plots D and Split the unique data and the data-limited optimum
//! ([`Beyond`]).

use super::chart::{Axis, AxisKind, Band, Chart, Dash, LegendEntry, Marker, MarkerKind, MarkerShape, Series, VLine};
use super::style::{law_style, Rgb, Theme};
use crate::famous_models::{COURSE_EMERGENT_PARAMS, COURSE_LLM_PARAMS, COURSE_LLM_TOKENS, FAMOUS_MODELS};
use crate::i18n::{Key, Lang};
use crate::laws::units::tokens_for_budget;
use crate::laws::{log_space, Law, Optimum, Span};
use crate::numbers::{compact, plain};
use crate::state::bounds::{COMPUTE_SLIDER, COMPUTE_TYPED, PARAMS, TOKENS};
use crate::state::view::PlotKind;
use crate::state::AppState;

mod beyond;
mod compute;
mod curves;
mod emergence;
mod frontier;
mod iso_flop;
mod landscape;
mod overhead;
mod ranges;
mod runs;
mod split;

pub use beyond::{Beyond, BeyondKey, LawBeyond};
pub use curves::{CurveFamily, CurvesKey, Tangency};
pub use emergence::{emergence_inputs, FIXED_K, LOG_FLOOR, N_RANGE};
pub use frontier::{Frontier, FrontierKey};
pub use landscape::{iso_flop_line, landscape_levels, level_label, Landscape, LandscapeKey, D_AXIS, N_AXIS};
pub use ranges::clip_runs;
use ranges::{in_box, n_for, outside, pad_range, snap_range, DECADE_STEP, LOSS_STEP};
pub use runs::RunsOverlay;

/// Points per curve (issue budget: 4 plots × 5 curves × 400 points).
pub const POINTS: usize = 400;

/// What the charts are built from: the state, its laws resolved, and the page language.
pub struct Scene<'a> {
    pub state: &'a AppState,
    pub laws: Vec<Law>,
    pub lang: Lang,
    pub theme: Theme,
    /// Frontier computed earlier, used when it is for these laws and this span.
    frontier: Option<&'a Frontier>,
    /// Beyond-compute-optimal optima computed earlier, used when they fit this state.
    beyond: Option<&'a Beyond>,
    /// Learning curves computed earlier, used when they are for this law and span.
    curves: Option<&'a CurveFamily>,
    /// The fit section's runs (issue 20), drawn on plots N and D while the fitted law is shown.
    runs: Option<&'a RunsOverlay>,
    /// The loss landscape's contours computed earlier, used when they are of the primary law.
    landscape: Option<&'a Landscape>,
}

/// The shown laws (primary first) with the state's custom coefficients.
fn shown_laws(state: &AppState) -> Vec<Law> {
    state.shown_laws().into_iter().map(|id| state.law_for(id)).collect()
}

/// The compute range the frontier and split plots span: the slider's, so the axis and the
/// frontier stay put while the slider moves; widened (with a factor 2 of room) only for a
/// typed budget outside it.
fn compute_span(state: &AppState) -> (f64, f64) {
    let c = state.compute;
    let (lo, hi) = COMPUTE_SLIDER;
    (if c < lo { c / 2.0 } else { lo }, if c > hi { c * 2.0 } else { hi })
}

impl<'a> Scene<'a> {
    pub fn new(state: &'a AppState, lang: Lang, theme: Theme) -> Self {
        Scene {
            state,
            laws: shown_laws(state),
            lang,
            theme,
            frontier: None,
            beyond: None,
            curves: None,
            runs: None,
            landscape: None,
        }
    }

    /// Uses `beyond` for the inference and data-limited markers when it fits this state (else
    /// they are computed here): the same charts, the optimisers run once per budget.
    pub fn with_beyond(self, beyond: &'a Beyond) -> Self {
        let beyond = beyond.fits(self.state).then_some(beyond);
        Scene { beyond, ..self }
    }

    /// The beyond-compute-optimal optima for this scene: the ones given, or computed now.
    pub fn beyond(&self) -> std::borrow::Cow<'a, Beyond> {
        match self.beyond {
            Some(b) => std::borrow::Cow::Borrowed(b),
            None => std::borrow::Cow::Owned(Beyond::of(self.state)),
        }
    }

    /// Uses `frontier` for plots C and Split when it fits this state (else they compute
    /// their own): the same charts, without recomputing 2,000 optima per slider step.
    pub fn with_frontier(self, frontier: &'a Frontier) -> Self {
        let frontier = frontier.fits(self.state).then_some(frontier);
        Scene { frontier, ..self }
    }

    /// The frontier for this scene's laws and span: the one given, or computed now.
    fn frontier(&self) -> std::borrow::Cow<'a, Frontier> {
        match self.frontier {
            Some(f) => std::borrow::Cow::Borrowed(f),
            None => std::borrow::Cow::Owned(Frontier::of(self.state)),
        }
    }

    /// Uses `curves` for plot Curves when it fits this state (else it computes its own): the
    /// same chart, the family of curves computed once per law set rather than per slider step.
    /// Draws these runs (and Approach 2's parabolas) on plots N and D while the law `fit` is
    /// shown with their coefficients.
    pub fn with_runs(self, runs: Option<&'a RunsOverlay>) -> Self {
        Scene { runs, ..self }
    }

    pub fn with_curves(self, curves: &'a CurveFamily) -> Self {
        let curves = curves.fits(self.state).then_some(curves);
        Scene { curves, ..self }
    }

    /// The learning curves for this scene's primary law and span: the ones given, or computed
    /// now.
    pub fn curves(&self) -> std::borrow::Cow<'a, CurveFamily> {
        match self.curves {
            Some(c) => std::borrow::Cow::Borrowed(c),
            None => std::borrow::Cow::Owned(CurveFamily::of(self.state)),
        }
    }

    /// The chart for one plot.
    pub fn chart(&self, kind: PlotKind) -> Chart {
        match kind {
            PlotKind::N => self.iso_flop_chart(Profile::Params),
            PlotKind::D => self.iso_flop_chart(Profile::Tokens),
            PlotKind::C => self.frontier_chart(),
            PlotKind::Split => self.split_chart(),
            PlotKind::Nd => self.landscape_chart(),
            PlotKind::Curves => self.curves_chart(),
            PlotKind::Overhead => self.overhead_chart(),
            PlotKind::Emergence => self.emergence_chart(),
        }
    }

    fn primary(&self) -> &Law {
        &self.laws[0]
    }

    /// Colour of the i-th shown law.
    pub(super) fn color(&self, i: usize) -> Rgb {
        law_style(self.laws[i].id(), &self.theme).0
    }

    /// Dash pattern of the i-th shown law.
    fn dash(&self, i: usize) -> Dash {
        law_style(self.laws[i].id(), &self.theme).1
    }

    /// The famous models (when shown) and your model, as markers of a plot that places a model
    /// (N, D) at `at` (`None`: this plot has no place for it); kept only inside
    /// `x_lo..=x_hi` × `y_lo..=y_hi`. The famous models are `fixed` (static layer); your model is
    /// not: it does not move with the budget, but it moves with `n` and `d` — a drag on the loss
    /// landscape or a typed size — and in the dynamic layer that costs a marker, not the static
    /// layer's curves.
    fn model_markers(
        &self,
        at: impl Fn(f64, f64) -> Option<(f64, f64)>,
        (x_lo, x_hi, y_lo, y_hi): (f64, f64, f64, f64),
    ) -> Vec<Marker> {
        // Labels are placed in marker order, so Chinchilla and Gopher, the pair the paper and
        // the tour compare, come first: in a crowd (GPT-3, BLOOM and Gopher side by side) they
        // keep theirs.
        let paired = |m: &&crate::famous_models::FamousModel| matches!(m.id, "chinchilla" | "gopher");
        let famous = FAMOUS_MODELS
            .iter()
            .filter(paired)
            .chain(FAMOUS_MODELS.iter().filter(|m| !paired(m)))
            .filter(|_| self.state.models)
            .map(|m| (m.n, m.d, MarkerKind::Famous(m.id), MarkerShape::Square, self.theme.famous, m.name.to_string()));
        let you = (
            self.state.n,
            self.state.d,
            MarkerKind::User { d: false },
            MarkerShape::Diamond,
            self.theme.user,
            self.lang.text(Key::You).to_string(),
        );
        famous
            .chain(std::iter::once(you))
            .filter_map(|(n, d, what, shape, color, label)| {
                let (x, y) = at(n, d)?;
                in_box(x, y, x_lo, x_hi, y_lo, y_hi).then_some(Marker {
                    at: (x, y),
                    what,
                    shape,
                    color,
                    label: Some(label),
                    fixed: !matches!(what, MarkerKind::User { .. }),
                })
            })
            .collect()
    }

    /// One legend row per shown law, drawn like its main curve.
    fn legend(&self) -> Vec<LegendEntry> {
        (0..self.laws.len())
            .map(|i| LegendEntry {
                label: self.lang.text(Key::LawName(self.laws[i].id())).to_string(),
                short: self.lang.text(Key::LawShort(self.laws[i].id())).to_string(),
                color: self.color(i),
                dash: self.dash(i),
                width: MAIN_WIDTH,
                opacity: 1.0,
            })
            .collect()
    }

    fn compute_span(&self) -> (f64, f64) {
        compute_span(self.state)
    }

    /// The shown laws a plot of loss draws, when one of them has no loss (DeepSeek's law,
    /// which only the split plot draws): `None` when all have one.
    fn laws_with_loss(&self) -> Option<Vec<usize>> {
        let with: Vec<usize> = (0..self.laws.len()).filter(|&i| self.laws[i].has_loss()).collect();
        (with.len() < self.laws.len()).then_some(with)
    }

    /// The irreducible loss E of each shown law that has one (Hoffmann et al. 2022, eq. 2: the
    /// loss of "an ideal generative process", which the curves flatten toward), once per value,
    /// with the index of the first law that has it. Kaplan's pure power laws have none.
    fn asymptotes(&self) -> Vec<(f64, usize)> {
        let mut out: Vec<(f64, usize)> = Vec::new();
        for (i, law) in self.laws.iter().enumerate() {
            if let Some(c) = law.surface() {
                if c.e.is_finite() && c.e > 0.0 && !out.iter().any(|(e, _)| *e == c.e) {
                    out.push((c.e, i));
                }
            }
        }
        out
    }

    /// E drawn as a thin dotted horizontal line across the plot, in its law's colour, beneath
    /// the curves.
    fn asymptote_series(&self, asymptotes: &[(f64, usize)], x_lo: f64, x_hi: f64) -> Vec<Series> {
        asymptotes
            .iter()
            .map(|&(e, i)| Series {
                name: format!("{} E (irreducible loss)", self.laws[i].id()),
                points: vec![(x_lo, e), (x_hi, e)],
                color: self.color(i),
                dash: Dash::Dotted,
                width: E_WIDTH,
                opacity: E_OPACITY,
                fixed: true,
            })
            .collect()
    }

    /// The legend row naming the E lines, when there are any.
    fn asymptote_legend(&self, asymptotes: &[(f64, usize)]) -> Option<LegendEntry> {
        let line = (self.theme.foreground, Dash::Dotted, E_WIDTH, E_OPACITY);
        (!asymptotes.is_empty()).then(|| self.legend_row(Key::LegendE, Key::LegendEShort, line))
    }

    /// A legend row with its full and compact labels, drawn as `(colour, dash, width,
    /// opacity)`.
    fn legend_row(&self, label: Key, short: Key, (color, dash, width, opacity): (Rgb, Dash, f64, f64)) -> LegendEntry {
        let (label, short) = (self.lang.text(label).to_string(), self.lang.text(short).to_string());
        LegendEntry { label, short, color, dash, width, opacity }
    }

    /// A chart from the parts that differ between plots: the title and axis names in the
    /// page's language, the shown laws' legend rows before `parts.legend`, and the shaded
    /// bands where x leaves the primary law's fitted range.
    fn assemble(&self, parts: Parts) -> Chart {
        let axis = |(lo, hi, kind, label): (f64, f64, AxisKind, Key)| Axis {
            lo,
            hi,
            kind,
            label: self.lang.text(label).to_string(),
        };
        // One row per shown law, or per drawn law when a plot draws only some of them.
        let mut legend: Vec<LegendEntry> = (self.legend().into_iter().enumerate())
            .filter(|(i, _)| parts.drawn_laws.as_ref().is_none_or(|drawn| drawn.contains(i)))
            .map(|(_, row)| row)
            .collect();
        legend.extend(parts.legend);
        let (band_label, band_short) = parts.band_text.unwrap_or((Key::Extrapolation, Key::ExtrapolationShort));
        Chart {
            title: self.lang.text(parts.title).to_string(),
            bands: outside(parts.fit, parts.x.0, parts.x.1),
            x: axis(parts.x),
            y: axis(parts.y),
            series: parts.series,
            vlines: parts.vlines,
            markers: parts.markers,
            legend,
            band_label: self.lang.text(band_label).to_string(),
            band_short: self.lang.text(band_short).to_string(),
            fills: Vec::new(),
            colorbar: None,
            tags: Vec::new(),
        }
    }

    /// The course's rule-of-thumb markers ([`COURSE_LLM_PARAMS`], [`COURSE_LLM_TOKENS`],
    /// [`COURSE_EMERGENT_PARAMS`]: lecture notes, not laws), their numbers filled in.
    fn notes(&self, profile: Profile, x_lo: f64, x_hi: f64) -> Vec<VLine> {
        let l = self.lang;
        let (lo, hi) = COURSE_LLM_PARAMS;
        let notes: Vec<(f64, String)> = match profile {
            Profile::Params => vec![
                (lo, l.fill(Key::NoteLlmParams, &[("lo", &plain(l, lo)), ("hi", &plain(l, hi))])),
                (COURSE_EMERGENT_PARAMS, l.fill(Key::NoteEmergent, &[("n", &plain(l, COURSE_EMERGENT_PARAMS))])),
            ],
            Profile::Tokens => {
                vec![(COURSE_LLM_TOKENS, l.fill(Key::NoteLlmTokens, &[("d", &plain(l, COURSE_LLM_TOKENS))]))]
            }
        };
        notes
            .into_iter()
            .filter(|(x, _)| *x > x_lo && *x < x_hi)
            .map(|(x, text)| VLine { x, label: Some(format!(" {text}")), note: true })
            .collect()
    }

    /// The unique-data limit `u` as a horizontal line from `x_lo` to `x_hi` (plot Split), in
    /// the foreground colour, with its legend row.
    fn unique_line(&self, x_lo: f64, x_hi: f64) -> Option<(Series, LegendEntry)> {
        let u = self.state.unique?;
        let line = (self.theme.foreground, Dash::ShortDash, SIDE_WIDTH, 1.0);
        let series = Series {
            name: format!("unique data U={u:e}"),
            points: vec![(x_lo, u), (x_hi, u)],
            color: line.0,
            dash: line.1,
            width: line.2,
            opacity: line.3,
            fixed: true,
        };
        Some((series, self.legend_row(Key::UniqueData, Key::UniqueData, line)))
    }

    fn budget_line(&self) -> VLine {
        VLine { x: self.state.compute, label: Some(format!(" {}", self.lang.text(Key::Budget))), note: false }
    }
}

/// What differs between the plots; [`Scene::assemble`] adds the rest.
struct Parts {
    title: Key,
    /// `(lo, hi, kind, axis name)`.
    x: (f64, f64, AxisKind, Key),
    y: (f64, f64, AxisKind, Key),
    /// The primary law's fitted range along x (outside it is shaded).
    fit: Span,
    /// What the shading means, full and compact: `None` for "beyond the fitted range".
    band_text: Option<(Key, Key)>,
    /// The shown laws (indices into `Scene::laws`) this plot draws, when not all of them: the
    /// legend names only these.
    drawn_laws: Option<Vec<usize>>,
    series: Vec<Series>,
    vlines: Vec<VLine>,
    markers: Vec<Marker>,
    /// Legend rows after the shown laws'.
    legend: Vec<LegendEntry>,
}

#[derive(Clone, Copy, PartialEq)]
enum Profile {
    Params,
    Tokens,
}

/// Line widths (CSS pixels) and opacities: each law's main curve, the fainter curves a
/// decade of budget either side, and the thinner D* curves of plot Split.
const MAIN_WIDTH: f64 = 2.75;
const SIDE_WIDTH: f64 = 1.5;
const SIDE_OPACITY: f64 = 0.45;
const D_WIDTH: f64 = 1.75;
const D_OPACITY: f64 = 0.8;
/// The irreducible-loss lines E: thin and faint, under the curves.
const E_WIDTH: f64 = 1.25;
const E_OPACITY: f64 = 0.75;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::laws::{Coefficients, LawId};

    /// Issue 21: DeepSeek's law has no loss: on the split plot (curves, markers, legend), on
    /// no plot of loss (nor in its legend).
    #[test]
    fn a_law_without_loss_is_on_the_split_plot_only() {
        let mut state = AppState::default();
        state.toggle_compare(LawId::DeepSeek2024);
        let scene = Scene::new(&state, Lang::En, Theme::LIGHT);
        let name = Lang::En.text(Key::LawName(LawId::DeepSeek2024));
        let split = scene.chart(PlotKind::Split);
        assert!(split.series.iter().any(|s| s.name == "deepseek2024 N*" && s.points.len() == POINTS));
        assert!(split.legend.iter().any(|e| e.label == name));
        let o = Law::builtin(LawId::DeepSeek2024).optimum(state.compute);
        assert!(split.markers.iter().any(|m| m.at == (o.compute, o.n)));
        for kind in [PlotKind::N, PlotKind::D, PlotKind::C, PlotKind::Overhead, PlotKind::Emergence] {
            let chart = scene.chart(kind);
            assert!(!chart.series.iter().any(|s| s.name.starts_with("deepseek2024")), "{kind:?}");
            assert!(!chart.legend.iter().any(|e| e.label == name), "{kind:?}");
            assert!(
                chart.series.iter().all(|s| s.points.iter().all(|p| p.0.is_finite() && p.1.is_finite())),
                "{kind:?}"
            );
        }
    }

    #[test]
    fn your_model_sits_on_every_plot() {
        let state = AppState::default();
        let scene = Scene::new(&state, Lang::En, Theme::LIGHT);
        let c = state.user_compute();
        let expected = [
            (PlotKind::N, vec![state.n]),
            (PlotKind::D, vec![state.d]),
            (PlotKind::C, vec![c]),
            (PlotKind::Split, vec![c, c]),
        ];
        for (kind, xs) in expected {
            let chart = scene.chart(kind);
            let users: Vec<f64> =
                chart.markers.iter().filter(|m| m.shape == MarkerShape::Diamond).map(|m| m.at.0).collect();
            assert_eq!(users, xs, "{kind:?}");
        }
    }

    #[test]
    fn a_given_frontier_gives_the_same_charts_and_is_ignored_when_it_does_not_fit() {
        let mut state = AppState::default();
        state.toggle_compare(LawId::Kaplan2020);
        let frontier = Frontier::of(&state);
        for kind in [PlotKind::C, PlotKind::Split] {
            let own = Scene::new(&state, Lang::En, Theme::LIGHT).chart(kind);
            let given = Scene::new(&state, Lang::En, Theme::LIGHT).with_frontier(&frontier).chart(kind);
            assert_eq!(own, given, "{kind:?}");
        }
        // Another law set, or a typed budget that widens the span: the stale one is not used.
        let mut other = state.clone();
        other.toggle_compare(LawId::Epoch2024);
        assert!(!frontier.fits(&other));
        let mut wide = state.clone();
        wide.compute = 1e30;
        assert!(!frontier.fits(&wide));
        let chart = Scene::new(&wide, Lang::En, Theme::LIGHT).with_frontier(&frontier).chart(PlotKind::C);
        assert!(chart.x.hi >= 2e30);
        assert!(chart.series.iter().all(|s| s.points.last().is_some_and(|p| p.0 > 1e30)));
        // The slider moving inside its range keeps it, up to both ends.
        for c in [COMPUTE_SLIDER.0, 1e20, COMPUTE_SLIDER.1] {
            let mut moved = state.clone();
            moved.compute = c;
            assert!(frontier.fits(&moved), "{c:e}");
        }
    }

    /// Issue 13: the loss plots draw each parametric law's E as a dotted line the curves
    /// flatten toward, inside the y range and named in the legend; Kaplan's pure power laws
    /// have none.
    #[test]
    fn loss_plots_draw_the_irreducible_loss() {
        let mut state = AppState { law: LawId::Chinchilla2022, ..AppState::default() };
        state.toggle_compare(LawId::Chinchilla2022A1);
        state.toggle_compare(LawId::Epoch2024);
        let scene = Scene::new(&state, Lang::En, Theme::LIGHT);
        for kind in [PlotKind::N, PlotKind::D, PlotKind::C] {
            let chart = scene.chart(kind);
            let lines: Vec<&Series> = chart.series.iter().filter(|s| s.name.contains(" E ")).collect();
            // Approach 1 reads the Approach-3 surface: one line for its E, one for Epoch's.
            let es: Vec<f64> = lines.iter().map(|s| s.points[0].1).collect();
            assert_eq!(es, [Coefficients::CHINCHILLA.e, Coefficients::EPOCH.e], "{kind:?}");
            for line in &lines {
                assert!(line.points.iter().all(|p| p.1 == line.points[0].1) && line.dash == Dash::Dotted);
                assert!(chart.y.lo <= line.points[0].1 && line.points[0].1 <= chart.y.hi, "{kind:?}");
            }
            assert!(chart.legend.iter().any(|e| e.label == "E: irreducible loss (dotted)"), "{kind:?}");
        }
        let kaplan_only = AppState { law: LawId::Kaplan2020, ..AppState::default() };
        let kaplan_only = AppState { compare: Vec::new(), ..kaplan_only };
        for kind in [PlotKind::N, PlotKind::C] {
            let chart = Scene::new(&kaplan_only, Lang::En, Theme::LIGHT).chart(kind);
            assert!(!chart.series.iter().any(|s| s.name.contains(" E ")), "{kind:?}");
            assert!(!chart.legend.iter().any(|e| e.label.starts_with("E:")), "{kind:?}");
        }
    }

    /// The course's markers carry their numbers from `famous_models`, in the page language.
    #[test]
    fn course_markers_are_filled_in() {
        let state = AppState::default();
        let labels = |lang| {
            let chart = Scene::new(&state, lang, Theme::LIGHT).chart(PlotKind::N);
            chart.vlines.iter().filter(|v| v.note).filter_map(|v| v.label.clone()).collect::<Vec<_>>()
        };
        assert_eq!(labels(Lang::En), [" LLM ≥ 1B–10B", " ~6.7B: emergence rule of thumb"]);
        assert_eq!(labels(Lang::Ko), [" LLM ≥ 10억–100억", " ~67억: 창발 경험칙"]);
    }

    #[test]
    fn clip_runs_cuts_at_the_boundary() {
        let pts = vec![(1.0, 10.0), (2.0, 4.0), (3.0, 2.0), (4.0, 4.0), (5.0, 10.0)];
        let runs = clip_runs(pts.into_iter(), 1.0, 5.0);
        assert_eq!(runs.len(), 1);
        let run = &runs[0];
        assert_eq!(run.first().map(|p| p.1), Some(5.0));
        assert_eq!(run.last().map(|p| p.1), Some(5.0));
        assert!(run.iter().all(|p| p.1 <= 5.0 && p.1 >= 1.0));
    }

    #[test]
    fn snapped_ranges_contain_the_input_and_stay_put_for_small_moves() {
        let (lo, hi) = snap_range(1.93, 2.71, LOSS_STEP);
        assert!(lo <= 1.93 && hi >= 2.71);
        assert_eq!(snap_range(1.931, 2.712, LOSS_STEP), (lo, hi));
        let (dlo, dhi) = snap_range(3e7, 2e15, DECADE_STEP);
        assert!(dlo <= 3e7 && dhi >= 2e15 && dlo > 3e6);
    }

    #[test]
    fn clip_runs_drops_non_finite() {
        let pts = vec![(1.0, 2.0), (2.0, f64::NAN), (3.0, 2.0), (4.0, 2.0)];
        let runs = clip_runs(pts.into_iter(), 1.0, 5.0);
        assert_eq!(runs, vec![vec![(3.0, 2.0), (4.0, 2.0)]]);
    }
}
