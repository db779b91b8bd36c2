//! The training-run planner (issue 21): hardware, MFU, chips, price and PUE; for the budget's
//! compute-optimal model of the primary law and for "your model", chip-hours, wall-clock days,
//! cost, energy, inference per 1M tokens, batch size, learning rate and steps; the check
//! against reported training runs; DeepSeek's allocation law explained.
//!
//! Hooks (fixed contract): `plan` (+`data-target` = `optimum` | `user`) containing
//! `chip-hours`, `wall-days`, `cost`, `energy-mwh`, `inference-per-mtok` (chip-seconds; FLOPs
//! in `data-flops`), `batch-tokens`, `learning-rate`, `steps` (and `critical-batch`), raw
//! numbers in `data-value` (`{:e}`; no `data-value` where there is no number: the energy of a
//! chip without published power). Controls: `hw-select`, `peak-typed`, `mfu-slider` (value in
//! %), `mfu-typed`, `chips-typed`, `price-typed`, `pue-typed`, each typed box with its
//! `-error`. Reported runs: `reported-run` (+`data-model`) with `run-estimate`,
//! `run-reported`, `run-implied-mfu`. Every number is a memo of the budget, the model, the
//! hardware and the MFU: a slider step updates text nodes only.

use super::explain::law_description;
use super::formula;
use super::readouts::Value;
use super::settled::settled;
use crate::famous_models::{famous_model, TRAINING_RUNS};
use crate::i18n::{Key, Lang};
use crate::laws::planning::{chip_hours, implied_mfu, Doc, Hardware, Plan, Setup};
use crate::laws::{Law, LawId};
use crate::numbers::{compact, count, format_percent, format_ratio, format_sci, grouped};
use crate::state::bounds::{MFU, PEAK, PRICE, PUE};
use crate::state::quantity::{check_range, parse_price, parse_quantity, QuantityError, QuantityKind};
use crate::state::query::{whole_count, Reason};
use crate::state::{AppState, PlanSettings};
use leptos::html;
use leptos::prelude::*;

/// A positive amount as the read-outs print it: [`format_ratio`] below 10⁴ ("16.4", "214"),
/// the page's count format above ("12.3K", "1.23만").
fn amount(lang: Lang, x: f64) -> String {
    if x < 1e4 {
        format_ratio(x)
    } else {
        compact(lang, x)
    }
}

/// A chip's name in the picker.
fn hardware_name(lang: Lang, h: Hardware) -> String {
    match h.spec() {
        Some(s) => s.name.to_string(),
        None => lang.text(Key::HardwareCustom).to_string(),
    }
}

/// "989 TFLOP/s BF16 dense per chip, 700 W board power (TDP) (NVIDIA H100 SXM datasheet)".
pub fn hardware_spec_text(lang: Lang, h: Hardware) -> String {
    let Some(spec) = h.spec() else { return lang.text(Key::CustomPeakNote).to_string() };
    let power = match spec.power {
        Some(w) => lang.fill(Key::BoardPower, &[("w", &format!("{w}"))]),
        None => lang.text(Key::BoardPowerUnknown).to_string(),
    };
    let doc = match spec.doc {
        Doc::Datasheet(name) => lang.fill(Key::DocDatasheet, &[("name", name)]),
        Doc::Documentation(name) => lang.fill(Key::DocDocumentation, &[("name", name)]),
    };
    lang.fill(
        Key::HardwareSpec,
        &[("peak", &format_sci(spec.peak)), ("precision", spec.precision), ("power", &power), ("doc", &doc)],
    )
}

/// A text box for one planner setting: shows `shown`, hands typed text to `apply`, which
/// returns the message to show when it refuses it.
#[component]
fn Typed(
    testid: &'static str,
    label: Key,
    shown: Signal<String>,
    apply: Callback<String, Option<String>>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let (error, set_error) = signal(None::<String>);
    let id = format!("{testid}-input");
    let error_id = format!("{testid}-error-text");
    view! {
        <div class="planner-field">
            <label for=id.clone()>{move || lang.get().text(label)}</label>
            <input
                id=id
                class="typed"
                class:invalid=move || error.with(Option::is_some)
                type="text"
                spellcheck="false"
                data-testid=format!("{testid}-typed")
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=error_id.clone()
                prop:value=move || shown.get()
                on:change=move |ev| set_error.set(apply.run(event_target_value(&ev)))
            />
            <span class="error" id=error_id data-testid=format!("{testid}-error") role="alert">
                {move || error.get()}
            </span>
        </div>
    }
}

