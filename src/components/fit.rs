//! The "Fit your own runs" section (issue 20): paste or open a table of runs, fit Approach 3
//! (and Approach 2) in the page, bootstrap it, and let the fitted law `fit` join the plots and
//! read-outs. The fit and the bootstrap run in slices between frames (each slice at most
//! [`SLICE_MS`] of work, measured with `performance.now`), so the sliders stay responsive
//! without a worker.
//!
//! Hooks (fixed contract): section `#fit` (`fit`), `fit-input`, `fit-file`, `fit-run`,
//! `fit-load-example`, `fit-exclude`, `fit-messages`, `fit-result` (raw `data-e`, `data-a`,
//! `data-b`, `data-alpha`, `data-beta` in `{:e}`, `data-points`, `data-approach2-a`,
//! `data-ms`), `fit-progress`, `fit-bootstrap`, `fit-intervals` (`data-done`),
//! `fit-interval-optimum`, `fit-remove`. The section carries `data-longest-slice` (ms): the
//! longest slice of fitting or resampling work done in one frame.

use super::dom::now_ms;
use super::settled::settled;
use super::visible::{seen, while_seen};
use crate::i18n::{coefficient_symbol, Key, Lang};
use crate::laws::fit::approach2::{GroupSkip, MIN_GROUPS};
use crate::laws::fit::{
    approach2, without_highest_losses, Approach2, Approach3Fit, Approach3Job, BootstrapJob, HuberObjective, Interval,
    Progress, Run,
};
use crate::laws::{CoeffError, Coefficients};
use crate::numbers::{compact, format_sci, trim_zeros};
use crate::plots::scenes::RunsOverlay;
use crate::state::runs::{parse_runs, RunError};
use crate::state::AppState;
use leptos::html;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

/// Work per frame at most, ms.
pub const SLICE_MS: f64 = 8.0;
/// Of which kept for updating the page once per frame, ms.
const SHOW_MS: f64 = 2.0;
/// Objective evaluations between two clock reads (about 0.3 ms on 240 runs).
const STEP_EVALS: usize = 20;
/// The example's file, relative to the page (copied into `dist/` by Trunk, cached by the
/// service worker with every other file of the build).
const EXAMPLE_URL: &str = "chinchilla-figure4-epoch.csv";
/// The single-file page carries the example in a `<template>` with this id.
const EXAMPLE_TEMPLATE: &str = "fit-example-data";
/// Seed of the bootstrap's resampling (fixed: the same runs give the same intervals).
const BOOTSTRAP_SEED: u64 = 20;

/// One message of the list, worded when shown (so it follows the language).
#[derive(Clone, Debug, PartialEq)]
enum Message {
    Run(RunError),
    More(usize),
    Invalid(CoeffError),
    Failed,
    File,
    Example,
}

impl Lang {
    fn fit_message(self, m: &Message) -> String {
        match m {
            Message::Run(e) => self.run_error(e),
            Message::More(n) => self.fill(Key::RunMoreErrors, &[("count", &n.to_string())]),
            Message::Invalid(e) => self.fill(
                Key::FitInvalid,
                &[
                    ("field", coefficient_symbol(e.field)),
                    ("problem", &self.reason(e.field, &crate::state::query::Reason::Coefficient(e.problem))),
                ],
            ),
            Message::Failed => self.text(Key::FitFailed).to_string(),
            Message::File => self.text(Key::RunFileError).to_string(),
            Message::Example => self.text(Key::RunExampleError).to_string(),
        }
    }
}

/// The fitted runs and Approach 2's groups, shared with plots N and D (a context that `App`
/// provides and the fit section sets when a fit of runs finishes).
#[derive(Clone, Copy)]
pub struct FitRuns(pub RwSignal<Option<RunsOverlay>>);

/// Calls `f` with the fitted runs, if any (read with or without tracking the signal).
pub fn with_fit_runs<T>(runs: Option<FitRuns>, tracked: bool, f: impl FnOnce(Option<&RunsOverlay>) -> T) -> T {
    match runs {
        Some(FitRuns(s)) if tracked => s.with(|o| f(o.as_ref())),
        Some(FitRuns(s)) => s.with_untracked(|o| f(o.as_ref())),
        None => f(None),
    }
}

