//! Fitting the parametric law `L(N, D) = E + A/N^α + B/D^β` to a user's own training runs
//! (issue 20), as Hoffmann et al. 2022 (arXiv 2203.15556) §3.2–3.3 and Besiroglu, Erdil,
//! Barnett, You 2024 (arXiv 2404.10102, "Chinchilla Scaling: A replication attempt") do it.
//!
//! * [`HuberObjective`]: Σ wᵢ·Huber_δ(LSE(a − α ln Nᵢ, b − β ln Dᵢ, e) − ln Lᵢ), δ = 10⁻³
//!   (Hoffmann et al. eq. 3), with its analytic gradient; A = eᵃ, B = eᵇ, E = eᵉ.
//! * [`lbfgs`]: the optimiser (L-BFGS with a strong-Wolfe line search), one iteration at a time.
//! * [`Approach3Job`]: the objective on Hoffmann et al.'s grid of 4,500 starts, then L-BFGS
//!   from the best few; resumable in slices of bounded work ([`Approach3Job::advance`]).
//! * [`BootstrapJob`]: resample the runs, refit from the full-data optimum, percentile
//!   intervals; resumable too. Its random numbers come from [`SplitMix64`] (seedable).
//! * [`approach2`]: IsoFLOP parabolas per budget and the power laws N_opt ∝ C^a, D_opt ∝ C^b.
//!
//! Nothing here returns NaN: runs with a non-finite or non-positive value are left out, every
//! candidate point with a non-finite objective is refused, and results that are not finite are
//! reported as failures.

pub mod approach2;
pub mod approach3;
pub mod bootstrap;
pub mod lbfgs;

pub use approach2::{approach2, Approach2, GroupSkip, PowerFit};
pub use approach3::{Approach3Fit, Approach3Job, Progress};
pub use bootstrap::{BootstrapJob, Interval, Intervals, SplitMix64};

use super::coefficients::Coefficients;

/// One training run: parameters N, tokens D, final loss L (nats/token), and optionally the
/// iso-FLOP group it belongs to (a `budget`/`group` column of the user's table).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Run {
    pub n: f64,
    pub d: f64,
    pub loss: f64,
    pub group: Option<u32>,
}

impl Run {
    /// Whether N, D and L are finite and > 0 (only such runs are fitted).
    pub fn is_usable(&self) -> bool {
        [self.n, self.d, self.loss].iter().all(|v| v.is_finite() && *v > 0.0)
    }

    /// Training compute C = 6ND.
    pub fn compute(&self) -> f64 {
        super::units::training_flops(self.n, self.d)
    }
}

/// The runs without the `k` highest-loss ones (Besiroglu et al. 2024 leave out Chinchilla's five
/// highest-loss points, §2); the order of the others is kept. Ties at the cut go by position.
pub fn without_highest_losses(runs: &[Run], k: usize) -> Vec<Run> {
    let mut order: Vec<usize> = (0..runs.len()).collect();
    order.sort_by(|&i, &j| runs[j].loss.total_cmp(&runs[i].loss).then(i.cmp(&j)));
    let mut drop = vec![false; runs.len()];
    for &i in order.iter().take(k) {
        drop[i] = true;
    }
    runs.iter().zip(drop).filter(|(_, d)| !d).map(|(r, _)| *r).collect()
}

/// Huber's δ of Hoffmann et al. 2022 (§3.3, eq. 3): 10⁻³.
pub const HUBER_DELTA: f64 = 1e-3;

/// |ln A|, |ln B|, |ln E| at most this (e^709 is the largest finite f64).
pub const MAX_LN: f64 = 700.0;

/// Index of each variable in a parameter vector `[a, b, e, α, β]`.
pub const PA: usize = 0;
pub const PB: usize = 1;
pub const PE: usize = 2;
pub const PALPHA: usize = 3;
pub const PBETA: usize = 4;

/// Parameters `[a, b, e, α, β]` → coefficients (A = eᵃ, B = eᵇ, E = eᵉ).
pub fn coefficients(p: &[f64; 5]) -> Coefficients {
    Coefficients { e: p[PE].exp(), a: p[PA].exp(), b: p[PB].exp(), alpha: p[PALPHA], beta: p[PBETA] }
}

/// Coefficients → parameters `[ln A, ln B, ln E, α, β]` (NaN for non-positive A, B, E).
pub fn parameters(c: &Coefficients) -> [f64; 5] {
    [c.a.ln(), c.b.ln(), c.e.ln(), c.alpha, c.beta]
}

