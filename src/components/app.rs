//! The page: reads the URL once into the state signal, writes it back on every change, and
//! lays out controls, read-outs and plots — in full, embed (`embed=1`) or presentation
//! (`present=1`) mode.

use super::coefficients::CustomCoefficients;
use super::controls::{ComputeControl, LawPicker, ModelControl};
use super::dom::{
    browser_language, location_search, page_url, prefers_dark, replace_query, set_document_title, set_root_attribute,
};
use super::explain::Explain;
use super::export::{CsvExport, PlotExport};
use super::keyboard;
use super::notice::Notice;
use super::plot_canvas::PlotCanvas;
use super::readouts::{OptimumTable, UserModel};
use super::toolbar::{LangSwitch, PresentButtons, SharePanel, ThemeSwitch};
use super::tour::{Tour, TourButton, TourCard};
use crate::i18n::{Key, Lang};
use crate::plots::scenes::{Frontier, FrontierKey};
use crate::plots::Theme;
use crate::state::query::{parse_query, to_query};
use crate::state::view::ThemeChoice;
use crate::state::AppState;
use leptos::prelude::*;

/// How much bigger text and lines are in presentation mode.
const PRESENT_ZOOM: f64 = 1.5;

#[component]
pub fn App() -> impl IntoView {
    let parsed = parse_query(&location_search());
    let (state, set_state) = signal(parsed.state);
    let browser_lang = Lang::from_tag(&browser_language());
    let system_dark = prefers_dark();
    // Derived values are memos: they notify only when they change, not on every slider step
    // (a derived signal would re-run every text, attribute and chart that reads it).
    let lang: Signal<Lang> = Memo::new(move |_| state.with(|s| s.view.lang).unwrap_or(browser_lang)).into();
    let dark: Signal<bool> = Memo::new(move |_| match state.with(|s| s.view.theme) {
        Some(choice) => choice == ThemeChoice::Dark,
        None => system_dark,
    })
    .into();
    let theme: Signal<Theme> = Memo::new(move |_| if dark.get() { Theme::DARK } else { Theme::LIGHT }).into();
    let zoom: Signal<f64> = Memo::new(move |_| if state.with(|s| s.view.present) { PRESENT_ZOOM } else { 1.0 }).into();
    let mode = Memo::new(move |_| {
        state.with(|s| {
            if s.view.embed {
                "embed"
            } else if s.view.present {
                "present"
            } else {
                "full"
            }
        })
    });
    let (resize, set_resize) = signal(0u32);
    let tour = Tour::new();

    // Sync with the outside world: the URL, and <html> attributes for CSS and screen readers.
    // The URL follows the state, at most every 150 ms while a slider is dragged: browsers
    // throttle history.replaceState called on every input event.
    let url_pending = StoredValue::new(false);
    Effect::new(move |_| {
        state.track();
        if url_pending.get_value() {
            return;
        }
        url_pending.set_value(true);
        set_timeout(
            move || {
                url_pending.set_value(false);
                replace_query(&state.with_untracked(to_query));
            },
            std::time::Duration::from_millis(150),
        );
    });
    // Attributes of <html> restyle the whole page when set, even to the same value: one
    // effect each, run only when its memo changes.
    Effect::new(move |_| set_root_attribute("lang", lang.get().as_str()));
    Effect::new(move |_| set_document_title(lang.get().text(Key::Title)));
    Effect::new(move |_| set_root_attribute("data-theme", if dark.get() { "dark" } else { "light" }));
    Effect::new(move |_| set_root_attribute("data-mode", mode.get()));
    let handle = window_event_listener(leptos::ev::resize, move |_| set_resize.update(|n| *n = n.wrapping_add(1)));
    on_cleanup(move || handle.remove());
    keyboard::install(state, set_state);

    let embed = state.with_untracked(|s| s.view.embed);
    // Re-render the plot cells only when the set of plots changes, not on every state change.
    let shown = Memo::new(move |_| state.with(|s| s.view.shown_plots()));
    // The frontier curves of plots C and Split, recomputed only when the laws or the plotted
    // compute span change (not when the slider moves inside the span). Read lazily.
    let frontier_key = Memo::new(move |_| state.with(FrontierKey::of));
    let frontier = Memo::new(move |_| Frontier::new(frontier_key.get()));
    let plots = move || {
        shown
            .get()
            .into_iter()
            .map(|kind| {
                view! {
                    <div class="plot-cell">
                        <PlotCanvas kind state set_state lang theme zoom resize frontier/>
                        <PlotExport kind state lang theme zoom/>
                    </div>
                }
            })
            .collect_view()
    };
    let plot_count = move || shown.with(Vec::len);
    // Whether a shown law's optimum is a fit of its own rather than its surface's minimum.
    let separate_fit = Memo::new(move |_| {
        state.with(|s| s.shown_laws().into_iter().any(|id| !s.law_for(id).optimum_minimises_surface()))
    });

    if embed {
        // The same view without embed mode: same plots (`view`), budget, laws and model.
        let full_view = move || {
            state.with(|s| {
                let mut full = s.clone();
                full.view.embed = false;
                page_url(&to_query(&full))
            })
        };
        return view! {
            <Notice ignored=parsed.ignored lang/>
            <main class="embed-layout">
                <div class="embed-bar">
                    <ComputeControl state set_state lang/>
                    <a class="open-full" data-testid="open-full" href=full_view target="_blank" rel="noopener">
                        {move || lang.get().text(Key::OpenFullView)}
                    </a>
                </div>
                <OptimumTable state lang/>
                <div class="plots" data-count=plot_count>{plots}</div>
            </main>
        }
        .into_any();
    }

    view! {
        <header class="top">
            <h1>{move || lang.get().text(Key::Title)}</h1>
            <p class="subtitle">{move || lang.get().text(Key::Subtitle)}</p>
            <nav class="toolbar">
                <LangSwitch set_state lang/>
                <ThemeSwitch set_state lang dark/>
                <PresentButtons state set_state lang/>
                <TourButton tour state set_state lang/>
                <SharePanel state lang/>
                <CsvExport state lang/>
            </nav>
        </header>
        <Notice ignored=parsed.ignored lang/>
        <main class="layout">
            <aside class="controls">
                <TourCard tour set_state lang/>
                <ComputeControl state set_state lang/>
                <LawPicker state set_state lang/>
                <CustomCoefficients state set_state lang/>
                <ModelControl state set_state lang/>
                <p class="keys" hidden=move || zoom.get() == 1.0>{move || lang.get().text(Key::KeyboardHelp)}</p>
            </aside>
            <div class="content">
                <OptimumTable state lang/>
                <div class="plots" data-count=plot_count>{plots}</div>
                <p class="caveat">{move || lang.get().text(Key::NotComparable)}</p>
                <p class="caveat" data-testid="separate-fit" hidden=move || !separate_fit.get()>
                    {move || lang.get().text(Key::SeparateFitCaveat)}
                </p>
                <UserModel state lang/>
                <Explain state lang/>
            </div>
        </main>
    }
    .into_any()
}

/// The state an embed snippet would reopen (used by tests of the share panel).
pub fn embedded(state: &AppState) -> AppState {
    let mut s = state.clone();
    s.view.embed = true;
    s
}
