//! The canvas's CSS size, from a `ResizeObserver`.

use leptos::prelude::*;

/// Watches the canvas's CSS box with a `ResizeObserver` and reports its size. Reading
/// `clientWidth` during a repaint would force a synchronous layout of everything the same
/// slider step changed in the page; the observer reports after layout instead.
/// The observer and its callback, kept together: both are dropped when the plot unmounts
/// (a forgotten callback would leak once per mount, e.g. at every `view` change).
pub(super) type SizeWatch = (web_sys::ResizeObserver, wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>);

pub(super) fn observe_size(
    canvas: &web_sys::HtmlCanvasElement,
    set_size: WriteSignal<(f64, f64)>,
) -> Option<SizeWatch> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() {
            let rect = entry.content_rect();
            set_size.set((rect.width(), rect.height()));
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(canvas);
    Some((observer, callback))
}
