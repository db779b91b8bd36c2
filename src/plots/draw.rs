//! Paints a [`Chart`] on any plotters [`DrawingBackend`]: the browser canvas
//! ([`super::super::components::canvas_backend`]) and the SVG export and native tests (plotters'
//! SVG backend). The layout (title, axes, tick labels, legend) is computed here and drawn with
//! the backend's own primitives (paths, rectangles, circles, text); the log-scale mapping is
//! a line of arithmetic. Plotters' chart builder, mesh and series types did the same with
//! generic machinery; dropping them took 17 KB off the gzipped wasm (issue 6: page weight).

use super::chart::{Axis, Chart, Dash, Marker, MarkerShape, Series};
use super::erased::{Erased, Paint, Stroke, TextSpec};
use super::style::{Look, Rgb};
use super::ticks;
use plotters::prelude::SVGBackend;
use plotters::style::{FontDesc, FontFamily, FontStyle, FontTransform};
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{BackendColor, BackendCoord, DrawingBackend, DrawingErrorKind};

type Result<DB, T = ()> = std::result::Result<T, DrawingErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Where the plotting area (inside the axes) landed, in backend pixels: for mapping the mouse
/// back to data coordinates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlotArea {
    pub left: i32,
    pub right: i32,
    pub top: i32,
    pub bottom: i32,
}

/// A pixel rectangle, for keeping labels apart.
#[derive(Clone, Copy, Debug)]
struct Rect {
    x0: i32,
    y0: i32,
    x1: i32,
    y1: i32,
}

impl Rect {
    fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
}

fn rgba(c: Rgb, alpha: f64) -> BackendColor {
    BackendColor { rgb: (c.0, c.1, c.2), alpha: alpha.clamp(0.0, 1.0) }
}

fn stroke(c: Rgb, alpha: f64, width: u32) -> Stroke {
    Stroke { color: rgba(c, alpha), width }
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
    fixed: Vec<Series>,
    fixed_markers: Vec<Marker>,
}

impl StaticPart {
    pub fn of(chart: &Chart) -> StaticPart {
        StaticPart {
            title: chart.title.clone(),
            x: chart.x.clone(),
            y: chart.y.clone(),
            bands: chart.bands.clone(),
            notes: chart.vlines.iter().filter(|v| v.note).cloned().collect(),
            fixed: chart.series.iter().filter(|s| s.fixed).cloned().collect(),
            fixed_markers: chart.markers.iter().filter(|m| m.fixed).cloned().collect(),
        }
    }
}

/// Sizes (CSS pixels × scale), the layout and the data → pixel mapping of one chart.
struct Frame<'c> {
    chart: &'c Chart,
    look: Look,
    s: f64,
    area: PlotArea,
    size: (u32, u32),
    /// Per axis: `ln lo` and pixels per unit of `ln v` (x grows right, y grows up).
    x_map: (f64, f64),
    y_map: (f64, f64),
}

impl Frame<'_> {
    /// A length in backend pixels, at least 1.
    fn px(&self, v: f64) -> u32 {
        (v * self.s).round().max(1.0) as u32
    }

    fn font(&self, size: f64, color: Rgb, anchor: Pos) -> TextSpec {
        TextSpec {
            family: "sans-serif".to_string(),
            size: size * self.s,
            style: FontStyle::Normal,
            transform: FontTransform::None,
            color: rgba(color, 1.0),
            anchor,
        }
    }

    fn fg_font(&self, size: f64, h: HPos, v: VPos) -> TextSpec {
        self.font(size, self.look.theme.foreground, Pos::new(h, v))
    }

    fn x(&self, v: f64) -> i32 {
        let (ln_lo, per) = self.x_map;
        (f64::from(self.area.left) + (v.ln() - ln_lo) * per).round() as i32
    }

    fn y(&self, v: f64) -> i32 {
        let (ln_lo, per) = self.y_map;
        (f64::from(self.area.bottom) - (v.ln() - ln_lo) * per).round() as i32
    }

    fn at(&self, (x, y): (f64, f64)) -> BackendCoord {
        (self.x(x), self.y(y))
    }
}

