// Words first: every route is prerendered to HTML at build time (src/bin/prerender.rs) and the
// app adopts that page in place (hydration). What a person sees before the wasm runs, that
// nothing typed in the meantime is lost, that the takeover neither errors nor shifts the page,
// and that the pages are there offline.
import { readFileSync } from "node:fs";
import { test, expect, open, appRunning, stored, controlled } from "./fixtures.js";
import { ROUTES } from "./routes.js";

const port = Number(process.env.E2E_PORT || 4173);
const dist = process.env.E2E_DIST || "dist";
const subBase = `http://127.0.0.1:${port + 10}/mend/`;

// Holding the wasm back needs the network, not the service worker's cache (whose requests
// page.route doesn't see); the offline test below turns the worker back on.
test.use({ serviceWorkers: "block" });

/** Holds every wasm request until `release()` is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

/** Sums the layout shifts the page records from now on. */
async function watchShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
}

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("every route shows its heading and what it is for", async ({ page }) => {
    test.slow(); // every route, each a fresh load
    for (const path of [...ROUTES, "/no/such/page"]) {
      const response = await page.goto(path, { waitUntil: "load" });
      expect(response.status(), path).toBe(path === "/no/such/page" ? 404 : 200);
      const heading = page.locator("main h1");
      await expect(heading, path).toHaveCount(1);
      await expect(heading, path).not.toBeEmpty();
      // Guidance: at least one paragraph of words in the page besides its heading.
      const words = (await page.locator("main p").allTextContents()).join(" ").trim();
      expect(words.length, `${path} has words to read`).toBeGreaterThan(20);
      // Its own title, not the start page's.
      if (path !== "/") await expect(page, path).toHaveTitle(/ – Mend$/);
    }
  });
});

test("before the app runs, a step shows its words and a field that says it is opening; nothing typed is lost and nothing shifts", async ({ page }) => {
  await watchShifts(page);
  const release = await holdWasm(page);
  await page.goto("/apology/acknowledge", { waitUntil: "domcontentloaded" });

  // The words are there at once, from the HTML.
  await expect(page.locator("main h1")).toHaveText("Acknowledge the hurt");
  await expect(page.getByText("Name what happened and how it may have made the other person feel.", { exact: false })).toBeVisible();
  const field = page.locator("#what-happened");
  await expect(field).toBeVisible();
  await expect(field).toHaveJSProperty("readOnly", true);
  await expect(field).toHaveAttribute("placeholder", "One moment: Mend is opening…");
  await expect(page.getByTestId("save-status")).toHaveText("Opening…");

  // Typing as soon as it is visible: the field takes nothing, so nothing can be lost on takeover.
  await field.click();
  await page.keyboard.type("I know I hurt you");
  await expect(field).toHaveValue("");
  await page.waitForTimeout(4000);
  await expect(field).toHaveValue("");

  release();
  await appRunning(page);
  await expect(field).toHaveJSProperty("readOnly", false);
  await expect(field).not.toHaveAttribute("placeholder");
  await expect(page.getByTestId("save-status")).toHaveCount(0);
  await field.fill("I know I hurt you when I left early.");
  await page.reload();
  await expect(page.locator("#what-happened")).toHaveValue("I know I hurt you when I left early.");
  expect(JSON.parse(await stored(page)).apologies[0].parts.what_happened).toBe(
    "I know I hurt you when I left early.",
  );

  const shifts = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  expect(shifts).toBe(0);
});

test("the app adopts the prerendered page instead of building another", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/receive/needs", { waitUntil: "domcontentloaded" });
  // Tag the prerendered heading; after hydration the very same element is still there.
  await page.locator("main h1").evaluate((h1) => (h1.__prerendered = true));
  release();
  await appRunning(page);
  expect(await page.locator("main h1").evaluate((h1) => h1.__prerendered === true)).toBe(true);
  // And it is live: a tick is kept.
  await page.getByLabel("To be heard", { exact: false }).check();
  await page.reload();
  await expect(page.getByLabel("To be heard", { exact: false })).toBeChecked();
});

test("a page opened in a background tab starts without waiting for a frame it won't get", async ({ page }) => {
  // As a hidden tab is: no animation frame until it is shown.
  await page.addInitScript(() => {
    Object.defineProperty(document, "visibilityState", { get: () => "hidden" });
    window.requestAnimationFrame = () => 0;
  });
  await page.goto("/apology/acknowledge");
  await appRunning(page);
  await expect(page.locator("html")).toHaveAttribute("data-app", "running");
});

