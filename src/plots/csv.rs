//! CSV export: the read-outs and every plotted curve point, from the same charts the page
//! draws (so the file is what you saw).
//!
//! One table with one header, `plot,series,x,y`, read-outs first: a spreadsheet opens it
//! whole, the answer is in the first rows, and one click gives one file (a second automatic
//! download is blocked or asked about by browsers). Rows:
//! * `optimum,<law> N*|D*|tokens per parameter|loss,C,value`: each shown law's compute-optimal
//!   split at the budget C;
//! * `your model,N|D,6ND,value` and `your model,<law> loss,6ND,value`: "your model";
//! * `your model|optimum,<law> gap to converged loss,C,value`: L(N, D) − L(N, ∞) of your model
//!   and of the budget's optimum (learning curves);
//! * `nd,<law> contour level,k,level`: the loss landscape's contour levels, lowest first;
//! * `n|d|c|split|nd|curves|…,<series>,x,y`: every point of every curve, with x and y as on that
//!   plot's axes (on plot ND the iso-loss lines, iso-FLOP lines, fitted-range box and each
//!   law's compute-optimal path (N*, D*)).

use super::scenes::Scene;
use crate::state::view::PlotKind;

/// The one header of [`curves_csv`].
pub const CSV_HEADER: &str = "plot,series,x,y";

/// The read-outs (beyond compute-optimal included), then every point of every curve of
/// `kinds`, under [`CSV_HEADER`].
pub fn curves_csv(scene: &Scene<'_>, kinds: &[PlotKind]) -> String {
    let mut out = format!("{CSV_HEADER}\n");
    let mut row = |plot: &str, series: &str, x: f64, y: f64| {
        out.push_str(&format!("{},{},{x:e},{y:e}\n", quote(plot), quote(series)));
    };
    let s = scene.state;
    for law in &scene.laws {
        let o = law.optimum(s.compute);
        let id = law.id();
        row("optimum", &format!("{id} N*"), o.compute, o.n);
        row("optimum", &format!("{id} D*"), o.compute, o.d);
        row("optimum", &format!("{id} tokens per parameter"), o.compute, o.tokens_per_param);
        if law.has_loss() {
            row("optimum", &format!("{id} loss"), o.compute, o.loss);
        }
    }
    let user_c = s.user_compute();
    row("your model", "N", user_c, s.n);
    row("your model", "D", user_c, s.d);
    for law in scene.laws.iter().filter(|l| l.has_loss()) {
        row("your model", &format!("{} loss", law.id()), user_c, law.loss(s.n, s.d));
    }
    // Learning curves: how far your model and the budget's optimum are above their converged
    // loss L(N, ∞) (nats).
    for law in scene.laws.iter().filter(|l| l.has_loss()) {
        let o = law.optimum(s.compute);
        row("your model", &format!("{} gap to converged loss", law.id()), user_c, law.gap_to_convergence(s.n, s.d));
        row("optimum", &format!("{} gap to converged loss", law.id()), o.compute, law.gap_to_convergence(o.n, o.d));
    }
    // The planner (x = the model's training FLOPs): the primary law's optimum and your model.
    let setup = s.plan.setup();
    let optimum = scene.laws[0].optimum(s.compute);
    for (target, n, d) in [("plan optimum", optimum.n, optimum.d), ("plan your model", s.n, s.d)] {
        let p = setup.plan(n, d);
        row(target, "chip-hours", p.compute, p.chip_hours);
        row(target, "wall-clock days", p.compute, p.wall_days);
        row(target, "cost", p.compute, p.cost);
        if let Some(e) = p.energy_mwh {
            row(target, "energy MWh", p.compute, e);
        }
        row(target, "serving chip-seconds per 1M generated tokens", p.compute, p.inference_chip_seconds);
        row(target, "batch tokens", p.compute, p.batch_tokens);
        row(target, "learning rate", p.compute, p.learning_rate);
        row(target, "steps", p.compute, p.steps);
        row(target, "critical batch tokens", p.compute, p.critical_batch);
    }
    // Beyond compute-optimal: your model's overhead (x = k_N), the inference-aware ("serving":
    // the word "inf" would read as infinity in a CSV) and the data-limited optima (x = the
    // budget), for the laws that have them.
    let beyond = scene.beyond();
    for (law, b) in scene.laws.iter().zip(&beyond.laws) {
        let id = law.id();
        if let Some(p) = law.parametric().and_then(|c| c.overhead_of(s.n, s.d)) {
            row("your model", &format!("{id} over-training overhead"), p.k_n, p.overhead);
        }
        if let Some(i) = b.inference {
            row("serving-aware optimum", &format!("{id} N"), s.compute, i.n);
            row("serving-aware optimum", &format!("{id} D"), s.compute, i.d);
            row("serving-aware optimum", &format!("{id} training + serving FLOPs"), s.compute, i.total_flops);
            row("serving-aware optimum", &format!("{id} saving"), s.compute, i.saving);
        }
        if let Some(dl) = b.limited {
            row("data-limited optimum", &format!("{id} N"), s.compute, dl.n);
            row("data-limited optimum", &format!("{id} D"), s.compute, dl.d);
            row("data-limited optimum", &format!("{id} epochs"), s.compute, dl.epochs);
            row("data-limited optimum", &format!("{id} effective data"), s.compute, dl.d_effective);
            row("data-limited optimum", &format!("{id} loss"), s.compute, dl.loss);
        }
    }
    // The loss landscape's contour levels (x = the level's number, from 1 at the lowest).
    if kinds.contains(&PlotKind::Nd) {
        for (k, level) in scene.landscape().levels.iter().enumerate() {
            row("nd", &format!("{} contour level", scene.laws[0].id()), (k + 1) as f64, *level);
        }
    }
    for &kind in kinds {
        let chart = scene.chart(kind);
        for series in &chart.series {
            for &(x, y) in &series.points {
                row(kind.as_str(), &series.name, x, y);
            }
        }
    }
    out
}

