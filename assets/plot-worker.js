// The plot worker: draws the page's plots on canvases handed over to it
// (`transferControlToOffscreen`), so that neither the drawing nor its raster takes the page's
// main thread. The page computes each chart and writes its canvas calls down
// (src/components/canvas_backend/record.rs); this replays them. See src/components/plot_worker.rs
// for the messages.
//
//   page → worker  {canvas: id, offscreen}            a plot's canvas, handed over
//                  {paints: [{paint: id, seq, w, h, ops, strings, split, layer, keep, alive}, …]}
//                                                      the paints of one turn of the page, drawn
//                                                      in one task (so in one frame)
//                  {drop: id}                          the plot is gone
//                  {ping: 1}                           are you keeping pace? (before any canvas)
//   worker → page  {ready: PROTOCOL}                   once, when this script runs
//                  {pong: 1}                           the answer to a ping
//                  {answers: [{painted: id, seq, ms, at, error?}, …]}
//                                                      after each batch (at: when each paint
//                                                      ended, ms since the Unix epoch; error: a
//                                                      paint that threw)
"use strict";

// Must equal `plot_worker::PROTOCOL` (checked by a native test): the page only hands its
// canvases to a worker that speaks its language (an old copy of this file from a cache would not).
const PROTOCOL = 1;

// Must equal `record::op` (checked by a native test).
const OP = {
  STROKE_STYLE: 1,
  FILL_STYLE: 2,
  LINE_WIDTH: 3,
  FONT: 4,
  BASELINE: 5,
  ALIGN: 6,
  DASH: 7,
  BEGIN_PATH: 8,
  MOVE_TO: 9,
  LINE_TO: 10,
  CLOSE_PATH: 11,
  STROKE: 12,
  FILL: 13,
  FILL_RECT: 14,
  STROKE_RECT: 15,
  CIRCLE: 16,
  SAVE: 17,
  RESTORE: 18,
  TRANSLATE: 19,
  ROTATE: 20,
  TEXT: 21,
  SPRITE_BEGIN: 22,
  SPRITE_END: 23,
  SPRITE: 24,
  SPRITE_DROP: 25,
};

const BASELINES = ["top", "middle", "bottom"];
const ALIGNS = ["start", "end", "center"];

// id → {canvas, ctx, layers: Map(layer id → OffscreenCanvas)}
const plots = new Map();
// Pictures (legend panels), shared by all plots: id → OffscreenCanvas.
const sprites = new Map();

function context(canvas) {
  return canvas.getContext("2d");
}

// Replays ops[from, to) on ctx; returns where it stopped (the end, or after a SPRITE_END that
// closes a picture begun by the caller).
function replay(ctx, ops, strings, from, to) {
  let i = from;
  while (i < to) {
    const code = ops[i++];
    switch (code) {
      case OP.STROKE_STYLE: ctx.strokeStyle = strings[ops[i++]]; break;
      case OP.FILL_STYLE: ctx.fillStyle = strings[ops[i++]]; break;
      case OP.LINE_WIDTH: ctx.lineWidth = ops[i++]; break;
      case OP.FONT: ctx.font = strings[ops[i++]]; break;
      case OP.BASELINE: ctx.textBaseline = BASELINES[ops[i++]]; break;
      case OP.ALIGN: ctx.textAlign = ALIGNS[ops[i++]]; break;
      case OP.DASH: {
        const n = ops[i++];
        ctx.setLineDash(Array.from(ops.subarray(i, i + n)));
        i += n;
        break;
      }
      case OP.BEGIN_PATH: ctx.beginPath(); break;
      case OP.MOVE_TO: ctx.moveTo(ops[i], ops[i + 1]); i += 2; break;
      case OP.LINE_TO: ctx.lineTo(ops[i], ops[i + 1]); i += 2; break;
      case OP.CLOSE_PATH: ctx.closePath(); break;
      case OP.STROKE: ctx.stroke(); break;
      case OP.FILL: ctx.fill(); break;
      case OP.FILL_RECT: ctx.fillRect(ops[i], ops[i + 1], ops[i + 2], ops[i + 3]); i += 4; break;
      case OP.STROKE_RECT: ctx.strokeRect(ops[i], ops[i + 1], ops[i + 2], ops[i + 3]); i += 4; break;
      case OP.CIRCLE: ctx.arc(ops[i], ops[i + 1], ops[i + 2], 0, 2 * Math.PI); i += 3; break;
      case OP.SAVE: ctx.save(); break;
      case OP.RESTORE: ctx.restore(); break;
      case OP.TRANSLATE: ctx.translate(ops[i], ops[i + 1]); i += 2; break;
      case OP.ROTATE: ctx.rotate(ops[i++]); break;
      case OP.TEXT: ctx.fillText(strings[ops[i]], ops[i + 1], ops[i + 2]); i += 3; break;
      case OP.SPRITE_BEGIN: {
        const id = ops[i], w = ops[i + 1], h = ops[i + 2];
        i += 3;
        const picture = new OffscreenCanvas(Math.max(1, w), Math.max(1, h));
        i = replay(context(picture), ops, strings, i, to);
        sprites.set(id, picture);
        break;
      }
      case OP.SPRITE_END: return i;
      case OP.SPRITE: {
        const picture = sprites.get(ops[i]);
        if (picture) ctx.drawImage(picture, ops[i + 1], ops[i + 2]);
        i += 3;
        break;
      }
      case OP.SPRITE_DROP: sprites.delete(ops[i++]); break;
      default: throw new Error(`plot worker: unknown operation ${code} at ${i - 1}`);
    }
  }
  return i;
}

