//! A panic must never leave a frozen page: the hook logs it to the console
//! (console_error_panic_hook) and shows a banner with a "reload with defaults" link, built
//! with plain DOM calls because the app's own runtime may be gone.

use crate::i18n::{Key, Lang};

/// Installs the panic hook (idempotent).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_banner();
    }));
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
