"""The pipeline end to end (without Airflow) against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from banwatch import pipeline
from banwatch.cli import main as cli
from banwatch.demo import DEMO_DATA, StaticServer, serve
from banwatch.settings import Settings
from transforms.registry import get_source
from warehouse.db import connect

SID = "us_ofac_sdn"
EXPECTED = json.loads((DEMO_DATA / "expected.json").read_text())[SID]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[StaticServer, Path]]:
    root = tmp_path / "www"
    shutil.copytree(DEMO_DATA / "day1", root)
    with serve(root) as server:
        yield server, root


@pytest.fixture
def settings(tmp_path: Path, served: tuple[StaticServer, Path]) -> Settings:
    return Settings(
        db=tmp_path / "data" / "w.duckdb", data_dir=tmp_path / "data", mirror=served[0].url
    )


def table_counts(db: Path) -> tuple[int, int, int]:
    with connect(db, read_only=True) as con:
        row = con.execute(
            "SELECT (SELECT count(*) FROM ban_record_versions), (SELECT count(*) FROM changes),"
            " (SELECT count(*) FROM ban_records)"
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2])


def switch_day(root: Path, day: str) -> None:
    shutil.rmtree(root / SID)
    shutil.copytree(DEMO_DATA / day / SID, root / SID)


def test_day1_then_day2_then_unchanged(
    settings: Settings, served: tuple[StaticServer, Path]
) -> None:
    r1 = pipeline.ingest(SID, settings)
    assert (r1.status, r1.record_count, r1.added) == (
        "loaded",
        EXPECTED["day1_count"],
        EXPECTED["day1_count"],
    )
    switch_day(served[1], "day2")
    r2 = pipeline.ingest(SID, settings)
    assert r2.status == "loaded" and r2.record_count == EXPECTED["day2_count"]
    with connect(settings.db, read_only=True) as con:
        got = con.execute(
            "SELECT change, list(record_id ORDER BY record_id) FROM changes"
            " WHERE snapshot_id = ? GROUP BY change",
            [r2.snapshot_id],
        ).fetchall()
    assert dict(got) == {k: sorted(map(str, EXPECTED[k])) for k in ("added", "removed", "modified")}
    before = table_counts(settings.db)
    # Same content again: answered 304 (ETag), not parsed, nothing new stored.
    run_id = pipeline.new_run_id("again")
    pipeline.fetch(SID, run_id, settings)
    assert pipeline.parse(SID, run_id, settings)["skipped"] is True
    assert pipeline.load(SID, run_id, settings)["status"] == "unchanged"
    pipeline.report(SID, run_id, settings)
    manifest = pipeline.read_manifest(settings, SID, run_id)
    assert manifest["http_status"] == 304
    assert table_counts(settings.db) == before
    with connect(settings.db, read_only=True) as con:
        statuses = [
            r[0]
            for r in con.execute("SELECT status FROM snapshots ORDER BY snapshot_id").fetchall()
        ]
    assert statuses == ["loaded", "loaded", "unchanged"]


def test_html_error_page_is_a_parse_error_and_changes_nothing(
    settings: Settings, served: tuple[StaticServer, Path]
) -> None:
    pipeline.ingest(SID, settings)
    before = table_counts(settings.db)
    (served[1] / SID / "SDN.CSV").write_text(
        "<!DOCTYPE html><html><body><h1>Service unavailable</h1></body></html>"
    )
    with pytest.raises(pipeline.PipelineError, match=SID):
        pipeline.ingest(SID, settings)
    assert table_counts(settings.db) == before
    with connect(settings.db, read_only=True) as con:
        last = con.execute(
            "SELECT status, parse_status, error FROM snapshots ORDER BY snapshot_id DESC LIMIT 1"
        ).fetchone()
    assert last is not None and last[:2] == ("parse_failed", "failed")
    assert SID in last[2]


def test_fetch_failure_is_recorded(settings: Settings, served: tuple[StaticServer, Path]) -> None:
    (served[1] / SID / "ALT.CSV").unlink()  # 404 -> no retry, clear error
    with pytest.raises(pipeline.PipelineError, match="404"):
        pipeline.ingest(SID, settings)
    with connect(settings.db, read_only=True) as con:
        row = con.execute("SELECT status, parse_status, error FROM snapshots").fetchone()
    assert row is not None and row[0] == "fetch_failed" and "ALT.CSV" in row[2]


def test_count_assertion_failure_loads_nothing(
    settings: Settings, served: tuple[StaticServer, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(get_source(SID).counts, "min", EXPECTED["day1_count"] + 1)
    with pytest.raises(pipeline.PipelineError, match="outside the expected range"):
        pipeline.ingest(SID, settings)
    with connect(settings.db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM ban_record_versions").fetchone() == (0,)
        row = con.execute("SELECT status, error FROM snapshots").fetchone()
    assert row is not None and row[0] == "quarantined" and "count assertion" in row[1]


def test_empty_files_are_a_parse_error(
    settings: Settings, served: tuple[StaticServer, Path]
) -> None:
    for name in ("SDN.CSV", "ADD.CSV", "ALT.CSV", "SDN_COMMENTS.CSV"):
        (served[1] / SID / name).write_bytes(b"\x1a")  # only OFAC's Ctrl-Z: a broken export
    with pytest.raises(pipeline.PipelineError, match=SID):
        pipeline.ingest(SID, settings)
    with connect(settings.db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM ban_record_versions").fetchone() == (0,)


def test_cli_commands(settings: Settings, tmp_path: Path) -> None:
    runner = CliRunner()
    db = ["--db", str(settings.db)]
    env = {"BANWATCH_MIRROR": settings.mirror or ""}
    res = runner.invoke(cli, ["ingest", SID, *db], env=env)
    assert res.exit_code == 0, res.output
    res = runner.invoke(cli, ["ingest", SID, "--file", str(DEMO_DATA / "day2" / SID), *db])
    assert res.exit_code == 0, res.output
    res = runner.invoke(cli, ["sources", "--json", *db])
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    row = next(r for r in rows if r["source"] == SID)
    assert all(r["status"] == "never fetched" for r in rows if r["source"] != SID)
    assert row["source"] == SID and row["records"] == EXPECTED["day2_count"]
    assert row["status"] == "loaded"
    res = runner.invoke(cli, ["changes", "--json", "--source", SID, *db])
    changes = [json.loads(line) for line in res.stdout.splitlines()]
    kinds = {c["change"] for c in changes}
    assert kinds == {"added", "removed", "modified"}
    for c in changes:
        assert set(c) >= {"source", "record_id", "change", "fields", "snapshot"}
        assert len(c["snapshot"]) == 64
        assert (c["change"] == "modified") == bool(c["fields"])
    res = runner.invoke(cli, ["changes", "--json", "--since", "2999-01-01", *db])
    assert res.stdout == ""
    res = runner.invoke(cli, ["search", "kaspersky", "--json", *db])
    assert res.exit_code == 0
    res = runner.invoke(cli, ["search", "TIKHONOV", "--json", *db])
    hits = [json.loads(line) for line in res.stdout.splitlines()]
    assert hits and all("TIKHONOV" in h["name"] for h in hits)
    res = runner.invoke(cli, ["parse", SID, str(DEMO_DATA / "day1" / SID)])
    assert res.exit_code == 0
    assert len(res.stdout.splitlines()) == EXPECTED["day1_count"]
    res = runner.invoke(cli, ["ingest", "xx_nope_list", *db])
    assert res.exit_code != 0 and "unknown source" in res.output
    res = runner.invoke(cli, ["--help"])
    for command in ("ingest", "parse", "sources", "changes", "search", "as-of"):
        assert command in res.output


def test_records_do_not_depend_on_where_they_were_fetched(tmp_path: Path) -> None:
    """Day 1 from one mirror, day 2 as a local folder: only the real changes show."""
    settings = Settings(db=tmp_path / "w.duckdb", data_dir=tmp_path)
    with serve(DEMO_DATA / "day1") as server:
        pipeline.ingest(SID, Settings(settings.db, settings.data_dir, mirror=server.url))
    result = pipeline.ingest(SID, settings, file=DEMO_DATA / "day2" / SID)
    assert (result.added, result.removed, result.modified) == (
        len(EXPECTED["added"]),
        len(EXPECTED["removed"]),
        len(EXPECTED["modified"]),
    )
    with connect(settings.db, read_only=True) as con:
        urls = {
            r[0]
            for r in con.execute(
                "SELECT DISTINCT record->>'$.source_url' FROM ban_records"
            ).fetchall()
        }
    assert urls == {get_source(SID).files[0].url}


def test_old_run_folders_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "KEEP_RUNS", 2)
    settings = Settings(db=tmp_path / "w.duckdb", data_dir=tmp_path)
    for day in ("day1", "day2", "day2"):
        pipeline.ingest(SID, settings, file=DEMO_DATA / day / SID)
    runs = sorted(p.name for p in (settings.runs_dir / SID).iterdir())
    assert len(runs) == 2
    assert len(list((settings.raw_dir / SID).glob("*.csv"))) >= 4  # raw bytes are kept


def test_staleness_follows_the_schedule() -> None:
    from datetime import UTC, datetime, timedelta

    from banwatch.cli import _is_stale

    now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    daily = "15 6 * * *"
    assert _is_stale(daily, now - timedelta(days=3), now)
    assert not _is_stale(daily, now - timedelta(hours=30), now)
    assert not _is_stale(daily, None, now)  # never fetched is reported as such
    assert _is_stale("45 6 * * 1", now - timedelta(days=15), now)  # weekly
    assert not _is_stale("45 6 * * 1", now - timedelta(days=10), now)


def test_thirty_unchanged_days_add_no_versions(
    settings: Settings, served: tuple[StaticServer, Path]
) -> None:
    pipeline.ingest(SID, settings)
    versions = table_counts(settings.db)
    archived = sorted((settings.raw_dir / SID).glob("*.csv"))
    for _ in range(30):
        assert pipeline.ingest(SID, settings).status == "unchanged"
    assert table_counts(settings.db) == versions
    assert sorted((settings.raw_dir / SID).glob("*.csv")) == archived  # no new raw bytes
    with connect(settings.db, read_only=True) as con:
        # each fetch is logged (a small row), answered 304 and never parsed
        rows = con.execute(
            "SELECT status, http_status, parse_status, count(*) FROM snapshots"
            " GROUP BY ALL ORDER BY 1"
        ).fetchall()
    assert rows == [("loaded", 200, "ok", 1), ("unchanged", 304, "skipped", 30)]


def test_a_cleared_run_refetches_and_loads_under_the_same_run_id(
    settings: Settings, served: tuple[StaticServer, Path]
) -> None:
    """Airflow reuses the run id when a run is cleared: each fetch is its own snapshot."""
    run_id = "scheduled__2026-11-29T06:15:00+00:00"
    sdn = served[1] / SID / "SDN.CSV"
    good = sdn.read_bytes()
    sdn.unlink()  # first attempt: 404
    with pytest.raises(pipeline.PipelineError):
        pipeline.fetch(SID, run_id, settings)
    with pytest.raises(pipeline.PipelineError, match="404"):
        pipeline.report(SID, run_id, settings)
    sdn.write_bytes(good)  # the run is cleared and runs again
    for step in (pipeline.fetch, pipeline.parse, pipeline.load, pipeline.report):
        step(SID, run_id, settings)
    switch_day(served[1], "day2")  # cleared once more: the publisher now serves day 2
    for step in (pipeline.fetch, pipeline.parse, pipeline.load):
        step(SID, run_id, settings)
    assert pipeline.report(SID, run_id, settings)["modified"] == len(EXPECTED["modified"])
    with connect(settings.db, read_only=True) as con:
        statuses = [
            r[0]
            for r in con.execute("SELECT status FROM snapshots ORDER BY snapshot_id").fetchall()
        ]
        assert con.execute("SELECT count(*) FROM ban_records").fetchone() == (
            EXPECTED["day2_count"],
        )
    assert statuses == ["fetch_failed", "loaded", "loaded"]


def test_a_killed_fetch_is_recorded_as_a_fetch_failure(settings: Settings) -> None:
    with pytest.raises(pipeline.PipelineError):
        pipeline.report(SID, "killed-run", settings)  # no manifest was ever written
    with connect(settings.db, read_only=True) as con:
        row = con.execute("SELECT status, parse_status FROM snapshots").fetchone()
    assert row == ("fetch_failed", "not_run")


def test_conditional_get_survives_a_mirror_on_another_port(tmp_path: Path) -> None:
    settings = Settings(db=tmp_path / "w.duckdb", data_dir=tmp_path)
    for _ in range(2):
        with serve(DEMO_DATA / "day1") as server:  # a new port each time
            run_id = pipeline.new_run_id()
            pipeline.fetch(SID, run_id, Settings(settings.db, settings.data_dir, server.url))
    assert pipeline.read_manifest(settings, SID, run_id)["http_status"] == 304


def test_force_applies_a_reviewed_quarantined_snapshot(
    settings: Settings, served: tuple[StaticServer, Path]
) -> None:
    pipeline.ingest(SID, settings)
    sdn = served[1] / SID / "SDN.CSV"
    lines = sdn.read_bytes().split(b"\r\n")
    sdn.write_bytes(b"\r\n".join(lines[:20]) + b"\r\n\x1a")  # 30 of 50 entries gone
    with pytest.raises(pipeline.PipelineError, match="quarantined"):
        pipeline.ingest(SID, settings)
    assert table_counts(settings.db)[2] == EXPECTED["day1_count"]
    forced = pipeline.ingest(SID, settings, force=True)  # the operator accepts it
    assert (forced.status, forced.record_count) == ("loaded", 20)
    assert forced.removed == EXPECTED["day1_count"] - 20


def test_as_of_and_changes_windows_on_the_command_line(tmp_path: Path) -> None:
    settings = Settings(db=tmp_path / "w.duckdb", data_dir=tmp_path)
    pipeline.ingest(SID, settings, file=DEMO_DATA / "day1" / SID)
    pipeline.ingest(SID, settings, file=DEMO_DATA / "day2" / SID)
    with connect(settings.db, read_only=True) as con:
        t1, t2 = (
            r[0]
            for r in con.execute("SELECT fetched_at FROM snapshots ORDER BY snapshot_id").fetchall()
        )
    between = (t1 + (t2 - t1) / 2).isoformat()
    runner = CliRunner()
    db = ["--db", str(settings.db)]
    res = runner.invoke(cli, ["as-of", between, "--json", *db])
    assert res.exit_code == 0, res.output
    day1_ids = {json.loads(line)["record_id"] for line in res.stdout.splitlines()}
    assert len(day1_ids) == EXPECTED["day1_count"]
    assert set(EXPECTED["removed"]) <= day1_ids and not set(EXPECTED["added"]) & day1_ids
    res = runner.invoke(cli, ["changes", "--since", between, "--json", *db])
    later = [json.loads(line) for line in res.stdout.splitlines()]
    assert {c["record_id"] for c in later if c["change"] == "removed"} == set(EXPECTED["removed"])
    res = runner.invoke(cli, ["changes", "--until", between, "--json", *db])
    assert {json.loads(line)["change"] for line in res.stdout.splitlines()} == {"added"}
