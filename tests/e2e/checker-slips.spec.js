// Issue 16: the checker notes the slips the article warns about most, in the steps and on the
// receiver's weighing page: sorrow for the fight instead of the hurt, and a reason that points
// back at the person who was hurt.
import { test, expect, open } from "./fixtures.js";

test("step 3: sorrow for the fight, not the hurt, gets its note after a pause", async ({ page }) => {
  await open(page, "/apology/remorse");
  const notes = page.locator("#notes-remorse");
  await page.locator("#remorse").pressSequentially("I'm sorry we had a fight.", { delay: 20 });
  // Nothing while typing; the note comes once typing pauses.
  await expect(notes.locator(".checker-note")).toHaveCount(0);
  const note = notes.locator(".checker-note", { hasText: "Sorry for the fight, not the hurt" });
  await expect(note).toBeVisible({ timeout: 4000 });
  await expect(note.locator(".checker-note__quote")).toHaveText("“sorry we had a fight”");
  // One card about the feeling: not a second one asking how you feel.
  await expect(notes.locator(".checker-note")).toHaveCount(1);
  // Naming what you did in the fight makes it clean.
  await page.locator("#remorse").fill("I'm sorry I shouted at you during our argument.");
  await expect(notes.locator(".checker-note")).toHaveCount(0, { timeout: 4000 });
});

test("step 2: a reason that points at them gets its note", async ({ page }) => {
  await open(page, "/apology/responsibility");
  const notes = page.locator("#notes-responsibility");
  await page.locator("#responsibility").pressSequentially("I forgot because you didn't remind me.", { delay: 20 });
  const note = notes.locator(".checker-note", { hasText: "A reason that points at them" });
  await expect(note).toBeVisible({ timeout: 4000 });
  await expect(note.locator(".checker-note__quote")).toHaveText(/^“because you didn.t/);
  // A reason that is your own is ownership.
  await page.locator("#responsibility").fill("I forgot because I didn't write it down.");
  await expect(notes.locator(".checker-note")).toHaveCount(0, { timeout: 4000 });
});

test("the weighing page notes both, and circumstances given as facts, in a pasted apology", async ({ page }) => {
  await open(page, "/receive/weigh");
  await page
    .getByLabel("The apology you received (optional)")
    .fill(
      "I'm sorry we had a fight. If you had just listened, I wouldn't have got so angry. " +
        "Work has been insane and my phone died, so I couldn't call.",
    );
  // Each with the question it bears on: sorrow for the fight with regret, the reasons with owning it.
  const regret = page.getByRole("group", { name: /^Does it show real regret for the hurt/ });
  const owns = page.getByRole("group", { name: /^Does it own it/ });
  const conflict = regret.locator('.finding[data-rule="conflict-regret"]');
  const blame = owns.locator('.finding[data-rule="blame-back"]');
  const fact = owns.locator('.finding[data-rule="excuse-as-fact"]');
  await expect(conflict.locator(".finding__quote")).toHaveText("“sorry we had a fight”");
  await expect(blame.locator(".finding__quote")).toHaveText(/^“If you had just listened, I wouldn.t have”$/);
  await expect(fact.locator(".finding__quote")).toHaveText("“Work has been insane”");
  for (const finding of [conflict, blame, fact]) {
    await expect(finding.locator(".finding__note")).not.toBeEmpty();
  }
  await expect(page.locator("#received-notes-count")).toHaveText(/^\d+ notes to look at$/);
});
