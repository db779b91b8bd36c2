//! One drawing backend type for every target: [`Erased`] wraps any plotters
//! [`DrawingBackend`] behind a trait object ([`Paint`]), so the chart drawing code
//! ([`super::draw`] and [`super::layout`]) is compiled once for `Erased`, not once per backend. The browser canvas and the SVG export then share one copy of it in the wasm
//! (issue 6, page weight). Each call costs one virtual dispatch; paths reuse one point
//! buffer.

use plotters::style::{FontDesc, FontFamily, FontStyle, FontTransform};
use plotters_backend::text_anchor::Pos;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};
use std::borrow::Cow;

/// A drawing error of the wrapped backend, as text.
#[derive(Debug)]
pub struct PaintError(pub String);

impl std::fmt::Display for PaintError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PaintError {}

type Result<T = ()> = std::result::Result<T, DrawingErrorKind<PaintError>>;

/// A colour and a line width: how a path is stroked or a shape filled (the width is ignored
/// for fills).
#[derive(Clone, Copy)]
pub struct Ink {
    pub color: BackendColor,
    pub width: u32,
}

impl BackendStyle for Ink {
    fn color(&self) -> BackendColor {
        self.color
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

impl Ink {
    fn of(style: &impl BackendStyle) -> Ink {
        Ink { color: style.color(), width: style.stroke_width() }
    }
}

/// A text style with concrete values.
#[derive(Clone)]
pub struct TextSpec {
    /// Borrowed for the generic families (no allocation per label measured or drawn).
    pub family: Cow<'static, str>,
    pub size: f64,
    pub style: FontStyle,
    pub transform: FontTransform,
    pub color: BackendColor,
    pub anchor: Pos,
}

impl TextSpec {
    pub(crate) fn of(style: &impl BackendTextStyle) -> TextSpec {
        TextSpec {
            family: match style.family() {
                FontFamily::Serif => Cow::Borrowed("serif"),
                FontFamily::SansSerif | FontFamily::Name("sans-serif") => Cow::Borrowed("sans-serif"),
                FontFamily::Monospace => Cow::Borrowed("monospace"),
                FontFamily::Name(name) => Cow::Owned(name.to_string()),
            },
            size: style.size(),
            style: style.style(),
            transform: style.transform(),
            color: style.color(),
            anchor: style.anchor(),
        }
    }
}

/// Text layout is never needed from the style itself except by backends that measure with
/// plotters' own font module (the SVG backend used natively): that is what this reports.
#[derive(Debug)]
pub struct NoFont;

impl std::fmt::Display for NoFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("no font rasteriser")
    }
}

impl std::error::Error for NoFont {}

impl BackendTextStyle for TextSpec {
    type FontError = NoFont;

    fn color(&self) -> BackendColor {
        self.color
    }
    fn size(&self) -> f64 {
        self.size
    }
    fn transform(&self) -> FontTransform {
        self.transform.clone()
    }
    fn style(&self) -> FontStyle {
        self.style
    }
    fn anchor(&self) -> Pos {
        self.anchor
    }
    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(&self.family)
    }

    fn layout_box(&self, text: &str) -> std::result::Result<((i32, i32), (i32, i32)), NoFont> {
        let font = FontDesc::new(FontFamily::Name(&self.family), self.size, self.style);
        let (w, h) = font.box_size(text).map_err(|_| NoFont)?;
        Ok(((0, 0), (w as i32, h as i32)))
    }

    fn draw<E, F: FnMut(i32, i32, BackendColor) -> std::result::Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> std::result::Result<std::result::Result<(), E>, NoFont> {
        // Pixel-by-pixel text (bitmap backends) is not used: every target draws text itself.
        Err(NoFont)
    }
}

/// The object-safe part of [`DrawingBackend`] the charts use, with concrete styles.
pub trait Paint {
    fn size(&self) -> (u32, u32);
    fn present(&mut self) -> Result;
    fn pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result;
    fn line(&mut self, from: BackendCoord, to: BackendCoord, style: &Ink) -> Result;
    fn rect(&mut self, ul: BackendCoord, br: BackendCoord, style: &Ink, fill: bool) -> Result;
    fn path(&mut self, points: &[BackendCoord], style: &Ink) -> Result;
    fn circle(&mut self, center: BackendCoord, radius: u32, style: &Ink, fill: bool) -> Result;
    fn polygon(&mut self, points: &[BackendCoord], style: &Ink) -> Result;
    fn text(&mut self, text: &str, style: &TextSpec, pos: BackendCoord) -> Result;
    fn text_size(&self, text: &str, style: &TextSpec) -> Result<(u32, u32)>;
    fn blit(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Result;
    /// See [`Dashing::set_dash`].
    fn set_dash(&mut self, pattern: &[f64]) -> bool;
    /// See [`Dashing::exact_path`].
    fn exact_path(&mut self, points: &[(f64, f64)], style: &Ink) -> bool;
    /// See [`Dashing::sprite`].
    fn sprite(&mut self, key: u64, size: (u32, u32), at: BackendCoord, draw: &mut dyn FnMut(&mut dyn Paint)) -> bool;
}

/// What a backend can draw beyond plotters' primitives, which take whole pixels and know no
/// dash style. The canvas can (see `FastCanvas`): polylines at sub-pixel positions, and dash
/// patterns stroked by the browser (`setLineDash`), one path per curve instead of one per
/// dash. The others (the SVG export) answer `false`, and the chart code rounds the points and
/// splits dashed lines into one path per dash itself.
pub trait Dashing {
    /// Strokes the paths that follow with `pattern` (drawn and skipped lengths in backend
    /// pixels; empty: solid) and returns `true`, or returns `false` when the backend cannot.
    fn set_dash(&mut self, _pattern: &[f64]) -> bool {
        false
    }
    /// Strokes the polyline `points` (backend pixels, not rounded) and returns `true`, or
    /// returns `false` when the backend takes whole pixels only.
    fn exact_path(&mut self, _points: &[(f64, f64)], _style: &Ink) -> bool {
        false
    }
    /// Copies to `at` a picture of `size` backend pixels that `draw` paints (from its own
    /// origin) the first time `key` is asked for, kept since; returns `true`, or returns
    /// `false` when the backend keeps no pictures (the caller then draws in place). The canvas
    /// keeps the legend panels this way: a dozen texts and swatches become one image copy.
    fn sprite(
        &mut self,
        _key: u64,
        _size: (u32, u32),
        _at: BackendCoord,
        _draw: &mut dyn FnMut(&mut dyn Paint),
    ) -> bool {
        false
    }
}

impl Dashing for plotters::prelude::SVGBackend<'_> {}

impl Dashing for Erased<'_> {
    fn set_dash(&mut self, pattern: &[f64]) -> bool {
        self.target.set_dash(pattern)
    }
    fn exact_path(&mut self, points: &[(f64, f64)], style: &Ink) -> bool {
        self.target.exact_path(points, style)
    }
    fn sprite(&mut self, key: u64, size: (u32, u32), at: BackendCoord, draw: &mut dyn FnMut(&mut dyn Paint)) -> bool {
        self.target.sprite(key, size, at, draw)
    }
}

