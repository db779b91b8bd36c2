//! Typed numbers: what a person writes for a budget, a parameter count or a token count.
//!
//! Accepted forms (case-insensitive, spaces, `_` and `,` ignored):
//! plain (`1000000`), exponent (`5.76e23`, `1E24`), `×10^23` / `x10^23` / `*10^23` and the
//! page's own `5.76×10²³`, suffixes `K`, `M`, `B`/`G`, `T`, `P` (10³ … 10¹⁵), Korean units
//! `만 억 조 경` with `천 백 십` inside a group (`700억`, `1.4조`, `1조 4천억`), and for compute
//! `FLOPs` and `PF-days` / `PF-일` (`3.1 PF-days`, `6.67K PF-days`, `3.1pfd`; 1 PF-day =
//! 8.64e19 FLOPs, Kaplan et al. 2020, §1.3).

use crate::laws::units::pf_days_to_flops;
use std::fmt;

/// Why a typed number was not accepted.
#[derive(Clone, Debug, PartialEq)]
pub enum QuantityError {
    Empty,
    NotANumber(String),
    NotFinite,
    NotPositive,
    OutOfRange { value: f64, min: f64, max: f64 },
    UnitNotAllowed(String),
}

impl fmt::Display for QuantityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QuantityError::Empty => write!(f, "empty"),
            QuantityError::NotANumber(s) => write!(f, "\"{}\" is not a number", clip_user_text(s)),
            QuantityError::NotFinite => write!(f, "not a finite number"),
            QuantityError::NotPositive => write!(f, "must be positive"),
            QuantityError::OutOfRange { value, min, max } => {
                write!(f, "{value:e} is outside {min:e}…{max:e}")
            }
            QuantityError::UnitNotAllowed(u) => {
                write!(f, "unit \"{}\" does not apply here", clip_user_text(u))
            }
        }
    }
}

/// At most 32 characters of user text in a message, then `…` (a URL can carry a 10 KB
/// value; the message stays readable). The one truncation of user text on the page.
pub fn clip_user_text(s: &str) -> String {
    const MAX: usize = 32;
    let mut chars = s.chars();
    let mut out: String = chars.by_ref().take(MAX).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

/// What kind of quantity is being typed: it decides which units make sense.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuantityKind {
    /// FLOPs; also accepts PF-days.
    Compute,
    /// Parameters or tokens: a count.
    Count,
    /// A share: `0.4`, `40%` or `40` (a bare number above 1 is a percentage; MFU).
    Fraction,
}

/// Parses a typed quantity into a positive, finite raw number (FLOPs or a count).
/// Range checks are the caller's (see [`check_range`]).
pub fn parse_quantity(input: &str, kind: QuantityKind) -> Result<f64, QuantityError> {
    let cleaned = normalize(input);
    if cleaned.is_empty() {
        return Err(QuantityError::Empty);
    }
    let value = parse_cleaned(&cleaned, kind, input)?;
    if !value.is_finite() {
        return Err(QuantityError::NotFinite);
    }
    if value <= 0.0 {
        return Err(QuantityError::NotPositive);
    }
    Ok(value)
}

