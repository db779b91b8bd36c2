//! Plot Curves (issue 18): learning curves of the primary law, the classic figure of Kaplan et
//! al. 2020 (Fig. 2) and Hoffmann et al. 2022 (Fig. 2, left). x = training compute C = 6ND,
//! y = the final loss L(N, D) of a run of N parameters trained to D = C/6N tokens: one curve per
//! size N = 10⁷…10¹², every half decade, each labelled at the point where it touches the lower
//! envelope (bold) — the compute-optimal frontier for a parametric law
//! ([`crate::laws::learning_curves`]); each size's converged loss L(N, ∞) dashed from there on.
//! The curve of the budget's optimal N* is highlighted; famous models and your model at their
//! own (6ND, L(N, D)).
//!
//! The family depends on the primary law and the compute span only ([`CurveFamily`], computed
//! once per law set like [`Frontier`]): static layer. Only the budget line, the highlighted curve
//! and its point at the budget move with the slider.

use super::*;
use crate::laws::learning_curves::{size_of_half_decade, CURVE_HALF_DECADES};

/// The family's curves: thin, translucent, in the law's colour.
const RUN_WIDTH: f64 = 1.25;
const RUN_OPACITY: f64 = 0.55;
/// The lower envelope: bolder than any other line of the page.
const ENVELOPE_WIDTH: f64 = 3.5;
/// The converged losses L(N, ∞): faint dashes.
const CONVERGED_WIDTH: f64 = 1.0;
const CONVERGED_OPACITY: f64 = 0.45;
/// The highlighted curve of the budget's N*.
const HIGHLIGHT_WIDTH: f64 = 2.25;

/// One size's tangency with the envelope: where its curve touches it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tangency {
    /// N = 10^(h/2).
    pub half_decade: i8,
    pub n: f64,
    /// The budget at which N is optimal for the law's surface.
    pub compute: f64,
    /// L(N, C/6N) there (on the envelope).
    pub loss: f64,
    /// L(N, ∞).
    pub converged: f64,
}

/// A curve cut where it leaves the loss axis: its runs of points (C, L).
pub type Runs = Vec<Vec<(f64, f64)>>;

/// What a [`CurveFamily`] depends on: the primary law and the plotted compute span.
#[derive(Clone, Debug, PartialEq)]
pub struct CurvesKey {
    law: Law,
    span: (f64, f64),
}

impl CurvesKey {
    pub fn of(state: &AppState) -> CurvesKey {
        CurvesKey { law: state.law_for(state.law), span: compute_span(state) }
    }
}

/// The budget-independent part of plot Curves: each size's curve over the compute span (clipped
/// to the loss axis), the envelope, the tangencies and the loss axis. The browser keeps one in a
/// memo while the slider moves and hands it to [`Scene::with_curves`].
#[derive(Clone, Debug, PartialEq)]
pub struct CurveFamily {
    key: CurvesKey,
    /// Compute axis `(lo, hi)`: the compute span, widened (within the typed range) to every
    /// size's tangency, so each curve is labelled where it touches the envelope.
    pub x: (f64, f64),
    /// Loss axis `(lo, hi)`.
    pub y: (f64, f64),
    /// `(half-decade, runs of points)` per size.
    pub runs: Vec<(i8, Runs)>,
    /// The lower envelope's runs of points.
    pub envelope: Runs,
    pub tangencies: Vec<Tangency>,
}

impl CurveFamily {
    pub fn new(key: CurvesKey) -> CurveFamily {
        let law = key.law;
        let sizes = || CURVE_HALF_DECADES.map(|h| (h, size_of_half_decade(h)));
        let touches = sizes().map(|(_, n)| law.tangency_budget(n)).filter(|c| c.is_finite());
        let (lo, hi) = touches.fold(key.span, |(lo, hi), c| (lo.min(c / 2.0), hi.max(c * 2.0)));
        let (x_lo, x_hi) = snap_range(lo.max(COMPUTE_TYPED.0), hi.min(COMPUTE_TYPED.1), DECADE_STEP);
        // y: from just under the lowest the family reaches (the envelope at the right end, or
        // the largest size's converged loss) to a little above the highest tangency, so every
        // size's label, asymptote and touch show.
        let n_max = size_of_half_decade(*CURVE_HALF_DECADES.end());
        let lo = law.envelope_loss(x_hi).min(law.converged_loss(n_max));
        let top = sizes().map(|(_, n)| law.envelope_loss(law.tangency_budget(n).clamp(x_lo, x_hi)));
        let hi = top.fold(lo, f64::max) * 1.08;
        let (y_lo, y_hi) = snap_range(lo * 0.97, hi, LOSS_STEP);
        let grid: Vec<f64> = log_space(x_lo, x_hi, POINTS).collect();
        let runs = sizes()
            .map(|(h, n)| {
                let points = grid.iter().map(|&c| (c, law.loss(n, tokens_for_budget(c, n))));
                (h, clip_runs(points, y_lo, y_hi))
            })
            .collect();
        let envelope = clip_runs(grid.iter().map(|&c| (c, law.envelope_loss(c))), y_lo, y_hi);
        let tangencies = sizes()
            .map(|(h, n)| {
                let compute = law.tangency_budget(n);
                let loss = law.loss(n, tokens_for_budget(compute, n));
                Tangency { half_decade: h, n, compute, loss, converged: law.converged_loss(n) }
            })
            .collect();
        CurveFamily { key, x: (x_lo, x_hi), y: (y_lo, y_hi), runs, envelope, tangencies }
    }

