import { chromium } from "playwright";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
const page = await context.newPage();
await page.addInitScript(() => {
  window.__lt = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: "longtask", buffered: true });
  window.__marks = [];
});
const s = await context.newCDPSession(page);
await s.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await page.goto(process.argv[2], { waitUntil: "commit" });
await page.waitForFunction(() => document.documentElement.dataset.app === "running", null, { timeout: 60000 });
await page.waitForTimeout(3000);
console.log(JSON.stringify(await page.evaluate(() => ({ lt: window.__lt, measures: performance.getEntriesByType("measure").map(m => [m.name, Math.round(m.startTime), Math.round(m.duration)]), res: performance.getEntriesByType("resource").map(r => [r.name.split("/").pop().slice(0,20), Math.round(r.startTime), Math.round(r.responseEnd)]) }))));
await browser.close();
