//! One-dimensional minimisation for the laws that have no closed form (inference-aware sizing,
//! data-limited optimum): a bracket found by expanding steps from a start point, then
//! golden-section search inside it (Kiefer 1953; Press et al., *Numerical Recipes*, §10.1–10.2).
//!
//! The laws call it on `x = ln N`, where their objectives are smooth and unimodal over the
//! bracket (tested against dense grids in `tests/laws_beyond.rs`). Non-finite objective values
//! count as +∞, so a forbidden region (a loss that no amount of data reaches) simply repels the
//! search.

/// 1/φ = (√5 − 1)/2.
const INV_PHI: f64 = 0.618_033_988_749_894_9;

/// Golden-section search for a minimum of `f` on `[lo, hi]`, to an interval of width
/// `tol` (at most 200 steps). Returns the abscissa; if `f` is unimodal on the interval it is
/// within `tol` of the minimiser (an end point when `f` is monotone there).
pub fn golden_section(f: &dyn Fn(f64) -> f64, lo: f64, hi: f64, tol: f64) -> f64 {
    let value = |x: f64| {
        let y = f(x);
        if y.is_nan() {
            f64::INFINITY
        } else {
            y
        }
    };
    let (mut a, mut b) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let mut x1 = b - INV_PHI * (b - a);
    let mut x2 = a + INV_PHI * (b - a);
    let mut f1 = value(x1);
    let mut f2 = value(x2);
    for _ in 0..200 {
        if b - a <= tol {
            break;
        }
        if f1 <= f2 {
            b = x2;
            x2 = x1;
            f2 = f1;
            x1 = b - INV_PHI * (b - a);
            f1 = value(x1);
        } else {
            a = x1;
            x1 = x2;
            f1 = f2;
            x2 = a + INV_PHI * (b - a);
            f2 = value(x2);
        }
    }
    // The best of the two interior points and the two ends (the minimum may sit on an end).
    let mut best = (if f1 <= f2 { x1 } else { x2 }, f1.min(f2));
    for x in [a, b] {
        let y = value(x);
        if y < best.1 {
            best = (x, y);
        }
    }
    best.0
}

/// A bracket `[a, c]` around a local minimum of `f` near `x0`, inside `[lo, hi]`: steps of
/// `step`, growing by the golden ratio, go downhill from `x0` until `f` rises again or the
/// limit is reached (the bracketing routine of *Numerical Recipes* §10.1, with hard limits).
pub fn bracket(f: &dyn Fn(f64) -> f64, x0: f64, step: f64, lo: f64, hi: f64) -> (f64, f64) {
    let value = |x: f64| {
        let y = f(x);
        if y.is_nan() {
            f64::INFINITY
        } else {
            y
        }
    };
    let x0 = x0.clamp(lo, hi);
    let f0 = value(x0);
    let up = value((x0 + step).min(hi));
    let down = value((x0 - step).max(lo));
    // Go the way the function falls; if neither falls, x0 ± step brackets it.
    let dir = if up < f0 && up <= down {
        1.0
    } else if down < f0 {
        -1.0
    } else {
        return ((x0 - step).max(lo), (x0 + step).min(hi));
    };
    let mut prev = x0;
    let mut best = (x0, f0);
    let mut h = step;
    for _ in 0..100 {
        let x = (best.0 + dir * h).clamp(lo, hi);
        let y = value(x);
        if y >= best.1 || x == lo || x == hi {
            let (a, c) = (prev, x);
            return if a <= c { (a, c) } else { (c, a) };
        }
        prev = best.0;
        best = (x, y);
        h *= 1.0 / INV_PHI;
    }
    if dir > 0.0 {
        (prev, hi)
    } else {
        (lo, prev)
    }
}

/// The minimiser of `f` near `x0` within `[lo, hi]`: [`bracket`] then [`golden_section`].
pub fn minimize_near(f: &dyn Fn(f64) -> f64, x0: f64, step: f64, lo: f64, hi: f64, tol: f64) -> f64 {
    let (a, c) = bracket(f, x0, step, lo, hi);
    golden_section(f, a, c, tol)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_minimum_of_a_parabola_and_of_a_monotone_function_at_its_end() {
        let f = |x: f64| (x - 1.234).powi(2);
        assert!((golden_section(&f, -10.0, 10.0, 1e-12) - 1.234).abs() < 1e-9);
        assert!((minimize_near(&f, 40.0, 0.5, -100.0, 100.0, 1e-12) - 1.234).abs() < 1e-9);
        let g = |x: f64| x;
        assert_eq!(golden_section(&g, 2.0, 5.0, 1e-12), 2.0);
        assert_eq!(minimize_near(&g, 3.0, 0.5, 2.0, 5.0, 1e-12), 2.0);
    }

    #[test]
    fn a_forbidden_region_repels_the_search() {
        let f = |x: f64| if x < 0.0 { f64::NAN } else { 1.0 / x + x };
        assert!((minimize_near(&f, 5.0, 0.5, -10.0, 10.0, 1e-12) - 1.0).abs() < 1e-6);
        assert!((golden_section(&f, -10.0, 10.0, 1e-12) - 1.0).abs() < 1e-6);
    }
}
