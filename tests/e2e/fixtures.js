// Shared fixtures: every test fails if the page asks any origin but its own, throws, or logs an error.
// The one exception: a test that calls `interceptQuickExit` allows the navigation to the quick
// exit's neutral page (and only that navigation), answered here so nothing leaves the machine.
import { test as base, expect } from "@playwright/test";

export const DOCUMENT_KEY = "mend:document";

export const test = base.extend({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL).origin;
      const allowed = { consoleErrors: [], quickExit: false };
      const foreign = [];
      const errors = [];
      page.context().on("request", (request) => {
        const url = new URL(request.url());
        if (["data:", "blob:"].includes(url.protocol)) return;
        if (allowed.quickExit && request.isNavigationRequest() && request.url() === QUICK_EXIT_URL) return;
        if (url.origin !== origin) foreign.push(request.url());
      });
      page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
      // Any Content-Security-Policy violation fails the test, even one the browser only reports.
      await page.exposeFunction("__mendCspViolation", (text) => errors.push(`CSP violation: ${text}`));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) =>
          window.__mendCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
        );
      });
      // An unknown address is answered with 404.html and status 404, as a static host does, and
      // the browser logs that status: one such line is allowed per page answered 404, no more.
      let notFoundPages = 0;
      page.on("response", (response) => {
        if (response.request().isNavigationRequest() && response.status() === 404) notFoundPages += 1;
      });
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        if (/status of 404/.test(message.text()) && notFoundPages > 0) {
          notFoundPages -= 1;
          return;
        }
        errors.push(`console error: ${message.text()}`);
      });
      // Every page is prerendered, so its heading and buttons are there before the app runs: a
      // navigation or reload waits for the live app, as a person waits for the field to take
      // typing. A test that looks at the page before that passes its own `waitUntil`.
      // The same for other tabs a test opens in this context.
      const waitForApp = (tab) => {
        for (const method of ["goto", "reload"]) {
          const original = tab[method].bind(tab);
          tab[method] = async (...args) => {
            const options = (method === "goto" ? args[1] : args[0]) ?? {};
            const response = await original(...args);
            if (!options.waitUntil) await appRunning(tab);
            return response;
          };
        }
      };
      waitForApp(page);
      page.context().on("page", waitForApp);
      await use(allowed);
      expect(foreign, "requests to other origins").toEqual([]);
      const unexpected = errors.filter((e) => !allowed.consoleErrors.some((re) => re.test(e)));
      expect(unexpected, "errors in the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The neutral page "Leave this page quickly" replaces Mend with (src/content/receive.rs). */
export const QUICK_EXIT_URL = "https://www.bbc.com/weather";

/** Allows the one navigation to the quick exit's page in this test, and answers it locally with
 * a stand-in page; returns the list of URLs that were asked for, to assert on. */
export async function interceptQuickExit(page, guard) {
  guard.quickExit = true;
  const asked = [];
  await page.route(QUICK_EXIT_URL, (route) => {
    asked.push(route.request().url());
    return route.fulfill({
      contentType: "text/html",
      body: '<!doctype html><html lang="en"><title>Weather</title><link rel="icon" href="data:,"><h1>Weather</h1></html>',
    });
  });
  return asked;
}

/** Waits until a Mend page is the running app (`<html data-app="running">`, set once the stored
 * words are shown). Not every page is Mend's (the quick exit's stand-in): those don't wait. */
export async function appRunning(page) {
  await page
    .waitForFunction(
      () => document.documentElement.dataset.app === "running" || !document.querySelector('meta[name="mend-build"]'),
      null,
      { timeout: 15_000 },
    )
    .catch(() => {});
}

/** Opens a path and waits until the app has rendered its heading. A first visit compiles the
 * wasm, which on a busy 2-core machine can take longer than one expect's default. */
export async function open(page, path) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("data-app", "running", { timeout: 15_000 });
  await expect(page.locator("main h1")).toHaveCount(1);
}

/** Waits until the service worker is active and controls the page. */
export async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Reads one localStorage key from the page. */
export function stored(page, key = DOCUMENT_KEY) {
  return page.evaluate((k) => window.localStorage.getItem(k), key);
}

/** Every localStorage key and value. */
export function allStored(page) {
  return page.evaluate(() => Object.fromEntries(Object.entries(window.localStorage)));
}
