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

/// How a paint went: where the plotting area landed (device pixels), and whether the static
/// layer was drawn straight onto the canvas because none was cached for this view
/// ([`cache_static`] then keeps one, after the frame).
pub struct Painted {
    pub area: PlotArea,
    pub missed: bool,
}

/// The canvas's pixel size for `css` size × device pixel ratio, and the drawing look.
fn pixels((css_w, css_h): (f64, f64), theme: Theme, zoom: f64) -> (u32, u32, Look) {
    let ratio = device_pixel_ratio();
    let (css_w, css_h) = (css_w.max(1.0), css_h.max(1.0));
    let (w, h) = ((css_w * ratio).round() as u32, (css_h * ratio).round() as u32);
    (w, h, Look { theme, scale: ratio * zoom })
}

fn static_key(w: u32, h: u32, look: &Look, chart: &Chart) -> StaticKey {
    (w, h, look.scale.to_bits(), look.theme, StaticPart::of(chart))
}

/// Paints `chart` on `canvas` at `css` size × device pixel ratio: the cached static layer
/// copied, the moving parts over it. With no static layer cached for this view, the whole
/// chart is drawn on the canvas: drawing the layer offscreen first would make the browser
/// rasterise it before the copy, inside the slider step (about a millisecond a plot).
pub fn paint(
    canvas: &web_sys::HtmlCanvasElement,
    css: (f64, f64),
    chart: &Chart,
    theme: Theme,
    zoom: f64,
    cache: &mut StaticCache,
) -> Painted {
    use wasm_bindgen::JsCast;
    let (w, h, look) = pixels(css, theme, zoom);
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    let key = static_key(w, h, &look, chart);
    let layer = cache.get(&key, |k| k.0 == w && k.1 == h);
    let Some(ctx) =
        canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
    else {
        return Painted { area: PlotArea::default(), missed: false };
    };
    let missed = layer.is_none();
    if let Some(layer) = layer {
        // The layer is opaque and covers the canvas: drawn over it, it replaces every pixel.
        let _ = ctx.draw_image_with_html_canvas_element(layer, 0.0, 0.0);
    }
    let mut backend = FastCanvas::with_context(canvas.clone(), ctx);
    let layers = if missed { DrawLayers::All } else { DrawLayers::Dynamic };
    Painted { area: paint_layers(&mut backend, chart, &look, layers), missed }
}

/// Draws and keeps the static layer of `chart` for this view, unless one is kept already: run
/// after a paint that [`missed`](Painted::missed) it, once the frame is out.
pub fn cache_static(css: (f64, f64), chart: &Chart, theme: Theme, zoom: f64, cache: &mut StaticCache) {
    let (w, h, look) = pixels(css, theme, zoom);
    let key = static_key(w, h, &look, chart);
    if cache.get(&key, |k| k.0 == w && k.1 == h).is_some() {
        return;
    }
    cache.draw_new(
        key,
        || offscreen(w, h),
        |layer| {
            if let Some(mut backend) = FastCanvas::new(layer.clone()) {
                paint_layers(&mut backend, chart, &look, DrawLayers::Static);
            }
        },
    );
}
