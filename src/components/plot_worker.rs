//! The plot worker: the plots are drawn by a dedicated worker (`assets/plot-worker.js`) on
//! canvases handed over to it (`transferControlToOffscreen`), so that a slider step costs the
//! page's main thread the charts' computation and a message, not the drawing, the canvases'
//! raster and their copies to the compositor (README → Performance: the probe measured 5.9 →
//! 2.6 ms of main-thread work a step at dpr 1, 15.5 → 2.8 at dpr 2).
//!
//! The page computes each chart as before and records its canvas calls
//! (`canvas_backend::record`); the worker replays them and answers each paint, and the answer
//! sets the plot's `data-paint-seq`. Until the worker says it is ready (the same [`PROTOCOL`]:
//! an old copy from a cache would not be) and has answered a first message in time
//! ([`PROBE_MS`]), no plot is painted; where there is no worker (no
//! `<meta name="plot-worker">`, as in the single-file page, no `OffscreenCanvas`, a worker that
//! fails to start, stays silent for [`START_TIMEOUT_MS`] or answers too late) the plots draw
//! on the main thread, as they always did.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::canvas_backend::record::Recording;

/// The language of the messages; `plot-worker.js` says the same (checked by a native test).
pub const PROTOCOL: u32 = 1;

/// How long the page waits for the worker before drawing on its own thread.
pub const START_TIMEOUT_MS: u64 = 3_000;

/// Where the plots are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// The worker is loading: the plots wait.
    Starting,
    /// The worker answered: plots hand their canvases to it.
    Ready,
    /// No worker: the plots draw on the main thread.
    Off,
}

/// Called with the sequence number of each paint the worker has drawn, and when it finished
/// drawing it (on the page's `performance.now()` clock).
type OnPainted = Rc<dyn Fn(u64, f64)>;

struct Bridge {
    worker: web_sys::Worker,
    /// Each canvas's current owner (a number that grows with each adoption) and its callback.
    plots: HashMap<u32, (u64, OnPainted)>,
    next: u32,
    owners: u64,
    /// The paints of this turn, posted together once the turn's effects have run (one message,
    /// so the worker draws them in one task and hands the canvases over in one frame), with
    /// their buffers to transfer.
    batch: js_sys::Array,
    buffers: js_sys::Array,
    flush: Closure<dyn FnMut(JsValue)>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static BRIDGE: RefCell<Option<Bridge>> = const { RefCell::new(None) };
    static STATUS: ArcRwSignal<Status> = ArcRwSignal::new(Status::Off);
}

/// Where the plots are drawn now (a signal: a plot waiting for the worker paints when it
/// changes).
pub fn status() -> ArcRwSignal<Status> {
    STATUS.with(Clone::clone)
}

fn set_status(status: Status) {
    STATUS.with(|s| {
        if s.get_untracked() != status {
            s.set(status);
        }
    });
}

/// The worker's script, named by the page (`<meta name="plot-worker" content="…">`).
fn script_url() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let meta = document.query_selector("meta[name=plot-worker]").ok()??;
    meta.get_attribute("content").filter(|url| !url.is_empty())
}

/// Whether a canvas of the page can be handed to a worker.
fn offscreen_supported() -> bool {
    let global = js_sys::global();
    let has = |object: &JsValue, name: &str| js_sys::Reflect::has(object, &JsValue::from_str(name)).unwrap_or(false);
    if !has(&global, "OffscreenCanvas") {
        return false;
    }
    js_sys::Reflect::get(&global, &JsValue::from_str("HTMLCanvasElement"))
        .ok()
        .filter(JsValue::is_function)
        .and_then(|class| js_sys::Reflect::get(&class, &JsValue::from_str("prototype")).ok())
        .filter(JsValue::is_object)
        .is_some_and(|proto| has(&proto, "transferControlToOffscreen"))
}

