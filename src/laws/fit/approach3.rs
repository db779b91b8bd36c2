//! Approach 3 of Hoffmann et al. 2022 (§3.3, App. D.2), as Besiroglu et al. 2024 replicate it:
//! minimise the Huber objective from a grid of starts with L-BFGS. Scipy's L-BFGS from each of
//! the 4,500 grid points costs ~100 evaluations a start; here the objective is evaluated once
//! at every grid point (a cheap screen) and L-BFGS runs from the [`Approach3Job::LOCAL_STARTS`]
//! best of them, keeping the lowest optimum.
//!
//! [`Approach3Job`] does this in slices: [`Approach3Job::advance`] does at most about
//! `max_evals` objective evaluations (one L-BFGS iteration may finish past it) and returns,
//! so a page can run a fit between frames without a worker.

use super::lbfgs::{Lbfgs, Settings, Status};
use super::{coefficients, HuberObjective, Run};
use crate::laws::Coefficients;

/// The grid of starts (Hoffmann et al. App. D.2): α, β ∈ {0, 0.5, …, 2}, e ∈ {−1, −0.5, …, 1},
/// a, b ∈ {0, 5, …, 25}: 5 · 5 · 5 · 6 · 6 = 4,500 points.
pub const GRID_ALPHA: [f64; 5] = [0.0, 0.5, 1.0, 1.5, 2.0];
pub const GRID_E: [f64; 5] = [-1.0, -0.5, 0.0, 0.5, 1.0];
pub const GRID_AB: [f64; 6] = [0.0, 5.0, 10.0, 15.0, 20.0, 25.0];
/// Points in the grid.
pub const GRID_SIZE: usize = GRID_ALPHA.len() * GRID_ALPHA.len() * GRID_E.len() * GRID_AB.len() * GRID_AB.len();

/// The `i`-th grid point as `[a, b, e, α, β]` (`i < GRID_SIZE`).
pub fn grid_point(i: usize) -> [f64; 5] {
    let (i, beta) = (i / GRID_ALPHA.len(), GRID_ALPHA[i % GRID_ALPHA.len()]);
    let (i, alpha) = (i / GRID_ALPHA.len(), GRID_ALPHA[i % GRID_ALPHA.len()]);
    let (i, e) = (i / GRID_E.len(), GRID_E[i % GRID_E.len()]);
    let (i, b) = (i / GRID_AB.len(), GRID_AB[i % GRID_AB.len()]);
    let a = GRID_AB[i % GRID_AB.len()];
    [a, b, e, alpha, beta]
}

/// A finished Approach 3 fit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Approach3Fit {
    /// The optimum `[a, b, e, α, β]`.
    pub params: [f64; 5],
    /// E = eᵉ, A = eᵃ, B = eᵇ, α, β (not necessarily inside [`Coefficients::valid_range`]:
    /// check [`Coefficients::validate`] before drawing it).
    pub coefficients: Coefficients,
    /// The Huber objective at the optimum.
    pub objective: f64,
    /// Runs fitted.
    pub runs: usize,
    /// Objective evaluations, grid included.
    pub evals: usize,
}

/// How far a job is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Progress {
    /// Fraction done, 0…1 (an estimate while L-BFGS runs).
    Running(f64),
    Done,
}

#[derive(Clone, Debug)]
enum Phase {
    Grid { next: usize },
    Local { start: usize, run: Box<Lbfgs<5>> },
    Done,
}

/// Approach 3 as a resumable job (see the module documentation).
#[derive(Clone, Debug)]
pub struct Approach3Job {
    objective: HuberObjective,
    /// The best grid points so far, lowest objective first, at most `LOCAL_STARTS`.
    starts: Vec<(f64, [f64; 5])>,
    best: Option<(f64, [f64; 5])>,
    phase: Phase,
    evals: usize,
    settings: Settings,
}

/// Evaluations assumed per L-BFGS start, for the progress estimate only.
const EVALS_PER_START: usize = 150;

impl Approach3Job {
    /// L-BFGS runs from this many of the best grid points.
    pub const LOCAL_STARTS: usize = 40;

    /// A job over the usable runs of `runs` (nothing is computed yet).
    pub fn new(runs: &[Run]) -> Approach3Job {
        let objective = HuberObjective::new(runs);
        let phase = if objective.is_empty() { Phase::Done } else { Phase::Grid { next: 0 } };
        Approach3Job { objective, starts: Vec::new(), best: None, phase, evals: 0, settings: Settings::default() }
    }

