//! The plain-data description of one plot. Coordinates are raw units (parameters, tokens,
//! FLOPs, nats/token, accuracy); axes are logarithmic, except an [`AxisKind::Linear`] one (the
//! emergence plot's accuracy, the way benchmark plots show it).

use super::style::Rgb;
use crate::laws::LawId;

/// An axis from `lo` to `hi` laid over `pixels`: value → pixel offset from the `lo` end, and
/// back. Logarithmic, or linear for an [`AxisKind::Linear`] axis. The one axis mapping of the
/// drawing code and the pointer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LogScale {
    /// `ln lo` (logarithmic) or `lo` (linear).
    lo: f64,
    /// Pixels per unit of `ln v` (or of `v`).
    per: f64,
    linear: bool,
}

impl LogScale {
    /// A logarithmic mapping.
    pub fn new(lo: f64, hi: f64, pixels: f64) -> LogScale {
        let ln_lo = lo.ln();
        LogScale { lo: ln_lo, per: pixels / (hi.ln() - ln_lo), linear: false }
    }

    /// A linear mapping.
    pub fn linear(lo: f64, hi: f64, pixels: f64) -> LogScale {
        LogScale { lo, per: pixels / (hi - lo), linear: true }
    }

    /// The mapping of `axis` over `pixels`.
    pub fn of(axis: &Axis, pixels: f64) -> LogScale {
        match axis.kind {
            AxisKind::Linear => LogScale::linear(axis.lo, axis.hi, pixels),
            _ => LogScale::new(axis.lo, axis.hi, pixels),
        }
    }

    /// Pixels from the `lo` end to `v`.
    pub fn to_px(&self, v: f64) -> f64 {
        if self.linear {
            (v - self.lo) * self.per
        } else {
            (v.ln() - self.lo) * self.per
        }
    }

    /// The value `px` pixels from the `lo` end.
    pub fn from_px(&self, px: f64) -> f64 {
        if self.linear {
            self.lo + px / self.per
        } else {
            (self.lo + px / self.per).exp()
        }
    }
}

/// How an axis labels its ticks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AxisKind {
    /// Counts spanning decades (N, D, C): ticks at powers of ten, labelled 10ᵏ.
    Decades,
    /// Loss in nats/token: a narrow range, ticks at round decimals (2.0, 2.5, …).
    Loss,
    /// A linear axis (accuracy 0…1), ticks at round decimals.
    Linear,
}

/// One axis (logarithmic unless its kind is [`AxisKind::Linear`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub lo: f64,
    pub hi: f64,
    pub kind: AxisKind,
    pub label: String,
}

/// Line dash patterns that tell laws apart without colour (greyscale projectors).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dash {
    Solid,
    Dashed,
    Dotted,
    LongDash,
    ShortDash,
    DashDot,
    DashDotDot,
    /// Two long dashes and a dot (DeepSeek's law).
    DashDashDot,
    /// A long dash and a dot (the law fitted to the user's runs, issue 20).
    LongDashDot,
}

/// A polyline in data coordinates.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// What the curve is, for CSV export: e.g. `chinchilla2022 iso-FLOP C=5.76e23`.
    pub name: String,
    pub points: Vec<(f64, f64)>,
    pub color: Rgb,
    pub dash: Dash,
    /// Ink width in CSS pixels (scaled by the device pixel ratio when drawn).
    pub width: f64,
    /// 0..1; side curves (budgets a decade away) are drawn fainter.
    pub opacity: f64,
    /// Does not move with the compute budget (the frontier and split curves): the browser
    /// draws it into the cached static layer with the axes.
    pub fixed: bool,
}

