//! The guided tour for class: a few steps, each just a URL query that sets the state, with a
//! title and a text from the i18n table.

use crate::famous_models::{famous_model, COURSE_EMERGENT_PARAMS, COURSE_LLM_PARAMS, COURSE_LLM_TOKENS};
use crate::i18n::{Key, Lang};
use crate::laws::{flops_to_pf_days, kaplan, Coefficients, FitRange, Law, LawId, PowerAllocation};
use crate::numbers::superscript;
use crate::numbers::{compact, plain};
use crate::numbers::{format_accuracy, format_loss, format_percent, format_ratio};
use crate::state::view::PlotKind;

/// One step: what to show (a query string, see `state::query`), what to say, and the plot it
/// talks about (scrolled into view on a phone; the card never covers it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TourStep {
    pub query: &'static str,
    pub title: Key,
    pub text: Key,
    pub plot: PlotKind,
}

/// Power laws → Kaplan's "bigger models" → Chinchilla's equal scaling → why the fits of one
/// paper disagree → why Kaplan and Chinchilla disagree → what counts as a large language
/// model today → beyond compute-optimal: over-training, inference, repeated data → emergence →
/// learning curves: the frontier as the envelope of training runs, which stop long before
/// convergence → what a budget costs in chips, days and energy (the planner).
pub const TOUR: [TourStep; 14] = [
    // Straight lines, and a curve that flattens toward E: the loss-vs-compute frontier.
    TourStep {
        query: "law=kaplan2020&compare=chinchilla2022&c=1e21&n=1.5e9&d=2.3e10&models=0",
        title: Key::Tour1Title,
        text: Key::Tour1Text,
        plot: PlotKind::C,
    },
    // How N* and D* grow with compute; GPT-3's budget.
    TourStep {
        query: "law=kaplan2020&compare=chinchilla2022-a1&c=3.15e23&n=1.75e11&d=3e11&models=1",
        title: Key::Tour2Title,
        text: Key::Tour2Text,
        plot: PlotKind::Split,
    },
    // Gopher and Chinchilla on the iso-FLOP curve over model size.
    TourStep {
        query: "law=chinchilla2022-a1&compare=kaplan2020&c=5.76e23&n=7e10&d=1.4e12&models=1",
        title: Key::Tour3Title,
        text: Key::Tour3Text,
        plot: PlotKind::N,
    },
    // The loss landscape (issue 17): the budget's iso-FLOP line touches the lowest contour at
    // the optimum; Gopher on a higher contour near the same line.
    TourStep {
        query: "law=chinchilla2022&compare=&c=5.76e23&n=7e10&d=1.4e12&models=1",
        title: Key::TourLandscapeTitle,
        text: Key::TourLandscapeText,
        plot: PlotKind::Nd,
    },
    // Three approaches and a refit at one budget.
    TourStep {
        query: "law=chinchilla2022&compare=chinchilla2022-a1,chinchilla2022-a2,epoch2024&c=5.76e23&n=7e10&d=1.4e12&models=1",
        title: Key::Tour4Title,
        text: Key::Tour4Text,
        plot: PlotKind::Split,
    },
    // Kaplan's 0.73 against Chinchilla's 0.50, and what reconciles them.
    TourStep {
        query: "law=kaplan2020&compare=chinchilla2022-a1,epoch2024&c=1e21&n=1.5e9&d=2.3e10&models=0",
        title: Key::TourReconcileTitle,
        text: Key::TourReconcileText,
        plot: PlotKind::Split,
    },
    // Tokens: the 100B-token line and Llama 3 8B's 15T.
    TourStep {
        query: "law=epoch2024&c=7.2e23&n=8e9&d=1.5e13&models=1",
        title: Key::Tour5Title,
        text: Key::Tour5Text,
        plot: PlotKind::D,
    },
    // Over-training: Llama 3 8B on the overhead curve (de Vries 2023).
    TourStep {
        query: "law=chinchilla2022&compare=&c=5.76e23&n=8e9&d=1.5e13&models=1",
        title: Key::TourOvertrainTitle,
        text: Key::TourOvertrainText,
        plot: PlotKind::Overhead,
    },
    // Paying for inference: a smaller model trained longer (Sardana et al. 2024).
    TourStep {
        query: "law=chinchilla2022&compare=&c=1e23&n=1.3e10&d=1.28e12&inf=1e13&models=0",
        title: Key::TourInferenceTitle,
        text: Key::TourInferenceText,
        plot: PlotKind::N,
    },
    // Repeated data: Muennighoff et al.'s law with 25B unique tokens.
    TourStep {
        query: "law=muennighoff2023&compare=chinchilla2022&c=1e22&n=6.34e9&d=2.42e11&u=2.5e10&models=0",
        title: Key::TourRepeatTitle,
        text: Key::TourRepeatText,
        plot: PlotKind::D,
    },
    // Emergence (Schaeffer et al. 2023): exact match on a linear axis jumps…
    TourStep {
        query: "law=chinchilla2022&compare=&c=5.76e23&n=7e10&d=1.4e12&k=10&models=1",
        title: Key::TourEmergeJumpTitle,
        text: Key::TourEmergeJumpText,
        plot: PlotKind::Emergence,
    },
    // …and on a log axis it was smooth all along.
    TourStep {
        query: "law=chinchilla2022&compare=&c=5.76e23&n=7e10&d=1.4e12&k=10&models=1&acc=log",
        title: Key::TourEmergeSmoothTitle,
        text: Key::TourEmergeSmoothText,
        plot: PlotKind::Emergence,
    },
    // Learning curves (Kaplan et al. 2020 Fig. 2, Hoffmann et al. 2022 Fig. 2): the frontier is
    // their lower envelope, and the run on it is far from converged.
    TourStep {
        query: "law=chinchilla2022&compare=&c=5.76e23&n=7e10&d=1.4e12&models=1",
        title: Key::TourCurvesTitle,
        text: Key::TourCurvesText,
        plot: PlotKind::Curves,
    },
    // What a budget costs (issue 21): GPT-3 on V100s in the planner; DeepSeek's law on the
    // split plot.
    TourStep {
        query: "law=chinchilla2022&compare=deepseek2024&c=3.15e23&n=1.75e11&d=3e11&hw=v100&models=1",
        title: Key::TourPlanTitle,
        text: Key::TourPlanText,
        plot: PlotKind::Split,
    },
];

