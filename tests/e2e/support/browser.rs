//! A headless browser through WebDriver (fantoccini): Debian's Chromium through chromedriver
//! (the default), or Debian's Firefox ESR through geckodriver when `E2E_BROWSER=firefox`
//! (`scripts/test` runs the suite once in each). The driver runs on a free port and is killed
//! when [`Browser`] is dropped, also on test failure.
//!
//! What differs between the two, and how each is met:
//! - console errors: chromedriver's log endpoint; Firefox prints the page's console to its
//!   stdout (`devtools.console.stdout.content`), which geckodriver passes on and we read;
//! - exact small viewports and phones: Chrome's device metrics and mobile emulation; Firefox
//!   headless sizes its window to exactly the asked CSS pixels, and a phone gets a device
//!   pixel ratio of 2 (`layout.css.devPixelsPerPx`) and touch events, without `<meta viewport>`
//!   handling (the page is laid out at the asked width anyway);
//! - the system's colour scheme and the network switch: Chromium's DevTools protocol, Firefox's
//!   preferences in its chrome context ([`Browser::set_dark`], [`Browser::set_offline`]);
//! - a script that runs before the page's: Chromium only ([`Browser::cdp`]); the two tests that
//!   use one do without in Firefox and say what they skip.

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The browser engine the suite drives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
}

impl Engine {
    /// `$E2E_BROWSER`: `firefox`, else Chromium.
    pub fn current() -> Engine {
        match std::env::var("E2E_BROWSER").as_deref() {
            Ok("firefox") => Engine::Firefox,
            Ok("chromium") | Ok("chrome") | Ok("") | Err(_) => Engine::Chromium,
            Ok(other) => panic!("E2E_BROWSER={other}: expected chromium or firefox"),
        }
    }
}

pub struct Browser {
    driver: Child,
    /// Firefox: the profile directory made for this browser, removed on drop.
    profile: Option<std::path::PathBuf>,
    pub client: Client,
    pub engine: Engine,
    /// Firefox: the lines of the page's console that geckodriver passed on, not yet read.
    console: Arc<Mutex<Vec<String>>>,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

impl Browser {
    /// A desktop window of `width`×`height` CSS pixels.
    pub async fn start(width: u32, height: u32) -> Browser {
        Browser::launch(width, height, None).await
    }

    /// A desktop page whose viewport is exactly `width`×`height` CSS pixels (a window can
    /// not be made that small, so this uses Chrome's device metrics, without touch).
    pub async fn viewport(width: u32, height: u32) -> Browser {
        Browser::launch(width, height, Some(false)).await
    }

    /// A phone: Chrome's mobile emulation (touch, `<meta viewport>` honoured, device pixel
    /// ratio 2) at `width`×`height` CSS pixels.
    pub async fn phone(width: u32, height: u32) -> Browser {
        Browser::launch(width, height, Some(true)).await
    }

    async fn launch(width: u32, height: u32, emulate: Option<bool>) -> Browser {
        match Engine::current() {
            Engine::Chromium => Browser::launch_chromium(width, height, emulate).await,
            Engine::Firefox => Browser::launch_firefox(width, height, emulate == Some(true)).await,
        }
    }

