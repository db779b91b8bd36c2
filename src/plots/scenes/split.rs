//! Plot Split: N*(C) and D*(C) of each law, read at the budget, with your model.

use super::*;

impl Scene<'_> {
    pub(super) fn split_chart(&self) -> Chart {
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
        // The unique-data limit and, next to each optimum, the optimum under it.
        let unique = self.unique_line(x_lo, x_hi).filter(|(s, _)| s.points[0].1 > y_lo && s.points[0].1 < y_hi);
        let beyond = self.beyond();
        for (i, b) in beyond.laws.iter().enumerate() {
            let Some(dl) = b.limited else { continue };
            for (y, d) in [(dl.n, false), (dl.d, true)] {
                if in_box(self.state.compute, y, x_lo, x_hi, y_lo, y_hi) {
                    markers.push(Marker {
                        at: (self.state.compute, y),
                        what: MarkerKind::DataLimited { law: b.id, d },
                        shape: MarkerShape::Triangle,
                        color: self.color(i),
                        label: None,
                        fixed: false,
                    });
                }
            }
        }
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
                    // Dynamic: a drag on the loss landscape moves it, and the static layer stays cached.
                    fixed: false,
                });
            }
        }
        // Which line is which: N* thick, D* thin (in each law's colour).
        let fg = self.theme.foreground;
        let mut legend = vec![
            self.legend_row(Key::LegendNStar, Key::LegendNStarShort, (fg, Dash::Solid, MAIN_WIDTH, 1.0)),
            self.legend_row(Key::LegendDStar, Key::LegendDStarShort, (fg, Dash::Solid, D_WIDTH, D_OPACITY)),
        ];
        if let Some((line, row)) = unique {
            series.push(line);
            legend.push(row);
        }
        self.assemble(Parts {
            title: Key::PlotSplit,
            x: (x_lo, x_hi, AxisKind::Decades, Key::AxisCompute),
            y: (y_lo, y_hi, AxisKind::Decades, Key::AxisCount),
            band_text: None,
            drawn_laws: None,
            fit: self.primary().fit_range().c,
            series,
            vlines: vec![self.budget_line()],
            markers,
            legend,
        })
    }
}
