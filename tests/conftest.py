"""Test-wide set-up: a project-local Airflow home, set before anything imports airflow."""

from __future__ import annotations

import os
from pathlib import Path

from banwatch import airflow_env

AIRFLOW_TEST_HOME = Path(__file__).resolve().parents[1] / ".airflow" / "test-home"
airflow_env.configure(AIRFLOW_TEST_HOME)
os.environ["BANWATCH_TASK_RETRIES"] = "0"  # dag.test() would otherwise wait out retry delays
for var in ("BANWATCH_DB", "BANWATCH_DATA_DIR", "BANWATCH_MIRROR"):
    os.environ.pop(var, None)
