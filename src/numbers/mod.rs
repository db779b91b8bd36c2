//! Numbers as each language writes them. English: 70.0B, 1.40T ([`english`]). Korean: the
//! myriad units 만 (10⁴), 억 (10⁸), 조 (10¹²), 경 (10¹⁶) — 700억, 1.4조 — with the English form
//! alongside.

mod english;

pub use english::{
    format_accuracy, format_count, format_loss, format_loss_gap, format_percent, format_ratio, format_sci, superscript,
};

use crate::i18n::Lang;

/// `text` without the trailing zeros of its decimals (and a bare point): "1.40" → "1.4",
/// "2.00" → "2", "700" → "700". The one place numbers lose their zeros.
pub fn trim_zeros(text: &str) -> &str {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text
    }
}

/// A whole number with its thousands grouped, the same in both languages: 1024 → "1,024",
/// 16000 → "16,000" (chip counts, which people write exactly).
pub fn grouped(x: u64) -> String {
    let digits = x.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A range's end in a message: plain digits for the small ones ("1", "3", "0.01"), powers of
/// ten for the rest ("1.00×10¹⁵"): "Must lie between 1 and 3", not "1.00×10⁰ and 3.00×10⁰".
pub fn bound(x: f64) -> String {
    if (1e-3..1e4).contains(&x) {
        format!("{x}")
    } else {
        format_sci(x)
    }
}

/// A parameter or token count in the page language.
pub fn count(lang: Lang, x: f64) -> String {
    match lang {
        Lang::En => format_count(x),
        Lang::Ko => match korean_count(x) {
            Some(k) => format!("{k} ({})", format_count(x)),
            None => format_count(x),
        },
    }
}

/// A count in the page language, compact (plot labels, chips, PF-days): "700억" or "70.0B";
/// in Korean below 10⁴ plain digits ("6,670", not "6.67K").
pub fn compact(lang: Lang, x: f64) -> String {
    match lang {
        Lang::En => format_count(x),
        Lang::Ko => korean_count(x).or_else(|| korean_plain(x)).unwrap_or_else(|| format_count(x)),
    }
}

/// `v` (< 10⁴) with three significant digits, trailing zeros dropped and thousands grouped:
/// 1.40 → "1.4", 700 → "700", 8040 → "8,040".
fn three_digits(v: f64) -> String {
    let digits = if v >= 100.0 {
        0
    } else if v >= 10.0 {
        1
    } else {
        2
    };
    let mut text = trim_zeros(&format!("{v:.digits$}")).to_string();
    if v >= 1000.0 && text.len() > 3 {
        text.insert(text.len() - 3, ',');
    }
    text
}

/// 1 ≤ x < 10⁴ with three significant digits and digit grouping: 6670 → "6,670", 1.5 → "1.5".
fn korean_plain(x: f64) -> Option<String> {
    let x = crate::state::grid::round_significant(x, 3);
    (1.0..1e4).contains(&x).then(|| three_digits(x))
}

/// A round count as people write it in prose and notes, trailing zeros dropped: "1B", "6.7B",
/// "100B", "15T" (English) or "10억", "67억", "1000억", "15조" (Korean).
pub fn plain(lang: Lang, x: f64) -> String {
    match lang {
        Lang::Ko => compact(lang, x),
        Lang::En => {
            let text = format_count(x);
            let split = text.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(text.len());
            let (digits, suffix) = text.split_at(split);
            if !digits.contains('×') {
                format!("{}{suffix}", trim_zeros(digits))
            } else {
                text
            }
        }
    }
}

/// 7e10 → "700억", 1.4e12 → "1.4조", 3.22e10 → "322억", 8.044e11 → "8,040억"; `None` below 10⁴,
/// above 10²⁰ or when not finite. Three significant digits, rounded before the unit is chosen,
/// so 9.9996e11 reads "1조", not "10,000억"; from 1조 up, counts read in 조.
pub fn korean_count(x: f64) -> Option<String> {
    let x = crate::state::grid::round_significant(x, 3);
    if !x.is_finite() || !(1e4..1e20).contains(&x) {
        return None;
    }
    let units = [(1e16, "경"), (1e12, "조"), (1e8, "억"), (1e4, "만")];
    let (scale, unit) = units.into_iter().find(|(s, _)| x >= *s)?;
    Some(format!("{}{unit}", three_digits(x / scale)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_units() {
        assert_eq!(korean_count(70e9).as_deref(), Some("700억"));
        assert_eq!(korean_count(1.4e12).as_deref(), Some("1.4조"));
        assert_eq!(korean_count(32.2e9).as_deref(), Some("322억"));
        assert_eq!(korean_count(2.98e12).as_deref(), Some("2.98조"));
        assert_eq!(korean_count(804e9).as_deref(), Some("8,040억"));
        // Issue 12: three significant digits, and 조 from 1조 up (no "10,000억" at the carry).
        assert_eq!(korean_count(804.4e9).as_deref(), Some("8,040억"));
        assert_eq!(korean_count(999.96e9).as_deref(), Some("1조"));
        assert_eq!(korean_count(9999.6).as_deref(), Some("1만"));
        assert_eq!(korean_count(1.2345e12).as_deref(), Some("1.23조"));
        assert_eq!(korean_count(12_345.0).as_deref(), Some("1.23만"));
        assert_eq!(korean_count(4e8).as_deref(), Some("4억"));
        assert_eq!(korean_count(15e12).as_deref(), Some("15조"));
        assert_eq!(korean_count(f64::NAN), None);
        assert_eq!(count(Lang::Ko, 70e9), "700억 (70.0B)");
        assert_eq!(count(Lang::En, 70e9), "70.0B");
        assert_eq!(compact(Lang::Ko, 1.4e12), "1.4조");
        assert_eq!(compact(Lang::Ko, 512.0), "512");
        assert_eq!(compact(Lang::Ko, 6668.4), "6,670");
        assert_eq!(compact(Lang::Ko, 1.5), "1.5");
        assert_eq!(compact(Lang::En, 6668.4), "6.67K");
        assert_eq!(
            (trim_zeros("1.40"), trim_zeros("2.00"), trim_zeros("700"), trim_zeros("0.050")),
            ("1.4", "2", "700", "0.05")
        );
        assert_eq!(plain(Lang::En, 1e9), "1B");
        assert_eq!(plain(Lang::En, 6.7e9), "6.7B");
        assert_eq!(plain(Lang::En, 1e11), "100B");
        assert_eq!(plain(Lang::En, 15e12), "15T");
        assert_eq!(plain(Lang::En, 11.8e9), "11.8B");
        assert_eq!(plain(Lang::Ko, 6.7e9), "67억");
        assert_eq!(plain(Lang::Ko, 1e11), "1,000억");
        assert_eq!(
            (grouped(7), grouped(1024), grouped(16_000), grouped(10_000_000)),
            ("7".into(), "1,024".into(), "16,000".into(), "10,000,000".into())
        );
    }
}
