//! The plots layer natively: every chart of every law is finite and inside its axes at the
//! extremes of every control, and the same drawing code writes valid SVG with the curves.
#![cfg(not(target_arch = "wasm32"))]

use scaling_viz::i18n::Lang;
use scaling_viz::laws::{Coefficients, LawId};
use scaling_viz::plots::{render_svg, AxisKind, Look, PlotKind, Scene, Theme};
use scaling_viz::state::bounds::{COMPUTE_TYPED, PARAMS, TOKENS};
use scaling_viz::state::view::AccuracyAxis;
use scaling_viz::state::AppState;

fn all_laws_state() -> AppState {
    AppState { compare: LawId::ALL.to_vec(), ..AppState::default() }
}

#[test]
fn every_chart_is_finite_and_inside_its_axes_at_the_extremes() {
    let mut extreme_custom = Coefficients::CHINCHILLA;
    extreme_custom.alpha = 2.0;
    extreme_custom.beta = 0.05;
    extreme_custom.a = 1e6;
    for compute in [COMPUTE_TYPED.0, 1e17, 5.76e23, 1e28, COMPUTE_TYPED.1] {
        for (n, d) in [(PARAMS.0, TOKENS.0), (PARAMS.1, TOKENS.1), (PARAMS.0, TOKENS.1), (70e9, 1.4e12)] {
            for custom in [Coefficients::CHINCHILLA, extreme_custom] {
                for primary in LawId::ALL {
                    let mut state = AppState { compute, n, d, custom, ..all_laws_state() };
                    state.set_primary(primary);
                    let scene = Scene::new(&state, Lang::En, Theme::LIGHT);
                    for kind in PlotKind::ALL {
                        let chart = scene.chart(kind);
                        let ctx = format!("{kind:?} {primary:?} C={compute:e} N={n:e} D={d:e}");
                        for axis in [&chart.x, &chart.y] {
                            // Log axes start above 0; a linear one (accuracy) may start at 0.
                            let lo_ok = axis.lo > 0.0 || (axis.kind == AxisKind::Linear && axis.lo == 0.0);
                            assert!(
                                axis.lo.is_finite() && axis.hi.is_finite() && lo_ok && axis.hi > axis.lo,
                                "{ctx}: axis {axis:?}"
                            );
                        }
                        assert!(!chart.series.is_empty(), "{ctx}: no curves");
                        for s in &chart.series {
                            for &(x, y) in &s.points {
                                assert!(x.is_finite() && y.is_finite(), "{ctx}: non-finite point");
                                assert!(x >= chart.x.lo * 0.999 && x <= chart.x.hi * 1.001, "{ctx}: x {x:e} outside");
                                assert!(
                                    y >= chart.y.lo * 0.999 && y <= chart.y.hi * 1.001,
                                    "{ctx}: y {y:e} outside {:?}",
                                    chart.y
                                );
                            }
                        }
                        for m in &chart.markers {
                            assert!(m.at.0.is_finite() && m.at.1.is_finite(), "{ctx}: marker");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn iso_flop_plot_marks_each_optimum_on_its_curve() {
    let state = AppState::default();
    let scene = Scene::new(&state, Lang::En, Theme::LIGHT);
    let chart = scene.chart(PlotKind::N);
    // Three budgets (C/10, C, 10C) for one law: three optimum markers, and the one at the
    // budget sits at the law's N*.
    let law = state.law_for(state.law);
    let n_star = law.optimum(state.compute).n;
    assert!(chart.markers.iter().any(|m| (m.at.0 - n_star).abs() / n_star < 1e-12), "{:?}", chart.markers);
    // The optimum is the lowest point of its profile.
    let y_star = law.iso_flop_loss(state.compute, n_star);
    for f in [0.5, 0.9, 1.1, 2.0] {
        assert!(law.iso_flop_loss(state.compute, n_star * f) > y_star);
    }
}

#[test]
fn svg_export_is_valid_and_contains_the_curves_and_decade_labels() {
    let state = AppState { compare: vec![LawId::Kaplan2020, LawId::Epoch2024], ..AppState::default() };
    let scene = Scene::new(&state, Lang::En, Theme::LIGHT);
    for kind in PlotKind::ALL {
        let svg = render_svg(&scene.chart(kind), &Look::default(), 800, 600);
        let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{kind:?}: invalid SVG: {e}"));
        let lines = doc.descendants().filter(|n| n.has_tag_name("polyline") || n.has_tag_name("path")).count();
        assert!(lines >= 3, "{kind:?}: {lines} lines");
        let texts: Vec<&str> =
            doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).map(str::trim).collect();
        assert!(
            texts.iter().any(|t| t.starts_with("10") && t.chars().any(|c| "⁰¹²³⁴⁵⁶⁷⁸⁹".contains(c))),
            "{kind:?}: no 10ᵏ label in {texts:?}"
        );
        assert!(
            texts.iter().all(|t| !t.contains("NaN") && !t.contains("inf") && !t.contains("0000")),
            "{kind:?}: {texts:?}"
        );
        // The overhead plot draws (and lists) only the laws with a parametric surface, the
        // emergence plot only those with an irreducible loss E (not Kaplan's).
        // The learning curves draw the primary law only, its legend row naming its runs.
        let drawn = |id: LawId| match kind {
            PlotKind::Overhead => state.law_for(id).parametric().is_some(),
            PlotKind::Emergence => state.law_for(id).surface().is_some(),
            PlotKind::Curves => id == state.law,
            _ => true,
        };
        if kind == PlotKind::Nd {
            // The contour levels are written on the colour bar.
            let land = scaling_viz::plots::scenes::Landscape::of(&state);
            for level in &land.levels {
                let label = scaling_viz::plots::scenes::level_label(*level);
                assert!(texts.contains(&label.as_str()), "Nd: level {label} not written in {texts:?}");
            }
        }
        if kind == PlotKind::Curves {
            assert!(texts.iter().any(|t| t.starts_with("Chinchilla 2022 (Approach 3): N = 10⁷")), "{texts:?}");
            assert!(!texts.iter().any(|t| t.contains("Kaplan") || t.contains("Epoch")), "{texts:?}");
        } else {
            assert_eq!(texts.contains(&"Kaplan et al. 2020"), drawn(LawId::Kaplan2020), "{kind:?}: legend");
            assert!(texts.contains(&"Epoch AI 2024 refit"), "{kind:?}: legend");
        }
        // The shown laws' colours are all used (the drawn ones, on the overhead plot).
        for id in state.shown_laws().into_iter().filter(|id| drawn(*id)) {
            let colour = scaling_viz::plots::style::law_style(id, &Theme::LIGHT).0;
            assert!(svg.contains(&colour.css().to_uppercase()), "{kind:?}: colour of {id:?} missing");
        }
    }
}

#[test]
fn dark_theme_changes_the_background() {
    let state = AppState::default();
    let chart = Scene::new(&state, Lang::En, Theme::DARK).chart(PlotKind::C);
    let light = render_svg(&chart, &Look::default(), 400, 300);
    let dark = render_svg(&chart, &Look { theme: Theme::DARK, scale: 1.0 }, 400, 300);
    assert_ne!(light, dark);
    assert!(dark.to_uppercase().contains("#16181E"));
}

/// The browser paints a cached static layer and a dynamic layer on top; together they must
/// draw exactly what the one-pass drawing (SVG export) draws: the same elements, each once.
#[test]
fn static_and_dynamic_layers_together_draw_the_whole_chart() {
    use plotters::prelude::{DrawingBackend, SVGBackend};
    use scaling_viz::plots::draw::{draw_layers, Layers};
    let render = |chart: &scaling_viz::plots::Chart, layers: Layers| {
        let mut svg = String::new();
        {
            let mut backend = SVGBackend::with_string(&mut svg, (640, 360));
            draw_layers(&mut backend, chart, &Look::default(), layers).expect("draws");
            backend.present().expect("presents");
        }
        // Every drawn element (tag, attributes, text), except anything drawn invisibly.
        let doc = roxmltree::Document::parse(&svg).expect("valid SVG");
        let mut elements: Vec<String> = doc
            .descendants()
            .filter(|n| n.is_element() && !n.has_tag_name("svg"))
            .map(|n| {
                let attrs: Vec<String> = n.attributes().map(|a| format!("{}={}", a.name(), a.value())).collect();
                format!("{} {} {}", n.tag_name().name(), attrs.join(" "), n.text().unwrap_or("").trim())
            })
            .filter(|e| !e.contains("opacity=0 ") && !e.contains("opacity=0.0 "))
            .collect();
        elements.sort();
        elements
    };
    let state = AppState { compare: vec![LawId::Kaplan2020, LawId::Epoch2024], ..AppState::default() };
    let scene = Scene::new(&state, Lang::En, Theme::LIGHT);
    for kind in PlotKind::ALL {
        let chart = scene.chart(kind);
        let whole = render(&chart, Layers::All);
        let statics = render(&chart, Layers::Static);
        let dynamics = render(&chart, Layers::Dynamic);
        assert!(statics.len() > 10 && dynamics.len() > 3, "{kind:?}: {} + {}", statics.len(), dynamics.len());
        // Nothing is drawn twice: not within a layer, not in both layers.
        let mut parts = statics.clone();
        parts.extend(dynamics.iter().cloned());
        parts.sort();
        let twice: Vec<&String> = parts.windows(2).filter(|w| w[0] == w[1]).map(|w| &w[0]).collect();
        assert!(twice.is_empty(), "{kind:?}: drawn twice: {twice:?}");
        assert_eq!(parts, whole, "{kind:?}");
    }
}

/// A text measure like a browser's sans-serif: Latin glyphs ~0.6 em, Hangul 1 em.
fn measure(text: &str, size: f64) -> (u32, u32) {
    let em: f64 = text.chars().map(|c| if c.is_ascii() { 0.6 } else { 1.0 }).sum();
    ((em * size).ceil() as u32, (size * 1.2).ceil() as u32)
}

fn overlap(a: [i32; 4], b: [i32; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// Squared distance from a point to a box (0 inside).
fn dist2(p: (i32, i32), b: [i32; 4]) -> i64 {
    let dx = i64::from((b[0] - p.0).max(0).max(p.0 - b[2]));
    let dy = i64::from((b[1] - p.1).max(0).max(p.1 - b[3]));
    dx * dx + dy * dy
}

/// Issue 11: on plot Split "you N" and "N* 32.2B" sat next to the wrong markers. Every label
/// now clears every marker and every other label (by a gap), stays in the plotting area, and
/// is nearer to its own marker than to any other.
#[test]
fn labels_sit_by_their_own_markers_and_cover_nothing() {
    use scaling_viz::plots::draw::layout_boxes;
    let mut compared = AppState::default();
    compared.toggle_compare(LawId::Kaplan2020);
    compared.toggle_compare(LawId::Epoch2024);
    let states = [AppState::default(), compared, AppState { compute: 1e21, n: 1e9, d: 2e10, ..AppState::default() }];
    let mut labels_seen = 0;
    for state in &states {
        for lang in Lang::ALL {
            let scene = Scene::new(state, lang, Theme::LIGHT);
            for kind in PlotKind::ALL {
                let chart = scene.chart(kind);
                for size in [(523, 248), (600, 300), (340, 220), (1200, 700)] {
                    let b = layout_boxes(&chart, &Look::default(), size, measure);
                    let ctx = format!("{kind:?} {lang:?} {size:?} {:?}", state.shown_laws());
                    for (n, &(i, rect)) in b.labels.iter().enumerate() {
                        labels_seen += 1;
                        let a = b.area;
                        assert!(
                            rect[0] >= a.left && rect[2] <= a.right && rect[1] >= a.top && rect[3] <= a.bottom,
                            "{ctx}: label {:?} leaves the plot",
                            chart.markers[i].label
                        );
                        for (j, m) in b.markers.iter().enumerate() {
                            assert!(!overlap(rect, *m), "{ctx}: label {:?} covers marker {j}", chart.markers[i].label);
                        }
                        if let Some(legend) = b.legend {
                            assert!(!overlap(rect, legend), "{ctx}: label on the legend");
                        }
                        for &(_, other) in &b.labels[n + 1..] {
                            // Not even side by side: "BLOOM" and "you" touching read "BLOOMyou".
                            let grown = [other[0] - 2, other[1] - 2, other[2] + 2, other[3] + 2];
                            assert!(!overlap(rect, grown), "{ctx}: two labels overlap or touch");
                        }
                        let centre = |m: [i32; 4]| ((m[0] + m[2]) / 2, (m[1] + m[3]) / 2);
                        let own = dist2(centre(b.markers[i]), rect);
                        // Markers at the same spot (within a marker radius) count as one.
                        let apart = |m: [i32; 4]| {
                            let (c, o) = (centre(m), centre(b.markers[i]));
                            (c.0 - o.0).abs() > 5 || (c.1 - o.1).abs() > 5
                        };
                        for (j, m) in b.markers.iter().enumerate() {
                            if apart(*m) {
                                assert!(
                                    own < dist2(centre(*m), rect),
                                    "{ctx}: label {:?} is nearer to marker {j} ({:?}) than to its own",
                                    chart.markers[i].label,
                                    chart.markers[j].label
                                );
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(labels_seen > 50, "{labels_seen}");
    // The split plot of one law at laptop size keeps both of its key labels.
    let state = AppState { compare: Vec::new(), ..AppState::default() };
    let chart = Scene::new(&state, Lang::En, Theme::LIGHT).chart(PlotKind::Split);
    let b = layout_boxes(&chart, &Look::default(), (523, 248), measure);
    let drawn: Vec<&str> = b.labels.iter().filter_map(|(i, _)| chart.markers[*i].label.as_deref()).collect();
    assert!(drawn.iter().any(|l| l.starts_with("N* ")) && drawn.contains(&"you N"), "{drawn:?}");
}

/// Issue 11: the faint ±10× budget curves and plot Split's two line widths are in the legend;
/// the custom law's colour is not the primary law's faint colour nor any other law's.
#[test]
fn legends_name_every_kind_of_line() {
    use scaling_viz::plots::style::law_style;
    let state = AppState { compare: vec![LawId::Custom], ..AppState::default() };
    let scene = Scene::new(&state, Lang::En, Theme::LIGHT);
    let n = scene.chart(PlotKind::N);
    let faint = n.legend.iter().find(|e| e.label == "budget ÷10 and ×10").expect("side-budget entry");
    assert!(faint.opacity < 1.0 && faint.width < n.legend[0].width);
    assert!(n.series.iter().any(|s| s.opacity == faint.opacity && s.color == faint.color));
    let split = scene.chart(PlotKind::Split);
    let labels: Vec<&str> = split.legend.iter().map(|e| e.label.as_str()).collect();
    assert!(labels.contains(&"N* parameters (thick)") && labels.contains(&"D* tokens (thin)"), "{labels:?}");
    for theme in [Theme::LIGHT, Theme::DARK] {
        let styles: Vec<_> = LawId::ALL.iter().map(|id| law_style(*id, &theme)).collect();
        for (i, a) in styles.iter().enumerate() {
            for b in &styles[i + 1..] {
                assert!(a.0 != b.0 && a.1 != b.1, "two laws look alike: {a:?} {b:?}");
            }
        }
    }
    let svg = render_svg(&n, &Look::default(), 960, 640);
    assert!(svg.contains("budget ÷10 and ×10"));
}

/// Issue 12: no text overlaps another, none is clipped by the canvas edge or crosses the plot
/// frame, none sits on the legend — for every plot at the page's sizes (two-plot embed, laptop,
/// phone, projector and its thumbnails), in both languages, with and without famous models and
/// comparisons. A text without room is left out, never drawn over another.
#[test]
fn no_text_overlaps_or_is_clipped_at_any_size_in_either_language() {
    use scaling_viz::plots::draw::{layout_boxes, TextKind};
    let all = all_laws_state();
    let mut log_view = AppState { answer_tokens: 100, ..all_laws_state() };
    log_view.view.accuracy_axis = AccuracyAxis::Log;
    let states = [
        AppState::default(),
        AppState { models: false, compare: Vec::new(), ..AppState::default() },
        all,
        // The emergence plot on its log axis with the longest answer (issue 19).
        log_view,
        AppState {
            law: LawId::Kaplan2020,
            compare: vec![LawId::Chinchilla2022],
            compute: 1e21,
            n: 1e9,
            d: 2e10,
            ..AppState::default()
        },
        AppState { compute: 1e27, n: 2e12, d: 1e14, ..AppState::default() },
        // Beyond compute-optimal: inference and a data limit on, Muennighoff's law compared
        // (the triangles, the unique-data lines and their labels; issue 16).
        AppState {
            compare: vec![LawId::Epoch2024, LawId::Muennighoff2023],
            inference: Some(2e12),
            unique: Some(2e11),
            n: 8e9,
            d: 15e12,
            ..AppState::default()
        },
        AppState {
            law: LawId::Muennighoff2023,
            compare: Vec::new(),
            compute: 1e22,
            inference: Some(1e14),
            unique: Some(2.5e10),
            ..AppState::default()
        },
    ];
    // (canvas size in backend pixels, scale): embed half, laptop, phone, projector at 1080p
    // (2×), projector thumbnail (0.6×), a retina laptop (2× device pixels).
    let sizes = [
        ((290, 270), 1.0),
        ((523, 248), 1.0),
        ((343, 300), 1.0),
        ((1500, 720), 2.0),
        ((350, 200), 0.6),
        ((1046, 496), 2.0),
    ];
    let mut checked = 0;
    let mut texts_seen = 0;
    for state in &states {
        for lang in Lang::ALL {
            let scene = Scene::new(state, lang, Theme::LIGHT);
            for kind in PlotKind::ALL {
                let chart = scene.chart(kind);
                for (size, scale) in sizes {
                    let look = Look { scale, ..Look::default() };
                    let b = layout_boxes(&chart, &look, size, measure);
                    let ctx =
                        format!("{kind:?} {lang:?} {size:?}×{scale} {:?} models={}", state.shown_laws(), state.models);
                    let a = b.area;
                    let area = [a.left, a.top, a.right, a.bottom];
                    let within = |r: [i32; 4]| r[0] >= a.left && r[2] <= a.right && r[1] >= a.top && r[3] <= a.bottom;
                    assert!(a.right - a.left > 40 && a.bottom - a.top > 40, "{ctx}: plotting area {a:?}");
                    for (n, (kind_n, text, r)) in b.texts.iter().enumerate() {
                        texts_seen += 1;
                        assert!(
                            r[0] >= 0 && r[1] >= 0 && r[2] <= size.0 as i32 && r[3] <= size.1 as i32,
                            "{ctx}: {kind_n:?} {text:?} {r:?} is clipped by the canvas edge"
                        );
                        match kind_n {
                            TextKind::Title | TextKind::TickLabel | TextKind::AxisName => {
                                assert!(
                                    !overlap(*r, area),
                                    "{ctx}: {kind_n:?} {text:?} {r:?} crosses the plot frame {area:?}"
                                )
                            }
                            TextKind::Legend if !b.legend_inside => {
                                assert!(!overlap(*r, area), "{ctx}: the legend strip {r:?} crosses the plot frame")
                            }
                            _ => assert!(within(*r), "{ctx}: {kind_n:?} {text:?} {r:?} leaves the plot {area:?}"),
                        }
                        for (kind_m, other, q) in &b.texts[n + 1..] {
                            assert!(
                                !overlap(*r, *q),
                                "{ctx}: {kind_n:?} {text:?} {r:?} overlaps {kind_m:?} {other:?} {q:?}"
                            );
                        }
                    }
                    // A text on a line (a contour level, an iso-FLOP decade) is drawn in the
                    // static layer: it must not hide a marker of that layer (a famous model),
                    // and a marker label keeps a gap from it ("Falcon 180B" over "1.5" read as
                    // one label).
                    let tags = || b.texts.iter().filter(|t| t.0 == TextKind::Tag);
                    for (_, tag, r) in tags() {
                        for (j, m) in b.markers.iter().enumerate().filter(|(j, _)| chart.markers[*j].fixed) {
                            assert!(
                                !overlap(*r, *m),
                                "{ctx}: tag {tag:?} {r:?} covers the marker of {:?} {m:?}",
                                chart.markers[j].label
                            );
                        }
                        for (_, label, q) in b.texts.iter().filter(|t| t.0 == TextKind::MarkerLabel) {
                            let grown = [q[0] - 1, q[1] - 1, q[2] + 1, q[3] + 1];
                            assert!(!overlap(*r, grown), "{ctx}: tag {tag:?} {r:?} touches the label {label:?} {q:?}");
                        }
                    }
                    // The key texts are there: title, both axis names, some tick labels.
                    let count = |k: TextKind| b.texts.iter().filter(|t| t.0 == k).count();
                    assert_eq!(count(TextKind::Title), 1, "{ctx}");
                    assert_eq!(count(TextKind::AxisName), 2, "{ctx}");
                    assert!(count(TextKind::TickLabel) >= 5, "{ctx}: {:?}", b.texts);
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, states.len() * 2 * PlotKind::ALL.len() * 6);
    assert!(texts_seen > 3000, "{texts_seen}");
}

/// Issue 12: on a two-plot embed the legend is a strip above the plot (it covered a third of
/// each plot), the type is smaller, and the plotting area keeps most of the canvas.
#[test]
fn a_small_plot_has_its_legend_outside_and_keeps_most_of_its_area() {
    use scaling_viz::plots::draw::layout_boxes;
    let state = AppState::default();
    for kind in [PlotKind::N, PlotKind::Split] {
        let chart = Scene::new(&state, Lang::En, Theme::LIGHT).chart(kind);
        let b = layout_boxes(&chart, &Look::default(), (290, 270), measure);
        assert!(!b.legend_inside, "{kind:?}");
        assert!(b.tick_size < 12.0);
        let a = b.area;
        let share = f64::from((a.right - a.left) * (a.bottom - a.top)) / (290.0 * 270.0);
        assert!(share > 0.4, "{kind:?}: the plot keeps {share:.2} of the canvas");
        let roomy = layout_boxes(&chart, &Look::default(), (523, 300), measure);
        assert!(roomy.legend_inside && roomy.tick_size == 12.0);
    }
}

/// Issue 12: every text a Korean plot draws (titles, axes, legends in both forms, notes,
/// marker labels) is Korean, apart from the names and units of `i18n::LATIN_IN_KOREAN`.
#[test]
fn korean_plots_draw_no_english_words() {
    use scaling_viz::i18n::untranslated_words;
    let all = all_laws_state();
    let mut found = Vec::new();
    for state in
        [AppState::default(), all, AppState { law: LawId::Kaplan2020, compare: Vec::new(), ..AppState::default() }]
    {
        let scene = Scene::new(&state, Lang::Ko, Theme::LIGHT);
        for kind in PlotKind::ALL {
            let c = scene.chart(kind);
            let mut texts =
                vec![c.title.clone(), c.x.label.clone(), c.y.label.clone(), c.band_label.clone(), c.band_short.clone()];
            texts.extend(c.legend.iter().flat_map(|e| [e.label.clone(), e.short.clone()]));
            texts.extend(c.markers.iter().filter_map(|m| m.label.clone()));
            texts.extend(c.vlines.iter().filter_map(|v| v.label.clone()));
            for m in &c.markers {
                texts.push(scene.marker_text(m.what));
                texts.extend(scene.hover(kind, m.at.0, Some(m.what)).into_iter().map(|l| l.text));
            }
            texts.extend(scene.hover(kind, (c.x.lo * c.x.hi).sqrt(), None).into_iter().map(|l| l.text));
            for t in texts {
                found.extend(untranslated_words(&t).into_iter().map(|w| format!("{kind:?}: {w} in {t:?}")));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
    // The check itself catches English.
    assert_eq!(untranslated_words("예산 budget ÷10"), ["budget"]);
}

/// Issue 16: with inference tokens and a data limit, plot N marks the inference-aware optimum,
/// plots D and Split the data-limited optimum and the unique data, and the overhead plot your
/// model where the closed form puts it.
#[test]
fn beyond_markers_and_the_unique_data_line_are_drawn() {
    use scaling_viz::plots::chart::MarkerKind;
    let state = AppState {
        compare: vec![LawId::Muennighoff2023],
        inference: Some(2e12),
        unique: Some(2e11),
        n: 8e9,
        d: 15e12,
        ..AppState::default()
    };
    let scene = Scene::new(&state, Lang::En, Theme::LIGHT);
    let has = |kind: PlotKind, f: &dyn Fn(&MarkerKind) -> bool| scene.chart(kind).markers.iter().any(|m| f(&m.what));
    assert!(has(PlotKind::N, &|w| matches!(w, MarkerKind::Inference { law: LawId::Chinchilla2022 })));
    assert!(has(PlotKind::D, &|w| matches!(w, MarkerKind::DataLimited { law: LawId::Muennighoff2023, d: true })));
    assert!(has(PlotKind::Split, &|w| matches!(w, MarkerKind::DataLimited { d: false, .. })));
    assert!(has(PlotKind::Overhead, &|w| matches!(w, MarkerKind::Inference { .. })));
    let d = scene.chart(PlotKind::D);
    assert!(d.vlines.iter().any(|v| v.x == 2e11), "{:?}", d.vlines);
    let split = scene.chart(PlotKind::Split);
    assert!(split.series.iter().any(|s| s.points.iter().all(|p| p.1 == 2e11)));
    // Your model on the overhead plot, at the closed form's k_N and overhead (in %).
    let overhead = scene.chart(PlotKind::Overhead);
    let p = scaling_viz::laws::Coefficients::CHINCHILLA.overhead_of(8e9, 15e12).unwrap();
    let you = overhead.markers.iter().find(|m| matches!(m.what, MarkerKind::User { .. })).expect("your model");
    assert!((you.at.0 - p.k_n).abs() < 1e-12 && (you.at.1 - 100.0 * p.overhead).abs() < 1e-9, "{:?}", you.at);
    assert!(overhead.series.iter().all(|s| s.fixed), "overhead curves belong to the static layer");
    // The shaded band ends at Chinchilla's asymptote.
    let k = scaling_viz::laws::Coefficients::CHINCHILLA.overhead_asymptote();
    assert!(overhead.bands.iter().any(|b| b.x.1 == k), "{:?}", overhead.bands);
    // Without inf and u none of it.
    let plain = AppState::default();
    let scene = Scene::new(&plain, Lang::En, Theme::LIGHT);
    for kind in PlotKind::ALL {
        let chart = scene.chart(kind);
        assert!(!chart
            .markers
            .iter()
            .any(|m| matches!(m.what, MarkerKind::Inference { .. } | MarkerKind::DataLimited { .. })));
    }
}

/// Issue 19: the emergence plot draws, for the first law with an irreducible loss, exact match
/// for k = 1 (token accuracy), 5, 10, 30 and the user's k along the primary law's compute-optimal
/// path (values from the laws layer), your k for every other law with E, none for Kaplan; your
/// model and the famous models at their own (N, D); the ~6.7B note; all in the static layer
/// and independent of the budget; the log axis keeps the same curves above its floor.
#[test]
fn the_emergence_plot_shows_schaeffer_et_al_s_model() {
    use scaling_viz::laws::Law;
    use scaling_viz::plots::chart::MarkerKind;
    use scaling_viz::plots::scenes::{FIXED_K, LOG_FLOOR, N_RANGE};
    let state = AppState {
        compare: vec![LawId::Kaplan2020, LawId::Epoch2024],
        answer_tokens: 17,
        n: 8e9,
        d: 15e12,
        ..AppState::default()
    };
    let chart = Scene::new(&state, Lang::En, Theme::LIGHT).chart(PlotKind::Emergence);
    assert_eq!((chart.x.lo, chart.x.hi, chart.y.lo, chart.y.hi), (N_RANGE.0, N_RANGE.1, 0.0, 1.0));
    assert_eq!(chart.y.kind, AxisKind::Linear);
    let names: Vec<&str> = chart.series.iter().map(|s| s.name.as_str()).collect();
    for k in FIXED_K.into_iter().chain([17]) {
        assert!(names.contains(&format!("chinchilla2022 exact match k={k}").as_str()), "{names:?}");
    }
    assert!(names.contains(&"epoch2024 exact match k=17"), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("kaplan2020")), "{names:?}");
    assert!(chart.series.iter().all(|s| s.fixed), "static layer");
    // Values: the laws layer's accuracy along Chinchilla's D*(N).
    let law = Law::builtin(LawId::Chinchilla2022);
    let s = chart.series.iter().find(|s| s.name == "chinchilla2022 exact match k=17").unwrap();
    assert_eq!(s.points.len(), scaling_viz::plots::scenes::POINTS);
    for &(n, y) in &s.points {
        let a = law.accuracy(n, law.optimal_tokens_for_params(n), 17).unwrap();
        assert!((a.exact_match - y).abs() < 1e-12, "{n:e}");
    }
    // Monotonic in N and ordered in k.
    assert!(s.points.windows(2).all(|w| w[1].1 > w[0].1));
    let at = |k: u32| chart.series.iter().find(|s| s.name == format!("chinchilla2022 exact match k={k}")).unwrap();
    for (a, b) in [(1, 5), (5, 10), (10, 17), (17, 30)] {
        assert!(at(a).points.iter().zip(&at(b).points).all(|(p, q)| p.1 > q.1), "k={a} above k={b}");
    }
    // Markers: your model at its own (N, D), famous models, the note.
    let you = chart.markers.iter().find(|m| matches!(m.what, MarkerKind::User { .. })).expect("your model");
    let mine = law.accuracy(8e9, 15e12, 17).unwrap().exact_match;
    assert!((you.at.0 - 8e9).abs() < 1.0 && (you.at.1 - mine).abs() < 1e-12, "{:?}", you.at);
    assert!(chart.markers.iter().any(|m| matches!(m.what, MarkerKind::Famous("chinchilla"))));
    assert!(chart.vlines.iter().any(|v| v.x == 6.7e9 && v.note), "{:?}", chart.vlines);
    // The budget does not move it.
    let moved = AppState { compute: 1e27, ..state.clone() };
    assert_eq!(Scene::new(&moved, Lang::En, Theme::LIGHT).chart(PlotKind::Emergence), chart);
    // What the page's memo keeps (the state without budget, inf, u) draws the same chart, and
    // does not change when the budget does.
    let inputs = scaling_viz::plots::scenes::emergence_inputs(&state);
    assert_eq!(Scene::new(&inputs, Lang::En, Theme::LIGHT).chart(PlotKind::Emergence), chart);
    assert_eq!(scaling_viz::plots::scenes::emergence_inputs(&moved), inputs);
    // Log axis: decades from the floor to 1, the same values where they are above the floor.
    let mut log_state = state.clone();
    log_state.view.accuracy_axis = AccuracyAxis::Log;
    let log = Scene::new(&log_state, Lang::En, Theme::LIGHT).chart(PlotKind::Emergence);
    assert_eq!((log.y.lo, log.y.hi, log.y.kind), (LOG_FLOOR, 1.0, AxisKind::Decades));
    let s_log: Vec<(f64, f64)> = log
        .series
        .iter()
        .filter(|s| s.name == "chinchilla2022 exact match k=17")
        .flat_map(|s| s.points.clone())
        .collect();
    assert!(s_log.iter().all(|p| p.1 >= LOG_FLOOR * 0.999 && p.1 <= 1.0));
    let svg = render_svg(&log, &Look::default(), 600, 400);
    assert!(svg.contains("10⁻⁸") || svg.contains("10⁻⁴"), "decade labels on the log accuracy axis");
    // Approach 1 reads Approach 3's surface: one curve, not the same one twice on top.
    let shared = AppState { compare: vec![LawId::Chinchilla2022A1], ..state.clone() };
    let shared = Scene::new(&shared, Lang::En, Theme::LIGHT).chart(PlotKind::Emergence);
    assert!(!shared.series.iter().any(|s| s.name.starts_with("chinchilla2022-a1")));
    // Only Kaplan: nothing to draw (no E), and no panic.
    let kaplan = AppState { law: LawId::Kaplan2020, compare: Vec::new(), ..AppState::default() };
    assert!(Scene::new(&kaplan, Lang::En, Theme::LIGHT).chart(PlotKind::Emergence).series.is_empty());
}

/// Issue 18: the learning curves of the primary law — one run per size 10⁷…10¹² every half
/// decade with the law's L(N, C/6N); their lower envelope, which is the optimum code's frontier
/// and never above any drawn run; each size marked and labelled where it touches it, at the
/// budget where it is optimal; the converged losses; the budget's N* highlighted. The family is
/// the static layer and does not depend on the budget; only the highlight, its point and the
/// budget line move.
#[test]
fn the_learning_curves_plot_is_the_envelope_of_the_runs() {
    use scaling_viz::laws::learning_curves::{size_of_half_decade, CURVE_HALF_DECADES};
    use scaling_viz::laws::units::tokens_for_budget;
    use scaling_viz::plots::chart::MarkerKind;
    use scaling_viz::plots::draw::StaticPart;
    use scaling_viz::plots::scenes::CurveFamily;
    let state = AppState { compare: vec![LawId::Kaplan2020], n: 8e9, d: 15e12, ..AppState::default() };
    let law = state.law_for(state.law);
    let chart = Scene::new(&state, Lang::En, Theme::LIGHT).chart(PlotKind::Curves);
    let runs = |n: f64| -> Vec<(f64, f64)> {
        let name = format!("chinchilla2022 run N={n:e}");
        chart.series.iter().filter(|s| s.name == name).flat_map(|s| s.points.clone()).collect()
    };
    for h in CURVE_HALF_DECADES {
        let n = size_of_half_decade(h);
        let points = runs(n);
        assert!(points.len() > 20, "N={n:e}: {} points", points.len());
        for &(c, y) in &points {
            let want = law.loss(n, tokens_for_budget(c, n));
            // Inside the axis the law's value; the ends of a clipped run sit on the axis.
            assert!((y - want).abs() < 1e-9 * want || y == chart.y.hi || y == chart.y.lo, "N={n:e} C={c:e}");
        }
        // Marked where it touches the envelope, at the budget where N is optimal, labelled.
        let touch = chart
            .markers
            .iter()
            .find(|m| m.what == MarkerKind::Tangency { half_decade: h })
            .unwrap_or_else(|| panic!("no tangency marker for N={n:e}"));
        let o = law.optimum(touch.at.0);
        assert!((o.n / n - 1.0).abs() < 1e-10 && (touch.at.1 / o.loss - 1.0).abs() < 1e-10, "N={n:e}");
        assert!(touch.fixed && touch.label.is_some());
        // Its converged loss, dashed, from the touch to the right.
        let limit = chart.series.iter().find(|s| s.name == format!("chinchilla2022 converged loss N={n:e}"));
        let limit = limit.unwrap_or_else(|| panic!("no L(N, ∞) for N={n:e}"));
        assert_eq!(limit.points[0], (touch.at.0, law.converged_loss(n)));
    }
    // The envelope is the optimum code's frontier, and no drawn run goes below it.
    let envelope: Vec<(f64, f64)> = chart
        .series
        .iter()
        .filter(|s| s.name == "chinchilla2022 lower envelope")
        .flat_map(|s| s.points.clone())
        .collect();
    assert!(envelope.len() > 300);
    for &(c, y) in &envelope {
        if y < chart.y.hi {
            assert!((y / law.optimum(c).loss - 1.0).abs() < 1e-12, "{c:e}");
        }
        let lowest =
            CURVE_HALF_DECADES.map(|h| law.iso_flop_loss(c, size_of_half_decade(h))).fold(f64::INFINITY, f64::min);
        assert!(lowest >= y * (1.0 - 1e-12), "a run below the envelope at {c:e}");
    }
    assert_eq!(chart.x.kind, AxisKind::Decades);
    assert!(chart.x.lo <= law.tangency_budget(1e7) && chart.x.hi >= law.tangency_budget(1e12));
    // Static: everything but the budget's run, its point and the budget line.
    let moving: Vec<&str> = chart.series.iter().filter(|s| !s.fixed).map(|s| s.name.as_str()).collect();
    let n_star = law.optimum(state.compute).n;
    assert_eq!(moving, [format!("chinchilla2022 run of the budget's N*={n_star:e}")]);
    let opt = chart.markers.iter().find(|m| matches!(m.what, MarkerKind::Optimum { .. })).expect("optimum");
    assert!(!opt.fixed && opt.at == (state.compute, law.loss(n_star, tokens_for_budget(state.compute, n_star))));
    let you = chart.markers.iter().find(|m| matches!(m.what, MarkerKind::User { .. })).expect("your model");
    assert_eq!(you.at, (6.0 * 8e9 * 15e12, law.loss(8e9, 15e12)));
    for c in [1e18, 1e21, 1e26] {
        let moved = AppState { compute: c, ..state.clone() };
        let other = Scene::new(&moved, Lang::En, Theme::LIGHT).chart(PlotKind::Curves);
        assert_eq!(StaticPart::of(&other), StaticPart::of(&chart), "budget {c:e} changed the static layer");
        // The page's memo of the family fits every budget of the slider and gives the same chart.
        let family = CurveFamily::of(&state);
        assert!(family.fits(&moved));
        assert_eq!(Scene::new(&moved, Lang::En, Theme::LIGHT).with_curves(&family).chart(PlotKind::Curves), other);
    }
    let other_law = AppState { law: LawId::Epoch2024, ..state.clone() };
    assert!(!CurveFamily::of(&state).fits(&other_law));
    // Hover: the run nearest the pointer, with N, D, C, L and its gap to L(N, ∞).
    let c = law.tangency_budget(1e9);
    let lines =
        Scene::new(&state, Lang::En, Theme::LIGHT).hover_at(PlotKind::Curves, (c, law.iso_flop_loss(c, 1e9)), None);
    let d = tokens_for_budget(c, 1e9);
    assert!(lines[0].text.starts_with("C = ") && lines[0].text.contains("FLOPs"), "{lines:?}");
    let gap = scaling_viz::numbers::format_loss_gap(law.gap_to_convergence(1e9, d));
    assert!(lines[1].text.contains("N = 1.00B") && lines[1].text.contains(&format!("{gap} above")), "{lines:?}");
    // Kaplan: eq. 1.5's curves and envelope, said not to be its own optimum.
    let kaplan = AppState { law: LawId::Kaplan2020, compare: Vec::new(), ..AppState::default() };
    let k = Scene::new(&kaplan, Lang::En, Theme::LIGHT).chart(PlotKind::Curves);
    assert!(k.legend.iter().any(|e| e.label == "lower envelope of L(N, D) (not this law's own optimum)"));
    assert!(k.series.iter().any(|s| s.name == "kaplan2020 lower envelope"));
}

/// Issue 20: the fit section's runs on plots N and D — dots coloured by loss (viridis), and on
/// plot N Approach 2's IsoFLOP parabolas — while the law `fit` is shown with their coefficients.
#[test]
fn fitted_runs_are_dots_by_loss_on_plots_n_and_d_with_parabolas_on_n() {
    use scaling_viz::laws::fit::{approach2, without_highest_losses};
    use scaling_viz::plots::chart::{MarkerKind, MarkerShape};
    use scaling_viz::plots::draw::layout_boxes;
    use scaling_viz::plots::scenes::RunsOverlay;
    use scaling_viz::plots::style::viridis;
    use scaling_viz::state::runs::parse_runs;
    let csv = include_str!("../assets/data/chinchilla-figure4-epoch.csv");
    let runs = without_highest_losses(&parse_runs(csv).runs, 5);
    assert_eq!(runs.len(), 240);
    // Epoch's Table 1 stands in for the fit (the plots do not refit).
    let coefficients = Coefficients::EPOCH;
    let overlay = RunsOverlay { coefficients, runs: runs.clone(), groups: approach2(&runs).groups };
    assert!(overlay.groups.len() >= 3, "{} groups", overlay.groups.len());
    let mut state = AppState { compute: 1e21, ..AppState::default() };
    state.set_fit(Some(coefficients));
    fn run_dots(chart: &scaling_viz::plots::Chart) -> Vec<&scaling_viz::plots::chart::Marker> {
        chart.markers.iter().filter(|m| matches!(m.what, MarkerKind::Run(_))).collect()
    }
    for lang in Lang::ALL {
        let scene = Scene::new(&state, lang, Theme::DARK).with_runs(Some(&overlay));
        for kind in [PlotKind::N, PlotKind::D] {
            let chart = scene.chart(kind);
            let dots = run_dots(&chart);
            assert!(dots.len() > 100, "{kind:?}: {} of 240 runs drawn", dots.len());
            for m in &dots {
                let MarkerKind::Run(i) = m.what else { unreachable!() };
                let r = runs[i as usize];
                let x = if kind == PlotKind::N { r.n } else { r.d };
                assert_eq!(m.at, (x, r.loss), "{kind:?}: run {i} drawn where it is");
                assert!(m.fixed && m.shape == MarkerShape::Dot && m.label.is_none());
                assert!(x >= chart.x.lo && x <= chart.x.hi && r.loss >= chart.y.lo && r.loss <= chart.y.hi);
            }
            // Coloured by loss: the lowest-loss run drawn is darker than the highest.
            let lo = dots.iter().min_by(|a, b| a.at.1.total_cmp(&b.at.1)).unwrap();
            let hi = dots.iter().max_by(|a, b| a.at.1.total_cmp(&b.at.1)).unwrap();
            let sum = |c: scaling_viz::plots::Rgb| u32::from(c.0) + u32::from(c.1) + u32::from(c.2);
            assert!(sum(lo.color) < sum(hi.color), "{kind:?}: {:?} vs {:?}", lo.color, hi.color);
            // Every other marker is drawn over the dots.
            let first_other = chart.markers.iter().position(|m| !matches!(m.what, MarkerKind::Run(_)));
            assert!(first_other.is_none_or(|p| p == dots.len()), "{kind:?}: dots first");
            let parabolas = chart.series.iter().filter(|s| s.name.starts_with("fit parabola")).count();
            if kind == PlotKind::N {
                assert!(parabolas >= 3, "{parabolas} parabolas");
                let svg = render_svg(&chart, &Look { theme: Theme::DARK, ..Look::default() }, 800, 500);
                roxmltree::Document::parse(&svg).expect("valid SVG");
                let colour = viridis(0.0).css().to_uppercase();
                assert!(svg.contains(&colour) || dots.iter().any(|m| svg.contains(&m.color.css().to_uppercase())));
            } else {
                assert_eq!(parabolas, 0, "parabolas are drawn on plot N only");
            }
            // The legend names them, and no text overlaps at the laptop and embed sizes.
            let b = layout_boxes(&chart, &Look::default(), (523, 248), measure);
            let legend = chart.legend.iter().map(|e| e.label.as_str()).collect::<Vec<_>>().join(" | ");
            assert!(legend.contains(if lang == Lang::En { "Your runs" } else { "내 학습 실행" }), "{legend}");
            for (i, (_, _, a)) in b.texts.iter().enumerate() {
                for (_, _, c) in &b.texts[i + 1..] {
                    assert!(!overlap(*a, *c), "{kind:?} {lang:?}: texts overlap");
                }
            }
        }
    }
    // Hovering a dot names the run: its N, D and loss, in the page's language.
    for (lang, words) in [(Lang::En, "Your run: N = "), (Lang::Ko, "내 학습 실행: N = ")] {
        let scene = Scene::new(&state, lang, Theme::LIGHT).with_runs(Some(&overlay));
        let r = runs[7];
        let lines = scene.hover_at(PlotKind::N, (r.n, r.loss), Some(MarkerKind::Run(7)));
        let text = lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join(" / ");
        assert!(text.contains(words), "{text}");
        assert!(text.contains(&scaling_viz::numbers::format_loss(r.loss)), "{text}");
    }
    // Not drawn when the fitted law is not shown, or shows other coefficients.
    let mut other = state.clone();
    other.set_fit(None);
    assert!(
        run_dots(&Scene::new(&other, Lang::En, Theme::LIGHT).with_runs(Some(&overlay)).chart(PlotKind::N)).is_empty()
    );
    let mut changed = state.clone();
    changed.set_fit(Some(Coefficients { e: 1.9, ..coefficients }));
    assert!(
        run_dots(&Scene::new(&changed, Lang::En, Theme::LIGHT).with_runs(Some(&overlay)).chart(PlotKind::N)).is_empty()
    );
}

/// The legend panel takes a corner that covers no marker when one exists: on the default page
/// (your model at 280B / 300B) it once covered half of plot D's "you" diamond, whose centre
/// was just outside the panel. Swept over budgets and comparisons at laptop plot sizes.
#[test]
fn the_legend_panel_covers_no_marker_when_a_corner_is_free() {
    use scaling_viz::plots::draw::{layout_boxes, TextKind};
    let overlaps = |a: &[i32; 4], b: &[i32; 4]| a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    let mut panels = 0;
    for compare in ["", "&compare=chinchilla2022-a1", "&compare=kaplan2020,epoch2024,chinchilla2022-a1"] {
        for tenth in (190..=270).step_by(5).chain([0]) {
            // 0: the default budget, 5.76e23.
            let c = if tenth == 0 { 5.76e23 } else { 10f64.powf(f64::from(tenth) / 10.0) };
            let query = format!("c={c:e}{compare}");
            let state = scaling_viz::state::query::parse_query(&query).state;
            for (kind, size) in [PlotKind::N, PlotKind::D, PlotKind::C, PlotKind::Split]
                .into_iter()
                .flat_map(|kind| [(515, 237), (445, 310), (600, 300)].map(|size| (kind, size)))
            {
                let chart = Scene::new(&state, Lang::En, Theme::LIGHT).chart(kind);
                let b = layout_boxes(&chart, &Look::default(), size, measure);
                let (Some(legend), true) = (b.legend, b.legend_inside) else { continue };
                panels += 1;
                let covered: Vec<usize> = (0..b.markers.len()).filter(|&i| overlaps(&legend, &b.markers[i])).collect();
                if covered.is_empty() {
                    continue;
                }
                // Covering is allowed only when every corner would cover a marker or a note's
                // label (they count alike): the panel moved to each corner of the area, 6 px in.
                let (w, h, pad) = (legend[2] - legend[0], legend[3] - legend[1], 6);
                let a = b.area;
                let notes: Vec<[i32; 4]> =
                    b.texts.iter().filter(|(kind, _, _)| *kind == TextKind::Note).map(|(_, _, r)| *r).collect();
                let (l, t, r, bt) = (a.left + pad, a.top + pad, a.right - w - pad, a.bottom - h - pad);
                let free_corner = [[l, t], [r, t], [l, bt], [r, bt]]
                    .iter()
                    .map(|&[x, y]| [x, y, x + w, y + h])
                    .any(|corner| b.markers.iter().chain(&notes).all(|m| !overlaps(&corner, m)));
                assert!(
                    !free_corner,
                    "{kind:?} {size:?} at {query}: the legend covers markers {covered:?} though a corner is free"
                );
            }
        }
    }
    assert!(panels > 150, "{panels} legend panels checked");
}
