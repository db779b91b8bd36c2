//! Where keys, sliders and plot clicks put a number: on values that print short, so the
//! input boxes and the URL read `7.94e23`, never `7.244359600749891e23`. Typed and URL values
//! are not touched: they stay exactly as the user wrote them.

use super::bounds::{COMPUTE_SLIDER, COMPUTE_TYPED};

/// Significant digits of a value set by a slider, an arrow key or a click on a plot.
pub const SLIDER_DIGITS: usize = 3;
/// Significant digits of a value derived from another (D = C/6N after a click on plot N):
/// one more, so that 6·N·D prints as the budget it was placed on.
pub const DERIVED_DIGITS: usize = 4;
/// Arrow-key steps per decade: ×10^0.1.
pub const STEPS_PER_DECADE: f64 = 10.0;

/// `x` rounded to `digits` significant digits (1…17) with the standard library's correctly
/// rounded decimal formatting; zero and non-finite values are returned unchanged.
pub fn round_significant(x: f64, digits: usize) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    let precision = digits.clamp(1, 17) - 1;
    format!("{x:.precision$e}").parse().unwrap_or(x)
}

/// The value a logarithmic slider stands for at position `log10`, on [`SLIDER_DIGITS`].
pub fn from_slider(log10: f64) -> f64 {
    round_significant(10f64.powf(log10), SLIDER_DIGITS)
}

/// The budget after one arrow-key step, up or down.
///
/// A small step goes to the next point of the grid 10^(k/10), aligned to the decade and
/// printed with three digits (1.00, 1.26, 1.58, 2.00, 2.51, 3.16, 3.98, 5.01, 6.31, 7.94 ×10ᵏ):
/// → then ← comes back exactly, and from a typed value off the grid the first step lands on
/// the grid. A big step (Shift) multiplies or divides by exactly 10, keeping the digits.
/// The keys move the budget as the slider does: from a budget on the slider's range
/// ([`COMPUTE_SLIDER`]) they stop at its ends, so holding → ends where the slider ends (10²⁸)
/// and one ← on the slider then steps back from there. A typed budget beyond the slider steps
/// within the typed range ([`COMPUTE_TYPED`]) instead, so → from 10²⁹ goes up and ← comes
/// back. The result never moves against the key: at 10³⁰, → stays at 10³⁰.
pub fn step_budget(c: f64, up: bool, big: bool) -> f64 {
    let on_slider = (COMPUTE_SLIDER.0..=COMPUTE_SLIDER.1).contains(&c);
    step_on_grid(c, up, big, if on_slider { COMPUTE_SLIDER } else { COMPUTE_TYPED })
}

/// One arrow-key step of any logarithmic value (the budget, your model's N or D on the loss
/// landscape), as [`step_budget`] describes, kept within `lo..=hi`.
pub fn step_on_grid(c: f64, up: bool, big: bool, (lo, hi): (f64, f64)) -> f64 {
    if !c.is_finite() || c <= 0.0 {
        return c;
    }
    let next = if big {
        // 15 digits drop the floating-point noise of ×10 and keep any typed digits.
        round_significant(if up { c * 10.0 } else { c / 10.0 }, 15)
    } else {
        // Grid points are within 0.02 of a step of their exact position (3-digit rounding),
        // so a tolerance of 0.05 recognises them and nothing else.
        let at = c.log10() * STEPS_PER_DECADE;
        let k = if up { (at + 0.05).floor() + 1.0 } else { (at - 0.05).ceil() - 1.0 };
        round_significant(10f64.powf(k / STEPS_PER_DECADE), SLIDER_DIGITS)
    };
    let next = next.clamp(lo, hi);
    if (up && next < c) || (!up && next > c) {
        c
    } else {
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_to_significant_digits() {
        assert_eq!(round_significant(7.244359600749891e23, 3), 7.24e23);
        assert_eq!(round_significant(1.2491608297426367e10, 3), 1.25e10);
        assert_eq!(round_significant(9.996e11, 3), 1e12);
        assert_eq!(round_significant(0.0, 3), 0.0);
        assert!(round_significant(f64::NAN, 3).is_nan());
        assert_eq!(from_slider(23.86), 7.24e23);
    }

    #[test]
    fn arrow_steps_walk_the_decade_grid_and_come_back_exactly() {
        let grid = ["1", "1.26", "1.58", "2", "2.51", "3.16", "3.98", "5.01", "6.31", "7.94", "10"];
        let at = |digits: &str| format!("{digits}e23").parse::<f64>().unwrap_or(f64::NAN);
        let mut c = 1e23;
        for want in &grid[1..] {
            c = step_budget(c, true, false);
            assert_eq!(c, at(want));
        }
        for want in grid[..grid.len() - 1].iter().rev() {
            c = step_budget(c, false, false);
            assert_eq!(c, at(want));
        }
        // From a typed value off the grid: the next grid point either way, and back.
        let up = step_budget(5.76e23, true, false);
        assert_eq!(up, 6.31e23);
        assert_eq!(step_budget(up, false, false), 5.01e23);
        assert_eq!(step_budget(5.76e23, false, false), 5.01e23);
        // Shift: exactly ten times, digits kept, and back.
        assert_eq!(step_budget(5.76e23, true, true), 5.76e24);
        assert_eq!(step_budget(5.76e24, false, true), 5.76e23);
    }

    #[test]
    fn arrow_steps_stay_in_range_and_never_go_backwards() {
        let (lo, hi) = COMPUTE_TYPED;
        assert_eq!(step_budget(hi, true, false), hi);
        assert_eq!(step_budget(hi, true, true), hi);
        assert_eq!(step_budget(lo, false, false), lo);
        // Beyond the slider but inside the typed range: → goes up, not back to the slider's end.
        assert_eq!(step_budget(1e29, true, false), 1.26e29);
        assert_eq!(step_budget(5e29, true, true), hi);
        // From the slider's range, the keys stop at its ends, as the slider does.
        let (s_lo, s_hi) = COMPUTE_SLIDER;
        assert_eq!(step_budget(7.94e27, true, false), s_hi);
        assert_eq!(step_budget(s_hi, true, false), s_hi);
        assert_eq!(step_budget(5e27, true, true), s_hi);
        assert_eq!(step_budget(s_lo, false, false), s_lo);
        assert_eq!(step_budget(1.26e28, false, false), s_hi, "from beyond the slider, back onto it");
        for c in [1.5e15, 3.3e21, 7.77e27, 9.99e29] {
            assert!(step_budget(c, true, false) >= c && step_budget(c, false, false) <= c, "{c:e}");
        }
    }
}
