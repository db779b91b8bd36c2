//! Component tests in headless Chromium (wasm-bindgen-test): mount a view, drive its signal,
//! read the DOM. Run by scripts/test with wasm-bindgen-test-runner and chromedriver.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use scaling_viz::components::controls::ComputeControl;
use scaling_viz::components::notice::Notice;
use scaling_viz::components::readouts::{OptimumTable, UserModel};
use scaling_viz::i18n::Lang;
use scaling_viz::laws::{Law, LawId};
use scaling_viz::state::query::parse_query;
use scaling_viz::state::AppState;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh `<div>` in the body to mount into.
fn host() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

fn attr(host: &web_sys::HtmlElement, selector: &str, name: &str) -> Option<String> {
    host.query_selector(selector).ok().flatten().and_then(|e| e.get_attribute(name))
}

fn value_of(host: &web_sys::HtmlElement, selector: &str) -> f64 {
    attr(host, selector, "data-value").and_then(|v| v.parse().ok()).unwrap_or(f64::NAN)
}

async fn settle() {
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn optimum_table_follows_the_budget_and_the_compared_laws() {
    let el = host();
    let (state, set_state) = signal(AppState::default());
    let lang = Signal::derive(|| Lang::En);
    let why_href = Signal::derive(|| "#discrepancy".to_string());
    let _mounted = leptos::mount::mount_to(el.clone(), move || view! { <OptimumTable state lang why_href/> });
    settle().await;

    let sel = r#"[data-testid="optimum"][data-law="chinchilla2022"] [data-testid="n-opt"]"#;
    let expected = Law::builtin(LawId::Chinchilla2022).optimum(5.76e23).n;
    assert_eq!(value_of(&el, sel), expected);

    set_state.update(|s| s.compute = 1e25);
    settle().await;
    assert_eq!(value_of(&el, sel), Law::builtin(LawId::Chinchilla2022).optimum(1e25).n);

    // A law not shown has no read-out (its card is kept, hidden and without its hook).
    assert!(el.query_selector(r#"[data-testid="optimum"][data-law="kaplan2020"]"#).unwrap().is_none());
    assert!(el.query_selector(r#"[data-law="kaplan2020"]:not([hidden])"#).unwrap().is_none());
    set_state.update(|s| s.toggle_compare(LawId::Kaplan2020));
    settle().await;
    let kaplan = value_of(&el, r#"[data-testid="optimum"][data-law="kaplan2020"] [data-testid="n-opt"]"#);
    assert_eq!(kaplan, Law::builtin(LawId::Kaplan2020).optimum(1e25).n);
    // One read-out per law on the page, no more: the primary, the default comparison
    // (AppState::DEFAULT_COMPARE) and Kaplan.
    let shown = state.get_untracked().shown_laws();
    assert_eq!(shown.len(), 2 + AppState::DEFAULT_COMPARE.len());
    assert_eq!(el.query_selector_all(r#"[data-testid="optimum"]"#).unwrap().length() as usize, shown.len());
    for id in shown {
        let card = format!(r#"[data-testid="optimum"][data-law="{}"]"#, id.as_str());
        assert!(el.query_selector(&card).unwrap().is_some(), "no read-out for {id:?}");
    }
    let a1 = value_of(&el, r#"[data-testid="optimum"][data-law="chinchilla2022-a1"] [data-testid="n-opt"]"#);
    assert_eq!(a1, Law::builtin(LawId::Chinchilla2022A1).optimum(1e25).n);
    // "Why two answers?" shows while two Chinchilla fits are on the page, and only then.
    let why = el.query_selector(r#"[data-testid="why-two"]"#).unwrap().unwrap();
    assert!(!why.has_attribute("hidden"));
    set_state.update(|s| s.toggle_compare(LawId::Chinchilla2022A1));
    settle().await;
    assert!(why.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn user_model_reports_compute_and_loss_per_law() {
    let el = host();
    let (state, set_state) = signal(AppState::default());
    let lang = Signal::derive(|| Lang::En);
    let _mounted = leptos::mount::mount_to(el.clone(), move || view! { <UserModel state lang/> });
    settle().await;
    assert_eq!(value_of(&el, r#"[data-testid="user-compute"]"#), 6.0 * 280e9 * 300e9);

    set_state.update(|s| {
        s.n = 70e9;
        s.d = 1.4e12;
    });
    settle().await;
    assert_eq!(value_of(&el, r#"[data-testid="user-compute"]"#), 6.0 * 70e9 * 1.4e12);
    let loss = value_of(&el, r#"[data-testid="user-loss"][data-law="chinchilla2022"]"#);
    assert_eq!(loss, Law::builtin(LawId::Chinchilla2022).loss(70e9, 1.4e12));
}

#[wasm_bindgen_test]
async fn compute_slider_input_updates_the_state() {
    let el = host();
    let (state, set_state) = signal(AppState::default());
    let lang = Signal::derive(|| Lang::En);
    let _mounted = leptos::mount::mount_to(el.clone(), move || view! { <ComputeControl state set_state lang/> });
    settle().await;
    let slider: web_sys::HtmlInputElement =
        el.query_selector(r#"[data-testid="compute-slider"]"#).unwrap().unwrap().unchecked_into();
    assert_eq!(slider.value(), "23.76");
    slider.set_value("20");
    slider.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    settle().await;
    assert_eq!(state.get_untracked().compute, 1e20);
    assert!(slider.get_attribute("aria-valuetext").unwrap_or_default().contains("10²⁰"));
}

#[wasm_bindgen_test]
async fn notice_names_what_the_url_ignored() {
    let el = host();
    let parsed = parse_query("?c=abc&law=nope");
    let (lang_now, set_lang) = signal(Lang::En);
    let lang: Signal<Lang> = lang_now.into();
    let _mounted = leptos::mount::mount_to(el.clone(), move || view! { <Notice parsed=parsed.clone() lang/> });
    settle().await;
    let notice = el.query_selector(r#"[data-testid="notice"]"#).unwrap().unwrap();
    assert!(!notice.has_attribute("hidden"));
    let text = notice.text_content().unwrap_or_default();
    assert!(text.contains("c=abc") && text.contains("law=nope"), "{text}");
    assert!(text.contains("not a number") && text.contains("unknown law"), "{text}");
    // The reasons follow the page's language (issue 12).
    set_lang.set(Lang::Ko);
    settle().await;
    let text = notice.text_content().unwrap_or_default();
    assert!(text.contains("숫자가 아닙니다") && text.contains("알 수 없는 법칙"), "{text}");
    assert!(!text.contains("not a number"), "{text}");
}

/// Waits `ms` milliseconds on the browser's timer (lets timer callbacks and the events they
/// raise run).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn banners() -> u32 {
    let document = web_sys::window().unwrap().document().unwrap();
    document.query_selector_all(r#"[data-testid="panic-banner"]"#).unwrap().length()
}

/// Waits (at most 2 s) until the panic banner is in the document.
async fn banner_shown() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    for _ in 0..100 {
        if let Some(banner) = document.get_element_by_id("panic-banner") {
            return banner;
        }
        sleep(20).await;
    }
    panic!("no panic banner within 2 s");
}

/// Stops the wasm the way a release build's panic does: `unreachable`, no panic hook.
fn trap_now() {
    std::process::abort()
}

/// A real panic (this build keeps panic hooks, as `trunk serve`'s debug build does).
fn panic_now() {
    panic!("deliberate panic from the component test")
}

fn assert_banner_reloads_with_defaults(banner: &web_sys::Element) {
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    let link = banner.query_selector("a").unwrap().unwrap();
    let path = web_sys::window().unwrap().location().pathname().unwrap();
    assert_eq!(link.get_attribute("href"), Some(path), "reload without the query string = defaults");
}

/// The crash banner, from real failures of the wasm, not from calling `show_banner` directly.
///
/// Both failures happen inside closures the browser calls, never in the test's own future: on
/// wasm32 a panic ends in a trap (`unreachable`) that unwinds every wasm frame up to the nearest
/// JavaScript caller, so a panic in the test body would end the test itself. Called from a
/// timer or from a JavaScript `try`, the trap ends only that closure and the test goes on to
/// read the page. Order matters: a panic under `panic = "abort"` never lowers std's panic
/// count, so after it `std::thread::panicking()` stays true for the rest of this wasm instance;
/// the real panic therefore comes last.
///
/// 1. A trap with no panic hook (`std::process::abort()`, the `unreachable` a release build's
///    panic compiles to): uncaught, it reaches the window as an `error` event carrying a
///    `WebAssembly.RuntimeError`, and the listener `install` added shows the banner. A second
///    trap adds no second banner.
/// 2. A real `panic!`: the hook `install` set runs (debug and test builds keep panic hooks)
///    and shows the banner. The trap that follows is caught by a JavaScript `try` here, so the
///    banner can only have come from the hook; the caught value is checked to be the trap.
#[wasm_bindgen_test]
async fn a_panic_shows_a_banner_with_a_reload_link() {
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    assert!(document.get_element_by_id("panic-banner").is_none());
    assert!(
        !std::thread::panicking(),
        "an earlier test in this wasm instance panicked (under panic = abort std's panic count never \
         goes down again), so no panic hook can be installed: fix that test first"
    );
    scaling_viz::panic_banner::install();

    // 1. A trap from a timer callback, uncaught.
    for _ in 0..2 {
        let trap = Closure::once_into_js(trap_now);
        window.set_timeout_with_callback_and_timeout_and_arguments_0(trap.unchecked_ref(), 0).unwrap();
        let banner = banner_shown().await;
        assert_banner_reloads_with_defaults(&banner);
        sleep(50).await;
        assert_eq!(banners(), 1, "a second trap adds no second banner");
    }
    document.get_element_by_id("panic-banner").unwrap().remove();

    // 2. A real panic in a closure called from JavaScript, its trap caught there.
    let call_and_catch = js_sys::Function::new_with_args("f", "try { f(); return null; } catch (e) { return e; }");
    let panics = Closure::once_into_js(panic_now);
    let thrown = call_and_catch.call1(&JsValue::NULL, &panics).unwrap();
    assert!(scaling_viz::panic_banner::is_wasm_trap(&thrown), "the panic should end in a wasm trap: {thrown:?}");
    let banner = document.get_element_by_id("panic-banner").expect("the panic hook shows the banner at once");
    assert_banner_reloads_with_defaults(&banner);
    assert_eq!(banners(), 1);
}
