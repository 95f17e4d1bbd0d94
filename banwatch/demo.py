"""`make demo`: play the bundled day 1 and day 2 through the real Airflow DAGs, offline.

A local HTTP server on 127.0.0.1 serves `demo/data/<day>/<source id>/<file>` (with
ETags, so an unchanged day answers 304) and every DAG fetches from it through the
real extractor. Day 1 is played only into a warehouse that has never loaded the
source, so running the demo again reports every source unchanged.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
import warnings
from contextlib import contextmanager
from datetime import UTC, datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from banwatch import airflow_env
from banwatch.settings import Settings

DEMO_DATA = airflow_env.PROJECT / "demo" / "data"


class StaticServer(ThreadingHTTPServer):
    """Serves files below `root` (switchable) with strong ETags."""

    root: Path

    def __init__(self, root: Path) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.root = root

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: StaticServer

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        root = self.server.root.resolve()
        path = (root / self.path.split("?", 1)[0].lstrip("/")).resolve()
        if root not in path.parents or not path.is_file():
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        body = path.read_bytes()
        etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(HTTPStatus.OK)
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Type", "application/octet-stream")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass


@contextmanager
def serve(root: Path) -> Any:
    server = StaticServer(root)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def loaded_sources(db: Path) -> set[str]:
    if not db.exists():
        return set()
    from warehouse.db import connect

    with connect(db, read_only=True) as con:
        rows = con.execute("SELECT DISTINCT source FROM snapshots WHERE status = 'loaded'")
        return {r[0] for r in rows.fetchall()}


def run_dags(source_ids: list[str], logical_label: str) -> dict[str, str]:
    """dag.test() each source's DAG; returns the run state per source."""
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(airflow_env.DAGS_FOLDER))
    if bag.import_errors:
        raise RuntimeError(f"DAG import errors: {bag.import_errors}")
    states = {}
    for sid in source_ids:  # "alerts" is the banwatch_alerts DAG
        dag = bag.dags.get(f"banwatch_{sid}")
        if dag is None:
            raise RuntimeError(f"no DAG for source {sid}")
        # dag.test() re-parses the DAG folder each time; with the parsing context set,
        # the factory builds just this DAG (as on a worker) instead of all of them.
        os.environ["_AIRFLOW_PARSING_CONTEXT_DAG_ID"] = dag.dag_id
        try:
            run = dag.test()
        finally:
            os.environ.pop("_AIRFLOW_PARSING_CONTEXT_DAG_ID", None)
        states[sid] = str(run.state)
    return states


def main() -> None:
    started = time.monotonic()
    # Airflow's own deprecation notices (starlette's is a UserWarning), not ours
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    airflow_env.ensure_metadata_db(Path(os.environ.get("AIRFLOW_HOME") or ".airflow").absolute())
    os.environ.setdefault("BANWATCH_TASK_RETRIES", "0")
    from transforms.registry import all_sources

    settings = Settings.from_env()
    sources = [s for s in all_sources() if (DEMO_DATA / "day1" / s).is_dir()]
    before = _counts(settings.db)
    fresh = [s for s in sources if s not in loaded_sources(settings.db)]
    with serve(DEMO_DATA / "day1") as server:
        os.environ["BANWATCH_MIRROR"] = server.url
        after_day1 = None
        if fresh:
            print(f"day 1: {', '.join(fresh)} (served from {server.url})")
            _check(run_dags(fresh, "day1"))
            after_day1 = datetime.now(UTC)
        server.root = DEMO_DATA / "day2"
        print(f"day 2: {', '.join(sources)}")
        _check(run_dags(sources, "day2"))
    # dag.test() does not trigger asset consumers (the scheduler does): run the alerts
    # DAG explicitly, with the example rules, which write to data/alerts.jsonl.
    os.environ.setdefault("BANWATCH_ALERTS", str(airflow_env.PROJECT / "alerts.yml"))
    print("alerts: banwatch_alerts")
    _check(run_dags(["alerts"], "alerts"))
    _summary(settings, sources, before, time.monotonic() - started, after_day1)


def _check(states: dict[str, str]) -> None:
    failed = {s: st for s, st in states.items() if not st.endswith("success")}
    if failed:
        raise SystemExit(f"demo: DAG runs failed: {failed} (see `banwatch sources`)")


def _counts(db: Path) -> dict[str, int]:
    if not db.exists():
        return {"versions": 0, "changes": 0, "snapshot": 0, "alerts": 0}
    from warehouse.db import connect

    with connect(db, read_only=True) as con:
        row = con.execute(
            "SELECT (SELECT count(*) FROM ban_record_versions), (SELECT count(*) FROM changes),"
            " (SELECT coalesce(max(snapshot_id), 0) FROM snapshots),"
            " (SELECT count(*) FROM alerts)"
        ).fetchone()
    assert row is not None
    return {
        "versions": int(row[0]),
        "changes": int(row[1]),
        "snapshot": int(row[2]),
        "alerts": int(row[3]),
    }


def _summary(
    settings: Settings,
    sources: list[str],
    before: dict[str, int],
    took: float,
    after_day1: datetime | None,
) -> None:
    from warehouse.db import connect

    after = _counts(settings.db)
    with connect(settings.db, read_only=True) as con:
        # The latest snapshot of each source (day 2), with its change counts.
        rows = con.execute(
            """
            SELECT s.source, s.status, (SELECT count(*) FROM ban_records r
                                        WHERE r.source = s.source) AS records,
                   coalesce(s.added, 0), coalesce(s.removed, 0), coalesce(s.modified, 0),
                   coalesce(s.relisted, 0)
            FROM snapshots s
            QUALIFY row_number() OVER (PARTITION BY s.source ORDER BY s.snapshot_id DESC) = 1
            """
        ).fetchall()
    latest = {r[0]: r[1:] for r in rows}
    print("\nbanwatch demo summary (latest snapshot per source)")
    print(
        f"  {'source':<24} {'status':<10} {'records':>7} {'added':>6} {'removed':>8} "
        f"{'modified':>9} {'relisted':>9}"
    )
    for sid in sources:
        status, records, added, removed, modified, relisted = latest[sid]
        print(
            f"  {sid:<24} {status:<10} {records:>7} {added:>6} {removed:>8} {modified:>9}"
            f" {relisted:>9}"
        )
    print(
        f"  {len(sources)} sources; this run added {after['versions'] - before['versions']}"
        f" record versions, {after['changes'] - before['changes']} changes and"
        f" {after['alerts'] - before['alerts']} alerts in {took:.1f}s"
    )
    print(f"alerts (rules in alerts.yml) are in {settings.data_dir / 'alerts.jsonl'}")
    print(f"\nwarehouse: {settings.db}")
    print("try:")
    print("  .venv/bin/banwatch sources")
    print("  .venv/bin/banwatch changes --source us_ofac_sdn")
    print("  .venv/bin/banwatch search kaspersky")
    print("  .venv/bin/banwatch links")
    if after_day1 is not None:  # as-of is observation time: what was known after day 1
        print(f"  .venv/bin/banwatch as-of {after_day1.strftime('%Y-%m-%dT%H:%M:%S.%fZ')}")
    print("  .venv/bin/banwatch alerts")
    print('  .venv/bin/banwatch sql "SELECT change, count(*) FROM changes GROUP BY ALL"')


if __name__ == "__main__":
    main()
