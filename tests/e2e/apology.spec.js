// The four-part apology: keyboard-only writing, nothing lost on reload, review and delivery.
import { readFile } from "node:fs/promises";
import { test, expect, open, stored, DOCUMENT_KEY } from "./fixtures.js";

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page, target, limit = 25) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

const words = {
  what: "I know I hurt you when I missed your recital on Sunday.",
  feel: "I can see how that made you feel unimportant.",
  resp: "It was wrong of me to choose the game over you. I take full responsibility.",
  remorse: "I feel terrible that I caused you pain.",
  commit: "When I make a plan with you, I will put it in my calendar that day.",
  repair: "I would like to take you to the next recital and hear all about it.",
};

test("keyboard only: every field of the four steps, a reload on step 3, all of it on review, copied", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await open(page, "/");
  await tabTo(page, page.getByRole("button", { name: "Write an apology" }));
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("Before you begin");
  await expect(page.locator("h1")).toBeFocused();

  await tabTo(page, page.getByRole("link", { name: "Skip the questions and start writing" }));
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("Acknowledge the hurt");
  await expect(page.locator("h1")).toBeFocused();
  await expect(page.locator("#step-caption")).toHaveText("Step 1 of 4");

  await tabTo(page, page.getByLabel("What happened"));
  await page.keyboard.type(words.what);
  await tabTo(page, page.getByLabel("How it may have made them feel"));
  await page.keyboard.type(words.feel);
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");

  await expect(page.locator("h1")).toHaveText("Take responsibility");
  await expect(page.locator("h1")).toBeFocused();
  await tabTo(page, page.locator("#responsibility"));
  await page.keyboard.type(words.resp);
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");

  await expect(page.locator("h1")).toHaveText("Express genuine remorse");
  await expect(page.locator("h1")).toBeFocused();
  await tabTo(page, page.locator("#remorse"));
  await page.keyboard.type(words.remorse);
  // Reload mid-journey, straight after typing: nothing may be lost.
  await page.reload();
  await expect(page.locator("h1")).toHaveText("Express genuine remorse");
  await expect(page.locator("#remorse")).toHaveValue(words.remorse);
  await page.locator("h1").focus();
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");

  await expect(page.locator("h1")).toHaveText("Commit to change");
  await expect(page.locator("h1")).toBeFocused();
  await tabTo(page, page.getByLabel("Commitment 1", { exact: true }));
  await page.keyboard.type(words.commit);
  await tabTo(page, page.getByLabel("How you will make it right"));
  await page.keyboard.type(words.repair);
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");

  await expect(page.locator("h1")).toHaveText("Check your apology");
  await expect(page.locator("h1")).toBeFocused();
  const text = await page.getByTestId("apology-text").innerText();
  const order = [words.what, words.feel, words.resp, words.remorse, words.commit, words.repair];
  const positions = order.map((w) => text.indexOf(w));
  expect(positions.every((p) => p >= 0), `all parts in: ${text}`).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(text).not.toMatch(/Acknowledge|Responsibility|Remorse/);

  await tabTo(page, page.getByRole("link", { name: "Ready to deliver it" }), 60);
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("Deliver your apology");
  await tabTo(page, page.getByRole("radio", { name: /Say it in person/ }));
  await page.keyboard.press("ArrowDown");
  await tabTo(page, page.getByRole("button", { name: "Copy your apology", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("deliver-status")).toHaveText("Copied to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test("the browser's back button walks back through the steps", async ({ page }) => {
  await open(page, "/apology/acknowledge");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator("h1")).toHaveText("Take responsibility");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator("h1")).toHaveText("Express genuine remorse");
  await page.goBack();
  await expect(page.locator("h1")).toHaveText("Take responsibility");
  await page.goBack();
  await expect(page.locator("h1")).toHaveText("Acknowledge the hurt");
});

test("typing then closing at once loses nothing: saved on page hide", async ({ page }) => {
  await open(page, "/apology/remorse");
  await page.locator("#remorse").fill("I regret every word of it.");
  await page.locator("#remorse").press("End");
  await page.keyboard.type(" Truly.");
  await page.reload();
  await expect(page.locator("#remorse")).toHaveValue("I regret every word of it. Truly.");
});

