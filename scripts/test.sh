#!/usr/bin/env bash
# Runs every check Mend has, failing on the first that fails:
# formatting, lints (host and wasm32), native tests, the release build, the dist/ audit,
# and the end-to-end suite in headless Chromium against that release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Formatting, lints for the host and wasm32, and the native tests: the same as `make check`.
scripts/check.sh

say "Release build"
trunk build --release --offline --locked

# The same release for a sub-path deploy, for the PWA tests (served under /mend/). Cargo's work is
# reused; only wasm-bindgen, wasm-opt and the post-build hook run again.
say "Release build under a sub-path (/mend/)"
trunk build --release --offline --locked --public-url /mend/ --dist dist-sub

say "The build names no third-party origin"
node scripts/audit-dist.mjs dist
node scripts/audit-dist.mjs dist-sub

say "Browser tests (headless Chromium, release build)"
rm -rf test-results
status=0
npx playwright test || status=$?
node tests/e2e/summary.mjs test-results/e2e-4173.json || true
exit "$status"