/// Lays `chart` out on a `size` backend: margins, title row and label areas around the
/// plotting area.
fn frame<'c>(chart: &'c Chart, look: &Look, size: (u32, u32)) -> Frame<'c> {
    let s = look.scale.max(0.5);
    let px = |v: f64| (v * s).round().max(1.0) as i32;
    let narrow = f64::from(size.0) / s < 420.0;
    let (w, h) = (size.0 as i32, size.1 as i32);
    let title_h = if chart.title.is_empty() { 0 } else { px(15.0 * 1.25) };
    let left = px(8.0) + px(if narrow { 44.0 } else { 52.0 });
    let right = (w - px(20.0)).max(left + 1);
    let top = px(8.0) + title_h;
    let bottom = (h - px(8.0) - px(40.0)).max(top + 1);
    // Log scale: pixels per unit of ln v across the axis.
    let map = |axis: &Axis, pixels: i32| (axis.lo.ln(), f64::from(pixels) / (axis.hi.ln() - axis.lo.ln()));
    let (x_map, y_map) = (map(&chart.x, right - left), map(&chart.y, bottom - top));
    Frame { chart, look: *look, s, area: PlotArea { left, right, top, bottom }, size, x_map, y_map }
}

/// Draws `chart` filling the backend. Sizes scale with `look.scale` (device pixels per CSS
/// pixel).
pub fn draw_chart<DB: DrawingBackend>(backend: &mut DB, chart: &Chart, look: &Look) -> Result<DB, PlotArea> {
    draw_layers(backend, chart, look, Layers::All)
}