/// Lower case without spaces, `_` and `,`; the page's own printed forms made typeable:
/// superscript exponents (`10²³` → `10^23`) and the typographic minus (`−` → `-`); the
/// full-width forms a Korean, Japanese or Chinese input method types (`１e２４`, `２８０억`,
/// `４０％`) read as their ASCII letters.
fn normalize(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut superscript = false;
    for c in input.chars().map(half_width) {
        if c.is_whitespace() || c == '_' || c == ',' {
            continue;
        }
        let digit = SUPERSCRIPT_DIGITS.iter().position(|d| *d == c);
        let sup = digit.is_some() || c == '⁻';
        if sup && !superscript {
            out.push('^');
        }
        superscript = sup;
        match (digit, c) {
            (Some(d), _) => out.push(char::from(b'0' + d as u8)),
            (None, '⁻' | '−') => out.push('-'),
            (None, c) => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// A full-width ASCII form (U+FF01 … U+FF5E: `１`, `ｅ`, `．`, `％`, `，`) as its ASCII
/// character; any other character as it is.
fn half_width(c: char) -> char {
    match u32::from(c) {
        u @ 0xFF01..=0xFF5E => char::from_u32(u - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

const SUPERSCRIPT_DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// A cleaned quantity: an optional unit (`PF-days`/`PF-일`, `FLOPs`, a count suffix, Korean
/// units) after a number.
fn parse_cleaned(s: &str, kind: QuantityKind, original: &str) -> Result<f64, QuantityError> {
    let not_a_number = || QuantityError::NotANumber(original.to_string());
    let compute_only = |head: &str, factor: f64| match kind {
        // The number before the unit may carry its own suffix: `6.67K PF-days`.
        QuantityKind::Compute => Ok(parse_count(head).ok_or_else(not_a_number)? * factor),
        QuantityKind::Count | QuantityKind::Fraction => Err(QuantityError::UnitNotAllowed(original.to_string())),
    };
    if let Some(head) = s.strip_suffix('%') {
        return match kind {
            QuantityKind::Fraction => Ok(parse_scientific(head).ok_or_else(not_a_number)? / 100.0),
            _ => Err(QuantityError::UnitNotAllowed(original.to_string())),
        };
    }
    for unit in ["pf-days", "pf-day", "pfdays", "pfday", "pf-일", "pf일", "pfd"] {
        if let Some(head) = s.strip_suffix(unit) {
            return compute_only(head, pf_days_to_flops(1.0));
        }
    }
    if let Some(head) = s.strip_suffix("flops") {
        return compute_only(head, 1.0);
    }
    let value = parse_count(s).ok_or_else(not_a_number)?;
    // A share is at most 1: a bare number above it is a percentage, as the field shows it
    // (`40` is 40 %, `0.4` too).
    Ok(if kind == QuantityKind::Fraction && value > 1.0 { value / 100.0 } else { value })
}

/// A number with an optional count suffix: `175b`, `1.4t`, `65m`, Korean `700억`, `1.4조`,
/// `1조4천억`.
fn parse_count(s: &str) -> Option<f64> {
    if s.chars().any(|c| KOREAN_MYRIADS.iter().chain(&KOREAN_SMALL).any(|(u, _)| *u == c)) {
        return parse_korean(s);
    }
    let suffixes: [(char, f64); 6] = [('k', 1e3), ('m', 1e6), ('b', 1e9), ('g', 1e9), ('t', 1e12), ('p', 1e15)];
    if let Some((at, last)) = s.char_indices().last() {
        if let Some((_, factor)) = suffixes.iter().find(|(c, _)| *c == last) {
            return Some(parse_scientific(&s[..at])? * factor);
        }
    }
    parse_scientific(s)
}

/// The Korean myriad units 만 (10⁴), 억 (10⁸), 조 (10¹²), 경 (10¹⁶), largest first.
const KOREAN_MYRIADS: [(char, f64); 4] = [('경', 1e16), ('조', 1e12), ('억', 1e8), ('만', 1e4)];
/// 천 (10³), 백 (10²), 십 (10) inside a myriad group, largest first.
const KOREAN_SMALL: [(char, f64); 3] = [('천', 1e3), ('백', 1e2), ('십', 1e1)];

/// A number written with Korean units, as a sum of groups with decreasing units: `700억`,
/// `1.4조`, `1조4천억` (1.4×10¹²), `3억5천만`, `2만5000`. Inside a myriad group, 천/백/십
/// work the same way (`4천`, `1천2백`). A unit without a number counts once (`억` = 10⁸).
fn parse_korean(s: &str) -> Option<f64> {
    sum_of_units(s, &KOREAN_MYRIADS, |group| sum_of_units(group, &KOREAN_SMALL, parse_scientific))
}

/// `s` as groups `<part><unit>` with strictly decreasing `units` and an optional trailing
/// part without a unit, added up; each part is read by `part` (empty before a unit: 1).
fn sum_of_units(s: &str, units: &[(char, f64)], part: impl Fn(&str) -> Option<f64>) -> Option<f64> {
    let mut total = 0.0;
    let mut start = 0;
    let mut last = f64::INFINITY;
    for (at, c) in s.char_indices() {
        if let Some((_, scale)) = units.iter().find(|(u, _)| *u == c) {
            if *scale >= last {
                return None;
            }
            let head = &s[start..at];
            total += if head.is_empty() { 1.0 } else { part(head)? } * scale;
            start = at + c.len_utf8();
            last = *scale;
        }
    }
    let tail = &s[start..];
    if !tail.is_empty() {
        total += part(tail)?;
    } else if last.is_infinite() {
        return None;
    }
    Some(total)
}

/// `5.76e23`, `5.76×10^23`, `5.76x10^23`, `5.76*10^23`, `10^23`, `1000`.
fn parse_scientific(s: &str) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    // `m×10^k` is read as the decimal text `mek`, so it rounds exactly like `5.76e23`.
    for sep in ["×10^", "x10^", "*10^"] {
        if let Some((mantissa, exp)) = s.split_once(sep) {
            if mantissa.contains('e') {
                return None;
            }
            return parse_plain(&format!("{mantissa}e{}", parse_exponent(exp)?));
        }
    }
    if let Some(exp) = s.strip_prefix("10^") {
        return parse_plain(&format!("1e{}", parse_exponent(exp)?));
    }
    parse_plain(s)
}

/// A decimal with an optional `e` exponent; rejects Rust's `inf`/`nan` spellings.
fn parse_plain(s: &str) -> Option<f64> {
    let ok = !s.is_empty()
        && s.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'))
        && s.chars().any(|c| c.is_ascii_digit());
    if !ok {
        return None;
    }
    s.parse::<f64>().ok()
}

fn parse_exponent(s: &str) -> Option<i32> {
    let v: i32 = s.parse().ok()?;
    (-400..=400).contains(&v).then_some(v)
}

/// `0`, `0.0`, `0e0` …: a number that is exactly zero, typed or in a link (how the optional
/// counts say "none", e.g. `inf=0`). Zero is not a quantity ([`parse_quantity`] refuses it).
pub fn is_zero(input: &str) -> bool {
    let t = normalize(input);
    !t.is_empty() && t.len() <= 16 && t.parse::<f64>() == Ok(0.0)
}

/// The currencies a price may be typed in; the page labels prices with the typed symbol and
/// converts nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Currency {
    #[default]
    Dollar,
    Euro,
    Pound,
    Yen,
    Won,
}

impl Currency {
    pub const ALL: [Currency; 5] = [Currency::Dollar, Currency::Euro, Currency::Pound, Currency::Yen, Currency::Won];

    pub const fn symbol(self) -> char {
        match self {
            Currency::Dollar => '$',
            Currency::Euro => '€',
            Currency::Pound => '£',
            Currency::Yen => '¥',
            Currency::Won => '₩',
        }
    }
}

/// A typed price: a number (any form [`parse_quantity`] reads, `2.5`, `3천`) with an optional
/// currency symbol before or after it (`$2`, `€1.8`, `2500₩`); `$` when none is written.
pub fn parse_price(input: &str) -> Result<(f64, Currency), QuantityError> {
    let t = input.trim();
    for currency in Currency::ALL {
        let sym = currency.symbol();
        if let Some(rest) = t.strip_prefix(sym).or_else(|| t.strip_suffix(sym)) {
            return parse_quantity(rest, QuantityKind::Count).map(|x| (x, currency));
        }
    }
    parse_quantity(t, QuantityKind::Count).map(|x| (x, Currency::Dollar))
}

/// Accepts `value` if it lies in `min..=max`, else says so with the range.
pub fn check_range(value: f64, min: f64, max: f64) -> Result<f64, QuantityError> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(QuantityError::OutOfRange { value, min, max })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_forms_people_type() {
        let c = QuantityKind::Compute;
        let n = QuantityKind::Count;
        assert_eq!(parse_quantity("5.76e23", c), Ok(5.76e23));
        assert_eq!(parse_quantity("1e24", c), Ok(1e24));
        assert_eq!(parse_quantity("1E24 FLOPs", c), Ok(1e24));
        assert_eq!(parse_quantity("175B", n), Ok(175e9));
        assert_eq!(parse_quantity("300b", n), Ok(300e9));
        assert_eq!(parse_quantity("1.4T", n), Ok(1.4e12));
        assert_eq!(parse_quantity("65 M", n), Ok(65e6));
        assert_eq!(parse_quantity("1,000,000", n), Ok(1e6));
        assert_eq!(parse_quantity("5.76×10^23", c), Ok(5.76e23));
        assert_eq!(parse_quantity("10^24", c), Ok(1e24));
        assert_eq!(parse_quantity("700억", n), Ok(700e8));
        assert_eq!(parse_quantity("1.4조", n), Ok(1.4e12));
        assert_eq!(parse_quantity("1조 4천억", n), Ok(1.4e12));
        assert_eq!(parse_quantity("1조4000억", n), Ok(1.4e12));
        // Full-width forms, as an East Asian input method types them (and its wide space).
        assert_eq!(parse_quantity("１e２４", c), Ok(1e24));
        assert_eq!(parse_quantity("２８０억", n), Ok(280e8));
        assert_eq!(parse_quantity("１．４Ｔ", n), Ok(1.4e12));
        assert_eq!(parse_quantity("１，０００\u{3000}０００", n), Ok(1e6));
        assert_eq!(parse_quantity("3억 5천만", n), Ok(3.5e8));
        assert_eq!(parse_quantity("2만5000", n), Ok(2.5e4));
        assert_eq!(parse_quantity("억", n), Ok(1e8));
        // What the page itself prints, in both languages.
        assert_eq!(parse_quantity("5.76×10²³ FLOPs", c), Ok(5.76e23));
        assert_eq!(parse_quantity("1.23×10⁻³", n), Ok(1.23e-3));
        let pf_ko = parse_quantity("3 PF-일", c).unwrap();
        assert!((pf_ko - 3.0 * 8.64e19).abs() / pf_ko < 1e-12);
        let pf_k = parse_quantity("6.67K PF-days", c).unwrap();
        assert!((pf_k - 6.67e3 * 8.64e19).abs() / pf_k < 1e-12);
        let pf = parse_quantity("3.1 PF-days", c).unwrap();
        assert!((pf - 3.1 * 8.64e19).abs() / pf < 1e-12);
    }

    #[test]
    fn rejects_with_a_reason() {
        let c = QuantityKind::Compute;
        assert_eq!(parse_quantity("", c), Err(QuantityError::Empty));
        assert!(matches!(parse_quantity("abc", c), Err(QuantityError::NotANumber(_))));
        assert!(matches!(parse_quantity("NaN", c), Err(QuantityError::NotANumber(_))));
        assert!(matches!(parse_quantity("inf", c), Err(QuantityError::NotANumber(_))));
        assert_eq!(parse_quantity("1e999", c), Err(QuantityError::NotFinite));
        assert_eq!(parse_quantity("-5", c), Err(QuantityError::NotPositive));
        assert_eq!(parse_quantity("0", c), Err(QuantityError::NotPositive));
        assert!(matches!(parse_quantity("3 PF-days", QuantityKind::Count), Err(QuantityError::UnitNotAllowed(_))));
        assert!(matches!(parse_quantity("3 PF-일", QuantityKind::Count), Err(QuantityError::UnitNotAllowed(_))));
        for bad in ["억조", "1억2조", "천천", "조조", "1..2억", "5천x"] {
            assert!(matches!(parse_quantity(bad, c), Err(QuantityError::NotANumber(_))), "{bad}");
        }
        assert!(check_range(1e31, 1e15, 1e30).is_err());
        assert_eq!(check_range(1e20, 1e15, 1e30), Ok(1e20));
    }

    #[test]
    fn fractions_and_prices() {
        let f = QuantityKind::Fraction;
        assert_eq!(parse_quantity("40%", f), Ok(0.4));
        assert_eq!(parse_quantity("0.4", f), Ok(0.4));
        assert_eq!(parse_quantity(" 46.2 % ", f), Ok(0.462));
        // The field shows "40 %": typing the number back without the sign means the same.
        assert_eq!(parse_quantity("33", f), Ok(0.33));
        assert_eq!(parse_quantity("100", f), Ok(1.0));
        assert_eq!(parse_quantity("1", f), Ok(1.0));
        assert_eq!(parse_quantity("４０％", f), Ok(0.4));
        assert_eq!(parse_quantity("150", f), Ok(1.5), "out of range, for the caller's range check to refuse");
        assert!(matches!(parse_quantity("40%", QuantityKind::Count), Err(QuantityError::UnitNotAllowed(_))));
        assert!(matches!(parse_quantity("3 PF-days", f), Err(QuantityError::UnitNotAllowed(_))));
        assert!(matches!(parse_quantity("%", f), Err(QuantityError::NotANumber(_))));
        assert_eq!(parse_price("2.5"), Ok((2.5, Currency::Dollar)));
        assert_eq!(parse_price("$2"), Ok((2.0, Currency::Dollar)));
        assert_eq!(parse_price("€1.8"), Ok((1.8, Currency::Euro)));
        assert_eq!(parse_price("3천₩"), Ok((3000.0, Currency::Won)));
        assert_eq!(parse_price("¥ 300"), Ok((300.0, Currency::Yen)));
        assert!(parse_price("$").is_err() && parse_price("€abc").is_err() && parse_price("-2").is_err());
    }

    #[test]
    fn long_input_is_shortened_in_messages() {
        let long = "x".repeat(10_000);
        let msg = parse_quantity(&long, QuantityKind::Count).unwrap_err().to_string();
        assert!(msg.len() < 80, "{msg}");
    }
}
