//! Under the plots: the primary law's formula in MathML with its live coefficients, a sentence
//! on what the budget slider shows, the law's description and citation, and — where the
//! Chinchilla variants are on the page — why their numbers disagree.

use super::formula;
use super::settled::settled;
use super::visible::{seen, while_seen};
use crate::i18n::{Key, Lang};
use crate::laws::{deepseek, flops_to_pf_days, kaplan, Coefficients, FitRange, Law, LawId, LawKind, Repetition};
use crate::numbers::superscript;
use crate::numbers::{compact, count, plain};
use crate::numbers::{format_loss, format_ratio, format_sci};
use crate::state::AppState;
use crate::tour::GOPHER_BUDGET;
use leptos::html;
use leptos::prelude::*;

/// "N* / D*" in the page's units, e.g. "70.0B / 1.40T" or "700억 / 1.4조".
fn split_text(l: Lang, law: &Law, c: f64) -> String {
    let o = law.optimum(c);
    format!("{} / {}", compact(l, o.n), compact(l, o.d))
}

/// A law's one-paragraph description with its numbers filled in from the laws layer: the
/// exponents, the anchors of Approaches 1 and 2, the fitted ranges, the optima at Gopher's
/// budget (rounded and unrounded Approach 3), Kaplan's §6.3 limits.
pub fn law_description(lang: Lang, law: &Law) -> String {
    let id = law.id();
    let count = |x: f64| compact(lang, x);
    let at_gopher = |id: LawId| Law::builtin(id).optimum(GOPHER_BUDGET);
    let ten = |x: f64| format!("10{}", superscript(x.log10().round() as i32));
    let chinchilla = Coefficients::CHINCHILLA;
    let range = FitRange::CHINCHILLA;
    let (a, b, n) = match law.kind() {
        LawKind::Allocation { rule, .. } => (rule.param_exponent(), rule.data_exponent(), rule.anchor.n),
        LawKind::Parametric(c) => {
            let (a, b) = c.allocation_exponents();
            (a, b, 0.0)
        }
        LawKind::Kaplan => (kaplan::OPTIMAL_N_EXPONENT, 1.0 - kaplan::OPTIMAL_N_EXPONENT, 0.0),
        LawKind::FlopsPerToken => (deepseek::M_EXPONENT, deepseek::D_EXPONENT, 0.0),
    };
    // Exponents as their papers print them: two decimals, four for DeepSeek's (§3.2).
    let digits = if matches!(law.kind(), LawKind::FlopsPerToken) { 4 } else { 2 };
    let values: Vec<(&str, String)> = vec![
        ("a", format!("{a:.digits$}")),
        ("b", format!("{b:.digits$}")),
        ("n", count(n)),
        ("tpp", format_ratio(at_gopher(id).tokens_per_param)),
        (
            "nmax",
            plain(lang, if id == LawId::Muennighoff2023 { FitRange::MUENNIGHOFF.n.hi } else { FitRange::KAPLAN.n.hi }),
        ),
        ("pf", ten(kaplan::BREAKDOWN_PF_DAYS)),
        ("nb", ten(kaplan::BREAKDOWN_N)),
        ("n0", plain(lang, range.n.lo)),
        ("n1", plain(lang, range.n.hi)),
        ("d0", plain(lang, range.d.lo)),
        ("d1", plain(lang, range.d.hi)),
        ("e", format!("{}", chinchilla.e)),
        ("alpha", format!("{}", chinchilla.alpha)),
        ("beta", format!("{}", chinchilla.beta)),
        ("a3", count(at_gopher(LawId::Chinchilla2022).n)),
        ("a3u", count(Coefficients::CHINCHILLA_UNROUNDED.optimum(GOPHER_BUDGET).n)),
        ("dmax", plain(lang, FitRange::MUENNIGHOFF.d.hi)),
        ("rd", format!("{}", Repetition::MUENNIGHOFF.rd_star)),
        ("rn", format!("{}", Repetition::MUENNIGHOFF.rn_star)),
        ("c0", format_sci(FitRange::DEEPSEEK.c.lo)),
        ("c1", format_sci(FitRange::DEEPSEEK.c.hi)),
    ];
    let args: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    lang.fill(Key::LawDescription(id), &args)
}

