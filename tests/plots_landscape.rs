//! Issue 17, the loss landscape (plot ND), natively: its contours against the laws' own
//! formulas, its iso-FLOP lines against C = 6ND, its bands closed and in order, and its SVG
//! valid, holding the levels and under the size limit. `LANDSCAPE_SVG_DIR=dir` also writes the
//! SVGs there to look at.
#![cfg(not(target_arch = "wasm32"))]

use scaling_viz::i18n::Lang;
use scaling_viz::laws::{Law, LawId};
use scaling_viz::plots::scenes::{iso_flop_line, landscape_levels, level_label, Landscape, D_AXIS, N_AXIS};
use scaling_viz::plots::{render_svg, Look, MarkerKind, PlotKind, Scene, Theme};
use scaling_viz::state::AppState;

fn state_with(law: LawId, compare: Vec<LawId>) -> AppState {
    AppState { law, compare, ..AppState::default() }
}

/// Every point of every iso-loss line lies on its level of the law's own L(N, D) (Hoffmann et
/// al. 2022 eq. 2 with the printed coefficients; Kaplan et al. 2020 eq. 1.5), within what linear
/// interpolation on a grid of ten points a decade can miss (0.5 % of the level).
#[test]
fn iso_loss_lines_lie_on_their_level_of_the_law() {
    for id in [LawId::Chinchilla2022, LawId::Kaplan2020, LawId::Epoch2024, LawId::Muennighoff2023] {
        let state = state_with(id, Vec::new());
        let law = state.law_for(id);
        let land = Landscape::of(&state);
        assert!(land.levels.len() >= 8, "{id:?}: {:?}", land.levels);
        for (k, lines) in land.lines.iter().enumerate() {
            let level = land.levels[k];
            assert!(!lines.is_empty(), "{id:?}: level {level} has no line");
            for &(n, d) in lines.iter().flatten() {
                let l = law.loss(n, d);
                assert!((l - level).abs() / level < 5e-3, "{id:?}: L({n:e}, {d:e}) = {l} on the {level} line");
            }
        }
    }
    // Chinchilla by hand (eq. 10's printed coefficients): on the 2.0 contour at tokens D,
    // A/N^α = 2.0 − 1.69 − 410.7/D^0.28, so N = (406.4/(0.31 − 410.7/D^0.28))^(1/0.34); at
    // D = 1e12 that is N = 1.87e10.
    let state = state_with(LawId::Chinchilla2022, Vec::new());
    let land = Landscape::of(&state);
    let k = land.levels.iter().position(|&l| l == 2.0).expect("a 2.0 contour");
    let by_hand = |d: f64| (406.4 / (0.31 - 410.7 / d.powf(0.28))).powf(1.0 / 0.34);
    assert!((by_hand(1e12) / 1.87e10 - 1.0).abs() < 0.01);
    // Away from the asymptote (N → ∞ as D^0.28 → 410.7/0.31), where a grid step in D is a
    // decade in N, and from the frame the line ends on.
    for &(n, d) in land.lines[k].iter().flatten().filter(|p| p.1 > 1e10 && p.0 < 1e13) {
        assert!((n / by_hand(d) - 1.0).abs() < 0.03, "N = {n:e} at D = {d:e}, by hand {:e}", by_hand(d));
    }
}

/// The levels are increasing, rounded to two significant digits, strictly inside the range of
/// the map, and split it into bands of roughly equal area.
#[test]
fn levels_are_round_increasing_and_inside_the_range() {
    let values: Vec<f64> = (0..1000).map(|i| 1.7 + f64::from(i) * 0.006).collect();
    let levels = landscape_levels(&values, 12);
    assert!(levels.len() >= 10, "{levels:?}");
    assert!(levels.windows(2).all(|w| w[0] < w[1]), "{levels:?}");
    for l in &levels {
        assert!(*l > 1.7 && *l < 7.694, "{l}");
        // Two significant digits: 1.8, 2.3, 12.
        assert_eq!(format!("{l:.1e}").parse::<f64>().ok(), Some(*l), "{l}");
    }
    // A flat surface, NaN and nothing give no level (and no panic).
    assert!(landscape_levels(&[2.0; 50], 12).is_empty());
    assert!(landscape_levels(&[f64::NAN; 9], 12).is_empty());
    assert!(landscape_levels(&[], 12).is_empty());
    assert_eq!(level_label(2.0), "2");
    assert_eq!(level_label(1.8), "1.8");
}

/// Each level's sublevel polygons are closed against the map's frame, inside it, counter-clockwise,
/// and nested: a lower level's region lies inside a higher one's (the painter's order works).
#[test]
fn bands_are_closed_inside_the_frame_and_nested() {
    let state = state_with(LawId::Chinchilla2022, Vec::new());
    let land = Landscape::of(&state);
    let log = |(n, d): (f64, f64)| (n.log10(), d.log10());
    let area = |ring: &[(f64, f64)]| {
        let pts: Vec<(f64, f64)> = ring.iter().map(|&p| log(p)).collect();
        (0..pts.len())
            .map(|k| pts[k].0 * pts[(k + 1) % pts.len()].1 - pts[(k + 1) % pts.len()].0 * pts[k].1)
            .sum::<f64>()
            / 2.0
    };
    let mut last = 0.0;
    for (k, rings) in land.sublevels.iter().enumerate() {
        let total: f64 = rings.iter().map(|r| area(r)).sum();
        for ring in rings {
            assert!(ring.len() >= 3);
            assert!(area(ring) > 0.0, "level {k}: clockwise ring");
            for &(n, d) in ring {
                assert!(n >= N_AXIS.0 * 0.999_999 && n <= N_AXIS.1 * 1.000_001, "{n:e}");
                assert!(d >= D_AXIS.0 * 0.999_999 && d <= D_AXIS.1 * 1.000_001, "{d:e}");
            }
        }
        // L decreases with N and D: {L ≤ level} grows with the level.
        assert!(total > last, "level {k}: area {total} after {last}");
        last = total;
    }
    // The whole map is 8 × 8 decades.
    assert!(last < 64.0);
}

