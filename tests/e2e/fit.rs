//! Issue 20, "Fit your own runs": the bundled example fitted in the page against the same fit
//! done natively and against Epoch's Table 1; pasted runs with bad cells (line and column
//! named, good rows kept); a bad file; the `fit=` key's round trip (a reload reproduces the law
//! without the data); the fitted law on the plots and in the read-outs; a bootstrap that leaves
//! the slider responsive. Only WebDriver and standard DOM calls (the suite runs in Firefox too:
//! `window.File`/`window.DataTransfer`, as support/browser.rs says).

use super::support::{Browser, Site, Window};
use super::{paint_seq, readout, rel_close};
use scaling_viz::i18n::untranslated_words;
use scaling_viz::laws::fit::{without_highest_losses, Approach3Job};
use scaling_viz::laws::{Coefficients, Law, LawId};
use scaling_viz::state::runs::parse_runs;

const EXAMPLE: &str = include_str!("../../assets/data/chinchilla-figure4-epoch.csv");

/// `fit-result`'s raw attribute `name`, once the result has `data-points` (a fit of runs).
async fn result_attr(b: &Browser, name: &str) -> Option<f64> {
    let v = b
        .js(&format!(
            r#"const e = document.querySelector('[data-testid="fit-result"]');
               return e ? e.getAttribute('{name}') : null;"#
        ))
        .await;
    v.as_str().and_then(|s| s.parse().ok())
}

async fn wait_fit(b: &Browser) {
    b.wait_for(
        r#"const e = document.querySelector('[data-testid="fit-result"]');
           return e && e.hasAttribute('data-points');"#,
        "a fit of runs",
    )
    .await;
}

