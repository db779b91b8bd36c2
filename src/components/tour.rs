//! The guided tour: each step applies its URL (keeping language, theme and mode) and shows
//! its text.

use crate::i18n::{Key, Lang};
use crate::state::query::parse_query;
use crate::state::AppState;
use crate::tour::{step_text, TOUR};
use leptos::prelude::*;

#[component]
pub fn TourPanel(set_state: WriteSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    // None: closed; Some(i): showing step i.
    let (step, set_step) = signal(None::<usize>);
    let go = move |i: usize| {
        let i = i.min(TOUR.len() - 1);
        let parsed = parse_query(TOUR[i].query);
        set_state.update(|s| {
            let view = s.view.clone();
            *s = parsed.state;
            s.view = view;
        });
        set_step.set(Some(i));
    };
    let panel = move || {
        step.get().map(|i| {
            let l = lang.get();
            let s = TOUR[i];
            let counter = l.fill(Key::TourStepOf, &[("i", &(i + 1).to_string()), ("n", &TOUR.len().to_string())]);
            view! {
                <section class="tour" data-testid="tour" aria-live="polite">
                    <p class="tour-count">{counter}</p>
                    <h2>{l.text(s.title)}</h2>
                    <p>{step_text(&s, l)}</p>
                    <div class="tour-nav">
                        <button type="button" data-testid="tour-prev" disabled=i == 0 on:click=move |_| go(i.saturating_sub(1))>
                            {l.text(Key::TourPrev)}
                        </button>
                        <button type="button" data-testid="tour-next" disabled=i + 1 == TOUR.len() on:click=move |_| go(i + 1)>
                            {l.text(Key::TourNext)}
                        </button>
                        <button type="button" data-testid="tour-close" on:click=move |_| set_step.set(None)>
                            {l.text(Key::TourClose)}
                        </button>
                    </div>
                </section>
            }
        })
    };
    view! {
        <button type="button" data-testid="tour-start" on:click=move |_| go(0)>
            {move || lang.get().text(Key::Tour)}
        </button>
        {panel}
    }
}
