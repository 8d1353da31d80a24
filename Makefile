# The two commands: `make serve` and `make test`. Both install what is missing first.
.PHONY: serve test setup bench

serve:
	scripts/serve.sh

test:
	scripts/test.sh

setup:
	scripts/setup.sh --browser

# Size and speed figures against the budgets (not a test): see README "Performance".
bench:
	scripts/bench.sh
