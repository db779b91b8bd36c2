//! Issue 21, the training-run planner: the URL keys `hw`, `peak`, `mfu`, `chips`, `price`,
//! `pue` and the controls drive the `plan` read-outs (checked against the laws layer's
//! `Setup::plan`), the reported runs follow the MFU, DeepSeek's law reads "—" for loss with
//! its N* = M*/6, bad values are named in the notice in English and Korean. Only WebDriver
//! and standard DOM calls (the suite also runs in Firefox).

use super::rel_close;
use super::support::{Browser, Site, Window};
use scaling_viz::famous_models::famous_model;
use scaling_viz::i18n::{untranslated_words, Key, Lang};
use scaling_viz::laws::planning::{chip_hours, Plan, Setup};
use scaling_viz::laws::{Law, LawId};

/// `data-value` of the element `css` once it has one.
async fn value(b: &Browser, css: &str) -> f64 {
    let script = format!(
        r#"const e = document.querySelector('{css}');
           return e && e.hasAttribute('data-value') ? e.getAttribute('data-value') : null;"#
    );
    let v = b.wait_for(&script, css).await;
    v.as_str().and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("{css}: {v}"))
}

fn hook(target: &str, name: &str) -> String {
    format!(r#"[data-testid="plan"][data-target="{target}"] [data-testid="{name}"]"#)
}

/// Waits until `css`'s `data-value` is `expected` (relative 1e-12).
async fn wait_value(b: &Browser, css: &str, expected: f64) {
    let script = format!(
        r#"const e = document.querySelector('{css}');
           return !!e && Math.abs(Number(e.getAttribute('data-value')) / {expected:e} - 1) < 1e-12;"#
    );
    b.wait_for(&script, &format!("{css} = {expected:e}")).await;
}

/// Every number of one `plan` card against the laws layer's plan.
async fn check_plan(b: &Browser, target: &str, want: &Plan) {
    let pairs = [
        ("chip-hours", want.chip_hours),
        ("wall-days", want.wall_days),
        ("cost", want.cost),
        ("inference-per-mtok", want.inference_chip_seconds),
        ("batch-tokens", want.batch_tokens),
        ("learning-rate", want.learning_rate),
        ("steps", want.steps),
        ("critical-batch", want.critical_batch),
    ];
    for (name, expected) in pairs {
        let got = value(b, &hook(target, name)).await;
        assert!(rel_close(got, expected, 1e-12), "{target} {name}: {got:e} vs {expected:e}");
    }
    match want.energy_mwh {
        Some(e) => assert!(rel_close(value(b, &hook(target, "energy-mwh")).await, e, 1e-12), "{target} energy"),
        None => {
            let has = b
                .js(&format!(
                    "return document.querySelector('{}').hasAttribute('data-value')",
                    hook(target, "energy-mwh")
                ))
                .await;
            assert_eq!(has, serde_json::json!(false), "{target}: no energy without a board power");
        }
    }
}

async fn url_param(b: &Browser, key: &str) -> Option<String> {
    b.js(&format!("return new URLSearchParams(location.search).get('{key}')")).await.as_str().map(str::to_owned)
}

async fn notice(b: &Browser) -> String {
    let v = b.js(r#"return document.querySelector('[data-testid="notice"]')?.textContent || ''"#).await;
    v.as_str().unwrap_or_default().to_owned()
}

/// Sets a text box and fires `change`, as typing and leaving it does.
async fn type_into(b: &Browser, testid: &str, text: &str) {
    b.js(&format!(
        r#"const e = document.querySelector('[data-testid="{testid}"]');
           e.value = {text:?}; e.dispatchEvent(new Event('change', {{ bubbles: true }}));"#
    ))
    .await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn the_url_keys_and_the_controls_drive_the_plans() {
    let site = Site::dist();
    let b = site
        .open(
            Window::Desktop(1440, 900),
            "/?law=chinchilla2022&compare=deepseek2024&c=1e24&n=7e10&d=1.4e12&hw=a100&mfu=0.5&chips=2048&price=1.5&pue=1.1",
        )
        .await;
    let law = Law::builtin(LawId::Chinchilla2022);
    let opt = law.optimum(1e24);
    let setup = Setup { peak: 312e12, mfu: 0.5, chips: 2048.0, price: 1.5, power: Some(400.0), pue: 1.1 };
    check_plan(&b, "optimum", &setup.plan(opt.n, opt.d)).await;
    check_plan(&b, "user", &setup.plan(7e10, 1.4e12)).await;

    // DeepSeek's law: N* = M*/6 labelled so, the loss "—" with its reason, no number.
    let ds = Law::builtin(LawId::DeepSeek2024).optimum(1e24);
    let n = value(&b, r#"[data-testid="optimum"][data-law="deepseek2024"] [data-testid="n-opt"]"#).await;
    assert!(rel_close(n, ds.n, 1e-12), "{n:e} vs {:e}", ds.n);
    let card = b
        .js(r#"const c = document.querySelector('[data-testid="optimum"][data-law="deepseek2024"]');
               const l = c.querySelector('[data-testid="loss-opt"]');
               return [c.textContent, l.hasAttribute('data-value'), l.textContent]"#)
        .await;
    assert!(card[0].as_str().unwrap_or_default().contains("M*/6"), "{card}");
    assert_eq!(card[1], serde_json::json!(false));
    assert!(card[2].as_str().unwrap_or_default().contains("no loss surface"), "{card}");
    let user_loss = b
        .js(r#"const e = document.querySelector('[data-testid="user-loss"][data-law="deepseek2024"]');
               return [e.hasAttribute('data-value'), e.textContent]"#)
        .await;
    assert_eq!(user_loss[0], serde_json::json!(false), "{user_loss}");
    // It is not offered as the primary law.
    let options = b.js(r#"return Array.from(document.querySelectorAll('#law-select option')).map(o => o.value)"#).await;
    assert!(!options.as_array().expect("options").iter().any(|o| o == "deepseek2024"), "{options}");

    // Hardware: TPU v4 has no published board power: no energy number; the URL follows. The
    // planner's controls are used where they are, on screen (a section scrolled away keeps
    // its read-outs until it comes back: checked at the end).
    b.js("document.getElementById('planner').scrollIntoView()").await;
    b.js(r#"const s = document.querySelector('[data-testid="hw-select"]');
            s.value = 'tpu-v4'; s.dispatchEvent(new Event('change', { bubbles: true }));"#)
        .await;
    let tpu = Setup { peak: 275e12, power: None, ..setup };
    wait_value(&b, &hook("user", "chip-hours"), tpu.plan(7e10, 1.4e12).chip_hours).await;
    check_plan(&b, "user", &tpu.plan(7e10, 1.4e12)).await;
    b.wait_for(r#"return new URLSearchParams(location.search).get('hw') === 'tpu-v4'"#, "hw=tpu-v4").await;

    // The MFU slider (in %): 25 % doubles the time of 50 %.
    b.js(r#"const s = document.querySelector('[data-testid="mfu-slider"]');
            s.value = '25'; s.dispatchEvent(new Event('input', { bubbles: true }));"#)
        .await;
    let slow = Setup { mfu: 0.25, ..tpu };
    wait_value(&b, &hook("user", "chip-hours"), slow.plan(7e10, 1.4e12).chip_hours).await;
    b.wait_for(r#"return new URLSearchParams(location.search).get('mfu') === '2.5e-1'"#, "mfu in the URL").await;
    // The reported runs follow the MFU: PaLM's estimate at 25 % on TPU v4.
    let palm = famous_model("palm").expect("palm").compute();
    wait_value(
        &b,
        r#"[data-testid="reported-run"][data-model="palm"] [data-testid="run-estimate"]"#,
        chip_hours(palm, 275e12, 0.25),
    )
    .await;
    let implied = value(&b, r#"[data-testid="reported-run"][data-model="palm"] [data-testid="run-implied-mfu"]"#).await;
    assert!(rel_close(implied, 0.3037, 2e-3), "PaLM's implied MFU {implied}");

    // Typed values, in the page's own forms: 46.2 %, 16K chips, a price in euros.
    type_into(&b, "mfu-typed", "46.2%").await;
    type_into(&b, "chips-typed", "16K").await;
    type_into(&b, "price-typed", "€2.5").await;
    type_into(&b, "pue-typed", "1.3").await;
    let typed = Setup { mfu: 0.462, chips: 16_000.0, price: 2.5, pue: 1.3, ..tpu };
    wait_value(&b, &hook("user", "cost"), typed.plan(7e10, 1.4e12).cost).await;
    check_plan(&b, "user", &typed.plan(7e10, 1.4e12)).await;
    let cost_text = b.js(&format!("return document.querySelector('{}').textContent", hook("user", "cost"))).await;
    assert!(cost_text.as_str().unwrap_or_default().starts_with('€'), "{cost_text}");
    b.wait_for(r#"return new URLSearchParams(location.search).get('chips') === '16000'"#, "chips in the URL").await;
    assert_eq!(url_param(&b, "price").await.as_deref(), Some("€2.5e0"));
    // The field shows "46.2 %": a bare number is read as a percentage, as shown.
    type_into(&b, "mfu-typed", "33").await;
    b.wait_for(r#"return new URLSearchParams(location.search).get('mfu') === '3.3e-1'"#, "mfu=33 read as 33 %").await;
    type_into(&b, "mfu-typed", "46.2").await;
    b.wait_for(r#"return new URLSearchParams(location.search).get('mfu') === '4.62e-1'"#, "mfu=46.2 read as 46.2 %")
        .await;
    // A bad typed value says why and changes nothing.
    type_into(&b, "mfu-typed", "400").await;
    let error = b.wait_for(
        r#"const t = document.querySelector('[data-testid="mfu-error"]').textContent; return t.length > 0 ? t : null"#,
        "mfu error",
    )
    .await;
    assert!(error.as_str().unwrap_or_default().contains("fraction"), "{error}");
    assert_eq!(url_param(&b, "mfu").await.as_deref(), Some("4.62e-1"));
    // The budget slider moves the optimum's plan, text only.
    b.js(r#"const s = document.querySelector('[data-testid="compute-slider"]');
            s.value = '23'; s.dispatchEvent(new Event('input', { bubbles: true }));"#)
        .await;
    let o = law.optimum(1e23);
    wait_value(&b, &hook("optimum", "chip-hours"), typed.plan(o.n, o.d).chip_hours).await;

    // Scrolled away, the planner keeps its numbers while the budget moves (a slider step
    // costs only what is on screen), and catches up when it comes back into view.
    b.js("scrollTo(0, 0)").await;
    b.wait_for(r#"return document.getElementById('planner').dataset.onScreen === 'false'"#, "the planner off screen")
        .await;
    super::step_budget_and_wait_for_plot_n(&b, "24").await;
    let kept = value(&b, &hook("optimum", "chip-hours")).await;
    assert!(rel_close(kept, typed.plan(o.n, o.d).chip_hours, 1e-12), "the planner off screen changed: {kept:e}");
    b.js("document.getElementById('planner').scrollIntoView()").await;
    let o = law.optimum(1e24);
    wait_value(&b, &hook("optimum", "chip-hours"), typed.plan(o.n, o.d).chip_hours).await;
    check_plan(&b, "optimum", &typed.plan(o.n, o.d)).await;
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the release build and chromedriver: run scripts/test"]
async fn bad_planner_keys_are_named_in_the_notice_in_both_languages() {
    let site = Site::dist();
    let b = site
        .open(Window::Desktop(1280, 900), "/?hw=tpu&mfu=400&chips=2.5&price=abc&pue=9&law=deepseek2024&peak=1e9")
        .await;
    let text = notice(&b).await;
    for pair in ["hw=tpu", "mfu=400", "chips=2.5", "price=abc", "pue=9", "law=deepseek2024", "peak=1e9"] {
        assert!(text.contains(pair), "{pair}: {text}");
    }
    assert!(text.contains("fraction from 1 % to 100 %") && text.contains("no loss surface"), "{text}");
    // The defaults apply: H100, 40 %, 1,024 chips, $2, PUE 1.2; DeepSeek joins the comparison.
    let default = Setup { peak: 989e12, mfu: 0.4, chips: 1024.0, price: 2.0, power: Some(700.0), pue: 1.2 };
    check_plan(&b, "user", &default.plan(280e9, 300e9)).await;
    value(&b, r#"[data-testid="optimum"][data-law="deepseek2024"] [data-testid="n-opt"]"#).await;

    b.goto("/?lang=ko&mfu=400&chips=0&compare=deepseek2024").await;
    let text = notice(&b).await;
    assert!(text.contains("mfu=400") && text.contains("사이의 비율"), "{text}");
    assert!(text.contains("chips=0") && text.contains("사이의 정수"), "{text}");
    // Korean counts in 억/조/만; no untranslated words in the planner section.
    let plan = default.plan(280e9, 300e9);
    value(&b, &hook("user", "chip-hours")).await;
    let hours = b.js(&format!("return document.querySelector('{}').textContent", hook("user", "chip-hours"))).await;
    let hours = hours.as_str().unwrap_or_default().to_owned();
    assert!(plan.chip_hours > 1e4 && plan.chip_hours < 1e8 && hours.ends_with('만'), "{hours}");
    // Paper titles in citations stay as published; formulas are symbols (Firefox's innerText
    // runs a subscript into its base: "Bcrit").
    let section = b
        .js(r#"const s = document.getElementById('planner');
               const skip = Array.from(s.querySelectorAll('.citation, math'));
               skip.forEach(e => e.setAttribute('hidden', ''));
               const t = s.innerText;
               skip.forEach(e => e.removeAttribute('hidden'));
               return t"#)
        .await;
    let mut section = section.as_str().unwrap_or_default().to_owned();
    for id in LawId::IDS {
        section = section.replace(id, " ");
    }
    let words = untranslated_words(&section);
    assert!(words.is_empty(), "untranslated: {words:?}");
    assert!(section.contains(Lang::Ko.text(Key::SectionPlanner)) && section.contains("칩-시간"));
    b.finish().await;
}
