//! The one fixture of the end-to-end tests: the release build served over HTTP ([`Site`]), a
//! browser of the kind a test needs ([`Window`]) with a page opened and every plot painted
//! ([`Page`]), and at the end the console checked and the browser closed ([`Page::finish`]).
//!
//! A [`Page`] derefs to its [`Browser`], so `b.js(..)`, `b.client`, `readout(&b, ..)` work as
//! on a bare browser. The server and the chromedriver stop when dropped, also when a test fails.

use super::{dist_dir, Browser, StaticServer};
use std::ops::Deref;
use std::path::Path;

/// The kind of browser window a test opens.
#[derive(Clone, Copy, Debug)]
pub enum Window {
    /// A desktop window of `width`×`height` CSS pixels ([`Browser::start`]).
    Desktop(u32, u32),
    /// A desktop page whose viewport is exactly `width`×`height` ([`Browser::viewport`]).
    Viewport(u32, u32),
    /// A phone: mobile emulation at `width`×`height` ([`Browser::phone`]).
    Phone(u32, u32),
}

impl Window {
    async fn launch(self) -> Browser {
        match self {
            Window::Desktop(w, h) => Browser::start(w, h).await,
            Window::Viewport(w, h) => Browser::viewport(w, h).await,
            Window::Phone(w, h) => Browser::phone(w, h).await,
        }
    }
}

/// A build served on 127.0.0.1 (a free port) for as long as the value lives.
pub struct Site {
    server: StaticServer,
}

impl Site {
    /// The release build (`$E2E_DIST`, else `dist/`) served at `/`.
    pub fn dist() -> Site {
        Site::serve(&dist_dir(), "/")
    }

    /// The files under `root` served under `mount` (e.g. `/scaling/` for sub-path hosting).
    pub fn serve(root: &Path, mount: &str) -> Site {
        Site { server: StaticServer::start(root, mount) }
    }

    /// The absolute URL of `path_and_query` on this site.
    pub fn url(&self, path_and_query: &str) -> String {
        self.server.url(path_and_query)
    }

    /// The port the site is served on.
    pub fn port(&self) -> u16 {
        self.server.port
    }

    /// Request paths that got a 404 so far.
    pub fn not_found(&self) -> Vec<String> {
        self.server.not_found.lock().expect("lock").clone()
    }

    /// A browser of the given kind, nothing opened yet.
    pub async fn browser(&self, window: Window) -> Page<'_> {
        Page { site: self, browser: window.launch().await }
    }

    /// A browser of the given kind with `path_and_query` opened and every plot painted.
    pub async fn open(&self, window: Window, path_and_query: &str) -> Page<'_> {
        let page = self.browser(window).await;
        page.goto(path_and_query).await;
        page
    }
}

/// A browser on a [`Site`].
pub struct Page<'s> {
    site: &'s Site,
    browser: Browser,
}

impl Page<'_> {
    /// Opens `path_and_query` of the site and waits until the app is mounted and every plot on
    /// the page is painted.
    pub async fn goto(&self, path_and_query: &str) {
        // Mark the document we leave: `wait_ready` must see the new one, never the old one
        // (a loaded Firefox was once seen to answer from the old page after the navigation
        // command returned, and the test then clicked a link there).
        let _ = self.browser.client.execute("window.__e2eLeaving = true", vec![]).await;
        self.browser.client.goto(&self.site.url(path_and_query)).await.expect("goto");
        self.browser
            .wait_for("return !window.__e2eLeaving && document.readyState === 'complete'", "the new page")
            .await;
        wait_ready(&self.browser).await;
    }

    /// Asserts the browser logged no console error, then closes it.
    pub async fn finish(self) {
        assert_no_console_errors(&self.browser).await;
        self.browser.close().await;
    }

    /// Closes the browser without reading its console.
    pub async fn close(self) {
        self.browser.close().await;
    }
}

impl Deref for Page<'_> {
    type Target = Browser;
    fn deref(&self) -> &Browser {
        &self.browser
    }
}

/// Waits for the app to mount and every plot on the page to be painted.
pub async fn wait_ready(b: &Browser) {
    b.wait_for(
        r#"const plots = [...document.querySelectorAll('canvas[data-testid^="plot-"]')];
           return plots.length > 0 && plots.every(c => c.hasAttribute('data-painted'));"#,
        "every plot painted",
    )
    .await;
    b.watch_csp().await;
}

/// Asserts the browser console logged no error (SEVERE entry) since the last read.
pub async fn assert_no_console_errors(b: &Browser) {
    let errors = b.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}
