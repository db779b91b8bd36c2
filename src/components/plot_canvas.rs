//! One plot on a `<canvas>`: the chart is a memo of the state; an effect paints it whenever the
//! chart or the canvas size changes, at the device pixel ratio so it stays crisp. A hover
//! crosshair reads exact values; on plots N and D a click places "your model".

use super::canvas_backend::FastCanvas;
use super::dom::{device_pixel_ratio, now_ms};
use crate::cache::Layers;
use crate::famous_models::FAMOUS_MODELS;
use crate::i18n::{Key, Lang};
use crate::numbers::compact;
use crate::numbers::{format_loss, format_sci};
use crate::plots::draw::{paint_layers, Layers as DrawLayers, StaticPart};
use crate::plots::hover::HoverLine;
use crate::plots::scenes::Frontier;
use crate::plots::{Chart, Look, MarkerKind, PlotArea, PlotKind, Scene, Theme};
use crate::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// What a static layer was drawn for: canvas size, scale, theme and content.
pub type StaticKey = (u32, u32, u64, Theme, StaticPart);

/// Offscreen copies of a plot's static layer (axes, grid, labels, bands, fixed curves and
/// markers), most recently used first, each with what it was drawn for. A slider step whose
/// static part matches one of them repaints only the moving parts; keeping a few covers a
/// drag back and forth across a point where a loss axis snaps to the next step.
pub type StaticCache = Layers<StaticKey, web_sys::HtmlCanvasElement>;

/// Static layers kept per plot (each is the canvas's size: 0.5 MB at 523×248 and dpr 1).
const STATIC_LAYERS: usize = 3;

fn offscreen(w: u32, h: u32) -> Option<web_sys::HtmlCanvasElement> {
    use wasm_bindgen::JsCast;
    let el = web_sys::window()?.document()?.create_element("canvas").ok()?;
    let canvas: web_sys::HtmlCanvasElement = el.dyn_into().ok()?;
    canvas.set_width(w);
    canvas.set_height(h);
    Some(canvas)
}

/// Watches the canvas's CSS box with a `ResizeObserver` and reports its size. Reading
/// `clientWidth` during a repaint would force a synchronous layout of everything the same
/// slider step changed in the page; the observer reports after layout instead.
/// The observer and its callback, kept together: both are dropped when the plot unmounts
/// (a forgotten callback would leak once per mount, e.g. at every `view` change).
type SizeWatch = (web_sys::ResizeObserver, wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>);

fn observe_size(canvas: &web_sys::HtmlCanvasElement, set_size: WriteSignal<(f64, f64)>) -> Option<SizeWatch> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() {
            let rect = entry.content_rect();
            set_size.set((rect.width(), rect.height()));
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(canvas);
    Some((observer, callback))
}

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
    let ctx =
        canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
    if let (Some(ctx), Some(layer)) = (ctx, layer) {
        // "copy": the layer replaces every pixel (it is opaque), so nothing is blended.
        let _ = ctx.set_global_composite_operation("copy");
        let _ = ctx.draw_image_with_html_canvas_element(layer, 0.0, 0.0);
        let _ = ctx.set_global_composite_operation("source-over");
    }
    let Some(mut backend) = FastCanvas::new(canvas.clone()) else {
        return PlotArea::default();
    };
    paint_layers(&mut backend, chart, &look, DrawLayers::Dynamic)
}

/// User Timing API: `redraw plot-n` … measures, visible in DevTools' performance panel. Only
/// the latest measure per plot is kept, so a long session does not grow the timeline buffer.
fn mark_redraw_start(kind: PlotKind) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(timing_names(kind).0);
    }
}

fn measure_redraw(kind: PlotKind) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let (start, name) = timing_names(kind);
        perf.clear_measures_with_measure_name(name);
        let _ = perf.measure_with_start_mark(name, start);
        perf.clear_marks_with_mark_name(start);
    }
}

