// Performance benchmark of the release build in headless Chromium (entry point: scripts/bench).
//
//   node benches/web/bench.mjs --driver http://127.0.0.1:PORT --dist DIR --out FILE
//
// Measures, in one browser session (window 1440×900, device pixel ratio 1):
//   1. slider-to-repaint: the compute slider is set to 200 spread values (after 10 warm-up
//      steps); for each, t0 = performance.now() just before dispatching `input`, t1 = the moment a
//      MutationObserver sees every plot's data-paint-seq above its value before the step. The
//      same loop runs on the app (?compare=… → 5 laws on 4 plots) and on benches/web/peer.html
//      drawn by Chart.js and by Plotly.js (4 plots × 5 curves × 400 points, log-log, at the
//      app's measured plot size). `--repaint-only` runs this part alone for the app and Chart.js,
//      three rounds (for quick before/after comparisons). One animation frame is let through between steps, as
//      between two input events of a real drag. performance.now() has 0.1 ms resolution here
//      (no cross-origin isolation: its headers would add a process swap to every load).
//   2. page weight: gzip -9 size of every file in DIR (what dist/ serves), by kind.
//   3. load: navigation start → first plot painted, the earliest end of the app's User Timing
//      measures `redraw plot-*`, median of 10 fresh navigations (served with no-store, so each
//      load fetches and compiles everything again, like a first visit on a fast network).
//   5. main-thread work per step, from outside the app (issue 17): the DevTools protocol's
//      `Performance.getMetrics` TaskDuration (every main-thread task: script, style, layout,
//      paint, the canvases' software raster) read before and after a sweep of the 200 slider
//      values (after the warm-up), divided by the steps; ScriptDuration, RecalcStyleDuration
//      and LayoutDuration split it. For the app and the Chart.js peer, at device pixel ratio 1
//      and 2 (Emulation.setDeviceMetricsOverride, same window), in the same run: three rounds
//      alternating the two pages (`--task-rounds N`), the median of the rounds' ratios against
//      the target (the app ≤ 0.5× Chart.js). `--tasks-only` runs this part alone.
//   4. soak (issue 23): the compute slider stepped SOAK_STEPS times through 200 values, a
//      compared law switched on or off every 100 steps, one macrotask per step (every effect and
//      paint runs); wasm linear memory (`memory.buffer.byteLength` of the instance Trunk's loader
//      passes in its `TrunkApplicationStarted` event) and the JS heap (after a forced garbage
//      collection, DevTools protocol) at load, after 1,000 and after SOAK_STEPS steps. Target: no
//      wasm growth between 1,000 and SOAK_STEPS steps beyond one 64 KB page per plot.
//      `--soak-steps N` changes SOAK_STEPS (default 20,000); `--soak-only` skips 1–3.
//   6. fit your own runs (issue 20): on a fresh load of the default page, the fit section's
//      bundled example is loaded and fitted (its `data-ms`: the work of Approaches 3 and 2,
//      target ≤ 300 ms), then bootstrapped while the compute slider is stepped every 50 ms
//      (plot N's repaint time); the Long Tasks API and the longest gap between animation frames
//      say whether the page stayed responsive. `--fit-only` runs this part alone.
//   7. the loss landscape (issue 17): (a) slider-to-repaint as in 1 with all five plots shown
//      (N, D, C, Split and the landscape ND, in an embed so that all five are on screen and
//      none skips its paint); (b) a drag of your model on plot ND: 100 `pointermove` events
//      after a `pointerdown`, each timed from dispatch to the moment all five plots (your model
//      is on each) have repainted; (c) switching the primary law (new contours) in the full
//      page's law menu with plot ND alone shown: dispatch of `change` to its repaint, over the
//      four laws with a surface, 3 rounds. `--landscape-only` runs this part alone.
//   8. the sections below the first screen (issues 16, 18, 19, 21): slider-to-repaint as in 1
//      in an embed of the four plots plus one more, all on screen: the over-training plot
//      (with `inf` and `u` set, so its inference marker and the data-limited optima move with
//      with most budgets), the learning curves, the emergence plot. A plot that only some
//      budget steps change is watched rather than waited for: a step lasts until it has
//      repainted too when it does, and its repaints are counted. Then
//      the full page with the planner scrolled into view (text only): dispatch to the moment
//      its optimum read-out (`chip-hours`) has changed. `--sections-only` runs this part alone.
// Prints a table with targets (PASS/MISS) and writes the JSON report to FILE. Exits non-zero
// only when something could not be measured.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const arg = (name) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined; };
const DRIVER = arg('driver');
const DIST = path.resolve(arg('dist') ?? 'target/bench/dist');
const OUT = path.resolve(arg('out') ?? 'target/bench/report.json');
// --profile FILE: also record a CPU profile (Chrome DevTools Protocol) of the app's repaint
// loop into FILE (.cpuprofile, opens in DevTools) and print the functions with most self time.
const PROFILE = arg('profile');
const SOAK_STEPS = Number(arg('soak-steps') ?? 20000);
const SOAK_ONLY = process.argv.includes('--soak-only');
const TASKS_ONLY = process.argv.includes('--tasks-only');
// --worker-probe: only the probe of benches/web/worker-probe.html: main-thread work per step of
// the same drawing on four canvases done on the main thread or in a worker (OffscreenCanvas).
const WORKER_PROBE = process.argv.includes('--worker-probe');
// --task-rounds N: rounds of the main-thread measurement per device pixel ratio (default 3).
const TASK_ROUNDS = Math.max(1, Math.floor(Number(arg('task-rounds') ?? 3)) || 3);
// --repaint-only: only section 1 for the app and Chart.js (slider → repaint), three rounds
// alternating between the two pages, for quick before/after comparisons.
const REPAINT_ONLY = process.argv.includes('--repaint-only');
// --fit-only: only section 6, the fit of the bundled example and a bootstrap (issue 20).
const FIT_ONLY = process.argv.includes('--fit-only');
// --landscape-only: only section 7, the loss landscape (issue 17).
const LANDSCAPE_ONLY = process.argv.includes('--landscape-only');
// --sections-only: only section 8, the plots and panels below the first screen.
const SECTIONS_ONLY = process.argv.includes('--sections-only');
const SOAK_FIXED = process.argv.includes('--soak-fixed-budget');
// --soak-toggle models: switch the famous models instead of a law (to tell leaks apart).
const SOAK_TOGGLE_WHAT = arg('soak-toggle') ?? 'law';
const SOAK_CHUNK = 500;
const SOAK_MIDDLE = Math.min(1000, Math.floor(SOAK_STEPS / 2));
// --soak-toggle-every N: switch a law every N steps (0: never; default 100).
const SOAK_TOGGLE = Number(arg('soak-toggle-every') ?? 100);
// --soak-fixed-budget: keep the budget still (only the law switches move anything).
const WASM_PAGE = 65536;

