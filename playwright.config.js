// End-to-end tests in Debian's headless Chromium against the release build in dist/.
import { defineConfig } from "@playwright/test";

// E2E_PORT and E2E_DIST let several builds be tested side by side.
const port = Number(process.env.E2E_PORT || 4173);
const dist = process.env.E2E_DIST || "dist";

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
  webServer: {
    command: `node tests/e2e/serve.mjs ${dist} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 10_000,
  },
});
