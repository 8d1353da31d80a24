// Takes phone-sized screenshots of every page, light and dark, for looking at the design.
// Usage: node scripts/screens.mjs [outDir=/tmp/mend-screens] [baseURL=http://127.0.0.1:4173]
// (serve dist/ first: node tests/e2e/serve.mjs dist 4173)
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";

const [out = "/tmp/mend-screens", base = "http://127.0.0.1:4173", only = ""] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const paths = (only ? only.split(",") : [
  "/", "/apology/prepare", "/apology/acknowledge", "/apology/responsibility",
  "/apology/remorse", "/apology/change", "/apology/review", "/receive", "/data",
]);
const sample = {
  schema_version: 1, revision: 3, saved_at: 0, current: "a1",
  apologies: [{
    id: "a1", created_at: 1795800000000, updated_at: 1795810000000, recipient: "Sam", relationship: "partner",
    preparation: { calm: "", listened: "", values: "" },
    parts: {
      what_happened: "I know I hurt you when I raised my voice at dinner on Friday.",
      feelings: "I can see how that made you feel dismissed, in front of your sister.",
      responsibility: "It was wrong of me to speak to you that way. I take full responsibility.",
      remorse: "I feel terrible that I caused you pain. That was never my intention.",
      commitments: [{ id: "c1", text: "When I notice I'm frustrated, I will say so and take ten minutes before we talk." }],
      repair: "I would like to apologize to your sister too, if you are okay with that.",
    },
    edited_text: null, dismissed_notes: [], last_step: { part: "remorse" },
  }],
  receiver: { notes: "" }, forward: { notes: "" },
};
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
for (const scheme of ["light", "dark"]) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(base + "/");
  await page.evaluate((doc) => localStorage.setItem("mend:document", JSON.stringify(doc)), sample);
  for (const path of paths) {
    await page.goto(base + path);
    await page.waitForSelector("main h1");
    const name = (path === "/" ? "home" : path.slice(1).replaceAll("/", "-")) + `-${scheme}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: true });
  }
  await context.close();
}
await browser.close();
console.log(`screens in ${out}`);
