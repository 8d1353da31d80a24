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
  await expect(notice).toContainText("Progress won't be kept on this device");
});
