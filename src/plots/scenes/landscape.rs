//! Plot ND (issue 17): the loss landscape. x = parameters N, y = training tokens D, both log;
//! filled contour bands of the primary law's L(N, D) (Hoffmann et al. 2022 eq. 2 for a
//! parametric law, Kaplan et al. 2020 eq. 1.5 for Kaplan's), labelled iso-loss lines and a colour
//! bar; straight iso-FLOP lines C = 6ND (slope −1, thin and faint) every decade and, bold, at the budget; each
//! shown law's compute-optimal path (N\*(C), D\*(C)) and its optimum at the budget, where the
//! budget's line touches the lowest contour (Hoffmann et al. 2022, Fig. 2-style; Kaplan et al.
//! 2020, Fig. 2); the primary law's fitted range as a dashed box; famous models, your model
//! (draggable in the page), the inference-aware optima and the unique-data limit when set.
//!
//! The contours depend on the primary law only ([`Landscape`], computed once per law like
//! [`CurveFamily`]): with the iso-FLOP decades, the paths and the famous models they are the
//! static layer; a budget step redraws the budget's line and the optima, a drag your model.

use super::*;
use crate::laws::units::training_flops;
use crate::numbers::{superscript, trim_zeros};
use crate::plots::chart::{ColorBar, Fill, Tag};
use crate::plots::contour::{lines_of, Grid};
use crate::plots::style::band_color;

/// The axes: every model and token count the page accepts ([`PARAMS`], [`TOKENS`]), so your
/// model and every budget's optimum are on the map, and the map never moves.
pub const N_AXIS: (f64, f64) = PARAMS;
pub const D_AXIS: (f64, f64) = TOKENS;
/// Grid points per axis: ten cells a decade over eight decades.
const GRID_POINTS: usize = 81;
/// About this many contour levels (fewer when rounding makes two equal).
const LEVELS: usize = 12;
/// Where along a line its tag is tried, as fractions of its points, best first.
const TAG_SPOTS: [f64; 5] = [0.5, 0.3, 0.7, 0.15, 0.85];
const ISO_FLOP_SPOTS: [f64; 5] = [0.2, 0.35, 0.1, 0.5, 0.65];
/// Lines: the iso-loss contours and iso-FLOP decades thin, the budget's iso-FLOP line bold.
const CONTOUR_WIDTH: f64 = 0.75;
const CONTOUR_OPACITY: f64 = 0.5;
/// Solid, not dotted: sixteen dotted lines were 3,000 dashes, most of the SVG.
const DECADE_WIDTH: f64 = 0.9;
const DECADE_OPACITY: f64 = 0.4;
const BUDGET_WIDTH: f64 = 2.5;

/// What a [`Landscape`] depends on: the primary law (with its coefficients).
#[derive(Clone, Debug, PartialEq)]
pub struct LandscapeKey {
    law: Law,
}

impl LandscapeKey {
    pub fn of(state: &AppState) -> LandscapeKey {
        LandscapeKey { law: state.law_for(state.law) }
    }
}

/// The contours of the primary law's loss over the map: round levels, each level's sublevel
/// polygons {L ≤ level} and iso-lines, in data coordinates (N, D).
#[derive(Clone, Debug, PartialEq)]
pub struct Landscape {
    key: LandscapeKey,
    /// Increasing contour levels (nats/token), each rounded to two significant digits.
    pub levels: Vec<f64>,
    /// `sublevels[k]`: the polygons of {L ≤ levels[k]}, closed against the map's frame.
    pub sublevels: Vec<Vec<Vec<(f64, f64)>>>,
    /// `lines[k]`: the iso-loss lines L = levels[k].
    pub lines: Vec<Vec<Vec<(f64, f64)>>>,
}

/// `x` to two significant digits (a contour level that prints short: 1.8, 2.3, 12).
fn two_digits(x: f64) -> f64 {
    crate::state::grid::round_significant(x, 2)
}

