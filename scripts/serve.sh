#!/usr/bin/env bash
# Builds the release and serves it at http://127.0.0.1:8080/ (Ctrl-C stops it), with deep links.
# No auto-reload: its injected inline script would break the strict Content-Security-Policy.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
echo "Mend will be at http://127.0.0.1:8080/"
exec trunk serve --release --offline --locked --no-autoreload "$@"
