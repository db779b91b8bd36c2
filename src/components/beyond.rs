//! The "Beyond compute-optimal" section's controls and read-outs: inference tokens (`inf`) and
//! unique tokens (`u`), each a switch, a slider and a typed box; your model's over-training
//! overhead (de Vries 2023), the cheapest model over training + inference (Sardana et al.
//! 2024) and the optimum under the data limit (Muennighoff et al. 2023), per shown law.
//!
//! Hooks (fixed contract): `user-overhead` (+`data-law`, `data-value` = overhead fraction, with
//! `k-n` inside), `inference-opt` (+`data-law`; `n-inf`, `d-inf`, `total-flops`, `saving`
//! inside), `data-limited` (+`data-law`; `n-dc`, `d-dc`, `epochs`, `d-effective`, `loss-dc`
//! inside), raw numbers in `data-value` (`{:e}`). Cards follow the read-outs' rule: rendered
//! once per primary law, hidden (and without their hook) while their law is not shown.

use super::controls::LogQuantity;
use super::readouts::page_order;
use super::settled::settled;
use crate::i18n::{Key, Lang};
use crate::laws::{Coefficients, LawId, Repetition};
use crate::numbers::{count, format_loss, format_percent, format_ratio, format_sci};
use crate::plots::scenes::{Beyond, LawBeyond};
use crate::state::bounds::{INFERENCE, UNIQUE};
use crate::state::quantity::QuantityKind;
use crate::state::AppState;
use leptos::prelude::*;

/// What a switched-on control starts from: Sardana et al.'s 2T inference tokens; a trillion
/// unique tokens (about the budget's compute-optimal data at the default budget's third).
const INFERENCE_START: f64 = 2e12;
const UNIQUE_START: f64 = 1e12;

/// One number, updated in place: raw value in `data-value` (`{:e}`), human text inside; no
/// `data-value` at all while there is no number (a hidden card, a law without an answer), so
/// the page never carries a NaN.
#[component]
fn Value(testid: &'static str, value: Signal<f64>, text: Signal<String>) -> impl IntoView {
    view! {
        <span
            class="value"
            data-testid=testid
            data-value=move || { let v = value.get(); v.is_finite().then(|| format!("{v:e}")) }
        >
            {move || text.get()}
        </span>
    }
}

/// One optional count: a switch, then the slider and typed box (which switch it on).
#[component]
fn OptionalCount(
    testid: &'static str,
    toggle_testid: &'static str,
    switch: Key,
    label: Key,
    off_text: Key,
    value: ReadSignal<Option<f64>>,
    on_set: Callback<Option<f64>>,
    range: (f64, f64),
    start: f64,
    lang: Signal<Lang>,
    /// Typing 0 switches it off (`inf=0` in a link means the same).
    #[prop(optional)]
    zero_is_off: bool,
) -> impl IntoView {
    // The slider shows the last value while the switch is off.
    let last = StoredValue::new(value.get_untracked().unwrap_or(start));
    let shown: Signal<f64> = Signal::derive(move || {
        if let Some(v) = value.get() {
            last.set_value(v);
        }
        last.get_value()
    });
    let human = Signal::derive(move || match value.get() {
        Some(v) => count(lang.get(), v),
        None => lang.get().text(off_text).to_string(),
    });
    view! {
        <div class="optional-count">
            <label class="check">
                <input
                    type="checkbox"
                    data-testid=toggle_testid
                    prop:checked=move || value.get().is_some()
                    on:change=move |_| on_set.run(if value.get_untracked().is_some() { None } else { Some(last.get_value()) })
                />
                {move || lang.get().text(switch)}
            </label>
            <LogQuantity
                testid
                label=Signal::derive(move || lang.get().text(label).to_string())
                value=shown
                on_set=Callback::new(move |x| on_set.run(Some(x)))
                kind=QuantityKind::Count
                slider=range
                typed=range
                human
                lang
                on_zero=zero_is_off.then(|| Callback::new(move |()| on_set.run(None)))
            />
        </div>
    }
}

/// The two inputs of the section.
#[component]
pub fn BeyondControls(
    state: ReadSignal<AppState>,
    set_state: WriteSignal<AppState>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let inference = settled(move || state.with(|s| s.inference));
    let unique = settled(move || state.with(|s| s.unique));
    view! {
        <div class="beyond-controls">
            <OptionalCount
                testid="inference-slider"
                toggle_testid="inference-toggle"
                switch=Key::InferenceOn
                label=Key::InferenceTokens
                off_text=Key::NoInference
                value=inference
                on_set=Callback::new(move |x| set_state.update(|s| s.inference = x))
                range=INFERENCE
                start=INFERENCE_START
                lang
                zero_is_off=true
            />
            <OptionalCount
                testid="unique-slider"
                toggle_testid="unique-toggle"
                switch=Key::UniqueOn
                label=Key::UniqueTokens
                off_text=Key::Unlimited
                value=unique
                on_set=Callback::new(move |x| set_state.update(|s| s.unique = x))
                range=UNIQUE
                start=UNIQUE_START
                lang
            />
        </div>
    }
}

