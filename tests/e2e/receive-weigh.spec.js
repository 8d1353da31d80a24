// Issue 15, the receiver's side: notes shown with their question, what the answers say, the needs
// put into "what I still need", the guide's progress, and leaving the page quickly.
import { test, expect, open, stored, interceptQuickExit, QUICK_EXIT_URL } from "./fixtures.js";

const QUESTIONS = [
  "Is it specific?",
  "Does it own it, without “if” or “but”?",
  "Does it show real regret for the hurt (not just that there was conflict)?",
  "Does it offer repair?",
  "Does it say what will change?",
  "Does it leave you room?",
];

async function answer(page, question, label) {
  await page.getByRole("group", { name: question, exact: true }).getByRole("radio", { name: label, exact: true }).check();
}

test("the weighing page asks about regret for the hurt, and shows each note with its question", async ({ page }) => {
  await open(page, "/receive/weigh");
  await expect(page.locator("fieldset.question legend")).toHaveText(QUESTIONS);
  await page
    .getByLabel("The apology you received (optional)")
    .fill("I'm sorry we argued. I'm sorry if you were upset, but I'll try to do better. Can we move on?");
  const group = (name) => page.getByRole("group", { name, exact: true });
  await expect(group(QUESTIONS[2]).locator('.finding[data-rule="conflict-regret"] .finding__quote')).toHaveText(
    "“sorry we argued”",
  );
  await expect(group(QUESTIONS[2])).toContainText("What Mend noticed:");
  await expect(group(QUESTIONS[1]).locator('.finding[data-rule="conditional"]')).toHaveCount(1);
  await expect(group(QUESTIONS[1]).locator('.finding[data-rule="but"]')).toHaveCount(1);
  await expect(group(QUESTIONS[5]).locator('.finding[data-rule="demand-closure"]')).toHaveCount(1);
  // No note is shown twice, and a question with nothing noticed shows no box.
  for (const rule of ["conflict-regret", "conditional", "but", "demand-closure"]) {
    await expect(page.locator(`.finding[data-rule="${rule}"]`)).toHaveCount(1);
  }
  await expect(group(QUESTIONS[3]).getByTestId("question-notes")).toHaveCount(0);
});

test("once every question is answered, a reflection says what the answers say and what fits next", async ({ page }) => {
  await open(page, "/receive/weigh");
  const reflection = page.getByTestId("reflection");
  await expect(reflection.getByRole("heading", { name: "What your answers say" })).toBeVisible();
  await expect(reflection).toContainText("Once you’ve answered each question");
  for (const q of QUESTIONS.slice(0, 5)) await answer(page, q, q === QUESTIONS[4] ? "Not really" : "Yes");
  // One left: still waiting, never a verdict on half the answers.
  await expect(page.getByTestId("reflection-summary")).toHaveCount(0);
  await answer(page, QUESTIONS[5], "Yes");
  await expect(page.getByTestId("reflection-summary")).toHaveText(
    "It names what happened, owns what they did, shows regret for the hurt, offers to make it right, and leaves you room, but doesn’t yet say what will change.",
  );
  await expect(reflection.locator("[aria-live=polite]")).toContainText("It names what happened");
  await reflection.getByRole("link", { name: "Ask to see change" }).click();
  await expect(page.locator("h1")).toHaveText("Ways to respond");
});

test("answering everything “Not really” gets a kind reflection, what I still need, and the safety note", async ({
  page,
}) => {
  await open(page, "/receive/weigh");
  for (const q of QUESTIONS) await answer(page, q, "Not really");
  const reflection = page.getByTestId("reflection");
  await expect(page.getByTestId("reflection-summary")).toHaveText(
    "By your answers, this apology doesn’t yet do what you need from one. It makes sense that it didn’t land, and you don’t have to accept it.",
  );
  await expect(reflection).toContainText("“To say what you still need” can help you put it into words.");
  await expect(reflection.getByRole("link", { name: "Read the safety note" })).toBeVisible();
  // Kept across a reload, as the answers are.
  await page.reload();
  await expect(page.getByTestId("reflection-summary")).toContainText("doesn’t yet do what you need");
  await reflection.getByRole("link", { name: "Say what you still need" }).click();
  await expect(page.locator("h1")).toHaveText("Ways to respond");
});