/// The planner's inputs.
#[component]
fn PlannerControls(state: Memo<AppState>, set_state: WriteSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let plan = settled(move || state.with(|s| s.plan));
    let hardware = Memo::new(move |_| plan.get().hardware);
    let set = move |f: Box<dyn FnOnce(&mut PlanSettings)>| set_state.update(|s| f(&mut s.plan));
    let options = move || {
        Hardware::ALL
            .into_iter()
            .map(|h| {
                view! {
                    <option value=h.as_str() selected=move || hardware.get() == h>
                        {move || hardware_name(lang.get(), h)}
                    </option>
                }
            })
            .collect_view()
    };
    let quantity = move |text: &str, kind: QuantityKind, (min, max): (f64, f64)| {
        parse_quantity(text, kind)
            .and_then(|x| check_range(x, min, max))
            .map_err(|e| lang.get_untracked().plain_quantity_error(&e))
    };
    let apply_peak = Callback::new(move |text: String| match quantity(&text, QuantityKind::Count, PEAK) {
        Ok(x) => {
            set(Box::new(move |p| p.custom_peak = x));
            None
        }
        Err(e) => Some(e),
    });
    let fraction_error = Reason::Fraction { min: MFU.0, max: MFU.1 };
    // An empty field or text that is no number at all says so, not the field's range.
    let not_a_number = move |text: &str, kind: QuantityKind| match parse_quantity(text, kind) {
        Err(e @ (QuantityError::Empty | QuantityError::NotANumber(_))) => {
            Some(lang.get_untracked().plain_quantity_error(&e))
        }
        _ => None,
    };
    let apply_mfu = Callback::new(move |text: String| {
        match parse_quantity(&text, QuantityKind::Fraction).ok().filter(|x| (MFU.0..=MFU.1).contains(x)) {
            Some(x) => {
                set(Box::new(move |p| p.mfu = x));
                None
            }
            None => Some(
                not_a_number(&text, QuantityKind::Fraction)
                    .unwrap_or_else(|| lang.get_untracked().field_reason("mfu", &fraction_error)),
            ),
        }
    });
    let apply_chips = Callback::new(move |text: String| match whole_count(&text, crate::state::bounds::CHIPS) {
        Some(x) => {
            set(Box::new(move |p| p.chips = x));
            None
        }
        None => Some(not_a_number(&text, QuantityKind::Count).unwrap_or_else(|| {
            let (min, max) = crate::state::bounds::CHIPS;
            lang.get_untracked().field_reason("chips", &Reason::WholeNumber { min, max })
        })),
    });
    let apply_price = Callback::new(move |text: String| {
        match parse_price(&text).and_then(|(x, c)| check_range(x, PRICE.0, PRICE.1).map(|x| (x, c))) {
            Ok((x, c)) => {
                set(Box::new(move |p| {
                    p.price = x;
                    p.currency = c;
                }));
                None
            }
            Err(e) => Some(lang.get_untracked().plain_quantity_error(&e)),
        }
    });
    let apply_pue = Callback::new(move |text: String| match quantity(&text, QuantityKind::Count, PUE) {
        Ok(x) => {
            set(Box::new(move |p| p.pue = x));
            None
        }
        Err(e) => Some(e),
    });
    let mfu_percent = Memo::new(move |_| (plan.get().mfu * 100.0).round());
    view! {
        <div class="planner-controls">
            <div class="planner-field">
                <label for="hw-select">{move || lang.get().text(Key::Hardware)}</label>
                <select
                    id="hw-select"
                    data-testid="hw-select"
                    on:change=move |ev| {
                        if let Some(h) = Hardware::parse(&event_target_value(&ev)) {
                            set(Box::new(move |p| p.hardware = h));
                        }
                    }
                >
                    {options}
                </select>
                <p class="hw-spec" data-testid="hw-spec">{move || hardware_spec_text(lang.get(), hardware.get())}</p>
            </div>
            <div hidden=move || hardware.get() != Hardware::Custom>
                <Typed
                    testid="peak"
                    label=Key::PeakPerChip
                    shown=Signal::derive(move || format!("{:e}", plan.get().custom_peak))
                    apply=apply_peak
                    lang
                />
            </div>
            <div class="planner-field">
                <label for="mfu-range">{move || lang.get().text(Key::MfuLabel)}</label>
                <input
                    id="mfu-range"
                    type="range"
                    data-testid="mfu-slider"
                    min=MFU.0 * 100.0
                    max=MFU.1 * 100.0
                    step="1"
                    prop:value=move || mfu_percent.get().to_string()
                    aria-valuetext=move || format_percent(plan.get().mfu)
                    on:input=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                            let x = (v / 100.0).clamp(MFU.0, MFU.1);
                            set(Box::new(move |p| p.mfu = x));
                        }
                    }
                />
            </div>
            <Typed testid="mfu" label=Key::MfuLabel shown=Signal::derive(move || format_percent(plan.get().mfu)) apply=apply_mfu lang/>
            <Typed testid="chips" label=Key::ChipsLabel shown=Signal::derive(move || plan.get().chips.to_string()) apply=apply_chips lang/>
            <Typed
                testid="price"
                label=Key::PriceLabel
                shown=Signal::derive(move || {
                    let p = plan.get();
                    format!("{}{}", p.currency.symbol(), p.price)
                })
                apply=apply_price
                lang
            />
            <Typed testid="pue" label=Key::PueLabel shown=Signal::derive(move || format!("{}", plan.get().pue)) apply=apply_pue lang/>
        </div>
    }
}

