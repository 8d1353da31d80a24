// Fails when the built site names any origin but its own: every URL in dist/ must be one of the
// XML namespace identifiers below (names, never fetched), the quick exit's neutral page, or relative.
// Usage: node scripts/audit-dist.mjs [dir=dist]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "dist";
const allowed = new Set([
  // Namespace identifiers used by SVG and by Yew's renderer: never requested.
  "http://www.w3.org/2000/svg",
  "http://www.w3.org/1999/xhtml",
  "http://www.w3.org/1998/Math/MathML",
  "http://www.w3.org/1999/xlink",
  // "Leave this page quickly" (src/content/receive.rs, QUICK_EXIT_URL): the one place Mend leads
  // away from itself, and only when that control is pressed. Never fetched by Mend.
  "https://www.bbc.com/weather",
  // A comment inside wasm-bindgen's generated glue code: never requested.
  "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/typeof",
]);

function* files(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const found = [];
for (const file of files(dir)) {
  const text = readFileSync(file).toString("latin1");
  for (const match of text.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)<>]*/gi)) {
    const url = match[0].replace(/[.,;]+$/, "");
    const known = [...allowed].some((ok) => url === ok || url.startsWith(ok));
    if (!known) found.push(`${file}: ${url}`);
  }
}
if (found.length) {
  console.error("Third-party origins named in the build:\n" + found.join("\n"));
  process.exit(1);
}
console.log(`dist audit: no third-party origin in ${dir}/`);
