//! Paints a [`Chart`] on any plotters backend. The same function draws the browser canvas
//! (plotters-canvas) and the SVG export and native tests (plotters' SVG backend).

use super::chart::{Chart, Dash, Marker, MarkerShape, Series};
use super::erased::{Erased, Paint};
use super::style::{Look, Rgb};
use super::ticks;
use plotters::coord::combinators::WithKeyPoints;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

type Result<DB, T = ()> = std::result::Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

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

fn color(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

fn faded(c: Rgb, opacity: f64) -> RGBAColor {
    RGBColor(c.0, c.1, c.2).mix(opacity.clamp(0.0, 1.0))
}

/// Draws `chart` filling `root`. Sizes scale with `look.scale` (device pixels per CSS pixel).
pub fn draw_chart<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &Chart,
    look: &Look,
) -> Result<DB, PlotArea> {
    draw_layers(root, chart, look, Layers::All)
}

/// Which parts of a chart to paint. The browser keeps the [`Layers::Static`] part (background,
/// title, axes, grid, tick labels, shaded bands, note lines, curves that do not move with the
/// budget) in an offscreen canvas while its [`StaticPart`] is unchanged, and repaints only
/// [`Layers::Dynamic`] (the other curves, markers, budget line, labels, legend) on top of it. Both use the same layout, so they line up exactly.
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
    x: super::chart::Axis,
    y: super::chart::Axis,
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

/// Paints the chosen `layers` of `chart` (see [`Layers`]).
pub fn draw_layers<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &Chart,
    look: &Look,
    layers: Layers,
) -> Result<DB, PlotArea> {
    let s = look.scale.max(0.5);
    let theme = look.theme;
    let px = |v: f64| (v * s).round().max(1.0) as u32;
    let font = |size: f64| ("sans-serif", size * s).into_font().color(&color(theme.foreground));

    if layers.statics() {
        root.fill(&color(theme.background))?;
    }
    let (width, _) = root.dim_in_pixel();
    let narrow = f64::from(width) / s < 420.0;

    let x_ticks = ticks::ticks(&chart.x, if narrow { 5 } else { 9 });
    let y_ticks = ticks::ticks(&chart.y, 6);
    let x_axis = (chart.x.lo..chart.x.hi).log_scale().with_key_points(x_ticks);
    let y_axis = (chart.y.lo..chart.y.hi).log_scale().with_key_points(y_ticks);

    // The dynamic pass lays the chart out identically but draws the title invisibly.
    let title_font = if layers.statics() { font(15.0) } else { font(15.0).color(&TRANSPARENT) };
    let mut cc = ChartBuilder::on(root)
        .caption(&chart.title, title_font)
        .margin(px(8.0))
        .margin_right(px(20.0))
        .x_label_area_size(px(40.0))
        .y_label_area_size(px(if narrow { 44.0 } else { 52.0 }))
        .build_cartesian_2d(x_axis, y_axis)?;

    if layers.statics() {
        draw_static(root, &mut cc, chart, look)?;
    }
    if layers.dynamics() {
        draw_dynamic(root, &mut cc, chart, look)?;
    }
    let (xr, yr) = cc.plotting_area().get_pixel_range();
    Ok(PlotArea { left: xr.start, right: xr.end, top: yr.start, bottom: yr.end })
}

type Cc<'a, DB> = ChartContext<'a, DB, Cartesian2d<WithKeyPoints<LogCoord<f64>>, WithKeyPoints<LogCoord<f64>>>>;

/// Axes, grid, tick labels, shaded bands, note lines, and the curves and markers that do not
/// move with the budget.
fn draw_static<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    cc: &mut Cc<'_, DB>,
    chart: &Chart,
    look: &Look,
) -> Result<DB> {
    let s = look.scale.max(0.5);
    let theme = look.theme;
    let px = |v: f64| (v * s).round().max(1.0) as u32;
    let font = |size: f64| ("sans-serif", size * s).into_font().color(&color(theme.foreground));
    let x_fmt = |v: &f64| ticks::label(&chart.x, *v);
    let y_fmt = |v: &f64| ticks::label(&chart.y, *v);
    cc.configure_mesh()
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .x_desc(chart.x.label.as_str())
        .y_desc(chart.y.label.as_str())
        .label_style(font(12.0))
        .axis_desc_style(font(12.5))
        .bold_line_style(color(theme.grid).stroke_width(px(1.0)))
        .light_line_style(TRANSPARENT)
        .axis_style(color(theme.foreground).stroke_width(px(1.0)))
        .draw()?;

    for band in &chart.bands {
        let (x0, x1) = (band.x.0.max(chart.x.lo), band.x.1.min(chart.x.hi));
        if x1 > x0 {
            cc.draw_series(std::iter::once(Rectangle::new(
                [(x0, chart.y.lo), (x1, chart.y.hi)],
                color(theme.band).filled(),
            )))?;
        }
    }

    for (i, vline) in chart.vlines.iter().enumerate().filter(|(_, v)| v.note) {
        draw_vline(cc, chart, look, i, vline)?;
    }
    draw_curves(cc, chart.series.iter().filter(|s| s.fixed), look)?;
    draw_markers(cc, chart.markers.iter().filter(|m| m.fixed), look)?;
    draw_labels(root, cc, chart, look, true)
}

