# Everything a new machine needs, from the project's own files.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export DEMO_PASSWORD ?= osib-demo-2026
# The address links are built from (canonical, hreflang, sitemap) is the one served.
SITE_HOST := $(if $(filter 0.0.0.0 ::,$(HOST)),localhost,$(HOST))

# Tests use PostgreSQL when DATABASE_URL is set or a server answers on 127.0.0.1:5432
# (one database per checkout, so parallel clones do not collide); SQLite otherwise.
PG_DB := osib_$(shell pwd | cksum | cut -d' ' -f1)
PG_URL := postgres://postgres@127.0.0.1:5432/$(PG_DB)

.PHONY: help install run run-s3 migrate demo test test-database test-sqlite bench lint messages clean

help:
	@echo "make run            set up everything and serve the site on http://$(HOST):$(PORT)/"
	@echo "make run-s3         the same, with media on a local S3-compatible server (moto)"
	@echo "make test           the whole suite: PostgreSQL (if it answers), then SQLite"
	@echo "make test-database  the whole suite on \$$DATABASE_URL"
	@echo "make test-sqlite    the whole suite on SQLite"
	@echo "make bench          every page type in gunicorn, cached and not, demo and 10,000 more pages"
	@echo "make lint           ruff (lint and format check)"
	@echo "make messages       refresh and compile the Danish UI translations (needs gettext)"
	@echo "make clean          remove the virtualenv, the SQLite database and local media"

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	SITE_URL=http://$(SITE_HOST):$(PORT) $(PY) manage.py load_demo_content

run: demo
	@echo
	@echo "  OS I BRANCHEN is running at http://$(HOST):$(PORT)/  (English: http://$(HOST):$(PORT)/en/)"
	@echo "  Admin: http://$(HOST):$(PORT)/admin/  (logins printed above)"
	@echo
	WAGTAILADMIN_BASE_URL=http://$(SITE_HOST):$(PORT) $(PY) manage.py runserver $(HOST):$(PORT)

# Media on a local S3-compatible server (home/local_s3.py), on a database of its own.
run-s3: install
	HOST=$(HOST) PORT=$(PORT) $(PY) -m home.local_s3

test: install
	@if [ -n "$$DATABASE_URL" ]; then \
		echo "== tests on DATABASE_URL"; $(MAKE) --no-print-directory test-database; \
	elif $(PY) -c "import socket,sys; s=socket.socket(); s.settimeout(1); sys.exit(s.connect_ex(('127.0.0.1',5432)))"; then \
		echo "== tests on PostgreSQL at 127.0.0.1:5432"; DATABASE_URL=$(PG_URL) $(MAKE) --no-print-directory test-database; \
	else \
		echo "== no PostgreSQL answers on 127.0.0.1:5432: running on SQLite only"; \
	fi
	@echo "== tests on SQLite (the default of make run), without the browser journeys"
	DATABASE_URL= $(PY) -m pytest -m "not browser" $(PYTEST_ARGS)

test-database: install
	$(PY) -m pytest $(PYTEST_ARGS)

test-sqlite: install
	DATABASE_URL= $(PY) -m pytest $(PYTEST_ARGS)

# gunicorn on a fresh database of its own (next to PostgreSQL's when it answers, as for
# the tests), media on a local S3 server, the page cache in Redis when it answers.
bench: install
	@if [ -z "$$DATABASE_URL" ] && $(PY) -c "import socket,sys; s=socket.socket(); s.settimeout(1); sys.exit(s.connect_ex(('127.0.0.1',5432)))"; then \
		export DATABASE_URL=$(PG_URL); fi; \
	$(PY) -m home.bench $(BENCH_ARGS)

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

messages: install
	$(PY) manage.py makemessages --locale da --ignore '.venv/*' --ignore 'test-artifacts/*' --no-obsolete
	$(PY) manage.py compilemessages --locale da --ignore '.venv/*'

clean:
	rm -rf $(VENV) db.sqlite3 db-s3.sqlite3 media staticfiles test-artifacts .pytest_cache