test("a part left empty is named on review, and Change returns to review", async ({ page }) => {
  await open(page, "/apology/remorse");
  await page.locator("#remorse").fill("I feel terrible that I caused you pain.");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator("h1")).toHaveText("Check your apology");
  await expect(page.locator("#summary-responsibility")).toContainText("You haven’t written this part yet");

  await page.getByRole("link", { name: "Change take responsibility" }).click();
  await expect(page.locator("h1")).toHaveText("Take responsibility");
  await page.locator("#responsibility").fill("I broke my promise to you.");
  await page.getByRole("button", { name: "Continue to review" }).click();
  await expect(page.locator("h1")).toHaveText("Check your apology");
  await expect(page.locator("#summary-responsibility")).toContainText("I broke my promise to you.");
});

test("commitments can be added, edited and removed", async ({ page }) => {
  await open(page, "/apology/change");
  await page.getByLabel("Commitment 1", { exact: true }).fill("When I am late, I will text you before, not after.");
  await page.getByRole("button", { name: "Add a commitment" }).click();
  await expect(page.getByLabel("Commitment 2", { exact: true })).toBeFocused();
  await page.keyboard.type("When we argue, I will listen first.");
  await page.getByRole("button", { name: "Remove commitment 1" }).click();
  await expect(page.getByLabel("Commitment 1", { exact: true })).toHaveValue("When we argue, I will listen first.");
  await expect(page.getByLabel("Commitment 2", { exact: true })).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel("Commitment 1", { exact: true })).toHaveValue("When we argue, I will listen first.");
});

async function writeShortApology(page) {
  await open(page, "/apology/prepare");
  await page.getByLabel("Who is this apology for?").fill("Ana");
  await page.getByLabel("Friend").check();
  await page.goto("/apology/responsibility");
  await page.locator("#responsibility").fill("I told your secret to Marco. That was wrong of me.");
  await page.goto("/apology/review");
  await expect(page.getByTestId("apology-text")).toContainText("I told your secret");
  return page.getByTestId("apology-text").innerText();
}

/** From the review to the delivery page, with a way chosen. */
async function deliverAs(page, way) {
  await page.getByRole("link", { name: "Ready to deliver it" }).click();
  await expect(page.locator("h1")).toHaveText("Deliver your apology");
  await page.getByRole("radio", { name: new RegExp(way) }).check();
}

test("copy puts the composed apology on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const text = await writeShortApology(page);
  expect(text.startsWith("Ana,")).toBe(true);
  await deliverAs(page, "Send it as a message");
  await page.getByRole("button", { name: "Copy your apology" }).click();
  await expect(page.getByTestId("deliver-status")).toHaveText("Copied to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test("download saves the composed apology as a text file", async ({ page }) => {
  const text = await writeShortApology(page);
  await deliverAs(page, "Write it as a letter");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download as text" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^apology-\d{4}-\d{2}-\d{2}\.txt$/);
  expect(await readFile(await download.path(), "utf8")).toBe(text);
});

test("printing shows the apology and hides navigation and controls", async ({ page }) => {
  await writeShortApology(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("apology-text")).toBeVisible();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.locator("h1")).toBeHidden();
  await expect(page.getByRole("button", { name: "Copy your apology" })).toBeHidden();
});

