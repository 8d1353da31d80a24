// The receiver's guide: walked with the keyboard alone, what is written there kept across
// reloads, the checker reading a pasted apology, the response scripts, and the safety note.
import { test, expect, open, stored } from "./fixtures.js";

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page, target, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Tabs to the Continue button and presses Enter, then checks the next page's heading has focus. */
async function continueTo(page, heading) {
  await tabTo(page, page.getByRole("button", { name: /^Continue/ }));
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText(heading);
  await expect(page.locator("h1")).toBeFocused();
}

const words = {
  notes: "I want them to hear how small I felt.",
  received: "I'm sorry if you were upset, but you know how stressed I've been.",
  needTime: "Thank you. I need a few days before we talk about this.",
  willing: "keep talking about this",
  need: "you to lower your voice",
  ifAgain: "shouting",
  then: "leave the room and come back later",
};
const sentence =
  "I’m willing to keep talking about this, and I need you to lower your voice. If shouting happens again, I will leave the room and come back later.";

test("keyboard only: the whole guide, step by step; needs, notes and boundaries survive a reload", async ({
  page,
}) => {
  await open(page, "/");
  await tabTo(page, page.getByRole("link", { name: "I received an apology" }));
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("When you receive an apology");
  await expect(page.locator("h1")).toBeFocused();
  await expect(page.locator("#step-caption")).toHaveText("Step 1 of 6");

  // 2. What do I need?
  await continueTo(page, "What do I need?");
  await expect(page.locator("#step-caption")).toHaveText("Step 2 of 6");
  await expect(page.locator("#route-announcer")).toHaveText(/^Step 2 of 6: /);
  const heard = page.getByRole("checkbox", { name: /To be heard/ });
  await tabTo(page, heard);
  await page.keyboard.press("Space");
  await expect(heard).toBeChecked();
  const safe = page.getByRole("checkbox", { name: "To feel safe that it won’t happen again" });
  await tabTo(page, safe);
  await page.keyboard.press("Space");
  await expect(safe).toBeChecked();
  await tabTo(page, page.getByLabel("Anything else, in your own words"));
  await page.keyboard.type(words.notes);

  // 3. Weighing the apology: the pasted apology is read, a question answered.
  await continueTo(page, "Weighing the apology");
  await tabTo(page, page.getByLabel("The apology you received (optional)"));
  await page.keyboard.type(words.received);
  // Each note sits with the question it bears on: this one's "if" and "but" with owning it.
  await expect(page.getByRole("group", { name: /^Does it own it/ }).locator(".finding").first()).toBeVisible();
  const specific = page.getByRole("group", { name: "Is it specific?" });
  await tabTo(page, specific.getByRole("radio", { name: "Yes" }));
  await page.keyboard.press("ArrowDown");
  await expect(specific.getByRole("radio", { name: "Partly" })).toBeChecked();

  // 4. Responding: one script reworded.
  await continueTo(page, "Ways to respond");
  const needTime = page.getByLabel("To ask for time");
  await tabTo(page, needTime);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(words.needTime);
  await expect(needTime).toHaveValue(words.needTime);

  // 5. Boundaries: the template, saved, and a second one begun.
  await continueTo(page, "Setting boundaries");
  for (const [label, text] of [
    ["I’m willing to…", words.willing],
    ["…and I need…", words.need],
    ["If this happens again…", words.ifAgain],
    ["…I will…", words.then],
  ]) {
    await tabTo(page, page.getByLabel(label, { exact: true }));
    await page.keyboard.type(text);
  }
  await expect(page.getByTestId("boundary-preview")).toHaveText(sentence);
  await tabTo(page, page.getByRole("button", { name: "Save this boundary" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("boundary-status")).toHaveText(
    "Saved to your boundaries. Knowing what you need, and saying it, is a way of looking after yourself.",
  );
  await expect(page.getByTestId("boundaries")).toContainText(sentence);
  await expect(page.getByLabel("I’m willing to…", { exact: true })).toHaveValue("");
  await page.locator("#boundary-willing").focus();
  await page.keyboard.type("try again");

  // 6. Grace, courage and forgiveness, then on to moving forward.
  await continueTo(page, "Grace, courage and forgiveness");
  await expect(page.locator("#step-caption")).toHaveText("Step 6 of 6");
  await continueTo(page, "Moving forward together");
  await expect(page.getByTestId("guide-boundaries")).toContainText(sentence);

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.getByTestId("guide-boundaries")).toContainText(sentence);
  await open(page, "/receive/needs");
  await expect(page.getByRole("checkbox", { name: /To be heard/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "To feel safe that it won’t happen again" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Time, before I decide anything" })).not.toBeChecked();
  await expect(page.getByLabel("Anything else, in your own words")).toHaveValue(words.notes);
  await open(page, "/receive/weigh");
  await expect(page.getByLabel("The apology you received (optional)")).toHaveValue(words.received);
  await expect(page.getByRole("group", { name: "Is it specific?" }).getByRole("radio", { name: "Partly" })).toBeChecked();
  await open(page, "/receive/respond");
  await expect(page.getByLabel("To ask for time")).toHaveValue(words.needTime);
  await open(page, "/receive/boundaries");
  await expect(page.getByTestId("boundaries")).toContainText(sentence);
  await expect(page.getByLabel("I’m willing to…", { exact: true })).toHaveValue("try again");

  const doc = JSON.parse(await stored(page));
  expect(doc.receiver.needs).toEqual(["heard", "safety"]);
  expect(doc.receiver.boundaries.map((b) => b.text)).toEqual([sentence]);
});

test("typing in the guide and reloading at once loses nothing", async ({ page }) => {
  await open(page, "/receive/needs");
  await page.getByLabel("Anything else, in your own words").fill("Time.");
  await page.getByLabel("Anything else, in your own words").press("End");
  await page.keyboard.type(" And space.");
  await page.reload();
  await expect(page.getByLabel("Anything else, in your own words")).toHaveValue("Time. And space.");
});

test("Back and the browser's back button walk back through the guide", async ({ page }) => {
  await open(page, "/receive/respond");
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page.locator("h1")).toHaveText("Weighing the apology");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator("h1")).toHaveText("Ways to respond");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator("h1")).toHaveText("Setting boundaries");
  await page.goBack();
  await expect(page.locator("h1")).toHaveText("Ways to respond");
  await open(page, "/receive");
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page.locator("h1")).toHaveText("Say sorry so it lands");
});

