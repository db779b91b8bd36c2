//! The URL query string ⇄ [`AppState`]. Parsing never panics and its work is bounded for any
//! input: a bad or unknown key is skipped, reported in [`Ignored`] with a typed [`Reason`]
//! (the page words it in its language), and everything else in the URL still applies.
//!
//! Keys (fixed contract): `law`, `compare` (comma-separated ids), `c` (FLOPs), `n`, `d`,
//! `models` (`0|1`), `inf` (inference tokens; `0` = none), `u` (unique tokens), `k` (answer
//! length in tokens, a whole number 1–100), for the custom law `E`, `A`, `B`, `alpha`, `beta`,
//! for the fitted law `fit=E,A,B,alpha,beta` (five numbers, comma-separated, in that order),
//! and the view keys `lang`, `theme`, `embed`, `present`, `view`, `focus`, `acc`
//! (`linear|log`).

use super::bounds::{
    ANSWER_TOKENS, ANSWER_TOKENS_DEFAULT, CHIPS, COMPUTE_TYPED, INFERENCE, MFU, PARAMS, PEAK, PRICE, PUE, TOKENS,
    UNIQUE,
};
use super::quantity::{
    check_range, clip_user_text, is_zero, parse_price, parse_quantity, Currency, QuantityError, QuantityKind,
};
use super::view::{AccuracyAxis, Lang, PlotKind, ThemeChoice};
use super::AppState;
use super::PlanSettings;
use crate::laws::planning::Hardware;
use crate::laws::{CoeffProblem, Coefficients, LawId};
use std::fmt;

/// At most this many `key=value` pairs of a URL are read; the rest are counted in
/// [`Parsed::dropped`]. A real link has at most 17 keys; a crafted one with 10⁵ keys costs no
/// more than one with 64.
pub const MAX_PAIRS: usize = 64;

/// Why a part of the URL was not applied. Words are the i18n layer's (`Lang::reason`).
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    /// The key appeared again later; the last value is used.
    Repeated,
    UnknownKey,
    UnknownLaw,
    /// `view` names no plot; the valid ones are [`PlotKind::ALL`].
    UnknownPlot,
    /// One of these values was expected.
    Expected(&'static [&'static str]),
    /// A number that did not parse or is out of range.
    Quantity(QuantityError),
    /// A custom coefficient that parsed but is not valid.
    Coefficient(CoeffProblem),
    /// Not a whole number in `min..=max` (the answer length `k`, the chip count `chips`).
    WholeNumber {
        min: u32,
        max: u32,
    },
    /// A law without a loss surface (`deepseek2024`) named as the primary `law`: it is shown
    /// in the comparison instead.
    NoLoss,
    /// Not a fraction in `min..=max` written as `0.4`, `40` or `40%` (`mfu`).
    Fraction {
        min: f64,
        max: f64,
    },
    /// `fit` is not five comma-separated numbers (`count` parts were given).
    FitValues {
        count: usize,
    },
    /// The law `fit` named (in `law` or `compare`) without valid `fit=` coefficients.
    NoFit,
}

impl fmt::Display for Reason {
    /// English, for logs and tests (the page uses `Lang::reason`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Repeated => write!(f, "repeated key; the last value is used"),
            Reason::UnknownKey => write!(f, "unknown key"),
            Reason::UnknownLaw => write!(f, "unknown law id"),
            Reason::UnknownPlot => write!(f, "unknown plot (n, d, c, split, curves, overhead, emergence)"),
            Reason::Expected(values) => write!(f, "expected {}", values.join(" or ")),
            Reason::Quantity(e) => write!(f, "{e}"),
            Reason::Coefficient(p) => write!(f, "{p}"),
            Reason::WholeNumber { min, max } => write!(f, "expected a whole number from {min} to {max}"),
            Reason::NoLoss => write!(f, "law without a loss surface; shown in the comparison"),
            Reason::Fraction { min, max } => write!(f, "expected a fraction from {min} to {max} (0.4, 40 or 40%)"),
            Reason::FitValues { count } => write!(f, "expected five numbers E,A,B,alpha,beta; got {count}"),
            Reason::NoFit => write!(f, "no fitted coefficients (fit=E,A,B,alpha,beta)"),
        }
    }
}

/// One part of the URL that was not applied, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Ignored {
    pub key: String,
    pub value: String,
    pub reason: Reason,
}

impl Ignored {
    /// `key=value` as the notice shows it, both clipped.
    pub fn pair(&self) -> String {
        format!("{}={}", clip_user_text(&self.key), clip_user_text(&self.value))
    }
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.pair(), self.reason)
    }
}

