//! Contours of a sampled surface (issue 17, the loss landscape): marching squares on a regular
//! grid, traced into closed polygons of each sublevel set {f ≤ level}, closed against the grid's
//! frame, and into the iso-lines themselves.
//!
//! Filled bands are drawn with these polygons by the painter's algorithm: the frame in the
//! colour of the values above the highest level, then the sublevel polygons of each level from
//! the highest down, each in its band's colour; every point ends in the colour of the lowest
//! level at or above its value. Polygons (not a grid of rectangles) keep an SVG small and sharp
//! at any zoom.
//!
//! Pure: no web types. The grid is in whatever coordinates the caller samples in (the landscape
//! samples log₁₀ N and log₁₀ D); a value that is NaN counts as above every level.

/// A surface sampled on a regular `nu` × `nv` grid over `u` × `v`.
#[derive(Clone, Debug, PartialEq)]
pub struct Grid {
    pub u: (f64, f64),
    pub v: (f64, f64),
    pub nu: usize,
    pub nv: usize,
    /// Row by row: `values[j * nu + i]` is the value at (u_i, v_j).
    pub values: Vec<f64>,
}

/// A point of a traced boundary, named by where it comes from, so the same point computed
/// from two neighbouring cells is the same key (no floating-point matching).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Node {
    /// The grid point (i, j).
    Corner(usize, usize),
    /// The crossing on the edge from (i, j) to (i + 1, j).
    Horizontal(usize, usize),
    /// The crossing on the edge from (i, j) to (i, j + 1).
    Vertical(usize, usize),
}

/// A grid point (i, j).
type GridPoint = (usize, usize);

/// A closed polygon of a sublevel set: its vertices, and for each vertex whether the side
/// that starts there is part of the iso-line (not of the frame).
#[derive(Clone, Debug, PartialEq)]
pub struct Polygon {
    pub points: Vec<(f64, f64)>,
    pub on_line: Vec<bool>,
}

impl Polygon {
    /// Signed area (shoelace): positive for the counter-clockwise polygons this module traces.
    pub fn area(&self) -> f64 {
        let n = self.points.len();
        (0..n)
            .map(|k| {
                let (a, b) = (self.points[k], self.points[(k + 1) % n]);
                a.0 * b.1 - b.0 * a.1
            })
            .sum::<f64>()
            / 2.0
    }
}

impl Grid {
    /// Samples `f` at `nu` × `nv` points (at least 2 × 2) spanning `u` × `v`, ends included.
    pub fn sample(u: (f64, f64), v: (f64, f64), nu: usize, nv: usize, f: impl Fn(f64, f64) -> f64) -> Grid {
        let (nu, nv) = (nu.max(2), nv.max(2));
        let mut values = Vec::with_capacity(nu * nv);
        for j in 0..nv {
            for i in 0..nu {
                let (x, y) = (Grid::at(u, i, nu), Grid::at(v, j, nv));
                values.push(f(x, y));
            }
        }
        Grid { u, v, nu, nv, values }
    }

    fn at((lo, hi): (f64, f64), i: usize, n: usize) -> f64 {
        lo + (hi - lo) * i as f64 / (n - 1) as f64
    }

    fn value(&self, i: usize, j: usize) -> f64 {
        self.values[j * self.nu + i]
    }

    fn inside(&self, i: usize, j: usize, level: f64) -> bool {
        self.value(i, j) <= level
    }

