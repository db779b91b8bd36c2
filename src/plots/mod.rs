//! Drawing. A plot is first described as a [`Chart`] (plain data: axes, curves, markers,
//! shaded bands), built from the state by [`scenes`]; then [`draw_chart`] paints any
//! [`Chart`] on any plotters `DrawingBackend` — the canvas in the browser, SVG natively and
//! for export. The app calls it through [`draw::paint_layers`] and [`erased::Erased`], so the
//! drawing code is compiled once. Nothing here knows about the DOM.

pub mod chart;
pub mod contour;
pub mod csv;
pub mod draw;
pub mod erased;
pub mod hover;
pub mod layout;
pub mod measured;
pub mod scenes;
pub mod style;
pub mod ticks;

pub use crate::state::view::PlotKind;
pub use chart::{
    Axis, AxisKind, Band, Chart, Dash, LegendEntry, LogScale, Marker, MarkerKind, MarkerShape, Series, VLine,
};
pub use draw::{draw_chart, render_svg, render_svg_measured, PlotArea};
pub use scenes::Scene;
pub use style::{Look, Rgb, Theme, SANS_FAMILIES};
