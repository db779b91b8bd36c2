//! Keyboard shortcuts for class: ←/→ step the budget by ×10^0.1 (Shift: ×10), `1`–`4` focus a
//! plot, `m` toggles famous models. Ignored while typing in a form control.

use super::dom::focus_testid;
use crate::state::bounds::COMPUTE_SLIDER;
use crate::state::AppState;
use leptos::prelude::*;

/// The budget after one arrow-key step (`dir` is +1 or −1), kept on the slider.
pub fn step_budget(c: f64, dir: f64, big: bool) -> f64 {
    let step = if big { 1.0 } else { 0.1 };
    let log = (c.log10() + dir * step).clamp(COMPUTE_SLIDER.0.log10(), COMPUTE_SLIDER.1.log10());
    // Round to the slider's 0.01 grid so the URL stays short and the slider matches.
    10f64.powf((log * 100.0).round() / 100.0)
}

/// Installs the window key handler for the lifetime of the calling component.
pub fn install(state: ReadSignal<AppState>, set_state: WriteSignal<AppState>) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        use wasm_bindgen::JsCast;
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON"))
            .unwrap_or(false);
        if typing || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let key = ev.key();
        match key.as_str() {
            "ArrowRight" | "ArrowLeft" => {
                let dir = if key == "ArrowRight" { 1.0 } else { -1.0 };
                let c = step_budget(state.get_untracked().compute, dir, ev.shift_key());
                set_state.update(|s| s.compute = c);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrow_steps_are_a_tenth_of_a_decade_and_stay_on_the_slider() {
        let up = step_budget(1e23, 1.0, false);
        assert!((up.log10() - 23.1).abs() < 1e-9);
        assert!((step_budget(1e23, -1.0, true).log10() - 22.0).abs() < 1e-9);
        assert_eq!(step_budget(1e28, 1.0, true), 1e28);
        assert_eq!(step_budget(1e17, -1.0, false), 1e17);
    }
}
