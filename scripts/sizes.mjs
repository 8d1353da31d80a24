// Where the wasm's bytes go: twiggy's list of every function and data segment of a build with
// its names kept (Cargo profile `sizes`: the release build, not stripped), summed by what each
// belongs to. The figures are raw bytes before wasm-bindgen and wasm-opt; the shares carry over
// to the shipped, compressed file roughly in proportion.
// Usage: node scripts/sizes.mjs <names-kept.wasm> [top items=15]
import { execFileSync } from "node:child_process";

const [wasm, topArg] = process.argv.slice(2);
if (!wasm) throw new Error("usage: node scripts/sizes.mjs <wasm> [top]");
const top = Number(topArg ?? 15);

const csv = execFileSync("twiggy", ["top", "-f", "csv", wasm], { encoding: "utf8", maxBuffer: 1 << 28 });
const rows = csv.trim().split("\n").slice(1).map((line) => {
  // Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent; the name may be quoted.
  const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
  return { name: m[1].replace(/^"|"$/g, "").replace(/""/g, '"'), bytes: Number(m[2]) };
});

// Names and debug sections leave with `strip`; wasm-bindgen's own section and its describe
// functions (how each binding is typed) leave with its pass: they are not in what ships.
const GONE = /subsection|custom section|__wbindgen_describe|^export __wbindgen|^\.\.\. and \d+ more|^Σ/;
const shipped = rows.filter((r) => !GONE.test(r.name));

// The part a function belongs to: JSON for serde's code (whatever type it is for), then the
// first of Mend's own modules named in it, then the first crate named in it.
const PARTS = [
  ["serde and JSON", /serde/],
  ["the checker", /mend::checker\b/],
  ["the content (copy, as code)", /mend::content\b/],
  ["pages: the apology", /mend::pages::apology\b/],
  ["pages: receiving", /mend::pages::receive\b/],
  ["pages: moving forward", /mend::pages::forward\b/],
  ["pages: other", /mend::pages\b/],
  ["components and hooks", /mend::(components|hooks)\b/],
  ["model, state and saving", /mend::(model|state|persist|storage|context|sorting|route)\b/],
  ["browser glue (browser, checking, pwa, sealing, app)", /mend::(browser|checking|pwa|sealing|app)\b|\bmend::main\b/],
  // Each component's lifecycle, with its render function inlined: page code under Yew's name.
  ["components' views, inlined into Yew's lifecycle", /CompStateInner<COMP>/],
  ["Yew (renderer, virtual DOM, hooks)", /\byew::|implicit_clone|prokio/],
  ["yew-router", /yew_router/],
  ["wasm-bindgen, js-sys, web-sys, gloo", /wasm_bindgen|js_sys|web_sys|gloo/],
  ["Rust's std (alloc, fmt, panics)", /^(core|alloc|std|dlmalloc|compiler_builtins)\b|<(core|alloc|std)\b|\b(core|alloc|std)\[/],
  ["data (text, tables, vtables)", /^data segment/],
];
const byPart = new Map(PARTS.map(([label]) => [label, 0]));
let other = 0;
for (const r of shipped) {
  const part = PARTS.find(([, re]) => re.test(r.name));
  if (part) byPart.set(part[0], byPart.get(part[0]) + r.bytes);
  else other += r.bytes;
}
byPart.set("other (unnamed or mixed)", other);
const total = shipped.reduce((t, r) => t + r.bytes, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`\nWhere the wasm goes (${wasm}: ${kb(total)} of code and data before wasm-bindgen and wasm-opt)`);
for (const [label, bytes] of [...byPart].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${label.padEnd(52)} ${kb(bytes).padStart(10)} ${((100 * bytes) / total).toFixed(1).padStart(5)} %`);
}
console.log(`  the ${top} largest items:`);
for (const r of shipped.sort((a, b) => b.bytes - a.bytes).slice(0, top)) {
  const name = r.name.length > 110 ? `${r.name.slice(0, 107)}...` : r.name;
  console.log(`  ${kb(r.bytes).padStart(10)}  ${name}`);
}
