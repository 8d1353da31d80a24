// Moving forward together: commitments from step 4 with dated check-ins, a calendar reminder,
// small wins, boundaries and "we talked it through", all kept across reloads.
import { readFile } from "node:fs/promises";
import { test, expect, open, stored } from "./fixtures.js";

/** Today's date as the page shows it ("27 Nov 2026") and as its `datetime` ("2026-11-27"), local time. */
function today(page) {
  return page.evaluate(() => {
    const d = new Date();
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const pad = (n) => String(n).padStart(2, "0");
    return {
      shown: `${d.getDate()} ${months[d.getMonth()]} ${d.getFullYear()}`,
      iso: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    };
  });
}

const commitment = "When I'm running late, I will text you before, not after.";

/** Writes a commitment in step 4 of a new apology, then opens /forward. */
async function commitThenOpenForward(page) {
  await open(page, "/apology/prepare");
  await page.getByLabel("Who is this apology for?").fill("Sam");
  await open(page, "/apology/change");
  await page.getByLabel("Commitment 1").fill(commitment);
  await open(page, "/forward");
}

test("a commitment from step 4 appears; a check-in added here is dated and survives reload", async ({ page }) => {
  await commitThenOpenForward(page);
  const item = page.getByTestId("commitment");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(commitment);
  await expect(item).toContainText("From your apology to Sam");
  await expect(item.getByText("No check-ins yet.")).toBeVisible();

  await item.getByLabel("Check-in note (optional) for commitment 1").fill("Texted at 5:40 from the station.");
  await item.getByRole("button", { name: "Kept it for commitment 1" }).click();
  await expect(item.getByTestId("check-in-status")).toHaveText("Check-in saved.");
  await expect(item.getByLabel("Check-in note (optional) for commitment 1")).toHaveValue("");
  const date = await today(page);
  const history = item.getByTestId("check-ins");
  await expect(history.locator("li")).toHaveCount(1);
  await expect(history.locator("li").first()).toContainText(`${date.shown} · Kept it`);
  await expect(history.locator("li").first()).toContainText("Texted at 5:40 from the station.");
  await expect(history.locator("time").first()).toHaveAttribute("datetime", date.iso);

  // A slip, with no note: it comes first, and says a slip isn't the end.
  await item.getByRole("button", { name: "Slipped for commitment 1" }).click();
  await expect(item.getByTestId("check-in-status")).toContainText("A slip isn’t the end.");
  await expect(history.locator("li")).toHaveCount(2);
  await expect(history.locator("li").first()).toContainText(`${date.shown} · Slipped`);
  // The same thing again is announced again: the status changes, though it reads the same.
  const said = await item.getByTestId("check-in-status").textContent();
  await item.getByRole("button", { name: "Slipped for commitment 1" }).click();
  await expect(history.locator("li")).toHaveCount(3);
  await expect(item.getByTestId("check-in-status")).toContainText("A slip isn’t the end.");
  expect(await item.getByTestId("check-in-status").textContent()).not.toBe(said);
  // Two slips on one day: their Remove buttons still have different names.
  const removeNames = await history.getByRole("button", { name: /^Remove check-in/ }).evaluateAll((buttons) =>
    buttons.map((b) => b.textContent),
  );
  expect(new Set(removeNames).size).toBe(3);

  await page.reload();
  await expect(page.getByTestId("commitment")).toContainText(commitment);
  const after = page.getByTestId("check-ins").locator("li");
  await expect(after).toHaveCount(3);
  await expect(after.nth(2)).toContainText(`${date.shown} · Kept it`);
  await expect(after.nth(2)).toContainText("Texted at 5:40 from the station.");

  const doc = JSON.parse(await stored(page));
  expect(doc.forward.check_ins.map((c) => c.outcome)).toEqual(["kept", "slipped", "slipped"]);
  expect(doc.forward.check_ins[0].commitment_id).toBe(doc.apologies[0].parts.commitments[0].id);
});

test("a check-in note typed but not yet saved survives a reload; “Save the note” needs a note", async ({ page }) => {
  await commitThenOpenForward(page);
  const item = page.getByTestId("commitment");
  await item.getByRole("button", { name: "Save the note for commitment 1" }).click();
  await expect(item.getByTestId("check-in-status")).toHaveText("Write a note first, or choose “Kept it” or “Slipped”.");
  await expect(item.getByLabel("Check-in note (optional) for commitment 1")).toBeFocused();
  await expect(item.getByTestId("check-ins")).toHaveCount(0);

  await page.keyboard.type("We talked it over on Friday.");
  await page.reload();
  const note = page.getByLabel("Check-in note (optional) for commitment 1");
  await expect(note).toHaveValue("We talked it over on Friday.");
  await page.getByRole("button", { name: "Save the note for commitment 1" }).click();
  await expect(page.getByTestId("check-ins").locator("li")).toContainText("Note");
  await expect(page.getByTestId("check-ins").locator("li")).toContainText("We talked it over on Friday.");

  // Removed by mistake, and put back.
  const removeCheckIn = page.getByRole("button", { name: /^Remove check-in \d+ from .*: “We talked it over on Friday\.”$/ });
  await removeCheckIn.click();
  await expect(page.getByTestId("check-ins")).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByTestId("check-ins").locator("li")).toHaveCount(1);
  await expect(removeCheckIn).toBeFocused();
});

