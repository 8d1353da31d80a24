// User text is only ever text: markup, very long lines, emoji, right-to-left script and 100 KB
// render as typed in every view, export and print, and nothing in them runs.
import { readFile } from "node:fs/promises";
import { test, expect, open, stored } from "./fixtures.js";

const hostile = [
  "<script>window.__xss = 1</script>",
  '<img src=x onerror="window.__xss = 2">',
  "x".repeat(3000),
  "I’m sorry 🙏💔 — truly 😔",
  "أنا آسف جدًا لأنني جرحتك",
  "אני מצטער שפגעתי בך",
].join("\n");

test("markup, long lines, emoji and right-to-left text stay text everywhere", async ({ page }) => {
  await open(page, "/apology/remorse");
  await page.locator("#remorse").fill(hostile);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.goto("/apology/review");

  const whole = page.getByTestId("apology-text");
  await expect(whole).toContainText("<script>window.__xss = 1</script>");
  await expect(whole).toContainText('<img src=x onerror="window.__xss = 2">');
  await expect(whole).toContainText("أنا آسف جدًا");
  expect(await page.locator("main img, main script").count()).toBe(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.emulateMedia({ media: "print" });
  await expect(whole).toContainText("<script>window.__xss = 1</script>");
  await page.emulateMedia({ media: "screen" });

  await page.getByRole("link", { name: "Ready to deliver it" }).click();
  await page.getByRole("radio", { name: /Write it as a letter/ }).check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download as text" }).click(),
  ]);
  // The composer ends an open last sentence with a full stop.
  expect(await readFile(await download.path(), "utf8")).toBe(`${hostile}.`);

  await page.getByRole("radio", { name: /Say it in person/ }).check();
  await page.getByRole("button", { name: "Rehearse" }).click();
  await expect(page.getByTestId("rehearse-text")).toContainText("<img src=x onerror");
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();

  await page.goto("/");
  await expect(page.locator("main")).toContainText("An apology");
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});

test("100 KB of text is kept and shown in full", async ({ page }) => {
  const long = "I am sorry for what I said. ".repeat(3700).trim(); // about 100 KB
  expect(long.length).toBeGreaterThan(100_000);
  await open(page, "/apology/remorse");
  await page.locator("#remorse").fill(long);
  await page.reload();
  await expect(page.locator("#remorse")).toHaveValue(long);
  expect(JSON.parse(await stored(page)).apologies[0].parts.remorse).toBe(long);
  await page.goto("/apology/review");
  expect((await page.getByTestId("apology-text").innerText()).length).toBe(long.length);
});

test("a name or a word wider than the screen never widens the page", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const wide = "Bartholomew-Maximilian-Featherstonehaugh-the-third"; // no spaces, about 450 px
  await open(page, "/apology/prepare");
  await page.getByLabel("Who is this apology for?").fill(wide);
  await page.goto("/apology/change");
  await page.getByLabel("Commitment 1", { exact: true }).fill(`I will ${wide} every day`);
  await page.getByLabel("How you will make it right").fill(`https://example.com/${"a".repeat(80)}`);
  for (const path of ["/", "/apology/review", "/forward"]) {
    await page.goto(path);
    await expect(page.locator("main")).toContainText(wide);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
