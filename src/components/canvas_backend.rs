//! A faster canvas backend for plotters: wraps plotters-canvas's `CanvasBackend` and draws the
//! hot primitives itself, with the canvas state cached between calls (stroke and fill colour,
//! line width, font, text alignment are only sent to the browser when they change).
//!
//! Text is measured with the canvas's `measureText`, not with plotters' web font module: that
//! one adds a `<span style=…>` to the page for every measurement, which forces a layout per
//! label and breaks under the page's Content-Security-Policy (`style-src 'self'`).

use crate::cache::Lru;
use crate::plots::erased::{Dashing, Ink, Paint};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontTransform,
};
use plotters_canvas::CanvasBackend;
use std::cell::RefCell;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

type Result<T = ()> = std::result::Result<T, DrawingErrorKind<CanvasError>>;

// The canvas calls that take text, with the text as a JS value. A Rust `&str` crosses into
// JavaScript through a `TextDecoder` on every call, the dearest part of sending a colour, a
// font or a label; the values the canvas gets again and again are kept as JS strings instead
// ([`COLORS`], [`FONTS`], [`TEXTS`]).
#[wasm_bindgen]
extern "C" {
    /// `CanvasRenderingContext2D`, seen through these calls only ([`FastCanvas::js`]).
    type Context2d;
    #[wasm_bindgen(method, setter = strokeStyle)]
    fn set_stroke_value(this: &Context2d, value: &JsValue);
    #[wasm_bindgen(method, setter = fillStyle)]
    fn set_fill_value(this: &Context2d, value: &JsValue);
    #[wasm_bindgen(method, setter = font)]
    fn set_font_value(this: &Context2d, value: &JsValue);
    #[wasm_bindgen(method, catch, js_name = fillText)]
    fn fill_text_value(this: &Context2d, text: &JsValue, x: f64, y: f64) -> std::result::Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = measureText)]
    fn measure_text_value(this: &Context2d, text: &JsValue) -> std::result::Result<web_sys::TextMetrics, JsValue>;
}

/// A drawing error from the canvas (a rejected call), as text.
#[derive(Debug)]
pub struct CanvasError(String);

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "canvas error: {}", self.0)
    }
}

impl std::error::Error for CanvasError {}

/// Errors of the wrapped plotters-canvas backend, carried over.
fn from_inner(e: DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>) -> DrawingErrorKind<CanvasError> {
    match e {
        DrawingErrorKind::DrawingError(e) => DrawingErrorKind::DrawingError(CanvasError(e.to_string())),
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    }
}

/// A colour as a comparable key.
type Rgba = ((u8, u8, u8), f64);

fn key(c: BackendColor) -> Rgba {
    (c.rgb, c.alpha)
}

/// The canvas state last sent, so unchanged values are not sent again.
#[derive(Default)]
struct Cache {
    stroke: Option<Rgba>,
    fill: Option<Rgba>,
    width: Option<u32>,
    align: &'static str,
    baseline: &'static str,
    /// The line dash sent (empty: solid, the canvas's initial state).
    dash: Vec<f64>,
}

pub struct FastCanvas {
    /// plotters-canvas's backend, for the rare calls drawn by it (pixels, bitmaps); made on
    /// first use (it looks the context up again).
    inner: Option<CanvasBackend>,
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
    cache: Cache,
    /// The font last sent (a `RefCell`: text is measured through `&self`). Setting a canvas
    /// font makes the browser parse it as CSS, one of the costliest calls of a repaint.
    font: RefCell<FontKey>,
    /// Strokes are batched: consecutive lines and paths of the same style become sub-paths of
    /// one canvas path, stroked once (a dashed curve is dozens of short paths in plotters).
    open_path: Option<(Rgba, u32)>,
}

impl FastCanvas {
    pub fn new(canvas: HtmlCanvasElement) -> Option<FastCanvas> {
        let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(FastCanvas::with_context(canvas, ctx))
    }

    /// On `canvas`, whose 2D context the caller already has.
    pub fn with_context(canvas: HtmlCanvasElement, ctx: CanvasRenderingContext2d) -> FastCanvas {
        FastCanvas { inner: None, canvas, ctx, cache: Cache::default(), font: RefCell::default(), open_path: None }
    }

    /// plotters-canvas's backend on the same canvas.
    fn inner(&mut self) -> Result<&mut CanvasBackend> {
        if self.inner.is_none() {
            self.inner = CanvasBackend::with_canvas_object(self.canvas.clone());
        }
        self.inner.as_mut().ok_or_else(|| DrawingErrorKind::DrawingError(CanvasError("no 2D context".to_string())))
    }

