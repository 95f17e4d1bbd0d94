"""DAG integrity: every registered source has a DAG that imports cleanly and is wired right."""

from __future__ import annotations

from typing import Any

import pytest

from transforms.registry import all_sources


@pytest.fixture(scope="module")
def dagbag() -> Any:
    from airflow.dag_processing.dagbag import DagBag

    from banwatch.airflow_env import DAGS_FOLDER

    return DagBag(dag_folder=str(DAGS_FOLDER))


def test_no_import_errors(dagbag: Any) -> None:
    assert dagbag.import_errors == {}


def test_one_dag_per_source(dagbag: Any) -> None:
    assert set(dagbag.dag_ids) >= {f"banwatch_{sid}" for sid in all_sources()}


@pytest.mark.parametrize("source_id", sorted(all_sources()))
def test_dag_shape(dagbag: Any, source_id: str) -> None:
    config = all_sources()[source_id]
    dag = dagbag.dags[f"banwatch_{source_id}"]
    assert set(dag.task_ids) == {"fetch", "parse", "load", "report"}
    assert dag.catchup is False
    assert dag.max_active_runs == 1
    assert "banwatch" in dag.tags
    assert dag.timetable.expression == config.schedule
    fetch, parse, load, report = (dag.get_task(t) for t in ("fetch", "parse", "load", "report"))
    assert fetch.downstream_task_ids == {"parse"}
    assert parse.downstream_task_ids == {"load"}
    assert load.downstream_task_ids == {"report"}
    assert report.trigger_rule == "all_done"
    assert load.pool == report.pool == "banwatch_duckdb"
    assert fetch.retries >= 0 and parse.retries == 0
    assert load.outlets, "load must emit the source's warehouse asset"


def test_retries_default_to_two_outside_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    import dags.banwatch_sources as module  # type: ignore[import-not-found]

    monkeypatch.delenv("BANWATCH_TASK_RETRIES")
    reloaded = importlib.reload(module)
    try:
        dag = reloaded.build_dag(next(iter(all_sources().values())))
        assert dag.get_task("fetch").retries == 2
        assert dag.get_task("load").retries == 2
    finally:
        monkeypatch.setenv("BANWATCH_TASK_RETRIES", "0")
        importlib.reload(module)


def test_a_worker_parses_only_its_dag(monkeypatch: pytest.MonkeyPatch) -> None:
    from airflow.dag_processing.dagbag import DagBag

    from banwatch.airflow_env import DAGS_FOLDER

    monkeypatch.setenv("_AIRFLOW_PARSING_CONTEXT_DAG_ID", "banwatch_us_ofac_sdn")
    bag = DagBag(dag_folder=str(DAGS_FOLDER))
    assert bag.import_errors == {}
    assert {d for d in bag.dag_ids if d.startswith("banwatch_")} <= {
        "banwatch_us_ofac_sdn",
        "banwatch_alerts",
    }
    assert "banwatch_us_ofac_sdn" in bag.dag_ids
