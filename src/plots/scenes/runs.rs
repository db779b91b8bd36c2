//! Your runs on plots N and D (issue 20): the runs the fit section fitted, as dots coloured by
//! their loss (viridis), and on plot N each Approach 2 group's IsoFLOP parabola over the sizes
//! it trained (Hoffmann et al. 2022, Fig. 3). Shown while the fitted law `fit` is shown with
//! the coefficients of these runs. Neither depends on the budget: static layer.

use super::*;
use crate::laws::fit::approach2::GroupOptimum;
use crate::laws::fit::Run;
use crate::laws::{Coefficients, LawId};
use crate::plots::style::viridis;

/// Points per parabola.
const PARABOLA_POINTS: usize = 40;
/// Parabolas' width and opacity.
const PARABOLA: (f64, f64) = (1.2, 0.8);

/// The fit section's runs and Approach 2's groups, for the coefficients fitted to them.
#[derive(Clone, Debug, PartialEq)]
pub struct RunsOverlay {
    pub coefficients: Coefficients,
    pub runs: Vec<Run>,
    pub groups: Vec<GroupOptimum>,
}

impl RunsOverlay {
    /// The runs' loss range (for the colour map), `None` without runs.
    fn loss_range(&self) -> Option<(f64, f64)> {
        let lo = self.runs.iter().map(|r| r.loss).fold(f64::INFINITY, f64::min);
        let hi = self.runs.iter().map(|r| r.loss).fold(f64::NEG_INFINITY, f64::max);
        (lo.is_finite() && hi.is_finite()).then_some((lo, hi))
    }

    /// A run's colour: viridis from the lowest loss (dark) to the highest (yellow). On a dark
    /// background the map starts at 0.25, where its purple still stands out from the page.
    pub fn color(&self, loss: f64, theme: &Theme) -> Rgb {
        let [r, g, b] = [theme.background.0, theme.background.1, theme.background.2].map(u32::from);
        let floor = if r + g + b < 384 { 0.25 } else { 0.0 };
        let t = match self.loss_range() {
            Some((lo, hi)) if hi > lo => (loss - lo) / (hi - lo),
            _ => 0.5,
        };
        viridis(floor + (1.0 - floor) * t)
    }
}

impl Scene<'_> {
    /// The runs to draw: when the fitted law is shown with these runs' coefficients.
    pub fn shown_runs(&self) -> Option<&RunsOverlay> {
        let o = self.runs?;
        let shown = self.laws.iter().any(|l| l.id() == LawId::Fit);
        (shown && self.state.fit == Some(o.coefficients) && !o.runs.is_empty()).then_some(o)
    }

    /// Adds the runs inside the box as dots (before `markers`, so every other marker is drawn
    /// over them) and, on plot N, the groups' parabolas; returns the legend row, if any.
    pub(super) fn add_runs(
        &self,
        profile: Profile,
        (x_lo, x_hi, y_lo, y_hi): (f64, f64, f64, f64),
        series: &mut Vec<Series>,
        markers: &mut Vec<Marker>,
    ) -> Option<LegendEntry> {
        let o = self.shown_runs()?;
        let dots: Vec<Marker> = o
            .runs
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let x = match profile {
                    Profile::Params => r.n,
                    Profile::Tokens => r.d,
                };
                in_box(x, r.loss, x_lo, x_hi, y_lo, y_hi).then(|| Marker {
                    at: (x, r.loss),
                    what: MarkerKind::Run(i as u32),
                    shape: MarkerShape::Dot,
                    color: o.color(r.loss, &self.theme),
                    label: None,
                    fixed: true,
                })
            })
            .collect();
        markers.splice(0..0, dots);
        let (color, _) = law_style(LawId::Fit, &self.theme);
        if profile == Profile::Params {
            for g in &o.groups {
                let (a, b) = (g.n_range.0.max(x_lo), g.n_range.1.min(x_hi));
                if a.partial_cmp(&b) != Some(std::cmp::Ordering::Less) {
                    continue;
                }
                let points = log_space(a, b, PARABOLA_POINTS).map(|n| (n, g.loss_at(n)));
                for run in clip_runs(points, y_lo, y_hi) {
                    series.push(Series {
                        name: format!("fit parabola C={:e}", g.compute),
                        points: run,
                        color,
                        dash: Dash::Solid,
                        width: PARABOLA.0,
                        opacity: PARABOLA.1,
                        fixed: true,
                    });
                }
            }
        }
        // The legend's line: the parabolas' colour on plot N, the map's middle on plot D.
        let (label, short, line) = match profile {
            Profile::Params => (Key::FitRunsParabolas, Key::FitRunsShort, color),
            Profile::Tokens => (Key::FitRunsDots, Key::FitRunsShort, viridis(0.5)),
        };
        Some(self.legend_row(label, short, (line, Dash::Solid, 2.0, 1.0)))
    }
}