const PLOTS = ['plot-n', 'plot-d', 'plot-c', 'plot-split'];
const APP_QUERY = '?compare=kaplan2020,epoch2024,chinchilla2022-a1,chinchilla2022-a2';
const STEPS = 200;
const LOADS = 10;
const TARGETS = { medianMs: 4, p95Ms: 8, pageKB: 200, firstPlotMs: 300, tasksRatio: 0.5, fitMs: 300,
  dragMs: 4, lawSwitchMs: 30 }; // KB = 1000 bytes
const LANDSCAPE_PLOTS = ['plot-n', 'plot-d', 'plot-c', 'plot-split', 'plot-nd'];

// Slider values (log10 FLOPs, step 0.01): 200 distinct values alternating between the low and
// the high half of [17, 28], so every step moves every curve and no value repeats in a row.
const round2 = (x) => Math.round(x * 100) / 100;
// `--drag`: instead, 200 consecutive values 10^21.00 … 10^22.99 (step 0.01), as a slow drag
// (the loss axes of plots N and D then snap to a new range only now and then).
const DRAG = process.argv.includes('--drag');
const VALUES = Array.from({ length: STEPS }, (_, i) => {
  if (DRAG) return round2(21 + i / 100);
  const k = Math.floor(i / 2) / (STEPS / 2 - 1);
  return round2(i % 2 === 0 ? 17 + 5.5 * k : 28 - 5.49 * k);
});
const WARMUP = [20, 26, 20.5, 25.5, 21, 25, 21.5, 24.5, 22, 24];

// --- static server: dist/ at /, benches/web at /peer/, the two chart libraries at /lib/ -------
const LIBS = {
  '/lib/chart.js': 'node_modules/chart.js/dist/chart.umd.min.js',
  '/lib/plotly.js': 'node_modules/plotly.js-dist-min/plotly.min.js',
};
const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.png': 'image/png', '.ico': 'image/x-icon' };

function fileFor(urlPath) {
  if (LIBS[urlPath]) return path.join(ROOT, LIBS[urlPath]);
  const [base, rel] = urlPath.startsWith('/peer/')
    ? [HERE, urlPath.slice('/peer/'.length)] : [DIST, urlPath.slice(1) || 'index.html'];
  try {
    const file = path.resolve(base, decodeURIComponent(rel));
    return file.startsWith(base + path.sep) ? file : null;
  } catch { return null; } // malformed %-escape
}

