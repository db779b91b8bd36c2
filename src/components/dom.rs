//! The few browser calls the views need, each failing soft (a missing window, a refused
//! `replaceState`) instead of panicking.

use wasm_bindgen::JsValue;

/// `location.search` of the page, `""` outside a browser.
pub fn location_search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Rewrites the query string in place (`history.replaceState`), keeping the path and the
/// fragment (a section link's `#landscape` stays in the address bar when a slider moves).
pub fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The browser's preferred language tag (`navigator.language`), `""` if unknown.
pub fn browser_language() -> String {
    web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default()
}

/// Device pixels per CSS pixel, at least 1.
pub fn device_pixel_ratio() -> f64 {
    web_sys::window().map(|w| w.device_pixel_ratio()).filter(|r| r.is_finite() && *r >= 1.0).unwrap_or(1.0)
}

/// `performance.now()`, or 0 outside a browser.
pub fn now_ms() -> f64 {
    thread_local! {
        // Looked up once: finding the window and its `performance` cost more than `now()`.
        static PERFORMANCE: Option<web_sys::Performance> = web_sys::window().and_then(|w| w.performance());
    }
    PERFORMANCE.with(|p| p.as_ref().map_or(0.0, web_sys::Performance::now))
}

/// The page's address for a query string: protocol + `//` + host + path + `?query`. Not
/// `location.origin`, which is `"null"` for a page opened from disk in Firefox: this way a
/// `file://` page gets `file:///…/scaling-laws.html?query`.
pub fn page_url(query: &str) -> String {
    let Some(window) = web_sys::window() else {
        return format!("?{query}");
    };
    let loc = window.location();
    let protocol = loc.protocol().unwrap_or_default();
    let host = loc.host().unwrap_or_default();
    let path = loc.pathname().unwrap_or_default();
    format!("{protocol}//{host}{path}?{query}")
}

/// `location.protocol` of the page (`"https:"`, `"file:"` …), `""` outside a browser.
fn protocol() -> String {
    web_sys::window().and_then(|w| w.location().protocol().ok()).unwrap_or_default()
}

/// Whether the page came from a web server (http or https), where a service worker, the web
/// app manifest and links others can open work.
pub fn served_over_http() -> bool {
    matches!(protocol().as_str(), "http:" | "https:")
}

/// Whether the page was opened from a file on this computer (`file://`: the single file of
/// `scripts/build --single-file` on a USB stick or from an email).
pub fn opened_from_file() -> bool {
    protocol() == "file:"
}

/// Whether the system asks for a dark theme (`prefers-color-scheme: dark`).
pub fn prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// A listener on the system's colour scheme: calls `on_change(dark)` whenever it changes (a
/// laptop switching to dark at sunset, a projector PC's setting). Dropping the returned guard
/// removes the listener.
pub struct SchemeWatch {
    query: web_sys::MediaQueryList,
    callback: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for SchemeWatch {
    fn drop(&mut self) {
        use wasm_bindgen::JsCast;
        let _ = self.query.remove_event_listener_with_callback("change", self.callback.as_ref().unchecked_ref());
    }
}

pub fn watch_dark(on_change: impl Fn(bool) + 'static) -> Option<SchemeWatch> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let query = web_sys::window()?.match_media("(prefers-color-scheme: dark)").ok().flatten()?;
    let watched = query.clone();
    let callback = Closure::<dyn FnMut()>::new(move || on_change(watched.matches()));
    query.add_event_listener_with_callback("change", callback.as_ref().unchecked_ref()).ok()?;
    Some(SchemeWatch { query, callback })
}

/// Sets an attribute on `<html>` (language, theme, mode), so CSS and assistive tech follow.
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute(name, value);
    }
}

/// Starts a download of `href` (a data: URL) as `name`, through one hidden
/// `<a id="export-link">` kept in the page (tests read its `href` and `download`).
pub fn download(name: &str, href: &str) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let link = match document.get_element_by_id("export-link") {
        Some(el) => el,
        None => {
            let Ok(el) = document.create_element("a") else {
                return;
            };
            el.set_id("export-link");
            let _ = el.set_attribute("hidden", "");
            if let Some(body) = document.body() {
                let _ = body.append_child(&el);
            }
            el
        }
    };
    let _ = link.set_attribute("href", href);
    let _ = link.set_attribute("download", name);
    if let Ok(anchor) = link.dyn_into::<web_sys::HtmlElement>() {
        anchor.click();
    }
}

/// A `data:` URL holding `text` with the given MIME type (UTF-8, percent-encoded). Not a
/// `blob:` URL: the page's CSP (`default-src 'self'`) lets neither the page nor a test fetch
/// blobs back, while a data URL can be read without a request.
pub fn text_data_url(text: &str, mime: &str) -> String {
    let encoded: String = js_sys::encode_uri_component(text).into();
    format!("data:{mime};charset=utf-8,{encoded}")
}

/// Copies `text` to the clipboard; resolves to whether it worked.
pub async fn copy_text(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Asks the browser for fullscreen on the whole page (Fullscreen API).
pub fn request_fullscreen() {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.request_fullscreen();
    }
}

/// Moves keyboard focus to the element with this `data-testid`.
pub fn focus_testid(testid: &str) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(el)) = document.query_selector(&format!("[data-testid=\"{testid}\"]")) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Sets `document.title` (the tab's and bookmarks' name follows the page language).
pub fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// The focused element, if any.
pub fn active_element() -> Option<web_sys::Element> {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element())
}

/// Whether `node` is `container` or inside it.
pub fn contains(container: &web_sys::Element, node: Option<&web_sys::Node>) -> bool {
    node.is_some() && container.contains(node)
}

/// The enabled, focusable controls inside `container`, in document order.
fn focusables(container: &web_sys::Element) -> Vec<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let Ok(list) = container.query_selector_all("button, input, textarea, select, a[href]") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|el| !el.has_attribute("disabled") && !el.has_attribute("hidden"))
        .collect()
}

/// Moves focus to the first focusable control inside `container`.
pub fn focus_first(container: &web_sys::Element) {
    if let Some(first) = focusables(container).first() {
        let _ = first.focus();
    }
}

/// Tab / Shift+Tab inside `container` (a focus trap): focus moves to the next (previous)
/// control and wraps around at the ends; from outside it enters at the first (last).
pub fn cycle_focus(container: &web_sys::Element, backwards: bool) {
    let items = focusables(container);
    if items.is_empty() {
        return;
    }
    let active = active_element();
    let at = items.iter().position(|el| active.as_ref().is_some_and(|a| a == el.as_ref() as &web_sys::Element));
    let n = items.len();
    let next = match (at, backwards) {
        (Some(i), false) => (i + 1) % n,
        (Some(i), true) => (i + n - 1) % n,
        (None, false) => 0,
        (None, true) => n - 1,
    };
    let _ = items[next].focus();
}

/// Scrolls the element with this `data-testid` into view, as little as needed (CSS
/// `scroll-margin` keeps it clear of a card pinned to the screen's bottom on phones).
pub fn scroll_testid_into_view(testid: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(el)) = document.query_selector(&format!("[data-testid=\"{testid}\"]")) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Scrolls to the element the address's `#fragment` names, if there is one: the sections are
/// rendered by the app after the browser looked for the fragment, so a link such as
/// `…/#planner` is followed here, once the page is mounted.
pub fn scroll_to_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    let id = hash.trim_start_matches('#');
    if id.is_empty() {
        return;
    }
    if let Some(el) = window.document().and_then(|d| d.get_element_by_id(id)) {
        el.scroll_into_view();
    }
}
