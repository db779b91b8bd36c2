//! CSV export: every plotted curve point and the read-outs, from the same charts the page
//! draws (so the file is what you saw).

use super::scenes::Scene;
use crate::state::view::PlotKind;

/// `plot,series,x,y` rows for every point of every curve of `kinds`, then the optimum of each
/// shown law at the budget and "your model" under each law.
pub fn curves_csv(scene: &Scene<'_>, kinds: &[PlotKind]) -> String {
    let mut out = String::from("plot,series,x,y\n");
    for &kind in kinds {
        let chart = scene.chart(kind);
        for series in &chart.series {
            for &(x, y) in &series.points {
                out.push_str(&format!("{},{},{x:e},{y:e}\n", kind.as_str(), quote(&series.name)));
            }
        }
    }
    let s = scene.state;
    out.push_str("\nlaw,compute,n_opt,d_opt,tokens_per_param,loss_opt,user_n,user_d,user_loss\n");
    for law in &scene.laws {
        let o = law.optimum(s.compute);
        out.push_str(&format!(
            "{},{:e},{:e},{:e},{:e},{:e},{:e},{:e},{:e}\n",
            law.id(),
            o.compute,
            o.n,
            o.d,
            o.tokens_per_param,
            o.loss,
            s.n,
            s.d,
            law.loss(s.n, s.d)
        ));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::plots::Theme;
    use crate::state::AppState;

    #[test]
    fn csv_has_headers_every_curve_and_the_readouts() {
        let state = AppState::default();
        let scene = Scene::new(&state, Lang::En, Theme::LIGHT);
        let csv = curves_csv(&scene, &PlotKind::ALL);
        assert!(csv.starts_with("plot,series,x,y\n"));
        assert!(csv.contains("\nlaw,compute,n_opt"));
        assert!(csv.lines().filter(|l| l.starts_with("split,chinchilla2022 N*,")).count() >= 400);
        assert!(csv.contains("chinchilla2022,5.76e23,"));
        assert!(!csv.contains("NaN") && !csv.contains("inf"));
        assert_eq!(export_name(&scene, "plot-n", "png"), "scaling-chinchilla2022-5.76e23-plot-n.png");
        assert_eq!(quote("a,b"), "\"a,b\"");
    }
}
