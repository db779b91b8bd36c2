//! The notice that names what the URL asked for and the page ignored.

use crate::i18n::{Key, Lang};
use crate::state::query::Ignored;
use leptos::prelude::*;

#[component]
pub fn Notice(ignored: Vec<Ignored>, lang: Signal<Lang>) -> impl IntoView {
    let empty = ignored.is_empty();
    let items = ignored.into_iter().map(|i| view! { <li>{i.to_string()}</li> }).collect_view();
    view! {
        <div class="notice" data-testid="notice" role="status" hidden=empty>
            <strong>{move || lang.get().text(Key::Ignored)}</strong>
            <ul>{items}</ul>
        </div>
    }
}
