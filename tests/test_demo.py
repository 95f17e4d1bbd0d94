"""`make demo` end to end: every source through Airflow, day 1 then day 2, then again."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from banwatch import airflow_env
from banwatch.demo import DEMO_DATA
from tests.conftest import AIRFLOW_TEST_HOME
from warehouse.db import connect

pytestmark = pytest.mark.airflow
EXPECTED = json.loads((DEMO_DATA / "expected.json").read_text())


def run_demo(tmp_path: Path) -> str:
    env = dict(os.environ)
    env.update(
        BANWATCH_DB=str(tmp_path / "data" / "banwatch.duckdb"),
        BANWATCH_ALERTS=str(tmp_path / "alerts.yml"),
        AIRFLOW_HOME=str(AIRFLOW_TEST_HOME),
    )
    done = subprocess.run(
        [sys.executable, "-m", "banwatch.demo"],
        env=env,
        capture_output=True,
        text=True,
        cwd=airflow_env.PROJECT,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_demo_plays_day1_day2_then_reports_unchanged(tmp_path: Path) -> None:
    airflow_env.ensure_metadata_db(AIRFLOW_TEST_HOME)
    shutil.copy(airflow_env.PROJECT / "alerts.yml", tmp_path / "alerts.yml")
    db = tmp_path / "data" / "banwatch.duckdb"
    first = run_demo(tmp_path)
    lists = {sid: exp for sid, exp in EXPECTED.items() if exp.get("kind") != "feed"}
    feeds = {sid: exp for sid, exp in EXPECTED.items() if exp.get("kind") == "feed"}
    with connect(db, read_only=True) as con:
        for sid, exp in feeds.items():
            # every item ever seen is kept; an item that scrolled out is not a removal
            items = con.execute(
                "SELECT list(item_id ORDER BY item_id) FROM announcements WHERE source = ?", [sid]
            ).fetchone()
            assert items == (sorted(set(exp["day1_items"]) | set(exp["day2_items"])),), sid
            removed = con.execute(
                "SELECT count(*) FROM changes WHERE source = ? AND change = 'removed'", [sid]
            ).fetchone()
            assert removed == (0,), sid
        for sid, exp in lists.items():
            counts = con.execute(
                "SELECT count(*) FROM ban_records WHERE source = ?", [sid]
            ).fetchone()
            assert counts == (exp["day2_count"],), sid
            last = con.execute(
                "SELECT max(snapshot_id) FROM snapshots WHERE source = ? AND status = 'loaded'",
                [sid],
            ).fetchone()
            got = dict(
                con.execute(
                    "SELECT change, list(record_id ORDER BY record_id) FROM changes"
                    " WHERE snapshot_id = ? GROUP BY change",
                    [last[0] if last else None],
                ).fetchall()
            )
            want = {k: sorted(exp[k]) for k in ("added", "removed", "modified") if exp[k]}
            assert got == want, sid
        alerts = dict(con.execute("SELECT change, count(*) FROM alerts GROUP BY change").fetchall())
    assert alerts["removed"] == sum(len(e["removed"]) for e in lists.values())
    assert alerts["modified"] == sum(len(e["modified"]) for e in lists.values())
    assert "added" in alerts
    assert (tmp_path / "data" / "alerts.jsonl").exists()
    assert "loaded" in first

    second = run_demo(tmp_path)
    assert "this run added 0 record versions, 0 changes and 0 alerts" in second
    for sid in EXPECTED:
        assert any(line.split()[:2] == [sid, "unchanged"] for line in second.splitlines()), sid