test("the composed text can be edited by hand, and put together again", async ({ page }) => {
  await writeShortApology(page);
  await page.getByRole("button", { name: "Edit the wording" }).click();
  const editor = page.getByLabel("Your apology, in your words");
  await expect(editor).toBeFocused();
  await editor.fill("Ana, I told your secret. I am so sorry.");
  await page.getByRole("button", { name: "Done", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Your apology", exact: true })).toBeFocused();
  await page.reload();
  await expect(page.getByLabel("Your apology, in your words")).toHaveValue("Ana, I told your secret. I am so sorry.");
  await page.getByRole("button", { name: "Put it together from the parts again" }).click();
  await page.getByRole("button", { name: "Yes, use the parts" }).click();
  await expect(page.getByTestId("apology-text")).toContainText("I told your secret to Marco.");
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByLabel("Your apology, in your words")).toHaveValue("Ana, I told your secret. I am so sorry.");
  await expect(page.getByLabel("Your apology, in your words")).toBeFocused();
});

test("clearing the hand-edited text keeps the editor and the way back to the parts", async ({ page }) => {
  await writeShortApology(page);
  await page.getByRole("button", { name: "Edit the wording" }).click();
  const editor = page.getByLabel("Your apology, in your words");
  await editor.fill("");
  await expect(editor).toBeVisible();
  await expect(editor).toBeFocused();
  await page.reload();
  await expect(page.getByLabel("Your apology, in your words")).toHaveValue("");
  await page.getByRole("button", { name: "Put it together from the parts again" }).click();
  await page.getByRole("button", { name: "Yes, use the parts" }).click();
  await expect(page.getByTestId("apology-text")).toContainText("I told your secret to Marco.");
});

test("rehearse shows one part at a time, then the reminder", async ({ page }) => {
  await writeShortApology(page);
  await page.goto("/apology/remorse");
  await page.locator("#remorse").fill("I feel terrible that I caused you pain.");
  await page.goto("/apology/review");
  await deliverAs(page, "Say it in person");
  await page.getByRole("button", { name: "Rehearse" }).click();
  await expect(page.locator("h1")).toHaveText("Rehearse your apology");
  await expect(page).toHaveTitle("Rehearse your apology – Mend");
  // The greeting is said with the first part, not as a part of its own.
  await expect(page.getByTestId("rehearse-text")).toHaveText("Ana,\nI told your secret to Marco. That was wrong of me.");
  await expect(page.getByText("Part 1 of 2")).toBeVisible();
  const previous = page.getByRole("button", { name: "Previous" });
  const next = page.getByRole("button", { name: "Next" });
  await expect(previous).toHaveAttribute("aria-disabled", "true");
  await expect(page.getByText("“I’m sorry” is a start")).toBeHidden();
  // The part shown and its number are one live region, so moving on reads the new part out.
  await expect(page.getByTestId("rehearse-text").locator("xpath=..")).toHaveAttribute("aria-live", "polite");
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("rehearse-text")).toHaveText("I feel terrible that I caused you pain.");
  await expect(page.getByText("“I’m sorry” is a start")).toBeVisible();
  // At the last part Next stays where it was, marked unavailable, and keeps focus.
  await expect(next).toHaveAttribute("aria-disabled", "true");
  await expect(next).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Part 2 of 2")).toBeVisible();
  await previous.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Part 1 of 2")).toBeVisible();
  await expect(previous).toBeFocused();
  await expect(previous).toHaveAttribute("aria-disabled", "true");
  await page.getByRole("button", { name: "Done rehearsing" }).click();
  await expect(page.locator("h1")).toHaveText("Deliver your apology");
  await expect(page).toHaveTitle("Deliver your apology – Mend");
  // Focus returns to where the person left: the Rehearse button.
  await expect(page.getByRole("button", { name: "Rehearse" })).toBeFocused();
});

test("the phone's Back button ends a rehearsal rather than leaving the delivery page", async ({ page }) => {
  await writeShortApology(page);
  await deliverAs(page, "Say it in person");
  await page.getByRole("button", { name: "Rehearse" }).click();
  await expect(page.locator("h1")).toHaveText("Rehearse your apology");
  await page.goBack();
  await expect(page.locator("h1")).toHaveText("Deliver your apology");
  await expect(page.getByRole("button", { name: "Rehearse" })).toBeFocused();
  // After a reload mid-rehearsal, "Done rehearsing" goes back to the delivery page's own entry:
  // the browser's Back then leaves it rather than showing it twice.
  await page.getByRole("button", { name: "Rehearse" }).click();
  await page.reload();
  await expect(page.locator("h1")).toHaveText("Rehearse your apology");
  await page.getByRole("button", { name: "Done rehearsing" }).click();
  await expect(page.locator("h1")).toHaveText("Deliver your apology");
  await expect(page).toHaveURL(/\/apology\/deliver\?way=in-person$/);
  await page.goBack();
  await expect(page.locator("h1")).toHaveText("Check your apology");
  // Opened directly by its address, Done still lands on the delivery page.
  await page.goto("/apology/deliver?mode=rehearse");
  await expect(page.locator("h1")).toHaveText("Rehearse your apology");
  await page.getByRole("button", { name: "Done rehearsing" }).click();
  await expect(page.locator("h1")).toHaveText("Deliver your apology");
  await expect(page).toHaveURL(/\/apology\/deliver$/);
});

