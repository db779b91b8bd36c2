//! The "Learning curves" section's read-outs (issue 18): per shown law, how far your model
//! (n, d) and the budget's compute-optimal model still are above their converged loss,
//! L(N, D) − L(N, ∞) in nats ([`crate::laws::Law::gap_to_convergence`]), with a one-line
//! explanation.
//!
//! Hooks (fixed contract): `gap-to-convergence` (your model) and `gap-to-convergence-opt` (the
//! budget's optimum), each + `data-law`, raw nats in `data-value` (`{:e}`). Items follow the
//! read-outs' rule: rendered once per primary law, hidden (and without their hooks) while their
//! law is not shown. Every law with an L(N, D) surface (Kaplan's is eq. 1.5) has both numbers;
//! DeepSeek's allocation law has none and shows the reason, without hooks.

use super::readouts::page_order;
use super::settled::settled;
use crate::i18n::{Key, Lang};
use crate::laws::LawId;
use crate::numbers::{compact, format_loss, format_loss_gap, format_sci};
use crate::state::AppState;
use leptos::prelude::*;

/// The numbers of one law's item: your model's gap and converged loss, the budget's optimum
/// (N*, D*) with its gap and converged loss.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Gaps {
    yours: f64,
    yours_converged: f64,
    n_opt: f64,
    d_opt: f64,
    opt: f64,
    opt_converged: f64,
}

fn gaps(id: LawId, s: &AppState) -> Gaps {
    let law = s.law_for(id);
    let o = law.optimum(s.compute);
    Gaps {
        yours: law.gap_to_convergence(s.n, s.d),
        yours_converged: law.converged_loss(s.n),
        n_opt: o.n,
        d_opt: o.d,
        opt: law.gap_to_convergence(o.n, o.d),
        opt_converged: law.converged_loss(o.n),
    }
}

/// One law's gaps: your model's, then the budget's optimum's next to it.
#[component]
fn GapItem(id: LawId, state: Memo<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let shown = settled(move || state.with(|s| s.shows(id)));
    // Frozen while hidden.
    let g = Memo::new(move |prev: Option<&Gaps>| match (shown.get(), prev) {
        (false, Some(prev)) => *prev,
        _ => state.with(|s| gaps(id, s)),
    });
    let hook = move |name: &'static str| move || shown.get().then_some(name);
    let yours = move || {
        let (l, g) = (lang.get(), g.get());
        l.fill(Key::GapYours, &[("gap", &format_loss_gap(g.yours)), ("linf", &format_loss(g.yours_converged))])
    };
    let opt = move || {
        let (l, g) = (lang.get(), g.get());
        l.fill(
            Key::GapOptimum,
            &[
                ("n", &compact(l, g.n_opt)),
                ("d", &compact(l, g.d_opt)),
                ("gap", &format_loss_gap(g.opt)),
                ("linf", &format_loss(g.opt_converged)),
            ],
        )
    };
    if !id.has_loss() {
        return view! {
            <li hidden=move || !shown.get() data-law=id.as_str()>
                <span class="law-name">{move || lang.get().text(Key::LawName(id))}": "</span>
                <span class="reason">{move || lang.get().text(Key::NoLossReason)}</span>
            </li>
        }
        .into_any();
    }
    view! {
        <li hidden=move || !shown.get() data-law=id.as_str()>
            <span class="law-name">{move || lang.get().text(Key::LawName(id))}": "</span>
            <span data-testid=hook("gap-to-convergence") data-law=id.as_str() data-value=move || format!("{:e}", g.get().yours)>
                {yours}
            </span>
            " · "
            <span data-testid=hook("gap-to-convergence-opt") data-law=id.as_str() data-value=move || format!("{:e}", g.get().opt)>
                {opt}
            </span>
        </li>
    }
    .into_any()
}

/// The section's read-outs: a heading naming your model and the budget, one line per shown
/// law, and what the gap means.
#[component]
pub fn CurvesReadouts(state: Memo<AppState>, lang: Signal<Lang>) -> impl IntoView {
    let primary = settled(move || state.with(|s| s.law));
    let heading = move || {
        let l = lang.get();
        state.with(|s| {
            l.fill(Key::GapHeading, &[("n", &compact(l, s.n)), ("d", &compact(l, s.d)), ("c", &format_sci(s.compute))])
        })
    };
    view! {
        <div class="curves-readouts" aria-live="polite">
            <h3>{heading}</h3>
            <ul class="user-losses">
                {move || page_order(primary.get()).map(|id| view! { <GapItem id state lang/> }).collect_view()}
            </ul>
            <p class="explain-gap">{move || lang.get().text(Key::GapExplain)}</p>
        </div>
    }
}
