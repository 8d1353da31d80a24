// Trunk post-build hook (after csp.mjs, before the prerender): joins the stylesheets Trunk wrote,
// in their order, into one content-hashed file, so a page's first paint waits on one request
// for its styles instead of six, and minifies it (esbuild): the sources' comments, which say why
// a rule is as it is, were half of what every first paint waited for. The sources stay split by
// concern, and commented, in styles/.
// Usage outside Trunk: node scripts/stylesheet.mjs <dir>
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error("usage: node scripts/stylesheet.mjs <dir>");
const path = join(dir, "index.html");
const html = readFileSync(path, "utf8");

const LINK = /[ \t]*<link rel="stylesheet" href="([^"]+)"[^>]*\/?>\n?/g;
const links = [...html.matchAll(LINK)];
if (links.length < 2) {
  console.log(`stylesheet: ${links.length} stylesheet, nothing to join`);
  process.exit(0);
}
const prefix = links[0][1].slice(0, links[0][1].lastIndexOf("/") + 1);
const names = links.map((m) => m[1].slice(prefix.length));
const source = names.map((name) => readFileSync(join(dir, name), "utf8").trim()).join("\n");
// No target: the rules are kept as written (nothing lowered or prefixed), only smaller.
const css = transformSync(source, { loader: "css", minify: true, legalComments: "none" }).code.trim();
const name = `mend-${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
writeFileSync(join(dir, name), css + "\n");
for (const old of names) rmSync(join(dir, old));

let first = true;
const joined = html.replace(LINK, () => {
  if (!first) return "";
  first = false;
  return `    <link rel="stylesheet" href="${prefix}${name}" />\n`;
});
writeFileSync(path, joined);
console.log(`stylesheet: ${names.length} files joined into ${name} (${source.length} bytes, ${css.length} minified)`);
