//! Paints a [`Chart`] on any plotters [`DrawingBackend`]: the browser canvas
//! ([`super::super::components::canvas_backend`]) and the SVG export and native tests (plotters'
//! SVG backend). The layout (title, axes, tick labels, legend) is computed here and drawn with
//! the backend's own primitives (paths, rectangles, circles, text); the log-scale mapping is
//! a line of arithmetic. Plotters' chart builder, mesh and series types did the same with
//! generic machinery; dropping them took 17 KB off the gzipped wasm (issue 6: page weight).

use super::chart::{Axis, Chart, Dash, LogScale, Marker, MarkerShape, Series};
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
    /// The axes' log scales over the plotting area (x grows right, y grows up).
    x_map: LogScale,
    y_map: LogScale,
    /// The legend's place and the labels' places, worked out once per paint (label placement,
    /// the budget label and the legend all ask for them).
    legend: std::cell::OnceCell<Option<LegendLayout>>,
    labels: std::cell::OnceCell<Vec<(usize, Rect)>>,
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
        (f64::from(self.area.left) + self.x_map.to_px(v)).round() as i32
    }

    fn y(&self, v: f64) -> i32 {
        (f64::from(self.area.bottom) - self.y_map.to_px(v)).round() as i32
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
    let (x_map, y_map) = chart.scales(f64::from(right - left), f64::from(bottom - top));
    Frame {
        chart,
        look: *look,
        s,
        area: PlotArea { left, right, top, bottom },
        size,
        x_map,
        y_map,
        legend: Default::default(),
        labels: Default::default(),
    }
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

/// A dash pattern (CSS pixels) scaled to backend pixels.
fn scaled(pattern: &[f64], s: f64) -> Vec<f64> {
    pattern.iter().map(|l| (l * s).round().max(1.0)).collect()
}

/// Polylines, solid or dashed.
fn draw_curves<'s, DB: DrawingBackend>(b: &mut DB, f: &Frame, series: impl Iterator<Item = &'s Series>) -> Result<DB> {
    for series in series {
        let style = stroke(series.color, series.opacity, f.px(series.width));
        match series.dash {
            Dash::Solid => b.draw_path(series.points.iter().map(|&p| f.at(p)), &style)?,
            dash => {
                let pixels: Vec<(f64, f64)> =
                    series.points.iter().map(|&(x, y)| (f64::from(f.x(x)), f64::from(f.y(y)))).collect();
                for piece in dashes(&pixels, &scaled(dash_pattern(dash), f.s)) {
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

/// Where each marker label goes: `(marker index, rect)` for every label that found room.
/// Labels are placed fixed markers first, then moving ones, each group most important first
/// ("you", optima, famous models). Each label tries six spots around its marker (right,
/// above right, below right, then the same on the left) and takes the first that stays inside the
/// plotting area, clears the legend, every marker and every label placed before it, and is
/// nearer to its own marker than to any other; with none free it is left out rather than
/// drawn over something. Both layers run the same placement, so they agree.
fn place_labels<DB: DrawingBackend>(b: &DB, f: &Frame) -> Result<DB, Vec<(usize, Rect)>> {
    if let Some(placed) = f.labels.get() {
        return Ok(placed.clone());
    }
    let placed = compute_labels(b, f)?;
    Ok(f.labels.get_or_init(|| placed).clone())
}

fn compute_labels<DB: DrawingBackend>(b: &DB, f: &Frame) -> Result<DB, Vec<(usize, Rect)>> {
    let r = marker_radius(f);
    let a = f.area;
    let font = label_font(f);
    let mut taken: Vec<Rect> = legend_layout(b, f).map(|l| l.rect).into_iter().collect();
    taken.extend(note_label_rects(b, f));
    let discs: Vec<Rect> = f.chart.markers.iter().map(|m| marker_box(f, m)).collect();
    let centres: Vec<BackendCoord> = f.chart.markers.iter().map(|m| f.at(m.at)).collect();
    // Squared pixel distance from a point to a box (0 inside).
    let dist2 = |(x, y): BackendCoord, r: &Rect| {
        let dx = i64::from((r.x0 - x).max(0).max(x - r.x1));
        let dy = i64::from((r.y0 - y).max(0).max(y - r.y1));
        dx * dx + dy * dy
    };
    // Priority order without a sort: fixed before moving, then by shape, then chart order.
    let order = [true, false].into_iter().flat_map(|group| {
        [MarkerShape::Diamond, MarkerShape::Circle, MarkerShape::Square].into_iter().flat_map(move |shape| {
            f.chart
                .markers
                .iter()
                .enumerate()
                .filter(move |(_, m)| m.fixed == group && m.shape == shape && m.label.is_some())
        })
    });
    let gap = f.px(3.0) as i32;
    let mut placed = Vec::new();
    for (i, m) in order {
        let Some(label) = &m.label else { continue };
        let (px, py) = f.at(m.at);
        let (tw, th) = b.estimate_text_size(label, &font)?;
        let (tw, th) = (tw as i32, th as i32);
        let (right, left) = (px + r + gap, px - r - gap - tw);
        let (above, level, below) = (py - r - gap - th, py - th / 2, py + r + gap);
        let spot = [(right, level), (right, above), (right, below), (left, level), (left, above), (left, below)]
            .into_iter()
            .map(|(x0, y0)| Rect { x0, y0, x1: x0 + tw, y1: y0 + th })
            .find(|rect| {
                // Inside the plot, on nothing, and nearer to its own marker than to any other
                // (so it cannot be read as another marker's label).
                // Markers at the same spot (within a radius: "you N" and "you D" of a model
                // with as many tokens as parameters) count as one for the nearness rule.
                let own = dist2(centres[i], rect);
                let apart = |j: usize| {
                    let (c, o) = (centres[j], centres[i]);
                    (c.0 - o.0).abs() > r || (c.1 - o.1).abs() > r
                };
                rect.x0 >= a.left
                    && rect.x1 <= a.right
                    && rect.y0 >= a.top
                    && rect.y1 <= a.bottom
                    && !taken.iter().any(|t| t.overlaps(rect))
                    && !discs.iter().any(|d| d.overlaps(rect))
                    && (0..centres.len()).all(|j| !apart(j) || dist2(centres[j], rect) > own)
            });
        if let Some(rect) = spot {
            taken.push(rect);
            placed.push((i, rect));
        }
    }
    Ok(placed)
}

fn label_font(f: &Frame) -> TextSpec {
    f.fg_font(11.0, HPos::Left, VPos::Bottom)
}

/// The pixel box a marker covers (its shape with the outline), which labels keep clear of.
fn marker_box(f: &Frame, m: &Marker) -> Rect {
    let (x, y) = f.at(m.at);
    let d = marker_radius(f) + f.px(2.0) as i32;
    Rect { x0: x - d, y0: y - d, x1: x + d, y1: y + d }
}

/// Draws the labels of the fixed markers (`fixed`) or of the moving ones, where
/// [`place_labels`] put them.
fn draw_labels<DB: DrawingBackend>(b: &mut DB, f: &Frame, fixed: bool) -> Result<DB> {
    let font = label_font(f);
    for (i, rect) in place_labels(b, f)? {
        let m = &f.chart.markers[i];
        if let (true, Some(label)) = (m.fixed == fixed, &m.label) {
            b.draw_text(label, &font, (rect.x0, rect.y1))?;
        }
    }
    Ok(())
}

/// Pixel boxes `[x0, y0, x1, y1]` of a chart laid out on a `size` canvas with text measured by
/// `measure(text, font_px)`: for tests of the layout (nothing overlaps, labels sit by their
/// markers).
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutBoxes {
    pub area: PlotArea,
    /// The legend panel, if any.
    pub legend: Option<[i32; 4]>,
    /// One box per chart marker, in chart order.
    pub markers: Vec<[i32; 4]>,
    /// `(marker index, box)` of every label drawn.
    pub labels: Vec<(usize, [i32; 4])>,
}

/// The layout [`draw_chart`] would use (see [`LayoutBoxes`]).
pub fn layout_boxes(
    chart: &Chart,
    look: &Look,
    size: (u32, u32),
    measure: impl Fn(&str, f64) -> (u32, u32),
) -> LayoutBoxes {
    let mut sink = String::new();
    let b = super::measured::Measured { inner: SVGBackend::with_string(&mut sink, size), measure, text_scale: 1.0 };
    let f = frame(chart, look, size);
    let boxed = |r: Rect| [r.x0, r.y0, r.x1, r.y1];
    LayoutBoxes {
        area: f.area,
        legend: legend_layout(&b, &f).map(|l| boxed(l.rect)),
        markers: chart.markers.iter().map(|m| boxed(marker_box(&f, m))).collect(),
        labels: place_labels(&b, &f).unwrap_or_default().into_iter().map(|(i, r)| (i, boxed(r))).collect(),
    }
}

/// A vertical rule: dotted note (label at the top, one row lower per note) or the dashed
/// budget line (label at the bottom).
fn draw_vline<DB: DrawingBackend>(b: &mut DB, f: &Frame, i: usize, vline: &super::chart::VLine) -> Result<DB> {
    let (a, fg) = (f.area, f.look.theme.foreground);
    let (alpha, pattern) = if vline.note { (0.4, [2.0, 4.0]) } else { (0.55, [5.0, 4.0]) };
    let style = stroke(fg, alpha, f.px(1.5));
    let x = f.x(vline.x);
    let line = [(f64::from(x), f64::from(a.top)), (f64::from(x), f64::from(a.bottom))];
    for piece in dashes(&line, &scaled(&pattern, f.s)) {
        b.draw_path(piece, &style)?;
    }
    let Some(label) = &vline.label else { return Ok(()) };
    if vline.note {
        let y = a.top + i as i32 * f.px(13.0) as i32;
        return b.draw_text(label, &f.fg_font(11.0, HPos::Left, VPos::Top), (x, y));
    }
    // The budget's label: at the bottom right of the line, or the first other corner of it
    // that covers no marker label, marker or legend.
    let font = label_font(f);
    let (w, h) = b.estimate_text_size(label, &font)?;
    let (w, h) = (w as i32, h as i32);
    let gap = f.px(3.0) as i32;
    let mut taken: Vec<Rect> = place_labels(b, f)?.into_iter().map(|(_, r)| r).collect();
    taken.extend(f.chart.markers.iter().map(|m| marker_box(f, m)));
    taken.extend(legend_layout(b, f).map(|l| l.rect));
    let candidates = [(x + gap, a.bottom - h), (x - gap - w, a.bottom - h), (x + gap, a.top), (x - gap - w, a.top)]
        .map(|(x0, y0)| Rect { x0, y0, x1: x0 + w, y1: y0 + h });
    let rect = candidates.iter().find(|c| !taken.iter().any(|t| t.overlaps(c))).unwrap_or(&candidates[0]);
    b.draw_text(label, &font, (rect.x0, rect.y1))
}

/// The boxes of the teaching notes' labels (top of the plot, one row each), which the legend
/// and the marker labels keep clear of.
fn note_label_rects<DB: DrawingBackend>(b: &DB, f: &Frame) -> Vec<Rect> {
    let font = f.fg_font(11.0, HPos::Left, VPos::Top);
    f.chart
        .vlines
        .iter()
        .enumerate()
        .filter(|(_, v)| v.note)
        .filter_map(|(i, v)| {
            let (w, h) = b.estimate_text_size(v.label.as_deref()?, &font).ok()?;
            let (x, y) = (f.x(v.x), f.area.top + i as i32 * f.px(13.0) as i32);
            Some(Rect { x0: x, y0: y, x1: x + w as i32, y1: y + h as i32 })
        })
        .collect()
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
    }
}

/// One legend row: its text, and a line (colour, dash, width, opacity) or, with no dash, a
/// filled swatch (the extrapolation band).
struct LegendRow<'c> {
    label: &'c str,
    color: Rgb,
    line: Option<(Dash, f64, f64)>,
}

/// The legend's rows: the chart's entries, then the extrapolation band if any is shown.
fn legend_rows<'c>(f: &Frame<'c>) -> Vec<LegendRow<'c>> {
    let chart = f.chart;
    let mut rows: Vec<LegendRow> = chart
        .legend
        .iter()
        .map(|e| LegendRow { label: &e.label, color: e.color, line: Some((e.dash, e.width, e.opacity)) })
        .collect();
    if !chart.band_label.is_empty() && !chart.bands.is_empty() {
        rows.push(LegendRow { label: &chart.band_label, color: f.look.theme.band, line: None });
    }
    rows
}

/// Legend geometry (in the corner of the plotting area that hides the least), shared by
/// drawing and label placement.
#[derive(Clone, Copy)]
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
    *f.legend.get_or_init(|| compute_legend(b, f))
}

