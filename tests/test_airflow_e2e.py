"""A real Airflow `dag.test()` of the generated DAG against a local HTTP server."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from banwatch import airflow_env
from banwatch.demo import DEMO_DATA, StaticServer, serve
from tests.conftest import AIRFLOW_TEST_HOME
from warehouse.db import connect

pytestmark = pytest.mark.airflow
SID = "us_ofac_sdn"
EXPECTED = json.loads((DEMO_DATA / "expected.json").read_text())[SID]


@pytest.fixture(scope="module")
def dag() -> Any:
    airflow_env.ensure_metadata_db(AIRFLOW_TEST_HOME)
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(airflow_env.DAGS_FOLDER))
    assert bag.import_errors == {}
    return bag.dags[f"banwatch_{SID}"]


@pytest.fixture
def www(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[StaticServer, Path]]:
    root = tmp_path / "www"
    shutil.copytree(DEMO_DATA / "day1", root)
    with serve(root) as server:
        monkeypatch.setenv("BANWATCH_MIRROR", server.url)
        monkeypatch.setenv("BANWATCH_DB", str(tmp_path / "data" / "banwatch.duckdb"))
        yield server, root


def state(run: Any) -> str:
    return str(run.state).rsplit(".", 1)[-1].lower()


def test_dag_day1_day2_and_failure(
    dag: Any, www: tuple[StaticServer, Path], tmp_path: Path
) -> None:
    db = tmp_path / "data" / "banwatch.duckdb"
    assert state(dag.test()) == "success"
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM ban_records").fetchone() == (
            EXPECTED["day1_count"],
        )
    # the raw files were archived content-addressed
    archived = list((tmp_path / "data" / "raw" / SID).glob("*.csv"))
    assert len(archived) == 4

    shutil.rmtree(www[1] / SID)
    shutil.copytree(DEMO_DATA / "day2" / SID, www[1] / SID)
    assert state(dag.test()) == "success"
    with connect(db, read_only=True) as con:
        got = dict(
            con.execute(
                "SELECT change, list(record_id ORDER BY record_id) FROM changes"
                " WHERE snapshot_id = (SELECT max(snapshot_id) FROM snapshots) GROUP BY change"
            ).fetchall()
        )
        before = con.execute(
            "SELECT * FROM ban_record_versions ORDER BY source, record_id, version"
        ).fetchall()
    assert got == {k: sorted(map(str, EXPECTED[k])) for k in ("added", "removed", "modified")}

    # An HTML error page served with 200: the run fails, the failure is recorded,
    # and nothing already stored changes.
    (www[1] / SID / "SDN.CSV").write_text("<html><body>Access denied</body></html>")
    assert state(dag.test()) == "failed"
    with connect(db, read_only=True) as con:
        after = con.execute(
            "SELECT * FROM ban_record_versions ORDER BY source, record_id, version"
        ).fetchall()
        last = con.execute(
            "SELECT status, error FROM snapshots ORDER BY snapshot_id DESC LIMIT 1"
        ).fetchone()
    assert after == before
    assert last is not None and last[0] == "parse_failed" and SID in last[1]
