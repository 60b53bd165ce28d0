# Common tasks. Each target sets up the virtualenv first if it is missing or out of date.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: install demo test fast lint check run clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

install: $(VENV)/.installed

# The lint tools, pinned in the `lint` extra, go into the same virtualenv (a separate stamp: `make test` does not need them).
$(VENV)/.lint-installed: $(VENV)/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,lint]'
	touch $@

demo: install            ## the real pipeline on fourteen fictional messages, no mail account
	$(PY) run.py demo

# On every core (pytest-xdist), each worker with its own Dovecot, ports and folders. worksteal: a worker that runs
# out takes tests queued for the other, so the few long tests (the kill test, the weights check) do not leave a core
# idle at the end. Give PYTEST_WORKERS=0 to run in one process.
PYTEST_WORKERS ?= auto
XDIST := -n $(PYTEST_WORKERS) --dist worksteal

test: install            ## the whole suite, against a real Dovecot and SMTP server
	$(PY) -m pytest $(XDIST)

fast: install            ## the tests that need no servers (no Dovecot, SMTP or browser): a minute or two
	$(PY) -m pytest $(XDIST) -m 'not servers'

lint: $(VENV)/.lint-installed   ## formatting, lint rules, types, and the layer rules between the package's folders
	@failed=""; for tool in "ruff format --check" "ruff check" mypy lint-imports; do \
	  echo "== $$tool"; $(VENV)/bin/$$tool || failed="$$failed, $$tool"; \
	done; if [ -n "$$failed" ]; then echo "lint failed: $${failed#, }"; exit 1; fi

check: install           ## validate rules.yaml
	$(PY) run.py rules check

run: install             ## the long-running agent, with settings from .env
	$(PY) run.py run

clean:
	rm -rf $(VENV) var .pytest_cache
