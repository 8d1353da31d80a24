#!/usr/bin/env bash
# Installs whatever Mend needs that this machine lacks, and skips what is already there.
# Usage: scripts/setup.sh [--browser]   (--browser also installs Debian's Chromium for the tests)
# Trunk and wasm-bindgen are built from crates.io and wasm-opt comes from npm, because this
# network reaches only the package registries (Trunk's own downloads would fail).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# The wasm target and the components rust-toolchain.toml names.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "Adding $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing Trunk $TRUNK_VERSION (builds from source: 12-25 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen_version" ]; then
  say "Installing wasm-bindgen-cli $bindgen_version"
  # Not --locked: one of its locked dependencies is no longer served by the registry.
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# npm packages (wasm-opt, Playwright) exactly as the committed lock file says.
if [ ! -d node_modules ] || ! cmp -s package-lock.json node_modules/.mend-installed-lock; then
  say "Installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.mend-installed-lock
fi

if [ "${1:-}" = "--browser" ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  say "Installing Debian's Chromium for the browser tests"
  sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi

# Trunk builds with --offline, so every crate must be on disk first.
cargo fetch --locked --quiet