    /// The context, for the calls that take JS strings.
    fn js(&self) -> &Context2d {
        self.ctx.unchecked_ref()
    }

    /// Strokes the pending batch, if any.
    fn flush(&mut self) {
        if self.open_path.take().is_some() {
            self.ctx.stroke();
        }
    }

    /// Continues the pending batch if it has this style, else strokes it and starts another.
    fn batch(&mut self, style: &impl BackendStyle) {
        let id = (key(style.color()), style.stroke_width());
        if self.open_path != Some(id) {
            self.flush();
            self.stroke_style(style);
            self.ctx.begin_path();
            self.open_path = Some(id);
        }
    }

    fn stroke_style(&mut self, style: &impl BackendStyle) {
        let color = style.color();
        if self.cache.stroke != Some(key(color)) {
            self.js().set_stroke_value(&css(color));
            self.cache.stroke = Some(key(color));
        }
        let width = style.stroke_width();
        if self.cache.width != Some(width) {
            self.ctx.set_line_width(f64::from(width));
            self.cache.width = Some(width);
        }
    }

    fn fill_style(&mut self, color: BackendColor) {
        if self.cache.fill != Some(key(color)) {
            self.js().set_fill_value(&css(color));
            self.cache.fill = Some(key(color));
        }
    }

    /// Sends the style's font to the canvas unless it is the one already set (compared by
    /// value: formatting the CSS font text costs more than the comparison).
    fn font(&self, style: &impl BackendTextStyle) {
        let mut current = self.font.borrow_mut();
        if !current.is(style) {
            let font = FontKey::of(style);
            let value = FONTS.with(|fonts| {
                let mut fonts = fonts.borrow_mut();
                if let Some(value) = fonts.get(&font) {
                    return value.clone();
                }
                let value = JsValue::from_str(&css_font(style));
                fonts.insert(font.clone(), value.clone());
                value
            });
            self.js().set_font_value(&value);
            *current = font;
        }
    }

    /// Forgets the canvas state sent (after `restore()` brought back an older one).
    fn forget_state(&mut self) {
        self.cache = Cache::default();
        *self.font.borrow_mut() = FontKey::default();
    }
}

/// A canvas that is not in the page, `w`×`h` pixels (cached layers and pictures).
pub fn offscreen(w: u32, h: u32) -> Option<HtmlCanvasElement> {
    let el = web_sys::window()?.document()?.create_element("canvas").ok()?;
    let canvas: HtmlCanvasElement = el.dyn_into().ok()?;
    canvas.set_width(w);
    canvas.set_height(h);
    Some(canvas)
}

impl Dashing for FastCanvas {
    /// Pictures are offscreen canvases, kept in [`SPRITES`] by key.
    fn sprite(&mut self, key: u64, size: (u32, u32), at: BackendCoord, draw: &mut dyn FnMut(&mut dyn Paint)) -> bool {
        let known = SPRITES.with(|sprites| sprites.borrow_mut().get(&key).cloned());
        let sprite = match known {
            Some(sprite) => sprite,
            None => {
                let Some(sprite) = offscreen(size.0, size.1) else { return false };
                let Some(mut target) = FastCanvas::new(sprite.clone()) else { return false };
                draw(&mut target);
                target.flush();
                SPRITES.with(|sprites| sprites.borrow_mut().insert(key, sprite.clone()));
                sprite
            }
        };
        self.flush();
        self.ctx.draw_image_with_html_canvas_element(&sprite, f64::from(at.0), f64::from(at.1)).is_ok()
    }

    /// The canvas dashes the paths itself (`setLineDash`); the pending batch is stroked first
    /// when the pattern changes.
    fn set_dash(&mut self, pattern: &[f64]) -> bool {
        if self.cache.dash != pattern {
            self.flush();
            let array = js_sys::Array::new();
            for &length in pattern {
                array.push(&JsValue::from_f64(length));
            }
            self.ctx.set_line_dash(&array).is_ok_and(|()| {
                self.cache.dash = pattern.to_vec();
                true
            })
        } else {
            true
        }
    }

    /// Sub-pixel polylines: the canvas anti-aliases the exact curve (whole pixels would bend
    /// it at every vertex of a simplified curve).
    fn exact_path(&mut self, points: &[(f64, f64)], style: &Ink) -> bool {
        if style.color.alpha == 0.0 {
            return true;
        }
        let Some(&(x, y)) = points.first() else { return true };
        self.batch(style);
        self.ctx.move_to(x, y);
        for &(x, y) in &points[1..] {
            self.ctx.line_to(x, y);
        }
        true
    }
}

