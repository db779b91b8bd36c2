//! Offline use in a classroom whose network drops: the release build registers `sw.js`, the
//! service worker `scripts/offline.mjs` writes into each build (it caches that build's files
//! and drops older builds' caches). Debug builds (`trunk serve`) do not register it, so a
//! development reload always shows the newest code. Relative URL: the worker's scope is the
//! page's own folder, so sub-path hosting works.

/// Registers the service worker (release builds, secure contexts only); failures are ignored:
/// the page works the same online without it.
pub fn register() {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    if !window.is_secure_context() {
        return;
    }
    let navigator = window.navigator();
    // `navigator.serviceWorker` is missing in some private modes: check before touching it.
    let has_worker = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if has_worker {
        let _ = navigator.service_worker().register("sw.js");
    }
}
