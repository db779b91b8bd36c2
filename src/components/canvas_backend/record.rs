//! A [`Surface`] that writes the canvas calls down instead of making them: a list of numbers
//! (operation codes and their arguments) and the strings they name, which the plot worker
//! (`plot-worker.js`, see `components::plot_worker`) replays on a canvas handed over to it.
//! The page's main thread then neither draws nor rasterises the plots; it only computes them.
//!
//! Text is measured here, on a canvas of the page's own (the worker's canvas has the same
//! fonts: the system's, nothing is downloaded).

use super::{Surface, SPRITES_MAX};
use crate::cache::Lru;
use crate::plots::erased::Paint;
use plotters_backend::{BackendCoord, DrawingErrorKind};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// The operation codes, shared with `plot-worker.js` (its table `OP`; a native test checks
/// that both say the same). Arguments follow each code; `s` is an index into the strings.
pub mod op {
    /// `strokeStyle = s`
    pub const STROKE_STYLE: f64 = 1.0;
    /// `fillStyle = s`
    pub const FILL_STYLE: f64 = 2.0;
    /// `lineWidth = w`
    pub const LINE_WIDTH: f64 = 3.0;
    /// `font = s`
    pub const FONT: f64 = 4.0;
    /// `textBaseline = ["top", "middle", "bottom"][i]`
    pub const BASELINE: f64 = 5.0;
    /// `textAlign = ["start", "end", "center"][i]`
    pub const ALIGN: f64 = 6.0;
    /// `setLineDash(n lengths)`: n, then the lengths
    pub const DASH: f64 = 7.0;
    pub const BEGIN_PATH: f64 = 8.0;
    /// x, y
    pub const MOVE_TO: f64 = 9.0;
    /// x, y
    pub const LINE_TO: f64 = 10.0;
    pub const CLOSE_PATH: f64 = 11.0;
    pub const STROKE: f64 = 12.0;
    pub const FILL: f64 = 13.0;
    /// x, y, w, h
    pub const FILL_RECT: f64 = 14.0;
    /// x, y, w, h
    pub const STROKE_RECT: f64 = 15.0;
    /// x, y, r: a full circle path
    pub const CIRCLE: f64 = 16.0;
    pub const SAVE: f64 = 17.0;
    pub const RESTORE: f64 = 18.0;
    /// x, y
    pub const TRANSLATE: f64 = 19.0;
    /// angle (radians)
    pub const ROTATE: f64 = 20.0;
    /// s, x, y: `fillText`
    pub const TEXT: f64 = 21.0;
    /// id, w, h: the calls up to [`SPRITE_END`] draw picture `id` (kept by the worker)
    pub const SPRITE_BEGIN: f64 = 22.0;
    pub const SPRITE_END: f64 = 23.0;
    /// id, x, y: copies picture `id`
    pub const SPRITE: f64 = 24.0;
    /// id: picture `id` is no longer needed
    pub const SPRITE_DROP: f64 = 25.0;
}

/// What a recording holds: the calls, their strings, and where the static layer ends.
#[derive(Default)]
pub struct Recording {
    pub ops: Vec<f64>,
    pub strings: Vec<JsValue>,
    /// The length of `ops` at the end of the static layer, when both layers were drawn.
    pub split: Option<usize>,
}

impl Recording {
    fn string(&mut self, value: &JsValue) -> f64 {
        self.strings.push(value.clone());
        (self.strings.len() - 1) as f64
    }
}

/// Records a canvas of `size` pixels; the pictures it defines go into the same recording.
pub struct Recorder {
    out: Rc<RefCell<Recording>>,
    size: (u32, u32),
    /// The font last set on this canvas (text is measured in it).
    font: RefCell<Option<JsValue>>,
}

impl Recorder {
    pub fn new(size: (u32, u32)) -> Recorder {
        Recorder { out: Rc::default(), size, font: RefCell::default() }
    }

    /// The recording, once drawing is over.
    pub fn into_recording(self) -> Recording {
        Rc::try_unwrap(self.out).map(RefCell::into_inner).unwrap_or_else(|out| std::mem::take(&mut *out.borrow_mut()))
    }

    fn push(&self, values: &[f64]) {
        self.out.borrow_mut().ops.extend_from_slice(values);
    }

    fn with_string(&self, code: f64, value: &JsValue, rest: &[f64]) {
        let mut out = self.out.borrow_mut();
        let s = out.string(value);
        out.ops.push(code);
        out.ops.push(s);
        out.ops.extend_from_slice(rest);
    }
}

thread_local! {
    /// The page's own canvas context for measuring text (made on first use).
    static MEASURE: RefCell<Option<web_sys::CanvasRenderingContext2d>> = const { RefCell::new(None) };
    /// The pictures the worker keeps, by key: their ids there.
    static SPRITE_IDS: RefCell<Lru<u64, u32>> = RefCell::new(Lru::new(SPRITES_MAX));
    static NEXT_SPRITE: Cell<u32> = const { Cell::new(1) };
}

fn measuring_context() -> Option<web_sys::CanvasRenderingContext2d> {
    MEASURE.with(|m| {
        let mut m = m.borrow_mut();
        if m.is_none() {
            *m = super::offscreen(1, 1)
                .and_then(|c| c.get_context("2d").ok().flatten())
                .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
        }
        m.clone()
    })
}

