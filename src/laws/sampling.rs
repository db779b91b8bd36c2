//! The geometric grids the curves are sampled on.

/// `count` points from `lo` to `hi` (both included, exactly), equally spaced on a log axis.
/// `count == 1` yields `lo`; yields nothing if `count == 0` or either end is not finite and > 0.
pub fn log_space(lo: f64, hi: f64, count: usize) -> impl ExactSizeIterator<Item = f64> + DoubleEndedIterator + Clone {
    let valid = lo.is_finite() && hi.is_finite() && lo > 0.0 && hi > 0.0;
    let count = if valid { count } else { 0 };
    let (ln_lo, ln_hi) = (lo.ln(), hi.ln());
    let last = count.saturating_sub(1);
    let step = if last == 0 { 0.0 } else { (ln_hi - ln_lo) / last as f64 };
    (0..count).map(move |i| {
        if i == 0 {
            lo
        } else if i == last {
            hi
        } else {
            (ln_lo + step * i as f64).exp()
        }
    })
}
