# battflow: `make test` and `make run` bootstrap everything from a fresh clone (Python >= 3.11).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.battflow-installed
PIPELINE ?= pipelines/full.yaml

.PHONY: test run lint format docs venv clean

venv: $(STAMP)

# Re-installs whenever pyproject.toml changes; otherwise a no-op.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "battflow needs Python >= 3.11; found $$($(PYTHON) --version 2>&1). Use: make PYTHON=python3.12 ..."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q

run: $(STAMP)
	$(BIN)/battflow run $(PIPELINE)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

docs: $(STAMP)
	$(BIN)/python -m battflow.kernels > docs/dsl.md

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
