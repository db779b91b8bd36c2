//! Read-outs: the compute-optimal split for each shown law and "your model" under each law.
//! Stable hooks: `data-testid` + `data-law`, raw numbers in `data-value` (`{:e}`), human text
//! inside; plain text nodes only.

use crate::i18n::{Key, Lang};
use crate::laws::{format_loss, format_ratio, format_sci, LawId};
use crate::numbers::count;
use crate::state::AppState;
use leptos::prelude::*;

/// One number: raw value in `data-value`, human text inside.
#[component]
fn Value(testid: &'static str, value: f64, text: String) -> impl IntoView {
    view! { <span class="value" data-testid=testid data-value=format!("{value:e}")>{text}</span> }
}

/// The optimum of every shown law at the budget, side by side.
#[component]
pub fn OptimumTable(state: ReadSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let rows = move || {
        let s = state.get();
        let l = lang.get();
        s.shown_laws()
            .into_iter()
            .map(|id| {
                let opt = s.law_for(id).optimum(s.compute);
                view! {
                    <div class="optimum" data-testid="optimum" data-law=id.as_str()>
                        <h3>{l.text(Key::LawName(id))}</h3>
                        <dl>
                            <dt>{l.text(Key::OptimalParams)}</dt>
                            <dd><Value testid="n-opt" value=opt.n text=count(l, opt.n)/></dd>
                            <dt>{l.text(Key::OptimalTokens)}</dt>
                            <dd><Value testid="d-opt" value=opt.d text=count(l, opt.d)/></dd>
                            <dt>{l.text(Key::TokensPerParam)}</dt>
                            <dd><Value testid="tokens-per-param" value=opt.tokens_per_param text=format_ratio(opt.tokens_per_param)/></dd>
                            <dt>{l.text(Key::PredictedLoss)}</dt>
                            <dd><Value testid="loss-opt" value=opt.loss text=format_loss(opt.loss)/></dd>
                        </dl>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <section class="optima" aria-live="polite">
            <h2>{move || lang.get().text(Key::Optimum)}" · "{move || format_sci(state.with(|s| s.compute))}" FLOPs"</h2>
            <div class="optimum-row">{rows}</div>
        </section>
    }
}

/// "Your model": its compute and its loss under each shown law, with the gap to the optimum
/// of the same compute measured on the same loss surface.
#[component]
pub fn UserModel(state: ReadSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let body = move || {
        let s = state.get();
        let l = lang.get();
        let c = s.user_compute();
        let ratio = s.d / s.n;
        let laws = s
            .shown_laws()
            .into_iter()
            .map(|id: LawId| {
                let law = s.law_for(id);
                let loss = law.loss(s.n, s.d);
                let opt = law.optimum(c);
                let extra = loss - law.iso_flop_loss(c, opt.n);
                view! {
                    <li>
                        <span class="law-name">{l.text(Key::LawName(id))}": "</span>
                        <span class="value" data-testid="user-loss" data-law=id.as_str() data-value=format!("{loss:e}")>
                            {format_loss(loss)}
                        </span>
                        <span class="extra" data-testid="user-extra-loss" data-law=id.as_str() data-value=format!("{extra:e}")>
                            {format!(" ({}{} {}; ", if extra >= 0.0 { "+" } else { "−" }, format_loss(extra.abs()), l.text(Key::ExtraLoss))}
                            {format!("{}: {})", l.text(Key::TokensPerParam), format_ratio(opt.tokens_per_param))}
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p>
                {l.text(Key::YourCompute)}": "
                <span class="value" data-testid="user-compute" data-value=format!("{c:e}")>{format_sci(c)}" FLOPs"</span>
                " · "{l.text(Key::TokensPerParam)}": "
                <span class="value" data-testid="user-tokens-per-param" data-value=format!("{ratio:e}")>{format_ratio(ratio)}</span>
            </p>
            <h3>{l.text(Key::LossUnderLaws)}</h3>
            <ul class="user-losses">{laws}</ul>
        }
    };
    view! { <section class="user-model" data-testid="user-model" aria-live="polite">{body}</section> }
}