    /// The family the chart of `state` needs.
    pub fn of(state: &AppState) -> CurveFamily {
        CurveFamily::new(CurvesKey::of(state))
    }

    /// Whether this family was computed for the primary law and span of `state`.
    pub fn fits(&self, state: &AppState) -> bool {
        self.key == CurvesKey::of(state)
    }

    /// The tangency of size 10^(h/2).
    pub fn tangency(&self, half_decade: i8) -> Option<&Tangency> {
        self.tangencies.iter().find(|t| t.half_decade == half_decade)
    }
}

impl Scene<'_> {
    pub(super) fn curves_chart(&self) -> Chart {
        let family = self.curves();
        let (x_lo, x_hi) = family.x;
        let (y_lo, y_hi) = family.y;
        let law = *self.primary();
        let color = self.color(0);
        let fg = self.theme.foreground;
        let l = self.lang;
        let id = law.id();
        let mut series = Vec::new();
        let series_of = |name: String, points, color, dash, width, opacity, fixed| Series {
            name,
            points,
            color,
            dash,
            width,
            opacity,
            fixed,
        };
        // The converged losses first (under everything), from each tangency to the right end.
        for t in &family.tangencies {
            let from = t.compute.max(x_lo);
            if from < x_hi && t.converged >= y_lo && t.converged <= y_hi {
                let name = format!("{id} converged loss N={:e}", t.n);
                let points = vec![(from, t.converged), (x_hi, t.converged)];
                series.push(series_of(name, points, fg, Dash::Dashed, CONVERGED_WIDTH, CONVERGED_OPACITY, true));
            }
        }
        for (h, runs) in &family.runs {
            for run in runs {
                let name = format!("{id} run N={:e}", size_of_half_decade(*h));
                series.push(series_of(name, run.clone(), color, Dash::Solid, RUN_WIDTH, RUN_OPACITY, true));
            }
        }
        for run in &family.envelope {
            let name = format!("{id} lower envelope");
            series.push(series_of(name, run.clone(), color, Dash::Solid, ENVELOPE_WIDTH, 1.0, true));
        }
        // The budget's optimal size: its own curve, highlighted, and its point at the budget.
        let opt = law.optimum(self.state.compute);
        let curve = log_space(x_lo, x_hi, POINTS).map(|c| (c, law.loss(opt.n, tokens_for_budget(c, opt.n))));
        for run in clip_runs(curve, y_lo, y_hi) {
            let name = format!("{id} run of the budget's N*={:e}", opt.n);
            series.push(series_of(name, run, fg, Dash::Solid, HIGHLIGHT_WIDTH, 1.0, false));
        }
        let mut markers = Vec::new();
        for t in &family.tangencies {
            if in_box(t.compute, t.loss, x_lo, x_hi, y_lo, y_hi) {
                markers.push(Marker {
                    at: (t.compute, t.loss),
                    what: MarkerKind::Tangency { half_decade: t.half_decade },
                    shape: MarkerShape::Circle,
                    color,
                    label: Some(compact(l, t.n)),
                    fixed: true,
                });
            }
        }
        let at = |n, d| Some((crate::laws::units::training_flops(n, d), law.loss(n, d)));
        markers.extend(self.model_markers(at, (x_lo, x_hi, y_lo, y_hi)));
        let at_budget = (self.state.compute, law.loss(opt.n, opt.d));
        if in_box(at_budget.0, at_budget.1, x_lo, x_hi, y_lo, y_hi) {
            markers.push(Marker {
                at: at_budget,
                what: MarkerKind::Optimum { law: id, d: false },
                shape: MarkerShape::Circle,
                color: fg,
                label: None,
                fixed: false,
            });
        }
        let envelope_key = if law.optimum_minimises_surface() { Key::LegendEnvelope } else { Key::LegendEnvelopeOwn };
        let legend = vec![
            self.legend_row(envelope_key, Key::LegendEnvelopeShort, (color, Dash::Solid, ENVELOPE_WIDTH, 1.0)),
            self.legend_row(Key::LegendBudgetRun, Key::LegendBudgetRunShort, (fg, Dash::Solid, HIGHLIGHT_WIDTH, 1.0)),
            self.legend_row(
                Key::LegendConverged,
                Key::LegendConvergedShort,
                (fg, Dash::Dashed, CONVERGED_WIDTH, CONVERGED_OPACITY),
            ),
        ];
        let mut chart = self.assemble(Parts {
            title: Key::PlotCurves,
            x: (x_lo, x_hi, AxisKind::Decades, Key::AxisRunCompute),
            y: (y_lo, y_hi, AxisKind::Loss, Key::AxisFinalLoss),
            fit: law.fit_range().c,
            band_text: None,
            drawn_laws: Some(Vec::new()),
            series,
            vlines: vec![self.budget_line()],
            markers,
            legend,
        });
        // The law's row names its runs: thin, in its colour.
        chart.legend.insert(
            0,
            LegendEntry {
                label: l.fill(Key::LegendRuns, &[("law", l.text(Key::LawName(id)))]),
                short: l.text(Key::LawShort(id)).to_string(),
                color,
                dash: Dash::Solid,
                width: RUN_WIDTH,
                opacity: RUN_OPACITY,
            },
        );
        chart
    }
}
