//! Keyboard shortcuts for class: ←/→ step the budget by ×10^0.1 (Shift: ×10), `1`–`4` focus a
//! plot, `m` toggles famous models. Ignored while typing in a text box, a slider or a menu;
//! a focused button does not swallow them (after a click on the toolbar the arrows still
//! move the budget).

use super::dom::focus_testid;
use crate::state::AppState;
use leptos::prelude::*;

/// Installs the window key handler for the lifetime of the calling component.
pub fn install(state: ReadSignal<AppState>, set_state: WriteSignal<AppState>) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        use wasm_bindgen::JsCast;
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
            .unwrap_or(false);
        if typing || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let key = ev.key();
        match key.as_str() {
            "ArrowRight" | "ArrowLeft" => {
                let up = key == "ArrowRight";
                set_state.update(|s| s.step_budget(up, ev.shift_key()));
                ev.prevent_default();
            }
            "1" | "2" | "3" | "4" => {
                let kinds = state.with_untracked(|s| s.view.shown_plots());
                let i = key.parse::<usize>().unwrap_or(1) - 1;
                if let Some(kind) = kinds.get(i) {
                    focus_testid(&format!("plot-{}", kind.as_str()));
                }
            }
            "m" | "M" => set_state.update(|s| s.models = !s.models),
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}
