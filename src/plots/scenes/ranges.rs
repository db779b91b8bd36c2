//! Axis ranges, fitted-range bands and clipping of curves to an axis.

use super::*;

/// The model size that trains on `d` tokens with budget `c` (`N = C/6D`).
pub(super) fn n_for(c: f64, d: f64) -> f64 {
    tokens_for_budget(c, d)
}

pub(super) fn in_box(x: f64, y: f64, x_lo: f64, x_hi: f64, y_lo: f64, y_hi: f64) -> bool {
    x.is_finite() && y.is_finite() && x >= x_lo && x <= x_hi && y >= y_lo && y <= y_hi
}

/// Loss axes move in steps of 4 % (a factor e^0.04), count axes in half decades: the axes
/// then stay put over most slider steps, which reads calmer and lets the page reuse the
/// drawn axes.
pub(super) const LOSS_STEP: f64 = 0.04;
pub(super) const DECADE_STEP: f64 = std::f64::consts::LN_10 / 2.0;

/// Widens `[lo, hi]` outwards to the nearest multiples of `step` in log space.
pub(super) fn snap_range(lo: f64, hi: f64, step: f64) -> (f64, f64) {
    if !(lo > 0.0 && hi > lo && hi.is_finite()) {
        return (lo, hi);
    }
    let snapped_lo = ((lo.ln() / step).floor() * step).exp().min(lo);
    let snapped_hi = ((hi.ln() / step).ceil() * step).exp().max(hi);
    (snapped_lo, snapped_hi)
}

/// A little room above and below a loss range (log axis), never empty.
pub(super) fn pad_range(lo: f64, hi: f64) -> (f64, f64) {
    if !(lo.is_finite() && hi.is_finite() && lo > 0.0) {
        return (1.0, 10.0);
    }
    let hi = hi.max(lo * 1.05);
    (lo * 0.97, hi * 1.03)
}

/// Shaded bands for the parts of `[lo, hi]` outside the fitted `span`.
pub(super) fn outside(span: Span, lo: f64, hi: f64) -> Vec<Band> {
    let mut bands = Vec::new();
    if span.lo > lo {
        bands.push(Band { x: (lo, span.lo.min(hi)) });
    }
    if span.hi < hi {
        bands.push(Band { x: (span.hi.max(lo), hi) });
    }
    bands
}

/// Splits a curve into the runs that stay within `[y_lo, y_hi]`, ending each run exactly on
/// the boundary it crosses (interpolated in log space), and dropping non-finite points.
pub fn clip_runs(points: impl Iterator<Item = (f64, f64)>, y_lo: f64, y_hi: f64) -> Vec<Vec<(f64, f64)>> {
    let mut runs = Vec::new();
    let mut run: Vec<(f64, f64)> = Vec::new();
    let mut prev: Option<(f64, f64)> = None;
    let inside = |y: f64| y >= y_lo && y <= y_hi;
    for (x, y) in points {
        if !(x.is_finite() && y.is_finite() && x > 0.0 && y > 0.0) {
            if run.len() > 1 {
                runs.push(std::mem::take(&mut run));
            }
            run.clear();
            prev = None;
            continue;
        }
        if let Some((px, py)) = prev {
            match (inside(py), inside(y)) {
                (false, true) => run.push(crossing((px, py), (x, y), if py > y_hi { y_hi } else { y_lo })),
                (true, false) => {
                    run.push(crossing((px, py), (x, y), if y > y_hi { y_hi } else { y_lo }));
                    if run.len() > 1 {
                        runs.push(std::mem::take(&mut run));
                    }
                    run.clear();
                }
                _ => {}
            }
        }
        if inside(y) {
            run.push((x, y));
        }
        prev = Some((x, y));
    }
    if run.len() > 1 {
        runs.push(run);
    }
    runs
}

/// Where the segment a→b meets y = `at`, interpolating in log–log space.
pub(super) fn crossing(a: (f64, f64), b: (f64, f64), at: f64) -> (f64, f64) {
    let (lx0, ly0, lx1, ly1) = (a.0.ln(), a.1.ln(), b.0.ln(), b.1.ln());
    let t = if ly1 == ly0 { 0.0 } else { (at.ln() - ly0) / (ly1 - ly0) };
    ((lx0 + (lx1 - lx0) * t.clamp(0.0, 1.0)).exp(), at)
}
