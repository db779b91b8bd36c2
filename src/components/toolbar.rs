//! The page's toolbar: language, theme, presentation, tour, and the share/embed panel.

use super::dom::{copy_text, page_url, request_fullscreen};
use crate::i18n::{Key, Lang};
use crate::state::query::to_query;
use crate::state::view::ThemeChoice;
use crate::state::AppState;
use leptos::prelude::*;

/// Language buttons (English / 한국어); the choice goes into the URL (`lang=`).
#[component]
pub fn LangSwitch(set_state: WriteSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let button = move |l: Lang, label: &'static str| {
        view! {
            <button
                type="button"
                data-testid=format!("lang-{}", l.as_str())
                aria-pressed=move || (lang.get() == l).to_string()
                lang=l.as_str()
                on:click=move |_| set_state.update(|s| s.view.lang = Some(l))
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="switch" role="group" aria-label=move || lang.get().text(Key::Language)>
            {button(Lang::En, "English")}
            {button(Lang::Ko, "한국어")}
        </div>
    }
}

/// Light / dark (URL `theme=`).
#[component]
pub fn ThemeSwitch(set_state: WriteSignal<AppState>, lang: Signal<Lang>, dark: Signal<bool>) -> impl IntoView {
    let button = move |choice: ThemeChoice, key: Key| {
        let is_dark = choice == ThemeChoice::Dark;
        view! {
            <button
                type="button"
                data-testid=format!("theme-{}", choice.as_str())
                aria-pressed=move || (dark.get() == is_dark).to_string()
                on:click=move |_| set_state.update(|s| s.view.theme = Some(choice))
            >
                {move || lang.get().text(key)}
            </button>
        }
    };
    view! {
        <div class="switch" role="group" aria-label=move || lang.get().text(Key::Theme)>
            {button(ThemeChoice::Light, Key::ThemeLight)}
            {button(ThemeChoice::Dark, Key::ThemeDark)}
        </div>
    }
}

/// Presentation mode on/off, and fullscreen.
#[component]
pub fn PresentButtons(
    state: ReadSignal<AppState>,
    set_state: WriteSignal<AppState>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let present = Memo::new(move |_| state.with(|s| s.view.present));
    view! {
        <button
            type="button"
            data-testid="present-toggle"
            aria-pressed=move || present.get().to_string()
            on:click=move |_| set_state.update(|s| s.view.present = !s.view.present)
        >
            {move || lang.get().text(if present.get() { Key::ExitPresent } else { Key::Present })}
        </button>
        <button type="button" data-testid="fullscreen" on:click=move |_| request_fullscreen()>
            {move || lang.get().text(Key::Fullscreen)}
        </button>
    }
}

/// The `<iframe>` snippet for the current view: the same state in embed mode.
pub fn iframe_snippet(state: &AppState, title: &str) -> String {
    let mut embedded = state.clone();
    embedded.view.embed = true;
    embedded.view.present = false;
    let src = page_url(&to_query(&embedded));
    let escape = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    format!(
        "<iframe src=\"{}\" width=\"800\" height=\"600\" loading=\"lazy\" title=\"{}\" style=\"border:0;max-width:100%\"></iframe>",
        escape(&src),
        escape(title)
    )
}

/// Share / embed: the link to this exact view and a ready `<iframe>` snippet, each with a
/// copy button.
#[component]
pub fn SharePanel(state: ReadSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    // The link and snippet follow the state only once the panel has been opened: until then
    // a slider step does not format two URLs nobody sees.
    let (opened, set_opened) = signal(false);
    let link = move || if opened.get() { state.with(|s| page_url(&to_query(s))) } else { String::new() };
    let snippet = move || {
        if opened.get() {
            state.with(|s| iframe_snippet(s, lang.get().text(Key::Title)))
        } else {
            String::new()
        }
    };
    let copy = move |text: String| {
        leptos::task::spawn_local(async move {
            let ok = copy_text(text).await;
            let l = lang.get_untracked();
            set_status.set(l.text(if ok { Key::Copied } else { Key::CopyFailed }).to_string());
        });
    };
    view! {
        <details class="share" data-testid="share">
            <summary on:click=move |_| set_opened.set(true)>{move || lang.get().text(Key::Share)}</summary>
            <label class="share-row">
                <input type="text" readonly data-testid="share-url" prop:value=link/>
                <button type="button" data-testid="copy-link" on:click=move |_| copy(link())>
                    {move || lang.get().text(Key::CopyLink)}
                </button>
            </label>
            <span class="share-label">{move || lang.get().text(Key::EmbedSnippet)}</span>
            <label class="share-row">
                <textarea readonly rows="3" data-testid="embed-snippet" prop:value=snippet></textarea>
                <button type="button" data-testid="copy-embed" on:click=move |_| copy(snippet())>
                    {move || lang.get().text(Key::CopyEmbed)}
                </button>
            </label>
            <span class="status" role="status">{status}</span>
        </details>
    }
}
