"""Loading a staged snapshot into the warehouse: one transaction per snapshot.

Versions are closed, never deleted: a record that leaves a list gets `valid_to`
and a `removed` change; one that returns later is `relisted` as a new version.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import WarehouseError, scalar
from warehouse.staging import STAGED_COLUMNS, announcements_path


@dataclass
class SnapshotFileInfo:
    name: str
    url: str
    http_status: int | None = None
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    bytes: int | None = None
    archive_path: str | None = None


@dataclass
class SnapshotInfo:
    """What the fetch step learnt; becomes a `snapshots` row."""

    source: str
    run_id: str
    url: str
    fetched_at: datetime
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    bytes: int | None = None
    files: list[SnapshotFileInfo] = field(default_factory=list)


@dataclass
class LoadResult:
    source: str
    snapshot_id: int
    status: str  # loaded | unchanged | quarantined | <failure status>
    record_count: int = 0
    added: int = 0
    removed: int = 0
    modified: int = 0
    relisted: int = 0
    error: str | None = None
    announcements: int = 0  # new announcements stored (feeds)

    @property
    def changed(self) -> int:
        return self.added + self.removed + self.modified + self.relisted


def existing_result(con: duckdb.DuckDBPyConnection, source: str, run_id: str) -> LoadResult | None:
    """The outcome already recorded for this run (a retried task must not load twice)."""
    row = con.execute(
        "SELECT snapshot_id, status, coalesce(record_count, 0), coalesce(added, 0),"
        " coalesce(removed, 0), coalesce(modified, 0), coalesce(relisted, 0), error"
        " FROM snapshots WHERE source = ? AND run_id = ?",
        [source, run_id],
    ).fetchone()
    if row is None:
        return None
    return LoadResult(source, row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7])


def last_applied_sha(con: duckdb.DuckDBPyConnection, source: str) -> str | None:
    """sha256 of the snapshot whose content the warehouse currently reflects."""
    row = con.execute(
        "SELECT sha256 FROM snapshots WHERE source = ? AND status IN ('loaded', 'unchanged')"
        " ORDER BY snapshot_id DESC LIMIT 1",
        [source],
    ).fetchone()
    return row[0] if row else None


def _insert_snapshot(
    con: duckdb.DuckDBPyConnection,
    info: SnapshotInfo,
    *,
    status: str,
    parse_status: str,
    record_count: int | None = None,
    warnings: int | None = None,
    error: str | None = None,
) -> int:
    row = con.execute(
        "INSERT INTO snapshots (source, run_id, url, fetched_at, http_status, etag,"
        " last_modified, sha256, bytes, status, parse_status, record_count, warnings, error)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING snapshot_id",
        [
            info.source,
            info.run_id,
            info.url,
            info.fetched_at,
            info.http_status,
            info.etag,
            info.last_modified,
            info.sha256,
            info.bytes,
            status,
            parse_status,
            record_count,
            warnings,
            error,
        ],
    ).fetchone()
    assert row is not None
    snapshot_id = int(row[0])
    for f in info.files:
        d = asdict(f)
        con.execute(
            "INSERT INTO snapshot_files (snapshot_id, name, url, http_status, not_modified,"
            " etag, last_modified, sha256, bytes, archive_path)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                snapshot_id,
                d["name"],
                d["url"],
                d["http_status"],
                d["not_modified"],
                d["etag"],
                d["last_modified"],
                d["sha256"],
                d["bytes"],
                d["archive_path"],
            ],
        )
    return snapshot_id


def record_snapshot(
    con: duckdb.DuckDBPyConnection,
    info: SnapshotInfo,
    *,
    status: str,
    parse_status: str,
    error: str | None = None,
    record_count: int | None = None,
    warnings: int | None = None,
) -> LoadResult:
    """Record a fetch that brings no new versions (failed, or unchanged content)."""
    if (done := existing_result(con, info.source, info.run_id)) is not None:
        return done
    con.execute("BEGIN TRANSACTION")
    try:
        snapshot_id = _insert_snapshot(
            con,
            info,
            status=status,
            parse_status=parse_status,
            record_count=record_count,
            warnings=warnings,
            error=error,
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return LoadResult(info.source, snapshot_id, status, record_count or 0, error=error)


def load_snapshot(
    con: duckdb.DuckDBPyConnection,
    info: SnapshotInfo,
    staged: Path,
    *,
    warnings: int = 0,
    max_removal_share: float = 0.1,
    removal_allowance: int = 2,
    max_modified_share: float = 0.5,
    track_removals: bool = True,
    reapply: bool = False,
) -> LoadResult:
    """Apply a staged snapshot atomically; idempotent per run and per content.

    A snapshot that would remove more than `max_removal_share` of the source's active
    records (and more than `removal_allowance` records, so a small list can still lose
    one entry), or modify more than `max_modified_share` of them, is quarantined
    (recorded, not applied): a truncated download must not become mass delistings or
    mass amendments. A snapshot fetched before the one the warehouse already
    reflects is recorded as superseded and not applied. Feeds pass
    `track_removals=False`: an item that scrolls out of a feed is not a delisting.
    Announcements staged beside the records are stored too. `reapply` diffs content
    the warehouse already holds again (after a parser change) instead of skipping it.
    """
    if (done := existing_result(con, info.source, info.run_id)) is not None:
        return done
    latest = con.execute(
        "SELECT max(fetched_at) FROM snapshots WHERE source = ? AND status IN"
        " ('loaded', 'unchanged')",
        [info.source],
    ).fetchone()
    if latest and latest[0] is not None and info.fetched_at <= latest[0]:
        return record_snapshot(
            con,
            info,
            status="superseded",
            parse_status="skipped",
            error=f"{info.source}: fetched at {info.fetched_at.isoformat()}, before the"
            f" snapshot already applied (fetched at {latest[0].isoformat()}); not applied",
        )
    if (
        not reapply
        and info.sha256 is not None
        and last_applied_sha(con, info.source) == info.sha256
    ):
        count = con.execute(
            "SELECT count(*) FROM ban_records WHERE source = ?", [info.source]
        ).fetchone()
        return record_snapshot(
            con,
            info,
            status="unchanged",
            parse_status="skipped",
            record_count=int(count[0]) if count else 0,
        )
    con.execute("BEGIN TRANSACTION")
    try:
        result = _apply(
            con,
            info,
            staged,
            warnings,
            max_removal_share,
            removal_allowance,
            max_modified_share,
            track_removals,
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return result


def _apply(
    con: duckdb.DuckDBPyConnection,
    info: SnapshotInfo,
    staged: Path,
    warnings: int,
    max_removal_share: float,
    removal_allowance: int,
    max_modified_share: float,
    track_removals: bool,
) -> LoadResult:
    src = info.source
    cols = ", ".join(STAGED_COLUMNS)
    try:
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE staged AS SELECT {cols} FROM read_parquet(?)",
            [str(staged)],
        )
    except duckdb.Error as exc:
        raise WarehouseError(f"{src}: cannot read staged records {staged}: {exc}") from exc
    total = scalar(con, "SELECT count(*) FROM staged")
    if scalar(con, "SELECT count(*) - count(DISTINCT record_id) FROM staged"):
        raise WarehouseError(f"{src}: staged snapshot has duplicate record ids")

    # Classify every record against the current versions of this source.
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE diff AS
        WITH cur AS (SELECT * FROM ban_record_versions WHERE source = $src AND valid_to IS NULL),
             last AS (SELECT record_id, max(version) AS version FROM ban_record_versions
                      WHERE source = $src GROUP BY record_id)
        SELECT coalesce(s.record_id, c.record_id) AS record_id,
               CASE WHEN c.record_id IS NULL AND l.record_id IS NULL THEN 'added'
                    WHEN c.record_id IS NULL THEN 'relisted'
                    WHEN s.record_id IS NULL AND $track THEN 'removed'
                    WHEN s.content_hash <> c.content_hash THEN 'modified'
               END AS change,
               c.version AS old_version, coalesce(l.version, 0) + 1 AS new_version,
               c.record AS old_record, s.record AS new_record,
               coalesce(s.name, c.name) AS name
        FROM staged s
        FULL OUTER JOIN cur c USING (record_id)
        LEFT JOIN last l ON l.record_id = coalesce(s.record_id, c.record_id)
        """,
        {"src": src, "track": track_removals},
    )
    con.execute("DELETE FROM diff WHERE change IS NULL")
    counts = dict(con.execute("SELECT change, count(*) FROM diff GROUP BY change").fetchall())
    active = scalar(
        con,
        "SELECT count(*) FROM ban_record_versions WHERE source = ? AND valid_to IS NULL",
        [src],
    )
    removed = counts.get("removed", 0)
    modified = counts.get("modified", 0)
    error = None
    if removed > max(removal_allowance, max_removal_share * active):
        error = (
            f"{src}: snapshot would remove {removed} of {active} active records"
            f" (more than {max_removal_share:.0%}); quarantined, not applied"
        )
    elif track_removals and modified > max(removal_allowance, max_modified_share * active):
        # e.g. a truncated side file (OFAC's ALT.CSV) strips aliases from most records
        error = (
            f"{src}: snapshot would modify {modified} of {active} active records"
            f" (more than {max_modified_share:.0%}); quarantined, not applied"
        )
    if error is not None:
        snapshot_id = _insert_snapshot(
            con,
            info,
            status="quarantined",
            parse_status="ok",
            record_count=total,
            warnings=warnings,
            error=error,
        )
        return LoadResult(src, snapshot_id, "quarantined", total, error=error)

    snapshot_id = _insert_snapshot(
        con, info, status="loaded", parse_status="ok", record_count=total, warnings=warnings
    )
    at = info.fetched_at
    # Close the versions that were replaced or removed.
    con.execute(
        """
        UPDATE ban_record_versions v
        SET valid_to = $at, ended_by_snapshot = $sid, removed = (d.change = 'removed')
        FROM diff d
        WHERE v.source = $src AND v.record_id = d.record_id AND v.valid_to IS NULL
          AND d.change IN ('removed', 'modified')
        """,
        {"at": at, "sid": snapshot_id, "src": src},
    )
    con.execute(
        """
        INSERT INTO ban_record_versions
            (source, record_id, version, content_hash, name, target_type, authority,
             jurisdiction, programs, measures, countries, listed_on, record, valid_from,
             snapshot_id)
        SELECT $src, s.record_id, d.new_version, s.content_hash, s.name, s.target_type,
               s.authority, s.jurisdiction, s.programs, s.measures, s.countries, s.listed_on,
               s.record::JSON, $at, $sid
        FROM staged s JOIN diff d USING (record_id)
        WHERE d.change IN ('added', 'relisted', 'modified')
        """,
        {"src": src, "at": at, "sid": snapshot_id},
    )
    # Additions, removals and relistings in bulk; field diffs only for modified records.
    con.execute(
        """
        INSERT INTO changes (snapshot_id, source, record_id, change, name, fields,
                             old_version, new_version, detected_at)
        SELECT $sid, $src, record_id, change, name, []::VARCHAR[],
               CASE WHEN change = 'removed' THEN old_version END,
               CASE WHEN change <> 'removed' THEN new_version END, $at
        FROM diff WHERE change <> 'modified' ORDER BY change, record_id
        """,
        {"sid": snapshot_id, "src": src, "at": at},
    )
    modified = con.execute(
        "SELECT record_id, name, old_version, new_version, old_record, new_record"
        " FROM diff WHERE change = 'modified' ORDER BY record_id"
    ).fetchall()
    change_rows = []
    for record_id, name, old_v, new_v, old_rec, new_rec in modified:
        old, new = json.loads(old_rec), json.loads(new_rec)
        fields = field_diff(old, new)
        change_rows.append(
            [
                snapshot_id,
                src,
                record_id,
                "modified",
                name,
                fields,
                json.dumps({f: old.get(f) for f in fields}, ensure_ascii=False),
                json.dumps({f: new.get(f) for f in fields}, ensure_ascii=False),
                old_v,
                new_v,
                at,
            ]
        )
    if change_rows:
        con.executemany(
            "INSERT INTO changes (snapshot_id, source, record_id, change, name, fields,"
            " old_values, new_values, old_version, new_version, detected_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            change_rows,
        )
    result = LoadResult(
        src,
        snapshot_id,
        "loaded",
        total,
        added=counts.get("added", 0),
        removed=removed,
        modified=counts.get("modified", 0),
        relisted=counts.get("relisted", 0),
    )
    con.execute(
        "UPDATE snapshots SET added = ?, removed = ?, modified = ?, relisted = ?"
        " WHERE snapshot_id = ?",
        [result.added, result.removed, result.modified, result.relisted, snapshot_id],
    )
    result.announcements = _load_announcements(
        con, src, announcements_path(staged), snapshot_id, at
    )
    con.execute("DROP TABLE diff")
    con.execute("DROP TABLE staged")
    return result