function serve() {
  const server = http.createServer((req, res) => {
    const file = fileFor(new URL(req.url, 'http://x').pathname);
    fs.readFile(file ?? '', (err, body) => {
      if (err) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store' });
      res.end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// --- W3C WebDriver over HTTP -------------------------------------------------------------------
async function wd(method, route, body) {
  const res = await fetch(DRIVER + route, { method,
    headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) throw new Error(`WebDriver ${method} ${route}: ${JSON.stringify(json.value)}`);
  return json.value;
}

// Runs `inPage(task, opts)` in the page (execute/async: one round trip) and returns its result.
async function run(session, task, opts) {
  const script = `const done = arguments[arguments.length - 1];
    (${inPage})(arguments[0], arguments[1]).then(done, (e) => done({ error: String(e) }));`;
  const value = await wd('POST', `/session/${session}/execute/async`, { script, args: [task, opts] });
  if (value?.error) throw new Error(`in page (${task}): ${value.error}`);
  return value;
}

// Executed inside the page (serialised with toString, so it must be self-contained).
async function inPage(task, opts) {
  const { plots, values, warmup } = opts;
  const find = () => plots.map((id) => document.querySelector(`[data-testid="${id}"]`));
  const seq = (el) => Number(el?.getAttribute('data-paint-seq') ?? 0);
  // Resolves with performance.now() taken in the MutationObserver callback in which cond()
  // first holds (or at once if it already does).
  const when = (cond, targets, options, what) => new Promise((resolve, reject) => {
    if (cond()) { resolve(performance.now()); return; }
    const timer = setTimeout(() => { mo.disconnect(); reject(new Error(`timed out: ${typeof what === 'function' ? what() : what}`)); }, 10000);
    const mo = new MutationObserver(() => {
      if (!cond()) return;
      const t = performance.now();
      mo.disconnect();
      clearTimeout(timer);
      resolve(t);
    });
    for (const t of targets) mo.observe(t, options);
  });
  // Ready: all plots exist and have painted once.
  await when(() => find().every((el) => seq(el) > 0), [document],
    { subtree: true, childList: true, attributes: true, attributeFilter: ['data-paint-seq'] },
    'first paint of every plot');
  const els = find();

  if (task === 'first-paint') {
    // The app keeps the latest `redraw plot-*` measure per plot: read them before any input.
    const ends = performance.getEntriesByType('measure')
      .filter((m) => m.name.startsWith('redraw plot-')).map((m) => m.startTime + m.duration);
    if (!ends.length) throw new Error('no "redraw plot-*" User Timing measure');
    return Math.min(...ends);
  }
  if (task === 'size') {
    // The app paints each canvas at its client size (CSS px, inside the border).
    return { w: els[0].clientWidth, h: els[0].clientHeight, dpr: devicePixelRatio,
      viewport: `${innerWidth}×${innerHeight}` };
  }
  if (task === 'soak') {
    // Steps `from`..`to` of the soak: slider through `values`, a law toggled every 100 steps.
    const slider = document.querySelector('input[data-testid="compute-slider"]');
    const toggle = () => document.querySelector(opts.toggleWhat === 'models'
      ? '[data-testid="models-toggle"]' : '[data-testid="compare-law"][data-law="kaplan2020"]').click();
    const tick = () => new Promise((r) => setTimeout(r, 0));
    for (let i = opts.from; i < opts.to; i++) {
      if (opts.toggleEvery > 0 && i > 0 && i % opts.toggleEvery === 0) toggle();
      if (!opts.fixedBudget) {
        slider.value = String(values[i % values.length]);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await tick();
    }
    await tick();
    return { painted: els.map(seq) };
  }
  if (task === 'fit') {
    // Issue 20: the fit section on its bundled example, driven as a user does (buttons), with
    // the compute slider stepped while the bootstrap runs. From outside the app's own timing:
    // the Long Tasks API (main-thread tasks ≥ 50 ms) and the longest gap between two animation
    // frames; from inside: the section's `data-ms` (work of the fit) and `data-longest-slice`.
    const q = (id) => document.querySelector(`[data-testid="${id}"]`);
    const poll = (cond, what, ms = 120000) => new Promise((resolve, reject) => {
      const start = performance.now();
      const check = () => {
        if (cond()) resolve(performance.now());
        else if (performance.now() - start > ms) reject(new Error(`timed out: ${what}`));
        else setTimeout(check, 2);
      };
      check();
    });
    let longTask = 0;
    let longTasks = 0;
    const lo = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) { longTask = Math.max(longTask, e.duration); longTasks++; }
    });
    lo.observe({ type: 'longtask' });
    let last = performance.now();
    let maxGap = 0;
    let watching = true;
    const raf = (t) => { maxGap = Math.max(maxGap, t - last); last = t; if (watching) requestAnimationFrame(raf); };
    requestAnimationFrame(raf);
    const t0 = performance.now();
    q('fit-load-example').click();
    const tFit = await poll(() => q('fit-result')?.hasAttribute('data-points'), 'the fit of the example');
    const fit = { wallMs: tFit - t0, workMs: Number(q('fit-result').getAttribute('data-ms')),
      points: Number(q('fit-result').getAttribute('data-points')), maxFrameGapMs: maxGap };
    maxGap = 0;
    q('fit-bootstrap').click();
    await poll(() => q('fit-intervals')?.dataset.running === 'true', 'the bootstrap to start');
    const tb = performance.now();
    const slider = q('compute-slider');
    const plotN = q('plot-n');
    const repaints = [];
    for (let k = 0; q('fit-intervals').dataset.running === 'true'; k++) {
      const before = seq(plotN);
      const painted = when(() => seq(plotN) > before, [plotN],
        { attributes: true, attributeFilter: ['data-paint-seq'] }, 'plot N repaint during the bootstrap');
      slider.value = String(k % 2 ? 21 + (k % 20) / 10 : 25 - (k % 20) / 10);
      const s = performance.now();
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      repaints.push((await painted) - s);
      await new Promise((r) => setTimeout(r, 50));
    }
    const boot = { wallMs: performance.now() - tb, resamples: Number(q('fit-intervals').dataset.done),
      maxFrameGapMs: maxGap, sliderRepaints: repaints };
    watching = false;
    await new Promise((r) => setTimeout(r, 100));
    lo.disconnect();
    return { fit, boot, longTaskMs: longTask, longTasks,
      longestSliceMs: Number(document.getElementById('fit').dataset.longestSlice) };
  }
  if (task === 'drag') {
    // Issue 17: your model dragged on plot ND; each pointermove to the repaint of every plot.
    const nd = document.querySelector('[data-testid="plot-nd"]');
    const rect = nd.getBoundingClientRect();
    const k = nd.width / rect.width;
    const [l, t, r, b] = nd.dataset.area.split(',').map(Number).map((v) => v / k);
    // Along C = 6ND ≈ 6e22 (N 10⁸…10¹², D 10¹⁴…10¹⁰): your model stays inside every plot's
    // axes, so each step changes all five charts.
    const at = (f) => ({ clientX: rect.left + l + (0.25 + 0.5 * f) * (r - l), clientY: rect.top + b - (0.75 - 0.5 * f) * (b - t) });
    const pointer = (type, f) => nd.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, button: 0,
      buttons: type === 'pointerup' ? 0 : 1, isPrimary: true, pointerType: 'mouse', ...at(f) }));
    const frame = () => new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
    pointer('pointerdown', 0);
    const times = [];
    for (let i = 1; i <= 110; i++) {
      await frame();
      const before = els.map(seq);
      const repainted = when(() => els.every((el, j) => seq(el) > before[j]), els,
        { attributes: true, attributeFilter: ['data-paint-seq'] }, `repaint at drag step ${i}`);
      const t0 = performance.now();
      pointer('pointermove', i % 2 ? (i % 50) / 50 : 1 - (i % 50) / 50);
      const t1 = await repainted;
      if (i > 10) times.push(t1 - t0);
    }
    pointer('pointerup', 0);
    return { times };
  }
  if (task === 'law-switch') {
    // Issue 17: a new primary law means new contours; `change` to plot ND's repaint.
    const select = document.querySelector('[data-testid="law-select"]');
    const nd = document.querySelector('[data-testid="plot-nd"]');
    const frame = () => new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
    const times = [];
    for (let round = 0; round < 3; round++) {
      for (const law of ['epoch2024', 'kaplan2020', 'muennighoff2023', 'chinchilla2022']) {
        await frame();
        const before = seq(nd);
        const repainted = when(() => seq(nd) > before, [nd], { attributes: true, attributeFilter: ['data-paint-seq'] },
          `repaint for ${law}`);
        select.value = law;
        const t0 = performance.now();
        select.dispatchEvent(new Event('change', { bubbles: true }));
        times.push((await repainted) - t0);
      }
    }
    return { times };
  }
  // task 'repaint': the slider loop. Options: `text`, a selector of a read-out whose
  // data-value must change too (a text-only section); `watch`, plots on screen that only some
  // steps change (the step then lasts until the last of them has repainted too: the step's
  // microtasks are let finish before it is read; their repaints are counted); `scrollTo`, a selector
  // scrolled into view first (and its section's data-on-screen awaited).
  const slider = document.querySelector('input[data-testid="compute-slider"]');
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  if (opts.scrollTo) {
    const target = document.querySelector(opts.scrollTo);
    target.scrollIntoView({ block: 'center' });
    const section = target.closest('[data-on-screen]');
    for (let k = 0; k < 100 && section && section.dataset.onScreen !== 'true'; k++) await frame();
    if (section && section.dataset.onScreen !== 'true') throw new Error(`${opts.scrollTo} not on screen`);
  }
  const text = opts.text ? document.querySelector(opts.text) : null;
  if (opts.text && !text) throw new Error(`no ${opts.text}`);
  const value = () => text?.getAttribute('data-value');
  const watched = (opts.watch ?? []).map((id) => document.querySelector(`[data-testid="${id}"]`));
  let watchedBefore = null;
  let watchedAt = 0;
  const watcher = new MutationObserver(() => { watchedAt = performance.now(); });
  for (const el of watched) watcher.observe(el, { attributes: true, attributeFilter: ['data-paint-seq'] });
  const times = [];
  const painting = []; // the app's own paint durations (data-painted), summed over the plots
  for (const [i, v] of [...warmup, ...values].entries()) {
    await frame();
    if (i === warmup.length) watchedBefore = watched.map(seq);
    const before = els.map(seq);
    const textBefore = value();
    const repainted = when(() => els.every((el, k) => seq(el) > before[k]) && (!text || value() !== textBefore),
      text ? [...els, text] : els, { attributes: true, attributeFilter: ['data-paint-seq', 'data-value'] },
      () => `repaint at slider ${v} (waiting for ${els.filter((el, k) => seq(el) <= before[k]).map((el) => el.dataset.testid).join(', ') || 'the text'})`);
    slider.value = String(v);
    const t0 = performance.now();
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    let t1 = await repainted;
    if (watched.length) {
      const seqs = watched.map(seq);
      await new Promise((r) => setTimeout(r, 0));
      if (watched.some((el, k) => seq(el) !== seqs[k]) || watchedAt > t0) t1 = Math.max(t1, watchedAt);
    }
    if (i >= warmup.length) {
      times.push(t1 - t0);
      painting.push(els.reduce((sum, el) => sum + Number(el.getAttribute('data-painted')), 0));
    }
  }
  await frame();
  watcher.disconnect();
  const watchedRepaints = watched.map((el, k) => seq(el) - (watchedBefore?.[k] ?? seq(el)));
  return { times, painting: painting.every(Number.isFinite) ? painting : null, watchedRepaints };
}

// Self time per function of a CPU profile, top 40, in ms (wasm functions keep their names
// only in a build whose wasm-opt ran with -g).
function printProfile({ nodes, samples, timeDeltas }) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const self = new Map();
  samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url ? path.basename(f.url) : ''}`.trim();
    self.set(name, (self.get(name) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`CPU profile of the app's repaint loop: ${total.toFixed(0)} ms sampled, self time per function`);
  [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)
    .forEach(([name, ms]) => console.log(`${ms.toFixed(1).padStart(9)} ms ${(100 * ms / total).toFixed(1).padStart(5)}%  ${name.slice(0, 150)}`));
}

