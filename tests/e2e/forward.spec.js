// Moving forward together: the plan at a glance (one row per commitment, offer and promise,
// grouped by apology), a check-in in two taps, reminders that keep the secret, small wins and
// talks as a short timeline, boundaries as a list, and documents stored before all of it.
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, open, stored, DOCUMENT_KEY } from "./fixtures.js";

const FIXTURE = JSON.parse(await readFile(new URL("../fixtures/plan-before-if-then.json", import.meta.url), "utf8"));

/** Today's date as a row shows it ("27 Nov"), in full ("27 Nov 2026") and as `datetime`. */
function today(page) {
  return page.evaluate(() => {
    const d = new Date();
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const pad = (n) => String(n).padStart(2, "0");
    return {
      glance: `${d.getDate()} ${months[d.getMonth()]}`,
      shown: `${d.getDate()} ${months[d.getMonth()]} ${d.getFullYear()}`,
      iso: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    };
  });
}

/** Stores `doc` before the app's first load in this test (once: a reload keeps what the app saved). */
async function seed(page, doc) {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, value);
        sessionStorage.setItem("seeded", "1");
      }
    },
    [DOCUMENT_KEY, JSON.stringify(doc)],
  );
}

const commitment = "When I'm running late, I will text you before, not after.";
const checkIn = (scope) => scope.getByRole("button", { name: /^Check in on “/ });

/** Writes a commitment in step 4 of a new apology, then opens /forward. */
async function commitThenOpenForward(page, { ifSlip } = {}) {
  await open(page, "/apology/prepare");
  await page.getByLabel("Who is this apology for?").fill("Sam");
  await open(page, "/apology/change");
  await page.getByLabel("Commitment 1", { exact: true }).fill(commitment);
  if (ifSlip) await page.getByLabel("If I slip on commitment 1, I will… (optional)").fill(ifSlip);
  await open(page, "/forward");
}

test("1. the plan at a glance: one row per commitment and offer, grouped by apology, each with its last check-in, dots and one Check in", async ({
  page,
}) => {
  await seed(page, FIXTURE);
  await open(page, "/forward");
  const group = page.getByRole("region", { name: "Your apology to Sam" });
  const rows = group.getByTestId("commitment");
  await expect(rows).toHaveCount(4);
  await expect(checkIn(page)).toHaveCount(4);
  // Words, exactly as written; the offer to make it right says what it is.
  await expect(rows.nth(0)).toContainText(commitment);
  await expect(rows.nth(2)).toContainText("no more working on weekends we've planned together");
  await expect(rows.nth(3).locator(".plan-row__kind")).toHaveText("Offer to make it right");
  await expect(rows.nth(0).locator(".plan-row__kind")).toHaveCount(0);
  // The last check-in and how it went; the dots say the sentence a screen reader hears.
  await expect(rows.nth(0).getByTestId("row-status")).toContainText(/Last \d+ \w{3}( \d{4})?: kept it/);
  await expect(rows.nth(0).getByTestId("dots")).toHaveAttribute("aria-label", "Kept 2 of the last 3 check-ins.");
  await expect(rows.nth(0).locator(".dots__dot--slipped")).toHaveCount(1);
  await expect(rows.nth(1).getByTestId("row-status")).toContainText(": a note");
  await expect(rows.nth(1).getByTestId("dots")).toHaveCount(0);
  await expect(rows.nth(2).getByTestId("row-status")).toHaveText("No check-ins yet");
  // A long promise folds to two lines, with "more" that unfolds it.
  const long = rows.nth(1).locator(".plan-row__text");
  await expect(long).toHaveClass(/plan-row__text--folded/);
  const lineHeight = await long.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect((await long.boundingBox()).height).toBeLessThan(lineHeight * 2.5);
  const more = rows.nth(1).locator(".plan-row__more");
  await expect(more).toHaveAccessibleName(/^more on “I will put every family date/);
  await more.click();
  await expect(more).toHaveAttribute("aria-expanded", "true");
  await expect(more).toHaveAccessibleName(/^less on “/);
  await expect(long).not.toHaveClass(/plan-row__text--folded/);
  await expect(rows.nth(0).locator(".plan-row__more")).toHaveCount(0);
  // The article's tips once each: no heading repeated in a quote under it.
  await expect(page.getByText("Rebuild trust with consistency and communication")).toHaveCount(1);
  await expect(page.getByText("Celebrate small wins")).toHaveCount(1);
  // Every tap target on the plan is at least 44 px high.
  for (const box of await checkIn(page).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
    expect(box).toBeGreaterThanOrEqual(44);
  }
});

