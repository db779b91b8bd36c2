//! The guided tour for class: a few steps, each just a URL query that sets the state, with a
//! title and a text from the i18n table.

use crate::i18n::Key;

/// One step: what to show (a query string, see `state::query`) and what to say.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TourStep {
    pub query: &'static str,
    pub title: Key,
    pub text: Key,
}

/// Power laws → Kaplan's "bigger models" → Chinchilla's equal scaling → why the fits
/// disagree → what counts as a large language model today.
pub const TOUR: [TourStep; 5] = [
    TourStep { query: "law=kaplan2020&c=1e21&n=1.5e9&d=2.3e10&models=0", title: Key::Tour1Title, text: Key::Tour1Text },
    TourStep {
        query: "law=kaplan2020&compare=chinchilla2022-a1&c=3.14e23&n=1.75e11&d=3e11&models=1",
        title: Key::Tour2Title,
        text: Key::Tour2Text,
    },
    TourStep {
        query: "law=chinchilla2022-a1&compare=kaplan2020&c=5.76e23&n=7e10&d=1.4e12&models=1",
        title: Key::Tour3Title,
        text: Key::Tour3Text,
    },
    TourStep {
        query: "law=chinchilla2022&compare=chinchilla2022-a1,epoch2024&c=5.76e23&n=7e10&d=1.4e12&models=1",
        title: Key::Tour4Title,
        text: Key::Tour4Text,
    },
    TourStep { query: "law=epoch2024&c=7.2e23&n=8e9&d=1.5e13&models=1", title: Key::Tour5Title, text: Key::Tour5Text },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::state::query::parse_query;

    #[test]
    fn every_step_is_a_clean_url_with_text_in_both_languages() {
        for step in TOUR {
            let parsed = parse_query(step.query);
            assert!(parsed.ignored.is_empty(), "{}: {:?}", step.query, parsed.ignored);
            for lang in Lang::ALL {
                assert!(!lang.text(step.title).is_empty() && lang.text(step.text).len() > 40);
            }
        }
    }
}
