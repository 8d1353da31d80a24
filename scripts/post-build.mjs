// Trunk post-build hook (see Trunk.toml): prepares the staged build for offline use.
//
// 1. Lists every file of the build (except sw.js), prefixed with the public URL: the prerendered
//    pages (index.html, <route>/index.html, 404.html) are in it, so each opens offline.
// 2. Computes a build id: a hash of all those files and of the service worker's source, so the
//    same sources give the same id and any change gives a new one (and so a new service worker).
// 3. Writes the list and the id into the staged sw.js, from the template public/sw.js.
// 4. Puts the id in every page as <meta name="mend-build">, so a page can tell which build it is.
// 5. Writes 404.html, a copy of index.html, only where the prerender did not write one (it writes
//    the not-found page there): static hosts without rewrites answer unknown addresses with it.
//
// Trunk sets TRUNK_STAGING_DIR and TRUNK_PUBLIC_URL. It can also be run by hand on a finished
// build, and re-running it gives the same result:
//   node scripts/post-build.mjs <dir> [public-url=/]
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
const publicUrl = process.env.TRUNK_PUBLIC_URL || process.argv[3] || "/";
if (!dir) throw new Error("usage: node scripts/post-build.mjs <dir> [public-url]");

const SKIP = new Set(["sw.js"]);
const BUILD_META = /\s*<meta name="mend-build" content="[^"]*" \/>/;
const MARKERS = /\/\* mend:build \*\/[\s\S]*?\/\* \/mend:build \*\//;

function walk(at) {
  return readdirSync(at, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".")) return [];
    const path = join(at, entry.name);
    return entry.isDirectory() ? walk(path) : [relative(dir, path).split(sep).join("/")];
  });
}

// Every page as written before this script, held here until it is stamped (a re-run first takes
// out the id an earlier run put in), so each is read once and written once.
const pages = new Map(
  walk(dir)
    .filter((f) => f.endsWith(".html"))
    .map((page) => [page, readFileSync(join(dir, page), "utf8").replace(BUILD_META, "")]),
);
if (!pages.has("404.html")) pages.set("404.html", pages.get("index.html"));

const files = [...new Set([...walk(dir), ...pages.keys()])].filter((f) => !SKIP.has(f)).sort();
const template = readFileSync(join(root, "public/sw.js"), "utf8");
if (!MARKERS.test(template)) throw new Error("public/sw.js has lost its /* mend:build */ markers");

const hash = createHash("sha256").update(template);
for (const file of files) {
  hash.update(`\0${file}\0`).update(pages.get(file) ?? readFileSync(join(dir, file)));
}
const id = hash.digest("hex").slice(0, 16);

// With an absolute public URL ("/", "/mend/") the list holds root-relative URLs; with a relative
// one ("./") plain names, which the worker resolves against its own address.
const prefix = publicUrl.startsWith("/") ? publicUrl.replace(/\/?$/, "/") : "";
const build = { id, files: files.map((f) => prefix + f) };
writeFileSync(join(dir, "sw.js"), template.replace(MARKERS, `/* mend:build */ ${JSON.stringify(build)} /* /mend:build */`));

for (const [page, html] of pages) {
  const stamped = html.replace("</head>", `<meta name="mend-build" content="${id}" /></head>`);
  if (stamped === html) throw new Error(`${page}: no </head> found to put the build id before`);
  writeFileSync(join(dir, page), stamped);
}

const pageCount = pages.size;
console.log(`post-build: build ${id}, ${files.length} files cached by sw.js, ${pageCount} pages (public URL ${publicUrl})`);
