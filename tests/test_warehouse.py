"""Warehouse: migrations from empty, atomic and idempotent loads, exact change detection."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest

from transforms.model import BanRecord, Measure, TargetType
from warehouse import load as load_mod
from warehouse.db import MIGRATIONS_DIR, WarehouseError, connect, migrate, migrations
from warehouse.load import SnapshotInfo, load_snapshot
from warehouse.queries import list_changes, records_as_of
from warehouse.staging import write_staged

T0 = datetime(2024, 6, 21, 12, 0, tzinfo=UTC)


def rec(rid: str, name: str, programs: list[str] | None = None, **kw: object) -> BanRecord:
    return BanRecord(
        source="us_ofac_sdn",
        record_id=rid,
        name=name,
        target_type=TargetType.PERSON,
        authority="OFAC",
        jurisdiction="US",
        programs=programs or ["RUSSIA-EO14024"],
        measures=[Measure.ASSET_FREEZE],
        **kw,  # type: ignore[arg-type]
    )


def stage(tmp: Path, label: str, records: list[Any]) -> Path:
    path = tmp / f"{label}.parquet"
    staged = write_staged(records, path)
    assert staged.records + staged.announcements == len(records)
    assert staged.duplicates == []
    return path


def info(run: str, sha: str, at: datetime) -> SnapshotInfo:
    return SnapshotInfo(
        source="us_ofac_sdn",
        run_id=run,
        url="http://x/SDN.CSV",
        fetched_at=at,
        http_status=200,
        sha256=sha,
        bytes=10,
    )


DAY1 = [rec(str(i), f"PERSON {i}") for i in range(1, 31)]


def day2() -> list[BanRecord]:
    recs = [r for r in DAY1 if r.record_id != "5"]  # 5 delisted
    recs[0] = rec("1", "PERSON 1", programs=["RUSSIA-EO14024", "CYBER2"])  # program added
    recs[1] = rec("2", "PERSON 2 RENAMED")  # name changed
    recs += [rec("100", "NEW ONE"), rec("101", "NEW TWO")]
    return recs


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "wh.duckdb"


def test_migrations_from_empty_database(db: Path) -> None:
    with connect(db) as con:
        versions = [
            r[0]
            for r in con.execute(
                "SELECT version FROM schema_migrations ORDER BY version"
            ).fetchall()
        ]
        assert versions == [m.version for m in migrations()]
        tables = {
            r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
        assert {
            "snapshots",
            "snapshot_files",
            "ban_record_versions",
            "changes",
            "ban_records",
        } <= tables
        assert migrate(con) == []  # nothing left to apply


def test_failing_migration_rolls_back(tmp_path: Path) -> None:
    folder = tmp_path / "migs"
    shutil.copytree(MIGRATIONS_DIR, folder)
    n = len(migrations())
    (folder / f"{n + 1:03d}_broken.sql").write_text(
        "CREATE TABLE half_done (x INTEGER);\nSELECT * FROM no_such_table;\n"
    )
    con = duckdb.connect(str(tmp_path / "m.duckdb"))
    with pytest.raises(WarehouseError, match="broken"):
        migrate(con, folder)
    assert con.execute("SELECT max(version) FROM schema_migrations").fetchone() == (n,)
    assert con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'half_done'"
    ).fetchone() == (0,)


def test_day1_to_day2_changes_are_exact(db: Path, tmp_path: Path) -> None:
    with connect(db) as con:
        r1 = load_snapshot(con, info("r1", "sha1", T0), stage(tmp_path, "d1", DAY1))
        assert (r1.status, r1.record_count, r1.added) == ("loaded", 30, 30)
        r2 = load_snapshot(
            con, info("r2", "sha2", T0 + timedelta(days=1)), stage(tmp_path, "d2", day2())
        )
        assert (r2.added, r2.removed, r2.modified, r2.relisted) == (2, 1, 2, 0)
        rows = list_changes(con, since=T0 + timedelta(hours=1))
        got = {(r["change"], r["record_id"], tuple(r["fields"])) for r in rows}
        assert got == {
            ("added", "100", ()),
            ("added", "101", ()),
            ("removed", "5", ()),
            ("modified", "1", ("programs",)),
            ("modified", "2", ("name",)),
        }
        assert {r["snapshot"] for r in rows} == {"sha2"}
        mod = next(r for r in rows if r["record_id"] == "2")
        assert '"PERSON 2"' in mod["old_values"] and "RENAMED" in mod["new_values"]
        # the delisted record is closed, not deleted
        closed = con.execute(
            "SELECT valid_to, removed FROM ban_record_versions WHERE record_id = '5'"
        ).fetchall()
        assert closed == [(T0 + timedelta(days=1), True)]
        assert con.execute("SELECT count(*) FROM ban_records").fetchone() == (31,)
        assert con.execute("SELECT count(*) FROM ban_records WHERE record_id = '5'").fetchone() == (
            0,
        )


def test_reloading_is_idempotent(db: Path, tmp_path: Path) -> None:
    staged = stage(tmp_path, "d1", DAY1)
    with connect(db) as con:
        load_snapshot(con, info("r1", "sha1", T0), staged)
        state = con.execute("SELECT count(*) FROM ban_record_versions").fetchone()
        again = load_snapshot(con, info("r1", "sha1", T0), staged)  # retried task, same run
        assert again.status == "loaded" and again.added == 30  # the recorded outcome
        same = load_snapshot(con, info("r2", "sha1", T0 + timedelta(days=1)), staged)
        assert same.status == "unchanged" and same.record_count == 30
        assert con.execute("SELECT count(*) FROM ban_record_versions").fetchone() == state
        assert con.execute("SELECT count(*) FROM changes").fetchone() == (30,)
        # identical content under a new sha (e.g. re-encoded file) still adds no version
        other = load_snapshot(con, info("r3", "sha-other", T0 + timedelta(days=2)), staged)
        assert (other.status, other.changed) == ("loaded", 0)
        assert con.execute("SELECT count(*) FROM ban_record_versions").fetchone() == state


def test_relisting_after_removal(db: Path, tmp_path: Path) -> None:
    with connect(db) as con:
        load_snapshot(con, info("r1", "s1", T0), stage(tmp_path, "a", DAY1))
        load_snapshot(con, info("r2", "s2", T0 + timedelta(days=1)), stage(tmp_path, "b", day2()))
        r3 = load_snapshot(
            con, info("r3", "s3", T0 + timedelta(days=2)), stage(tmp_path, "c", [*day2(), DAY1[4]])
        )
        assert (r3.relisted, r3.added, r3.removed) == (1, 0, 0)
        versions = con.execute(
            "SELECT version, valid_to IS NULL FROM ban_record_versions WHERE record_id = '5'"
            " ORDER BY version"
        ).fetchall()
        assert versions == [(1, False), (2, True)]


def test_mass_removal_is_quarantined(db: Path, tmp_path: Path) -> None:
    with connect(db) as con:
        load_snapshot(con, info("r1", "s1", T0), stage(tmp_path, "a", DAY1))
        truncated = stage(tmp_path, "t", DAY1[:20])  # 10 of 30 gone: 33%
        r = load_snapshot(con, info("r2", "s2", T0 + timedelta(days=1)), truncated)
        assert r.status == "quarantined" and "would remove 10 of 30" in (r.error or "")
        assert con.execute("SELECT count(*) FROM ban_records").fetchone() == (30,)
        assert con.execute("SELECT count(*) FROM changes WHERE change = 'removed'").fetchone() == (
            0,
        )
        assert con.execute("SELECT status FROM snapshots WHERE run_id = 'r2'").fetchone() == (
            "quarantined",
        )


def test_crash_mid_load_leaves_previous_state(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with connect(db) as con:
        load_snapshot(con, info("r1", "s1", T0), stage(tmp_path, "a", DAY1))
        before = con.execute(
            "SELECT * FROM ban_record_versions ORDER BY record_id, version"
        ).fetchall()

        def boom(old: object, new: object) -> list[str]:
            raise RuntimeError("disk full")

        monkeypatch.setattr(load_mod, "field_diff", boom)  # fails after versions were written
        with pytest.raises(RuntimeError, match="disk full"):
            load_snapshot(
                con, info("r2", "s2", T0 + timedelta(days=1)), stage(tmp_path, "b", day2())
            )
        after = con.execute(
            "SELECT * FROM ban_record_versions ORDER BY record_id, version"
        ).fetchall()
        assert after == before
        assert con.execute("SELECT count(*) FROM snapshots").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM changes").fetchone() == (30,)


def test_as_of_returns_what_was_known(db: Path, tmp_path: Path) -> None:
    with connect(db) as con:
        load_snapshot(con, info("r1", "s1", T0), stage(tmp_path, "a", DAY1))
        load_snapshot(con, info("r2", "s2", T0 + timedelta(days=1)), stage(tmp_path, "b", day2()))
        then = records_as_of(con, T0 + timedelta(hours=3))
        assert {r["record_id"] for r in then} == {r.record_id for r in DAY1}
        assert next(r for r in then if r["record_id"] == "2")["name"] == "PERSON 2"
        now = records_as_of(con, T0 + timedelta(days=3))
        assert {r["record_id"] for r in now} == {r.record_id for r in day2()}
        assert records_as_of(con, T0 - timedelta(days=1)) == []


def test_empty_staged_snapshot_is_written(tmp_path: Path) -> None:
    staged = write_staged([], tmp_path / "e.parquet")
    assert (staged.records, staged.announcements, staged.duplicates) == (0, 0, [])
    con = duckdb.connect()
    rows = con.execute(
        "SELECT count(*) FROM read_parquet(?)", [str(tmp_path / "e.parquet")]
    ).fetchone()
    assert rows == (0,)


def test_feed_snapshots_store_announcements_and_never_delist(db: Path, tmp_path: Path) -> None:
    from transforms.model import Announcement, DateValue, Milestone

    def ann(item: str, title: str) -> Announcement:
        return Announcement(
            source="us_ofac_sdn",
            item_id=item,
            url=f"https://x/{item}",
            title=title,
            published=DateValue.parse("2024-06-20"),
            text=f"{title} text",
        )

    def derived(rid: str) -> BanRecord:
        return rec(
            rid,
            f"TARGET {rid}",
            properties={"announcement_id": rid},
            milestones=[
                Milestone(
                    role="deadline", date=DateValue.parse("2024-09-29"), text="until September 29"
                )
            ],
        )

    with connect(db) as con:
        r1 = load_snapshot(
            con,
            info("f1", "s1", T0),
            stage(tmp_path, "f1", [derived("a1"), ann("a1", "One")]),
            track_removals=False,
        )
        assert (r1.added, r1.announcements) == (1, 1)
        # the next fetch no longer carries item a1 (scrolled out) and amends nothing
        r2 = load_snapshot(
            con,
            info("f2", "s2", T0 + timedelta(days=1)),
            stage(tmp_path, "f2", [derived("a2"), ann("a2", "Two")]),
            track_removals=False,
        )
        assert (r2.added, r2.removed, r2.announcements) == (1, 0, 1)
        assert con.execute("SELECT count(*) FROM ban_records").fetchone() == (2,)
        assert con.execute(
            "SELECT item_id, title FROM announcements ORDER BY item_id"
        ).fetchall() == [("a1", "One"), ("a2", "Two")]
        miles = con.execute(
            "SELECT record_id, role, date, precision, evidence, announcement_id"
            " FROM ban_milestones ORDER BY record_id"
        ).fetchall()
        assert miles == [
            ("a1", "deadline", "2024-09-29", "day", "until September 29", "a1"),
            ("a2", "deadline", "2024-09-29", "day", "until September 29", "a2"),
        ]
        timeline = con.execute(
            "SELECT record_id, first_seen, is_current FROM ban_record_timeline ORDER BY record_id"
        ).fetchall()
        assert timeline == [("a1", T0, True), ("a2", T0 + timedelta(days=1), True)]


def test_announced_targets_link_to_list_records(db: Path, tmp_path: Path) -> None:
    from transforms.model import Alias
    from warehouse.queries import record_links

    listed = [
        rec("1", "AO Kaspersky Lab", aliases=[Alias(name="Kaspersky Laboratory")]),
        rec("2", "TIKHONOV, Andrei Gennadyevich"),
        rec("3", "Kaspersky Labs Limited"),
        rec("4", "Laboratory Equipment Trading LLC"),  # shares a word, not the name
        rec("5", "Blue Harbor Trading LLC"),
    ]
    announced = [
        rec("a:kaspersky", "Kaspersky Lab", properties={"announcement_id": "a"}),
        rec("a:tikhonov", "Andrei Gennadyevich Tikhonov", properties={"announcement_id": "a"}),
        rec("a:nobody", "Unlisted Holdings", properties={"announcement_id": "a"}),
        rec("a:blue", "Blue Harbour Trading", properties={"announcement_id": "a"}),
    ]
    with connect(db) as con:
        load_snapshot(con, info("r1", "s1", T0), stage(tmp_path, "l", listed))
        # a second source in the same warehouse, as announcements are
        other = SnapshotInfo(source="news_articles", run_id="n1", url="u", fetched_at=T0)
        staged = tmp_path / "n.parquet"
        write_staged([r.model_copy(update={"source": "news_articles"}) for r in announced], staged)
        load_snapshot(con, other, staged, track_removals=False)
        links = {(r["record_id"], r["list_record_id"], r["score"]) for r in record_links(con)}
    assert links == {
        ("a:kaspersky", "1", 1.0),  # legal form dropped; not also the near-miss "Labs" (3)
        ("a:tikhonov", "2", 1.0),  # OFAC's "LAST, First" order
        ("a:blue", "5", 0.99),  # a spelling variant, when nothing matches better
    }


def test_small_lists_are_guarded_too(db: Path, tmp_path: Path) -> None:
    small = DAY1[:14]
    with connect(db) as con:
        load_snapshot(con, info("r1", "s1", T0), stage(tmp_path, "a", small))
        truncated = load_snapshot(
            con, info("r2", "s2", T0 + timedelta(days=1)), stage(tmp_path, "b", small[:1])
        )
        assert truncated.status == "quarantined"
        one_delisting = load_snapshot(
            con, info("r3", "s3", T0 + timedelta(days=2)), stage(tmp_path, "c", small[1:])
        )
        assert (one_delisting.status, one_delisting.removed) == ("loaded", 1)


def test_an_older_fetch_never_overwrites_a_newer_one(db: Path, tmp_path: Path) -> None:
    with connect(db) as con:
        load_snapshot(con, info("r1", "s1", T0), stage(tmp_path, "a", DAY1))
        newer = load_snapshot(
            con, info("r3", "s3", T0 + timedelta(days=2)), stage(tmp_path, "c", day2())
        )
        late = load_snapshot(
            con, info("r2", "s2", T0 + timedelta(days=1)), stage(tmp_path, "b", DAY1)
        )  # queued load of an older fetch
        assert newer.status == "loaded" and late.status == "superseded"
        assert "before the snapshot already applied" in (late.error or "")
        assert {r[0] for r in con.execute("SELECT record_id FROM ban_records").fetchall()} == {
            r.record_id for r in day2()
        }
        assert con.execute(
            "SELECT count(*) FROM ban_record_versions WHERE valid_to < valid_from"
        ).fetchone() == (0,)


def test_sql_command_cannot_reach_outside_the_warehouse(db: Path, tmp_path: Path) -> None:
    from warehouse.queries import run_sql

    with connect(db):
        pass
    with connect(db, read_only=True) as con:
        assert run_sql(con, "SELECT count(*) AS n FROM snapshots") == (["n"], [(0,)])
        for query in (
            f"COPY (SELECT 1) TO '{tmp_path / 'out.csv'}'",
            "SELECT * FROM read_text('/etc/hostname')",
            f"ATTACH '{tmp_path / 'other.duckdb'}' AS other",
            "SET enable_external_access = true",
        ):
            with pytest.raises(duckdb.Error):
                run_sql(con, query)
    assert not (tmp_path / "out.csv").exists()


def test_opening_waits_for_another_process_lock(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess
    import sys

    from warehouse import db as db_mod

    with connect(db):
        pass
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True);"
            " time.sleep(1.5)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(db_mod, "LOCK_TIMEOUT", 0.2)
        with pytest.raises(WarehouseError, match="lock"), connect(db, read_only=True):
            pass
        monkeypatch.setattr(db_mod, "LOCK_TIMEOUT", 30)
        with connect(db, read_only=True) as con:  # waits until the writer is gone
            assert con.execute("SELECT count(*) FROM snapshots").fetchone() == (0,)
    finally:
        holder.wait()


def test_mass_modification_is_quarantined(db: Path, tmp_path: Path) -> None:
    """A truncated side file (aliases gone from most records) must not become
    thousands of amendments."""
    from transforms.model import Alias

    with_aliases = [
        r.model_copy(update={"aliases": [Alias(name=f"ALIAS {r.record_id}")]}) for r in DAY1
    ]
    with connect(db) as con:
        load_snapshot(con, info("r1", "s1", T0), stage(tmp_path, "a", with_aliases))
        stripped = with_aliases[:10] + DAY1[10:]  # 20 of 30 lost their alias
        r = load_snapshot(
            con, info("r2", "s2", T0 + timedelta(days=1)), stage(tmp_path, "b", stripped)
        )
        assert r.status == "quarantined" and "would modify 20 of 30" in (r.error or "")
        assert con.execute("SELECT count(*) FROM changes WHERE change = 'modified'").fetchone() == (
            0,
        )
        few = with_aliases[:25] + DAY1[25:]  # 5 of 30: an ordinary day
        ok = load_snapshot(con, info("r3", "s3", T0 + timedelta(days=2)), stage(tmp_path, "c", few))
        assert (ok.status, ok.modified) == ("loaded", 5)
