# Two commands for a fresh Debian/Ubuntu machine: `make run` and `make test`.
# Each sets up whatever is missing first (scripts/setup.sh is idempotent and fast when done).
.PHONY: setup run test bench train

setup:
	@bash scripts/setup.sh

run: setup
	.venv/bin/flexbot run

test: setup
	.venv/bin/flexbot test

bench: setup
	.venv/bin/flexbot bench

train: setup
	.venv/bin/flexbot train
