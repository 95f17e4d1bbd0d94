"""One ingestion DAG per registered source: fetch -> parse -> load -> report.

Thin wiring only: every task calls a function of `banwatch.pipeline` (the CLI calls
the same ones) and passes source ids, run ids, paths and counts, never records.
Parsing this file reads the packaged source YAMLs; it touches no network or database.
"""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

import pendulum
from airflow.sdk import DAG, get_current_context, get_parsing_context, task
from airflow.sdk.exceptions import AirflowFailException

from banwatch import pipeline
from banwatch.airflow_env import WAREHOUSE_POOL, task_settings
from banwatch.alerting.assets import warehouse_asset
from transforms.registry import SourceConfig, all_sources

# Load and report write to the one DuckDB file: they share a one-slot pool
# (created by `make airflow-setup` and the demo) so writers never overlap.
RETRIES = int(os.environ.get("BANWATCH_TASK_RETRIES", "2"))


def _run_id() -> str:
    return str(get_current_context()["run_id"])


def build_dag(config: SourceConfig) -> DAG:
    sid = config.id
    with DAG(
        dag_id=f"banwatch_{sid}",
        description=config.title,
        schedule=config.schedule,
        start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
        catchup=False,
        max_active_runs=1,
        tags=["banwatch", config.kind, *config.tags],
        default_args={
            "retries": RETRIES,
            "retry_delay": timedelta(minutes=5),
            "retry_exponential_backoff": True,
            # no step may hang the DAG: httpx's timeout is per read, not per download
            "execution_timeout": timedelta(minutes=30),
        },
        doc_md=f"**{config.title}** ({config.publisher}). Source id `{sid}`.",
    ) as dag:

        @task(task_id="fetch")
        def fetch() -> dict[str, Any]:
            return pipeline.fetch(sid, _run_id(), task_settings())

        @task(task_id="parse", retries=0)  # parsing the same bytes again cannot help
        def parse(fetched: Any) -> dict[str, Any]:
            return pipeline.parse(sid, _run_id(), task_settings())

        @task(task_id="load", pool=WAREHOUSE_POOL, outlets=[warehouse_asset(sid)])
        def load(parsed: Any) -> dict[str, Any]:
            return pipeline.load(sid, _run_id(), task_settings())

        # Runs whatever happened upstream so that failures are recorded in
        # `snapshots`; it then fails the run if any step failed. Retrying it is safe
        # (a fetch is recorded once) and covers a warehouse lock held too long.
        @task(task_id="report", pool=WAREHOUSE_POOL, trigger_rule="all_done")
        def report() -> dict[str, Any]:
            try:
                return pipeline.report(sid, _run_id(), task_settings())
            except pipeline.PipelineError as exc:  # a step failed: recorded, no retry
                raise AirflowFailException(str(exc)) from exc

        load(parse(fetch())) >> report()
    return dag


# Workers parse this file to run one task: build only that task's DAG (Airflow's
# parsing context); the scheduler and dag processor see every DAG.
_only = get_parsing_context().dag_id
for _sid, _config in all_sources().items():
    if _only is None or _only == f"banwatch_{_sid}":
        globals()[f"banwatch_{_sid}"] = build_dag(_config)
