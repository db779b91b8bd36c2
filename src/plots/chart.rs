//! The plain-data description of one plot. Coordinates are raw units (parameters, tokens,
//! FLOPs, nats/token); both axes are logarithmic.

use super::style::Rgb;

/// How an axis labels its ticks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AxisKind {
    /// Counts spanning decades (N, D, C): ticks at powers of ten, labelled 10ᵏ.
    Decades,
    /// Loss in nats/token: a narrow range, ticks at round decimals (2.0, 2.5, …).
    Loss,
}

/// One logarithmic axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub lo: f64,
    pub hi: f64,
    pub kind: AxisKind,
    pub label: String,
}

/// Line dash patterns that tell laws apart without colour (greyscale projectors).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dash {
    Solid,
    Dashed,
    Dotted,
    LongDash,
    ShortDash,
}

/// A polyline in data coordinates.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// What the curve is, for CSV export: e.g. `chinchilla2022 iso-FLOP C=5.76e23`.
    pub name: String,
    pub points: Vec<(f64, f64)>,
    pub color: Rgb,
    pub dash: Dash,
    /// Stroke width in CSS pixels (scaled by the device pixel ratio when drawn).
    pub width: f64,
    /// 0..1; side curves (budgets a decade away) are drawn fainter.
    pub opacity: f64,
    /// Does not move with the compute budget (the frontier and split curves): the browser
    /// draws it into the cached static layer with the axes.
    pub fixed: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkerShape {
    /// A compute-optimal point.
    Circle,
    /// "Your model".
    Diamond,
    /// A famous model.
    Square,
}

/// A point of interest with an optional text label.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub at: (f64, f64),
    pub shape: MarkerShape,
    pub color: Rgb,
    pub label: Option<String>,
    /// Does not move with the compute budget (famous models, your model on plots C and
    /// Split): drawn, with its label, in the cached static layer. Its label is placed before
    /// the moving markers' labels, which then keep clear of it.
    pub fixed: bool,
}

/// A shaded x-interval: extrapolation beyond the primary law's fit range.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub x: (f64, f64),
}

/// A vertical rule (the compute budget) with an optional label.
#[derive(Clone, Debug, PartialEq)]
pub struct VLine {
    pub x: f64,
    pub label: Option<String>,
    /// A teaching note (dotted, label at the top) rather than the budget (dashed, label at
    /// the bottom).
    pub note: bool,
}

/// A legend row.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    pub label: String,
    pub color: Rgb,
    pub dash: Dash,
}

/// Everything one plot shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub title: String,
    pub x: Axis,
    pub y: Axis,
    pub bands: Vec<Band>,
    pub series: Vec<Series>,
    pub vlines: Vec<VLine>,
    pub markers: Vec<Marker>,
    pub legend: Vec<LegendEntry>,
    /// Label for the shaded bands in the legend (empty: no band entry).
    pub band_label: String,
}

impl Chart {
    /// Maps a point in pixel space of a `width`×`height` plot area back to data coordinates:
    /// used for the hover crosshair and clicks. `px`, `py` are relative to the plot area.
    pub fn data_at(&self, px: f64, py: f64, width: f64, height: f64) -> Option<(f64, f64)> {
        if width <= 0.0 || height <= 0.0 {
            return None;
        }
        let fx = (px / width).clamp(0.0, 1.0);
        let fy = 1.0 - (py / height).clamp(0.0, 1.0);
        let lerp = |lo: f64, hi: f64, f: f64| (lo.ln() + (hi.ln() - lo.ln()) * f).exp();
        let x = lerp(self.x.lo, self.x.hi, fx);
        let y = lerp(self.y.lo, self.y.hi, fy);
        (x.is_finite() && y.is_finite()).then_some((x, y))
    }
}