/// The start mark and the measure of a plot's redraw (fixed strings: nothing to format on the
/// hot path).
fn timing_names(kind: PlotKind) -> (&'static str, &'static str) {
    match kind {
        PlotKind::N => ("plot-n:start", "redraw plot-n"),
        PlotKind::D => ("plot-d:start", "redraw plot-d"),
        PlotKind::C => ("plot-c:start", "redraw plot-c"),
        PlotKind::Split => ("plot-split:start", "redraw plot-split"),
    }
}

/// A short text of what the plot shows, for `aria-label` and screen readers: the law, the
/// budget and its optimum, and on plot C the famous models drawn.
pub fn summary(kind: PlotKind, state: &AppState, lang: Lang) -> String {
    let law = state.law_for(state.law);
    let opt = law.optimum(state.compute);
    let mut text = format!(
        "{}. {}: {} {}, N* {}, D* {}, {} {}.",
        lang.text(Key::plot_title(kind)),
        lang.text(Key::LawName(state.law)),
        format_sci(state.compute),
        lang.text(Key::Flops),
        compact(lang, opt.n),
        compact(lang, opt.d),
        lang.text(Key::PredictedLoss),
        format_loss(opt.loss),
    );
    if kind == PlotKind::C && state.models {
        let names: Vec<&str> = FAMOUS_MODELS.iter().map(|m| m.name).collect();
        text.push_str(&format!(" {}: {}.", lang.text(Key::FamousModels), names.join(", ")));
    }
    text
}

/// What the hover crosshair shows: position in CSS pixels within the canvas, and the lines.
#[derive(Clone, Debug, PartialEq)]
struct Hover {
    x: f64,
    y: f64,
    lines: Vec<HoverLine>,
}

/// The data point under a mouse position (CSS pixels from the canvas's top left), if it lies
/// inside the plotting area, and the marker within a few pixels of it.
fn data_under(chart: &Chart, area: PlotArea, css_x: f64, css_y: f64) -> Option<((f64, f64), Option<MarkerKind>)> {
    let ratio = device_pixel_ratio();
    let (x, y) = (css_x * ratio, css_y * ratio);
    let (l, r) = (f64::from(area.left), f64::from(area.right));
    let (t, b) = (f64::from(area.top), f64::from(area.bottom));
    if x < l || x > r || y < t || y > b {
        return None;
    }
    let point = chart.data_at(x - l, y - t, r - l, b - t)?;
    let marker = chart.marker_at(x - l, y - t, r - l, b - t, 8.0 * ratio).map(|m| m.what);
    Some((point, marker))
}

