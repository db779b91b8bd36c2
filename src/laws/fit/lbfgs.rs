//! L-BFGS (Nocedal & Wright, *Numerical Optimization*, 2nd ed., Alg. 7.4 and 7.5) with a line
//! search satisfying the strong Wolfe conditions (Alg. 3.5 and 3.6, safeguarded cubic
//! interpolation), one iteration per [`Lbfgs::step`] so a caller can stop between iterations
//! and resume later (the page runs fits in slices between frames).
//!
//! Never NaN: a trial point whose value or gradient is not finite counts as +∞, which the line
//! search backs away from; the iterate only ever moves to a point with a finite value and
//! gradient.

/// A differentiable objective in `K` variables: returns f(x) and writes ∇f(x) into `grad`.
pub trait Objective<const K: usize> {
    fn value_grad(&self, x: &[f64; K], grad: &mut [f64; K]) -> f64;
}

/// Stopping rules and line-search constants.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Settings {
    /// Pairs (s, y) kept (the "m" of L-BFGS).
    pub memory: usize,
    /// Stop when max |∂f/∂xᵢ| ≤ `gtol`.
    pub gtol: f64,
    /// Stop when an iteration lowers f by at most `ftol`·max(|f|, tiny) (scipy's `factr` rule).
    pub ftol: f64,
    /// Iterations at most.
    pub max_iter: usize,
    /// Sufficient decrease (Armijo) constant c₁.
    pub c1: f64,
    /// Curvature constant c₂ (strong Wolfe: |φ'(α)| ≤ c₂|φ'(0)|).
    pub c2: f64,
    /// Function evaluations per line search at most.
    pub max_line_evals: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { memory: 10, gtol: 1e-12, ftol: 1e-13, max_iter: 1000, c1: 1e-4, c2: 0.9, max_line_evals: 40 }
    }
}

/// Where a run stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Running,
    /// The gradient or the decrease fell below its tolerance.
    Converged,
    /// No step satisfying the Wolfe conditions was found (at a kink or at the limit of
    /// floating-point precision); the iterate is the best point seen.
    Stalled,
    /// `max_iter` iterations done.
    MaxIter,
    /// The start itself has no finite value.
    BadStart,
}

/// One L-BFGS run: the iterate, its value and gradient, the curvature pairs.
#[derive(Clone, Debug)]
pub struct Lbfgs<const K: usize> {
    x: [f64; K],
    f: f64,
    g: [f64; K],
    s: Vec<[f64; K]>,
    y: Vec<[f64; K]>,
    rho: Vec<f64>,
    iter: usize,
    evals: usize,
    status: Status,
    settings: Settings,
}

/// A line-search trial: step, value, directional derivative.
type Trial = (f64, f64, f64);