    /// The least and greatest finite values.
    pub fn range(&self) -> Option<(f64, f64)> {
        let finite = self.values.iter().copied().filter(|x| x.is_finite());
        let (lo, hi) = finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), x| (lo.min(x), hi.max(x)));
        (lo <= hi).then_some((lo, hi))
    }

    /// Where along the segment from a (value `fa`) to b (value `fb`) the level is crossed,
    /// 0…1, computed from the pair in grid order so both cells sharing the edge agree.
    fn crossing(fa: f64, fb: f64, level: f64) -> f64 {
        let t = (level - fa) / (fb - fa);
        if t.is_finite() {
            t.clamp(0.0, 1.0)
        } else {
            0.5 // a NaN end: halfway
        }
    }

    fn position(&self, node: Node, level: f64) -> (f64, f64) {
        let u = |i| Grid::at(self.u, i, self.nu);
        let v = |j| Grid::at(self.v, j, self.nv);
        match node {
            Node::Corner(i, j) => (u(i), v(j)),
            Node::Horizontal(i, j) => {
                let t = Grid::crossing(self.value(i, j), self.value(i + 1, j), level);
                (u(i) + (u(i + 1) - u(i)) * t, v(j))
            }
            Node::Vertical(i, j) => {
                let t = Grid::crossing(self.value(i, j), self.value(i, j + 1), level);
                (u(i), v(j) + (v(j + 1) - v(j)) * t)
            }
        }
    }

    /// The boundary of {f ≤ level} as directed segments, the region on their left: the
    /// iso-line's pieces in each cell (`true`) and the frame's pieces inside the region.
    fn segments(&self, level: f64) -> Vec<(Node, Node, bool)> {
        let mut out = Vec::new();
        let inside = |i, j| self.inside(i, j, level);
        for j in 0..self.nv - 1 {
            for i in 0..self.nu - 1 {
                // The cell's corners counter-clockwise and the edge after each.
                let corners = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)];
                let edges = [
                    Node::Horizontal(i, j),
                    Node::Vertical(i + 1, j),
                    Node::Horizontal(i, j + 1),
                    Node::Vertical(i, j),
                ];
                let ins = corners.map(|(a, b)| inside(a, b));
                // Crossings in counter-clockwise order: (edge, leaving the region?).
                let crossings: Vec<(Node, bool)> =
                    (0..4).filter(|&k| ins[k] != ins[(k + 1) % 4]).map(|k| (edges[k], ins[k])).collect();
                match crossings.len() {
                    2 => {
                        let (out_at, in_at) = if crossings[0].1 { (0, 1) } else { (1, 0) };
                        out.push((crossings[out_at].0, crossings[in_at].0, true));
                    }
                    4 => {
                        // A saddle: the cell's centre value decides whether the inside corners
                        // connect (pair each exit with the next entry) or not (the previous).
                        let centre = corners.iter().map(|&(a, b)| self.value(a, b)).sum::<f64>() / 4.0;
                        let connected = centre <= level;
                        for k in (0..4).filter(|&k| crossings[k].1) {
                            let entry = if connected { (k + 1) % 4 } else { (k + 3) % 4 };
                            out.push((crossings[k].0, crossings[entry].0, true));
                        }
                    }
                    _ => {}
                }
            }
        }
        // The frame, counter-clockwise: bottom left to right, right upwards, top right to left,
        // left downwards; each step from one grid point to the next.
        let (nu, nv) = (self.nu, self.nv);
        let mut frame: Vec<(GridPoint, GridPoint, Node)> = Vec::new();
        frame.extend((0..nu - 1).map(|i| ((i, 0), (i + 1, 0), Node::Horizontal(i, 0))));
        frame.extend((0..nv - 1).map(|j| ((nu - 1, j), (nu - 1, j + 1), Node::Vertical(nu - 1, j))));
        frame.extend((0..nu - 1).rev().map(|i| ((i + 1, nv - 1), (i, nv - 1), Node::Horizontal(i, nv - 1))));
        frame.extend((0..nv - 1).rev().map(|j| ((0, j + 1), (0, j), Node::Vertical(0, j))));
        for (a, b, edge) in frame {
            let (ia, ib) = (inside(a.0, a.1), inside(b.0, b.1));
            let (na, nb) = (Node::Corner(a.0, a.1), Node::Corner(b.0, b.1));
            match (ia, ib) {
                (true, true) => out.push((na, nb, false)),
                (true, false) => out.push((na, edge, false)),
                (false, true) => out.push((edge, nb, false)),
                (false, false) => {}
            }
        }
        out
    }

    /// The sublevel set {f ≤ level} as closed counter-clockwise polygons (the frame's pieces
    /// included). A level above every value gives the frame; below every value, nothing.
    pub fn sublevel_polygons(&self, level: f64) -> Vec<Polygon> {
        if !level.is_finite() {
            return Vec::new();
        }
        let segments = self.segments(level);
        // Nodes index a flat table (a hash map was most of the time): each node's way out.
        let mut next: Vec<Option<(Node, bool)>> = vec![None; self.node_count()];
        for (a, b, line) in &segments {
            next[self.node_index(*a)] = Some((*b, *line));
        }
        let mut polygons = Vec::new();
        let mut seen = vec![false; self.node_count()];
        for (start, _, _) in &segments {
            if seen[self.node_index(*start)] {
                continue;
            }
            let (mut points, mut on_line) = (Vec::new(), Vec::new());
            let mut at = *start;
            // Every node has one way out; a broken chain (which a consistent field never
            // gives) ends the polygon where it breaks. Bounded by the segment count.
            for _ in 0..=segments.len() {
                let k = self.node_index(at);
                if seen[k] {
                    break;
                }
                seen[k] = true;
                let Some((to, line)) = next[k] else { break };
                // Corners in the middle of a straight frame side add no vertex.
                let straight = matches!(at, Node::Corner(..)) && !line && on_line.last() == Some(&false);
                if !straight || !self.collinear_frame(at) {
                    points.push(self.position(at, level));
                    on_line.push(line);
                }
                at = to;
            }
            if points.len() >= 3 {
                polygons.push(Polygon { points, on_line });
            }
        }
        polygons
    }

    /// How many nodes the grid has: its points, then its horizontal and vertical edges.
    fn node_count(&self) -> usize {
        let (nu, nv) = (self.nu, self.nv);
        nu * nv + (nu - 1) * nv + nu * (nv - 1)
    }

    /// A node's place in a flat table of [`Grid::node_count`] entries.
    fn node_index(&self, node: Node) -> usize {
        let (nu, nv) = (self.nu, self.nv);
        match node {
            Node::Corner(i, j) => j * nu + i,
            Node::Horizontal(i, j) => nu * nv + j * (nu - 1) + i,
            Node::Vertical(i, j) => nu * nv + (nu - 1) * nv + j * nu + i,
        }
    }

    /// Whether a grid point lies on the frame and not at one of its four corners.
    fn collinear_frame(&self, node: Node) -> bool {
        let Node::Corner(i, j) = node else { return false };
        let (edge_i, edge_j) = (i == 0 || i == self.nu - 1, j == 0 || j == self.nv - 1);
        edge_i != edge_j
    }

    /// The iso-line f = level: the polygons' sides that are not frame, as polylines.
    pub fn iso_lines(&self, level: f64) -> Vec<Vec<(f64, f64)>> {
        lines_of(&self.sublevel_polygons(level))
    }
}

