//! Plot Overhead: the extra training compute of a model `k_N` times the compute-optimal size
//! for the same loss (de Vries 2023, "Go smol or go home"), one curve per shown parametric law;
//! your model, the famous models (each placed by its own N and D) and the inference-aware
//! optimum on the primary law's curve; the sizes no amount of data brings to the loss shaded.
//! The curves do not depend on the budget (static layer); only the inference marker moves.

use super::*;

/// x: size fraction k_N; y: overhead in percent (log axes).
pub(super) const K_RANGE: (f64, f64) = (0.05, 20.0);
pub(super) const PERCENT_RANGE: (f64, f64) = (0.1, 1000.0);

impl Scene<'_> {
    pub(super) fn overhead_chart(&self) -> Chart {
        let (x_lo, x_hi) = K_RANGE;
        let (y_lo, y_hi) = PERCENT_RANGE;
        let mut series = Vec::new();
        for (i, law) in self.laws.iter().enumerate() {
            let Some(s) = law.parametric() else { continue };
            let from = x_lo.max(s.overhead_asymptote() * (1.0 + 1e-9));
            let points = log_space(from, x_hi, POINTS).map(|k| (k, s.overhead(k).map_or(f64::NAN, |o| 100.0 * o)));
            for run in clip_runs(points, y_lo, y_hi) {
                series.push(Series {
                    name: format!("{} over-training overhead %", law.id()),
                    points: run,
                    color: self.color(i),
                    dash: self.dash(i),
                    width: MAIN_WIDTH,
                    opacity: 1.0,
                    fixed: true,
                });
            }
        }
        // Markers on the first shown parametric law's curve.
        let mut markers = Vec::new();
        let first = self.laws.iter().enumerate().find_map(|(i, l)| l.parametric().map(|s| (i, l, s)));
        let unreachable =
            first.map_or(Span::new(0.0, f64::INFINITY), |(_, _, s)| Span::new(s.overhead_asymptote(), f64::INFINITY));
        if let Some((i, law, s)) = first {
            let at = |n, d| s.overhead_of(n, d).map(|p| (p.k_n, 100.0 * p.overhead));
            markers = self.model_markers(at, (x_lo, x_hi, y_lo, y_hi));
            // The inference-aware optimum moves with the budget: not fixed.
            let inference = self.beyond().get(law.id()).and_then(|b| b.inference);
            if let Some(p) = inference.and_then(|inf| s.overhead_of(inf.n, inf.d)) {
                let at = (p.k_n, 100.0 * p.overhead);
                if in_box(at.0, at.1, x_lo, x_hi, y_lo, y_hi) {
                    markers.push(Marker {
                        at,
                        what: MarkerKind::Inference { law: law.id() },
                        shape: MarkerShape::Triangle,
                        color: self.color(i),
                        label: Some(self.lang.text(Key::InferenceMarker).to_string()),
                        fixed: false,
                    });
                }
            }
        }
        let optimal =
            VLine { x: 1.0, label: Some(format!(" {}", self.lang.text(Key::SectionComputeOptimal))), note: true };
        self.assemble(Parts {
            title: Key::PlotOverhead,
            x: (x_lo, x_hi, AxisKind::Decades, Key::AxisSizeFraction),
            y: (y_lo, y_hi, AxisKind::Decades, Key::AxisOverhead),
            fit: unreachable,
            band_text: Some((Key::Unreachable, Key::UnreachableShort)),
            drawn_laws: Some((0..self.laws.len()).filter(|&i| self.laws[i].parametric().is_some()).collect()),
            series,
            vlines: vec![optimal],
            markers,
            legend: Vec::new(),
        })
    }
}
