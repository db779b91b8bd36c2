//! Approach 2 of Hoffmann et al. 2022 (§3.2, Fig. 3): for each compute budget, fit a parabola
//! to loss against ln N over the runs of that budget (an IsoFLOP profile), take its minimum as
//! N_opt (D_opt = C/(6·N_opt)), then fit N_opt ∝ C^a and D_opt ∝ C^b by least squares in
//! log-log space.
//!
//! Runs are grouped by their `group` label when every run has one, else by compute: sorted by C,
//! a group takes every run within 0.1 decade of its smallest C. A group needs at least
//! [`MIN_SIZES`] distinct N, a convex parabola and a minimum inside its sampled sizes; the
//! others are skipped and named. Fewer than [`MIN_GROUPS`] groups give no exponent.

use super::Run;
use crate::laws::units::tokens_for_budget;

/// Distinct model sizes a group needs for its parabola.
pub const MIN_SIZES: usize = 4;
/// Groups needed for an exponent.
pub const MIN_GROUPS: usize = 3;
/// Width of a compute group, decades.
pub const GROUP_DECADES: f64 = 0.1;

/// One budget's IsoFLOP parabola and its minimum.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupOptimum {
    /// The group's compute: the geometric mean of its runs' C, FLOPs.
    pub compute: f64,
    /// Runs in the group.
    pub runs: usize,
    /// L(x) = p₀ + p₁x + p₂x², x = ln N.
    pub parabola: [f64; 3],
    /// Smallest and largest N of the group.
    pub n_range: (f64, f64),
    pub n_opt: f64,
    pub d_opt: f64,
    pub loss_opt: f64,
}

impl GroupOptimum {
    /// The parabola's loss at `n` parameters.
    pub fn loss_at(&self, n: f64) -> f64 {
        let x = n.ln();
        self.parabola[0] + self.parabola[1] * x + self.parabola[2] * x * x
    }
}

/// Why a group gave no minimum.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GroupSkip {
    /// Fewer than [`MIN_SIZES`] distinct N (`sizes` of them).
    TooFewSizes { compute: f64, sizes: usize },
    /// The parabola opens downward or is flat: no minimum.
    NotConvex { compute: f64 },
    /// The minimum lies outside the group's sizes: an extrapolation, not a measurement.
    MinimumOutside { compute: f64 },
}

impl GroupSkip {
    pub fn compute(&self) -> f64 {
        match *self {
            GroupSkip::TooFewSizes { compute, .. } | GroupSkip::NotConvex { compute } => compute,
            GroupSkip::MinimumOutside { compute } => compute,
        }
    }
}

/// `y = k·C^exponent`, fitted in log-log space.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PowerFit {
    pub exponent: f64,
    pub coefficient: f64,
}

impl PowerFit {
    pub fn at(&self, c: f64) -> f64 {
        (self.coefficient.ln() + self.exponent * c.ln()).exp()
    }
}

/// Approach 2's result: the groups used, the ones skipped, and the exponents if enough groups.
#[derive(Clone, Debug, PartialEq)]
pub struct Approach2 {
    pub groups: Vec<GroupOptimum>,
    pub skipped: Vec<GroupSkip>,
    /// `(N_opt ∝ C^a, D_opt ∝ C^b)`, or `None` with fewer than [`MIN_GROUPS`] groups (or
    /// groups all at one budget).
    pub fit: Option<(PowerFit, PowerFit)>,
}

/// Approach 2 on the usable runs of `runs`.
pub fn approach2(runs: &[Run]) -> Approach2 {
    let mut usable: Vec<Run> = runs.iter().copied().filter(Run::is_usable).collect();
    let labelled = !usable.is_empty() && usable.iter().all(|r| r.group.is_some());
    let mut groups: Vec<Vec<Run>> = Vec::new();
    if labelled {
        let mut labels: Vec<u32> = usable.iter().filter_map(|r| r.group).collect();
        labels.sort_unstable();
        labels.dedup();
        for label in labels {
            groups.push(usable.iter().copied().filter(|r| r.group == Some(label)).collect());
        }
    } else {
        usable.sort_unstable_by(|a, b| a.compute().total_cmp(&b.compute()));
        let mut start = 0;
        while start < usable.len() {
            let first = usable[start].compute().log10();
            let end =
                start + usable[start..].iter().take_while(|r| r.compute().log10() - first <= GROUP_DECADES).count();
            groups.push(usable[start..end].to_vec());
            start = end;
        }
    }
    let mut out = Approach2 { groups: Vec::new(), skipped: Vec::new(), fit: None };
    for group in &groups {
        match group_optimum(group) {
            Ok(g) => out.groups.push(g),
            Err(skip) => out.skipped.push(skip),
        }
    }
    out.groups.sort_by(|a, b| a.compute.total_cmp(&b.compute));
    if out.groups.len() >= MIN_GROUPS {
        let cs: Vec<f64> = out.groups.iter().map(|g| g.compute).collect();
        let ns: Vec<f64> = out.groups.iter().map(|g| g.n_opt).collect();
        let ds: Vec<f64> = out.groups.iter().map(|g| g.d_opt).collect();
        out.fit = power_fit(&cs, &ns).zip(power_fit(&cs, &ds));
    }
    out
}

