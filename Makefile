# The two commands: `make serve` and `make test`. Both install what is missing first.
# `make check` is the quick loop for people changing the code (see README "Working on it").
.PHONY: serve test check setup bench

serve:
	scripts/serve.sh

test:
	scripts/test.sh

setup:
	scripts/setup.sh --browser

# Size and speed figures against the budgets (not a test): see README "Performance".
bench:
	scripts/bench.sh

# The fast loop while working: formatting, lints for the host and wasm32, and the native tests.
# Installs nothing and builds no release (seconds once warm); `make test` is still the full gate.
check:
	scripts/check.sh
