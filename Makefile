# Porte-voix: `make run` serves the demo academy, `make test` runs the whole suite.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
# pytest-xdist processes for the suite (4 by default on 2 cores: many tests wait on servers,
# browsers and subprocesses; TEST_WORKERS=0 runs it in one process).
TEST_WORKERS ?= 4
export DJANGO_SETTINGS_MODULE ?= lms.settings.dev

.PHONY: run test test-postgres bench lint format messages compilemessages install system-deps system-deps-test lrs-tools clean

$(VENV)/.installed: pyproject.toml requirements/lock.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -c requirements/lock.txt -e '.[dev]'
	touch $@

install: $(VENV)/.installed

system-deps:
	scripts/system-deps.sh runtime

system-deps-test:
	scripts/system-deps.sh test

# The strict xAPI LRS the tests start (npm xapi-statements, a test tool, never shipped).
lrs-tools:
	scripts/lrs-tools.sh

compilemessages: install
	$(PY) manage.py compilemessages -v0 --ignore=.venv

run: install system-deps compilemessages
	mkdir -p var
	$(PY) manage.py migrate --no-input -v0
	$(PY) manage.py load_demo
	@echo "Porte-voix is serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install system-deps-test lrs-tools compilemessages
	mkdir -p var
	DJANGO_SETTINGS_MODULE=lms.settings.test $(PY) -m pytest -p no:randomly -n $(TEST_WORKERS) $(PYTEST_ARGS)

# The same suite on PostgreSQL (the machine's server, database `test`, trust auth).
test-postgres: install system-deps-test lrs-tools compilemessages
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} DJANGO_SETTINGS_MODULE=lms.settings.test $(PY) -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

# The last step, the load run (tests/bench/load.py), always runs on PostgreSQL with gunicorn
# and db_worker; it takes LOAD_ARGS, not BENCH_ARGS: make bench LOAD_ARGS="--users 10 --seconds 10"
bench: install compilemessages
	DJANGO_SETTINGS_MODULE=lms.settings.test $(PY) tests/bench/run.py $(BENCH_ARGS)
	DJANGO_SETTINGS_MODULE=lms.settings.test $(PY) tests/bench/quiz_bench.py $(BENCH_ARGS)
	DJANGO_SETTINGS_MODULE=lms.settings.test $(PY) tests/bench/tracking_bench.py $(BENCH_ARGS)
	DJANGO_SETTINGS_MODULE=lms.settings.test $(PY) tests/bench/delivery_bench.py $(BENCH_ARGS)
	DJANGO_SETTINGS_MODULE=lms.settings.test $(PY) tests/bench/certificate_bench.py $(BENCH_ARGS)
	DJANGO_SETTINGS_MODULE=lms.settings.test $(PY) tests/bench/leaderboard_bench.py $(BENCH_ARGS)
	DJANGO_SETTINGS_MODULE=lms.settings.test $(PY) tests/bench/export_bench.py $(BENCH_ARGS)
	DJANGO_SETTINGS_MODULE=lms.settings.test $(PY) tests/bench/api_bench.py $(BENCH_ARGS)
	DJANGO_SETTINGS_MODULE=lms.settings.test $(PY) tests/bench/import_bench.py $(BENCH_ARGS)
	DJANGO_SETTINGS_MODULE=lms.settings.test $(PY) tests/bench/load.py $(LOAD_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

messages: install
	$(PY) manage.py makemessages -l fr --ignore=.venv --ignore=tests --ignore=var --ignore=tools --no-obsolete

clean:
	rm -rf var/test-media
