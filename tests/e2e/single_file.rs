//! The single file (`scripts/build --single-file` → `dist-single/scaling-laws.html`) opened from
//! disk through a `file://` URL, as from a USB stick or an email attachment: copied alone into
//! a folder whose name has a space and Hangul, it shows the same read-outs as the served page,
//! paints every plot, exports PNG, SVG and CSV, keeps its state in the URL, says in the share
//! panel (English and Korean) that its link points at the file, loads nothing, and runs under
//! its own hash-only Content-Security-Policy without a console error.
//!
//! Only WebDriver calls and standard DOM APIs: the same test runs in every browser the fixture
//! drives.

use crate::classroom::export;
use crate::support::{dist_dir, Site, Window};
use crate::{assert_no_console_errors, ink, readout, rel_close, wait_ready};
use scaling_viz::laws::{Law, LawId};
use serde_json::Value;
use std::path::PathBuf;

/// `$E2E_SINGLE` (set by scripts/test), else `dist-single/scaling-laws.html` beside the
/// release build.
fn single_file() -> PathBuf {
    let file = std::env::var("E2E_SINGLE").map(PathBuf::from).unwrap_or_else(|_| {
        let dist = dist_dir().canonicalize().expect("release build folder");
        dist.parent().expect("parent of the build").join("dist-single").join("scaling-laws.html")
    });
    assert!(
        file.is_file(),
        "no single file at {} — run `scripts/build --single-file` (scripts/test does)",
        file.display()
    );
    file
}

const QUERY: &str = "?law=chinchilla2022&compare=kaplan2020,epoch2024&c=5.76e23";
const LAWS: [&str; 3] = ["chinchilla2022", "kaplan2020", "epoch2024"];
const READOUTS: [&str; 4] = ["n-opt", "d-opt", "tokens-per-param", "loss-opt"];

async fn all_readouts(b: &crate::support::Browser) -> Vec<f64> {
    let mut values = Vec::new();
    for law in LAWS {
        for testid in READOUTS {
            values.push(readout(b, law, testid).await);
        }
    }
    values
}