/// Quotes a CSV field when it holds a comma, quote or newline.
fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// A file name that carries the law and the budget: `scaling-chinchilla2022-5.76e23-plot-n.png`.
pub fn export_name(scene: &Scene<'_>, what: &str, extension: &str) -> String {
    format!("scaling-{}-{:e}-{what}.{extension}", scene.state.law, scene.state.compute)
}

/// Columns of a CSV line as written here (a quoted field counts as one, whatever commas it
/// holds): for checks that every row has the header's columns.
pub fn columns(line: &str) -> usize {
    let mut quoted = false;
    1 + line
        .chars()
        .filter(|c| {
            if *c == '"' {
                quoted = !quoted;
            }
            *c == ',' && !quoted
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::laws::Law;
    use crate::plots::Theme;
    use crate::state::AppState;

    #[test]
    fn csv_is_one_table_with_the_readouts_first() {
        let state = AppState { compare: vec![crate::laws::LawId::Kaplan2020], ..AppState::default() };
        let scene = Scene::new(&state, Lang::En, Theme::LIGHT);
        let csv = curves_csv(&scene, &PlotKind::ALL);
        let mut lines = csv.lines();
        assert_eq!(lines.next(), Some(CSV_HEADER));
        // Every line has the header's columns (quoted fields counted as one).
        let header_columns = columns(CSV_HEADER);
        for (i, line) in csv.lines().enumerate() {
            assert_eq!(columns(line), header_columns, "line {}: {line:?}", i + 1);
        }
        // The answer comes first: the optimum of each law, then your model, then the curves.
        let optimum = Law::builtin(crate::laws::LawId::Chinchilla2022).optimum(5.76e23);
        let first: Vec<&str> = csv.lines().skip(1).take(4).collect();
        assert_eq!(first[0], format!("optimum,chinchilla2022 N*,5.76e23,{:e}", optimum.n));
        assert!(first[3].starts_with("optimum,chinchilla2022 loss,5.76e23,"));
        assert!(csv.lines().position(|l| l.starts_with("optimum,kaplan2020 N*,")).is_some_and(|i| i < 10));
        assert!(csv.contains("\nyour model,chinchilla2022 loss,5.04e23,"));
        assert!(csv.lines().filter(|l| l.starts_with("split,chinchilla2022 N*,")).count() >= 400);
        assert!(!csv.contains("NaN") && !csv.contains("inf"));
        // Learning curves: the gap rows, computed by the laws, and the plot's curves.
        let a3 = Law::builtin(crate::laws::LawId::Chinchilla2022);
        let gap = a3.gap_to_convergence(state.n, state.d);
        assert!(csv.contains(&format!("\nyour model,chinchilla2022 gap to converged loss,5.04e23,{gap:e}\n")));
        let gap = a3.gap_to_convergence(optimum.n, optimum.d);
        assert!(csv.contains(&format!("\noptimum,chinchilla2022 gap to converged loss,5.76e23,{gap:e}\n")));
        assert!(csv.lines().any(|l| l.starts_with("curves,chinchilla2022 lower envelope,")));
        assert!(csv.lines().any(|l| l.starts_with("curves,chinchilla2022 run N=1e9,")));
        // The planner's rows (issue 21), computed by the laws layer.
        let plan = state.plan.setup().plan(optimum.n, optimum.d);
        assert!(
            csv.contains(&format!("\nplan optimum,chip-hours,{:e},{:e}\n", plan.compute, plan.chip_hours)),
            "{csv}"
        );
        assert!(csv.contains("\nplan your model,learning rate,5.04e23,"));
        assert_eq!(export_name(&scene, "plot-n", "png"), "scaling-chinchilla2022-5.76e23-plot-n.png");
        assert_eq!(quote("a,b"), "\"a,b\"");
    }

    /// Issue 16: with `inf` and `u` the beyond read-outs are rows too, computed by the laws.
    #[test]
    fn csv_has_the_beyond_readouts() {
        let state = AppState { inference: Some(2e12), unique: Some(1e11), ..AppState::default() };
        let scene = Scene::new(&state, Lang::En, Theme::LIGHT);
        let csv = curves_csv(&scene, &[PlotKind::Overhead]);
        let c = crate::laws::Coefficients::CHINCHILLA;
        let i = c.inference_optimum(5.76e23, 2e12).expect("optimum");
        assert!(csv.contains(&format!("\nserving-aware optimum,chinchilla2022 N,5.76e23,{:e}\n", i.n)), "{csv}");
        let p = c.overhead_of(280e9, 300e9).expect("overhead");
        assert!(
            csv.contains(&format!("\nyour model,chinchilla2022 over-training overhead,{:e},{:e}\n", p.k_n, p.overhead))
        );
        assert!(csv.contains("\ndata-limited optimum,chinchilla2022 epochs,5.76e23,"));
        assert!(!csv.contains("data-limited optimum,chinchilla2022-a1"), "no answer for Approach 1");
        assert!(csv.lines().any(|l| l.starts_with("overhead,chinchilla2022 over-training overhead %,")));
        assert!(!csv.contains("NaN") && !csv.contains("inf"));
    }
}
