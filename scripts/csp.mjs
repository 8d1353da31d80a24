// Trunk post-build hook (runs before post-build.mjs): puts a strict Content-Security-Policy in
// the staged index.html. Trunk's loader is an inline module script, so its sha256 is computed
// here, after the build, and allowed by hash: no 'unsafe-inline' and no 'unsafe-eval' for
// scripts. Styles: the app's own files here; the prerender step (src/bin/prerender.rs) then adds
// the sha256 of each component's stylist sheet to style-src, and nothing else inline is allowed.
// Usage outside Trunk: node scripts/csp.mjs <dir>
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error("usage: node scripts/csp.mjs <dir>");
const path = join(dir, "index.html");
const META = /\s*<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/;
const html = readFileSync(path, "utf8").replace(META, "");

const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
  .filter((m) => !/\bsrc=/.test(m[0].slice(0, m[0].indexOf(">"))))
  .map((m) => `'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`);
if (hashes.length === 0) throw new Error("csp: found no inline loader script in index.html");

const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`,
  "style-src 'self'", // + the stylist sheets' hashes, by the prerender step
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  // A script's address, or HTML, reaches the DOM only through a Trusted Types policy (the app's
  // one policy, "mend", allows this site's own scripts: src/browser.rs).
  "require-trusted-types-for 'script'",
].join("; ");

// First in <head>, so it governs everything after it.
const withPolicy = html.replace(/<head>/, `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
if (withPolicy === html) throw new Error("csp: no <head> in index.html");
writeFileSync(path, withPolicy);
console.log(`csp: ${hashes.length} inline script hash(es) allowed`);
