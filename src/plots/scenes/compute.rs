//! Plot C: each law's loss along its compute-optimal frontier, the budget, famous models.

use super::*;

impl Scene<'_> {
    pub(super) fn frontier_chart(&self) -> Chart {
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
        // A law without a loss (DeepSeek) has an empty curve here: nothing is drawn for it.
        for (i, curve) in curves.into_iter().enumerate().filter(|(_, c)| !c.is_empty()) {
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
        for (i, law) in self.laws.iter().enumerate().filter(|(_, l)| l.has_loss()) {
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
                // Dynamic: a drag on the loss landscape moves it, and the static layer stays cached.
                fixed: false,
            });
        }
        self.assemble(Parts {
            title: Key::PlotC,
            x: (x_lo, x_hi, AxisKind::Decades, Key::AxisCompute),
            y: (y_lo, y_hi, AxisKind::Loss, Key::AxisLoss),
            band_text: None,
            drawn_laws: self.laws_with_loss(),
            fit: primary.fit_range().c,
            series,
            vlines: vec![self.budget_line()],
            markers,
            legend: self.asymptote_legend(&asymptotes).into_iter().collect(),
        })
    }
}
