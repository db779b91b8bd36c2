//! Read-outs: the compute-optimal split for each shown law and "your model" under each law.
//! Stable hooks: `data-testid` + `data-law`, raw numbers in `data-value` (`{:e}`), human text
//! inside; plain text nodes only.

use super::settled::settled;
use crate::i18n::{Key, Lang};
use crate::laws::{LawId, Optimum};
use crate::numbers::count;
use crate::numbers::{format_loss, format_ratio, format_sci};
use crate::state::AppState;
use leptos::prelude::*;

/// One number, updated in place: raw value in `data-value`, human text inside.
#[component]
pub(crate) fn Value(testid: &'static str, value: Signal<f64>, text: Signal<String>) -> impl IntoView {
    view! {
        <span class="value" data-testid=testid data-value=move || format!("{:e}", value.get())>
            {move || text.get()}
        </span>
    }
}

/// Every law in page order for `primary`: the primary first, then the others in `LawId`
/// order, which is the order compared laws are kept in ([`AppState::add_compare`]). The
/// read-outs render one item per law once per primary law and hide the laws not shown:
/// switching a compared law on or off then creates and disposes nothing (rebuilding the lists
/// at every switch grew the wasm memory by ~6 KB a switch, issue 23).
pub(crate) fn page_order(primary: LawId) -> impl Iterator<Item = LawId> {
    std::iter::once(primary).chain(LawId::ALL.into_iter().filter(move |id| *id != primary))
}

/// The optimum of one law at the budget; only its numbers change as the budget moves. Hidden
/// (and without its `data-testid`) while the law is not shown; its numbers then stand still.
#[component]
fn OptimumCard(id: LawId, state: ReadSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let shown = settled(move || state.with(|s| s.shows(id)));
    let opt = Memo::new(move |prev: Option<&Optimum>| match (shown.get(), prev) {
        (false, Some(prev)) => *prev,
        _ => state.with(|s| s.law_for(id).optimum(s.compute)),
    });
    let n = Signal::derive(move || opt.get().n);
    let d = Signal::derive(move || opt.get().d);
    let tpp = Signal::derive(move || opt.get().tokens_per_param);
    let loss = Signal::derive(move || opt.get().loss);
    let t = move |key: Key| move || lang.get().text(key);
    view! {
        <div
            class="optimum"
            data-testid=move || shown.get().then_some("optimum")
            data-law=id.as_str()
            hidden=move || !shown.get()
        >
            <h3>{t(Key::LawName(id))}</h3>
            <dl>
                // Kaplan's N is non-embedding (§1.3): said in the label, the reason in its tooltip.
                {if id == LawId::Kaplan2020 {
                    view! { <dt title=t(Key::NonEmbeddingNote)>{t(Key::OptimalParamsNonEmbedding)}</dt> }.into_any()
                } else if !id.has_loss() {
                    // DeepSeek's model scale is FLOPs per token: N* is M*/6, said so.
                    view! { <dt title=t(Key::FlopsPerTokenNote)>{t(Key::OptimalParamsFlopsPerToken)}</dt> }.into_any()
                } else {
                    view! { <dt>{t(Key::OptimalParams)}</dt> }.into_any()
                }}
                <dd><Value testid="n-opt" value=n text=Signal::derive(move || count(lang.get(), n.get()))/></dd>
                <dt>{t(Key::OptimalTokens)}</dt>
                <dd><Value testid="d-opt" value=d text=Signal::derive(move || count(lang.get(), d.get()))/></dd>
                <dt>{t(Key::TokensPerParam)}</dt>
                <dd><Value testid="tokens-per-param" value=tpp text=Signal::derive(move || format_ratio(tpp.get()))/></dd>
                <dt>{t(Key::PredictedLoss)}</dt>
                <dd>
                    {if id.has_loss() {
                        view! { <Value testid="loss-opt" value=loss text=Signal::derive(move || format_loss(loss.get()))/> }.into_any()
                    } else {
                        // No loss surface: no number (no NaN in the page), the reason instead.
                        view! { <span class="value reason" data-testid="loss-opt">{t(Key::NoLossReason)}</span> }.into_any()
                    }}
                </dd>
            </dl>
        </div>
    }
}

/// The optimum of every shown law at the budget, side by side. The cards are rebuilt only
/// when the primary law changes (see [`page_order`]).
#[component]
pub fn OptimumTable(
    state: ReadSignal<AppState>,
    lang: Signal<Lang>,
    /// Where "why two answers?" leads: the explanation on this page, or on the full page.
    why_href: Signal<String>,
) -> impl IntoView {
    let primary = settled(move || state.with(|s| s.law));
    let disagree = settled(move || state.with(AppState::shows_disagreeing_fits));
    let new_tab = move || why_href.with(|h| !h.starts_with('#')).then_some("_blank");
    view! {
        <section class="optima" aria-live="polite">
            // The heading and "why two answers?" share a line where there is room.
            <div class="optima-head">
                <h2>{move || lang.get().text(Key::Optimum)}" · "{move || format_sci(state.with(|s| s.compute))}" FLOPs"</h2>
                    <p class="why-two" data-testid="why-two" hidden=move || !disagree.get()>
                    {move || lang.get().text(Key::WhyTwoNote)}" "
                    <a href=why_href target=new_tab rel="noopener">{move || lang.get().text(Key::WhyTwoLink)}</a>
                </p>
            </div>
            <div class="optimum-row">
                {move || page_order(primary.get()).map(|id| view! { <OptimumCard id state lang/> }).collect_view()}
            </div>
        </section>
    }
}

