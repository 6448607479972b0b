# hipdesk — the two commands a newcomer needs are `make run` and `make test`.
# Both create .venv from python3 when missing and install the locked dependencies.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
STAMP := $(VENV)/.installed-$(shell cat requirements/lock.txt pyproject.toml 2>/dev/null | cksum | cut -d' ' -f1)
RC := hipdesk/ui/rc_resources.py
RC_SOURCES := resources.qrc $(shell find assets/icons assets/sounds -type f 2>/dev/null)
DATA_DIR ?=
RUN_ARGS ?=
PYTEST_ARGS ?=

.PHONY: all run test lint typecheck unit e2e bench reliability dist assets resources clean venv

all: venv resources

venv: $(STAMP)

# uv is used when it installs from PyPI; plain pip (with the lock's hashes) otherwise.
$(STAMP): requirements/lock.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@rm -f $(VENV)/.installed-*
	@if $(BIN)/python -m pip install -q --disable-pip-version-check "uv==$(UV_VERSION)" >/dev/null 2>&1; then \
	    echo "installing the locked dependencies with uv"; \
	    $(BIN)/uv pip install -q --python $(BIN)/python -r requirements/lock.txt && \
	    $(BIN)/uv pip install -q --python $(BIN)/python --no-deps --no-build-isolation -e . ; \
	else \
	    echo "uv not available; installing the locked dependencies with pip"; \
	    $(BIN)/python -m pip install -q --disable-pip-version-check --require-hashes -r requirements/lock.txt && \
	    $(BIN)/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e . ; \
	fi
	@touch $@

resources: $(RC)

# Rebuilt only when the .qrc or a file under assets/ it can list is newer.
$(RC): $(RC_SOURCES) | $(STAMP)
	$(BIN)/pyside6-rcc resources.qrc -o $@

run: $(STAMP) $(RC)
	$(BIN)/python -m hipdesk $(if $(DATA_DIR),--data-dir "$(DATA_DIR)") $(RUN_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy --strict hipdesk/core hipdesk/store

unit: $(STAMP) $(RC)
	$(BIN)/pytest -m "not e2e" $(PYTEST_ARGS)

# Real window, tray and notification tests: Xvfb + trayer + dunst on a private D-Bus session.
e2e: $(STAMP) $(RC)
	tests/e2e/run-session.sh $(BIN)/pytest -m e2e tests/e2e $(PYTEST_ARGS)

# Packaging is part of the suite: the wheel installs into a fresh venv and the desktop bundle
# starts (packaging/packaging.mk).
test: lint typecheck unit e2e packaging-check bundle

bench: $(STAMP) $(RC)
	@set -e; for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b; done

reliability: $(STAMP) $(RC)
	@set -e; for b in bench/reliability/*.py; do [ -e "$$b" ] || continue; echo "== $$b"; $(BIN)/python $$b; done

dist: $(STAMP) $(RC)
	rm -rf dist
	$(BIN)/python -m hatchling build -d dist
	ls -l dist

# Still SVG + PNG of every drill, drawn by the same renderer as the app.
assets: $(STAMP) $(RC)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/export_drill_assets.py --out assets/drills

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache $(RC) .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

include packaging/packaging.mk
include translations/translations.mk
# The compiled translations go into the resources, so build them first.
$(RC): $(QM_FILES)