/// The state a query string describes, what in it was ignored, and how many pairs past
/// [`MAX_PAIRS`] were not read at all.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub state: AppState,
    pub ignored: Vec<Ignored>,
    pub dropped: usize,
}

const FLAGS: &[&str] = &["0", "1"];
const LANGS: &[&str] = &["en", "ko"];
const THEMES: &[&str] = &["light", "dark"];
const ACCURACY_AXES: &[&str] = &["linear", "log"];

/// Parses a query string (with or without the leading `?`) on top of the defaults. With
/// neither `law` nor `compare` in the URL, the page compares Chinchilla's Approach 3 with its
/// Approach 1 ([`AppState::DEFAULT_COMPARE`]); a URL that names either gets exactly what it
/// names.
pub fn parse_query(query: &str) -> Parsed {
    let query = query.strip_prefix('?').unwrap_or(query);
    let (latest, mut ignored, dropped) = latest_pairs(query);
    let get = |k: &str| latest.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
    for (key, value) in &latest {
        if !KNOWN_KEYS.contains(&key.as_str()) {
            ignored.push(Ignored { key: key.clone(), value: value.clone(), reason: Reason::UnknownKey });
        }
    }
    let mut state = AppState::default();
    if get("law").is_some() || get("compare").is_some() {
        state.compare.clear();
    }
    let mut skip = |key: &str, value: &str, reason: Reason| {
        ignored.push(Ignored { key: key.to_string(), value: value.to_string(), reason })
    };
    read_fit(&mut state, &get, &mut skip);
    read_laws(&mut state, &get, &mut skip);
    read_numbers(&mut state, &get, &mut skip);
    read_view(&mut state, &get, &mut skip);
    read_custom(&mut state, &get, &mut skip);
    read_plan(&mut state, &get, &mut skip);
    Parsed { state, ignored, dropped }
}

/// The URL's pairs, each key once with its last value (at most [`MAX_PAIRS`] pairs read: the
/// duplicate scan is quadratic in that bound, not in the URL), the earlier values of repeated
/// keys, and the number of pairs not read.
fn latest_pairs(query: &str) -> (Vec<(String, String)>, Vec<Ignored>, usize) {
    // form_urlencoded decodes `+` and percent escapes and never fails; invalid UTF-8 is
    // replaced, not rejected. Pairs past the cap are split off on `&` and counted, not decoded.
    let mut parts = query.split('&').filter(|p| !p.is_empty());
    let head: Vec<&str> = parts.by_ref().take(MAX_PAIRS).collect();
    let dropped = parts.count();
    let joined = head.join("&");
    let pairs: Vec<(String, String)> =
        form_urlencoded::parse(joined.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    let mut latest: Vec<(String, String)> = Vec::new();
    let mut ignored = Vec::new();
    for (key, value) in pairs {
        if key.is_empty() && value.is_empty() {
            continue;
        }
        if let Some(slot) = latest.iter_mut().find(|(k, _)| *k == key) {
            let earlier = std::mem::replace(&mut slot.1, value);
            ignored.push(Ignored { key: key.clone(), value: earlier, reason: Reason::Repeated });
        } else {
            latest.push((key, value));
        }
    }
    (latest, ignored, dropped)
}

type Get<'a> = dyn Fn(&str) -> Option<&'a str> + 'a;

fn read_laws<'a>(state: &mut AppState, get: &Get<'a>, skip: &mut dyn FnMut(&str, &str, Reason)) {
    if let Some(v) = get("law") {
        let ignored = match LawId::parse(v) {
            Some(id) if !id.has_loss() => {
                skip("law", v, Reason::NoLoss);
                state.add_compare(id);
                false
            }
            Some(id) if !state.available(id) => {
                skip("law", v, Reason::NoFit);
                true
            }
            Some(id) => {
                state.law = id;
                false
            }
            None => {
                skip("law", v, Reason::UnknownLaw);
                true
            }
        };
        // An ignored law with no comparison asked for: the default view, comparison included
        // (a link that names a law shows it alone otherwise).
        if ignored && get("compare").is_none() {
            state.compare = AppState::default().compare;
        }
    }
    if let Some(v) = get("compare") {
        for part in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match LawId::parse(part) {
                Some(id) if id == state.law || state.compare.contains(&id) => {}
                Some(id) if !state.available(id) => skip("compare", part, Reason::NoFit),
                Some(id) => state.add_compare(id),
                None => skip("compare", part, Reason::UnknownLaw),
            }
        }
    }
}