/// "0.080 below the loss of this law's optimal split for the same compute (…)": the sign
/// said in words, the optimum's size and tokens per parameter labelled as the optimum's, and
/// why a model can beat an optimum that is a fit of its own.
pub fn gap_text(l: Lang, diff: f64, opt: &Optimum, minimises: bool) -> String {
    let key = if diff >= 0.0 { Key::ExtraAbove } else { Key::ExtraBelow };
    let mut text = l.fill(
        key,
        &[("diff", &format_loss(diff.abs())), ("n", &count(l, opt.n)), ("tpp", &format_ratio(opt.tokens_per_param))],
    );
    if diff < 0.0 && !minimises {
        text.push(' ');
        text.push_str(l.text(Key::SeparateFitNote));
    }
    text
}

/// "Your model" under one law: its loss, and the difference to the loss of the law's optimal
/// split of the same compute on the same surface, with its sign spelled out ("above" /
/// "below": a law whose optimum is a separate fit can be beaten, and says why).
#[component]
fn UserLoss(id: LawId, state: ReadSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    // (loss, loss minus the optimal split's loss, the optimal split, optimum minimises the
    // surface); frozen while the law is not shown (see `page_order`).
    let shown = settled(move || state.with(|s| s.shows(id)));
    if !id.has_loss() {
        return view! {
            <li hidden=move || !shown.get()>
                <span class="law-name">{move || lang.get().text(Key::LawName(id))}": "</span>
                <span class="value reason" data-testid=move || shown.get().then_some("user-loss") data-law=id.as_str()>
                    {move || lang.get().text(Key::NoLossReason)}
                </span>
            </li>
        }
        .into_any();
    }
    let numbers = Memo::new(move |prev: Option<&(f64, f64, Optimum, bool)>| match (shown.get(), prev) {
        (false, Some(prev)) => *prev,
        _ => state.with(|s| {
            let law = s.law_for(id);
            let c = s.user_compute();
            let loss = law.loss(s.n, s.d);
            let opt = law.optimum(c);
            (loss, loss - law.iso_flop_loss(c, opt.n), opt, law.optimum_minimises_surface())
        }),
    });
    let testid = move |name: &'static str| move || shown.get().then_some(name);
    let detail = move || {
        let (_, diff, opt, minimises) = numbers.get();
        format!(" ({})", gap_text(lang.get(), diff, &opt, minimises))
    };
    view! {
        <li hidden=move || !shown.get()>
            <span class="law-name">{move || lang.get().text(Key::LawName(id))}": "</span>
            <span class="value" data-testid=testid("user-loss") data-law=id.as_str() data-value=move || format!("{:e}", numbers.get().0)>
                {move || format_loss(numbers.get().0)}
            </span>
            <span class="extra" data-testid=testid("user-extra-loss") data-law=id.as_str() data-value=move || format!("{:e}", numbers.get().1)>
                {detail}
            </span>
        </li>
    }
    .into_any()
}

/// "Your model": its compute and its loss under each shown law, with the gap to the optimum
/// of the same compute measured on the same loss surface.
#[component]
pub fn UserModel(state: ReadSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let primary = settled(move || state.with(|s| s.law));
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
                {move || page_order(primary.get()).map(|id| view! { <UserLoss id state lang/> }).collect_view()}
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::laws::Law;

    /// Issue 11: Kaplan's optimum is a separate fit, so Gopher beats it on Kaplan's surface;
    /// the page said "−0.080 above the optimum". It now says "below", with the reason, and
    /// labels the 91.5 tokens per parameter as the optimum's.
    #[test]
    fn the_gap_to_the_optimum_is_worded_by_its_sign() {
        let kaplan = Law::builtin(LawId::Kaplan2020);
        let (n, d) = (280e9, 300e9);
        let c = 6.0 * n * d;
        let opt = kaplan.optimum(c);
        let diff = kaplan.loss(n, d) - kaplan.iso_flop_loss(c, opt.n);
        assert!(diff < 0.0, "{diff}");
        let en = gap_text(Lang::En, diff, &opt, kaplan.optimum_minimises_surface());
        assert!(en.starts_with(&format!("{} below", format_loss(-diff))), "{en}");
        assert!(!en.contains('−') && !en.contains('-') && en.contains("not the minimum"), "{en}");
        assert!(en.contains(&format!("{} tokens per parameter", format_ratio(opt.tokens_per_param))), "{en}");
        let ko = gap_text(Lang::Ko, diff, &opt, false);
        assert!(ko.contains("낮음") && !ko.contains("높음"), "{ko}");
        let a3 = Law::builtin(LawId::Chinchilla2022);
        let o3 = a3.optimum(c);
        let above = gap_text(Lang::En, a3.loss(n, d) - a3.iso_flop_loss(c, o3.n), &o3, true);
        assert!(above.contains(" above ") && !above.contains("not the minimum"), "{above}");
    }
}
