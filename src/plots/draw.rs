//! Paints a [`Chart`] on any plotters [`DrawingBackend`]: the browser canvas
//! ([`super::super::components::canvas_backend`]) and the SVG export and native tests (plotters'
//! SVG backend). The layout (plotting area and every text's box) comes from [`super::layout`];
//! this module paints it with the backend's own primitives (paths, rectangles, circles, text). Plotters' chart builder, mesh and series types did the same with
//! generic machinery; dropping them took 17 KB off the gzipped wasm (issue 6: page weight).

use super::chart::{Axis, Chart, Dash, Marker, MarkerShape};
use super::erased::{Dashing, Erased, Ink, Paint, TextSpec};
use super::layout::{frame, legend_rows, marker_radius, Frame, LegendLayout, Rect, Result};
pub use super::layout::{layout_boxes, LayoutBoxes, PlotArea, TextKind};
use super::style::{Look, Rgb};
use plotters::prelude::SVGBackend;
use plotters::style::{FontDesc, FontFamily, FontStyle, FontTransform};
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{BackendColor, BackendCoord, DrawingBackend};

fn rgba(c: Rgb, alpha: f64) -> BackendColor {
    BackendColor { rgb: (c.0, c.1, c.2), alpha: alpha.clamp(0.0, 1.0) }
}

fn ink(c: Rgb, alpha: f64, width: u32) -> Ink {
    Ink { color: rgba(c, alpha), width }
}

/// Which parts of a chart to paint. The browser keeps the [`Layers::Static`] part (background,
/// title, axes, grid, tick labels, shaded bands, note lines, curves and markers that do not
/// move with the budget) in an offscreen canvas while its [`StaticPart`] is unchanged, and
/// repaints only [`Layers::Dynamic`] (the other curves and markers, the budget line, labels,
/// legend) on top of it. Both use the same layout, so they line up exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layers {
    All,
    Static,
    Dynamic,
}

impl Layers {
    fn statics(self) -> bool {
        self != Layers::Dynamic
    }
    fn dynamics(self) -> bool {
        self != Layers::Static
    }
}

/// What the static layer depends on (besides size and look): when it is equal, the cached
/// static layer can be reused.
#[derive(Clone, Debug, PartialEq)]
pub struct StaticPart {
    title: String,
    x: Axis,
    y: Axis,
    bands: Vec<super::chart::Band>,
    notes: Vec<super::chart::VLine>,
    /// The fixed curves and the filled bands (thousands of points on plots C, Split and ND),
    /// hashed: cloning them to compare them cost more per paint than the comparison saves.
    drawn: u64,
    fixed_markers: Vec<Marker>,
    /// The legend's texts: on a compact plot its strip sets the plotting area's top.
    legend: Vec<String>,
    colorbar: Option<super::chart::ColorBar>,
    tags: Vec<super::chart::Tag>,
}

impl StaticPart {
    pub fn of(chart: &Chart) -> StaticPart {
        StaticPart {
            title: chart.title.clone(),
            x: chart.x.clone(),
            y: chart.y.clone(),
            bands: chart.bands.clone(),
            notes: chart.vlines.iter().filter(|v| v.note).cloned().collect(),
            drawn: fixed_digest(chart),
            fixed_markers: chart.markers.iter().filter(|m| m.fixed).cloned().collect(),
            legend: chart.legend.iter().map(|e| e.label.clone()).chain([chart.band_label.clone()]).collect(),
            colorbar: chart.colorbar.clone(),
            tags: chart.tags.clone(),
        }
    }
}

/// A hash of everything the fixed curves and the filled bands draw.
fn fixed_digest(chart: &Chart) -> u64 {
    use std::hash::{Hash, Hasher};
    // FxHash: a multiply and a rotate per word (SipHash, the default, costs several times more
    // per point, and no adversary chooses these points).
    let mut h = rustc_hash::FxHasher::default();
    let points = |h: &mut rustc_hash::FxHasher, points: &[(f64, f64)]| {
        points.len().hash(h);
        for (x, y) in points {
            (x.to_bits(), y.to_bits()).hash(h);
        }
    };
    for s in chart.series.iter().filter(|s| s.fixed) {
        (&s.name, s.color, s.dash, s.width.to_bits(), s.opacity.to_bits()).hash(&mut h);
        points(&mut h, &s.points);
    }
    for fill in &chart.fills {
        fill.color.hash(&mut h);
        points(&mut h, &fill.points);
    }
    h.finish()
}