/// Polylines, solid or dashed.
fn draw_curves<'s, DB: DrawingBackend>(
    cc: &mut Cc<'_, DB>,
    series: impl Iterator<Item = &'s Series>,
    look: &Look,
) -> Result<DB> {
    let px = |v: f64| (v * look.scale.max(0.5)).round().max(1.0) as u32;
    for series in series {
        let style = faded(series.color, series.opacity).stroke_width(px(series.width));
        let points = series.points.iter().copied();
        match series.dash {
            Dash::Solid => {
                cc.draw_series(LineSeries::new(points, style))?;
            }
            dash => {
                let (on, off) = dash_lengths(dash);
                cc.draw_series(DashedLineSeries::new(points, px(on), px(off), style))?;
            }
        }
    }
    Ok(())
}

/// Curves, the budget line, markers and their labels, and the legend.
fn draw_dynamic<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    cc: &mut Cc<'_, DB>,
    chart: &Chart,
    look: &Look,
) -> Result<DB> {
    draw_curves(cc, chart.series.iter().filter(|s| !s.fixed), look)?;

    for (i, vline) in chart.vlines.iter().enumerate().filter(|(_, v)| !v.note) {
        draw_vline(cc, chart, look, i, vline)?;
    }

    draw_markers(cc, chart.markers.iter().filter(|m| !m.fixed), look)?;
    draw_labels(root, cc, chart, look, false)?;
    let plot = cc.plotting_area().strip_coord_spec();
    draw_legend(&plot, chart, look)?;
    Ok(())
}

/// Marker radius in backend pixels.
fn marker_radius(look: &Look) -> i32 {
    (5.0 * look.scale.max(0.5)).round().max(1.0) as i32
}

/// Marker shapes: filled circles (optima), diamonds (your model), squares (famous models).
fn draw_markers<'m, DB: DrawingBackend>(
    cc: &mut Cc<'_, DB>,
    markers: impl Iterator<Item = &'m Marker>,
    look: &Look,
) -> Result<DB> {
    let px = |v: f64| (v * look.scale.max(0.5)).round().max(1.0) as u32;
    let r = marker_radius(look);
    for m in markers {
        let fill = color(m.color);
        let outline = color(look.theme.background).stroke_width(px(1.5));
        let at = m.at;
        match m.shape {
            MarkerShape::Circle => {
                cc.draw_series(std::iter::once(EmptyElement::at(at) + Circle::new((0, 0), r, fill.filled())))?;
                cc.draw_series(std::iter::once(EmptyElement::at(at) + Circle::new((0, 0), r, outline)))?;
            }
            MarkerShape::Diamond => {
                let d = r + px(2.0) as i32;
                let shape = vec![(0, -d), (d, 0), (0, d), (-d, 0)];
                cc.draw_series(std::iter::once(EmptyElement::at(at) + Polygon::new(shape.clone(), fill.filled())))?;
                let mut ring = shape;
                ring.push((0, -d));
                cc.draw_series(std::iter::once(EmptyElement::at(at) + PathElement::new(ring, outline)))?;
            }
            MarkerShape::Square => {
                let h = (r - 1).max(2);
                cc.draw_series(std::iter::once(
                    EmptyElement::at(at) + Rectangle::new([(-h, -h), (h, h)], fill.mix(0.85).filled()),
                ))?;
            }
        }
    }
    Ok(())
}

