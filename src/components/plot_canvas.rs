//! One plot on a `<canvas>`: the chart is a memo of the state; an effect paints it whenever the
//! chart or the canvas size changes, at the device pixel ratio so it stays crisp.

use super::dom::{device_pixel_ratio, now_ms};
use crate::i18n::{Key, Lang};
use crate::laws::{format_count, format_loss, format_sci};
use crate::plots::{draw_chart, Chart, Look, PlotKind, Scene, Theme};
use crate::state::AppState;
use leptos::html;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;

/// Paints `chart` on `canvas`, sized to its CSS box × device pixel ratio.
pub fn paint(canvas: &web_sys::HtmlCanvasElement, chart: &Chart, theme: Theme) {
    let ratio = device_pixel_ratio();
    let css_w = f64::from(canvas.client_width()).max(1.0);
    let css_h = f64::from(canvas.client_height()).max(1.0);
    let (w, h) = (
        (css_w * ratio).round() as u32,
        (css_h * ratio).round() as u32,
    );
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    if let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) {
        let root = backend.into_drawing_area();
        let _ = draw_chart(
            &root,
            chart,
            &Look {
                theme,
                scale: ratio,
            },
        );
        let _ = root.present();
    }
}

/// A short text of what the plot shows, for `aria-label` and screen readers.
pub fn summary(kind: PlotKind, state: &AppState, lang: Lang) -> String {
    let law = state.law_for(state.law);
    let opt = law.optimum(state.compute);
    let title = match kind {
        PlotKind::N => Key::PlotN,
        PlotKind::D => Key::PlotD,
        PlotKind::C => Key::PlotC,
        PlotKind::Split => Key::PlotSplit,
    };
    format!(
        "{}. {}: {} {}, N* {}, D* {}, {} {}.",
        lang.text(title),
        lang.text(Key::LawName(state.law)),
        format_sci(state.compute),
        lang.text(Key::Flops),
        format_count(opt.n),
        format_count(opt.d),
        lang.text(Key::PredictedLoss),
        format_loss(opt.loss),
    )
}

#[component]
pub fn PlotCanvas(
    kind: PlotKind,
    state: ReadSignal<AppState>,
    lang: Signal<Lang>,
    resize: ReadSignal<u32>,
) -> impl IntoView {
    let canvas_ref: NodeRef<html::Canvas> = NodeRef::new();
    let theme = Theme::LIGHT;
    let chart = Memo::new(move |_| state.with(|s| Scene::new(s, lang.get(), theme).chart(kind)));
    Effect::new(move |_| {
        resize.track();
        let started = now_ms();
        chart.with(|c| {
            if let Some(canvas) = canvas_ref.get() {
                paint(&canvas, c, theme);
                let _ = canvas.set_attribute("data-painted", &format!("{:.2}", now_ms() - started));
            }
        });
    });
    let label = move || state.with(|s| summary(kind, s, lang.get()));
    view! {
        <figure class="plot">
            <canvas
                node_ref=canvas_ref
                data-testid=format!("plot-{}", kind.as_str())
                role="img"
                aria-label=label
            ></canvas>
        </figure>
    }
}
