import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
for (const url of process.argv.slice(2)) for (let i = 0; i < 2; i++) {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  const a = lhr.audits;
  console.log(url, Math.round(lhr.categories.performance.score * 100), "FCP", a["first-contentful-paint"].numericValue.toFixed(0), "LCP", a["largest-contentful-paint"].numericValue.toFixed(0), "TBT", a["total-blocking-time"].numericValue.toFixed(0), "TTI", a["interactive"].numericValue.toFixed(0));
}
await chrome.kill();