fn read_numbers<'a>(state: &mut AppState, get: &Get<'a>, skip: &mut dyn FnMut(&str, &str, Reason)) {
    let numbers: [(&str, QuantityKind, (f64, f64)); 3] = [
        ("c", QuantityKind::Compute, COMPUTE_TYPED),
        ("n", QuantityKind::Count, PARAMS),
        ("d", QuantityKind::Count, TOKENS),
    ];
    for (key, kind, (min, max)) in numbers {
        if let Some(v) = get(key) {
            match parse_quantity(v, kind).and_then(|x| check_range(x, min, max)) {
                Ok(x) => match key {
                    "c" => state.compute = x,
                    "n" => state.n = x,
                    _ => state.d = x,
                },
                Err(e) => skip(key, v, Reason::Quantity(e)),
            }
        }
    }
    // Optional counts: absent = none / unlimited; `inf=0` also means none.
    let optional: [(&str, (f64, f64)); 2] = [("inf", INFERENCE), ("u", UNIQUE)];
    for (key, (min, max)) in optional {
        let Some(v) = get(key) else { continue };
        let parsed = if key == "inf" && is_zero(v) {
            Ok(None)
        } else {
            parse_quantity(v, QuantityKind::Count).and_then(|x| check_range(x, min, max)).map(Some)
        };
        match parsed {
            Ok(x) if key == "inf" => state.inference = x,
            Ok(x) => state.unique = x,
            Err(e) => skip(key, v, Reason::Quantity(e)),
        }
    }
    if let Some(v) = get("k") {
        match whole_number(v, ANSWER_TOKENS) {
            Some(k) => state.answer_tokens = k,
            None => skip("k", v, Reason::WholeNumber { min: ANSWER_TOKENS.0, max: ANSWER_TOKENS.1 }),
        }
    }
    if let Some(v) = get("models") {
        match flag(v) {
            Some(b) => state.models = b,
            None => skip("models", v, Reason::Expected(FLAGS)),
        }
    }
}

/// A whole number written in digits (at most 9 of them: no overflow) inside `min..=max`.
fn whole_number(v: &str, (min, max): (u32, u32)) -> Option<u32> {
    let t = v.trim();
    if t.is_empty() || t.len() > 9 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse::<u32>().ok().filter(|k| (min..=max).contains(k))
}

/// A switch: `1`, `true`, `on`, or the bare key (`?embed`, `?present`) turns it on.
fn flag(v: &str) -> Option<bool> {
    match v {
        "" | "1" | "true" | "on" => Some(true),
        "0" | "false" | "off" => Some(false),
        _ => None,
    }
}

fn read_view<'a>(state: &mut AppState, get: &Get<'a>, skip: &mut dyn FnMut(&str, &str, Reason)) {
    let view = &mut state.view;
    if let Some(v) = get("lang") {
        match Lang::parse(v) {
            Some(l) => view.lang = Some(l),
            None => skip("lang", v, Reason::Expected(LANGS)),
        }
    }
    if let Some(v) = get("theme") {
        match ThemeChoice::parse(v) {
            Some(t) => view.theme = Some(t),
            None => skip("theme", v, Reason::Expected(THEMES)),
        }
    }
    for (key, slot) in [("embed", &mut view.embed), ("present", &mut view.present)] {
        if let Some(v) = get(key) {
            match flag(v) {
                Some(b) => *slot = b,
                None => skip(key, v, Reason::Expected(FLAGS)),
            }
        }
    }
    if let Some(v) = get("view") {
        for part in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match PlotKind::parse(part) {
                Some(k) if !view.plots.contains(&k) => view.plots.push(k),
                Some(_) => {}
                None => skip("view", part, Reason::UnknownPlot),
            }
        }
    }
    if let Some(v) = get("focus") {
        match PlotKind::parse(v) {
            Some(k) => view.focus = Some(k),
            None => skip("focus", v, Reason::UnknownPlot),
        }
    }
    if let Some(v) = get("acc") {
        match AccuracyAxis::parse(v) {
            Some(a) => view.accuracy_axis = a,
            None => skip("acc", v, Reason::Expected(ACCURACY_AXES)),
        }
    }
}

const HARDWARE: &[&str] = &Hardware::IDS;

