//! Bootstrap intervals for an Approach 3 fit (Besiroglu et al. 2024, §3: resample the runs with
//! replacement, refit, read percentiles). Each refit starts from the full-data optimum.
//! [`BootstrapJob::advance`] does bounded work per call, like
//! [`Approach3Job`](super::Approach3Job).

use super::approach3::Progress;
use super::lbfgs::{Lbfgs, Settings, Status};
use super::{coefficients, HuberObjective};
use crate::laws::Coefficients;

/// SplitMix64 (Steele, Lea, Flood 2014; the seeding generator of `java.util.SplittableRandom`):
/// 64-bit state, passes BigCrush, deterministic from its seed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (Lemire's multiply-shift; bias below n/2⁶⁴); 0 when `n` is 0.
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }
}

/// A percentile interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

/// The central 95 % percentile interval of every coefficient.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Intervals {
    pub e: Interval,
    pub a: Interval,
    pub b: Interval,
    pub alpha: Interval,
    pub beta: Interval,
}

/// The `q`-quantile (0…1) of sorted finite values, linearly interpolated (numpy's default).
fn quantile(sorted: &[f64], q: f64) -> f64 {
    match sorted.len() {
        0 => f64::NAN,
        1 => sorted[0],
        n => {
            let pos = q.clamp(0.0, 1.0) * (n - 1) as f64;
            let i = (pos.floor() as usize).min(n - 2);
            let t = pos - i as f64;
            sorted[i] + t * (sorted[i + 1] - sorted[i])
        }
    }
}

/// The 2.5 and 97.5 percentiles of the finite values, `None` when there are fewer than two.
pub fn percentile_interval(values: impl Iterator<Item = f64>) -> Option<Interval> {
    let mut v: Vec<f64> = values.filter(|x| x.is_finite()).collect();
    if v.len() < 2 {
        return None;
    }
    v.sort_unstable_by(f64::total_cmp);
    Some(Interval { low: quantile(&v, 0.025), high: quantile(&v, 0.975) })
}

/// Resampling and refitting as a resumable job.
#[derive(Clone, Debug)]
pub struct BootstrapJob {
    objective: HuberObjective,
    center: [f64; 5],
    rng: SplitMix64,
    resamples: usize,
    started: usize,
    current: Option<(HuberObjective, Box<Lbfgs<5>>)>,
    samples: Vec<Coefficients>,
    failed: usize,
    evals: usize,
}

impl BootstrapJob {
    /// The page's default number of resamples (issue 20).
    pub const DEFAULT_RESAMPLES: usize = 200;

    /// `resamples` refits of `objective` from `center` (the full-data optimum `[a, b, e, α, β]`),
    /// drawn with `seed`.
    pub fn new(objective: HuberObjective, center: [f64; 5], resamples: usize, seed: u64) -> BootstrapJob {
        BootstrapJob {
            objective,
            center,
            rng: SplitMix64::new(seed),
            resamples,
            started: 0,
            current: None,
            samples: Vec::new(),
            failed: 0,
            evals: 0,
        }
    }

    /// Does about `max_evals` objective evaluations (at least one L-BFGS iteration).
    pub fn advance(&mut self, max_evals: usize) -> Progress {
        let end = self.evals + max_evals.max(1);
        while self.evals < end {
            if self.current.is_none() {
                if self.started >= self.resamples || self.objective.is_empty() {
                    return Progress::Done;
                }
                let n = self.objective.len();
                let mut weights = vec![0.0; n];
                for _ in 0..n {
                    weights[self.rng.below(n)] += 1.0;
                }
                let resample = self.objective.with_weights(&weights);
                let run = Lbfgs::new(&resample, self.center, Settings::default());
                self.evals += run.evals();
                self.started += 1;
                self.current = Some((resample, Box::new(run)));
            }
            if let Some((resample, run)) = &mut self.current {
                let before = run.evals();
                let status = run.step(resample);
                self.evals += run.evals() - before;
                if status != Status::Running {
                    let c = coefficients(&run.x());
                    let finite = [c.e, c.a, c.b, c.alpha, c.beta].iter().all(|v| v.is_finite());
                    if finite && status != Status::BadStart {
                        self.samples.push(c);
                    } else {
                        self.failed += 1;
                    }
                    self.current = None;
                }
            }
        }
        self.progress()
    }

    pub fn progress(&self) -> Progress {
        if self.current.is_none() && self.started >= self.resamples {
            Progress::Done
        } else {
            Progress::Running(self.done() as f64 / self.resamples.max(1) as f64)
        }
    }

    /// Refits finished (kept or failed).
    pub fn done(&self) -> usize {
        self.samples.len() + self.failed
    }

    /// Refits that gave no finite coefficients.
    pub fn failed(&self) -> usize {
        self.failed
    }

    /// The coefficients of every finished refit.
    pub fn samples(&self) -> &[Coefficients] {
        &self.samples
    }

    /// A finished job holding only `samples` (to read intervals from samples kept elsewhere).
    pub fn from_samples(samples: Vec<Coefficients>) -> BootstrapJob {
        let mut job = BootstrapJob::new(HuberObjective::new(&[]), [0.0; 5], 0, 0);
        job.samples = samples;
        job
    }

    /// Runs the job to its end.
    pub fn finish(mut self) -> BootstrapJob {
        while self.advance(usize::MAX / 2) != Progress::Done {}
        self
    }

    /// Percentile intervals of the coefficients so far (`None` with fewer than two refits).
    pub fn intervals(&self) -> Option<Intervals> {
        let s = &self.samples;
        Some(Intervals {
            e: percentile_interval(s.iter().map(|c| c.e))?,
            a: percentile_interval(s.iter().map(|c| c.a))?,
            b: percentile_interval(s.iter().map(|c| c.b))?,
            alpha: percentile_interval(s.iter().map(|c| c.alpha))?,
            beta: percentile_interval(s.iter().map(|c| c.beta))?,
        })
    }

    /// Percentile intervals of the compute-optimal N* and D* at budget `c` over the refits whose
    /// coefficients are valid ([`Coefficients::validate`]; the others have no defined optimum).
    pub fn optimum_intervals(&self, c: f64) -> Option<(Interval, Interval)> {
        let optima: Vec<_> = self.samples.iter().filter(|s| s.is_valid()).map(|s| s.optimum(c)).collect();
        Some((percentile_interval(optima.iter().map(|o| o.n))?, percentile_interval(optima.iter().map(|o| o.d))?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_matches_its_reference_sequence() {
        // Reference values of SplitMix64 from seed 0 (as in Vigna's splitmix64.c).
        let mut r = SplitMix64::new(0);
        assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(r.next_u64(), 0x6E78_9E6A_A1B9_65F4);
        let mut r = SplitMix64::new(7);
        assert!((0..10_000).all(|_| r.below(3) < 3));
        assert_eq!(r.below(0), 0);
    }

    #[test]
    fn quantiles_interpolate() {
        let v = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!(quantile(&v, 0.5), 3.0);
        assert_eq!(quantile(&v, 0.0), 1.0);
        assert_eq!(quantile(&v, 1.0), 5.0);
        assert!((quantile(&v, 0.025) - 1.1).abs() < 1e-12);
        assert_eq!(percentile_interval([f64::NAN, 1.0].into_iter()), None);
    }
}