fn css_font(style: &impl BackendTextStyle) -> String {
    let family = style.family();
    let family = match family.as_str() {
        "sans-serif" => crate::plots::SANS_FAMILIES,
        other => other,
    };
    format!("{} {}px {}", style.style().as_str(), style.size(), family)
}

/// A font by value: size (bits of the f64), style (its CSS keyword), family.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
struct FontKey(u64, String, String);

impl FontKey {
    fn of(style: &impl BackendTextStyle) -> FontKey {
        FontKey(style.size().to_bits(), style.style().as_str().to_string(), style.family().as_str().to_string())
    }

    fn is(&self, style: &impl BackendTextStyle) -> bool {
        self.0 == style.size().to_bits() && self.1 == style.style().as_str() && self.2 == style.family().as_str()
    }
}

/// A label: its text as a JS string, and its widths measured so far, by font.
struct Text {
    js: JsValue,
    widths: Vec<(FontKey, f64)>,
}

thread_local! {
    /// Texts drawn or measured so far. Tick labels, legend rows and captions repeat from one
    /// repaint to the next, so most measurements and texts sent are lookups (no allocation
    /// and no decoding on a hit). Labels such as "5.16B" take a new text at almost every
    /// budget, so the cache keeps only the [`TEXTS_MAX`] most recently used texts (issue 23).
    static TEXTS: RefCell<Lru<String, Text>> = RefCell::new(Lru::new(TEXTS_MAX));
    /// Colours as CSS strings in JS, by value: a few dozen (theme, laws, contour bands).
    static COLORS: RefCell<Lru<(u8, u8, u8, u32), JsValue>> = RefCell::new(Lru::new(COLORS_MAX));
    /// Fonts as CSS strings in JS: a handful of sizes × zoom levels.
    static FONTS: RefCell<Lru<FontKey, JsValue>> = RefCell::new(Lru::new(FONTS_MAX));
    /// Pictures drawn once and copied since ([`Dashing::sprite`]): the legend panels of the
    /// plots shown, in a theme or two, at a zoom or two.
    static SPRITES: RefCell<Lru<u64, HtmlCanvasElement>> = RefCell::new(Lru::new(SPRITES_MAX));
}

/// Texts kept in [`TEXTS`]: one repaint of 8 plots measures about 150 distinct texts (ticks,
/// legends, labels, notes), a few of which change per step; 512 keeps every stable one with
/// room to spare, in about 60 KB.
const TEXTS_MAX: usize = 512;
/// Colours kept in [`COLORS`]: the themes' inks, each law's colour at a few opacities and the
/// landscape's bands fit in a few hundred.
const COLORS_MAX: usize = 256;
const FONTS_MAX: usize = 32;
/// Pictures kept in [`SPRITES`]: 8 plots × a few variants; a legend panel is about 250×150
/// pixels (150 KB) at dpr 1.
const SPRITES_MAX: usize = 24;

/// `text` as a JS string, from [`TEXTS`] when it is there (and then kept there).
fn js_text(text: &str) -> JsValue {
    TEXTS.with(|texts| {
        let mut texts = texts.borrow_mut();
        if let Some(known) = texts.get(text) {
            return known.js.clone();
        }
        let js = JsValue::from_str(text);
        texts.insert(text.to_string(), Text { js: js.clone(), widths: Vec::new() });
        js
    })
}

/// The CSS colour of `color` as a JS string, from [`COLORS`].
fn css(color: BackendColor) -> JsValue {
    let (r, g, b) = color.rgb;
    let milli = (color.alpha.clamp(0.0, 1.0) * 1000.0).round() as u32;
    COLORS.with(|colors| {
        let mut colors = colors.borrow_mut();
        if let Some(value) = colors.get(&(r, g, b, milli)) {
            return value.clone();
        }
        // Integers only: formatting a float is the costly part of building this string.
        let text = if milli >= 1000 { format!("rgb({r},{g},{b})") } else { format!("rgba({r},{g},{b},0.{milli:03})") };
        let value = JsValue::from_str(&text);
        colors.insert((r, g, b, milli), value.clone());
        value
    })
}

fn js_error(e: JsValue) -> DrawingErrorKind<CanvasError> {
    // The thrown value's text if it is a string (no `Debug` formatting in the wasm).
    DrawingErrorKind::DrawingError(CanvasError(e.as_string().unwrap_or_else(|| "canvas call failed".to_string())))
}

