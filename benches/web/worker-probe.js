// The drawing of the probe (benches/web/worker-probe.html): runs on the page or, loaded as a
// worker, on the canvases the page hands over.
'use strict';

function probe() {
  const views = [];
  const layers = [];
  const colors = ['#0072b2', '#009e73', '#d55e00', '#cc79a7', '#e69f00'];
  return {
    // Each canvas gets a static layer (background, a grid, a curve), drawn once offscreen.
    setup(canvases) {
      for (const [i, c] of canvases.entries()) {
        const layer = new OffscreenCanvas(c.width, c.height);
        const g = layer.getContext('2d');
        g.fillStyle = '#ffffff'; g.fillRect(0, 0, c.width, c.height);
        g.strokeStyle = '#dddddd'; g.lineWidth = 1; g.beginPath();
        for (let x = 0; x < c.width; x += 40) { g.moveTo(x, 0); g.lineTo(x, c.height); }
        for (let y = 0; y < c.height; y += 40) { g.moveTo(0, y); g.lineTo(c.width, y); }
        g.stroke();
        g.strokeStyle = '#999999'; g.lineWidth = 2; g.beginPath();
        for (let x = 0; x < c.width; x += 6) g.lineTo(x, c.height / 2 + Math.sin(x / 50 + i) * c.height / 3);
        g.stroke();
        layers.push(layer);
        views.push(c.getContext('2d'));
      }
    },
    // One step: the layer copied, five curves and a label over it.
    draw(n) {
      for (const [i, g] of views.entries()) {
        const { width: w, height: h } = g.canvas;
        g.drawImage(layers[i], 0, 0);
        g.lineWidth = 2.75 * (w / 523);
        for (const [k, color] of colors.entries()) {
          g.strokeStyle = color; g.beginPath();
          for (let x = 0; x <= w; x += 16) g.lineTo(x, h / 2 + Math.cos(x / 60 + n / 7 + k) * h / 4);
          g.stroke();
        }
        g.fillStyle = '#000000'; g.font = `${Math.round(13 * (w / 523))}px sans-serif`;
        g.fillText(`step ${n}`, 20, 30);
      }
    },
  };
}

if (typeof document === 'undefined') {
  // In the worker: the first message hands over the canvases, the next ones are steps.
  const p = probe();
  onmessage = (e) => { if (e.data.canvases) p.setup(e.data.canvases); else p.draw(e.data.step); postMessage(e.data.step); };
} else {
  const q = new URLSearchParams(location.search);
  const [w, h, dpr] = ['w', 'h', 'dpr'].map((k) => Number(q.get(k)) || 0);
  const canvases = [0, 1, 2, 3].map(() => {
    const c = document.createElement('canvas');
    c.width = Math.round((w || 523) * (dpr || devicePixelRatio));
    c.height = Math.round((h || 308) * (dpr || devicePixelRatio));
    c.style.width = `${w || 523}px`; c.style.height = `${h || 308}px`;
    document.getElementById('plots').append(c);
    return c;
  });
  const label = document.getElementById('step');
  if (q.get('k') === 'worker') {
    const worker = new Worker('worker-probe.js');
    const handed = canvases.map((c) => c.transferControlToOffscreen());
    worker.postMessage({ canvases: handed }, handed);
    // Resolves when the worker has drawn the step.
    let waiting = null;
    worker.onmessage = () => { if (waiting) { waiting(); waiting = null; } };
    window.probeStep = (n) => new Promise((resolve) => { waiting = resolve; label.textContent = String(n); worker.postMessage({ step: n }); });
  } else {
    const p = probe();
    p.setup(canvases);
    window.probeStep = async (n) => { label.textContent = String(n); p.draw(n); };
  }
}