/// Draws the labels of the fixed markers (`fixed`) or of the moving ones. Labels are placed
/// fixed markers first, then moving ones, each group most important first ("you", optima,
/// famous models); a label is skipped if it would overlap the legend or a label placed
/// before it. Both layers run the same placement, so they agree.
fn draw_labels<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    cc: &Cc<'_, DB>,
    chart: &Chart,
    look: &Look,
    fixed: bool,
) -> Result<DB> {
    let r = marker_radius(look);
    let font = ("sans-serif", 11.0 * look.scale.max(0.5)).into_font().color(&color(look.theme.foreground));
    let plot = cc.plotting_area().strip_coord_spec();
    let mut taken: Vec<Rect> = legend_box(&plot, chart, look).into_iter().collect();
    let (offset_x, offset_y) = plot.get_base_pixel();
    let mut order: Vec<&Marker> = chart.markers.iter().filter(|m| m.label.is_some()).collect();
    let rank = |shape: MarkerShape| match shape {
        MarkerShape::Diamond => 0,
        MarkerShape::Circle => 1,
        MarkerShape::Square => 2,
    };
    order.sort_by_key(|m| (!m.fixed, rank(m.shape)));
    for m in order {
        let Some(label) = &m.label else { continue };
        let (px, py) = cc.backend_coord(&m.at);
        let (tw, th) = root.estimate_text_size(label, &font).unwrap_or((0, 0));
        let rect = Rect { x0: px + r + 3, y0: py - r - 2 - th as i32, x1: px + r + 3 + tw as i32, y1: py - r - 2 };
        let local =
            Rect { x0: rect.x0 - offset_x, y0: rect.y0 - offset_y, x1: rect.x1 - offset_x, y1: rect.y1 - offset_y };
        if taken.iter().any(|t| t.overlaps(&local)) {
            continue;
        }
        taken.push(local);
        if m.fixed == fixed {
            root.draw(&Text::new(label.clone(), (rect.x0, rect.y1), font.pos(Pos::new(HPos::Left, VPos::Bottom))))?;
        }
    }
    Ok(())
}

/// A vertical rule: dotted note (label at the top, one row lower per note) or the dashed
/// budget line (label at the bottom).
fn draw_vline<DB: DrawingBackend>(
    cc: &mut Cc<'_, DB>,
    chart: &Chart,
    look: &Look,
    i: usize,
    vline: &super::chart::VLine,
) -> Result<DB> {
    let s = look.scale.max(0.5);
    let px = |v: f64| (v * s).round().max(1.0) as u32;
    let fg = color(look.theme.foreground);
    let (alpha, on, off) = if vline.note { (0.4, 2.0, 4.0) } else { (0.55, 5.0, 4.0) };
    let style = fg.mix(alpha).stroke_width(px(1.5));
    cc.draw_series(DashedLineSeries::new([(vline.x, chart.y.lo), (vline.x, chart.y.hi)], px(on), px(off), style))?;
    if let Some(label) = &vline.label {
        let (y, v, row) = if vline.note { (chart.y.hi, VPos::Top, i as i32) } else { (chart.y.lo, VPos::Bottom, 0) };
        let font = ("sans-serif", 11.0 * s).into_font().color(&fg).pos(Pos::new(HPos::Left, v));
        cc.draw_series(std::iter::once(
            EmptyElement::at((vline.x, y)) + Text::new(label.clone(), (0, row * px(13.0) as i32), font),
        ))?;
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
fn legend_rows(chart: &Chart, look: &Look) -> Vec<(String, Rgb, Option<Dash>)> {
    let mut rows: Vec<(String, Rgb, Option<Dash>)> =
        chart.legend.iter().map(|e| (e.label.clone(), e.color, Some(e.dash))).collect();
    if !chart.band_label.is_empty() && !chart.bands.is_empty() {
        rows.push((chart.band_label.clone(), look.theme.band, None));
    }
    rows
}

/// Legend geometry (top right inside the plot area), shared by drawing and label placement.
struct LegendLayout {
    rect: Rect,
    row_h: i32,
    swatch: i32,
    pad: i32,
}

fn legend_layout<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &Chart,
    look: &Look,
) -> Option<LegendLayout> {
    let rows = legend_rows(chart, look);
    if rows.is_empty() {
        return None;
    }
    let s = legend_scale(area, look);
    let (w, _) = area.dim_in_pixel();
    let row_h = (17.0 * s) as i32;
    let swatch = (22.0 * s) as i32;
    let pad = (6.0 * s) as i32;
    let font: TextStyle = ("sans-serif", 11.5 * s).into_font().into();
    let text_w = rows
        .iter()
        .map(|(label, _, _)| area.estimate_text_size(label, &font).map(|(tw, _)| tw as i32).unwrap_or(0))
        .max()
        .unwrap_or(0);
    let box_w = swatch + pad * 3 + text_w;
    let box_h = row_h * rows.len() as i32 + pad;
    let x0 = w as i32 - box_w - pad;
    Some(LegendLayout { rect: Rect { x0, y0: pad, x1: x0 + box_w, y1: pad + box_h }, row_h, swatch, pad })
}

fn legend_box<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, chart: &Chart, look: &Look) -> Option<Rect> {
    legend_layout(area, chart, look).map(|l| l.rect)
}

