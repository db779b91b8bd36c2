//! English (and language-neutral) number text: counts with K/M/B/T, FLOPs in scientific
//! notation, losses, ratios, superscript exponents. Non-finite input always prints as "—",
//! never "NaN" or "inf". The page's languages are in [`super`].

/// What every formatter prints for NaN or ±∞.
pub const NOT_A_NUMBER: &str = "—";

/// `x` rounded to 3 significant digits as `(digits, exponent)` with `100 ≤ digits ≤ 999` and
/// `|x| ≈ digits × 10^(exponent − 2)`; `None` for zero or non-finite `x`.
///
/// Uses the standard library's correctly rounded `{:.2e}` formatting, so carries (999.5 → 1.00e3)
/// and subnormal inputs are handled exactly.
fn three_significant(x: f64) -> Option<(u32, i32)> {
    let ax = x.abs();
    if !ax.is_finite() || ax == 0.0 {
        return None;
    }
    let s = format!("{ax:.2e}");
    let (mantissa, exponent) = s.split_once('e')?;
    let digits: u32 = mantissa.replace('.', "").parse().ok()?;
    let exponent: i32 = exponent.parse().ok()?;
    Some((digits, exponent))
}

/// The three digits `digits` with a decimal point after `int_digits` of them (1, 2 or 3); for
/// `int_digits ≤ 0` leading zeros are added ("0.0150").
fn place_point(digits: u32, int_digits: i32) -> String {
    let s = digits.to_string();
    match int_digits {
        i if i >= 3 => format!("{s}{}", "0".repeat((i - 3) as usize)),
        1 | 2 => {
            let (a, b) = s.split_at(int_digits as usize);
            format!("{a}.{b}")
        }
        i => format!("0.{}{s}", "0".repeat((-i) as usize)),
    }
}

fn sign(x: f64) -> &'static str {
    if x < 0.0 {
        "-"
    } else {
        ""
    }
}

const SUPERSCRIPT_DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// `n` written with superscript digits and a superscript minus: `-3` → `"⁻³"`.
pub fn superscript(n: i32) -> String {
    let mut out = String::new();
    if n < 0 {
        out.push('⁻');
    }
    for c in n.unsigned_abs().to_string().chars() {
        let digit = c.to_digit(10).unwrap_or(0) as usize;
        out.push(SUPERSCRIPT_DIGITS[digit]);
    }
    out
}

/// Scientific notation with 3 significant digits: `5.76e23` → `"5.76×10²³"`,
/// `0.00123` → `"1.23×10⁻³"`, `0` → `"0"`; non-finite → `"—"`.
pub fn format_sci(x: f64) -> String {
    if !x.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    match three_significant(x) {
        None => "0".to_owned(),
        Some((digits, exponent)) => format!("{}{}×10{}", sign(x), place_point(digits, 1), superscript(exponent)),
    }
}

/// A count (parameters, tokens) with 3 significant digits and a K/M/B/T suffix:
/// `70e9` → `"70.0B"`, `1.4e12` → `"1.40T"`, `4e8` → `"400M"`, `216.2e12` → `"216T"`,
/// `512` → `"512"`, `1.5` → `"1.50"`. From 1e15 up, and below 1e-3, it is [`format_sci`];
/// non-finite → `"—"`.
pub fn format_count(x: f64) -> String {
    if !x.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    let Some((digits, exponent)) = three_significant(x) else {
        return "0".to_owned();
    };
    if !(-3..15).contains(&exponent) {
        return format_sci(x);
    }
    let (suffix, tier) = match exponent {
        12.. => ("T", 12),
        9.. => ("B", 9),
        6.. => ("M", 6),
        3.. => ("K", 3),
        _ => ("", 0),
    };
    format!("{}{}{suffix}", sign(x), place_point(digits, exponent - tier + 1))
}

/// A loss with 3 decimals: `1.9372` → `"1.937"`; non-finite → `"—"`.
pub fn format_loss(x: f64) -> String {
    if !x.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    format!("{x:.3}")
}

/// A difference of losses (nats/token), such as the gap to the converged loss: 3 decimals like
/// [`format_loss`] from 0.01 up (`0.1632` → `"0.163"`), below that scientific (`0.00042` →
/// `"4.20×10⁻⁴"`), so a small gap never reads "0.000".
pub fn format_loss_gap(x: f64) -> String {
    if x.is_finite() && x != 0.0 && x.abs() < 0.01 {
        format_sci(x)
    } else {
        format_loss(x)
    }
}

/// Tokens per parameter: 2 decimals below 10 (`"0.15"`, `"5.30"`), 1 decimal below 100
/// (`"20.3"`), none below 10 000 (`"214"`, `"1,875"`), then [`format_count`] (`"12.3K"`); non-zero values
/// below 0.005 (which would print as "0.00") use [`format_sci`]; non-finite → `"—"`.
pub fn format_ratio(x: f64) -> String {
    if !x.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    let ax = x.abs();
    if ax != 0.0 && ax < 0.005 {
        return format_sci(x);
    }
    // Pick the precision from the rounded value, so 99.96 prints "100", not "100.0".
    for (decimals, limit) in [(2usize, 10.0), (1, 100.0), (0, 10_000.0)] {
        let s = format!("{x:.decimals$}");
        let rounded: f64 = s.parse().unwrap_or(x);
        if rounded.abs() < limit {
            // Thousands grouped, as the page writes other whole numbers: "1,875".
            if decimals == 0 && rounded.abs() >= 1000.0 {
                return format!("{}{}", sign(x), super::grouped(rounded.abs() as u64));
            }
            return s;
        }
    }
    format_count(x)
}

/// A fraction as a percentage with three significant digits: `0.2086` → `"20.9 %"`,
/// `0.0123` → `"1.23 %"`, `4.5` → `"450 %"`; below 0.001 % → `"0 %"`; non-finite → `"—"`.
pub fn format_percent(fraction: f64) -> String {
    if !fraction.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    let p = fraction * 100.0;
    if p.abs() < 1e-3 {
        return "0 %".to_owned();
    }
    let digits = (2 - p.abs().log10().floor() as i32).clamp(0, 5) as usize;
    format!("{} %", super::trim_zeros(&format!("{p:.digits$}")))
}

/// An accuracy or probability in `[0, 1]`: a percentage from 0.1 % up (`0.0812` → `"8.12 %"`),
/// below that scientific (`3.2e-9` → `"3.20×10⁻⁹"`), so a tiny exact match never reads "0 %".
pub fn format_accuracy(p: f64) -> String {
    if p.is_finite() && p.abs() < 1e-3 && p != 0.0 {
        format_sci(p)
    } else {
        format_percent(p)
    }
}

#[cfg(test)]
mod percent_tests {
    use super::format_percent;

    #[test]
    fn percentages_keep_three_significant_digits() {
        assert_eq!(format_percent(0.2086), "20.9 %");
        assert_eq!(format_percent(0.0123), "1.23 %");
        assert_eq!(format_percent(4.5), "450 %");
        assert_eq!(format_percent(0.17), "17 %");
        assert_eq!(format_percent(0.0), "0 %");
        assert_eq!(format_percent(f64::NAN), "—");
    }
}

#[cfg(test)]
mod gap_tests {
    use super::format_loss_gap;

    #[test]
    fn small_gaps_stay_visible() {
        assert_eq!(format_loss_gap(0.1632), "0.163");
        assert_eq!(format_loss_gap(0.00042), "4.20×10⁻⁴");
        assert_eq!(format_loss_gap(0.0), "0.000");
        assert_eq!(format_loss_gap(f64::INFINITY), "—");
    }
}
