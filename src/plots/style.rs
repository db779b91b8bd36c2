//! Colours, dash patterns and sizes. The palette is Okabe & Ito (2008), safe for the common
//! colour-vision deficiencies; every law also gets its own dash pattern.

use super::chart::Dash;
use crate::laws::LawId;

/// The font families of the plots' text in the browser (the canvas, and the SVG export and its
/// text measure): Latin fonts first, the ones the page's "Superscripts" face names
/// (`style/main.css`), so superscript digits (10²⁴) come from a Latin font; a Korean page's
/// default sans-serif (NanumGothic on Linux) draws ⁴…⁹ as specks. Hangul falls through to the
/// system's sans-serif. Single quotes: it also goes into an SVG attribute.
pub const SANS_FAMILIES: &str = "'DejaVu Sans', 'Segoe UI', 'Helvetica Neue', Arial, Roboto, 'Noto Sans', sans-serif";

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for the page's HTML (the hover read-out's colour keys).
    pub fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// Each law's colour and dash pattern, the same on every plot whatever else is shown
/// (Okabe–Ito colours; the dash patterns separate the laws in greyscale too). The custom law
/// is drawn in the page's foreground colour, so it never looks like the fainter curves of
/// the primary law's budgets a decade either side.
pub fn law_style(id: LawId, theme: &Theme) -> (Rgb, Dash) {
    match id {
        LawId::Chinchilla2022 => (Rgb(0, 114, 178), Dash::Solid),
        LawId::Kaplan2020 => (Rgb(213, 94, 0), Dash::Dashed),
        LawId::Chinchilla2022A1 => (Rgb(0, 158, 115), Dash::LongDash),
        LawId::Chinchilla2022A2 => (Rgb(204, 121, 167), Dash::ShortDash),
        LawId::Epoch2024 => (Rgb(230, 159, 0), Dash::Dotted),
        LawId::Muennighoff2023 => (Rgb(86, 180, 233), Dash::DashDotDot),
        // Okabe–Ito yellow (240, 228, 66) darkened to read on the light theme too.
        LawId::DeepSeek2024 => (Rgb(170, 150, 0), Dash::DashDashDot),
        LawId::Custom => (theme.foreground, Dash::DashDot),
        // Not an Okabe–Ito colour (all eight are taken): a purple apart from each of them.
        LawId::Fit => (Rgb(148, 103, 189), Dash::LongDashDot),
    }
}

/// The viridis colour map (van der Walt and Smith, matplotlib 2015; perceptually uniform and
/// readable with the common colour-vision deficiencies) at `t` in 0…1 (clamped; NaN is 0):
/// linear between nine samples of the published table.
pub fn viridis(t: f64) -> Rgb {
    const STOPS: [(u8, u8, u8); 9] = [
        (68, 1, 84),
        (71, 44, 122),
        (59, 81, 139),
        (44, 113, 142),
        (33, 144, 141),
        (39, 173, 129),
        (92, 200, 99),
        (170, 220, 50),
        (253, 231, 37),
    ];
    let t = if t.is_nan() { 0.0 } else { t.clamp(0.0, 1.0) };
    let x = t * (STOPS.len() - 1) as f64;
    let i = (x.floor() as usize).min(STOPS.len() - 2);
    let f = x - i as f64;
    let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * f).round() as u8;
    let (a, b) = (STOPS[i], STOPS[i + 1]);
    Rgb(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

/// The colour of a filled band at `t` in 0…1 (lowest to highest values) in `theme`: viridis
/// mixed 45 % toward the page's background, so the curves, lines and labels drawn over the bands
/// keep their contrast in both themes while the order of the colours (lightness rising with `t`
/// in the light theme) stays that of viridis.
pub fn band_color(t: f64, theme: &Theme) -> Rgb {
    let (v, bg) = (viridis(t), theme.background);
    let mix = |a: u8, b: u8| (f64::from(a) * 0.55 + f64::from(b) * 0.45).round() as u8;
    Rgb(mix(v.0, bg.0), mix(v.1, bg.1), mix(v.2, bg.2))
}

/// Page colours the plots use.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    pub background: Rgb,
    pub foreground: Rgb,
    pub grid: Rgb,
    pub band: Rgb,
    pub user: Rgb,
    pub famous: Rgb,
}

impl Theme {
    pub const LIGHT: Theme = Theme {
        background: Rgb(255, 255, 255),
        foreground: Rgb(28, 28, 34),
        grid: Rgb(226, 228, 234),
        band: Rgb(238, 238, 242),
        user: Rgb(0, 0, 0),
        famous: Rgb(96, 96, 110),
    };
    pub const DARK: Theme = Theme {
        background: Rgb(22, 24, 30),
        foreground: Rgb(232, 232, 238),
        grid: Rgb(52, 56, 66),
        band: Rgb(40, 42, 52),
        user: Rgb(255, 255, 255),
        famous: Rgb(170, 170, 184),
    };
}

/// How to draw: theme plus a scale factor (device pixel ratio × presentation zoom).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Look {
    pub theme: Theme,
    pub scale: f64,
}

impl Default for Look {
    fn default() -> Self {
        Look { theme: Theme::LIGHT, scale: 1.0 }
    }
}

#[cfg(test)]
mod viridis_tests {
    use super::*;

    #[test]
    fn viridis_runs_from_dark_purple_to_yellow_and_never_fails() {
        assert_eq!(viridis(0.0), Rgb(68, 1, 84));
        assert_eq!(viridis(1.0), Rgb(253, 231, 37));
        assert_eq!(viridis(f64::NAN), viridis(0.0));
        assert_eq!(viridis(7.0), viridis(1.0));
        // Lightness rises along the map (the sum of the channels as a rough measure).
        let sum = |c: Rgb| u32::from(c.0) + u32::from(c.1) + u32::from(c.2);
        let mut last = 0;
        for k in 0..=20 {
            let s = sum(viridis(f64::from(k) / 20.0));
            assert!(s >= last, "{k}: {s} < {last}");
            last = s;
        }
    }
}
