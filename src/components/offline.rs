//! Offline use in a classroom whose network drops: the release build registers `sw.js`, the
//! service worker `scripts/offline.mjs` writes into each build (it caches that build's files
//! and drops older builds' caches). Debug builds (`trunk serve`) do not register it, so a
//! development reload always shows the newest code. Relative URL: the worker's scope is the
//! page's own folder, so sub-path hosting works.
//!
//! A page opened from disk (`file://`, the single file of `scripts/build --single-file`) has no
//! worker to register: browsers allow service workers only on http(s), and Chromium counts
//! `file://` as a secure context, so the check below is on the protocol, not only on
//! `isSecureContext` (registering there would log an error). The single file served from a web
//! server does not register one either: it has no `sw.js` beside it and its CSP allows no
//! worker; it is told apart by the web app manifest link, which only the full build has.

use super::dom::served_over_http;

/// Registers the service worker (release builds with their manifest, served over http(s) in
/// a secure context only); failures are ignored: the page works the same online without it.
pub fn register() {
    if cfg!(debug_assertions) || !served_over_http() {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    if !window.is_secure_context() {
        return;
    }
    let has_manifest = window.document().and_then(|d| d.query_selector("link[rel=manifest]").ok().flatten()).is_some();
    if !has_manifest {
        return;
    }
    let navigator = window.navigator();
    // `navigator.serviceWorker` is missing in some private modes: check before touching it.
    let has_worker = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if has_worker {
        // The registration is an extra (the page works without it) and can fail for reasons
        // that are not the page's: Firefox rejects it with InvalidStateError when the page is
        // left before it settles (a quick reload or a click on a link). A rejection nobody
        // handles is a console error, so it is handled here: nothing to do.
        let registration = navigator.service_worker().register("sw.js");
        let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
        let _ = registration.catch(&ignore);
        ignore.forget();
    }
}