/// One plot: canvas, hover crosshair with exact values, and (plots N and D) click to put
/// "your model" on the budget's iso-FLOP line at the clicked size.
#[component]
pub fn PlotCanvas(
    kind: PlotKind,
    state: ReadSignal<AppState>,
    set_state: WriteSignal<AppState>,
    lang: Signal<Lang>,
    theme: Signal<Theme>,
    /// Presentation zoom for text and lines.
    zoom: Signal<f64>,
    resize: ReadSignal<u32>,
    /// The frontier curves of plots C and Split, kept while the slider moves.
    frontier: Memo<Frontier>,
) -> impl IntoView {
    let canvas_ref: NodeRef<html::Canvas> = NodeRef::new();
    let chart = Memo::new(move |_| {
        state.with(|s| {
            let scene = Scene::new(s, lang.get(), theme.get());
            match kind {
                PlotKind::C | PlotKind::Split => frontier.with(|f| scene.with_frontier(f).chart(kind)),
                PlotKind::N | PlotKind::D => scene.chart(kind),
            }
        })
    });
    let area = StoredValue::new(PlotArea::default());
    let cache = StoredValue::new_local(StaticCache::new(STATIC_LAYERS));
    let (hover, set_hover) = signal(None::<Hover>);
    let (css_size, set_css_size) = signal((0.0, 0.0));
    let observer = StoredValue::new_local(None::<SizeWatch>);
    Effect::new(move |_| {
        if let Some(canvas) = canvas_ref.get() {
            observer.set_value(observe_size(&canvas, set_css_size));
        }
    });
    on_cleanup(move || {
        if let Some(Some((o, _callback))) = observer.try_update_value(Option::take) {
            o.disconnect();
        }
    });
    Effect::new(move |_| {
        resize.track();
        let size = css_size.get();
        if size.0 <= 0.0 || size.1 <= 0.0 {
            return; // not laid out yet: the observer reports the size after layout
        }
        let started = now_ms();
        mark_redraw_start(kind);
        chart.with(|c| {
            if let Some(canvas) = canvas_ref.get() {
                let painted = cache.try_update_value(|cache| paint(&canvas, size, c, theme.get(), zoom.get(), cache));
                let painted = painted.unwrap_or_default();
                if painted != area.get_value() {
                    // Hook for tests: where the plotting area is, in canvas pixels.
                    let PlotArea { left, top, right, bottom } = painted;
                    let _ = canvas.set_attribute("data-area", &format!("{left},{top},{right},{bottom}"));
                }
                area.set_value(painted);
                let finished = now_ms();
                measure_redraw(kind);
                // Hooks for tests and the benchmark: how long the last paint took, and a
                // sequence number that grows with every paint.
                let _ = canvas.set_attribute("data-painted", &format!("{:.2}", finished - started));
                let seq = canvas.get_attribute("data-paint-seq").and_then(|s| s.parse::<u64>().ok()).unwrap_or(0);
                let _ = canvas.set_attribute("data-paint-seq", &(seq + 1).to_string());
            }
        });
    });
    let clickable = matches!(kind, PlotKind::N | PlotKind::D);
    let on_move = move |ev: leptos::ev::MouseEvent| {
        let (x, y) = (f64::from(ev.offset_x()), f64::from(ev.offset_y()));
        let under = chart.with_untracked(|c| data_under(c, area.get_value(), x, y));
        let lines = under.map(|((value, _), marker)| {
            state.with_untracked(|s| {
                Scene::new(s, lang.get_untracked(), theme.get_untracked()).hover(kind, value, marker)
            })
        });
        set_hover.set(lines.map(|lines| Hover { x, y, lines }));
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if !clickable {
            return;
        }
        let (x, y) = (f64::from(ev.offset_x()), f64::from(ev.offset_y()));
        if let Some(((value, _), _)) = chart.with_untracked(|c| data_under(c, area.get_value(), x, y)) {
            set_state.update(|s| s.place_user_on_budget(kind == PlotKind::N, value));
        }
    };
    let label = move || state.with(|s| summary(kind, s, lang.get()));
    let crosshair = move || {
        hover.get().map(|h| {
            view! {
                <div class="crosshair-v" style:left=format!("{}px", h.x)></div>
                <div class="crosshair-h" style:top=format!("{}px", h.y)></div>
                <div class="hover-readout" data-testid="hover-readout">
                    {h
                        .lines
                        .into_iter()
                        .map(|line| {
                            view! {
                                <div class="hover-line">
                                    {line.color.map(|c| view! { <span class="key" style:background-color=c.css()></span> })}
                                    {line.text}
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            }
        })
    };
    view! {
        <figure class="plot" class:clickable=clickable>
            <canvas
                node_ref=canvas_ref
                data-testid=format!("plot-{}", kind.as_str())
                role="img"
                tabindex="0"
                aria-label=label
                on:mousemove=on_move
                on:mouseleave=move |_| set_hover.set(None)
                on:click=on_click
            ></canvas>
            {crosshair}
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timing_names_follow_the_plot_ids() {
        for kind in PlotKind::ALL {
            let (start, measure) = timing_names(kind);
            assert_eq!(start, format!("plot-{}:start", kind.as_str()));
            assert_eq!(measure, format!("redraw plot-{}", kind.as_str()));
        }
    }
}
