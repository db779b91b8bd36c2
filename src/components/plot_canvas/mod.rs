//! One plot on a `<canvas>`: the chart is a memo of the state; an effect paints it whenever the
//! chart or the canvas size changes, at the device pixel ratio so it stays crisp. A hover
//! crosshair reads exact values; on plots N and D a click places "your model".

mod paint;
mod size;
mod summary;
mod timing;

pub use paint::{cache_static, paint, Painted, StaticCache, StaticKey};
pub use summary::summary;

use super::dom::{device_pixel_ratio, now_ms};
use super::fit::{with_fit_runs, FitRuns};
use super::throttle::Readouts;
use super::visible::{observe_visible, while_seen, VisibleWatch};
use crate::i18n::Lang;
use crate::plots::hover::HoverLine;
use crate::plots::scenes::{emergence_inputs, Beyond, CurveFamily, CurvesKey, Frontier, Landscape, LandscapeKey};
use crate::plots::{Chart, MarkerKind, PlotArea, PlotKind, Scene, Theme};
use crate::state::AppState;
use leptos::html;
use leptos::prelude::*;
use paint::STATIC_LAYERS;
use size::{observe_size, SizeWatch};
use timing::{mark_redraw_start, measure_redraw};

/// What the hover crosshair shows: position in CSS pixels within the canvas, and the lines.
#[derive(Clone, Debug, PartialEq)]
struct Hover {
    x: f64,
    y: f64,
    /// The data point under the pointer.
    at: (f64, f64),
    lines: Vec<HoverLine>,
}

/// The data point under a mouse position (CSS pixels from the canvas's top left), if it lies
/// inside the plotting area, and the marker within a few pixels of it.
fn data_under(chart: &Chart, area: PlotArea, css_x: f64, css_y: f64) -> Option<((f64, f64), Option<MarkerKind>)> {
    let ratio = device_pixel_ratio();
    let (x, y) = (css_x * ratio, css_y * ratio);
    let (l, r) = (f64::from(area.left), f64::from(area.right));
    let (t, b) = (f64::from(area.top), f64::from(area.bottom));
    if x < l || x > r || y < t || y > b {
        return None;
    }
    let point = chart.data_at(x - l, y - t, r - l, b - t)?;
    let marker = chart.marker_at(x - l, y - t, r - l, b - t, 8.0 * ratio).map(|m| m.what);
    Some((point, marker))
}

/// Takes a plot that is off screen or hidden out of the picture: `data-unseen` makes its canvas
/// fully transparent (style/main.css), so the browser leaves it out of every frame. The browser
/// otherwise hands every canvas in the page to its compositor on every frame, changed or not
/// (a copy of its pixels in a software-rendered Chromium: about 1 ms a frame for a
/// 1,000 × 600 canvas), and a slider step would pay for each plot below the fold. The canvas
/// keeps its pixels, its box and its hooks, and stays focusable; [`show`] undoes it.
/// `unseen` remembers whether it is out, so that a paint on screen costs no DOM call.
fn hide(canvas: Option<web_sys::HtmlCanvasElement>, unseen: StoredValue<bool>) {
    if let Some(canvas) = canvas.filter(|_| !unseen.get_value()) {
        let _ = canvas.set_attribute("data-unseen", "");
        unseen.set_value(true);
    }
}

/// Puts a plot back in the picture (see [`hide`]).
fn show(canvas: Option<web_sys::HtmlCanvasElement>, unseen: StoredValue<bool>) {
    if let Some(canvas) = canvas.filter(|_| unseen.get_value()) {
        let _ = canvas.remove_attribute("data-unseen");
        unseen.set_value(false);
    }
}

/// CSS pixels between the pointer and its read-out, above or below it.
const HOVER_GAP: f64 = 14.0;