/// A finished fit of the page's runs.
#[derive(Clone, Debug, PartialEq)]
struct Outcome {
    fit: Approach3Fit,
    approach2: Approach2,
    /// Work time of the fit (the sum of its slices), ms.
    ms: f64,
    runs: Vec<Run>,
}

/// Bootstrap progress and samples.
#[derive(Clone, Debug, PartialEq, Default)]
struct Boot {
    done: usize,
    total: usize,
    samples: Vec<Coefficients>,
    running: bool,
}

/// E, α, β to 4 decimals, A and B to 1 (trailing zeros dropped).
fn coeff_text(field: &str, x: f64) -> String {
    let text = if matches!(field, "A" | "B") { format!("{x:.1}") } else { format!("{x:.4}") };
    trim_zeros(&text).to_string()
}

fn interval_text(i: &Interval, field: &str) -> String {
    format!("{} … {}", coeff_text(field, i.low), coeff_text(field, i.high))
}

/// Runs `work` in each animation frame until it returns `true`, for at most [`SLICE_MS`] a frame
/// minus [`SHOW_MS`] kept for `show` (which puts the progress on the page once per frame),
/// recording the longest frame's work, `show` included, in `longest`.
fn run_in_slices(
    work: impl FnMut() -> bool + 'static,
    show: impl Fn() + 'static,
    longest: RwSignal<f64>,
    on_done: impl FnOnce() + 'static,
) {
    let on_done = Rc::new(RefCell::new(Some(on_done)));
    fn frame(
        work: Rc<RefCell<dyn FnMut() -> bool>>,
        show: Rc<dyn Fn()>,
        longest: RwSignal<f64>,
        on_done: Rc<RefCell<Option<impl FnOnce() + 'static>>>,
    ) {
        request_animation_frame(move || {
            let start = now_ms();
            let mut done = false;
            while !done && now_ms() - start < SLICE_MS - SHOW_MS {
                done = (work.borrow_mut())();
            }
            show();
            let took = now_ms() - start;
            if took > longest.get_untracked() {
                longest.set(took);
            }
            if done {
                if let Some(f) = on_done.borrow_mut().take() {
                    f();
                }
            } else {
                frame(work, show, longest, on_done);
            }
        });
    }
    let work: Rc<RefCell<dyn FnMut() -> bool>> = Rc::new(RefCell::new(work));
    frame(work, Rc::new(show), longest, on_done);
}

