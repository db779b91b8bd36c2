//! Every visible string of the page, in English and Korean. One typed table: [`Key`] names a
//! text, [`Lang::text`] returns it; the `match` is exhaustive, so a missing translation does not
//! compile.

use crate::famous_models::{Cite, FamousModel, Place};
use crate::laws::{Citation, CoeffProblem, Coefficients, LawId};
use crate::numbers::{bound, grouped};
use crate::state::quantity::{clip_user_text, QuantityError, QuantityKind};
use crate::state::query::{FieldError, Reason};
use crate::state::runs::{CellProblem, Column, RunError};
use crate::state::view::PlotKind;

pub use crate::state::view::Lang;

impl Lang {
    /// The text for `key` with `{name}` placeholders filled in.
    pub fn fill(self, key: Key, args: &[(&str, &str)]) -> String {
        let mut out = self.text(key).to_string();
        for (name, value) in args {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }

    /// Why a typed number was not accepted, in this language (ranges in the page's number
    /// format).
    pub fn quantity_error(self, error: &QuantityError) -> String {
        match error {
            QuantityError::Empty => self.text(Key::ErrEmpty).to_string(),
            QuantityError::NotANumber(text) => self.fill(Key::ErrNotANumber, &[("text", &clip_user_text(text))]),
            QuantityError::NotFinite => self.text(Key::ErrNotFinite).to_string(),
            QuantityError::NotPositive => self.text(Key::ErrNotPositive).to_string(),
            QuantityError::OutOfRange { min, max, .. } => {
                self.fill(Key::ErrOutOfRange, &[("min", &bound(*min)), ("max", &bound(*max))])
            }
            QuantityError::UnitNotAllowed(text) => self.fill(Key::ErrUnit, &[("text", &clip_user_text(text))]),
        }
    }

    /// Like [`Lang::quantity_error`], for a field that takes a plain number (the planner's
    /// PUE, price, peak, chips, MFU): "not a number" without the budget's and counts' examples.
    pub fn plain_quantity_error(self, error: &QuantityError) -> String {
        match error {
            QuantityError::Empty => self.text(Key::ErrEmptyPlain).to_string(),
            QuantityError::NotANumber(text) => self.fill(Key::ErrNotANumberPlain, &[("text", &clip_user_text(text))]),
            other => self.quantity_error(other),
        }
    }

    /// [`Lang::quantity_error`] next to a field of `kind`: its examples are ones the field
    /// takes (PF-days for the budget only; counts for parameters and tokens).
    pub fn field_quantity_error(self, error: &QuantityError, kind: QuantityKind) -> String {
        match (kind, error) {
            (QuantityKind::Count, QuantityError::Empty) => self.text(Key::ErrEmptyCount).to_string(),
            (QuantityKind::Count, QuantityError::NotANumber(text)) => {
                self.fill(Key::ErrNotANumberCount, &[("text", &clip_user_text(text))])
            }
            (QuantityKind::Fraction, _) => self.plain_quantity_error(error),
            _ => self.quantity_error(error),
        }
    }

    /// [`Lang::reason`] as a sentence of its own, next to a field ("Expected a whole number
    /// from 1 to 10,000,000."), where the notice lists it after the key in lower case.
    pub fn field_reason(self, key: &str, reason: &Reason) -> String {
        let text = self.reason(key, reason);
        let mut chars = text.chars();
        let mut out: String = chars.next().map(|c| c.to_uppercase().collect()).unwrap_or_default();
        out.push_str(chars.as_str());
        if !out.ends_with(['.', '。', ')']) {
            out.push('.');
        }
        out
    }

    /// A problem with pasted or uploaded runs, in this language.
    pub fn run_error(self, e: &RunError) -> String {
        match e {
            RunError::Cell { line, column, problem } => {
                let problem = match problem {
                    CellProblem::Missing => self.text(Key::RunMissingValue).to_string(),
                    CellProblem::NotANumber(t) => self.fill(Key::RunNotANumber, &[("text", t)]),
                    CellProblem::NotFinite => self.text(Key::RunNotFinite).to_string(),
                    CellProblem::NotPositive => self.text(Key::RunNotPositive).to_string(),
                };
                self.fill(
                    Key::RunCell,
                    &[("line", &line.to_string()), ("column", &column.to_string()), ("problem", &problem)],
                )
            }
            RunError::MissingColumn(Column::Params) => self.text(Key::RunMissingParams).to_string(),
            RunError::MissingColumn(Column::Tokens | Column::Compute) => self.text(Key::RunMissingTokens).to_string(),
            RunError::MissingColumn(Column::Loss | Column::Group) => self.text(Key::RunMissingLoss).to_string(),
            RunError::Empty => self.text(Key::RunEmpty).to_string(),
            RunError::TooFewRuns { found, needed } => {
                self.fill(Key::RunTooFew, &[("found", &found.to_string()), ("needed", &needed.to_string())])
            }
            RunError::TooLarge { limit } => {
                self.fill(Key::RunTooLarge, &[("limit", &crate::numbers::compact(self, *limit as f64))])
            }
            RunError::TooManyRows { limit } => {
                self.fill(Key::RunTooManyRows, &[("limit", &crate::numbers::compact(self, *limit as f64))])
            }
        }
    }

    /// Why the URL's `key` was not applied, in this language.
    pub fn reason(self, key: &str, reason: &Reason) -> String {
        let list = |items: &mut dyn Iterator<Item = &str>| items.collect::<Vec<_>>().join(", ");
        let coefficient = Coefficients::FIELDS.contains(&key);
        match reason {
            Reason::Repeated => self.text(Key::ReasonRepeated).to_string(),
            Reason::UnknownKey => self.text(Key::ReasonUnknownKey).to_string(),
            Reason::UnknownLaw => {
                self.fill(Key::ReasonUnknownLaw, &[("ids", &list(&mut LawId::ALL.iter().map(|id| id.as_str())))])
            }
            Reason::UnknownPlot => {
                self.fill(Key::ReasonExpected, &[("values", &list(&mut PlotKind::ALL.iter().map(|k| k.as_str())))])
            }
            Reason::Expected(values) => self.fill(Key::ReasonExpected, &[("values", &values.join(", "))]),
            Reason::Quantity(e) if coefficient => self.field_error(key, &FieldError::Quantity(e.clone())),
            Reason::Quantity(e) => self.quantity_error(e),
            Reason::Coefficient(p) => self.field_error(key, &FieldError::Coefficient(*p)),
            Reason::WholeNumber { min, max } => self.fill(
                Key::ReasonWholeNumber,
                &[("min", &grouped(u64::from(*min))), ("max", &grouped(u64::from(*max)))],
            ),
            Reason::NoLoss => self.text(Key::ReasonNoLoss).to_string(),
            Reason::FitValues { count } => self.fill(Key::ReasonFitValues, &[("count", &count.to_string())]),
            Reason::NoFit => self.text(Key::ReasonNoFit).to_string(),
            Reason::Fraction { min, max } => self.fill(
                Key::ReasonFraction,
                &[("min", &crate::numbers::format_percent(*min)), ("max", &crate::numbers::format_percent(*max))],
            ),
        }
    }

    /// Why a custom coefficient (typed or in the URL) was refused, naming the field by its
    /// symbol.
    pub fn field_error(self, field: &str, error: &FieldError) -> String {
        let f = coefficient_symbol(field);
        // A range bound as people write it: `0.05`, `10`, `1e6`.
        let bound = |x: f64| if x >= 1e5 { format!("{x:e}") } else { format!("{x}") };
        let range = |min: f64, max: f64| {
            self.fill(Key::CoeffOutOfRange, &[("field", f), ("min", &bound(min)), ("max", &bound(max))])
        };
        match error {
            FieldError::Quantity(QuantityError::Empty) => self.fill(Key::CoeffEmpty, &[("field", f)]),
            FieldError::Quantity(QuantityError::NotANumber(_)) => self.fill(Key::CoeffNotANumber, &[("field", f)]),
            FieldError::Quantity(QuantityError::NotFinite) | FieldError::Coefficient(CoeffProblem::NotFinite) => {
                self.fill(Key::CoeffNotFinite, &[("field", f)])
            }
            FieldError::Quantity(QuantityError::NotPositive) | FieldError::Coefficient(CoeffProblem::NotPositive) => {
                self.fill(Key::CoeffNotPositive, &[("field", f)])
            }
            FieldError::Quantity(QuantityError::UnitNotAllowed(_)) => self.fill(Key::CoeffUnit, &[("field", f)]),
            FieldError::Coefficient(CoeffProblem::OutOfRange { min, max }) => range(*min, *max),
            FieldError::Quantity(QuantityError::OutOfRange { .. }) => {
                let (min, max) = Coefficients::valid_range(field).unwrap_or((0.0, 0.0));
                range(min, max)
            }
        }
    }

    /// A reference in this language: "Brown et al. 2020, arXiv:2005.14165, Table D.1" or
    /// "Brown 외 2020, arXiv:2005.14165, 표 D.1".
    pub fn cite(self, c: &Cite) -> String {
        let et_al = match (c.et_al, self) {
            (false, _) => "",
            (true, Lang::En) => " et al.",
            (true, Lang::Ko) => " 외",
        };
        let place = match (c.place, self) {
            (Place::Table(t), Lang::En) => format!("Table {t}"),
            (Place::Table(t), Lang::Ko) => format!("표 {t}"),
            (Place::Section(s), _) => format!("§{s}"),
            (Place::Appendix(a), Lang::En) => format!("App. {a}"),
            (Place::Appendix(a), Lang::Ko) => format!("부록 {a}"),
            (Place::ModelCard, Lang::En) => "model card".to_string(),
            (Place::ModelCard, Lang::Ko) => "모델 카드".to_string(),
        };
        format!("{}{et_al} {}, arXiv:{}, {place}", c.authors, c.year, c.arxiv)
    }

    /// A law's authors as this language cites them: "Kaplan et al." or "Kaplan 외".
    pub fn authors(self, c: &Citation) -> String {
        match (self, c.authors.strip_suffix(" et al.")) {
            (Lang::Ko, Some(first)) => format!("{first} 외"),
            _ => c.authors.to_string(),
        }
    }

    /// Where in its paper a law's numbers come from ([`Citation::source`]), in this language.
    /// A source with no Korean text here shows in English (a test lists every law's).
    pub fn citation_source(self, c: &Citation) -> &'static str {
        if self == Lang::En {
            return c.source;
        }
        match c.source {
            "eqs. 1.1–1.3, 1.5, 4.4; Tables 2, 6; Fig. 14" => "식 1.1–1.3, 1.5, 4.4; 표 2, 6; 그림 14",
            "eqs. 2, 4, 10 (Approach 3)" => "식 2, 4, 10 (접근법 3)",
            "Approach 1: Table 2 (a = 0.50), Table 3 (67B at 5.76e23 FLOPs)" => {
                "접근법 1: 표 2 (a = 0.50), 표 3 (5.76e23 FLOPs에서 670억)"
            }
            "Approach 2: Table 2 (a = 0.49), Fig. 3 (63B at 5.76e23 FLOPs)" => {
                "접근법 2: 표 2 (a = 0.49), 그림 3 (5.76e23 FLOPs에서 630억)"
            }
            "Table 1 (refit of Approach 3)" => "표 1 (접근법 3의 재피팅)",
            "eqs. 5–6; C4 fit (datablations README)" => "식 5–6; C4 피팅 (datablations README)",
            "§3.1 (batch size, learning rate), §3.2 (M_opt, D_opt)" => {
                "§3.1 (배치 크기, 학습률), §3.2 (M_opt, D_opt)"
            }
            "§2–3 (training + inference FLOPs)" => "§2–3 (학습 + 추론 FLOPs)",
            "eq. 2 with user-given coefficients; optimum from eq. 4" => "사용자가 정한 계수의 식 2; 최적점은 식 4",
            "eq. 2 fitted to the user's runs as in §3.3 (Huber, L-BFGS); optimum from eq. 4" => {
                "§3.3처럼 사용자의 실행에 피팅한 식 2 (Huber, L-BFGS); 최적점은 식 4"
            }
            other => other,
        }
    }

    /// Where a famous model's numbers come from, with its note.
    pub fn famous_source(self, m: &FamousModel) -> String {
        match m.note {
            Some(note) => format!("{} ({})", self.cite(&m.cite), self.text(note)),
            None => self.cite(&m.cite),
        }
    }

    /// The text for `key` in this language.
    pub fn text(self, key: Key) -> &'static str {
        match self {
            Lang::En => en(key),
            Lang::Ko => ko(key),
        }
    }
}

impl Key {
    /// A plot's title.
    pub fn plot_title(kind: PlotKind) -> Key {
        match kind {
            PlotKind::N => Key::PlotN,
            PlotKind::D => Key::PlotD,
            PlotKind::C => Key::PlotC,
            PlotKind::Split => Key::PlotSplit,
            PlotKind::Nd => Key::PlotNd,
            PlotKind::Curves => Key::PlotCurves,
            PlotKind::Overhead => Key::PlotOverhead,
            PlotKind::Emergence => Key::PlotEmergence,
        }
    }
}

/// Latin-script words the Korean page shows on purpose (issue 12): names of laws, models,
/// people, organisations and datasets; the units FLOPs and PF-days and "nats", which Korean ML
/// texts write in Latin letters too; file formats; key names; formula symbols (6ND, TeX); and
/// the language switch's own "English". Single letters (N, D, C, E, the B/T of 32.2B) are
/// symbols. Any other Latin word on the Korean page is an untranslated string: the tests fail
/// on it.
pub const LATIN_IN_KOREAN: &[&str] = &[
    "Kaplan",
    "Chinchilla",
    "Epoch",
    "AI",
    "GPT",
    "Gopher",
    "LLaMA",
    "Llama",
    "PaLM",
    "OPT",
    "MT",
    "NLG",
    "Pythia",
    "Falcon",
    "BLOOM",
    "BigScience",
    "Team",
    "FLOPs",
    "FLOP",
    "PF",
    "days",
    "IsoFLOP",
    "nats",
    "English",
    "PNG",
    "SVG",
    "CSV",
    "LLM",
    "arXiv",
    "Shift",
    "URL",
    "iframe",
    "Hoffmann",
    "Besiroglu",
    "Erdil",
    "Barnett",
    "Brown",
    "Rae",
    "Smith",
    "Chowdhery",
    "Zhang",
    "Touvron",
    "Biderman",
    "Almazrouei",
    "Wei",
    "Schaeffer",
    "Pearce",
    "Song",
    "Porian",
    "AdamW",
    "Esc",
    "PageUp",
    "PageDown",
    "RefinedWeb",
    "OpenWebText",
    "WebText",
    "TeX",
    "ND",
    "Muennighoff",
    "Sardana",
    "Vries",
    "de",
    "Miranda",
    "Koyejo",
    // Issue 21: hardware, vendors and units of the planner; DeepSeek's law; formula subscripts.
    "DeepSeek",
    "Bi",
    "NVIDIA",
    "HGX",
    "SXM",
    "Google",
    "Cloud",
    "TPU",
    "GPU",
    "BF",
    "FP",
    "MFU",
    "PUE",
    "TDP",
    "MWh",
    "opt",
    "crit",
    // Issue 20: fitting the user's runs (formats, the optimiser, the example's source, the key).
    "TSV",
    "log",
    "BFGS",
    "Huber",
    "You",
    "Scaling",
    "replication",
    "attempt",
    "epoch",
    "research",
    "analyzing",
    "chinchilla",
    "params",
    "model",
    "size",
    "tokens",
    "training",
    "loss",
    "group",
    "fit",
    "alpha",
    "beta",
    "csv",
    "tsv",
    "ms",
    // Glossed terms: 퓨샷(few-shot).
    "few",
    "shot",
];

/// Latin words of two letters or more in `text` that [`LATIN_IN_KOREAN`] does not allow.
pub fn untranslated_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars().chain([' ']) {
        if c.is_ascii_alphabetic() {
            word.push(c);
        } else {
            if word.len() >= 2 && !LATIN_IN_KOREAN.contains(&word.as_str()) {
                out.push(word.clone());
            }
            word.clear();
        }
    }
    out
}

/// The symbol a coefficient is written with in the formula.
pub fn coefficient_symbol(field: &str) -> &'static str {
    match field {
        "E" => "E",
        "A" => "A",
        "B" => "B",
        "alpha" => "α",
        _ => "β",
    }
}

