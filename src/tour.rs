//! The guided tour for class: a few steps, each just a URL query that sets the state, with a
//! title and a text from the i18n table.

use crate::famous_models::famous_model;
use crate::i18n::{Key, Lang};
use crate::laws::{format_ratio, kaplan, Law, LawId};
use crate::numbers::short;
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

/// Power laws → Kaplan's "bigger models" → Chinchilla's equal scaling → why the fits
/// disagree → what counts as a large language model today.
pub const TOUR: [TourStep; 5] = [
    // Straight lines: the loss-vs-compute frontier.
    TourStep {
        query: "law=kaplan2020&c=1e21&n=1.5e9&d=2.3e10&models=0",
        title: Key::Tour1Title,
        text: Key::Tour1Text,
        plot: PlotKind::C,
    },
    // How N* and D* grow with compute.
    TourStep {
        query: "law=kaplan2020&compare=chinchilla2022-a1&c=3.14e23&n=1.75e11&d=3e11&models=1",
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
    // Three splits at one budget.
    TourStep {
        query: "law=chinchilla2022&compare=chinchilla2022-a1,epoch2024&c=5.76e23&n=7e10&d=1.4e12&models=1",
        title: Key::Tour4Title,
        text: Key::Tour4Text,
        plot: PlotKind::Split,
    },
    // Tokens: the 100B-token line and LLaMA-3 8B's 15T.
    TourStep {
        query: "law=epoch2024&c=7.2e23&n=8e9&d=1.5e13&models=1",
        title: Key::Tour5Title,
        text: Key::Tour5Text,
        plot: PlotKind::D,
    },
];

/// Gopher's budget, where the paper compares its approaches (Hoffmann et al. 2022, Table 3).
const GOPHER_BUDGET: f64 = 5.76e23;

/// A step's text with its numbers computed from the laws and the model catalogue, never typed
/// in: Kaplan's growth factors, the optima at Gopher's budget, LLaMA-3 8B's tokens per parameter.
pub fn step_text(step: &TourStep, lang: Lang) -> String {
    let split = |id: LawId| Law::builtin(id).optimum(GOPHER_BUDGET);
    let kaplan_growth = |exp: f64| format_ratio(10f64.powf(exp));
    let llama = famous_model("llama3-8b");
    let values = [
        ("kn", kaplan_growth(kaplan::OPTIMAL_N_EXPONENT)),
        ("kd", kaplan_growth(1.0 - kaplan::OPTIMAL_N_EXPONENT)),
        ("k8", format_ratio(8f64.powf(kaplan::MIN_TOKENS_EXPONENT))),
        ("tpp", format_ratio(split(LawId::Chinchilla2022A1).tokens_per_param)),
        ("a1", short(lang, split(LawId::Chinchilla2022A1).n)),
        ("a3", short(lang, split(LawId::Chinchilla2022).n)),
        ("ep", short(lang, split(LawId::Epoch2024).n)),
        ("ld", llama.map(|m| short(lang, m.d)).unwrap_or_default()),
        ("ltpp", llama.map(|m| format_ratio(m.d / m.n)).unwrap_or_default()),
    ];
    let args: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    lang.fill(step.text, &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::query::parse_query;

    #[test]
    fn numbers_in_the_text_come_from_the_laws() {
        let en: Vec<String> = TOUR.iter().map(|s| step_text(s, Lang::En)).collect();
        assert!(en[1].contains("5.37×") && en[1].contains("1.86×") && en[1].contains("~4.66×"), "{}", en[1]);
        assert!(en[3].contains("67.0B") && en[3].contains("32.2B") && en[3].contains("72.2B"), "{}", en[3]);
        assert!(en[4].contains("15.0T") && en[4].contains("1875"), "{}", en[4]);
        assert!(step_text(&TOUR[3], Lang::Ko).contains("670억"));
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
}