    async fn launch_chromium(width: u32, height: u32, emulate: Option<bool>) -> Browser {
        let chromedriver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let chrome = std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let port = free_port();
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {chromedriver}: {e} (run scripts/setup)"));
        let guard = DriverGuard(Some(driver));
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chrome,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-extensions", "--hide-scrollbars",
                    format!("--window-size={width},{height}")
                ]
            },
            "goog:loggingPrefs": { "browser": "ALL" }
        });
        let mut caps = caps.as_object().expect("object").clone();
        if let Some(mobile) = emulate {
            let ratio = if mobile { 2.0 } else { 1.0 };
            caps["goog:chromeOptions"]["mobileEmulation"] = json!({
                "deviceMetrics": { "width": width, "height": height, "pixelRatio": ratio, "mobile": mobile, "touch": mobile }
            });
        }
        let browser = Browser::connect(guard, port, caps, Engine::Chromium, Default::default()).await;
        if emulate.is_none() {
            browser.client.set_window_size(width, height).await.ok();
        }
        browser
    }

    async fn launch_firefox(width: u32, height: u32, phone: bool) -> Browser {
        let geckodriver = std::env::var("GECKODRIVER").unwrap_or_else(|_| "geckodriver".into());
        let firefox = std::env::var("FIREFOX_BIN").unwrap_or_else(|_| "/usr/bin/firefox-esr".into());
        let port = free_port();
        let mut driver = Command::new(&geckodriver)
            // Its own process group, which Firefox joins: dropping the Browser kills both, also
            // when a test fails before the session is closed.
            .process_group(0)
            .arg(format!("--port={port}"))
            .arg("--log=fatal")
            // Headless Firefox's "screen": windows are kept inside it.
            .env("MOZ_HEADLESS_WIDTH", "3840")
            .env("MOZ_HEADLESS_HEIGHT", "2400")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {geckodriver}: {e} (run scripts/setup)"));
        let console: Arc<Mutex<Vec<String>>> = Default::default();
        for pipe in [
            driver.stdout.take().map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
            driver.stderr.take().map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
        ]
        .into_iter()
        .flatten()
        {
            let console = Arc::clone(&console);
            let echo = std::env::var_os("E2E_FIREFOX_ECHO").is_some();
            std::thread::spawn(move || {
                for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                    if echo {
                        eprintln!("firefox| {line}");
                    }
                    if is_firefox_console_error(&line) {
                        console.lock().expect("lock").push(line);
                    }
                }
            });
        }
        let guard = DriverGuard(Some(driver));
        let profile = firefox_profile();
        let mut prefs = json!({
            // The page's console on stdout, where the reader threads above find errors.
            "devtools.console.stdout.content": true,
            "browser.shell.checkDefaultBrowser": false,
            "datareporting.policy.dataSubmissionEnabled": false,
            "toolkit.telemetry.reportingpolicy.firstRun": false,
            "app.update.disabledForTesting": true,
            "browser.download.folderList": 2,
            "browser.download.dir": std::env::temp_dir().join("e2e-firefox-downloads").to_string_lossy(),
            "browser.download.useDownloadDir": true,
            "browser.download.alwaysOpenPanel": false,
            // Firefox's own background services, whose errors would land among the page's.
            "messaging-system.rsexperimentloader.enabled": false,
            "app.normandy.enabled": false,
            "browser.region.network.url": "",
            "services.settings.server": "data:,#remote-settings-off",
            "services.settings.poll_interval": 86400,
            "browser.chrome.site_icons": false,
            "places.history.enabled": false,
        });
        if phone {
            prefs["layout.css.devPixelsPerPx"] = json!("2.0");
            prefs["dom.w3c_touch_events.enabled"] = json!(1);
        }
        let caps = json!({
            "browserName": "firefox",
            "moz:firefoxOptions": {
                "binary": firefox,
                // -remote-allow-system-access: the chrome context, for [`Browser::set_dark`] and
                // [`Browser::set_offline`] (Firefox's counterparts of two DevTools commands).
                "args": ["-headless", "-kiosk", "-remote-allow-system-access", "-profile", profile.to_string_lossy()],
                "prefs": prefs,
                "log": { "level": "error" }
            }
        });
        let caps = caps.as_object().expect("object").clone();
        let mut browser = Browser::connect(guard, port, caps, Engine::Firefox, console).await;
        browser.profile = Some(profile);
        browser.size_viewport(width, height).await;
        browser
    }

    /// Firefox: sizes the window so that the viewport (not the window) is `width`×`height` CSS
    /// pixels, as Chrome's device metrics do (headless Firefox still has a toolbar's height).
    async fn size_viewport(&self, width: u32, height: u32) {
        let (mut w, mut h) = (width as i64, height as i64);
        for _ in 0..3 {
            self.client.set_window_size(w as u32, h as u32).await.ok();
            let v = self.js("return [innerWidth, innerHeight]").await;
            let (iw, ih) = (v[0].as_i64().unwrap_or(0), v[1].as_i64().unwrap_or(0));
            if iw == width as i64 && ih == height as i64 {
                return;
            }
            w += width as i64 - iw;
            h += height as i64 - ih;
        }
        let v = self.js("return [innerWidth, innerHeight]").await;
        panic!("Firefox viewport {v} instead of {width}×{height}");
    }

    async fn connect(
        mut guard: DriverGuard,
        port: u16,
        caps: serde_json::Map<String, Value>,
        engine: Engine,
        console: Arc<Mutex<Vec<String>>>,
    ) -> Browser {
        let deadline = Instant::now() + Duration::from_secs(30);
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(c) => break c,
                Err(e) if Instant::now() > deadline => panic!("{engine:?}'s WebDriver did not answer: {e}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(150)).await,
            }
        };
        let driver = guard.0.take().expect("driver");
        Browser { driver, profile: None, client, engine, console }
    }

    /// Browser console entries at level SEVERE (errors, uncaught exceptions, failed loads)
    /// since the last call.
    pub async fn console_errors(&self) -> Vec<String> {
        if self.engine == Engine::Firefox {
            // Lines reach the reader threads a little after the page logged them.
            tokio::time::sleep(Duration::from_millis(300)).await;
            let mut errors = std::mem::take(&mut *self.console.lock().expect("lock"));
            let blocked = self
                .client
                .execute("const v = window.__e2eBlocked || []; window.__e2eBlocked = []; return v;", vec![])
                .await
                .unwrap_or_default();
            errors.extend(blocked.as_array().into_iter().flatten().map(|v| format!("CSP: {v}")));
            return errors;
        }
        let logs = self.client.issue_cmd(BrowserLog).await.expect("read the browser log");
        logs.as_array()
            .map(|entries| {
                entries
                    .iter()
                    .filter(|e| e["level"] == "SEVERE")
                    .map(|e| e["message"].as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Firefox does not print Content-Security-Policy violations where we can read them, so
    /// the page records them itself from now on (`securitypolicyviolation` events), and
    /// [`Browser::console_errors`] reports them. A violation while the page loads would block
    /// the app's script or style, which every test sees anyway. Chromium logs them as errors.
    pub async fn watch_csp(&self) {
        if self.engine == Engine::Firefox {
            self.js(r#"if (!window.__e2eBlocked) {
                     window.__e2eBlocked = [];
                     document.addEventListener('securitypolicyviolation',
                       e => window.__e2eBlocked.push(e.violatedDirective + ' ' + e.blockedURI));
                   }"#)
                .await;
        }
    }

    /// Runs `script` (a function body; `arguments` available) and returns its value.
    pub async fn js(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Waits until `script` returns a truthy value, or panics with `what` (and the script's
    /// last error, if it threw).
    pub async fn wait_for(&self, script: &str, what: &str) -> Value {
        self.wait_until(script).await.unwrap_or_else(|e| panic!("timed out waiting for {what}{e}"))
    }

    /// Waits until `script` returns a truthy value; false at the deadline, for a caller that
    /// wants to say more than [`Browser::wait_for`]'s message.
    pub async fn wait_soft(&self, script: &str) -> bool {
        self.wait_until(script).await.is_ok()
    }

    /// A script that throws counts as "not yet" (a page between two documents throws on any
    /// element lookup); the last error is kept for the timeout's message.
    async fn wait_until(&self, script: &str) -> Result<Value, String> {
        // Generous: only a failing wait reaches it, and a loaded 2-core host runs Firefox slowly.
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut last_error = String::new();
        loop {
            match self.client.execute(script, vec![]).await {
                Ok(v) => {
                    let truthy = !matches!(v, Value::Null | Value::Bool(false)) && v != json!(0) && v != json!("");
                    if truthy {
                        return Ok(v);
                    }
                }
                Err(e) => last_error = format!(" (the script last threw: {e})"),
            }
            if Instant::now() > deadline {
                return Err(last_error);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Runs a DevTools protocol command (ChromeDriver's `goog/cdp/execute`) and returns its result.
    /// Chromium only: a caller checks [`chromium_only`] first.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        assert_eq!(self.engine, Engine::Chromium, "the DevTools protocol needs Chromium: guard with chromium_only");
        self.client
            .issue_cmd(Cdp(json!({ "cmd": cmd, "params": params }).to_string()))
            .await
            .unwrap_or_else(|e| panic!("CDP {cmd}: {e}"))
    }

    /// Emulates the system's colour scheme (`prefers-color-scheme`), live: Chromium's
    /// `Emulation.setEmulatedMedia`, Firefox's content colour-scheme override.
    pub async fn set_dark(&self, dark: bool) {
        match self.engine {
            Engine::Chromium => {
                let value = if dark { "dark" } else { "light" };
                self.cdp(
                    "Emulation.setEmulatedMedia",
                    json!({ "features": [{ "name": "prefers-color-scheme", "value": value }] }),
                )
                .await;
            }
            Engine::Firefox => {
                let scheme = if dark { 0 } else { 1 };
                self.in_firefox_chrome(&format!(
                    "Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', {scheme});"
                ))
                .await;
            }
        }
    }

    /// Turns the browser's network off (or on): Chromium's `Network.emulateNetworkConditions`,
    /// Firefox's offline mode.
    pub async fn set_offline(&self, offline: bool) {
        match self.engine {
            Engine::Chromium => {
                self.cdp("Network.enable", json!({})).await;
                self.cdp(
                    "Network.emulateNetworkConditions",
                    json!({ "offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
                )
                .await;
            }
            Engine::Firefox => {
                self.in_firefox_chrome(&format!(
                    "Services.io.manageOfflineStatus = false; Services.io.offline = {offline};"
                ))
                .await;
            }
        }
    }

    /// Runs `script` in Firefox's privileged (chrome) context, then returns to the page.
    async fn in_firefox_chrome(&self, script: &str) {
        self.client.issue_cmd(MozContext("chrome")).await.expect("Firefox chrome context");
        let result = self.client.execute(script, vec![]).await;
        self.client.issue_cmd(MozContext("content")).await.expect("back to the page");
        result.unwrap_or_else(|e| panic!("chrome script failed: {e}\n{script}"));
    }

    /// Clicks the element matching `css`, panicking with the selector if there is none.
    pub async fn click(&self, css: &str) {
        self.client
            .find(fantoccini::Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if self.engine == Engine::Firefox {
            let group = format!("-{}", self.driver.id());
            let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        if let Some(dir) = self.profile.take() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// A fresh Firefox profile whose `userChrome.css` lifts the browser window's minimum width
/// (500 CSS px), so that embeds and phones get their exact narrow viewport.
fn firefox_profile() -> std::path::PathBuf {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("e2e-firefox-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("chrome")).expect("profile dir");
    std::fs::write(dir.join("user.js"), "user_pref(\"toolkit.legacyUserProfileCustomizations.stylesheets\", true);\n")
        .expect("user.js");
    std::fs::write(dir.join("chrome/userChrome.css"), "*, :root { min-width: 0 !important; }\n")
        .expect("userChrome.css");
    dir
}

/// A line of Firefox's output that is an error of the page: a `console.error` (with
/// `devtools.console.stdout.content`), an uncaught exception or a blocked resource.
/// Firefox's own scripts (`resource://`, `chrome://`) and services (the Remote Settings
/// loader, which cannot reach its server here) are not the page's.
/// A web page cannot raise an XPCOM exception (`[Exception... nsresult: …]`) or log from a
/// `resource://` module; Firefox's favicon, bookmark and history services do.
fn is_firefox_console_error(line: &str) -> bool {
    let page_error = line.starts_with("console.error:") || line.starts_with("JavaScript error:");
    let firefox_own = line.starts_with("console.error: RSLoader")
        || line.starts_with("console.error: [Exception... ")
        || line.starts_with("JavaScript error: resource://")
        || line.starts_with("JavaScript error: chrome://")
        || line.contains("\"resource://")
        || line.contains("resource:///")
        || line.contains(".sys.mjs");
    page_error && !firefox_own
}

/// Kills the driver if the session could not be opened.
struct DriverGuard(Option<Child>);
impl Drop for DriverGuard {
    fn drop(&mut self) {
        if let Some(mut c) = self.0.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// ChromeDriver's log endpoint (`POST /session/{id}/se/log`, type `browser`).
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/se/log", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.to_string()))
    }
}

/// ChromeDriver's DevTools protocol endpoint (`POST /session/{id}/goog/cdp/execute`).
#[derive(Debug)]
struct Cdp(String);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/goog/cdp/execute", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.clone()))
    }
}

/// geckodriver's context switch (`POST /session/{id}/moz/context`): `chrome` or `content`.
#[derive(Debug)]
struct MozContext(&'static str);

impl WebDriverCompatibleCommand for MozContext {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/moz/context", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(format!(r#"{{"context":"{}"}}"#, self.0)))
    }
}
