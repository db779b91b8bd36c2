//! Where everything of a chart goes on a canvas of a given size: the plotting area, and the box
//! of every text (title, tick labels, axis names, legend, teaching notes, marker labels, the
//! budget's label). Worked out once per paint with the backend's own text measure, so that no
//! two texts overlap, no text crosses the plot frame or the canvas edge, and a text that finds
//! no room is left out (the least important first) rather than drawn over another. Drawing
//! ([`super::draw`]) only paints what is decided here; the native tests check the rule on every
//! plot at every size ([`layout_boxes`]).

use super::chart::LogScale;
use super::chart::{Chart, Marker, MarkerShape};
use super::erased::TextSpec;
use super::style::{Look, Rgb};
use super::ticks;
use plotters::style::{FontStyle, FontTransform};
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{BackendColor, BackendCoord, DrawingBackend, DrawingErrorKind};
use std::cell::OnceCell;

pub(super) type Result<DB, T = ()> = std::result::Result<T, DrawingErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Where the plotting area (inside the axes) landed, in backend pixels: for mapping the mouse
/// back to data coordinates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlotArea {
    pub left: i32,
    pub right: i32,
    pub top: i32,
    pub bottom: i32,
}

/// A pixel rectangle `[x0, x1) × [y0, y1)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Rect {
    pub x0: i32,
    pub y0: i32,
    pub x1: i32,
    pub y1: i32,
}

impl Rect {
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    fn inside(&self, w: i32, h: i32) -> bool {
        self.x0 >= 0 && self.y0 >= 0 && self.x1 <= w && self.y1 <= h
    }

    fn within(&self, a: &PlotArea) -> bool {
        self.x0 >= a.left && self.x1 <= a.right && self.y0 >= a.top && self.y1 <= a.bottom
    }

    fn grown(&self, by: i32) -> Rect {
        Rect { x0: self.x0 - by, y0: self.y0 - by, x1: self.x1 + by, y1: self.y1 + by }
    }

    fn boxed(&self) -> [i32; 4] {
        [self.x0, self.y0, self.x1, self.y1]
    }
}

/// Font sizes in CSS pixels: full size on roomy plots, compact on small ones (a two-plot
/// embed, a phone), where full-size text would cover a third of the plot.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Fonts {
    pub title: f64,
    pub tick: f64,
    pub axis: f64,
    pub label: f64,
    pub legend: f64,
}

const FULL: Fonts = Fonts { title: 15.0, tick: 12.0, axis: 12.5, label: 11.0, legend: 11.5 };
const COMPACT: Fonts = Fonts { title: 12.5, tick: 10.0, axis: 10.5, label: 10.0, legend: 10.0 };

/// Below this CSS width or height a plot is compact: smaller type, and the legend in a strip
/// above the plotting area instead of on it.
const COMPACT_WIDTH: f64 = 400.0;
const COMPACT_HEIGHT: f64 = 230.0;

/// A text that found room: its box, and its font size in CSS pixels.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Placed {
    pub text: String,
    pub rect: Rect,
    pub size: f64,
}

/// One legend row: its text, and a line (colour, dash, width, opacity) or, with no line, a
/// filled swatch (the extrapolation band).
pub(super) struct LegendRow<'c> {
    pub label: &'c str,
    pub color: Rgb,
    pub line: Option<(super::chart::Dash, f64, f64)>,
}

/// The legend: a translucent panel in the corner of the plotting area that hides the least,
/// or (compact plots) a strip of entries above it. `items[i]` is where row `i` starts (its
/// swatch's left end, vertical centre).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct LegendLayout {
    pub rect: Rect,
    pub items: Vec<BackendCoord>,
    pub swatch: i32,
    pub pad: i32,
    /// Font size in CSS pixels.
    pub size: f64,
    /// Inside the plotting area (a panel over the curves) rather than a strip above it.
    pub panel: bool,
    /// With the entries' compact labels (a strip on a compact plot).
    pub short: bool,
}

/// What is drawn over the curves, placed together: the legend panel, the teaching notes'
/// labels, the marker labels and the budget's label.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Overlay {
    pub legend: Option<LegendLayout>,
    /// `(vline index, box)` of each note label drawn.
    pub notes: Vec<(usize, Rect)>,
    /// `(marker index, box)` of each marker label drawn.
    pub labels: Vec<(usize, Rect)>,
    /// `(vline index, box)` of the budget's label, if it found room.
    pub budget: Option<(usize, Rect)>,
}

/// Where the colour bar goes: one rectangle per colour, bottom (lowest values) to top, and
/// the labels at the boundaries that found room.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct ColorBarLayout {
    pub bands: Vec<(Rect, Rgb)>,
    pub labels: Vec<Placed>,
}

/// Sizes (CSS pixels × scale), the layout and the data → pixel mapping of one chart.
pub(super) struct Frame<'c> {
    pub chart: &'c Chart,
    pub look: Look,
    pub s: f64,
    pub area: PlotArea,
    pub size: (u32, u32),
    pub fonts: Fonts,
    /// The axes' log scales over the plotting area (x grows right, y grows up).
    pub x_map: LogScale,
    pub y_map: LogScale,
    pub title: Option<Placed>,
    /// Every tick value (grid lines), and the labels that found room.
    pub x_ticks: Vec<f64>,
    pub y_ticks: Vec<f64>,
    pub x_labels: Vec<Placed>,
    pub y_labels: Vec<Placed>,
    pub x_name: Option<Placed>,
    /// The rotated y-axis name: its box on the canvas (tall and thin).
    pub y_name: Option<Placed>,
    /// Compact plots (and plots with filled bands): the legend strip above the plotting area.
    pub strip: Option<LegendLayout>,
    /// The colour bar of filled bands: its bands bottom to top, and the labels that found room.
    pub colorbar: Option<ColorBarLayout>,
    /// The tags (texts on lines) that found room.
    pub tags: Vec<Placed>,
    /// Worked out on first use (the dynamic layer needs it, the static one does not).
    overlay: OnceCell<Overlay>,
}

