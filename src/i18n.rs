//! Every visible string of the page, in English and Korean. One typed table: [`Key`] names a
//! text, [`Lang::text`] returns it; the `match` is exhaustive, so a missing translation does not
//! compile.

use crate::laws::LawId;

/// A page language (`lang=en|ko`).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "ko")]
    Ko,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// From a browser language tag such as `ko-KR` or `en-US`.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("ko") {
            Lang::Ko
        } else {
            Lang::En
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
    ExtraLoss,
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
        Key::ExtraLoss => "above the optimum",
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
        Key::ExtraLoss => "최적보다 높음",
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
            let names: Vec<&str> = LawId::ALL
                .iter()
                .map(|id| lang.text(Key::LawName(*id)))
                .collect();
            for (i, n) in names.iter().enumerate() {
                assert!(!n.is_empty());
                assert!(!names[i + 1..].contains(n), "{n}");
            }
        }
        assert_ne!(Lang::En.text(Key::Title), Lang::Ko.text(Key::Title));
    }
}