/// Paints the chosen `layers` of `chart` (see [`Layers`]).
pub fn draw_layers<DB: DrawingBackend>(
    backend: &mut DB,
    chart: &Chart,
    look: &Look,
    layers: Layers,
) -> Result<DB, PlotArea> {
    let f = frame(chart, look, backend.get_size());
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
fn draw_static<DB: DrawingBackend>(b: &mut DB, f: &Frame) -> Result<DB> {
    let (chart, theme, a) = (f.chart, f.look.theme, f.area);
    b.draw_rect((0, 0), (f.size.0 as i32, f.size.1 as i32), &stroke(theme.background, 1.0, 1), true)?;
    if !chart.title.is_empty() {
        let title = f.fg_font(15.0, HPos::Center, VPos::Top);
        b.draw_text(&chart.title, &title, (f.size.0 as i32 / 2, f.px(8.0) as i32))?;
    }
    for band in &chart.bands {
        let (x0, x1) = (band.x.0.max(chart.x.lo), band.x.1.min(chart.x.hi));
        if x1 > x0 {
            b.draw_rect((f.x(x0), a.top), (f.x(x1), a.bottom), &stroke(theme.band, 1.0, 1), true)?;
        }
    }

    // Grid and ticks: the tick values and labels of `ticks` (10ᵏ, round decimals).
    let narrow = f64::from(f.size.0) / f.s < 420.0;
    let grid = stroke(theme.grid, 1.0, f.px(1.0));
    let axis = stroke(theme.foreground, 1.0, f.px(1.0));
    let tick = f.px(4.0) as i32;
    let gap = f.px(6.0) as i32;
    let x_font = f.fg_font(12.0, HPos::Center, VPos::Top);
    for t in ticks::ticks(&chart.x, if narrow { 5 } else { 9 }) {
        let x = f.x(t);
        b.draw_line((x, a.top), (x, a.bottom), &grid)?;
        b.draw_line((x, a.bottom), (x, a.bottom + tick), &axis)?;
        b.draw_text(&ticks::label(&chart.x, t), &x_font, (x, a.bottom + gap))?;
    }
    let y_font = f.fg_font(12.0, HPos::Right, VPos::Center);
    for t in ticks::ticks(&chart.y, 6) {
        let y = f.y(t);
        b.draw_line((a.left, y), (a.right, y), &grid)?;
        b.draw_line((a.left - tick, y), (a.left, y), &axis)?;
        b.draw_text(&ticks::label(&chart.y, t), &y_font, (a.left - gap, y))?;
    }
    b.draw_line((a.left, a.top), (a.left, a.bottom), &axis)?;
    b.draw_line((a.left, a.bottom), (a.right, a.bottom), &axis)?;
    let x_name = f.fg_font(12.5, HPos::Center, VPos::Bottom);
    b.draw_text(&chart.x.label, &x_name, ((a.left + a.right) / 2, f.size.1 as i32 - f.px(4.0) as i32))?;
    let y_name = TextSpec { transform: FontTransform::Rotate270, ..f.fg_font(12.5, HPos::Center, VPos::Top) };
    b.draw_text(&chart.y.label, &y_name, (f.px(4.0) as i32, (a.top + a.bottom) / 2))?;

    for (i, vline) in chart.vlines.iter().enumerate().filter(|(_, v)| v.note) {
        draw_vline(b, f, i, vline)?;
    }
    draw_curves(b, f, chart.series.iter().filter(|s| s.fixed))?;
    draw_markers(b, f, chart.markers.iter().filter(|m| m.fixed))?;
    draw_labels(b, f, true)
}

/// The curves and markers that move with the budget, the budget line, their labels, and the
/// legend.
fn draw_dynamic<DB: DrawingBackend>(b: &mut DB, f: &Frame) -> Result<DB> {
    let chart = f.chart;
    draw_curves(b, f, chart.series.iter().filter(|s| !s.fixed))?;
    for (i, vline) in chart.vlines.iter().enumerate().filter(|(_, v)| !v.note) {
        draw_vline(b, f, i, vline)?;
    }
    draw_markers(b, f, chart.markers.iter().filter(|m| !m.fixed))?;
    draw_labels(b, f, false)?;
    draw_legend(b, f)
}

/// Splits a pixel polyline into dashes of `on` pixels separated by gaps of `off`.
fn dashes(points: &[(f64, f64)], on: f64, off: f64) -> Vec<Vec<BackendCoord>> {
    let round = |(x, y): (f64, f64)| (x.round() as i32, y.round() as i32);
    let mut out: Vec<Vec<BackendCoord>> = Vec::new();
    let mut current: Vec<BackendCoord> = Vec::new();
    // Position within the pattern: drawing for `left` more pixels (or skipping, if `!drawing`).
    let (mut drawing, mut left) = (true, on);
    for pair in points.windows(2) {
        let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
        let len = (x1 - x0).hypot(y1 - y0);
        let mut done = 0.0;
        if drawing && current.is_empty() {
            current.push(round((x0, y0)));
        }
        while len - done > left {
            done += left;
            let t = done / len;
            let p = round((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t));
            if drawing {
                current.push(p);
                out.push(std::mem::take(&mut current));
            } else {
                current.push(p);
            }
            drawing = !drawing;
            left = if drawing { on } else { off };
        }
        left -= len - done;
        if drawing {
            current.push(round((x1, y1)));
        }
    }
    if current.len() > 1 {
        out.push(current);
    }
    out
}

/// Polylines, solid or dashed.
fn draw_curves<'s, DB: DrawingBackend>(b: &mut DB, f: &Frame, series: impl Iterator<Item = &'s Series>) -> Result<DB> {
    for series in series {
        let style = stroke(series.color, series.opacity, f.px(series.width));
        match series.dash {
            Dash::Solid => b.draw_path(series.points.iter().map(|&p| f.at(p)), &style)?,
            dash => {
                let (on, off) = dash_lengths(dash);
                let pixels: Vec<(f64, f64)> =
                    series.points.iter().map(|&(x, y)| (f64::from(f.x(x)), f64::from(f.y(y)))).collect();
                for piece in dashes(&pixels, f64::from(f.px(on)), f64::from(f.px(off))) {
                    b.draw_path(piece, &style)?;
                }
            }
        }
    }
    Ok(())
}

/// Marker radius in backend pixels.
fn marker_radius(f: &Frame) -> i32 {
    f.px(5.0) as i32
}

