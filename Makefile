# Quick start: `make run` starts the app, `make test` runs every test headless.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SOURCES := $(shell find regietafel -name '*.py' -not -path '*/migrations/versions/*')
TS := i18n/regietafel_nl.ts i18n/regietafel_en.ts
QM := $(TS:.ts=.qm)

.PHONY: run test translations update-translations benchmarks lint clean package

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	$(PY) -m pip install --quiet -e ".[speed]" || echo "rl-accel did not install: reportlab uses its Python fallback"
	touch $(STAMP)

# Compiled catalogues are built from the committed .ts sources, never edited by hand.
i18n/%.qm: i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing user-visible strings: refresh the .ts files, then translate what is new.
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(SOURCES) -no-obsolete -locations none -source-language en -target-language nl -ts i18n/regietafel_nl.ts
	$(VENV)/bin/pyside6-lupdate $(SOURCES) -no-obsolete -locations none -source-language en -target-language en -ts i18n/regietafel_en.ts

run: $(STAMP) translations
	$(VENV)/bin/regietafel

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# Whole processes beside their peers (LibreOffice, a bare PySide6 window, --version); medians.
benchmarks: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/export.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/edit.py
	$(PY) benchmarks/distribute.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/import.py
	$(PY) benchmarks/export_xlsx.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/monitor.py

# One-folder program with PyInstaller (packaging/), then a smoke test of the frozen program.
package: $(STAMP) translations
	$(PY) -m pip install --quiet -e ".[build]"
	$(PY) packaging/build.py

lint: $(STAMP)
	$(VENV)/bin/ruff check regietafel tests benchmarks

clean:
	rm -rf $(VENV) $(QM) .pytest_cache build dist