// Layers recorded but not drawn yet: plot id → {layer id, w, h, ops, strings, split}.
const pending = new Map();

// Draws a layer that a paint recorded (its static part), if it is still to be drawn.
function build(id, plot) {
  const p = pending.get(id);
  if (!p) return;
  pending.delete(id);
  let layer = plot.layers.get(p.layer);
  if (!layer) {
    layer = new OffscreenCanvas(p.w, p.h);
    plot.layers.set(p.layer, layer);
  } else {
    layer.width = p.w; // also clears it and resets its state
    layer.height = p.h;
  }
  replay(context(layer), p.ops, p.strings, 0, p.split);
}

function paint(m) {
  const plot = plots.get(m.paint);
  if (!plot) return;
  const { canvas, ctx, layers } = plot;
  if (canvas.width !== m.w) canvas.width = m.w;
  if (canvas.height !== m.h) canvas.height = m.h;
  // The recording assumes a solid line to start with (the state of a fresh context).
  ctx.setLineDash([]);
  for (const id of layers.keys()) if (!m.alive.includes(id)) layers.delete(id);
  const ops = m.ops, strings = m.strings;
  if (m.keep) {
    // A new static layer: the whole chart is drawn on the canvas, and the layer is drawn
    // on a canvas of its own after this batch (or before the next paint that copies it). A
    // layer still to be drawn for this plot is drawn first: the page counts on it.
    build(m.paint, plot);
    pending.set(m.paint, { layer: m.layer, w: m.w, h: m.h, ops, strings, split: m.split });
    replay(ctx, ops, strings, 0, m.split);
    // The moving parts were recorded for a fresh context (solid lines).
    ctx.setLineDash([]);
    replay(ctx, ops, strings, m.split, ops.length);
    return;
  }
  build(m.paint, plot);
  const layer = layers.get(m.layer);
  if (layer) ctx.drawImage(layer, 0, 0);
  replay(ctx, ops, strings, 0, ops.length);
}

self.onmessage = (e) => {
  const m = e.data;
  if (m.canvas !== undefined) {
    plots.set(m.canvas, { canvas: m.offscreen, ctx: context(m.offscreen), layers: new Map() });
  } else if (m.paints !== undefined) {
    const answers = [];
    for (const p of m.paints) {
      const t0 = performance.now();
      let error;
      try {
        paint(p);
      } catch (e) {
        error = String(e);
      }
      const t1 = performance.now();
      answers.push({ painted: p.paint, seq: p.seq, ms: t1 - t0, at: performance.timeOrigin + t1, error });
    }
    self.postMessage({ answers });
    // The layers these paints recorded, once their pixels are out.
    if (pending.size) {
      setTimeout(() => {
        for (const [id, plot] of plots) build(id, plot);
      }, 0);
    }
  } else if (m.ping !== undefined) {
    self.postMessage({ pong: 1 });
  } else if (m.drop !== undefined) {
    plots.delete(m.drop);
    pending.delete(m.drop);
  }
};

self.postMessage({ ready: PROTOCOL });