/// Marker shapes: filled circles (optima), diamonds (your model), squares (famous models).
fn draw_markers<'m, DB: DrawingBackend>(
    b: &mut DB,
    f: &Frame,
    markers: impl Iterator<Item = &'m Marker>,
) -> Result<DB> {
    let r = marker_radius(f);
    let outline = stroke(f.look.theme.background, 1.0, f.px(1.5));
    for m in markers {
        let (x, y) = f.at(m.at);
        let fill = stroke(m.color, 1.0, 1);
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
                b.draw_rect((x - h, y - h), (x + h, y + h), &stroke(m.color, 0.85, 1), true)?;
            }
        }
    }
    Ok(())
}

/// Draws the labels of the fixed markers (`fixed`) or of the moving ones. Labels are placed
/// fixed markers first, then moving ones, each group most important first ("you", optima,
/// famous models); a label is skipped if it would overlap the legend or a label placed
/// before it. Both layers run the same placement, so they agree.
fn draw_labels<DB: DrawingBackend>(b: &mut DB, f: &Frame, fixed: bool) -> Result<DB> {
    let r = marker_radius(f);
    let font = f.fg_font(11.0, HPos::Left, VPos::Bottom);
    let mut taken: Vec<Rect> = legend_layout(b, f).map(|l| l.rect).into_iter().collect();
    // Priority order without a sort: fixed before moving, then by shape, then chart order.
    let order = [true, false].into_iter().flat_map(|group| {
        [MarkerShape::Diamond, MarkerShape::Circle, MarkerShape::Square].into_iter().flat_map(move |shape| {
            f.chart.markers.iter().filter(move |m| m.fixed == group && m.shape == shape && m.label.is_some())
        })
    });
    for m in order {
        let Some(label) = &m.label else { continue };
        let (px, py) = f.at(m.at);
        let (tw, th) = b.estimate_text_size(label, &font)?;
        let rect = Rect { x0: px + r + 3, y0: py - r - 2 - th as i32, x1: px + r + 3 + tw as i32, y1: py - r - 2 };
        if taken.iter().any(|t| t.overlaps(&rect)) {
            continue;
        }
        taken.push(rect);
        if m.fixed == fixed {
            b.draw_text(label, &font, (rect.x0, rect.y1))?;
        }
    }
    Ok(())
}

/// A vertical rule: dotted note (label at the top, one row lower per note) or the dashed
/// budget line (label at the bottom).
fn draw_vline<DB: DrawingBackend>(b: &mut DB, f: &Frame, i: usize, vline: &super::chart::VLine) -> Result<DB> {
    let (a, fg) = (f.area, f.look.theme.foreground);
    let (alpha, on, off) = if vline.note { (0.4, 2.0, 4.0) } else { (0.55, 5.0, 4.0) };
    let style = stroke(fg, alpha, f.px(1.5));
    let x = f.x(vline.x);
    let line = [(f64::from(x), f64::from(a.top)), (f64::from(x), f64::from(a.bottom))];
    for piece in dashes(&line, f64::from(f.px(on)), f64::from(f.px(off))) {
        b.draw_path(piece, &style)?;
    }
    if let Some(label) = &vline.label {
        let (y, v) =
            if vline.note { (a.top + i as i32 * f.px(13.0) as i32, VPos::Top) } else { (a.bottom, VPos::Bottom) };
        b.draw_text(label, &f.fg_font(11.0, HPos::Left, v), (x, y))?;
    }
    Ok(())
}

/// Dash and gap lengths in CSS pixels.
fn dash_lengths(dash: Dash) -> (f64, f64) {
    match dash {
        Dash::Solid => (1.0, 0.0),
        Dash::Dashed => (9.0, 5.0),
        Dash::Dotted => (2.0, 4.0),
        Dash::LongDash => (18.0, 6.0),
        Dash::ShortDash => (5.0, 3.0),
    }
}

/// The legend's rows: law entries, then the extrapolation band if any is shown.
fn legend_rows<'c>(f: &Frame<'c>) -> Vec<(&'c str, Rgb, Option<Dash>)> {
    let chart = f.chart;
    let mut rows: Vec<(&str, Rgb, Option<Dash>)> =
        chart.legend.iter().map(|e| (e.label.as_str(), e.color, Some(e.dash))).collect();
    if !chart.band_label.is_empty() && !chart.bands.is_empty() {
        rows.push((chart.band_label.as_str(), f.look.theme.band, None));
    }
    rows
}

