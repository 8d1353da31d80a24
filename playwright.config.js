// End-to-end tests in Debian's headless Chromium against the release build in dist/.
import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// E2E_PORT and E2E_DIST let several builds be tested side by side.
const port = Number(process.env.E2E_PORT || 4173);
const dist = process.env.E2E_DIST || "dist";
// The same release built with `--public-url /mend/` (scripts/test.sh builds it into `<dist>-sub`),
// served under /mend/ on port + 10, for the deploy-under-a-sub-path tests in pwa.spec.js. Only
// started when that build exists, so a run of other specs needs no second build; pwa.spec.js
// fails when it is missing.
const subDist = `${dist}-sub`;
const subServer = existsSync(subDist)
  ? [
      {
        command: `node tests/e2e/serve.mjs ${subDist} ${port + 10} /mend/`,
        url: `http://127.0.0.1:${port + 10}/mend/`,
        reuseExistingServer: false,
        timeout: 10_000,
      },
    ]
  : [];

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `test-results/artifacts-${port}`,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [["list"], ["json", { outputFile: `test-results/e2e-${port}.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 390, height: 844 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      command: `node tests/e2e/serve.mjs ${dist} ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 10_000,
    },
    ...subServer,
  ],
});
