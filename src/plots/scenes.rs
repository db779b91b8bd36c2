//! Builds the four [`Chart`]s from the user's state: which curves, markers and bands each plot
//! shows. Pure: the same state gives the same charts, natively and in the browser.
//!
//! 1. Loss vs N — iso-FLOP profiles L(N, C/6N) at the budget (and a decade either side for the primary law), the
//!    optimum marked on each (Hoffmann et al. 2022, Fig. 3), your model.
//! 2. Loss vs D — the same profiles against D = C/6N.
//! 3. Loss vs C — each law's compute-optimal frontier, the budget, famous models.
//! 4. The split — N*(C) and D*(C) for each law, read at the budget.

use super::chart::{Axis, AxisKind, Band, Chart, Dash, LegendEntry, Marker, MarkerKind, MarkerShape, Series, VLine};
use super::style::{law_style, Rgb, Theme};
use crate::famous_models::{COURSE_EMERGENT_PARAMS, COURSE_LLM_PARAMS, COURSE_LLM_TOKENS, FAMOUS_MODELS};
use crate::i18n::{Key, Lang};
use crate::laws::units::tokens_for_budget;
use crate::laws::{log_space, Law, Optimum, Span};
use crate::numbers::{compact, plain};
use crate::state::bounds::{COMPUTE_SLIDER, PARAMS, TOKENS};
use crate::state::view::PlotKind;
use crate::state::AppState;

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