/// Why a law has no answer here: no parametric surface, or an optimum that is not its minimum.
fn no_answer(state: &AppState, id: LawId) -> Option<Key> {
    let law = state.law_for(id);
    match (law.parametric(), law.surface()) {
        (Some(_), _) => None,
        (None, Some(_)) => Some(Key::SeparateOptimum),
        (None, None) => Some(Key::NoSurface),
    }
}

/// One law's over-training overhead for your model.
#[component]
fn OverheadItem(id: LawId, state: Memo<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let shown = settled(move || state.with(|s| s.shows(id)));
    // (overhead, k_N) or the reason there is none; frozen while hidden.
    let numbers = Memo::new(move |prev: Option<&Result<(f64, f64), Key>>| match (shown.get(), prev) {
        (false, Some(prev)) => *prev,
        _ => state.with(|s| match no_answer(s, id) {
            Some(reason) => Err(reason),
            None => s
                .law_for(id)
                .parametric()
                .and_then(|c| c.overhead_of(s.n, s.d))
                .map(|p| (p.overhead, p.k_n))
                .ok_or(Key::UnreachableShort),
        }),
    });
    let value = move || numbers.get().ok().map(|(o, _)| format!("{o:e}"));
    let k_value = Signal::derive(move || numbers.get().map_or(f64::NAN, |(_, k)| k));
    let body = move || match numbers.get() {
        Ok((o, _)) => view! {
            <span class="value">{format!("+{}", format_percent(o))}</span>
            " · "{move || lang.get().text(Key::SizeFraction)}" "
            <Value testid="k-n" value=k_value text=Signal::derive(move || format!("{}×", format_ratio(k_value.get())))/>
        }
        .into_any(),
        Err(reason) => view! { <span class="reason">{move || lang.get().text(reason)}</span> }.into_any(),
    };
    view! {
        <li
            hidden=move || !shown.get()
            data-testid=move || shown.get().then_some("user-overhead")
            data-law=id.as_str()
            data-value=value
        >
            <span class="law-name">{move || lang.get().text(Key::LawName(id))}": "</span>
            {body}
        </li>
    }
}

/// A card of one law's numbers under a heading, or "—" with the reason.
fn law_card(
    id: LawId,
    testid: &'static str,
    state: Memo<AppState>,
    lang: Signal<Lang>,
    active: Memo<bool>,
    rows: impl Fn() -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let shown = Memo::new(move |_| active.get() && state.with(|s| s.shows(id)));
    let reason = Memo::new(move |_| state.with(|s| no_answer(s, id)));
    view! {
        <div class="optimum" data-testid=move || shown.get().then_some(testid) data-law=id.as_str() hidden=move || !shown.get()>
            <h3>{move || lang.get().text(Key::LawName(id))}</h3>
            {move || match reason.get() {
                Some(r) => view! { <p class="reason">{move || lang.get().text(r)}</p> }.into_any(),
                None => rows(),
            }}
        </div>
    }
}

/// The inference-aware optimum of one law.
fn inference_card(
    id: LawId,
    state: Memo<AppState>,
    lang: Signal<Lang>,
    beyond: Memo<Beyond>,
    active: Memo<bool>,
) -> impl IntoView {
    let get = move |f: fn(&crate::laws::InferenceOptimum) -> f64| {
        Signal::derive(move || {
            beyond.with(|b| b.get(id).and_then(|l: &LawBeyond| l.inference).map_or(f64::NAN, |i| f(&i)))
        })
    };
    let (n, d, total, saving) = (get(|i| i.n), get(|i| i.d), get(|i| i.total_flops), get(|i| i.saving));
    let t = move |key: Key| move || lang.get().text(key);
    law_card(id, "inference-opt", state, lang, active, move || {
        view! {
            <dl>
                <dt>{t(Key::Params)}</dt>
                <dd><Value testid="n-inf" value=n text=Signal::derive(move || count(lang.get(), n.get()))/></dd>
                <dt>{t(Key::TrainTokens)}</dt>
                <dd><Value testid="d-inf" value=d text=Signal::derive(move || count(lang.get(), d.get()))/></dd>
                <dt>{t(Key::TotalFlops)}</dt>
                <dd><Value testid="total-flops" value=total text=Signal::derive(move || format_sci(total.get()))/></dd>
                <dt>{t(Key::Saving)}</dt>
                <dd><Value testid="saving" value=saving text=Signal::derive(move || format_percent(saving.get()))/></dd>
            </dl>
        }
        .into_any()
    })
}

