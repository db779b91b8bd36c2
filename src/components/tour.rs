//! The guided tour: a button in the toolbar and a card in the sidebar (in the page flow, so
//! it never covers a plot; on a phone it sits at the bottom of the screen and each step
//! scrolls its plot into view above it). Each step applies its URL, keeping language, theme
//! and mode. The page as it was when the tour started is remembered: Close, Escape and Finish
//! (the last step's Next) put it back, and the URL follows.

use super::dom::{focus_testid, scroll_testid_into_view};
use crate::i18n::{Key, Lang};
use crate::state::query::parse_query;
use crate::state::AppState;
use crate::tour::{step_text, TOUR};
use leptos::prelude::*;

/// The tour's state, shared by its button and its card: the step shown (`None`: closed) and
/// the page's state when the tour started.
#[derive(Clone, Copy)]
pub struct Tour {
    step: RwSignal<Option<usize>>,
    saved: StoredValue<Option<AppState>>,
}

impl Default for Tour {
    fn default() -> Self {
        Tour::new()
    }
}

impl Tour {
    pub fn new() -> Tour {
        Tour { step: RwSignal::new(None), saved: StoredValue::new(None) }
    }

    /// Starts the tour at step 1, remembering the page as it is now (unless the tour is
    /// already running: then the page from before the tour stays remembered).
    fn start(self, state: ReadSignal<AppState>, set_state: WriteSignal<AppState>) {
        if self.step.get_untracked().is_none() {
            self.saved.set_value(Some(state.get_untracked()));
        }
        self.go(0, set_state);
    }

    /// Shows step `i`: its URL on top of the current language, theme and mode. In
    /// presentation mode the step's plot becomes the large one.
    fn go(self, i: usize, set_state: WriteSignal<AppState>) {
        let i = i.min(TOUR.len() - 1);
        let parsed = parse_query(TOUR[i].query);
        set_state.update(|s| {
            let mut view = s.view.clone();
            if view.present {
                let plot = TOUR[i].plot;
                // A step about a plot the projector does not show (the overhead plot) adds it.
                let shown = view.shown_plots();
                if !shown.contains(&plot) {
                    view.plots = shown.into_iter().chain([plot]).collect();
                }
                view.focus = Some(plot);
            }
            *s = parsed.state;
            s.view = view;
        });
        self.step.set(Some(i));
    }

    /// A clicker's "next" (PageDown): starts the tour, or goes one step on (the last step's
    /// next finishes it, like its Finish button).
    pub fn forward(self, state: ReadSignal<AppState>, set_state: WriteSignal<AppState>) {
        match self.step.get_untracked() {
            None => {
                self.start(state, set_state);
                // As from the toolbar button: onto the card's Next, once the card is shown.
                request_animation_frame(|| focus_testid("tour-next"));
            }
            Some(i) if i + 1 == TOUR.len() => self.close(set_state),
            Some(i) => self.go(i + 1, set_state),
        }
    }

    /// A clicker's "previous" (PageUp): one step back while the tour runs.
    pub fn back(self, set_state: WriteSignal<AppState>) {
        if let Some(i) = self.step.get_untracked() {
            self.go(i.saturating_sub(1), set_state);
        }
    }

    /// Ends the tour and puts back the page as it was when the tour started. The language,
    /// theme and mode stay as they are now: the tour never changes them, so only the reader
    /// can have, and that choice is kept. The plots and the large one come back too: in
    /// presentation mode the tour added its steps' plots and enlarged them.
    fn close(self, set_state: WriteSignal<AppState>) {
        self.step.set(None);
        if let Some(saved) = self.saved.try_update_value(Option::take).flatten() {
            set_state.update(|s| {
                let mut view = s.view.clone();
                view.plots = saved.view.plots.clone();
                view.focus = saved.view.focus;
                *s = saved;
                s.view = view;
            });
        }
        focus_testid("tour-start");
    }
}

/// The toolbar button that starts the tour.
#[component]
pub fn TourButton(
    tour: Tour,
    state: ReadSignal<AppState>,
    set_state: WriteSignal<AppState>,
    lang: Signal<Lang>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            data-testid="tour-start"
            aria-expanded=move || tour.step.get().is_some().to_string()
            aria-controls="tour-card"
            on:click=move |_| {
                tour.start(state, set_state);
                // Onto the card's Next, once the card is shown.
                request_animation_frame(|| focus_testid("tour-next"));
            }
        >
            {move || lang.get().text(Key::Tour)}
        </button>
    }
}

/// The tour's card: step counter, title, text and Back / Next (Finish) / Close.
#[component]
pub fn TourCard(tour: Tour, set_state: WriteSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    // Escape closes the tour (after the share panel, which takes an Escape first when open).
    let keys = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && !ev.default_prevented() && tour.step.get_untracked().is_some() {
            ev.prevent_default();
            tour.close(set_state);
        }
    });
    on_cleanup(move || keys.remove());
    // Each step brings its plot into view (on a phone the plots are far apart), once the
    // page has been laid out for the step's state.
    Effect::new(move |_| {
        if let Some(i) = tour.step.get() {
            request_animation_frame(move || scroll_testid_into_view(&format!("plot-{}", TOUR[i].plot.as_str())));
        }
    });
    // The card's buttons stay while the steps change (only texts and states update), so a
    // keyboard user keeps focus on Next.
    let step = move || tour.step.get().unwrap_or(0);
    let last = move || step() + 1 == TOUR.len();
    let counter =
        move || lang.get().fill(Key::TourStepOf, &[("i", &(step() + 1).to_string()), ("n", &TOUR.len().to_string())]);
    let step_now = move || tour.step.get_untracked().unwrap_or(0);
    let on_next = move |_| {
        let i = step_now();
        if i + 1 == TOUR.len() {
            tour.close(set_state);
        } else {
            tour.go(i + 1, set_state);
        }
    };
    view! {
        <Show when=move || tour.step.get().is_some()>
            <section id="tour-card" class="tour" data-testid="tour" data-step=move || step() + 1 data-plot=move || TOUR[step()].plot.as_str() aria-labelledby="tour-title">
                <p class="tour-count" aria-live="polite">{counter}</p>
                <h2 id="tour-title">{move || lang.get().text(TOUR[step()].title)}</h2>
                <p>{move || step_text(&TOUR[step()], lang.get())}</p>
                <div class="tour-nav">
                    <button type="button" data-testid="tour-prev" prop:disabled=move || step() == 0 on:click=move |_| tour.go(step_now().saturating_sub(1), set_state)>
                        {move || lang.get().text(Key::TourPrev)}
                    </button>
                    <button type="button" class="primary" data-testid=move || if last() { "tour-finish" } else { "tour-next" } on:click=on_next>
                        {move || lang.get().text(if last() { Key::TourFinish } else { Key::TourNext })}
                    </button>
                    <button type="button" data-testid="tour-close" on:click=move |_| tour.close(set_state)>
                        {move || lang.get().text(Key::TourClose)}
                    </button>
                </div>
            </section>
        </Show>
    }
}