impl Frame<'_> {
    /// A length in backend pixels, at least 1.
    pub fn px(&self, v: f64) -> u32 {
        px(self.s, v) as u32
    }

    pub fn font(&self, size: f64, color: Rgb, anchor: Pos) -> TextSpec {
        TextSpec {
            family: std::borrow::Cow::Borrowed("sans-serif"),
            size: size * self.s,
            style: FontStyle::Normal,
            transform: FontTransform::None,
            color: BackendColor { rgb: (color.0, color.1, color.2), alpha: 1.0 },
            anchor,
        }
    }

    /// The foreground font at `size` CSS pixels, anchored at a box's bottom left (every
    /// horizontal text is drawn at its box's `(x0, y1)`).
    pub fn text_font(&self, size: f64) -> TextSpec {
        self.font(size, self.look.theme.foreground, Pos::new(HPos::Left, VPos::Bottom))
    }

    pub fn x(&self, v: f64) -> i32 {
        (f64::from(self.area.left) + self.x_map.to_px(v)).round() as i32
    }

    pub fn y(&self, v: f64) -> i32 {
        (f64::from(self.area.bottom) - self.y_map.to_px(v)).round() as i32
    }

    pub fn at(&self, (x, y): (f64, f64)) -> BackendCoord {
        (self.x(x), self.y(y))
    }

    /// The polyline drawn for `series`: its points in backend pixels (not rounded) without
    /// those that lie within [`SIMPLIFY_PX`] of the line through their neighbours (see
    /// [`simplify`]).
    pub fn drawn(&self, series: &super::chart::Series) -> Vec<(f64, f64)> {
        let exact: Vec<(f64, f64)> = series.points.iter().map(|&p| self.exact(p)).collect();
        simplify(&exact, SIMPLIFY_PX)
    }

    /// `(x, y)` in backend pixels, not rounded.
    fn exact(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (f64::from(self.area.left) + self.x_map.to_px(x), f64::from(self.area.bottom) - self.y_map.to_px(y))
    }

    /// The values whose pixels, rounded as [`Frame::at`] rounds them, fall within `r`: a
    /// half-open range of x values and one of y values (both axes increase with their value).
    fn values_within(&self, r: &Rect) -> ((f64, f64), (f64, f64)) {
        let left = f64::from(self.area.left);
        let bottom = f64::from(self.area.bottom);
        let x = |px: f64| self.x_map.from_px(px - left);
        let y = |px: f64| self.y_map.from_px(bottom - px);
        let (x0, x1) = (f64::from(r.x0) - 0.5, f64::from(r.x1) + 0.5);
        let (y0, y1) = (f64::from(r.y0) - 0.5, f64::from(r.y1) + 0.5);
        ((x(x0), x(x1)), (y(y1), y(y0)))
    }

    /// The legend (panel or strip), the notes' labels, the marker labels and the budget label.
    pub fn overlay<DB: DrawingBackend>(&self, b: &DB) -> Result<DB, &Overlay> {
        if self.overlay.get().is_none() {
            let placed = place_overlay(b, self)?;
            let _ = self.overlay.set(placed);
        }
        Ok(self.overlay.get().expect("set above"))
    }

    pub fn legend<DB: DrawingBackend>(&self, b: &DB) -> Result<DB, Option<&LegendLayout>> {
        Ok(match &self.strip {
            Some(strip) => Some(strip),
            None => self.overlay(b)?.legend.as_ref(),
        })
    }
}

/// How far (backend pixels) a drawn curve may stray from the exact one: far less than a
/// line's width.
pub(super) const SIMPLIFY_PX: f64 = 0.3;