/// The data-limited optimum of one law.
fn limited_card(
    id: LawId,
    state: Memo<AppState>,
    lang: Signal<Lang>,
    beyond: Memo<Beyond>,
    active: Memo<bool>,
) -> impl IntoView {
    let get = move |f: fn(&crate::laws::DataLimitedOptimum) -> f64| {
        Signal::derive(move || beyond.with(|b| b.get(id).and_then(|l| l.limited).map_or(f64::NAN, |o| f(&o))))
    };
    let (n, d, epochs) = (get(|o| o.n), get(|o| o.d), get(|o| o.epochs));
    let (d_eff, loss) = (get(|o| o.d_effective), get(|o| o.loss));
    let t = move |key: Key| move || lang.get().text(key);
    law_card(id, "data-limited", state, lang, active, move || {
        view! {
            <dl>
                <dt>{t(Key::Params)}</dt>
                <dd><Value testid="n-dc" value=n text=Signal::derive(move || count(lang.get(), n.get()))/></dd>
                <dt>{t(Key::TokensWithRepeats)}</dt>
                <dd><Value testid="d-dc" value=d text=Signal::derive(move || count(lang.get(), d.get()))/></dd>
                <dt>{t(Key::Epochs)}</dt>
                <dd><Value testid="epochs" value=epochs text=Signal::derive(move || format_ratio(epochs.get()))/></dd>
                <dt>{t(Key::EffectiveData)}</dt>
                <dd><Value testid="d-effective" value=d_eff text=Signal::derive(move || count(lang.get(), d_eff.get()))/></dd>
                <dt>{t(Key::LimitedLoss)}</dt>
                <dd><Value testid="loss-dc" value=loss text=Signal::derive(move || format_loss(loss.get()))/></dd>
            </dl>
        }
        .into_any()
    })
}

/// The section's read-outs: overhead of your model, the inference-aware and the data-limited
/// optima of every shown law, with the notes on transferred constants and Sardana's example.
#[component]
pub fn BeyondReadouts(state: Memo<AppState>, lang: Signal<Lang>, beyond: Memo<Beyond>) -> impl IntoView {
    let primary = settled(move || state.with(|s| s.law));
    let inference = settled(move || state.with(|s| s.inference));
    let unique = settled(move || state.with(|s| s.unique));
    let inf_on = Memo::new(move |_| inference.get().is_some());
    let u_on = Memo::new(move |_| unique.get().is_some());
    let t = move |key: Key| move || lang.get().text(key);
    // The laws that get Muennighoff et al.'s constants without having been fitted with them.
    let transferred = Memo::new(move |_| {
        beyond.with(|b| b.laws.iter().filter(|l| l.transferred).map(|l| l.id).collect::<Vec<LawId>>())
    });
    let transfer_text = move || {
        let l = lang.get();
        let names: Vec<&str> = transferred.get().into_iter().map(|id| l.text(Key::LawName(id))).collect();
        let rep = Repetition::MUENNIGHOFF;
        l.fill(
            Key::TransferNote,
            &[("laws", &names.join(", ")), ("rd", &format!("{}", rep.rd_star)), ("rn", &format!("{}", rep.rn_star))],
        )
    };
    // Sardana et al.'s example on the page's rounded Chinchilla coefficients, computed.
    let sardana = move || {
        let l = lang.get();
        match Coefficients::CHINCHILLA.sardana_example() {
            Some(o) => l.fill(
                Key::SardanaNote,
                &[("n", &count(l, o.n)), ("d", &count(l, o.d)), ("s", &format_percent(o.saving))],
            ),
            None => String::new(),
        }
    };
    let inf_heading = move || {
        let l = lang.get();
        l.fill(Key::InferenceHeading, &[("inf", &count(l, inference.get().unwrap_or(f64::NAN)))])
    };
    let u_heading = move || {
        let l = lang.get();
        l.fill(Key::DataLimitedHeading, &[("u", &count(l, unique.get().unwrap_or(f64::NAN)))])
    };
    let overhead_explain = move || lang.get().fill(Key::OverheadExplain, &[("e", "L = E + A/N^α + B/D^β")]);
    view! {
        <div class="beyond-readouts" aria-live="polite">
            <h3>{t(Key::OverheadHeading)}</h3>
            <p class="caveat">{overhead_explain}</p>
            <ul class="user-losses">
                {move || page_order(primary.get()).map(|id| view! { <OverheadItem id state lang/> }).collect_view()}
            </ul>
            <h3 hidden=move || !inf_on.get()>{inf_heading}</h3>
            <p class="caveat">{move || lang.get().text(if inf_on.get() { Key::InferenceExplain } else { Key::InferenceOff })}</p>
            <div class="optimum-row">
                {move || page_order(primary.get()).map(|id| inference_card(id, state, lang, beyond, inf_on)).collect_view()}
            </div>
            <p class="caveat" data-testid="sardana-note" hidden=move || !inf_on.get()>{sardana}</p>
            <h3 hidden=move || !u_on.get()>{u_heading}</h3>
            <p class="caveat">{move || lang.get().text(if u_on.get() { Key::DataLimitedExplain } else { Key::DataLimitedOff })}</p>
            <div class="optimum-row">
                {move || page_order(primary.get()).map(|id| limited_card(id, state, lang, beyond, u_on)).collect_view()}
            </div>
            <p class="caveat" data-testid="transfer-note" hidden=move || transferred.with(Vec::is_empty)>{transfer_text}</p>
        </div>
    }
}