test("deleting a second apology while the first's Undo shows: focus stays on Undo, which names it, and both can be undone", async ({ page }) => {
  await writeShortApology(page);
  await open(page, "/");
  await page.getByRole("button", { name: "Start a new apology" }).click();
  await page.getByLabel("Who is this apology for?").fill("Jo");
  await open(page, "/");
  // Jo, written in last, is under "Continue where you left off"; Ana is listed below it.
  const resume = page.getByRole("region", { name: "Continue where you left off" });
  const list = page.getByRole("region", { name: "Your other apologies" });
  await list.getByRole("button", { name: "Delete your apology to Ana" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Deleted:" })).toHaveText("Deleted: your apology to Ana. Undo");
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await resume.getByRole("button", { name: "Delete your apology to Jo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Deleted:" })).toHaveText("Deleted: your apology to Jo. Undo");
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  // Neither is lost: Undo puts Jo back, then offers Ana.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(resume.getByRole("button", { name: "Continue", exact: true })).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Deleted:" })).toHaveText("Deleted: your apology to Ana. Undo");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(resume).toContainText("Your apology to Jo");
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText("Your apology to Ana");
  await expect(page.getByText("Deleted:")).toHaveCount(0);
});

test("several apologies: listed, opened, deleted with undo", async ({ page }) => {
  await writeShortApology(page);
  await open(page, "/");
  await expect(page.getByText("Your apology to Ana").first()).toBeVisible();
  await page.getByRole("button", { name: "Start a new apology" }).click();
  await page.getByLabel("Who is this apology for?").fill("Jo");
  await open(page, "/");
  // Each apology once: Jo to continue, Ana among the others.
  await expect(page.getByRole("region", { name: "Continue where you left off" })).toContainText("Your apology to Jo");
  const list = page.getByRole("region", { name: "Your other apologies" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await list.getByRole("button", { name: "Delete your apology to Ana" }).click();
  await expect(list).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByRole("button", { name: "Open your apology to Ana" })).toBeFocused();
  await list.getByRole("button", { name: "Open your apology to Ana" }).click();
  await expect(page.locator("h1")).toHaveText("Check your apology");
  await expect(page.getByTestId("apology-text")).toContainText("Ana,");
  const doc = JSON.parse(await stored(page));
  expect(doc.apologies).toHaveLength(2);
});

test("each step is built afresh: a section folded open on one step is closed on the next", async ({ page }) => {
  await open(page, "/apology/acknowledge");
  const more = page.locator("details", { hasText: "More ways to say it" });
  await more.locator("summary").click();
  await expect(more).toHaveAttribute("open", "");
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.locator("h1")).toHaveText("Take responsibility");
  await expect(page.locator("details", { hasText: "More ways to say it" })).not.toHaveAttribute("open", "");
});

test("a removed commitment can be put back with Undo, where it was, and that survives a reload", async ({ page }) => {
  await open(page, "/apology/change");
  await page.getByLabel("Commitment 1", { exact: true }).fill("When we plan something, I will put it in my calendar that day.");
  await page.getByRole("button", { name: "Add a commitment" }).click();
  await expect(page.getByLabel("Commitment 2", { exact: true })).toBeFocused();
  await page.keyboard.type("I will call if I am running late.");
  await page.getByRole("button", { name: "Remove commitment 1" }).click();
  await expect(page.getByLabel("Commitment 1", { exact: true })).toHaveValue("I will call if I am running late.");
  const undo = page.getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Commitment removed." })).toBeVisible();
  await undo.click();
  await expect(page.getByLabel("Commitment 1", { exact: true })).toHaveValue("When we plan something, I will put it in my calendar that day.");
  await expect(page.getByLabel("Commitment 1", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Commitment 2", { exact: true })).toHaveValue("I will call if I am running late.");
  await page.reload();
  await expect(page.getByLabel("Commitment 1", { exact: true })).toHaveValue("When we plan something, I will put it in my calendar that day.");
  await expect(page.getByLabel("Commitment 2", { exact: true })).toHaveValue("I will call if I am running late.");
});

test("the checker reads the apology once it is edited by hand: the words that will be sent", async ({ page }) => {
  await open(page, "/apology/acknowledge");
  await page.getByLabel("What happened").fill(words.what);
  await expect(page.getByTestId("edited-elsewhere")).toHaveCount(0);
  await open(page, "/apology/review");
  await page.getByRole("button", { name: "Edit the wording" }).click();
  const editor = page.getByLabel("Your apology, in your words");
  await expect(editor).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Sorry if it upset you, but I was tired.");
  const notes = page.locator("#notes-whole");
  await expect(notes.getByText("Sorry “if”…", { exact: true })).toBeVisible();
  await expect(notes.getByText("A “but” that takes it back", { exact: true })).toBeVisible();
  // "Keep my wording" (once "This is fine here") is remembered for the edited text too.
  await notes.getByRole("button", { name: "Keep my wording – Sorry “if”…" }).click();
  await expect(notes.getByText("Sorry “if”…", { exact: true })).toHaveCount(0);
  await page.reload();
  await expect(page.locator("#notes-whole").getByText("A “but” that takes it back", { exact: true })).toBeVisible();
  await expect(page.locator("#notes-whole").getByText("Sorry “if”…", { exact: true })).toHaveCount(0);

  // Each step now says its changes won't reach the hand-edited text, and leads back to it.
  await open(page, "/apology/acknowledge");
  await expect(page.getByTestId("edited-elsewhere")).toContainText("edited the whole apology by hand");
  await page.getByRole("link", { name: "Go to the review" }).click();
  await expect(page.locator("h1")).toHaveText("Check your apology");
});

test("parts join into sentences that start with a capital", async ({ page }) => {
  await open(page, "/apology/acknowledge");
  await page.getByLabel("What happened").fill("I forgot your birthday");
  await page.getByLabel("How it may have made them feel").fill("you felt unimportant");
  await open(page, "/apology/review");
  await expect(page.getByTestId("apology-text")).toContainText("I forgot your birthday. You felt unimportant.");
});

test("starting a new apology and coming back still offers the one written before", async ({ page }) => {
  await writeShortApology(page);
  await open(page, "/");
  await page.getByRole("button", { name: "Start a new apology" }).click();
  await expect(page.locator("h1")).toHaveText("Before you begin");
  await open(page, "/");
  const resume = page.getByRole("region", { name: "Continue where you left off" });
  await expect(resume).toContainText("Your apology to Ana");
  await resume.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("apology-text")).toContainText("I told your secret to Marco.");
  // The new one, left blank, is not kept.
  await expect.poll(async () => JSON.parse(await stored(page)).apologies.length).toBe(1);
});

test("deleting a delivered apology asks first, since its plan and check-ins go with it; a draft still goes at one tap, with Undo", async ({ page }) => {
  const plan = JSON.parse(await readFile(new URL("../fixtures/plan-before-if-then.json", import.meta.url), "utf8"));
  plan.apologies[0].delivery = { way: "in_person", at: 1795900000000, how_it_went: "" };
  await open(page, "/");
  await page.evaluate(([key, doc]) => localStorage.setItem(key, JSON.stringify(doc)), [DOCUMENT_KEY, plan]);
  await open(page, "/");
  const resume = page.getByRole("region", { name: "Continue where you left off" });
  await resume.getByRole("button", { name: "Delete your apology to Sam" }).click();
  const ask = page.getByTestId("confirm-delete");
  await expect(ask).toContainText("Delete your apology to Sam? It was delivered, and its plan and check-ins go with it.");
  // The safe answer has focus; keeping it puts focus back on Delete, and nothing is gone.
  await expect(page.getByRole("button", { name: "Keep it" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(ask).toHaveCount(0);
  await expect(resume.getByRole("button", { name: "Delete your apology to Sam" })).toBeFocused();
  await open(page, "/forward");
  await expect(page.getByTestId("commitment")).toHaveCount(4);
  // Deleting it, having been asked, is offered back with Undo like any delete.
  await open(page, "/");
  await resume.getByRole("button", { name: "Delete your apology to Sam" }).click();
  await page.getByRole("button", { name: "Delete it your apology to Sam" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Deleted: your apology to Sam." })).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await open(page, "/forward");
  await expect(page.getByTestId("commitment")).toHaveCount(4);
});