/// Each shown law's compute-optimal allocation at [`POINTS`] budgets across the plotted
/// compute span: the curves of plots C and Split (Hoffmann et al. 2022, Fig. 1 and 3). They
/// do not depend on the budget, so the browser keeps one in a memo while the slider moves
/// and hands it to [`Scene::with_frontier`].
#[derive(Clone, Debug, PartialEq)]
pub struct Frontier {
    key: FrontierKey,
    /// `optima[i]`: law i's optimum at each budget, in increasing compute.
    optima: Vec<Vec<Optimum>>,
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

impl<'a> Scene<'a> {
    pub fn new(state: &'a AppState, lang: Lang, theme: Theme) -> Self {
        Scene { state, laws: shown_laws(state), lang, theme, frontier: None }
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

    /// The chart for one plot.
    pub fn chart(&self, kind: PlotKind) -> Chart {
        match kind {
            PlotKind::N => self.iso_flop_chart(Profile::Params),
            PlotKind::D => self.iso_flop_chart(Profile::Tokens),
            PlotKind::C => self.frontier_chart(),
            PlotKind::Split => self.split_chart(),
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

    fn iso_flop_chart(&self, profile: Profile) -> Chart {
        let (x_lo, x_hi) = match profile {
            Profile::Params => PARAMS,
            Profile::Tokens => TOKENS,
        };
        let c = self.state.compute;
        let budgets =
            [(c / 10.0, SIDE_OPACITY, SIDE_WIDTH), (c, 1.0, MAIN_WIDTH), (c * 10.0, SIDE_OPACITY, SIDE_WIDTH)];
        // The budgets a decade either side are drawn for the primary law only (index 0): they
        // show how the profile moves, and the compared laws stay readable. The y range follows
        // exactly what is drawn.
        let drawn = |i: usize, cb: f64| i == 0 || cb == c;

        // y range: from the lowest point any shown profile reaches, up to a margin above the
        // highest optimum, so every U keeps its bottom and both flanks in view.
        let mut lo = f64::INFINITY;
        let mut hi_opt = f64::NEG_INFINITY;
        for (i, _) in self.laws.iter().enumerate() {
            let law = &self.laws[i];
            for (cb, _, _) in budgets.into_iter().filter(|(cb, _, _)| drawn(i, *cb)) {
                let opt = law.optimum(cb);
                let at_opt = law.iso_flop_loss(cb, opt.n);
                lo = lo.min(at_opt);
                hi_opt = hi_opt.max(at_opt);
            }
        }
        let user_loss = self.primary().loss(self.state.n, self.state.d);
        let asymptotes = self.asymptotes();
        let lo = asymptotes.iter().fold(lo, |lo, (e, _)| lo.min(*e));
        let y_lo = lo.min(user_loss) * 0.97;
        let y_hi = (hi_opt * 1.3).max(y_lo * 1.25).max(user_loss * 1.05);
        let (y_lo, y_hi) = snap_range(y_lo, y_hi, LOSS_STEP);

        let mut series = self.asymptote_series(&asymptotes, x_lo, x_hi);
        let mut markers = Vec::new();
        for (i, law) in self.laws.iter().enumerate() {
            for (cb, opacity, width) in budgets.into_iter().filter(|(cb, _, _)| drawn(i, *cb)) {
                // x evenly in log x: N from x_lo to x_hi, or D from x_lo to x_hi (N = C/6D).
                let points = match profile {
                    Profile::Params => law.iso_flop_profile(cb, x_lo, x_hi, POINTS),
                    Profile::Tokens => law.iso_flop_profile(cb, n_for(cb, x_lo), n_for(cb, x_hi), POINTS),
                }
                .map(|(n, loss)| match profile {
                    Profile::Params => (n, loss),
                    Profile::Tokens => (tokens_for_budget(cb, n), loss),
                });
                let name = format!("{} iso-FLOP C={cb:e}", law.id());
                for run in clip_runs(points, y_lo, y_hi) {
                    series.push(Series {
                        name: name.clone(),
                        points: run,
                        color: self.color(i),
                        dash: self.dash(i),
                        width,
                        opacity,
                        fixed: false,
                    });
                }
                let opt = law.optimum(cb);
                let x = match profile {
                    Profile::Params => opt.n,
                    Profile::Tokens => opt.d,
                };
                let y = law.iso_flop_loss(cb, opt.n);
                if in_box(x, y, x_lo, x_hi, y_lo, y_hi) {
                    let label = (i == 0 && cb == c).then(|| compact(self.lang, x));
                    markers.push(Marker {
                        at: (x, y),
                        what: MarkerKind::Optimum { law: law.id(), d: profile == Profile::Tokens },
                        shape: MarkerShape::Circle,
                        color: self.color(i),
                        label,
                        fixed: false,
                    });
                }
            }
        }
        let user_x = match profile {
            Profile::Params => self.state.n,
            Profile::Tokens => self.state.d,
        };
        if in_box(user_x, user_loss, x_lo, x_hi, y_lo, y_hi) {
            markers.push(Marker {
                at: (user_x, user_loss),
                what: MarkerKind::User { d: profile == Profile::Tokens },
                shape: MarkerShape::Diamond,
                color: self.theme.user,
                label: Some(self.lang.text(Key::You).to_string()),
                fixed: false,
            });
        }
        let fit = self.primary().fit_range();
        let fit_span = match profile {
            Profile::Params => fit.n,
            Profile::Tokens => fit.d,
        };
        let (title, axis) = match profile {
            Profile::Params => (Key::PlotN, Key::AxisParams),
            Profile::Tokens => (Key::PlotD, Key::AxisTokens),
        };
        Chart {
            title: self.lang.text(title).to_string(),
            x: Axis { lo: x_lo, hi: x_hi, kind: AxisKind::Decades, label: self.lang.text(axis).to_string() },
            y: Axis { lo: y_lo, hi: y_hi, kind: AxisKind::Loss, label: self.lang.text(Key::AxisLoss).to_string() },
            bands: outside(fit_span, x_lo, x_hi),
            series,
            vlines: self.notes(profile, x_lo, x_hi),
            markers,
            legend: {
                // The faint curves: the primary law at a tenth and ten times the budget.
                let mut legend = self.legend();
                legend.push(LegendEntry {
                    label: self.lang.text(Key::SideBudgets).to_string(),
                    short: self.lang.text(Key::SideBudgetsShort).to_string(),
                    color: self.color(0),
                    dash: self.dash(0),
                    width: SIDE_WIDTH,
                    opacity: SIDE_OPACITY,
                });
                legend.extend(self.asymptote_legend(&asymptotes));
                legend
            },
            band_label: self.lang.text(Key::Extrapolation).to_string(),
            band_short: self.lang.text(Key::ExtrapolationShort).to_string(),
        }
    }

    fn frontier_chart(&self) -> Chart {
        let (x_lo, x_hi) = self.compute_span();
        let mut series = Vec::new();
        let mut y_lo = f64::INFINITY;
        let mut y_hi = f64::NEG_INFINITY;
        let frontier = self.frontier();
        let curves: Vec<Vec<(f64, f64)>> = frontier
            .optima
            .iter()
            .map(|optima| optima.iter().map(|o| (o.compute, o.loss)).filter(|p| p.1.is_finite()).collect())
            .collect();
        for curve in &curves {
            for &(_, y) in curve {
                y_lo = y_lo.min(y);
                y_hi = y_hi.max(y);
            }
        }
        let primary = self.primary();
        let famous: Vec<(f64, f64, &str, &'static str)> = if self.state.models {
            FAMOUS_MODELS.iter().map(|m| (m.compute(), primary.loss(m.n, m.d), m.name, m.id)).collect()
        } else {
            Vec::new()
        };
        let user = (self.state.user_compute(), primary.loss(self.state.n, self.state.d));
        for &(x, y, _, _) in &famous {
            if x >= x_lo && x <= x_hi {
                y_lo = y_lo.min(y);
                y_hi = y_hi.max(y);
            }
        }
        if user.0 >= x_lo && user.0 <= x_hi {
            y_lo = y_lo.min(user.1);
            y_hi = y_hi.max(user.1);
        }
        let asymptotes = self.asymptotes();
        for (e, _) in &asymptotes {
            y_lo = y_lo.min(*e);
        }
        let (y_lo, y_hi) = pad_range(y_lo, y_hi);
        let (y_lo, y_hi) = snap_range(y_lo, y_hi, LOSS_STEP);
        series.extend(self.asymptote_series(&asymptotes, x_lo, x_hi));
        for (i, curve) in curves.into_iter().enumerate() {
            series.push(Series {
                name: format!("{} optimal loss", self.laws[i].id()),
                points: curve,
                color: self.color(i),
                dash: self.dash(i),
                width: MAIN_WIDTH,
                opacity: 1.0,
                fixed: true,
            });
        }
        let mut markers: Vec<Marker> = famous
            .into_iter()
            .filter(|(x, y, _, _)| in_box(*x, *y, x_lo, x_hi, y_lo, y_hi))
            .map(|(x, y, name, id)| Marker {
                at: (x, y),
                what: MarkerKind::Famous(id),
                shape: MarkerShape::Square,
                color: self.theme.famous,
                label: Some(name.to_string()),
                fixed: true,
            })
            .collect();
        for (i, law) in self.laws.iter().enumerate() {
            let opt = law.optimum(self.state.compute);
            if in_box(opt.compute, opt.loss, x_lo, x_hi, y_lo, y_hi) {
                markers.push(Marker {
                    at: (opt.compute, opt.loss),
                    what: MarkerKind::Optimum { law: law.id(), d: false },
                    shape: MarkerShape::Circle,
                    color: self.color(i),
                    label: None,
                    fixed: false,
                });
            }
        }
        if in_box(user.0, user.1, x_lo, x_hi, y_lo, y_hi) {
            markers.push(Marker {
                at: user,
                what: MarkerKind::User { d: false },
                shape: MarkerShape::Diamond,
                color: self.theme.user,
                label: Some(self.lang.text(Key::You).to_string()),
                fixed: true,
            });
        }
        Chart {
            title: self.lang.text(Key::PlotC).to_string(),
            x: Axis {
                lo: x_lo,
                hi: x_hi,
                kind: AxisKind::Decades,
                label: self.lang.text(Key::AxisCompute).to_string(),
            },
            y: Axis { lo: y_lo, hi: y_hi, kind: AxisKind::Loss, label: self.lang.text(Key::AxisLoss).to_string() },
            bands: outside(primary.fit_range().c, x_lo, x_hi),
            series,
            vlines: vec![self.budget_line()],
            markers,
            legend: {
                let mut legend = self.legend();
                legend.extend(self.asymptote_legend(&asymptotes));
                legend
            },
            band_label: self.lang.text(Key::Extrapolation).to_string(),
            band_short: self.lang.text(Key::ExtrapolationShort).to_string(),
        }
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
        (!asymptotes.is_empty()).then(|| LegendEntry {
            label: self.lang.text(Key::LegendE).to_string(),
            short: self.lang.text(Key::LegendEShort).to_string(),
            color: self.theme.foreground,
            dash: Dash::Dotted,
            width: E_WIDTH,
            opacity: E_OPACITY,
        })
    }

    fn split_chart(&self) -> Chart {
        let (x_lo, x_hi) = self.compute_span();
        let mut series = Vec::new();
        let mut markers = Vec::new();
        let mut y_lo = f64::INFINITY;
        let mut y_hi = f64::NEG_INFINITY;
        let frontier = self.frontier();
        for ((i, law), optima) in self.laws.iter().enumerate().zip(&frontier.optima) {
            let n_curve: Vec<(f64, f64)> = optima.iter().map(|o| (o.compute, o.n)).collect();
            let d_curve: Vec<(f64, f64)> = optima.iter().map(|o| (o.compute, o.d)).collect();
            for &(_, y) in n_curve.iter().chain(d_curve.iter()) {
                if y.is_finite() && y > 0.0 {
                    y_lo = y_lo.min(y);
                    y_hi = y_hi.max(y);
                }
            }
            series.push(Series {
                name: format!("{} N*", law.id()),
                points: n_curve,
                color: self.color(i),
                dash: self.dash(i),
                width: MAIN_WIDTH,
                opacity: 1.0,
                fixed: true,
            });
            series.push(Series {
                name: format!("{} D*", law.id()),
                points: d_curve,
                color: self.color(i),
                dash: self.dash(i),
                width: D_WIDTH,
                opacity: D_OPACITY,
                fixed: true,
            });
            let opt = law.optimum(self.state.compute);
            let primary = i == 0;
            markers.push(Marker {
                at: (opt.compute, opt.n),
                what: MarkerKind::Optimum { law: law.id(), d: false },
                shape: MarkerShape::Circle,
                color: self.color(i),
                label: primary.then(|| format!("N* {}", compact(self.lang, opt.n))),
                fixed: false,
            });
            markers.push(Marker {
                at: (opt.compute, opt.d),
                what: MarkerKind::Optimum { law: law.id(), d: true },
                shape: MarkerShape::Circle,
                color: self.color(i),
                label: primary.then(|| format!("D* {}", compact(self.lang, opt.d))),
                fixed: false,
            });
        }
        let (y_lo, y_hi) = snap_range(y_lo / 3.0, y_hi * 3.0, DECADE_STEP);
        // "Your model" at its own compute: its N and its D, to compare with N*(C) and D*(C).
        let user_c = self.state.user_compute();
        for (value, label, d) in [(self.state.n, "N", false), (self.state.d, "D", true)] {
            if in_box(user_c, value, x_lo, x_hi, y_lo, y_hi) {
                markers.push(Marker {
                    at: (user_c, value),
                    what: MarkerKind::User { d },
                    shape: MarkerShape::Diamond,
                    color: self.theme.user,
                    label: Some(format!("{} {label}", self.lang.text(Key::You))),
                    fixed: true,
                });
            }
        }
        Chart {
            title: self.lang.text(Key::PlotSplit).to_string(),
            x: Axis {
                lo: x_lo,
                hi: x_hi,
                kind: AxisKind::Decades,
                label: self.lang.text(Key::AxisCompute).to_string(),
            },
            y: Axis { lo: y_lo, hi: y_hi, kind: AxisKind::Decades, label: self.lang.text(Key::AxisCount).to_string() },
            bands: outside(self.primary().fit_range().c, x_lo, x_hi),
            series,
            vlines: vec![self.budget_line()],
            markers,
            legend: {
                // Which line is which: N* thick, D* thin (in each law's colour).
                let mut legend = self.legend();
                let fg = self.theme.foreground;
                for (key, short, width, opacity) in [
                    (Key::LegendNStar, Key::LegendNStarShort, MAIN_WIDTH, 1.0),
                    (Key::LegendDStar, Key::LegendDStarShort, D_WIDTH, D_OPACITY),
                ] {
                    let (label, short) = (self.lang.text(key).to_string(), self.lang.text(short).to_string());
                    legend.push(LegendEntry { label, short, color: fg, dash: Dash::Solid, width, opacity });
                }
                legend
            },
            band_label: self.lang.text(Key::Extrapolation).to_string(),
            band_short: self.lang.text(Key::ExtrapolationShort).to_string(),
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

    fn budget_line(&self) -> VLine {
        VLine { x: self.state.compute, label: Some(format!(" {}", self.lang.text(Key::Budget))), note: false }
    }
}

/// The model size that trains on `d` tokens with budget `c` (`N = C/6D`).
fn n_for(c: f64, d: f64) -> f64 {
    tokens_for_budget(c, d)
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

fn in_box(x: f64, y: f64, x_lo: f64, x_hi: f64, y_lo: f64, y_hi: f64) -> bool {
    x.is_finite() && y.is_finite() && x >= x_lo && x <= x_hi && y >= y_lo && y <= y_hi
}

/// Loss axes move in steps of 4 % (a factor e^0.04), count axes in half decades: the axes
/// then stay put over most slider steps, which reads calmer and lets the page reuse the
/// drawn axes.
const LOSS_STEP: f64 = 0.04;
const DECADE_STEP: f64 = std::f64::consts::LN_10 / 2.0;

/// Widens `[lo, hi]` outwards to the nearest multiples of `step` in log space.
fn snap_range(lo: f64, hi: f64, step: f64) -> (f64, f64) {
    if !(lo > 0.0 && hi > lo && hi.is_finite()) {
        return (lo, hi);
    }
    let snapped_lo = ((lo.ln() / step).floor() * step).exp().min(lo);
    let snapped_hi = ((hi.ln() / step).ceil() * step).exp().max(hi);
    (snapped_lo, snapped_hi)
}

/// A little room above and below a loss range (log axis), never empty.
fn pad_range(lo: f64, hi: f64) -> (f64, f64) {
    if !(lo.is_finite() && hi.is_finite() && lo > 0.0) {
        return (1.0, 10.0);
    }
    let hi = hi.max(lo * 1.05);
    (lo * 0.97, hi * 1.03)
}

/// Shaded bands for the parts of `[lo, hi]` outside the fitted `span`.
fn outside(span: Span, lo: f64, hi: f64) -> Vec<Band> {
    let mut bands = Vec::new();
    if span.lo > lo {
        bands.push(Band { x: (lo, span.lo.min(hi)) });
    }
    if span.hi < hi {
        bands.push(Band { x: (span.hi.max(lo), hi) });
    }
    bands
}

/// Splits a curve into the runs that stay within `[y_lo, y_hi]`, ending each run exactly on
/// the boundary it crosses (interpolated in log space), and dropping non-finite points.
pub fn clip_runs(points: impl Iterator<Item = (f64, f64)>, y_lo: f64, y_hi: f64) -> Vec<Vec<(f64, f64)>> {
    let mut runs = Vec::new();
    let mut run: Vec<(f64, f64)> = Vec::new();
    let mut prev: Option<(f64, f64)> = None;
    let inside = |y: f64| y >= y_lo && y <= y_hi;
    for (x, y) in points {
        if !(x.is_finite() && y.is_finite() && x > 0.0 && y > 0.0) {
            if run.len() > 1 {
                runs.push(std::mem::take(&mut run));
            }
            run.clear();
            prev = None;
            continue;
        }
        if let Some((px, py)) = prev {
            match (inside(py), inside(y)) {
                (false, true) => run.push(crossing((px, py), (x, y), if py > y_hi { y_hi } else { y_lo })),
                (true, false) => {
                    run.push(crossing((px, py), (x, y), if y > y_hi { y_hi } else { y_lo }));
                    if run.len() > 1 {
                        runs.push(std::mem::take(&mut run));
                    }
                    run.clear();
                }
                _ => {}
            }
        }
        if inside(y) {
            run.push((x, y));
        }
        prev = Some((x, y));
    }
    if run.len() > 1 {
        runs.push(run);
    }
    runs
}

/// Where the segment a→b meets y = `at`, interpolating in log–log space.
fn crossing(a: (f64, f64), b: (f64, f64), at: f64) -> (f64, f64) {
    let (lx0, ly0, lx1, ly1) = (a.0.ln(), a.1.ln(), b.0.ln(), b.1.ln());
    let t = if ly1 == ly0 { 0.0 } else { (at.ln() - ly0) / (ly1 - ly0) };
    ((lx0 + (lx1 - lx0) * t.clamp(0.0, 1.0)).exp(), at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::laws::{Coefficients, LawId};

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