fn compute_legend<DB: DrawingBackend>(b: &DB, f: &Frame) -> Option<LegendLayout> {
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
    let text_w = rows.iter().map(|r| b.estimate_text_size(r.label, &font).map_or(0, |(w, _)| w as i32)).max()?;
    let box_w = swatch + pad * 3 + text_w;
    let box_h = row_h * rows.len() as i32 + pad;
    // The corner that hides the least: no marker or note label if possible (each counts as
    // much as 100 curve points), then the fewest curve points; top right first on a tie.
    let (left, right) = (a.left + pad, a.right - box_w - pad);
    let (top, bottom) = (a.top + pad, a.bottom - box_h - pad);
    let notes = note_label_rects(b, f);
    // Pixels once (a log per coordinate), then counted for each corner.
    let markers: Vec<BackendCoord> = f.chart.markers.iter().map(|m| f.at(m.at)).collect();
    let points: Vec<BackendCoord> = f.chart.series.iter().flat_map(|s| s.points.iter().map(|p| f.at(*p))).collect();
    let hidden = |r: &Rect| {
        let inside = |&(x, y): &BackendCoord| x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1;
        let labels = notes.iter().filter(|n| n.overlaps(r)).count();
        (markers.iter().filter(|p| inside(p)).count() + labels) * 100 + points.iter().filter(|p| inside(p)).count()
    };
    let rect = [(right, top), (left, top), (right, bottom), (left, bottom)]
        .into_iter()
        .map(|(x0, y0)| Rect { x0, y0, x1: x0 + box_w, y1: y0 + box_h })
        .min_by_key(hidden)?;
    Some(LegendLayout { rect, row_h, swatch, pad, scale })
}