/// One model's plan: the numbers of [`Setup::plan`], each a text node with its hook.
#[component]
fn PlanCard(
    target: &'static str,
    heading: Signal<String>,
    plan: Memo<Plan>,
    settings: ReadSignal<PlanSettings>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let t = move |key: Key| move || lang.get().text(key);
    let get = move |f: fn(&Plan) -> f64| Signal::derive(move || f(&plan.get()));
    let hours = get(|p| p.chip_hours);
    let days = get(|p| p.wall_days);
    let cost = get(|p| p.cost);
    let batch = get(|p| p.batch_tokens);
    let lr = get(|p| p.learning_rate);
    let steps = get(|p| p.steps);
    let critical = get(|p| p.critical_batch);
    let money = move |x: f64| settings.with(|s| s.money(lang.get(), x));
    let energy = Memo::new(move |_| plan.get().energy_mwh);
    let inference = move || {
        let p = plan.get();
        lang.get().fill(
            Key::InferenceValue,
            &[
                ("flops", &format_sci(p.inference_flops)),
                ("s", &amount(lang.get(), p.inference_chip_seconds)),
                ("cost", &money(p.inference_cost)),
            ],
        )
    };
    let tokens = move |x: f64| lang.get().fill(Key::TokensValue, &[("x", &compact(lang.get(), x))]);
    let chips = move || grouped(u64::from(settings.with(|s| s.chips)));
    view! {
        <div class="optimum plan" data-testid="plan" data-target=target>
            <h3>{move || heading.get()}</h3>
            <dl>
                <dt>{t(Key::ChipHours)}</dt>
                <dd><Value testid="chip-hours" value=hours text=Signal::derive(move || compact(lang.get(), hours.get()))/></dd>
                <dt>{move || lang.get().fill(Key::WallDays, &[("chips", &chips())])}</dt>
                <dd>
                    <Value
                        testid="wall-days"
                        value=days
                        text=Signal::derive(move || lang.get().fill(Key::DaysValue, &[("x", &amount(lang.get(), days.get()))]))
                    />
                </dd>
                <dt>{t(Key::CostLabel)}</dt>
                <dd><Value testid="cost" value=cost text=Signal::derive(move || money(cost.get()))/></dd>
                <dt>{t(Key::EnergyLabel)}</dt>
                <dd>
                    <span
                        class="value"
                        data-testid="energy-mwh"
                        data-value=move || energy.get().map(|e| format!("{e:e}"))
                    >
                        {move || match energy.get() {
                            Some(e) => amount(lang.get(), e),
                            None => lang.get().text(Key::NoBoardPower).to_string(),
                        }}
                    </span>
                </dd>
                <dt>{t(Key::InferenceLabel)}</dt>
                <dd>
                    <span
                        class="value"
                        data-testid="inference-per-mtok"
                        data-value=move || format!("{:e}", plan.get().inference_chip_seconds)
                        data-flops=move || format!("{:e}", plan.get().inference_flops)
                    >
                        {inference}
                    </span>
                </dd>
                <dt>{t(Key::BatchLabel)}</dt>
                <dd><Value testid="batch-tokens" value=batch text=Signal::derive(move || tokens(batch.get()))/></dd>
                <dt>{t(Key::LearningRateLabel)}</dt>
                <dd><Value testid="learning-rate" value=lr text=Signal::derive(move || format_sci(lr.get()))/></dd>
                <dt>{t(Key::StepsLabel)}</dt>
                <dd><Value testid="steps" value=steps text=Signal::derive(move || compact(lang.get(), steps.get()))/></dd>
                <dt>{t(Key::CriticalBatchLabel)}</dt>
                <dd><Value testid="critical-batch" value=critical text=Signal::derive(move || tokens(critical.get()))/></dd>
            </dl>
        </div>
    }
}

