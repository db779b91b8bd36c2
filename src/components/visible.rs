//! Whether an element is on (or near) the screen, from an `IntersectionObserver`: a plot that
//! is scrolled away or hidden skips its repaints and paints once when it comes back, and a
//! section below the fold keeps its read-outs as they were until it comes back
//! ([`while_seen`]).

use leptos::prelude::*;

/// The observer, its callback and the print listeners of one element, kept together:
/// [`VisibleWatch::stop`] ends them when the plot or section unmounts.
pub(crate) struct VisibleWatch {
    observer: web_sys::IntersectionObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
    before_print: leptos::prelude::WindowListenerHandle,
    after_print: leptos::prelude::WindowListenerHandle,
}

impl VisibleWatch {
    pub(crate) fn stop(self) {
        self.observer.disconnect();
        self.before_print.remove();
        self.after_print.remove();
    }
}

/// How far outside the viewport an element still counts as visible: a quarter screen above
/// and below, so a plot is painted (and a section's read-outs brought up to date) before it
/// scrolls in.
const MARGIN: &str = "25% 0px 25% 0px";

/// Reports through `set_visible` whether `element` is on (or near) the screen. A print lays
/// the whole page out, so for it every element counts as visible (`beforeprint`: plots are
/// painted and shown, sections' read-outs brought up to date); afterwards the observer is
/// asked again, and `observe` reports at once.
pub(crate) fn observe_visible(element: &web_sys::Element, set_visible: WriteSignal<bool>) -> Option<VisibleWatch> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // The last entry is the newest state of the one observed element.
        let last = entries.length().checked_sub(1).map(|i| entries.get(i));
        if let Some(Ok(entry)) = last.map(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>()) {
            set_visible.set(entry.is_intersecting());
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(MARGIN);
    let observer = web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
    observer.observe(element);
    let before_print = window_event_listener_untyped("beforeprint", move |_| set_visible.set(true));
    let (again, element) = (observer.clone(), element.clone());
    let after_print = window_event_listener_untyped("afterprint", move |_| {
        again.unobserve(&element);
        again.observe(&element);
    });
    Some(VisibleWatch { observer, _callback: callback, before_print, after_print })
}

/// Whether the section behind `node` is on (or near) the screen: `true` until the observer
/// first reports (so what reads it starts up to date), then the observer's word; the
/// observer is dropped with the calling component.
pub(crate) fn seen(node: NodeRef<leptos::html::Section>) -> ReadSignal<bool> {
    let (seen, set_seen) = signal(true);
    let watch = StoredValue::new_local(None::<VisibleWatch>);
    Effect::new(move |_| {
        if let Some(section) = node.get() {
            watch.set_value(observe_visible(&section, set_seen));
        }
    });
    on_cleanup(move || {
        if let Some(Some(watch)) = watch.try_update_value(Option::take) {
            watch.stop();
        }
    });
    seen
}

/// `source` while `seen` is true; while it is false, the value it had when last seen, without
/// reading `source` at all: a section scrolled away neither recomputes nor re-renders its
/// read-outs on a slider step (nor lays their text out again), and catches up when it comes
/// back into view. A slider step then costs only what is on screen.
pub(crate) fn while_seen<T>(seen: ReadSignal<bool>, source: impl Fn() -> T + Send + Sync + 'static) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |last: Option<&T>| {
        // Read first, so the memo always follows `seen`, even on its first run.
        let on_screen = seen.get();
        match last {
            Some(last) if !on_screen => last.clone(),
            _ => source(),
        }
    })
}