/// The sizes the emergence steps compare (a decade apart at each end of three).
pub const EMERGE_SIZES: (f64, f64) = (1e9, 1e12);

/// Gopher's budget, where the paper compares its approaches (Hoffmann et al. 2022, Table 3).
pub const GOPHER_BUDGET: f64 = 5.76e23;

/// `10ᵏ` for an exact power of ten (`1e4` → "10⁴").
fn power_of_ten(x: f64) -> String {
    format!("10{}", superscript(x.log10().round() as i32))
}

/// An exponent as the papers print it: 0.73, 0.50.
fn exponent(x: f64) -> String {
    format!("{x:.2}")
}

/// A step's text with its numbers computed from the laws and the model catalogue, never typed
/// in. The numbers cited from papers that the laws do not hold (Fig. 4's 40B, the exponents
/// of Pearce & Song and Porian et al.) are written in the text next to their citation.
pub fn step_text(step: &TourStep, lang: Lang) -> String {
    let split = |id: LawId| Law::builtin(id).optimum(GOPHER_BUDGET);
    let count = |x: f64| compact(lang, x);
    let kaplan_growth = |exp: f64| format_ratio(10f64.powf(exp));
    let model = |id: &str| famous_model(id);
    let (gpt3, gopher, chinchilla, llama) = (model("gpt3"), model("gopher"), model("chinchilla"), model("llama3-8b"));
    let of = |m: Option<&crate::famous_models::FamousModel>,
              f: &dyn Fn(&crate::famous_models::FamousModel) -> String| { m.map(f).unwrap_or_default() };
    let gpt3_budget = gpt3.map(|m| m.compute()).unwrap_or(GOPHER_BUDGET);
    let kaplan_at_gpt3 = Law::builtin(LawId::Kaplan2020).optimum(gpt3_budget);
    let surface = Coefficients::CHINCHILLA;
    let (p0, p1) = COURSE_LLM_PARAMS;
    let values: Vec<(&str, String)> = vec![
        // Power laws: Kaplan's loss factor per decade, Chinchilla's for L − E, and E.
        ("kf", format_ratio(10f64.powf(-kaplan::ALPHA_C_MIN))),
        ("cf", format_ratio(10f64.powf(-surface.reducible_loss_exponent()))),
        ("e", format!("{}", surface.e)),
        // Kaplan.
        ("kexp", exponent(kaplan::OPTIMAL_N_EXPONENT)),
        ("kn", kaplan_growth(kaplan::OPTIMAL_N_EXPONENT)),
        ("kd", kaplan_growth(1.0 - kaplan::OPTIMAL_N_EXPONENT)),
        ("ovf", format!("{}·N^{}", kaplan::MIN_TOKENS_PREFACTOR, kaplan::MIN_TOKENS_EXPONENT)),
        ("k8", format_ratio(8f64.powf(kaplan::MIN_TOKENS_EXPONENT))),
        ("gtpp", of(gpt3, &|m| format_ratio(m.d / m.n))),
        ("kng", count(kaplan_at_gpt3.n)),
        ("ktpp", format_ratio(kaplan_at_gpt3.tokens_per_param)),
        ("bpf", power_of_ten(kaplan::BREAKDOWN_PF_DAYS)),
        ("bn", power_of_ten(kaplan::BREAKDOWN_N)),
        ("gpf", compact(lang, flops_to_pf_days(gpt3_budget))),
        ("nmax", plain(lang, FitRange::KAPLAN.n.hi)),
        // Chinchilla and Gopher.
        ("tpp", format_ratio(split(LawId::Chinchilla2022A1).tokens_per_param)),
        ("gn", of(gopher, &|m| plain(lang, m.n))),
        ("gd", of(gopher, &|m| plain(lang, m.d))),
        ("cn", of(chinchilla, &|m| plain(lang, m.n))),
        ("cd", of(chinchilla, &|m| plain(lang, m.d))),
        // The approaches at Gopher's budget.
        ("a1", count(split(LawId::Chinchilla2022A1).n)),
        ("a2", count(split(LawId::Chinchilla2022A2).n)),
        ("a3", count(split(LawId::Chinchilla2022).n)),
        ("a3u", count(Coefficients::CHINCHILLA_UNROUNDED.optimum(GOPHER_BUDGET).n)),
        ("al", format!("{}", surface.alpha)),
        ("be", format!("{}", surface.beta)),
        ("ep", count(split(LawId::Epoch2024).n)),
        ("cexp", exponent(PowerAllocation::APPROACH_1.exponent)),
        // What counts as an LLM.
        ("p0", plain(lang, p0)),
        ("p1", plain(lang, p1)),
        ("t0", plain(lang, COURSE_LLM_TOKENS)),
        ("em", plain(lang, COURSE_EMERGENT_PARAMS)),
        ("lname", of(llama, &|m| m.name.to_string())),
        ("ld", of(llama, &|m| plain(lang, m.d))),
        ("ltpp", of(llama, &|m| format_ratio(m.d / m.n))),
    ];
    let mut values = values;
    values.extend(beyond_values(step, lang));
    values.extend(emergence_values(step, lang));
    values.extend(curves_values(step, lang));
    values.extend(landscape_values(step, lang, gopher));
    values.extend(planner_values(step, lang));
    let args: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    lang.fill(step.text, &args)
}

