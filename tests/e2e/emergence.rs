//! Issue 19, "Emergent abilities, explained": the URL keys `k` and `acc`, the answer-length
//! slider and the log-axis switch, the read-outs `token-accuracy` and `exact-match` against
//! Schaeffer et al.'s model computed here from the laws layer's loss surface, the notice for a
//! bad `k` in both languages, the section and the plot. Only WebDriver and standard DOM calls
//! (the suite also runs in Firefox).

use super::rel_close;
use super::support::{Browser, Site, Window};
use scaling_viz::i18n::{untranslated_words, Lang};
use scaling_viz::laws::{Law, LawId};

/// `data-value` of read-out `hook` for `law`, once it is there.
async fn value(b: &Browser, hook: &str, law: &str) -> f64 {
    let script = format!(
        r#"const e = document.querySelector('[data-testid="{hook}"][data-law="{law}"]');
           return e ? e.getAttribute('data-value') : null;"#
    );
    let v = b.wait_for(&script, &format!("{hook} of {law}")).await;
    v.as_str().and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("{hook} of {law}: {v}"))
}

/// Waits until read-out `hook` of `law` reads `expected` (relative tolerance 1e-12).
async fn wait_value(b: &Browser, hook: &str, law: &str, expected: f64) {
    let script = format!(
        r#"const e = document.querySelector('[data-testid="{hook}"][data-law="{law}"]');
           return !!e && Math.abs(Number(e.getAttribute('data-value')) / {expected:e} - 1) < 1e-12;"#
    );
    b.wait_for(&script, &format!("{hook} of {law} = {expected:e}")).await;
}

/// Schaeffer et al.'s model written out here: p = exp(−(L(N, D) − E)) from the law's own loss
/// and E, exact match p^k.
fn expected(id: LawId, n: f64, d: f64, k: i32) -> (f64, f64) {
    let law = Law::builtin(id);
    let e = law.surface().expect("a law with E").e;
    let p = (-(law.loss(n, d) - e)).exp();
    (p, p.powi(k))
}

async fn url_param(b: &Browser, key: &str) -> Option<String> {
    b.js(&format!("return new URLSearchParams(location.search).get('{key}')")).await.as_str().map(str::to_owned)
}

