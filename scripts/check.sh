#!/usr/bin/env bash
# The quick loop while changing the code: formatting, lints (host and wasm32) and the native tests,
# stopping at the first failure. Installs nothing and builds no release: after a first run it
# takes seconds. `scripts/test.sh` runs these same steps first, then the release builds and the
# browser suite.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  echo "The wasm32-unknown-unknown target is missing: run 'make setup' once (it installs it)." >&2
  exit 1
fi

say "Formatting"
cargo fmt --all --check

say "Lints (host)"
cargo clippy --locked --all-targets -- -D warnings

say "Lints (wasm32)"
cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings

say "Native tests"
cargo test --locked
