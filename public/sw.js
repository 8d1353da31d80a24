// Mend's service worker: keeps the whole app on the device so it opens with no signal.
//
// - Install: stores every file of this build in a cache named after the build id. The list and
//   the id are written into this file after each Trunk build by scripts/post-build.mjs (between
//   the `mend:build` markers below); an unprocessed copy refuses to install.
// - Fetch: only GET requests to this origin are answered, and only from this build's cache (or
//   the network when a file is not in it). A page navigation anywhere in the scope gets that
//   route's cached prerendered page (<route>/index.html, index.html for the start page), or
//   404.html for an address Mend does not know, so every route opens offline with its words
//   and always matches the cached files.
// - Update: a new build installs beside the running one and then WAITS. It never calls
//   skipWaiting on its own: the page shows "A new version is ready", saves, and only then asks
//   it to take over (message {type: "SKIP_WAITING"}) and reloads.
// - Activate: deletes the caches of older builds, then takes control of open pages.
//
// It never reads or writes the person's data (that lives in localStorage, out of a worker's
// reach) and never fetches from another origin.

const BUILD = /* mend:build */ null /* /mend:build */;

const CACHE_PREFIX = "mend-";
const CACHE = BUILD ? `${CACHE_PREFIX}${BUILD.id}` : null;
// Trunk's content-hashed names (name-<hex hash>.ext, up to 16 digits: leading zeros are
// dropped): same name, same bytes.
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.[a-z0-9]+$/;

const absolute = (path) => new URL(path, self.location.href).href;
const PAGES = new Set((BUILD ? BUILD.files : []).filter((f) => f.endsWith(".html")).map(absolute));

self.addEventListener("install", (event) => {
  event.waitUntil(precache());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (!CACHE || request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && isAppRoute(url)) {
    event.respondWith(cachedOr(pageFor(url), request));
  } else {
    event.respondWith(cachedOr(request, request));
  }
});

async function precache() {
  if (!BUILD) throw new Error("sw.js was not processed by scripts/post-build.mjs: nothing to cache");
  const cache = await caches.open(CACHE);
  await Promise.all(
    BUILD.files.map(async (path) => {
      const url = absolute(path);
      // A hashed file kept by an earlier build is the same file: don't download it again.
      const kept = HASHED.test(url) ? await caches.match(url) : undefined;
      if (kept) return cache.put(url, kept);
      // no-cache: revalidate with the server instead of trusting a stale HTTP cache entry.
      const response = await fetch(new Request(url, { cache: "no-cache", credentials: "same-origin" }));
      if (!response.ok) throw new Error(`could not cache ${url}: HTTP ${response.status}`);
      return cache.put(url, response.redirected ? await unredirected(response) : response);
    }),
  );
}

// A navigation cannot be answered with a response that followed a redirect (some hosts redirect
// /index.html to /), so keep only the body and headers.
async function unredirected(response) {
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

// Any address in the scope without a file extension is one of the app's routes.
function isAppRoute(url) {
  if (!url.href.startsWith(self.registration.scope)) return false;
  const last = url.pathname.split("/").pop();
  return !last.includes(".") || last === "index.html";
}

// The prerendered page for an address in the scope: "" and "index.html" are the start page,
// "apology/acknowledge" (with or without a last slash) is apology/acknowledge/index.html.
function pageFor(url) {
  const within = url.pathname.slice(new URL(self.registration.scope).pathname.length);
  const route = within.replace(/(^|\/)index\.html$/, "").replace(/\/$/, "");
  if (route === "") return absolute("index.html");
  const page = absolute(`${route}/index.html`);
  return PAGES.has(page) ? page : absolute("404.html");
}

async function cachedOr(key, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key);
  return hit || fetch(request);
}
