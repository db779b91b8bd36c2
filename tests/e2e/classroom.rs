//! End-to-end tests of the classroom and blog features: embed mode, languages, exports,
//! keyboard, the iframe snippet on another origin, sub-path hosting, themes, the tour, and an
//! axe-core accessibility audit.

use crate::support::{dist_dir, Browser, Site, StaticServer, Window};
use crate::{ink, readout, rel_close, wait_ready};
use fantoccini::key::Key;
use fantoccini::Locator;
use scaling_viz::laws::{Law, LawId};
use serde_json::Value;

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn embed_mode_fits_600_by_400_and_links_to_the_full_view() {
    let site = Site::dist();
    let b = site.open(Window::Viewport(600, 400), "/?embed=1&c=1e24&compare=epoch2024").await;
    let sizes = b
        .js("return [document.documentElement.scrollHeight, window.innerHeight, document.documentElement.scrollWidth, window.innerWidth]")
        .await;
    assert!(sizes[0].as_f64() <= sizes[1].as_f64() && sizes[2].as_f64() <= sizes[3].as_f64(), "embed scrolls: {sizes}");
    // The embed's default: two plots (issue 12).
    for plot in ["plot-n", "plot-split"] {
        let visible = b
            .js(&format!(
                r#"const r = document.querySelector('[data-testid="{plot}"]').getBoundingClientRect();
                   return r.width > 100 && r.height > 60 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;"#
            ))
            .await;
        assert_eq!(visible, Value::Bool(true), "{plot} not fully visible at 600×400");
        assert!(ink(&b, plot).await.0 > 0.01, "{plot} blank");
    }
    let full = b.js(r#"return document.querySelector('[data-testid="open-full"]').href"#).await;
    let full = full.as_str().unwrap_or_default();
    assert!(full.contains("c=1e24") && full.contains("compare=epoch2024") && !full.contains("embed=1"), "{full}");
    // No page chrome in embed mode.
    let chrome = b.js("return document.querySelector('header.top, aside.controls') === null").await;
    assert_eq!(chrome, Value::Bool(true));
    // view= chooses the plots.
    b.client.goto(&site.url("/?embed=1&view=split")).await.expect("goto");
    b.wait_for(r#"return document.querySelector('[data-testid="plot-split"]')?.hasAttribute('data-painted')"#, "split")
        .await;
    let others = b.js(r#"return document.querySelectorAll('canvas[data-testid^="plot-"]').length"#).await;
    assert_eq!(others, Value::from(1));
    // "Open full view" keeps the chosen plots.
    let full = b.js(r#"return document.querySelector('[data-testid="open-full"]').href"#).await;
    let full = full.as_str().unwrap_or_default();
    assert!(full.contains("view=split") && !full.contains("embed=1"), "{full}");
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn korean_shows_korean_text_and_units_and_the_switch_works() {
    let site = Site::dist();
    let b = site.open(Window::Desktop(1280, 900), "/?lang=ko&law=chinchilla2022").await;
    let title = b.js("return document.querySelector('h1').textContent").await;
    assert_eq!(title.as_str(), Some("언어 모델의 스케일링 법칙"));
    assert_eq!(b.js("return document.documentElement.lang").await.as_str(), Some("ko"));
    let n = b.js(r#"return document.querySelector('[data-testid="n-opt"]').textContent"#).await;
    assert!(n.as_str().unwrap_or_default().contains("억"), "Korean units: {n}");
    b.client.find(Locator::Css(r#"[data-testid="lang-en"]"#)).await.expect("switch").click().await.expect("click");
    b.wait_for("return document.querySelector('h1').textContent === 'Scaling laws of language models'", "English")
        .await;
    b.wait_for("return location.search.includes('lang=en')", "lang=en in the URL").await;
    b.finish().await;
}

/// The text of a `data:` URL a text export downloads (CSV, SVG): its payload, URI-decoded.
pub(crate) async fn data_url_text(b: &Browser, href: &str) -> String {
    let text = b
        .client
        .execute(
            "const [href] = arguments; return decodeURIComponent(href.slice(href.indexOf(',') + 1));",
            vec![Value::from(href)],
        )
        .await
        .expect("read the export");
    text.as_str().unwrap_or_default().to_string()
}

/// Clicks an export button and returns (file name, href) of the download link it used.
pub(crate) async fn export(b: &Browser, testid: &str) -> (String, String) {
    b.js(r#"const l = document.getElementById('export-link'); if (l) l.removeAttribute('href');"#).await;
    b.client
        .find(Locator::Css(&format!(r#"[data-testid="{testid}"]"#)))
        .await
        .expect("button")
        .click()
        .await
        .expect("click");
    let v = b
        .wait_for(
            r#"const l = document.getElementById('export-link');
               return l && l.getAttribute('href') ? [l.getAttribute('download'), l.getAttribute('href')] : null;"#,
            testid,
        )
        .await;
    (v[0].as_str().unwrap_or_default().to_string(), v[1].as_str().unwrap_or_default().to_string())
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn exports_give_png_svg_and_csv_named_after_law_and_budget() {
    let site = Site::dist();
    let b = site.open(Window::Desktop(1280, 900), "/?law=chinchilla2022&c=5.76e23&compare=kaplan2020").await;

    let (name, href) = export(&b, "export-png-n").await;
    assert_eq!(name, "scaling-chinchilla2022-5.76e23-plot-n.png");
    assert!(href.starts_with("data:image/png;base64,") && href.len() > 5_000, "PNG {} bytes", href.len());
    assert!(href.len() > 5_000);

    let (name, href) = export(&b, "export-svg-split").await;
    assert_eq!(name, "scaling-chinchilla2022-5.76e23-plot-split.svg");
    let check = b
        .client
        .execute_async(
            r#"const [href, done] = arguments;
               const t = decodeURIComponent(href.slice(href.indexOf(',') + 1));
               const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
               done([doc.querySelector('parsererror') === null,
                     doc.querySelectorAll('polyline, path').length,
                     t.includes('10²³'), t.includes('Kaplan et al. 2020')]);"#,
            vec![Value::from(href)],
        )
        .await
        .expect("read SVG");
    assert_eq!(check[0], Value::Bool(true), "SVG does not parse");
    assert!(check[1].as_u64().unwrap_or(0) >= 4, "SVG curves: {check}");
    assert_eq!((check[2].clone(), check[3].clone()), (Value::Bool(true), Value::Bool(true)), "{check}");

    let (name, href) = export(&b, "export-csv").await;
    assert_eq!(name, "scaling-chinchilla2022-5.76e23-all-plots.csv");
    let csv = data_url_text(&b, &href).await;
    assert!(csv.starts_with("plot,series,x,y\n"), "{}", &csv[..csv.len().min(80)]);
    assert!(csv.lines().count() > 4 * 400 && csv.contains("kaplan2020 N*"));
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn keyboard_alone_reaches_the_budget_and_the_shortcuts_work() {
    let site = Site::dist();
    let b = site.open(Window::Desktop(1280, 900), "/?c=1e23&present=1").await;
    assert_eq!(b.js("return document.documentElement.dataset.mode").await.as_str(), Some("present"));
    // Tab from the top of the page until the budget slider has focus; every stop is visible.
    let body = b.client.find(Locator::Css("body")).await.expect("body");
    let mut reached = false;
    for _ in 0..40 {
        body.send_keys(&char::from(Key::Tab).to_string()).await.ok();
        let active = b.js("return document.activeElement.getAttribute('data-testid')").await;
        if active.as_str() == Some("compute-slider") {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab never reached the compute slider");
    let outline = b.js("return getComputedStyle(document.activeElement).outlineStyle").await;
    assert_ne!(outline.as_str(), Some("none"), "focus is not visible");
    let slider = b.client.find(Locator::Css(r#"[data-testid="compute-slider"]"#)).await.expect("slider");
    slider.send_keys(&char::from(Key::Right).to_string()).await.expect("arrow");
    b.wait_for("return !location.search.includes('c=1e23')", "budget changed by the keyboard").await;

    // Global shortcuts (focus outside form controls): → steps ×10^0.1, Shift+→ ×10, m toggles models.
    b.js("document.activeElement.blur()").await;
    let before = readout(&b, "chinchilla2022", "n-opt").await;
    let c0 = b.js(r#"return parseFloat(new URLSearchParams(location.search).get('c'))"#).await.as_f64().unwrap_or(0.0);
    b.js(
        "document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', shiftKey: true, bubbles: true}))",
    )
    .await;
    b.wait_for(&format!("return parseFloat(new URLSearchParams(location.search).get('c')) > {c0} * 9"), "Shift+→")
        .await;
    assert!(readout(&b, "chinchilla2022", "n-opt").await > before);
    b.js("document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'm', bubbles: true}))").await;
    b.wait_for("return location.search.includes('models=0')", "m toggles famous models").await;
    b.js("document.body.dispatchEvent(new KeyboardEvent('keydown', {key: '3', bubbles: true}))").await;
    let focused = b.js("return document.activeElement.getAttribute('data-testid')").await;
    assert_eq!(focused.as_str(), Some("plot-c"));
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn the_iframe_snippet_renders_the_same_readouts_on_another_origin() {
    let site = Site::dist();
    let b = site.open(Window::Desktop(1280, 900), "/?law=epoch2024&c=3e24").await;
    let expected = readout(&b, "epoch2024", "n-opt").await;
    b.client.find(Locator::Css(r#"[data-testid="share-toggle"]"#)).await.expect("share").click().await.expect("open");
    let snippet = b.js(r#"return document.querySelector('[data-testid="embed-snippet"]').value"#).await;
    let snippet = snippet.as_str().unwrap_or_default().to_string();
    assert!(
        snippet.starts_with("<iframe ") && snippet.contains("loading=\"lazy\"") && snippet.contains("title="),
        "{snippet}"
    );

    // A blog page on another origin (another port) with the snippet pasted in.
    let blog_dir = std::env::temp_dir().join(format!("scaling-blog-{}", std::process::id()));
    std::fs::create_dir_all(&blog_dir).expect("dir");
    std::fs::write(
        blog_dir.join("index.html"),
        format!("<!doctype html><title>blog</title><link rel=\"icon\" href=\"data:,\"><h1>My notes</h1>{snippet}"),
    )
    .expect("write");
    let blog = StaticServer::start(&blog_dir, "/");
    assert_ne!(blog.port, site.port());
    b.client.goto(&blog.url("/")).await.expect("blog");
    let frame = b.client.find(Locator::Css("iframe")).await.expect("iframe");
    frame.enter_frame().await.expect("enter");
    wait_ready(&b).await;
    let inside = readout(&b, "epoch2024", "n-opt").await;
    assert_eq!(inside, expected);
    assert!(rel_close(inside, Law::builtin(LawId::Epoch2024).optimum(3e24).n, 1e-12));
    b.client.enter_parent_frame().await.expect("parent");
    b.finish().await;
    let _ = std::fs::remove_dir_all(&blog_dir);
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn an_embed_of_every_plot_scrolls_instead_of_squeezing_them_and_two_plots_still_fill_it() {
    let site = Site::dist();
    let heights = r#"const c = Array.from(document.querySelectorAll('canvas[data-testid^="plot-"]'));
        return c.length && c.every(e => e.dataset.paintSeq) ?
          [c.length, Math.min(...c.map(e => e.getBoundingClientRect().height)), document.documentElement.scrollHeight, innerHeight] : null"#;
    // Every plot in the snippet's old 800×600: each keeps a readable height and the page scrolls.
    let b = site.open(Window::Desktop(800, 600), "/?embed=1&view=n,d,c,split,nd,curves,overhead,emergence").await;
    let h = b.wait_for(heights, "the embed's plots").await;
    let num = |i: usize| h[i].as_f64().unwrap_or(f64::NAN);
    assert_eq!(num(0), 8.0);
    assert!(num(1) >= 150.0, "a plot squeezed to {} px", num(1));
    assert!(num(2) > num(3), "the embed does not scroll: {h}");
    // The default two plots in the same frame: they fill it, nothing to scroll.
    b.goto("/?embed=1").await;
    let h = b.wait_for(heights, "the default embed").await;
    assert_eq!(num_of(&h, 0), 2.0);
    assert!(num_of(&h, 2) <= num_of(&h, 3) + 1.0, "the default embed scrolls at 800×600: {h}");
    assert!(num_of(&h, 1) > num_of(&h, 3) / 2.0, "the plots do not fill the frame: {h}");
    b.finish().await;
}

fn num_of(h: &Value, i: usize) -> f64 {
    h[i].as_f64().unwrap_or(f64::NAN)
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn dist_served_from_a_sub_path_loads_without_404() {
    let site = Site::serve(&dist_dir(), "/scaling/");
    let b = site.open(Window::Desktop(1280, 900), "/scaling/?c=1e22").await;
    let missing = site.not_found();
    assert!(missing.is_empty(), "404s from /scaling/: {missing:?}");
    assert!(ink(&b, "plot-c").await.0 > 0.01);
    assert!(b.js("return location.pathname").await.as_str() == Some("/scaling/"));
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn dark_theme_tour_and_accessibility_audit() {
    let site = Site::dist();
    let b = site.open(Window::Desktop(1280, 900), "/?theme=dark&compare=kaplan2020").await;
    assert_eq!(b.js("return document.documentElement.dataset.theme").await.as_str(), Some("dark"));
    let corner = b
        .js(r#"const c = document.querySelector('[data-testid="plot-n"]');
               return Array.from(c.getContext('2d').getImageData(2, 2, 1, 1).data.slice(0, 3));"#)
        .await;
    assert!(
        corner.as_array().is_some_and(|px| px.iter().all(|v| v.as_u64().unwrap_or(255) < 60)),
        "dark plot: {corner}"
    );

    // The tour: each step is a URL.
    b.client.find(Locator::Css(r#"[data-testid="tour-start"]"#)).await.expect("tour").click().await.expect("click");
    b.wait_for("return location.search.includes('law=kaplan2020')", "tour step 1").await;
    b.client.find(Locator::Css(r#"[data-testid="tour-next"]"#)).await.expect("next").click().await.expect("click");
    b.wait_for("return location.search.includes('compare=chinchilla2022-a1')", "tour step 2").await;
    assert!(
        b.js("return location.search").await.as_str().unwrap_or_default().contains("theme=dark"),
        "tour keeps the theme"
    );
    b.client.find(Locator::Css(r#"[data-testid="tour-close"]"#)).await.expect("close").click().await.expect("click");

    // axe-core (npm) in the page: no serious or critical violations, in both themes.
    let axe = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/node_modules/axe-core/axe.min.js"))
        .expect("node_modules/axe-core (scripts/setup runs npm ci)");
    for url in ["/?theme=dark&compare=kaplan2020", "/?theme=light&lang=ko&compare=epoch2024"] {
        b.goto(url).await;
        b.js(&axe).await;
        let result = b
            .client
            .execute_async(
                r#"const done = arguments[0];
                   axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })
                     .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))));"#,
                vec![],
            )
            .await
            .expect("axe");
        assert_eq!(result, Value::Array(vec![]), "{url}: accessibility violations");
    }
    b.finish().await;
}
