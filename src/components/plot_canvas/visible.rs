//! Whether the canvas is on (or near) the screen, from an `IntersectionObserver`: a plot that
//! is scrolled away or hidden skips its repaints and paints once when it comes back.

use leptos::prelude::*;

/// The observer and its callback, dropped together when the plot unmounts.
pub(super) type VisibleWatch =
    (web_sys::IntersectionObserver, wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>);

/// How far outside the viewport a plot still counts as visible: a quarter screen above and
/// below, so a plot is painted before it scrolls in.
const MARGIN: &str = "25% 0px 25% 0px";

pub(super) fn observe_visible(
    canvas: &web_sys::HtmlCanvasElement,
    set_visible: WriteSignal<bool>,
) -> Option<VisibleWatch> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // The last entry is the newest state of the one observed canvas.
        let last = entries.length().checked_sub(1).map(|i| entries.get(i));
        if let Some(Ok(entry)) = last.map(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>()) {
            set_visible.set(entry.is_intersecting());
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(MARGIN);
    let observer = web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
    observer.observe(canvas);
    Some((observer, callback))
}
