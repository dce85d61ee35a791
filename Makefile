# Two commands on a fresh machine: `make validate` and `make test`.
# Everything is installed into .venv from requirements.lock (exact pins).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: validate test test-all bench fuzz baseline docs docs-check lint lock clean browser

validate: $(STAMP)
	$(PY) -m validation run

# Accept the current findings: `run --baseline reports/baseline.json` then fails only on new ones.
baseline: $(STAMP)
	-$(PY) -m validation run --quiet
	$(PY) -m validation baseline

# on every core (pytest-xdist): about half the time on two
test: $(STAMP) browser
	$(PY) -m pytest -n auto

# The report is tested in a real browser: Debian's chromium and chromedriver, installed here
# when missing (as root, from Debian's packages); tests/test_browser.py skips, saying why, when
# they cannot be installed.
browser:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing Debian's chromium and chromium-driver for the browser test"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    chromium chromium-driver >/dev/null; \
	else echo "no chromium: the browser test will skip (apt-get install chromium chromium-driver)"; fi

# Includes the integration tests on ../shared/corpora (they skip when it is absent) and the
# slow ones (runs killed at every stage).
test-all: $(STAMP) browser
	$(PY) -m pytest -m ""

bench: $(STAMP)
	$(PY) -m benchmarks.run
	$(PY) -m benchmarks.incremental
	$(PY) -m benchmarks.check_startup
	$(PY) -m benchmarks.extract_speed
	$(PY) -m benchmarks.one_event
	$(PY) -m benchmarks.story_links
	$(PY) -m benchmarks.gx_compat

# Coverage-guided fuzzing (atheris) of the seed, JSONL and CSV loaders and the extractor, each
# for FUZZ_SECONDS; prints inputs tried and crashes found (kept in build/fuzz/crashes/).
FUZZ_SECONDS ?= 60
fuzz: $(STAMP)
	$(PY) -m benchmarks.fuzz --seconds $(FUZZ_SECONDS)

# README's CLI reference is generated from --help (cog); docs-check fails when it drifted.
docs: $(STAMP)
	$(PY) -m cogapp -r README.md

docs-check: $(STAMP)
	$(PY) -m cogapp --check README.md

lint: $(STAMP)
	$(PY) -m ruff check validation tests benchmarks
	$(VENV)/bin/actionlint .github/workflows/*.yml

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Re-resolve the pinned tree from pyproject.toml's direct pins (needs the package registry).
lock:
	rm -rf build/lock-venv && $(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/pip install --quiet -e '.[dev]'
	{ echo "# The whole dependency tree, pinned exactly (pip freeze of .[dev] on Python 3.11)."; \
	  echo "# Regenerate with: make lock"; \
	  build/lock-venv/bin/pip freeze --exclude-editable; echo "setuptools==84.2.1"; } > requirements.lock

clean:
	rm -rf $(VENV) build reports
