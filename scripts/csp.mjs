// Trunk post-build hook: adds the Content-Security-Policy <meta> to the built index.html.
//
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-…'; style-src 'self'
//
// The only inline script is Trunk's module loader; it is allowed by the SHA-256 of its exact
// text, computed here from the built file, so no 'unsafe-inline' or 'unsafe-eval' is needed.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp.mjs: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)");
  process.exit(1);
}
// `trunk serve` injects its live-reload script after the hooks have run, so a policy here would
// block it: only release builds (what dist/ ships) get the CSP.
if (process.env.TRUNK_PROFILE !== "release") {
  console.log(`csp.mjs: ${process.env.TRUNK_PROFILE || "unknown"} build, no CSP (live reload needs its inline script)`);
  process.exit(0);
}
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
const hashes = [];
for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
  if (m[1].length > 0) {
    hashes.push(`'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
  }
}
const policy = ["default-src 'self'", `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(), "style-src 'self'"].join("; ");
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
html = html.replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>/i, "");
// The meta must come before any script; the minified page may omit <head>, so put it right
// after <meta charset> (or <head>, or <html>).
const anchor = [/<meta charset[^>]*>/i, /<head[^>]*>/i, /<html[^>]*>/i].find((re) => re.test(html));
if (!anchor) {
  console.error("csp.mjs: no <meta charset>, <head> or <html> in index.html");
  process.exit(1);
}
html = html.replace(anchor, (tag) => `${tag}${meta}`);
// Trunk gives the wasm's `<link rel=preload as=fetch>` an `integrity` too, which browsers do
// not check for a fetch preload and say so in the console on every load ("The `integrity`
// attribute is currently ignored for preload destinations that do not support subresource
// integrity"). The wasm is same-origin and named by its hash: the attribute goes.
html = html.replace(/<link\b[^>]*\bas="?fetch"?[^>]*>/gi, (tag) => tag.replace(/\s+integrity=("[^"]*"|[^\s>]+)/i, ""));
writeFileSync(file, html);
console.log(`csp.mjs: ${policy}`);