def _load_announcements(
    con: duckdb.DuckDBPyConnection, src: str, path: Path, snapshot_id: int, at: datetime
) -> int:
    """Insert new announcements, refresh changed ones; returns how many are new."""
    if not path.exists():
        return 0
    con.execute(
        "CREATE OR REPLACE TEMP TABLE staged_ann AS SELECT * FROM read_parquet(?)", [str(path)]
    )
    params = {"src": src, "sid": snapshot_id, "at": at}
    con.execute(
        """
        UPDATE announcements a
        SET url = s.url, title = s.title, published = s.published, kind = s.kind,
            text = s.text, record = s.record::JSON, last_seen = $at,
            snapshot_id = CASE WHEN a.content_hash <> s.content_hash THEN $sid
                               ELSE a.snapshot_id END,
            content_hash = s.content_hash
        FROM staged_ann s
        WHERE a.source = $src AND a.item_id = s.item_id
        """,
        params,
    )
    new = scalar(
        con,
        "SELECT count(*) FROM staged_ann s WHERE NOT EXISTS (SELECT 1 FROM announcements a"
        " WHERE a.source = ? AND a.item_id = s.item_id)",
        [src],
    )
    con.execute(
        """
        INSERT INTO announcements (source, item_id, url, title, published, kind, text,
                                   content_hash, record, first_seen, last_seen, snapshot_id)
        SELECT $src, item_id, url, title, published, kind, text, content_hash, record::JSON,
               $at, $at, $sid
        FROM staged_ann s
        WHERE NOT EXISTS (SELECT 1 FROM announcements a
                          WHERE a.source = $src AND a.item_id = s.item_id)
        """,
        params,
    )
    con.execute("DROP TABLE staged_ann")
    return new


def field_diff(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Top-level record fields whose values differ, in a stable order."""
    keys = list(dict.fromkeys([*old, *new]))
    return [k for k in keys if old.get(k) != new.get(k)]