test("1. the plan for one apology with three commitments fits in two screens at 390x844 (height printed)", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const plan = structuredClone(FIXTURE);
  plan.apologies[0].parts.repair = "";
  Object.assign(plan.forward, { wins: [], boundaries: [], talked_through: [], drafts: {} });
  plan.receiver.boundaries = [];
  await seed(page, plan);
  await open(page, "/forward");
  await expect(page.getByTestId("commitment")).toHaveCount(3);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`/forward at 390x844, one apology with three commitments: ${height} px = ${(height / 844).toFixed(2)} screens`);
  expect(height / 844).toBeLessThanOrEqual(2.0);
  // The whole fixture (with an offer, wins, a talk and boundaries), for the record.
  await page.evaluate((doc) => localStorage.setItem("mend:document", JSON.stringify(doc)), FIXTURE);
  await page.reload();
  await expect(page.getByTestId("commitment")).toHaveCount(4);
  const full = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`/forward at 390x844, the whole fixture plan: ${full} px = ${(full / 844).toFixed(2)} screens`);
});

test("2. a check-in in two taps with a note and one save; reload shows the date and outcome, and the dots count it", async ({
  page,
}) => {
  await commitThenOpenForward(page);
  const row = page.getByTestId("commitment");
  await expect(row).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Your apology to Sam" })).toBeVisible();
  await expect(row.getByTestId("row-status")).toHaveText("No check-ins yet");

  // Tap 1: Check in opens the focused check-in, the note field ready.
  const button = checkIn(row);
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  const panel = row.getByTestId("check-in-panel");
  const note = panel.getByLabel("A note (optional)");
  await expect(note).toBeFocused();
  // One save, never two competing ones: just the two answers.
  await expect(panel.getByRole("button", { name: /^(Kept it|Slipped|Save.*)$/ })).toHaveCount(2);
  await note.fill("Texted at 5:40 from the station.");
  // Tap 2: how it went saves it, note and all, and the panel folds back to the plan.
  await panel.getByRole("button", { name: "Kept it", exact: true }).click();
  await expect(row.getByTestId("check-in-status")).toHaveText("Check-in saved: kept it. That’s trust, built a little more.");
  await expect(panel).toHaveCount(0);
  await expect(button).toBeFocused();
  const date = await today(page);
  await expect(row.getByTestId("row-status")).toContainText(`Last ${date.glance}: kept it`);
  await expect(row.locator("time")).toHaveAttribute("datetime", date.iso);
  await expect(row.getByTestId("dots")).toHaveAttribute("aria-label", "Kept it at the one check-in so far.");

  await page.reload();
  const after = page.getByTestId("commitment");
  await expect(after.getByTestId("row-status")).toContainText(`Last ${date.glance}: kept it`);
  await expect(after.getByTestId("dots")).toHaveAttribute("aria-label", "Kept it at the one check-in so far.");
  const doc = JSON.parse(await stored(page));
  expect(doc.forward.check_ins.map((c) => [c.outcome, c.note])).toEqual([["kept", "Texted at 5:40 from the station."]]);
  expect(doc.forward.check_ins[0].commitment_id).toBe(doc.apologies[0].parts.commitments[0].id);

  // The history is in the panel, with the note, and a removal can be undone.
  await checkIn(after).click();
  const history = after.locator("details", { hasText: "Check-ins so far (1)" });
  await history.locator("summary").click();
  await expect(history.getByTestId("check-ins").locator("li")).toContainText(`${date.shown} · Kept it`);
  await expect(history.getByTestId("check-ins").locator("li")).toContainText("Texted at 5:40 from the station.");
  const remove = history.getByRole("button", { name: /^Remove check-in 1 from .*: “Texted at 5:40/ });
  await remove.click();
  await expect(after.getByTestId("row-status")).toHaveText("No check-ins yet");
  await after.getByRole("button", { name: "Undo" }).click();
  await expect(remove).toBeFocused();
  await expect(after.getByTestId("row-status")).toContainText("kept it");
});

