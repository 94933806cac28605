# Motif Studio: `make run` opens the app, `make test` runs the whole suite headless.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SHARED  ?= ../shared
BENCH_WORK ?= benchmarks/work

.PHONY: run test bench venv clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Motif Studio needs Python 3.11 or newer (found $$($(PY) --version))"; exit 1; }
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/motifstudio gui resources/samples/ramshorn.jpg

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/run_trace_bench.py --shared $(SHARED) --work $(BENCH_WORK)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
