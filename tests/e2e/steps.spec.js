// The apologizer's side of issue 15: "Before you begin" used again, checker notes beside their
// field and folded, the four marks, each apology listed once, one button system, the acknowledgement.
import { test, expect, open, stored } from "./fixtures.js";

test("what they told me, from Before you begin, sits beside the feelings field on step 1; what I value on step 4; both on review", async ({ page }) => {
  await open(page, "/apology/prepare");
  // The way past the questions comes before them.
  const skip = page.getByRole("link", { name: "Skip the questions and start writing" });
  const recipient = page.getByLabel("Who is this apology for?");
  expect((await skip.boundingBox()).y).toBeLessThan((await recipient.boundingBox()).y);
  await recipient.fill("Sam");
  await page.getByLabel("Have I listened to how they see it?").fill("She said I always do this when I'm tired.");
  await page.getByLabel("What do I value in this relationship?").fill("Her trust.");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator("h1")).toHaveText("Acknowledge the hurt");
  const card = page.getByTestId("own-note");
  await expect(card).toContainText("What they told me");
  await expect(card).toContainText("She said I always do this when I'm tired.");
  // Beside the field it helps with: after its label, before its box, and named as describing it.
  const feelings = page.getByLabel("How it may have made them feel");
  const cardBox = await card.boundingBox();
  expect(cardBox.y).toBeGreaterThan((await page.getByLabel("What happened").boundingBox()).y);
  expect(cardBox.y).toBeLessThan((await feelings.boundingBox()).y);
  await expect(feelings).toHaveAccessibleDescription(/What they told me.*She said I always do this/);

  await open(page, "/apology/change");
  await expect(page.getByTestId("own-note")).toContainText("What I value");
  await expect(page.getByTestId("own-note")).toContainText("Her trust.");

  await open(page, "/apology/review");
  const folded = page.getByTestId("own-notes");
  await expect(folded).toHaveJSProperty("open", false);
  await folded.locator("summary").click();
  await expect(folded).toContainText("She said I always do this when I'm tired.");
  await expect(folded).toContainText("Her trust.");
});

test("with nothing written before, no card shows", async ({ page }) => {
  await open(page, "/apology/acknowledge");
  await expect(page.getByTestId("own-note")).toHaveCount(0);
  await expect(page.getByLabel("How it may have made them feel")).not.toHaveAccessibleDescription(/What they told me/);
});

test("the relationship is a row of chips that are real radio buttons, chosen with the keyboard", async ({ page }) => {
  await open(page, "/apology/prepare");
  const group = page.getByRole("group", { name: "Your relationship" });
  await expect(group.getByRole("radio")).toHaveCount(6);
  // A tap anywhere on the chip chooses it.
  await group.locator(".chip", { hasText: "Friend" }).click();
  await expect(group.getByRole("radio", { name: "Friend" })).toBeChecked();
  await group.getByRole("radio", { name: "Friend" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(group.getByRole("radio", { name: "Family" })).toBeChecked();
  await expect(group.getByRole("radio", { name: "Family" })).toBeFocused();
  // Chips share rows: six choices in at most two rows at 390 px.
  const tops = new Set(await group.locator(".chip").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top))));
  expect(tops.size).toBeLessThanOrEqual(2);
});

test("a note on a commitment sits under that commitment, not under how you will make it right", async ({ page }) => {
  await open(page, "/apology/change");
  await page.getByLabel("Commitment 1", { exact: true }).fill("When I make a plan with you, I will put it in my calendar that day.");
  await page.getByRole("button", { name: "Add a commitment" }).click();
  await page.getByLabel("Commitment 2", { exact: true }).fill("I'm sorry if you felt ignored, and I will do better.");
  await page.getByLabel("How you will make it right").fill("I would like to take you to dinner.");
  const second = page.locator("li.commitment").nth(1);
  await expect(second.locator(".checker-note").first()).toBeVisible({ timeout: 4000 });
  await expect(second.locator("#notes-commitment-2 .checker-note__quote").first()).toContainText(/sorry if/i);
  await expect(page.locator("#notes-commitment-1 .checker-note")).toHaveCount(0);
  await expect(page.locator("#notes-repair .checker-note")).toHaveCount(0);
  // The note comes after its commitment's own box and before the next field.
  const noteY = (await second.locator(".checker-note").first().boundingBox()).y;
  expect(noteY).toBeGreaterThan((await page.getByLabel("Commitment 2", { exact: true }).boundingBox()).y);
  expect(noteY).toBeLessThan((await page.getByLabel("How you will make it right").boundingBox()).y);
});

test("a vague commitment is noted even when another one is concrete", async ({ page }) => {
  await open(page, "/apology/change");
  await page.getByLabel("Commitment 1", { exact: true }).fill("When I'm running late, I will text you before the time we set.");
  await page.getByRole("button", { name: "Add a commitment" }).click();
  await page.getByLabel("Commitment 2", { exact: true }).fill("I'll try to be better.");
  await expect(page.locator("#notes-commitment-2")).toContainText("A promise with nothing to check", { timeout: 4000 });
  await expect(page.locator("#notes-commitment-1 .checker-note")).toHaveCount(0);
  // Made concrete in its own words, the note goes.
  await page.getByLabel("Commitment 2", { exact: true }).fill("I'll try to be better: I will ask you about your day every evening.");
  await expect(page.locator("#notes-commitment-2 .checker-note")).toHaveCount(0, { timeout: 4000 });
});