/// The planner's keys (issue 21): `hw`, `peak` (FLOP/s of custom hardware), `mfu` (`0.4`, `40`
/// or `40%`), `chips` (a whole number), `price` (per chip-hour, an optional currency symbol),
/// `pue`.
fn read_plan<'a>(state: &mut AppState, get: &Get<'a>, skip: &mut dyn FnMut(&str, &str, Reason)) {
    let plan = &mut state.plan;
    if let Some(v) = get("hw") {
        match Hardware::parse(v) {
            Some(h) => plan.hardware = h,
            None => skip("hw", v, Reason::Expected(HARDWARE)),
        }
    }
    let numbers: [(&str, QuantityKind, (f64, f64)); 2] =
        [("peak", QuantityKind::Count, PEAK), ("pue", QuantityKind::Count, PUE)];
    for (key, kind, (min, max)) in numbers {
        let Some(v) = get(key) else { continue };
        match parse_quantity(v, kind).and_then(|x| check_range(x, min, max)) {
            Ok(x) if key == "peak" => plan.custom_peak = x,
            Ok(x) => plan.pue = x,
            Err(e) => skip(key, v, Reason::Quantity(e)),
        }
    }
    if let Some(v) = get("mfu") {
        match parse_quantity(v, QuantityKind::Fraction).ok().filter(|x| (MFU.0..=MFU.1).contains(x)) {
            Some(x) => plan.mfu = x,
            None => skip("mfu", v, Reason::Fraction { min: MFU.0, max: MFU.1 }),
        }
    }
    if let Some(v) = get("chips") {
        match whole_count(v, CHIPS) {
            Some(x) => plan.chips = x,
            None => skip("chips", v, Reason::WholeNumber { min: CHIPS.0, max: CHIPS.1 }),
        }
    }
    if let Some(v) = get("price") {
        match parse_price(v).and_then(|(x, c)| check_range(x, PRICE.0, PRICE.1).map(|x| (x, c))) {
            Ok((x, c)) => {
                plan.price = x;
                plan.currency = c;
            }
            Err(e) => skip("price", v, Reason::Quantity(e)),
        }
    }
}

/// A whole number in `min..=max` in any form a count is typed in (`1024`, `16K`, `1만`).
pub fn whole_count(v: &str, (min, max): (u32, u32)) -> Option<u32> {
    let x = parse_quantity(v, QuantityKind::Count).ok()?;
    (x.fract() == 0.0 && x >= f64::from(min) && x <= f64::from(max)).then_some(x as u32)
}

/// Custom coefficients: each must parse, then the whole set must validate; a field that
/// fails keeps its default so the law stays defined.
fn read_custom<'a>(state: &mut AppState, get: &Get<'a>, skip: &mut dyn FnMut(&str, &str, Reason)) {
    let mut custom = state.custom;
    for field in Coefficients::FIELDS {
        if let Some(v) = get(field) {
            match parse_quantity(v, QuantityKind::Count) {
                Ok(x) => {
                    custom.set(field, x);
                }
                Err(e) => skip(field, v, Reason::Quantity(e)),
            }
        }
    }
    if let Err(errors) = custom.validate() {
        for err in errors {
            let default = Coefficients::CHINCHILLA.get(err.field).unwrap_or(f64::NAN);
            let given = get(err.field).unwrap_or_default();
            skip(err.field, given, Reason::Coefficient(err.problem));
            custom.set(err.field, default);
        }
    }
    state.custom = custom;
}

/// The fitted law's coefficients, `fit=E,A,B,alpha,beta`: five numbers that parse and validate
/// together, or the fit is left out and each problem named (the key is `fit`, the value the
/// offending part; an invalid coefficient is named by its field).
fn read_fit<'a>(state: &mut AppState, get: &Get<'a>, skip: &mut dyn FnMut(&str, &str, Reason)) {
    let Some(v) = get("fit") else { return };
    let parts: Vec<&str> = v.split(',').collect();
    if parts.len() != Coefficients::FIELDS.len() {
        skip("fit", v, Reason::FitValues { count: parts.len() });
        return;
    }
    let mut fit = Coefficients::EPOCH;
    let mut ok = true;
    for (field, part) in Coefficients::FIELDS.into_iter().zip(&parts) {
        match parse_quantity(part, QuantityKind::Count) {
            Ok(x) => {
                fit.set(field, x);
            }
            Err(e) => {
                skip("fit", part, Reason::Quantity(e));
                ok = false;
            }
        }
    }
    if let Err(errors) = fit.validate() {
        for err in errors {
            let at = Coefficients::FIELDS.iter().position(|f| *f == err.field).unwrap_or(0);
            if ok {
                skip(err.field, parts.get(at).copied().unwrap_or_default(), Reason::Coefficient(err.problem));
            }
        }
        ok = false;
    }
    if ok {
        state.fit = Some(fit);
    }
}

