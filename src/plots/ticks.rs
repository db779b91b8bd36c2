//! Tick positions and labels for the logarithmic axes: powers of ten labelled 10ᵏ for counts,
//! round decimals for loss — never "1000000.0".

use super::chart::{Axis, AxisKind};
use crate::numbers::superscript;

/// Tick values inside `[axis.lo, axis.hi]`, at most about `max` of them.
pub fn ticks(axis: &Axis, max: usize) -> Vec<f64> {
    match axis.kind {
        AxisKind::Decades => decade_ticks(axis.lo, axis.hi, max),
        AxisKind::Loss | AxisKind::Linear => decimal_ticks(axis.lo, axis.hi, max),
    }
}

/// The label of a tick value on this axis.
pub fn label(axis: &Axis, value: f64) -> String {
    match axis.kind {
        AxisKind::Decades => power_of_ten(value.log10().round() as i32),
        AxisKind::Loss | AxisKind::Linear => decimal_label(value),
    }
}

fn decade_ticks(lo: f64, hi: f64, max: usize) -> Vec<f64> {
    if !(lo > 0.0 && hi > lo && lo.is_finite() && hi.is_finite()) {
        return Vec::new();
    }
    let first = lo.log10().ceil() as i32;
    let last = hi.log10().floor() as i32;
    if last < first {
        return Vec::new();
    }
    let count = (last - first + 1) as usize;
    let step = count.div_ceil(max.max(1)).max(1) as i32;
    (first..=last).filter(|k| (k - first) % step == 0).map(|k| 10f64.powi(k)).collect()
}

fn decimal_ticks(lo: f64, hi: f64, max: usize) -> Vec<f64> {
    if !(hi > lo && lo.is_finite() && hi.is_finite()) {
        return Vec::new();
    }
    let span = hi - lo;
    let steps = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0];
    let step = steps.iter().copied().find(|s| span / s <= max.max(2) as f64).unwrap_or(10.0);
    let mut out = Vec::new();
    let mut k = (lo / step).ceil() as i64;
    while (k as f64) * step <= hi + 1e-12 && out.len() < 64 {
        out.push((k as f64 * step * 1e6).round() / 1e6);
        k += 1;
    }
    out
}

/// A loss tick: at most two decimals, at least one ("2.0", "2.25").
fn decimal_label(v: f64) -> String {
    let text = crate::numbers::trim_zeros(&format!("{v:.2}")).to_string();
    if text.contains('.') {
        text
    } else {
        format!("{text}.0")
    }
}

/// `10` with a superscript exponent: 10²³, 10⁻³.
pub fn power_of_ten(k: i32) -> String {
    format!("10{}", superscript(k))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn axis(lo: f64, hi: f64, kind: AxisKind) -> Axis {
        Axis { lo, hi, kind, label: String::new() }
    }

    #[test]
    fn decades_are_powers_of_ten_with_superscripts() {
        let a = axis(3e17, 2e28, AxisKind::Decades);
        let t = ticks(&a, 12);
        assert_eq!(t.first().copied(), Some(1e18));
        assert_eq!(t.last().copied(), Some(1e28));
        assert_eq!(label(&a, 1e23), "10²³");
        assert_eq!(power_of_ten(-3), "10⁻³");
        assert!(ticks(&a, 4).len() <= 4);
    }

    #[test]
    fn loss_ticks_are_round_decimals() {
        let a = axis(1.8, 3.3, AxisKind::Loss);
        let t = ticks(&a, 8);
        assert!(t.len() >= 3 && t.len() <= 9, "{t:?}");
        assert!(t.iter().all(|v| *v >= 1.8 && *v <= 3.3));
        assert_eq!(label(&a, 2.0), "2.0");
        assert_eq!(label(&a, 2.25), "2.25");
        assert!(t.iter().all(|v| !label(&a, *v).contains("0000")));
    }

    #[test]
    fn degenerate_axes_give_no_ticks() {
        assert!(ticks(&axis(0.0, 1.0, AxisKind::Decades), 5).is_empty());
        assert!(ticks(&axis(f64::NAN, 1.0, AxisKind::Loss), 5).is_empty());
        assert!(ticks(&axis(2.0, 2.0, AxisKind::Loss), 5).is_empty());
    }
}
