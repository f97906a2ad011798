# Every target creates .venv and installs on first use, so a fresh clone needs only
# `make generate` and `make test`. Generating needs the generator's own dependencies only; the
# test and lint tools are installed by the targets that use them, so that `make generate` on a
# fresh clone does not wait for them. (Python 3.11's bundled pip installs editable projects:
# upgrading it first would only cost time.)
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
GENERATOR_STAMP := $(VENV)/.generator-installed
STAMP := $(VENV)/.installed

.PHONY: generate check test lint diff upgrade-check bench

$(GENERATOR_STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e .
	touch $(GENERATOR_STAMP)

$(STAMP): $(GENERATOR_STAMP)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

generate: $(GENERATOR_STAMP)
	$(PY) -m generator generate

check: $(GENERATOR_STAMP)
	$(PY) -m generator generate --check

lint: $(STAMP)
	$(PY) -m ruff check generator tests bench
	$(PY) -m mypy --strict generated/linkedin_marketing
	$(PY) -m mypy --strict generator
	$(PY) -m tests.static.distribution

test: $(STAMP)
	$(PY) -m pytest

# The review of what changes for client code between two versions: make diff FROM=202410 TO=202610
diff: $(GENERATOR_STAMP)
	@test -n "$(FROM)" -a -n "$(TO)" || { echo "usage: make diff FROM=202410 TO=202610" >&2; exit 2; }
	$(PY) -m generator diff $(FROM) $(TO)

# The lines of your code a version bump breaks: make upgrade-check FROM=202311 TO=202401 SCAN=src
# (FORMAT=json for CI annotations, FIX=1 to retarget the imports of files nothing breaks in)
upgrade-check: $(GENERATOR_STAMP)
	@test -n "$(FROM)" -a -n "$(TO)" -a -n "$(SCAN)" || { echo "usage: make upgrade-check FROM=202311 TO=202401 SCAN=src" >&2; exit 2; }
	$(PY) -m generator upgrade-check --from $(FROM) --to $(TO) --format $(or $(FORMAT),text) $(if $(FIX),--fix) $(SCAN)

# Benchmarks against the tools users would pick instead (README.md, "Performance").
# They run in their own environment: the comparison tools are bench dependencies only.
BENCH_VENV := .bench-venv
BENCH_PY := $(BENCH_VENV)/bin/python
BENCH_STAMP := $(BENCH_VENV)/.installed

$(BENCH_STAMP): bench/requirements.txt pyproject.toml
	test -x $(BENCH_PY) || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_PY) -m pip install --quiet --upgrade pip
	$(BENCH_PY) -m pip install --quiet -r bench/requirements.txt
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BENCH_PY) bench/run.py $(BENCHMARKS)