fn dot<const K: usize>(a: &[f64; K], b: &[f64; K]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn finite<const K: usize>(f: f64, g: &[f64; K]) -> bool {
    f.is_finite() && g.iter().all(|v| v.is_finite())
}

fn axpy<const K: usize>(x: &[f64; K], t: f64, p: &[f64; K]) -> [f64; K] {
    std::array::from_fn(|i| x[i] + t * p[i])
}

/// The minimiser of the cubic through (a, fa, da) and (b, fb, db), if it is a finite number
/// (Nocedal & Wright eq. 3.59).
fn cubic_min(a: f64, fa: f64, da: f64, b: f64, fb: f64, db: f64) -> Option<f64> {
    let d1 = da + db - 3.0 * (fa - fb) / (a - b);
    let disc = d1 * d1 - da * db;
    if disc.is_nan() || disc < 0.0 {
        return None;
    }
    let d2 = (b - a).signum() * disc.sqrt();
    let t = b - (b - a) * (db + d2 - d1) / (db - da + 2.0 * d2);
    t.is_finite().then_some(t)
}

impl<const K: usize> Lbfgs<K> {
    /// Starts at `x0` (one evaluation).
    pub fn new(objective: &impl Objective<K>, x0: [f64; K], settings: Settings) -> Lbfgs<K> {
        let mut g = [0.0; K];
        let f = objective.value_grad(&x0, &mut g);
        let status = if finite(f, &g) { Status::Running } else { Status::BadStart };
        let mut run =
            Lbfgs { x: x0, f, g, s: Vec::new(), y: Vec::new(), rho: Vec::new(), iter: 0, evals: 1, status, settings };
        if status == Status::Running && run.g.iter().all(|v| v.abs() <= settings.gtol) {
            run.status = Status::Converged;
        }
        run
    }

    /// The current iterate.
    pub fn x(&self) -> [f64; K] {
        self.x
    }

    /// f at the current iterate (finite unless [`Status::BadStart`]).
    pub fn value(&self) -> f64 {
        self.f
    }

    pub fn status(&self) -> Status {
        self.status
    }

    /// Objective evaluations so far.
    pub fn evals(&self) -> usize {
        self.evals
    }

    pub fn iterations(&self) -> usize {
        self.iter
    }

    /// Runs until the status is no longer [`Status::Running`].
    pub fn run(mut self, objective: &impl Objective<K>) -> Lbfgs<K> {
        while self.step(objective) == Status::Running {}
        self
    }

    /// The two-loop recursion (Nocedal & Wright Alg. 7.4): the search direction −H∇f.
    fn direction(&self) -> [f64; K] {
        let mut q = self.g;
        let m = self.s.len();
        let mut alpha = vec![0.0; m];
        for i in (0..m).rev() {
            alpha[i] = self.rho[i] * dot(&self.s[i], &q);
            q = axpy(&q, -alpha[i], &self.y[i]);
        }
        let gamma = match m {
            0 => 1.0,
            _ => dot(&self.s[m - 1], &self.y[m - 1]) / dot(&self.y[m - 1], &self.y[m - 1]),
        };
        let mut r: [f64; K] = std::array::from_fn(|i| gamma * q[i]);
        for ((s, y), (rho, a)) in self.s.iter().zip(&self.y).zip(self.rho.iter().zip(&alpha)) {
            let beta = rho * dot(y, &r);
            r = axpy(&r, a - beta, s);
        }
        std::array::from_fn(|i| -r[i])
    }

    /// One iteration: direction, strong-Wolfe line search, memory update, stopping test.
    pub fn step(&mut self, objective: &impl Objective<K>) -> Status {
        if self.status != Status::Running {
            return self.status;
        }
        if self.iter >= self.settings.max_iter {
            self.status = Status::MaxIter;
            return self.status;
        }
        let mut p = self.direction();
        let mut slope = dot(&p, &self.g);
        if !slope.is_finite() || slope >= 0.0 {
            // Not a descent direction (a stale memory): restart from steepest descent.
            self.s.clear();
            self.y.clear();
            self.rho.clear();
            p = std::array::from_fn(|i| -self.g[i]);
            slope = dot(&p, &self.g);
            if slope.is_nan() || slope >= 0.0 {
                self.status = Status::Converged;
                return self.status;
            }
        }
        // First iteration: a unit step along −∇f could be anything; scale it to length 1
        // (in the variables' own units), as scipy does.
        let first = if self.s.is_empty() { 1.0 / dot(&p, &p).sqrt().max(1e-300) } else { 1.0 };
        let first = first.min(1.0);
        self.iter += 1;
        match self.line_search(objective, &p, slope, first) {
            Some((t, f_new, g_new)) => {
                let x_new = axpy(&self.x, t, &p);
                let s: [f64; K] = std::array::from_fn(|i| x_new[i] - self.x[i]);
                let y: [f64; K] = std::array::from_fn(|i| g_new[i] - self.g[i]);
                let sy = dot(&s, &y);
                if sy > 1e-300 && sy.is_finite() {
                    if self.s.len() == self.settings.memory {
                        self.s.remove(0);
                        self.y.remove(0);
                        self.rho.remove(0);
                    }
                    self.s.push(s);
                    self.y.push(y);
                    self.rho.push(1.0 / sy);
                }
                let f_old = self.f;
                self.x = x_new;
                self.f = f_new;
                self.g = g_new;
                let scale = f_old.abs().max(f_new.abs()).max(f64::MIN_POSITIVE);
                if self.g.iter().all(|v| v.abs() <= self.settings.gtol) || (f_old - f_new) <= self.settings.ftol * scale
                {
                    self.status = Status::Converged;
                }
            }
            None => self.status = Status::Stalled,
        }
        self.status
    }

    /// Nocedal & Wright Alg. 3.5: a step t along `p` with f(x + tp) ≤ f + c₁t·slope and
    /// |∇f(x + tp)·p| ≤ c₂|slope|; `None` when none is found within the evaluation budget
    /// (a step that only decreases f is then still taken, if one was seen).
    fn line_search(
        &mut self,
        objective: &impl Objective<K>,
        p: &[f64; K],
        slope: f64,
        first: f64,
    ) -> Option<(f64, f64, [f64; K])> {
        let Settings { c1, c2, max_line_evals, .. } = self.settings;
        let (f0, x0) = (self.f, self.x);
        let mut evals = 0usize;
        // Best decreasing point seen (fallback when the Wolfe conditions cannot be met).
        let mut best: Option<(f64, f64, [f64; K])> = None;
        let phi = |t: f64, evals: &mut usize| -> (f64, f64, [f64; K]) {
            *evals += 1;
            let mut g = [0.0; K];
            let f = objective.value_grad(&axpy(&x0, t, p), &mut g);
            if finite(f, &g) {
                (f, dot(&g, p), g)
            } else {
                (f64::INFINITY, f64::NAN, [0.0; K])
            }
        };
        let (mut t_prev, mut f_prev, mut d_prev) = (0.0, f0, slope);
        let mut t = first;
        let mut bracket: Option<(Trial, Trial)> = None;
        while evals < max_line_evals {
            let (f, d, g) = phi(t, &mut evals);
            if f < f0 && best.as_ref().is_none_or(|b| f < b.1) {
                best = Some((t, f, g));
            }
            if f > f0 + c1 * t * slope || (evals > 1 && f >= f_prev) || !f.is_finite() {
                bracket = Some(((t_prev, f_prev, d_prev), (t, f, d)));
                break;
            }
            if d.abs() <= -c2 * slope {
                self.evals += evals;
                return Some((t, f, g));
            }
            if d >= 0.0 {
                bracket = Some(((t, f, d), (t_prev, f_prev, d_prev)));
                break;
            }
            (t_prev, f_prev, d_prev) = (t, f, d);
            t *= 2.0;
            if t > 1e10 {
                break;
            }
        }
        // Alg. 3.6 (zoom): `lo` satisfies sufficient decrease and has the lower value.
        if let Some(((mut lo, mut f_lo, mut d_lo), (mut hi, mut f_hi, mut d_hi))) = bracket {
            while evals < max_line_evals {
                let (a, b) = if lo < hi { (lo, hi) } else { (hi, lo) };
                let width = b - a;
                if width.is_nan() || width <= 0.0 || width <= 1e-16 * b.abs().max(1e-300) {
                    break;
                }
                let cubic =
                    (f_hi.is_finite() && d_hi.is_finite()).then(|| cubic_min(lo, f_lo, d_lo, hi, f_hi, d_hi)).flatten();
                let (safe_a, safe_b) = (a + 0.1 * width, b - 0.1 * width);
                let t = match cubic {
                    Some(c) if c >= safe_a && c <= safe_b => c,
                    _ => 0.5 * (a + b),
                };
                let (f, d, g) = phi(t, &mut evals);
                if f < f0 && best.as_ref().is_none_or(|b| f < b.1) {
                    best = Some((t, f, g));
                }
                if f > f0 + c1 * t * slope || f >= f_lo || !f.is_finite() {
                    (hi, f_hi, d_hi) = (t, f, d);
                } else {
                    if d.abs() <= -c2 * slope {
                        self.evals += evals;
                        return Some((t, f, g));
                    }
                    if d * (hi - lo) >= 0.0 {
                        (hi, f_hi, d_hi) = (lo, f_lo, d_lo);
                    }
                    (lo, f_lo, d_lo) = (t, f, d);
                }
            }
        }
        self.evals += evals;
        // No Wolfe point: take the best decrease seen, if any, and let the caller decide.
        best.filter(|b| b.1 < f0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Rosenbrock;
    impl Objective<2> for Rosenbrock {
        fn value_grad(&self, x: &[f64; 2], g: &mut [f64; 2]) -> f64 {
            let (a, b) = (1.0 - x[0], x[1] - x[0] * x[0]);
            g[0] = -2.0 * a - 400.0 * x[0] * b;
            g[1] = 200.0 * b;
            a * a + 100.0 * b * b
        }
    }

    #[test]
    fn minimises_rosenbrock() {
        let run = Lbfgs::new(&Rosenbrock, [-1.2, 1.0], Settings::default()).run(&Rosenbrock);
        let x = run.x();
        assert!((x[0] - 1.0).abs() < 1e-6 && (x[1] - 1.0).abs() < 1e-6, "{x:?} {:?}", run.status());
        assert!(run.iterations() < 100, "{}", run.iterations());
    }

    struct Nowhere;
    impl Objective<2> for Nowhere {
        fn value_grad(&self, x: &[f64; 2], g: &mut [f64; 2]) -> f64 {
            // Finite only on a disc: the line search must back off, never step outside.
            let r = x[0] * x[0] + x[1] * x[1];
            g[0] = 2.0 * x[0] - 1.0;
            g[1] = 2.0 * x[1];
            if r > 4.0 {
                f64::NAN
            } else {
                r - x[0]
            }
        }
    }

    #[test]
    fn never_steps_onto_nan() {
        let run = Lbfgs::new(&Nowhere, [1.9, 0.0], Settings::default()).run(&Nowhere);
        assert!(run.value().is_finite());
        assert!((run.x()[0] - 0.5).abs() < 1e-6, "{:?}", run.x());
        let bad = Lbfgs::new(&Nowhere, [3.0, 0.0], Settings::default());
        assert_eq!(bad.status(), Status::BadStart);
    }
}
