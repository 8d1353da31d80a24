// The checker in its own worker (issue 20): not part of the first load, started when text first
// needs checking, and never in the way of writing: blocked, the page says notes are unavailable
// and everything else works; offline after one visit, notes still come.
import { test, expect, open, controlled, stored } from "./fixtures.js";

const CHECKER_FILE = /checker_worker/;

/** Every request this page (and the workers it starts) makes for the checker's files. */
function checkerRequests(page) {
  const asked = [];
  page.on("request", (request) => {
    if (CHECKER_FILE.test(request.url())) asked.push(new URL(request.url()).pathname);
  });
  return asked;
}

test("a step opened fresh fetches no checker file until text is typed; after a pause, notes come", async ({ page }) => {
  const asked = checkerRequests(page);
  await open(page, "/apology/remorse");
  // Reading the page, moving around the field: still nothing of the checker.
  await page.locator("#remorse").focus();
  await page.waitForTimeout(2000);
  expect(asked, "checker files fetched before any typing").toEqual([]);
  await page.locator("#remorse").pressSequentially("I'm sorry if you were upset", { delay: 20 });
  const notes = page.locator("#notes-remorse .checker-note");
  await expect(notes.first()).toBeVisible({ timeout: 6000 });
  await expect(page.locator("#notes-remorse")).toContainText("Sorry “if”");
  // The loader, its script and its wasm, each named by their content.
  expect(asked.some((path) => /checker_worker_loader-[0-9a-f]{16}\.js$/.test(path))).toBe(true);
  expect(asked.some((path) => /checker_worker-[0-9a-f]{16}_bg\.wasm$/.test(path))).toBe(true);
  // Later checks reuse the running worker: no second download.
  const fetched = asked.length;
  await page.locator("#remorse").fill("I'm sorry. I guess I was tired.");
  await expect(page.locator("#notes-remorse")).toContainText("Half-owning it", { timeout: 6000 });
  await expect(page.locator("#notes-remorse")).not.toContainText("Sorry “if”");
  expect(asked.length).toBe(fetched);
});

test.describe("with the checker's worker blocked", () => {
  // No service worker: it would answer from its cache, which a blocked network never reaches.
  test.use({ serviceWorkers: "block" });

  test("writing and saving still work and the page says notes are unavailable", async ({ page, guard }) => {
    // The browser reports the refused script; nothing else may go wrong.
    guard.consoleErrors.push(/Failed to load resource: net::ERR_FAILED/);
    await page.route(CHECKER_FILE, (route) => route.abort());
    await open(page, "/apology/remorse");
    const words = "I'm sorry if you were upset, and I wish I had listened.";
    await page.locator("#remorse").fill(words);
    await expect(page.getByTestId("notes-unavailable")).toBeVisible({ timeout: 6000 });
    await expect(page.getByTestId("notes-unavailable")).toContainText("Your words are saved as you write");
    await expect(page.locator("#notes-remorse .checker-note")).toHaveCount(0);
    // Writing goes on as before: every word kept, through a reload.
    await page.locator("#remorse").pressSequentially(" Truly.", { delay: 10 });
    await expect(page.getByTestId("save-status")).toHaveText("Saved on this device", { timeout: 5000 });
    expect(await stored(page)).toContain("I wish I had listened. Truly.");
    await page.reload();
    await expect(page.locator("#remorse")).toHaveValue(`${words} Truly.`);
    // The receiver's weighing page says it too, and its questions still work.
    await page.goto("/receive/weigh");
    await page.locator("#received-text").fill("I'm sorry you feel that way.");
    await expect(page.getByTestId("notes-unavailable")).toBeVisible({ timeout: 6000 });
    await page.locator("input[type=radio]").first().check();
    await expect(page.locator("input[type=radio]").first()).toBeChecked();
  });
});

test("offline after one visit, the checker still gives its notes", async ({ page, context }) => {
  await open(page, "/");
  await controlled(page);
  await context.setOffline(true);
  try {
    const fresh = await context.newPage();
    const asked = checkerRequests(fresh);
    await fresh.goto("/apology/remorse");
    await expect(fresh.locator("html")).toHaveAttribute("data-app", "running", { timeout: 15_000 });
    await fresh.locator("#remorse").pressSequentially("I'm sorry if you were upset", { delay: 20 });
    await expect(fresh.locator("#notes-remorse .checker-note").first()).toBeVisible({ timeout: 6000 });
    expect(asked.length, "the worker's files came from the service worker's cache").toBeGreaterThan(0);
    await fresh.close();
  } finally {
    await context.setOffline(false);
  }
});
