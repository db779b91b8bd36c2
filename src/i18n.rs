//! Every visible string of the page, in English and Korean. One typed table: [`Key`] names a
//! text, [`Lang::text`] returns it; the `match` is exhaustive, so a missing translation does not
//! compile.

use crate::laws::{format_sci, CoeffProblem, Coefficients, LawId};
use crate::state::quantity::{clip_user_text, QuantityError};
use crate::state::query::{FieldError, Reason};
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
                self.fill(Key::ErrOutOfRange, &[("min", &format_sci(*min)), ("max", &format_sci(*max))])
            }
            QuantityError::UnitNotAllowed(text) => self.fill(Key::ErrUnit, &[("text", &clip_user_text(text))]),
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
        }
    }
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
    /// Template: {c} {pf} {law} {n} {d} {tpp} {loss}
    ExplainBudget,
    /// Template: {fn} {fd}
    ExplainScale,
    /// Template: {a1} {a3} {ep}
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
    /// "Your model" against a law's optimal split. Template: {diff} {n} {tpp}
    ExtraAbove,
    ExtraBelow,
    SeparateFitNote,
    /// Typed-number errors, next to the field.
    ErrEmpty,
    /// Template: {text}
    ErrNotANumber,
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
    /// "… and {count} more parts of the link were not read."
    IgnoredMore,
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
    /// After Kaplan's frontier formula: the unit of C.
    FormulaPfDays,
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
            LawId::Kaplan2020 => "Kaplan et al. fitted separate power laws to loss against model size, data and compute, on WebText2 with models up to 1.5B parameters. Their compute-efficient recipe grows the model much faster than the data (N* ∝ C^0.73), so a bigger budget mostly buys a bigger model trained on relatively few tokens, stopped well before convergence.",
            LawId::Chinchilla2022 => "Hoffmann et al. trained over 400 models (70M–16B parameters, 5B–500B tokens) and fitted L(N, D) = E + A/N^α + B/D^β (Approach 3). Minimising it under C = 6ND gives the optimal model and data for any budget. These are the coefficients as printed in the paper.",
            LawId::Chinchilla2022A1 => "Approach 1 of Hoffmann et al.: for each budget, take the lowest training-loss envelope over many runs; the optimal model and data then grow equally, N* ∝ C^0.50 and D* ∝ C^0.50 (about 20 tokens per parameter). The line passes through the paper's 67B-parameter optimum at Gopher's budget (Table 3). Losses are read from the Approach-3 surface.",
            LawId::Chinchilla2022A2 => "Approach 2 of Hoffmann et al.: at nine fixed budgets, vary model size and fit a parabola to each IsoFLOP profile; the minima give N* ∝ C^0.49 and D* ∝ C^0.51. The line passes through the paper's 63B projection for Gopher's budget (Fig. 3). Losses are read from the Approach-3 surface.",
            LawId::Epoch2024 => "Besiroglu, Erdil, Barnett and You (Epoch AI) reconstructed the data behind the paper's Approach 3 and refitted the same formula. Their coefficients agree with Approaches 1 and 2 (about 20 tokens per parameter), unlike the published Approach-3 fit.",
            LawId::Custom => "Your own coefficients for L(N, D) = E + A/N^α + B/D^β: edit E, A, B, α and β in the fields under the law picker to see how each one moves the optimum. They are kept in the page's link.",
        },
        Key::FormulaHeading => "The law, with its coefficients",
        Key::AllocationHeading => "Compute-optimal allocation",
        Key::SurfaceFrom => "Loss read from the Approach-3 surface",
        Key::ExplainBudget => "At {c} FLOPs ({pf} PF-days), {law} puts the optimum at {n} parameters trained on {d} tokens — {tpp} tokens per parameter — for a predicted loss of {loss} nats/token.",
        Key::ExplainScale => "Ten times more compute multiplies the optimal model by {fn}× and its training data by {fd}×.",
        Key::Discrepancy => "Why the Chinchilla numbers disagree: at this budget Approach 1 of the paper puts the optimum at {a1}, but the Approach-3 coefficients as printed give {a3}. Besiroglu et al. (2024) refitted the same data and found the published fit does not match it (rounded coefficients and an optimiser that stopped early); their refit, {ep}, agrees with Approaches 1 and 2.",
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
        Key::KeyboardHelp => "Keys: ←/→ budget ×10^0.1 (Shift ×10), 1–4 focus a plot, m famous models",
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
        Key::NoteEmergent => "~6.7B: abilities emerge",
        Key::NoteLlmParams => "LLM ≥ 1–10B",
        Key::NoteLlmTokens => "LLM ≥ 100B tokens",
        Key::PlotLabel => "Plot",
        Key::Tour1Title => "Power laws are straight lines on log–log axes",
        Key::Tour1Text => "Loss falls as a power of model size N, data D and compute C. On logarithmic axes a power law is a straight line, which is why every axis here counts powers of ten. Drag the budget slider: each tenfold increase in compute buys the same fixed fraction of loss.",
        Key::Tour2Title => "Kaplan 2020: spend it on a bigger model",
        Key::Tour2Text => "Kaplan et al. found N* ∝ C^0.73: ten times the compute should go mostly into a model {kn}× bigger, with only {kd}× more data. Their overfitting rule D ≳ 5000·N^0.74 says 8× the model needs only ~{k8}× the data. Compute-efficient training therefore stops long before convergence. GPT-3 (175B parameters, 300B tokens) was built this way.",
        Key::Tour3Title => "Chinchilla 2022: scale model and data equally",
        Key::Tour3Text => "Hoffmann et al. found that model and data should grow equally, about {tpp} tokens per parameter. With Gopher's budget, Gopher (280B parameters, 300B tokens) was far too big for its data; Chinchilla (70B, 1.4T tokens) used the same compute and beat it. Compare GPT-3 and Gopher with the optimum on the plots.",
        Key::Tour4Title => "Why the published fits disagree",
        Key::Tour4Text => "The same paper gives three answers at Gopher's budget: Approach 1 about {a1} parameters, the printed Approach-3 coefficients about {a3}. Epoch AI refitted the Approach-3 data and got about {ep}, in line with Approaches 1 and 2: the printed fit was off, not the equal-scaling idea. Absolute losses of different papers are not comparable; compare the splits.",
        Key::Tour5Title => "What counts as a large language model",
        Key::Tour5Text => "A rough line: at least 1–10B parameters trained on at least 100B tokens (marked on the plots). Some abilities appear only past about 6.7B parameters. Today's models are trained far beyond the compute optimum — LLaMA-3 8B saw {ld} tokens, about {ltpp} per parameter — because a smaller model is cheaper to run for its users.",
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
        Key::ExtraAbove => "{diff} above the loss of this law's optimal split for the same compute ({n} parameters, {tpp} tokens per parameter)",
        Key::ExtraBelow => "{diff} below the loss of this law's optimal split for the same compute ({n} parameters, {tpp} tokens per parameter)",
        Key::SeparateFitNote => "— possible because that split is a fit of its own, not the minimum of this loss surface",
        Key::ErrEmpty => "Type a number, e.g. 5.76e23, 175B or 3 PF-days.",
        Key::ErrNotANumber => "“{text}” is not a number: try 5.76e23, 175B, 1.4T or 3 PF-days.",
        Key::ErrNotFinite => "Too large to compute with.",
        Key::ErrNotPositive => "Must be greater than zero.",
        Key::ErrOutOfRange => "Must lie between {min} and {max}.",
        Key::ErrUnit => "“{text}”: that unit does not apply here.",
        Key::ReasonRepeated => "given more than once; the last value is used",
        Key::ReasonUnknownKey => "not a setting of this page",
        Key::ReasonUnknownLaw => "unknown law; known: {ids}",
        Key::ReasonExpected => "expected one of: {values}",
        Key::IgnoredMore => "… and {count} more, not read (a link holds at most {max} settings).",
        Key::WhyTwoNote => "Why two answers? The same paper fitted its training runs in different ways, and the fits disagree.",
        Key::WhyTwoLink => "Read why ↓",
        Key::ShowLarge => "Show large: {plot}",
        Key::LawShort(id) => match id {
            LawId::Kaplan2020 => "Kaplan 2020",
            LawId::Chinchilla2022 => "Chinchilla A3",
            LawId::Chinchilla2022A1 => "Chinchilla A1",
            LawId::Chinchilla2022A2 => "Chinchilla A2",
            LawId::Epoch2024 => "Epoch 2024",
            LawId::Custom => "Custom",
        },
        Key::SideBudgetsShort => "budget ÷10, ×10",
        Key::LegendNStarShort => "N* (thick)",
        Key::LegendDStarShort => "D* (thin)",
        Key::ExtrapolationShort => "extrapolated",
        Key::FormulaPfDays => "  (C in PF-days)",
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
        Key::LawName(id) => match id {
            LawId::Kaplan2020 => "Kaplan et al. 2020",
            LawId::Chinchilla2022 => "Chinchilla 2022 (Approach 3)",
            LawId::Chinchilla2022A1 => "Chinchilla 2022 (Approach 1)",
            LawId::Chinchilla2022A2 => "Chinchilla 2022 (Approach 2)",
            LawId::Epoch2024 => "Epoch AI 2024 refit",
            LawId::Custom => "Custom coefficients",
        },
    }
}

