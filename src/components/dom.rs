//! The few browser calls the views need, each failing soft (a missing window, a refused
//! `replaceState`) instead of panicking.

use wasm_bindgen::JsValue;

/// `location.search` of the page, `""` outside a browser.
pub fn location_search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Rewrites the query string in place (`history.replaceState`), keeping the path.
pub fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let url = if query.is_empty() { path } else { format!("{path}?{query}") };
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
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// The page's address for a query string: origin + path + `?query`.
pub fn page_url(query: &str) -> String {
    let Some(window) = web_sys::window() else {
        return format!("?{query}");
    };
    let loc = window.location();
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_default();
    format!("{origin}{path}?{query}")
}

/// Whether the system asks for a dark theme (`prefers-color-scheme: dark`).
pub fn prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false)
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