async fn messages(b: &Browser) -> String {
    b.js(r#"return document.querySelector('[data-testid="fit-messages"]').innerText"#)
        .await
        .as_str()
        .unwrap_or("")
        .to_string()
}

/// Types `text` into the textarea (as an input event) and presses the run button.
async fn paste_and_fit(b: &Browser, text: &str) {
    b.js(&format!(
        r#"const t = document.querySelector('[data-testid="fit-input"]');
           t.value = {}; t.dispatchEvent(new Event('input', {{ bubbles: true }}));"#,
        serde_json::to_string(text).unwrap()
    ))
    .await;
    b.click(r#"[data-testid="fit-run"]"#).await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn fit_the_example_matches_the_native_fit_and_epochs_table_and_joins_the_page() {
    let site = Site::dist();
    let b = site.open(Window::Desktop(1440, 900), "/?lang=en").await;
    let before = paint_seq(&b, "plot-n").await;
    b.js("document.getElementById('fit').scrollIntoView()").await;
    b.click(r#"[data-testid="fit-load-example"]"#).await;
    wait_fit(&b).await;
    // The same fit natively: the page's numbers are the laws layer's.
    let runs = without_highest_losses(&parse_runs(EXAMPLE).runs, 5);
    let native = Approach3Job::new(&runs).finish().expect("native fit").coefficients;
    assert_eq!(result_attr(&b, "data-points").await, Some(240.0));
    for (attr, field) in
        [("data-e", "E"), ("data-a", "A"), ("data-b", "B"), ("data-alpha", "alpha"), ("data-beta", "beta")]
    {
        let got = result_attr(&b, attr).await.unwrap_or_else(|| panic!("{attr}"));
        let (want, epoch) = (native.get(field).unwrap(), Coefficients::EPOCH.get(field).unwrap());
        // wasm's exp and ln are not the native libm's: the same optimum to ~1e-9, looser on the flat A, B.
        assert!(rel_close(got, want, 1e-5), "{field}: page {got}, native {want}");
        // Epoch's Table 1: within 2 %, B within 3 % (this objective's minimum is 2.8 % above it).
        let tol = if field == "B" { 0.03 } else { 0.02 };
        assert!(rel_close(got, epoch, tol), "{field}: {got} vs Epoch {epoch}");
    }
    let ms = result_attr(&b, "data-ms").await.expect("data-ms");
    eprintln!("fit of the example in the page: {ms:.1} ms of work");
    // Approach 2: a finite exponent, or the page says there are too few groups.
    let a2 = result_attr(&b, "data-approach2-a").await;
    let text = b.js(r#"return document.querySelector('[data-testid="fit-approach2"]').innerText"#).await;
    assert!(a2.is_none_or(f64::is_finite), "{a2:?}");
    assert!(a2.is_some() || text.as_str().unwrap().contains("too few"), "{text}");
    // The fitted law joins the comparison, the URL, the picker and the read-outs.
    b.wait_for(
        r#"return location.search.includes('fit=') && location.search.includes('compare=') "#,
        "fit= in the URL",
    )
    .await;
    let search = b.js("return location.search").await;
    assert!(search.as_str().unwrap().contains("fit"), "{search}");
    assert!(!search.as_str().unwrap().contains("loss"), "runs in the URL: {search}");
    b.wait_for(r#"return !!document.querySelector('option[value="fit"]')"#, "fit in the picker").await;
    let law = Law::new(LawId::Fit, native);
    let n_opt = readout(&b, "fit", "n-opt").await;
    assert!(rel_close(n_opt, law.optimum(5.76e23).n, 1e-6), "{n_opt}");
    // ... and is drawn: plot N repaints.
    b.js("document.getElementById('compute-optimal').scrollIntoView()").await;
    b.wait_for(
        &format!(r#"return Number(document.querySelector('[data-testid="plot-n"]').dataset.paintSeq) > {before}"#),
        "plot-n repainted with the fit",
    )
    .await;
    // ... with the runs as dots on plots N and D (data-runs: how many the last paint drew).
    for plot in ["plot-n", "plot-d"] {
        b.wait_for(
            &format!(r#"return Number(document.querySelector('[data-testid="{plot}"]').dataset.runs) > 50"#),
            &format!("{plot} draws the fitted runs"),
        )
        .await;
    }
    // Removing the fitted law from the comparison takes its runs off the plots.
    b.click(r#"[data-testid="compare-law"][data-law="fit"]"#).await;
    b.wait_for(
        r#"return document.querySelector('[data-testid="plot-n"]').dataset.runs === '0'"#,
        "plot-n without the runs once the fit is hidden",
    )
    .await;
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn fit_pasted_runs_name_bad_cells_keep_good_rows_and_a_bad_file_is_named() {
    let site = Site::dist();
    let b = site.open(Window::Desktop(1280, 900), "/?lang=en").await;
    let truth = Coefficients { e: 1.9, a: 300.0, b: 900.0, alpha: 0.3, beta: 0.33 };
    let mut text = String::from("params;tokens;loss\n");
    for i in 0..4 {
        for j in 0..4 {
            let (n, d) = (1e7 * 10f64.powi(i), 1e9 * 10f64.powi(j));
            text.push_str(&format!("{n:e};{d:e};{}\n", truth.loss(n, d)));
        }
    }
    text.push_str("70B;abc;2.1\n1e9;1e10;-2\n");
    paste_and_fit(&b, &text).await;
    wait_fit(&b).await;
    let m = messages(&b).await;
    assert!(m.contains("Line 18, column 2") && m.contains("“abc” is not a number"), "{m}");
    assert!(m.contains("Line 19, column 3") && m.contains("greater than 0"), "{m}");
    assert_eq!(result_attr(&b, "data-points").await, Some(16.0));
    let e = result_attr(&b, "data-e").await.unwrap();
    assert!(rel_close(e, 1.9, 1e-3), "{e}");
    // The textarea keeps what was pasted.
    let kept = b.js(r#"return document.querySelector('[data-testid="fit-input"]').value"#).await;
    assert_eq!(kept.as_str(), Some(text.as_str()));
    // Too few rows.
    paste_and_fit(&b, "N,D,loss\n1e9,1e10,3\n").await;
    b.wait_for(
        r#"return document.querySelector('[data-testid="fit-messages"]').innerText.includes('usable runs')"#,
        "too few runs",
    )
    .await;
    // The results of the earlier data leave with it: they read as a fit of the new text.
    let stale = b.js(r#"return document.querySelector('[data-testid="fit-result"][data-points]') !== null"#).await;
    assert_eq!(stale.as_bool(), Some(false), "the earlier fit's results stayed after a failed fit");
    assert_eq!(
        b.js(r#"return document.querySelector('[data-testid="fit-bootstrap"]').disabled"#).await.as_bool(),
        Some(true),
        "the bootstrap of the earlier fit can still be started"
    );
    // A bad file: no usable columns, said in Korean too.
    b.click(r#"[data-testid="lang-ko"]"#).await;
    b.js(r#"const dt = new window.DataTransfer();
           dt.items.add(new window.File(['x,y\n1,2\n'], 'runs.csv', { type: 'text/csv' }));
           const input = document.querySelector('[data-testid="fit-file"]');
           input.files = dt.files; input.dispatchEvent(new Event('change', { bubbles: true }));"#)
        .await;
    b.wait_for(r#"return document.querySelector('[data-testid="fit-messages"]').innerText.includes('모델 크기 열이 없습니다')"#, "missing column, in Korean").await;
    let korean = b.js("return document.getElementById('fit').innerText").await;
    let untranslated = untranslated_words(korean.as_str().unwrap());
    assert!(untranslated.is_empty(), "Latin words in the Korean fit section: {untranslated:?}");
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn fit_coefficients_round_trip_through_the_url_without_the_data() {
    let site = Site::dist();
    let q = "/?law=fit&compare=chinchilla2022&fit=1.8172,482.01,2085.43,0.3478,0.3658";
    let b = site.open(Window::Desktop(1280, 900), q).await;
    let law = Law::new(LawId::Fit, Coefficients::EPOCH);
    for _ in 0..2 {
        let n_opt = readout(&b, "fit", "n-opt").await;
        assert!(rel_close(n_opt, law.optimum(5.76e23).n, 1e-6), "{n_opt}");
        b.wait_for(r#"return !!document.querySelector('[data-testid="fit-result"]')"#, "fit-result").await;
        assert_eq!(result_attr(&b, "data-e").await, Some(1.8172));
        assert_eq!(result_attr(&b, "data-beta").await, Some(0.3658));
        assert_eq!(result_attr(&b, "data-points").await, None, "no runs after a reload");
        let search = b.js("return location.search").await;
        assert!(search.as_str().unwrap().contains("fit=1.8172e0,4.8201e2,2.08543e3,3.478e-1,3.658e-1"), "{search}");
        b.goto(&format!("/{}", search.as_str().unwrap())).await;
    }
    // A bad fit= is named in the notice; the law is then not shown.
    b.goto("/?law=fit&fit=1,2,3").await;
    b.wait_for(r#"return document.querySelector('[data-testid="notice"]').innerText.includes('fit')"#, "notice").await;
    let picker = b.js(r#"return !!document.querySelector('option[value="fit"]')"#).await;
    assert_eq!(picker.as_bool(), Some(false));
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn fit_bootstrap_runs_in_slices_and_the_slider_stays_responsive() {
    let site = Site::dist();
    let b = site.open(Window::Desktop(1440, 900), "/?lang=en").await;
    b.click(r#"[data-testid="fit-load-example"]"#).await;
    wait_fit(&b).await;
    b.click(r#"[data-testid="fit-bootstrap"]"#).await;
    b.wait_for(r#"const e = document.querySelector('[data-testid="fit-intervals"]'); return e && e.dataset.running === 'true'"#, "bootstrap running").await;
    // While it runs, a budget step repaints plot N.
    b.js("document.getElementById('compute-optimal').scrollIntoView()").await;
    super::step_budget_and_wait_for_plot_n(&b, "22").await;
    let running = b.js(r#"return document.querySelector('[data-testid="fit-intervals"]').dataset.running"#).await;
    eprintln!("bootstrap still running when the plot repainted: {running}");
    b.wait_for(
        r#"return document.querySelector('[data-testid="fit-intervals"]').dataset.running === 'false'"#,
        "bootstrap done",
    )
    .await;
    let done = b.js(r#"return document.querySelector('[data-testid="fit-intervals"]').dataset.done"#).await;
    assert_eq!(done.as_str(), Some("200"));
    // The section, scrolled away meanwhile, shows the intervals at the new budget once back.
    b.js("document.getElementById('fit').scrollIntoView()").await;
    let optimum = b
        .wait_for(
            r#"const t = document.querySelector('[data-testid="fit-interval-optimum"]').innerText;
               return t.includes('N*') && t.includes('10²²') ? t : null"#,
            "the N*, D* intervals at 1e22",
        )
        .await;
    eprintln!("{optimum}");
    let longest = b.js(r#"return Number(document.getElementById('fit').dataset.longestSlice)"#).await.as_f64().unwrap();
    eprintln!("longest slice of fit/bootstrap work in one frame: {longest:.1} ms");
    assert!(longest < 50.0, "{longest} ms");
    b.finish().await;
}
