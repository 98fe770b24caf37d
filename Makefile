# Two commands matter: `make run` and `make test`. Everything else is a helper.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# The first Python 3.12+ on PATH (pyenv shims honour .python-version).
PYTHON ?= $(shell for p in python3.13 python3.12 python3.14 python3 python; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null \
	&& { echo $$p; break; }; done)

.PHONY: help run serve test test-browser browser-deps lint format migrate install messages makemessages clean

help:
	@echo "make run      set up and serve on http://127.0.0.1:$(PORT) (PORT=NNNN to change)"
	@echo "make test     run the whole test suite"
	@echo "make test-browser  real-browser journeys in headless Chromium (screenshots and axe"
	@echo "              results in tests/browser/artifacts/)"
	@echo "make lint     ruff check and format check"
	@echo "make format   ruff format and fix"
	@echo "make migrate  apply database migrations"
	@echo "make serve    production-style gunicorn server (set SECRET_KEY, ALLOWED_HOSTS)"

$(BIN)/.installed: requirements.lock pyproject.toml
	@if [ -z "$(PYTHON)" ]; then \
		echo "error: Python 3.12 or newer is needed and none was found on PATH." >&2; \
		echo "Install it (https://www.python.org/downloads/) or run: make PYTHON=/path/to/python3.12" >&2; \
		exit 1; fi
	@if [ ! -x $(BIN)/python ] || ! $(BIN)/python -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then \
		rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); fi
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	@touch $@

install: $(BIN)/.installed

migrate: install
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py migrate --noinput

messages: install
	cd $(CURDIR) && DEBUG=1 $(BIN)/python manage.py compilemessages --ignore=.venv -v0

# Refresh the French catalogue from the code (then translate, `make messages`, commit both
# locale/fr/LC_MESSAGES/django.po and django.mo; tests/test_french_catalogue.py checks them).
makemessages: install
	cd $(CURDIR) && DEBUG=1 $(BIN)/python manage.py makemessages -l fr --ignore=.venv \
		--ignore=tests --ignore=node_modules --ignore=staticfiles --no-obsolete --add-location=file

run: install
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py migrate --noinput
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py load_resources
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

serve: install
	$(BIN)/python manage.py collectstatic --noinput -v0
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_resources
	$(BIN)/gunicorn config.wsgi --bind 127.0.0.1:$(PORT) --workers $${WEB_CONCURRENCY:-3}

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Chromium comes from Debian's package (Playwright's own download is not used), axe-core
# from the npm registry; both are installed here when missing.
browser-deps: install
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Debian's chromium package..."; \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
		else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; fi; }
	@test -f tests/browser/node_modules/axe-core/axe.min.js || \
		(cd tests/browser && npm ci --no-audit --no-fund --silent)

test-browser: browser-deps
	SECURE_SSL_REDIRECT=0 $(BIN)/python -m pytest tests/browser -m browser $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
