//! Values derived from the state that most of the page reads (the language, the theme, which
//! laws and plots are shown) and that a slider step never changes.
//!
//! A `Memo` of the state does not stop a slider step from reaching its readers: when the state
//! changes, the reactive graph marks every memo of it and, through them, every reader "to be
//! checked" (each render effect is woken, re-checks the memo, finds it unchanged and stops).
//! With the language read by every text in the page, that was hundreds of wake-ups and most of
//! the reactive cost of a step. A settled value is a signal of its own, set from an effect only
//! when the value really changes: a slider step wakes that one effect and nothing behind it.

use leptos::prelude::*;

/// `source()` as a signal that notifies its readers only when the value changes. The first
/// value is computed at once (untracked); later values a microtask after their source changes,
/// before the browser renders the frame.
pub(crate) fn settled<T>(source: impl Fn() -> T + 'static) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let (value, set_value) = signal(untrack(&source));
    follow(Box::new(move || {
        let next = source();
        if value.with_untracked(|now| *now != next) {
            set_value.set(next);
        }
    }));
    value
}

/// The effect behind every settled value, compiled once (an effect per closure type was about
/// 300 bytes of gzipped wasm per call site).
fn follow(update: Box<dyn Fn()>) {
    Effect::new(move |_| update());
}
