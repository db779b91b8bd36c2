//! Issue 18, learning curves: the read-outs `gap-to-convergence` (your model) and
//! `gap-to-convergence-opt` (the budget's optimum) against L(N, D) − L(N, ∞) written out here
//! from the papers' formulas, through the URL and the budget slider; the plot painted when
//! scrolled to and repainted by a slider step; the hover read-out; `view=curves`, the section
//! link and the Korean section. Only WebDriver and standard DOM calls (the suite also runs in
//! Firefox).

use super::rel_close;
use super::support::{Browser, Site, Window};
use scaling_viz::i18n::{untranslated_words, Key, Lang};
use scaling_viz::laws::kaplan::{JOINT_ALPHA_D, JOINT_ALPHA_N, JOINT_D_C, JOINT_N_C};
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

/// L(N, D) − L(N, ∞) by hand: `B/D^β` for a parametric surface (Hoffmann et al. eq. 2), and
/// eq. 1.5 of Kaplan et al. minus its D → ∞ limit `(N_c/N)^α_N`.
fn gap(id: LawId, n: f64, d: f64) -> f64 {
    match Law::builtin(id).surface() {
        Some(c) => c.b / d.powf(c.beta),
        None => {
            let limit = (JOINT_N_C / n).powf(JOINT_ALPHA_N);
            ((JOINT_N_C / n).powf(JOINT_ALPHA_N / JOINT_ALPHA_D) + JOINT_D_C / d).powf(JOINT_ALPHA_D) - limit
        }
    }
}

/// The gap of the budget `c`'s optimum under law `id`.
fn optimum_gap(id: LawId, c: f64) -> f64 {
    let o = Law::builtin(id).optimum(c);
    gap(id, o.n, o.d)
}