/// `points` without the vertices that lie within `tolerance` of the line through the points
/// kept around them (Douglas–Peucker). A curve sampled at about a point per pixel becomes a
/// few dozen segments: the canvas strokes (and rasterises the joins of) every segment, which
/// made the curves the largest part of a repaint's raster cost. The ends are kept; a polyline
/// with a point that is not finite is returned whole.
pub(super) fn simplify(points: &[(f64, f64)], tolerance: f64) -> Vec<(f64, f64)> {
    if points.len() < 3 || !points.iter().all(|(x, y)| x.is_finite() && y.is_finite()) {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut spans = vec![(0, points.len() - 1)];
    // Compared squared and scaled by the chord's squared length (no square root or division
    // per point): the distance to the chord is |cross| / length.
    let tolerance2 = tolerance * tolerance;
    while let Some((first, last)) = spans.pop() {
        let (ax, ay) = points[first];
        let (dx, dy) = (points[last].0 - ax, points[last].1 - ay);
        let length2 = dx * dx + dy * dy;
        let mut farthest = (0.0, first);
        for (i, &(x, y)) in points.iter().enumerate().take(last).skip(first + 1) {
            let (px, py) = (x - ax, y - ay);
            // When both ends coincide: the distance to that point.
            let cross = px * dy - py * dx;
            let distance = if length2 > 0.0 { cross * cross } else { px * px + py * py };
            if distance > farthest.0 {
                farthest = (distance, i);
            }
        }
        let limit = if length2 > 0.0 { tolerance2 * length2 } else { tolerance2 };
        if farthest.0 > limit {
            keep[farthest.1] = true;
            spans.push((first, farthest.1));
            spans.push((farthest.1, last));
        }
    }
    points.iter().zip(keep).filter_map(|(&p, k)| k.then_some(p)).collect()
}

fn px(s: f64, v: f64) -> i32 {
    (v * s).round().max(1.0) as i32
}

/// Measures `text` at `size` CSS pixels (× scale `s`).
fn measure<DB: DrawingBackend>(b: &DB, s: f64, text: &str, size: f64) -> Result<DB, (i32, i32)> {
    let spec = TextSpec {
        family: std::borrow::Cow::Borrowed("sans-serif"),
        size: size * s,
        style: FontStyle::Normal,
        transform: FontTransform::None,
        color: BackendColor { rgb: (0, 0, 0), alpha: 1.0 },
        anchor: Pos::new(HPos::Left, VPos::Bottom),
    };
    let (w, h) = b.estimate_text_size(text, &spec)?;
    Ok((w as i32, h as i32))
}

/// `text` at `size`, shrunk (not below 60 %) until it is at most `room` pixels long; `None`
/// when even that does not fit.
fn fit<DB: DrawingBackend>(b: &DB, s: f64, text: &str, size: f64, room: i32) -> Result<DB, Option<(f64, i32, i32)>> {
    if text.is_empty() || room <= 0 {
        return Ok(None);
    }
    let (w, h) = measure(b, s, text, size)?;
    if w <= room {
        return Ok(Some((size, w, h)));
    }
    let smaller = (size * f64::from(room) / f64::from(w.max(1)) * 0.98).max(size * 0.6);
    let (w, h) = measure(b, s, text, smaller)?;
    Ok((w <= room).then_some((smaller, w, h)))
}

/// The legend's rows: the chart's entries, then the extrapolation band if any is shown; with
/// `short`, their compact labels.
pub(super) fn legend_rows<'c>(chart: &'c Chart, band: Rgb, short: bool) -> Vec<LegendRow<'c>> {
    let pick = |long: &'c String, compact: &'c String| if short && !compact.is_empty() { compact } else { long };
    let mut rows: Vec<LegendRow> = chart
        .legend
        .iter()
        .map(|e| LegendRow {
            label: pick(&e.label, &e.short),
            color: e.color,
            line: Some((e.dash, e.width, e.opacity)),
        })
        .collect();
    if !chart.band_label.is_empty() && !chart.bands.is_empty() {
        rows.push(LegendRow { label: pick(&chart.band_label, &chart.band_short), color: band, line: None });
    }
    rows
}

