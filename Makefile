# Pantau — every target works on a fresh clone: the first use makes .venv and installs Pantau.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := demo-city
DEMO_OFFICE := $(DEMO)/kelurahan-simpang-iv-sipin

.PHONY: run demo test lint bench package clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e ".[dev,package]"
	touch $(STAMP)

## run: open the Pantau window on the demo office (made on first use)
run: $(STAMP)
	@test -d $(DEMO_OFFICE) || $(BIN)/pantau demo --out $(DEMO) --no-screenshots
	$(BIN)/pantau --data-dir $(DEMO_OFFICE)

## demo: build the demo data and screenshots of the main pages into demo-city/
demo: $(STAMP)
	$(BIN)/pantau demo --out $(DEMO)

## test: lint, layer contract and the whole test suite
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

## bench: repeatable benchmarks, numbers and ratios printed
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

## package: onedir build with PyInstaller, then a smoke test of the frozen app
package: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean installer.spec
	dist/pantau/pantau --version
	QT_QPA_PLATFORM=offscreen dist/pantau/pantau self-test
	rm -rf build/frozen-demo
	dist/pantau/pantau demo --out build/frozen-demo --no-screenshots
	dist/pantau/pantau --data-dir build/frozen-demo/kelurahan-simpang-iv-sipin verify-log

clean:
	rm -rf build dist $(DEMO) .pytest_cache .mypy_cache .ruff_cache
