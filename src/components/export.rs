//! Export buttons: PNG of a plot (its canvas), SVG (the same chart through plotters' SVG
//! backend, not a canvas trace), and CSV of all plotted curves and read-outs.

use super::dom::{download, text_data_url};
use crate::i18n::Lang;
use crate::plots::csv::{curves_csv, export_name};
use crate::plots::{render_svg_measured, Look, PlotKind, Scene, Theme};
use crate::state::AppState;
use leptos::prelude::*;

/// SVG export size in CSS pixels.
const SVG_SIZE: (u32, u32) = (960, 640);

fn export_png(kind: PlotKind, state: &AppState) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let selector = format!("[data-testid=\"plot-{}\"]", kind.as_str());
    let Some(canvas) = document.query_selector(&selector).ok().flatten() else {
        return;
    };
    let Ok(canvas) = canvas.dyn_into::<web_sys::HtmlCanvasElement>() else {
        return;
    };
    if let Ok(url) = canvas.to_data_url() {
        let scene = Scene::new(state, Lang::En, Theme::LIGHT);
        download(&export_name(&scene, &format!("plot-{}", kind.as_str()), "png"), &url);
    }
}

fn export_svg(kind: PlotKind, state: &AppState, lang: Lang, theme: Theme) {
    let scene = Scene::new(state, lang, theme);
    let measure = text_measurer();
    let svg = render_svg_measured(&scene.chart(kind), &Look { theme, scale: 1.0 }, SVG_SIZE.0, SVG_SIZE.1, measure);
    download(&export_name(&scene, &format!("plot-{}", kind.as_str()), "svg"), &text_data_url(&svg, "image/svg+xml"));
}

/// Measures text with a detached canvas's `measureText` (sans-serif, as the plots draw it).
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
            ctx.set_font(&format!("{size}px sans-serif"));
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
) -> impl IntoView {
    let k = kind.as_str();
    view! {
        <div class="plot-export">
            <button type="button" data-testid=format!("export-png-{k}") on:click=move |_| state.with_untracked(|s| export_png(kind, s))>
                "PNG"
            </button>
            <button
                type="button"
                data-testid=format!("export-svg-{k}")
                on:click=move |_| state.with_untracked(|s| export_svg(kind, s, lang.get_untracked(), theme.get_untracked()))
            >
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
            download(&export_name(&scene, "curves", "csv"), &text_data_url(&csv, "text/csv"));
        })
    };
    view! {
        <button type="button" data-testid="export-csv" on:click=on_click>
            "CSV"
        </button>
    }
}
