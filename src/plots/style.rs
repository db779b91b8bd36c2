//! Colours, dash patterns and sizes. The palette is Okabe & Ito (2008), safe for the common
//! colour-vision deficiencies; every law also gets its own dash pattern.

use super::chart::Dash;
use crate::laws::LawId;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