/// Lays `chart` out on a `size` backend: title, legend strip (compact plots), tick labels and
/// axis names around the plotting area.
pub(super) fn frame<'c, DB: DrawingBackend>(
    b: &DB,
    chart: &'c Chart,
    look: &Look,
    size: (u32, u32),
) -> Result<DB, Frame<'c>> {
    let s = look.scale.max(0.3);
    let (w, h) = (size.0 as i32, size.1 as i32);
    let (css_w, css_h) = (f64::from(size.0) / s, f64::from(size.1) / s);
    let compact = css_w < COMPACT_WIDTH || css_h < COMPACT_HEIGHT;
    let fonts = if compact { COMPACT } else { FULL };
    let pad = px(s, if compact { 4.0 } else { 6.0 });
    let gap = px(s, 4.0);
    let mut taken: Vec<Rect> = Vec::new();

    // Title, centred, shrunk to the canvas's width if need be.
    let mut top = pad;
    let title = match fit(b, s, &chart.title, fonts.title, w - 2 * pad)? {
        Some((size, tw, th)) => {
            let x0 = (w - tw) / 2;
            let rect = Rect { x0, y0: pad, x1: x0 + tw, y1: pad + th };
            top = rect.y1 + gap;
            taken.push(rect);
            Some(Placed { text: chart.title.clone(), rect, size })
        }
        None => None,
    };

    // Compact plots, and plots whose filled bands a panel would cover (the loss landscape): the
    // legend as a strip of entries, wrapped to the width, under the title.
    let strip = if compact || !chart.fills.is_empty() {
        legend_strip(b, chart, look, s, (fonts.legend, compact), pad, top, w - pad)?
    } else {
        None
    };
    if let Some(strip) = &strip {
        top = strip.rect.y1 + gap;
        taken.push(strip.rect);
    }
    // The top tick label is centred on the frame's top edge: leave it half a line.
    top += px(s, fonts.tick * 0.6);

    // Tick labels and axis names set the margins.
    let narrow = css_w < 420.0;
    let x_ticks = ticks::ticks(&chart.x, if narrow { 5 } else { 9 });
    let y_ticks = ticks::ticks(&chart.y, if css_h < 260.0 { 5 } else { 6 });
    let x_texts: Vec<String> = x_ticks.iter().map(|t| ticks::label(&chart.x, *t)).collect();
    let y_texts: Vec<String> = y_ticks.iter().map(|t| ticks::label(&chart.y, *t)).collect();
    let mut y_sizes = Vec::with_capacity(y_texts.len());
    for t in &y_texts {
        y_sizes.push(measure(b, s, t, fonts.tick)?);
    }
    let mut x_sizes = Vec::with_capacity(x_texts.len());
    for t in &x_texts {
        x_sizes.push(measure(b, s, t, fonts.tick)?);
    }
    let tick_h = measure(b, s, "10", fonts.tick)?.1;
    let name_h = measure(b, s, "Ag", fonts.axis)?.1;
    let y_label_w = y_sizes.iter().map(|(tw, _)| *tw).max().unwrap_or(0);
    let tick_gap = px(s, 6.0);
    let has_y_name = !chart.y.label.is_empty();
    let has_x_name = !chart.x.label.is_empty();
    let left = pad + if has_y_name { name_h + gap } else { 0 } + y_label_w + tick_gap;
    // The last x label is centred on the right end: leave half of it, at least a few pixels.
    let last_half = x_sizes.last().map_or(0, |(tw, _)| tw / 2 + 1);
    // A colour bar takes a strip on the right: the bar, then its labels.
    let bar_w = px(s, if compact { 9.0 } else { 12.0 });
    let mut bar_labels = Vec::new();
    if let Some(cb) = &chart.colorbar {
        for t in &cb.labels {
            bar_labels.push(measure(b, s, t, fonts.tick)?);
        }
    }
    let bar_room = match &chart.colorbar {
        Some(_) => gap * 2 + bar_w + tick_gap + bar_labels.iter().map(|(tw, _)| *tw).max().unwrap_or(0),
        None => 0,
    };
    let right = (w - pad.max(last_half).max(px(s, 10.0)).max(bar_room + pad)).max(left + 1);
    let bottom = (h - pad - if has_x_name { name_h + gap } else { 0 } - tick_h - tick_gap).max(top + 1);
    let area = PlotArea { left, right, top, bottom };
    let (x_map, y_map) = chart.scales(f64::from(right - left), f64::from(bottom - top));
    let xp = |v: f64| (f64::from(left) + x_map.to_px(v)).round() as i32;
    let yp = |v: f64| (f64::from(bottom) - y_map.to_px(v)).round() as i32;
    let colorbar = chart.colorbar.as_ref().map(|cb| {
        let (x0, x1) = (right + gap * 2, right + gap * 2 + bar_w);
        let n = cb.colors.len().max(1) as i32;
        let edge = |k: i32| bottom - (bottom - top) * k / n;
        let bands = cb
            .colors
            .iter()
            .enumerate()
            .map(|(k, c)| (Rect { x0, y0: edge(k as i32 + 1), x1, y1: edge(k as i32) }, *c));
        let mut labels: Vec<Placed> = Vec::new();
        for (k, (text, (tw, th))) in cb.labels.iter().zip(&bar_labels).enumerate() {
            let y = edge(k as i32 + 1);
            let rect = Rect { x0: x1 + tick_gap, y0: y - th / 2, x1: x1 + tick_gap + tw, y1: y - th / 2 + th };
            if rect.inside(w, h) && labels.iter().all(|p| !p.rect.grown(1).overlaps(&rect)) {
                labels.push(Placed { text: text.clone(), rect, size: fonts.tick });
            }
        }
        ColorBarLayout { bands: bands.collect(), labels }
    });
    // Tags: each at its first candidate spot inside the plot, clear of the tags before it and
    // of the markers drawn with them in the static layer (famous models): a tag must not hide
    // one. Moving markers are drawn over the tags.
    let mut tags: Vec<Placed> = Vec::new();
    let inner = PlotArea { left: left + gap, right: right - gap, top: top + gap, bottom: bottom - gap };
    let fixed: Vec<Rect> = if chart.tags.is_empty() {
        Vec::new()
    } else {
        chart.markers.iter().filter(|m| m.fixed).map(|m| marker_rect((xp(m.at.0), yp(m.at.1)), s)).collect()
    };
    for tag in &chart.tags {
        let (tw, th) = measure(b, s, &tag.text, fonts.label)?;
        let spot = tag.spots.iter().map(|&(x, y)| (xp(x), yp(y))).map(|(cx, cy)| Rect {
            x0: cx - tw / 2,
            y0: cy - th / 2,
            x1: cx - tw / 2 + tw,
            y1: cy - th / 2 + th,
        });
        if let Some(rect) = spot.into_iter().find(|r| {
            r.within(&inner)
                && tags.iter().all(|p| !p.rect.grown(gap).overlaps(r))
                && fixed.iter().all(|m| !m.overlaps(r))
        }) {
            tags.push(Placed { text: tag.text.clone(), rect, size: fonts.label });
        }
    }

    // The rotated y name, centred on the plot's height, shrunk to fit the canvas's.
    let mid_y = (top + bottom) / 2;
    let y_name = if has_y_name {
        let room = 2 * (mid_y - top).min(h - pad - mid_y);
        fit(b, s, &chart.y.label, fonts.axis, room)?.map(|(size, tw, th)| {
            let rect = Rect { x0: pad, y0: mid_y - tw / 2, x1: pad + th, y1: mid_y - tw / 2 + tw };
            taken.push(rect);
            Placed { text: chart.y.label.clone(), rect, size }
        })
    } else {
        None
    };
    // x tick labels, left to right, each clear of the one before (and of the canvas edge).
    let mut x_labels: Vec<Placed> = Vec::new();
    for ((t, text), (tw, th)) in x_ticks.iter().zip(x_texts).zip(x_sizes) {
        let x0 = xp(*t) - tw / 2;
        let rect = Rect { x0, y0: bottom + tick_gap, x1: x0 + tw, y1: bottom + tick_gap + th };
        let clear = |r: &Rect| !r.grown(gap).overlaps(&rect);
        if rect.inside(w, h) && taken.iter().all(clear) && x_labels.iter().all(|p| clear(&p.rect)) {
            x_labels.push(Placed { text, rect, size: fonts.tick });
        }
    }
    taken.extend(x_labels.iter().map(|p| p.rect));
    let mut y_labels: Vec<Placed> = Vec::new();
    for ((t, text), (tw, th)) in y_ticks.iter().zip(y_texts).zip(y_sizes) {
        let y0 = yp(*t) - th / 2;
        let rect = Rect { x0: left - tick_gap - tw, y0, x1: left - tick_gap, y1: y0 + th };
        let clear = |r: &Rect| !r.overlaps(&rect);
        if rect.inside(w, h) && taken.iter().all(clear) && y_labels.iter().all(|p| clear(&p.rect.grown(1))) {
            y_labels.push(Placed { text, rect, size: fonts.tick });
        }
    }
    // The x name, centred under the plot, shrunk to fit the canvas.
    let mid_x = (left + right) / 2;
    let x_name = if has_x_name {
        let room = 2 * (mid_x - pad).min(w - pad - mid_x);
        fit(b, s, &chart.x.label, fonts.axis, room)?.map(|(size, tw, th)| {
            let rect = Rect { x0: mid_x - tw / 2, y0: h - pad - th, x1: mid_x - tw / 2 + tw, y1: h - pad };
            Placed { text: chart.x.label.clone(), rect, size }
        })
    } else {
        None
    };
    Ok(Frame {
        chart,
        look: *look,
        s,
        area,
        size,
        fonts,
        x_map,
        y_map,
        title,
        x_ticks,
        y_ticks,
        x_labels,
        y_labels,
        x_name,
        y_name,
        strip,
        colorbar,
        tags,
        overlay: OnceCell::new(),
    })
}

