//! Painting a chart on a plot's canvas: the static layer from a small cache of offscreen
//! canvases, the moving parts on top.

use crate::cache::Layers;
use crate::components::canvas_backend::{offscreen, FastCanvas};
use crate::components::dom::device_pixel_ratio;
use crate::plots::draw::{paint_layers, Layers as DrawLayers, StaticPart};
use crate::plots::{Chart, Look, PlotArea, Theme};

/// What a static layer was drawn for: canvas size, scale, theme and content.
pub type StaticKey = (u32, u32, u64, Theme, StaticPart);

/// Offscreen copies of a plot's static layer (axes, grid, labels, bands, fixed curves and
/// markers), most recently used first, each with what it was drawn for. A slider step whose
/// static part matches one of them repaints only the moving parts; keeping a few covers a
/// drag back and forth across a point where a loss axis snaps to the next step.
pub type StaticCache = Layers<StaticKey, web_sys::HtmlCanvasElement>;

/// Static layers kept per plot (each is the canvas's size: 0.5 MB at 523×248 and dpr 1).
pub(super) const STATIC_LAYERS: usize = 3;

/// Paints `chart` on `canvas` at `css` size × device pixel ratio; returns where the
/// plotting area landed, in device pixels.
pub fn paint(
    canvas: &web_sys::HtmlCanvasElement,
    (css_w, css_h): (f64, f64),
    chart: &Chart,
    theme: Theme,
    zoom: f64,
    cache: &mut StaticCache,
) -> PlotArea {
    use wasm_bindgen::JsCast;
    let ratio = device_pixel_ratio();
    let (css_w, css_h) = (css_w.max(1.0), css_h.max(1.0));
    let (w, h) = ((css_w * ratio).round() as u32, (css_h * ratio).round() as u32);
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    let look = Look { theme, scale: ratio * zoom };
    let key = (w, h, look.scale.to_bits(), theme, StaticPart::of(chart));
    let layer = cache.get_or_draw(
        key,
        |k| k.0 == w && k.1 == h,
        || offscreen(w, h),
        |layer| {
            if let Some(mut backend) = FastCanvas::new(layer.clone()) {
                paint_layers(&mut backend, chart, &look, DrawLayers::Static);
            }
        },
    );
    let Some(ctx) =
        canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
    else {
        return PlotArea::default();
    };
    if let Some(layer) = layer {
        // The layer is opaque and covers the canvas: drawn over it, it replaces every pixel.
        let _ = ctx.draw_image_with_html_canvas_element(layer, 0.0, 0.0);
    }
    let mut backend = FastCanvas::with_context(canvas.clone(), ctx);
    paint_layers(&mut backend, chart, &look, DrawLayers::Dynamic)
}
