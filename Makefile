# assist_desk — the two commands of the README are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run system-check test test-shuffled test-long check lint pytest bench tour i18n clean bundle bundle-smoke

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

i18n: $(STAMP)
	$(BIN)/python scripts/build_i18n.py compile

## Start the application (training mode on the embedded training portal by default).
run: system-check $(STAMP) i18n
	$(BIN)/assist-desk $(ARGS)

## Linux: the system libraries of the application's window are there (else: which
## packages to install). Standard library only, so it runs before the venv exists.
system-check:
	@$(PYTHON) -m assist_desk.system_check

## The whole test suite: quality gates, then pytest.
test: check pytest

check: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy assist_desk
	$(BIN)/lint-imports
	$(BIN)/python scripts/misc_checks.py

# Each test folder runs in its own process: Qt state (translators, style sheets,
# widgets awaiting deletion) cannot leak from one area's tests into another's.
TEST_DIRS := $(sort $(dir $(wildcard tests/*/__init__.py)))

pytest: $(STAMP) i18n
ifdef PYTEST_ARGS
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)
else
	@failed=""; for dir in $(TEST_DIRS); do \
		echo "== $$dir"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_OPTS) $$dir || failed="$$failed $$dir"; \
	done; \
	if [ -n "$$failed" ]; then echo "FAILED in:$$failed"; exit 1; fi
endif

## The same, each folder in a shuffled order (the seed is printed: `-p random_order
## --random-order-seed=N` replays it).
test-shuffled: check
	$(MAKE) pytest PYTEST_OPTS="--random-order-bucket=global"

## Nightly-style: the portal's schemathesis and hypothesis fuzzing with many more examples.
test-long: $(STAMP) i18n
	CONTRACT_EXAMPLES_FACTOR=20 FUZZ_EXAMPLES=2000 QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest -q -p no:timeout tests/portal/test_contract.py tests/portal/test_fuzz.py

## Benchmarks (not part of the test suite): prints ratios against a bare PySide6 window.
bench: $(STAMP) i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(ARGS)

## Screen tour: one PNG per screen and step, in tour/<lang>/.
tour: $(STAMP) i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/assist-desk tour --out tour $(ARGS)

## Self-contained bundle in dist/assist-desk/ (PyInstaller), then its smoke test.
BUNDLE_STAMP := $(VENV)/.bundle-installed
$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(BIN)/python packaging/build.py $(ARGS)

bundle-smoke: $(STAMP)
	$(BIN)/python packaging/smoke.py dist/assist-desk

clean:
	rm -rf $(VENV) build dist *.egg-info i18n/*.qm