impl Surface for Recorder {
    fn size(&self) -> (u32, u32) {
        self.size
    }
    fn set_stroke(&self, value: &JsValue) {
        self.with_string(op::STROKE_STYLE, value, &[]);
    }
    fn set_fill(&self, value: &JsValue) {
        self.with_string(op::FILL_STYLE, value, &[]);
    }
    fn set_line_width(&self, width: f64) {
        self.push(&[op::LINE_WIDTH, width]);
    }
    fn set_font(&self, value: &JsValue) {
        self.with_string(op::FONT, value, &[]);
        *self.font.borrow_mut() = Some(value.clone());
    }
    fn set_baseline(&self, value: &'static str) {
        let i = match value {
            "top" => 0.0,
            "middle" => 1.0,
            _ => 2.0,
        };
        self.push(&[op::BASELINE, i]);
    }
    fn set_align(&self, value: &'static str) {
        let i = match value {
            "start" => 0.0,
            "end" => 1.0,
            _ => 2.0,
        };
        self.push(&[op::ALIGN, i]);
    }
    fn set_dash(&self, pattern: &[f64]) -> bool {
        let mut out = self.out.borrow_mut();
        out.ops.push(op::DASH);
        out.ops.push(pattern.len() as f64);
        out.ops.extend_from_slice(pattern);
        true
    }
    fn begin_path(&self) {
        self.push(&[op::BEGIN_PATH]);
    }
    fn move_to(&self, x: f64, y: f64) {
        self.push(&[op::MOVE_TO, x, y]);
    }
    fn line_to(&self, x: f64, y: f64) {
        self.push(&[op::LINE_TO, x, y]);
    }
    fn close_path(&self) {
        self.push(&[op::CLOSE_PATH]);
    }
    fn stroke(&self) {
        self.push(&[op::STROKE]);
    }
    fn fill(&self) {
        self.push(&[op::FILL]);
    }
    fn fill_rect(&self, x: f64, y: f64, w: f64, h: f64) {
        self.push(&[op::FILL_RECT, x, y, w, h]);
    }
    fn stroke_rect(&self, x: f64, y: f64, w: f64, h: f64) {
        self.push(&[op::STROKE_RECT, x, y, w, h]);
    }
    fn circle(&self, x: f64, y: f64, r: f64) -> Result<(), JsValue> {
        self.push(&[op::CIRCLE, x, y, r]);
        Ok(())
    }
    fn save(&self) {
        self.push(&[op::SAVE]);
    }
    fn restore(&self) {
        self.push(&[op::RESTORE]);
    }
    fn translate(&self, x: f64, y: f64) -> Result<(), JsValue> {
        self.push(&[op::TRANSLATE, x, y]);
        Ok(())
    }
    fn rotate(&self, angle: f64) -> Result<(), JsValue> {
        self.push(&[op::ROTATE, angle]);
        Ok(())
    }
    fn fill_text(&self, text: &JsValue, x: f64, y: f64) -> Result<(), JsValue> {
        self.with_string(op::TEXT, text, &[x, y]);
        Ok(())
    }
    fn measure(&self, text: &JsValue) -> f64 {
        let Some(ctx) = measuring_context() else { return 0.0 };
        if let Some(font) = self.font.borrow().as_ref() {
            let ctx: &super::Context2d = ctx.unchecked_ref();
            ctx.set_font_value(font);
        }
        let ctx: &super::Context2d = ctx.unchecked_ref();
        ctx.measure_text_value(text).map(|m| m.width()).unwrap_or(0.0)
    }
    /// A picture the worker does not have yet is recorded once, between
    /// [`op::SPRITE_BEGIN`] and [`op::SPRITE_END`], on a canvas of its own.
    fn sprite(&self, key: u64, size: (u32, u32), at: BackendCoord, draw: &mut dyn FnMut(&mut dyn Paint)) -> bool {
        let known = SPRITE_IDS.with(|ids| ids.borrow_mut().get(&key).copied());
        let id = match known {
            Some(id) => id,
            None => {
                let id = NEXT_SPRITE.with(|next| next.replace(next.get().wrapping_add(1)));
                self.push(&[op::SPRITE_BEGIN, f64::from(id), f64::from(size.0), f64::from(size.1)]);
                let picture = Recorder { out: self.out.clone(), size, font: RefCell::default() };
                let mut target = super::FastCanvas::on(picture);
                draw(&mut target);
                drop(target.finish());
                self.push(&[op::SPRITE_END]);
                if let Some(dropped) = SPRITE_IDS.with(|ids| ids.borrow_mut().insert(key, id)) {
                    self.push(&[op::SPRITE_DROP, f64::from(dropped)]);
                }
                id
            }
        };
        self.push(&[op::SPRITE, f64::from(id), f64::from(at.0), f64::from(at.1)]);
        true
    }
    /// The moving parts are replayed on another context than the static layer: the state
    /// they need is sent again.
    fn layer_boundary(&self) -> bool {
        let mut out = self.out.borrow_mut();
        out.split = Some(out.ops.len());
        true
    }
    fn blit(&mut self, _pos: BackendCoord, _size: (u32, u32), _src: &[u8]) -> super::Result {
        Err(DrawingErrorKind::DrawingError(super::CanvasError("raw pixels are not recorded".to_string())))
    }
}