/// Legend size factor: full size on roomy plots, smaller on narrow ones (embeds, phones).
fn legend_scale<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, look: &Look) -> f64 {
    let s = look.scale.max(0.5);
    let css_width = f64::from(area.dim_in_pixel().0) / s;
    if css_width < 320.0 {
        s * 0.8
    } else {
        s
    }
}

/// Draws the legend on a translucent panel.
fn draw_legend<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, chart: &Chart, look: &Look) -> Result<DB> {
    let Some(layout) = legend_layout(area, chart, look) else {
        return Ok(());
    };
    let s = legend_scale(area, look);
    let theme = look.theme;
    let font = ("sans-serif", 11.5 * s).into_font().color(&color(theme.foreground));
    let LegendLayout { rect, row_h, swatch, pad } = layout;
    area.draw(&Rectangle::new([(rect.x0, rect.y0), (rect.x1, rect.y1)], color(theme.background).mix(0.85).filled()))?;
    let stroke = (2.5 * s) as u32;
    for (i, (label, c, dash)) in legend_rows(chart, look).iter().enumerate() {
        let y = rect.y0 + pad / 2 + row_h * i as i32 + row_h / 2;
        let x = rect.x0 + pad;
        match dash {
            Some(Dash::Solid) => {
                area.draw(&PathElement::new(vec![(x, y), (x + swatch, y)], color(*c).stroke_width(stroke)))?
            }
            Some(d) => {
                let (on, off) = dash_lengths(*d);
                area.draw(&DashedPathElement::new(
                    vec![(x, y), (x + swatch, y)],
                    (on * s) as u32,
                    (off * s) as u32,
                    color(*c).stroke_width(stroke),
                ))?
            }
            None => {
                area.draw(&Rectangle::new([(x, y - row_h / 3), (x + swatch, y + row_h / 3)], color(*c).filled()))?
            }
        }
        area.draw(&Text::new(label.clone(), (x + swatch + pad, y), font.pos(Pos::new(HPos::Left, VPos::Center))))?;
    }
    Ok(())
}

/// Paints the chosen `layers` of `chart` on any target through [`Erased`]: every caller in
/// the app goes through here, so the drawing code is compiled once for all backends.
pub fn paint_layers(target: &mut dyn Paint, chart: &Chart, look: &Look, layers: Layers) -> PlotArea {
    let root = Erased::new(target).into_drawing_area();
    let area = draw_layers(&root, chart, look, layers).unwrap_or_default();
    let _ = root.present();
    area
}

/// Like [`render_svg`], with text measured by `measure(text, font_px)` (the browser passes a
/// canvas `measureText`; see [`super::measured`]).
pub fn render_svg_measured(
    chart: &Chart,
    look: &Look,
    width: u32,
    height: u32,
    measure: impl Fn(&str, f64) -> (u32, u32),
) -> String {
    let mut svg = String::new();
    {
        let mut backend =
            super::measured::Measured { inner: SVGBackend::with_string(&mut svg, (width, height)), measure };
        let look = Look { scale: 1.0, ..*look };
        // An SVG string backend cannot fail to draw; the result is ignored on purpose.
        paint_layers(&mut backend, chart, &look, Layers::All);
    }
    svg
}

/// The chart as an SVG document of `width`×`height` CSS pixels (export, tests).
pub fn render_svg(chart: &Chart, look: &Look, width: u32, height: u32) -> String {
    // plotters' own text measurement (what SVGBackend would use by itself).
    let measure = |text: &str, size: f64| ("sans-serif", size).into_font().box_size(text).unwrap_or((0, 0));
    render_svg_measured(chart, look, width, height, measure)
}