/// The iso-lines of sublevel `polygons` (their sides that are not frame), as polylines: what
/// [`Grid::iso_lines`] gives, from polygons already traced.
pub fn lines_of(polygons: &[Polygon]) -> Vec<Vec<(f64, f64)>> {
    let mut lines = Vec::new();
    for p in polygons {
        let n = p.points.len();
        // Start after a frame side, so a line is not cut at the polygon's first vertex.
        let start = (0..n).find(|&k| !p.on_line[(k + n - 1) % n]).unwrap_or(0);
        let closed = p.on_line.iter().all(|&l| l);
        let mut line: Vec<(f64, f64)> = Vec::new();
        for step in 0..n {
            let k = (start + step) % n;
            if p.on_line[k] {
                if line.is_empty() {
                    line.push(p.points[k]);
                }
                line.push(p.points[(k + 1) % n]);
            } else if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
        }
        if !line.is_empty() {
            if closed && line.first() != line.last() {
                line.push(line[0]);
            }
            lines.push(line);
        }
    }
    lines
}

/// Round levels between `lo` and `hi`: multiples of 1, 2 or 5 × 10ᵏ, the step that gives
/// closest to `count` levels (at least one level when lo < hi; none for a bad range).
pub fn round_levels(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    if !(lo.is_finite() && hi.is_finite() && lo < hi) || count == 0 {
        return Vec::new();
    }
    let raw = (hi - lo) / count as f64;
    let exponent = raw.log10().floor().clamp(-300.0, 300.0) as i32;
    let decade = 10f64.powi(exponent);
    let m = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .min_by(|a, b| {
            ((hi - lo) / (a * decade) - count as f64).abs().total_cmp(&((hi - lo) / (b * decade) - count as f64).abs())
        })
        .unwrap_or(1.0);
    let step = m * decade;
    // k·m·10^e, divided by 10^−e when e < 0, so 2.4 is 24/10 and not 24 × 0.1.
    let value = |k: i64| if exponent < 0 { k as f64 * m / 10f64.powi(-exponent) } else { k as f64 * step };
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last).take(1000).map(value).filter(|x| *x > lo && *x < hi).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bowl() -> Grid {
        Grid::sample((-1.0, 1.0), (-1.0, 1.0), 81, 81, |u, v| u * u + v * v)
    }

    #[test]
    fn a_bowl_s_sublevel_set_is_a_disk_of_the_right_radius() {
        let g = bowl();
        for r in [0.2, 0.5, 0.9] {
            let polygons = g.sublevel_polygons(r * r);
            assert_eq!(polygons.len(), 1, "r {r}");
            let p = &polygons[0];
            for &(u, v) in &p.points {
                // Linear interpolation of u² + v² on a 0.025 grid: within a fraction of a cell.
                assert!(((u * u + v * v).sqrt() - r).abs() < 0.004, "r {r}: ({u}, {v})");
            }
            assert!(p.on_line.iter().all(|&l| l), "no frame side");
            let area = p.area();
            assert!(area > 0.0, "counter-clockwise");
            assert!((area - std::f64::consts::PI * r * r).abs() / (std::f64::consts::PI * r * r) < 0.01, "{area}");
            let lines = g.iso_lines(r * r);
            assert_eq!(lines.len(), 1);
            assert_eq!(lines[0].first(), lines[0].last(), "a closed circle");
        }
    }

    #[test]
    fn a_plane_s_sublevel_set_is_closed_against_the_frame() {
        // u + v ≤ 0 on [-1, 1]²: the lower-left triangle, area 2, its hypotenuse the iso-line.
        let g = Grid::sample((-1.0, 1.0), (-1.0, 1.0), 11, 11, |u, v| u + v);
        let polygons = g.sublevel_polygons(0.0);
        assert_eq!(polygons.len(), 1);
        let p = &polygons[0];
        assert!((p.area() - 2.0).abs() < 1e-9, "{}", p.area());
        for (k, &(u, v)) in p.points.iter().enumerate() {
            let on_frame = u.abs() == 1.0 || v.abs() == 1.0;
            assert!(on_frame || (u + v).abs() < 1e-12, "vertex {k}: ({u}, {v})");
        }
        let lines = g.iso_lines(0.0);
        assert_eq!(lines.len(), 1);
        for &(u, v) in &lines[0] {
            assert!((u + v).abs() < 1e-12, "({u}, {v})");
        }
        let (a, b) = (lines[0][0], *lines[0].last().unwrap());
        assert!((a.0 - b.0).abs() > 1.9 && (a.1 - b.1).abs() > 1.9, "from corner to corner: {a:?} {b:?}");
    }

    #[test]
    fn levels_nest_their_areas_grow_and_the_extremes_give_all_or_nothing() {
        let g = bowl();
        let mut last = 0.0;
        for level in [0.1, 0.3, 0.6, 0.9, 1.5, 1.9] {
            let area: f64 = g.sublevel_polygons(level).iter().map(Polygon::area).sum();
            assert!(area > last, "{level}: {area} after {last}");
            last = area;
        }
        // Above every value: the whole frame, as one polygon of four corners.
        let all = g.sublevel_polygons(3.0);
        assert_eq!(all.len(), 1);
        assert!((all[0].area() - 4.0).abs() < 1e-12);
        assert_eq!(all[0].points.len(), 4, "frame sides without their middle points");
        assert!(g.sublevel_polygons(-1.0).is_empty());
        assert!(g.sublevel_polygons(f64::NAN).is_empty());
    }

    #[test]
    fn a_saddle_gives_two_opposite_quadrants() {
        // u·v ≤ -0.01 on [-1, 1]²: the top-left and bottom-right quadrants (less the hyperbola's
        // inner part), two polygons of equal area.
        let g = Grid::sample((-1.0, 1.0), (-1.0, 1.0), 41, 41, |u, v| u * v);
        let polygons = g.sublevel_polygons(-0.01);
        assert_eq!(polygons.len(), 2);
        let exact = 1.0 - 0.01 - 0.01 * (1.0f64 / 0.01).ln(); // ∫ from 0.01 to 1 of (1 − 0.01/u) du
        for p in &polygons {
            assert!((p.area() - exact).abs() / exact < 0.01, "{} vs {exact}", p.area());
            assert!(p.points.iter().all(|&(u, v)| u * v <= 0.0));
        }
    }

    #[test]
    fn nan_values_count_as_above_every_level_and_give_no_nan_point() {
        let g = Grid::sample((0.0, 1.0), (0.0, 1.0), 21, 21, |u, v| if u > 0.5 { f64::NAN } else { u + v });
        for level in [0.2, 0.7, 5.0] {
            for p in g.sublevel_polygons(level) {
                assert!(p.points.iter().all(|(u, v)| u.is_finite() && v.is_finite()));
                assert!(p.points.iter().all(|&(u, _)| u <= 0.5 + 1e-9 + 0.05), "stays left of the NaN half");
            }
        }
    }

    #[test]
    fn chinchilla_s_landscape_has_one_band_boundary_per_level_and_stays_small() {
        use crate::laws::{Coefficients, Law, LawId};
        let law = Law::new(LawId::Chinchilla2022, Coefficients::CHINCHILLA);
        let g = Grid::sample((7.0, 13.0), (9.0, 15.0), 121, 121, |u, v| law.loss(10f64.powf(u), 10f64.powf(v)));
        let (lo, hi) = g.range().expect("finite");
        let levels = round_levels(lo, hi, 12);
        assert!(levels.len() >= 8, "{levels:?}");
        let mut vertices = 0;
        let mut last_area = 0.0;
        for &level in &levels {
            let polygons = g.sublevel_polygons(level);
            // L falls with N and with D: each sublevel set is one region in the upper right.
            assert_eq!(polygons.len(), 1, "level {level}");
            let area = polygons[0].area();
            assert!(area > last_area, "level {level}");
            last_area = area;
            for (k, &(u, v)) in polygons[0].points.iter().enumerate() {
                if polygons[0].on_line[k] {
                    let l = law.loss(10f64.powf(u), 10f64.powf(v));
                    assert!((l - level).abs() < 2e-3 * level, "level {level}: L = {l} at ({u}, {v})");
                }
            }
            vertices += polygons[0].points.len();
        }
        // A few hundred vertices a level: an SVG of the bands stays far below 300 KB.
        assert!(vertices < 20 * 121 * levels.len(), "{vertices} vertices");
    }

    #[test]
    fn round_levels_are_round_inside_and_about_as_many_as_asked() {
        assert_eq!(round_levels(1.9, 3.1, 6), vec![2.0, 2.2, 2.4, 2.6, 2.8, 3.0]);
        let l = round_levels(1.69, 4.3, 10);
        assert!(l.len() >= 8 && l.len() <= 14, "{l:?}");
        assert!(l.windows(2).all(|w| w[0] < w[1]));
        assert!(round_levels(2.0, 1.0, 5).is_empty());
        assert!(round_levels(f64::NAN, 1.0, 5).is_empty());
    }
}
