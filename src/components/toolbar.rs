//! The page's toolbar: language, theme, presentation, tour, and the share/embed panel.

use super::dom::{
    active_element, contains, copy_text, cycle_focus, focus_first, opened_from_file, page_url, request_fullscreen,
};
use super::settled::settled;
use crate::i18n::{Key, Lang};
use crate::state::query::to_query;
use crate::state::view::{PlotKind, ThemeChoice, ViewSettings};
use crate::state::AppState;
use leptos::html;
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
pub fn ThemeSwitch(set_state: WriteSignal<AppState>, lang: Signal<Lang>, dark: ReadSignal<bool>) -> impl IntoView {
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
    let present = settled(move || state.with(|s| s.view.present));
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

/// The `<iframe>` snippet for the current view: the same state in embed mode, 800 px wide
/// and as tall as its plots need (see [`embed_height`]).
pub fn iframe_snippet(state: &AppState, title: &str) -> String {
    let mut embedded = state.clone();
    embedded.view.embed = true;
    embedded.view.present = false;
    let src = page_url(&to_query(&embedded));
    let escape = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    format!(
        "<iframe src=\"{}\" width=\"800\" height=\"{}\" loading=\"lazy\" title=\"{}\" style=\"border:0;max-width:100%\"></iframe>",
        escape(&src),
        embed_height(embedded.view.shown_plots().len()),
        escape(title)
    )
}

/// The snippet's height in CSS pixels for `plots` plots two to a row: 600 for up to two rows,
/// 250 more for each row after (eight plots: 1,100), so no plot is squeezed below a readable
/// height; a smaller iframe scrolls instead (`style/main.css`, `.embed-layout`).
pub fn embed_height(plots: usize) -> u32 {
    let rows = plots.div_ceil(2).max(1) as u32;
    600 + 250 * rows.saturating_sub(2)
}

/// The plots an embed shows, as the `view` key wants them: empty when the embed's default
/// two are chosen, else the chosen ones in page order.
pub fn embed_view(chosen: &[PlotKind]) -> Vec<PlotKind> {
    let plots: Vec<PlotKind> = PlotKind::ALL.into_iter().filter(|k| chosen.contains(k)).collect();
    if plots == ViewSettings::EMBED_DEFAULT {
        Vec::new()
    } else {
        plots
    }
}

/// Share / embed: a disclosure button in the toolbar and, below the toolbar, a panel with the
/// link to this exact view and a ready `<iframe>` snippet (each with a copy button) and the
/// plots the embed shows (opened from disk, `file://`: first a note that these point at the
/// file and what needs a website). While the panel is open, Tab and Shift+Tab cycle inside it; Escape,
/// its close button, the toggle and a click outside close it, and focus returns to the toggle.
#[component]
pub fn SharePanel(state: ReadSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let (open, set_open) = signal(false);
    let (status, set_status) = signal(String::new());
    // The plots the embed shows; at first the page's own choice (`view`), else the embed's
    // default two.
    let (chosen, set_chosen) = signal(state.with_untracked(|s| {
        if s.view.plots.is_empty() {
            ViewSettings::EMBED_DEFAULT.to_vec()
        } else {
            s.view.plots.clone()
        }
    }));
    let toggle_ref: NodeRef<html::Button> = NodeRef::new();
    let panel_ref: NodeRef<html::Div> = NodeRef::new();
    // Opened from disk (the single file): the link and the snippet name a file:// address that
    // opens only on this computer; the panel says so, and what needs a website.
    let local_note = opened_from_file().then(|| {
        view! { <p class="share-note" data-testid="local-file-note">{move || lang.get().text(Key::LocalFileNote)}</p> }
    });
    // The link and snippet follow the state only while the panel is open: a slider step does
    // not format two URLs nobody sees.
    let link = move || if open.get() { state.with(|s| page_url(&to_query(s))) } else { String::new() };
    let snippet = move || {
        if open.get() {
            let plots = chosen.with(|c| embed_view(c));
            state.with(|s| {
                let mut shared = s.clone();
                shared.view.plots = plots;
                iframe_snippet(&shared, lang.get().text(Key::Title))
            })
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
    let focus_toggle = move || {
        if let Some(button) = toggle_ref.get_untracked() {
            let _ = button.focus();
        }
    };
    let close = move || {
        set_open.set(false);
        set_status.set(String::new());
        focus_toggle();
    };
    let on_toggle = move |_| {
        if open.get_untracked() {
            close();
        } else {
            set_open.set(true);
            // Into the panel, once it is shown.
            request_animation_frame(move || {
                if let Some(panel) = panel_ref.get_untracked() {
                    focus_first(&panel);
                }
            });
        }
    };
    // Escape and the focus trap. The share panel is mounted before the tour card, so its
    // listener runs first; it marks the Escape it used so the tour does not close too.
    let keys = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        if !open.get_untracked() || ev.default_prevented() {
            return;
        }
        match ev.key().as_str() {
            "Escape" => {
                ev.prevent_default();
                close();
            }
            "Tab" => {
                if let Some(panel) = panel_ref.get_untracked() {
                    ev.prevent_default();
                    cycle_focus(&panel, ev.shift_key());
                }
            }
            _ => {}
        }
    });
    // A click outside the panel and its toggle closes it. Focus goes back to the toggle
    // unless the click gave it to another control.
    let clicks = window_event_listener(leptos::ev::click, move |ev: web_sys::MouseEvent| {
        use wasm_bindgen::JsCast;
        if !open.get_untracked() {
            return;
        }
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let inside = |el: Option<web_sys::Element>| el.is_some_and(|el| contains(&el, target.as_ref()));
        if inside(panel_ref.get_untracked().map(Into::into)) || inside(toggle_ref.get_untracked().map(Into::into)) {
            return;
        }
        set_open.set(false);
        set_status.set(String::new());
        let focus_lost = match (active_element(), panel_ref.get_untracked()) {
            (None, _) => true,
            (Some(active), panel) => {
                active.tag_name() == "BODY" || panel.is_some_and(|p| contains(&p, Some(active.as_ref())))
            }
        };
        if focus_lost {
            focus_toggle();
        }
    });
    on_cleanup(move || {
        keys.remove();
        clicks.remove();
    });
    let plot_checks = PlotKind::ALL
        .into_iter()
        .map(|kind| {
            let checked = move || chosen.with(|c| c.contains(&kind));
            // The last chosen plot stays: an embed shows at least one.
            let last = move || chosen.with(|c| c.len() == 1 && c.contains(&kind));
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="embed-plot"
                        data-plot=kind.as_str()
                        prop:checked=checked
                        prop:disabled=last
                        on:change=move |_| {
                            set_chosen.update(|c| {
                                if let Some(i) = c.iter().position(|k| *k == kind) {
                                    if c.len() > 1 {
                                        c.remove(i);
                                    }
                                } else {
                                    c.push(kind);
                                }
                            })
                        }
                    />
                    {move || lang.get().text(Key::plot_title(kind))}
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="share" data-testid="share">
            <button
                type="button"
                class="share-toggle"
                data-testid="share-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="share-panel"
                node_ref=toggle_ref
                on:click=on_toggle
            >
                {move || lang.get().text(Key::Share)}
            </button>
            <div
                id="share-panel"
                class="share-panel"
                data-testid="share-panel"
                role="dialog"
                aria-modal="true"
                aria-label=move || lang.get().text(Key::Share)
                hidden=move || !open.get()
                node_ref=panel_ref
            >
                {local_note}
                <label class="share-row">
                    <input type="text" readonly data-testid="share-url" aria-label=move || lang.get().text(Key::CopyLink) prop:value=link/>
                    <button type="button" data-testid="copy-link" on:click=move |_| copy(link())>
                        {move || lang.get().text(Key::CopyLink)}
                    </button>
                </label>
                <span class="share-label">{move || lang.get().text(Key::EmbedSnippet)}</span>
                <label class="share-row">
                    <textarea readonly rows="3" data-testid="embed-snippet" aria-label=move || lang.get().text(Key::EmbedSnippet) prop:value=snippet></textarea>
                    <button type="button" data-testid="copy-embed" on:click=move |_| copy(snippet())>
                        {move || lang.get().text(Key::CopyEmbed)}
                    </button>
                </label>
                <fieldset class="embed-plots">
                    <legend>{move || lang.get().text(Key::EmbedPlots)}</legend>
                    {plot_checks}
                </fieldset>
                <div class="share-foot">
                    <span class="status" role="status">{status}</span>
                    <button type="button" data-testid="share-close" on:click=move |_| close()>
                        {move || lang.get().text(Key::Close)}
                    </button>
                </div>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::query::parse_query;

    #[test]
    fn the_snippet_carries_the_chosen_plots_in_page_order() {
        assert_eq!(embed_view(&[PlotKind::Split, PlotKind::N]), Vec::<PlotKind>::new());
        assert_eq!(embed_view(&PlotKind::ALL), PlotKind::ALL);
        assert_eq!(embed_view(&[PlotKind::C, PlotKind::N]), vec![PlotKind::N, PlotKind::C]);
        let mut state = AppState::default();
        state.view.embed = true;
        state.view.plots = embed_view(&[PlotKind::Split, PlotKind::D]);
        let query = to_query(&state);
        assert!(query.contains("view=d,split") && query.contains("embed=1"), "{query}");
        let parsed = parse_query(&query);
        assert_eq!(parsed.state.view.plots, vec![PlotKind::D, PlotKind::Split]);
    }

    #[test]
    fn the_snippet_is_as_tall_as_its_plots_need() {
        assert_eq!([1, 2, 3, 4, 5, 6, 8].map(embed_height), [600, 600, 600, 600, 850, 850, 1100]);
    }
}