fn group_optimum(group: &[Run]) -> Result<GroupOptimum, GroupSkip> {
    let compute = (group.iter().map(|r| r.compute().ln()).sum::<f64>() / group.len().max(1) as f64).exp();
    let mut sizes: Vec<f64> = group.iter().map(|r| r.n.ln()).collect();
    sizes.sort_unstable_by(f64::total_cmp);
    sizes.dedup_by(|a, b| (*a - *b).abs() <= 1e-9 * b.abs().max(1.0));
    if sizes.len() < MIN_SIZES {
        return Err(GroupSkip::TooFewSizes { compute, sizes: sizes.len() });
    }
    let xs: Vec<f64> = group.iter().map(|r| r.n.ln()).collect();
    let ys: Vec<f64> = group.iter().map(|r| r.loss).collect();
    let p = fit_parabola(&xs, &ys).ok_or(GroupSkip::NotConvex { compute })?;
    if p[2].is_nan() || p[2] <= 0.0 {
        return Err(GroupSkip::NotConvex { compute });
    }
    let x_opt = -p[1] / (2.0 * p[2]);
    let (lo, hi) = (sizes[0], sizes[sizes.len() - 1]);
    if !(x_opt >= lo && x_opt <= hi) {
        return Err(GroupSkip::MinimumOutside { compute });
    }
    let n_opt = x_opt.exp();
    let loss_opt = p[0] + p[1] * x_opt + p[2] * x_opt * x_opt;
    Ok(GroupOptimum {
        compute,
        runs: group.len(),
        parabola: p,
        n_range: (lo.exp(), hi.exp()),
        n_opt,
        d_opt: tokens_for_budget(compute, n_opt),
        loss_opt,
    })
}

/// Least-squares `y = p₀ + p₁x + p₂x²`; `None` if singular or not finite. Solved in the
/// centred, scaled variable u = (x − x̄)/s for conditioning, then mapped back.
pub fn fit_parabola(xs: &[f64], ys: &[f64]) -> Option<[f64; 3]> {
    let n = xs.len().min(ys.len());
    if n < 3 {
        return None;
    }
    let mean = xs[..n].iter().sum::<f64>() / n as f64;
    let s = (xs[..n].iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n as f64).sqrt();
    if !(s.is_finite() && s > 0.0) {
        return None;
    }
    let mut m = [[0.0f64; 4]; 3];
    for (x, y) in xs[..n].iter().zip(&ys[..n]) {
        let u = (x - mean) / s;
        let basis = [1.0, u, u * u];
        for i in 0..3 {
            for j in 0..3 {
                m[i][j] += basis[i] * basis[j];
            }
            m[i][3] += basis[i] * y;
        }
    }
    let q = solve3(m)?;
    // y = q0 + q1 u + q2 u², u = (x − mean)/s.
    let (q1, q2) = (q[1] / s, q[2] / (s * s));
    let p = [q[0] - q1 * mean + q2 * mean * mean, q1 - 2.0 * q2 * mean, q2];
    p.iter().all(|v| v.is_finite()).then_some(p)
}

/// Gaussian elimination with partial pivoting on an augmented 3×4 matrix.
fn solve3(mut m: [[f64; 4]; 3]) -> Option<[f64; 3]> {
    let scale = m.iter().flat_map(|r| r[..3].iter()).fold(0.0f64, |a, v| a.max(v.abs()));
    for col in 0..3 {
        let pivot = (col..3).max_by(|&a, &b| m[a][col].abs().total_cmp(&m[b][col].abs()))?;
        let size = m[pivot][col].abs();
        if size.is_nan() || size <= 1e-12 * scale {
            return None;
        }
        m.swap(col, pivot);
        for row in col + 1..3 {
            let f = m[row][col] / m[col][col];
            let pivot_row = m[col];
            for (v, p) in m[row].iter_mut().zip(pivot_row).skip(col) {
                *v -= f * p;
            }
        }
    }
    let mut x = [0.0; 3];
    for row in (0..3).rev() {
        let tail: f64 = (row + 1..3).map(|k| m[row][k] * x[k]).sum();
        x[row] = (m[row][3] - tail) / m[row][row];
    }
    x.iter().all(|v| v.is_finite()).then_some(x)
}

/// Least squares of ln y on ln x: `y = k·x^slope`; `None` if the x are all equal.
pub fn power_fit(xs: &[f64], ys: &[f64]) -> Option<PowerFit> {
    let pts: Vec<(f64, f64)> = xs
        .iter()
        .zip(ys)
        .filter(|(x, y)| x.is_finite() && y.is_finite() && **x > 0.0 && **y > 0.0)
        .map(|(x, y)| (x.ln(), y.ln()))
        .collect();
    if pts.len() < 2 {
        return None;
    }
    let n = pts.len() as f64;
    let (mx, my) = (pts.iter().map(|p| p.0).sum::<f64>() / n, pts.iter().map(|p| p.1).sum::<f64>() / n);
    let sxx: f64 = pts.iter().map(|p| (p.0 - mx).powi(2)).sum();
    let sxy: f64 = pts.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    if sxx.is_nan() || sxx <= 1e-12 {
        return None;
    }
    let slope = sxy / sxx;
    let fit = PowerFit { exponent: slope, coefficient: (my - slope * mx).exp() };
    (fit.exponent.is_finite() && fit.coefficient.is_finite() && fit.coefficient > 0.0).then_some(fit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parabola_is_recovered_exactly() {
        let xs: Vec<f64> = (0..7).map(|i| 20.0 + f64::from(i) * 0.5).collect();
        let ys: Vec<f64> = xs.iter().map(|x| 3.0 - 0.4 * x + 0.01 * x * x).collect();
        let p = fit_parabola(&xs, &ys).unwrap();
        assert!((p[0] - 3.0).abs() < 1e-6 && (p[1] + 0.4).abs() < 1e-7 && (p[2] - 0.01).abs() < 1e-9, "{p:?}");
        assert_eq!(fit_parabola(&[1.0, 1.0, 1.0], &[1.0, 2.0, 3.0]), None);
    }
}
