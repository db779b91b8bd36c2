//! Painting a chart on a plot's two stacked canvases: the static layer on the canvas beneath
//! (drawn, or copied from a small cache of offscreen canvases, only when it changes), the moving
//! parts on the transparent canvas on top, which a budget step clears and redraws alone.

use crate::cache::Layers;
use crate::components::canvas_backend::FastCanvas;
use crate::components::dom::device_pixel_ratio;
use crate::plots::draw::{paint_layers, Layers as DrawLayers, StaticPart};
use crate::plots::{Chart, Look, PlotArea, Theme};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// What a static layer was drawn for: canvas size, scale, theme and content.
pub type StaticKey = (u32, u32, u64, Theme, StaticPart);

/// Offscreen copies of a plot's static layer (axes, grid, labels, bands, fixed curves and
/// markers), most recently used first, each with what it was drawn for. A static part that
/// changes back to one of them (a drag back and forth across a point where a loss axis snaps
/// to the next step) is copied to the canvas beneath instead of drawn again.
pub type StaticCache = Layers<StaticKey, HtmlCanvasElement>;

/// Static layers kept per plot (each is the canvas's size: 0.5 MB at 523×248 and dpr 1).
pub(super) const STATIC_LAYERS: usize = 3;

/// A plot's static layers: the cache, and what the canvas beneath shows now.
pub struct StaticLayers {
    cache: StaticCache,
    shown: Option<StaticKey>,
}

impl StaticLayers {
    pub fn new() -> StaticLayers {
        StaticLayers { cache: StaticCache::new(STATIC_LAYERS), shown: None }
    }
}

impl Default for StaticLayers {
    fn default() -> Self {
        StaticLayers::new()
    }
}

fn offscreen(w: u32, h: u32) -> Option<HtmlCanvasElement> {
    let el = web_sys::window()?.document()?.create_element("canvas").ok()?;
    let canvas: HtmlCanvasElement = el.dyn_into().ok()?;
    canvas.set_width(w);
    canvas.set_height(h);
    Some(canvas)
}

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok().flatten()?.dyn_into().ok()
}

/// Sets a canvas's pixel size if it differs (setting it clears the canvas, even to the same
/// value); says whether it changed.
fn resize(canvas: &HtmlCanvasElement, w: u32, h: u32) -> bool {
    let changed = canvas.width() != w || canvas.height() != h;
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    changed
}

/// Paints `chart` at `css` size × device pixel ratio: its static layer on `under` when that
/// changed (size, scale, theme or [`StaticPart`]), its moving parts on `over` (cleared first;
/// transparent elsewhere). Returns where the plotting area landed, in device pixels.
pub fn paint(
    over: &HtmlCanvasElement,
    under: &HtmlCanvasElement,
    (css_w, css_h): (f64, f64),
    chart: &Chart,
    theme: Theme,
    zoom: f64,
    layers: &mut StaticLayers,
) -> PlotArea {
    let ratio = device_pixel_ratio();
    let (css_w, css_h) = (css_w.max(1.0), css_h.max(1.0));
    let (w, h) = ((css_w * ratio).round() as u32, (css_h * ratio).round() as u32);
    let over_resized = resize(over, w, h);
    if resize(under, w, h) {
        layers.shown = None;
    }
    let look = Look { theme, scale: ratio * zoom };
    let key = (w, h, look.scale.to_bits(), theme, StaticPart::of(chart));
    if layers.shown.as_ref() != Some(&key) {
        let layer = layers.cache.get_or_draw(
            key.clone(),
            |k| k.0 == w && k.1 == h,
            || offscreen(w, h),
            |layer| {
                if let Some(mut backend) = FastCanvas::new(layer.clone()) {
                    paint_layers(&mut backend, chart, &look, DrawLayers::Static);
                }
            },
        );
        if let (Some(ctx), Some(layer)) = (context(under), layer) {
            // "copy": the layer replaces every pixel (it is opaque), so nothing is blended.
            let _ = ctx.set_global_composite_operation("copy");
            let _ = ctx.draw_image_with_html_canvas_element(layer, 0.0, 0.0);
            let _ = ctx.set_global_composite_operation("source-over");
            layers.shown = Some(key);
        }
    }
    if !over_resized {
        // A resized canvas is already clear.
        if let Some(ctx) = context(over) {
            ctx.clear_rect(0.0, 0.0, f64::from(w), f64::from(h));
        }
    }
    let Some(mut backend) = FastCanvas::new(over.clone()) else {
        return PlotArea::default();
    };
    paint_layers(&mut backend, chart, &look, DrawLayers::Dynamic)
}
