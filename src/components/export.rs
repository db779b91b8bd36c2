//! Export buttons: PNG of a plot (drawn again at twice the screen's resolution or more), SVG
//! (the same chart through plotters' SVG backend, at the plot's on-screen size), and CSV of
//! all plotted curves and read-outs.

use super::canvas_backend::FastCanvas;
use super::dom::{device_pixel_ratio, download, text_data_url};
use super::fit::{with_fit_runs, FitRuns};
use crate::i18n::Lang;
use crate::plots::csv::{curves_csv, export_name};
use crate::plots::draw::{paint_layers, Layers};
use crate::plots::scenes::RunsOverlay;
use crate::plots::{render_svg_measured, Look, PlotKind, Scene, Theme};
use crate::state::AppState;
use leptos::prelude::*;

/// Export size in CSS pixels when the plot's canvas is not laid out (hidden, not mounted).
const FALLBACK_SIZE: (f64, f64) = (640.0, 400.0);

/// A PNG has at least this many pixels per CSS pixel of the plot on screen (or the device
/// pixel ratio, if larger): sharp in a blog post and on a high-density screen.
const PNG_MIN_SCALE: f64 = 2.0;

/// The plot's canvas and its size on screen in CSS pixels.
fn plot_canvas(kind: PlotKind) -> (Option<web_sys::HtmlCanvasElement>, (f64, f64)) {
    use wasm_bindgen::JsCast;
    let canvas = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!("[data-testid=\"plot-{}\"]", kind.as_str())).ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlCanvasElement>().ok());
    let size = canvas
        .as_ref()
        .map(|c| (f64::from(c.client_width()), f64::from(c.client_height())))
        .filter(|(w, h)| *w >= 1.0 && *h >= 1.0)
        .unwrap_or(FALLBACK_SIZE);
    (canvas, size)
}

/// The plot drawn again, by the same `paint_layers` code as the screen, on an offscreen
/// canvas of its on-screen CSS size × max(2, device pixel ratio), as a PNG.
fn export_png(kind: PlotKind, state: &AppState, lang: Lang, theme: Theme, zoom: f64, runs: Option<&RunsOverlay>) {
    use wasm_bindgen::JsCast;
    let (_, (css_w, css_h)) = plot_canvas(kind);
    let scale = device_pixel_ratio().max(PNG_MIN_SCALE);
    let Some(canvas) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
    else {
        return;
    };
    canvas.set_width((css_w * scale).round() as u32);
    canvas.set_height((css_h * scale).round() as u32);
    let scene = Scene::new(state, lang, theme).with_runs(runs);
    let Some(mut backend) = FastCanvas::new(canvas.clone()) else {
        return;
    };
    paint_layers(&mut backend, &scene.chart(kind), &Look { theme, scale: scale * zoom }, Layers::All);
    if let Ok(url) = canvas.to_data_url() {
        download(&export_name(&scene, &format!("plot-{}", kind.as_str()), "png"), &url);
    }
}

/// The plot as SVG at its on-screen CSS size and zoom: text, lines and layout as on the page.
fn export_svg(kind: PlotKind, state: &AppState, lang: Lang, theme: Theme, zoom: f64, runs: Option<&RunsOverlay>) {
    let (_, (w, h)) = plot_canvas(kind);
    let scene = Scene::new(state, lang, theme).with_runs(runs);
    let measure = text_measurer();
    let look = Look { theme, scale: zoom };
    let svg = render_svg_measured(&scene.chart(kind), &look, w.round() as u32, h.round() as u32, measure);
    download(&export_name(&scene, &format!("plot-{}", kind.as_str()), "svg"), &text_data_url(&svg, "image/svg+xml"));
}

/// Measures text with a detached canvas's `measureText` (the families the plots draw with).
fn text_measurer() -> impl Fn(&str, f64) -> (u32, u32) {
    use wasm_bindgen::JsCast;
    let ctx = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        .and_then(|c| c.get_context("2d").ok().flatten())
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
    move |text: &str, size: f64| match &ctx {
        Some(ctx) => {
            ctx.set_font(&format!("{size}px {}", crate::plots::SANS_FAMILIES));
            let w = ctx.measure_text(text).map(|m| m.width()).unwrap_or(0.0);
            (w.ceil() as u32, size.ceil() as u32)
        }
        // No canvas: a rough average glyph width.
        None => ((text.chars().count() as f64 * size * 0.55).ceil() as u32, size.ceil() as u32),
    }
}

/// PNG and SVG buttons for one plot.
#[component]
pub fn PlotExport(
    kind: PlotKind,
    state: ReadSignal<AppState>,
    lang: Signal<Lang>,
    theme: Signal<Theme>,
    /// Presentation zoom, as on screen.
    zoom: Signal<f64>,
) -> impl IntoView {
    let k = kind.as_str();
    // The fitted runs on plots N and D, as on screen.
    let runs = use_context::<FitRuns>();
    let run = move |f: fn(PlotKind, &AppState, Lang, Theme, f64, Option<&RunsOverlay>)| {
        state.with_untracked(|s| {
            with_fit_runs(runs, false, |r| {
                f(kind, s, lang.get_untracked(), theme.get_untracked(), zoom.get_untracked(), r)
            })
        })
    };
    view! {
        <div class="plot-export">
            <button type="button" data-testid=format!("export-png-{k}") on:click=move |_| run(export_png)>
                "PNG"
            </button>
            <button type="button" data-testid=format!("export-svg-{k}") on:click=move |_| run(export_svg)>
                "SVG"
            </button>
        </div>
    }
}

/// One CSV of every curve on the page and the read-outs.
#[component]
pub fn CsvExport(state: ReadSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let on_click = move |_| {
        state.with_untracked(|s| {
            let scene = Scene::new(s, lang.get_untracked(), Theme::LIGHT);
            let csv = curves_csv(&scene, &s.view.shown_plots());
            download(&export_name(&scene, "all-plots", "csv"), &text_data_url(&csv, "text/csv"));
        })
    };
    view! {
        <button type="button" data-testid="export-csv" on:click=on_click>
            "CSV"
        </button>
    }
}
