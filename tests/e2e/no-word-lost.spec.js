// Issue 18, "No word lost, even then": the ways words went missing across tabs, reloads and
// imports that the rest of the suite did not try. One test (or a few) per rule.
import { test, expect, open, stored, allStored, DOCUMENT_KEY } from "./fixtures.js";

/** Every backup's text, oldest first. */
async function backupTexts(page) {
  const all = await allStored(page);
  return Object.keys(all)
    .filter((k) => k.startsWith("mend:backup:"))
    .sort()
    .map((k) => all[k]);
}

/** Holds back this page's writes to the document (not to backups) until `release` is called, so
 * the page has unsaved words when another tab saves. */
async function holdDocumentWrites(page) {
  await page.evaluate((key) => {
    window.__realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === key) throw new DOMException("held back for the test", "InvalidStateError");
      return window.__realSetItem.call(this, k, v);
    };
  }, DOCUMENT_KEY);
  return () => page.evaluate(() => (Storage.prototype.setItem = window.__realSetItem));
}

/** Two tabs on the remorse step, the first with a conflict open: "Mend was changed in another tab". */
async function openConflict(page, context) {
  await open(page, "/apology/remorse");
  await page.locator("#remorse").fill("Base.");
  await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");
  const other = await context.newPage();
  await open(other, "/apology/remorse");
  const release = await holdDocumentWrites(page);
  await page.locator("#remorse").fill("Typed in tab one.");
  await expect(page.getByTestId("save-failed")).toBeVisible();
  await other.locator("#remorse").fill("Typed in tab two.");
  await expect(other.getByTestId("save-status")).toHaveText("Saved on this device");
  await release();
  await expect(page.getByRole("heading", { name: "Mend was changed in another tab" })).toBeVisible();
  return other;
}

test.describe("1. a conflict left unanswered", () => {
  test("words typed while the question is open are kept as a backup at once, and the status says so", async ({ page, context }) => {
    await openConflict(page, context);
    const field = page.locator("#remorse");
    await field.press("End");
    await page.keyboard.type(" And more after the prompt.");
    // At once: no pause needed, no page hide needed.
    await expect
      .poll(() => backupTexts(page), { timeout: 1_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining("Typed in tab one. And more after the prompt.")]));
    await expect(page.getByTestId("save-status")).toContainText("backup copy");
    // The stored document is still the other tab's: nothing was chosen.
    expect(JSON.parse(await stored(page)).apologies[0].parts.remorse).toBe("Typed in tab two.");

    // Reloading the tab loses nothing: the words are in a backup, listed under "Your data".
    await page.reload();
    await expect(page.locator("main h1")).toHaveCount(1);
    const texts = await backupTexts(page);
    expect(texts.some((t) => t.includes("And more after the prompt."))).toBe(true);
  });

  test("closing the tab with words not in the document asks the browser to confirm", async ({ page, context }) => {
    await openConflict(page, context);
    await page.locator("#remorse").press("End");
    await page.keyboard.type(" Last.");
    const dialogs = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.type());
      await dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(["beforeunload"]);
  });

  test("a tab whose words are all saved closes without a question", async ({ page }) => {
    await open(page, "/apology/remorse");
    await page.locator("#remorse").press("End");
    await page.keyboard.type("Saved words.");
    await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");
    const dialogs = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.type());
      await dialog.accept();
    });
    await page.close({ runBeforeUnload: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(dialogs).toEqual([]);
  });
});