/// The numbers of the beyond-compute-optimal steps, computed from the step's own URL: the
/// over-training overhead of its model, the inference-aware optimum for its `inf`, the
/// data-limited optimum for its `u` (primary law).
fn beyond_values(step: &TourStep, lang: Lang) -> Vec<(&'static str, String)> {
    let state = crate::state::query::parse_query(step.query).state;
    let law = state.law_for(state.law);
    let Some(surface) = law.parametric() else { return Vec::new() };
    let count = |x: f64| compact(lang, x);
    let mut out = vec![("n", count(state.n)), ("d", count(state.d))];
    if let Some(p) = surface.overhead_of(state.n, state.d) {
        out.push(("o", format_percent(p.overhead)));
        out.push(("k", format_ratio(p.k_n)));
    }
    let opt = surface.optimum(state.compute);
    if let Some(inf) = state.inference {
        if let Some(i) = surface.inference_optimum(state.compute, inf) {
            out = vec![
                ("inf", count(inf)),
                ("n", count(opt.n)),
                ("ni", count(i.n)),
                ("di", count(i.d)),
                ("s", format_percent(i.saving)),
            ];
        }
    }
    if let Some(u) = state.unique {
        let (rep, _) = law.repetition();
        let dl = surface.data_limited_optimum(state.compute, u, rep);
        out = vec![
            ("u", count(u)),
            ("n", count(dl.n)),
            ("epochs", format_ratio(dl.epochs)),
            ("l", format_loss(dl.loss)),
            ("l0", format_loss(opt.loss)),
        ];
    }
    out
}

