// The checker in the app: notes appear after a pause, explain themselves, can be dismissed
// (remembered), and the review lists what is still open.
import { test, expect, open } from "./fixtures.js";

test("a note appears after a pause, not while typing, and can be dismissed for good", async ({ page }) => {
  await open(page, "/apology/remorse");
  const notes = page.locator("#notes-remorse");
  await page.locator("#remorse").pressSequentially("I'm sorry if you were upset", { delay: 20 });
  // While typing, nothing interrupts.
  await expect(notes.locator(".checker-note")).toHaveCount(0);
  // After the pause, the note explains itself and offers another way.
  await expect(notes.locator(".checker-note").first()).toBeVisible({ timeout: 4000 });
  await expect(notes).toContainText("Try instead:");
  await expect(notes).toHaveAttribute("aria-live", "polite");
  const count = await notes.locator(".checker-note").count();
  await notes.getByRole("button", { name: /This is fine here/ }).first().click();
  await expect(notes.locator(".checker-note")).toHaveCount(count - 1);
  // The dismissed note's button is gone; focus stays with the notes rather than jumping to the top.
  await expect(notes).toBeFocused();
  await page.reload();
  await expect(page.locator("#notes-remorse .checker-note")).toHaveCount(count - 1);
});

test("the article's own example passes clean", async ({ page }) => {
  await open(page, "/apology/responsibility");
  await page.locator("#responsibility").fill("It was wrong of me to speak to you that way. I take full responsibility.");
  await page.reload();
  await expect(page.locator("#notes-responsibility .checker-note")).toHaveCount(0);
});

test("the review lists the notes still open, per part", async ({ page }) => {
  await open(page, "/apology/responsibility");
  await page.locator("#responsibility").fill("Mistakes were made, but you made me do it.");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.goto("/apology/review");
  const row = page.locator("#summary-responsibility");
  await expect(row.locator(".checker-note").first()).toBeVisible();
  await expect(row.locator(".checker-note__quote")).toContainText([/“Mistakes were made”/i, /“you made me/i]);
});
