//! Read-outs: the compute-optimal split for each shown law and "your model" under each law.
//! Stable hooks: `data-testid` + `data-law`, raw numbers in `data-value` (`{:e}`), human text
//! inside; plain text nodes only.

use crate::i18n::{Key, Lang};
use crate::laws::{format_loss, format_ratio, format_sci, LawId};
use crate::numbers::count;
use crate::state::AppState;
use leptos::prelude::*;

/// One number, updated in place: raw value in `data-value`, human text inside.
#[component]
fn Value(testid: &'static str, value: Signal<f64>, text: Signal<String>) -> impl IntoView {
    view! {
        <span class="value" data-testid=testid data-value=move || format!("{:e}", value.get())>
            {move || text.get()}
        </span>
    }
}

/// The optimum of one law at the budget; only its numbers change as the budget moves.
#[component]
fn OptimumCard(id: LawId, state: ReadSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let opt = Memo::new(move |_| state.with(|s| s.law_for(id).optimum(s.compute)));
    let n = Signal::derive(move || opt.get().n);
    let d = Signal::derive(move || opt.get().d);
    let tpp = Signal::derive(move || opt.get().tokens_per_param);
    let loss = Signal::derive(move || opt.get().loss);
    let t = move |key: Key| move || lang.get().text(key);
    view! {
        <div class="optimum" data-testid="optimum" data-law=id.as_str()>
            <h3>{t(Key::LawName(id))}</h3>
            <dl>
                <dt>{t(Key::OptimalParams)}</dt>
                <dd><Value testid="n-opt" value=n text=Signal::derive(move || count(lang.get(), n.get()))/></dd>
                <dt>{t(Key::OptimalTokens)}</dt>
                <dd><Value testid="d-opt" value=d text=Signal::derive(move || count(lang.get(), d.get()))/></dd>
                <dt>{t(Key::TokensPerParam)}</dt>
                <dd><Value testid="tokens-per-param" value=tpp text=Signal::derive(move || format_ratio(tpp.get()))/></dd>
                <dt>{t(Key::PredictedLoss)}</dt>
                <dd><Value testid="loss-opt" value=loss text=Signal::derive(move || format_loss(loss.get()))/></dd>
            </dl>
        </div>
    }
}

/// The optimum of every shown law at the budget, side by side. The cards are rebuilt only
/// when the set of laws changes (a plain list: no keyed diffing code for five cards).
#[component]
pub fn OptimumTable(state: ReadSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let laws = Memo::new(move |_| state.with(|s| s.shown_laws()));
    view! {
        <section class="optima" aria-live="polite">
            <h2>{move || lang.get().text(Key::Optimum)}" · "{move || format_sci(state.with(|s| s.compute))}" FLOPs"</h2>
            <div class="optimum-row">
                {move || laws.get().into_iter().map(|id| view! { <OptimumCard id state lang/> }).collect_view()}
            </div>
        </section>
    }
}

/// "Your model" under one law: its loss and the gap to the optimum of the same compute.
#[component]
fn UserLoss(id: LawId, state: ReadSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    // (loss, extra loss over the optimum of the same compute, the optimum's tokens per parameter)
    let numbers = Memo::new(move |_| {
        state.with(|s| {
            let law = s.law_for(id);
            let c = s.user_compute();
            let loss = law.loss(s.n, s.d);
            let opt = law.optimum(c);
            (loss, loss - law.iso_flop_loss(c, opt.n), opt.tokens_per_param)
        })
    });
    let detail = move || {
        let (_, extra, tpp) = numbers.get();
        let l = lang.get();
        let sign = if extra >= 0.0 { "+" } else { "−" };
        format!(
            " ({sign}{} {}; {}: {})",
            format_loss(extra.abs()),
            l.text(Key::ExtraLoss),
            l.text(Key::TokensPerParam),
            format_ratio(tpp)
        )
    };
    view! {
        <li>
            <span class="law-name">{move || lang.get().text(Key::LawName(id))}": "</span>
            <span class="value" data-testid="user-loss" data-law=id.as_str() data-value=move || format!("{:e}", numbers.get().0)>
                {move || format_loss(numbers.get().0)}
            </span>
            <span class="extra" data-testid="user-extra-loss" data-law=id.as_str() data-value=move || format!("{:e}", numbers.get().1)>
                {detail}
            </span>
        </li>
    }
}

/// "Your model": its compute and its loss under each shown law, with the gap to the optimum
/// of the same compute measured on the same loss surface.
#[component]
pub fn UserModel(state: ReadSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let laws = Memo::new(move |_| state.with(|s| s.shown_laws()));
    let compute = Memo::new(move |_| state.with(|s| s.user_compute()));
    let ratio = Memo::new(move |_| state.with(|s| s.d / s.n));
    let t = move |key: Key| move || lang.get().text(key);
    view! {
        <section class="user-model" data-testid="user-model" aria-live="polite">
            <p>
                {t(Key::YourCompute)}": "
                <span class="value" data-testid="user-compute" data-value=move || format!("{:e}", compute.get())>
                    {move || format_sci(compute.get())}" FLOPs"
                </span>
                " · "{t(Key::TokensPerParam)}": "
                <span class="value" data-testid="user-tokens-per-param" data-value=move || format!("{:e}", ratio.get())>
                    {move || format_ratio(ratio.get())}
                </span>
            </p>
            <h3>{t(Key::LossUnderLaws)}</h3>
            <ul class="user-losses">
                {move || laws.get().into_iter().map(|id| view! { <UserLoss id state lang/> }).collect_view()}
            </ul>
        </section>
    }
}