fn ko(key: Key) -> &'static str {
    match key {
        Key::Title => "언어 모델의 스케일링 법칙",
        Key::Subtitle => "주어진 연산 예산에서 모델은 얼마나 크게, 토큰은 얼마나 많이, 손실은 얼마일까.",
        Key::ComputeBudget => "연산 예산",
        Key::Flops => "FLOPs",
        Key::PfDays => "PF-일",
        Key::PrimaryLaw => "스케일링 법칙",
        Key::CompareLaws => "비교할 법칙",
        Key::YourModel => "내 모델",
        Key::Params => "파라미터 수 N",
        Key::Tokens => "학습 토큰 수 D",
        Key::YourCompute => "연산량 6ND",
        Key::Optimum => "연산 최적 배분",
        Key::OptimalParams => "파라미터 N*",
        Key::OptimalTokens => "토큰 D*",
        Key::TokensPerParam => "파라미터당 토큰",
        Key::PredictedLoss => "예측 손실",
        Key::LossUnit => "nats/토큰",
        Key::LossUnderLaws => "법칙별 손실",
        Key::FamousModels => "유명한 모델",
        Key::Ignored => "URL에서 무시된 값",
        Key::PlotN => "파라미터에 따른 손실 (동일 연산)",
        Key::PlotD => "토큰에 따른 손실 (동일 연산)",
        Key::PlotC => "연산량에 따른 손실 (최적 경계)",
        Key::PlotSplit => "연산 최적 N*와 D*",
        Key::AxisParams => "파라미터 N",
        Key::AxisTokens => "토큰 D",
        Key::AxisCompute => "연산량 C (FLOPs)",
        Key::AxisLoss => "손실 (nats/토큰)",
        Key::AxisCount => "N* (파라미터), D* (토큰)",
        Key::Extrapolation => "적합 범위 밖 (외삽)",
        Key::Budget => "예산",
        Key::You => "내 모델",
        Key::NotComparable => "서로 다른 논문의 손실 절댓값은 비교할 수 없습니다 (데이터와 토크나이저가 다름). 곡선의 모양과 배분을 비교하세요.",
        Key::PanicMessage => "문제가 생겨 페이지가 멈췄습니다.",
        Key::ReloadDefaults => "기본값으로 다시 열기",
        Key::LawDescription(id) => match id {
            LawId::Kaplan2020 => "Kaplan 등은 WebText2에서 최대 15억 파라미터 모델로 손실을 모델 크기, 데이터, 연산량 각각에 대한 거듭제곱 법칙으로 적합했습니다. 이들의 연산 효율 처방은 데이터보다 모델을 훨씬 빠르게 키웁니다 (N* ∝ C^0.73). 예산이 커지면 주로 더 큰 모델을 비교적 적은 토큰으로, 수렴하기 한참 전에 멈추어 학습합니다.",
            LawId::Chinchilla2022 => "Hoffmann 등은 400개가 넘는 모델 (7천만–160억 파라미터, 50억–5천억 토큰)을 학습해 L(N, D) = E + A/N^α + B/D^β 를 적합했습니다 (방법 3). C = 6ND 조건에서 이를 최소화하면 어떤 예산에서든 최적의 모델과 데이터가 나옵니다. 논문에 인쇄된 계수 그대로입니다.",
            LawId::Chinchilla2022A1 => "Hoffmann 등의 방법 1: 예산마다 여러 학습 곡선의 최저 손실 포락선을 취하면 최적 모델과 데이터가 똑같이 커집니다. N* ∝ C^0.50, D* ∝ C^0.50 (파라미터당 약 20토큰). 직선은 Gopher 예산에서 논문의 670억 파라미터 최적점 (표 3)을 지납니다. 손실은 방법 3의 곡면에서 읽습니다.",
            LawId::Chinchilla2022A2 => "Hoffmann 등의 방법 2: 고정된 아홉 예산에서 모델 크기를 바꿔 가며 각 등연산(IsoFLOP) 곡선에 포물선을 적합하면, 최솟값들이 N* ∝ C^0.49, D* ∝ C^0.51 을 줍니다. 직선은 Gopher 예산에 대한 논문의 630억 예측 (그림 3)을 지납니다. 손실은 방법 3의 곡면에서 읽습니다.",
            LawId::Epoch2024 => "Besiroglu, Erdil, Barnett, You (Epoch AI)는 논문 방법 3의 데이터를 복원해 같은 식을 다시 적합했습니다. 이들의 계수는 발표된 방법 3 적합과 달리 방법 1, 2와 일치합니다 (파라미터당 약 20토큰).",
            LawId::Custom => "L(N, D) = E + A/N^α + B/D^β 의 계수를 직접 정합니다. 법칙 선택 아래 입력란에서 E, A, B, α, β 를 바꿔 각 계수가 최적점을 어떻게 움직이는지 보세요. 값은 페이지 링크에 저장됩니다.",
        },
        Key::FormulaHeading => "법칙과 계수",
        Key::AllocationHeading => "연산 최적 배분",
        Key::SurfaceFrom => "손실은 방법 3의 곡면에서 읽음",
        Key::ExplainBudget => "{c} FLOPs ({pf} PF-일)에서 {law}의 최적점은 {n} 파라미터 모델을 {d} 토큰으로 학습하는 것입니다 — 파라미터당 {tpp} 토큰, 예측 손실 {loss} nats/토큰.",
        Key::ExplainScale => "연산을 10배로 늘리면 최적 모델은 {fn}배, 학습 데이터는 {fd}배가 됩니다.",
        Key::Discrepancy => "Chinchilla의 숫자가 서로 다른 이유: 이 예산에서 논문의 방법 1은 최적점을 {a1}로 두지만, 인쇄된 방법 3 계수는 {a3}를 줍니다. Besiroglu 등 (2024)은 같은 데이터를 다시 적합해 발표된 적합이 데이터와 맞지 않음을 보였고 (반올림된 계수, 일찍 멈춘 최적화기), 이들의 재적합 {ep}는 방법 1, 2와 일치합니다.",
        Key::Source => "출처",
        Key::Share => "공유 / 삽입",
        Key::CopyLink => "링크 복사",
        Key::CopyEmbed => "iframe 복사",
        Key::Copied => "복사됨",
        Key::EmbedSnippet => "블로그에 삽입",
        Key::OpenFullView => "전체 화면으로 열기 ↗",
        Key::Present => "발표 모드",
        Key::ExitPresent => "발표 모드 끝내기",
        Key::Fullscreen => "전체 화면",
        Key::KeyboardHelp => "키: ←/→ 예산 ×10^0.1 (Shift ×10), 1–4 그래프 선택, m 유명 모델",
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
        Key::NoteEmergent => "~67억: 능력 출현",
        Key::NoteLlmParams => "LLM ≥ 10억–100억",
        Key::NoteLlmTokens => "LLM ≥ 1000억 토큰",
        Key::PlotLabel => "그래프",
        Key::Tour1Title => "거듭제곱 법칙은 로그–로그 축에서 직선",
        Key::Tour1Text => "손실은 모델 크기 N, 데이터 D, 연산량 C의 거듭제곱에 따라 줄어듭니다. 로그 축에서 거듭제곱 법칙은 직선이라서 여기의 모든 축은 10의 거듭제곱으로 눈금을 셉니다. 예산 슬라이더를 움직여 보세요: 연산을 10배 늘릴 때마다 손실이 같은 비율만큼 줄어듭니다.",
        Key::Tour2Title => "Kaplan 2020: 더 큰 모델에 쓰라",
        Key::Tour2Text => "Kaplan 등은 N* ∝ C^0.73 을 찾았습니다: 연산을 10배로 늘리면 대부분을 {kn}배 큰 모델에 쓰고 데이터는 {kd}배만 늘립니다. 과적합 규칙 D ≳ 5000·N^0.74 에 따르면 모델을 8배 키울 때 데이터는 약 {k8}배면 충분합니다. 그래서 연산 효율적인 학습은 수렴하기 한참 전에 멈춥니다. GPT-3 (1750억 파라미터, 3000억 토큰)이 이렇게 만들어졌습니다.",
        Key::Tour3Title => "Chinchilla 2022: 모델과 데이터를 똑같이 키우라",
        Key::Tour3Text => "Hoffmann 등은 모델과 데이터를 똑같이, 파라미터당 약 {tpp}토큰으로 키워야 한다는 것을 발견했습니다. Gopher의 예산에서 Gopher (2800억 파라미터, 3000억 토큰)는 데이터에 비해 너무 컸고, 같은 연산을 쓴 Chinchilla (700억, 1.4조 토큰)가 더 좋았습니다. 그래프에서 GPT-3와 Gopher를 최적점과 비교해 보세요.",
        Key::Tour4Title => "발표된 적합들이 서로 다른 이유",
        Key::Tour4Text => "같은 논문이 Gopher 예산에서 세 가지 답을 줍니다: 방법 1은 약 {a1} 파라미터, 인쇄된 방법 3 계수는 약 {a3}. Epoch AI가 방법 3의 데이터를 다시 적합하자 약 {ep}이 나와 방법 1, 2와 일치했습니다. 틀린 것은 인쇄된 적합이지 똑같이 키우라는 생각이 아닙니다. 논문마다 손실 절댓값은 비교할 수 없으니 배분을 비교하세요.",
        Key::Tour5Title => "무엇을 대형 언어 모델이라 부를까",
        Key::Tour5Text => "대략의 기준: 10억–100억 파라미터 이상을 1000억 토큰 이상으로 학습 (그래프에 표시). 어떤 능력은 약 67억 파라미터를 넘어서야 나타납니다. 요즘 모델은 연산 최적점보다 훨씬 오래 학습합니다 — LLaMA-3 8B는 {ld} 토큰, 파라미터당 약 {ltpp}토큰을 보았습니다 — 작은 모델이 사용자에게 더 싸게 돌아가기 때문입니다.",
        Key::CopyFailed => "복사 실패: 텍스트를 선택해 복사하세요",
        Key::HoverN => "N = {n}, D = {d} ({c} FLOPs): 손실",
        Key::HoverD => "D = {d}, N = {n} ({c} FLOPs): 손실",
        Key::HoverC => "C = {c} FLOPs: 연산 최적 손실",
        Key::HoverSplit => "C = {c} FLOPs: 연산 최적 배분",
        Key::HoverFamous => "{name}: 파라미터 {n}, 토큰 {d} ({c} FLOPs)",
        Key::HoverUser => "내 모델: 파라미터 {n}, 토큰 {d} ({c} FLOPs)",
        Key::HoverOptimum => "{law}: 최적 N* {n}, D* {d}",
        Key::SeparateFitMarker => "(따로 피팅한 배분이라 이 법칙의 손실 곡선 바닥이 아님)",
        Key::SeparateFitCaveat => "Kaplan의 N*(표 6)와 Chinchilla의 방법 1, 2는 따로 피팅한 배분 법칙이며, 여기 그린 손실 곡선의 최솟값이 아닙니다. 그래서 최적점 표시가 IsoFLOP 골짜기의 옆면에 놓일 수 있고, 같은 곡선 위에서 ‘최적’보다 손실이 낮은 모델도 있을 수 있습니다.",
        Key::SideBudgets => "예산 ÷10, ×10",
        Key::LegendNStar => "N* 파라미터 (굵은 선)",
        Key::LegendDStar => "D* 토큰 (가는 선)",
        Key::ExtraAbove => "같은 연산량에서 이 법칙의 최적 배분(파라미터 {n}, 파라미터당 토큰 {tpp})의 손실보다 {diff} 높음",
        Key::ExtraBelow => "같은 연산량에서 이 법칙의 최적 배분(파라미터 {n}, 파라미터당 토큰 {tpp})의 손실보다 {diff} 낮음",
        Key::SeparateFitNote => "— 그 배분은 이 손실 곡면의 최솟값이 아니라 따로 피팅한 결과라서 가능합니다",
        Key::ErrEmpty => "숫자를 입력하세요. 예: 5.76e23, 1750억, 3 PF-days",
        Key::ErrNotANumber => "“{text}”은(는) 숫자가 아닙니다. 예: 5.76e23, 1750억, 1조 4천억, 3 PF-days",
        Key::ErrNotFinite => "계산할 수 없을 만큼 큰 값입니다.",
        Key::ErrNotPositive => "0보다 커야 합니다.",
        Key::ErrOutOfRange => "{min}에서 {max} 사이여야 합니다.",
        Key::ErrUnit => "“{text}”: 여기에는 쓸 수 없는 단위입니다.",
        Key::ReasonRepeated => "여러 번 주어졌습니다. 마지막 값을 씁니다",
        Key::ReasonUnknownKey => "이 페이지의 설정이 아닙니다",
        Key::ReasonUnknownLaw => "알 수 없는 법칙입니다. 가능한 값: {ids}",
        Key::ReasonExpected => "다음 중 하나여야 합니다: {values}",
        Key::IgnoredMore => "… 그 밖의 {count}개는 읽지 않았습니다 (링크 하나에 설정은 최대 {max}개).",
        Key::WhyTwoNote => "왜 답이 두 개일까요? 같은 논문이 같은 학습 실험을 서로 다른 방법으로 피팅했고, 그 결과가 서로 다릅니다.",
        Key::WhyTwoLink => "이유 보기 ↓",
        Key::ShowLarge => "크게 보기: {plot}",
        Key::LawShort(id) => match id {
            LawId::Kaplan2020 => "Kaplan 2020",
            LawId::Chinchilla2022 => "Chinchilla 접근법 3",
            LawId::Chinchilla2022A1 => "Chinchilla 접근법 1",
            LawId::Chinchilla2022A2 => "Chinchilla 접근법 2",
            LawId::Epoch2024 => "Epoch 2024",
            LawId::Custom => "사용자 계수",
        },
        Key::SideBudgetsShort => "예산 ÷10, ×10",
        Key::LegendNStarShort => "N* (굵은 선)",
        Key::LegendDStarShort => "D* (가는 선)",
        Key::ExtrapolationShort => "외삽",
        Key::FormulaPfDays => "  (C의 단위: PF-days)",
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
        Key::LawName(id) => match id {
            LawId::Kaplan2020 => "Kaplan 외 2020",
            LawId::Chinchilla2022 => "Chinchilla 2022 (방법 3)",
            LawId::Chinchilla2022A1 => "Chinchilla 2022 (방법 1)",
            LawId::Chinchilla2022A2 => "Chinchilla 2022 (방법 2)",
            LawId::Epoch2024 => "Epoch AI 2024 재적합",
            LawId::Custom => "사용자 지정 계수",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