/// Draws `chart` filling the backend. Sizes scale with `look.scale` (device pixels per CSS
/// pixel).
pub fn draw_chart<DB: DrawingBackend + Dashing>(backend: &mut DB, chart: &Chart, look: &Look) -> Result<DB, PlotArea> {
    draw_layers(backend, chart, look, Layers::All)
}

/// Paints the chosen `layers` of `chart` (see [`Layers`]).
pub fn draw_layers<DB: DrawingBackend + Dashing>(
    backend: &mut DB,
    chart: &Chart,
    look: &Look,
    layers: Layers,
) -> Result<DB, PlotArea> {
    let f = frame(backend, chart, look, backend.get_size())?;
    if layers.statics() {
        draw_static(backend, &f)?;
    }
    if layers.dynamics() {
        draw_dynamic(backend, &f)?;
    }
    Ok(f.area)
}

/// Background, title, grid, axes, tick labels, axis names, shaded bands, note lines, and the
/// curves and markers that do not move with the budget.
fn draw_static<DB: DrawingBackend + Dashing>(b: &mut DB, f: &Frame) -> Result<DB> {
    let (chart, theme, a) = (f.chart, f.look.theme, f.area);
    b.draw_rect((0, 0), (f.size.0 as i32, f.size.1 as i32), &ink(theme.background, 1.0, 1), true)?;
    for band in &chart.bands {
        let (x0, x1) = (band.x.0.max(chart.x.lo), band.x.1.min(chart.x.hi));
        if x1 > x0 {
            b.draw_rect((f.x(x0), a.top), (f.x(x1), a.bottom), &ink(theme.band, 1.0, 1), true)?;
        }
    }
    let grid = ink(theme.grid, 1.0, f.px(1.0));
    let axis = ink(theme.foreground, 1.0, f.px(1.0));
    let tick = f.px(4.0) as i32;
    for &t in &f.x_ticks {
        let x = f.x(t);
        b.draw_line((x, a.top), (x, a.bottom), &grid)?;
        b.draw_line((x, a.bottom), (x, a.bottom + tick), &axis)?;
    }
    for &t in &f.y_ticks {
        let y = f.y(t);
        b.draw_line((a.left, y), (a.right, y), &grid)?;
        b.draw_line((a.left - tick, y), (a.left, y), &axis)?;
    }
    // Filled bands (the landscape's contours) over the grid: a contour map reads without it.
    for fill in &chart.fills {
        b.fill_polygon(fill.points.iter().map(|&p| f.at(p)), &ink(fill.color, 1.0, 1))?;
    }
    if let Some(bar) = &f.colorbar {
        for (r, c) in &bar.bands {
            b.draw_rect((r.x0, r.y0), (r.x1, r.y1), &ink(*c, 1.0, 1), true)?;
        }
        if let (Some(first), Some(last)) = (bar.bands.first(), bar.bands.last()) {
            let (x0, x1, y0, y1) = (first.0.x0, first.0.x1, last.0.y0, first.0.y1);
            b.draw_rect((x0, y0), (x1, y1), &ink(theme.foreground, 0.6, f.px(1.0)), false)?;
        }
    }
    b.draw_line((a.left, a.top), (a.left, a.bottom), &axis)?;
    b.draw_line((a.left, a.bottom), (a.right, a.bottom), &axis)?;
    let bar_labels = f.colorbar.iter().flat_map(|c| &c.labels);
    for p in f.title.iter().chain(&f.x_labels).chain(&f.y_labels).chain(bar_labels).chain(&f.x_name) {
        b.draw_text(&p.text, &f.text_font(p.size), (p.rect.x0, p.rect.y1))?;
    }
    if let Some(p) = &f.y_name {
        // Rotated a quarter turn: drawn from its box's bottom left, reading upwards.
        let spec = TextSpec {
            transform: FontTransform::Rotate270,
            ..f.font(p.size, theme.foreground, Pos::new(HPos::Left, VPos::Top))
        };
        b.draw_text(&p.text, &spec, (p.rect.x0, p.rect.y1))?;
    }
    for vline in chart.vlines.iter().filter(|v| v.note) {
        draw_rule(b, f, vline)?;
    }
    draw_curves(b, f, true)?;
    // Tags on a halo of the background, like the labels, over the lines they name.
    let halo = ink(theme.background, 0.7, 1);
    for p in &f.tags {
        b.draw_rect((p.rect.x0, p.rect.y0), (p.rect.x1, p.rect.y1), &halo, true)?;
        b.draw_text(&p.text, &f.text_font(p.size), (p.rect.x0, p.rect.y1))?;
    }
    draw_markers(b, f, chart.markers.iter().filter(|m| m.fixed))
}