/// Iso-FLOP lines are C = 6ND (slope −1 in log-log), the budget's included; each law's optimum
/// at the budget sits on the budget's line, and no point of that line has a lower loss.
#[test]
fn iso_flop_lines_and_the_optimum_where_the_budget_touches_the_lowest_contour() {
    for c in [1e18, 5.76e23, 1e27] {
        let line = iso_flop_line(c, 200).expect("crosses the map");
        for &(n, d) in &line {
            assert!((6.0 * n * d / c - 1.0).abs() < 1e-9);
        }
        let state = AppState { compute: c, ..state_with(LawId::Chinchilla2022, vec![LawId::Epoch2024]) };
        let chart = Scene::new(&state, Lang::En, Theme::LIGHT).chart(PlotKind::Nd);
        let budget = chart.series.iter().find(|s| s.name.ends_with("(budget)")).expect("the budget's line");
        assert!(!budget.fixed && budget.points.iter().all(|&(n, d)| (6.0 * n * d / c - 1.0).abs() < 1e-9));
        for id in [LawId::Chinchilla2022, LawId::Epoch2024] {
            let law = Law::builtin(id);
            let m = chart
                .markers
                .iter()
                .find(|m| m.what == MarkerKind::Optimum { law: id, d: false })
                .expect("optimum marked");
            assert!((6.0 * m.at.0 * m.at.1 / c - 1.0).abs() < 1e-6, "{id:?} at {c:e}");
            let best = law.loss(m.at.0, m.at.1);
            for &(n, d) in &line {
                assert!(law.loss(n, d) >= best - 1e-9, "{id:?}: L({n:e}, {d:e}) below the optimum's {best}");
            }
        }
    }
    // A decade line every power of ten that crosses the map (6e14 … 6e30): 10¹⁵ … 10³⁰.
    let chart = Scene::new(&AppState::default(), Lang::En, Theme::LIGHT).chart(PlotKind::Nd);
    let decades: Vec<&str> =
        chart.series.iter().filter(|s| s.name.starts_with("iso-FLOP C=1e")).map(|s| s.name.as_str()).collect();
    assert_eq!(decades.len(), 16, "{decades:?}");
    assert!(chart.series.iter().all(|s| s.points.iter().all(|p| p.0.is_finite() && p.1.is_finite())));
}

/// Your model is drawn where its (N, D) is, moves with `n` and `d` in the dynamic layer (a drag
/// does not repaint the map), and the famous models are fixed.
#[test]
fn your_model_and_famous_models_sit_at_their_n_and_d() {
    let state = AppState { n: 8e9, d: 15e12, models: true, ..AppState::default() };
    let chart = Scene::new(&state, Lang::En, Theme::LIGHT).chart(PlotKind::Nd);
    let you = chart.markers.iter().find(|m| matches!(m.what, MarkerKind::User { .. })).expect("you");
    assert_eq!(you.at, (8e9, 15e12));
    assert!(!you.fixed);
    let chinchilla = chart.markers.iter().find(|m| m.what == MarkerKind::Famous("chinchilla")).expect("Chinchilla");
    assert_eq!(chinchilla.at, (70e9, 1.4e12));
    assert!(chinchilla.fixed);
    // On every plot your model is in the dynamic layer: a drag repaints no plot's static curves.
    let scene = Scene::new(&state, Lang::En, Theme::LIGHT);
    for kind in PlotKind::ALL {
        let chart = scene.chart(kind);
        let yours: Vec<_> = chart.markers.iter().filter(|m| matches!(m.what, MarkerKind::User { .. })).collect();
        assert!(!yours.is_empty() || matches!(kind, PlotKind::Curves), "{kind:?}: your model not drawn");
        assert!(yours.iter().all(|m| !m.fixed), "{kind:?}: your model in the static layer");
    }
}

/// The SVG export parses, writes every level on the colour bar, draws the bands as polygons, and
/// stays under 300 KB with every law shown, in both themes and languages, at a large size.
#[test]
fn the_svg_is_valid_small_and_holds_the_levels() {
    let state = AppState { compare: LawId::ALL.to_vec(), models: true, ..AppState::default() };
    for theme in [Theme::LIGHT, Theme::DARK] {
        for lang in Lang::ALL {
            let chart = Scene::new(&state, lang, theme).chart(PlotKind::Nd);
            let svg = render_svg(&chart, &Look { theme, scale: 1.0 }, 1600, 1000);
            assert!(svg.len() < 300_000, "{} bytes", svg.len());
            let doc = roxmltree::Document::parse(&svg).expect("valid SVG");
            let polygons = doc.descendants().filter(|n| n.has_tag_name("polygon")).count();
            assert!(polygons >= chart.fills.len(), "{polygons} polygons for {} bands", chart.fills.len());
            let texts: Vec<&str> =
                doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).collect();
            let land = Landscape::of(&state);
            for level in &land.levels {
                assert!(texts.iter().any(|t| t.trim() == level_label(*level)), "level {level} missing");
            }
            if let Ok(dir) = std::env::var("LANDSCAPE_SVG_DIR") {
                let name =
                    format!("{dir}/nd-{}-{}.svg", lang.as_str(), if theme == Theme::DARK { "dark" } else { "light" });
                std::fs::write(name, &svg).expect("writes");
            }
        }
    }
}