test("a calendar file for the next check-in is made on the device", async ({ page }) => {
  await commitThenOpenForward(page);
  const item = page.getByTestId("commitment");
  await item.locator("summary", { hasText: "Set a reminder" }).click();
  const date = item.getByLabel("Next check-in");
  await expect(date).not.toHaveValue("");
  await date.fill("2031-03-14");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    item.getByRole("button", { name: "Add to my calendar for commitment 1" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("mend-check-in-2031-03-14.ics");
  const ics = await readFile(await download.path(), "utf8");
  expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(ics).toContain("DTSTART;VALUE=DATE:20310314\r\n");
  expect(ics).toMatch(/\r\nUID:mend-[a-z0-9-]+@mend\.local\r\n/);
  expect(ics).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  expect(ics.replace(/\r\n /g, "")).toContain("SUMMARY:Check in: When I'm running late\\, I will text you before\\, not after.");
  expect(ics.replace(/\r\n/g, "")).not.toContain("\n");
  await expect(item.getByText("Calendar file made. Open it to add the reminder.")).toBeVisible();

  await page.reload();
  await page.getByTestId("commitment").locator("summary", { hasText: "Set a reminder" }).click();
  await expect(page.getByTestId("commitment").getByLabel("Next check-in")).toHaveValue("2031-03-14");
});

test("small wins, boundaries and “we talked it through” are dated, kept across reloads, and undoable", async ({
  page,
}) => {
  await open(page, "/forward");
  await expect(page.getByText("Nothing to check in on yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Write a commitment in step 4" })).toBeVisible();
  const date = await today(page);

  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(page.getByTestId("win-status")).toHaveText("Write a few words first.");
  await page.getByLabel("A small win").fill("We talked about money without raising our voices.");
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(page.getByTestId("win-status")).toHaveText("Added to the log.");
  await expect(page.getByLabel("A small win")).toHaveValue("");

  await page.getByLabel("Add a boundary").fill("No phones at dinner.");
  await page.getByRole("button", { name: "Add boundary" }).click();

  await page.getByLabel("A note about it (optional)").fill("Sunday walk.");
  await page.getByRole("button", { name: "We talked it through" }).click();
  await page.getByRole("button", { name: "We talked it through" }).click();

  await page.reload();
  const wins = page.getByTestId("win-log");
  await expect(wins).toContainText("We talked about money without raising our voices.");
  await expect(wins).toContainText(date.shown);
  await expect(page.getByTestId("boundary-log")).toContainText("No phones at dinner.");
  await expect(page.getByTestId("boundary-log")).toContainText(`Added here · ${date.shown}`);
  const talked = page.getByTestId("talked-log").locator("li");
  await expect(talked).toHaveCount(2);
  await expect(talked.nth(1)).toContainText("Sunday walk.");
  await expect(talked.nth(0)).toContainText("We talked it through.");

  // The button names what it removes, down to the words, so two wins of a day differ.
  const removeWin = `Remove win from ${date.shown}: “We talked about money without raising…”`;
  await wins.getByRole("button", { name: removeWin }).click();
  await expect(page.getByTestId("win-log")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByTestId("win-log")).toContainText("We talked about money");
  // Undo goes away: focus lands on the restored win.
  await expect(page.getByRole("button", { name: removeWin })).toBeFocused();
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
  const item = page.getByTestId("commitment");
  await expect(item).toContainText("A promise you added here");
  await expect(item).toContainText("I will call before I visit.");
  await item.getByRole("button", { name: "Kept it for commitment 1" }).click();
  await page.reload();
  await expect(page.getByTestId("check-ins").locator("li")).toContainText("Kept it");
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
  const items = page.getByTestId("commitment");
  await expect(items).toHaveCount(2);
  await expect(items.nth(1)).toContainText("The offer to make it right · From your apology to Sam");
  await expect(items.nth(1)).toContainText("Dinner on Saturday, my treat.");
  await items.nth(1).getByRole("button", { name: "Kept it for commitment 2" }).click();
  await expect(items.nth(1).getByTestId("check-ins").locator("li")).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId("commitment").nth(1).getByTestId("check-ins").locator("li")).toHaveCount(1);
  const doc = JSON.parse(await stored(page));
  expect(doc.forward.check_ins.map((c) => c.commitment_id)).toEqual(["make-it-right"]);
});