/// Starts the worker (call once, before the app is mounted). Without one the plots draw on
/// the main thread.
pub fn start() {
    let Some(url) = script_url().filter(|_| offscreen_supported()) else {
        set_status(Status::Off);
        return;
    };
    let Ok(worker) = web_sys::Worker::new(&url) else {
        set_status(Status::Off);
        return;
    };
    set_status(Status::Starting);
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|e: web_sys::MessageEvent| {
        let data = e.data();
        let get = |name: &str| js_sys::Reflect::get(&data, &JsValue::from_str(name)).ok().and_then(|v| v.as_f64());
        if let Some(version) = get("ready") {
            if version == f64::from(PROTOCOL) && status().get_untracked() == Status::Starting {
                probe();
            } else if status().get_untracked() == Status::Starting {
                stop();
            }
            return;
        }
        if get("pong").is_some() {
            if status().get_untracked() == Status::Starting {
                set_status(Status::Ready);
            }
            return;
        }
        let Some(answers) = js_sys::Reflect::get(&data, &JsValue::from_str("answers")).ok().filter(|a| a.is_object())
        else {
            return;
        };
        // The worker's clock and the page's start at different moments: both are given as
        // time since the epoch (`timeOrigin` + `now()`).
        let origin = web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.time_origin());
        for answer in js_sys::Array::from(&answers).iter() {
            let get =
                |name: &str| js_sys::Reflect::get(&answer, &JsValue::from_str(name)).ok().and_then(|v| v.as_f64());
            let Some(id) = get("painted") else { continue };
            if let Ok(error) = js_sys::Reflect::get(&answer, &JsValue::from_str("error")) {
                if !error.is_undefined() {
                    web_sys::console::error_2(&JsValue::from_str("plot worker:"), &error);
                }
            }
            let seq = get("seq").unwrap_or(0.0) as u64;
            let at = get("at").map_or(f64::NAN, |at| at - origin);
            // Called outside the borrow: the callback may ask the bridge for something.
            let callback =
                BRIDGE.with(|b| b.borrow().as_ref().and_then(|b| b.plots.get(&(id as u32)).map(|p| p.1.clone())));
            if let Some(callback) = callback {
                callback(seq, at);
            }
        }
    });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|_: web_sys::Event| {
        // A script that cannot load: draw on the main thread, unless canvases were handed
        // over already (they cannot come back).
        if status().get_untracked() == Status::Starting {
            stop();
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    BRIDGE.with(|b| {
        *b.borrow_mut() = Some(Bridge {
            worker,
            plots: HashMap::new(),
            next: 1,
            owners: 0,
            batch: js_sys::Array::new(),
            buffers: js_sys::Array::new(),
            flush: Closure::new(|_| flush()),
            _on_message: on_message,
            _on_error: on_error,
        })
    });
    set_timeout(
        || {
            if status().get_untracked() == Status::Starting {
                stop();
            }
        },
        std::time::Duration::from_millis(START_TIMEOUT_MS),
    );
}

/// How long the worker may take to answer its first message, on the page's clock.
pub const PROBE_MS: u64 = 250;

/// Asks the worker for an answer before any canvas is handed to it: a canvas cannot come back,
/// so the page makes sure first that the worker keeps pace with it. Where it answers later
/// than [`PROBE_MS`] on the page's clock (a host too busy, a worker that hangs), the plots draw
/// on the main thread.
fn probe() {
    BRIDGE.with(|b| {
        if let Some(bridge) = b.borrow().as_ref() {
            let message = js_sys::Object::new();
            set(&message, "ping", &JsValue::from(1));
            // Not sent: no answer, and the timer below gives up.
            let _ = bridge.worker.post_message(&message);
        }
    });
    set_timeout(
        || {
            if status().get_untracked() == Status::Starting {
                stop();
            }
        },
        std::time::Duration::from_millis(PROBE_MS),
    );
}

/// Call once the app is mounted, with the page's clock (`performance.now()`) read before
/// [`start`]: where mounting the whole app took no time on that clock, the page runs on
/// virtual time (a headless browser taking a screenshot: `chromium --headless
/// --virtual-time-budget … --screenshot`, as `../shared/tools/screenshots` does). There the
/// clock jumps ahead while the worker's messages and frames wait, and plots drawn by it would
/// never show in the picture: the plots draw on the main thread.
pub fn mounted(clock_before: f64) {
    let now = super::dom::now_ms();
    if now.is_finite()
        && clock_before.is_finite()
        && now <= clock_before
        && status().get_untracked() == Status::Starting
    {
        stop();
    }
}

/// No worker after all: the plots draw on the main thread.
fn stop() {
    if let Some(bridge) = BRIDGE.with(|b| b.borrow_mut().take()) {
        bridge.worker.terminate();
    }
    set_status(Status::Off);
}

/// The property of a canvas element handed to the worker that holds its id there.
const ID_PROPERTY: &str = "__plotWorkerId";

/// A plot's hold on a canvas the worker draws: its id there, and which adoption this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Adopted {
    pub id: u32,
    owner: u64,
}