/// The numbers of the planner step, from its own URL: your model's chip-hours and days on the
/// step's hardware, chips and MFU.
fn planner_values(step: &TourStep, lang: Lang) -> Vec<(&'static str, String)> {
    if step.text != Key::TourPlanText {
        return Vec::new();
    }
    let state = crate::state::query::parse_query(step.query).state;
    let plan = state.plan.setup().plan(state.n, state.d);
    vec![
        ("c", crate::numbers::format_sci(plan.compute)),
        ("h", compact(lang, plan.chip_hours)),
        ("days", format_ratio(plan.wall_days)),
        ("chips", crate::numbers::grouped(u64::from(state.plan.chips))),
        ("mfu", format_percent(state.plan.mfu)),
    ]
}

/// The numbers of the emergence steps, from the step's own URL (its primary law and `k`), along
/// that law's compute-optimal path (Schaeffer et al. 2023's model: p = e^−(L−E), exact p^k).
fn emergence_values(step: &TourStep, lang: Lang) -> Vec<(&'static str, String)> {
    if step.plot != PlotKind::Emergence {
        return Vec::new();
    }
    let state = crate::state::query::parse_query(step.query).state;
    let law = state.law_for(state.law);
    let k = state.answer_tokens;
    let at = |n: f64| law.accuracy(n, law.optimal_tokens_for_params(n), k);
    let (n0, n1) = EMERGE_SIZES;
    let (Some(a0), Some(a1), Some(a0x), Some(a1x)) = (at(n0), at(n1), at(10.0 * n0), at(n1 / 10.0)) else {
        return Vec::new();
    };
    let red = |n: f64| law.reducible_loss(n, law.optimal_tokens_for_params(n)).unwrap_or(f64::NAN);
    vec![
        ("ak", k.to_string()),
        ("an0", compact(lang, n0)),
        ("an1", compact(lang, n1)),
        ("ae0", format_accuracy(a0.exact_match)),
        ("ae1", format_accuracy(a1.exact_match)),
        ("ap0", format_accuracy(a0.token)),
        ("ap1", format_accuracy(a1.token)),
        ("af", format_ratio(red(10.0 * n0) / red(n0))),
        ("ar0", format_ratio(a0x.exact_match / a0.exact_match)),
        ("ar1", format_ratio(a1.exact_match / a1x.exact_match)),
        ("a50", law.size_for_exact_match(k, 0.5).map_or_else(|| "—".to_string(), |n| compact(lang, n))),
    ]
}

/// The numbers of the landscape step, from its URL: the budget, its optimum under the primary
/// law, and the loss of Gopher there.
fn landscape_values(
    step: &TourStep,
    lang: Lang,
    gopher: Option<&crate::famous_models::FamousModel>,
) -> Vec<(&'static str, String)> {
    if step.plot != PlotKind::Nd {
        return Vec::new();
    }
    let state = crate::state::query::parse_query(step.query).state;
    let law = state.law_for(state.law);
    let o = law.optimum(state.compute);
    vec![
        ("lsc", crate::numbers::format_sci(state.compute)),
        ("lsn", compact(lang, o.n)),
        ("lsd", compact(lang, o.d)),
        ("lsl", format_loss(o.loss)),
        ("lsg", gopher.map(|g| format_loss(law.loss(g.n, g.d))).unwrap_or_default()),
    ]
}