test("several notes fold to their titles, one open at a time, and Continue stays near", async ({ page }) => {
  await open(page, "/apology/remorse");
  await page.locator("#remorse").fill("I'm sorry if you were upset, but I was tired.");
  const notes = page.locator("#notes-remorse");
  await expect(notes.locator(".checker-note").first()).toBeVisible({ timeout: 4000 });
  const folds = notes.locator("details.checker-note__fold");
  expect(await folds.count()).toBeGreaterThan(1);
  await expect(folds.nth(0)).toHaveJSProperty("open", true);
  await expect(folds.nth(1)).toHaveJSProperty("open", false);
  await expect(folds.nth(1).getByRole("button", { name: /Keep my wording/ })).toBeHidden();
  // Opening another closes the first.
  await folds.nth(1).locator("summary").click();
  await expect(folds.nth(1)).toHaveJSProperty("open", true);
  await expect(folds.nth(0)).toHaveJSProperty("open", false);
  // With the notes folded, Continue is within about a screen of the field.
  const field = await page.locator("#remorse").boundingBox();
  const cont = await page.getByRole("button", { name: "Continue", exact: true }).boundingBox();
  expect(cont.y - field.y).toBeLessThan(844);
});

test("the four marks: the current step emphasised, written ones marked, read as “Step 2 of 4, Take responsibility”", async ({ page }) => {
  await open(page, "/apology/acknowledge");
  await page.getByLabel("What happened").fill("I know I hurt you when I missed your recital.");
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.locator("h1")).toHaveText("Take responsibility");
  const marks = page.getByRole("list", { name: "Step 2 of 4, Take responsibility" });
  await expect(marks).toBeVisible();
  const items = marks.getByRole("listitem");
  await expect(items).toHaveCount(4);
  await expect(items.nth(0)).toHaveText("Acknowledge the hurt: written");
  await expect(items.nth(1)).toHaveText("Take responsibility: this step");
  await expect(items.nth(1)).toHaveAttribute("aria-current", "step");
  await expect(items.nth(2)).toHaveText("Express genuine remorse: not written yet");
  await expect(items.nth(0)).toHaveClass(/step-mark--done/);
  await expect(items.nth(1)).toHaveClass(/step-mark--current/);
  await expect(items.nth(2)).not.toHaveClass(/step-mark--done|step-mark--current/);
  await page.locator("#responsibility").fill("It was wrong of me.");
  await expect(items.nth(1)).toHaveText("Take responsibility: this step, written");
});

test("the start page lists an apology once", async ({ page }) => {
  await open(page, "/apology/responsibility");
  await page.locator("#responsibility").fill("It was wrong of me to read your messages.");
  await open(page, "/");
  await expect(page.getByRole("region", { name: "Continue where you left off" })).toContainText("An apology");
  await expect(page.getByRole("region", { name: "Your other apologies" })).toHaveCount(0);
  await expect(page.locator("main").getByText("An apology", { exact: true })).toHaveCount(1);
  // A second one: each shows once, the one written in last to continue.
  await page.getByRole("button", { name: "Start a new apology" }).click();
  await page.getByLabel("Who is this apology for?").fill("Jo");
  await open(page, "/");
  await expect(page.locator("main").getByText("Your apology to Jo", { exact: true })).toHaveCount(1);
  await expect(page.locator("main").getByText("An apology", { exact: true })).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Continue where you left off" })).toContainText("Your apology to Jo");
  await expect(page.getByRole("region", { name: "Your other apologies" }).getByRole("listitem")).toHaveCount(1);
});

test("finishing the four parts is acknowledged on the review, quietly", async ({ page }) => {
  await open(page, "/apology/review");
  await expect(page.getByTestId("all-written")).toHaveCount(0);
  const fill = async (path, field, text) => {
    await open(page, path);
    await page.locator(field).fill(text);
  };
  await fill("/apology/acknowledge", "#what-happened", "I know I hurt you when I missed your recital.");
  await fill("/apology/responsibility", "#responsibility", "It was wrong of me.");
  await fill("/apology/remorse", "#remorse", "I feel terrible that I let you down.");
  await fill("/apology/change", "#commitment-1", "When I make a plan with you, I will put it in my calendar.");
  await open(page, "/apology/review");
  await expect(page.getByTestId("all-written")).toHaveText("All four parts are written. That took honesty. Read it through once more, as they will hear it.");
  // The apology itself still starts above the fold.
  expect((await page.getByTestId("apology-text").boundingBox()).y).toBeLessThan(600);
});