#[component]
pub fn FitSection(state: ReadSignal<AppState>, set_state: WriteSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let exclude = RwSignal::new(false);
    let messages = RwSignal::new(Vec::<Message>::new());
    let outcome = RwSignal::new(None::<Outcome>);
    let progress = RwSignal::new(None::<f64>);
    let boot = RwSignal::new(Boot::default());
    let longest = RwSignal::new(0.0f64);
    // Bumped by every new fit, so slices of an older fit or bootstrap stop.
    let generation = RwSignal::new(0u32);
    // Plots N and D draw the fitted runs (App provides the signal).
    let shared_runs = use_context::<FitRuns>();

    let start_fit = move || {
        let parsed = parse_runs(&text.get_untracked());
        let mut list: Vec<Message> = parsed.errors.iter().cloned().map(Message::Run).collect();
        if parsed.more_errors > 0 {
            list.push(Message::More(parsed.more_errors));
        }
        messages.set(list);
        if !parsed.can_fit() {
            // The results on screen were for other data: they go, with any job still running
            // for them and their runs on plots N and D (the fitted law stays in the state and
            // the link until the user removes it).
            generation.update(|g| *g += 1);
            progress.set(None);
            outcome.set(None);
            boot.set(Boot::default());
            if let Some(FitRuns(shared)) = shared_runs {
                shared.set(None);
            }
            return;
        }
        let runs = if exclude.get_untracked() { without_highest_losses(&parsed.runs, 5) } else { parsed.runs };
        generation.update(|g| *g += 1);
        let this = generation.get_untracked();
        boot.set(Boot::default());
        progress.set(Some(0.0));
        let job = Rc::new(RefCell::new(Approach3Job::new(&runs)));
        let spent = Rc::new(RefCell::new(0.0f64));
        let (job2, job3, spent2) = (job.clone(), job.clone(), spent.clone());
        run_in_slices(
            move || {
                if generation.get_untracked() != this {
                    return true;
                }
                let t = now_ms();
                let p = job2.borrow_mut().advance(STEP_EVALS);
                *spent2.borrow_mut() += now_ms() - t;
                p == Progress::Done
            },
            move || {
                if let Progress::Running(x) = job3.borrow().progress() {
                    progress.set(Some(x));
                }
            },
            longest,
            move || {
                if generation.get_untracked() != this {
                    return;
                }
                progress.set(None);
                let result = job.borrow().result();
                let Some(fit) = result else {
                    messages.update(|m| m.push(Message::Failed));
                    return;
                };
                let ms = *spent.borrow();
                let groups = approach2(&runs);
                if let Some(FitRuns(shared)) = shared_runs {
                    shared.set(Some(RunsOverlay {
                        coefficients: fit.coefficients,
                        runs: runs.clone(),
                        groups: groups.groups.clone(),
                    }));
                }
                outcome.set(Some(Outcome { fit, approach2: groups, ms, runs }));
                match fit.coefficients.validate() {
                    Ok(()) => set_state.update(|s| s.set_fit(Some(fit.coefficients))),
                    Err(errors) => {
                        messages.update(|m| m.extend(errors.into_iter().map(Message::Invalid)));
                        set_state.update(|s| s.set_fit(None));
                    }
                }
            },
        );
    };

    let start_bootstrap = move || {
        let Some(o) = outcome.get_untracked() else { return };
        let this = generation.get_untracked();
        let total = BootstrapJob::DEFAULT_RESAMPLES;
        let job =
            Rc::new(RefCell::new(BootstrapJob::new(HuberObjective::new(&o.runs), o.fit.params, total, BOOTSTRAP_SEED)));
        boot.set(Boot { done: 0, total, samples: Vec::new(), running: true });
        let job2 = job.clone();
        run_in_slices(
            move || generation.get_untracked() != this || job2.borrow_mut().advance(STEP_EVALS) == Progress::Done,
            move || {
                let j = job.borrow();
                if j.done() != boot.with_untracked(|b| b.done) {
                    let (done, samples) = (j.done(), j.samples().to_vec());
                    boot.update(|b| {
                        b.done = done;
                        b.samples = samples;
                    });
                }
            },
            longest,
            move || {
                if generation.get_untracked() == this {
                    boot.update(|b| b.running = false);
                }
            },
        );
    };

    let load_example = move || {
        let from_page = document()
            .get_element_by_id(EXAMPLE_TEMPLATE)
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTemplateElement>(el).ok())
            .and_then(|t| t.content().text_content());
        if let Some(csv) = from_page {
            text.set(csv.trim().to_string());
            exclude.set(true);
            start_fit();
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            match fetch_text(EXAMPLE_URL).await {
                Some(csv) => {
                    text.set(csv);
                    exclude.set(true);
                    start_fit();
                }
                None => messages.set(vec![Message::Example]),
            }
        });
    };

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        // Read only what the parser reads (and a byte more, so it can say it cut).
        let blob: web_sys::Blob = match file.slice_with_f64_and_f64(0.0, (crate::state::runs::MAX_BYTES + 1) as f64) {
            Ok(b) => b,
            Err(_) => file.into(),
        };
        wasm_bindgen_futures::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(blob.text()).await.ok().and_then(|v| v.as_string()) {
                Some(t) => {
                    text.set(t);
                    start_fit();
                }
                None => messages.set(vec![Message::File]),
            }
        });
    };

    let fit_coeffs = settled(move || state.with(|s| s.fit));
    let result_view = move || {
        let c = fit_coeffs.get()?;
        let l = lang.get();
        let o = outcome.get();
        let local = o.as_ref().filter(|o| o.fit.coefficients == c);
        let raw = |f: &str| format!("{:e}", c.get(f).unwrap_or_default());
        let a2 = local.and_then(|o| o.approach2.fit).map(|(n, _)| format!("{:e}", n.exponent));
        let text = match local {
            Some(o) => l.fill(
                Key::FitResult,
                &[
                    ("points", &o.fit.runs.to_string()),
                    ("e", &coeff_text("E", c.e)),
                    ("a", &coeff_text("A", c.a)),
                    ("b", &coeff_text("B", c.b)),
                    ("alpha", &coeff_text("alpha", c.alpha)),
                    ("beta", &coeff_text("beta", c.beta)),
                    ("objective", &format_sci(o.fit.objective)),
                    ("ms", &format!("{:.0}", o.ms)),
                ],
            ),
            None => format!(
                "{} E = {}, A = {}, B = {}, α = {}, β = {}",
                l.text(Key::FitFromLink),
                coeff_text("E", c.e),
                coeff_text("A", c.a),
                coeff_text("B", c.b),
                coeff_text("alpha", c.alpha),
                coeff_text("beta", c.beta)
            ),
        };
        let vs_epoch = {
            let diffs: Vec<String> = Coefficients::FIELDS
                .iter()
                .map(|f| {
                    let (got, want) = (c.get(f).unwrap_or_default(), Coefficients::EPOCH.get(f).unwrap_or(1.0));
                    // A minus sign (−), not a hyphen.
                    format!("{} {:+.2} %", coefficient_symbol(f), 100.0 * (got - want) / want).replacen('-', "−", 1)
                })
                .collect();
            l.fill(Key::FitVsEpoch, &[("diffs", &diffs.join(", "))])
        };
        let approach2_view = local.map(|o| approach2_text(l, &o.approach2));
        Some(view! {
            <div
                class="fit-result"
                data-testid="fit-result"
                data-e=raw("E")
                data-a=raw("A")
                data-b=raw("B")
                data-alpha=raw("alpha")
                data-beta=raw("beta")
                data-points=local.map(|o| o.fit.runs.to_string())
                data-approach2-a=a2
                data-ms=local.map(|o| format!("{:e}", o.ms))
            >
                <p>{text}</p>
                <p class="note">{vs_epoch}</p>
                {approach2_view}
            </div>
        })
    };

    // N*, D* intervals at the budget: only this line follows the slider (the block around it is
    // built again only when the resamples or the language change), and only while the section
    // is on or near the screen.
    let section_ref = NodeRef::<html::Section>::new();
    let budget_seen = seen(section_ref);
    let budget = while_seen(budget_seen, move || state.with(|s| s.compute));
    let optimum = Memo::new(move |_| {
        let budget = budget.get();
        let l = lang.get();
        boot.with(|b| {
            if b.total == 0 {
                return None;
            }
            BootstrapJob::from_samples(b.samples.clone()).optimum_intervals(budget).map(|(n, d)| {
                l.fill(
                    Key::FitIntervalOptimum,
                    &[
                        ("compute", &format_sci(budget)),
                        ("n_low", &compact(l, n.low)),
                        ("n_high", &compact(l, n.high)),
                        ("d_low", &compact(l, d.low)),
                        ("d_high", &compact(l, d.high)),
                    ],
                )
            })
        })
    });
    let intervals_view = move || {
        let b = boot.get();
        if b.total == 0 {
            return None;
        }
        let l = lang.get();
        let probe = BootstrapJob::from_samples(b.samples.clone());
        let rows = probe.intervals().map(|iv| {
            let fields = [("E", iv.e), ("A", iv.a), ("B", iv.b), ("alpha", iv.alpha), ("beta", iv.beta)];
            fields.map(|(f, i)| format!("{} {}", coefficient_symbol(f), interval_text(&i, f))).join(", ")
        });
        let status = if b.running {
            l.fill(Key::FitBootstrapRunning, &[("done", &b.done.to_string()), ("total", &b.total.to_string())])
        } else {
            l.fill(Key::FitIntervals, &[("done", &b.done.to_string())])
        };
        Some(view! {
            <div class="fit-intervals" data-testid="fit-intervals" data-done=b.done.to_string() data-running=b.running.to_string()>
                <progress max=b.total.to_string() value=b.done.to_string()></progress>
                <p>{status}</p>
                <p>{rows}</p>
                <p data-testid="fit-interval-optimum">{move || optimum.get()}</p>
            </div>
        })
    };

    view! {
        <section class="fit" id="fit" data-testid="fit" node_ref=section_ref data-on-screen=move || if budget_seen.get() { "true" } else { "false" } data-longest-slice=move || format!("{:e}", longest.get())>
            <h2>{move || lang.get().text(Key::SectionFit)}</h2>
            <p class="intro">{move || lang.get().text(Key::FitIntro)}</p>
            <label class="fit-input">
                {move || lang.get().text(Key::FitInputLabel)}
                <textarea
                    data-testid="fit-input"
                    rows="8"
                    spellcheck="false"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
            </label>
            <div class="fit-actions">
                <label class="fit-file">
                    {move || lang.get().text(Key::FitFile)}
                    " "
                    <input type="file" accept=".csv,.tsv,text/csv,text/tab-separated-values,text/plain" data-testid="fit-file" on:change=on_file/>
                </label>
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="fit-exclude"
                        prop:checked=move || exclude.get()
                        on:change=move |ev| exclude.set(event_target_checked(&ev))
                    />
                    {move || lang.get().text(Key::FitExclude)}
                </label>
                <button type="button" data-testid="fit-run" on:click=move |_| start_fit()>
                    {move || lang.get().text(Key::FitRun)}
                </button>
                <button type="button" data-testid="fit-load-example" on:click=move |_| load_example()>
                    {move || lang.get().text(Key::FitLoadExample)}
                </button>
            </div>
            <p class="note">{move || lang.get().text(Key::FitExampleSource)}</p>
            <ul class="fit-messages" data-testid="fit-messages" role="status">
                {move || {
                    let l = lang.get();
                    messages.get().iter().map(|m| view! { <li>{l.fit_message(m)}</li> }).collect_view()
                }}
            </ul>
            {move || progress.get().map(|p| view! {
                <p data-testid="fit-progress">
                    <progress max="1" value=p.to_string()></progress>
                    " "
                    {lang.get().fill(Key::FitRunning, &[("percent", &format!("{:.0} %", 100.0 * p))])}
                </p>
            })}
            {result_view}
            <div class="fit-actions" hidden=move || outcome.with(|o| o.is_none()) && fit_coeffs.get().is_none()>
                <button
                    type="button"
                    data-testid="fit-bootstrap"
                    disabled=move || outcome.with(|o| o.is_none()) || boot.with(|b| b.running)
                    on:click=move |_| start_bootstrap()
                >
                    {move || lang.get().fill(Key::FitBootstrap, &[("count", &BootstrapJob::DEFAULT_RESAMPLES.to_string())])}
                </button>
                <button
                    type="button"
                    data-testid="fit-remove"
                    on:click=move |_| {
                        generation.update(|g| *g += 1);
                        outcome.set(None);
                        boot.set(Boot::default());
                        set_state.update(|s| s.set_fit(None));
                    }
                >
                    {move || lang.get().text(Key::FitRemove)}
                </button>
            </div>
            {intervals_view}
        </section>
    }
}

