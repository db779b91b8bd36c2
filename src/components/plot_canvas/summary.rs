//! The plot's text alternative (`aria-label`).

use crate::famous_models::FAMOUS_MODELS;
use crate::i18n::{Key, Lang};
use crate::numbers::{compact, format_loss, format_sci};
use crate::plots::PlotKind;
use crate::state::AppState;

/// A short text of what the plot shows, for `aria-label` and screen readers: the law, the
/// budget and its optimum, and on plot C the famous models drawn.
pub fn summary(kind: PlotKind, state: &AppState, lang: Lang) -> String {
    let law = state.law_for(state.law);
    let opt = law.optimum(state.compute);
    let mut text = format!(
        "{}. {}: {} {}, N* {}, D* {}, {} {}.",
        lang.text(Key::plot_title(kind)),
        lang.text(Key::LawName(state.law)),
        format_sci(state.compute),
        lang.text(Key::Flops),
        compact(lang, opt.n),
        compact(lang, opt.d),
        lang.text(Key::PredictedLoss),
        format_loss(opt.loss),
    );
    if kind == PlotKind::Nd {
        let you = lang.text(Key::You);
        let (n, d) = (compact(lang, state.n), compact(lang, state.d));
        text.push_str(&format!(" {you}: N {n}, D {d}. {}", lang.text(Key::LandscapeKeys)));
    }
    if kind == PlotKind::C && state.models {
        let names: Vec<&str> = FAMOUS_MODELS.iter().map(|m| m.name).collect();
        text.push_str(&format!(" {}: {}.", lang.text(Key::FamousModels), names.join(", ")));
    }
    text
}