/// Names of the page's texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Title,
    Subtitle,
    ComputeBudget,
    Flops,
    PfDays,
    PrimaryLaw,
    CompareLaws,
    YourModel,
    Params,
    Tokens,
    YourCompute,
    Optimum,
    OptimalParams,
    /// Next to Kaplan's read-outs: its N is non-embedding parameters.
    NonEmbeddingNote,
    /// Kaplan's read-out label for N*.
    OptimalParamsNonEmbedding,
    OptimalTokens,
    TokensPerParam,
    PredictedLoss,
    LossUnit,
    LossUnderLaws,
    FamousModels,
    Ignored,
    PlotN,
    PlotD,
    PlotC,
    PlotSplit,
    AxisParams,
    AxisTokens,
    AxisCompute,
    AxisLoss,
    AxisCount,
    Extrapolation,
    Budget,
    You,
    NotComparable,
    PanicMessage,
    ReloadDefaults,
    LawName(LawId),
    LawDescription(LawId),
    FormulaHeading,
    AllocationHeading,
    SurfaceFrom,
    /// Units of Kaplan's formulas (C in PF-days, N without embeddings).
    FormulaUnits,
    /// Template: {c} {pf} {law} {n} {d} {tpp} {loss}
    ExplainBudget,
    /// Template: {fn} {fd}
    ExplainScale,
    /// Template: {a1} {a3} {a3u} {ep}
    Discrepancy,
    Source,
    Share,
    CopyLink,
    CopyEmbed,
    Copied,
    EmbedSnippet,
    OpenFullView,
    Present,
    ExitPresent,
    Fullscreen,
    KeyboardHelp,
    Tour,
    TourNext,
    TourPrev,
    TourClose,
    TourStepOf,
    Export,
    Language,
    Theme,
    ThemeLight,
    ThemeDark,
    /// Course rule-of-thumb markers. Templates: {n}; {lo} {hi}; {d}
    NoteEmergent,
    NoteLlmParams,
    NoteLlmTokens,
    PlotLabel,
    Tour1Title,
    Tour1Text,
    Tour2Title,
    Tour2Text,
    Tour3Title,
    Tour3Text,
    Tour4Title,
    Tour4Text,
    /// The step on why Kaplan and Chinchilla disagree (Pearce & Song 2024, Porian et al. 2024).
    TourReconcileTitle,
    TourReconcileText,
    Tour5Title,
    Tour5Text,
    CopyFailed,
    /// Hover read-out headings. Templates: {n} {d} {c}
    HoverN,
    HoverD,
    /// Template: {c}
    HoverC,
    HoverSplit,
    /// Template: {name} {n} {d} {c}
    HoverFamous,
    /// Template: {n} {d} {c}
    HoverUser,
    /// Template: {law} {n} {d}
    HoverOptimum,
    SeparateFitMarker,
    SeparateFitCaveat,
    SideBudgets,
    LegendNStar,
    LegendDStar,
    /// The dotted lines of the irreducible loss E on the loss plots.
    LegendE,
    /// "Your model" against a law's optimal split. Template: {diff} {n} {tpp}
    ExtraAbove,
    ExtraBelow,
    SeparateFitNote,
    /// Typed-number errors, next to the field. The budget's examples (FLOPs or PF-days).
    ErrEmpty,
    /// Template: {text}
    ErrNotANumber,
    /// A count's examples (parameters, tokens: no PF-days).
    ErrEmptyCount,
    /// Template: {text}
    ErrNotANumberCount,
    /// Template: {text}. For fields of plain numbers (PUE, price).
    ErrNotANumberPlain,
    /// For fields of plain numbers.
    ErrEmptyPlain,
    ErrNotFinite,
    ErrNotPositive,
    /// Template: {min} {max}
    ErrOutOfRange,
    /// Template: {text}
    ErrUnit,
    ReasonRepeated,
    ReasonUnknownKey,
    ReasonUnknownLaw,
    ReasonExpected,
    /// Template: {count}. Ignored parts not listed by name.
    IgnoredMore,
    /// Template: {count} {max}. Parts past the parser's cap, not read at all.
    IgnoredUnread,
    WhyTwoNote,
    WhyTwoLink,
    /// Presentation mode: the button over a thumbnail that shows its plot large.
    ShowLarge,
    /// A law's name in a compact legend (a two-plot embed, a phone).
    LawShort(LawId),
    SideBudgetsShort,
    LegendNStarShort,
    LegendDStarShort,
    ExtrapolationShort,
    LegendEShort,
    FamousNoteOptCorpus,
    FamousNotePythiaCard,
    FamousNoteLlama3Tokens,
    FamousNoteLlama31Tokens,
    /// In the share panel of a page opened from disk (`file://`): what the link points at and
    /// what needs a website.
    LocalFileNote,
    /// A close button (notice, share panel).
    Close,
    /// The tour's last button: closes it and restores the page.
    TourFinish,
    /// Share panel: which plots the embed shows.
    EmbedPlots,
    /// Labels of the custom coefficients' fields.
    CoeffE,
    CoeffA,
    CoeffB,
    CoeffAlpha,
    CoeffBeta,
    /// Custom coefficient errors. Template: {field}
    CoeffEmpty,
    /// Template: {field}
    CoeffNotANumber,
    /// Template: {field}
    CoeffNotFinite,
    /// Template: {field}
    CoeffNotPositive,
    /// Template: {field} {min} {max}
    CoeffOutOfRange,
    /// Template: {field}
    CoeffUnit,
    /// Section headings and the in-page links to them.
    SectionComputeOptimal,
    /// The name of the list of section links (a landmark for screen readers).
    SectionsNav,
    SectionBeyond,
    BeyondIntro,
    PlotOverhead,
    AxisSizeFraction,
    AxisOverhead,
    Unreachable,
    UnreachableShort,
    UniqueData,
    /// Marker labels.
    InferenceMarker,
    DataLimitedMarker,
    /// Template: {k}
    HoverOverhead,
    /// Template: {o}
    HoverOverheadLaw,
    /// Template: {law} {n} {d} {s}
    HoverInference,
    /// Template: {law} {n} {d} {ep}
    HoverDataLimited,
    InferenceTokens,
    UniqueTokens,
    InferenceOn,
    UniqueOn,
    NoInference,
    Unlimited,
    OverheadHeading,
    /// Template: {e}
    OverheadExplain,
    SizeFraction,
    Overhead,
    NoSurface,
    SeparateOptimum,
    /// Template: {inf}
    InferenceHeading,
    InferenceExplain,
    InferenceOff,
    TrainTokens,
    TotalFlops,
    Saving,
    /// Template: {n} {d} {s}
    SardanaNote,
    /// Template: {u}
    DataLimitedHeading,
    DataLimitedExplain,
    DataLimitedOff,
    TokensWithRepeats,
    Epochs,
    EffectiveData,
    LimitedLoss,
    /// Template: {laws} {rd} {rn}
    TransferNote,
    /// Formula headings of the explain section.
    OverheadFormula,
    InferenceFormula,
    DataFormula,
    /// Tour steps beyond compute-optimal. Templates: {n} {d} {o} {k}; {n} {ni} {di} {s} {inf}; {u} {n} {epochs} {l} {l0}
    TourOvertrainTitle,
    TourOvertrainText,
    TourInferenceTitle,
    TourInferenceText,
    TourRepeatTitle,
    TourRepeatText,
    /// Template: {min} {max}
    ReasonWholeNumber,
    /// The "Emergence" section (issue 19; Schaeffer et al. 2023).
    SectionEmergence,
    EmergenceIntro,
    PlotEmergence,
    AxisAccuracy,
    AxisParamsOnPath,
    LegendTokenAccuracy,
    LegendTokenAccuracyShort,
    /// Template: {k}
    LegendExactMatch,
    /// Template: {k}
    LegendYourK,
    EmergenceCaveat,
    AnswerLength,
    LogAccuracyAxis,
    TokenAccuracy,
    /// Template: {k}
    ExactMatch,
    NoReducibleLoss,
    /// Template: {n} {d} {k}
    EmergenceHeading,
    /// Template: {n} {d}
    HoverEmergence,
    /// Template: {p} {e} {k}
    HoverEmergenceLaw,
    /// Tour. Templates: {ak} {an0} {an1} {ae0} {ae1} {ap0} {ap1} {em}; {af} {em} {an0} {an1} {ar0} {ar1}
    TourEmergeJumpTitle,
    TourEmergeJumpText,
    TourEmergeSmoothTitle,
    TourEmergeSmoothText,
    /// The "Loss landscape" section (issue 17).
    SectionLandscape,
    LandscapeIntro,
    PlotNd,
    LegendFitBox,
    LegendFitBoxShort,
    LegendIsoFlop,
    LegendIsoFlopShort,
    LegendBudgetLine,
    LegendBudgetLineShort,
    /// Template: {n} {d} {r} {c}
    HoverNd,
    /// Template: {l}
    HoverNdLoss,
    LandscapeKeys,
    TourLandscapeTitle,
    /// Template: {lsc} {lsn} {lsd} {lsl} {gn} {gd} {lsg}
    TourLandscapeText,
    /// The "Learning curves" section (issue 18).
    SectionCurves,
    CurvesIntro,
    PlotCurves,
    AxisRunCompute,
    AxisFinalLoss,
    /// Template: {law}
    LegendRuns,
    LegendEnvelope,
    LegendEnvelopeOwn,
    LegendEnvelopeShort,
    LegendBudgetRun,
    LegendBudgetRunShort,
    LegendConverged,
    LegendConvergedShort,
    /// Template: {c}
    HoverCurves,
    /// Template: {n} {d} {l} {gap} {linf}
    HoverCurvesRun,
    /// Template: {l} {n}
    HoverEnvelope,
    /// Template: {n} {c} {d} {l} {gap}
    HoverTangency,
    FitRunsParabolas,
    FitRunsDots,
    FitRunsShort,
    HoverRun,
    CurvesCaveat,
    /// Template: {n} {d} {c}
    GapHeading,
    /// Template: {gap} {linf}
    GapYours,
    /// Template: {n} {d} {gap} {linf}
    GapOptimum,
    GapExplain,
    /// Tour. Template: {cvn} {cvd} {cvl} {cvgap} {cvlinf} {cvshare}
    TourCurvesTitle,
    TourCurvesText,
    // Issue 21: the training-run planner and DeepSeek's law.
    SectionPlanner,
    PlannerIntro,
    Hardware,
    HardwareCustom,
    PeakPerChip,
    MfuLabel,
    ChipsLabel,
    PriceLabel,
    PueLabel,
    /// Template: {law} {n} {d}
    PlanOptimumHeading,
    /// Template: {n} {d}
    PlanUserHeading,
    ChipHours,
    /// Template: {chips}
    WallDays,
    /// Template: {x}
    DaysValue,
    CostLabel,
    EnergyLabel,
    NoBoardPower,
    InferenceLabel,
    /// Template: {flops} {s} {cost}
    InferenceValue,
    BatchLabel,
    LearningRateLabel,
    StepsLabel,
    CriticalBatchLabel,
    /// Template: {x}
    TokensValue,
    HyperNote,
    /// Template: {price} {pue}
    PlannerAssumptions,
    /// Template: {palm} {l0} {l1}
    MfuNote,
    /// Template: {peak} {precision} {power} {doc}
    HardwareSpec,
    /// Template: {w}
    BoardPower,
    BoardPowerUnknown,
    /// Template: {name}
    DocDatasheet,
    /// Template: {name}
    DocDocumentation,
    CustomPeakNote,
    RunsHeading,
    RunsIntro,
    RunModel,
    RunReported,
    /// Template: {mfu}
    RunEstimate,
    RunImplied,
    NotReported,
    RunNoteGpt3,
    /// Template: {mfu}
    RunNotePalm,
    /// Template: {l0} {l1}
    RunNoteLlama,
    NoLossReason,
    OptimalParamsFlopsPerToken,
    FlopsPerTokenNote,
    ReasonNoLoss,
    /// Template: {min} {max}
    ReasonFraction,
    DeepSeekHeading,
    TourPlanTitle,
    /// Template: {c} {h} {days} {chips} {mfu}
    TourPlanText,
    SectionFit,
    FitIntro,
    FitInputLabel,
    FitFile,
    FitRun,
    FitLoadExample,
    FitExampleSource,
    FitExclude,
    FitRunning,
    FitResult,
    FitVsEpoch,
    FitApproach2,
    FitApproach2TooFew,
    FitGroupSizes,
    FitGroupConvex,
    FitGroupOutside,
    FitSkippedGroups,
    FitBootstrap,
    FitBootstrapRunning,
    FitIntervals,
    FitIntervalOptimum,
    FitInvalid,
    FitFailed,
    FitRemove,
    FitPoints,
    FitFromLink,
    RunCell,
    RunMissingValue,
    RunNotANumber,
    RunNotFinite,
    RunNotPositive,
    RunMissingParams,
    RunMissingTokens,
    RunMissingLoss,
    RunEmpty,
    RunTooFew,
    RunTooLarge,
    RunTooManyRows,
    RunMoreErrors,
    RunFileError,
    RunExampleError,
    ReasonFitValues,
    ReasonNoFit,
}