/// The curves and markers that move with the budget, the budget line, every label (marker
/// labels avoid the moving markers too, so they are placed on every paint), and the legend.
fn draw_dynamic<DB: DrawingBackend + Dashing>(b: &mut DB, f: &Frame) -> Result<DB> {
    let chart = f.chart;
    draw_curves(b, f, false)?;
    for vline in chart.vlines.iter().filter(|v| !v.note) {
        draw_rule(b, f, vline)?;
    }
    draw_markers(b, f, chart.markers.iter().filter(|m| !m.fixed))?;
    let overlay = f.overlay(b)?.clone();
    let font = f.text_font(f.fonts.label);
    let texts = overlay
        .notes
        .iter()
        .chain(&overlay.budget)
        .filter_map(|(i, r)| Some((chart.vlines[*i].label.as_deref()?, r)))
        .chain(overlay.labels.iter().filter_map(|(i, r)| Some((chart.markers[*i].label.as_deref()?, r))));
    // Each label on a halo of the background (mostly opaque): a curve or a rule that runs
    // under a label does not cross its letters. The layout keeps labels off markers and each
    // other, so the halo hides only line segments.
    // The layout keeps the labels apart, so every halo can go first and every text after it:
    // the canvas switches its fill colour twice, not twice per label.
    let halo = ink(f.look.theme.background, 0.8, 1);
    for (_, r) in texts.clone() {
        b.draw_rect((r.x0, r.y0), (r.x1, r.y1), &halo, true)?;
    }
    for (text, r) in texts {
        b.draw_text(text, &font, (r.x0, r.y1))?;
    }
    if let Some(legend) = f.legend(b)?.cloned() {
        draw_legend(b, f, &legend)?;
    }
    Ok(())
}

/// A vertical rule: a dotted teaching note or the dashed budget line (their labels are
/// placed with the other labels).
fn draw_rule<DB: DrawingBackend + Dashing>(b: &mut DB, f: &Frame, vline: &super::chart::VLine) -> Result<DB> {
    let (a, fg) = (f.area, f.look.theme.foreground);
    let (alpha, pattern) = if vline.note { (0.4, [2.0, 4.0]) } else { (0.55, [5.0, 4.0]) };
    let style = ink(fg, alpha, f.px(1.5));
    let x = f.x(vline.x);
    let line = [(f64::from(x), f64::from(a.top)), (f64::from(x), f64::from(a.bottom))];
    stroke_dashed(b, &line, &scaled(&pattern, f.s), &style)
}

/// Draws the legend: a translucent panel over the curves, or a strip of entries above them.
/// A backend that keeps pictures ([`Dashing::sprite`]) draws it once per content and copies it
/// where the layout puts it: the panel moves between corners as the curves move, its content
/// changes only with the laws, the theme or the scale.
fn draw_legend<DB: DrawingBackend + Dashing>(b: &mut DB, f: &Frame, legend: &LegendLayout) -> Result<DB> {
    let rect = legend.rect;
    let size = ((rect.x1 - rect.x0).max(1) as u32, (rect.y1 - rect.y0).max(1) as u32);
    // The same legend drawn from the picture's origin.
    let local = LegendLayout {
        rect: Rect { x0: 0, y0: 0, x1: rect.x1 - rect.x0, y1: rect.y1 - rect.y0 },
        items: legend.items.iter().map(|&(x, y)| (x - rect.x0, y - rect.y0)).collect(),
        ..legend.clone()
    };
    let mut failed = false;
    let kept = b.sprite(legend_key(f, &local), size, (rect.x0, rect.y0), &mut |target| {
        failed = draw_legend_at(&mut Erased::new(target), f, &local).is_err();
    });
    if kept && !failed {
        return Ok(());
    }
    draw_legend_at(b, f, legend)
}

/// Everything the legend's pixels depend on, hashed: its rows, its layout from its own
/// origin, the theme and the scale.
fn legend_key(f: &Frame, local: &LegendLayout) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    for row in legend_rows(f.chart, f.look.theme.band, local.short) {
        row.label.hash(&mut h);
        row.color.hash(&mut h);
        if let Some((dash, width, opacity)) = row.line {
            (dash, width.to_bits(), opacity.to_bits()).hash(&mut h);
        }
    }
    let LegendLayout { rect, items, swatch, pad, size, panel, short } = local;
    (rect.x1, rect.y1, items, swatch, pad, size.to_bits(), panel, short).hash(&mut h);
    (f.look.theme.background, f.look.theme.foreground, f.s.to_bits()).hash(&mut h);
    h.finish()
}