async fn notice(b: &Browser) -> String {
    let v = b.js(r#"return document.querySelector('[data-testid="notice"]')?.textContent || ''"#).await;
    v.as_str().unwrap_or_default().to_owned()
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn k_in_the_url_and_the_slider_drive_the_readouts_and_the_plot() {
    let site = Site::dist();
    let b = site
        .open(Window::Desktop(1440, 900), "/?law=chinchilla2022&compare=kaplan2020,epoch2024&n=8e9&d=1.5e13&k=30")
        .await;
    // k = 30 from the URL, for each law with E; the loss is 1 − 1e-9 relative from the page's
    // (which sums A/N^α + B/D^β instead of subtracting E).
    for id in [LawId::Chinchilla2022, LawId::Epoch2024] {
        let (p, exact) = expected(id, 8e9, 15e12, 30);
        let got_p = value(&b, "token-accuracy", id.as_str()).await;
        let got_e = value(&b, "exact-match", id.as_str()).await;
        assert!(rel_close(got_p, p, 1e-9), "{id:?}: token {got_p} vs {p}");
        assert!(rel_close(got_e, exact, 1e-8), "{id:?}: exact {got_e} vs {exact}");
        assert!(got_e < got_p && got_p < 1.0 && got_e > 0.0);
    }
    // Kaplan has no E: the reason, no number.
    let kaplan = b
        .js(r#"const li = document.querySelector('#emergence li[data-law="kaplan2020"]');
               return [li.hidden, li.textContent, !!li.querySelector('[data-value]')]"#)
        .await;
    assert_eq!(kaplan[0], serde_json::json!(false));
    assert!(kaplan[1].as_str().unwrap_or_default().contains("irreducible loss E"), "{kaplan}");
    assert_eq!(kaplan[2], serde_json::json!(false));

    // The plot paints when scrolled to, with ink.
    let (ink, colours) = super::scroll_to_plot(&b, "emergence", "plot-emergence").await;
    assert!(ink > 0.02 && colours > 5, "emergence plot ink {ink}, {colours} colours");

    // The slider: k = 5 reaches the read-outs and the URL; the plot repaints.
    let before = super::paint_seq(&b, "plot-emergence").await;
    b.js(r#"const s = document.querySelector('[data-testid="answer-slider"]');
            s.value = '5'; s.dispatchEvent(new Event('input', { bubbles: true }));"#)
        .await;
    let (p, exact5) = expected(LawId::Chinchilla2022, 8e9, 15e12, 5);
    wait_value(&b, "exact-match", "chinchilla2022", value(&b, "token-accuracy", "chinchilla2022").await.powi(5)).await;
    assert!(rel_close(value(&b, "exact-match", "chinchilla2022").await, exact5, 1e-8) && p > exact5);
    b.wait_for(r#"return new URLSearchParams(location.search).get('k') === '5'"#, "k=5 in the URL").await;
    b.wait_for(
        &format!(
            r#"return Number(document.querySelector('[data-testid="plot-emergence"]').dataset.paintSeq) > {before}"#
        ),
        "repaint for k",
    )
    .await;
    let shown = b.js(r#"return document.querySelector('[data-testid="answer-value"]').textContent"#).await;
    assert_eq!(shown.as_str(), Some("k = 5"));

    // The log axis switch writes acc=log and repaints; off again removes it.
    let before = super::paint_seq(&b, "plot-emergence").await;
    b.click(r#"[data-testid="accuracy-log-toggle"]"#).await;
    b.wait_for(r#"return new URLSearchParams(location.search).get('acc') === 'log'"#, "acc=log").await;
    b.wait_for(
        &format!(
            r#"return Number(document.querySelector('[data-testid="plot-emergence"]').dataset.paintSeq) > {before}"#
        ),
        "repaint for the log axis",
    )
    .await;
    b.click(r#"[data-testid="accuracy-log-toggle"]"#).await;
    b.wait_for(r#"return new URLSearchParams(location.search).get('acc') === null"#, "acc gone").await;

    // A model moved through the URL: the read-outs follow (n, d).
    b.goto("/?law=chinchilla2022&compare=&n=7e10&d=1.4e12&acc=log").await;
    let (p, exact10) = expected(LawId::Chinchilla2022, 7e10, 1.4e12, 10);
    assert!(rel_close(value(&b, "token-accuracy", "chinchilla2022").await, p, 1e-9));
    assert!(rel_close(value(&b, "exact-match", "chinchilla2022").await, exact10, 1e-8), "default k = 10");
    let checked = b.js(r#"return document.querySelector('[data-testid="accuracy-log-toggle"]').checked"#).await;
    assert_eq!(checked, serde_json::json!(true));
    assert_eq!(url_param(&b, "k").await, None);
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn a_bad_k_is_named_in_the_notice_in_the_page_language() {
    let site = Site::dist();
    let b = site.open(Window::Desktop(1280, 900), "/?law=chinchilla2022&compare=&k=0&n=8e9&d=1.5e13").await;
    let text = notice(&b).await;
    assert!(text.contains("k=0") && text.contains("whole number from 1 to 100"), "{text}");
    // The default k = 10 applies.
    let (_, exact10) = expected(LawId::Chinchilla2022, 8e9, 15e12, 10);
    assert!(rel_close(value(&b, "exact-match", "chinchilla2022").await, exact10, 1e-8));
    for bad in ["101", "2.5", "abc"] {
        b.goto(&format!("/?k={bad}")).await;
        let text = notice(&b).await;
        assert!(text.contains(&format!("k={bad}")) && text.contains("whole number"), "{bad}: {text}");
    }
    b.goto("/?lang=ko&theme=dark&k=500&compare=kaplan2020").await;
    let text = notice(&b).await;
    assert!(text.contains("k=500") && text.contains("1에서 100 사이의 정수"), "{text}");
    // The Korean section: no untranslated words (law ids aside).
    value(&b, "exact-match", "chinchilla2022").await;
    let section = b.js(r#"return document.getElementById('emergence').innerText"#).await;
    let mut section = section.as_str().unwrap_or_default().to_owned();
    for id in LawId::IDS {
        section = section.replace(id, " ");
    }
    let words = untranslated_words(&section);
    assert!(words.is_empty(), "untranslated: {words:?}");
    assert!(section.contains(Lang::Ko.text(scaling_viz::i18n::Key::SectionEmergence)));
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn view_emergence_shows_the_plot_alone_and_the_link_leads_to_the_section() {
    let site = Site::dist();
    let b = site.open(Window::Desktop(1280, 900), "/?view=emergence&k=7").await;
    let plots = b
        .js(r#"return Array.from(document.querySelectorAll('canvas[data-testid^="plot-"]')).map(c => c.dataset.testid)"#)
        .await;
    assert_eq!(plots, serde_json::json!(["plot-emergence"]));
    let (ink, _) = super::wait_ink(&b, "plot-emergence", 0.02).await;
    assert!(ink > 0.02, "ink {ink}");
    b.goto("/").await;
    super::follow_section_link(&b, "emergence").await;
    let caveat = b.js(r#"return document.querySelector('[data-testid="emergence-caveat"]').textContent"#).await;
    assert!(caveat.as_str().unwrap_or_default().contains("predicts no benchmark"), "{caveat}");
    b.finish().await;
}