test("the checker reads a pasted apology in plain terms, quoting its words", async ({ page }) => {
  await open(page, "/receive/weigh");
  await expect(page.getByTestId("checker-notes")).toHaveCount(0);
  await page.getByLabel("The apology you received (optional)").fill("I'm sorry if you were hurt.");
  const notes = page.getByTestId("checker-notes");
  await expect(notes.getByRole("heading", { name: "What Mend notices in the wording" })).toBeVisible();
  await expect(notes).toContainText("Each note is shown below, with the question it bears on.");
  // The note on "if" is shown with "Does it own it?", and with no other question.
  const owns = page.getByRole("group", { name: "Does it own it, without “if” or “but”?" });
  const conditional = owns.locator('.finding[data-rule="conditional"]');
  await expect(page.locator('.finding[data-rule="conditional"]')).toHaveCount(1);
  await expect(conditional.locator(".finding__quote")).toHaveText(/^“.*sorry if.*”$/i);
  await expect(conditional.locator(".finding__note")).not.toBeEmpty();
  // A polite live region, there before the text was pasted, gives the count.
  await expect(page.locator("#received-notes-count")).toHaveAttribute("aria-live", "polite");
  await expect(page.locator("#received-notes-count")).toHaveText(/^\d+ notes? to look at$/);
  await page.getByLabel("The apology you received (optional)").fill("");
  await expect(page.getByTestId("checker-notes")).toHaveCount(0);
  await expect(page.locator("#received-notes-count")).toHaveText("");
  // While typing, the count is not read out at every key: only once typing pauses.
  await page.getByLabel("The apology you received (optional)").pressSequentially("Sorry if you", { delay: 20 });
  expect(await page.locator("#received-notes-count").textContent()).toBe("");
  await expect(page.locator("#received-notes-count")).toHaveText(/^\d+ notes? to look at$/);
});

test("a response script can be copied, reworded, reset and the reset undone", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await open(page, "/receive/respond");
  // Each script is a heading too, so a screen reader can move from one to the next.
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    "To accept it",
    "To appreciate it, and still be hurt",
    "To ask for time",
    "To ask to see change",
    "To say what you still need",
  ]);
  const accept = page.getByLabel("To accept it");
  await expect(accept).toHaveValue("Thank you. I accept your apology.");
  const card = page.locator('[data-script="accept"]');
  await card.getByRole("button", { name: "Copy (to accept it)" }).click();
  await expect(card.getByRole("status")).toHaveText("Copied to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("Thank you. I accept your apology.");

  await expect(card.getByRole("button", { name: /Use the suggested words/ })).toHaveCount(0);
  await accept.fill("Thank you. I accept your apology, and I’m glad you said it.");
  await page.reload();
  await expect(accept).toHaveValue("Thank you. I accept your apology, and I’m glad you said it.");
  await card.getByRole("button", { name: "Use the suggested words (to accept it)" }).click();
  await expect(accept).toHaveValue("Thank you. I accept your apology.");
  await card.getByRole("button", { name: "Undo" }).click();
  await expect(accept).toHaveValue("Thank you. I accept your apology, and I’m glad you said it.");

  // Typed back to the suggestion, there is nothing to reset.
  await accept.fill("Thank you. I accept your apology.");
  await expect(card.getByRole("button", { name: /Use the suggested words/ })).toHaveCount(0);
  // Emptied, Copy says there is nothing to copy and leaves the clipboard alone.
  await accept.fill("");
  await card.getByRole("button", { name: "Copy (to accept it)" }).click();
  await expect(card.getByRole("status")).toHaveText("Nothing to copy: the words are empty.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("Thank you. I accept your apology.");
});

