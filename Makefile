# Every target creates .venv and installs on first use, so a fresh clone needs only
# `make generate` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate check test lint diff bench

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

generate: $(STAMP)
	$(PY) -m generator generate

check: $(STAMP)
	$(PY) -m generator generate --check

lint: $(STAMP)
	$(PY) -m ruff check generator tests bench
	$(PY) -m mypy --strict generated/linkedin_marketing

test: $(STAMP)
	$(PY) -m pytest

# The review of what changes for client code between two versions: make diff FROM=202401 TO=202410
diff: $(STAMP)
	@test -n "$(FROM)" -a -n "$(TO)" || { echo "usage: make diff FROM=202401 TO=202410" >&2; exit 2; }
	$(PY) -m generator diff $(FROM) $(TO)