// --- soak: memory over a long lesson (issue 23) -----------------------------------------------
class Done extends Error {}

async function soakRun(session, go, cdp, opts) {
  // Catch the wasm instance's memory as Trunk's loader announces it (before any page script).
  await cdp('Page.enable');
  await cdp('Page.addScriptToEvaluateOnNewDocument', { source:
    "addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = e.detail?.wasm?.memory; });" });
  await go('about:blank');
  await go(base + '/' + APP_QUERY);
  const memory = async (steps) => {
    await cdp('HeapProfiler.collectGarbage');
    const wasm = await wd('POST', `/session/${session}/execute/sync`, { script:
      'return window.__wasmMemory ? window.__wasmMemory.buffer.byteLength : null', args: [] });
    if (!wasm) throw new Error('no wasm memory: TrunkApplicationStarted not seen');
    const { usedSize } = await cdp('Runtime.getHeapUsage');
    const nodes = await wd('POST', `/session/${session}/execute/sync`, { script:
      'return document.getElementsByTagName("*").length', args: [] });
    return { steps, wasmBytes: wasm, jsHeapBytes: usedSize, domNodes: nodes };
  };
  const checkpoints = [await memory(0)];
  const started = Date.now();
  for (let from = 0; from < SOAK_STEPS;) {
    const to = Math.min(from + SOAK_CHUNK, SOAK_STEPS, from < SOAK_MIDDLE ? SOAK_MIDDLE : Infinity);
    await run(session, 'soak', { ...opts, from, to, toggleEvery: SOAK_TOGGLE, fixedBudget: SOAK_FIXED, toggleWhat: SOAK_TOGGLE_WHAT });
    // The middle checkpoint: after 1,000 steps (half the run when --soak-steps is shorter).
    if (from < SOAK_MIDDLE && to >= SOAK_MIDDLE) checkpoints.push(await memory(to));
    from = to;
  }
  checkpoints.push(await memory(SOAK_STEPS));
  const wasmGrowth = checkpoints[2].wasmBytes - checkpoints[1].wasmBytes;
  return { steps: SOAK_STEPS, toggleEvery: SOAK_TOGGLE, fixedBudget: SOAK_FIXED, seconds: (Date.now() - started) / 1000, checkpoints,
    wasmGrowth, jsHeapGrowth: checkpoints[2].jsHeapBytes - checkpoints[1].jsHeapBytes,
    allowedGrowth: PLOTS.length * WASM_PAGE };
}

function printSoak(soak) {
  const mb = (b) => (b / 1e6).toFixed(2).padStart(8);
  console.log([
    `Soak: ${soak.steps} steps${soak.fixedBudget ? ' (budget still)' : ' of the budget slider'}, ` +
      `${soak.toggleEvery ? `a law switched every ${soak.toggleEvery} steps` : 'no law switched'} (${soak.seconds.toFixed(0)} s), MB = 10^6 bytes`,
    `  ${'after steps'.padEnd(14)}  wasm memory    JS heap   DOM nodes`,
    ...soak.checkpoints.map((c) => `  ${String(c.steps).padEnd(14)}${mb(c.wasmBytes)}   ${mb(c.jsHeapBytes)}   ${String(c.domNodes).padStart(9)}`),
    `  wasm growth ${soak.checkpoints[1].steps}→${soak.steps}: ${(soak.wasmGrowth / 1024).toFixed(0)} KB ` +
      `(target ≤ ${soak.allowedGrowth / 1024} KB: one 64 KB page per plot) — ${soak.wasmGrowth <= soak.allowedGrowth ? 'PASS' : 'MISS'}`,
  ].join('\n'));
}

