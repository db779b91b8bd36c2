// The page as one self-contained HTML file that opens from disk (file://): a USB stick, an
// email attachment. `scripts/build --single-file` runs it after the release build:
//
//   node scripts/single-file.mjs [DIST] [OUT]     (default: dist → dist-single/scaling-laws.html)
//
// A browser refuses to fetch the wasm (or a module script) from file://, so everything the
// built index.html loads is put into the file itself:
//   - the stylesheet as one <style>;
//   - wasm-bindgen's JS module as one inline <script type="module">, followed by a loader that
//     decodes the wasm (gzipped, base64) and hands the bytes to wasm-bindgen's init (which then
//     calls WebAssembly.instantiate on them instead of fetching a URL). It does what Trunk's loader
//     does: `window.wasmBindings` and the `TrunkApplicationStarted` event (scripts/bench reads
//     the wasm memory from it);
//   - the favicon as a data: URL.
// Left out: the preload links (nothing to fetch), the web app manifest and the service worker
// (neither works from file://; the app does not register the worker there,
// src/components/offline.rs).
//
// The Content-Security-Policy <meta> allows exactly this file's one script and one style by
// their SHA-256, WebAssembly compiled from bytes ('wasm-unsafe-eval', not 'unsafe-eval'), and
// data: images (the favicon); everything else is 'none'. No 'unsafe-inline', no 'unsafe-eval'.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = process.argv[2] || "dist";
const out = process.argv[3] || join("dist-single", "scaling-laws.html");

function fail(message) {
  console.error(`single-file.mjs: ${message}`);
  process.exit(1);
}

const html0 = readFileSync(join(dist, "index.html"), "utf8");
const files = readdirSync(dist);
const one = (re, what) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) fail(`expected one ${what} in ${dist}, found ${JSON.stringify(found)}`);
  return found[0];
};
const cssFile = one(/\.css$/, "stylesheet");
const wasmFile = one(/_bg\.wasm$/, "wasm file");
const jsFile = one(/^scaling-viz-.*\.js$/, "wasm-bindgen module");
const iconFile = files.find((f) => /^favicon.*\.svg$/.test(f));

// The wasm-bindgen module, unchanged: `export` declarations are valid in an inline module
// script (nothing imports them). Its export list names the local function behind `default`
// (the async init) and the exports that `window.wasmBindings` carries, as Trunk's loader does.
const js = readFileSync(join(dist, jsFile), "utf8");
if (/^\s*import\b|[;}]\s*import\s*[{*\w]/.test(js)) fail(`${jsFile} imports another module; it cannot be inlined`);
const exported = new Map(); // exported name → local name
for (const m of js.matchAll(/\bexport\s+(?:async\s+)?(?:class|function\*?|const|let|var)\s+([\w$]+)/g)) {
  exported.set(m[1], m[1]);
}
for (const m of js.matchAll(/\bexport\s*\{([^}]*)\}/g)) {
  for (const part of m[1].split(",").map((p) => p.trim()).filter(Boolean)) {
    const [local, name = local] = part.split(/\s+as\s+/);
    exported.set(name.trim(), local.trim());
  }
}
// In an inline script, "</script" would end it and "<!--" would change how it is parsed.
if (/<\/script|<!--/i.test(js)) fail(`${jsFile} contains "</script" or "<!--"; it cannot be inlined as is`);
const init = exported.get("default");
if (!init) fail(`no default export (wasm-bindgen's init) found in ${jsFile}`);
exported.delete("default");
const bindings = [...exported].map(([name, local]) => (name === local ? name : `${name}:${local}`)).join(",");

// The wasm gzipped, then base64 (4/3 of the gzip; gzip over the whole file takes most of that
// third back): the file is about the size of the served page gzipped, and about 60 % of it raw.
// The browser inflates it with DecompressionStream (Firefox 113, Safari 16.4; Chrome and Edge
// since 80, before the page's own floor of 89); an older browser gets a sentence instead of a
// blank page.
const wasm = readFileSync(join(dist, wasmFile));
const packed = gzipSync(wasm, { level: 9 }).toString("base64");
const tooOld =
  "This browser is too old to open the page from a file (it lacks DecompressionStream): use a current Chrome, Edge, Firefox or Safari, or the web version. " +
  "이 브라우저는 너무 오래되어 파일로 페이지를 열 수 없습니다. 최신 Chrome, Edge, Firefox, Safari나 웹 버전을 쓰세요.";
