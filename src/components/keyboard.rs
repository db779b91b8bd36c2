//! Keyboard shortcuts for class: ←/→ step the budget by ×10^0.1 (Shift: ×10), `1`–`9` bring
//! the shown plot of that number forward (focus it; in presentation mode, show it large), `m`
//! toggles famous models, and in presentation mode a clicker's PageDown/PageUp step through the guided tour. Ignored while
//! the focus is in a text box, a slider or a menu (they use the keys themselves), the arrows
//! also while the loss landscape has the focus (they move your model there); a focused
//! button or checkbox does not swallow them (after a click on the toolbar or a law's checkbox
//! the arrows still move the budget).

use super::dom::focus_testid;
use super::tour::Tour;
use crate::state::AppState;
use leptos::prelude::*;

/// Whether keys pressed on `el` belong to it: text fields, sliders, menus.
fn uses_keys(el: &web_sys::Element) -> bool {
    match el.tag_name().as_str() {
        "SELECT" | "TEXTAREA" => true,
        "INPUT" => !matches!(el.get_attribute("type").as_deref(), Some("checkbox" | "radio" | "button" | "submit")),
        _ => false,
    }
}

/// Installs the window key handler for the lifetime of the calling component.
pub fn install(state: ReadSignal<AppState>, set_state: WriteSignal<AppState>, tour: Tour) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        use wasm_bindgen::JsCast;
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let typing = target.as_ref().map(uses_keys).unwrap_or(false);
        // The loss landscape, focused, moves your model with the arrows itself.
        let own_arrows = target.as_ref().is_some_and(|el| el.has_attribute("data-own-arrows"));
        if typing || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let present = state.with_untracked(|s| s.view.present);
        let key = ev.key();
        match key.as_str() {
            "ArrowRight" | "ArrowLeft" if !own_arrows => {
                let up = key == "ArrowRight";
                set_state.update(|s| s.step_budget(up, ev.shift_key()));
                ev.prevent_default();
            }
            "PageDown" if present => {
                tour.forward(state, set_state);
                ev.prevent_default();
            }
            "PageUp" if present => {
                tour.back(set_state);
                ev.prevent_default();
            }
            "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" => {
                let kinds = state.with_untracked(|s| s.view.shown_plots());
                let i = key.parse::<usize>().unwrap_or(1) - 1;
                if let Some(&kind) = kinds.get(i) {
                    if present {
                        set_state.update(|s| s.view.focus = Some(kind));
                    }
                    focus_testid(&format!("plot-{}", kind.as_str()));
                }
            }
            "m" | "M" => set_state.update(|s| s.models = !s.models),
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}
