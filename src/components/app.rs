//! The page: reads the URL once into the state signal, writes it back on every change, and
//! lays out controls, read-outs and plots.

use super::controls::{ComputeControl, LawPicker, ModelControl};
use super::dom::{browser_language, location_search, replace_query};
use super::explain::Explain;
use super::notice::Notice;
use super::plot_canvas::PlotCanvas;
use super::readouts::{OptimumTable, UserModel};
use crate::i18n::{Key, Lang};
use crate::plots::PlotKind;
use crate::state::query::{parse_query, to_query};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let parsed = parse_query(&location_search());
    let (state, set_state) = signal(parsed.state);
    let lang = Signal::derive(move || Lang::from_tag(&browser_language()));
    let (resize, set_resize) = signal(0u32);

    // The URL follows the state (replaceState: no history entry per slider step).
    Effect::new(move |_| {
        let query = state.with(to_query);
        replace_query(&query);
    });
    let handle = window_event_listener(leptos::ev::resize, move |_| {
        set_resize.update(|n| *n = n.wrapping_add(1))
    });
    on_cleanup(move || handle.remove());

    let plots = PlotKind::ALL
        .into_iter()
        .map(|kind| view! { <PlotCanvas kind state set_state lang resize/> })
        .collect_view();

    view! {
        <header class="top">
            <h1>{move || lang.get().text(Key::Title)}</h1>
            <p class="subtitle">{move || lang.get().text(Key::Subtitle)}</p>
        </header>
        <Notice ignored=parsed.ignored lang/>
        <main class="layout">
            <aside class="controls">
                <ComputeControl state set_state lang/>
                <LawPicker state set_state lang/>
                <ModelControl state set_state lang/>
            </aside>
            <div class="content">
                <OptimumTable state lang/>
                <div class="plots">{plots}</div>
                <p class="caveat">{move || lang.get().text(Key::NotComparable)}</p>
                <UserModel state lang/>
                <Explain state lang/>
            </div>
        </main>
    }
}