/// The legend's entries in rows from `x0` to `x1` starting at `y0`, each a swatch and its text
/// (at `size`, with the compact labels when `short`).
#[allow(clippy::too_many_arguments)]
fn legend_strip<DB: DrawingBackend>(
    b: &DB,
    chart: &Chart,
    look: &Look,
    s: f64,
    (size, short): (f64, bool),
    x0: i32,
    y0: i32,
    x1: i32,
) -> Result<DB, Option<LegendLayout>> {
    let rows = legend_rows(chart, look.theme.band, short);
    if rows.is_empty() {
        return Ok(None);
    }
    let swatch = px(s, 16.0);
    let pad = px(s, 4.0);
    let row_h = px(s, size * 1.35);
    let (mut x, mut y) = (x0, y0);
    let mut items = Vec::with_capacity(rows.len());
    for row in &rows {
        let (tw, _) = measure(b, s, row.label, size)?;
        let wide = swatch + pad + tw;
        if x > x0 && x + wide > x1 {
            x = x0;
            y += row_h;
        }
        items.push((x, y + row_h / 2));
        x += wide + pad * 3;
    }
    let rect = Rect { x0, y0, x1, y1: y + row_h };
    Ok(Some(LegendLayout { rect, items, swatch, pad, size, panel: false, short }))
}

/// The panel legend: in the corner of the plotting area that hides the least (no marker or
/// note label if possible, each counting as much as 100 curve points; then the fewest curve
/// points; top right first on a tie).
fn legend_panel<DB: DrawingBackend>(b: &DB, f: &Frame, notes: &[Rect]) -> Result<DB, Option<LegendLayout>> {
    let rows = legend_rows(f.chart, f.look.theme.band, false);
    if rows.is_empty() {
        return Ok(None);
    }
    let a = f.area;
    let size = f.fonts.legend;
    let row_h = px(f.s, 17.0 * size / FULL.legend);
    let swatch = px(f.s, 22.0);
    let pad = px(f.s, 6.0);
    let mut text_w = 0;
    for row in &rows {
        text_w = text_w.max(measure(b, f.s, row.label, size)?.0);
    }
    let box_w = swatch + pad * 3 + text_w;
    let box_h = row_h * rows.len() as i32 + pad;
    let (left, right) = (a.left + pad, a.right - box_w - pad);
    let (top, bottom) = (a.top + pad, a.bottom - box_h - pad);
    // Markers by the box their shape covers (a marker whose centre is just outside the panel
    // was half hidden by it); curve points (thousands on plots C and Split) counted in data
    // space: each corner's box becomes a range of values once, so no point is mapped to pixels.
    let markers: Vec<Rect> = f.chart.markers.iter().map(|m| marker_box(f, m)).collect();
    let hidden = |r: &Rect| {
        let labels = notes.iter().filter(|n| n.overlaps(r)).count();
        let (xs, ys) = f.values_within(r);
        let points = f
            .chart
            .series
            .iter()
            .flat_map(|s| &s.points)
            .filter(|(x, y)| xs.0 <= *x && *x < xs.1 && ys.0 <= *y && *y < ys.1)
            .count();
        (markers.iter().filter(|m| m.overlaps(r)).count() + labels) * 100 + points
    };
    let Some(rect) = [(right, top), (left, top), (right, bottom), (left, bottom)]
        .into_iter()
        .map(|(x0, y0)| Rect { x0, y0, x1: x0 + box_w, y1: y0 + box_h })
        .filter(|r| r.within(&a))
        .min_by_key(hidden)
    else {
        return Ok(None);
    };
    let items = (0..rows.len() as i32).map(|i| (rect.x0 + pad, rect.y0 + pad / 2 + row_h * i + row_h / 2)).collect();
    Ok(Some(LegendLayout { rect, items, swatch, pad, size, panel: true, short: false }))
}