test("a returning person sees no empty state flash before their words", async ({ page }) => {
  await open(page, "/apology/acknowledge");
  await page.locator("#what-happened").fill("I know I hurt you when I forgot your birthday.");
  await page.goto("/apology/review");
  await expect(page.locator("main")).toContainText("I know I hurt you when I forgot your birthday.");

  const release = await holdWasm(page);
  await page.goto("/apology/review", { waitUntil: "domcontentloaded" });
  // Until the stored words are read, the review says it is opening them: never "nothing written".
  await expect(page.locator("main h1")).toHaveText("Check your apology");
  await expect(page.locator("main")).toContainText("Opening what you have written on this device…");
  await expect(page.locator("main")).not.toContainText("Nothing written yet");
  await expect(page.getByTestId("step-marks")).toHaveCount(0);
  release();
  await appRunning(page);
  await expect(page.locator("main")).toContainText("I know I hurt you when I forgot your birthday.");

  // On a step, the progress marks say nothing of what is written until it is read.
  const again = await holdWasm(page);
  await page.goto("/apology/responsibility", { waitUntil: "domcontentloaded" });
  await expect(page.getByTestId("step-marks")).not.toContainText("not written yet");
  again();
  await appRunning(page);
  await expect(page.getByTestId("step-marks")).toContainText("Acknowledge the hurt: written");
});

for (const scheme of ["light", "dark"]) {
  test(`every route hydrates without an error (${scheme})`, async ({ page }) => {
    test.slow(); // every route, each a fresh load
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ROUTES) {
      await open(page, path);
      await expect(page.locator("body")).toHaveAttribute("data-route", path);
    }
  });
}

test("an address answered with another page's HTML (a host's single-page fallback) is built afresh", async ({ page }) => {
  // As a host with a catch-all rewrite does: the start page's HTML for every address.
  const home = readFileSync(`${dist}/index.html`, "utf8");
  await page.route("**/apology/remorse", (route) => route.fulfill({ contentType: "text/html", body: home }));
  await open(page, "/apology/remorse");
  await expect(page.locator("main h1")).toHaveText("Express genuine remorse");
  await expect(page.locator("main h1")).toHaveCount(1);
  await page.locator("#remorse").fill("I feel terrible.");
  await expect(page.locator("#remorse")).toHaveValue("I feel terrible.");
});

test("a page whose address has a query is built afresh, as the query asks", async ({ page }) => {
  await open(page, "/apology/acknowledge");
  await page.locator("#what-happened").fill("I know I hurt you.");
  await open(page, "/apology/deliver?way=letter");
  await expect(page.getByRole("radio", { name: /Write it as a letter/ })).toBeChecked();
});

test.describe("with the service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("offline after one visit, a deep link's page carries its words in the HTML itself", async ({ page, context }) => {
    await open(page, "/");
    await controlled(page);
    await context.setOffline(true);
    const response = await page.goto("/apology/remorse", { waitUntil: "commit" });
    // What the worker answered, before any wasm ran: the step's own prerendered page.
    const html = await response.text();
    expect(html).toContain('data-route="/apology/remorse"');
    expect(html).toContain("Express genuine remorse");
    expect(html).toContain("<title>Express genuine remorse – Mend</title>");
    await appRunning(page);
    await expect(page.locator("main h1")).toHaveText("Express genuine remorse");
    // An address Mend doesn't know gets the not-found page, offline too.
    const unknown = await page.goto("/no/such/page", { waitUntil: "commit" });
    expect(await unknown.text()).toContain('data-route="/not-found"');
    await appRunning(page);
    await expect(page.locator("main h1")).toHaveText("Page not found");
    await context.setOffline(false);
  });
});

test.describe("under a sub-path (/mend/)", () => {
  test.use({ baseURL: subBase });
  for (const scheme of ["light", "dark"]) {
    test(`every route hydrates without an error (${scheme})`, async ({ page }) => {
      test.slow(); // every route, each a fresh load
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ROUTES) {
        // Relative paths: Playwright resolves them against the /mend/ base.
        await open(page, path === "/" ? "./" : path.slice(1));
        await expect(page.locator("body")).toHaveAttribute("data-route", path);
        // Links rendered at build time carry the sub-path.
        await expect(page.locator("header a.brand")).toHaveAttribute("href", "/mend/");
      }
    });
  }
});

test("what the first paint and the start wait for is minified: the stylesheet and the glue carry no comments or indentation", async ({ page }) => {
  const requests = [];
  page.on("response", (response) => requests.push(response));
  await open(page, "/apology/acknowledge");
  const text = async (pattern) => {
    const response = requests.find((r) => pattern.test(new URL(r.url()).pathname));
    expect(response, `a response for ${pattern}`).toBeTruthy();
    return response.text();
  };
  const css = await text(/\/mend-[0-9a-f]+\.css$/);
  const glue = await text(/\/mend-[0-9a-f]+\.js$/);
  // styles/ is commented and indented; what is shipped is neither (scripts/stylesheet.mjs).
  expect(css).not.toContain("/*");
  expect(css).not.toMatch(/\n\s+\S/);
  expect(css).toContain("@media print");
  // wasm-bindgen writes its glue indented, one statement a line (scripts/minify-js.mjs).
  expect(glue).not.toMatch(/\n {4}\S/);
  expect(glue.split("\n").length).toBeLessThan(20);
});