/// Why a typed coefficient was refused: the number itself, or its range.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldError {
    Quantity(QuantityError),
    Coefficient(CoeffProblem),
}

/// Reads `text` as the value of `field` (one of [`Coefficients::FIELDS`]) on top of `custom`,
/// the way the URL reads it: `Ok(value)` when the coefficients stay valid.
pub fn check_field(text: &str, custom: &Coefficients, field: &str) -> Result<f64, FieldError> {
    let value = parse_quantity(text, QuantityKind::Count).map_err(FieldError::Quantity)?;
    let mut candidate = *custom;
    candidate.set(field, value);
    match candidate.validate() {
        Ok(()) => Ok(value),
        Err(errors) => match errors.into_iter().find(|e| e.field == field) {
            Some(e) => Err(FieldError::Coefficient(e.problem)),
            // Another field is invalid (not reachable from the page: its coefficients are
            // always valid); this one is fine.
            None => Ok(value),
        },
    }
}

/// Every key the URL understands (anything else is reported as unknown).
pub const KNOWN_KEYS: [&str; 28] = [
    "law", "compare", "c", "n", "d", "inf", "u", "k", "models", "E", "A", "B", "alpha", "beta", "lang", "theme",
    "embed", "present", "view", "focus", "acc", "hw", "peak", "mfu", "chips", "price", "pue", "fit",
];

