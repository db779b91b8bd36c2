//! The "Emergence" section's controls and read-outs (issue 19; Schaeffer, Miranda, Koyejo
//! 2023): the answer length `k` (a slider with its value shown), the log accuracy axis switch
//! (`acc=log`), and per shown law your model's token accuracy and exact match.
//!
//! Hooks (fixed contract): `answer-slider` (value = k), `accuracy-log-toggle`,
//! `token-accuracy` and `exact-match` (each + `data-law`, raw fraction in `data-value`,
//! `{:e}`), `emergence-caveat`. Items follow the read-outs' rule: rendered once per primary law,
//! hidden (and without their hooks) while their law is not shown; a law without an irreducible
//! loss E (Kaplan) shows the reason instead of numbers.

use super::readouts::page_order;
use super::settled::settled;
use crate::i18n::{Key, Lang};
use crate::laws::{Accuracy, LawId};
use crate::numbers::{compact, format_accuracy};
use crate::state::bounds::ANSWER_TOKENS;
use crate::state::view::AccuracyAxis;
use crate::state::AppState;
use leptos::prelude::*;

/// The answer length slider and the axis switch.
#[component]
pub fn EmergenceControls(
    state: ReadSignal<AppState>,
    set_state: WriteSignal<AppState>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let k = settled(move || state.with(|s| s.answer_tokens));
    let log = settled(move || state.with(|s| s.view.accuracy_axis == AccuracyAxis::Log));
    let on_slide = move |ev: leptos::ev::Event| {
        if let Ok(v) = event_target_value(&ev).parse::<u32>() {
            let v = v.clamp(ANSWER_TOKENS.0, ANSWER_TOKENS.1);
            set_state.update(|s| s.answer_tokens = v);
        }
    };
    let toggle = move |_| {
        set_state.update(|s| {
            s.view.accuracy_axis =
                if s.view.accuracy_axis == AccuracyAxis::Log { AccuracyAxis::Linear } else { AccuracyAxis::Log }
        })
    };
    view! {
        <div class="emergence-controls">
            <div class="quantity">
                <label for="answer-slider-range">{move || lang.get().text(Key::AnswerLength)}</label>
                <input
                    id="answer-slider-range"
                    type="range"
                    data-testid="answer-slider"
                    min=ANSWER_TOKENS.0
                    max=ANSWER_TOKENS.1
                    step="1"
                    prop:value=move || k.get().to_string()
                    aria-valuetext=move || format!("k = {}", k.get())
                    on:input=on_slide
                />
                <span class="human" data-testid="answer-value">{move || format!("k = {}", k.get())}</span>
            </div>
            <label class="check">
                <input type="checkbox" data-testid="accuracy-log-toggle" prop:checked=move || log.get() on:change=toggle/>
                {move || lang.get().text(Key::LogAccuracyAxis)}
            </label>
        </div>
    }
}

/// One law's token accuracy and exact match for your model.
#[component]
fn AccuracyItem(id: LawId, state: Memo<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let shown = settled(move || state.with(|s| s.shows(id)));
    // Frozen while hidden; `None` for a law without E.
    let acc = Memo::new(move |prev: Option<&Option<Accuracy>>| match (shown.get(), prev) {
        (false, Some(prev)) => *prev,
        _ => state.with(|s| s.law_for(id).accuracy(s.n, s.d, s.answer_tokens)),
    });
    let k = settled(move || state.with(|s| s.answer_tokens));
    let token = Signal::derive(move || acc.get().map_or(f64::NAN, |a| a.token));
    let exact = Signal::derive(move || acc.get().map_or(f64::NAN, |a| a.exact_match));
    let has = Memo::new(move |_| acc.get().is_some());
    let hook = move |name: &'static str| move || (shown.get() && has.get()).then_some(name);
    let body = move || {
        if has.get() {
            view! {
                <span data-testid=hook("token-accuracy") data-law=id.as_str() data-value=move || format!("{:e}", token.get())>
                    {move || lang.get().text(Key::TokenAccuracy)}" "
                    <span class="value">{move || format_accuracy(token.get())}</span>
                </span>
                " · "
                <span data-testid=hook("exact-match") data-law=id.as_str() data-value=move || format!("{:e}", exact.get())>
                    {move || lang.get().fill(Key::ExactMatch, &[("k", &k.get().to_string())])}" "
                    <span class="value">{move || format_accuracy(exact.get())}</span>
                </span>
            }
            .into_any()
        } else {
            let reason = if id.has_loss() { Key::NoReducibleLoss } else { Key::NoLossReason };
            view! { <span class="reason">{move || lang.get().text(reason)}</span> }.into_any()
        }
    };
    view! {
        <li hidden=move || !shown.get() data-law=id.as_str()>
            <span class="law-name">{move || lang.get().text(Key::LawName(id))}": "</span>
            {body}
        </li>
    }
}

/// The section's read-outs: a heading naming your model and k, one line per shown law, and
/// the caveat that this is an illustrative model.
#[component]
pub fn EmergenceReadouts(state: Memo<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let primary = settled(move || state.with(|s| s.law));
    let heading = move || {
        let l = lang.get();
        state.with(|s| {
            l.fill(
                Key::EmergenceHeading,
                &[("n", &compact(l, s.n)), ("d", &compact(l, s.d)), ("k", &s.answer_tokens.to_string())],
            )
        })
    };
    view! {
        <div class="emergence-readouts" aria-live="polite">
            <h3>{heading}</h3>
            <ul class="user-losses">
                {move || page_order(primary.get()).map(|id| view! { <AccuracyItem id state lang/> }).collect_view()}
            </ul>
        </div>
    }
}
