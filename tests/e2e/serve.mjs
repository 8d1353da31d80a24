// A small static server for dist/ with compression (brotli or gzip, as the browser asks), as a
// plain static host does: each route's prerendered page is <route>/index.html, and an address
// with no file gets 404.html (Mend's not-found page) with status 404.
// Usage: node tests/e2e/serve.mjs [dir=dist] [port=4173] [base=/]
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const [dir = "dist", port = "4173", base = "/"] = process.argv.slice(2);
const root = resolve(dir);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

async function fileFor(urlPath) {
  if (!urlPath.startsWith(base)) return null;
  const relative = normalize(decodeURIComponent(urlPath.slice(base.length))).replace(/^(\.\.[/\\])+/, "");
  const candidate = join(root, relative);
  if (!candidate.startsWith(root)) return null;
  for (const file of [candidate, join(candidate, "index.html")]) {
    try {
      if ((await stat(file)).isFile()) return { file, status: 200 };
    } catch {}
  }
  return extname(relative) === "" ? { file: join(root, "404.html"), status: 404 } : null;
}

// What a host should send beside the page's own meta policy (README "Deploying"): the parts of a
// policy a meta tag cannot carry, and the rest of a careful host's defaults.
const SECURITY_HEADERS = {
  "content-security-policy": "frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "permissions-policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), bluetooth=(), serial=(), hid=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), interest-cohort=()",
  "cross-origin-opener-policy": "same-origin",
};

const compressible = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".webmanifest", ".svg", ".txt"]);
const compressed = new Map();
function encode(file, body, accepted) {
  if (!compressible.has(extname(file))) return [body, null];
  const encoding = /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : null;
  if (!encoding) return [body, null];
  // The build's own precompressed copy, as a host with precompressed serving would send it,
  // unless the file was replaced after it was made (the update test does that).
  const precompressed = `${file}.${encoding === "br" ? "br" : "gz"}`;
  if (existsSync(precompressed) && statSync(precompressed).mtimeMs >= statSync(file).mtimeMs) {
    return [readFileSync(precompressed), encoding];
  }
  // Keyed by content, so a file replaced in place (as the update test does) is never served stale.
  const key = `${encoding}:${createHash("sha1").update(body).digest("hex")}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === "br"
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 }));
  }
  return [compressed.get(key), encoding];
}

createServer(async (req, res) => {
  const path = new URL(req.url, "http://localhost").pathname;
  const found = await fileFor(path);
  if (!found) {
    res.writeHead(404, { "content-type": "text/plain", ...SECURITY_HEADERS }).end("not found");
    return;
  }
  const { file, status } = found;
  const [body, encoding] = encode(file, await readFile(file), req.headers["accept-encoding"] ?? "");
  const hashed = /-[0-9a-f]{10,16}(_bg)?\./.test(file);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "content-type": types[extname(file)] ?? "application/octet-stream",
    "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
    vary: "accept-encoding",
    ...(encoding ? { "content-encoding": encoding } : {}),
  });
  res.end(body);
}).listen(Number(port), "127.0.0.1", () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