/// Marker radius in CSS pixels.
const MARKER_RADIUS: f64 = 5.0;

/// Marker radius in backend pixels.
pub(super) fn marker_radius(f: &Frame) -> i32 {
    px(f.s, MARKER_RADIUS)
}

/// The pixel box a marker covers (its shape with the outline), which labels keep clear of.
pub(super) fn marker_box(f: &Frame, m: &Marker) -> Rect {
    marker_rect(f.at(m.at), f.s)
}

/// The pixel box of a marker centred at `(x, y)` at scale `s`: its radius and outline.
fn marker_rect((x, y): BackendCoord, s: f64) -> Rect {
    let d = px(s, MARKER_RADIUS) + px(s, 2.0);
    Rect { x0: x - d, y0: y - d, x1: x + d, y1: y + d }
}

/// Places the notes' labels, the legend panel, the marker labels and the budget label, in that
/// order of importance for room: notes first (they are few and explain the plot), then the
/// legend (a note it would cover is dropped), then labels, then the budget's label.
fn place_overlay<DB: DrawingBackend>(b: &DB, f: &Frame) -> Result<DB, Overlay> {
    let a = f.area;
    let discs: Vec<Rect> = f.chart.markers.iter().map(|m| marker_box(f, m)).collect();
    // Teaching notes: at the top of the plot, right of their line (else left of it), in the
    // first row where they cover no other note and no marker.
    let mut notes: Vec<(usize, Rect)> = Vec::new();
    let step = f.px(2.0) as i32;
    for (i, v) in f.chart.vlines.iter().enumerate().filter(|(_, v)| v.note) {
        let Some(label) = &v.label else { continue };
        let (tw, th) = measure(b, f.s, label, f.fonts.label)?;
        let x = f.x(v.x);
        let spot = (0..3)
            .flat_map(|row| {
                let y0 = a.top + step + row * (th + step);
                [x + step * 2, x - step * 2 - tw].map(|x0| Rect { x0, y0, x1: x0 + tw, y1: y0 + th })
            })
            .find(|r| {
                r.within(&a)
                    && notes.iter().all(|(_, n)| !n.grown(step).overlaps(r))
                    && discs.iter().all(|d| !d.overlaps(r))
            });
        if let Some(r) = spot {
            notes.push((i, r));
        }
    }
    let note_rects: Vec<Rect> = notes.iter().map(|(_, r)| *r).collect();
    let legend = if f.strip.is_some() { None } else { legend_panel(b, f, &note_rects)? };
    if let Some(l) = &legend {
        notes.retain(|(_, r)| !r.overlaps(&l.rect));
    }
    let mut taken: Vec<Rect> = notes.iter().map(|(_, r)| *r).collect();
    taken.extend(legend.as_ref().map(|l| l.rect));
    // A label keeps a gap from the texts on lines, as from another label ("Falcon 180B" right
    // over the contour level "1.5" read as one text).
    taken.extend(f.tags.iter().map(|p| p.rect.grown(f.px(3.0) as i32)));
    let labels = place_labels(b, f, &taken, &discs)?;
    taken.extend(labels.iter().map(|(_, r)| *r));
    taken.extend(discs.iter().copied());
    // The budget's label: at the bottom right of its line, or the first other corner of it
    // that is free; none free, it is left out.
    let gap = f.px(3.0) as i32;
    let mut budget = None;
    for (i, v) in f.chart.vlines.iter().enumerate().filter(|(_, v)| !v.note) {
        let Some(label) = &v.label else { continue };
        let (tw, th) = measure(b, f.s, label, f.fonts.label)?;
        let x = f.x(v.x);
        let found = [
            (x + gap, a.bottom - th - gap),
            (x - gap - tw, a.bottom - th - gap),
            (x + gap, a.top + gap),
            (x - gap - tw, a.top + gap),
        ]
        .map(|(x0, y0)| Rect { x0, y0, x1: x0 + tw, y1: y0 + th })
        .into_iter()
        .find(|r| r.within(&a) && !taken.iter().any(|t| t.overlaps(r)));
        if let Some(r) = found {
            taken.push(r);
            budget = Some((i, r));
        }
    }
    Ok(Overlay { legend, notes, labels, budget })
}