/// Writes the state as a query string (no leading `?`). Numbers use Rust's shortest
/// round-trip `{:e}` form, so `parse_query(&to_query(s)).state == s` exactly. `compare` is
/// always written (empty when only the primary law is shown), since `law` is.
pub fn to_query(state: &AppState) -> String {
    let mut pairs: Vec<(&str, String)> = vec![("law", state.law.as_str().to_string())];
    let ids: Vec<&str> = state.compare.iter().map(|id| id.as_str()).collect();
    pairs.push(("compare", ids.join(",")));
    pairs.push(("c", format!("{:e}", state.compute)));
    pairs.push(("n", format!("{:e}", state.n)));
    pairs.push(("d", format!("{:e}", state.d)));
    if let Some(inf) = state.inference {
        pairs.push(("inf", format!("{inf:e}")));
    }
    if let Some(u) = state.unique {
        pairs.push(("u", format!("{u:e}")));
    }
    if state.answer_tokens != ANSWER_TOKENS_DEFAULT {
        pairs.push(("k", state.answer_tokens.to_string()));
    }
    pairs.push(("models", if state.models { "1" } else { "0" }.to_string()));
    // Custom coefficients travel whenever they are in use or differ from the defaults, so a
    // URL keeps them even while the custom law is switched off.
    if state.shows(LawId::Custom) || state.custom != Coefficients::CHINCHILLA {
        for field in Coefficients::FIELDS {
            let v = state.custom.get(field).unwrap_or_default();
            pairs.push((field, format!("{v}")));
        }
    }
    // The fitted law's coefficients (never its runs).
    if let Some(fit) = state.fit {
        let values: Vec<String> =
            Coefficients::FIELDS.iter().map(|f| format!("{:e}", fit.get(f).unwrap_or_default())).collect();
        pairs.push(("fit", values.join(",")));
    }
    // The planner's settings, each only when it differs from the default.
    let (plan, default) = (&state.plan, PlanSettings::default());
    if plan.hardware != default.hardware {
        pairs.push(("hw", plan.hardware.as_str().to_string()));
    }
    if plan.custom_peak != default.custom_peak {
        pairs.push(("peak", format!("{:e}", plan.custom_peak)));
    }
    if plan.mfu != default.mfu {
        pairs.push(("mfu", format!("{:e}", plan.mfu)));
    }
    if plan.chips != default.chips {
        pairs.push(("chips", plan.chips.to_string()));
    }
    if plan.price != default.price || plan.currency != default.currency {
        let symbol = if plan.currency == Currency::Dollar { String::new() } else { plan.currency.symbol().to_string() };
        pairs.push(("price", format!("{symbol}{:e}", plan.price)));
    }
    if plan.pue != default.pue {
        pairs.push(("pue", format!("{:e}", plan.pue)));
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
    if let Some(focus) = view.focus {
        pairs.push(("focus", focus.as_str().to_string()));
    }
    if view.accuracy_axis != AccuracyAxis::default() {
        pairs.push(("acc", view.accuracy_axis.as_str().to_string()));
    }
    // Law ids are [a-z0-9-] and numbers [0-9.e+-]: the only escape the encoder writes is for
    // the comma between compared ids, which is legal in a query, so keep it readable.
    form_urlencoded::Serializer::new(String::new()).extend_pairs(&pairs).finish().replace("%2C", ",")
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
    fn inference_and_unique_tokens_are_optional_counts() {
        let p = parse_query("inf=2T&u=25B");
        assert!(p.ignored.is_empty(), "{:?}", p.ignored);
        assert_eq!((p.state.inference, p.state.unique), (Some(2e12), Some(25e9)));
        assert_eq!(parse_query(&to_query(&p.state)).state, p.state);
        for none in ["inf=0", "inf=0.0", "inf=0e0"] {
            let p = parse_query(none);
            assert!(p.ignored.is_empty() && p.state.inference.is_none(), "{none}: {:?}", p.ignored);
        }
        assert_eq!(parse_query("").state.unique, None);
        assert!(!to_query(&AppState::default()).contains("inf=") && !to_query(&AppState::default()).contains("u="));
        for bad in ["inf=abc", "inf=1e20", "inf=-1", "u=0", "u=1e7", "u=NaN", "u=1e17"] {
            let p = parse_query(bad);
            assert_eq!(p.ignored.len(), 1, "{bad}: {:?}", p.ignored);
            assert_eq!(p.state, AppState::default(), "{bad}");
        }
    }

    #[test]
    fn answer_length_and_accuracy_axis() {
        let p = parse_query("k=30&acc=log&view=emergence");
        assert!(p.ignored.is_empty(), "{:?}", p.ignored);
        assert_eq!(p.state.answer_tokens, 30);
        assert_eq!(p.state.view.accuracy_axis, AccuracyAxis::Log);
        assert_eq!(p.state.view.plots, [PlotKind::Emergence]);
        assert_eq!(parse_query(&to_query(&p.state)).state, p.state);
        assert_eq!(parse_query("").state.answer_tokens, 10);
        assert!(!to_query(&AppState::default()).contains("k=") && !to_query(&AppState::default()).contains("acc="));
        for edge in [("k=1", 1), ("k=100", 100), ("k=%2007", 7)] {
            assert_eq!(parse_query(edge.0).state.answer_tokens, edge.1, "{}", edge.0);
        }
        for bad in ["k=0", "k=101", "k=-3", "k=2.5", "k=1e1", "k=abc", "k=", "k=99999999999999", "k=NaN"] {
            let p = parse_query(bad);
            assert_eq!(p.ignored.len(), 1, "{bad}: {:?}", p.ignored);
            assert_eq!(p.ignored[0].reason, Reason::WholeNumber { min: 1, max: 100 }, "{bad}");
            assert_eq!(p.state, AppState::default(), "{bad}");
        }
        let bad = parse_query("acc=sqrt");
        assert_eq!(bad.ignored[0].reason, Reason::Expected(&["linear", "log"]));
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
        // A bare switch is on: what a blogger types (`?embed&view=nd`), and `present=`.
        for q in ["embed&view=nd", "embed=&view=nd", "present&models"] {
            let p = parse_query(q);
            assert!(p.ignored.is_empty(), "{q}: {:?}", p.ignored);
            assert!(p.state.view.embed || p.state.view.present, "{q}");
        }
        assert!(parse_query("present&models").state.models);
        let bad = parse_query("lang=fr&theme=blue&embed=2");
        assert_eq!(bad.ignored.len(), 3);
        assert_eq!(bad.state, AppState::default());
    }

    #[test]
    fn repeated_keys_use_the_last_and_say_so() {
        let p = parse_query("c=1e20&c=1e21");
        assert_eq!(p.state.compute, 1e21);
        assert_eq!(p.ignored.len(), 1);
        assert_eq!(p.ignored[0].reason, Reason::Repeated);
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
        s.view.focus = Some(PlotKind::N);
        let q = to_query(&s);
        assert!(q.contains("compare=kaplan2020,epoch2024"), "{q}");
        assert!(q.contains("view=split,n") && q.contains("lang=ko") && q.contains("theme=dark"), "{q}");
        let back = parse_query(&q);
        assert!(back.ignored.is_empty(), "{:?}", back.ignored);
        assert_eq!(back.state, s);
    }

    #[test]
    fn the_default_page_compares_approach_3_with_approach_1_unless_the_url_names_laws() {
        let p = parse_query("");
        assert_eq!(p.state.shown_laws(), [LawId::Chinchilla2022, LawId::Chinchilla2022A1]);
        assert_eq!(parse_query("c=1e24").state.compare, [LawId::Chinchilla2022A1]);
        assert_eq!(parse_query("law=kaplan2020").state.shown_laws(), [LawId::Kaplan2020]);
        assert_eq!(parse_query("law=chinchilla2022&compare=").state.shown_laws(), [LawId::Chinchilla2022]);
        assert_eq!(parse_query("compare=epoch2024").state.compare, [LawId::Epoch2024]);
        // A law the page ignores (unknown, or the fit without its coefficients): the default
        // view, comparison included; with a comparison asked for, that one.
        assert_eq!(parse_query("law=nonexistent").state, AppState::default());
        assert_eq!(parse_query("law=fit").state, AppState::default());
        assert_eq!(parse_query("law=nonexistent&compare=kaplan2020").state.compare, [LawId::Kaplan2020]);
        assert_eq!(parse_query("law=deepseek2024").state.compare, [LawId::DeepSeek2024]);
        // Only the primary law shown: the URL says so, and reopens the same page.
        let alone = AppState { compare: Vec::new(), ..AppState::default() };
        let q = to_query(&alone);
        assert!(q.contains("compare=&"), "{q}");
        assert_eq!(parse_query(&q).state, alone);
    }

    #[test]
    fn a_url_with_thousands_of_keys_is_read_up_to_the_cap_and_says_how_many_were_dropped() {
        let many: Vec<String> = (0..100_000).map(|i| format!("k{i}=v")).collect();
        let q = format!("c=1e24&{}&lang=ko", many.join("&"));
        let started = std::time::Instant::now();
        let p = parse_query(&q);
        assert!(started.elapsed().as_secs_f64() < 1.0, "{:?}", started.elapsed());
        assert_eq!(p.state.compute, 1e24);
        assert_eq!(p.dropped, 100_000 + 2 - MAX_PAIRS);
        assert_eq!(p.ignored.len(), MAX_PAIRS - 1);
        // lang=ko came after the cap: not read.
        assert_eq!(p.state.view.lang, None);
    }

    #[test]
    fn focus_names_a_plot() {
        let p = parse_query("present=1&focus=split");
        assert_eq!(p.state.view.focus, Some(PlotKind::Split));
        let bad = parse_query("focus=x");
        assert_eq!(bad.ignored[0].reason, Reason::UnknownPlot);
    }

    #[test]
    fn planner_keys_round_trip_and_bad_values_are_named() {
        let p = parse_query("hw=tpu-v4&mfu=46.2%25&chips=6144&price=%E2%82%AC1.5&pue=1.1");
        assert!(p.ignored.is_empty(), "{:?}", p.ignored);
        let plan = p.state.plan;
        assert_eq!(
            (plan.hardware, plan.mfu, plan.chips, plan.price, plan.currency, plan.pue),
            (Hardware::TpuV4, 0.462, 6144, 1.5, Currency::Euro, 1.1)
        );
        assert_eq!(parse_query(&to_query(&p.state)).state, p.state);
        let custom = parse_query("hw=custom&peak=2.5e15&mfu=0.35&chips=16K");
        assert!(custom.ignored.is_empty(), "{:?}", custom.ignored);
        assert_eq!((custom.state.plan.peak(), custom.state.plan.mfu, custom.state.plan.chips), (2.5e15, 0.35, 16_000));
        assert_eq!(parse_query(&to_query(&custom.state)).state, custom.state);
        assert!(!to_query(&AppState::default()).contains("hw=") && !to_query(&AppState::default()).contains("mfu="));
        // A bare number above 1 is a percentage, as the MFU field shows it ("40 %").
        assert_eq!(parse_query("mfu=40").state.plan.mfu, 0.4);
        for (bad, reason) in [
            ("hw=tpu", Reason::Expected(HARDWARE)),
            ("mfu=400", Reason::Fraction { min: 0.01, max: 1.0 }),
            ("mfu=0", Reason::Fraction { min: 0.01, max: 1.0 }),
            ("mfu=abc", Reason::Fraction { min: 0.01, max: 1.0 }),
            ("chips=2.5", Reason::WholeNumber { min: 1, max: 10_000_000 }),
            ("chips=0", Reason::WholeNumber { min: 1, max: 10_000_000 }),
            ("chips=1e8", Reason::WholeNumber { min: 1, max: 10_000_000 }),
        ] {
            let p = parse_query(bad);
            assert_eq!(p.ignored.len(), 1, "{bad}: {:?}", p.ignored);
            assert_eq!(p.ignored[0].reason, reason, "{bad}");
            assert_eq!(p.state, AppState::default(), "{bad}");
        }
        for bad in ["peak=1e9", "peak=x", "price=0", "price=-1", "price=$", "price=1e5", "pue=0.9", "pue=5", "pue=NaN"]
        {
            let p = parse_query(bad);
            assert_eq!(p.ignored.len(), 1, "{bad}: {:?}", p.ignored);
            assert!(matches!(p.ignored[0].reason, Reason::Quantity(_)), "{bad}");
            assert_eq!(p.state, AppState::default(), "{bad}");
        }
    }

    #[test]
    fn a_law_without_loss_is_compared_not_primary() {
        let p = parse_query("law=deepseek2024");
        assert_eq!(p.ignored.len(), 1);
        assert_eq!(p.ignored[0].reason, Reason::NoLoss);
        assert_eq!(p.state.law, LawId::Chinchilla2022);
        assert_eq!(p.state.shown_laws(), [LawId::Chinchilla2022, LawId::DeepSeek2024]);
        let q = parse_query("compare=deepseek2024,kaplan2020");
        assert!(q.ignored.is_empty());
        assert_eq!(parse_query(&to_query(&q.state)).state, q.state);
        let mut s = AppState::default();
        s.set_primary(LawId::DeepSeek2024);
        assert_eq!(s.law, LawId::Chinchilla2022);
        assert!(s.compare.contains(&LawId::DeepSeek2024));
    }

    #[test]
    fn the_fitted_law_travels_as_one_key_and_round_trips() {
        let p = parse_query("law=fit&compare=epoch2024&fit=1.8172,482.01,2085.43,0.3478,0.3658");
        assert!(p.ignored.is_empty(), "{:?}", p.ignored);
        assert_eq!(p.state.fit, Some(Coefficients::EPOCH));
        assert_eq!(p.state.shown_laws(), [LawId::Fit, LawId::Epoch2024]);
        let q = to_query(&p.state);
        assert!(q.contains("fit=1.8172e0,4.8201e2,2.08543e3,3.478e-1,3.658e-1"), "{q}");
        assert_eq!(parse_query(&q).state, p.state);
        let mut s = AppState::default();
        s.set_fit(Some(Coefficients { e: 1.817218097183912, a: 477.8258604246246, ..Coefficients::EPOCH }));
        assert_eq!(s.shown_laws(), [LawId::Chinchilla2022, LawId::Chinchilla2022A1, LawId::Fit]);
        assert_eq!(parse_query(&to_query(&s)).state, s);
        s.set_fit(None);
        assert!(!s.shows(LawId::Fit) && s.law == LawId::Chinchilla2022);
        assert!(!to_query(&AppState::default()).contains("fit"));
        // No fit: `fit` cannot be shown, and says why.
        let p = parse_query("law=fit&compare=fit,kaplan2020");
        assert_eq!(p.state.shown_laws(), [LawId::Chinchilla2022, LawId::Kaplan2020]);
        assert_eq!(p.ignored.iter().map(|i| &i.reason).collect::<Vec<_>>(), [&Reason::NoFit, &Reason::NoFit]);
        for (bad, reason) in [
            ("fit=1,2,3", Reason::FitValues { count: 3 }),
            ("fit=", Reason::FitValues { count: 1 }),
            ("fit=1.8,x,2000,0.3,0.3", Reason::Quantity(QuantityError::NotANumber("x".into()))),
            ("fit=1.8,500,2000,-0.3,0.3", Reason::Quantity(QuantityError::NotPositive)),
            ("fit=1.8,0.5,2000,0.3,0.3", Reason::Coefficient(CoeffProblem::OutOfRange { min: 1.0, max: 1e6 })),
            ("fit=1.8,500,2000,0.3,7", Reason::Coefficient(CoeffProblem::OutOfRange { min: 0.05, max: 2.0 })),
        ] {
            let p = parse_query(bad);
            assert_eq!(p.ignored.len(), 1, "{bad}: {:?}", p.ignored);
            assert_eq!(p.ignored[0].reason, reason, "{bad}");
            assert_eq!(p.state, AppState::default(), "{bad}");
        }
    }

    #[test]
    fn notices_clip_huge_values() {
        let q = format!("c={}", "9".repeat(10_000));
        let p = parse_query(&q);
        assert_eq!(p.ignored.len(), 1);
        assert!(p.ignored[0].to_string().len() < 200);
    }
}
