"""Setting up a project-local Airflow (metadata DB, pool) for the demo and tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from banwatch.settings import DEFAULT_DB, Settings

PROJECT = Path(__file__).resolve().parents[1]
DAGS_FOLDER = PROJECT / "dags"
WAREHOUSE_POOL = "banwatch_duckdb"  # the one-slot pool of dags/banwatch_sources.py


def task_settings() -> Settings:
    """Settings for a task: without BANWATCH_DB, the project's data/banwatch.duckdb
    (a task's working directory is not the project's)."""
    return Settings.from_env(os.environ.get("BANWATCH_DB") or PROJECT / DEFAULT_DB)


def configure(home: Path) -> None:
    """Point Airflow at `home` and this project's DAGs; call before importing airflow."""
    os.environ["AIRFLOW_HOME"] = str(home)
    os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(DAGS_FOLDER)
    os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
    os.environ.setdefault("AIRFLOW__CORE__UNIT_TEST_MODE", "False")
    os.environ.setdefault("AIRFLOW__LOGGING__LOGGING_LEVEL", "WARNING")


def _airflow(*args: str) -> None:
    exe = Path(sys.executable).with_name("airflow")
    done = subprocess.run([str(exe), *args], capture_output=True, text=True, env=os.environ)
    if done.returncode != 0:
        raise RuntimeError(f"airflow {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")


def ensure_metadata_db(home: Path) -> None:
    """Migrate Airflow's metadata DB and create the warehouse pool (once per home)."""
    configure(home)
    stamp = home / ".banwatch-setup"
    if stamp.exists():
        return
    home.mkdir(parents=True, exist_ok=True)
    _airflow("db", "migrate")
    _airflow("pools", "set", WAREHOUSE_POOL, "1", "banwatch: one DuckDB writer at a time")
    stamp.write_text("migrated\n")