test("2. after a slip: the gentle word and the commitment's own plan for a slip; Escape and Close fold the panel", async ({
  page,
}) => {
  await commitThenOpenForward(page, { ifSlip: "Say so straight away, and text from then on." });
  const row = page.getByTestId("commitment");
  await checkIn(row).click();
  await row.getByRole("button", { name: "Slipped", exact: true }).click();
  const slip = row.getByTestId("slip");
  await expect(slip).toContainText("A slip isn’t the end");
  await expect(slip).toContainText("The goal isn’t perfection—it’s progress.");
  await expect(slip.getByTestId("slip-plan")).toHaveText("Say so straight away, and text from then on.");
  await expect(slip.getByRole("heading", { name: "A slip isn’t the end" })).toBeFocused();
  await expect(row.getByTestId("check-in-status")).toHaveText("Check-in saved. Owning a slip is part of keeping the promise.");
  await slip.getByRole("button", { name: "Done" }).click();
  await expect(row.getByTestId("check-in-panel")).toHaveCount(0);
  await expect(checkIn(row)).toBeFocused();
  await expect(row.getByTestId("row-status")).toContainText(": slipped");

  // A kept one after it: the dots and their sentence count both.
  await checkIn(row).click();
  await row.getByRole("button", { name: "Kept it", exact: true }).click();
  await expect(row.getByTestId("dots")).toHaveAttribute("aria-label", "Kept 1 of the last 2 check-ins.");
  await expect(row.locator(".dots__dot--kept")).toHaveCount(1);
  await expect(row.locator(".dots__dot--slipped")).toHaveCount(1);

  // Keyboard: Escape closes the panel and focus goes back to its button.
  await checkIn(row).click();
  await expect(row.getByLabel("A note (optional)")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(row.getByTestId("check-in-panel")).toHaveCount(0);
  await expect(checkIn(row)).toBeFocused();
  await page.keyboard.press("Enter");
  await row.getByRole("button", { name: "Close" }).click();
  await expect(row.getByTestId("check-in-panel")).toHaveCount(0);
});

test("2. a slip on a commitment without a plan for one offers to write it in step 4", async ({ page }) => {
  await commitThenOpenForward(page);
  const row = page.getByTestId("commitment");
  await checkIn(row).click();
  await row.getByRole("button", { name: "Slipped", exact: true }).click();
  await expect(row.getByTestId("slip-plan")).toHaveCount(0);
  await row.getByRole("link", { name: "Write “If I slip, I will…” in step 4" }).click();
  await expect(page).toHaveURL(/\/apology\/change$/);
});

test("2. a check-in note typed but not yet saved survives a reload, in its open panel", async ({ page }) => {
  await commitThenOpenForward(page);
  await checkIn(page).click();
  await page.keyboard.type("We talked it over on Friday.");
  await page.reload();
  const note = page.getByTestId("check-in-panel").getByLabel("A note (optional)");
  await expect(note).toHaveValue("We talked it over on Friday.");
  await page.getByRole("button", { name: "Slipped", exact: true }).click();
  await expect
    .poll(async () => JSON.parse(await stored(page)).forward.check_ins.map((c) => [c.outcome, c.note]))
    .toEqual([["slipped", "We talked it over on Friday."]]);
  expect(JSON.parse(await stored(page)).forward.drafts).toEqual({});
});

/** Opens row `row`'s reminder and downloads its calendar file; returns it unfolded and as sent. */
async function downloadReminder(page, row) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    row.getByRole("button", { name: "Add to my calendar" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("mend-check-in-2031-03-14.ics");
  const ics = await readFile(await download.path(), "utf8");
  expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(ics.replace(/\r\n/g, "")).not.toContain("\n");
  for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  return { raw: ics, unfolded: ics.replace(/\r\n /g, "") };
}

test("5. the reminder keeps the secret by default; with the words ticked it has them, escaped and folded, weekly then monthly", async ({
  page,
}) => {
  await commitThenOpenForward(page);
  const row = page.getByTestId("commitment");
  await checkIn(row).click();
  await row.locator("summary", { hasText: "Set a reminder" }).click();
  const date = row.getByLabel("Next check-in");
  await expect(date).not.toHaveValue("");
  await date.fill("2031-03-14");
  await expect(row.getByLabel("Include the promise’s words in the reminder")).not.toBeChecked();
  await expect(row.getByLabel("Just that day")).toBeChecked();

  const neutral = await downloadReminder(page, row);
  expect(neutral.unfolded).toContain("\r\nSUMMARY:Mend check-in\r\n");
  expect(neutral.unfolded).toContain("DTSTART;VALUE=DATE:20310314\r\n");
  expect(neutral.unfolded).toMatch(/\r\nUID:mend-[a-z0-9-]+@mend\.local\r\n/);
  expect(neutral.unfolded).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  expect(neutral.unfolded).not.toContain("RRULE");
  for (const word of ["running late", "text you", "Sam", "apolog", "sorry", "commitment", "promise"]) {
    expect(neutral.unfolded.toLowerCase()).not.toContain(word.toLowerCase());
  }
  await expect(row.getByText("Calendar file made. Open it to add the reminder.")).toBeVisible();

  await row.getByLabel("Include the promise’s words in the reminder").check();
  await row.getByLabel("Weekly for a month, then monthly").check();
  const named = await downloadReminder(page, row);
  expect(named.unfolded).toContain("SUMMARY:Mend check-in: When I'm running late\\, I will text you before\\, not after.\r\n");
  expect(named.unfolded).toContain("DESCRIPTION:A check-in on a commitment: “When I'm running late\\, I will text you before\\, not after.” How");
  // The description is longer than a line: it arrives folded, and unfolds to the whole.
  expect(named.raw).toMatch(/\r\n [^\r\n]/);
  expect(named.unfolded.match(/^RRULE:.*$/gm)).toEqual(["RRULE:FREQ=WEEKLY;COUNT=4", "RRULE:FREQ=MONTHLY;COUNT=11"]);
  expect(named.unfolded.match(/^DTSTART;VALUE=DATE:.*$/gm)).toEqual([
    "DTSTART;VALUE=DATE:20310314",
    "DTSTART;VALUE=DATE:20310411",
  ]);

  await page.reload();
  await checkIn(page.getByTestId("commitment")).click();
  await page.locator("summary", { hasText: "Set a reminder" }).click();
  await expect(page.getByLabel("Next check-in")).toHaveValue("2031-03-14");
  // The reminder's options are remembered for this commitment, in the stored document.
  await expect(page.getByLabel("Include the promise’s words in the reminder")).toBeChecked();
  await expect(page.getByLabel("Weekly for a month, then monthly")).toBeChecked();
  expect(JSON.parse(await stored(page)).forward.reminders).toEqual([
    expect.objectContaining({ include_words: true, repeat: "weekly_then_monthly" }),
  ]);
  // Unticked, reload: still unticked, and the file keeps the secret again.
  await page.getByLabel("Include the promise’s words in the reminder").uncheck();
  await page.reload();
  const row2 = page.getByTestId("commitment");
  await checkIn(row2).click();
  await row2.locator("summary", { hasText: "Set a reminder" }).click();
  await expect(row2.getByLabel("Include the promise’s words in the reminder")).not.toBeChecked();
  await expect(row2.getByLabel("Weekly for a month, then monthly")).toBeChecked();
  const again = await downloadReminder(page, row2);
  expect(again.unfolded).toContain("\r\nSUMMARY:Mend check-in\r\n");
  expect(again.unfolded).toContain("RRULE:FREQ=WEEKLY;COUNT=4");
});

test("4. small wins and talks are one short dated timeline with a warm word; boundaries a compact list; all undoable", async ({
  page,
}) => {
  await open(page, "/forward");
  await expect(page.getByText("Nothing to check in on yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Write a commitment in step 4" })).toBeVisible();
  await expect(page.getByText("Nothing here yet. The first small win counts.")).toBeVisible();
  const date = await today(page);

  await page.locator("summary", { hasText: "Add a small win" }).click();
  await page.getByRole("button", { name: "Add this win" }).click();
  await expect(page.getByTestId("win-status")).toHaveText("Write a few words first.");
  await page.getByLabel("A small win").fill("We talked about money without raising our voices.");
  await page.getByRole("button", { name: "Add this win" }).click();
  await expect(page.getByTestId("win-status")).toHaveText("That’s worth noticing. It’s on your timeline.");
  await expect(page.getByLabel("A small win")).toHaveValue("");

  await page.locator("summary", { hasText: "Mark that we talked it through" }).click();
  await page.getByLabel("A note about it (optional)").fill("Sunday walk.");
  await page.getByRole("button", { name: "We talked it through" }).click();
  await expect(page.getByTestId("talked-status")).toHaveText(
    "Talking it through takes courage from you both. It’s on your timeline.",
  );
  await page.getByRole("button", { name: "We talked it through" }).click();

  await page.locator("summary", { hasText: "Add a boundary" }).click();
  await page.getByLabel("A boundary", { exact: true }).fill("No phones at dinner.");
  await page.getByRole("button", { name: "Add boundary" }).click();
  await page.getByLabel("A boundary", { exact: true }).fill("Money talks on Sundays.");
  await page.getByRole("button", { name: "Add boundary" }).click();

  await page.reload();
  // One timeline, newest first: the two talks, then the win, each dated.
  const timeline = page.getByTestId("timeline").locator("li");
  await expect(timeline).toHaveCount(3);
  await expect(timeline.nth(0)).toContainText("We talked it through.");
  await expect(timeline.nth(0)).toContainText(`We talked it through · ${date.shown}`);
  await expect(timeline.nth(1)).toContainText("Sunday walk.");
  await expect(timeline.nth(2)).toContainText("We talked about money without raising our voices.");
  await expect(timeline.nth(2)).toContainText(date.shown);
  const boundaries = page.getByTestId("boundary-log").locator("li");
  await expect(boundaries).toHaveCount(2);
  await expect(boundaries.nth(0)).toContainText(`Money talks on Sundays.Added here · ${date.shown}`);

  // A fourth entry: the timeline stays short, the rest one tap away.
  await page.locator("summary", { hasText: "Add a small win" }).click();
  await page.getByLabel("A small win").fill("A quiet Sunday.");
  await page.getByRole("button", { name: "Add this win" }).click();
  await expect(timeline).toHaveCount(3);
  await expect(timeline.nth(0)).toContainText("A quiet Sunday.");
  await page.getByRole("button", { name: "Show all (4)" }).click();
  await expect(timeline).toHaveCount(4);

  // The button names what it removes, down to the words, so two wins of a day differ.
  const removeWin = `Remove win from ${date.shown}: “We talked about money without raising…”`;
  await page.getByRole("button", { name: removeWin }).click();
  await expect(timeline).toHaveCount(3);
  await expect(page.getByTestId("timeline").getByText("We talked about money")).toHaveCount(0);
  const undo = page.getByRole("region", { name: "Small wins" }).getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(page.getByTestId("timeline")).toContainText("We talked about money");
  // Undo goes away: focus lands on the restored win.
  await expect(page.getByRole("button", { name: removeWin })).toBeFocused();
  await expect
    .poll(async () => JSON.parse(await stored(page)).forward.wins.map((w) => w.text))
    .toEqual(["We talked about money without raising our voices.", "A quiet Sunday."]);
  const doc = JSON.parse(await stored(page));
  expect(doc.forward.talked_through.map((t) => t.text)).toEqual(["Sunday walk.", ""]);
});

test("a document stored before the new plan opens with every check-in, note, win, boundary, talk and draft intact", async ({
  page,
}) => {
  await seed(page, FIXTURE);
  await open(page, "/forward");
  const rows = page.getByTestId("commitment");
  await checkIn(rows.nth(0)).click();
  await rows.nth(0).locator("summary", { hasText: "Check-ins so far (3)" }).click();
  const history = rows.nth(0).getByTestId("check-ins").locator("li");
  await expect(history).toHaveCount(3);
  await expect(history.nth(1)).toContainText("Slipped");
  await expect(history.nth(1)).toContainText("Forgot on Tuesday.");
  await expect(history.nth(2)).toContainText("Texted from the station.");
  await rows.nth(0).getByRole("button", { name: "Close" }).click();
  await checkIn(rows.nth(1)).click();
  await rows.nth(1).locator("summary", { hasText: "Check-ins so far (1)" }).click();
  await expect(rows.nth(1).getByTestId("check-ins")).toContainText("We set up a shared calendar.");
  await page.locator("summary", { hasText: "Earlier check-ins" }).click();
  await expect(page.getByTestId("earlier-check-ins")).toContainText("I will call my mother on Sundays.");
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toContainText("Sunday walk.");
  await expect(timeline).toContainText("A quiet Sunday, phones away.");
  await expect(timeline).toContainText("We talked about money without raising our voices.");
  await expect(page.getByTestId("guide-boundaries")).toContainText("I need a call if plans change, not a text afterwards.");
  await expect(page.getByTestId("boundary-log")).toContainText("No phones at dinner.");
  await page.locator("summary", { hasText: "Add a small win" }).click();
  await expect(page.getByLabel("A small win")).toHaveValue("Half-typed win that must survive");

  // Step 4 shows the old commitments exactly as written, and nothing stored about them changes.
  await open(page, "/apology/change");
  for (const [at, c] of FIXTURE.apologies[0].parts.commitments.entries()) {
    await expect(page.getByLabel(`Commitment ${at + 1}`, { exact: true })).toHaveValue(c.text);
  }
  await page.getByLabel("Commitment 1", { exact: true }).focus();
  await open(page, "/forward");
  const doc = JSON.parse(await stored(page));
  expect(doc.apologies[0].parts.commitments).toEqual(FIXTURE.apologies[0].parts.commitments);
  expect(doc.forward.check_ins).toEqual(FIXTURE.forward.check_ins);
});

test("a promise made to you can be tracked with check-ins too", async ({ page }) => {
  // A first visit offers both ways in; after the receiver's guide, not "write an apology".
  await open(page, "/forward");
  await expect(page.getByRole("link", { name: "Write a commitment in step 4" })).toBeVisible();
  await open(page, "/receive/needs");
  await page.getByRole("checkbox", { name: /To be heard/ }).check();
  await page.getByRole("button", { name: /^Continue/ }).click();
  await open(page, "/forward");
  await expect(page.getByRole("link", { name: "Write a commitment in step 4" })).toHaveCount(0);
  // With nothing tracked yet (someone who received an apology), the promise form is open.
  const form = page.locator("details", { hasText: "Track a promise made to you" });
  await expect(form).toHaveJSProperty("open", true);
  await page.getByLabel("A promise made to you").fill("I will call before I visit.");
  await page.getByRole("button", { name: "Add this promise" }).click();
  // The form stays open under the person's hands, with its confirmation.
  await expect(form).toHaveJSProperty("open", true);
  await expect(form).toContainText("Promise added.");
  const group = page.getByRole("region", { name: "Promises made to you" });
  const row = group.getByTestId("commitment");
  await expect(row.locator(".plan-row__kind")).toHaveText("Promise made to you");
  await expect(row).toContainText("I will call before I visit.");
  await checkIn(row).click();
  await row.getByRole("button", { name: "Kept it", exact: true }).click();
  await page.reload();
  await expect(page.getByTestId("commitment").getByTestId("row-status")).toContainText("kept it");

  // Removed here (it was added here), with undo back to its Check in.
  await checkIn(page.getByTestId("commitment")).click();
  await page.getByRole("button", { name: /^Remove promise/ }).click();
  await expect(page.getByTestId("commitment")).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(checkIn(page.getByTestId("commitment"))).toBeFocused();
});

test("Back on the plan returns to the page it was opened from; opened directly, to the start page", async ({ page }) => {
  await open(page, "/receive/forgiveness");
  await page.getByRole("button", { name: "Continue to moving forward together" }).click();
  await expect(page.locator("h1")).toHaveText("Moving forward together");
  const back = page.getByRole("main").getByRole("link", { name: "Back", exact: true });
  await back.click();
  await expect(page).toHaveURL(/\/receive\/forgiveness$/);
  await expect(page.locator("h1")).toBeFocused();

  await open(page, "/forward");
  await expect(back).toHaveAttribute("href", "/");
  await back.click();
  await expect(page.locator("h1")).toHaveText("Say sorry so it lands");
});

test("an apology's offer to make it right is followed with check-ins too", async ({ page }) => {
  await commitThenOpenForward(page);
  await open(page, "/apology/change");
  await page.getByLabel("How you will make it right").fill("Dinner on Saturday, my treat.");
  await open(page, "/forward");
  const rows = page.getByTestId("commitment");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).locator(".plan-row__kind")).toHaveText("Offer to make it right");
  await expect(rows.nth(1)).toContainText("Dinner on Saturday, my treat.");
  await checkIn(rows.nth(1)).click();
  await rows.nth(1).getByRole("button", { name: "Kept it", exact: true }).click();
  await page.reload();
  await expect(page.getByTestId("commitment").nth(1).getByTestId("dots")).toHaveAttribute(
    "aria-label",
    "Kept it at the one check-in so far.",
  );
  const doc = JSON.parse(await stored(page));
  expect(doc.forward.check_ins.map((c) => c.commitment_id)).toEqual(["make-it-right"]);
});

for (const scheme of ["light", "dark"]) {
  test(`axe finds nothing on the plan with a check-in open and after a slip (${scheme}, 360 px)`, async ({ page }) => {
    // Two full axe runs: on a busy 2-core machine they take much of the default 30 s.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 360, height: 740 });
    const doc = structuredClone(FIXTURE);
    doc.apologies[0].parts.commitments[0].if_slip = "Say so straight away.";
    await seed(page, doc);
    await open(page, "/forward");
    const axe = async () => {
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target).join(" ")}`);
      expect(summary, summary.join("\n")).toEqual([]);
    };
    await checkIn(page.getByTestId("commitment").nth(1)).click();
    await axe();
    const first = page.getByTestId("commitment").nth(0);
    await checkIn(first).click();
    await first.getByRole("button", { name: "Slipped", exact: true }).click();
    await expect(first.getByTestId("slip-plan")).toHaveText("Say so straight away.");
    await axe();
    // Nothing runs off the side at 320 px with 200% text.
    await page.setViewportSize({ width: 320, height: 740 });
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
