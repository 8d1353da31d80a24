# The two commands: `make serve` and `make test`. Both install what is missing first.
.PHONY: serve test setup

serve:
	scripts/serve.sh

test:
	scripts/test.sh

setup:
	scripts/setup.sh --browser