test("the needs ticked in step 2 go into “what I still need” with one tap, and Undo takes them out", async ({ page }) => {
  await open(page, "/receive/needs");
  await page.getByRole("checkbox", { name: /To be heard/ }).check();
  await page.getByRole("checkbox", { name: "Time, before I decide anything" }).check();
  await open(page, "/receive/respond");
  const card = page.locator('[data-script="still-need"]');
  const words = page.getByLabel("To say what you still need");
  await card.getByRole("button", { name: "Put these into my words" }).click();
  const full =
    "Thank you for your apology. Before I can put this behind me, I still need to know you understand what it was like for me and some time before I decide anything.";
  await expect(words).toHaveValue(full);
  await expect(card.getByRole("status")).toHaveText(/^Added to your words\. Change anything that doesn’t sound like you\. Undo$/);
  await page.reload();
  await expect(words).toHaveValue(full);
  expect(JSON.parse(await stored(page)).receiver.responses).toEqual({ "still-need": full });
  // A second tap adds nothing twice.
  await card.getByRole("button", { name: "Put these into my words" }).click();
  await expect(words).toHaveValue(full);
  await expect(card.getByRole("status")).toHaveText("Your words already say all of these.");
  await words.fill("Thank you for your apology. Before I can put this behind me, I still need");
  await card.getByRole("button", { name: "Put these into my words" }).click();
  await card.getByRole("button", { name: "Undo" }).click();
  await expect(words).toHaveValue("Thank you for your apology. Before I can put this behind me, I still need");
});

test("the guide shows six marks, the current one emphasised, read as one line", async ({ page }) => {
  await open(page, "/receive/weigh");
  const progress = page.getByTestId("progress");
  await expect(progress.getByTestId("progress-label")).toHaveText("Step 3 of 6, Weighing the apology");
  await expect(progress.locator(".progress__mark")).toHaveCount(6);
  await expect(progress.locator(".progress__mark--passed")).toHaveCount(2);
  // Passed steps keep their numbers: someone sent straight here by a link has not done them.
  await expect(progress.locator(".progress__mark--passed")).toHaveText(["1", "2"]);
  await expect(progress.locator(".progress__mark--current")).toHaveText("3");
  await expect(progress.locator(".progress__mark--todo")).toHaveCount(3);
  await expect(progress.locator(".progress__marks")).toHaveAttribute("aria-hidden", "true");
  await expect(page.locator("#step-caption")).toHaveText("Step 3 of 6");
  await open(page, "/receive/forgiveness");
  await expect(progress.getByTestId("progress-label")).toHaveText("Step 6 of 6, Grace, courage and forgiveness");
  await expect(progress.locator(".progress__mark--passed")).toHaveCount(5);
});

test("the safety note says how to find the emergency number and a support line, with no number", async ({ page }) => {
  await open(page, "/receive/safety");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: "Finding the right number where you are" })).toBeVisible();
  await expect(main).toContainText("“Emergency SOS”");
  await expect(main).toContainText("“domestic abuse helpline” and the name of your country");
  const text = await main.innerText();
  expect(text).not.toMatch(/\d{3}/);
});

test("“Leave this page quickly” replaces Mend with the neutral page, and Back doesn’t return to Mend", async ({
  page,
  guard,
}) => {
  const asked = await interceptQuickExit(page, guard);
  await page.goto("about:blank");
  await open(page, "/receive/safety");
  const before = await page.evaluate(() => history.length);
  await page.getByRole("button", { name: "Leave this page quickly" }).click();
  await expect(page).toHaveURL(QUICK_EXIT_URL);
  await expect(page.locator("h1")).toHaveText("Weather");
  expect(asked).toEqual([QUICK_EXIT_URL]);
  // The entry was replaced, not added: the same length, and Back goes to what came before Mend.
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.goBack();
  expect(page.url()).toBe("about:blank");
});

test("Shift pressed three times in a row leaves quickly from a page of the guide; other keys between start again", async ({
  page,
  guard,
}) => {
  const asked = await interceptQuickExit(page, guard);
  await page.goto("about:blank");
  await open(page, "/receive/weigh");
  await page.getByLabel("The apology you received (optional)").focus();
  await page.keyboard.press("Shift");
  await page.keyboard.type("a");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await expect(page.locator("h1")).toHaveText("Weighing the apology");
  expect(asked).toEqual([]);
  await page.keyboard.press("Shift");
  await expect(page).toHaveURL(QUICK_EXIT_URL);
  expect(asked).toEqual([QUICK_EXIT_URL]);
  await page.goBack();
  expect(page.url()).toBe("about:blank");
});
