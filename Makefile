# newsfold: `make demo` and `make test` are the two commands of the README's quick start.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install demo test lint bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/.installed

demo: install
	$(BIN)/newsfold demo --db newsfold-demo.db --report newsfold-demo-report.md

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src

test: install lint
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) newsfold-demo.db* newsfold-demo-report.md .pytest_cache .mypy_cache .ruff_cache