fn en(key: Key) -> &'static str {
    match key {
        Key::Title => "Scaling laws of language models",
        Key::Subtitle => "How big a model, how many tokens, what loss — for a given compute budget.",
        Key::ComputeBudget => "Compute budget",
        Key::Flops => "FLOPs",
        Key::PfDays => "PF-days",
        Key::PrimaryLaw => "Scaling law",
        Key::CompareLaws => "Compare with",
        Key::YourModel => "Your model",
        Key::Params => "Parameters N",
        Key::Tokens => "Training tokens D",
        Key::YourCompute => "Compute 6ND",
        Key::Optimum => "Compute-optimal split",
        Key::OptimalParams => "Parameters N*",
        Key::OptimalParamsNonEmbedding => "Non-embedding N*",
        Key::NonEmbeddingNote => "Kaplan's N counts non-embedding parameters only (Kaplan et al. §1.3); the other laws (except DeepSeek's, also non-embedding) and the famous models count all parameters.",
        Key::OptimalTokens => "Tokens D*",
        Key::TokensPerParam => "Tokens per parameter",
        Key::PredictedLoss => "Predicted loss",
        Key::LossUnit => "nats/token",
        Key::LossUnderLaws => "Loss under each law",
        Key::FamousModels => "Famous models",
        Key::Ignored => "Ignored in the URL",
        Key::PlotN => "Loss vs parameters (iso-FLOP)",
        Key::PlotD => "Loss vs tokens (iso-FLOP)",
        Key::PlotC => "Loss vs compute (optimal frontier)",
        Key::PlotSplit => "Compute-optimal N* and D*",
        Key::AxisParams => "parameters N",
        Key::AxisTokens => "tokens D",
        Key::AxisCompute => "compute C (FLOPs)",
        Key::AxisLoss => "loss (nats/token)",
        Key::AxisCount => "N* (params), D* (tokens)",
        Key::Extrapolation => "beyond the fitted range",
        Key::Budget => "budget",
        Key::You => "you",
        Key::NotComparable => "Absolute losses of different papers are not comparable (other data, other tokenizers): compare shapes and splits.",
        Key::PanicMessage => "Something went wrong and the page stopped.",
        Key::ReloadDefaults => "Reload with defaults",
        Key::LawDescription(id) => match id {
            LawId::Kaplan2020 => "Kaplan et al. fitted separate power laws of the loss in model size, data and compute, on WebText2 with models of up to {nmax} parameters (§3). Their N counts non-embedding parameters only (§1.3), unlike the other laws and the famous models on this page. Their compute-efficient recipe grows the model much faster than the data (N* ∝ C^{a}, §6.1), so a bigger budget mostly buys a bigger model trained on relatively few tokens, stopped well before convergence. The page spends the whole budget at N*, so D* = C/6N*; Table 6 prints D_opt ≈ 2×10¹⁰·C_min^0.27 tokens, about 1.8 times as many, because C_min (PF-days) is the compute of training far below the critical batch size, and training at the critical batch size takes about twice as much (§5.1). §6.3 warns that these trends must break down before about {pf} PF-days and {nb} parameters.",
            LawId::Chinchilla2022 => "Hoffmann et al. trained over 400 models ({n0}–{n1} parameters, {d0}–{d1} tokens) and fitted L(N, D) = E + A/N^α + B/D^β (Approach 3). Minimising it under C = 6ND gives the optimal model and data for any budget. The page uses eq. 10 as the paper prints it, rounded (E = {e}, α = {alpha}, β = {beta}); the optimum is sensitive to that rounding: at Gopher's budget these give {a3}, while the unrounded values of the paper's TeX source (Besiroglu et al. 2024) give {a3u}, the 40B of Fig. 4.",
            LawId::Chinchilla2022A1 => "Approach 1 of Hoffmann et al.: for each budget, take the lowest training-loss envelope over many runs; the optimal model and data then grow in equal proportion, N* ∝ C^{a} and D* ∝ C^{b} (Table 2), about {tpp} tokens per parameter at Gopher's budget. The line passes through the paper's {n} optimum at Gopher's budget (Table 3). Losses are read from the Approach-3 surface.",
            LawId::Chinchilla2022A2 => "Approach 2 of Hoffmann et al.: at nine fixed budgets, vary model size and fit a parabola to each IsoFLOP profile; the minima give N* ∝ C^{a} and D* ∝ C^{b} (Table 2). The line passes through the paper's {n} projection for Gopher's budget (green marker of Fig. 3). Losses are read from the Approach-3 surface.",
            LawId::Epoch2024 => "Besiroglu, Erdil, Barnett and You (Epoch AI) digitised the points of the paper's Fig. 4 and refitted the same formula (Approach 3). Their coefficients agree with Approaches 1 and 2 (about {tpp} tokens per parameter at Gopher's budget), unlike the published Approach-3 fit, which they trace to an optimiser that stopped before convergence and to the rounding of the printed coefficients.",
            LawId::Muennighoff2023 => "Muennighoff et al. trained models of up to {nmax} parameters on up to {dmax} tokens of C4, repeating the same data for up to hundreds of epochs, and fitted the same formula with effective data D′ and effective parameters N′: repeated tokens are worth less and less (a repeated token's value falls by a factor e every R_D* = {rd} repetitions, so the effective data never exceeds 1 + R_D* times the unique tokens), and so are parameters beyond the compute-optimal size for the unique data (R_N* = {rn}). Without a data limit it behaves like any parametric law; set “unique tokens” to see the limit.",
            LawId::DeepSeek2024 => "Bi et al. (DeepSeek LLM) fitted where the optimum lies rather than a loss surface: from IsoFLOP runs between {c0} and {c1} FLOPs, the optimal model scale grows as M_opt = 0.1715·C^{a} and the data as D_opt = 5.8316·C^{b} (§3.2). Their model scale M is non-embedding FLOPs per token (72·n_layer·d_model² + 6·n_layer·d_model·l_seq), not a parameter count: it counts the attention's compute, which 6N leaves out, and leaves out the embedding, which holds parameters but costs little compute; the paper shows that both 6N with and without the embedding misjudge the compute of small models. The page shows M_opt/6 as N* (non-embedding parameters, M ≈ 6N) and D* = C/M_opt ({tpp} tokens per parameter at Gopher's budget). The law predicts no loss, so the loss plots and loss read-outs leave it out.",
            LawId::Custom => "Your own coefficients for L(N, D) = E + A/N^α + B/D^β: edit E, A, B, α and β in the fields under the law picker to see how each one moves the optimum. They are kept in the page's link.",
            LawId::Fit => "L(N, D) = E + A/N^α + B/D^β fitted in this page to your own runs (section “Fit your own runs”): Approach 3 of Hoffmann et al., Huber loss and L-BFGS. Its five coefficients are kept in the page's link; the runs are not.",
        },
        Key::FormulaHeading => "The law, with its coefficients",
        Key::AllocationHeading => "Compute-optimal allocation",
        Key::SurfaceFrom => "Loss read from the Approach-3 surface",
        Key::FormulaUnits => "(C in PF-days; N without embeddings)",
        Key::ExplainBudget => "At {c} FLOPs ({pf} PF-days), {law} puts the optimum at {n} parameters trained on {d} tokens — {tpp} tokens per parameter — for a predicted loss of {loss} nats/token.",
        Key::ExplainScale => "Ten times more compute multiplies the optimal model by {fn}× and its training data by {fd}×.",
        Key::Discrepancy => "Why the Chinchilla numbers disagree: at this budget Approach 1 (Table 2's exponent through Table 3's 67B at Gopher's budget, with D = C/6N) puts the optimum at {a1}, but the Approach-3 coefficients as the paper prints them (eq. 10, rounded) give {a3}; unrounded, they give {a3u}: the fit behind the paper's own Fig. 4 (40B at Gopher's budget). Besiroglu et al. (2024) refitted points digitised from Fig. 4 and found that the published fit does not match them (an optimiser stopped before convergence, and the rounding); their refit, {ep}, agrees with Approaches 1 and 2.",
        Key::Source => "Source",
        Key::Share => "Share / embed",
        Key::CopyLink => "Copy link",
        Key::CopyEmbed => "Copy iframe",
        Key::Copied => "Copied",
        Key::EmbedSnippet => "Embed in a blog",
        Key::OpenFullView => "Open full view ↗",
        Key::Present => "Present",
        Key::ExitPresent => "Exit presentation",
        Key::Fullscreen => "Fullscreen",
        Key::KeyboardHelp => "Keys: ←/→ budget ×10^0.1 (Shift ×10), 1–9 enlarge that plot, m famous models, PageDown/PageUp guided tour (a clicker)",
        Key::Tour => "Guided tour",
        Key::TourNext => "Next",
        Key::TourPrev => "Back",
        Key::TourClose => "Close",
        Key::TourStepOf => "Step {i} of {n}",
        Key::Export => "Export",
        Key::Language => "Language",
        Key::Theme => "Theme",
        Key::ThemeLight => "Light",
        Key::ThemeDark => "Dark",
        Key::NoteEmergent => "~{n}: emergence rule of thumb",
        Key::NoteLlmParams => "LLM ≥ {lo}–{hi}",
        Key::NoteLlmTokens => "LLM ≥ {d} tokens",
        Key::PlotLabel => "Plot",
        Key::Tour1Title => "Power laws are straight lines on log–log axes",
        Key::Tour1Text => "Loss falls as a power of model size N, data D and compute C. On logarithmic axes a power law is a straight line, which is why every axis here counts powers of ten. For Kaplan's pure power laws each tenfold increase in compute multiplies the loss by the same factor, {kf}. Chinchilla's law is E + A/N^α + B/D^β: only the reducible part L − E shrinks by a fixed factor ({cf} per tenfold compute), so its curve bends and flattens toward the irreducible loss E = {e} (dotted line). Drag the budget slider to compare the two.",
        Key::Tour2Title => "Kaplan 2020: spend it mostly on a bigger model",
        Key::Tour2Text => "Kaplan et al. found N* ∝ C^{kexp} (§6.1): ten times the compute should go mostly into a model {kn}× bigger, with only {kd}× more data, so a compute-efficient run trains a big model on few tokens and stops long before convergence. (Their overfitting rule D ≳ {ovf} is a separate statement: 8× the model needs only ~{k8}× the data to avoid overfitting.) GPT-3 shares the “big model, few tokens” idea, with {gtpp} tokens per parameter, but it is not on Kaplan's frontier, which at GPT-3's budget would be {kng} parameters with {ktpp} tokens per parameter (the whole budget at N*, D = C/6N; Table 6's D_opt, for training at the critical batch size, is about 1.8 times more). Kaplan's N counts non-embedding parameters, and §6.3 warns that these trends must break down before about {bpf} PF-days and {bn} parameters; GPT-3's budget is already {gpf} PF-days.",
        Key::Tour3Title => "Chinchilla 2022: scale model and data in equal proportion",
        Key::Tour3Text => "Hoffmann et al. found that model and data should grow in equal proportion: at Gopher's budget, Approach 1 gives {a1} parameters (Table 3), so the budget buys about {tpp} tokens per parameter (D = C/6N). With that budget, Gopher ({gn} parameters, {gd} tokens) was far too big for its data; Chinchilla ({cn} parameters, {cd} tokens) used the same compute and beat it (§4). Compare GPT-3 and Gopher with the optimum on the plots.",
        Key::Tour4Title => "Why the published fits disagree",
        Key::Tour4Text => "At Gopher's budget the paper gives three answers: Approach 1 gives {a1} parameters (Table 3), Approach 2 {a2} (Fig. 3, green marker) and Approach 3 40B (Fig. 4 caption). The page's Approach 3 gives {a3} because it uses eq. 10 as the paper prints it, rounded (α = {al}, β = {be}); the unrounded values of the paper's TeX source give {a3u} (Besiroglu et al. 2024). Epoch AI refitted points digitised from Fig. 4 and got {ep}, in line with Approaches 1 and 2: the published Approach-3 fit was off, not the equal-scaling idea. Absolute losses of different papers are not comparable; compare the splits.",
        Key::TourReconcileTitle => "Why Kaplan and Chinchilla disagree",
        Key::TourReconcileText => "Kaplan's N* ∝ C^{kexp} and Chinchilla's C^{cexp} look like opposite advice; two 2024 papers explain most of the gap. Pearce & Song: Kaplan counted non-embedding parameters and fitted small models (up to {nmax}); simulating Chinchilla's own law over that range and counting parameters Kaplan's way gives a local exponent of 0.74 (Chinchilla's coefficients) to 0.78 (Epoch's). Porian et al. reproduced Kaplan's set-up (exponent 0.86 on OpenWebText2) and removed the differences one by one (Table 1): counting the last layer's FLOPs (0.70), a shorter warm-up (0.60), cosine decay matched to each run (0.57), then tuning learning rate, batch size and AdamW β₂ per model size, with no decay at all (0.52; 0.50 on RefinedWeb). Decay was not the key.",
        Key::Tour5Title => "What counts as a large language model",
        Key::Tour5Text => "This course's rule of thumb, not a law: a large language model has at least {p0}–{p1} parameters and is trained on at least {t0} tokens (marked on the plots). The notes also mark ~{em}, one of GPT-3's model sizes (Brown et al. 2020, Table 2.1), above which some tasks jump in few-shot tests. There is no single threshold: Wei et al. (2022, Table 1) report scales that depend on the task and the model family, and Schaeffer et al. (2023) argue that many jumps come from the metric (such as exact match), not from the model. Today's models are trained far beyond the compute optimum — {lname} saw over {ld} tokens, more than {ltpp} per parameter — because a smaller model is cheaper to run for its users.",
        Key::CopyFailed => "Copy failed: select the text and copy it",
        Key::HoverN => "N = {n}, D = {d} at {c} FLOPs: loss",
        Key::HoverD => "D = {d}, N = {n} at {c} FLOPs: loss",
        Key::HoverC => "C = {c} FLOPs: compute-optimal loss",
        Key::HoverSplit => "C = {c} FLOPs: compute-optimal split",
        Key::HoverFamous => "{name}: {n} parameters, {d} tokens ({c} FLOPs)",
        Key::HoverUser => "Your model: {n} parameters, {d} tokens ({c} FLOPs)",
        Key::HoverOptimum => "{law}: optimum N* {n}, D* {d}",
        Key::SeparateFitMarker => "(a fit of its own, not the bottom of this law's loss curve)",
        Key::SeparateFitCaveat => "Kaplan's N* (Table 6) and Chinchilla's Approaches 1 and 2 are allocation fits of their own, not the minimum of the loss curves drawn for them: their optimum markers can sit on the side of the IsoFLOP valley, and a model can beat “the optimum” on the same curve.",
        Key::SideBudgets => "budget ÷10 and ×10",
        Key::LegendNStar => "N* parameters (thick)",
        Key::LegendDStar => "D* tokens (thin)",
        Key::LegendE => "E: irreducible loss (dotted)",
        Key::ExtraAbove => "{diff} above the loss of this law's optimal split for the same compute ({n} parameters, {tpp} tokens per parameter)",
        Key::ExtraBelow => "{diff} below the loss of this law's optimal split for the same compute ({n} parameters, {tpp} tokens per parameter)",
        Key::SeparateFitNote => "— possible because that split is a fit of its own, not the minimum of this loss surface",
        Key::ErrEmpty => "Type a number, e.g. 5.76e23 or 3 PF-days.",
        Key::ErrNotANumber => "“{text}” is not a number: try 5.76e23 or 3 PF-days.",
        Key::ErrNotANumberPlain => "“{text}” is not a number.",
        Key::ErrEmptyCount => "Type a number, e.g. 7e10, 70B or 1.4T.",
        Key::ErrNotANumberCount => "“{text}” is not a number: try 7e10, 70B or 1.4T.",
        Key::ErrEmptyPlain => "Type a number.",
        Key::ErrNotFinite => "Too large to compute with.",
        Key::ErrNotPositive => "Must be greater than zero.",
        Key::ErrOutOfRange => "Must lie between {min} and {max}.",
        Key::ErrUnit => "“{text}”: that unit does not apply here.",
        Key::ReasonRepeated => "given more than once; the last value is used",
        Key::ReasonUnknownKey => "not a setting of this page",
        Key::ReasonUnknownLaw => "unknown law; known: {ids}",
        Key::ReasonExpected => "expected one of: {values}",
        Key::IgnoredMore => "… and {count} more.",
        Key::IgnoredUnread => "{count} more parts were not read: a link holds at most {max} settings.",
        Key::WhyTwoNote => "Why two answers? The same paper fitted its training runs in different ways, and the fits disagree.",
        Key::WhyTwoLink => "Read why ↓",
        Key::ShowLarge => "Show large: {plot}",
        Key::LawShort(id) => match id {
            LawId::Kaplan2020 => "Kaplan 2020",
            LawId::Chinchilla2022 => "Chinchilla A3",
            LawId::Chinchilla2022A1 => "Chinchilla A1",
            LawId::Chinchilla2022A2 => "Chinchilla A2",
            LawId::Epoch2024 => "Epoch 2024",
            LawId::Muennighoff2023 => "Muennighoff 2023",
            LawId::DeepSeek2024 => "DeepSeek 2024",
            LawId::Custom => "Custom",
            LawId::Fit => "Your fit",
        },
        Key::SideBudgetsShort => "budget ÷10, ×10",
        Key::LegendNStarShort => "N* (thick)",
        Key::LegendDStarShort => "D* (thin)",
        Key::ExtrapolationShort => "extrapolated",
        Key::LegendEShort => "E (irreducible)",
        Key::FamousNoteOptCorpus => "175B parameters; D is the corpus size, 180B tokens (datasheet), not a count of tokens seen in training",
        Key::FamousNotePythiaCard => "11,846,072,320 parameters, 299,892,736,000 tokens",
        Key::FamousNoteLlama3Tokens => "“over 15T tokens”",
        Key::FamousNoteLlama31Tokens => "15.6T tokens",
        Key::LocalFileNote => "This page was opened from a file on this computer: the link and the iframe code point at that file and open only here. To share the page or embed it in a blog, put it on a website; installing it as an app needs one too. Everything else works from the file, without a network.",
        Key::Close => "Close",
        Key::TourFinish => "Finish",
        Key::EmbedPlots => "Plots in the embed",
        Key::CoeffE => "E — irreducible loss",
        Key::CoeffA => "A — model-size coefficient",
        Key::CoeffB => "B — data coefficient",
        Key::CoeffAlpha => "α — model-size exponent",
        Key::CoeffBeta => "β — data exponent",
        Key::CoeffEmpty => "{field}: enter a number",
        Key::CoeffNotANumber => "{field}: not a number (e.g. 0.34 or 406.4)",
        Key::CoeffNotFinite => "{field}: not a finite number",
        Key::CoeffNotPositive => "{field} must be greater than 0",
        Key::CoeffOutOfRange => "{field} must be between {min} and {max}",
        Key::CoeffUnit => "{field}: a plain number, without a unit",
        Key::SectionComputeOptimal => "Compute-optimal",
        Key::SectionsNav => "Sections of the page",
        Key::SectionBeyond => "Beyond compute-optimal",
        Key::BeyondIntro => "Real models are trained on far more tokens than is compute-optimal for their size: they will be served, and unique data runs out. Three questions, each answered by the laws: what does a smaller model cost to train to the same loss (over-training overhead), which size is cheapest once serving counts, and what is optimal when the data must be repeated?",
        Key::PlotOverhead => "Over-training: extra compute for a smaller model",
        Key::AxisSizeFraction => "model size ÷ compute-optimal size for the same loss",
        Key::AxisOverhead => "extra training compute, %",
        Key::Unreachable => "no amount of data reaches the loss",
        Key::UnreachableShort => "unreachable",
        Key::UniqueData => "unique data",
        Key::InferenceMarker => "with inference",
        Key::DataLimitedMarker => "data-limited",
        Key::HoverOverhead => "{k}× the compute-optimal size",
        Key::HoverOverheadLaw => "+{o} compute",
        Key::HoverInference => "{law}, cheapest over training + inference: {n} parameters on {d} tokens, {s} saved",
        Key::HoverDataLimited => "{law}, optimum with limited unique data: {n} parameters on {d} tokens ({ep} epochs)",
        Key::InferenceTokens => "Inference tokens over the model's life",
        Key::UniqueTokens => "Unique training tokens available",
        Key::InferenceOn => "Count inference",
        Key::UniqueOn => "Limit unique data",
        Key::NoInference => "none",
        Key::Unlimited => "unlimited",
        Key::OverheadHeading => "Your model's over-training overhead",
        Key::OverheadExplain => "Extra training compute against the compute-optimal model that reaches the same loss, and your model's size as a fraction of that model's (de Vries 2023; closed form of {e}).",
        Key::SizeFraction => "size ÷ optimal size",
        Key::Overhead => "extra compute",
        Key::NoSurface => "— (no surface E + A/N^α + B/D^β to compare on)",
        Key::SeparateOptimum => "— (its optimum is a fit of its own, not the minimum of its surface)",
        Key::InferenceHeading => "Cheapest over training + inference ({inf} inference tokens)",
        Key::InferenceExplain => "Same loss as the compute-optimal model of the budget; training costs 6·N·D FLOPs and serving 2·N per token (Sardana et al. 2024).",
        Key::InferenceOff => "Switch on “Count inference” to size the model for serving too (Sardana et al. 2024).",
        Key::TrainTokens => "Training tokens",
        Key::TotalFlops => "Training + inference FLOPs",
        Key::Saving => "Saved against the compute-optimal model",
        Key::SardanaNote => "Sardana et al. 2024 (§3, with Chinchilla's unrounded fit): a 13B compute-optimal model facing 2T inference tokens is better replaced by about 7B trained on about 1.3T tokens, saving about 17 %. The page's rounded Chinchilla coefficients (eq. 10) give {n} parameters on {d} tokens, saving {s}.",
        Key::DataLimitedHeading => "Optimum with {u} unique tokens",
        Key::DataLimitedExplain => "Repeated tokens are worth less and less, and so are parameters beyond the compute-optimal size for the unique data (Muennighoff et al. 2023): the loss is minimised along C = 6ND with the effective data D′ and parameters N′.",
        Key::DataLimitedOff => "Switch on “Limit unique data” to see the optimum when the data must be repeated (Muennighoff et al. 2023).",
        Key::TokensWithRepeats => "Tokens, repeats included",
        Key::Epochs => "Epochs over the unique data",
        Key::EffectiveData => "Effective data D′",
        Key::LimitedLoss => "Loss",
        Key::TransferNote => "For {laws}: Muennighoff et al. fitted R_D* = {rd} and R_N* = {rn} with their own law on C4; applying them here transfers their fit to another law.",
        Key::OverheadFormula => "Over-training overhead (de Vries 2023)",
        Key::InferenceFormula => "Training + inference (Sardana et al. 2024)",
        Key::DataFormula => "Repeated data (Muennighoff et al. 2023)",
        Key::TourOvertrainTitle => "Over-training",
        Key::TourOvertrainText => "Llama 3 8B-like: {n} parameters on {d} tokens is far past compute-optimal. Reaching the same loss with the compute-optimal model would cost less: this model is {k}× its size and pays {o} extra training compute. In the shaded region on the left no amount of data reaches that loss.",
        Key::TourInferenceTitle => "Paying for inference",
        Key::TourInferenceText => "A model is trained once and served many times: each served token costs 2·N FLOPs. With {inf} inference tokens, the compute-optimal {n} model is replaced by {ni} parameters trained on {di} tokens for the same loss, saving {s} of the total.",
        Key::TourRepeatTitle => "Repeated data",
        Key::TourRepeatText => "With only {u} unique tokens, the best split of this budget trains {n} parameters for {epochs} epochs; its loss {l} is above the {l0} of unlimited data. Repeated tokens are worth less and less (Muennighoff et al. 2023).",
        Key::ReasonWholeNumber => "expected a whole number from {min} to {max}",
        Key::SectionEmergence => "Emergence",
        Key::EmergenceIntro => "Course notes say abilities “emerge” around ~6.7B parameters, and also that loss falls smoothly. Both can be true: if each token of an answer is right with probability p = e^−(L−E), a k-token answer is exactly right with probability p^k. A smooth fall of the loss then looks like a sudden jump on a linear accuracy axis, and like the smooth line it is on a log axis (adapted from Schaeffer, Miranda and Koyejo 2023, who use the per-token loss as a power law).",
        Key::PlotEmergence => "Smooth loss, sharp accuracy",
        Key::AxisAccuracy => "accuracy",
        Key::AxisParamsOnPath => "parameters N (D = D*(N), compute-optimal)",
        Key::LegendTokenAccuracy => "token accuracy p = e^−(L−E) (= partial credit)",
        Key::LegendTokenAccuracyShort => "token",
        Key::LegendExactMatch => "exact match, k = {k} tokens",
        Key::LegendYourK => "exact match, your k = {k} (thick)",
        Key::EmergenceCaveat => "Schaeffer et al. 2023's illustrative model (arXiv:2304.15004) on the laws' loss: it shows how the metric shapes the curve, and predicts no benchmark.",
        Key::AnswerLength => "Answer length k (tokens)",
        Key::LogAccuracyAxis => "Log accuracy axis",
        Key::TokenAccuracy => "token accuracy",
        Key::ExactMatch => "exact match ({k} tokens)",
        Key::NoReducibleLoss => "— (Kaplan's laws have no irreducible loss E, so no reducible loss L − E: left out of this view)",
        Key::EmergenceHeading => "Your model ({n} parameters, {d} tokens), k = {k}",
        Key::HoverEmergence => "N = {n}, D*(N) = {d}: token accuracy · exact match",
        Key::HoverEmergenceLaw => "{p} · {e} (k = {k})",
        Key::TourEmergeJumpTitle => "Emergence: it jumps!",
        Key::TourEmergeJumpText => "Along the compute-optimal path, exact match of a {ak}-token answer is {ae0} at {an0} parameters and {ae1} at {an1}: on a linear axis it stays near zero, then shoots up, passing 50 % at about {a50} parameters — not at the course's ~{em}: where the jump shows depends on the answer's length and on the law. Token accuracy meanwhile only goes from {ap0} to {ap1}. This is Schaeffer et al. 2023's illustrative model, not a benchmark.",
        Key::TourEmergeSmoothTitle => "Emergence: smooth all along",
        Key::TourEmergeSmoothText => "The same curves on a log axis. Exact match is p^k = e^(−k·(L−E)), so its logarithm is just k times the reducible loss, which falls smoothly: by a factor {af} per tenfold N. From {an0} to {an1} it climbs {ar0}× then {ar1}× per decade, with no step at ~{em}. The jump was the all-or-nothing metric, not the model (Schaeffer et al. 2023).",
        Key::SectionLandscape => "Loss landscape",
        Key::LandscapeIntro => "The picture behind Chinchilla: the primary law's loss L(N, D) over model size N and training tokens D, coloured from low (dark) to high (light), with labelled iso-loss contours. On these log axes every budget C = 6ND is a straight line of slope −1 (thin every decade, bold at your budget). The compute-optimal model is where the bold line touches the lowest contour; the path those points take as the budget grows is drawn for each shown law. Drag your model (◆) across the map, or focus the plot and press the arrow keys: ←/→ change N and ↑/↓ change D by ×10^0.1 (Shift ×10).",
        Key::PlotNd => "Loss landscape L(N, D) with iso-FLOP lines",
        Key::LegendFitBox => "fitted range of the primary law (dashed box)",
        Key::LegendFitBoxShort => "fitted range",
        Key::LegendIsoFlop => "iso-FLOP lines C = 6ND, labelled 10ᵏ FLOPs",
        Key::LegendIsoFlopShort => "C = 10ᵏ",
        Key::LegendBudgetLine => "your budget's iso-FLOP line",
        Key::LegendBudgetLineShort => "budget",
        Key::HoverNd => "N = {n}, D = {d}: {r} tokens per parameter, C = 6ND = {c} FLOPs",
        Key::HoverNdLoss => "L(N, D) = {l}",
        Key::LandscapeKeys => "Arrow keys move your model: ←/→ its N, ↑/↓ its D, by ×10^0.1 (Shift ×10).",
        Key::TourLandscapeTitle => "The loss landscape: where the budget meets the loss",
        Key::TourLandscapeText => "Colour is the loss of Chinchilla's fitted surface over model size N and tokens D; the thin lines are iso-loss contours. A fixed budget C = 6ND is a straight line (bold: Gopher's {lsc} FLOPs). Walking along it, the loss is lowest where the line just touches a contour: {lsn} parameters on {lsd} tokens, loss {lsl} (the circle). Gopher ({gn} on {gd}, a square near the same line) sits on a higher contour: loss {lsg}. Move the budget and the circle follows the compute-optimal path; drag your model ◆ to read the loss of any split.",
        Key::SectionCurves => "Learning curves",
        Key::CurvesIntro => "Course notes say that larger models' loss falls faster and ends lower, and that compute-efficient training stops long before the loss converges. Both show in the classic figure (Kaplan et al. 2020, Fig. 2; Hoffmann et al. 2022, Fig. 2): one curve per model size N, its loss against the compute C = 6ND of training on D tokens. At each budget the best run lies on the lower envelope — the compute-optimal frontier — where it touches one curve, and that curve is still far above the loss L(N, ∞) (dashed) its model would reach with unlimited data.",
        Key::PlotCurves => "Learning curves: one run per model size",
        Key::AxisRunCompute => "compute C = 6ND of a run trained to D tokens (FLOPs)",
        Key::AxisFinalLoss => "final loss of that run (nats/token)",
        Key::LegendRuns => "{law}: N = 10⁷…10¹², every ×√10",
        Key::LegendEnvelope => "lower envelope = compute-optimal frontier",
        Key::LegendEnvelopeOwn => "lower envelope of L(N, D) (not this law's own optimum)",
        Key::LegendEnvelopeShort => "envelope",
        Key::LegendBudgetRun => "curve of the budget's N*",
        Key::LegendBudgetRunShort => "N*",
        Key::LegendConverged => "L(N, ∞): converged loss (dashed)",
        Key::LegendConvergedShort => "L(N, ∞)",
        Key::HoverCurves => "C = {c} FLOPs: the run nearest the pointer",
        Key::HoverCurvesRun => "N = {n}, D = {d}: loss {l}, {gap} above its converged loss {linf}",
        Key::HoverEnvelope => "envelope here: {l} (N = {n})",
        Key::HoverTangency => "N = {n} touches the envelope at C = {c} (D = {d}): loss {l}, still {gap} above its converged loss",
        Key::CurvesCaveat => "Each point is the final loss of a separate run of N parameters trained to D = C/6N tokens, which is what these fits describe — not one run's loss during training. For Kaplan's law the curves are its L(N, D) (eq. 1.5, the early-stopped loss on D tokens); its compute-efficient N* (Table 6) is a separate fit, so the highlighted curve need not touch the envelope.",
        Key::GapHeading => "Distance to convergence: your model ({n} parameters, {d} tokens) and the optimum of {c} FLOPs",
        Key::GapYours => "your model: {gap} nats above L(N, ∞) = {linf}",
        Key::GapOptimum => "the budget's optimum ({n} on {d} tokens): {gap} nats above L(N*, ∞) = {linf}",
        Key::GapExplain => "L(N, D) − L(N, ∞): how far a run of N parameters stopped after D tokens still is above the loss the same model would reach with unlimited data (B/D^β for L = E + A/N^α + B/D^β).",
        Key::TourCurvesTitle => "Learning curves: stopping long before convergence",
        Key::TourCurvesText => "Each thin curve is one model size trained on more and more tokens: bigger models start higher at small compute, fall faster and end lower, each toward its own converged loss L(N, ∞) (dashed). At Gopher's budget the best run is the one whose curve touches the bold envelope: {cvn} parameters on {cvd} tokens, loss {cvl}. It stops {cvgap} nats above the {cvlinf} the same model would reach with unlimited data. On Chinchilla's surface every compute-optimal run keeps α/(α+β) = {cvshare} of its reducible loss L − E in the data term, at every budget: compute-efficient training always stops long before convergence. Each point is a separate run's final loss, not one run's training curve.",
        Key::SectionPlanner => "Training-run planner",
        Key::PlannerIntro => "From a FLOP budget to chips, days, money and energy: chip-hours = C / (peak · MFU · 3600). Every input is editable; the defaults are assumptions, said as such below.",
        Key::Hardware => "Hardware",
        Key::HardwareCustom => "Custom (typed peak)",
        Key::PeakPerChip => "Peak per chip (FLOP/s)",
        Key::MfuLabel => "Model FLOPs utilisation (MFU)",
        Key::ChipsLabel => "Chips",
        Key::PriceLabel => "Price per chip-hour",
        Key::PueLabel => "PUE (data-centre overhead)",
        Key::PlanOptimumHeading => "Compute-optimal model of {law}: {n} parameters, {d} tokens",
        Key::PlanUserHeading => "Your model: {n} parameters, {d} tokens",
        Key::ChipHours => "Chip-hours",
        Key::WallDays => "Wall-clock days on {chips} chips",
        Key::DaysValue => "{x} days",
        Key::CostLabel => "Cost",
        Key::EnergyLabel => "Energy (MWh, upper bound)",
        Key::NoBoardPower => "— (no published board power for this chip)",
        Key::InferenceLabel => "Inference per 1M generated tokens",
        Key::InferenceValue => "{flops} FLOPs = {s} chip-seconds ≈ {cost}",
        Key::BatchLabel => "Batch size (DeepSeek B_opt)",
        Key::LearningRateLabel => "Learning rate (DeepSeek η_opt)",
        Key::StepsLabel => "Training steps D / B",
        Key::CriticalBatchLabel => "Critical batch (Kaplan B_crit)",
        Key::TokensValue => "{x} tokens",
        Key::HyperNote => "Batch size and learning rate: Bi et al. 2024 (DeepSeek LLM) §3.1, B_opt = 0.2920·C^0.3271 tokens and η_opt = 0.3118·C^−0.1250, with C = 6ND; fitted on their data, tokenizer and optimiser, so far from their budgets they are extrapolations. Kaplan et al. 2020 (eq. 1.4, §5.1): B_crit = 2·10⁸ / L^(1/0.21) tokens, evaluated at Kaplan's own loss of the model (their WebText2 loss scale, not another law's).",
        Key::PlannerAssumptions => "Assumptions: the default price, {price} per chip-hour, is a round figure, not a quote; prices stay in the currency you type ($ unless you write €, £, ¥ or ₩). Energy multiplies the datasheet's maximum board power (TDP) by the PUE (default {pue}): an upper-bound estimate of the chips alone, without hosts, network or storage. Google publishes no per-chip power for its TPUs, so they get no energy estimate.",
        Key::MfuNote => "What large runs report: PaLM 540B {palm} MFU (Chowdhery et al. 2022, arXiv:2204.02311, Table 3), Llama 3 405B {l0}–{l1} (Llama Team 2024, arXiv:2407.21783, Table 4). MFU counts the model's own FLOPs (6N per token plus attention; PaLM, App. B), not recomputation, against the chips' peak; the planner counts 6ND only.",
        Key::HardwareSpec => "{peak} FLOP/s {precision} dense per chip, {power} ({doc})",
        Key::BoardPower => "{w} W board power (TDP)",
        Key::BoardPowerUnknown => "board power not published",
        Key::DocDatasheet => "{name} datasheet",
        Key::DocDocumentation => "{name} documentation",
        Key::CustomPeakNote => "Custom hardware: the typed peak, no board power (no energy estimate).",
        Key::RunsHeading => "Check against reported training runs",
        Key::RunsIntro => "The planner's chip-hours for these models' 6ND on the hardware they used, at the MFU set above, next to what their authors report. The gap is what a real run adds: restarts, failures, rematerialisation, evaluation — the MFU the report implies is lower than the MFU measured while running.",
        Key::RunModel => "Model",
        Key::RunReported => "Reported chip-hours",
        Key::RunEstimate => "Planner at {mfu} MFU",
        Key::RunImplied => "Implied MFU",
        Key::NotReported => "not reported",
        Key::RunNoteGpt3 => "The paper says the models were trained on V100 GPUs (§2.3) and gives the total compute (Table D.1), not the GPU count or time.",
        Key::RunNotePalm => "6,144 TPU v4 chips for 1,200 hours and 3,072 for 336 hours, including downtime and repeated steps (App. B); {mfu} MFU while running (Table 3).",
        Key::RunNoteLlama => "Up to 16,384 H100 GPUs (§3.3); {l0}–{l1} MFU while running (Table 4); GPU-hours from the Llama 3.1 model card.",
        Key::NoLossReason => "— (no loss surface: DeepSeek's law only places the optimum)",
        Key::OptimalParamsFlopsPerToken => "N* = M*/6 (non-embedding)",
        Key::FlopsPerTokenNote => "M is non-embedding FLOPs per token, attention included (Bi et al. 2024, §3.2); the page shows M*/6 as N*, in non-embedding parameters, and D* = C/M*.",
        Key::ReasonNoLoss => "this law has no loss surface, so it cannot be the primary law; it is shown in the comparison",
        Key::ReasonFraction => "expected a fraction from {min} to {max} (like 0.4, 40 or 40%)",
        Key::SectionFit => "Fit your own runs",
        Key::FitRunsParabolas => "Your runs (dots, colour: loss) and Approach 2's parabolas",
        Key::FitRunsDots => "Your runs (dots, colour: loss)",
        Key::FitRunsShort => "your runs",
        Key::HoverRun => "Your run: N = {n}, D = {d}, loss {l}",
        Key::FitIntro => "Paste a table of your training runs, or open a .csv or .tsv file: a header line naming the columns — N (or params, model size), D (or tokens) or C (or FLOPs, training FLOP), and loss; optionally budget or group for Approach 2 —, separated by commas, tabs or semicolons; numbers like 70B, 1.4T or 5.76e23. Approach 3 fits L(N, D) = E + A/N^α + B/D^β in this page: the Huber loss (δ = 10⁻³) between log L and its prediction, minimised by L-BFGS from the best of a grid of 4,500 starts. The fitted law then joins the plots and read-outs as “Your fit”. Your runs stay in this page: only the five coefficients go into the link.",
        Key::FitInputLabel => "Your runs (CSV or TSV, with a header line)",
        Key::FitFile => "Open a .csv or .tsv file",
        Key::FitRun => "Fit",
        Key::FitLoadExample => "Load the example",
        Key::FitExampleSource => "Example: the 245 runs (N, C, loss) that Epoch AI read off Figure 4 of Hoffmann et al. 2022 — Besiroglu, Erdil, Barnett, You, “Chinchilla Scaling: A replication attempt” (Epoch AI, 2024), data repository epoch-research/analyzing-chinchilla; D = C/(6N). Their Table 1: E = 1.8172, A = 482.01, B = 2085.43, α = 0.3478, β = 0.3658.",
        Key::FitExclude => "Leave out the five highest-loss points (as Epoch does)",
        Key::FitRunning => "Fitting… {percent}",
        Key::FitResult => "Approach 3 on {points} runs: E = {e}, A = {a}, B = {b}, α = {alpha}, β = {beta} (Huber objective {objective}, {ms} ms)",
        Key::FitVsEpoch => "Against Epoch's Table 1: {diffs}",
        Key::FitApproach2 => "Approach 2: N_opt ∝ C^{a}, D_opt ∝ C^{b} from {groups} IsoFLOP groups",
        Key::FitApproach2TooFew => "Approach 2: too few IsoFLOP groups ({groups} usable, {needed} needed). These runs are not iso-FLOP sweeps (runs of one budget over several model sizes), so no exponent is given.",
        Key::FitGroupSizes => "{compute} FLOPs: only {sizes} distinct model sizes (4 needed)",
        Key::FitGroupConvex => "{compute} FLOPs: the parabola has no minimum",
        Key::FitGroupOutside => "{compute} FLOPs: the parabola's minimum lies outside the model sizes trained",
        Key::FitSkippedGroups => "Groups skipped ({count}):",
        Key::FitBootstrap => "Bootstrap: {count} resamples",
        Key::FitBootstrapRunning => "Resampling… {done} of {total}",
        Key::FitIntervals => "95 % percentile intervals from {done} resamples:",
        Key::FitIntervalOptimum => "At {compute} FLOPs: N* {n_low} … {n_high}, D* {d_low} … {d_high}",
        Key::FitInvalid => "The fit's {field} lies outside the range the page can draw ({problem}); the fitted law is not shown.",
        Key::FitFailed => "The fit found no finite optimum.",
        Key::FitRemove => "Remove the fit",
        Key::FitPoints => "Your runs (colour: loss)",
        Key::FitFromLink => "This link carries a fitted law (its coefficients only, not the runs).",
        Key::RunCell => "Line {line}, column {column}: {problem}",
        Key::RunMissingValue => "no value",
        Key::RunNotANumber => "“{text}” is not a number",
        Key::RunNotFinite => "not a finite number",
        Key::RunNotPositive => "must be greater than 0",
        Key::RunMissingParams => "No column of model sizes: name one N, params or model size.",
        Key::RunMissingTokens => "No column of tokens or compute: name one D, tokens, C, FLOPs or training FLOP.",
        Key::RunMissingLoss => "No loss column: name one loss.",
        Key::RunEmpty => "Nothing to read: paste a table whose first line names the columns.",
        Key::RunTooFew => "{found} usable runs; a fit needs at least {needed}.",
        Key::RunTooLarge => "Only the first {limit} bytes of the text were read.",
        Key::RunTooManyRows => "Only the first {limit} rows were read.",
        Key::RunMoreErrors => "… and {count} more problems.",
        Key::RunFileError => "The file could not be read.",
        Key::RunExampleError => "The example could not be loaded.",
        Key::ReasonFitValues => "expected five numbers E,A,B,alpha,beta separated by commas (got {count})",
        Key::ReasonNoFit => "there is no fitted law: the link has no valid fit=E,A,B,alpha,beta",
        Key::DeepSeekHeading => "DeepSeek's allocation law",
        Key::TourPlanTitle => "What a budget costs",
        Key::TourPlanText => "GPT-3's {c} FLOPs on V100s at {mfu} MFU: {h} GPU-hours, {days} days on {chips} GPUs. The planner turns any budget into chips, days, money and energy, with batch size and learning rate from DeepSeek's laws — and DeepSeek's own allocation, in FLOPs per token, joins the split plot.",
        Key::LawName(id) => match id {
            LawId::Kaplan2020 => "Kaplan et al. 2020",
            LawId::Chinchilla2022 => "Chinchilla 2022 (Approach 3)",
            LawId::Chinchilla2022A1 => "Chinchilla 2022 (Approach 1)",
            LawId::Chinchilla2022A2 => "Chinchilla 2022 (Approach 2)",
            LawId::Epoch2024 => "Epoch AI 2024 refit",
            LawId::Muennighoff2023 => "Muennighoff et al. 2023",
            LawId::DeepSeek2024 => "DeepSeek LLM 2024",
            LawId::Custom => "Custom coefficients",
            LawId::Fit => "Your fit (Approach 3)",
        },
    }
}

