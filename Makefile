# Two commands for a fresh machine (Python 3.11+ and Node.js):
#   make run    the local cloud on the embedded database, with demo data, API on :8000
#   make test   the whole test suite
# Both create or reuse .venv/ (so .venv/bin/cashpilot exists afterwards).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION := 1
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20

.PHONY: run test lint fmt bench migrate clean-data help

help:
	@echo "make run    start CashPilot locally (embedded PostgreSQL, local cloud on :5000, demo data, API on :8000)"
	@echo "make test   run the whole test suite"
	@echo "make bench  run the benchmarks in bench/"
	@echo "make backtest  forecast accuracy on 200 generated histories and the Berka bank data"
	@echo "make lint   ruff"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "CashPilot needs Python 3.11 or newer (found %s)" % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

# One environment for everything (runtime, local cloud, CDK, tests): re-installed only
# when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[dev]'
	@touch $@

run: $(VENV)/.installed
	$(BIN)/cashpilot local

test: $(VENV)/.installed
	$(BIN)/python -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check .

fmt: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(VENV)/.installed
	$(BIN)/python -m bench

# Forecast accuracy: backtests on 200 generated business histories and on the Berka bank accounts
# (../shared/data/berka when present). About 10 minutes each on 2 cores; prints JSON summaries.
.PHONY: backtest
backtest: $(VENV)/.installed
	@mkdir -p bench/results
	$(BIN)/cashpilot backtest --synthetic 200 --json > bench/results/backtest_synthetic.json
	@$(BIN)/python -c 'import json; s = json.load(open("bench/results/backtest_synthetic.json"))["summary"]; print("synthetic", {k: v for k, v in s.items() if not k.startswith("reliability")})'
	$(BIN)/cashpilot backtest --berka --json > bench/results/backtest_berka.json
	@$(BIN)/python -c 'import json; s = json.load(open("bench/results/backtest_berka.json"))["summary"]; print("berka", {k: v for k, v in s.items() if not k.startswith("reliability")})'

migrate: $(VENV)/.installed
	$(BIN)/cashpilot migrate

clean-data:
	rm -rf .cashpilot

# CloudFormation templates into cdk.out/ without the CDK CLI or Docker (`npx cdk synth` works too).
.PHONY: synth
synth: $(VENV)/.installed
	$(BIN)/python -m infra.app
