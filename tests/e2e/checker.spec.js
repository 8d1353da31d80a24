// The checker in the app: notes appear after a pause, explain themselves, can be dismissed
// (remembered), and the review lists what is still open.
import { test, expect, open } from "./fixtures.js";

test("a note appears after a pause, not while typing; dismissed for good, with Undo", async ({ page }) => {
  await open(page, "/apology/remorse");
  const notes = page.locator("#notes-remorse");
  const spoken = notes.locator(".visually-hidden[role=status]");
  await page.locator("#remorse").pressSequentially("I'm sorry if you were upset", { delay: 20 });
  // While typing, nothing interrupts, on screen or read aloud.
  await expect(notes.locator(".checker-note")).toHaveCount(0);
  await expect(spoken).toHaveText("");
  // After the pause, the note explains itself and offers another way.
  await expect(notes.locator(".checker-note").first()).toBeVisible({ timeout: 4000 });
  await expect(notes).toContainText("Try instead:");
  // A screen reader hears a short count, not every note in full.
  await expect(notes).not.toHaveAttribute("aria-live");
  const count = await notes.locator(".checker-note").count();
  await expect(spoken).toHaveText(count === 1 ? "1 note on the wording, below the field." : `${count} notes on the wording, below the field.`);
  const first = notes.locator(".checker-note").first();
  const title = await first.locator(".checker-note__title").textContent();
  await first.getByRole("button", { name: /Keep my wording/ }).click();
  await expect(notes.locator(".checker-note")).toHaveCount(count - 1);
  // The dismissed note's button is gone: focus goes to Undo, beside a status naming the note.
  const undo = notes.getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await expect(notes.locator(".checker-notes__status")).toHaveText(`Kept as you wrote it: ${title}${/[….?!]$/.test(title) ? "" : "."} Undo`);
  await undo.click();
  await expect(notes.locator(".checker-note")).toHaveCount(count);
  await expect(notes.getByRole("button", { name: `Keep my wording – ${title}` })).toBeFocused();
  await notes.getByRole("button", { name: `Keep my wording – ${title}` }).click();
  await expect(notes.locator(".checker-note")).toHaveCount(count - 1);
  await page.reload();
  await expect(page.locator("#notes-remorse .checker-note")).toHaveCount(count - 1);
});

test("the article's own example passes clean", async ({ page }) => {
  await open(page, "/apology/responsibility");
  await page.locator("#responsibility").fill("It was wrong of me to speak to you that way. I take full responsibility.");
  await page.reload();
  await expect(page.locator("#notes-responsibility .checker-note")).toHaveCount(0);
});

test("the review sums up the notes still open in one line, with a link to their part", async ({ page }) => {
  await open(page, "/apology/responsibility");
  await page.locator("#responsibility").fill("Mistakes were made, but you made me do it.");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.goto("/apology/review");
  const line = page.getByTestId("open-notes");
  await expect(line).toHaveText(/^\d+ checker notes are still open, in: Take responsibility$/);
  await line.getByRole("link", { name: "Take responsibility" }).click();
  await expect(page.locator("h1")).toHaveText("Take responsibility");
  await expect(page.locator("#notes-responsibility .checker-note__quote")).toContainText([/“Mistakes were made”/i, /“you made me/i]);
});
