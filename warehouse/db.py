"""Opening the warehouse and applying its ordered SQL migrations.

Migrations are `migrations/NNN_name.sql`, applied in order, each in its own
transaction together with its row in `schema_migrations`, so a failing migration
leaves the database at the previous version.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


class WarehouseError(Exception):
    pass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path


def migrations(folder: Path = MIGRATIONS_DIR) -> list[Migration]:
    found = []
    for path in sorted(folder.glob("*.sql")):
        m = _NAME.match(path.name)
        if not m:
            raise WarehouseError(f"migration file {path.name} is not named NNN_name.sql")
        found.append(Migration(int(m[1]), m[2], path))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise WarehouseError(f"migrations are not numbered 1..n without gaps: {versions}")
    return found


def migrate(con: duckdb.DuckDBPyConnection, folder: Path = MIGRATIONS_DIR) -> list[int]:
    """Apply pending migrations; returns the versions applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
        " applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp)"
    )
    done = {r[0] for r in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for mig in migrations(folder):
        if mig.version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(mig.path.read_text(encoding="utf-8"))
            con.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                [mig.version, mig.name],
            )
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise WarehouseError(f"migration {mig.path.name} failed: {exc}") from exc
        applied.append(mig.version)
    return applied


LOCK_TIMEOUT = float(os.environ.get("BANWATCH_LOCK_TIMEOUT", "120"))


def _open(path: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Open the file, waiting while another process holds DuckDB's lock (a writer
    excludes every other process, readers exclude writers)."""
    deadline = time.monotonic() + LOCK_TIMEOUT
    delay = 0.1
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                raise WarehouseError(f"cannot open the warehouse {path}: {exc}") from exc
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: Any = None) -> list[dict[str, Any]]:
    """A query's result as dicts keyed by column name."""
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: Any = None) -> int:
    """A query's single integer (0 when it returns no row or NULL)."""
    row = con.execute(sql, params or []).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


@contextmanager
def connect(path: Path, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse. Writers migrate it first; readers open it read-only.

    DuckDB allows one writing process per file: callers serialise writers (the
    Airflow load tasks share a one-slot pool).
    """
    if read_only:
        if not path.exists():
            raise WarehouseError(f"no warehouse at {path}: run `banwatch ingest` first")
        con = _open(path, read_only=True)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        con = _open(path, read_only=False)
        migrate(con)
    try:
        con.execute("SET TimeZone = 'UTC'")
        yield con
    finally:
        con.close()