/// Legend geometry (top right inside the plotting area), shared by drawing and label
/// placement.
struct LegendLayout {
    rect: Rect,
    row_h: i32,
    swatch: i32,
    pad: i32,
    /// Size factor: full size on roomy plots, smaller on narrow ones (embeds, phones).
    scale: f64,
}

fn legend_font(f: &Frame, scale: f64) -> TextSpec {
    TextSpec { size: 11.5 * scale, ..f.fg_font(11.5, HPos::Left, VPos::Center) }
}

fn legend_layout<DB: DrawingBackend>(b: &DB, f: &Frame) -> Option<LegendLayout> {
    let rows = legend_rows(f);
    if rows.is_empty() {
        return None;
    }
    let a = f.area;
    let css_width = f64::from(a.right - a.left) / f.s;
    let scale = if css_width < 320.0 { f.s * 0.8 } else { f.s };
    let row_h = (17.0 * scale) as i32;
    let swatch = (22.0 * scale) as i32;
    let pad = (6.0 * scale) as i32;
    let font = legend_font(f, scale);
    let text_w =
        rows.iter().map(|(label, _, _)| b.estimate_text_size(label, &font).map_or(0, |(w, _)| w as i32)).max()?;
    let box_w = swatch + pad * 3 + text_w;
    let box_h = row_h * rows.len() as i32 + pad;
    let x0 = a.right - box_w - pad;
    let y0 = a.top + pad;
    Some(LegendLayout { rect: Rect { x0, y0, x1: x0 + box_w, y1: y0 + box_h }, row_h, swatch, pad, scale })
}

/// Draws the legend on a translucent panel.
fn draw_legend<DB: DrawingBackend>(b: &mut DB, f: &Frame) -> Result<DB> {
    let Some(LegendLayout { rect, row_h, swatch, pad, scale }) = legend_layout(b, f) else {
        return Ok(());
    };
    b.draw_rect((rect.x0, rect.y0), (rect.x1, rect.y1), &stroke(f.look.theme.background, 0.85, 1), true)?;
    let font = legend_font(f, scale);
    let width = (2.5 * scale) as u32;
    for (i, (label, c, dash)) in legend_rows(f).into_iter().enumerate() {
        let y = rect.y0 + pad / 2 + row_h * i as i32 + row_h / 2;
        let x = rect.x0 + pad;
        let style = stroke(c, 1.0, width);
        match dash {
            Some(Dash::Solid) => b.draw_path([(x, y), (x + swatch, y)], &style)?,
            Some(d) => {
                let (on, off) = dash_lengths(d);
                let line = [(f64::from(x), f64::from(y)), (f64::from(x + swatch), f64::from(y))];
                for piece in dashes(&line, (on * scale).round(), (off * scale).round()) {
                    b.draw_path(piece, &style)?;
                }
            }
            None => b.draw_rect((x, y - row_h / 3), (x + swatch, y + row_h / 3), &stroke(c, 1.0, 1), true)?,
        }
        b.draw_text(label, &font, (x + swatch + pad, y))?;
    }
    Ok(())
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
    svg
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
    fn dashes_alternate_on_and_off_along_the_path() {
        let line = [(0.0, 0.0), (30.0, 0.0)];
        let pieces = dashes(&line, 5.0, 5.0);
        let spans: Vec<(i32, i32)> = pieces.iter().map(|p| (p[0].0, p[p.len() - 1].0)).collect();
        assert_eq!(spans, [(0, 5), (10, 15), (20, 25)]);
        // Across a corner the dash continues on the next segment.
        let corner = [(0.0, 0.0), (3.0, 0.0), (3.0, 10.0)];
        let pieces = dashes(&corner, 5.0, 2.0);
        assert_eq!(pieces[0], [(0, 0), (3, 0), (3, 2)]);
        assert_eq!(pieces[1][0], (3, 4));
    }
}
