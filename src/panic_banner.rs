//! A panic must never leave a frozen page: the hook logs it to the console
//! (console_error_panic_hook) and shows a banner with a "reload with defaults" link, built
//! with plain DOM calls because the app's own runtime may be gone.

use crate::i18n::{Key, Lang};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Installs the panic hook and the trap listener (call once, at start).
///
/// The release build (`scripts/build`) compiles panics to an immediate stop of the wasm
/// (`panic = "immediate-abort"`): no hook runs, the browser reports a
/// `WebAssembly.RuntimeError` instead. The listener on `window` shows the banner for those;
/// the hook does it (with the message logged) in other builds.
pub fn install() {
    // Dead code when panics stop the wasm at once: not compiled in then.
    #[cfg(not(panic = "immediate-abort"))]
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_banner();
    }));
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_error = Closure::<dyn Fn(JsValue)>::new(|event: JsValue| {
        // `error` events carry the exception in `error`, `unhandledrejection` in `reason`.
        let thrown = ["error", "reason"]
            .into_iter()
            .find_map(|key| js_sys::Reflect::get(&event, &JsValue::from_str(key)).ok().filter(|v| !v.is_undefined()));
        if thrown.is_some_and(|e| is_wasm_trap(&e)) {
            show_banner();
        }
    });
    for kind in ["error", "unhandledrejection"] {
        let _ = window.add_event_listener_with_callback(kind, on_error.as_ref().unchecked_ref());
    }
    // Lives as long as the page.
    on_error.forget();
}

/// Whether a thrown value is the wasm stopping (a trap: a panic in the release build,
/// `unreachable`, out of bounds), not some other script's error.
pub fn is_wasm_trap(thrown: &JsValue) -> bool {
    thrown.is_instance_of::<js_sys::WebAssembly::RuntimeError>()
}

/// Shows the banner (what the hook does after logging the panic). Idempotent.
pub fn show_banner() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    if document.get_element_by_id("panic-banner").is_some() {
        return;
    }
    let lang = Lang::from_tag(&window.navigator().language().unwrap_or_default());
    let path = window.location().pathname().unwrap_or_default();
    let Ok(banner) = document.create_element("div") else {
        return;
    };
    banner.set_id("panic-banner");
    let _ = banner.set_attribute("role", "alert");
    let _ = banner.set_attribute("data-testid", "panic-banner");
    banner.set_text_content(Some(lang.text(Key::PanicMessage)));
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", &path);
        link.set_text_content(Some(lang.text(Key::ReloadDefaults)));
        let _ = banner.append_child(&link);
    }
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&banner);
    }
}
