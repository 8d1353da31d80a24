// Trunk post-build hook (first in the chain, see Trunk.toml): minifies the JavaScript Trunk wrote
// (wasm-bindgen's glue for the app and for the checker's worker, and the worker's loader) with
// esbuild, before anything hashes, names or compresses it. Trunk's own minifier (minify-js) is
// known to break wasm-bindgen's output, so Trunk's `minify` stays off. The service worker is
// left as written: post-build.mjs fills in its file list, and it is not on the first load.
// Usage outside Trunk: node scripts/minify-js.mjs <dir>
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error("usage: node scripts/minify-js.mjs <dir>");

let before = 0;
let after = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith(".js") && n !== "sw.js")) {
  const path = join(dir, name);
  const source = readFileSync(path, "utf8");
  // The glue is an ES module for the page and a classic script in the worker: keep each as it is.
  const { code } = transformSync(source, { minify: true, loader: "js", format: /^\s*(import|export)\b/m.test(source) ? "esm" : undefined, target: "es2020", legalComments: "none" });
  writeFileSync(path, code);
  before += source.length;
  after += code.length;
}
console.log(`minify-js: ${(before / 1024).toFixed(1)} KB of JavaScript minified to ${(after / 1024).toFixed(1)} KB`);
