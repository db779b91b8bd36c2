//! The notice that names what the URL asked for and the page ignored, with a button that
//! dismisses it.

use crate::i18n::{Key, Lang};
use crate::state::query::Ignored;
use leptos::prelude::*;

#[component]
pub fn Notice(ignored: Vec<Ignored>, lang: Signal<Lang>) -> impl IntoView {
    let empty = ignored.is_empty();
    let (dismissed, set_dismissed) = signal(false);
    let items = ignored.into_iter().map(|i| view! { <li>{i.to_string()}</li> }).collect_view();
    view! {
        <div class="notice" data-testid="notice" role="status" hidden=move || empty || dismissed.get()>
            <div class="notice-head">
                <strong>{move || lang.get().text(Key::Ignored)}</strong>
                <button type="button" class="notice-close" data-testid="notice-close" on:click=move |_| set_dismissed.set(true)>
                    {move || lang.get().text(Key::Close)}
                </button>
            </div>
            <ul>{items}</ul>
        </div>
    }
}