/// Why the Chinchilla numbers disagree at budget `c`: each approach's split, the rounded and
/// unrounded Approach 3, and Epoch's refit.
pub fn discrepancy_text(lang: Lang, c: f64) -> String {
    let unrounded = Coefficients::CHINCHILLA_UNROUNDED.optimum(c);
    lang.fill(
        Key::Discrepancy,
        &[
            ("a1", &split_text(lang, &Law::builtin(LawId::Chinchilla2022A1), c)),
            ("a3", &split_text(lang, &Law::builtin(LawId::Chinchilla2022), c)),
            ("a3u", &format!("{} / {}", compact(lang, unrounded.n), compact(lang, unrounded.d))),
            ("ep", &split_text(lang, &Law::builtin(LawId::Epoch2024), c)),
        ],
    )
}

#[component]
pub fn Explain(state: ReadSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    // The formula, description and citation change with the law, not with the budget: they are
    // rebuilt only when the primary law (or its coefficients) or the language changes.
    let law = settled(move || state.with(|s| s.law_for(s.law)));
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
            <p class="description">{law_description(l, &law)}</p>
            <p class="citation">
                {l.text(Key::Source)}": "{l.authors(&cite)}" ("{cite.year.to_string()}"), “"{cite.title}"”, "
                <a href=cite.arxiv_url() rel="noopener">{format!("arXiv:{}", cite.arxiv)}</a>
                {format!(", {}", l.citation_source(&cite))}
            </p>
        }
    };
    // What the slider shows: text only, updated in place while the section is on (or near) the
    // screen; scrolled away, it keeps its text (no layout of these long paragraphs on a slider
    // step) and catches up when it comes back.
    let section: NodeRef<html::Section> = NodeRef::new();
    let on_screen = seen(section);
    let compute = while_seen(on_screen, move || state.with(|s| s.compute));
    let budget = move || {
        let l = lang.get();
        let law = law.get();
        let c = compute.get();
        let opt = law.optimum(c);
        let up = law.optimum(c * 10.0);
        let budget = l.fill(
            Key::ExplainBudget,
            &[
                ("c", &format_sci(c)),
                ("pf", &compact(l, flops_to_pf_days(c))),
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
    let disagree = settled(move || state.with(AppState::shows_disagreeing_fits));
    let discrepancy = move || discrepancy_text(lang.get(), compute.get());
    view! {
        <section class="explain" data-testid="explain" node_ref=section data-on-screen=move || if on_screen.get() { "true" } else { "false" }>
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 13: the descriptions' numbers come from the laws (no placeholder left), Kaplan's
    /// says its N is non-embedding and cites §6.3, Approach 3's explains the rounding with the
    /// page's ≈32B and the unrounded ≈40B, and Epoch's says what it refitted.
    #[test]
    fn descriptions_are_filled_from_the_laws() {
        for lang in Lang::ALL {
            for id in LawId::ALL {
                let text = law_description(lang, &Law::builtin(id));
                assert!(!text.contains('{') && !text.contains("NaN"), "{id:?}: {text}");
            }
        }
        let en = |id| law_description(Lang::En, &Law::builtin(id));
        let kaplan = en(LawId::Kaplan2020);
        assert!(kaplan.contains("non-embedding") && kaplan.contains("10⁴ PF-days") && kaplan.contains("up to 1.5B"));
        let a3 = en(LawId::Chinchilla2022);
        assert!(a3.contains("give 32.2B") && a3.contains("give 40.4B") && a3.contains("70M–16B"), "{a3}");
        assert!(en(LawId::Chinchilla2022A1).contains("67.0B optimum") && en(LawId::Chinchilla2022A2).contains("63.0B"));
        assert!(en(LawId::Epoch2024).contains("digitised the points of the paper's Fig. 4"));
        // DeepSeek's exponents as §3.2 prints them (0.5243, 0.4757), not rounded to 0.52/0.48.
        for lang in Lang::ALL {
            let deepseek = law_description(lang, &Law::builtin(LawId::DeepSeek2024));
            assert!(deepseek.contains("0.1715·C^0.5243") && deepseek.contains("5.8316·C^0.4757"), "{deepseek}");
        }
        // Kaplan's D* is the budget's tokens at N*, and the text says how Table 6's D_opt differs.
        assert!(kaplan.contains("D* = C/6N*") && kaplan.contains("2×10¹⁰·C_min^0.27"), "{kaplan}");
        let d = discrepancy_text(Lang::En, GOPHER_BUDGET);
        assert!(d.contains("67.0B / 1.43T") && d.contains("32.2B / 2.98T") && d.contains("40.4B / 2.38T"), "{d}");
    }
}
