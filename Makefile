# The two front-door commands; each installs what it needs first (scripts/setup).
.PHONY: demo test setup lint bench

setup:
	@scripts/setup

demo: setup
	@.venv/bin/interview-sim demo

# The whole test suite, with a private PulseAudio server and virtual devices.
test: setup
	@scripts/with-pulse .venv/bin/pytest -q

lint: setup
	@.venv/bin/ruff check simulator audio tests benchmarks
	@.venv/bin/mypy simulator audio

bench: setup
	@scripts/with-pulse sh -c 'for b in benchmarks/bench_*.py; do .venv/bin/python "$$b" || exit 1; done'