/// Round levels that split the map into bands of about equal area: the loss at evenly spaced
/// quantiles of the sampled values, rounded to two significant digits, strictly inside their
/// range and increasing. A flat or empty surface has none.
pub fn landscape_levels(values: &[f64], count: usize) -> Vec<f64> {
    let mut finite: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    finite.sort_by(f64::total_cmp);
    let (Some(&lo), Some(&hi)) = (finite.first(), finite.last()) else { return Vec::new() };
    let mut levels: Vec<f64> = Vec::new();
    for q in 1..=count {
        let v = two_digits(finite[q * (finite.len() - 1) / (count + 1)]);
        if v > lo && v < hi && levels.last().is_none_or(|&last| v > last) {
            levels.push(v);
        }
    }
    levels
}

impl Landscape {
    pub fn new(key: LandscapeKey) -> Landscape {
        let law = key.law;
        let (u, v) = ((N_AXIS.0.log10(), N_AXIS.1.log10()), (D_AXIS.0.log10(), D_AXIS.1.log10()));
        // The sizes and token counts of the grid's columns and rows, once each (not per point).
        let at = |(lo, hi): (f64, f64), k: usize| 10f64.powf(lo + (hi - lo) * k as f64 / (GRID_POINTS - 1) as f64);
        let ns: Vec<f64> = (0..GRID_POINTS).map(|i| at(u, i)).collect();
        let ds: Vec<f64> = (0..GRID_POINTS).map(|j| at(v, j)).collect();
        let values = ds.iter().flat_map(|&d| ns.iter().map(move |&n| law.loss(n, d))).collect();
        let grid = Grid { u, v, nu: GRID_POINTS, nv: GRID_POINTS, values };
        let levels = landscape_levels(&grid.values, LEVELS);
        let to_data = |ring: &[(f64, f64)]| ring.iter().map(|&(a, b)| (10f64.powf(a), 10f64.powf(b))).collect();
        let (mut sublevels, mut lines) = (Vec::new(), Vec::new());
        for &level in &levels {
            // Traced once: the polygons give the lines too.
            let polygons = grid.sublevel_polygons(level);
            lines.push(lines_of(&polygons).iter().map(|l| to_data(l)).collect());
            sublevels.push(polygons.iter().map(|p| to_data(&p.points)).collect());
        }
        Landscape { key, levels, sublevels, lines }
    }

    /// The landscape the chart of `state` needs.
    pub fn of(state: &AppState) -> Landscape {
        Landscape::new(LandscapeKey::of(state))
    }

    /// Whether this landscape is of the primary law of `state`.
    pub fn fits(&self, state: &AppState) -> bool {
        self.key == LandscapeKey::of(state)
    }
}

/// A contour level as its label: `1.8`, `12`.
pub fn level_label(level: f64) -> String {
    trim_zeros(&format!("{level:.3}")).to_string()
}

/// Points at `fractions` of the way along a polyline (by point index), for its tag.
fn spots_along(points: &[(f64, f64)], fractions: &[f64]) -> Vec<(f64, f64)> {
    if points.is_empty() {
        return Vec::new();
    }
    let last = (points.len() - 1) as f64;
    fractions.iter().map(|f| points[(f * last).round() as usize]).collect()
}

/// The iso-FLOP line C = 6ND across the map: from where it enters to where it leaves, sampled
/// at `count` points evenly in log N (a straight line of slope −1), or `None` when it misses.
pub fn iso_flop_line(c: f64, count: usize) -> Option<Vec<(f64, f64)>> {
    let n_lo = N_AXIS.0.max(tokens_for_budget(c, D_AXIS.1));
    let n_hi = N_AXIS.1.min(tokens_for_budget(c, D_AXIS.0));
    (n_lo < n_hi && c.is_finite()).then(|| log_space(n_lo, n_hi, count).map(|n| (n, tokens_for_budget(c, n))).collect())
}