test("one button system at 360 px: every button's label on one line, primary and secondary the same height", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await open(page, "/apology/responsibility");
  await page.locator("#responsibility").fill("It was wrong of me to read your messages.");
  let seen = 0;
  for (const path of ["/", "/apology/prepare", "/apology/change", "/apology/review", "/apology/deliver", "/apology/deliver?mode=rehearse", "/data"]) {
    await open(page, path);
    const buttons = page.locator("main .button:not(.button--link):visible");
    seen += await buttons.count();
    const heights = await buttons.evaluateAll((els) => els.map((e) => [e.textContent.trim(), Math.round(e.getBoundingClientRect().height)]));
    for (const [label, height] of heights) expect(height, `${path}: “${label}” wraps`).toBe(44);
  }
  expect(seen).toBeGreaterThan(8);
});

test("Your data has a Back link; Rehearse's unavailable Previous looks unavailable, not broken", async ({ page }) => {
  await open(page, "/");
  await page.getByRole("link", { name: "Your data" }).click();
  await expect(page.locator("h1")).toHaveText("Your data on this device");
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page.locator("h1")).toHaveText("Say sorry so it lands");

  await open(page, "/apology/responsibility");
  await page.locator("#responsibility").fill("It was wrong of me to read your messages.");
  await open(page, "/apology/deliver?mode=rehearse");
  const previous = page.getByRole("button", { name: "Previous" });
  await expect(previous).toHaveAttribute("aria-disabled", "true");
  await expect(previous).toHaveCSS("border-top-style", "solid");
  const next = page.getByRole("button", { name: "Next" });
  expect(Math.round((await previous.boundingBox()).height)).toBe(Math.round((await next.boundingBox()).height));
});

test("step 4 offers the if-then shape and a plan for a slip, and never rewrites what was written", async ({ page }) => {
  await open(page, "/apology/change");
  const first = page.getByLabel("Commitment 1", { exact: true });
  // The shape to fill in, while empty; said in the hint too, for screen readers.
  await expect(first).toHaveAttribute("placeholder", "When …, I will …");
  await expect(page.locator("#commitment-1-hint")).toContainText("“When [it happens], I will [do this].”");
  await expect(page.getByLabel("If I slip on commitment 1, I will… (optional)")).toHaveCount(0);

  // Free text is kept as typed, with a quiet tip that the shape is easier to keep.
  await first.fill("no more working on weekends we've planned");
  await expect(first).toHaveValue("no more working on weekends we've planned");
  await expect(page.getByTestId("commitment-tip")).toContainText("Your words stay as you wrote them.");
  // Named by the field while it shows, beside the hint, so a screen reader coming back hears it.
  await expect(first).toHaveAttribute("aria-describedby", "commitment-1-hint commitment-tip");
  await first.fill("When we've planned a weekend, I will keep work out of it.");
  await expect(page.getByTestId("commitment-tip")).toHaveCount(0);
  await expect(first).toHaveAttribute("aria-describedby", "commitment-1-hint");

  // The plan for a slip, once there is a commitment to plan for.
  const slip = page.getByLabel("If I slip on commitment 1, I will… (optional)");
  await slip.fill("Say so straight away and make the time up.");
  await page.reload();
  await expect(page.getByLabel("If I slip on commitment 1, I will… (optional)")).toHaveValue(
    "Say so straight away and make the time up.",
  );
  const doc = JSON.parse(await stored(page));
  expect(doc.apologies[0].parts.commitments).toEqual([
    {
      id: doc.apologies[0].parts.commitments[0].id,
      text: "When we've planned a weekend, I will keep work out of it.",
      if_slip: "Say so straight away and make the time up.",
    },
  ]);

  // Removed and put back, the plan for a slip comes back with it.
  await page.getByRole("button", { name: "Add a commitment" }).click();
  await page.getByLabel("Commitment 2", { exact: true }).fill("I will call on Sundays.");
  await page.getByRole("button", { name: "Remove commitment 1" }).click();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByLabel("If I slip on commitment 1, I will… (optional)")).toHaveValue(
    "Say so straight away and make the time up.",
  );
  await expect
    .poll(async () => JSON.parse(await stored(page)).apologies[0].parts.commitments.map((c) => c.if_slip ?? ""))
    .toEqual(["Say so straight away and make the time up.", ""]);
});

test("a bare feeling on step 1 gets a tip under the field on making it a sentence; the words stay as written", async ({ page }) => {
  await open(page, "/apology/acknowledge");
  const field = page.locator("#feelings");
  const tip = page.getByTestId("feelings-tip");
  await field.fill("Embarrassed, and like I don't take you seriously.");
  await expect(tip).toContainText("a sentence of its own");
  await expect(field).toHaveAttribute("aria-describedby", /\bfeelings-tip\b/);
  // Under the field: the words being typed never move.
  const fieldBox = await field.boundingBox();
  expect((await tip.boundingBox()).y).toBeGreaterThan(fieldBox.y + fieldBox.height);
  await page.goto("/apology/review");
  await expect(page.getByTestId("apology-text")).toContainText("Embarrassed, and like I don't take you seriously.");
  await page.goto("/apology/acknowledge");
  await expect(tip).toBeVisible();
  await field.fill("I can see that made you feel embarrassed, and like I don't take you seriously.");
  await expect(tip).toHaveCount(0);
  await expect(field).not.toHaveAttribute("aria-describedby", /feelings-tip/);
});
