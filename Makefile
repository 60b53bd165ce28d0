# Common tasks. Each target sets up the virtualenv first if it is missing or out of date.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: install demo test check run clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: install            ## the real pipeline on fourteen fictional messages, no mail account
	$(PY) run.py demo

test: install            ## the whole suite, against a real Dovecot and SMTP server
	$(PY) -m pytest

check: install           ## validate rules.yaml
	$(PY) run.py rules check

run: install             ## the long-running agent, with settings from .env
	$(PY) run.py run

clean:
	rm -rf $(VENV) var .pytest_cache
