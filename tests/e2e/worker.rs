//! The plot worker (src/components/plot_worker.rs, assets/plot-worker.js): in the served page
//! every plot is drawn by it, on a canvas handed over to it; where it cannot run (its script
//! missing, an old copy of it, no `OffscreenCanvas`) the plots draw on the page's own thread,
//! as in the single file (tests/e2e/single_file.rs).

use crate::support::{dist_dir, Site, Window};
use crate::{ink, readout, wait_ready};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// For each plot of the page: "worker" if its canvas was handed over (the page can no longer
/// take its 2D context), "page" if the page draws it.
const WHO_DRAWS: &str = r#"return Object.fromEntries([...document.querySelectorAll('canvas[data-testid^="plot-"]')].map(c => {
    let who; try { who = c.getContext('2d') ? 'page' : 'none'; } catch (e) { who = e.name === 'InvalidStateError' ? 'worker' : e.name; }
    return [c.dataset.testid, who];
  }));"#;

fn who_draws(v: &Value) -> Vec<(String, String)> {
    v.as_object().into_iter().flatten().map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string())).collect()
}

/// A copy of the release build in a folder of its own, changed by `change`.
fn dist_copy(name: &str, change: impl FnOnce(&Path)) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scaling-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    for entry in std::fs::read_dir(dist_dir()).expect("dist") {
        let entry = entry.expect("entry");
        if entry.file_type().is_ok_and(|t| t.is_file()) {
            std::fs::copy(entry.path(), dir.join(entry.file_name())).expect("copy");
        }
    }
    change(&dir);
    dir
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn the_served_page_draws_every_plot_in_the_worker() {
    let site = Site::dist();
    let b = site.open(Window::Desktop(1280, 900), "/?law=chinchilla2022&c=5.76e23").await;
    let who = who_draws(&b.js(WHO_DRAWS).await);
    assert!(who.len() >= 8, "{who:?}");
    assert!(who.iter().all(|(_, w)| w == "worker"), "{who:?}");
    for plot in ["plot-n", "plot-d", "plot-c", "plot-split"] {
        let (fraction, colours) = ink(&b, plot).await;
        assert!(fraction > 0.01 && colours > 8, "{plot}: {fraction} ink, {colours} colours");
    }
    assert!(!site.not_found().iter().any(|p| p.contains("plot-worker")), "{:?}", site.not_found());
    b.finish().await;
}

/// The worker's script missing (a host that dropped it), or an old copy of it answering
/// another protocol: the page draws the plots itself and says nothing is wrong with them.
#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn without_a_working_worker_the_page_draws_the_plots_itself() {
    let missing = dist_copy("no-worker", |dir| std::fs::remove_file(dir.join("plot-worker.js")).expect("rm"));
    let old = dist_copy("old-worker", |dir| {
        let file = dir.join("plot-worker.js");
        let script = std::fs::read_to_string(&file).expect("read");
        assert!(script.contains("const PROTOCOL = "), "the worker names its protocol");
        std::fs::write(&file, script.replace("const PROTOCOL = ", "const PROTOCOL = 1000 + ")).expect("write");
    });
    for dir in [&missing, &old] {
        let site = Site::serve(dir, "/");
        let b = site.browser(Window::Desktop(1280, 900)).await;
        b.goto("/?law=chinchilla2022&c=5.76e23").await;
        wait_ready(&b).await;
        let who = who_draws(&b.js(WHO_DRAWS).await);
        assert!(who.len() >= 8 && who.iter().all(|(_, w)| w == "page"), "{}: {who:?}", dir.display());
        for plot in ["plot-n", "plot-d", "plot-c", "plot-split"] {
            let (fraction, colours) = ink(&b, plot).await;
            assert!(fraction > 0.01 && colours > 8, "{plot}: {fraction} ink, {colours} colours");
        }
        // The page works as ever: a budget step moves the read-outs and repaints the plots.
        let seq = b.js(r#"return document.querySelector('[data-testid="plot-n"]').dataset.paintSeq"#).await;
        b.js(r#"const s = document.querySelector('[data-testid="compute-slider"]');
                s.value = '25'; s.dispatchEvent(new Event('input', { bubbles: true }));"#)
            .await;
        b.wait_for(
            &format!(r#"return document.querySelector('[data-testid="plot-n"]').dataset.paintSeq !== {seq}"#),
            "a repaint after the step",
        )
        .await;
        assert!(readout(&b, "chinchilla2022", "n-opt").await > 1e11);
        // No other console error than the missing script's 404 (and the offline copy's, which
        // lists it).
        b.close().await;
    }
    let _ = std::fs::remove_dir_all(&missing);
    let _ = std::fs::remove_dir_all(&old);
}

/// A headless Chromium taking a screenshot on virtual time (`--virtual-time-budget`, as
/// `../shared/tools/screenshots` does) runs the page's clock ahead of the worker, whose
/// pictures would never reach the screenshot: the page sees its clock stand still while it
/// mounts and draws the plots itself. Chromium only (a command-line mode of Chromium's).
#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn a_screenshot_on_virtual_time_shows_plots_drawn_by_the_page() {
    if crate::support::Engine::current() != crate::support::Engine::Chromium {
        return;
    }
    let site = Site::dist();
    let profile = std::env::temp_dir().join(format!("scaling-virtual-time-{}", std::process::id()));
    let chrome = std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let out = std::process::Command::new(chrome)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,900", "--virtual-time-budget=8000"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(site.url("/?lang=en"))
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&out.stdout);
    let canvases: Vec<&str> = dom.split("<canvas").skip(1).map(|c| c.split('>').next().unwrap_or_default()).collect();
    assert!(canvases.len() >= 8, "{} canvases in:\n{}", canvases.len(), &dom[..dom.len().min(2000)]);
    for c in &canvases {
        // Drawn on the page: it sized the canvas itself (`width`), and the sequence number is
        // set at once (with the worker it waits for the worker's answer, which virtual time
        // outruns).
        assert!(c.contains(" width=\"") && c.contains("data-paint-seq=\""), "not drawn by the page: <canvas{c}>");
    }
    let _ = std::fs::remove_dir_all(&profile);
}
