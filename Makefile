# Replygem: every set-up step is here, so two commands work on a fresh Debian/Ubuntu machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint bench screenshots bundle sysdeps venv clean

run: sysdeps $(STAMP)
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then echo "No display found: 'make run' opens a window, so run it in a desktop session."; exit 1; fi
	QT_QPA_PLATFORM= $(PY) -m desktop

test: sysdeps $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check desktop tests benchmarks
	$(PY) -m mypy

bench: $(STAMP)
	$(PY) benchmarks/run_all.py

screenshots: sysdeps $(STAMP)
	packaging/screenshots.sh

bundle: sysdeps $(STAMP)
	$(PY) -m pip install --quiet -e '.[bundle]'
	$(VENV)/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/replygem.spec
	@echo "Bundle: dist/replygem/replygem (a desktop entry is in packaging/replygem.desktop)"

sysdeps:
	@packaging/install-system-deps.sh

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
