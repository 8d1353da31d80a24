// Accessibility: axe-core on every route (light and dark, 360 px wide), and no horizontal
// scrolling at 320 px with text at 200%.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, open, DOCUMENT_KEY } from "./fixtures.js";
import { ROUTES } from "./routes.js";

const routes = [...ROUTES, "/no-such-page"];

// A draft with every part written, so filled fields and the review are checked too.
const sample = {
  schema_version: 1,
  revision: 1,
  current: "a1",
  apologies: [
    {
      id: "a1",
      recipient: "Sam",
      relationship: "partner",
      parts: {
        what_happened: "I know I hurt you when I raised my voice at dinner.",
        feelings: "I can see how that made you feel dismissed.",
        responsibility: "It was wrong of me to speak to you that way. I take full responsibility.",
        remorse: "I feel terrible that I caused you pain.",
        commitments: [{ id: "c1", text: "When I feel frustrated, I will pause before I speak." }],
        repair: "I would like to make it up to you this weekend.",
      },
      last_step: "review",
    },
  ],
};

async function seed(page) {
  await page.addInitScript(
    ([key, doc]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, JSON.stringify(doc));
        sessionStorage.setItem("seeded", "1");
      }
    },
    [DOCUMENT_KEY, sample],
  );
}

for (const scheme of ["light", "dark"]) {
  test.describe(`${scheme} scheme, 360 px wide`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 360, height: 740 } });
    for (const path of routes) {
      test(`axe finds nothing on ${path}`, async ({ page }) => {
        await seed(page);
        await open(page, path);
        // Open every disclosure so the text inside is checked as well.
        await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
          .analyze();
        const summary = results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
        );
        expect(summary, summary.join("\n")).toEqual([]);
      });
    }
  });
}

test.describe("320 px wide with text at 200%", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of routes) {
    test(`no horizontal scrolling on ${path}`, async ({ page }) => {
      await seed(page);
      await open(page, path);
      await page.evaluate(() => {
        document.documentElement.style.fontSize = "200%";
        document.querySelectorAll("details").forEach((d) => (d.open = true));
      });
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  }
});
