#!/usr/bin/env bash
# Builds the release and prints Mend's size and speed figures (scripts/bench.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
trunk build --release --offline --locked
# The same release with its names kept, for the size report (twiggy reads the names).
command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked
cargo build --offline --locked --target wasm32-unknown-unknown --profile sizes --bin mend
CHROME_PATH=/usr/bin/chromium node scripts/bench.mjs dist
node scripts/sizes.mjs target/wasm32-unknown-unknown/sizes/mend.wasm
