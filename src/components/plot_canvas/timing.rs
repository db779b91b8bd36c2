//! User Timing marks around each plot's first paint (the benchmark's load figure reads them).

use crate::plots::PlotKind;

/// User Timing API: `redraw plot-n` … measures, visible in DevTools' performance panel, of
/// each plot's first paint. Only the latest measure per plot is kept.
pub(super) fn mark_redraw_start(kind: PlotKind) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(timing_names(kind).0);
    }
}

pub(super) fn measure_redraw(kind: PlotKind) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let (start, name) = timing_names(kind);
        perf.clear_measures_with_measure_name(name);
        let _ = perf.measure_with_start_mark(name, start);
        perf.clear_marks_with_mark_name(start);
    }
}

/// The start mark and the measure of a plot's redraw (fixed strings: nothing to format on the
/// hot path).
fn timing_names(kind: PlotKind) -> (&'static str, &'static str) {
    match kind {
        PlotKind::N => ("plot-n:start", "redraw plot-n"),
        PlotKind::D => ("plot-d:start", "redraw plot-d"),
        PlotKind::C => ("plot-c:start", "redraw plot-c"),
        PlotKind::Split => ("plot-split:start", "redraw plot-split"),
        PlotKind::Nd => ("plot-nd:start", "redraw plot-nd"),
        PlotKind::Curves => ("plot-curves:start", "redraw plot-curves"),
        PlotKind::Overhead => ("plot-overhead:start", "redraw plot-overhead"),
        PlotKind::Emergence => ("plot-emergence:start", "redraw plot-emergence"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timing_names_follow_the_plot_ids() {
        for kind in PlotKind::ALL {
            let (start, measure) = timing_names(kind);
            assert_eq!(start, format!("plot-{}:start", kind.as_str()));
            assert_eq!(measure, format!("redraw plot-{}", kind.as_str()));
        }
    }
}