/// Draws `legend` where its layout says.
fn draw_legend_at<DB: DrawingBackend + Dashing>(b: &mut DB, f: &Frame, legend: &LegendLayout) -> Result<DB> {
    let LegendLayout { rect, swatch, pad, size, panel, short, .. } = *legend;
    if panel {
        b.draw_rect((rect.x0, rect.y0), (rect.x1, rect.y1), &ink(f.look.theme.background, 0.85, 1), true)?;
    }
    let font = f.font(size, f.look.theme.foreground, Pos::new(HPos::Left, VPos::Center));
    let scale = f.s * size / 11.5;
    let rows = legend_rows(f.chart, f.look.theme.band, short);
    for (row, &(x, y)) in rows.iter().zip(&legend.items) {
        match row.line {
            Some((dash, width, opacity)) => {
                let style = ink(row.color, opacity, (width * scale).round().max(1.0) as u32);
                match dash {
                    Dash::Solid => b.draw_path([(x, y), (x + swatch, y)], &style)?,
                    d => {
                        let line = [(f64::from(x), f64::from(y)), (f64::from(x + swatch), f64::from(y))];
                        stroke_dashed(b, &line, &scaled(dash_pattern(d), scale), &style)?
                    }
                }
            }
            None => {
                let third = f.px(size * 0.45) as i32;
                b.draw_rect((x, y - third), (x + swatch, y + third), &ink(row.color, 1.0, 1), true)?
            }
        }
        b.draw_text(row.label, &font, (x + swatch + pad, y))?;
    }
    Ok(())
}

/// Splits a pixel polyline into dashes: `pattern` alternates drawn and skipped lengths in
/// pixels (`[on, off]`, or `[on, off, on, off]` for dash-dot), repeated along the path.
fn dashes(points: &[(f64, f64)], pattern: &[f64]) -> Vec<Vec<BackendCoord>> {
    let round = |(x, y): (f64, f64)| (x.round() as i32, y.round() as i32);
    let mut out: Vec<Vec<BackendCoord>> = Vec::new();
    let mut current: Vec<BackendCoord> = Vec::new();
    if pattern.len() < 2 || !pattern.iter().all(|l| l.is_finite() && *l >= 1.0) {
        return out;
    }
    // Position within the pattern: segment `i` (drawn when even), `left` more pixels of it.
    let (mut i, mut left) = (0, pattern[0]);
    for pair in points.windows(2) {
        let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
        let len = (x1 - x0).hypot(y1 - y0);
        let mut done = 0.0;
        if i % 2 == 0 && current.is_empty() {
            current.push(round((x0, y0)));
        }
        while len - done > left {
            done += left;
            let t = done / len;
            let p = round((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t));
            current.push(p);
            if i % 2 == 0 {
                out.push(std::mem::take(&mut current));
            }
            i = (i + 1) % pattern.len();
            left = pattern[i];
        }
        left -= len - done;
        if i % 2 == 0 {
            current.push(round((x1, y1)));
        }
    }
    if current.len() > 1 {
        out.push(current);
    }
    out
}

/// Strokes the polyline `points` (backend pixels): at sub-pixel positions where the backend
/// can, else rounded to whole pixels.
fn stroke<DB: DrawingBackend + Dashing>(b: &mut DB, points: &[(f64, f64)], style: &Ink) -> Result<DB> {
    if !b.exact_path(points, style) {
        b.draw_path(points.iter().map(|&(x, y)| (x.round() as i32, y.round() as i32)), style)?;
    }
    Ok(())
}

/// Strokes the polyline `points` (backend pixels) dashed with `pattern` (backend pixels): in
/// one path where the backend dashes lines itself (the canvas), else one path per dash (the
/// SVG export). Both start the pattern at the first point and carry it across the vertices.
fn stroke_dashed<DB: DrawingBackend + Dashing>(
    b: &mut DB,
    points: &[(f64, f64)],
    pattern: &[f64],
    style: &Ink,
) -> Result<DB> {
    if b.set_dash(pattern) {
        stroke(b, points, style)?;
        b.set_dash(&[]);
        return Ok(());
    }
    for piece in dashes(points, pattern) {
        b.draw_path(piece, style)?;
    }
    Ok(())
}

