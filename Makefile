# assist_desk — the two commands of the README are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-shuffled test-long check lint pytest bench tour screenshots i18n clean bundle bundle-smoke

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

i18n: $(STAMP)
	$(BIN)/python scripts/build_i18n.py compile

## Start the application (training mode on the embedded training portal by default).
run: $(STAMP) i18n
	$(BIN)/assist-desk $(ARGS)

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

## README screenshots (docs/screenshots/), regenerated from the tour: kiosk home in
## French, a wizard step in Arabic, the FAQ, the hand-off.
SHOTS := docs/screenshots
screenshots: $(STAMP) i18n
	rm -rf tour/shots && mkdir -p $(SHOTS)
	ASSIST_DESK_TRAINING_KIOSK=true QT_QPA_PLATFORM=offscreen $(BIN)/assist-desk tour --out tour/shots/kiosk --mode kiosk --lang fr --only home
	QT_QPA_PLATFORM=offscreen $(BIN)/assist-desk tour --out tour/shots/ar --lang ar --only account-02-prerequisites-1
	QT_QPA_PLATFORM=offscreen $(BIN)/assist-desk tour --out tour/shots/fr --lang fr --only offline-01
	QT_QPA_PLATFORM=offscreen $(BIN)/assist-desk tour --out tour/shots/handoff --lang fr --only request-10-vehicle
	cp tour/shots/kiosk/home.png $(SHOTS)/kiosk-home-fr.png
	cp tour/shots/ar/account-02-prerequisites-1-individual.png $(SHOTS)/wizard-step-ar.png
	cp tour/shots/fr/offline-01-faq.png $(SHOTS)/faq-fr.png
	cp tour/shots/handoff/request-10-vehicle_registration-handoff.png $(SHOTS)/handoff-fr.png

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
