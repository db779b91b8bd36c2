//! Plots N and D: loss along the iso-FLOP line at the budget (and a decade either side for the
//! primary law), against model size or tokens (Hoffmann et al. 2022, Fig. 3).

use super::*;

impl Scene<'_> {
    pub(super) fn iso_flop_chart(&self, profile: Profile) -> Chart {
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
        for (i, law) in self.laws.iter().enumerate().filter(|(_, l)| l.has_loss()) {
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
        for (i, law) in self.laws.iter().enumerate().filter(|(_, l)| l.has_loss()) {
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
        // Beyond compute-optimal: on N the cheapest model over training + inference (same loss
        // as the optimum, more tokens); on D the unique data and the optimum under that limit.
        let beyond = self.beyond();
        for (i, (law, b)) in self.laws.iter().zip(&beyond.laws).enumerate() {
            let primary = i == 0;
            let at = match profile {
                Profile::Params => b.inference.map(|inf| {
                    (inf.n, law.optimum(c).loss, MarkerKind::Inference { law: law.id() }, Key::InferenceMarker)
                }),
                Profile::Tokens => b.limited.map(|dl| {
                    (dl.d, dl.loss, MarkerKind::DataLimited { law: law.id(), d: true }, Key::DataLimitedMarker)
                }),
            };
            if let Some((x, y, what, label)) = at {
                if in_box(x, y, x_lo, x_hi, y_lo, y_hi) {
                    let label = primary.then(|| self.lang.text(label).to_string());
                    markers.push(Marker {
                        at: (x, y),
                        what,
                        shape: MarkerShape::Triangle,
                        color: self.color(i),
                        label,
                        fixed: false,
                    });
                }
            }
        }
        let mut vlines = self.notes(profile, x_lo, x_hi);
        if let (Profile::Tokens, Some(u)) = (profile, self.state.unique) {
            if u > x_lo && u < x_hi {
                vlines.push(VLine { x: u, label: Some(format!(" {}", self.lang.text(Key::UniqueData))), note: true });
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
        let runs_legend = self.add_runs(profile, (x_lo, x_hi, y_lo, y_hi), &mut series, &mut markers);
        let fit = self.primary().fit_range();
        let fit_span = match profile {
            Profile::Params => fit.n,
            Profile::Tokens => fit.d,
        };
        let (title, axis) = match profile {
            Profile::Params => (Key::PlotN, Key::AxisParams),
            Profile::Tokens => (Key::PlotD, Key::AxisTokens),
        };
        // The faint curves: the primary law at a tenth and ten times the budget.
        let side = (self.color(0), self.dash(0), SIDE_WIDTH, SIDE_OPACITY);
        let mut legend = vec![self.legend_row(Key::SideBudgets, Key::SideBudgetsShort, side)];
        legend.extend(self.asymptote_legend(&asymptotes));
        legend.extend(runs_legend);
        self.assemble(Parts {
            title,
            x: (x_lo, x_hi, AxisKind::Decades, axis),
            y: (y_lo, y_hi, AxisKind::Loss, Key::AxisLoss),
            band_text: None,
            drawn_laws: self.laws_with_loss(),
            fit: fit_span,
            series,
            vlines,
            markers,
            legend,
        })
    }
}