/// Where each marker label goes: `(marker index, rect)` for every label that found room.
/// Labels are placed fixed markers first, then moving ones, each group most important first
/// ("you", optima, famous models). Each label tries six spots around its marker (right,
/// above right, below right, then the same on the left) and takes the first that stays inside
/// the plotting area, clears `taken` (legend, notes), every marker and every label placed
/// before it, and is nearer to its own marker than to any other; with none free it is left
/// out rather than drawn over something.
fn place_labels<DB: DrawingBackend>(
    b: &DB,
    f: &Frame,
    taken: &[Rect],
    discs: &[Rect],
) -> Result<DB, Vec<(usize, Rect)>> {
    let r = marker_radius(f);
    let a = f.area;
    let mut taken = taken.to_vec();
    let centres: Vec<BackendCoord> = f.chart.markers.iter().map(|m| f.at(m.at)).collect();
    // Squared pixel distance from a point to a box (0 inside).
    let dist2 = |(x, y): BackendCoord, r: &Rect| {
        let dx = i64::from((r.x0 - x).max(0).max(x - r.x1));
        let dy = i64::from((r.y0 - y).max(0).max(y - r.y1));
        dx * dx + dy * dy
    };
    // Priority order without a sort: fixed before moving, then by shape, then chart order.
    let order = [true, false].into_iter().flat_map(|group| {
        [MarkerShape::Diamond, MarkerShape::Circle, MarkerShape::Triangle, MarkerShape::Square].into_iter().flat_map(
            move |shape| {
                f.chart
                    .markers
                    .iter()
                    .enumerate()
                    .filter(move |(_, m)| m.fixed == group && m.shape == shape && m.label.is_some())
            },
        )
    });
    let gap = f.px(3.0) as i32;
    let mut placed = Vec::new();
    for (i, m) in order {
        let Some(label) = &m.label else { continue };
        let (px, py) = f.at(m.at);
        let (tw, th) = measure(b, f.s, label, f.fonts.label)?;
        let (right, left) = (px + r + gap, px - r - gap - tw);
        let (above, level, below) = (py - r - gap - th, py - th / 2, py + r + gap);
        let spot = [(right, level), (right, above), (right, below), (left, level), (left, above), (left, below)]
            .into_iter()
            .map(|(x0, y0)| Rect { x0, y0, x1: x0 + tw, y1: y0 + th })
            .find(|rect| {
                // Inside the plot, on nothing, and nearer to its own marker than to any other
                // (so it cannot be read as another marker's label). Markers at the same spot
                // (within a radius: "you N" and "you D" of a model with as many tokens as
                // parameters) count as one for the nearness rule.
                let own = dist2(centres[i], rect);
                let apart = |j: usize| {
                    let (c, o) = (centres[j], centres[i]);
                    (c.0 - o.0).abs() > r || (c.1 - o.1).abs() > r
                };
                rect.within(&a)
                    && !taken.iter().any(|t| t.overlaps(rect))
                    // Two labels side by side read as one ("BLOOMyou"): keep a gap between them.
                    && !placed.iter().any(|(_, p): &(usize, Rect)| p.grown(gap).overlaps(rect))
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

/// What a text box is, for tests of the layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    Title,
    TickLabel,
    AxisName,
    Legend,
    Note,
    MarkerLabel,
    BudgetLabel,
    /// A text on a line: a contour level, an iso-FLOP decade.
    Tag,
}

/// Pixel boxes `[x0, y0, x1, y1]` of a chart laid out on a `size` canvas with text measured by
/// `measure(text, font_px)`: for tests of the layout (nothing overlaps, nothing is clipped,
/// labels sit by their markers).
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutBoxes {
    pub area: PlotArea,
    /// The legend (panel or strip), if any.
    pub legend: Option<[i32; 4]>,
    /// Whether the legend is a panel inside the plotting area (else a strip above it).
    pub legend_inside: bool,
    /// One box per chart marker, in chart order.
    pub markers: Vec<[i32; 4]>,
    /// `(marker index, box)` of every label drawn.
    pub labels: Vec<(usize, [i32; 4])>,
    /// Every text drawn (the legend as one box), with what it is and its text.
    pub texts: Vec<(TextKind, String, [i32; 4])>,
    /// Font sizes (CSS pixels) of the tick labels and axis names drawn.
    pub tick_size: f64,
}

/// The layout [`super::draw::draw_chart`] would use (see [`LayoutBoxes`]).
pub fn layout_boxes(
    chart: &Chart,
    look: &Look,
    size: (u32, u32),
    measure: impl Fn(&str, f64) -> (u32, u32),
) -> LayoutBoxes {
    let mut sink = String::new();
    let b = super::measured::Measured {
        inner: plotters::prelude::SVGBackend::with_string(&mut sink, size),
        measure,
        text_scale: 1.0,
    };
    let Ok(f) = frame(&b, chart, look, size) else {
        return LayoutBoxes {
            area: PlotArea::default(),
            legend: None,
            legend_inside: false,
            markers: Vec::new(),
            labels: Vec::new(),
            texts: Vec::new(),
            tick_size: 0.0,
        };
    };
    let overlay = f.overlay(&b).cloned().unwrap_or_default();
    let legend = f.strip.clone().or(overlay.legend.clone());
    let mut texts: Vec<(TextKind, String, [i32; 4])> = Vec::new();
    let mut add = |kind: TextKind, text: &str, r: Rect| texts.push((kind, text.to_string(), r.boxed()));
    if let Some(t) = &f.title {
        add(TextKind::Title, &t.text, t.rect);
    }
    // The colour bar's labels are its tick labels.
    let bar = f.colorbar.iter().flat_map(|c| &c.labels);
    for p in f.x_labels.iter().chain(&f.y_labels).chain(bar) {
        add(TextKind::TickLabel, &p.text, p.rect);
    }
    for p in &f.tags {
        add(TextKind::Tag, &p.text, p.rect);
    }
    for p in f.x_name.iter().chain(&f.y_name) {
        add(TextKind::AxisName, &p.text, p.rect);
    }
    if let Some(l) = &legend {
        add(TextKind::Legend, "legend", l.rect);
    }
    for (i, r) in &overlay.notes {
        add(TextKind::Note, chart.vlines[*i].label.as_deref().unwrap_or_default(), *r);
    }
    for (i, r) in &overlay.labels {
        add(TextKind::MarkerLabel, chart.markers[*i].label.as_deref().unwrap_or_default(), *r);
    }
    if let Some((i, r)) = &overlay.budget {
        add(TextKind::BudgetLabel, chart.vlines[*i].label.as_deref().unwrap_or_default(), *r);
    }
    LayoutBoxes {
        area: f.area,
        legend: legend.as_ref().map(|l| l.rect.boxed()),
        legend_inside: legend.as_ref().is_some_and(|l| l.panel),
        markers: chart.markers.iter().map(|m| marker_box(&f, m).boxed()).collect(),
        labels: overlay.labels.iter().map(|(i, r)| (*i, r.boxed())).collect(),
        texts,
        tick_size: f.fonts.tick,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Distance from `p` to the segment `a`–`b`.
    fn to_segment(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let t = if dx == 0.0 && dy == 0.0 {
            0.0
        } else {
            (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0)
        };
        (p.0 - a.0 - t * dx).hypot(p.1 - a.1 - t * dy)
    }

    /// The legend counts the curve points under each candidate corner in data space; that
    /// must be the count of the points whose rounded pixels fall in the box.
    #[test]
    fn points_counted_in_data_space_are_the_points_whose_pixels_fall_in_the_box() {
        use crate::i18n::Lang;
        use crate::plots::{PlotKind, Scene, Theme};
        use plotters::prelude::SVGBackend;
        let state = crate::state::query::parse_query("compare=kaplan2020,epoch2024,chinchilla2022-a1&c=1e22").state;
        for kind in [PlotKind::N, PlotKind::D, PlotKind::C, PlotKind::Split, PlotKind::Curves] {
            let chart = Scene::new(&state, Lang::En, Theme::LIGHT).chart(kind);
            let mut svg = String::new();
            let backend = SVGBackend::with_string(&mut svg, (523, 248));
            let f = frame(&backend, &chart, &Look::default(), (523, 248)).expect("lays out");
            let a = f.area;
            let (mid_x, mid_y) = ((a.left + a.right) / 2, (a.top + a.bottom) / 2);
            let boxes = [
                Rect { x0: a.left, y0: a.top, x1: mid_x, y1: mid_y },
                Rect { x0: mid_x, y0: a.top, x1: a.right, y1: mid_y },
                Rect { x0: a.left, y0: mid_y, x1: mid_x, y1: a.bottom },
                Rect { x0: mid_x + 7, y0: mid_y - 20, x1: a.right - 3, y1: a.bottom },
            ];
            let mut total = 0;
            for r in boxes {
                let by_pixels = chart
                    .series
                    .iter()
                    .flat_map(|s| &s.points)
                    .map(|&p| f.at(p))
                    .filter(|&(x, y)| x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1)
                    .count();
                let (xs, ys) = f.values_within(&r);
                let by_values = chart
                    .series
                    .iter()
                    .flat_map(|s| &s.points)
                    .filter(|(x, y)| xs.0 <= *x && *x < xs.1 && ys.0 <= *y && *y < ys.1)
                    .count();
                // Equal, but for a point exactly on a half pixel (none in practice).
                assert!(
                    by_pixels.abs_diff(by_values) <= 1,
                    "{kind:?} {r:?}: {by_pixels} by pixels, {by_values} by values"
                );
                total += by_pixels;
            }
            assert!(total > 50, "{kind:?}: the boxes hold {total} points");
        }
    }

    #[test]
    fn simplified_curves_keep_their_ends_and_stay_within_the_tolerance() {
        // A U-shaped profile sampled 400 times across 430 pixels, like plot N's.
        let curve: Vec<(f64, f64)> = (0..400)
            .map(|i| {
                let x = 40.0 + 430.0 * f64::from(i) / 399.0;
                let u = (x - 260.0) / 220.0;
                (x, 200.0 - 150.0 * (1.0 - u * u))
            })
            .collect();
        let kept = simplify(&curve, SIMPLIFY_PX);
        assert_eq!((kept[0], kept[kept.len() - 1]), (curve[0], curve[399]));
        assert!(kept.len() < 50, "{} points kept of 400", kept.len());
        // Every kept point is one of the curve's, in order.
        let mut at = 0;
        for p in &kept {
            at += curve[at..].iter().position(|q| q == p).expect("a point of the curve, in order");
        }
        // Every point of the curve lies within the tolerance of the drawn polyline.
        for &p in &curve {
            let d = kept.windows(2).map(|w| to_segment(p, w[0], w[1])).fold(f64::INFINITY, f64::min);
            assert!(d <= SIMPLIFY_PX + 1e-9, "{p:?} is {d} px from the drawn line");
        }
        // A straight line keeps its ends only; two points or fewer are kept as they are.
        let line: Vec<(f64, f64)> = (0..50).map(|i| (f64::from(i), 2.0 * f64::from(i) + 3.0)).collect();
        assert_eq!(simplify(&line, SIMPLIFY_PX), vec![(0.0, 3.0), (49.0, 101.0)]);
        assert_eq!(simplify(&[(1.0, 1.0), (5.0, 9.0)], SIMPLIFY_PX), vec![(1.0, 1.0), (5.0, 9.0)]);
        // A corner is kept, and a curve that comes back to its start is not collapsed.
        let corner = [(0.0, 0.0), (5.0, 0.0), (10.0, 0.0), (10.0, 5.0), (10.0, 10.0)];
        assert_eq!(simplify(&corner, SIMPLIFY_PX), vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)]);
        let back = [(0.0, 0.0), (10.0, 0.0), (0.0, 0.0)];
        assert_eq!(simplify(&back, SIMPLIFY_PX), back.to_vec());
        // A point that is not finite: nothing is dropped.
        let odd = [(0.0, 0.0), (1.0, f64::NAN), (2.0, 0.0), (3.0, 0.0)];
        assert_eq!(simplify(&odd, SIMPLIFY_PX).len(), 4);
    }
}
