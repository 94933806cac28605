# Motif Studio: `make run` opens the app, `make test` runs the whole suite headless.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SHARED  ?= ../shared
BENCH_WORK ?= benchmarks/work
I18N    := motifstudio/app/i18n
TS      := $(wildcard $(I18N)/motifstudio_*.ts)
QM      := $(TS:.ts=.qm)

.PHONY: dist run test bench bench-trace bench-startup bench-design bench-stitch bench-felt bench-catalogue bench-batch screenshots translations update-translations venv clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Motif Studio needs Python 3.11 or newer (found $$($(PY) --version))"; exit 1; }
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	touch $(STAMP)

# The interface catalogues (Qt Linguist .ts) compiled to .qm for the app.
translations: $(QM)

$(I18N)/%.qm: $(I18N)/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Collect the strings of the interface into the catalogues (after changing the GUI).
update-translations: $(STAMP)
	$(BIN)/python -m motifstudio.app.param_form --write-strings
	$(BIN)/pyside6-lupdate -no-obsolete $(wildcard motifstudio/app/*.py) -ts $(TS)

run: $(STAMP) translations
	$(BIN)/motifstudio gui resources/samples/ramshorn.jpg

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py

bench: bench-trace bench-startup bench-design bench-stitch bench-felt bench-catalogue bench-batch

bench-trace: $(STAMP)
	$(BIN)/python benchmarks/run_trace_bench.py --shared $(SHARED) --work $(BENCH_WORK)

bench-startup: $(STAMP) translations
	$(BIN)/python benchmarks/startup.py

bench-design: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/design_bench.py

bench-stitch: $(STAMP)
	$(BIN)/python benchmarks/stitch_bench.py

bench-felt: $(STAMP)
	$(BIN)/python benchmarks/felt_bench.py

bench-catalogue: $(STAMP)
	$(BIN)/python benchmarks/catalogue_bench.py

bench-batch: $(STAMP)
	$(BIN)/python benchmarks/batch_bench.py 12 --repeat 2

dist: $(STAMP) translations
	$(BIN)/python -m pip install -q pyinstaller==6.22.3
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/motifstudio.spec
	$(BIN)/python packaging/smoke_test.py dist/motifstudio

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache $(QM)
