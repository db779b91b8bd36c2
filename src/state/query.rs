//! The URL query string ⇄ [`AppState`]. Parsing never panics: a bad or unknown key is skipped,
//! reported in [`Ignored`], and everything else in the URL still applies.
//!
//! Keys (fixed contract): `law`, `compare` (comma-separated ids), `c` (FLOPs), `n`, `d`,
//! `models` (`0|1`), and for the custom law `E`, `A`, `B`, `alpha`, `beta`.

use super::bounds::{COMPUTE_TYPED, PARAMS, TOKENS};
use super::quantity::{clamp_check, clip_user_text, parse_quantity, QuantityKind};
use super::view::{PlotKind, ThemeChoice};
use super::AppState;
use crate::i18n::Lang;
use crate::laws::{Coefficients, LawId};
use std::fmt;

/// One part of the URL that was not applied, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Ignored {
    pub key: String,
    pub value: String,
    pub reason: String,
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}={}: {}", clip_user_text(&self.key), clip_user_text(&self.value), self.reason)
    }
}

/// The state a query string describes, and what in it was ignored.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub state: AppState,
    pub ignored: Vec<Ignored>,
}

/// Parses a query string (with or without the leading `?`) on top of the defaults.
pub fn parse_query(query: &str) -> Parsed {
    let query = query.strip_prefix('?').unwrap_or(query);
    // form_urlencoded (via serde_urlencoded) decodes `+` and percent escapes and never fails
    // on a list of string pairs; invalid UTF-8 is replaced, not rejected.
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    let mut state = AppState::default();
    let mut ignored = Vec::new();

    // Last value wins for a repeated key; the earlier ones are reported.
    let mut latest: Vec<(String, String)> = Vec::new();
    for (key, value) in pairs {
        if key.is_empty() && value.is_empty() {
            continue;
        }
        if let Some(slot) = latest.iter_mut().find(|(k, _)| *k == key) {
            let earlier = std::mem::replace(&mut slot.1, value);
            ignored.push(Ignored {
                key: key.clone(),
                value: earlier,
                reason: "repeated key; the last value is used".into(),
            });
        } else {
            latest.push((key, value));
        }
    }
    let get = |k: &str| latest.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());

    for (key, value) in &latest {
        if !KNOWN_KEYS.contains(&key.as_str()) {
            ignored.push(Ignored { key: key.clone(), value: value.clone(), reason: "unknown key".into() });
        }
    }

    let mut skip = |key: &str, value: &str, reason: String| {
        ignored.push(Ignored { key: key.to_string(), value: value.to_string(), reason })
    };

    if let Some(v) = get("law") {
        match LawId::parse(v) {
            Some(id) => state.law = id,
            None => skip("law", v, "unknown law id".into()),
        }
    }
    if let Some(v) = get("compare") {
        for part in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match LawId::parse(part) {
                Some(id) if id == state.law || state.compare.contains(&id) => {}
                Some(id) => state.add_compare(id),
                None => skip("compare", part, "unknown law id".into()),
            }
        }
    }
    let numbers: [(&str, QuantityKind, (f64, f64)); 3] = [
        ("c", QuantityKind::Compute, COMPUTE_TYPED),
        ("n", QuantityKind::Count, PARAMS),
        ("d", QuantityKind::Count, TOKENS),
    ];
    for (key, kind, (min, max)) in numbers {
        if let Some(v) = get(key) {
            match parse_quantity(v, kind).and_then(|x| clamp_check(x, min, max)) {
                Ok(x) => match key {
                    "c" => state.compute = x,
                    "n" => state.n = x,
                    _ => state.d = x,
                },
                Err(e) => skip(key, v, e.to_string()),
            }
        }
    }
    let flag = |v: &str| match v {
        "1" | "true" | "on" => Some(true),
        "0" | "false" | "off" => Some(false),
        _ => None,
    };
    if let Some(v) = get("lang") {
        match Lang::parse(v) {
            Some(l) => state.view.lang = Some(l),
            None => skip("lang", v, "expected en or ko".into()),
        }
    }
    if let Some(v) = get("theme") {
        match ThemeChoice::parse(v) {
            Some(t) => state.view.theme = Some(t),
            None => skip("theme", v, "expected light or dark".into()),
        }
    }
    for (key, slot) in [("embed", &mut state.view.embed), ("present", &mut state.view.present)] {
        if let Some(v) = get(key) {
            match flag(v) {
                Some(b) => *slot = b,
                None => skip(key, v, "expected 0 or 1".into()),
            }
        }
    }
    if let Some(v) = get("view") {
        for part in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match PlotKind::parse(part) {
                Some(k) if !state.view.plots.contains(&k) => state.view.plots.push(k),
                Some(_) => {}
                None => skip("view", part, "unknown plot (n, d, c, split)".into()),
            }
        }
    }
    if let Some(v) = get("models") {
        match flag(v) {
            Some(b) => state.models = b,
            None => skip("models", v, "expected 0 or 1".into()),
        }
    }

    // Custom coefficients: each must parse, then the whole set must validate; a field that
    // fails keeps its default so the law stays defined.
    let mut custom = state.custom;
    for field in Coefficients::FIELDS {
        if let Some(v) = get(field) {
            match parse_quantity(v, QuantityKind::Count) {
                Ok(x) => {
                    custom.set(field, x);
                }
                Err(e) => skip(field, v, e.to_string()),
            }
        }
    }
    if let Err(errors) = custom.validate() {
        for err in errors {
            let default = Coefficients::CHINCHILLA.get(err.field).unwrap_or(f64::NAN);
            let given = get(err.field).unwrap_or_default();
            skip(err.field, given, err.to_string());
            custom.set(err.field, default);
        }
    }
    state.custom = custom;

    Parsed { state, ignored }
}

