//! Plot Emergence: Schaeffer, Miranda, Koyejo 2023's illustrative model (arXiv 2304.15004) on
//! the laws' loss. x = parameters N along the primary law's compute-optimal path D = D*(N);
//! y = accuracy, linear 0…1 (how benchmark plots show it) or logarithmic (URL `acc=log`), where
//! exact match p^k = e^(−k·(L−E)) is as smooth as the loss. For the first shown law with an
//! irreducible loss E: token accuracy p (= exact match for k = 1 = partial credit), exact match
//! for k = 5, 10, 30 and the user's k (thick); every other shown law with another surface, the
//! user's k in its colour. Famous models and your model sit at their own (N, D); the course's "~6.7B" note.
//! The curves depend on the law set, k and the axis only, never on the budget: static layer.

use super::*;
use crate::laws::emergence::exact_match_of_loss;
use crate::state::view::AccuracyAxis;

/// x: parameters, the 10⁷…10¹³.
pub const N_RANGE: (f64, f64) = (1e7, 1e13);
/// The log accuracy axis starts here (one in a hundred million: a 10-token exact match of a
/// 10⁸-parameter compute-optimal model is ~4e-8 under Chinchilla's law).
pub const LOG_FLOOR: f64 = 1e-8;
/// The fixed answer lengths drawn beside the user's (Schaeffer et al.'s contrast); k = 1 is
/// token accuracy itself.
pub const FIXED_K: [u32; 4] = [1, 5, 10, 30];

/// The part of `state` the emergence plot reads: everything but the budget, `inf` and `u`
/// (set to fixed values). A memo of it changes only when the plot would, so a budget step does
/// not even recompute the chart.
pub fn emergence_inputs(state: &AppState) -> AppState {
    AppState { compute: crate::state::bounds::COMPUTE_SLIDER.0, inference: None, unique: None, ..state.clone() }
}

/// Each fixed k's dash (k = 1, token accuracy, dotted).
fn dash_for(k: u32) -> Dash {
    match k {
        1 => Dash::Dotted,
        5 => Dash::DashDotDot,
        10 => Dash::DashDot,
        _ => Dash::ShortDash,
    }
}

impl Scene<'_> {
    pub(super) fn emergence_chart(&self) -> Chart {
        let log = self.state.view.accuracy_axis == AccuracyAxis::Log;
        let (x_lo, x_hi) = N_RANGE;
        let (y_lo, y_hi, y_kind) = if log { (LOG_FLOOR, 1.0, AxisKind::Decades) } else { (0.0, 1.0, AxisKind::Linear) };
        let path = *self.primary();
        let k_user = self.state.answer_tokens;
        // Reducible loss of law `law` along the primary law's compute-optimal path.
        let grid: Vec<f64> = log_space(x_lo, x_hi, POINTS).collect();
        let curve = |law: &Law, k: u32| -> Vec<(f64, f64)> {
            grid.iter()
                .map(|&n| {
                    let red = law.reducible_loss(n, path.optimal_tokens_for_params(n)).unwrap_or(f64::NAN);
                    (n, if red.is_nan() { f64::NAN } else { exact_match_of_loss(red, k) })
                })
                .collect()
        };
        let mut series = Vec::new();
        let mut legend = Vec::new();
        let first = self.laws.iter().position(|l| l.surface().is_some());
        let l = self.lang;
        let push = |series: &mut Vec<Series>, name: String, pts: Vec<(f64, f64)>, color, dash, width| {
            // Linear: every finite point is in 0…1 (an underflow to 0 stays on the axis); log:
            // cut where the curve leaves the floor.
            let runs = if log {
                clip_runs(pts.into_iter(), y_lo, y_hi)
            } else {
                vec![pts.into_iter().filter(|p| p.1.is_finite()).collect()]
            };
            for run in runs.into_iter().filter(|r| r.len() > 1) {
                series.push(Series { name: name.clone(), points: run, color, dash, width, opacity: 1.0, fixed: true });
            }
        };
        if let Some(i) = first {
            let law = self.laws[i];
            let color = self.color(i);
            for k in FIXED_K.into_iter().filter(|k| *k != k_user) {
                let name = format!("{} exact match k={k}", law.id());
                push(&mut series, name, curve(&law, k), color, dash_for(k), SIDE_WIDTH);
                let text = if k == 1 {
                    (l.text(Key::LegendTokenAccuracy).to_string(), l.text(Key::LegendTokenAccuracyShort).to_string())
                } else {
                    (l.fill(Key::LegendExactMatch, &[("k", &k.to_string())]), format!("k={k}"))
                };
                legend.push(LegendEntry {
                    label: text.0,
                    short: text.1,
                    color,
                    dash: dash_for(k),
                    width: SIDE_WIDTH,
                    opacity: 1.0,
                });
            }
        }
        // The user's k: thick, in each law's own colour and dash; once per surface (Approaches 1
        // and 2 read Approach 3's surface: on the same path their curve is the same one, which
        // would hide it).
        let mut drawn = Vec::new();
        let mut drawn_laws = Vec::new();
        for (i, law) in self.laws.iter().enumerate() {
            let Some(surface) = law.surface() else { continue };
            if drawn.contains(&surface) {
                continue;
            }
            drawn.push(surface);
            drawn_laws.push(i);
            let name = format!("{} exact match k={k_user}", law.id());
            push(&mut series, name, curve(law, k_user), self.color(i), self.dash(i), MAIN_WIDTH);
        }
        if first.is_some() {
            legend.push(LegendEntry {
                label: l.fill(Key::LegendYourK, &[("k", &k_user.to_string())]),
                short: format!("k={k_user}"),
                color: self.theme.foreground,
                dash: Dash::Solid,
                width: MAIN_WIDTH,
                opacity: 1.0,
            });
        }
        // Markers on the first law's user-k curve, each at its own (N, D).
        let markers = first.map_or_else(Vec::new, |i| {
            let law = self.laws[i];
            self.model_markers(|n, d| law.accuracy(n, d, k_user).map(|a| (n, a.exact_match)), (x_lo, x_hi, y_lo, y_hi))
        });
        let note = l.fill(Key::NoteEmergent, &[("n", &plain(l, COURSE_EMERGENT_PARAMS))]);
        let vlines = vec![VLine { x: COURSE_EMERGENT_PARAMS, label: Some(format!(" {note}")), note: true }];
        let fit = first.map_or(Span::new(0.0, f64::INFINITY), |i| self.laws[i].fit_range().n);
        self.assemble(Parts {
            drawn_laws: Some(drawn_laws),
            title: Key::PlotEmergence,
            x: (x_lo, x_hi, AxisKind::Decades, Key::AxisParamsOnPath),
            y: (y_lo, y_hi, y_kind, Key::AxisAccuracy),
            fit,
            band_text: None,
            series,
            vlines,
            markers,
            legend,
        })
    }
}