/// The Huber loss of Hoffmann et al. eq. 3, δ = [`HUBER_DELTA`], over the log-loss residuals
/// of the log-sum-exp form of eq. 2, with a weight per run (bootstrap resamples are weights).
#[derive(Clone, Debug)]
pub struct HuberObjective {
    ln_n: Vec<f64>,
    ln_d: Vec<f64>,
    ln_l: Vec<f64>,
    weights: Vec<f64>,
    delta: f64,
}

/// `ln(eˣ + eʸ + eᶻ)` and the three softmax weights, without overflow.
fn lse3(x: f64, y: f64, z: f64) -> (f64, [f64; 3]) {
    let m = x.max(y).max(z);
    let (ex, ey, ez) = ((x - m).exp(), (y - m).exp(), (z - m).exp());
    let sum = ex + ey + ez;
    (m + sum.ln(), [ex / sum, ey / sum, ez / sum])
}

impl HuberObjective {
    /// The objective over the usable runs of `runs` (see [`Run::is_usable`]), weight 1 each.
    pub fn new(runs: &[Run]) -> HuberObjective {
        let usable: Vec<&Run> = runs.iter().filter(|r| r.is_usable()).collect();
        HuberObjective {
            ln_n: usable.iter().map(|r| r.n.ln()).collect(),
            ln_d: usable.iter().map(|r| r.d.ln()).collect(),
            ln_l: usable.iter().map(|r| r.loss.ln()).collect(),
            weights: vec![1.0; usable.len()],
            delta: HUBER_DELTA,
        }
    }

    /// Runs in the objective.
    pub fn len(&self) -> usize {
        self.ln_l.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ln_l.is_empty()
    }

    /// The same runs with these weights (a bootstrap resample: how often each run was drawn).
    /// Weights beyond the run count are ignored; missing ones are 0.
    pub fn with_weights(&self, weights: &[f64]) -> HuberObjective {
        let w = (0..self.len()).map(|i| weights.get(i).copied().filter(|w| w.is_finite()).unwrap_or(0.0)).collect();
        HuberObjective { weights: w, ..self.clone() }
    }

    /// The objective's value only.
    pub fn value(&self, p: &[f64; 5]) -> f64 {
        let mut g = [0.0; 5];
        lbfgs::Objective::value_grad(self, p, &mut g)
    }
}

impl lbfgs::Objective<5> for HuberObjective {
    /// Σ wᵢ·H(rᵢ), rᵢ = LSE(a − α ln Nᵢ, b − β ln Dᵢ, e) − ln Lᵢ, H(r) = r²/2 for |r| ≤ δ,
    /// δ(|r| − δ/2) beyond; ∂H/∂r = clamp(r, −δ, δ), and ∂LSE/∂(a, b, e) are the softmax
    /// weights, ∂LSE/∂α = −w₁ ln N, ∂LSE/∂β = −w₂ ln D.
    fn value_grad(&self, p: &[f64; 5], g: &mut [f64; 5]) -> f64 {
        *g = [0.0; 5];
        // Beyond e^±700, A, B or E are not finite f64: such a point is refused (+∞), so the
        // optimiser never walks there and every fit has finite coefficients.
        if !p.iter().all(|v| v.is_finite()) || [p[PA], p[PB], p[PE]].iter().any(|v| v.abs() > MAX_LN) {
            return f64::INFINITY;
        }
        let delta = self.delta;
        let mut total = 0.0;
        for i in 0..self.ln_l.len() {
            let w = self.weights[i];
            if w == 0.0 {
                continue;
            }
            let (lse, s) = lse3(p[PA] - p[PALPHA] * self.ln_n[i], p[PB] - p[PBETA] * self.ln_d[i], p[PE]);
            let r = lse - self.ln_l[i];
            let (h, dh) =
                if r.abs() <= delta { (0.5 * r * r, r) } else { (delta * (r.abs() - 0.5 * delta), delta * r.signum()) };
            total += w * h;
            let k = w * dh;
            g[PA] += k * s[0];
            g[PB] += k * s[1];
            g[PE] += k * s[2];
            g[PALPHA] -= k * s[0] * self.ln_n[i];
            g[PBETA] -= k * s[1] * self.ln_d[i];
        }
        total
    }
}
