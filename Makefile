# banwatch: `make demo` runs the DAGs offline on the bundled demo data; `make test`
# runs the whole test suite. Both install what they need first (uv + uv.lock).
SHELL := /bin/bash
PYTHON ?= python3
UV := .tools/bin/uv
PY := .venv/bin/python
UV_VERSION := 0.13.8

export AIRFLOW_HOME := $(CURDIR)/.airflow
export AIRFLOW__CORE__DAGS_FOLDER := $(CURDIR)/dags
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export UV_COMPILE_BYTECODE := 1

.PHONY: install demo test lint bench airflow-setup clean

install: .venv/.installed

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

.venv/.installed: uv.lock pyproject.toml $(UV)
	$(UV) sync --frozen --compile-bytecode --python $(PYTHON)
	touch $@

demo: install
	$(PY) -m banwatch.demo

test: install
	$(PY) -m pytest -q

lint: install
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy banwatch extractors transforms warehouse dags

bench: install
	$(PY) benchmarks/bench.py

airflow-setup: install
	$(PY) -c "from pathlib import Path; from banwatch import airflow_env; airflow_env.ensure_metadata_db(Path('$(AIRFLOW_HOME)'))"

clean:
	rm -rf .airflow data