async fn set_budget(b: &Browser, log10: u32) {
    b.js(&format!(
        r#"const s = document.querySelector('[data-testid="compute-slider"]');
           s.value = '{log10}'; s.dispatchEvent(new Event('input', {{ bubbles: true }}));"#
    ))
    .await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn gaps_to_convergence_follow_the_url_and_the_budget_and_the_plot_repaints() {
    let site = Site::dist();
    let laws = [LawId::Chinchilla2022, LawId::Kaplan2020, LawId::Epoch2024];
    let b = site
        .open(Window::Desktop(1440, 900), "/?law=chinchilla2022&compare=kaplan2020,epoch2024&n=8e9&d=1.5e13&c=5.76e23")
        .await;
    for id in laws {
        let (yours, opt) = (value(&b, "gap-to-convergence", id.as_str()).await, optimum_gap(id, 5.76e23));
        // Kaplan's difference by hand loses ~1e-12 to cancellation; the page's form does not.
        assert!(rel_close(yours, gap(id, 8e9, 15e12), 1e-9), "{id:?}: yours {yours}");
        assert!(rel_close(value(&b, "gap-to-convergence-opt", id.as_str()).await, opt, 1e-9), "{id:?}: optimum");
        assert!(yours > 0.0 && opt > 0.0);
    }
    // Chinchilla: 410.7 / (1.5e13)^0.28 = 0.0840 nats for your model.
    let yours = value(&b, "gap-to-convergence", "chinchilla2022").await;
    assert!((yours - 0.0843).abs() < 2e-3, "{yours}");

    // The plot paints when scrolled to, with ink.
    let (ink, colours) = super::scroll_to_plot(&b, "curves", "plot-curves").await;
    assert!(ink > 0.02 && colours > 5, "curves plot ink {ink}, {colours} colours");

    // A budget step: the optimum's gap follows, yours stays, the plot repaints (the highlight).
    let before = super::paint_seq(&b, "plot-curves").await;
    let pixels = b.js(r#"return document.querySelector('[data-testid="plot-curves"]').toDataURL()"#).await;
    set_budget(&b, 25).await;
    b.wait_for(r#"return location.search.includes('c=1e25')"#, "c=1e25 in the URL").await;
    let want = optimum_gap(LawId::Chinchilla2022, 1e25);
    b.wait_for(
        &format!(
            r#"const e = document.querySelector('[data-testid="gap-to-convergence-opt"][data-law="chinchilla2022"]');
               return Math.abs(Number(e.getAttribute('data-value')) / {want:e} - 1) < 1e-9;"#
        ),
        "the optimum's gap at 1e25",
    )
    .await;
    assert!(rel_close(value(&b, "gap-to-convergence", "chinchilla2022").await, yours, 1e-15));
    b.wait_for(
        &format!(r#"return Number(document.querySelector('[data-testid="plot-curves"]').dataset.paintSeq) > {before}"#),
        "repaint for the budget",
    )
    .await;
    let moved = b.js(r#"return document.querySelector('[data-testid="plot-curves"]').toDataURL()"#).await;
    assert_ne!(pixels, moved, "the budget line and the highlighted run did not move");

    // Hover in the middle of the plotting area: the run there with N, D, its loss and gap.
    let lines = b
        .js(r#"const c = document.querySelector('[data-testid="plot-curves"]');
               const k = c.width / c.getBoundingClientRect().width;
               const [l, t, r, bo] = c.dataset.area.split(',').map(Number).map(v => v / k);
               const rect = c.getBoundingClientRect();
               c.dispatchEvent(new MouseEvent('mousemove', {clientX: rect.left + (l + r) / 2, clientY: rect.top + (t + bo) / 2, bubbles: true}));
               return true;"#)
        .await;
    assert_eq!(lines, serde_json::json!(true));
    let read = b
        .wait_for(
            r#"const h = document.querySelector('#curves [data-testid="hover-readout"]');
               return h && Array.from(h.querySelectorAll('.hover-line')).map(l => l.textContent.trim());"#,
            "hover read-out",
        )
        .await;
    let text = read.to_string();
    assert!(text.contains("FLOPs") && text.contains("N = ") && text.contains("D = "), "{text}");
    assert!(text.contains("above its converged loss"), "{text}");

    // The repaint budget with the plot on screen: slider steps redraw only the moving parts
    // over the cached family (`data-painted`: ms of the last paint).
    let mut times = Vec::new();
    for (i, step) in [21, 22, 23, 24, 25, 26, 25, 24, 23, 22, 21, 22].into_iter().enumerate() {
        let before = super::paint_seq(&b, "plot-curves").await;
        set_budget(&b, step).await;
        b.wait_for(
            &format!(
                r#"return Number(document.querySelector('[data-testid="plot-curves"]').dataset.paintSeq) > {before}"#
            ),
            &format!("repaint {i}"),
        )
        .await;
        let t = b.js(r#"return Number(document.querySelector('[data-testid="plot-curves"]').dataset.painted)"#).await;
        times.push(t.as_f64().unwrap_or(f64::NAN));
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!("plot-curves repaint per slider step: median {median:.2} ms, all {times:?}");
    assert!(median < 30.0, "plot-curves repaints in {median} ms (median): {times:?}");
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn view_curves_shows_the_plot_alone_the_link_leads_to_the_section_and_korean_reads_korean() {
    let site = Site::dist();
    let b = site.open(Window::Desktop(1280, 900), "/?view=curves&law=epoch2024").await;
    let plots = b
        .js(r#"return Array.from(document.querySelectorAll('canvas[data-testid^="plot-"]')).map(c => c.dataset.testid)"#)
        .await;
    assert_eq!(plots, serde_json::json!(["plot-curves"]));
    let (ink, _) = super::wait_ink(&b, "plot-curves", 0.02).await;
    assert!(ink > 0.02, "ink {ink}");
    let g = value(&b, "gap-to-convergence", "epoch2024").await;
    assert!(rel_close(g, gap(LawId::Epoch2024, 280e9, 300e9), 1e-9), "{g}");

    b.goto("/").await;
    super::follow_section_link(&b, "curves").await;
    let caveat = b.js(r#"return document.querySelector('[data-testid="curves-caveat"]').textContent"#).await;
    assert!(caveat.as_str().unwrap_or_default().contains("final loss of a separate run"), "{caveat}");

    // Korean: the section reads Korean (law ids aside), and Kaplan has its numbers too.
    b.goto("/?lang=ko&theme=dark&compare=kaplan2020").await;
    let k = value(&b, "gap-to-convergence", "kaplan2020").await;
    assert!(rel_close(k, gap(LawId::Kaplan2020, 280e9, 300e9), 1e-9), "{k}");
    let section = b.js(r#"return document.getElementById('curves').innerText"#).await;
    let mut section = section.as_str().unwrap_or_default().to_owned();
    for id in LawId::IDS {
        section = section.replace(id, " ");
    }
    let words = untranslated_words(&section);
    assert!(words.is_empty(), "untranslated: {words:?}");
    assert!(section.contains(Lang::Ko.text(Key::SectionCurves)) && section.contains("nats 위"), "{section}");
    b.finish().await;
}
