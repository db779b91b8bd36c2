//! Under the plots: the primary law's formula in MathML with its live coefficients, a sentence
//! on what the budget slider shows, the law's description and citation, and — where the
//! Chinchilla variants are on the page — why their numbers disagree.

use crate::i18n::{Key, Lang};
use crate::laws::{
    flops_to_pf_days, format_count, format_loss, format_ratio, format_sci, kaplan, Coefficients, Law, LawId, LawKind,
};
use crate::state::AppState;
use leptos::prelude::*;

/// A number in MathML: plain below 10⁵, else mantissa × 10^k.
fn num(x: f64) -> AnyView {
    if x.abs() >= 1e5 || (x != 0.0 && x.abs() < 1e-3) {
        let k = x.abs().log10().floor() as i32;
        let m = x / 10f64.powi(k);
        let mantissa = trim(format!("{m:.3}"));
        view! {
            <mrow>
                <mn>{mantissa}</mn>
                <mo>"×"</mo>
                <msup><mn>"10"</mn><mn>{k.to_string()}</mn></msup>
            </mrow>
        }
        .into_any()
    } else {
        view! { <mn>{trim(format!("{x:.4}"))}</mn> }.into_any()
    }
}

fn trim(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// `L(N, D) = E + A/N^α + B/D^β` with the numbers in place (Hoffmann et al. 2022, eq. 2).
fn parametric_formula(c: Coefficients) -> impl IntoView {
    view! {
        <math display="block" data-testid="formula">
            <mrow>
                <mi>"L"</mi><mo>"("</mo><mi>"N"</mi><mo>","</mo><mi>"D"</mi><mo>")"</mo><mo>"="</mo>
                {num(c.e)}<mo>"+"</mo>
                <mfrac>{num(c.a)}<msup><mi>"N"</mi>{num(c.alpha)}</msup></mfrac>
                <mo>"+"</mo>
                <mfrac>{num(c.b)}<msup><mi>"D"</mi>{num(c.beta)}</msup></mfrac>
            </mrow>
        </math>
    }
}

/// `N* = G·(C/6)^a`, `D* = G⁻¹·(C/6)^b` with G, a, b computed from the coefficients (eq. 4).
fn parametric_allocation(c: Coefficients) -> impl IntoView {
    let (a, b) = c.allocation_exponents();
    let g = c.g();
    view! {
        <math display="block">
            <mrow>
                <msup><mi>"N"</mi><mo>"*"</mo></msup><mo>"="</mo>{num(g)}<mo>"·"</mo>
                <msup><mrow><mo>"("</mo><mfrac><mi>"C"</mi><mn>"6"</mn></mfrac><mo>")"</mo></mrow>{num(a)}</msup>
                <mo>",  "</mo>
                <msup><mi>"D"</mi><mo>"*"</mo></msup><mo>"="</mo>{num(1.0 / g)}<mo>"·"</mo>
                <msup><mrow><mo>"("</mo><mfrac><mi>"C"</mi><mn>"6"</mn></mfrac><mo>")"</mo></mrow>{num(b)}</msup>
            </mrow>
        </math>
    }
}

/// Kaplan et al. 2020, eq. 1.5 and the compute-efficient frontier (§6, eqs. 1.7–1.8).
fn kaplan_formula() -> impl IntoView {
    view! {
        <math display="block" data-testid="formula">
            <mrow>
                <mi>"L"</mi><mo>"("</mo><mi>"N"</mi><mo>","</mo><mi>"D"</mi><mo>")"</mo><mo>"="</mo>
                <msup>
                    <mrow>
                        <mo>"["</mo>
                        <msup>
                            <mrow><mo>"("</mo><mfrac>{num(kaplan::JOINT_N_C)}<mi>"N"</mi></mfrac><mo>")"</mo></mrow>
                            <mfrac>{num(kaplan::JOINT_ALPHA_N)}{num(kaplan::JOINT_ALPHA_D)}</mfrac>
                        </msup>
                        <mo>"+"</mo>
                        <mfrac>{num(kaplan::JOINT_D_C)}<mi>"D"</mi></mfrac>
                        <mo>"]"</mo>
                    </mrow>
                    {num(kaplan::JOINT_ALPHA_D)}
                </msup>
            </mrow>
        </math>
        <math display="block">
            <mrow>
                <msup><mi>"N"</mi><mo>"*"</mo></msup><mo>"="</mo>{num(kaplan::OPTIMAL_N_PREFACTOR)}<mo>"·"</mo>
                <msubsup><mi>"C"</mi><mi>"min"</mi>{num(kaplan::OPTIMAL_N_EXPONENT)}</msubsup>
                <mo>",  "</mo>
                <mi>"L"</mi><mo>"="</mo>
                <msup>
                    <mrow><mo>"("</mo><mfrac>{num(kaplan::C_C_MIN_PF_DAYS)}<msub><mi>"C"</mi><mi>"min"</mi></msub></mfrac><mo>")"</mo></mrow>
                    {num(kaplan::ALPHA_C_MIN)}
                </msup>
                <mtext>"  (C in PF-days)"</mtext>
            </mrow>
        </math>
    }
}

/// The formula block for a law.
fn formula(law: &Law, lang: Lang) -> AnyView {
    match law.kind() {
        LawKind::Kaplan => kaplan_formula().into_any(),
        LawKind::Parametric(c) => view! {
            {parametric_formula(c)}
            <h4>{lang.text(Key::AllocationHeading)}</h4>
            {parametric_allocation(c)}
        }
        .into_any(),
        LawKind::Allocation { rule, surface } => view! {
            <math display="block">
                <mrow>
                    <msup><mi>"N"</mi><mo>"*"</mo></msup><mo>"="</mo>{num(rule.anchor.n)}<mo>"·"</mo>
                    <msup>
                        <mrow><mo>"("</mo><mfrac><mi>"C"</mi>{num(rule.anchor.compute)}</mfrac><mo>")"</mo></mrow>
                        {num(rule.exponent)}
                    </msup>
                    <mo>",  "</mo>
                    <msup><mi>"D"</mi><mo>"*"</mo></msup><mo>"="</mo>
                    <mfrac><mi>"C"</mi><mrow><mn>"6"</mn><msup><mi>"N"</mi><mo>"*"</mo></msup></mrow></mfrac>
                </mrow>
            </math>
            <h4>{lang.text(Key::SurfaceFrom)}</h4>
            {parametric_formula(surface)}
        }
        .into_any(),
    }
}

/// "N* / D*" in human units, e.g. "70.0B / 1.40T".
fn split_text(law: &Law, c: f64) -> String {
    let o = law.optimum(c);
    format!("{} / {}", format_count(o.n), format_count(o.d))
}

#[component]
pub fn Explain(state: ReadSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    // The formula, description and citation change with the law, not with the budget: they are
    // rebuilt only when the primary law (or its coefficients) or the language changes.
    let law = Memo::new(move |_| state.with(|s| s.law_for(s.law)));
    let about = move || {
        let law = law.get();
        let l = lang.get();
        let cite = law.citation();
        view! {
            <h2>{l.text(Key::FormulaHeading)}": "{l.text(Key::LawName(law.id()))}</h2>
            <div class="formula">{formula(&law, l)}</div>
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
                ("pf", &format_count(flops_to_pf_days(c))),
                ("law", l.text(Key::LawName(law.id()))),
                ("n", &format_count(opt.n)),
                ("d", &format_count(opt.d)),
                ("tpp", &format_ratio(opt.tokens_per_param)),
                ("loss", &format_loss(opt.loss)),
            ],
        );
        let scale =
            l.fill(Key::ExplainScale, &[("fn", &format_ratio(up.n / opt.n)), ("fd", &format_ratio(up.d / opt.d))]);
        format!("{budget} {scale}")
    };
    let chinchilla_family = [LawId::Chinchilla2022, LawId::Chinchilla2022A1, LawId::Chinchilla2022A2, LawId::Epoch2024];
    let disagree = Memo::new(move |_| state.with(|s| chinchilla_family.iter().filter(|id| s.shows(**id)).count() >= 2));
    let discrepancy = move || {
        let l = lang.get();
        let c = state.with(|s| s.compute);
        l.fill(
            Key::Discrepancy,
            &[
                ("a1", &split_text(&Law::builtin(LawId::Chinchilla2022A1), c)),
                ("a3", &split_text(&Law::builtin(LawId::Chinchilla2022), c)),
                ("ep", &split_text(&Law::builtin(LawId::Epoch2024), c)),
            ],
        )
    };
    view! {
        <section class="explain" data-testid="explain">
            {about}
            <p data-testid="explain-budget">{budget}</p>
            <Show when=move || disagree.get()>
                <p class="discrepancy" data-testid="discrepancy">{discrepancy}</p>
            </Show>
        </section>
    }
}
