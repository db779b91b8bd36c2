//! What the hover read-out says: at the pointer's x, the value of every shown law's curve —
//! computed from the laws, not read off the pixels or the pointer's height — and what the
//! marker under the pointer is.

use super::chart::MarkerKind;
use super::scenes::Scene;
use super::style::Rgb;
use crate::famous_models::famous_model;
use crate::i18n::Key;
use crate::laws::units::tokens_for_budget;
use crate::numbers::compact;
use crate::numbers::{format_accuracy, format_loss, format_loss_gap, format_percent, format_ratio, format_sci};
use crate::state::view::PlotKind;

/// One line of the read-out, with the colour of the law it is about (a key swatch).
#[derive(Clone, Debug, PartialEq)]
pub struct HoverLine {
    pub color: Option<Rgb>,
    pub text: String,
}

impl Scene<'_> {
    /// The read-out at the pointer (`x`, `y` in data units) on plot `kind`: on plot Curves the
    /// run nearest the pointer's height ([`Scene::curves_hover`]), elsewhere [`Scene::hover`].
    pub fn hover_at(&self, kind: PlotKind, (x, y): (f64, f64), marker: Option<MarkerKind>) -> Vec<HoverLine> {
        if kind == PlotKind::Curves {
            self.curves_hover(x, y, marker)
        } else if kind == PlotKind::Nd {
            self.landscape_hover(x, y, marker)
        } else {
            self.hover(kind, x, marker)
        }
    }

    /// Plot Curves at compute `c` and loss `y`: of the drawn sizes (and the budget's N*), the run
    /// whose final loss at `c` is nearest `y` on the log axis, with N, D = C/6N, C, its loss and
    /// how far it still is above its converged loss L(N, ∞); then the envelope there.
    pub fn curves_hover(&self, c: f64, y: f64, marker: Option<MarkerKind>) -> Vec<HoverLine> {
        use crate::laws::learning_curves::{size_of_half_decade, CURVE_HALF_DECADES};
        let lang = self.lang;
        let count = |v: f64| compact(lang, v);
        let law = self.laws[0];
        let sizes = CURVE_HALF_DECADES.map(size_of_half_decade).chain([law.optimal_n(self.state.compute)]);
        let distance = |n: f64| (law.iso_flop_loss(c, n).ln() - y.ln()).abs();
        let n = sizes.fold(f64::NAN, |best, n| if best.is_nan() || distance(n) < distance(best) { n } else { best });
        let d = tokens_for_budget(c, n);
        let mut lines = vec![HoverLine { color: None, text: lang.fill(Key::HoverCurves, &[("c", &format_sci(c))]) }];
        let run = lang.fill(
            Key::HoverCurvesRun,
            &[
                ("n", &count(n)),
                ("d", &count(d)),
                ("l", &format_loss(law.loss(n, d))),
                ("gap", &format_loss_gap(law.gap_to_convergence(n, d))),
                ("linf", &format_loss(law.converged_loss(n))),
            ],
        );
        let name = lang.text(Key::LawName(law.id()));
        lines.push(HoverLine { color: Some(self.color(0)), text: format!("{name}: {run}") });
        let envelope = lang
            .fill(Key::HoverEnvelope, &[("l", &format_loss(law.envelope_loss(c))), ("n", &count(law.envelope_n(c)))]);
        lines.push(HoverLine { color: None, text: envelope });
        if let Some(what) = marker {
            lines.push(HoverLine { color: None, text: self.marker_text(what) });
        }
        lines
    }

    /// Plot ND at (`n`, `d`): N, D, tokens per parameter and C = 6ND, then each shown law's
    /// L(N, D) there (laws with a loss), then the marker under the pointer.
    pub fn landscape_hover(&self, n: f64, d: f64, marker: Option<MarkerKind>) -> Vec<HoverLine> {
        let lang = self.lang;
        let heading = lang.fill(
            Key::HoverNd,
            &[
                ("n", &compact(lang, n)),
                ("d", &compact(lang, d)),
                ("r", &format_ratio(d / n)),
                ("c", &format_sci(crate::laws::units::training_flops(n, d))),
            ],
        );
        let mut lines = vec![HoverLine { color: None, text: heading }];
        for (i, law) in self.laws.iter().enumerate().filter(|(_, l)| l.has_loss()) {
            let name = lang.text(Key::LawName(law.id()));
            let value = lang.fill(Key::HoverNdLoss, &[("l", &format_loss(law.loss(n, d)))]);
            lines.push(HoverLine { color: Some(self.color(i)), text: format!("{name}: {value}") });
        }
        if let Some(what) = marker {
            lines.push(HoverLine { color: None, text: self.marker_text(what) });
        }
        lines
    }

    /// The read-out at data x = `x` on plot `kind`: a heading naming x, one line per shown
    /// law with its curve's value there, then the marker under the pointer if any.
    pub fn hover(&self, kind: PlotKind, x: f64, marker: Option<MarkerKind>) -> Vec<HoverLine> {
        let lang = self.lang;
        let c = self.state.compute;
        let count = |v: f64| compact(lang, v);
        let heading = match kind {
            PlotKind::N => lang
                .fill(Key::HoverN, &[("n", &count(x)), ("d", &count(tokens_for_budget(c, x))), ("c", &format_sci(c))]),
            PlotKind::D => lang
                .fill(Key::HoverD, &[("d", &count(x)), ("n", &count(tokens_for_budget(c, x))), ("c", &format_sci(c))]),
            PlotKind::C => lang.fill(Key::HoverC, &[("c", &format_sci(x))]),
            PlotKind::Split => lang.fill(Key::HoverSplit, &[("c", &format_sci(x))]),
            // Plot ND needs the pointer's height: [`Scene::hover_at`].
            PlotKind::Nd => return self.landscape_hover(x, self.laws[0].optimal_tokens_for_params(x), marker),
            // Only the pointer's x: the run that touches the envelope there.
            PlotKind::Curves => return self.curves_hover(x, self.laws[0].envelope_loss(x), marker),
            PlotKind::Overhead => lang.fill(Key::HoverOverhead, &[("k", &format_ratio(x))]),
            PlotKind::Emergence => lang.fill(
                Key::HoverEmergence,
                &[("n", &count(x)), ("d", &count(self.laws[0].optimal_tokens_for_params(x)))],
            ),
        };
        let path = self.laws[0];
        let k = self.state.answer_tokens;
        let mut lines = vec![HoverLine { color: None, text: heading }];
        for (i, law) in self.laws.iter().enumerate() {
            // A law without a loss (DeepSeek) is on the split plot only.
            if !law.has_loss() && !matches!(kind, PlotKind::Split | PlotKind::Overhead) {
                continue;
            }
            let value = match kind {
                PlotKind::N => format_loss(law.iso_flop_loss(c, x)),
                PlotKind::D => format_loss(law.iso_flop_loss(c, tokens_for_budget(c, x))),
                PlotKind::C => format_loss(law.optimum(x).loss),
                PlotKind::Split => {
                    let o = law.optimum(x);
                    format!("N* {} · D* {}", count(o.n), count(o.d))
                }
                PlotKind::Curves | PlotKind::Nd => String::new(),
                PlotKind::Overhead => match law.parametric() {
                    Some(s) => match s.overhead(x) {
                        Some(o) => lang.fill(Key::HoverOverheadLaw, &[("o", &format_percent(o))]),
                        None => lang.text(Key::UnreachableShort).to_string(),
                    },
                    None => lang.text(Key::NoSurface).to_string(),
                },
                PlotKind::Emergence => match law.accuracy(x, path.optimal_tokens_for_params(x), k) {
                    Some(a) => lang.fill(
                        Key::HoverEmergenceLaw,
                        &[
                            ("p", &format_accuracy(a.token)),
                            ("e", &format_accuracy(a.exact_match)),
                            ("k", &k.to_string()),
                        ],
                    ),
                    None => lang.text(Key::NoReducibleLoss).to_string(),
                },
            };
            let name = lang.text(Key::LawName(law.id()));
            lines.push(HoverLine { color: Some(self.color(i)), text: format!("{name}: {value}") });
        }
        if let Some(what) = marker {
            lines.push(HoverLine { color: None, text: self.marker_text(what) });
        }
        lines
    }

    /// What a marker stands for, with its numbers.
    pub fn marker_text(&self, what: MarkerKind) -> String {
        let lang = self.lang;
        let count = |v: f64| compact(lang, v);
        match what {
            MarkerKind::Famous(id) => match famous_model(id) {
                Some(m) => lang.fill(
                    Key::HoverFamous,
                    &[("name", m.name), ("n", &count(m.n)), ("d", &count(m.d)), ("c", &format_sci(m.compute()))],
                ),
                None => String::new(),
            },
            MarkerKind::User { .. } => {
                let s = self.state;
                lang.fill(
                    Key::HoverUser,
                    &[("n", &count(s.n)), ("d", &count(s.d)), ("c", &format_sci(s.user_compute()))],
                )
            }
            MarkerKind::Inference { law } => match self.beyond().get(law).and_then(|b| b.inference) {
                Some(i) => lang.fill(
                    Key::HoverInference,
                    &[
                        ("law", lang.text(Key::LawName(law))),
                        ("n", &count(i.n)),
                        ("d", &count(i.d)),
                        ("s", &format_percent(i.saving)),
                    ],
                ),
                None => String::new(),
            },
            MarkerKind::DataLimited { law, .. } => match self.beyond().get(law).and_then(|b| b.limited) {
                Some(o) => lang.fill(
                    Key::HoverDataLimited,
                    &[
                        ("law", lang.text(Key::LawName(law))),
                        ("n", &count(o.n)),
                        ("d", &count(o.d)),
                        ("ep", &format_ratio(o.epochs)),
                    ],
                ),
                None => String::new(),
            },
            MarkerKind::Run(i) => match self.shown_runs().and_then(|o| o.runs.get(i as usize)) {
                Some(r) => {
                    lang.fill(Key::HoverRun, &[("n", &count(r.n)), ("d", &count(r.d)), ("l", &format_loss(r.loss))])
                }
                None => String::new(),
            },
            MarkerKind::Tangency { half_decade } => {
                let law = self.laws[0];
                let n = crate::laws::learning_curves::size_of_half_decade(half_decade);
                let c = law.tangency_budget(n);
                let d = tokens_for_budget(c, n);
                lang.fill(
                    Key::HoverTangency,
                    &[
                        ("n", &count(n)),
                        ("c", &format_sci(c)),
                        ("d", &count(d)),
                        ("l", &format_loss(law.loss(n, d))),
                        ("gap", &format_loss_gap(law.gap_to_convergence(n, d))),
                    ],
                )
            }
            MarkerKind::Optimum { law, .. } => {
                let Some(l) = self.laws.iter().find(|l| l.id() == law) else {
                    return String::new();
                };
                let o = l.optimum(self.state.compute);
                let mut text = lang.fill(
                    Key::HoverOptimum,
                    &[("law", lang.text(Key::LawName(law))), ("n", &count(o.n)), ("d", &count(o.d))],
                );
                if l.has_loss() && !l.optimum_minimises_surface() {
                    text.push(' ');
                    text.push_str(lang.text(Key::SeparateFitMarker));
                }
                text
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::laws::{Law, LawId};
    use crate::plots::Theme;
    use crate::state::AppState;

    /// The values come from the laws at the pointer's x, whatever the pointer's height: on
    /// plot C at 3.44e23 the Approach-3 frontier is ~1.95, not the 4.015 of the pointer.
    #[test]
    fn each_law_reads_its_own_curve_at_the_pointer() {
        let mut state = AppState::default();
        state.toggle_compare(LawId::Kaplan2020);
        let scene = Scene::new(&state, Lang::En, Theme::LIGHT);
        let lines = scene.hover(PlotKind::C, 3.44e23, None);
        let a3 = Law::builtin(LawId::Chinchilla2022).optimum(3.44e23).loss;
        assert!((1.9..2.0).contains(&a3), "{a3}");
        assert_eq!(lines[0].text, "C = 3.44×10²³ FLOPs: compute-optimal loss");
        assert_eq!(lines[1].text, format!("Chinchilla 2022 (Approach 3): {}", format_loss(a3)));
        assert!(lines[2].text.starts_with("Kaplan et al. 2020: "), "{:?}", lines[2]);
        assert_ne!(lines[1].color, lines[2].color);

        let on_n = scene.hover(PlotKind::N, 12.5e9, None);
        assert!(on_n[0].text.starts_with("N = 12.5B"), "{:?}", on_n[0]);
        let want = Law::builtin(LawId::Chinchilla2022).iso_flop_loss(state.compute, 12.5e9);
        assert!(on_n[1].text.ends_with(&format_loss(want)), "{:?}", on_n[1]);
        let ko = Scene::new(&state, Lang::Ko, Theme::LIGHT).hover(PlotKind::N, 12.5e9, None);
        assert!(ko[0].text.starts_with("N = 125억"), "{:?}", ko[0]);
    }

    #[test]
    fn markers_are_named() {
        let state = AppState::default();
        let scene = Scene::new(&state, Lang::En, Theme::LIGHT);
        let gpt3 = scene.marker_text(MarkerKind::Famous("gpt3"));
        assert!(gpt3.starts_with("GPT-3: 175B parameters, 300B tokens"), "{gpt3}");
        let mut kaplan = state.clone();
        kaplan.law = LawId::Kaplan2020;
        let k = Scene::new(&kaplan, Lang::En, Theme::LIGHT);
        let note = k.marker_text(MarkerKind::Optimum { law: LawId::Kaplan2020, d: false });
        assert!(note.contains(Lang::En.text(Key::SeparateFitMarker)), "{note}");
        let a3 = scene.marker_text(MarkerKind::Optimum { law: LawId::Chinchilla2022, d: false });
        assert!(!a3.contains(Lang::En.text(Key::SeparateFitMarker)), "{a3}");
    }
}