impl<'a> Scene<'a> {
    /// Uses `landscape` for plot ND when it is of this state's primary law (else it computes
    /// its own): the same chart, the contours traced once per law.
    pub fn with_landscape(self, landscape: &'a Landscape) -> Self {
        let landscape = landscape.fits(self.state).then_some(landscape);
        Scene { landscape, ..self }
    }

    /// The contours for this scene's primary law: the ones given, or computed now.
    pub fn landscape(&self) -> std::borrow::Cow<'a, Landscape> {
        match self.landscape {
            Some(l) => std::borrow::Cow::Borrowed(l),
            None => std::borrow::Cow::Owned(Landscape::of(self.state)),
        }
    }

    pub(super) fn landscape_chart(&self) -> Chart {
        let land = self.landscape();
        let theme = self.theme;
        let fg = theme.foreground;
        let n_bands = land.levels.len() + 1;
        let colors: Vec<Rgb> =
            (0..n_bands).map(|k| band_color(k as f64 / (n_bands - 1).max(1) as f64, &theme)).collect();
        // Painter's algorithm: the whole map in the colour of the highest band, then each level's
        // sublevel set from the highest down in its own colour.
        let frame = vec![(N_AXIS.0, D_AXIS.0), (N_AXIS.1, D_AXIS.0), (N_AXIS.1, D_AXIS.1), (N_AXIS.0, D_AXIS.1)];
        let mut fills = vec![Fill { points: frame, color: colors[n_bands - 1] }];
        for k in (0..land.levels.len()).rev() {
            fills.extend(land.sublevels[k].iter().map(|ring| Fill { points: ring.clone(), color: colors[k] }));
        }
        let labels: Vec<String> = land.levels.iter().map(|&v| level_label(v)).collect();
        let mut series = Vec::new();
        let mut tags = Vec::new();
        let primary = self.primary().id();
        for (k, lines) in land.lines.iter().enumerate() {
            for line in lines {
                series.push(Series {
                    name: format!("{primary} iso-loss L={}", labels[k]),
                    points: line.clone(),
                    color: fg,
                    dash: Dash::Solid,
                    width: CONTOUR_WIDTH,
                    opacity: CONTOUR_OPACITY,
                    fixed: true,
                });
            }
            if let Some(longest) = lines.iter().max_by_key(|line| line.len()) {
                tags.push(Tag { text: labels[k].clone(), spots: spots_along(longest, &TAG_SPOTS) });
            }
        }
        // Iso-FLOP lines every decade, thin and faint, each tagged 10ᵏ.
        let lowest = training_flops(N_AXIS.0, D_AXIS.0).log10().ceil() as i32;
        let highest = training_flops(N_AXIS.1, D_AXIS.1).log10().floor() as i32;
        for k in lowest..=highest {
            let c = 10f64.powi(k);
            if let Some(points) = iso_flop_line(c, 2) {
                let spots = ISO_FLOP_SPOTS.iter().map(|&f| {
                    let n = (points[0].0.ln() + (points[1].0.ln() - points[0].0.ln()) * f).exp();
                    (n, tokens_for_budget(c, n))
                });
                tags.push(Tag { text: format!("10{}", superscript(k)), spots: spots.collect() });
                series.push(Series {
                    name: format!("iso-FLOP C=1e{k}"),
                    points,
                    color: fg,
                    dash: Dash::Solid,
                    width: DECADE_WIDTH,
                    opacity: DECADE_OPACITY,
                    fixed: true,
                });
            }
        }
        // The primary law's fitted range: a dashed box.
        let fit = self.primary().fit_range();
        let (n0, n1) = (fit.n.lo.max(N_AXIS.0), fit.n.hi.min(N_AXIS.1));
        let (d0, d1) = (fit.d.lo.max(D_AXIS.0), fit.d.hi.min(D_AXIS.1));
        let box_line = (fg, Dash::LongDash, SIDE_WIDTH, 0.85);
        series.push(Series {
            name: format!("{primary} fitted range"),
            points: vec![(n0, d0), (n1, d0), (n1, d1), (n0, d1), (n0, d0)],
            color: box_line.0,
            dash: box_line.1,
            width: box_line.2,
            opacity: box_line.3,
            fixed: true,
        });
        let mut legend = vec![self.legend_row(Key::LegendFitBox, Key::LegendFitBoxShort, box_line)];
        let decade_line = (fg, Dash::Solid, DECADE_WIDTH, DECADE_OPACITY);
        legend.push(self.legend_row(Key::LegendIsoFlop, Key::LegendIsoFlopShort, decade_line));
        // The unique-data limit D = U, when set.
        if let Some((line, row)) = self.unique_line(N_AXIS.0, N_AXIS.1) {
            series.push(line);
            legend.push(row);
        }
        // Each shown law's compute-optimal path over the slider's budgets (budget-independent).
        let frontier = self.frontier();
        let inside = |&(n, d): &(f64, f64)| in_box(n, d, N_AXIS.0, N_AXIS.1, D_AXIS.0, D_AXIS.1);
        for (i, law) in self.laws.iter().enumerate() {
            let points: Vec<(f64, f64)> = frontier.optima[i].iter().map(|o| (o.n, o.d)).filter(inside).collect();
            if points.len() > 1 {
                series.push(Series {
                    name: format!("{} compute-optimal path", law.id()),
                    points,
                    color: self.color(i),
                    dash: self.dash(i),
                    width: MAIN_WIDTH,
                    opacity: 1.0,
                    fixed: true,
                });
            }
        }
        // The budget's iso-FLOP line, bold: it moves with the slider.
        let c = self.state.compute;
        let budget_line = (fg, Dash::Solid, BUDGET_WIDTH, 0.9);
        if let Some(points) = iso_flop_line(c, 2) {
            series.push(Series {
                name: format!("iso-FLOP C={c:e} (budget)"),
                points,
                color: budget_line.0,
                dash: budget_line.1,
                width: budget_line.2,
                opacity: budget_line.3,
                fixed: false,
            });
        }
        legend.push(self.legend_row(Key::LegendBudgetLine, Key::LegendBudgetLineShort, budget_line));
        // Famous models (fixed); your model, the optima and the inference-aware optima move.
        // Your model is in the dynamic layer ([`Scene::model_markers`]): a drag does not repaint the map.
        let mut markers = self.model_markers(|n, d| Some((n, d)), (N_AXIS.0, N_AXIS.1, D_AXIS.0, D_AXIS.1));
        let beyond = self.beyond();
        for (i, law) in self.laws.iter().enumerate() {
            let o = law.optimum(c);
            if inside(&(o.n, o.d)) {
                markers.push(Marker {
                    at: (o.n, o.d),
                    what: MarkerKind::Optimum { law: law.id(), d: false },
                    shape: MarkerShape::Circle,
                    color: self.color(i),
                    label: None,
                    fixed: false,
                });
            }
            if let Some(inf) = beyond.laws.get(i).and_then(|b| b.inference).filter(|inf| inside(&(inf.n, inf.d))) {
                markers.push(Marker {
                    at: (inf.n, inf.d),
                    what: MarkerKind::Inference { law: law.id() },
                    shape: MarkerShape::Triangle,
                    color: self.color(i),
                    label: None,
                    fixed: false,
                });
            }
        }
        let mut chart = self.assemble(Parts {
            title: Key::PlotNd,
            x: (N_AXIS.0, N_AXIS.1, AxisKind::Decades, Key::AxisParams),
            y: (D_AXIS.0, D_AXIS.1, AxisKind::Decades, Key::AxisTokens),
            fit: fit.n,
            band_text: None,
            drawn_laws: None,
            series,
            vlines: Vec::new(),
            markers,
            legend,
        });
        // The fitted range is the dashed box; the bands would sit under the contours.
        chart.bands.clear();
        chart.fills = fills;
        chart.colorbar = Some(ColorBar { levels: land.levels.clone(), colors, labels });
        chart.tags = tags;
        chart
    }
}