#[tokio::test]
#[ignore = "needs the release build, the single file and a WebDriver browser: run scripts/test"]
async fn the_single_file_opens_from_disk_and_works_like_the_served_page() {
    // The served page's numbers, for comparison.
    let site = Site::dist();
    let b = site.open(Window::Desktop(1280, 900), &format!("/{QUERY}")).await;
    let served = all_readouts(&b).await;
    let note = b.js(r#"return document.querySelector('[data-testid="local-file-note"]') === null"#).await;
    assert_eq!(note, Value::Bool(true), "the served page shows the local-file note");

    // The file alone in a folder of its own, as on a USB stick.
    let folder = std::env::temp_dir().join(format!("USB 스틱 {}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("folder");
    let copy = folder.join("scaling-laws.html");
    std::fs::copy(single_file(), &copy).expect("copy the single file");
    let url = url::Url::from_file_path(&copy).expect("file URL");
    b.client.goto(&format!("{url}{QUERY}")).await.expect("open the file");
    wait_ready(&b).await;
    assert_eq!(b.js("return location.protocol").await.as_str(), Some("file:"));

    // Read-outs: the served page's, and the laws layer's.
    let local = all_readouts(&b).await;
    assert_eq!(local, served, "read-outs from disk differ from the served page");
    let chinchilla = Law::builtin(LawId::Chinchilla2022).optimum(5.76e23);
    assert!(rel_close(local[0], chinchilla.n, 1e-12) && rel_close(local[1], chinchilla.d, 1e-12), "{local:?}");
    let kaplan = Law::builtin(LawId::Kaplan2020).optimum(5.76e23);
    assert!(rel_close(local[4], kaplan.n, 1e-12), "{local:?}");

    // Every plot painted with the curves' colours; the inlined stylesheet applies.
    for plot in ["plot-n", "plot-d", "plot-c", "plot-split"] {
        let (fraction, colours) = ink(&b, plot).await;
        assert!(fraction > 0.01 && colours > 8, "{plot} looks blank: {fraction} ink, {colours} colours");
    }
    let styled = b.js("return getComputedStyle(document.querySelector('.toolbar')).display").await;
    assert_eq!(styled.as_str(), Some("flex"), "the inline stylesheet did not apply");

    // Self-contained: no file or URL was fetched, no manifest, one script and one style.
    let fetched = b
        .js("return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('data:'))")
        .await;
    assert_eq!(fetched, Value::Array(vec![]), "the single file loaded other files");
    let parts = b
        .js(r#"return [document.scripts.length, document.querySelectorAll('script[src]').length,
                      document.querySelectorAll('style').length, document.querySelectorAll('link[rel=stylesheet], link[rel=manifest]').length]"#)
        .await;
    assert_eq!(parts, serde_json::json!([1, 0, 1, 0]), "scripts, external scripts, styles, stylesheet/manifest links");

    // Its CSP: its own script and style by hash, wasm from bytes, nothing else.
    let csp = b.js(r#"return document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content"#).await;
    let csp = csp.as_str().unwrap_or_default().to_string();
    assert!(
        csp.starts_with("default-src 'none'; script-src 'sha256-")
            && csp.contains("' 'wasm-unsafe-eval'; style-src 'sha256-")
            && !csp.contains("unsafe-inline")
            && !csp.contains("'unsafe-eval'")
            && !csp.contains("'self'"),
        "CSP: {csp}"
    );

    // Exports produce data, named as on the served page.
    let (name, href) = export(&b, "export-png-n").await;
    assert_eq!(name, "scaling-chinchilla2022-5.76e23-plot-n.png");
    assert!(href.starts_with("data:image/png;base64,") && href.len() > 5_000, "PNG {} bytes", href.len());
    let (name, href) = export(&b, "export-svg-split").await;
    assert_eq!(name, "scaling-chinchilla2022-5.76e23-plot-split.svg");
    let check = b
        .client
        .execute(
            r#"const [href] = arguments;
               const t = decodeURIComponent(href.slice(href.indexOf(',') + 1));
               const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
               return [doc.querySelector('parsererror') === null, doc.querySelectorAll('polyline, path').length];"#,
            vec![Value::from(href)],
        )
        .await
        .expect("read SVG");
    assert!(check[0] == Value::Bool(true) && check[1].as_u64().unwrap_or(0) >= 4, "SVG: {check}");
    let (name, href) = export(&b, "export-csv").await;
    assert_eq!(name, "scaling-chinchilla2022-5.76e23-all-plots.csv");
    let csv = super::classroom::data_url_text(&b, &href).await;
    assert!(
        csv.starts_with("plot,series,x,y\n") && csv.lines().count() > 4 * 400,
        "CSV: {} lines",
        csv.lines().count()
    );

    // Hover: the cross-hair's position and the colour keys are set through the CSSOM, which
    // the hash-only style-src allows (a style attribute would be refused and logged).
    b.js(r#"const c = document.querySelector('[data-testid="plot-c"]');
            const r = c.getBoundingClientRect();
            c.dispatchEvent(new MouseEvent('mousemove', {clientX: r.left + r.width * 0.6, clientY: r.top + r.height * 0.5, bubbles: true}));"#)
        .await;
    let hover = b
        .wait_for(
            r#"const cell = document.querySelector('[data-testid="plot-c"]').parentElement;
               const h = cell.querySelector('[data-testid="hover-readout"]');
               const v = cell.querySelector('.crosshair-v');
               const keys = [...cell.querySelectorAll('.hover-line .key')];
               return h && v && v.style.left && keys.length >= 3 && keys.every(k => k.style.backgroundColor)
                 ? [h.textContent, v.style.left] : null;"#,
            "hover read-out with cross-hair and a colour key per law",
        )
        .await;
    assert!(hover[0].as_str().is_some_and(|t| t.contains("compute-optimal loss")), "hover: {hover}");

    // The state lives in the file:// URL: the slider rewrites it and the link reopens the view.
    b.js(r#"const s = document.querySelector('[data-testid="compute-slider"]');
            s.value = '25'; s.dispatchEvent(new Event('input', { bubbles: true }));"#)
        .await;
    b.wait_for("return location.search.includes('c=1e25')", "c=1e25 in the file:// URL").await;
    let moved = readout(&b, "chinchilla2022", "n-opt").await;
    assert!(rel_close(moved, Law::builtin(LawId::Chinchilla2022).optimum(1e25).n, 1e-9), "{moved:e}");
    let reopened_url = b.client.current_url().await.expect("url").to_string();
    assert!(reopened_url.starts_with("file:///") && reopened_url.contains("c=1e25"), "{reopened_url}");
    b.client.goto(&reopened_url).await.expect("reopen");
    wait_ready(&b).await;
    assert_eq!(readout(&b, "chinchilla2022", "n-opt").await, moved, "the file:// link did not reopen the view");

    // The share panel gives that file:// link and says it opens only on this computer.
    b.click(r#"[data-testid="share-toggle"]"#).await;
    let link = b.js(r#"return document.querySelector('[data-testid="share-url"]').value"#).await;
    let link = link.as_str().unwrap_or_default();
    assert!(link.starts_with("file:///") && link.contains("scaling-laws.html?") && link.contains("c=1e25"), "{link}");
    let note = b
        .js(r#"const n = document.querySelector('[data-testid="local-file-note"]');
               return n && n.getClientRects().length > 0 ? n.textContent : null;"#)
        .await;
    assert!(note.as_str().is_some_and(|t| t.contains("file on this computer")), "English note: {note}");
    b.click(r#"[data-testid="share-close"]"#).await;
    b.click(r#"[data-testid="lang-ko"]"#).await;
    b.wait_for("return document.documentElement.lang === 'ko'", "Korean").await;
    let note = b.js(r#"return document.querySelector('[data-testid="local-file-note"]').textContent"#).await;
    assert!(note.as_str().is_some_and(|t| t.contains("파일") && t.contains("웹사이트")), "Korean note: {note}");
    let untranslated = scaling_viz::i18n::untranslated_words(note.as_str().unwrap_or_default());
    assert!(untranslated.is_empty(), "Latin words in the Korean note: {untranslated:?}");

    // Nothing went wrong so far: no service worker or manifest error, no CSP violation.
    assert_no_console_errors(&b).await;
    // The policy is enforced: a script added to the page (not the file's own) does not run.
    let blocked = b
        .client
        .execute_async(
            r#"const done = arguments[0];
               document.addEventListener('securitypolicyviolation', (e) => done(['violation', e.violatedDirective]), { once: true });
               const s = document.createElement('script');
               s.textContent = 'window.__injected = true';
               document.head.append(s);
               setTimeout(() => done([window.__injected === true ? 'ran' : 'no event', '']), 3000);"#,
            vec![],
        )
        .await
        .expect("CSP probe");
    assert_eq!(blocked[0].as_str(), Some("violation"), "an injected inline script was not blocked: {blocked}");
    b.close().await;
    let _ = std::fs::remove_dir_all(&folder);
}

#[tokio::test]
#[ignore = "needs the release build, the single file and a WebDriver browser: run scripts/test"]
async fn the_single_file_put_on_a_web_server_works_and_registers_no_service_worker() {
    // Someone uploads the one file to a web server (a blog's file space): it still works, under
    // its own policy, and does not try to register a worker it has not got (which its CSP would
    // refuse with a console error).
    let file = single_file();
    let site = Site::serve(file.parent().expect("folder of the single file"), "/");
    let b = site.open(Window::Desktop(1280, 900), "/scaling-laws.html?c=1e24").await;
    let n = readout(&b, "chinchilla2022", "n-opt").await;
    assert!(rel_close(n, Law::builtin(LawId::Chinchilla2022).optimum(1e24).n, 1e-12), "{n:e}");
    let registrations = b
        .client
        .execute_async(
            "const done = arguments[0];
             if (!navigator.serviceWorker) { done(0); return; }
             navigator.serviceWorker.getRegistrations().then(r => done(r.length), () => done(-1));",
            vec![],
        )
        .await
        .expect("service worker registrations");
    assert_eq!(registrations, Value::from(0), "the single file registered a service worker");
    let note = b.js(r#"return document.querySelector('[data-testid="local-file-note"]') === null"#).await;
    assert_eq!(note, Value::Bool(true), "the local-file note on a served page");
    assert!(site.not_found().is_empty(), "requests for missing files: {:?}", site.not_found());
    b.finish().await;
}