/// Approach 2's line: the exponents, or why there are none; and the skipped groups.
fn approach2_text(l: Lang, a: &Approach2) -> impl IntoView {
    let head = match a.fit {
        Some((n, d)) => l.fill(
            Key::FitApproach2,
            &[
                ("a", &format!("{:.3}", n.exponent)),
                ("b", &format!("{:.3}", d.exponent)),
                ("groups", &a.groups.len().to_string()),
            ],
        ),
        None => l.fill(
            Key::FitApproach2TooFew,
            &[("groups", &a.groups.len().to_string()), ("needed", &MIN_GROUPS.to_string())],
        ),
    };
    let skipped: Vec<String> = a
        .skipped
        .iter()
        .take(12)
        .map(|s| {
            let c = format_sci(s.compute());
            match s {
                GroupSkip::TooFewSizes { sizes, .. } => {
                    l.fill(Key::FitGroupSizes, &[("compute", &c), ("sizes", &sizes.to_string())])
                }
                GroupSkip::NotConvex { .. } => l.fill(Key::FitGroupConvex, &[("compute", &c)]),
                GroupSkip::MinimumOutside { .. } => l.fill(Key::FitGroupOutside, &[("compute", &c)]),
            }
        })
        .collect();
    let more = a.skipped.len().saturating_sub(12);
    let skipped_head =
        (!a.skipped.is_empty()).then(|| l.fill(Key::FitSkippedGroups, &[("count", &a.skipped.len().to_string())]));
    view! {
        <p data-testid="fit-approach2">{head}</p>
        <details hidden=a.skipped.is_empty()>
            <summary>{skipped_head}</summary>
            <ul>
                {skipped.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                {(more > 0).then(|| view! { <li>{l.fill(Key::RunMoreErrors, &[("count", &more.to_string())])}</li> })}
            </ul>
        </details>
    }
}

/// The text at a same-origin relative URL, or `None`.
async fn fetch_text(url: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let response = wasm_bindgen_futures::JsFuture::from(window().fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