impl DrawingBackend for FastCanvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Result {
        Ok(())
    }

    fn present(&mut self) -> Result {
        self.flush();
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result {
        self.flush();
        self.cache.fill = None;
        self.inner()?.draw_pixel(point, color).map_err(from_inner)
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.batch(style);
        // Half-pixel offsets keep horizontal and vertical hairlines crisp.
        let (mut a, mut b) = ((f64::from(from.0), f64::from(from.1)), (f64::from(to.0), f64::from(to.1)));
        if from.0 == to.0 {
            a.0 -= 0.5;
            b.0 -= 0.5;
        }
        if from.1 == to.1 {
            a.1 -= 0.5;
            b.1 -= 0.5;
        }
        self.ctx.move_to(a.0, a.1);
        self.ctx.line_to(b.0, b.1);
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(&mut self, ul: BackendCoord, br: BackendCoord, style: &S, fill: bool) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.flush();
        let (x, y) = (f64::from(ul.0), f64::from(ul.1));
        let (w, h) = (f64::from(br.0 - ul.0), f64::from(br.1 - ul.1));
        if fill {
            self.fill_style(style.color());
            self.ctx.fill_rect(x, y, w, h);
        } else {
            self.stroke_style(style);
            self.ctx.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let mut points = path.into_iter();
        let Some(first) = points.next() else { return Ok(()) };
        self.batch(style);
        self.ctx.move_to(f64::from(first.0), f64::from(first.1));
        for p in points {
            self.ctx.line_to(f64::from(p.0), f64::from(p.1));
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vert: I, style: &S) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let mut points = vert.into_iter();
        let Some(first) = points.next() else { return Ok(()) };
        self.flush();
        self.fill_style(style.color());
        self.ctx.begin_path();
        self.ctx.move_to(f64::from(first.0), f64::from(first.1));
        for p in points {
            self.ctx.line_to(f64::from(p.0), f64::from(p.1));
        }
        self.ctx.close_path();
        self.ctx.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.flush();
        if fill {
            self.fill_style(style.color());
        } else {
            self.stroke_style(style);
        }
        self.ctx.begin_path();
        self.ctx
            .arc(f64::from(center.0), f64::from(center.1), f64::from(radius), 0.0, std::f64::consts::TAU)
            .map_err(js_error)?;
        if fill {
            self.ctx.fill();
        } else {
            self.ctx.stroke();
        }
        Ok(())
    }

    fn estimate_text_size<S: BackendTextStyle>(&self, text: &str, style: &S) -> Result<(u32, u32)> {
        let known = TEXTS.with(|texts| {
            let mut texts = texts.borrow_mut();
            texts.get(text).and_then(|t| t.widths.iter().find(|(f, _)| f.is(style)).map(|(_, width)| *width))
        });
        let width = match known {
            Some(width) => width,
            None => {
                self.font(style);
                let js = js_text(text);
                let width = self.js().measure_text_value(&js).map(|m| m.width()).unwrap_or(0.0);
                TEXTS.with(|texts| {
                    // Another font for a known text: at most a few (sizes × zoom levels).
                    if let Some(t) = texts.borrow_mut().get(text) {
                        t.widths.push((FontKey::of(style), width));
                    }
                });
                width
            }
        };
        Ok((width.ceil().max(0.0) as u32, style.size().ceil().max(0.0) as u32))
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> Result {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.flush();
        let degree = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 90.0,
            FontTransform::Rotate180 => 180.0,
            FontTransform::Rotate270 => 270.0,
        };
        let (mut x, mut y) = (f64::from(pos.0), f64::from(pos.1));
        if degree != 0.0 {
            self.ctx.save();
            self.ctx.translate(x, y).map_err(js_error)?;
            self.ctx.rotate(degree / 180.0 * std::f64::consts::PI).map_err(js_error)?;
            x = 0.0;
            y = 0.0;
        }
        let baseline = match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if self.cache.baseline != baseline {
            self.ctx.set_text_baseline(baseline);
            self.cache.baseline = baseline;
        }
        let align = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        if self.cache.align != align {
            self.ctx.set_text_align(align);
            self.cache.align = align;
        }
        self.fill_style(color);
        self.font(style);
        self.js().fill_text_value(&js_text(text), x, y).map_err(js_error)?;
        if degree != 0.0 {
            self.ctx.restore();
            // restore() brings back the state saved before the rotation: forget the cache.
            self.forget_state();
        }
        Ok(())
    }

    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Result {
        self.flush();
        self.forget_state();
        self.inner()?.blit_bitmap(pos, size, src).map_err(from_inner)
    }
}
