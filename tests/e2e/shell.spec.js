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

for (const path of ["/", "/apology/acknowledge", "/receive/weigh"]) {
  test(`the skip link jumps to the main content of ${path}, staying on the page`, async ({ page }) => {
    await open(page, path);
    const heading = await page.locator("h1").textContent();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.locator("h1")).toHaveText(heading);
  });
}

test("the page runs under a strict Content-Security-Policy", async ({ page, guard }) => {
  await open(page, "/");
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toContain("default-src 'self'");
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy).not.toMatch(/'unsafe-(inline|eval)'/);
  // Inline styles only by hash: the component sheets the build wrote (tests/e2e/styles.spec.js).
  expect(policy).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toContain("object-src 'none'");
  // An injected inline script is refused (the violation is expected here, and only here).
  guard.consoleErrors.push(/Content Security Policy|CSP violation|TrustedScript/);
  const ran = await page.evaluate(async () => {
    window.__injected = false;
    const script = document.createElement("script");
    // Trusted Types refuse the bare string at once; were it let through, script-src would.
    try {
      script.textContent = "window.__injected = true";
      document.head.append(script);
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
    return window.__injected;
  });
  expect(ran).toBe(false);
});


test("the host's headers: no other site can frame Mend, files are what their type says, no referrer", async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const url = `${test.info().project.use.baseURL}/data`;
  const headers = (await context.request.get(url)).headers();
  expect(headers["content-security-policy"]).toBe("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["permissions-policy"]).toContain("camera=()");

  // A page that is not Mend's tries to frame "Your data": the browser refuses, and says so.
  const page = await context.newPage();
  const refusals = [];
  page.on("console", (m) => /frame-ancestors 'none'/.test(m.text()) && refusals.push(m.text()));
  await page.setContent(`<!doctype html><title>Elsewhere</title><iframe src="${url}" title="framed"></iframe>`);
  await expect.poll(() => refusals.length).toBeGreaterThan(0);
  expect(page.frames().map((f) => f.url())).not.toContain(url);
  await context.close();
});

test("the policy requires Trusted Types: a script address or HTML set from a bare string is refused, and the suite's guard hears of it", async ({ page, guard }) => {
  await open(page, "/");
  // This test breaks the policy on purpose; every other test fails on such a violation.
  guard.consoleErrors.push(/CSP violation: require-trusted-types-for|TrustedHTML/);
  const outcome = await page.evaluate(async () => {
    const heard = new Promise((resolve) =>
      document.addEventListener("securitypolicyviolation", (e) => resolve(e.violatedDirective), { once: true }),
    );
    let refused = false;
    try {
      document.createElement("div").innerHTML = "<b>not text</b>";
    } catch {
      refused = true;
    }
    return { refused, directive: await heard };
  });
  expect(outcome).toEqual({ refused: true, directive: "require-trusted-types-for" });
});
