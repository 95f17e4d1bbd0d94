"""Alerts DAG: generate -> send, after any source's load, and hourly.

Scheduled on the union of the sources' warehouse assets, or a clock: a failed fetch
emits no asset event and a stale source none at all, yet both must alert. Thin
wiring only (banwatch.alerting.deliver; the CLI calls the same functions). Rules come
from $BANWATCH_ALERTS; without it the tasks are skipped. Both tasks write to DuckDB,
so they share the one-slot pool with the loads.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pendulum
from airflow.sdk import DAG, AssetAny, AssetOrTimeSchedule, CronTriggerTimetable, task
from airflow.sdk.exceptions import AirflowSkipException

from banwatch.airflow_env import WAREHOUSE_POOL, task_settings
from banwatch.alerting import deliver
from banwatch.alerting.assets import warehouse_asset
from banwatch.alerting.channels import Secrets
from banwatch.alerting.rules import ENV_RULES, AlertsConfig, load_rules, rules_path
from transforms.registry import all_sources

RETRIES = int(os.environ.get("BANWATCH_TASK_RETRIES", "2"))
CLOCK = os.environ.get("BANWATCH_ALERTS_CRON", "0 * * * *")


def _config() -> AlertsConfig:
    if not os.environ.get(ENV_RULES):
        raise AirflowSkipException(f"${ENV_RULES} is not set: no alert rules")
    return load_rules(rules_path(), known_sources=all_sources())


with DAG(
    dag_id="banwatch_alerts",
    description="Alert rules on new changes and source health; delivery",
    schedule=AssetOrTimeSchedule(
        timetable=CronTriggerTimetable(CLOCK, timezone="UTC"),
        assets=AssetAny(*(warehouse_asset(sid) for sid in all_sources())),
    ),
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    tags=["banwatch", "alerts"],
    default_args={
        "retries": RETRIES,
        "retry_delay": timedelta(minutes=2),
        "retry_exponential_backoff": True,
    },
    doc_md=__doc__,
) as dag:

    @task(task_id="generate", pool=WAREHOUSE_POOL)
    def generate() -> int:
        return deliver.generate(task_settings().db, _config())

    # Fails when a delivery failed (alerts stay pending), so Airflow retries it.
    @task(task_id="send", pool=WAREHOUSE_POOL)
    def send() -> dict[str, int]:
        result = deliver.send_pending(task_settings().db, _config(), secrets=Secrets(airflow=True))
        if result.failed:
            raise RuntimeError(f"{result.failed} alert deliveries failed; still pending")
        return {"delivered": result.delivered, "pending": result.pending}

    generate() >> send()
