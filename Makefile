# assist_desk — the two commands of the README are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run system-check test test-fast test-shuffled test-long a11y-series shuffled-series check lint pytest bench tour screenshots i18n clean bundle bundle-smoke

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

# The whole suite in one pytest process per worker (pytest-xdist, one worker per CPU
# core, each with its own QApplication). Tests are handed out one at a time
# (worksteal), so the long ones (tours, 200 % layouts) spread over the workers. No
# folder needs a process of its own: Qt state a test leaves (translators, the style
# sheet, widgets awaiting deletion) is reset by the shared fixtures, and
# `make test-shuffled` checks that the order does not matter. One worker more than
# the CPU cores: a third of the suite's time is waiting (the kiosk's 30 s idle timer on
# the AT-SPI bus, the portal's deadlines, the tours' child processes), which a third
# worker fills on 2 cores (302 s -> 215 s; issue 13 §5).
WORKERS ?= $(shell expr $$(nproc) + 1)
PYTEST  := QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
XDIST   := -n $(WORKERS) --dist worksteal

pytest: $(STAMP) i18n
ifdef PYTEST_ARGS
	$(PYTEST) $(PYTEST_ARGS)
else
	$(PYTEST) -q $(XDIST) $(PYTEST_OPTS) tests
endif

## The edit-test loop (under 90 s): the core, portal client, content, places,
## translations and packaging tests, without the ones that start the whole
## application (marker `app`) or take long (marker `slow`). Not a substitute for `make test`.
FAST_DIRS := tests/unit tests/flows tests/content tests/places tests/portal tests/i18n tests/packaging

test-fast: $(STAMP) i18n
	$(PYTEST) -q $(XDIST) -m "not app and not slow" $(PYTEST_OPTS) $(FAST_DIRS)

## The same suite in a shuffled order across all folders. The seed is printed;
## `make test-shuffled SEED=N` replays that order.
ifndef SEED
SEED := $(shell od -An -N3 -tu4 /dev/urandom | tr -d ' ')
endif

test-shuffled: check
	@echo "== test order shuffled with SEED=$(SEED) (make test-shuffled SEED=$(SEED) replays it)"
	$(MAKE) pytest PYTEST_OPTS="--random-order-bucket=global --random-order-seed=$(SEED) $(PYTEST_OPTS)"

## Issue 13 §1's repetition series (not part of `make test`): tests/a11y N times in a
## row (default 20), and the whole suite N times in a new shuffled order each (default 5).
## One fresh pytest process per run; one line per run (pass, fail or crash, with the
## counts and the seed), then the totals. Logs, with faulthandler's trace of a crash, in
## out/a11y-series/ and out/shuffled-series/. Niced: it leaves the machine usable.
a11y-series: N ?= 20
a11y-series: $(STAMP) i18n
	nice -n 10 $(BIN)/python scripts/repeat_tests.py --runs $(N) --logs out/a11y-series -- tests/a11y

shuffled-series: N ?= 5
shuffled-series: $(STAMP) i18n
	nice -n 10 $(BIN)/python scripts/repeat_tests.py --runs $(N) --shuffle $(if $(SEED),--seed $(SEED)) \
		--logs out/shuffled-series -- $(XDIST) tests

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

## As root, SMOKE_USER=<an ordinary user> runs it again as that user: Chromium's sandbox ON.
bundle-smoke: $(STAMP)
	$(BIN)/python packaging/smoke.py dist/assist-desk
	$(if $(SMOKE_USER),runuser -u $(SMOKE_USER) -- python3 packaging/smoke.py dist/assist-desk --out /tmp/assist-desk-smoke-$(SMOKE_USER))

clean:
	rm -rf $(VENV) build dist *.egg-info i18n/*.qm
