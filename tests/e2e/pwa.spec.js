// Installable and offline-first: the manifest, the service worker, deploys under a sub-path, and
// updates that wait for the person and lose no words.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, readFileSync, renameSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { test, expect, open, stored, controlled } from "./fixtures.js";
import { ROUTES } from "./routes.js";

// The same servers as playwright.config.js starts: the root build, and the `--public-url /mend/`
// build served under /mend/ on port + 10 (built by scripts/test.sh into `<dist>-sub`).
const port = Number(process.env.E2E_PORT || 4173);
const dist = process.env.E2E_DIST || "dist";
const subDist = `${dist}-sub`;
const subBase = `http://127.0.0.1:${port + 10}/mend/`;

const remorse = "I feel terrible that I caused you pain.";

/** The build id index.html carries (written by scripts/post-build.mjs). */
function buildId(page) {
  return page.locator('meta[name="mend-build"]').getAttribute("content");
}

/** What the post-build step wrote into a build's sw.js. */
function swBuild(dir) {
  const sw = readFileSync(join(dir, "sw.js"), "utf8");
  const json = sw.match(/\/\* mend:build \*\/ (.*) \/\* \/mend:build \*\//)?.[1];
  expect(json, `${dir}/sw.js has its build list`).toBeTruthy();
  return JSON.parse(json);
}

/** The paths in one build's cache, sorted. */
function cachedPaths(page, id) {
  return page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  }, `mend-${id}`);
}

/**
 * Chromium's own verdict on installability. Needs a persistent profile: the suite's usual
 * contexts count as incognito, which alone makes an app not installable.
 */
async function installabilityErrors(testInfo, url) {
  const { executablePath, args } = testInfo.project.use.launchOptions;
  const context = await chromium.launchPersistentContext(testInfo.outputPath("profile"), {
    executablePath,
    args,
    viewport: { width: 390, height: 844 },
  });
  const problems = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const origin = new URL(url).origin;
    context.on("request", (r) => {
      if (!["data:", "blob:"].includes(new URL(r.url()).protocol) && new URL(r.url()).origin !== origin) {
        problems.push(`request to another origin: ${r.url()}`);
      }
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
    await page.goto(url);
    // A new profile compiles the wasm cold, as open() allows for in the fixtures.
    await expect(page.locator("main h1")).toHaveCount(1, { timeout: 15_000 });
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    return { installabilityErrors, manifestErrors: manifest.errors, manifestUrl: manifest.url, problems };
  } finally {
    await context.close();
  }
}

test.describe("at the site root", () => {
  test("Chromium finds nothing missing to install it", async ({}, testInfo) => {
    const found = await installabilityErrors(testInfo, `http://127.0.0.1:${port}/`);
    expect(found.manifestUrl).toBe(`http://127.0.0.1:${port}/manifest.webmanifest`);
    expect(found.manifestErrors).toEqual([]);
    expect(found.installabilityErrors).toEqual([]);
    expect(found.problems).toEqual([]);
  });

  test("after one visit online, it reloads, opens any page and keeps typing with no network", async ({ page, context }) => {
    await open(page, "/");
    await controlled(page);

    // Exactly this build's files are cached: nothing else, nothing of the person's.
    const build = swBuild(dist);
    expect(await cachedPaths(page, build.id)).toEqual([...build.files].sort());
    expect(await page.evaluate(() => caches.keys())).toEqual([`mend-${build.id}`]);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator("h1")).toHaveText("Say sorry so it lands");

    // A page never visited, by its address.
    await page.goto("/apology/remorse");
    await expect(page.locator("h1")).toHaveText("Express genuine remorse");
    await page.locator("#remorse").fill(remorse);
    await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");

    await page.reload();
    await expect(page.locator("h1")).toHaveText("Express genuine remorse");
    await expect(page.locator("#remorse")).toHaveValue(remorse);
    expect(await stored(page)).toContain(remorse);

    // And back through the app's own links.
    await page.getByRole("contentinfo").getByRole("link", { name: "Your data" }).click();
    await expect(page.locator("h1")).toHaveText("Your data on this device");
    await context.setOffline(false);
  });

  test("the build lists every file for the worker, every prerendered page, and 404.html is the not-found page", async () => {
    const build = swBuild(dist);
    expect(build.id).toMatch(/^[0-9a-f]{16}$/);
    for (const file of build.files) {
      expect(file.startsWith("/"), file).toBe(true);
      expect(existsSync(join(dist, file)), `${file} is in ${dist}`).toBe(true);
    }
    for (const file of ["/index.html", "/manifest.webmanifest", "/icons/icon-192.png", "/icons/maskable-512.png"]) {
      expect(build.files).toContain(file);
    }
    expect(build.files.some((f) => /\/mend-[0-9a-f]+_bg\.wasm$/.test(f))).toBe(true);
    expect(build.files).not.toContain("/sw.js");
    for (const path of ROUTES) {
      const page = path === "/" ? "index.html" : `${path.slice(1)}/index.html`;
      expect(build.files).toContain(`/${page}`);
      const html = readFileSync(join(dist, page), "utf8");
      expect(html, page).toContain(`<meta name="mend-build" content="${build.id}" />`);
      expect(html, page).toContain(`data-route="${path}"`);
    }
    const notFound = readFileSync(join(dist, "404.html"), "utf8");
    expect(build.files).toContain("/404.html");
    expect(notFound).toContain('data-route="/not-found"');
    expect(notFound).toContain(`<meta name="mend-build" content="${build.id}" />`);
  });
});