const KNOWN_KEYS: [&str; 16] = [
    "law", "compare", "c", "n", "d", "models", "E", "A", "B", "alpha", "beta", "lang", "theme", "embed", "present",
    "view",
];

/// Writes the state as a query string (no leading `?`). Numbers use Rust's shortest
/// round-trip `{:e}` form, so `parse_query(&to_query(s)).state == s` exactly.
pub fn to_query(state: &AppState) -> String {
    let mut pairs: Vec<(&str, String)> = vec![("law", state.law.as_str().to_string())];
    if !state.compare.is_empty() {
        let ids: Vec<&str> = state.compare.iter().map(|id| id.as_str()).collect();
        pairs.push(("compare", ids.join(",")));
    }
    pairs.push(("c", format!("{:e}", state.compute)));
    pairs.push(("n", format!("{:e}", state.n)));
    pairs.push(("d", format!("{:e}", state.d)));
    pairs.push(("models", if state.models { "1" } else { "0" }.to_string()));
    // Custom coefficients travel whenever they are in use or differ from the defaults, so a
    // URL keeps them even while the custom law is switched off.
    if state.shows(LawId::Custom) || state.custom != Coefficients::CHINCHILLA {
        for field in Coefficients::FIELDS {
            let v = state.custom.get(field).unwrap_or_default();
            pairs.push((field, format!("{v}")));
        }
    }
    let view = &state.view;
    if let Some(lang) = view.lang {
        pairs.push(("lang", lang.as_str().to_string()));
    }
    if let Some(theme) = view.theme {
        pairs.push(("theme", theme.as_str().to_string()));
    }
    if view.embed {
        pairs.push(("embed", "1".to_string()));
    }
    if view.present {
        pairs.push(("present", "1".to_string()));
    }
    if !view.plots.is_empty() {
        let kinds: Vec<&str> = view.plots.iter().map(|k| k.as_str()).collect();
        pairs.push(("view", kinds.join(",")));
    }
    // Law ids are [a-z0-9-] and numbers [0-9.e+-]: the only escape the encoder writes is for
    // the comma between compared ids, which is legal in a query, so keep it readable.
    serde_urlencoded::to_string(&pairs).unwrap_or_default().replace("%2C", ",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_documented_keys() {
        let p = parse_query("?law=kaplan2020&compare=epoch2024,chinchilla2022&c=1e24&n=175B&d=300e9&models=0");
        assert!(p.ignored.is_empty(), "{:?}", p.ignored);
        assert_eq!(p.state.law, LawId::Kaplan2020);
        assert_eq!(p.state.compare, vec![LawId::Chinchilla2022, LawId::Epoch2024]);
        assert_eq!(p.state.compute, 1e24);
        assert_eq!(p.state.n, 175e9);
        assert_eq!(p.state.d, 300e9);
        assert!(!p.state.models);
    }

    #[test]
    fn bad_values_are_named_and_the_rest_applies() {
        let p = parse_query("c=abc&law=nope&n=-5&d=2e12&zzz=1");
        let keys: Vec<&str> = p.ignored.iter().map(|i| i.key.as_str()).collect();
        assert!(
            keys.contains(&"c") && keys.contains(&"law") && keys.contains(&"n") && keys.contains(&"zzz"),
            "{keys:?}"
        );
        let defaults = AppState::default();
        assert_eq!(p.state.compute, defaults.compute);
        assert_eq!(p.state.law, defaults.law);
        assert_eq!(p.state.n, defaults.n);
        assert_eq!(p.state.d, 2e12);
    }

    #[test]
    fn out_of_range_and_non_finite_are_rejected() {
        for q in ["c=1e31", "c=1e14", "c=NaN", "c=inf", "n=1e15", "d=1e7", "c=", "c=1e999"] {
            let p = parse_query(q);
            assert_eq!(p.ignored.len(), 1, "{q}: {:?}", p.ignored);
            assert_eq!(p.state, AppState::default(), "{q}");
        }
    }

    #[test]
    fn view_keys_are_read_and_bad_ones_named() {
        let p = parse_query("lang=ko&theme=dark&embed=1&present=0&view=c,n,c,zz");
        assert_eq!(p.state.view.lang, Some(Lang::Ko));
        assert_eq!(p.state.view.theme, Some(ThemeChoice::Dark));
        assert!(p.state.view.embed && !p.state.view.present);
        assert_eq!(p.state.view.plots, vec![PlotKind::C, PlotKind::N]);
        assert_eq!(p.ignored.len(), 1, "{:?}", p.ignored);
        let bad = parse_query("lang=fr&theme=blue&embed=2");
        assert_eq!(bad.ignored.len(), 3);
        assert_eq!(bad.state, AppState::default());
    }

    #[test]
    fn repeated_keys_use_the_last_and_say_so() {
        let p = parse_query("c=1e20&c=1e21");
        assert_eq!(p.state.compute, 1e21);
        assert_eq!(p.ignored.len(), 1);
        assert!(p.ignored[0].reason.contains("repeated"));
    }

    #[test]
    fn invalid_custom_coefficients_keep_defaults_and_name_the_field() {
        let p = parse_query("law=custom&E=1.5&alpha=-1&beta=abc");
        assert_eq!(p.state.custom.e, 1.5);
        assert_eq!(p.state.custom.alpha, Coefficients::CHINCHILLA.alpha);
        assert_eq!(p.state.custom.beta, Coefficients::CHINCHILLA.beta);
        let keys: Vec<&str> = p.ignored.iter().map(|i| i.key.as_str()).collect();
        assert_eq!(keys, vec!["alpha", "beta"]);
    }

    #[test]
    fn round_trips_exactly() {
        let mut s = AppState {
            law: LawId::Custom,
            compare: vec![LawId::Kaplan2020, LawId::Epoch2024],
            compute: 3.123456789e25,
            n: 6.7e10,
            d: 1.5e12,
            models: false,
            ..AppState::default()
        };
        s.custom.e = 1.75;
        s.custom.alpha = 0.31;
        s.view.lang = Some(Lang::Ko);
        s.view.theme = Some(ThemeChoice::Dark);
        s.view.embed = true;
        s.view.present = true;
        s.view.plots = vec![PlotKind::Split, PlotKind::N];
        let q = to_query(&s);
        assert!(q.contains("compare=kaplan2020,epoch2024"), "{q}");
        assert!(q.contains("view=split,n") && q.contains("lang=ko") && q.contains("theme=dark"), "{q}");
        let back = parse_query(&q);
        assert!(back.ignored.is_empty(), "{:?}", back.ignored);
        assert_eq!(back.state, s);
    }

    #[test]
    fn notices_clip_huge_values() {
        let q = format!("c={}", "9".repeat(10_000));
        let p = parse_query(&q);
        assert_eq!(p.ignored.len(), 1);
        assert!(p.ignored[0].to_string().len() < 200);
    }
}