test("the needs ticked in step 2 are listed under “what I still need”", async ({ page }) => {
  await open(page, "/receive/needs");
  await page.getByRole("checkbox", { name: "To see change, not just hear about it" }).check();
  await open(page, "/receive/respond");
  await expect(page.locator('[data-script="still-need"]')).toContainText("To see change, not just hear about it");
  await expect(page.locator('[data-script="accept"]')).not.toContainText("To see change");
});

test("a saved boundary can be removed and put back", async ({ page }) => {
  await open(page, "/receive/boundaries");
  await page.getByLabel("…and I need…", { exact: true }).fill("honesty");
  await page.getByRole("button", { name: "Save this boundary" }).click();
  await expect(page.getByTestId("boundaries")).toContainText("I need honesty.");
  await page.getByRole("button", { name: "Remove boundary 1" }).click();
  await expect(page.getByTestId("boundaries")).toHaveCount(0);
  const undo = page.getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(page.getByTestId("boundaries")).toContainText("I need honesty.");
  await expect(page.getByRole("button", { name: "Remove boundary 1" })).toBeFocused();
});

const receiverPages = [
  ["/receive", "When you receive an apology"],
  ["/receive/needs", "What do I need?"],
  ["/receive/weigh", "Weighing the apology"],
  ["/receive/respond", "Ways to respond"],
  ["/receive/boundaries", "Setting boundaries"],
  ["/receive/forgiveness", "Grace, courage and forgiveness"],
  ["/forward", "Moving forward together"],
];

test("the safety note is one tap from the start page", async ({ page }) => {
  await open(page, "/");
  await page.getByRole("main").getByRole("link", { name: "If an apology doesn’t feel safe" }).click();
  await expect(page.locator("h1")).toHaveText("When an apology is not safe");
  await expect(page.locator("h1")).toBeFocused();
  const main = page.getByRole("main");
  await expect(main).toContainText("not a communication problem");
  await expect(main).toContainText("someone you trust");
  await expect(main).toContainText("local emergency number");
  await main.getByRole("link", { name: "The receiver’s guide" }).click();
  await expect(page.locator("h1")).toHaveText("When you receive an apology");
});

for (const [path, heading] of receiverPages) {
  test(`the safety note is linked from ${path}`, async ({ page }) => {
    await open(page, path);
    await expect(page.locator("h1")).toHaveText(heading);
    await page.getByRole("main").getByRole("link", { name: "If an apology doesn’t feel safe" }).click();
    await expect(page.locator("h1")).toHaveText("When an apology is not safe");
    // Back returns to the page the note was opened from.
    await page.getByRole("main").getByRole("link", { name: "Back", exact: true }).click();
    await expect(page.locator("h1")).toHaveText(heading);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  });
}

test("opened directly, the safety note's Back leads to the receiver's guide; from the footer, back where you were", async ({
  page,
}) => {
  await open(page, "/receive/safety");
  const back = page.getByRole("main").getByRole("link", { name: "Back", exact: true });
  await expect(back).toHaveAttribute("href", "/receive");
  await back.click();
  await expect(page.locator("h1")).toHaveText("When you receive an apology");

  await open(page, "/apology/acknowledge");
  await page.getByRole("contentinfo").getByRole("link", { name: "Safety" }).click();
  await expect(page.locator("h1")).toHaveText("When an apology is not safe");
  await expect(back).toHaveAttribute("href", "/apology/acknowledge");
  await back.click();
  await expect(page.locator("h1")).toHaveText("Acknowledge the hurt");
  await expect(page.locator("h1")).toBeFocused();
});

test("an answer on the weighing page can be cleared, and stays cleared", async ({ page }) => {
  await open(page, "/receive/weigh");
  const specific = page.getByRole("group", { name: "Is it specific?" });
  await expect(specific.getByRole("button", { name: /^Clear answer/ })).toHaveCount(0);
  await specific.getByRole("radio", { name: "Yes" }).check();
  await specific.getByRole("button", { name: "Clear answer – Is it specific?" }).click();
  await expect(specific.getByRole("radio", { checked: true })).toHaveCount(0);
  // The button goes with the answer; focus stays in the question.
  await expect(specific.getByRole("radio", { name: "Yes" })).toBeFocused();
  await page.reload();
  await expect(page.getByRole("group", { name: "Is it specific?" }).getByRole("radio", { checked: true })).toHaveCount(0);
  expect(JSON.parse((await stored(page)) ?? "{}").receiver?.answers ?? {}).toEqual({});
});