/// The numbers of the learning-curves step, from its URL: the budget's compute-optimal run under
/// the primary law, its gap to the converged loss, and the share α/(α+β) of the reducible loss
/// a compute-optimal run leaves in the data term.
fn curves_values(step: &TourStep, lang: Lang) -> Vec<(&'static str, String)> {
    if step.plot != PlotKind::Curves {
        return Vec::new();
    }
    let state = crate::state::query::parse_query(step.query).state;
    let law = state.law_for(state.law);
    let o = law.optimum(state.compute);
    let mut out = vec![
        ("cvn", compact(lang, o.n)),
        ("cvd", compact(lang, o.d)),
        ("cvl", format_loss(o.loss)),
        ("cvgap", crate::numbers::format_loss_gap(law.gap_to_convergence(o.n, o.d))),
        ("cvlinf", format_loss(law.converged_loss(o.n))),
    ];
    if let Some(c) = law.parametric() {
        out.push(("cvshare", format_percent(c.alpha / (c.alpha + c.beta))));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::query::parse_query;

    /// What each step must say, worked out by hand from the laws and the papers:
    /// * power laws: Kaplan's frontier multiplies the loss by 10^−0.050 = 0.89 per tenfold
    ///   compute; Chinchilla's L − E by 10^−(0.34·0.28/0.62) = 0.70; E = 1.69 (eq. 10).
    /// * Kaplan: 10^0.73 = 5.37, 10^0.27 = 1.86, 8^0.74 = 4.66; GPT-3 has 300/175 = 1.71 tokens
    ///   per parameter, while Kaplan's N* at its 6·175e9·300e9 = 3.15e23 FLOPs (3646 PF-days) is
    ///   1.3e9·3646^0.73 = 518B with 0.20 tokens per parameter; §6.3's 10⁴ PF-days, 10¹².
    /// * Chinchilla: Approach 1 at Gopher's budget is 67B on 5.76e23/(6·67e9) = 1.43T tokens,
    ///   21.4 tokens per parameter; Gopher 280B/300B, Chinchilla 70B/1.4T (as printed, `plain`).
    /// * the approaches: 67.0B (Table 3), 63.0B (Fig. 3), rounded eq. 10 → 32.2B, unrounded
    ///   → 40.4B (Fig. 4: 40B), Epoch → 72.2B.
    /// * reconciliation: 0.73 against 0.50; Kaplan's largest model 1.5B.
    /// * LLMs: 1B–10B parameters, 100B tokens, 6.7B; Llama 3 8B: 15T tokens, 1,875 per parameter.
    #[test]
    fn numbers_in_the_text_come_from_the_laws() {
        let en: Vec<String> = TOUR.iter().map(|s| step_text(s, Lang::En)).collect();
        let has = |i: usize, parts: &[&str]| {
            for p in parts {
                assert!(en[i].contains(p), "step {}: no {p:?} in {}", i + 1, en[i]);
            }
        };
        has(0, &["by the same factor, 0.89", "(0.70 per tenfold compute)", "E = 1.69"]);
        has(1, &["C^0.73", "5.37×", "1.86×", "5000·N^0.74", "~4.66×", "with 1.71 tokens", "be 518B parameters"]);
        // 3646 PF-days in the page's number format, as the budget's own "6.67K PF-days".
        has(1, &["0.20 tokens per parameter", "10⁴ PF-days", "10¹² parameters", "3.65K PF-days"]);
        has(2, &["Approach 1 gives 67.0B parameters (Table 3)", "about 21.4 tokens per parameter (D = C/6N)"]);
        has(2, &["Gopher (280B parameters, 300B tokens)", "Chinchilla (70B parameters, 1.4T"]);
        has(
            4,
            &["Approach 1 gives 67.0B", "Approach 2 63.0B", "Approach 3 40B", "gives 32.2B", "give 40.4B", "got 72.2B"],
        );
        has(4, &["α = 0.34, β = 0.28"]);
        has(5, &["C^0.73", "C^0.50", "up to 1.5B", "0.74", "0.78", "0.86", "0.52", "0.50 on RefinedWeb"]);
        has(
            6,
            &[
                "at least 1B–10B parameters",
                "at least 100B tokens",
                "~6.7B",
                "Llama 3 8B saw over 15T",
                "more than 1,875",
            ],
        );
        // Beyond compute-optimal: the closed form for Llama 3 8B, the inference optimum of the
        // step's URL, the data-limited optimum (recomputed here from the laws layer).
        let c = Coefficients::CHINCHILLA;
        let p = c.overhead_of(8e9, 15e12).unwrap();
        has(7, &[&format!("pays {} extra", format_percent(p.overhead)), &format!("{}× its size", format_ratio(p.k_n))]);
        let i = c.inference_optimum(1e23, 1e13).unwrap();
        has(8, &[&format!("replaced by {} parameters", compact(Lang::En, i.n)), &format_percent(i.saving)]);
        let m = Coefficients::MUENNIGHOFF.data_limited_optimum(1e22, 2.5e10, crate::laws::Repetition::MUENNIGHOFF);
        has(9, &["25.0B unique tokens", &format!("{} epochs", format_ratio(m.epochs)), &format_loss(m.loss)]);
        let ko: Vec<String> = TOUR.iter().map(|s| step_text(s, Lang::Ko)).collect();
        assert!(
            ko[4].contains("670억") && ko[4].contains("322억") && ko[4].contains("404억") && ko[4].contains("722억")
        );
        assert!(ko[1].contains("3,650 PF-days"), "{}", ko[1]);
        // Emergence: Chinchilla along its own compute-optimal path, k = 10 (recomputed here).
        let law = Law::builtin(LawId::Chinchilla2022);
        let acc = |n: f64| law.accuracy(n, law.optimal_tokens_for_params(n), 10).unwrap();
        let (n0, n1) = EMERGE_SIZES;
        has(10, &["a 10-token answer", &format_accuracy(acc(n0).exact_match), &format_accuracy(acc(n1).exact_match)]);
        has(10, &[&format_accuracy(acc(n0).token), &format_accuracy(acc(n1).token), "at 1.00B", "~6.7B"]);
        has(11, &[&format!("{}×", format_ratio(acc(1e10).exact_match / acc(n0).exact_match)), "no step at ~6.7B"]);
        assert!(acc(n0).exact_match < 1e-3 && acc(n1).exact_match > 0.3, "the step shows a jump");
        assert!(ko[6].contains("10억–100억") && ko[6].contains("1,000억 토큰") && ko[6].contains("약 67억"));
        // Learning curves at Gopher's budget: Approach 3's optimum (32.2B), its gap B/D*^β and
        // the share α/(α+β) = 0.34/0.62 of its reducible loss left in the data term.
        let o = law.optimum(GOPHER_BUDGET);
        let gap = c.b / o.d.powf(c.beta);
        has(12, &["32.2B parameters", &format!("stops {} nats above", crate::numbers::format_loss_gap(gap))]);
        has(12, &["α/(α+β) = 54.8 %", &format_loss(c.loss_vs_n(o.n))]);
        assert!(ko[12].contains("322억") && ko[12].contains("54.8 %"), "{}", ko[12]);
        // The landscape at Gopher's budget (worked by hand from eq. 10's rounded coefficients):
        // N* = 32.2B, L = 1.69 + 406.4/32.2e9^0.34 + 410.7/2.98e12^0.28 = 1.931; Gopher (280B
        // parameters, 300B tokens) 1.69 + 0.0522 + 0.2512 = 1.993.
        has(3, &["5.76×10²³ FLOPs", "32.2B parameters on 2.98T tokens, loss 1.931", "loss 1.993"]);
        assert!(ko[3].contains("322억") && ko[3].contains("1.993"), "{}", ko[3]);
    }

    #[test]
    #[ignore]
    fn print_the_tour() {
        for lang in Lang::ALL {
            for step in TOUR {
                println!("## {}\n{}\n", lang.text(step.title), step_text(&step, lang));
            }
        }
    }

    /// The Korean follows the glossary of `i18n::ko`: none of the words it replaced.
    #[test]
    fn korean_uses_the_glossary() {
        for step in TOUR {
            let text = format!("{} {}", Lang::Ko.text(step.title), step_text(&step, Lang::Ko));
            for banned in [
                "PF-일",
                "방법 1",
                "방법 2",
                "방법 3",
                "Kaplan 등",
                "Hoffmann 등",
                "거듭제곱 법칙",
                "인쇄",
                "똑같이",
                "대략의",
            ] {
                assert!(!text.contains(banned), "{banned:?} in {text}");
            }
            assert!(!text.replace("과적합", "").contains("적합"), "적합 in {text}");
        }
    }

    #[test]
    fn every_step_is_a_clean_url_with_text_in_both_languages() {
        for step in TOUR {
            let parsed = parse_query(step.query);
            assert!(parsed.ignored.is_empty(), "{}: {:?}", step.query, parsed.ignored);
            for lang in Lang::ALL {
                let text = step_text(&step, lang);
                assert!(!lang.text(step.title).is_empty() && text.len() > 40);
                assert!(!text.contains('{') && !text.contains("NaN"), "unfilled placeholder: {text}");
            }
        }
    }

    /// Issue 21: the planner step's numbers from the laws layer: GPT-3's 6ND = 3.15e23 FLOPs
    /// on V100s (125 TFLOP/s) at 40 % MFU is 1.75M GPU-hours, 71.2 days on 1,024 GPUs.
    #[test]
    fn the_planner_step_counts_gpt3_on_v100s() {
        let step = TOUR.iter().find(|s| s.text == Key::TourPlanText).expect("planner step");
        let state = parse_query(step.query).state;
        assert!(state.shows(LawId::DeepSeek2024) && step.plot == PlotKind::Split);
        let en = step_text(step, Lang::En);
        assert!(en.contains("3.15×10²³ FLOPs on V100s at 40 % MFU: 1.75M GPU-hours, 71.2 days on 1,024 GPUs"), "{en}");
        let ko = step_text(step, Lang::Ko);
        assert!(ko.contains("GPU-시간 175만") && ko.contains("71.2일"), "{ko}");
    }
}