// A block of its own: the module's top-level names (it has its own `wasm`) stay untouched.
const loader =
  `\n{const s="${packed}";` +
  `if(typeof DecompressionStream!=='function'){document.body.append(${JSON.stringify(tooOld)});throw new Error('no DecompressionStream');}` +
  "const z=typeof Uint8Array.fromBase64==='function'?Uint8Array.fromBase64(s):(()=>{const t=atob(s),u=new Uint8Array(t.length);for(let i=0;i<t.length;i++)u[i]=t.charCodeAt(i);return u})();" +
  "const b=await new Response(new Blob([z]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();" +
  `const w=await ${init}({module_or_path:b});` +
  `window.wasmBindings={${bindings}};` +
  "dispatchEvent(new CustomEvent('TrunkApplicationStarted',{detail:{wasm:w}}));}\n";
const script = js + loader;
const css = readFileSync(join(dist, cssFile), "utf8");
if (/@import|url\(/i.test(css)) fail(`${cssFile} loads another file (@import or url()); inline it first`);

const sha = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const policy = [
  "default-src 'none'",
  `script-src ${sha(script)} 'wasm-unsafe-eval'`,
  `style-src ${sha(css)}`,
  "img-src data:",
].join("; ");

let html = html0;
const replaceOne = (re, by, what) => {
  const n = [...html.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g"))].length;
  if (n !== 1) fail(`expected one ${what} in ${dist}/index.html, found ${n}`);
  html = html.replace(re, by);
};
// Trunk's tags (minified or not): CSP meta, links, the loader script.
// Replacements are functions, so a `$` in the inserted text is never read as a pattern.
replaceOne(/<meta http-equiv="?Content-Security-Policy"?[^>]*>/i, () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`, "CSP meta (scripts/csp.mjs)");
replaceOne(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/i, () => `<style>${css}</style>`, "stylesheet link");
replaceOne(/<script\b[^>]*type="?module"?[^>]*>[\s\S]*?<\/script>/i, () => `<script type="module">${script}</script>`, "loader script");
html = html.replace(/<link\b[^>]*\brel="?(?:modulepreload|preload|manifest)"?[^>]*>/gi, "");
if (iconFile) {
  const icon = readFileSync(join(dist, iconFile)).toString("base64");
  replaceOne(/<link\b[^>]*\brel="?icon"?[^>]*>/i, () => `<link rel="icon" href="data:image/svg+xml;base64,${icon}">`, "icon link");
}
// Whatever else still points at a file would fail from disk: refuse to write such a page.
// The fit section's example (issue 20): the page fetches it from dist/, which a file:// page
// cannot, so it travels inline in an inert <template> (never executed, so the CSP needs no
// entry for it), which the page reads from the DOM.
const exampleFile = "chinchilla-figure4-epoch.csv";
if (!files.includes(exampleFile)) fail(`no ${exampleFile} in ${dist}`);
const example = readFileSync(join(dist, exampleFile), "utf8").replace(/&/g, "&amp;").replace(/</g, "&lt;");
replaceOne(/<\/body>/i, () => `<template id="fit-example-data">${example}</template></body>`, "</body>");
const leftover = [...html.matchAll(/<(?:link|script|img|iframe)\b[^>]*\b(?:href|src)=(?!"?data:)[^>]*>/gi)].map((m) => m[0].slice(0, 120));
if (leftover.length) fail(`still loads files: ${leftover.join(" | ")}`);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);

// KB = 1000 bytes, as scripts/bench reports page weight.
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const served = files.filter((f) => !f.startsWith(".") && f !== "sw.js" && f !== "manifest.webmanifest");
const servedRaw = served.reduce((s, f) => s + readFileSync(join(dist, f)).length, 0);
const servedGz = served.reduce((s, f) => s + gz(readFileSync(join(dist, f))), 0);
const bytes = Buffer.from(html, "utf8");
console.log(`single-file.mjs: ${out}: ${kb(bytes.length)} raw, ${kb(gz(bytes))} gzip (${dist}/ page files: ${kb(servedRaw)} raw, ${kb(servedGz)} gzip)`);
console.log(`single-file.mjs: ${policy.replace(/'sha256-[^']*'/g, "'sha256-…'")}`);