/// The famous runs with published hardware: the planner's chip-hours at the page's MFU next to
/// the reported ones, and the MFU the report implies.
#[component]
fn ReportedRuns(mfu: Memo<f64>, lang: Signal<Lang>) -> impl IntoView {
    let rows = TRAINING_RUNS
        .iter()
        .filter_map(|run| famous_model(run.model).map(|m| (run, m)))
        .map(|(run, m)| {
            let peak = run.hardware.spec().map_or(f64::NAN, |s| s.peak);
            let c = m.compute();
            let estimate = Signal::derive(move || chip_hours(c, peak, mfu.get()));
            let reported = run.chip_hours;
            let implied = reported.map(|h| implied_mfu(c, h, peak));
            let note = move || {
                let l = lang.get();
                let pct = |x: f64| format_percent(x);
                let (lo, hi) = run.mfu.unwrap_or((f64::NAN, f64::NAN));
                let text = l.fill(run.note, &[("mfu", &pct(lo)), ("l0", pct(lo).trim_end_matches(" %")), ("l1", &pct(hi))]);
                format!("{text} — {}", l.cite(&run.cite))
            };
            view! {
                <tr data-testid="reported-run" data-model=run.model>
                    <td>{m.name}<br/><small>{move || format!("C = 6ND = {} FLOPs", format_sci(c))}</small></td>
                    <td data-label=move || lang.get().text(Key::Hardware)>{move || hardware_name(lang.get(), run.hardware)}</td>
                    <td data-label=move || lang.get().text(Key::RunReported)>
                        <span class="value" data-testid="run-reported" data-value=reported.map(|h| format!("{h:e}"))>
                            {move || match reported {
                                Some(h) => compact(lang.get(), h),
                                None => lang.get().text(Key::NotReported).to_string(),
                            }}
                        </span>
                    </td>
                    <td data-label=move || lang.get().fill(Key::RunEstimate, &[("mfu", &format_percent(mfu.get()))])>
                        <Value testid="run-estimate" value=estimate text=Signal::derive(move || compact(lang.get(), estimate.get()))/>
                    </td>
                    <td data-label=move || lang.get().text(Key::RunImplied)>
                        <span class="value" data-testid="run-implied-mfu" data-value=implied.map(|x| format!("{x:e}"))>
                            {implied.map_or_else(|| "—".to_string(), format_percent)}
                        </span>
                    </td>
                    <td class="run-note" data-label=move || lang.get().text(Key::Source)>{note}</td>
                </tr>
            }
        })
        .collect_view();
    let t = move |key: Key| move || lang.get().text(key);
    view! {
        <div class="reported-runs">
            <h3>{t(Key::RunsHeading)}</h3>
            <p class="intro">{t(Key::RunsIntro)}</p>
            <table>
                <thead>
                    <tr>
                        <th>{t(Key::RunModel)}</th>
                        <th>{t(Key::Hardware)}</th>
                        <th>{t(Key::RunReported)}</th>
                        <th>{move || lang.get().fill(Key::RunEstimate, &[("mfu", &format_percent(mfu.get()))])}</th>
                        <th>{t(Key::RunImplied)}</th>
                        <th>{t(Key::Source)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// DeepSeek's allocation law: why its model scale is FLOPs per token, its formulas and source.
#[component]
fn DeepSeekLaw(lang: Signal<Lang>) -> impl IntoView {
    let law = Law::builtin(LawId::DeepSeek2024);
    let formula_box: NodeRef<html::Div> = NodeRef::new();
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(container) = formula_box.get() {
            formula::render(&container, &law, l);
        }
    });
    let cite = law.citation();
    view! {
        <div class="deepseek-law" data-testid="deepseek-law">
            <h3>{move || lang.get().text(Key::DeepSeekHeading)}</h3>
            <div class="formula" node_ref=formula_box></div>
            <p class="description">{move || law_description(lang.get(), &law)}</p>
            <p class="citation">
                {move || lang.get().text(Key::Source)}": "{move || lang.get().authors(&cite)}" ("{cite.year.to_string()}"), “"{cite.title}"”, "
                <a href=cite.arxiv_url() rel="noopener">{format!("arXiv:{}", cite.arxiv)}</a>
                {move || format!(", {}", lang.get().citation_source(&cite))}
            </p>
        </div>
    }
}

/// The planner section's body: controls, the two plans, notes, formulas, runs, DeepSeek's law.
#[component]
pub fn Planner(state: Memo<AppState>, set_state: WriteSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let settings = settled(move || state.with(|s| s.plan));
    let setup = Memo::new(move |_| settings.get().setup());
    let mfu = Memo::new(move |_| settings.get().mfu);
    // The primary law's optimum at the budget, and your model: (N, D).
    let optimum = Memo::new(move |_| {
        state.with(|s| {
            let o = s.law_for(s.law).optimum(s.compute);
            (o.n, o.d)
        })
    });
    let user = Memo::new(move |_| state.with(|s| (s.n, s.d)));
    let primary = settled(move || state.with(|s| s.law));
    let plan_of = move |nd: Memo<(f64, f64)>| {
        Memo::new(move |_| {
            let (n, d) = nd.get();
            setup.with(|s: &Setup| s.plan(n, d))
        })
    };
    let optimum_plan = plan_of(optimum);
    let user_plan = plan_of(user);
    let optimum_heading = Signal::derive(move || {
        let l = lang.get();
        let (n, d) = optimum.get();
        l.fill(
            Key::PlanOptimumHeading,
            &[("law", l.text(Key::LawName(primary.get()))), ("n", &count(l, n)), ("d", &count(l, d))],
        )
    });
    let user_heading = Signal::derive(move || {
        let l = lang.get();
        let (n, d) = user.get();
        l.fill(Key::PlanUserHeading, &[("n", &count(l, n)), ("d", &count(l, d))])
    });
    let formula_box: NodeRef<html::Div> = NodeRef::new();
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(container) = formula_box.get() {
            formula::render_blocks(&container, formula::planner_blocks(), l);
        }
    });
    let t = move |key: Key| move || lang.get().text(key);
    let mfu_note = move || {
        let pct = format_percent;
        let (l0, l1) = crate::famous_models::LLAMA3_MFU;
        lang.get().fill(
            Key::MfuNote,
            &[("palm", &pct(crate::famous_models::PALM_MFU)), ("l0", pct(l0).trim_end_matches(" %")), ("l1", &pct(l1))],
        )
    };
    let assumptions = move || {
        let d = PlanSettings::default();
        lang.get()
            .fill(Key::PlannerAssumptions, &[("price", &d.money(lang.get(), d.price)), ("pue", &format!("{}", d.pue))])
    };
    view! {
        <PlannerControls state set_state lang/>
        <p class="caveat" data-testid="mfu-note">{mfu_note}</p>
        <div class="optimum-row">
            <PlanCard target="optimum" heading=optimum_heading plan=optimum_plan settings lang/>
            <PlanCard target="user" heading=user_heading plan=user_plan settings lang/>
        </div>
        <p class="caveat" data-testid="planner-assumptions">{assumptions}</p>
        <p class="caveat" data-testid="hyper-note">{t(Key::HyperNote)}</p>
        <div class="formula" data-testid="planner-formulas" node_ref=formula_box></div>
        <ReportedRuns mfu lang/>
        <DeepSeekLaw lang/>
    }
}
