//! Issue 12: the projector view, the two-plot embed, Korean all the way, offline after one
//! visit.

use crate::support::{dist_dir, Browser, Engine, Site, StaticServer, Window};
use crate::{readout, wait_ready};
use scaling_viz::i18n::untranslated_words;
use serde_json::{json, Value};

/// Records every `fillText` on any canvas (the on-screen ones and the offscreen static
/// layers) with the canvas's size and the font, before the page's own scripts run. `window.`
/// names the page's own prototype (Firefox runs WebDriver scripts in a realm of their own).
const RECORD_TEXT: &str = r#"
  window.__texts = [];
  const fill = window.CanvasRenderingContext2D.prototype.fillText;
  window.CanvasRenderingContext2D.prototype.fillText = function (text, x, y, ...rest) {
    const px = parseFloat((this.font.match(/([0-9.]+)px/) || [0, 0])[1]);
    window.__texts.push([this.canvas.width, this.canvas.height, String(text), px]);
    return fill.call(this, text, x, y, ...rest);
  };
"#;

/// Records the canvas texts of the page opened next: Chromium runs [`RECORD_TEXT`] before the
/// page's scripts. Firefox has no such hook in WebDriver: [`record_canvas_text_now`] after the
/// load does the same for the paints that follow.
async fn record_canvas_text(b: &Browser) {
    if b.engine == Engine::Chromium {
        b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": RECORD_TEXT })).await;
    }
}

