//! The notice that names what the URL asked for and the page ignored (each reason in the page's
//! language), with a button that dismisses it. At most [`SHOWN`] items are listed; the rest
//! are counted, as are the pairs a hostile link had past the parser's cap.

use crate::i18n::{Key, Lang};
use crate::state::query::{Parsed, MAX_PAIRS};
use leptos::prelude::*;

/// How many ignored parts the notice lists by name.
pub const SHOWN: usize = 12;

#[component]
pub fn Notice(parsed: Parsed, lang: Signal<Lang>) -> impl IntoView {
    let Parsed { mut ignored, dropped, .. } = parsed;
    let empty = ignored.is_empty() && dropped == 0;
    // Read and ignored but not listed; and not read at all (past the parser's cap).
    let more = ignored.len().saturating_sub(SHOWN);
    ignored.truncate(SHOWN);
    let (dismissed, set_dismissed) = signal(false);
    let items = ignored
        .into_iter()
        .map(|i| {
            let pair = i.pair();
            view! { <li><code>{pair}</code>": "{move || lang.get().reason(&i.key, &i.reason)}</li> }
        })
        .collect_view();
    let more_text = move || {
        let l = lang.get();
        let listed = (more > 0).then(|| l.fill(Key::IgnoredMore, &[("count", &more.to_string())]));
        let unread = (dropped > 0)
            .then(|| l.fill(Key::IgnoredUnread, &[("count", &dropped.to_string()), ("max", &MAX_PAIRS.to_string())]));
        [listed, unread].into_iter().flatten().collect::<Vec<_>>().join(" ")
    };
    view! {
        <div class="notice" data-testid="notice" role="status" hidden=move || empty || dismissed.get()>
            <div class="notice-head">
                <strong>{move || lang.get().text(Key::Ignored)}</strong>
                <button type="button" class="notice-close" data-testid="notice-close" on:click=move |_| set_dismissed.set(true)>
                    {move || lang.get().text(Key::Close)}
                </button>
            </div>
            <ul>{items}</ul>
            <p hidden=more == 0 && dropped == 0 data-testid="notice-more">{more_text}</p>
        </div>
    }
}
