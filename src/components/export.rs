//! Export buttons: PNG of a plot (its canvas), SVG (the same chart through plotters' SVG
//! backend, not a canvas trace), and CSV of all plotted curves and read-outs.

use super::dom::{download, text_blob_url};
use crate::i18n::Lang;
use crate::plots::csv::{curves_csv, export_name};
use crate::plots::{render_svg, Look, PlotKind, Scene, Theme};
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
    let svg = render_svg(&scene.chart(kind), &Look { theme, scale: 1.0 }, SVG_SIZE.0, SVG_SIZE.1);
    if let Some(url) = text_blob_url(&svg, "image/svg+xml") {
        download(&export_name(&scene, &format!("plot-{}", kind.as_str()), "svg"), &url);
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
            if let Some(url) = text_blob_url(&csv, "text/csv") {
                download(&export_name(&scene, "curves", "csv"), &url);
            }
        })
    };
    view! {
        <button type="button" data-testid="export-csv" on:click=on_click>
            "CSV"
        </button>
    }
}