/// Hands `canvas` to the worker; `on_painted` gets the sequence number of each paint drawn and
/// when it was drawn.
/// `None` if there is no worker or the canvas cannot be handed over (it has a context).
///
/// A canvas element handed over before is taken over: when the shown plots change, Leptos may
/// rebuild a plot's view on the element of the plot it replaces, and a canvas cannot be
/// handed over twice.
pub fn adopt(canvas: &web_sys::HtmlCanvasElement, on_painted: impl Fn(u64, f64) + 'static) -> Option<Adopted> {
    if status().get_untracked() != Status::Ready {
        return None;
    }
    let key = JsValue::from_str(ID_PROPERTY);
    let known = js_sys::Reflect::get(canvas, &key).ok().and_then(|v| v.as_f64()).map(|id| id as u32);
    BRIDGE.with(|b| {
        let mut b = b.borrow_mut();
        let bridge = b.as_mut()?;
        bridge.owners += 1;
        let owner = bridge.owners;
        let id = match known {
            Some(id) => id,
            None => {
                let offscreen = canvas.transfer_control_to_offscreen().ok()?;
                let id = bridge.next;
                bridge.next += 1;
                let message = js_sys::Object::new();
                set(&message, "canvas", &JsValue::from(id));
                set(&message, "offscreen", &offscreen);
                bridge.worker.post_message_with_transfer(&message, &js_sys::Array::of1(&offscreen)).ok()?;
                let _ = js_sys::Reflect::set(canvas, &key, &JsValue::from(id));
                id
            }
        };
        bridge.plots.insert(id, (owner, Rc::new(on_painted)));
        Some(Adopted { id, owner })
    })
}

/// What a paint sends: the recording, the canvas's pixel size, and the static layer to copy
/// (`keep`: the recording's first part draws it, to be kept) with the layers still cached.
pub struct Paint<'a> {
    pub seq: u64,
    pub size: (u32, u32),
    pub recording: Recording,
    pub layer: u32,
    pub keep: bool,
    pub alive: &'a [u32],
}

/// Sends a paint of plot `id` to the worker (with the others of this turn); `false` if there
/// is no worker.
pub fn paint(Adopted { id, .. }: Adopted, paint: Paint) -> bool {
    BRIDGE.with(|b| {
        let b = b.borrow();
        let Some(bridge) = b.as_ref() else { return false };
        let Recording { ops, strings, split } = paint.recording;
        let ops = js_sys::Float64Array::from(ops.as_slice());
        let strings: js_sys::Array = strings.into_iter().collect();
        let alive: js_sys::Array = paint.alive.iter().map(|&id| JsValue::from(id)).collect();
        let message = js_sys::Object::new();
        set(&message, "paint", &JsValue::from(id));
        set(&message, "seq", &JsValue::from_f64(paint.seq as f64));
        set(&message, "w", &JsValue::from(paint.size.0));
        set(&message, "h", &JsValue::from(paint.size.1));
        set(&message, "ops", &ops);
        set(&message, "strings", &strings);
        set(&message, "split", &JsValue::from_f64(split.map_or(0.0, |s| s as f64)));
        set(&message, "layer", &JsValue::from(paint.layer));
        set(&message, "keep", &JsValue::from_bool(paint.keep && split.is_some()));
        set(&message, "alive", &alive);
        if bridge.batch.length() == 0 {
            // Posted once this turn's effects have run (a microtask).
            let _ = js_sys::Promise::resolve(&JsValue::UNDEFINED).then(&bridge.flush);
        }
        bridge.batch.push(&message);
        bridge.buffers.push(&ops.buffer());
        true
    })
}

