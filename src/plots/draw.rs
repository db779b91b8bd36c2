//! Paints a [`Chart`] on any plotters backend. The same function draws the browser canvas
//! (plotters-canvas) and the SVG export and native tests (plotters' SVG backend).

use super::chart::{Chart, Dash, MarkerShape};
use super::style::{Look, Rgb};
use super::ticks;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

type Result<DB> = std::result::Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

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
) -> Result<DB> {
    let s = look.scale.max(0.5);
    let theme = look.theme;
    let px = |v: f64| (v * s).round().max(1.0) as u32;
    let font = |size: f64| {
        ("sans-serif", size * s)
            .into_font()
            .color(&color(theme.foreground))
    };

    root.fill(&color(theme.background))?;
    let (width, _) = root.dim_in_pixel();
    let narrow = f64::from(width) / s < 420.0;

    let x_ticks = ticks::ticks(&chart.x, if narrow { 5 } else { 9 });
    let y_ticks = ticks::ticks(&chart.y, 6);
    let x_axis = (chart.x.lo..chart.x.hi)
        .log_scale()
        .with_key_points(x_ticks);
    let y_axis = (chart.y.lo..chart.y.hi)
        .log_scale()
        .with_key_points(y_ticks);

    let mut cc = ChartBuilder::on(root)
        .caption(&chart.title, font(15.0))
        .margin(px(8.0))
        .x_label_area_size(px(40.0))
        .y_label_area_size(px(if narrow { 44.0 } else { 52.0 }))
        .build_cartesian_2d(x_axis, y_axis)?;

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

    for series in &chart.series {
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

    for vline in &chart.vlines {
        let style = color(theme.foreground).mix(0.55).stroke_width(px(1.5));
        cc.draw_series(DashedLineSeries::new(
            [(vline.x, chart.y.lo), (vline.x, chart.y.hi)],
            px(5.0),
            px(4.0),
            style,
        ))?;
        if let Some(label) = &vline.label {
            cc.draw_series(std::iter::once(Text::new(
                label.clone(),
                (vline.x, chart.y.hi),
                font(11.5).pos(Pos::new(HPos::Left, VPos::Top)),
            )))?;
        }
    }

    let r = px(5.0) as i32;
    for m in &chart.markers {
        let fill = color(m.color);
        let outline = color(theme.background).stroke_width(px(1.5));
        let at = m.at;
        match m.shape {
            MarkerShape::Circle => {
                cc.draw_series(std::iter::once(
                    EmptyElement::at(at) + Circle::new((0, 0), r, fill.filled()),
                ))?;
                cc.draw_series(std::iter::once(
                    EmptyElement::at(at) + Circle::new((0, 0), r, outline),
                ))?;
            }
            MarkerShape::Diamond => {
                let d = r + px(2.0) as i32;
                let shape = vec![(0, -d), (d, 0), (0, d), (-d, 0)];
                cc.draw_series(std::iter::once(
                    EmptyElement::at(at) + Polygon::new(shape.clone(), fill.filled()),
                ))?;
                let mut ring = shape;
                ring.push((0, -d));
                cc.draw_series(std::iter::once(
                    EmptyElement::at(at) + PathElement::new(ring, outline),
                ))?;
            }
            MarkerShape::Square => {
                let h = (r - 1).max(2);
                cc.draw_series(std::iter::once(
                    EmptyElement::at(at)
                        + Rectangle::new([(-h, -h), (h, h)], fill.mix(0.85).filled()),
                ))?;
            }
        }
        if let Some(label) = &m.label {
            cc.draw_series(std::iter::once(
                EmptyElement::at(at)
                    + Text::new(
                        label.clone(),
                        (r + 3, -r - 2),
                        font(11.0).pos(Pos::new(HPos::Left, VPos::Bottom)),
                    ),
            ))?;
        }
    }

    draw_legend(&cc.plotting_area().strip_coord_spec(), chart, look)?;
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

/// The legend, top right inside the plot area, on a translucent panel.
fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &Chart,
    look: &Look,
) -> Result<DB> {
    let s = look.scale.max(0.5);
    let theme = look.theme;
    let mut rows: Vec<(String, Rgb, Option<Dash>)> = chart
        .legend
        .iter()
        .map(|e| (e.label.clone(), e.color, Some(e.dash)))
        .collect();
    if !chart.band_label.is_empty() && !chart.bands.is_empty() {
        rows.push((chart.band_label.clone(), theme.band, None));
    }
    if rows.is_empty() {
        return Ok(());
    }
    let (w, _) = area.dim_in_pixel();
    let row_h = (17.0 * s) as i32;
    let swatch = (22.0 * s) as i32;
    let font = ("sans-serif", 11.5 * s)
        .into_font()
        .color(&color(theme.foreground));
    let text_w = rows
        .iter()
        .map(|(label, _, _)| {
            area.estimate_text_size(label, &font)
                .map(|(tw, _)| tw as i32)
                .unwrap_or(0)
        })
        .max()
        .unwrap_or(0);
    let pad = (6.0 * s) as i32;
    let box_w = swatch + pad * 3 + text_w;
    let box_h = row_h * rows.len() as i32 + pad;
    let x0 = w as i32 - box_w - pad;
    let y0 = pad;
    area.draw(&Rectangle::new(
        [(x0, y0), (x0 + box_w, y0 + box_h)],
        color(theme.background).mix(0.85).filled(),
    ))?;
    for (i, (label, c, dash)) in rows.iter().enumerate() {
        let y = y0 + pad / 2 + row_h * i as i32 + row_h / 2;
        let x = x0 + pad;
        match dash {
            Some(Dash::Solid) => area.draw(&PathElement::new(
                vec![(x, y), (x + swatch, y)],
                color(*c).stroke_width((2.5 * s) as u32),
            ))?,
            Some(d) => {
                let (on, off) = dash_lengths(*d);
                area.draw(&DashedPathElement::new(
                    vec![(x, y), (x + swatch, y)],
                    (on * s) as u32,
                    (off * s) as u32,
                    color(*c).stroke_width((2.5 * s) as u32),
                ))?
            }
            None => area.draw(&Rectangle::new(
                [(x, y - row_h / 3), (x + swatch, y + row_h / 3)],
                color(*c).filled(),
            ))?,
        }
        area.draw(&Text::new(
            label.clone(),
            (x + swatch + pad, y),
            font.pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(())
}

/// The chart as an SVG document of `width`×`height` CSS pixels (export, tests).
pub fn render_svg(chart: &Chart, look: &Look, width: u32, height: u32) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let look = Look {
            scale: 1.0,
            ..*look
        };
        // An SVG string backend cannot fail to draw; the result is ignored on purpose.
        let _ = draw_chart(&root, chart, &look);
        let _ = root.present();
    }
    svg
}