    /// Runs in the fit.
    pub fn runs(&self) -> usize {
        self.objective.len()
    }

    /// Does about `max_evals` objective evaluations (at least one step) and says how far the
    /// job is.
    pub fn advance(&mut self, max_evals: usize) -> Progress {
        let budget_end = self.evals + max_evals.max(1);
        while self.evals < budget_end {
            match &mut self.phase {
                Phase::Grid { next } => {
                    let end = (*next + (budget_end - self.evals)).min(GRID_SIZE);
                    for i in *next..end {
                        let p = grid_point(i);
                        let f = self.objective.value(&p);
                        if f.is_finite() {
                            insert_best(&mut self.starts, (f, p), Self::LOCAL_STARTS);
                        }
                    }
                    self.evals += end - *next;
                    *next = end;
                    if end == GRID_SIZE {
                        self.next_start(0);
                    }
                }
                Phase::Local { start, run } => {
                    let before = run.evals();
                    let status = run.step(&self.objective);
                    self.evals += run.evals() - before;
                    if status != Status::Running {
                        let (f, x) = (run.value(), run.x());
                        if f.is_finite() && x.iter().all(|v| v.is_finite()) && self.best.is_none_or(|b| f < b.0) {
                            self.best = Some((f, x));
                        }
                        let next = *start + 1;
                        self.next_start(next);
                    }
                }
                Phase::Done => return Progress::Done,
            }
        }
        self.progress()
    }

    fn next_start(&mut self, start: usize) {
        self.phase = match self.starts.get(start) {
            Some(&(_, x0)) => {
                let run = Lbfgs::new(&self.objective, x0, self.settings);
                self.evals += run.evals();
                Phase::Local { start, run: Box::new(run) }
            }
            None => Phase::Done,
        };
    }

    /// How far the job is without doing anything.
    pub fn progress(&self) -> Progress {
        let total = (GRID_SIZE + self.starts.len().max(1) * EVALS_PER_START) as f64;
        match &self.phase {
            Phase::Grid { next } => Progress::Running(*next as f64 / total),
            Phase::Local { start, run } => {
                let local = (*start * EVALS_PER_START + run.evals().min(EVALS_PER_START)) as f64;
                Progress::Running(((GRID_SIZE as f64 + local) / total).min(0.99))
            }
            Phase::Done => Progress::Done,
        }
    }

    /// Runs the job to its end.
    pub fn finish(mut self) -> Option<Approach3Fit> {
        while self.advance(usize::MAX / 2) != Progress::Done {}
        self.result()
    }

    /// The fit, once the job is done (`None` before, or when no start gave a finite optimum).
    pub fn result(&self) -> Option<Approach3Fit> {
        if !matches!(self.phase, Phase::Done) {
            return None;
        }
        let (objective, params) = self.best?;
        let coefficients = coefficients(&params);
        let finite = [coefficients.e, coefficients.a, coefficients.b, coefficients.alpha, coefficients.beta]
            .iter()
            .all(|v| v.is_finite());
        finite.then_some(Approach3Fit {
            params,
            coefficients,
            objective,
            runs: self.objective.len(),
            evals: self.evals,
        })
    }
}

/// Keeps `best` sorted by value, at most `k` long.
fn insert_best(best: &mut Vec<(f64, [f64; 5])>, item: (f64, [f64; 5]), k: usize) {
    if best.len() == k && best.last().is_some_and(|last| item.0 >= last.0) {
        return;
    }
    let at = best.partition_point(|b| b.0 <= item.0);
    best.insert(at, item);
    best.truncate(k);
}

/// L-BFGS from `x0` on `objective` to the end (for the bootstrap and tests).
pub fn local_fit(objective: &HuberObjective, x0: [f64; 5]) -> Lbfgs<5> {
    Lbfgs::new(objective, x0, Settings::default()).run(objective)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_has_every_point_once() {
        let mut seen: Vec<[f64; 5]> = (0..GRID_SIZE).map(grid_point).collect();
        assert_eq!(GRID_SIZE, 4500);
        seen.sort_by(|a, b| a.partial_cmp(b).unwrap());
        seen.dedup();
        assert_eq!(seen.len(), GRID_SIZE);
    }

    #[test]
    fn no_runs_no_fit() {
        let mut job = Approach3Job::new(&[]);
        assert_eq!(job.advance(10), Progress::Done);
        assert_eq!(job.result(), None);
    }
}