/// Posts the paints of this turn to the worker.
fn flush() {
    BRIDGE.with(|b| {
        let mut b = b.borrow_mut();
        let Some(bridge) = b.as_mut() else { return };
        if bridge.batch.length() == 0 {
            return;
        }
        let batch = std::mem::replace(&mut bridge.batch, js_sys::Array::new());
        let buffers = std::mem::replace(&mut bridge.buffers, js_sys::Array::new());
        let message = js_sys::Object::new();
        set(&message, "paints", &batch);
        if bridge.worker.post_message_with_transfer(&message, &buffers).is_err() {
            web_sys::console::error_1(&JsValue::from_str("plot worker: a paint could not be sent"));
        }
    });
}

/// The plot that adopted a canvas is gone. Unless another plot takes the canvas element over
/// in the same turn (see [`adopt`]), the worker forgets the canvas and its layers.
pub fn release(adopted: Adopted) {
    let Adopted { id, owner } = adopted;
    let current = move |b: &Bridge| b.plots.get(&id).is_some_and(|p| p.0 == owner);
    if !BRIDGE.with(|b| b.borrow().as_ref().is_some_and(current)) {
        return;
    }
    set_timeout(
        move || {
            BRIDGE.with(|b| {
                let mut b = b.borrow_mut();
                let Some(bridge) = b.as_mut().filter(|b| current(b)) else { return };
                bridge.plots.remove(&id);
                let message = js_sys::Object::new();
                set(&message, "drop", &JsValue::from(id));
                let _ = bridge.worker.post_message(&message);
            });
        },
        std::time::Duration::ZERO,
    );
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
}

#[cfg(test)]
mod tests {
    use super::super::canvas_backend::record::op;
    use super::PROTOCOL;

    const SCRIPT: &str = include_str!("../../assets/plot-worker.js");

    /// The number `name` has in the script (`NAME: 12,` in its table, `const NAME = 12;`).
    fn script_value(name: &str) -> Option<f64> {
        SCRIPT.lines().find_map(|line| {
            let line = line.trim();
            let rest =
                line.strip_prefix(&format!("{name}: ")).or_else(|| line.strip_prefix(&format!("const {name} = ")))?;
            rest.trim_end_matches([',', ';']).parse().ok()
        })
    }

    #[test]
    fn the_worker_speaks_the_pages_protocol() {
        assert_eq!(script_value("PROTOCOL"), Some(f64::from(PROTOCOL)));
    }

    #[test]
    fn the_worker_knows_every_operation_by_the_same_number() {
        let codes = [
            ("STROKE_STYLE", op::STROKE_STYLE),
            ("FILL_STYLE", op::FILL_STYLE),
            ("LINE_WIDTH", op::LINE_WIDTH),
            ("FONT", op::FONT),
            ("BASELINE", op::BASELINE),
            ("ALIGN", op::ALIGN),
            ("DASH", op::DASH),
            ("BEGIN_PATH", op::BEGIN_PATH),
            ("MOVE_TO", op::MOVE_TO),
            ("LINE_TO", op::LINE_TO),
            ("CLOSE_PATH", op::CLOSE_PATH),
            ("STROKE", op::STROKE),
            ("FILL", op::FILL),
            ("FILL_RECT", op::FILL_RECT),
            ("STROKE_RECT", op::STROKE_RECT),
            ("CIRCLE", op::CIRCLE),
            ("SAVE", op::SAVE),
            ("RESTORE", op::RESTORE),
            ("TRANSLATE", op::TRANSLATE),
            ("ROTATE", op::ROTATE),
            ("TEXT", op::TEXT),
            ("SPRITE_BEGIN", op::SPRITE_BEGIN),
            ("SPRITE_END", op::SPRITE_END),
            ("SPRITE", op::SPRITE),
            ("SPRITE_DROP", op::SPRITE_DROP),
        ];
        for (name, code) in codes {
            assert_eq!(script_value(name), Some(code), "{name}");
        }
        // Every code the script knows is one of these (no number used twice).
        let mut numbers: Vec<f64> = codes.iter().map(|c| c.1).collect();
        numbers.sort_by(f64::total_cmp);
        numbers.dedup();
        assert_eq!(numbers.len(), codes.len());
        let table = SCRIPT.split("const OP = {").nth(1).and_then(|t| t.split("};").next()).unwrap_or("");
        assert_eq!(table.lines().filter(|l| l.contains(':')).count(), codes.len());
    }
}