/// The wrapped backend's errors, as text.
fn lift<E: std::error::Error + Send + Sync>(e: DrawingErrorKind<E>) -> DrawingErrorKind<PaintError> {
    match e {
        DrawingErrorKind::DrawingError(e) => DrawingErrorKind::DrawingError(PaintError(e.to_string())),
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    }
}

impl<DB: DrawingBackend + Dashing> Paint for DB {
    fn size(&self) -> (u32, u32) {
        self.get_size()
    }
    fn present(&mut self) -> Result {
        DrawingBackend::present(self).map_err(lift)
    }
    fn pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result {
        self.draw_pixel(point, color).map_err(lift)
    }
    fn line(&mut self, from: BackendCoord, to: BackendCoord, style: &Ink) -> Result {
        self.draw_line(from, to, style).map_err(lift)
    }
    fn rect(&mut self, ul: BackendCoord, br: BackendCoord, style: &Ink, fill: bool) -> Result {
        self.draw_rect(ul, br, style, fill).map_err(lift)
    }
    fn path(&mut self, points: &[BackendCoord], style: &Ink) -> Result {
        self.draw_path(points.iter().copied(), style).map_err(lift)
    }
    fn circle(&mut self, center: BackendCoord, radius: u32, style: &Ink, fill: bool) -> Result {
        self.draw_circle(center, radius, style, fill).map_err(lift)
    }
    fn polygon(&mut self, points: &[BackendCoord], style: &Ink) -> Result {
        self.fill_polygon(points.iter().copied(), style).map_err(lift)
    }
    fn text(&mut self, text: &str, style: &TextSpec, pos: BackendCoord) -> Result {
        self.draw_text(text, style, pos).map_err(lift)
    }
    fn text_size(&self, text: &str, style: &TextSpec) -> Result<(u32, u32)> {
        self.estimate_text_size(text, style).map_err(lift)
    }
    fn blit(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Result {
        self.blit_bitmap(pos, size, src).map_err(lift)
    }
    fn set_dash(&mut self, pattern: &[f64]) -> bool {
        Dashing::set_dash(self, pattern)
    }
    fn exact_path(&mut self, points: &[(f64, f64)], style: &Ink) -> bool {
        Dashing::exact_path(self, points, style)
    }
    fn sprite(&mut self, key: u64, size: (u32, u32), at: BackendCoord, draw: &mut dyn FnMut(&mut dyn Paint)) -> bool {
        Dashing::sprite(self, key, size, at, draw)
    }
}

/// A [`DrawingBackend`] that forwards to any [`Paint`] target.
pub struct Erased<'a> {
    target: &'a mut dyn Paint,
    /// Reused for the points of paths and polygons.
    points: Vec<BackendCoord>,
}

impl<'a> Erased<'a> {
    pub fn new(target: &'a mut dyn Paint) -> Erased<'a> {
        Erased { target, points: Vec::new() }
    }
}

impl DrawingBackend for Erased<'_> {
    type ErrorType = PaintError;

    fn get_size(&self) -> (u32, u32) {
        self.target.size()
    }
    fn ensure_prepared(&mut self) -> Result {
        Ok(())
    }
    fn present(&mut self) -> Result {
        self.target.present()
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result {
        self.target.pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result {
        self.target.line(from, to, &Ink::of(style))
    }
    fn draw_rect<S: BackendStyle>(&mut self, ul: BackendCoord, br: BackendCoord, style: &S, fill: bool) -> Result {
        self.target.rect(ul, br, &Ink::of(style), fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Result {
        self.points.clear();
        self.points.extend(path);
        self.target.path(&self.points, &Ink::of(style))
    }
    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> Result {
        self.target.circle(center, radius, &Ink::of(style), fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vert: I, style: &S) -> Result {
        self.points.clear();
        self.points.extend(vert);
        self.target.polygon(&self.points, &Ink::of(style))
    }
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> Result {
        self.target.text(text, &TextSpec::of(style), pos)
    }
    fn estimate_text_size<S: BackendTextStyle>(&self, text: &str, style: &S) -> Result<(u32, u32)> {
        self.target.text_size(text, &TextSpec::of(style))
    }
    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Result {
        self.target.blit(pos, size, src)
    }
}