// --- main-thread work per step, from the DevTools protocol (issue 17) --------------------------
// `url` is loaded at device pixel ratio `dpr`; after the warm-up, Performance.getMetrics is read
// before and after the sweep of `opts.values`. Returns ms per step: task (all main-thread
// work), script, style + layout, and the rest (paint, raster, canvas, other tasks).
async function tasksPerStep(session, go, cdp, url, dpr, opts) {
  await cdp('Emulation.setDeviceMetricsOverride', { width: 1440, height: 900, deviceScaleFactor: dpr, mobile: false });
  await go('about:blank');
  await go(url);
  await run(session, 'repaint', { ...opts, values: opts.warmup, warmup: [] });
  await cdp('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async () => Object.fromEntries((await cdp('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await read();
  await run(session, 'repaint', { ...opts, warmup: [] });
  const after = await read();
  await cdp('Performance.disable');
  await cdp('Emulation.clearDeviceMetricsOverride');
  const per = (name) => (1000 * (after[name] - before[name])) / opts.values.length;
  const task = per('TaskDuration');
  const script = per('ScriptDuration');
  const style = per('RecalcStyleDuration');
  const layout = per('LayoutDuration');
  const styleLayout = style + layout;
  return { dpr, task, script, styleLayout, style, layout, rest: task - script - styleLayout,
    layouts: (after.LayoutCount - before.LayoutCount) / opts.values.length,
    styleRecalcs: (after.RecalcStyleCount - before.RecalcStyleCount) / opts.values.length };
}

async function tasksRun(session, go, cdp, opts, size) {
  // Rounds alternate the app and Chart.js (app, Chart.js, app, …) so that both see the same
  // phases of a host whose speed drifts; the verdict is the median of the rounds' ratios, and
  // each side's row is its median round (by task time).
  const rows = [];
  for (const dpr of [1, 2]) {
    const rounds = [];
    for (let i = 0; i < TASK_ROUNDS; i++) {
      const app = await tasksPerStep(session, go, cdp, base + '/' + APP_QUERY, dpr, opts);
      const chartjs = await tasksPerStep(session, go, cdp,
        `${base}/peer/peer.html?lib=chartjs&w=${size.w}&h=${size.h}`, dpr, opts);
      rounds.push({ app, chartjs, ratio: app.task / chartjs.task });
    }
    const mid = (side) => sorted(rounds.map((r) => r[side].task)).at((rounds.length - 1) >> 1);
    const pick = (side) => rounds.find((r) => r[side].task === mid(side))[side];
    rows.push({ dpr, app: pick('app'), chartjs: pick('chartjs'), ratio: median(rounds.map((r) => r.ratio)),
      ratios: rounds.map((r) => r.ratio) });
  }
  return rows;
}

// The worker probe: `TaskDuration` per step of the probe page drawing on its main thread
// (k=main) or in a worker (k=worker), rounds alternating, at dpr 1 and 2.
async function workerProbe(go, cdp, size) {
  const rows = [];
  const perStep = async (k, dpr) => {
    await cdp('Emulation.setDeviceMetricsOverride', { width: 1440, height: 900, deviceScaleFactor: dpr, mobile: false });
    await go('about:blank');
    await go(`${base}/peer/worker-probe.html?k=${k}&w=${size.w}&h=${size.h}&dpr=${dpr}`);
    const sweep = (from, n) => wd('POST', `/session/${session}/execute/async`, { script: `const [from, n, done] = arguments;
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      (async () => { for (let i = from; i < from + n; i++) { await frame(); await window.probeStep(i); await new Promise((r) => setTimeout(r, 16)); } await frame(); })().then(() => done(null), (e) => done(String(e)));`, args: [from, n] });
    await sweep(0, 20);
    await cdp('Performance.enable', { timeDomain: 'threadTicks' });
    const read = async () => Object.fromEntries((await cdp('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await read();
    await sweep(20, VALUES.length);
    const after = await read();
    await cdp('Performance.disable');
    await cdp('Emulation.clearDeviceMetricsOverride');
    return (1000 * (after.TaskDuration - before.TaskDuration)) / VALUES.length;
  };
  for (const dpr of [1, 2]) {
    const rounds = [];
    for (let i = 0; i < TASK_ROUNDS; i++) rounds.push({ main: await perStep('main', dpr), worker: await perStep('worker', dpr) });
    rows.push({ dpr, main: median(rounds.map((r) => r.main)), worker: median(rounds.map((r) => r.worker)), rounds });
  }
  console.log([`Worker probe: main-thread work per step (TaskDuration, ${VALUES.length} steps, median of ${TASK_ROUNDS} rounds) of the same drawing on 4 canvases of ${size.w}×${size.h} CSS px, ms`,
    ...rows.map((r) => `  dpr ${r.dpr}: drawn on the main thread ${r.main.toFixed(2)}, drawn in a worker ${r.worker.toFixed(2)} (${(r.worker / r.main).toFixed(2)}x)`)].join('\n'));
  return rows;
}

function printTasks(rows) {
  const f = (x) => x.toFixed(2).padStart(8);
  console.log([
    `Main-thread work per slider step (DevTools Performance.getMetrics, 200 steps; ${TASK_ROUNDS} alternating rounds, median round shown), ms`,
    `  ${''.padEnd(18)}    task    script  style+layout  (style   layout)     other   layouts/step`,
    ...rows.flatMap((r) => [['ours', r.app], ['Chart.js', r.chartjs]].map(([name, m]) =>
      `  ${`${name}, dpr ${r.dpr}`.padEnd(18)}${f(m.task)}  ${f(m.script)}  ${f(m.styleLayout)}  ${f(m.style)} ${f(m.layout)}  ${f(m.rest)}  ${m.layouts.toFixed(2).padStart(8)}`)),
    ...rows.map((r) => `  ours / Chart.js, dpr ${r.dpr}: ${r.ratio.toFixed(2)}x median of rounds ${r.ratios.map((x) => x.toFixed(2)).join(', ')} (target ≤ ${TARGETS.tasksRatio}x) — ${verdict(r.ratio <= TARGETS.tasksRatio)}`),
  ].join('\n'));
}

// --- statistics and report ---------------------------------------------------------------------
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => { const s = sorted(xs), m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p95 = (xs) => sorted(xs)[Math.ceil(0.95 * xs.length) - 1]; // nearest rank
const stats = (xs) => ({ median: median(xs), p95: p95(xs), min: Math.min(...xs),
  max: Math.max(...xs), n: xs.length, samples: xs });

// 7. The loss landscape (issue 17): five plots on the slider, a drag on plot ND, a law switch.
async function landscapeRun(session, go, opts) {
  const five = { ...opts, plots: LANDSCAPE_PLOTS };
  await go(`${opts.base}/${APP_QUERY}&embed=1&view=n,d,c,split,nd`);
  const slider = stats((await run(session, 'repaint', five)).times);
  const drag = stats((await run(session, 'drag', five)).times);
  await go(`${opts.base}/?law=chinchilla2022&view=nd`);
  const lawSwitch = stats((await run(session, 'law-switch', { ...opts, plots: ['plot-nd'] })).times);
  return { slider, drag, lawSwitch };
}

function printLandscape(l) {
  const row = (name, s, target) => console.log(`${name.padEnd(46)} median ${s.median.toFixed(2).padStart(6)} ms  p95 ${s.p95.toFixed(2).padStart(6)} ms  (target ${target})`);
  console.log('Loss landscape (issue 17)');
  row('slider → repaint, five plots (N, D, C, Split, ND)', l.slider, `median ≤ ${TARGETS.medianMs}, p95 ≤ ${TARGETS.p95Ms}`);
  row('drag on ND → repaint of all five plots', l.drag, `median ≤ ${TARGETS.dragMs}`);
  row('switch of the primary law → ND repainted', l.lawSwitch, `≤ ${TARGETS.lawSwitchMs}`);
}

// 8. The sections below the first screen (issues 16, 18, 19, 21): each new plot on screen with
// the four main ones, then the planner's text.
const SECTION_ROWS = [
  { issue: 16, name: 'four plots + over-training (inf=2T, u=300B)', view: 'overhead', extra: '&inf=2T&u=300B', moves: false },
  { issue: 18, name: 'four plots + learning curves', view: 'curves', moves: true },
  { issue: 19, name: 'four plots + emergence', view: 'emergence', moves: false },
];
async function sectionsRun(session, go, opts) {
  const rows = [];
  for (const r of SECTION_ROWS) {
    const id = `plot-${r.view}`;
    await go('about:blank');
    await go(`${opts.base}/${APP_QUERY}${r.extra ?? ''}&embed=1&view=n,d,c,split,${r.view}`);
    const res = await run(session, 'repaint', r.moves
      ? { ...opts, plots: [...PLOTS, id] } : { ...opts, plots: PLOTS, watch: [id] });
    rows.push({ ...r, ...stats(res.times), watchedRepaints: res.watchedRepaints?.[0] ?? null });
  }
  await go('about:blank');
  await go(`${opts.base}/${APP_QUERY}`);
  const planner = await run(session, 'repaint', { ...opts, plots: [],
    scrollTo: '[data-testid="plan"][data-target="optimum"]',
    text: '[data-testid="plan"][data-target="optimum"] [data-testid="chip-hours"]' });
  rows.push({ issue: 21, name: 'full page, planner on screen (text)', ...stats(planner.times) });
  return rows;
}

function printSections(rows) {
  console.log('Sections below the first screen (issues 16, 18, 19, 21): slider → repaint, ms');
  for (const r of rows) {
    const watched = r.watchedRepaints == null ? '' : `, plot-${r.view} repainted ${r.watchedRepaints}× (not waited for)`;
    console.log(`  #${r.issue} ${r.name.padEnd(46)} median ${r.median.toFixed(2).padStart(6)}  p95 ${r.p95.toFixed(2).padStart(6)}  (target median ≤ ${TARGETS.medianMs}, p95 ≤ ${TARGETS.p95Ms})${watched} — ${verdict(r.median <= TARGETS.medianMs && r.p95 <= TARGETS.p95Ms)}`);
  }
}

// 6. The fit section (issue 20) on its bundled example, in a fresh load of the default page.
async function fitRun(session, go, opts) {
  await go('about:blank');
  await go(base + '/?lang=en');
  const r = await run(session, 'fit', opts);
  r.boot.sliderRepaint = r.boot.sliderRepaints.length ? stats(r.boot.sliderRepaints) : null;
  return r;
}

function printFit(f) {
  const ms = (x) => `${x.toFixed(1)} ms`;
  const rep = f.boot.sliderRepaint;
  console.log([
    `Fit your own runs (issue 20): the bundled example (${f.fit.points} runs), Approach 3 and 2, then a bootstrap`,
    `  fit: work ${ms(f.fit.workMs)} (target ≤ 300 ms), button → result ${ms(f.fit.wallMs)}, longest frame gap ${ms(f.fit.maxFrameGapMs)}`,
    `  bootstrap: ${f.boot.resamples} resamples in ${ms(f.boot.wallMs)}, longest frame gap ${ms(f.boot.maxFrameGapMs)}`,
    `  longest slice of fit work (the app's data-longest-slice): ${ms(f.longestSliceMs)}`,
    `  main-thread tasks ≥ 50 ms (Long Tasks API) during both: ${f.longTasks ? `${f.longTasks}, longest ${ms(f.longTaskMs)}` : 'none'}`,
    rep ? `  compute slider during the bootstrap, plot N repaint: median ${ms(rep.median)}, p95 ${ms(rep.p95)} (${f.boot.sliderRepaints.length} steps)`
      : '  compute slider during the bootstrap: the bootstrap ended before the first step',
  ].join('\n'));
}

function pageWeight(dir) {
  const kind = (f) => ({ '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' })[path.extname(f)] ?? 'other';
  const parts = { wasm: 0, js: 0, css: 0, html: 0, other: 0 };
  const files = [];
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
    if (e.name.startsWith('.')) return; // Trunk's .trunk-lock, not part of the site
    const f = path.join(d, e.name);
    if (e.isDirectory()) return walk(f);
    const body = fs.readFileSync(f);
    const gzip = zlib.gzipSync(body, { level: 9 }).length;
    files.push({ file: path.relative(dir, f), bytes: body.length, gzip });
    parts[kind(f)] += gzip;
  });
  walk(dir);
  return { gzipTotal: Object.values(parts).reduce((a, b) => a + b, 0), gzipParts: parts, files };
}

const LIB_NAMES = { chartjs: 'Chart.js', plotly: 'Plotly.js' };
const fmt = (x, d = 2) => x.toFixed(d).padStart(8);
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

function print(r) {
  const { app, chartjs, plotly } = r.repaint;
  const lines = [
    `Scaling-law visualiser benchmark — ${r.browser}, window ${r.window} (viewport ${r.plotSize.viewport}), ` +
      `plots ${r.plotSize.w}×${r.plotSize.h} CSS px, dpr ${r.plotSize.dpr}`,
    '',
    `Slider-to-repaint of all 4 plots (5 curves × 400 points each), ${STEPS} steps, ms`,
    `  ${''.padEnd(24)}  median       p95       min       max`,
    ...[['ours (plotters/wasm)', app], ['  of which plot effects', r.repaint.appPainting],
      [`Chart.js ${r.versions.chartjs}`, chartjs], [`Plotly.js ${r.versions.plotly}`, plotly]]
      .filter(([, s]) => s).map(([name, s]) =>
        `  ${name.padEnd(24)}${fmt(s.median)}  ${fmt(s.p95)}  ${fmt(s.min)}  ${fmt(s.max)}`),
    ...Object.entries(r.repaint.ratio).map(([lib, q]) =>
      `  ${`ours / ${LIB_NAMES[lib]}`.padEnd(24)}${fmt(q.median)}x ${fmt(q.p95)}x`),
    "  (of which plot effects: the app's own data-painted durations, summed over the 4 plots)",
    '',
    'Page weight (gzip -9 of everything dist/ serves), KB = 1000 bytes',
    ...Object.entries(r.weight.gzipParts).map(([k, v]) => `  ${k.padEnd(24)}${fmt(v / 1000, 1)}`),
    `  ${'total'.padEnd(24)}${fmt(r.weight.gzipTotal / 1000, 1)}`,
    `  (for scale, the libraries alone: Chart.js ${(r.weight.libs.chartjs / 1000).toFixed(1)}, Plotly.js ${(r.weight.libs.plotly / 1000).toFixed(1)})`,
    '',
    `Load: navigation start → first plot painted, ${LOADS} fresh loads, ms`,
    `  median ${r.load.median.toFixed(1)}  (min ${Math.min(...r.load.samples).toFixed(1)}, max ${Math.max(...r.load.samples).toFixed(1)})`,
    '',
    'Targets',
    ...r.targets.map((t) => `  ${t.name.padEnd(34)}${t.value.padStart(12)}  ${verdict(t.pass)}`),
    '',
    `JSON: ${path.relative(process.cwd(), OUT)}`,
  ];
  console.log(lines.join('\n'));
}

// --- main --------------------------------------------------------------------------------------
if (!DRIVER) throw new Error('usage: bench.mjs --driver URL [--dist DIR] [--out FILE]');
// ChromeDriver (started by scripts/bench) may take a moment to listen.
for (let i = 0; ; i++) {
  const ready = await fetch(`${DRIVER}/status`).then((r) => r.json()).then((j) => j.value.ready, () => false);
  if (ready) break;
  if (i === 100) throw new Error(`no ChromeDriver at ${DRIVER}`);
  await new Promise((r) => setTimeout(r, 100));
}
fs.mkdirSync(path.dirname(OUT), { recursive: true });
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
let session;
let failed = false;
// On Ctrl-C / kill, close the browser too (ChromeDriver leaves it running when it is stopped).
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    if (session) await wd('DELETE', `/session/${session}`).catch(() => {});
    process.exit(130);
  });
}
try {
  const created = await wd('POST', '/session', { capabilities: { alwaysMatch: {
    'goog:chromeOptions': { binary: process.env.CHROME_BIN || '/usr/bin/chromium', args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--window-size=1440,900', ...(process.env.BENCH_CHROME_ARGS ? process.env.BENCH_CHROME_ARGS.split(' ') : [])] } } } });
  session = created.sessionId;
  await wd('POST', `/session/${session}/timeouts`, { script: 120000, pageLoad: 60000 });
  const go = (url) => wd('POST', `/session/${session}/url`, { url });
  // A screenshot after each repaint loop, to check by eye that the pages draw alike.
  const shot = async (name) => fs.writeFileSync(path.join(path.dirname(OUT), `${name}.png`),
    Buffer.from(await wd('GET', `/session/${session}/screenshot`), 'base64'));
  const opts = { plots: PLOTS, values: VALUES, warmup: WARMUP };

  const cdp = (cmd, params = {}) => wd('POST', `/session/${session}/goog/cdp/execute`, { cmd, params });
  if (TASKS_ONLY) {
    await go(base + '/' + APP_QUERY);
    const size = await run(session, 'size', opts);
    const tasks = await tasksRun(session, go, cdp, opts, size);
    printTasks(tasks);
    fs.writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), plotSize: size, tasks }, null, 2) + '\n');
    throw new Done();
  }
  if (WORKER_PROBE) {
    await go(base + '/' + APP_QUERY);
    const size = await run(session, 'size', opts);
    const probe = await workerProbe(go, cdp, size);
    fs.writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), plotSize: size, workerProbe: probe }, null, 2) + '\n');
    throw new Done();
  }
  if (REPAINT_ONLY) {
    const rounds = [];
    for (let round = 0; round < 3; round++) {
      await go(base + '/' + APP_QUERY);
      const size = await run(session, 'size', opts);
      const profiling = PROFILE && round === 0;
      if (profiling) { await cdp('Profiler.enable'); await cdp('Profiler.setSamplingInterval', { interval: 100 }); await cdp('Profiler.start'); }
      const app = await run(session, 'repaint', opts);
      if (profiling) { const { profile } = await cdp('Profiler.stop'); fs.writeFileSync(PROFILE, JSON.stringify(profile)); }
      await go(`${base}/peer/peer.html?lib=chartjs&w=${size.w}&h=${size.h}`);
      const chartjs = await run(session, 'repaint', opts);
      rounds.push({ app: stats(app.times), chartjs: stats(chartjs.times) });
      const r = rounds[round];
      const ms = (x) => `${x.toFixed(2)} ms`;
      console.log(`round ${round + 1}: app ${ms(r.app.median)} / ${ms(r.app.p95)}, Chart.js ${ms(r.chartjs.median)} / ${ms(r.chartjs.p95)} (median / p95)`);
    }
    const all = (who, k) => median(rounds.map((r) => r[who][k]));
    const ms = (x) => `${x.toFixed(2)} ms`;
    console.log(`median of rounds: app ${ms(all('app', 'median'))} / ${ms(all('app', 'p95'))}, Chart.js ${ms(all('chartjs', 'median'))} / ${ms(all('chartjs', 'p95'))}`);
    fs.writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), repaintRounds: rounds }, null, 2) + '\n');
    throw new Done();
  }
  if (LANDSCAPE_ONLY) {
    const landscape = await landscapeRun(session, go, { ...opts, base });
    printLandscape(landscape);
    fs.writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), landscape }, null, 2) + '\n');
    throw new Done();
  }
  if (SECTIONS_ONLY) {
    const sections = await sectionsRun(session, go, { ...opts, base });
    printSections(sections);
    fs.writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), sections }, null, 2) + '\n');
    throw new Done();
  }
  if (FIT_ONLY) {
    const fit = await fitRun(session, go, opts);
    printFit(fit);
    fs.writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), fit }, null, 2) + '\n');
    throw new Done();
  }
  // 4. Soak first (a fresh browser), when asked for alone or as part of the whole run.
  const soak = await soakRun(session, go, cdp, opts);
  if (SOAK_ONLY) {
    printSoak(soak);
    fs.writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), soak }, null, 2) + '\n');
    throw new Done();
  }

  // 1. Repaint: the app first (its plot size is passed to the peers), then the two peers.
  await go(base + '/' + APP_QUERY);
  const size = await run(session, 'size', opts);
  if (PROFILE) { await cdp('Profiler.enable'); await cdp('Profiler.setSamplingInterval', { interval: 100 }); await cdp('Profiler.start'); }
  const app = await run(session, 'repaint', opts);
  if (PROFILE) {
    const { profile } = await cdp('Profiler.stop');
    fs.writeFileSync(PROFILE, JSON.stringify(profile));
    printProfile(profile);
  }
  await shot('app');
  const peer = async (lib) => {
    await go(`${base}/peer/peer.html?lib=${lib}&w=${size.w}&h=${size.h}`);
    const { times } = await run(session, 'repaint', opts);
    await shot(lib);
    return times;
  };
  const repaint = { app: stats(app.times), appPainting: app.painting && stats(app.painting),
    chartjs: stats(await peer('chartjs')), plotly: stats(await peer('plotly')) };
  repaint.ratio = Object.fromEntries(['chartjs', 'plotly'].map((lib) => [lib, {
    median: repaint.app.median / repaint[lib].median, p95: repaint.app.p95 / repaint[lib].p95 }]));

  // 2. Page weight (and the peers' libraries, for scale).
  const weight = pageWeight(DIST);
  const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(ROOT, f)), { level: 9 }).length;
  weight.libs = { chartjs: gz(LIBS['/lib/chart.js']), plotly: gz(LIBS['/lib/plotly.js']) };

  // 3. Load: fresh navigations (via about:blank, so none is a same-document reload).
  const loads = [];
  for (let i = 0; i < LOADS; i++) {
    await go('about:blank');
    await go(base + '/' + APP_QUERY);
    loads.push(await run(session, 'first-paint', opts));
  }
  const load = { median: median(loads), samples: loads };

  // 5. Main-thread work per step, from outside (issue 17), at dpr 1 and 2.
  const tasks = await tasksRun(session, go, cdp, opts, size);

  // 6. The fit section (issue 20).
  const fit = await fitRun(session, go, opts);

  // 7. The loss landscape (issue 17).
  const landscape = await landscapeRun(session, go, { ...opts, base });

  // 8. The sections below the first screen.
  const sections = await sectionsRun(session, go, { ...opts, base });

  const version = (pkg) => JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'))).version;
  const report = {
    date: new Date().toISOString(), browser: `${created.capabilities.browserName} ${created.capabilities.browserVersion}`,
    window: '1440×900', plotSize: size, steps: STEPS, warmupSteps: WARMUP.length, sliderValues: VALUES,
    versions: { chartjs: version('chart.js'), plotly: version('plotly.js-dist-min') },
    repaint, weight, load, soak, tasks, fit, landscape, sections,
    targets: [
      { name: `soak: wasm growth ${soak.checkpoints[1].steps}→${soak.checkpoints[2].steps} steps ≤ ${soak.allowedGrowth / 1024} KB`,
        value: `${(soak.wasmGrowth / 1024).toFixed(0)} KB`, pass: soak.wasmGrowth <= soak.allowedGrowth },
      { name: `repaint median ≤ ${TARGETS.medianMs} ms`, value: `${repaint.app.median.toFixed(2)} ms`, pass: repaint.app.median <= TARGETS.medianMs },
      { name: `repaint p95 ≤ ${TARGETS.p95Ms} ms`, value: `${repaint.app.p95.toFixed(2)} ms`, pass: repaint.app.p95 <= TARGETS.p95Ms },
      { name: `page ≤ ${TARGETS.pageKB} KB gzip`, value: `${(weight.gzipTotal / 1000).toFixed(1)} KB`, pass: weight.gzipTotal <= TARGETS.pageKB * 1000 },
      { name: `first plot ≤ ${TARGETS.firstPlotMs} ms`, value: `${load.median.toFixed(1)} ms`, pass: load.median <= TARGETS.firstPlotMs },
      ...tasks.map((t) => ({ name: `main-thread work ≤ ${TARGETS.tasksRatio}× Chart.js, dpr ${t.dpr}`,
        value: `${t.ratio.toFixed(2)}x`, pass: t.ratio <= TARGETS.tasksRatio })),
      { name: `fit of the example ≤ ${TARGETS.fitMs} ms of work`, value: `${fit.fit.workMs.toFixed(1)} ms`, pass: fit.fit.workMs <= TARGETS.fitMs },
      { name: `five plots: repaint median ≤ ${TARGETS.medianMs} ms`, value: `${landscape.slider.median.toFixed(2)} ms`, pass: landscape.slider.median <= TARGETS.medianMs },
      { name: `five plots: repaint p95 ≤ ${TARGETS.p95Ms} ms`, value: `${landscape.slider.p95.toFixed(2)} ms`, pass: landscape.slider.p95 <= TARGETS.p95Ms },
      { name: `drag on ND: repaint median ≤ ${TARGETS.dragMs} ms`, value: `${landscape.drag.median.toFixed(2)} ms`, pass: landscape.drag.median <= TARGETS.dragMs },
      { name: `law switch: ND repaint ≤ ${TARGETS.lawSwitchMs} ms (p95)`, value: `${landscape.lawSwitch.p95.toFixed(2)} ms`, pass: landscape.lawSwitch.p95 <= TARGETS.lawSwitchMs },
      ...sections.map((r) => ({ name: `#${r.issue} ${r.name}: repaint median ≤ ${TARGETS.medianMs}, p95 ≤ ${TARGETS.p95Ms} ms`,
        value: `${r.median.toFixed(2)} / ${r.p95.toFixed(2)} ms`, pass: r.median <= TARGETS.medianMs && r.p95 <= TARGETS.p95Ms })),
    ],
  };
  fs.writeFileSync(OUT, JSON.stringify(report, null, 2) + '\n');
  print(report);
  printTasks(tasks);
  printSoak(soak);
  printFit(fit);
  printLandscape(landscape);
  printSections(sections);
} catch (e) {
  if (!(e instanceof Done)) {
    console.error(`bench: could not measure: ${e.stack || e}`);
    failed = true;
  }
} finally {
  if (session) await wd('DELETE', `/session/${session}`).catch(() => {});
  server.close();
}
process.exit(failed ? 1 : 0);
