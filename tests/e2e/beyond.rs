//! Issue 16, "Beyond compute-optimal": the URL keys `inf` and `u`, their controls, the
//! read-outs `user-overhead`, `inference-opt` and `data-limited`, the section (`#beyond`,
//! `view=overhead`) and the overhead plot, checked against numbers computed here: bisection
//! and golden-section searches written in this file on the laws' loss surfaces, not the
//! page's own optimisers.

use super::rel_close;
use super::support::{Browser, Site, Window};
use fantoccini::key::Key;
use fantoccini::Locator;
use scaling_viz::i18n::{untranslated_words, Lang};
use scaling_viz::laws::{Coefficients, LawId, Repetition};
use scaling_viz::numbers::compact;

/// `data-value` of `inner` (or of the hook itself when `inner` is empty) in the read-out
/// `hook` of `law`, once it is there.
async fn value(b: &Browser, hook: &str, law: &str, inner: &str) -> f64 {
    let sel = if inner.is_empty() {
        format!(r#"[data-testid="{hook}"][data-law="{law}"]"#)
    } else {
        format!(r#"[data-testid="{hook}"][data-law="{law}"] [data-testid="{inner}"]"#)
    };
    let script =
        format!(r#"const e = document.querySelector('{sel}'); return e ? e.getAttribute('data-value') : null;"#);
    let v = b.wait_for(&script, &format!("{hook}/{inner} of {law}")).await;
    v.as_str().and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("{hook}/{inner} of {law}: {v}"))
}

async fn exists(b: &Browser, css: &str) -> bool {
    b.js(&format!("return !!document.querySelector('{css}')")).await.as_bool().unwrap_or(false)
}

async fn url_param(b: &Browser, key: &str) -> Option<String> {
    b.js(&format!("return new URLSearchParams(location.search).get('{key}')")).await.as_str().map(str::to_owned)
}

/// Types `text` into the typed box of `slider` and presses Enter.
async fn type_into(b: &Browser, slider: &str, text: &str) {
    let f = b.client.find(Locator::Css(&format!(r#"[data-testid="{slider}-typed"]"#))).await.expect("field");
    f.clear().await.expect("clear");
    f.send_keys(&format!("{text}{}", char::from(Key::Enter))).await.expect("type");
}

/// Moves a range slider to `log10` (its value is log10 of the quantity).
async fn slide(b: &Browser, slider: &str, log10: &str) {
    b.js(&format!(
        r#"const s = document.querySelector('[data-testid="{slider}"]');
           s.value = '{log10}'; s.dispatchEvent(new Event('input', {{ bubbles: true }}));"#
    ))
    .await;
}

// ---- independent computations ----

/// Golden-section minimum of `f` on `[a, b]` (written here, not the page's).
fn argmin(f: impl Fn(f64) -> f64, mut a: f64, mut b: f64) -> f64 {
    let r = (5f64.sqrt() - 1.0) / 2.0;
    for _ in 0..300 {
        let (x1, x2) = (b - r * (b - a), a + r * (b - a));
        if f(x1) <= f(x2) {
            b = x2;
        } else {
            a = x1;
        }
    }
    (a + b) / 2.0
}

/// Root of an increasing `f` on `[a, b]` by bisection.
fn root(f: impl Fn(f64) -> f64, mut a: f64, mut b: f64) -> f64 {
    for _ in 0..300 {
        let m = (a + b) / 2.0;
        if f(m) < 0.0 {
            a = m;
        } else {
            b = m;
        }
    }
    (a + b) / 2.0
}

/// Overhead of (n, d): the compute-optimal budget of its loss found by bisection on ln C.
fn overhead(c: &Coefficients, n: f64, d: f64) -> f64 {
    let loss = c.loss(n, d);
    let ln_c = root(|x| loss - c.optimum(x.exp()).loss, 0.0, 200.0);
    6.0 * n * d / ln_c.exp() - 1.0
}

/// Tokens that bring `n` parameters to `loss`, by bisection on ln D.
fn tokens_for(c: &Coefficients, n: f64, loss: f64) -> f64 {
    root(|x| loss - c.loss(n, x.exp()), 0.0, 200.0).exp()
}

/// (N, D, total, saving) minimising 6ND + 2N·inf at the budget's optimal loss.
fn inference(c: &Coefficients, budget: f64, inf: f64) -> (f64, f64, f64, f64) {
    let opt = c.optimum(budget);
    let cost = |n: f64| 6.0 * n * tokens_for(c, n, opt.loss) + 2.0 * n * inf;
    let lo = (c.a / (opt.loss - c.e)).powf(1.0 / c.alpha) * 1.000001;
    let n = argmin(|x| cost(x.exp()), lo.ln(), opt.n.ln()).exp();
    let total = cost(n);
    (n, tokens_for(c, n, opt.loss), total, 1.0 - total / cost(opt.n))
}

/// (N, loss) minimising the data-limited loss along 6ND = budget: a coarse scan, then
/// golden-section search around its best point.
fn data_limited(c: &Coefficients, budget: f64, u: f64) -> (f64, f64) {
    let ln_c6 = (budget / 6.0).ln();
    let f = |x: f64| c.loss_limited(x.exp(), (ln_c6 - x).exp(), u, Repetition::MUENNIGHOFF);
    let best = (0..2000).map(|i| i as f64 / 1999.0 * ln_c6).fold(0.0, |a: f64, x| if f(x) < f(a) { x } else { a });
    let x = argmin(f, best - ln_c6 / 1999.0, best + ln_c6 / 1999.0);
    (x.exp(), f(x))
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn beyond_readouts_follow_inf_u_n_d_in_the_url() {
    let site = Site::dist();
    let b = site
        .open(
            Window::Desktop(1440, 900),
            "/?law=chinchilla2022&compare=kaplan2020,muennighoff2023&c=1e23&n=8e9&d=1.5e13&inf=2e12&u=5e10",
        )
        .await;
    let chin = Coefficients::CHINCHILLA;
    let muen = Coefficients::MUENNIGHOFF;

    // Over-training overhead of Llama-3-8B-like (8B, 15T), and its size fraction.
    let o = value(&b, "user-overhead", "chinchilla2022", "").await;
    let expected = overhead(&chin, 8e9, 15e12);
    assert!(rel_close(o, expected, 1e-6), "overhead {o} vs {expected}");
    let k = value(&b, "user-overhead", "chinchilla2022", "k-n").await;
    let ln_c = root(|x| chin.loss(8e9, 15e12) - chin.optimum(x.exp()).loss, 0.0, 200.0);
    assert!(rel_close(k, 8e9 / chin.optimum(ln_c.exp()).n, 1e-6), "k_N {k}");
    assert!(rel_close(value(&b, "user-overhead", "muennighoff2023", "").await, overhead(&muen, 8e9, 15e12), 1e-6));
    // Kaplan has no parametric surface: "—" and the reason, no number.
    let kaplan = r#"[data-testid="user-overhead"][data-law="kaplan2020"]"#;
    let text = b.js(&format!("return document.querySelector('{kaplan}').textContent")).await;
    assert!(text.as_str().unwrap_or_default().contains('—'), "{text}");
    assert!(!exists(&b, &format!(r#"{kaplan}[data-value]"#)).await);

    // Inference-aware sizing at the budget's loss.
    let (n, d, total, saving) = inference(&chin, 1e23, 2e12);
    assert!(rel_close(value(&b, "inference-opt", "chinchilla2022", "n-inf").await, n, 1e-5));
    assert!(rel_close(value(&b, "inference-opt", "chinchilla2022", "d-inf").await, d, 1e-5));
    assert!(rel_close(value(&b, "inference-opt", "chinchilla2022", "total-flops").await, total, 1e-7));
    assert!(rel_close(value(&b, "inference-opt", "chinchilla2022", "saving").await, saving, 1e-4));
    assert!(saving > 0.0);

    // Data-limited optimum with 50B unique tokens.
    let (n_dc, loss_dc) = data_limited(&muen, 1e23, 5e10);
    let got_n = value(&b, "data-limited", "muennighoff2023", "n-dc").await;
    let got_d = value(&b, "data-limited", "muennighoff2023", "d-dc").await;
    assert!(rel_close(got_n, n_dc, 1e-3), "n-dc {got_n} vs {n_dc}");
    assert!(rel_close(6.0 * got_n * got_d, 1e23, 1e-9));
    assert!(rel_close(value(&b, "data-limited", "muennighoff2023", "epochs").await, got_d / 5e10, 1e-9));
    assert!(rel_close(value(&b, "data-limited", "muennighoff2023", "loss-dc").await, loss_dc, 1e-9));
    let d_eff = value(&b, "data-limited", "muennighoff2023", "d-effective").await;
    let r_d = got_d / 5e10 - 1.0;
    let rd = Repetition::MUENNIGHOFF.rd_star;
    assert!(rel_close(d_eff, 5e10 + 5e10 * rd * (1.0 - (-r_d / rd).exp()), 1e-9), "D′ {d_eff}");
    // Chinchilla gets Muennighoff's constants: the page says it transfers them.
    let note = b.js(r#"const e = document.querySelector('[data-testid="transfer-note"]'); return e.hidden ? '' : e.textContent"#).await;
    let note = note.as_str().unwrap_or_default().to_owned();
    assert!(note.contains("Chinchilla 2022 (Approach 3)") && !note.contains("Muennighoff et al. 2023"), "{note}");
    // Sardana's example on our rounded coefficients, computed here.
    let ex = chin.inference_optimum(chin.budget_for_optimal_n(13e9), 2e12).unwrap();
    let (ex_n, _, _, _) = inference(&chin, chin.budget_for_optimal_n(13e9), 2e12);
    assert!(rel_close(ex.n, ex_n, 1e-5));
    let sardana = b.js(r#"return document.querySelector('[data-testid="sardana-note"]').textContent"#).await;
    assert!(sardana.as_str().unwrap_or_default().contains(&compact(Lang::En, ex.n)), "{sardana}");

    // The overhead plot is drawn.
    b.js(r#"document.querySelector('[data-testid="plot-overhead"]').scrollIntoView()"#).await;
    b.wait_for(
        r#"return document.querySelector('[data-testid="plot-overhead"]').hasAttribute('data-painted')"#,
        "overhead painted",
    )
    .await;
    let (ink, colours) = super::ink(&b, "plot-overhead").await;
    assert!(ink > 0.02 && colours > 5, "overhead plot ink {ink}, {colours} colours");

    // inf=0 means none, without a notice; a bad value is named.
    b.goto("/?inf=0&u=abc").await;
    assert!(!exists(&b, r#"[data-testid="inference-opt"]"#).await);
    let notice = b.js(r#"return document.querySelector('[data-testid="notice"]')?.textContent || ''"#).await;
    let notice = notice.as_str().unwrap_or_default();
    assert!(notice.contains("u=abc") && !notice.contains("inf="), "{notice}");
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn beyond_controls_write_inf_and_u_and_update_the_readouts() {
    let site = Site::dist();
    let b = site.open(Window::Desktop(1440, 900), "/?law=chinchilla2022&compare=&c=1e22").await;
    let chin = Coefficients::CHINCHILLA;
    assert!(!exists(&b, r#"[data-testid="inference-opt"]"#).await);

    // Switching inference on starts from 2T tokens.
    b.click(r#"[data-testid="inference-toggle"]"#).await;
    b.wait_for("return new URLSearchParams(location.search).get('inf') === '2e12'", "inf=2e12").await;
    let n = value(&b, "inference-opt", "chinchilla2022", "n-inf").await;
    assert!(rel_close(n, inference(&chin, 1e22, 2e12).0, 1e-5));
    // Typed, in Korean units too.
    type_into(&b, "inference-slider", "10조").await;
    b.wait_for("return new URLSearchParams(location.search).get('inf') === '1e13'", "inf=1e13").await;
    b.wait_for(
        &format!(
            r#"const e = document.querySelector('[data-testid="inference-opt"] [data-testid="n-inf"]');
               return e && Math.abs(e.dataset.value / {n:e} - 1) > 1e-3"#,
        ),
        "n-inf moved",
    )
    .await;
    let n = value(&b, "inference-opt", "chinchilla2022", "n-inf").await;
    assert!(rel_close(n, inference(&chin, 1e22, 1e13).0, 1e-5), "{n}");
    // Out of range: a message, nothing changes.
    type_into(&b, "inference-slider", "1e20").await;
    b.wait_for(
        r#"return document.querySelector('[data-testid="inference-slider-error"]').textContent.length > 0"#,
        "error",
    )
    .await;
    assert_eq!(url_param(&b, "inf").await.as_deref(), Some("1e13"));
    // Typed zero means "no inference", as `inf=0` does in a link: the message goes, the key
    // and the read-outs too; the switch brings back the last value.
    type_into(&b, "inference-slider", "0").await;
    b.wait_for("return !new URLSearchParams(location.search).has('inf')", "inf gone").await;
    assert!(!exists(&b, r#"[data-testid="inference-opt"]"#).await);
    let error = b.js(r#"return document.querySelector('[data-testid="inference-slider-error"]').textContent"#).await;
    assert_eq!(error, serde_json::json!(""));
    assert_eq!(b.js(r#"return document.querySelector('[data-testid="inference-toggle"]').checked"#).await, false);
    b.click(r#"[data-testid="inference-toggle"]"#).await;
    b.wait_for("return new URLSearchParams(location.search).get('inf') === '1e13'", "inf=1e13 again").await;

    // The unique-data slider switches the limit on.
    slide(&b, "unique-slider", "10").await;
    b.wait_for("return new URLSearchParams(location.search).get('u') === '1e10'", "u=1e10").await;
    let got = value(&b, "data-limited", "chinchilla2022", "n-dc").await;
    let (n_dc, _) = data_limited(&chin, 1e22, 1e10);
    assert!(rel_close(got, n_dc, 1e-3), "{got} vs {n_dc}");
    assert!(exists(&b, r#"[data-testid="transfer-note"]:not([hidden])"#).await);

    // Your model through its typed boxes moves the overhead read-out.
    type_into(&b, "params-slider", "1B").await;
    type_into(&b, "tokens-slider", "1T").await;
    b.wait_for("return new URLSearchParams(location.search).get('d') === '1e12'", "d=1e12").await;
    let o = value(&b, "user-overhead", "chinchilla2022", "").await;
    assert!(rel_close(o, overhead(&chin, 1e9, 1e12), 1e-6), "{o}");

    // Switching both off removes the keys and the read-outs.
    b.click(r#"[data-testid="inference-toggle"]"#).await;
    b.click(r#"[data-testid="unique-toggle"]"#).await;
    b.wait_for("const p = new URLSearchParams(location.search); return !p.has('inf') && !p.has('u')", "keys gone")
        .await;
    assert!(
        !exists(&b, r#"[data-testid="inference-opt"]"#).await && !exists(&b, r#"[data-testid="data-limited"]"#).await
    );
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn the_section_is_a_link_and_a_view_and_off_screen_plots_wait() {
    let site = Site::dist();
    // With inference tokens the overhead plot's inference marker moves with the budget.
    let b = site.open(Window::Desktop(1440, 900), "/?law=chinchilla2022&inf=2e12").await;
    let seqs = r#"return Object.fromEntries(Array.from(document.querySelectorAll('canvas[data-testid^="plot-"]'))
                    .map(c => [c.dataset.testid, Number(c.getAttribute('data-paint-seq'))]));"#;
    // The overhead plot is below the fold, beyond the observer's quarter-screen margin: a
    // budget step repaints plot N, not it.
    let below = r#"return document.querySelector('[data-testid="plot-overhead"]').getBoundingClientRect().top
                     > 1.25 * innerHeight"#;
    assert_eq!(b.js(below).await, serde_json::json!(true), "the overhead plot is not below the fold");
    let before = b.js(seqs).await;
    slide(&b, "compute-slider", "22").await;
    b.wait_for(
        &format!(
            r#"return Number(document.querySelector('[data-testid="plot-n"]').dataset.paintSeq) > {}"#,
            before["plot-n"]
        ),
        "plot N repainted",
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let after = b.js(seqs).await;
    assert_eq!(after["plot-overhead"], before["plot-overhead"], "off-screen plot repainted: {before} → {after}");
    // The section link scrolls to it; the plot then catches up.
    super::follow_section_link(&b, "beyond").await;
    b.wait_for(
        &format!(
            r#"return Number(document.querySelector('[data-testid="plot-overhead"]').dataset.paintSeq) > {}"#,
            after["plot-overhead"]
        ),
        "overhead repainted on scroll-in",
    )
    .await;
    // The address bar follows the next budget step and keeps the section's fragment.
    slide(&b, "compute-slider", "23").await;
    b.wait_for(
        r#"return new URLSearchParams(location.search).get('c') === '1e23' && location.hash === '#beyond'"#,
        "c=1e23 with #beyond kept",
    )
    .await;

    // view=overhead: only that plot; an embed shows only it, without the section.
    b.goto("/?view=overhead").await;
    let plots = b.js(r#"return Array.from(document.querySelectorAll('canvas[data-testid^="plot-"]')).map(c => c.dataset.testid)"#).await;
    assert_eq!(plots, serde_json::json!(["plot-overhead"]));
    assert!(exists(&b, "#beyond").await);
    b.goto("/?embed=1&view=overhead,n").await;
    let plots = b.js(r#"return Array.from(document.querySelectorAll('canvas[data-testid^="plot-"]')).map(c => c.dataset.testid)"#).await;
    assert_eq!(plots, serde_json::json!(["plot-overhead", "plot-n"]));
    assert!(!exists(&b, "#beyond").await && !exists(&b, r#"[data-testid="user-overhead"]"#).await);
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn the_korean_section_has_no_untranslated_words() {
    let site = Site::dist();
    let b = site
        .open(Window::Desktop(1280, 900), "/?lang=ko&theme=dark&compare=kaplan2020,muennighoff2023&inf=2e12&u=5e10")
        .await;
    value(&b, "data-limited", "chinchilla2022", "n-dc").await;
    // The section and the new formulas (the citations' English paper titles are elsewhere).
    let text = b
        .js(r#"return document.getElementById('beyond').innerText + ' '
                 + Array.from(document.querySelectorAll('[data-testid^="formula-"] :is(mi, mn, mo)')).map(m => m.textContent).join(' ')"#)
        .await;
    let mut text = text.as_str().unwrap_or_default().to_owned();
    for id in LawId::IDS {
        text = text.replace(id, " ");
    }
    let words = untranslated_words(&text);
    assert!(words.is_empty(), "untranslated: {words:?}");
    b.finish().await;
}
