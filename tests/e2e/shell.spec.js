// The app shell: every route loads by deep link, and page changes move focus and announce.
import { test, expect, open } from "./fixtures.js";

const routes = [
  ["/", "Say sorry so it lands"],
  ["/apology/prepare", "Before you begin"],
  ["/apology/acknowledge", "Acknowledge the hurt"],
  ["/apology/responsibility", "Take responsibility"],
  ["/apology/remorse", "Express genuine remorse"],
  ["/apology/change", "Commit to change"],
  ["/apology/review", "Check your apology"],
  ["/receive", "When you receive an apology"],
  ["/forward", "Moving forward together"],
  ["/data", "Your data on this device"],
];

for (const [path, heading] of routes) {
  test(`deep link ${path} shows one h1 and a matching title`, async ({ page }) => {
    await open(page, path);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator("h1")).toHaveText(heading);
    await expect(page).toHaveTitle(path === "/" ? /^Mend/ : `${heading} – Mend`);
    await expect(page.locator("main")).toHaveCount(1);
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "Your data" })).toBeVisible();
  });
}

test("an unknown address says so, with a way home", async ({ page }) => {
  await open(page, "/no/such/page");
  await expect(page.locator("h1")).toHaveText("Page not found");
  await page.getByRole("link", { name: "Go to the start page" }).click();
  await expect(page.locator("h1")).toHaveText("Say sorry so it lands");
});

test("changing page moves focus to the heading, updates the title and announces it", async ({ page }) => {
  await open(page, "/");
  await expect(page.locator("#route-announcer")).toHaveText("");
  await page.getByRole("contentinfo").getByRole("link", { name: "Your data" }).click();
  const heading = page.locator("h1");
  await expect(heading).toHaveText("Your data on this device");
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle("Your data on this device – Mend");
  await expect(page.locator("#route-announcer")).toHaveText("Your data on this device");
  await page.goBack();
  await expect(heading).toHaveText("Say sorry so it lands");
  await expect(heading).toBeFocused();
});

test("the skip link jumps to the main content", async ({ page }) => {
  await open(page, "/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
