// Peer page of the benchmark (see peer.html): the same content as the app's four plots, drawn
// by Chart.js 4 or Plotly.js, recomputed and redrawn on every `input` event of the slider.
'use strict';

const params = new URLSearchParams(location.search);
const LIB = params.get('lib') || 'chartjs';
const W = Number(params.get('w')) || 600; // CSS pixels of one plot: the harness passes the
const H = Number(params.get('h')) || 320; // size of the app's canvases, measured in the same run
const POINTS = 400;

// Five parametric laws L(N, D) = E + A/N^α + B/D^β: Chinchilla (Hoffmann 2022, approach 3),
// the Epoch AI 2024 refit, and three variations, standing in for the app's five laws.
const LAWS = [
  { name: 'Chinchilla 2022', E: 1.69, A: 406.4, B: 410.7, a: 0.34, b: 0.28 },
  { name: 'Epoch 2024', E: 1.8172, A: 482.01, B: 2085.43, a: 0.3478, b: 0.3658 },
  { name: 'variation 1', E: 1.69, A: 406.4, B: 410.7, a: 0.3, b: 0.3 },
  { name: 'variation 2', E: 1.75, A: 500, B: 500, a: 0.36, b: 0.26 },
  { name: 'variation 3', E: 1.65, A: 350, B: 1200, a: 0.32, b: 0.33 },
];
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e'];

const loss = (l, n, d) => l.E + l.A / n ** l.a + l.B / d ** l.b;
// Compute-optimal N for C = 6·N·D: minimise L along N·D = C/6 (closed form).
const nOpt = (l, c) =>
  ((l.a * l.A) / (l.b * l.B)) ** (1 / (l.a + l.b)) * (c / 6) ** (l.b / (l.a + l.b));
const logSpace = (lo, hi) =>
  Array.from({ length: POINTS }, (_, i) => lo * (hi / lo) ** (i / (POINTS - 1)));

// The four plots: id (the app's data-testid), title, axes (log-log, fixed ranges) and, for a
// budget c, one curve [{x, y} × 400] per law.
const PLOTS = [
  { id: 'plot-n', title: 'Loss vs parameters at budget C', x: [1e6, 1e14], y: [1.6, 3],
    curve: (l, c) => logSpace(1e6, 1e14).map((n) => ({ x: n, y: loss(l, n, c / 6 / n) })) },
  { id: 'plot-d', title: 'Loss vs tokens at budget C', x: [1e8, 1e16], y: [1.6, 3],
    curve: (l, c) => logSpace(1e8, 1e16).map((d) => ({ x: d, y: loss(l, c / 6 / d, d) })) },
  { id: 'plot-c', title: 'Optimal loss vs compute', x: [1e17, 1e28], y: [1.5, 5],
    curve: (l) => logSpace(1e17, 1e28).map((k) => {
      const n = nOpt(l, k);
      return { x: k, y: loss(l, n, k / 6 / n) };
    }) },
  { id: 'plot-split', title: 'Optimal parameters N* vs compute', x: [1e17, 1e28], y: [1e7, 1e15],
    curve: (l) => logSpace(1e17, 1e28).map((k) => ({ x: k, y: nOpt(l, k) })) },
];

// The completion signal the harness waits for, as in the app: data-paint-seq grows by one
// after each finished draw of a plot.
function painted(el) {
  el.setAttribute('data-paint-seq', String(Number(el.getAttribute('data-paint-seq') || 0) + 1));
}

function setupChartjs(grid) {
  const charts = PLOTS.map((p) => {
    const canvas = document.createElement('canvas');
    canvas.dataset.testid = p.id;
    canvas.width = W;
    canvas.height = H;
    canvas.style.width = `${W}px`;
    canvas.style.height = `${H}px`;
    grid.append(canvas);
    // Wide log axes labelled at powers of ten only, like the app's (Chart.js's default labels
    // 1, 2, 5 × 10^k in full digits); loss axes keep the default labels.
    const tick = (v) => {
      const e = Math.round(Math.log10(v));
      return v < 100 ? v : Math.abs(v / 10 ** e - 1) < 1e-9 ? `1e${e}` : '';
    };
    const axis = ([min, max]) => ({ type: 'logarithmic', min, max, ticks: { callback: tick } });
    const chart = new Chart(canvas, {
      type: 'line',
      data: { datasets: LAWS.map((l, i) => ({
        label: l.name, data: [], borderColor: COLORS[i], borderWidth: 1.5, pointRadius: 0 })) },
      // Chart.js's documented fast path: no animation, pre-parsed {x, y} data, sorted x.
      options: { responsive: false, animation: false, parsing: false, normalized: true,
        plugins: { title: { display: true, text: p.title } },
        scales: { x: axis(p.x), y: axis(p.y) } },
    });
    return { p, chart, canvas };
  });
  return (c) => {
    for (const { p, chart, canvas } of charts) {
      chart.data.datasets.forEach((ds, i) => { ds.data = p.curve(LAWS[i], c); });
      chart.update('none'); // synchronous: drawn when it returns
      painted(canvas);
    }
  };
}

function setupPlotly(grid) {
  const divs = PLOTS.map((p) => {
    const div = document.createElement('div');
    div.dataset.testid = p.id;
    grid.append(div);
    return div;
  });
  const config = { displayModeBar: false, responsive: false };
  const axis = ([lo, hi]) => ({ type: 'log', range: [Math.log10(lo), Math.log10(hi)],
    exponentformat: 'power' });
  return (c) => {
    PLOTS.forEach((p, k) => {
      const traces = LAWS.map((l, i) => {
        const pts = p.curve(l, c);
        return { type: 'scatter', mode: 'lines', name: l.name, line: { color: COLORS[i], width: 1.5 },
          x: pts.map((q) => q.x), y: pts.map((q) => q.y) };
      });
      const layout = { width: W, height: H, title: { text: p.title },
        margin: { l: 50, r: 10, t: 30, b: 30 }, xaxis: axis(p.x), yaxis: axis(p.y) };
      // Plotly.react's promise resolves once the plot is drawn.
      Plotly.react(divs[k], traces, layout, config).then(() => painted(divs[k]));
    });
  };
}

// Load the library (served from node_modules by the bench server), draw once, then redraw on
// every slider input with the data recomputed for the new budget.
const script = document.createElement('script');
script.src = LIB === 'plotly' ? '/lib/plotly.js' : '/lib/chart.js';
script.onload = () => {
  const grid = document.getElementById('plots');
  const draw = LIB === 'plotly' ? setupPlotly(grid) : setupChartjs(grid);
  const slider = document.querySelector('[data-testid="compute-slider"]');
  slider.addEventListener('input', () => draw(10 ** Number(slider.value)));
  draw(10 ** Number(slider.value));
};
document.head.append(script);