/// Draws the legend on a translucent panel.
fn draw_legend<DB: DrawingBackend>(b: &mut DB, f: &Frame) -> Result<DB> {
    let Some(LegendLayout { rect, row_h, swatch, pad, scale }) = legend_layout(b, f) else {
        return Ok(());
    };
    b.draw_rect((rect.x0, rect.y0), (rect.x1, rect.y1), &stroke(f.look.theme.background, 0.85, 1), true)?;
    let font = legend_font(f, scale);
    for (i, row) in legend_rows(f).into_iter().enumerate() {
        let y = rect.y0 + pad / 2 + row_h * i as i32 + row_h / 2;
        let x = rect.x0 + pad;
        match row.line {
            Some((dash, width, opacity)) => {
                let style = stroke(row.color, opacity, (width * scale).round().max(1.0) as u32);
                let line = [(f64::from(x), f64::from(y)), (f64::from(x + swatch), f64::from(y))];
                match dash {
                    Dash::Solid => b.draw_path([(x, y), (x + swatch, y)], &style)?,
                    d => {
                        for piece in dashes(&line, &scaled(dash_pattern(d), scale)) {
                            b.draw_path(piece, &style)?;
                        }
                    }
                }
            }
            None => b.draw_rect((x, y - row_h / 3), (x + swatch, y + row_h / 3), &stroke(row.color, 1.0, 1), true)?,
        }
        b.draw_text(row.label, &font, (x + swatch + pad, y))?;
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