/// What a marker stands for: the hover read-out names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkerKind {
    /// The compute-optimal point of a law (on plot Split: its N* or, with `d`, its D*).
    Optimum { law: LawId, d: bool },
    /// "Your model" (on plot Split: its N or, with `d`, its D).
    User { d: bool },
    /// A famous model of the catalogue, by id.
    Famous(&'static str),
    /// The cheapest model over training and inference for the budget's loss (Sardana et al.
    /// 2024).
    Inference { law: LawId },
    /// Where the learning curve of size N = 10^(h/2) touches the lower envelope (plot Curves).
    Tangency { half_decade: i8 },
    /// The optimum under the unique-data limit (Muennighoff et al. 2023); on plot Split its
    /// N or, with `d`, its D.
    DataLimited { law: LawId, d: bool },
    /// One of the runs the fit section fitted (issue 20), by its index there.
    Run(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkerShape {
    /// A compute-optimal point.
    Circle,
    /// "Your model".
    Diamond,
    /// A famous model.
    Square,
    /// An optimum beyond compute-optimal (inference-aware, data-limited).
    Triangle,
    /// A run of your own (the fit section's data), small and coloured by its loss.
    Dot,
}

/// A point of interest with an optional text label.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub at: (f64, f64),
    pub what: MarkerKind,
    pub shape: MarkerShape,
    pub color: Rgb,
    pub label: Option<String>,
    /// Does not move with the compute budget (famous models, your model on plots C and
    /// Split): drawn, with its label, in the cached static layer. Its label is placed before
    /// the moving markers' labels, which then keep clear of it.
    pub fixed: bool,
}

/// A shaded x-interval: extrapolation beyond the primary law's fit range (on the overhead
/// plot: the sizes that cannot reach the loss; `Chart::band_label` says which).
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
    /// The label in a compact legend (a small plot).
    pub short: String,
    pub color: Rgb,
    pub dash: Dash,
    /// Line width in CSS pixels, as the curve it stands for.
    pub width: f64,
    /// 0..1, as the curve it stands for.
    pub opacity: f64,
}

/// A filled polygon in data coordinates (a band of the loss landscape's contour map), drawn
/// in the static layer under everything but the background.
#[derive(Clone, Debug, PartialEq)]
pub struct Fill {
    pub points: Vec<(f64, f64)>,
    pub color: Rgb,
}

/// The colour scale of filled bands, drawn right of the plotting area: `colors[i]` is the
/// colour of values up to `levels[i]` (above the one before), the last one of values above
/// every level.
#[derive(Clone, Debug, PartialEq)]
pub struct ColorBar {
    pub levels: Vec<f64>,
    pub colors: Vec<Rgb>,
    /// `labels[i]` is written at the boundary `levels[i]`.
    pub labels: Vec<String>,
}

/// A text written on a line of the plot (an iso-loss level, an iso-FLOP decade): the layout
/// tries its candidate spots in order and takes the first where it is inside the plotting
/// area and clear of the other tags; with none free it is left out. Static layer.
#[derive(Clone, Debug, PartialEq)]
pub struct Tag {
    pub text: String,
    /// Candidate centres in data coordinates, best first.
    pub spots: Vec<(f64, f64)>,
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
    /// The band's label in a compact legend.
    pub band_short: String,
    /// Filled polygons under the curves, painted in order (the loss landscape's contour bands).
    pub fills: Vec<Fill>,
    /// The colour scale of `fills`, if they have one.
    pub colorbar: Option<ColorBar>,
    /// Texts written on lines (contour levels, iso-FLOP decades).
    pub tags: Vec<Tag>,
}

impl Chart {
    /// Maps a point in pixel space of a `width`×`height` plot area back to data coordinates:
    /// used for the hover crosshair and clicks. `px`, `py` are relative to the plot area.
    pub fn data_at(&self, px: f64, py: f64, width: f64, height: f64) -> Option<(f64, f64)> {
        if width <= 0.0 || height <= 0.0 {
            return None;
        }
        let (sx, sy) = self.scales(width, height);
        let x = sx.from_px(px.clamp(0.0, width));
        let y = sy.from_px(height - py.clamp(0.0, height));
        (x.is_finite() && y.is_finite()).then_some((x, y))
    }

    /// The x and y scales of a `width`×`height` plot area (y counted upwards).
    pub fn scales(&self, width: f64, height: f64) -> (LogScale, LogScale) {
        (LogScale::of(&self.x, width), LogScale::of(&self.y, height))
    }

    /// The marker nearest to (`px`, `py`) (pixels in a `width`×`height` plot area, y down),
    /// if it lies within `radius` pixels: what the pointer is on. Later markers are drawn on
    /// top, so they win a tie.
    pub fn marker_at(&self, px: f64, py: f64, width: f64, height: f64, radius: f64) -> Option<&Marker> {
        let (sx, sy) = self.scales(width, height);
        let mut best: Option<(&Marker, f64)> = None;
        for m in &self.markers {
            let dx = sx.to_px(m.at.0) - px;
            let dy = height - sy.to_px(m.at.1) - py;
            let dist = dx.hypot(dy);
            if dist <= radius && best.is_none_or(|(_, b)| dist <= b) {
                best = Some((m, dist));
            }
        }
        best.map(|(m, _)| m)
    }
}