test.describe("under a sub-path (--public-url /mend/)", () => {
  test.use({ baseURL: subBase });
  test.beforeAll(() => {
    if (!existsSync(subDist)) {
      throw new Error(`${subDist}/ is missing: build it with trunk build --release --public-url /mend/ --dist ${subDist}`);
    }
  });

  test("Chromium finds nothing missing to install it", async ({}, testInfo) => {
    const found = await installabilityErrors(testInfo, subBase);
    expect(found.manifestUrl).toBe(`${subBase}manifest.webmanifest`);
    expect(found.manifestErrors).toEqual([]);
    expect(found.installabilityErrors).toEqual([]);
    expect(found.problems).toEqual([]);
  });

  test("the worker covers /mend/ only, and deep links work offline", async ({ page, context }) => {
    // Relative paths: Playwright resolves them against the /mend/ base.
    await open(page, "apology/acknowledge");
    await controlled(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(subBase);
    expect(swBuild(subDist).files.every((f) => f.startsWith("/mend/"))).toBe(true);

    await context.setOffline(true);
    await page.goto("apology/remorse");
    await expect(page.locator("h1")).toHaveText("Express genuine remorse");
    await page.locator("#remorse").fill(remorse);
    await page.reload();
    await expect(page.locator("#remorse")).toHaveValue(remorse);

    await page.getByRole("contentinfo").getByRole("link", { name: "Your data" }).click();
    await expect(page).toHaveURL(`${subBase}data`);
    await expect(page.locator("h1")).toHaveText("Your data on this device");
    await context.setOffline(false);
  });
  test("a private link made here lives under /mend/open, and opens offline", async ({ page, context }) => {
    // The worker's first install copies the whole build: slow on a busy machine.
    test.slow();
    await open(page, "apology/responsibility");
    await controlled(page);
    await page.locator("#responsibility").fill("It was wrong of me to read your messages.");
    await page.goto("apology/deliver?way=message");
    await page.getByRole("button", { name: "Make the link" }).click();
    const link = await page.getByTestId("private-link").inputValue();
    expect(link.startsWith(`${subBase}open#m1.`)).toBe(true);
    await context.setOffline(true);
    await page.goto(link);
    await page.getByRole("button", { name: "Read it" }).click({ timeout: 15_000 });
    await expect(page.getByTestId("opened-words")).toContainText("It was wrong of me to read your messages.");
    await context.setOffline(false);
  });
});

// A second release: the deploy changes under an open page. Building the app twice would cost
// CI a minute, so the second release is the first one with a change to index.html, finished
// by the same post-build step Trunk runs. To the service worker it is a real new version: a
// different sw.js (new build id, new cache) and a different index.html.
test.describe("a new version", () => {
  const updatePort = port + 11;
  test.use({ baseURL: `http://127.0.0.1:${updatePort}` });

  test("waits to be accepted, then saves first and loses no word", async ({ page, context }, testInfo) => {
    // Finishing a second release (post-build, with its precompression) takes seconds of its own.
    test.slow();
    const work = testInfo.outputPath("releases");
    const [first, second, live] = ["first", "second", "live"].map((n) => join(work, n));
    cpSync(dist, first, { recursive: true });
    cpSync(dist, second, { recursive: true });
    const marker = '<meta name="mend-test-change" content="second release" />';
    for (const page of ["index.html", "apology/remorse/index.html"]) {
      const html = readFileSync(join(second, page), "utf8");
      writeFileSync(join(second, page), html.replace("</head>", `${marker}</head>`));
    }
    execFileSync("node", ["scripts/post-build.mjs", second, "/"], { stdio: "pipe" });
    const [firstId, secondId] = [swBuild(first).id, swBuild(second).id];
    expect(secondId).not.toBe(firstId);

    // The host: tests/e2e/serve.mjs on a symlink that is switched to deploy the second release.
    symlinkSync(first, live);
    const server = spawn("node", ["tests/e2e/serve.mjs", live, String(updatePort)], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise((ready, fail) => {
        server.stdout.once("data", ready);
        server.once("exit", (code) => fail(new Error(`server exited with ${code}`)));
      });

      await open(page, "/apology/remorse");
      await controlled(page);
      expect(await buildId(page)).toBe(firstId);
      await page.locator("#remorse").fill("I feel terrible");
      await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");

      symlinkSync(resolve(second), `${live}.next`);
      renameSync(`${live}.next`, live);

      // Coming back online makes Mend look for a new version (as does coming back to the screen).
      await context.setOffline(true);
      await context.setOffline(false);
      const notice = page.getByTestId("update-ready");
      await expect(page.getByRole("status").filter({ has: notice })).toBeVisible();
      await expect(notice).toContainText("A new version is ready — reload");
      await expect(notice.getByRole("button", { name: "Reload" })).toBeVisible();

      // It never takes over on its own: a plain reload keeps the running version, and offers again.
      await page.reload();
      expect(await buildId(page)).toBe(firstId);
      await expect(page.locator("#remorse")).toHaveValue("I feel terrible");
      await expect(notice).toBeVisible();

      // When the save before reloading fails (storage full), it does not reload over the words.
      await page.evaluate(() => {
        window.__realSetItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function () {
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        };
      });
      await page.locator("#remorse").press("End");
      await page.keyboard.type(" that I");
      await notice.getByRole("button", { name: "Reload", exact: true }).click();
      await expect(notice).toContainText("could not be saved");
      await expect(notice.getByRole("button", { name: "Reload anyway" })).toBeVisible();
      await expect(notice.getByRole("button", { name: "Try again" })).toBeFocused();
      expect(await buildId(page)).toBe(firstId);
      await expect(page.locator("#remorse")).toHaveValue("I feel terrible that I");

      // Storage works again: the next save goes through and the plain offer comes back.
      await page.evaluate(() => (Storage.prototype.setItem = window.__realSetItem));
      await page.locator("#remorse").press("End");
      await page.keyboard.type(" caused");
      await expect(notice).toContainText("A new version is ready — reload");
      await expect(notice.getByRole("button", { name: "Reload anyway" })).toHaveCount(0);

      // Words typed a moment before accepting, with no pause for the usual save.
      await page.keyboard.type(" you pain.");
      await notice.getByRole("button", { name: "Reload", exact: true }).click();

      await expect(page.locator('meta[name="mend-test-change"]')).toHaveCount(1);
      expect(await buildId(page)).toBe(secondId);
      await expect(page.locator("h1")).toHaveText("Express genuine remorse");
      await expect(page.locator("#remorse")).toHaveValue(remorse);
      expect(await stored(page)).toContain(remorse);
      await expect(page.getByText("A new version is ready")).toHaveCount(0);
      // The first release's cache is gone, and the second one's is complete (its unchanged,
      // hashed files were taken from the first one's rather than downloaded again).
      expect(await page.evaluate(() => caches.keys())).toEqual([`mend-${secondId}`]);
      expect(await cachedPaths(page, secondId)).toEqual([...swBuild(second).files].sort());
    } finally {
      server.kill();
    }
  });
});