/// A dash pattern (CSS pixels) scaled to backend pixels.
fn scaled(pattern: &[f64], s: f64) -> Vec<f64> {
    pattern.iter().map(|l| (l * s).round().max(1.0)).collect()
}

/// The curves that are `fixed` (static layer) or not (dynamic layer): polylines, solid or
/// dashed.
fn draw_curves<DB: DrawingBackend + Dashing>(b: &mut DB, f: &Frame, fixed: bool) -> Result<DB> {
    for series in f.chart.series.iter().filter(|s| s.fixed == fixed) {
        let style = ink(series.color, series.opacity, f.px(series.width));
        let points = f.drawn(series);
        match series.dash {
            Dash::Solid => stroke(b, &points, &style)?,
            dash => stroke_dashed(b, &points, &scaled(dash_pattern(dash), f.s), &style)?,
        }
    }
    Ok(())
}

/// Marker shapes: filled circles (optima), diamonds (your model), squares (famous models),
/// triangles (inference-aware and data-limited optima).
fn draw_markers<'m, DB: DrawingBackend>(
    b: &mut DB,
    f: &Frame,
    markers: impl Iterator<Item = &'m Marker>,
) -> Result<DB> {
    let r = marker_radius(f);
    let outline = ink(f.look.theme.background, 1.0, f.px(1.5));
    for m in markers {
        let (x, y) = f.at(m.at);
        let fill = ink(m.color, 1.0, 1);
        match m.shape {
            MarkerShape::Circle => {
                b.draw_circle((x, y), r as u32, &fill, true)?;
                b.draw_circle((x, y), r as u32, &outline, false)?;
            }
            MarkerShape::Diamond => {
                let d = r + f.px(2.0) as i32;
                let shape = [(x, y - d), (x + d, y), (x, y + d), (x - d, y)];
                b.fill_polygon(shape, &fill)?;
                b.draw_path(shape.into_iter().chain([shape[0]]), &outline)?;
            }
            MarkerShape::Square => {
                let h = (r - 1).max(2);
                b.draw_rect((x - h, y - h), (x + h, y + h), &ink(m.color, 0.85, 1), true)?;
            }
            MarkerShape::Dot => {
                let d = (r / 2).max(2) as u32;
                b.draw_circle((x, y), d, &fill, true)?;
            }
            MarkerShape::Triangle => {
                let d = r + f.px(1.5) as i32;
                let shape = [(x, y - d), (x + d, y + d * 3 / 4), (x - d, y + d * 3 / 4)];
                b.fill_polygon(shape, &fill)?;
                b.draw_path(shape.into_iter().chain([shape[0]]), &outline)?;
            }
        }
    }
    Ok(())
}

/// Drawn and skipped lengths in CSS pixels. Dots are 3 px apart by 3: a thinner, sparser
/// pattern vanished under the other curves.
fn dash_pattern(dash: Dash) -> &'static [f64] {
    match dash {
        Dash::Solid => &[1.0, 0.0],
        Dash::Dashed => &[9.0, 5.0],
        Dash::Dotted => &[3.0, 3.0],
        Dash::LongDash => &[18.0, 6.0],
        Dash::ShortDash => &[5.0, 3.0],
        Dash::DashDot => &[10.0, 4.0, 2.0, 4.0],
        Dash::DashDotDot => &[10.0, 3.0, 2.0, 3.0, 2.0, 3.0],
        Dash::DashDashDot => &[12.0, 3.0, 12.0, 3.0, 2.0, 3.0],
        Dash::LongDashDot => &[18.0, 4.0, 3.0, 4.0],
    }
}

/// Paints the chosen `layers` of `chart` on any target through [`Erased`]: every caller in
/// the app goes through here, so the drawing code is compiled once for all backends.
pub fn paint_layers(target: &mut dyn Paint, chart: &Chart, look: &Look, layers: Layers) -> PlotArea {
    let mut backend = Erased::new(target);
    let area = draw_layers(&mut backend, chart, look, layers).unwrap_or_default();
    let _ = DrawingBackend::present(&mut backend);
    area
}

