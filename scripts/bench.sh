#!/usr/bin/env bash
# Builds the release and prints Mend's size and speed figures (scripts/bench.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
trunk build --release --offline --locked
CHROME_PATH=/usr/bin/chromium node scripts/bench.mjs dist
