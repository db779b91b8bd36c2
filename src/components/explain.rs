//! Under the plots: the primary law's formula in MathML with its live coefficients, a sentence
//! on what the budget slider shows, the law's description and citation, and — where the
//! Chinchilla variants are on the page — why their numbers disagree.

use super::formula;
use crate::i18n::{Key, Lang};
use crate::laws::{flops_to_pf_days, format_loss, format_ratio, format_sci, Law, LawId};
use crate::numbers::{count, short};
use crate::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// "N* / D*" in the page's units, e.g. "70.0B / 1.40T" or "700억 / 1.4조".
fn split_text(l: Lang, law: &Law, c: f64) -> String {
    let o = law.optimum(c);
    format!("{} / {}", short(l, o.n), short(l, o.d))
}

#[component]
pub fn Explain(state: ReadSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    // The formula, description and citation change with the law, not with the budget: they are
    // rebuilt only when the primary law (or its coefficients) or the language changes.
    let law = Memo::new(move |_| state.with(|s| s.law_for(s.law)));
    let heading = move || {
        let l = lang.get();
        format!("{}: {}", l.text(Key::FormulaHeading), l.text(Key::LawName(law.get().id())))
    };
    let formula_box: NodeRef<html::Div> = NodeRef::new();
    // The MathML is built with plain DOM calls from data (see `formula`), when the law or the
    // language changes.
    Effect::new(move |_| {
        let (law, l) = (law.get(), lang.get());
        if let Some(container) = formula_box.get() {
            formula::render(&container, &law, l);
        }
    });
    let about = move || {
        let law = law.get();
        let l = lang.get();
        let cite = law.citation();
        view! {
            <p class="description">{l.text(Key::LawDescription(law.id()))}</p>
            <p class="citation">
                {l.text(Key::Source)}": "{cite.authors}" ("{cite.year.to_string()}"), “"{cite.title}"”, "
                <a href=cite.arxiv_url() rel="noopener">{format!("arXiv:{}", cite.arxiv)}</a>
                {format!(", {}", cite.source)}
            </p>
        }
    };
    // What the slider shows: text only, updated in place.
    let budget = move || {
        let l = lang.get();
        let law = law.get();
        let c = state.with(|s| s.compute);
        let opt = law.optimum(c);
        let up = law.optimum(c * 10.0);
        let budget = l.fill(
            Key::ExplainBudget,
            &[
                ("c", &format_sci(c)),
                ("pf", &short(l, flops_to_pf_days(c))),
                ("law", l.text(Key::LawName(law.id()))),
                ("n", &count(l, opt.n)),
                ("d", &count(l, opt.d)),
                ("tpp", &format_ratio(opt.tokens_per_param)),
                ("loss", &format_loss(opt.loss)),
            ],
        );
        let scale =
            l.fill(Key::ExplainScale, &[("fn", &format_ratio(up.n / opt.n)), ("fd", &format_ratio(up.d / opt.d))]);
        format!("{budget} {scale}")
    };
    let disagree = Memo::new(move |_| state.with(AppState::shows_disagreeing_fits));
    let discrepancy = move || {
        let l = lang.get();
        let c = state.with(|s| s.compute);
        l.fill(
            Key::Discrepancy,
            &[
                ("a1", &split_text(l, &Law::builtin(LawId::Chinchilla2022A1), c)),
                ("a3", &split_text(l, &Law::builtin(LawId::Chinchilla2022), c)),
                ("ep", &split_text(l, &Law::builtin(LawId::Epoch2024), c)),
            ],
        )
    };
    view! {
        <section class="explain" data-testid="explain">
            <h2>{heading}</h2>
            <div class="formula" node_ref=formula_box></div>
            {about}
            <p data-testid="explain-budget">{budget}</p>
            <Show when=move || disagree.get()>
                <p class="discrepancy" id="discrepancy" data-testid="discrepancy">{discrepancy}</p>
            </Show>
        </section>
    }
}
