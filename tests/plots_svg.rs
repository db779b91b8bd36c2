//! The plots layer natively: every chart of every law is finite and inside its axes at the
//! extremes of every control, and the same drawing code writes valid SVG with the curves.
#![cfg(not(target_arch = "wasm32"))]

use scaling_viz::i18n::Lang;
use scaling_viz::laws::{Coefficients, LawId};
use scaling_viz::plots::{render_svg, Look, PlotKind, Scene, Theme};
use scaling_viz::state::bounds::{COMPUTE_TYPED, PARAMS, TOKENS};
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
                            assert!(
                                axis.lo.is_finite() && axis.hi.is_finite() && axis.lo > 0.0 && axis.hi > axis.lo,
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
        assert!(texts.contains(&"Kaplan et al. 2020"), "{kind:?}: legend");
        // The three law colours are all used.
        for colour in ["#0072B2", "#D55E00", "#009E73"] {
            assert!(svg.to_uppercase().contains(colour), "{kind:?}: colour {colour} missing");
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
