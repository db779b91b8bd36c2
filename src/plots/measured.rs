//! A backend wrapper that measures text with a function of our choosing and delegates all
//! drawing to the wrapped backend. In the browser, plotters measures text by adding a styled
//! `<span>` to the page, which the page's CSP forbids; SVG export there wraps the SVG backend
//! with a canvas `measureText` instead.
//!
//! It also sizes text like the canvas: plotters' SVG backend writes `font-size` as the style's
//! size ÷ 1.24, while the canvas draws it at the size itself, so an SVG came out with text a
//! fifth smaller than the page's plots. `text_scale` (1.24 for SVG) undoes that.

use super::erased::TextSpec;
use plotters::prelude::DrawingBackend;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};

/// `inner`, with text sizes from `measure(text, font_size_px)`, and text drawn at
/// `text_scale` × its size.
pub struct Measured<DB, F> {
    pub inner: DB,
    pub measure: F,
    pub text_scale: f64,
}

/// What plotters' SVG backend divides a font size by when it writes `font-size`
/// (plotters-svg 0.3.7, `draw_text`): the `text_scale` that makes SVG text the canvas's size.
pub const SVG_FONT_SIZE_DIVISOR: f64 = 1.24;

/// Dashes are drawn as separate paths (the SVG export).
impl<DB, F> super::erased::Dashing for Measured<DB, F> {}

type Result<DB, T = ()> = std::result::Result<T, DrawingErrorKind<<DB as DrawingBackend>::ErrorType>>;

impl<DB: DrawingBackend, F: Fn(&str, f64) -> (u32, u32)> DrawingBackend for Measured<DB, F> {
    type ErrorType = DB::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }
    fn ensure_prepared(&mut self) -> Result<DB> {
        self.inner.ensure_prepared()
    }
    fn present(&mut self) -> Result<DB> {
        self.inner.present()
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<DB> {
        self.inner.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result<DB> {
        self.inner.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(&mut self, ul: BackendCoord, br: BackendCoord, style: &S, fill: bool) -> Result<DB> {
        self.inner.draw_rect(ul, br, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Result<DB> {
        self.inner.draw_path(path, style)
    }
    fn draw_circle<S: BackendStyle>(&mut self, c: BackendCoord, r: u32, style: &S, fill: bool) -> Result<DB> {
        self.inner.draw_circle(c, r, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<DB> {
        self.inner.fill_polygon(vert, style)
    }
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> Result<DB> {
        let spec = TextSpec::of(style);
        let scaled = TextSpec { size: spec.size * self.text_scale, ..spec };
        self.inner.draw_text(text, &scaled, pos)
    }
    fn estimate_text_size<S: BackendTextStyle>(&self, text: &str, style: &S) -> Result<DB, (u32, u32)> {
        Ok((self.measure)(text, style.size()))
    }
    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Result<DB> {
        self.inner.blit_bitmap(pos, size, src)
    }
}
