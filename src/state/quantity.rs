//! Typed numbers: what a person writes for a budget, a parameter count or a token count.
//!
//! Accepted forms (case-insensitive, spaces and `_` ignored):
//! plain (`1000000`), exponent (`5.76e23`, `1E24`), `×10^23` / `x10^23` / `*10^23`,
//! suffixes `K`, `M`, `B`/`G`, `T`, `P` (10³ … 10¹⁵), Korean `만 억 조 경`, and for compute `PF-days`
//! (`3.1 PF-days`, `3.1pfd`; 1 PF-day = 8.64e19 FLOPs, Kaplan et al. 2020, §1.3).

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
            QuantityError::NotANumber(s) => write!(f, "\"{}\" is not a number", short(s)),
            QuantityError::NotFinite => write!(f, "not a finite number"),
            QuantityError::NotPositive => write!(f, "must be positive"),
            QuantityError::OutOfRange { value, min, max } => {
                write!(f, "{value:e} is outside {min:e}…{max:e}")
            }
            QuantityError::UnitNotAllowed(u) => {
                write!(f, "unit \"{}\" does not apply here", short(u))
            }
        }
    }
}

/// At most 40 characters of user text in a message (a 10 KB URL value stays readable).
fn short(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
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
}

/// Parses a typed quantity into a positive, finite raw number (FLOPs or a count).
/// Range checks are the caller's (see [`clamp_check`]).
pub fn parse_quantity(input: &str, kind: QuantityKind) -> Result<f64, QuantityError> {
    let cleaned: String =
        input.chars().filter(|c| !c.is_whitespace() && *c != '_' && *c != ',').collect::<String>().to_ascii_lowercase();
    if cleaned.is_empty() {
        return Err(QuantityError::Empty);
    }
    let (number_part, multiplier) = split_unit(&cleaned, kind, input)?;
    let value = parse_scientific(number_part).ok_or_else(|| QuantityError::NotANumber(input.to_string()))?;
    let value = value * multiplier;
    if !value.is_finite() {
        return Err(QuantityError::NotFinite);
    }
    if value <= 0.0 {
        return Err(QuantityError::NotPositive);
    }
    Ok(value)
}

/// Splits a trailing unit off and returns the number text and the factor the unit stands for.
fn split_unit<'a>(s: &'a str, kind: QuantityKind, original: &str) -> Result<(&'a str, f64), QuantityError> {
    for unit in ["pf-days", "pf-day", "pfdays", "pfday", "pfd"] {
        if let Some(head) = s.strip_suffix(unit) {
            return match kind {
                QuantityKind::Compute => Ok((head, pf_days_to_flops(1.0))),
                QuantityKind::Count => Err(QuantityError::UnitNotAllowed(original.to_string())),
            };
        }
    }
    if let Some(head) = s.strip_suffix("flops") {
        return match kind {
            QuantityKind::Compute => Ok((head, 1.0)),
            QuantityKind::Count => Err(QuantityError::UnitNotAllowed(original.to_string())),
        };
    }
    // Latin suffixes, and the Korean myriad units 만 (10⁴), 억 (10⁸), 조 (10¹²), 경 (10¹⁶).
    let suffixes: [(char, f64); 10] = [
        ('k', 1e3),
        ('m', 1e6),
        ('b', 1e9),
        ('g', 1e9),
        ('t', 1e12),
        ('p', 1e15),
        ('만', 1e4),
        ('억', 1e8),
        ('조', 1e12),
        ('경', 1e16),
    ];
    if let Some((at, last)) = s.char_indices().last() {
        if let Some((_, factor)) = suffixes.iter().find(|(c, _)| *c == last) {
            return Ok((&s[..at], *factor));
        }
    }
    Ok((s, 1.0))
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

/// Accepts `value` if it lies in `min..=max`, else says so with the range.
pub fn clamp_check(value: f64, min: f64, max: f64) -> Result<f64, QuantityError> {
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
        assert!(clamp_check(1e31, 1e15, 1e30).is_err());
        assert_eq!(clamp_check(1e20, 1e15, 1e30), Ok(1e20));
    }

    #[test]
    fn long_input_is_shortened_in_messages() {
        let long = "x".repeat(10_000);
        let msg = parse_quantity(&long, QuantityKind::Count).unwrap_err().to_string();
        assert!(msg.len() < 80, "{msg}");
    }
}
