// Trunk post-build hook (see Trunk.toml): prepares the staged build for offline use.
//
// 1. Lists every file of the build (except sw.js), prefixed with the public URL: the prerendered
//    pages (index.html, <route>/index.html, 404.html) are in it, so each opens offline.
// 2. Computes a build id: a hash of all those files and of the service worker's source, so the
//    same sources give the same id and any change gives a new one (and so a new service worker).
// 3. Writes the list and the id into the staged sw.js, from the template public/sw.js.
// 4. Puts the id in every page as <meta name="mend-build">, so a page can tell which build it is.
// 5. Names the checker's worker by its content: Trunk names a worker's files after its binary
//    (checker_worker.js, checker_worker_bg.wasm), the same in every build, so a cache could pair
//    a page with another build's worker. They become checker_worker-<hash>.js and
//    checker_worker-<hash>_bg.wasm, started by checker_worker_loader-<hash>.js, which every page
//    names in <meta name="mend-checker"> (src/checking.rs reads it).
// 6. Writes 404.html, a copy of index.html, only where the prerender did not write one (it writes
//    the not-found page there): static hosts without rewrites answer unknown addresses with it.
// 7. Writes a .br and a .gz beside every text file and the wasm, for hosts that serve
//    precompressed files (README, "Deploying"): brotli at its best setting costs seconds here and
//    nothing per request there.
//
// Trunk sets TRUNK_STAGING_DIR and TRUNK_PUBLIC_URL. It can also be run by hand on a finished
// build, and re-running it gives the same result:
//   node scripts/post-build.mjs <dir> [public-url=/]
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, extname, join, relative, sep } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip as gzipCallback } from "node:zlib";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
const publicUrl = process.env.TRUNK_PUBLIC_URL || process.argv[3] || "/";
if (!dir) throw new Error("usage: node scripts/post-build.mjs <dir> [public-url]");

const SKIP = new Set(["sw.js"]);
// Precompressed copies are the same files again: never listed, hashed or cached twice.
const COMPRESSED = /\.(br|gz)$/;
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".wasm", ".webmanifest", ".svg", ".json", ".txt"]);
const BUILD_META = /\s*<meta name="mend-build" content="[^"]*" \/>/;
const CHECKER_META = /\s*<meta name="mend-checker" content="[^"]*" \/>/;
const MARKERS = /\/\* mend:build \*\/[\s\S]*?\/\* \/mend:build \*\//;

function walk(at) {
  return readdirSync(at, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".") || COMPRESSED.test(entry.name)) return [];
    const path = join(at, entry.name);
    return entry.isDirectory() ? walk(path) : [relative(dir, path).split(sep).join("/")];
  });
}

// The checker's worker, named by its content (a re-run finds it already named).
function nameWorker() {
  const [js, wasm] = ["checker_worker.js", "checker_worker_bg.wasm"];
  if (!existsSync(join(dir, js))) {
    const named = readdirSync(dir).find((f) => /^checker_worker_loader-[0-9a-f]{16}\.js$/.test(f));
    if (!named) throw new Error(`${dir}: no checker_worker.js from Trunk, and no named worker`);
    return named;
  }
  const digest = createHash("sha256").update(readFileSync(join(dir, js))).update(readFileSync(join(dir, wasm)));
  const hash = digest.digest("hex").slice(0, 16);
  const [namedJs, namedWasm] = [`checker_worker-${hash}.js`, `checker_worker-${hash}_bg.wasm`];
  renameSync(join(dir, js), join(dir, namedJs));
  renameSync(join(dir, wasm), join(dir, namedWasm));
  const loader = `checker_worker_loader-${hash}.js`;
  writeFileSync(join(dir, loader), `importScripts("./${namedJs}");wasm_bindgen({module_or_path:"./${namedWasm}"});\n`);
  return loader;
}
const workerLoader = nameWorker();

// Every page as written before this script, held here until it is stamped (a re-run first takes
// out the id an earlier run put in), so each is read once and written once.
const pages = new Map(
  walk(dir)
    .filter((f) => f.endsWith(".html"))
    .map((page) => [page, readFileSync(join(dir, page), "utf8").replace(BUILD_META, "").replace(CHECKER_META, "")]),
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
  const stamped = html.replace("</head>",
    `<meta name="mend-checker" content="${workerLoader}" /><meta name="mend-build" content="${id}" /></head>`);
  if (stamped === html) throw new Error(`${page}: no </head> found to put the build id before`);
  writeFileSync(join(dir, page), stamped);
}

// In zlib's thread pool, all at once: a build waits for the slowest file, not for their sum.
const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);
const compressible = walk(dir).filter((f) => COMPRESSIBLE.has(extname(f)));
await Promise.all(compressible.map(async (file) => {
  const body = readFileSync(join(dir, file));
  const [br, gz] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzip(body, { level: 9 }),
  ]);
  writeFileSync(join(dir, `${file}.br`), br);
  writeFileSync(join(dir, `${file}.gz`), gz);
}));
const compressed = compressible.length;

const pageCount = pages.size;
console.log(`post-build: build ${id}, ${files.length} files cached by sw.js, ${pageCount} pages, ${compressed} precompressed (public URL ${publicUrl})`);