/// Firefox: starts recording now and has every plot drawn whole again: the dark theme (a new
/// static layer: axes, ticks, names; the same sizes as in the light one) and back to light
/// (its layer from the cache; the moving parts repainted).
async fn record_canvas_text_now(b: &Browser) {
    if b.engine != Engine::Firefox {
        return;
    }
    b.js(RECORD_TEXT).await;
    for theme in ["dark", "light"] {
        b.js(r#"window.__seq = [...document.querySelectorAll('canvas[data-testid^="plot-"]')].map(c => c.dataset.paintSeq);"#)
            .await;
        b.click(&format!(r#"[data-testid="theme-{theme}"]"#)).await;
        b.wait_for(
            r#"return [...document.querySelectorAll('canvas[data-testid^="plot-"]')].every((c, i) => c.dataset.paintSeq !== window.__seq[i]);"#,
            "every plot repainted",
        )
        .await;
    }
}

/// Untranslated words of a page's text, leaving out the URL's own values, which the notice
/// lists as the valid ones (law ids, `light`/`dark`, `en`/`ko`, plot ids): contract values, not
/// words.
fn words_outside_url_values(text_in: &str) -> Vec<String> {
    let mut ids: Vec<&str> = scaling_viz::laws::LawId::ALL.iter().map(|id| id.as_str()).collect();
    ids.sort_by_key(|v| std::cmp::Reverse(v.len()));
    // The user's own text, quoted back in an error (“abc”), is not the page's.
    let mut text = String::new();
    let mut quoted = false;
    for c in text_in.chars() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            _ if !quoted => text.push(c),
            _ => {}
        }
    }
    for id in ids.into_iter().filter(|id| id.contains(|c: char| c.is_ascii_digit())) {
        text = text.replace(id, " ");
    }
    let values =
        ["light", "dark", "split", "nd", "curves", "overhead", "emergence", "linear", "log", "en", "ko", "custom"];
    untranslated_words(&text).into_iter().filter(|w| !values.contains(&w.as_str())).collect()
}

/// The smallest font (CSS px) of the drawn texts matching `pattern` on canvases of the big
/// plot's size.
async fn smallest_font(b: &Browser, pattern: &str) -> f64 {
    let v = b
        .js(&format!(
            r#"const c = document.querySelector('.plot-cell.big canvas');
               const re = new RegExp({pattern:?});
               const sizes = window.__texts.filter(t => t[0] === c.width && t[1] === c.height && re.test(t[2]))
                 .map(t => t[3] / devicePixelRatio);
               return sizes.length ? Math.min(...sizes) : null;"#
        ))
        .await;
    v.as_f64().unwrap_or_else(|| panic!("no text matching {pattern} on the big plot"))
}

/// `[left, top, right, bottom, width, height]` of the first element matching `css`.
async fn rect(b: &Browser, css: &str) -> Vec<f64> {
    let v = b
        .js(&format!(
            r#"const e = document.querySelector({css:?}); if (!e) return null;
               const r = e.getBoundingClientRect();
               return [r.left, r.top, r.right, r.bottom, r.width, r.height];"#
        ))
        .await;
    v.as_array().unwrap_or_else(|| panic!("no {css}")).iter().map(|x| x.as_f64().unwrap_or(0.0)).collect()
}

async fn big_plot(b: &Browser) -> String {
    b.js(r#"return document.querySelector('.plot-cell.big canvas')?.dataset.testid"#)
        .await
        .as_str()
        .unwrap_or("")
        .to_string()
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn the_projector_view_shows_one_large_plot_with_large_type_and_no_scrolling() {
    let site = Site::dist();
    for (w, h, min_type) in [(1920, 1080, 24.0), (1280, 720, 16.0)] {
        let b = site.browser(Window::Viewport(w, h)).await;
        record_canvas_text(&b).await;
        b.goto("/?present=1&lang=en").await;
        record_canvas_text_now(&b).await;
        let ctx = format!("{w}×{h}");
        // Nothing below the fold, nothing to the side.
        let sizes = b.js("return [document.documentElement.scrollHeight, innerHeight, document.documentElement.scrollWidth, innerWidth]").await;
        assert!(
            sizes[0].as_f64() <= sizes[1].as_f64() && sizes[2].as_f64() <= sizes[3].as_f64(),
            "{ctx}: scrolls {sizes}"
        );
        // One large plot: most of the width, more than half the height, fully on screen.
        assert_eq!(big_plot(&b).await, "plot-n", "{ctx}");
        let big = rect(&b, ".plot-cell.big canvas").await;
        assert!(big[4] >= 0.6 * f64::from(w) && big[5] >= 0.5 * f64::from(h), "{ctx}: big plot {big:?}");
        assert!(big[2] <= f64::from(w) && big[3] <= f64::from(h), "{ctx}: big plot cut {big:?}");
        // The other three as thumbnails, each on screen and much smaller.
        let thumbs = b
            .js(r#"return [...document.querySelectorAll('.plot-cell.thumb canvas')].map(c => {
               const r = c.getBoundingClientRect(); return [r.width, r.height, r.bottom, c.dataset.testid]; })"#)
            .await;
        let thumbs = thumbs.as_array().cloned().unwrap_or_default();
        assert_eq!(thumbs.len(), 3, "{ctx}: {thumbs:?}");
        for t in &thumbs {
            assert!(t[1].as_f64() < Some(big[5] / 2.0) && t[0].as_f64() > Some(100.0), "{ctx}: thumbnail {t}");
            assert!(t[2].as_f64() <= Some(f64::from(h)), "{ctx}: thumbnail below the fold {t}");
        }
        // The budget slider and both read-outs (Approach 3 and 1) are on screen.
        for css in [
            r#"[data-testid="compute-slider"]"#,
            r#"[data-testid="optimum"][data-law="chinchilla2022"]"#,
            r#"[data-testid="optimum"][data-law="chinchilla2022-a1"]"#,
            r#"[data-testid="why-two"]"#,
        ] {
            let r = rect(&b, css).await;
            assert!(r[4] > 0.0 && r[3] <= f64::from(h) && r[2] <= f64::from(w), "{ctx}: {css} off screen {r:?}");
        }
        // Large type on the big plot: tick labels and axis names, measured as drawn.
        let ticks = smallest_font(&b, "^10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+$").await;
        let names = smallest_font(&b, "^(parameters N|loss \\(nats/token\\))$").await;
        assert!(ticks >= min_type && names >= min_type, "{ctx}: tick labels {ticks}px, axis names {names}px");

        // A thumbnail enlarges on click; keys 1–4 enlarge too.
        b.click(r#"[data-testid="enlarge-split"]"#).await;
        b.wait_for(
            r#"return document.querySelector('.plot-cell.big canvas')?.dataset.testid === 'plot-split'"#,
            "split enlarged",
        )
        .await;
        b.wait_for("return location.search.includes('focus=split')", "focus in the URL").await;
        let grown = rect(&b, ".plot-cell.big canvas").await;
        assert!(grown[4] >= 0.6 * f64::from(w), "{ctx}: {grown:?}");
        b.js("document.activeElement.blur(); document.body.dispatchEvent(new KeyboardEvent('keydown', {key: '3', bubbles: true}))").await;
        b.wait_for(r#"return document.querySelector('.plot-cell.big canvas')?.dataset.testid === 'plot-c'"#, "key 3")
            .await;
        b.wait_for(r#"return document.querySelector('[data-testid="plot-c"]').getBoundingClientRect().width > innerWidth * 0.6"#, "plot C large").await;

        // A clicker: PageDown starts the tour and steps on, PageUp steps back; each step
        // shows its plot large.
        let key = |k: &str| {
            format!("document.body.dispatchEvent(new KeyboardEvent('keydown', {{key: '{k}', bubbles: true}}))")
        };
        b.js(&key("PageDown")).await;
        b.wait_for(r#"return document.querySelector('[data-testid="tour"]')"#, "tour started").await;
        let step =
            |i: usize| format!(r#"return document.querySelector('[data-testid="tour"]')?.dataset.step === '{i}'"#);
        b.wait_for(&step(1), "step 1").await;
        let plot1 = b.js(r#"return document.querySelector('[data-testid="tour"]').dataset.plot"#).await;
        b.wait_for(
            &format!(
                "return document.querySelector('.plot-cell.big canvas')?.dataset.testid === 'plot-{}'",
                plot1.as_str().unwrap_or("")
            ),
            "step 1's plot large",
        )
        .await;
        b.js(&key("PageDown")).await;
        b.wait_for(&step(2), "step 2").await;
        let plot2 = b.js(r#"return document.querySelector('[data-testid="tour"]').dataset.plot"#).await;
        b.wait_for(
            &format!(
                "return document.querySelector('.plot-cell.big canvas')?.dataset.testid === 'plot-{}'",
                plot2.as_str().unwrap_or("")
            ),
            "step 2's plot large",
        )
        .await;
        b.js(&key("PageUp")).await;
        b.wait_for(&step(1), "back to step 1").await;
        // The tour card fits the projector view too, under the large plot: the budget and the
        // read-outs stay on screen beside it.
        let sizes = b.js("return [document.documentElement.scrollHeight, innerHeight]").await;
        assert!(sizes[0].as_f64() <= sizes[1].as_f64(), "{ctx}: the tour makes the page scroll {sizes}");
        for css in [
            r#"[data-testid="compute-slider"]"#,
            r#"[data-testid="optimum"] [data-testid="loss-opt"]"#,
            r#"[data-testid="tour-next"]"#,
        ] {
            let r = rect(&b, css).await;
            assert!(r[4] > 0.0 && r[1] >= 0.0 && r[3] <= f64::from(h), "{ctx}: {css} off screen during the tour {r:?}");
        }
        b.js(&key("Escape")).await;
        b.wait_for(r#"return !document.querySelector('[data-testid="tour"]')"#, "tour closed").await;
        b.finish().await;
    }
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn in_a_projector_view_of_six_plots_keys_5_and_6_enlarge_the_last_two_and_nothing_scrolls() {
    let site = Site::dist();
    let b = site.open(Window::Viewport(1920, 1080), "/?present=1&lang=en&view=n,d,c,split,overhead,emergence").await;
    let sizes = b.js("return [document.documentElement.scrollHeight, innerHeight, document.documentElement.scrollWidth, innerWidth]").await;
    assert!(sizes[0].as_f64() <= sizes[1].as_f64() && sizes[2].as_f64() <= sizes[3].as_f64(), "scrolls {sizes}");
    for (key, plot) in [("6", "plot-emergence"), ("5", "plot-overhead"), ("1", "plot-n")] {
        b.js(&format!(
            "document.activeElement.blur(); document.body.dispatchEvent(new KeyboardEvent('keydown', {{key: '{key}', bubbles: true}}))"
        ))
        .await;
        b.wait_for(
            &format!("return document.querySelector('.plot-cell.big canvas')?.dataset.testid === '{plot}'"),
            plot,
        )
        .await;
        let big = rect(&b, ".plot-cell.big canvas").await;
        assert!(big[4] >= 0.5 * 1920.0 && big[3] <= 1080.0, "key {key}: {big:?}");
    }
    // Five thumbnails beside the large plot, none on top of another.
    let thumbs = b
        .js(r#"return [...document.querySelectorAll('.plot-cell.thumb')].map(c => { const r = c.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })"#)
        .await;
    let thumbs: Vec<Vec<f64>> = serde_json::from_value(thumbs).expect("rects");
    assert_eq!(thumbs.len(), 5, "{thumbs:?}");
    for (i, a) in thumbs.iter().enumerate() {
        assert!(a[2] - a[0] > 100.0 && a[3] <= 1080.0, "thumbnail {i} {a:?}");
        for c in &thumbs[i + 1..] {
            let overlap = a[0] < c[2] - 1.0 && c[0] < a[2] - 1.0 && a[1] < c[3] - 1.0 && c[1] < a[3] - 1.0;
            assert!(!overlap, "thumbnails overlap: {a:?} {c:?}");
        }
    }
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn a_600_by_400_embed_shows_two_plots_side_by_side_with_the_legend_outside() {
    let site = Site::dist();
    let b = site.open(Window::Viewport(600, 400), "/?embed=1&lang=en").await;
    let plots = b
        .js(r#"return [...document.querySelectorAll('canvas[data-testid^="plot-"]')].map(c => c.dataset.testid)"#)
        .await;
    assert_eq!(plots, json!(["plot-n", "plot-split"]));
    let n = rect(&b, r#"[data-testid="plot-n"]"#).await;
    let split = rect(&b, r#"[data-testid="plot-split"]"#).await;
    assert!((n[1] - split[1]).abs() < 1.0 && split[0] > n[2] - 1.0, "not side by side: {n:?} {split:?}");
    for r in [&n, &split] {
        assert!(r[4] >= 250.0 && r[5] >= 180.0 && r[3] <= 400.0, "{r:?}");
    }
    let sizes = b.js("return [document.documentElement.scrollHeight, innerHeight, document.documentElement.scrollWidth, innerWidth]").await;
    assert!(sizes[0].as_f64() <= sizes[1].as_f64() && sizes[2].as_f64() <= sizes[3].as_f64(), "embed scrolls: {sizes}");
    // The legend is a strip above the plotting area: its texts are drawn above the area's top.
    let area_top =
        b.js(r#"return parseInt(document.querySelector('[data-testid="plot-n"]').dataset.area.split(',')[1])"#).await;
    assert!(area_top.as_i64() > Some(40), "no room for a legend strip: {area_top}");
    // Narrow: one above the other.
    let narrow = site.open(Window::Viewport(400, 700), "/?embed=1&lang=en").await;
    let n = rect(&narrow, r#"[data-testid="plot-n"]"#).await;
    let split = rect(&narrow, r#"[data-testid="plot-split"]"#).await;
    assert!(split[1] >= n[3] - 1.0, "not stacked: {n:?} {split:?}");
    // view= still chooses any set.
    b.goto("/?embed=1&view=n,d,c,split").await;
    let count = b.js(r#"return document.querySelectorAll('canvas[data-testid^="plot-"]').length"#).await;
    assert_eq!(count, Value::from(4));
    narrow.close().await;
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn the_korean_page_has_no_english_words_outside_the_allow_list() {
    let site = Site::dist();
    let b = site.browser(Window::Desktop(1280, 900)).await;
    // Every text and accessible name of the page (paper titles in citations are names).
    let collect = r#"
        const texts = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const n = walker.currentNode, p = n.parentElement;
          if (!p || p.closest('.citation, math, code, script, style, noscript, [hidden]')) continue;
          texts.push(n.textContent);
        }
        for (const el of document.querySelectorAll('[aria-label], [title], [aria-valuetext], [placeholder]')) {
          if (el.closest('[hidden]')) continue;
          for (const a of ['aria-label', 'title', 'aria-valuetext', 'placeholder']) {
            if (el.hasAttribute(a)) texts.push(el.getAttribute(a));
          }
        }
        texts.push(document.title);
        return texts.join('\n');"#;
    let pages = [
        "/?lang=ko",
        "/?lang=ko&law=kaplan2020&compare=chinchilla2022,chinchilla2022-a2,epoch2024,custom",
        "/?lang=ko&present=1",
        "/?lang=ko&embed=1",
        // A notice with every kind of reason.
        "/?lang=ko&c=abc&n=-5&law=nope&zzz=1&theme=blue&view=x&alpha=7&beta=abc&models=2&d=1&d=2e12",
    ];
    let mut found = Vec::new();
    for page in pages {
        b.goto(page).await;
        let text = b.js(collect).await;
        for w in words_outside_url_values(text.as_str().unwrap_or_default()) {
            found.push(format!("{page}: {w}"));
        }
    }
    // Typed-number errors, the share panel and every tour step.
    b.goto("/?lang=ko").await;
    b.js(r#"const i = document.querySelector('[data-testid="compute-slider-typed"]');
            i.value = '1e99'; i.dispatchEvent(new Event('input', {bubbles: true}));
            i.dispatchEvent(new Event('change', {bubbles: true}));"#)
        .await;
    b.wait_for(
        r#"return document.querySelector('[data-testid="compute-slider-error"]').textContent.length > 0"#,
        "error shown",
    )
    .await;
    b.click(r#"[data-testid="share-toggle"]"#).await;
    let text = b.js(collect).await;
    for w in untranslated_words(text.as_str().unwrap_or_default()) {
        found.push(format!("errors/share: {w}"));
    }
    b.click(r#"[data-testid="share-close"]"#).await;
    b.click(r#"[data-testid="tour-start"]"#).await;
    for step in 0..scaling_viz::tour::TOUR.len() {
        b.wait_for(r#"return document.querySelector('[data-testid="tour"]')"#, "tour").await;
        let text = b.js(collect).await;
        for w in untranslated_words(text.as_str().unwrap_or_default()) {
            found.push(format!("tour step {}: {w}", step + 1));
        }
        let last = b.js(r#"return !!document.querySelector('[data-testid="tour-finish"]')"#).await;
        if last == Value::Bool(true) {
            break;
        }
        b.click(r#"[data-testid="tour-next"]"#).await;
    }
    found.sort();
    found.dedup();
    assert!(found.is_empty(), "English on the Korean page:\n{}", found.join("\n"));
    b.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn after_one_visit_the_page_loads_with_the_network_off() {
    // A copy of the build, so that a "next build" can be made by rewriting its sw.js.
    let site = std::env::temp_dir().join(format!("scaling-viz-offline-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&site);
    std::fs::create_dir_all(&site).expect("temp dir");
    for entry in std::fs::read_dir(dist_dir()).expect("dist").flatten() {
        if entry.path().is_file() {
            std::fs::copy(entry.path(), site.join(entry.file_name())).expect("copy");
        }
    }
    // A sub-path, as on a school's or a blog's static host.
    let server = StaticServer::start(&site, "/scaling/");
    let b = Browser::start(1280, 900).await;
    let url = server.url("/scaling/?lang=en&c=1e24");
    b.client.goto(&url).await.expect("goto");
    wait_ready(&b).await;
    let n_online = readout(&b, "chinchilla2022", "n-opt").await;
    // The service worker is installed and active; it claims the page on activation, which
    // Firefox sometimes does only for the next load: if the page is not yet controlled once the
    // worker is ready, one reload is (a controlled load is what the offline visit needs).
    let active = "return navigator.serviceWorker.getRegistration().then(r => !!(r && r.active))";
    // Up to three more visits (each first visit stalls about half the time; see below).
    for _ in 0..3 {
        if b.wait_soft(active).await {
            break;
        }
        // With the test's former server (tiny_http), Firefox sometimes never got an answer to
        // the precache's last request, and the install failed: about half the first visits.
        // Served by Python's or Node's HTTP server, the same build installed within 2 s every
        // time, and the test's own server now answers each request on its own connection
        // (support/server.rs). Another visit registers the worker again, and says so.
        eprintln!("offline test: the service worker is not active after this visit; visiting again");
        b.client.goto(&url).await.expect("another visit");
        wait_ready(&b).await;
    }
    b.wait_for(active, "service worker active").await;
    if b.js("return navigator.serviceWorker.controller === null").await == json!(true) {
        b.client.goto(&url).await.expect("reload");
        wait_ready(&b).await;
    }
    b.wait_for(
        "return navigator.serviceWorker && navigator.serviceWorker.controller !== null",
        "service worker in control",
    )
    .await;
    let scope = b.js("return navigator.serviceWorker.ready.then(r => r.scope)").await;
    assert!(scope.as_str().is_some_and(|s| s.ends_with("/scaling/")), "scope {scope}");
    let manifest = b.js("return fetch(document.querySelector('link[rel=manifest]').href).then(r => r.json())").await;
    assert_eq!(manifest["start_url"], json!("./"), "{manifest}");
    let first = b.js("return caches.keys()").await;
    assert_eq!(first.as_array().map(Vec::len), Some(1), "{first}");
    let first = first[0].as_str().unwrap_or_default().to_string();
    assert!(first.starts_with("scaling-viz-"), "{first}");

    // A new build: its worker takes over at the next visit and deletes the old build's cache.
    let sw = std::fs::read_to_string(site.join("sw.js")).expect("sw.js");
    assert!(sw.contains(&first), "the cache name is the build's: {first}");
    std::fs::write(site.join("sw.js"), sw.replace(&first, &format!("{first}-next"))).expect("write sw.js");
    b.client.goto(&url).await.expect("reload");
    wait_ready(&b).await;
    b.wait_for(
        &format!("return caches.keys().then(k => k.length === 1 && k[0] === '{first}-next')"),
        "only the new build's cache",
    )
    .await;

    // Offline: the browser's network off and the server gone.
    b.set_offline(true).await;
    drop(server);
    b.client.goto(&url.replace("c=1e24", "c=1e24&lang=ko")).await.expect("goto offline");
    wait_ready(&b).await;
    let n_offline = readout(&b, "chinchilla2022", "n-opt").await;
    assert_eq!(n_offline, n_online);
    let lang = b.js("return document.documentElement.lang").await;
    assert_eq!(lang.as_str(), Some("ko"));
    let _ = std::fs::remove_dir_all(&site);
    b.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn a_link_with_twenty_thousand_keys_loads_quickly_and_says_how_many_were_not_read() {
    let site = Site::dist();
    let b = site.browser(Window::Desktop(1280, 900)).await;
    let keys: Vec<String> = (0..20_000).map(|i| format!("k{i}=v")).collect();
    let started = std::time::Instant::now();
    b.goto(&format!("/?c=1e24&{}", keys.join("&"))).await;
    let took = started.elapsed();
    assert!(took.as_secs_f64() < 10.0, "took {took:?}");
    let items = b.js(r#"return document.querySelectorAll('[data-testid="notice"] li').length"#).await;
    assert_eq!(items, Value::from(scaling_viz::components::notice::SHOWN));
    let more = b.js(r#"return document.querySelector('[data-testid="notice-more"]').textContent"#).await;
    let dropped = 20_001 - scaling_viz::state::query::MAX_PAIRS;
    let hidden_items = scaling_viz::state::query::MAX_PAIRS - 1 - scaling_viz::components::notice::SHOWN;
    // Two counts, each true: the ignored parts not listed, and the parts never read.
    let more = more.as_str().unwrap_or_default();
    assert!(more.contains(&format!("and {hidden_items} more.")), "{more}");
    assert!(more.contains(&format!("{dropped} more parts were not read")), "{more}");
    assert!(readout(&b, "chinchilla2022", "n-opt").await > 0.0);
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn arrows_move_the_budget_after_a_click_on_a_button_or_a_checkbox_and_the_theme_follows_the_system() {
    use fantoccini::key::Key;
    let site = Site::dist();
    let b = site.open(Window::Desktop(1280, 900), "/?c=1e23&lang=en").await;
    let budget = || async { b.js("return new URLSearchParams(location.search).get('c')").await };
    for (what, css) in [
        ("a toolbar button", r#"[data-testid="lang-en"]"#),
        ("a law's checkbox", r#"[data-testid="compare-law"][data-law="kaplan2020"]"#),
    ] {
        b.click(css).await;
        let before = budget().await;
        let focused = b.client.active_element().await.expect("active element");
        focused.send_keys(&char::from(Key::Right).to_string()).await.expect("arrow");
        b.wait_for(&format!("return new URLSearchParams(location.search).get('c') !== {before}"), what).await;
    }
    // No theme in the URL: the page follows the system's setting as it changes.
    let theme = || async { b.js("return document.documentElement.dataset.theme").await };
    b.set_dark(true).await;
    b.wait_for("return document.documentElement.dataset.theme === 'dark'", "dark follows the system").await;
    b.set_dark(false).await;
    b.wait_for("return document.documentElement.dataset.theme === 'light'", "light follows the system").await;
    // theme= in the URL wins.
    b.goto("/?theme=light").await;
    b.set_dark(true).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(theme().await, json!("light"));
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn on_a_phone_the_export_buttons_do_not_cover_a_plot() {
    let server = StaticServer::start(&dist_dir(), "/");
    let b = Browser::phone(375, 812).await;
    for query in ["/?lang=en", "/?lang=ko&compare=kaplan2020,epoch2024"] {
        b.client.goto(&server.url(query)).await.expect("goto");
        wait_ready(&b).await;
        let covered = b
            .js(r#"return [...document.querySelectorAll('.plot-cell')].filter(cell => {
                   const c = cell.querySelector('canvas').getBoundingClientRect();
                   const e = cell.querySelector('.plot-export').getBoundingClientRect();
                   return e.height > 0 && e.bottom > c.top + 0.5 && e.top < c.bottom - 0.5;
                 }).map(cell => cell.querySelector('canvas').dataset.testid)"#)
            .await;
        assert_eq!(covered, json!([]), "{query}: export buttons over the plot");
    }
    b.close().await;
}
