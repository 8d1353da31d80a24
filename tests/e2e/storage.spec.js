// What Mend does with what it finds in storage: nothing stored, unreadable, newer, or blocked.
import { test, expect, open, stored, allStored, DOCUMENT_KEY } from "./fixtures.js";

async function seed(page, value) {
  await open(page, "/");
  await page.evaluate(([k, v]) => window.localStorage.setItem(k, v), [DOCUMENT_KEY, value]);
  await page.reload();
  await expect(page.locator("main h1")).toHaveCount(1);
}

test("a first visit writes nothing until the person writes something", async ({ page }) => {
  await open(page, "/");
  expect(await allStored(page)).toEqual({});
});

test("unreadable stored data: the app starts, says so, and keeps the original bytes", async ({ page }) => {
  const corrupt = '{"schema_version":1,"apologies":[{"id":"a1","parts":{"remorse":"I feel terr';
  await seed(page, corrupt);
  const notice = page.getByTestId("unreadable");
  await expect(notice).toBeVisible();
  await expect(notice.getByRole("heading")).toHaveText("Some saved text could not be read");

  const everything = await allStored(page);
  const backups = Object.entries(everything).filter(([k]) => k.startsWith("mend:backup:"));
  expect(backups.map(([, v]) => v)).toEqual([corrupt]);
  expect(everything[DOCUMENT_KEY]).toBe(corrupt);

  await notice.getByRole("button", { name: "Show the saved text" }).click();
  await expect(notice.getByLabel("The saved text, exactly as found")).toHaveValue(corrupt);

  // A second visit does not pile up copies of the same text.
  await page.reload();
  await expect(page.getByTestId("unreadable")).toBeVisible();
  const again = Object.keys(await allStored(page)).filter((k) => k.startsWith("mend:backup:"));
  expect(again).toHaveLength(1);
});

test("JSON of the wrong shape is kept too", async ({ page }) => {
  await seed(page, '{"schema_version":1,"apologies":"not a list"}');
  await expect(page.getByTestId("unreadable")).toBeVisible();
  const values = Object.entries(await allStored(page))
    .filter(([k]) => k.startsWith("mend:backup:"))
    .map(([, v]) => v);
  expect(values).toEqual(['{"schema_version":1,"apologies":"not a list"}']);
});

test("data from a newer version opens without saving and is never overwritten", async ({ page }) => {
  const newer = JSON.stringify({ schema_version: 99, revision: 7, apologies: [], future_field: { x: 1 } });
  await seed(page, newer);
  await expect(page.getByTestId("read-only")).toBeVisible();
  await expect(page.getByTestId("read-only")).toContainText("newer version of Mend");
  expect(await stored(page)).toBe(newer);
});

test("storage that throws on access: the app starts and says progress won't be kept", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await open(page, "/");
  const notice = page.getByTestId("storage-unavailable");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Progress won’t be kept on this device");
});

test("a full quota shows a persistent warning and keeps the text on screen", async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === "mend:document") throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  });
  await open(page, "/apology/remorse");
  await page.locator("#remorse").fill("Words that must not vanish.");
  const warning = page.getByTestId("save-failed");
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("storage for Mend is full");
  await expect(page.locator("#remorse")).toHaveValue("Words that must not vanish.");
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page.getByTestId("save-failed")).toBeVisible();
});

test("another tab's newer save is picked up", async ({ page, context }) => {
  await open(page, "/apology/remorse");
  await page.locator("#remorse").fill("First words.");
  await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");
  const other = await context.newPage();
  await open(other, "/apology/remorse");
  await expect(other.locator("#remorse")).toHaveValue("First words.");
  await other.locator("#remorse").fill("Changed in the other tab.");
  await expect(other.getByTestId("save-status")).toHaveText("Saved on this device");
  await expect(page.locator("#remorse")).toHaveValue("Changed in the other tab.");
});

test("a stale tab with unsaved words asks before overwriting, and keeps both", async ({ page, context }) => {
  await open(page, "/apology/remorse");
  await page.locator("#remorse").fill("Base.");
  await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");
  const other = await context.newPage();
  await open(other, "/apology/remorse");
  // Hold this tab's saves back so it has unsaved words when the other tab saves.
  await page.evaluate(() => {
    window.__realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException("blocked for the test", "InvalidStateError");
    };
  });
  await page.locator("#remorse").fill("Typed in tab one.");
  await expect(page.getByTestId("save-failed")).toBeVisible();
  await other.locator("#remorse").fill("Typed in tab two.");
  await expect(other.getByTestId("save-status")).toHaveText("Saved on this device");
  await page.evaluate(() => (Storage.prototype.setItem = window.__realSetItem));
  await expect(page.getByRole("heading", { name: "Mend was changed in another tab" })).toBeVisible();
  await expect(page.locator("#remorse")).toHaveValue("Typed in tab one.");
  expect(JSON.parse(await stored(page)).apologies[0].parts.remorse).toBe("Typed in tab two.");

  await page.getByRole("button", { name: "Keep this tab’s version" }).click();
  await expect.poll(async () => JSON.parse(await stored(page)).apologies[0].parts.remorse).toBe("Typed in tab one.");
  const backups = await page.evaluate(() =>
    Object.entries(localStorage).filter(([k]) => k.startsWith("mend:backup:")).map(([, v]) => v),
  );
  expect(backups.some((b) => b.includes("Typed in tab two."))).toBe(true);
});

test("a five-megabyte unreadable value: the app starts, and the value is still there", async ({ page }) => {
  await open(page, "/");
  const size = await page.evaluate((key) => {
    const junk = "x".repeat(5_000_000);
    localStorage.setItem(key, junk);
    return localStorage.getItem(key).length;
  }, "mend:document");
  expect(size).toBe(5_000_000);
  await page.reload();
  await expect(page.getByTestId("unreadable")).toBeVisible();
  await page.goto("/apology/remorse");
  await page.locator("#remorse").fill("New words after the junk.");
  await page.reload();
  await expect(page.locator("main h1")).toHaveCount(1);
  const kept = await page.evaluate(() =>
    Object.entries(localStorage).some(([, v]) => v.length === 5_000_000 && /^x+$/.test(v)),
  );
  expect(kept).toBe(true);
});