/// Korean, written as a Korean ML course writes it. One glossary, used everywhere (keep new
/// texts to it):
///
/// | English | 한국어 |
/// |---|---|
/// | scaling law | 스케일링 법칙 |
/// | power law | 멱법칙 (거듭제곱 only for the operation: "N의 거듭제곱") |
/// | loss | 손실 |
/// | compute / compute budget | 연산량 / 연산 예산 |
/// | compute-optimal | 연산 최적 (최적 배분, 최적점) |
/// | FLOPs, PF-days | FLOPs, PF-days (kept in English; "PF-일" is never displayed, only accepted as input) |
/// | parameters / tokens | 파라미터 / 토큰 |
/// | tokens per parameter | 파라미터당 토큰 수 |
/// | to fit / refit | 피팅 / 재피팅 (not 적합: it reads as "suitable"; 과적합 = overfitting stays) |
/// | coefficient / exponent | 계수 / 지수 |
/// | IsoFLOP | IsoFLOP(동일 연산량) |
/// | Approach 1–3 | 접근법 1–3 |
/// | irreducible loss E | 줄일 수 없는 손실 E |
/// | extrapolation | 외삽 |
/// | (efficient) frontier | 최적 경계 |
/// | optimiser | 옵티마이저 |
/// | emergent abilities | 창발적 능력 |
/// | large language model | 대규모 언어 모델(LLM) |
/// | et al. | 외 ("Kaplan 외", never "등") |
/// | famous models | 유명 모델 |
/// | coefficients as printed | 논문에 표기된(반올림된) 계수 |
/// | rule of thumb | 경험칙 |
/// | warm-up, cosine decay | 워밍업, 코사인 감쇠 |
/// | learning curve | 학습 곡선 |
/// | loss landscape | 손실 지형 |
/// | iso-loss contour | 등손실선 |
/// | iso-FLOP line | 동일 연산량 선 |
/// | (training) run | 학습 실행 |
/// | lower envelope | 아래쪽 포락선 |
/// | converged loss L(N, ∞) | 수렴 손실 |
/// | chip-hours / chip-seconds | 칩-시간 / 칩-초 |
/// | wall-clock days | 걸리는 날수 |
/// | model FLOPs utilisation (MFU) | 모델 FLOPs 활용률 (MFU) |
/// | board power (TDP), PUE | 보드 전력(TDP), PUE (kept in English) |
/// | datasheet | 데이터시트 |
/// | batch size / learning rate / training steps | 배치 크기 / 학습률 / 학습 스텝 |
/// | critical batch size | 임계 배치 크기 |
/// | non-embedding | 비임베딩 |
/// | rematerialisation | 재계산 |
fn ko(key: Key) -> &'static str {
    match key {
        Key::Title => "언어 모델의 스케일링 법칙",
        Key::Subtitle => "주어진 연산 예산에서 모델은 얼마나 크게, 토큰은 얼마나 많이 써야 하고, 손실은 얼마가 될까?",
        Key::ComputeBudget => "연산 예산",
        Key::Flops => "FLOPs",
        Key::PfDays => "PF-days",
        Key::PrimaryLaw => "스케일링 법칙",
        Key::CompareLaws => "비교할 법칙",
        Key::YourModel => "내 모델",
        Key::Params => "파라미터 수 N",
        Key::Tokens => "학습 토큰 수 D",
        Key::YourCompute => "연산량 6ND",
        Key::Optimum => "연산 최적 배분",
        Key::OptimalParams => "파라미터 N*",
        Key::OptimalParamsNonEmbedding => "임베딩 제외 N*",
        Key::NonEmbeddingNote => "Kaplan의 N은 임베딩을 뺀 파라미터 수입니다 (Kaplan 외 §1.3). 다른 법칙(역시 임베딩을 빼는 DeepSeek 제외)과 유명 모델은 전체 파라미터 수를 셉니다.",
        Key::OptimalTokens => "토큰 D*",
        Key::TokensPerParam => "파라미터당 토큰 수",
        Key::PredictedLoss => "예측 손실",
        Key::LossUnit => "nats/토큰",
        Key::LossUnderLaws => "법칙별 손실",
        Key::FamousModels => "유명 모델",
        Key::Ignored => "URL에서 무시된 값",
        Key::PlotN => "파라미터 수에 따른 손실 (동일 연산량)",
        Key::PlotD => "토큰 수에 따른 손실 (동일 연산량)",
        Key::PlotC => "연산량에 따른 손실 (최적 경계)",
        Key::PlotSplit => "연산 최적 N*와 D*",
        Key::AxisParams => "파라미터 N",
        Key::AxisTokens => "토큰 D",
        Key::AxisCompute => "연산량 C (FLOPs)",
        Key::AxisLoss => "손실 (nats/토큰)",
        Key::AxisCount => "N* (파라미터), D* (토큰)",
        Key::Extrapolation => "피팅 범위 밖 (외삽)",
        Key::Budget => "예산",
        Key::You => "내 모델",
        Key::NotComparable => "서로 다른 논문의 손실 절댓값은 비교할 수 없습니다 (데이터와 토크나이저가 다름). 곡선의 모양과 배분을 비교하세요.",
        Key::PanicMessage => "문제가 생겨 페이지가 멈췄습니다.",
        Key::ReloadDefaults => "기본값으로 다시 열기",
        Key::LawDescription(id) => match id {
            LawId::Kaplan2020 => "Kaplan 외는 WebText2에서 최대 {nmax} 파라미터 모델로 실험해, 손실을 모델 크기·데이터·연산량 각각에 대한 멱법칙으로 피팅했습니다 (§3). 이들의 N은 임베딩을 뺀 파라미터 수로 (§1.3), 이 페이지의 다른 법칙과 유명 모델이 세는 전체 파라미터 수와 다릅니다. 이들의 연산 효율적 학습법은 데이터보다 모델을 훨씬 빠르게 키웁니다 (N* ∝ C^{a}, §6.1). 그래서 예산이 커지면 주로 더 큰 모델을 비교적 적은 토큰으로, 수렴하기 한참 전까지만 학습합니다. §6.3은 이 추세가 약 {pf} PF-days, {nb} 파라미터에 이르기 전에 깨질 수밖에 없다고 경고합니다.",
            LawId::Chinchilla2022 => "Hoffmann 외는 400개가 넘는 모델 (파라미터 {n0}–{n1}, 토큰 {d0}–{d1})을 학습해 L(N, D) = E + A/N^α + B/D^β를 피팅했습니다 (접근법 3). C = 6ND 조건에서 이 식을 최소화하면 어떤 예산에서든 최적의 모델 크기와 데이터 양이 나옵니다. 이 페이지는 논문 본문의 식 (10)에 표기된(반올림된) 계수를 그대로 씁니다: E = {e}, α = {alpha}, β = {beta}. 최적점은 이 반올림에 민감합니다. Gopher 예산에서 최적점은 이 계수로 계산하면 {a3}, 논문 TeX 원본의 반올림 전 값(Besiroglu 외 2024)으로 계산하면 {a3u}입니다 (그림 4의 400억).",
            LawId::Chinchilla2022A1 => "Hoffmann 외의 접근법 1: 예산마다 여러 학습 곡선에서 가장 낮은 손실의 포락선을 취하면, 최적 모델 크기와 데이터 양이 같은 비율로 커집니다: N* ∝ C^{a}, D* ∝ C^{b} (표 2). Gopher 예산에서는 파라미터당 약 {tpp}토큰입니다. 직선은 Gopher 예산에서 논문이 제시한 최적점 {n} 파라미터(표 3)를 지납니다. 손실은 접근법 3의 손실 곡면에서 읽습니다.",
            LawId::Chinchilla2022A2 => "Hoffmann 외의 접근법 2: 고정된 아홉 개의 예산에서 모델 크기를 바꿔 가며 각 IsoFLOP(동일 연산량) 곡선에 포물선을 피팅하고, 그 최솟값들에서 지수를 얻습니다: N* ∝ C^{a}, D* ∝ C^{b} (표 2). 직선은 Gopher 예산에 대한 논문의 예측값 {n} 파라미터(그림 3의 초록색 점)를 지납니다. 손실은 접근법 3의 손실 곡면에서 읽습니다.",
            LawId::Epoch2024 => "Besiroglu 외 (Epoch AI)는 논문 그림 4의 점들을 디지털화해 같은 식을 다시 피팅했습니다 (접근법 3). 이들의 계수는 발표된 접근법 3의 피팅과 달리 접근법 1, 2와 일치합니다 (Gopher 예산에서 파라미터당 약 {tpp}토큰). 이들은 발표된 피팅이 어긋난 원인으로 수렴 전에 멈춘 옵티마이저와 본문 계수의 반올림을 꼽습니다.",
            LawId::Muennighoff2023 => "Muennighoff 외는 C4에서 최대 {nmax} 파라미터 모델을 최대 {dmax} 토큰으로, 같은 데이터를 수백 에포크까지 반복하며 학습하고, 같은 식을 유효 데이터 D′와 유효 파라미터 N′로 피팅했습니다. 반복된 토큰의 가치는 점점 줄고 (반복된 토큰의 가치는 R_D* = {rd}번 반복할 때마다 e분의 1로 줄어, 유효 데이터는 고유 토큰의 1 + R_D*배를 넘지 못함), 고유 데이터에 대한 연산 최적 크기를 넘는 파라미터도 마찬가지입니다 (R_N* = {rn}). 데이터 제한이 없으면 다른 파라미터 법칙과 같습니다. “고유 토큰”을 정하면 제한이 보입니다.",
            LawId::DeepSeek2024 => "Bi 외(DeepSeek LLM)는 손실 곡면이 아니라 최적점의 위치를 피팅했습니다. {c0}–{c1} FLOPs의 IsoFLOP 실험에서 최적 모델 규모는 M* = 0.1715·C^{a}, 데이터는 D* = 5.8316·C^{b}로 자랍니다 (§3.2). 모델 규모 M은 파라미터 수가 아니라 토큰당 비임베딩 FLOPs(72 × 층 수 × 은닉 차원² + 6 × 층 수 × 은닉 차원 × 시퀀스 길이: 층마다 은닉 차원의 제곱에 비례하는 행렬 곱 연산에 어텐션 연산을 더한 값)입니다. 6N이 빠뜨리는 어텐션 연산을 세고, 파라미터는 많지만 연산은 적은 임베딩을 빼기 때문입니다. 논문은 임베딩을 넣든 빼든 6N이 작은 모델의 연산량을 잘못 잰다는 것을 보여 줍니다. 이 페이지는 M*/6을 N*(비임베딩 파라미터, M ≈ 6N)로, D*를 C/M*로 보여 줍니다 (Gopher 예산에서 파라미터당 {tpp} 토큰). 이 법칙은 손실을 예측하지 않으므로 손실 그래프와 손실 값에는 나오지 않습니다.",
            LawId::Custom => "L(N, D) = E + A/N^α + B/D^β의 계수를 직접 정합니다. 법칙 선택 아래 입력란에서 E, A, B, α, β를 바꿔 각 계수가 최적점을 어떻게 움직이는지 보세요. 값은 페이지 링크에 저장됩니다.",
            LawId::Fit => "이 페이지에서 내 학습 실행에 피팅한 L(N, D) = E + A/N^α + B/D^β (‘내 학습 실행으로 피팅하기’ 구역): Hoffmann 외의 접근법 3, Huber 손실과 L-BFGS. 계수 다섯 개는 페이지 링크에 저장되고, 학습 실행 데이터는 저장되지 않습니다.",
        },
        Key::FormulaHeading => "법칙과 계수",
        Key::AllocationHeading => "연산 최적 배분",
        Key::SurfaceFrom => "손실은 접근법 3의 손실 곡면에서 읽음",
        Key::FormulaUnits => "(C의 단위는 PF-days, N은 임베딩 제외)",
        Key::ExplainBudget => "{c} FLOPs ({pf} PF-days)에서 {law}의 최적점은 {n} 파라미터 모델을 {d} 토큰으로 학습하는 것입니다. 파라미터당 {tpp} 토큰이며, 예측 손실은 {loss} nats/토큰입니다.",
        Key::ExplainScale => "연산량을 10배로 늘리면 최적 모델은 {fn}배, 학습 데이터는 {fd}배가 됩니다.",
        Key::Discrepancy => "Chinchilla의 숫자가 서로 다른 이유: 이 예산에서 접근법 1(표 2의 지수로 Gopher 예산에서 표 3의 670억을 지나는 직선, D = C/6N)은 최적점을 {a1}(으)로 두지만, 논문 본문에 표기된(반올림된) 접근법 3 계수(식 10)는 {a3}를 줍니다. 반올림 전 값으로는 {a3u}이며, 이것이 논문 그림 4 (Gopher 예산에서 400억)의 바탕이 된 피팅입니다. Besiroglu 외 (2024)는 그림 4에서 디지털화한 점들로 다시 피팅해, 발표된 피팅이 이 점들과 맞지 않음을 보였습니다 (수렴 전에 멈춘 옵티마이저와 반올림 때문). 이들의 재피팅 결과 {ep}는 접근법 1, 2와 일치합니다.",
        Key::Source => "출처",
        Key::Share => "공유 / 삽입",
        Key::CopyLink => "링크 복사",
        Key::CopyEmbed => "iframe 복사",
        Key::Copied => "복사됨",
        Key::EmbedSnippet => "블로그에 삽입",
        Key::OpenFullView => "전체 페이지로 열기 ↗",
        Key::Present => "발표 모드",
        Key::ExitPresent => "발표 모드 끝내기",
        Key::Fullscreen => "전체 화면",
        Key::KeyboardHelp => "키: ←/→ 예산 ×10^0.1 (Shift ×10), 1–9 그 번호의 그래프 크게 보기, m 유명 모델, PageDown/PageUp 둘러보기 (프레젠테이션 리모컨)",
        Key::Tour => "둘러보기",
        Key::TourNext => "다음",
        Key::TourPrev => "이전",
        Key::TourClose => "닫기",
        Key::TourStepOf => "{n}단계 중 {i}단계",
        Key::Export => "내보내기",
        Key::Language => "언어",
        Key::Theme => "테마",
        Key::ThemeLight => "밝게",
        Key::ThemeDark => "어둡게",
        Key::NoteEmergent => "~{n}: 창발 경험칙",
        Key::NoteLlmParams => "LLM ≥ {lo}–{hi}",
        Key::NoteLlmTokens => "LLM ≥ {d} 토큰",
        Key::PlotLabel => "그래프",
        Key::Tour1Title => "멱법칙: 로그–로그 축 위의 직선",
        Key::Tour1Text => "손실은 모델 크기 N, 데이터 D, 연산량 C의 거듭제곱에 비례해 줄어듭니다 (멱법칙). 로그 축에서 멱법칙은 직선이 되므로, 이 페이지의 모든 축은 10의 거듭제곱 단위로 눈금을 매깁니다. Kaplan의 순수한 멱법칙에서는 연산량을 10배 늘릴 때마다 손실에 같은 배율({kf})이 곱해집니다. Chinchilla의 법칙 E + A/N^α + B/D^β 에서는 줄일 수 있는 부분 L − E 만 일정한 배율로 줄어들기 때문에 (연산량 10배마다 {cf}배), 곡선이 휘면서 줄일 수 없는 손실 E = {e} (점선)에 다가가 평평해집니다. 예산 슬라이더를 움직여 두 곡선을 비교해 보세요.",
        Key::Tour2Title => "Kaplan 2020: 늘어난 예산은 주로 모델 크기에",
        Key::Tour2Text => "Kaplan 외가 얻은 최적 모델 크기는 N* ∝ C^{kexp}입니다 (§6.1). 연산량을 10배로 늘리면 대부분을 {kn}배 큰 모델에 쓰고 데이터는 {kd}배만 늘리라는 뜻입니다. 그래서 연산 효율적인 학습은 큰 모델을 적은 토큰으로 학습하고, 수렴하기 한참 전에 멈춥니다. (과적합 규칙 D ≳ {ovf}는 별개의 이야기로, 과적합을 피하려면 모델을 8배 키울 때 데이터는 약 {k8}배면 된다는 뜻입니다.) GPT-3는 ‘큰 모델, 적은 토큰’이라는 생각을 공유하지만 (파라미터당 {gtpp}토큰), Kaplan의 최적 경계 위에 있지는 않습니다. GPT-3의 예산에서 Kaplan의 최적점은 파라미터 {kng}, 파라미터당 {ktpp}토큰입니다 (예산 전체를 N*에 쓸 때, D = C/6N. 임계 배치 크기로 학습할 때의 표 6 D_opt는 약 1.8배 많습니다). 또 Kaplan의 N은 임베딩을 뺀 파라미터 수이고, §6.3은 이 추세가 약 {bpf} PF-days, {bn} 파라미터에 이르기 전에 깨질 수밖에 없다고 경고합니다. GPT-3의 예산은 이미 {gpf} PF-days입니다.",
        Key::Tour3Title => "Chinchilla 2022: 모델과 데이터를 같은 비율로 키워라",
        Key::Tour3Text => "Hoffmann 외는 모델 크기와 데이터 양을 같은 비율로 키워야 한다는 것을 발견했습니다. Gopher 예산에서 접근법 1의 최적 모델은 파라미터 {a1}이고 (표 3), 그 예산으로는 파라미터당 약 {tpp}토큰을 학습합니다 (D = C/6N). 이 예산으로 학습한 Gopher (파라미터 {gn}, 토큰 {gd})는 데이터에 비해 모델이 너무 컸고, 같은 연산량을 쓴 Chinchilla (파라미터 {cn}, 토큰 {cd})가 Gopher를 앞섰습니다 (§4). 그래프에서 GPT-3와 Gopher를 최적점과 비교해 보세요.",
        Key::Tour4Title => "발표된 피팅들이 서로 다른 이유",
        Key::Tour4Text => "Gopher 예산에서 논문은 세 가지 답을 냅니다: 접근법 1은 {a1} 파라미터 (표 3), 접근법 2는 {a2} (그림 3의 초록색 점), 접근법 3은 400억 (그림 4 설명). 이 페이지의 접근법 3 값이 {a3}인 것은 논문 본문의 식 (10)에 표기된(반올림된) 계수를 쓰기 때문입니다 (α = {al}, β = {be}). 논문 TeX 원본의 반올림 전 값으로 계산하면 최적점은 {a3u}입니다 (Besiroglu 외 2024). Epoch AI가 그림 4에서 디지털화한 점들로 다시 피팅한 결과는 {ep}이며, 접근법 1, 2와 맞습니다. 틀린 것은 발표된 접근법 3의 피팅이지, 같은 비율로 키우라는 결론이 아닙니다. 논문마다 손실의 절댓값은 비교할 수 없으니 배분을 비교하세요.",
        Key::TourReconcileTitle => "Kaplan과 Chinchilla의 결론이 다른 이유",
        Key::TourReconcileText => "Kaplan(N* ∝ C^{kexp})과 Chinchilla(N* ∝ C^{cexp})의 결론은 정반대의 조언처럼 보이지만, 2024년에 나온 두 논문이 그 차이의 대부분을 설명합니다. Pearce와 Song: Kaplan은 임베딩을 뺀 파라미터 수를 셌고 작은 모델({nmax} 이하)로 피팅했습니다. 그 범위에서 Chinchilla의 법칙을 시뮬레이션하고 파라미터를 Kaplan처럼 세면 국소 지수가 0.74 (Chinchilla 계수)–0.78 (Epoch 계수)로 나옵니다. Porian 외는 Kaplan의 실험 설정을 재현한 뒤 (OpenWebText2에서 지수 0.86) 차이를 하나씩 없앴습니다 (표 1): 마지막 층의 FLOPs까지 세기 (0.70), 더 짧은 워밍업 (0.60), 학습 길이에 맞춘 코사인 감쇠 (0.57), 그리고 감쇠 없이 모델 크기별로 학습률·배치 크기·AdamW β₂ 튜닝 (0.52, RefinedWeb에서는 0.50). 학습률 감쇠가 핵심은 아니었던 셈입니다.",
        Key::Tour5Title => "무엇을 대규모 언어 모델(LLM)이라 부를까",
        Key::Tour5Text => "법칙이 아니라 이 강의의 경험칙입니다: 대규모 언어 모델은 파라미터가 {p0}–{p1} 이상이고 {t0} 토큰 이상으로 학습한 모델입니다 (그래프에 표시). 강의 노트는 약 {em}에도 표시를 합니다. GPT-3의 모델 크기 중 하나로 (Brown 외 2020, 표 2.1), 퓨샷(few-shot) 평가에서 이보다 큰 모델부터 성능이 갑자기 뛰는 과제들이 있습니다 (창발적 능력). 하지만 하나의 문턱값은 없습니다: Wei 외 (2022, 표 1)는 과제와 모델 계열마다 다른 규모를 보고하고, Schaeffer 외 (2023)는 많은 도약이 모델이 아니라 평가 지표(정확 일치 등)에서 생긴다고 주장합니다. 요즘 모델은 연산 최적점보다 훨씬 많은 토큰으로 학습합니다. {lname}는 {ld} 토큰 넘게, 파라미터당 {ltpp}토큰 넘게 학습했습니다. 작은 모델일수록 사용자에게 서비스하는 비용이 싸기 때문입니다.",
        Key::CopyFailed => "복사 실패: 텍스트를 선택해 복사하세요",
        Key::HoverN => "N = {n}, D = {d} ({c} FLOPs): 손실",
        Key::HoverD => "D = {d}, N = {n} ({c} FLOPs): 손실",
        Key::HoverC => "C = {c} FLOPs: 연산 최적 손실",
        Key::HoverSplit => "C = {c} FLOPs: 연산 최적 배분",
        Key::HoverFamous => "{name}: 파라미터 {n}, 토큰 {d} ({c} FLOPs)",
        Key::HoverUser => "내 모델: 파라미터 {n}, 토큰 {d} ({c} FLOPs)",
        Key::HoverOptimum => "{law}: 최적 N* {n}, D* {d}",
        Key::SeparateFitMarker => "(따로 피팅한 배분이라 이 법칙의 손실 곡선 바닥이 아님)",
        Key::SeparateFitCaveat => "Kaplan의 N*(표 6)와 Chinchilla의 접근법 1, 2는 따로 피팅한 배분 법칙이며, 여기 그린 손실 곡선의 최솟값이 아닙니다. 그래서 최적점 표시가 IsoFLOP 골짜기의 옆면에 놓일 수 있고, 같은 곡선 위에서 ‘최적’보다 손실이 낮은 모델도 있을 수 있습니다.",
        Key::SideBudgets => "예산 ÷10, ×10",
        Key::LegendNStar => "N* 파라미터 (굵은 선)",
        Key::LegendDStar => "D* 토큰 (가는 선)",
        Key::LegendE => "E: 줄일 수 없는 손실 (점선)",
        Key::ExtraAbove => "같은 연산량에서 이 법칙의 최적 배분(파라미터 {n}, 파라미터당 토큰 {tpp})보다 손실이 {diff} 높음",
        Key::ExtraBelow => "같은 연산량에서 이 법칙의 최적 배분(파라미터 {n}, 파라미터당 토큰 {tpp})보다 손실이 {diff} 낮음",
        Key::SeparateFitNote => "— 그 배분은 이 손실 곡면의 최솟값이 아니라 따로 피팅한 결과이기 때문입니다",
        Key::ErrEmpty => "숫자를 입력하세요. 예: 5.76e23, 3 PF-days",
        Key::ErrNotANumber => "“{text}”은(는) 숫자가 아닙니다. 예: 5.76e23, 3 PF-days",
        Key::ErrNotANumberPlain => "“{text}”은(는) 숫자가 아닙니다.",
        Key::ErrEmptyCount => "숫자를 입력하세요. 예: 7e10, 700억, 1조 4천억",
        Key::ErrNotANumberCount => "“{text}”은(는) 숫자가 아닙니다. 예: 7e10, 700억, 1조 4천억",
        Key::ErrEmptyPlain => "숫자를 입력하세요.",
        Key::ErrNotFinite => "계산할 수 없을 만큼 큰 값입니다.",
        Key::ErrNotPositive => "0보다 커야 합니다.",
        Key::ErrOutOfRange => "{min}에서 {max} 사이여야 합니다.",
        Key::ErrUnit => "“{text}”: 여기에는 쓸 수 없는 단위입니다.",
        Key::ReasonRepeated => "여러 번 주어졌습니다. 마지막 값을 씁니다",
        Key::ReasonUnknownKey => "이 페이지의 설정이 아닙니다",
        Key::ReasonUnknownLaw => "알 수 없는 법칙입니다. 가능한 값: {ids}",
        Key::ReasonExpected => "다음 중 하나여야 합니다: {values}",
        Key::IgnoredMore => "… 그 밖에 {count}개 더.",
        Key::IgnoredUnread => "나머지 {count}개는 읽지 않았습니다. 링크 하나에 설정은 최대 {max}개입니다.",
        Key::WhyTwoNote => "왜 답이 두 개일까요? 같은 논문이 같은 학습 실험을 서로 다른 방법으로 피팅했고, 그 결과가 서로 다릅니다.",
        Key::WhyTwoLink => "이유 보기 ↓",
        Key::ShowLarge => "크게 보기: {plot}",
        Key::LawShort(id) => match id {
            LawId::Kaplan2020 => "Kaplan 2020",
            LawId::Chinchilla2022 => "Chinchilla 접근법 3",
            LawId::Chinchilla2022A1 => "Chinchilla 접근법 1",
            LawId::Chinchilla2022A2 => "Chinchilla 접근법 2",
            LawId::Epoch2024 => "Epoch 2024",
            LawId::Muennighoff2023 => "Muennighoff 2023",
            LawId::DeepSeek2024 => "DeepSeek 2024",
            LawId::Custom => "사용자 계수",
            LawId::Fit => "내 피팅",
        },
        Key::SideBudgetsShort => "예산 ÷10, ×10",
        Key::LegendNStarShort => "N* (굵은 선)",
        Key::LegendDStarShort => "D* (가는 선)",
        Key::ExtrapolationShort => "외삽",
        Key::LegendEShort => "E (줄일 수 없는 손실)",
        Key::FamousNoteOptCorpus => "파라미터 1,750억 개. D는 말뭉치 크기(토큰 1,800억 개, 데이터시트)이며 학습 중 본 토큰 수가 아닙니다",
        Key::FamousNotePythiaCard => "파라미터 11,846,072,320개, 토큰 299,892,736,000개",
        Key::FamousNoteLlama3Tokens => "“15조 토큰 이상”",
        Key::FamousNoteLlama31Tokens => "토큰 15.6조 개",
        Key::LocalFileNote => "이 컴퓨터의 파일로 연 페이지입니다. 링크와 iframe 코드는 이 파일을 가리키므로 이 컴퓨터에서만 열립니다. 다른 사람과 공유하거나 블로그에 삽입하려면 페이지를 웹사이트에 올리세요. 앱으로 설치하는 것도 웹사이트가 있어야 합니다. 나머지 기능은 네트워크 없이 이 파일만으로 작동합니다.",
        Key::Close => "닫기",
        Key::TourFinish => "완료",
        Key::EmbedPlots => "삽입할 그래프",
        Key::CoeffE => "E — 줄일 수 없는 손실",
        Key::CoeffA => "A — 모델 크기 계수",
        Key::CoeffB => "B — 데이터 계수",
        Key::CoeffAlpha => "α — 모델 크기 지수",
        Key::CoeffBeta => "β — 데이터 지수",
        Key::CoeffEmpty => "{field}: 숫자를 입력하세요",
        Key::CoeffNotANumber => "{field}: 숫자가 아닙니다 (예: 0.34, 406.4)",
        Key::CoeffNotFinite => "{field}: 유한한 숫자가 아닙니다",
        Key::CoeffNotPositive => "{field}: 0보다 커야 합니다",
        Key::CoeffOutOfRange => "{field}: {min}에서 {max} 사이여야 합니다",
        Key::CoeffUnit => "{field}: 단위 없이 숫자만 입력하세요",
        Key::SectionComputeOptimal => "연산 최적",
        Key::SectionsNav => "페이지의 구역",
        Key::SectionBeyond => "연산 최적 그 너머",
        Key::BeyondIntro => "실제 모델은 크기에 비해 연산 최적보다 훨씬 많은 토큰으로 학습됩니다. 모델은 서비스되어야 하고, 고유 데이터는 바닥나기 때문입니다. 세 가지 질문에 법칙으로 답합니다: 더 작은 모델로 같은 손실에 도달하려면 학습 연산이 얼마나 더 드는가(과잉 학습 비용), 추론까지 셈하면 어떤 크기가 가장 싼가, 데이터를 반복해야 할 때 최적점은 어디인가?",
        Key::PlotOverhead => "과잉 학습: 더 작은 모델에 드는 추가 연산량",
        Key::AxisSizeFraction => "같은 손실의 연산 최적 크기 대비 모델 크기",
        Key::AxisOverhead => "추가 학습 연산량, %",
        Key::Unreachable => "데이터를 아무리 늘려도 도달할 수 없음",
        Key::UnreachableShort => "도달 불가",
        Key::UniqueData => "고유 데이터",
        Key::InferenceMarker => "추론 포함",
        Key::DataLimitedMarker => "데이터 제한",
        Key::HoverOverhead => "연산 최적 크기의 {k}배",
        Key::HoverOverheadLaw => "연산량 +{o}",
        Key::HoverInference => "{law}, 학습 + 추론 합계가 가장 싼 모델: 파라미터 {n}, 토큰 {d}, {s} 절약",
        Key::HoverDataLimited => "{law}, 고유 데이터가 제한된 최적점: 파라미터 {n}, 토큰 {d} ({ep} 에포크)",
        Key::InferenceTokens => "서비스 기간 전체의 추론 토큰",
        Key::UniqueTokens => "사용할 수 있는 고유 학습 토큰",
        Key::InferenceOn => "추론 비용 포함",
        Key::UniqueOn => "고유 데이터 제한",
        Key::NoInference => "없음",
        Key::Unlimited => "제한 없음",
        Key::OverheadHeading => "내 모델의 과잉 학습 비용",
        Key::OverheadExplain => "같은 손실에 도달하는 연산 최적 모델과 비교한 추가 학습 연산량, 그리고 그 모델 대비 내 모델의 크기 비율 (de Vries 2023, {e}의 닫힌 형태).",
        Key::SizeFraction => "크기 ÷ 최적 크기",
        Key::Overhead => "추가 연산량",
        Key::NoSurface => "— (비교할 E + A/N^α + B/D^β 손실 곡면이 없음)",
        Key::SeparateOptimum => "— (최적점이 손실 곡면의 최솟값이 아니라 별도의 피팅임)",
        Key::InferenceHeading => "학습 + 추론 합계가 가장 싼 모델 (추론 토큰 {inf})",
        Key::InferenceExplain => "예산의 연산 최적 모델과 같은 손실. 학습은 6·N·D FLOPs, 서비스는 토큰당 2·N FLOPs (Sardana 외 2024).",
        Key::InferenceOff => "“추론 비용 포함”을 켜면 서비스 비용까지 셈한 모델 크기를 봅니다 (Sardana 외 2024).",
        Key::TrainTokens => "학습 토큰",
        Key::TotalFlops => "학습 + 추론 FLOPs",
        Key::Saving => "연산 최적 모델 대비 절약",
        Key::SardanaNote => "Sardana 외 2024 (§3, Chinchilla의 반올림 전 계수): 추론 토큰 2조 개를 앞둔 130억 파라미터 연산 최적 모델은 약 1.3조 토큰으로 학습한 약 70억 파라미터 모델로 바꾸는 편이 낫고, 약 17 %를 절약합니다. 이 페이지의 반올림된 Chinchilla 계수(식 10)로는 파라미터 {n}, 토큰 {d}, {s} 절약입니다.",
        Key::DataLimitedHeading => "고유 토큰 {u}에서의 최적점",
        Key::DataLimitedExplain => "반복된 토큰의 가치는 점점 줄고, 고유 데이터에 대한 연산 최적 크기를 넘는 파라미터도 마찬가지입니다 (Muennighoff 외 2023). 유효 데이터 D′와 유효 파라미터 N′로 C = 6ND 위에서 손실을 최소화합니다.",
        Key::DataLimitedOff => "“고유 데이터 제한”을 켜면 데이터를 반복해야 할 때의 최적점을 봅니다 (Muennighoff 외 2023).",
        Key::TokensWithRepeats => "토큰 (반복 포함)",
        Key::Epochs => "고유 데이터 에포크 수",
        Key::EffectiveData => "유효 데이터 D′",
        Key::LimitedLoss => "손실",
        Key::TransferNote => "{laws}: Muennighoff 외는 R_D* = {rd}, R_N* = {rn}을 C4에서 자신들의 법칙으로 피팅했습니다. 여기에 적용하면 그 피팅을 다른 법칙으로 옮겨 쓰는 것입니다.",
        Key::OverheadFormula => "과잉 학습 비용 (de Vries 2023)",
        Key::InferenceFormula => "학습 + 추론 (Sardana 외 2024)",
        Key::DataFormula => "반복 데이터 (Muennighoff 외 2023)",
        Key::TourOvertrainTitle => "과잉 학습",
        Key::TourOvertrainText => "Llama 3 8B처럼 파라미터 {n}, 토큰 {d}로 학습하면 연산 최적점을 한참 넘습니다. 같은 손실을 연산 최적 모델로 얻으면 더 적게 듭니다: 이 모델은 그 크기의 {k}배이고 학습 연산량을 {o} 더 씁니다. 왼쪽 음영 영역에서는 데이터를 아무리 늘려도 그 손실에 도달하지 못합니다.",
        Key::TourInferenceTitle => "추론 비용까지 셈하기",
        Key::TourInferenceText => "모델은 한 번 학습하고 여러 번 서비스합니다. 서비스하는 토큰마다 2·N FLOPs가 듭니다. 추론 토큰이 {inf}이면 같은 손실을 내는 연산 최적 모델(파라미터 {n}) 대신 토큰 {di}로 학습한 파라미터 {ni} 모델이 낫고, 전체의 {s}를 절약합니다.",
        Key::TourRepeatTitle => "반복 데이터",
        Key::TourRepeatText => "고유 토큰이 {u}뿐이면 이 예산의 최적 배분은 파라미터 {n} 모델을 {epochs} 에포크 학습하는 것입니다. 손실({l})은 데이터가 무제한일 때의 손실({l0})보다 높습니다. 반복된 토큰의 가치는 점점 줄어듭니다 (Muennighoff 외 2023).",
        Key::ReasonWholeNumber => "{min}에서 {max} 사이의 정수여야 합니다",
        Key::SectionEmergence => "창발",
        Key::EmergenceIntro => "강의 노트는 능력이 약 67억 파라미터 근처에서 “창발”한다고 하고, 손실은 매끄럽게 줄어든다고도 합니다. 둘 다 맞을 수 있습니다: 답의 각 토큰이 확률 p = e^−(L−E)로 맞는다면, k토큰 답이 정확히 맞을 확률은 p^k입니다. 그러면 손실의 매끄러운 감소가 선형 정확도 축에서는 갑작스러운 도약처럼, 로그 축에서는 실제 모습대로 매끄러운 선으로 보입니다 (Schaeffer, Miranda, Koyejo 2023을 바탕으로 함. 이들은 토큰당 손실을 멱법칙으로 둡니다).",
        Key::PlotEmergence => "매끄러운 손실, 급격한 정확도",
        Key::AxisAccuracy => "정확도",
        Key::AxisParamsOnPath => "파라미터 N (D = D*(N), 연산 최적)",
        Key::LegendTokenAccuracy => "토큰 정확도 p = e^−(L−E) (= 부분 점수)",
        Key::LegendTokenAccuracyShort => "토큰",
        Key::LegendExactMatch => "정확 일치, k = {k}토큰",
        Key::LegendYourK => "정확 일치, 내 k = {k} (굵은 선)",
        Key::EmergenceCaveat => "법칙의 손실에 얹은 Schaeffer 외 2023의 예시 모델(arXiv:2304.15004)입니다: 지표가 곡선의 모양을 어떻게 바꾸는지 보여 줄 뿐, 어떤 벤치마크도 예측하지 않습니다.",
        Key::AnswerLength => "답의 길이 k (토큰)",
        Key::LogAccuracyAxis => "정확도 로그 축",
        Key::TokenAccuracy => "토큰 정확도",
        Key::ExactMatch => "정확 일치 ({k}토큰)",
        Key::NoReducibleLoss => "— (Kaplan 법칙에는 줄일 수 없는 손실 E가 없어 L − E를 정할 수 없으므로 이 보기에서 제외)",
        Key::EmergenceHeading => "내 모델 (파라미터 {n}, 토큰 {d}), k = {k}",
        Key::HoverEmergence => "N = {n}, D*(N) = {d}: 토큰 정확도 · 정확 일치",
        Key::HoverEmergenceLaw => "{p} · {e} (k = {k})",
        Key::TourEmergeJumpTitle => "창발: 갑자기 뛴다!",
        Key::TourEmergeJumpText => "연산 최적 경로를 따라 {ak}토큰 답의 정확 일치는 파라미터 {an0}에서 {ae0}, {an1}에서 {ae1}입니다: 선형 축에서는 0 근처에 머물다가 치솟아, 파라미터 약 {a50}에서 50 %를 넘습니다. 강의의 약 {em}이 아닙니다: 도약이 보이는 곳은 답의 길이와 법칙에 따라 달라집니다. 그동안 토큰 정확도는 {ap0}에서 {ap1}로 움직일 뿐입니다. 벤치마크가 아니라 Schaeffer 외 2023의 예시 모델입니다.",
        Key::TourEmergeSmoothTitle => "창발: 처음부터 매끄러웠다",
        Key::TourEmergeSmoothText => "같은 곡선을 로그 축으로 봅니다. 정확 일치는 p^k = e^(−k·(L−E))이므로 그 로그는 줄일 수 있는 손실의 k배일 뿐이고, 그 손실은 N이 10배 될 때마다 {af}배로 매끄럽게 줄어듭니다. {an0}에서 {an1}까지 정확 일치는 10배마다 {ar0}배, 이어서 {ar1}배 오르며, 약 {em}에서 계단은 없습니다. 도약은 모델이 아니라 전부 아니면 전무인 지표에서 나왔습니다 (Schaeffer 외 2023).",
        Key::SectionLandscape => "손실 지형",
        Key::LandscapeIntro => "Chinchilla를 이해하게 해 주는 그림입니다. 주 법칙의 손실 L(N, D)를 모델 크기 N과 학습 토큰 D 위에 색으로 칠했습니다. 손실이 낮을수록 어둡고 높을수록 밝으며, 등손실선에 값을 적었습니다. 이 로그 축에서 연산 예산 C = 6ND는 모두 기울기 −1인 직선입니다 (10배마다 가는 선, 내 예산은 굵은 선). 연산 최적 모델은 굵은 선이 가장 낮은 등손실선에 닿는 점이고, 예산이 커지면서 그 점들이 그리는 경로를 법칙마다 그렸습니다. 내 모델(◆)을 끌어 옮기거나, 그래프를 선택한 뒤 화살표 키를 누르세요. ←/→는 N을, ↑/↓는 D를 ×10^0.1씩 바꿉니다 (Shift ×10).",
        Key::PlotNd => "손실 지형 L(N, D)와 동일 연산량 선",
        Key::LegendFitBox => "주 법칙의 피팅 범위 (파선 상자)",
        Key::LegendFitBoxShort => "피팅 범위",
        Key::LegendIsoFlop => "동일 연산량 선 C = 6ND, 10ᵏ FLOPs",
        Key::LegendIsoFlopShort => "C = 10ᵏ",
        Key::LegendBudgetLine => "내 예산의 동일 연산량 선",
        Key::LegendBudgetLineShort => "예산",
        Key::HoverNd => "N = {n}, D = {d}: 파라미터당 토큰 수 {r}, C = 6ND = {c} FLOPs",
        Key::HoverNdLoss => "L(N, D) = {l}",
        Key::LandscapeKeys => "화살표 키로 내 모델을 옮깁니다: ←/→ N, ↑/↓ D, ×10^0.1씩 (Shift ×10).",
        Key::TourLandscapeTitle => "손실 지형: 예산과 손실이 만나는 곳",
        Key::TourLandscapeText => "색은 모델 크기 N과 토큰 D에 따른 Chinchilla 피팅 곡면의 손실이고, 가는 선은 등손실선입니다. 고정된 예산 C = 6ND는 직선입니다 (굵은 선: Gopher의 {lsc} FLOPs). 이 직선을 따라가면 손실은 직선이 등손실선에 겨우 닿는 곳에서 가장 낮습니다. 파라미터 {lsn}, 토큰 {lsd}, 손실 {lsl}입니다 (원). Gopher(파라미터 {gn}, 토큰 {gd}, 같은 직선 근처의 사각형)는 더 높은 등손실선(손실 {lsg}) 위에 있습니다. 예산을 움직이면 원이 연산 최적 경로를 따라가고, 내 모델 ◆을 끌면 어떤 배분의 손실이든 읽을 수 있습니다.",
        Key::SectionCurves => "학습 곡선",
        Key::CurvesIntro => "강의 노트에는 큰 모델일수록 손실이 더 빨리 내려가 더 낮은 곳에서 끝난다는 말과, 연산 효율적인 학습은 손실이 수렴하기 한참 전에 멈춘다는 말이 있습니다. 두 말 모두 고전적인 그림(Kaplan 외 2020, 그림 2; Hoffmann 외 2022, 그림 2)에서 보입니다: 모델 크기 N마다 곡선 하나로, D개 토큰을 학습하는 연산량 C = 6ND에 대한 손실을 그립니다. 각 예산에서 가장 좋은 학습 실행은 아래쪽 포락선, 곧 연산 최적 경계 위에 있으며 거기서 곡선 하나와 맞닿습니다. 그 곡선은 데이터가 무한할 때 같은 모델이 도달할 손실 L(N, ∞)(파선)보다 아직 한참 위에 있습니다.",
        Key::PlotCurves => "학습 곡선: 모델 크기별 학습 실행",
        Key::AxisRunCompute => "D개 토큰까지 학습한 실행의 연산량 C = 6ND (FLOPs)",
        Key::AxisFinalLoss => "그 실행의 최종 손실 (nats/토큰)",
        Key::LegendRuns => "{law}: N = 10⁷…10¹², √10배 간격",
        Key::LegendEnvelope => "아래쪽 포락선 = 연산 최적 경계",
        Key::LegendEnvelopeOwn => "L(N, D)의 아래쪽 포락선 (이 법칙의 최적점과 다름)",
        Key::LegendEnvelopeShort => "포락선",
        Key::LegendBudgetRun => "예산의 N* 곡선",
        Key::LegendBudgetRunShort => "N*",
        Key::LegendConverged => "L(N, ∞): 수렴 손실 (파선)",
        Key::LegendConvergedShort => "L(N, ∞)",
        Key::HoverCurves => "C = {c} FLOPs: 포인터에 가장 가까운 학습 실행",
        Key::HoverCurvesRun => "N = {n}, D = {d}: 손실 {l}, 수렴 손실 {linf}보다 {gap} 위",
        Key::HoverEnvelope => "이 연산량의 포락선: {l} (N = {n})",
        Key::HoverTangency => "N = {n}: C = {c} (D = {d})에서 포락선에 맞닿음. 손실 {l}, 수렴 손실보다 아직 {gap} 위",
        Key::CurvesCaveat => "각 점은 N개 파라미터 모델을 D = C/6N개 토큰까지 학습한 별개 실행의 최종 손실이며, 이 피팅들이 기술하는 것이 바로 이것입니다. 한 실행의 학습 중 손실이 아닙니다. Kaplan 법칙의 곡선은 그 L(N, D)(식 1.5, D개 토큰에서 조기 종료한 손실)이고, 연산 효율적인 N*(표 6)는 따로 피팅한 것이라 강조된 곡선이 포락선에 닿지 않을 수 있습니다.",
        Key::GapHeading => "수렴까지의 거리: 내 모델 (파라미터 {n}, 토큰 {d})과 {c} FLOPs의 최적점",
        Key::GapYours => "내 모델: L(N, ∞) = {linf}보다 {gap} nats 위",
        Key::GapOptimum => "예산의 최적점 (파라미터 {n}, 토큰 {d}): L(N*, ∞) = {linf}보다 {gap} nats 위",
        Key::GapExplain => "L(N, D) − L(N, ∞): N개 파라미터 모델을 D개 토큰에서 멈췄을 때, 같은 모델이 데이터가 무한할 때 도달할 손실보다 아직 얼마나 위에 있는지 (L = E + A/N^α + B/D^β에서는 B/D^β).",
        Key::TourCurvesTitle => "학습 곡선: 수렴하기 한참 전에 멈추기",
        Key::TourCurvesText => "가는 곡선 하나하나는 한 모델 크기를 점점 더 많은 토큰으로 학습한 것입니다: 큰 모델은 작은 연산량에서 더 높게 시작해 더 빨리 내려가 더 낮은 곳에서 끝나며, 각자 자기 수렴 손실 L(N, ∞)(파선)을 향합니다. Gopher의 예산에서 가장 좋은 실행은 곡선이 굵은 포락선에 맞닿는 것입니다: 파라미터 {cvn}, 토큰 {cvd}, 손실 {cvl}. 이 실행은 데이터가 무한할 때 같은 모델이 도달할 {cvlinf}보다 {cvgap} nats 위에서 멈춥니다. Chinchilla의 손실 곡면에서 연산 최적 실행은 어느 예산에서나 줄일 수 있는 손실 L − E의 α/(α+β) = {cvshare}를 데이터 항에 남깁니다: 연산 효율적인 학습은 언제나 수렴하기 한참 전에 멈춥니다. 각 점은 한 실행의 학습 곡선이 아니라 별개 실행의 최종 손실입니다.",
        Key::SectionPlanner => "학습 실행 계획",
        Key::PlannerIntro => "FLOPs 예산을 칩 수, 날수, 비용, 에너지로 바꿉니다: 칩-시간 = C / (최대 성능 · MFU · 3600). 모든 입력은 바꿀 수 있고, 기본값은 가정이며 아래에 그렇게 적었습니다.",
        Key::Hardware => "하드웨어",
        Key::HardwareCustom => "직접 입력 (최대 성능)",
        Key::PeakPerChip => "칩당 최대 성능 (FLOP/s)",
        Key::MfuLabel => "모델 FLOPs 활용률 (MFU)",
        Key::ChipsLabel => "칩 수",
        Key::PriceLabel => "칩-시간당 가격",
        Key::PueLabel => "PUE (데이터센터 전력 효율 지수)",
        Key::PlanOptimumHeading => "{law}의 연산 최적 모델: 파라미터 {n}, 토큰 {d}",
        Key::PlanUserHeading => "내 모델: 파라미터 {n}, 토큰 {d}",
        Key::ChipHours => "칩-시간",
        Key::WallDays => "칩 {chips}개로 걸리는 날수",
        Key::DaysValue => "{x}일",
        Key::CostLabel => "비용",
        Key::EnergyLabel => "에너지 (MWh, 상한)",
        Key::NoBoardPower => "— (이 칩의 보드 전력은 공개되지 않았습니다)",
        Key::InferenceLabel => "생성 토큰 100만 개당 추론",
        Key::InferenceValue => "{flops} FLOPs = {s} 칩-초 ≈ {cost}",
        Key::BatchLabel => "배치 크기 (DeepSeek B_opt)",
        Key::LearningRateLabel => "학습률 (DeepSeek η_opt)",
        Key::StepsLabel => "학습 스텝 수 D / B",
        Key::CriticalBatchLabel => "임계 배치 크기 (Kaplan B_crit)",
        Key::TokensValue => "{x} 토큰",
        Key::HyperNote => "배치 크기와 학습률: Bi 외 2024 (DeepSeek LLM) §3.1, B_opt = 0.2920·C^0.3271 토큰, η_opt = 0.3118·C^−0.1250 (C = 6ND). 그들의 데이터, 토크나이저, 옵티마이저로 피팅한 값이라 그 예산에서 멀어지면 외삽입니다. Kaplan 외 2020 (식 1.4, §5.1): B_crit = 2·10⁸ / L^(1/0.21) 토큰이며, 모델에 대한 Kaplan 자신의 손실(WebText2 손실 척도, 다른 법칙의 손실이 아님)에서 계산합니다.",
        Key::PlannerAssumptions => "가정: 기본 가격 칩-시간당 {price}는 어림값이지 견적이 아닙니다. 가격은 입력한 통화 그대로입니다 (€, £, ¥, ₩를 쓰지 않으면 $). 에너지는 데이터시트의 최대 보드 전력(TDP)에 PUE(기본 {pue})를 곱한 값으로, 호스트, 네트워크, 저장 장치를 뺀 칩만의 상한 추정입니다. Google은 TPU의 칩당 전력을 공개하지 않아 TPU에는 에너지 추정이 없습니다.",
        Key::MfuNote => "대규모 학습의 보고값: PaLM 540B {palm} MFU (Chowdhery 외 2022, arXiv:2204.02311, 표 3), Llama 3 405B {l0}–{l1} (Llama Team 2024, arXiv:2407.21783, 표 4). MFU는 모델 자체의 FLOPs(토큰당 6N에 어텐션을 더한 값, PaLM 부록 B)를 칩의 최대 성능에 견주며, 재계산은 세지 않습니다. 플래너는 6ND만 셉니다.",
        Key::HardwareSpec => "칩당 {precision} 밀집 연산 {peak} FLOP/s, {power} ({doc})",
        Key::BoardPower => "보드 전력(TDP) {w} W",
        Key::BoardPowerUnknown => "보드 전력 비공개",
        Key::DocDatasheet => "{name} 데이터시트",
        Key::DocDocumentation => "{name} 문서",
        Key::CustomPeakNote => "직접 입력한 하드웨어: 입력한 최대 성능을 쓰며 보드 전력이 없어 에너지 추정이 없습니다.",
        Key::RunsHeading => "보고된 학습 실행과 비교",
        Key::RunsIntro => "이 모델들이 쓴 하드웨어에서, 위에서 정한 MFU로 6ND를 학습하는 데 드는 칩-시간 추정을 저자들의 보고값과 나란히 놓았습니다. 차이는 실제 학습이 더하는 것, 곧 재시작, 장애, 재계산, 평가입니다. 보고값이 뜻하는 MFU는 실행 중에 잰 MFU보다 낮습니다.",
        Key::RunModel => "모델",
        Key::RunReported => "보고된 칩-시간",
        Key::RunEstimate => "MFU {mfu}일 때 추정",
        Key::RunImplied => "보고값이 뜻하는 MFU",
        Key::NotReported => "보고되지 않음",
        Key::RunNoteGpt3 => "논문은 V100 GPU로 학습했다고 하고(§2.3) 총 연산량을 주지만(표 D.1), GPU 수나 시간은 밝히지 않습니다.",
        Key::RunNotePalm => "TPU v4 칩 6,144개로 1,200시간, 3,072개로 336시간, 중단 시간과 반복한 스텝 포함 (부록 B). 실행 중 MFU {mfu} (표 3).",
        Key::RunNoteLlama => "H100 GPU 최대 16,384개 (§3.3). 실행 중 MFU {l0}–{l1} (표 4). GPU-시간은 Llama 3.1 모델 카드의 값.",
        Key::NoLossReason => "— (손실 곡면 없음: DeepSeek 법칙은 최적점의 위치만 정합니다)",
        Key::OptimalParamsFlopsPerToken => "N* = M*/6 (비임베딩)",
        Key::FlopsPerTokenNote => "M은 어텐션을 포함한 토큰당 비임베딩 FLOPs입니다 (Bi 외 2024, §3.2). 이 페이지는 M*/6을 비임베딩 파라미터 N*로, D*를 C/M*로 보여 줍니다.",
        Key::ReasonNoLoss => "이 법칙은 손실 곡면이 없어 기본 법칙이 될 수 없으므로 비교 법칙으로 보여 줍니다",
        Key::ReasonFraction => "{min}에서 {max} 사이의 비율이어야 합니다 (예: 0.4, 40 또는 40%)",
        Key::SectionFit => "내 학습 실행으로 피팅하기",
        Key::FitRunsParabolas => "내 학습 실행 (점, 색: 손실)과 접근법 2의 포물선",
        Key::FitRunsDots => "내 학습 실행 (점, 색: 손실)",
        Key::FitRunsShort => "내 학습 실행",
        Key::HoverRun => "내 학습 실행: N = {n}, D = {d}, 손실 {l}",
        Key::FitIntro => "학습 실행 표를 붙여 넣거나 .csv, .tsv 파일을 여세요. 첫 줄은 열 이름입니다: N(또는 params, model size), D(또는 tokens)나 C(또는 FLOPs, training FLOP), loss, 그리고 접근법 2를 위한 예산 그룹 열 group(선택). 열 이름은 파라미터, 토큰, 연산량, 손실, 예산처럼 한국어로 써도 됩니다. 구분자는 쉼표, 탭, 세미콜론이고 숫자는 70B, 1.4T, 5.76e23, 700억처럼 씁니다. 접근법 3은 이 페이지 안에서 L(N, D) = E + A/N^α + B/D^β를 피팅합니다: log L과 예측값 사이의 Huber 손실(δ = 10⁻³)을 4,500개 시작점 격자 중 가장 좋은 점들에서 출발한 L-BFGS로 최소화합니다. 피팅된 법칙은 ‘내 피팅’이라는 이름으로 그래프와 수치에 함께 나타납니다. 학습 실행 데이터는 이 페이지를 떠나지 않고, 링크에는 계수 다섯 개만 저장됩니다.",
        Key::FitInputLabel => "내 학습 실행 (CSV 또는 TSV, 첫 줄은 열 이름)",
        Key::FitFile => "CSV/TSV 파일 열기",
        Key::FitRun => "피팅",
        Key::FitLoadExample => "예제 불러오기",
        Key::FitExampleSource => "예제: Epoch AI가 Hoffmann 외 2022의 그림 4에서 읽어 낸 학습 실행 245개(N, C, 손실) — Besiroglu, Erdil, Barnett, You, “Chinchilla Scaling: A replication attempt” (Epoch AI, 2024), 데이터 저장소 epoch-research/analyzing-chinchilla; D = C/(6N). 이들의 표 1: E = 1.8172, A = 482.01, B = 2085.43, α = 0.3478, β = 0.3658.",
        Key::FitExclude => "손실이 가장 큰 다섯 점 제외 (Epoch처럼)",
        Key::FitRunning => "피팅 중… {percent}",
        Key::FitResult => "접근법 3, 학습 실행 {points}개: E = {e}, A = {a}, B = {b}, α = {alpha}, β = {beta} (Huber 목적 함수 {objective}, {ms} ms)",
        Key::FitVsEpoch => "Epoch 표 1과의 차이: {diffs}",
        Key::FitApproach2 => "접근법 2: IsoFLOP 그룹 {groups}개에서 N_opt ∝ C^{a}, D_opt ∝ C^{b}",
        Key::FitApproach2TooFew => "접근법 2: 쓸 수 있는 IsoFLOP 그룹이 너무 적습니다 ({groups}개, {needed}개 필요). 이 학습 실행들은 한 예산에서 여러 모델 크기를 훑은 IsoFLOP 스윕이 아니므로 지수를 내지 않습니다.",
        Key::FitGroupSizes => "{compute} FLOPs: 서로 다른 모델 크기가 {sizes}개뿐입니다 (4개 필요)",
        Key::FitGroupConvex => "{compute} FLOPs: 포물선에 최솟값이 없습니다",
        Key::FitGroupOutside => "{compute} FLOPs: 포물선의 최솟값이 학습한 모델 크기 범위 밖에 있습니다",
        Key::FitSkippedGroups => "건너뛴 그룹 ({count}개):",
        Key::FitBootstrap => "부트스트랩: 재표본 {count}개",
        Key::FitBootstrapRunning => "재표본 피팅 중… {total}개 중 {done}개",
        Key::FitIntervals => "재표본 {done}개의 95 % 백분위 구간:",
        Key::FitIntervalOptimum => "{compute} FLOPs에서: N* {n_low} … {n_high}, D* {d_low} … {d_high}",
        Key::FitInvalid => "피팅된 {field}이(가) 페이지가 그릴 수 있는 범위 밖에 있습니다 ({problem}). 피팅된 법칙은 표시하지 않습니다.",
        Key::FitFailed => "피팅이 유한한 최적점을 찾지 못했습니다.",
        Key::FitRemove => "피팅 지우기",
        Key::FitPoints => "내 학습 실행 (색: 손실)",
        Key::FitFromLink => "이 링크에는 피팅된 법칙이 들어 있습니다 (계수만, 학습 실행 데이터는 없음).",
        Key::RunCell => "{line}번째 줄, {column}번째 열: {problem}",
        Key::RunMissingValue => "값이 없습니다",
        Key::RunNotANumber => "“{text}”은(는) 숫자가 아닙니다",
        Key::RunNotFinite => "유한한 수가 아닙니다",
        Key::RunNotPositive => "0보다 커야 합니다",
        Key::RunMissingParams => "모델 크기 열이 없습니다: 열 이름을 N, params 또는 model size로 하세요.",
        Key::RunMissingTokens => "토큰 또는 연산량 열이 없습니다: 열 이름을 D, tokens, C, FLOPs 또는 training FLOP 로 하세요.",
        Key::RunMissingLoss => "손실 열이 없습니다: 열 이름을 loss로 하세요.",
        Key::RunEmpty => "읽을 내용이 없습니다: 첫 줄에 열 이름이 있는 표를 붙여 넣으세요.",
        Key::RunTooFew => "쓸 수 있는 학습 실행이 {found}개입니다. 피팅에는 {needed}개 이상이 필요합니다.",
        Key::RunTooLarge => "텍스트의 앞 {limit} 바이트만 읽었습니다.",
        Key::RunTooManyRows => "앞의 {limit}행만 읽었습니다.",
        Key::RunMoreErrors => "… 그 밖에 문제 {count}개.",
        Key::RunFileError => "파일을 읽을 수 없습니다.",
        Key::RunExampleError => "예제를 불러올 수 없습니다.",
        Key::ReasonFitValues => "쉼표로 구분된 숫자 다섯 개 E,A,B,alpha,beta가 필요합니다 ({count}개 받음)",
        Key::ReasonNoFit => "피팅된 법칙이 없습니다: 링크에 올바른 fit=E,A,B,alpha,beta가 없습니다",
        Key::DeepSeekHeading => "DeepSeek의 배분 법칙",
        Key::TourPlanTitle => "예산의 실제 비용",
        Key::TourPlanText => "GPT-3의 {c} FLOPs를 V100에서 MFU {mfu}로 돌리면 GPU-시간 {h}, GPU {chips}개로 {days}일입니다. 계획 도구는 어떤 예산이든 칩 수, 날수, 비용, 에너지로 바꾸고, DeepSeek 법칙으로 배치 크기와 학습률을 제안합니다. DeepSeek의 토큰당 FLOPs 배분 법칙도 최적 배분 그래프에 함께 나옵니다.",
        Key::LawName(id) => match id {
            LawId::Kaplan2020 => "Kaplan 외 2020",
            LawId::Chinchilla2022 => "Chinchilla 2022 (접근법 3)",
            LawId::Chinchilla2022A1 => "Chinchilla 2022 (접근법 1)",
            LawId::Chinchilla2022A2 => "Chinchilla 2022 (접근법 2)",
            LawId::Epoch2024 => "Epoch AI 2024 재피팅",
            LawId::Muennighoff2023 => "Muennighoff 외 2023",
            LawId::DeepSeek2024 => "DeepSeek LLM 2024",
            LawId::Custom => "사용자 지정 계수",
            LawId::Fit => "내 피팅 (접근법 3)",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A user review: a count field suggested "3 PF-days", which it refuses, and a price or
    /// PUE field the budget's examples.
    #[test]
    fn field_errors_suggest_only_what_the_field_takes() {
        let bad = QuantityError::NotANumber("칠백억".to_string());
        for lang in Lang::ALL {
            for e in [&QuantityError::Empty, &bad] {
                let count = lang.field_quantity_error(e, QuantityKind::Count);
                assert!(!count.contains("PF-days") && count.contains("7e10"), "{count}");
                assert!(lang.field_quantity_error(e, QuantityKind::Compute).contains("PF-days"));
                let plain = lang.plain_quantity_error(e);
                assert!(!plain.contains("PF-days") && !plain.contains("e23"), "{plain}");
            }
        }
        assert_eq!(Lang::En.plain_quantity_error(&QuantityError::Empty), "Type a number.");
        assert_eq!(
            Lang::Ko.field_quantity_error(&bad, QuantityKind::Count),
            "“칠백억”은(는) 숫자가 아닙니다. 예: 7e10, 700억, 1조 4천억"
        );
    }

    #[test]
    fn every_law_is_cited_in_korean_with_korean_places_and_authors() {
        use crate::laws::Law;
        for id in LawId::ALL {
            let cite = Law::builtin(id).citation();
            let (place, authors) = (Lang::Ko.citation_source(&cite), Lang::Ko.authors(&cite));
            assert_ne!(place, cite.source, "{id:?}: no Korean place");
            for english in ["eq.", "eqs.", "Table", "Fig.", "Approach", "et al."] {
                assert!(!place.contains(english) && !authors.contains(english), "{id:?}: {authors}, {place}");
            }
            assert_eq!(Lang::En.citation_source(&cite), cite.source);
            assert_eq!(Lang::En.authors(&cite), cite.authors);
        }
        assert_eq!(Lang::Ko.authors(&Citation::KAPLAN_2020), "Kaplan 외");
        assert_eq!(Lang::Ko.authors(&Citation::EPOCH_2024), "Besiroglu, Erdil, Barnett, You");
    }

    #[test]
    fn languages_parse_and_follow_browser_tags() {
        assert_eq!(Lang::parse("ko"), Some(Lang::Ko));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::from_tag("ko-KR"), Lang::Ko);
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
    }

    #[test]
    fn every_law_has_a_distinct_name_in_each_language() {
        for lang in Lang::ALL {
            let names: Vec<&str> = LawId::ALL.iter().map(|id| lang.text(Key::LawName(*id))).collect();
            for (i, n) in names.iter().enumerate() {
                assert!(!n.is_empty());
                assert!(!names[i + 1..].contains(n), "{n}");
            }
        }
        assert_ne!(Lang::En.text(Key::Title), Lang::Ko.text(Key::Title));
    }

    #[test]
    fn typed_number_errors_speak_the_page_language() {
        use crate::state::quantity::{check_range, parse_quantity, QuantityKind};
        let bad = parse_quantity("abc", QuantityKind::Count).unwrap_err();
        assert!(Lang::Ko.quantity_error(&bad).contains("숫자가 아닙니다"));
        assert!(Lang::En.quantity_error(&bad).contains("is not a number"));
        let range = check_range(1e31, 1e15, 1e30).unwrap_err();
        assert_eq!(Lang::En.quantity_error(&range), "Must lie between 1.00×10¹⁵ and 1.00×10³⁰.");
        assert_eq!(Lang::Ko.quantity_error(&range), "1.00×10¹⁵에서 1.00×10³⁰ 사이여야 합니다.");
        let long = parse_quantity(&"x".repeat(10_000), QuantityKind::Count).unwrap_err();
        assert!(Lang::Ko.quantity_error(&long).chars().count() < 100);
        // Small ranges in plain digits (the planner's PUE), whole-number ranges grouped, and a
        // plain field's "not a number" without the budget's examples.
        let pue = check_range(5.0, 1.0, 3.0).unwrap_err();
        assert_eq!(Lang::En.quantity_error(&pue), "Must lie between 1 and 3.");
        assert_eq!(Lang::Ko.quantity_error(&check_range(0.001, 0.01, 1.0).unwrap_err()), "0.01에서 1 사이여야 합니다.");
        assert_eq!(Lang::En.plain_quantity_error(&bad), "“abc” is not a number.");
        assert_eq!(Lang::Ko.plain_quantity_error(&bad), "“abc”은(는) 숫자가 아닙니다.");
        assert_eq!(Lang::En.plain_quantity_error(&pue), Lang::En.quantity_error(&pue));
        let chips = Reason::WholeNumber { min: 1, max: 10_000_000 };
        assert_eq!(Lang::En.reason("chips", &chips), "expected a whole number from 1 to 10,000,000");
        assert_eq!(Lang::En.field_reason("chips", &chips), "Expected a whole number from 1 to 10,000,000.");
        assert_eq!(Lang::Ko.field_reason("chips", &chips), "1에서 10,000,000 사이의 정수여야 합니다.");
    }
}