/// Like [`render_svg`], with text measured by `measure(text, font_px)` (the browser passes a
/// canvas `measureText`; see [`super::measured`]). `look.scale` sizes text and lines as on a
/// canvas (1: as on a page at zoom 1).
pub fn render_svg_measured(
    chart: &Chart,
    look: &Look,
    width: u32,
    height: u32,
    measure: impl Fn(&str, f64) -> (u32, u32),
) -> String {
    let mut svg = String::new();
    {
        let mut backend = super::measured::Measured {
            inner: SVGBackend::with_string(&mut svg, (width, height)),
            measure,
            text_scale: super::measured::SVG_FONT_SIZE_DIVISOR,
        };
        // An SVG string backend cannot fail to draw; the result is ignored on purpose.
        paint_layers(&mut backend, chart, look, Layers::All);
    }
    // The families the canvas draws with (see `SANS_FAMILIES`), instead of plotters' bare one.
    svg.replace("font-family=\"sans-serif\"", &format!("font-family=\"{}\"", super::style::SANS_FAMILIES))
}

/// The chart as an SVG document of `width`×`height` CSS pixels (export, tests).
pub fn render_svg(chart: &Chart, look: &Look, width: u32, height: u32) -> String {
    // plotters' own text measurement (what SVGBackend would use by itself).
    let measure = |text: &str, size: f64| {
        FontDesc::new(FontFamily::SansSerif, size, FontStyle::Normal).box_size(text).unwrap_or((0, 0))
    };
    render_svg_measured(chart, look, width, height, measure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_text_is_the_size_the_canvas_draws() {
        use crate::i18n::Lang;
        use crate::plots::{PlotKind, Scene, Theme};
        let state = crate::state::AppState::default();
        let chart = Scene::new(&state, Lang::En, Theme::LIGHT).chart(PlotKind::N);
        let svg = render_svg(&chart, &Look::default(), 523, 248);
        let sizes: Vec<f64> = svg
            .split("font-size=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next().and_then(|v| v.parse().ok()))
            .collect();
        assert!(sizes.len() > 10, "{svg}");
        let smallest = sizes.iter().copied().fold(f64::INFINITY, f64::min);
        let largest = sizes.iter().copied().fold(0.0, f64::max);
        // The canvas's fonts: 11 px (labels) to 15 px (title) at scale 1.
        assert!((smallest - 11.0).abs() < 1e-9 && (largest - 15.0).abs() < 1e-9, "{sizes:?}");
    }

    #[test]
    fn svg_text_names_latin_fonts_before_the_default_sans_serif() {
        use crate::i18n::Lang;
        use crate::plots::{PlotKind, Scene, Theme};
        let state = crate::state::AppState::default();
        let chart = Scene::new(&state, Lang::Ko, Theme::DARK).chart(PlotKind::C);
        let svg = render_svg(&chart, &Look::default(), 523, 248);
        let families: Vec<&str> =
            svg.split("font-family=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect();
        assert!(families.len() > 10, "{svg}");
        // A Korean system's default sans-serif draws superscript digits as specks: every text
        // names Latin fonts first (tests/plots_svg.rs parses the exported SVG as XML).
        assert!(families.iter().all(|f| f.starts_with("'DejaVu Sans'") && f.ends_with(", sans-serif")), "{families:?}");
        // The attribute closes where it should: no double quote inside the list.
        assert!(families.iter().all(|f| *f == crate::plots::SANS_FAMILIES), "{families:?}");
        assert!(!crate::plots::SANS_FAMILIES.contains('"'));
    }

    #[test]
    fn dashes_alternate_on_and_off_along_the_path() {
        let line = [(0.0, 0.0), (30.0, 0.0)];
        let pieces = dashes(&line, &[5.0, 5.0]);
        let spans: Vec<(i32, i32)> = pieces.iter().map(|p| (p[0].0, p[p.len() - 1].0)).collect();
        assert_eq!(spans, [(0, 5), (10, 15), (20, 25)]);
        // Across a corner the dash continues on the next segment.
        let corner = [(0.0, 0.0), (3.0, 0.0), (3.0, 10.0)];
        let pieces = dashes(&corner, &[5.0, 2.0]);
        assert_eq!(pieces[0], [(0, 0), (3, 0), (3, 2)]);
        assert_eq!(pieces[1][0], (3, 4));
        // Dash-dot: long, gap, dot, gap, repeated.
        let pieces = dashes(&line, &[6.0, 2.0, 2.0, 2.0]);
        let spans: Vec<(i32, i32)> = pieces.iter().map(|p| (p[0].0, p[p.len() - 1].0)).collect();
        assert_eq!(spans, [(0, 6), (8, 10), (12, 18), (20, 22), (24, 30)]);
        // A degenerate pattern draws nothing rather than looping.
        assert!(dashes(&line, &[0.0, 0.0]).is_empty());
    }
}