/// One plot: canvas, hover crosshair with exact values, and (plots N and D) click to put
/// "your model" on the budget's iso-FLOP line at the clicked size.
#[component]
pub fn PlotCanvas(
    kind: PlotKind,
    state: ReadSignal<AppState>,
    set_state: WriteSignal<AppState>,
    lang: Signal<Lang>,
    theme: Signal<Theme>,
    /// Presentation zoom for text and lines.
    zoom: Signal<f64>,
    resize: ReadSignal<u32>,
    /// The frontier curves of plots C and Split, kept while the slider moves.
    frontier: Memo<Frontier>,
    /// The inference-aware and data-limited optima, once per budget for every plot.
    beyond: Memo<Beyond>,
) -> impl IntoView {
    let canvas_ref: NodeRef<html::Canvas> = NodeRef::new();
    // The emergence plot reads the state without the budget: a slider step leaves this memo
    // equal, so its chart is not even recomputed (its curves are the static layer's).
    let budget_free = Memo::new(move |_| (kind == PlotKind::Emergence).then(|| state.with(emergence_inputs)));
    // The learning curves' family depends on the primary law and the compute span only: a
    // slider step leaves the key equal, so the family is not recomputed; only the highlighted
    // curve, its point and the budget line are (the family is the static layer's).
    let curves_key = Memo::new(move |_| (kind == PlotKind::Curves).then(|| state.with(CurvesKey::of)));
    let curves = Memo::new(move |_| curves_key.get().map(CurveFamily::new));
    // The loss landscape's contours depend on the primary law only: traced once per law.
    let landscape_key = Memo::new(move |_| (kind == PlotKind::Nd).then(|| state.with(LandscapeKey::of)));
    let landscape = Memo::new(move |_| landscape_key.get().map(Landscape::new));
    // The fit section's runs (issue 20), drawn on plots N and D while the fitted law is shown.
    let runs = use_context::<FitRuns>().filter(|_| matches!(kind, PlotKind::N | PlotKind::D));
    let chart = Memo::new(move |_| {
        if kind == PlotKind::Emergence {
            return budget_free.with(|s| match s {
                Some(s) => Scene::new(s, lang.get(), theme.get()).chart(kind),
                None => state.with(|s| Scene::new(s, lang.get(), theme.get()).chart(kind)),
            });
        }
        state.with(|s| {
            let scene = Scene::new(s, lang.get(), theme.get());
            match kind {
                PlotKind::C => frontier.with(|f| scene.with_frontier(f).chart(kind)),
                PlotKind::Split => {
                    frontier.with(|f| beyond.with(|b| scene.with_frontier(f).with_beyond(b).chart(kind)))
                }
                PlotKind::N | PlotKind::D => {
                    beyond.with(|b| with_fit_runs(runs, true, |r| scene.with_beyond(b).with_runs(r).chart(kind)))
                }
                PlotKind::Overhead => beyond.with(|b| scene.with_beyond(b).chart(kind)),
                PlotKind::Nd => frontier.with(|f| {
                    beyond.with(|b| {
                        landscape.with(|l| {
                            let scene = scene.with_frontier(f).with_beyond(b);
                            match l {
                                Some(l) => scene.with_landscape(l).chart(kind),
                                None => scene.chart(kind),
                            }
                        })
                    })
                }),
                PlotKind::Curves => curves.with(|f| match f {
                    Some(f) => scene.with_curves(f).chart(kind),
                    None => scene.chart(kind),
                }),
                PlotKind::Emergence => scene.chart(kind),
            }
        })
    });
    let area = StoredValue::new(PlotArea::default());
    let cache = StoredValue::new_local(StaticCache::new(STATIC_LAYERS));
    let (hover, set_hover) = signal(None::<Hover>);
    let (css_size, set_css_size) = signal((0.0, 0.0));
    let observer = StoredValue::new_local(None::<SizeWatch>);
    // On screen (or near it)? A plot scrolled away or hidden costs nothing on a slider step:
    // its paint effect stops reading the chart (so the chart memo is not recomputed either),
    // a cheap effect notes that something changed, its canvas leaves the picture ([`hide`]),
    // and it paints once when it comes back.
    let (visible, set_visible) = signal(true);
    let watcher = StoredValue::new_local(None::<VisibleWatch>);
    let stale = StoredValue::new(false);
    let hidden_since_paint = StoredValue::new(false);
    let painted_once = StoredValue::new(false);
    // The canvas is out of the picture (`data-unseen`, see [`hide`]).
    let unseen = StoredValue::new(false);
    // How many times the canvas was painted (`data-paint-seq`, a hook for tests and the bench).
    let paint_seq = StoredValue::new(0u64);
    // A static layer is being kept for later (see `cache_static`).
    let filling = StoredValue::new(false);
    // The `data-runs` hook as last set (it changes only when the runs or the law set do).
    let runs_drawn = StoredValue::new(None::<usize>);
    Effect::new(move |_| {
        if let Some(canvas) = canvas_ref.get() {
            observer.set_value(observe_size(&canvas, set_css_size));
            watcher.set_value(observe_visible(&canvas, set_visible));
        }
    });
    on_cleanup(move || {
        if let Some(Some((o, _callback))) = observer.try_update_value(Option::take) {
            o.disconnect();
        }
        if let Some(Some(watch)) = watcher.try_update_value(Option::take) {
            watch.stop();
        }
    });
    Effect::new(move |_| {
        state.track();
        lang.track();
        theme.track();
        zoom.track();
        if let Some(FitRuns(r)) = runs {
            r.track();
        }
        if !visible.get_untracked() {
            stale.set_value(true);
        }
    });
    Effect::new(move |_| {
        resize.track();
        let size = css_size.get();
        if size.0 <= 0.0 || size.1 <= 0.0 {
            return; // not laid out yet: the observer reports the size after layout
        }
        if !visible.get() && painted_once.get_value() {
            hidden_since_paint.set_value(true);
            hide(canvas_ref.get_untracked(), unseen);
            return;
        }
        // Back on screen: read the chart again (subscribing to it), paint only if it may
        // have changed meanwhile.
        let resumed = hidden_since_paint.get_value();
        hidden_since_paint.set_value(false);
        show(canvas_ref.get_untracked(), unseen);
        let started = now_ms();
        chart.with(|c| {
            if resumed && !stale.get_value() {
                return;
            }
            stale.set_value(false);
            // User Timing for the first paint only (the load figure of `scripts/bench`): a mark
            // and a measure cost more than a tenth of a millisecond per plot on every repaint,
            // whose duration `data-painted` carries anyway.
            let first = !painted_once.get_value();
            painted_once.set_value(true);
            if first {
                mark_redraw_start(kind);
            }
            if let Some(canvas) = canvas_ref.get() {
                let painted = cache.try_update_value(|cache| paint(&canvas, size, c, theme.get(), zoom.get(), cache));
                let missed = painted.as_ref().is_some_and(|p| p.missed);
                let painted = painted.map(|p| p.area).unwrap_or_default();
                if missed && !filling.get_value() {
                    // Keep the static layer of the view now shown once this frame is out (a
                    // timer, not this slider step): the next steps copy it.
                    filling.set_value(true);
                    set_timeout(
                        move || {
                            // The plot may be gone by now (another view): then nothing to keep.
                            let _ = filling.try_set_value(false);
                            let (Some(size), Some(theme), Some(zoom)) =
                                (css_size.try_get_untracked(), theme.try_get_untracked(), zoom.try_get_untracked())
                            else {
                                return;
                            };
                            chart.try_with_untracked(|c| {
                                cache.try_update_value(|cache| cache_static(size, c, theme, zoom, cache));
                            });
                        },
                        std::time::Duration::ZERO,
                    );
                }
                if painted != area.get_value() {
                    // Hook for tests: where the plotting area is, in canvas pixels.
                    let PlotArea { left, top, right, bottom } = painted;
                    let _ = canvas.set_attribute("data-area", &format!("{left},{top},{right},{bottom}"));
                }
                area.set_value(painted);
                let finished = now_ms();
                if first {
                    measure_redraw(kind);
                }
                // Hooks for tests and the benchmark: how long the last paint took, and a
                // sequence number that grows with every paint.
                let _ = canvas.set_attribute("data-painted", &format!("{:.2}", finished - started));
                if runs.is_some() {
                    // Hook for tests: how many of your runs this paint drew (plots N and D).
                    let drawn = c.markers.iter().filter(|m| matches!(m.what, MarkerKind::Run(_))).count();
                    if runs_drawn.get_value() != Some(drawn) {
                        let _ = canvas.set_attribute("data-runs", &drawn.to_string());
                        runs_drawn.set_value(Some(drawn));
                    }
                }
                paint_seq.update_value(|seq| *seq += 1);
                let _ = canvas.set_attribute("data-paint-seq", &paint_seq.get_value().to_string());
            }
        });
        // A plot painted while off screen (at load, below the fold) leaves the picture at once.
        if !visible.get_untracked() {
            hidden_since_paint.set_value(true);
            hide(canvas_ref.get_untracked(), unseen);
        }
    });
    let clickable = matches!(kind, PlotKind::N | PlotKind::D);
    // The crosshair and read-out at `(x, y)`, CSS pixels in the canvas.
    let show_hover = move |x: f64, y: f64| {
        let under = chart.with_untracked(|c| data_under(c, area.get_value(), x, y));
        let lines = under.map(|(value, marker)| {
            state.with_untracked(|s| {
                with_fit_runs(runs, false, |r| {
                    Scene::new(s, lang.get_untracked(), theme.get_untracked())
                        .with_runs(r)
                        .hover_at(kind, value, marker)
                })
            })
        });
        set_hover.set(lines.zip(under).map(|(lines, (at, _))| Hover { x, y, at, lines }));
    };
    let on_move = move |ev: leptos::ev::MouseEvent| show_hover(f64::from(ev.offset_x()), f64::from(ev.offset_y()));
    // Plot ND: your model follows the pointer while a button is down (pointer capture keeps the
    // drag when it leaves the canvas); the arrow keys step it on the ×10^0.1 grid.
    let dragging = StoredValue::new(false);
    // A finger's press keeps where your model was: if the browser then takes the gesture for a
    // scroll (a vertical swipe, `touch-action: pan-y` on phones), it cancels the pointer and
    // the model goes back (`on_cancel`).
    let touch_start = StoredValue::new(None::<(f64, f64)>);
    let on_drag = move |ev: leptos::ev::PointerEvent| {
        if !dragging.get_value() {
            return;
        }
        let (x, y) = (f64::from(ev.offset_x()), f64::from(ev.offset_y()));
        // Outside the plotting area the point is clamped to its edge (the map's ends).
        let a = area.get_value();
        let ratio = device_pixel_ratio();
        let cx = x.clamp(f64::from(a.left) / ratio, f64::from(a.right) / ratio);
        let cy = y.clamp(f64::from(a.top) / ratio, f64::from(a.bottom) / ratio);
        if let Some(((n, d), _)) = chart.with_untracked(|c| data_under(c, a, cx, cy)) {
            set_state.update(|s| s.place_user(n, d));
            // The pointer-down's default action was prevented, so no mouse events come during
            // the drag: the read-out follows the model here.
            show_hover(cx, cy);
        }
    };
    let on_down = move |ev: leptos::ev::PointerEvent| {
        if kind != PlotKind::Nd || ev.button() != 0 {
            return;
        }
        let (x, y) = (f64::from(ev.offset_x()), f64::from(ev.offset_y()));
        if let Some(((n, d), _)) = chart.with_untracked(|c| data_under(c, area.get_value(), x, y)) {
            dragging.set_value(true);
            let touch = ev.pointer_type() == "touch";
            touch_start.set_value(touch.then(|| state.with_untracked(|s| (s.n, s.d))));
            if let Some(canvas) = canvas_ref.get_untracked() {
                let _ = canvas.set_pointer_capture(ev.pointer_id());
                // The default action is prevented (no text selection, no compatibility mouse
                // events), which also skips the focus a press gives: give it, so the arrow
                // keys move your model next; without scrolling (a phone would scroll the map
                // into view under the finger).
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = canvas.focus_with_options(&options);
            }
            set_state.update(|s| s.place_user(n, d));
            show_hover(x, y);
            ev.prevent_default();
        }
    };
    let on_up = move |_: leptos::ev::PointerEvent| {
        dragging.set_value(false);
        touch_start.set_value(None);
    };
    let on_cancel = move |_: leptos::ev::PointerEvent| {
        dragging.set_value(false);
        if let Some((n, d)) = touch_start.try_update_value(Option::take).flatten() {
            set_state.update(|s| {
                s.n = n;
                s.d = d;
            });
            set_hover.set(None);
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if kind != PlotKind::Nd || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let (by_params, up) = match ev.key().as_str() {
            "ArrowRight" => (true, true),
            "ArrowLeft" => (true, false),
            "ArrowUp" => (false, true),
            "ArrowDown" => (false, false),
            _ => return,
        };
        set_state.update(|s| s.step_user(by_params, up, ev.shift_key()));
        // The page's own arrow keys move the budget: not while this plot has them.
        ev.prevent_default();
        ev.stop_propagation();
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if !clickable {
            return;
        }
        let (x, y) = (f64::from(ev.offset_x()), f64::from(ev.offset_y()));
        if let Some(((value, _), _)) = chart.with_untracked(|c| data_under(c, area.get_value(), x, y)) {
            set_state.update(|s| s.place_user_on_budget(kind == PlotKind::N, value));
        }
    };
    // The text alternative follows the state while the plot is on (or near) the screen, at the
    // read-outs' pace (`throttle`: at most ten updates a second during a drag); a plot scrolled
    // away keeps its last one and catches up when it comes back, like its pixels.
    let told = use_context::<Readouts>().map_or(state, |r| r.0);
    let label = while_seen(visible, move || told.with(|s| summary(kind, s, lang.get())));
    let crosshair = move || {
        hover.get().map(|h| {
            let lines = h
                .lines
                .into_iter()
                .map(|line| {
                    view! {
                        <div class="hover-line">
                            {line.color.map(|c| view! { <span class="key" style:background-color=c.css()></span> })}
                            {line.text}
                        </div>
                    }
                })
                .collect_view();
            // Plot ND: the point under the pointer and the primary law's loss there, raw.
            let body = if kind == PlotKind::Nd {
                let loss = state.with_untracked(|s| s.law_for(s.law).loss(h.at.0, h.at.1));
                view! {
                    <div
                        data-testid="nd-hover"
                        data-n=format!("{:e}", h.at.0)
                        data-d=format!("{:e}", h.at.1)
                        data-loss=format!("{loss:e}")
                    >
                        {lines}
                    </div>
                }
                .into_any()
            } else {
                lines.into_any()
            };
            // The read-out never covers the pointer. Across, it is anchored at the plotting
            // area's edge away from the pointer: by its left side, or (pointer on the left) by
            // its right side, so it keeps the plot's width to wrap in either way. Up and down,
            // it ends just above the pointer (pointer in the lower half) or starts just below
            // it: a read-out wider than half the plot (several laws) still misses the point.
            let spot = canvas_ref.get_untracked().map(|c| {
                let (a, ratio) = (area.get_value(), device_pixel_ratio());
                let (x0, y0) = (f64::from(c.offset_left()), f64::from(c.offset_top()));
                let width = c.parent_element().map_or(0.0, |f| f64::from(f.client_width()));
                let below = h.y < (f64::from(a.top) + f64::from(a.bottom)) / (2.0 * ratio);
                let top = if below { y0 + h.y + HOVER_GAP } else { y0 + h.y - HOVER_GAP };
                if h.x >= (f64::from(a.left) + f64::from(a.right)) / (2.0 * ratio) {
                    (top, Some(x0 + f64::from(a.left) / ratio + 4.0), None, below)
                } else {
                    (top, None, Some(width - x0 - f64::from(a.right) / ratio + 4.0), below)
                }
            });
            let px = |v: f64| format!("{v:.0}px");
            let at_right = matches!(spot, Some((_, _, Some(_), _)));
            let below = matches!(spot, Some((_, _, _, true)));
            view! {
                <div class="crosshair-v" style:left=format!("{}px", h.x)></div>
                <div class="crosshair-h" style:top=format!("{}px", h.y)></div>
                <div
                    class="hover-readout"
                    class:placed=spot.is_some()
                    class:at-right=at_right
                    class:below=below
                    style:top=spot.map(|s| px(s.0))
                    style:left=spot.and_then(|s| s.1).map(px)
                    style:right=spot.and_then(|s| s.2).map(px)
                    data-testid="hover-readout"
                >
                    {body}
                </div>
            }
        })
    };
    view! {
        <figure class="plot" class:clickable=clickable class:draggable=kind == PlotKind::Nd>
            <canvas
                node_ref=canvas_ref
                data-testid=format!("plot-{}", kind.as_str())
                role="img"
                tabindex="0"
                aria-label=label
                data-own-arrows=(kind == PlotKind::Nd).then_some("model")
                on:mousemove=on_move
                on:mouseleave=move |_| set_hover.set(None)
                on:click=on_click
                on:pointerdown=on_down
                on:pointermove=on_drag
                on:pointerup=on_up
                on:pointercancel=on_cancel
                on:keydown=on_key
            ></canvas>
            {crosshair}
        </figure>
    }
}
