"""Staged Parquet files: what a parse task hands to its load task.

Parsed records are written as JSON lines, then turned into Parquet by DuckDB with an
explicit schema, so no record data passes through Airflow's XCom. Feed sources also
stage their announcements, in a second file beside the records.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import duckdb

from transforms.model import Announcement, BanRecord, content_hash

STAGED_COLUMNS = {
    "record_id": "VARCHAR",
    "content_hash": "VARCHAR",
    "name": "VARCHAR",
    "target_type": "VARCHAR",
    "authority": "VARCHAR",
    "jurisdiction": "VARCHAR",
    "programs": "VARCHAR[]",
    "measures": "VARCHAR[]",
    "countries": "VARCHAR[]",
    "listed_on": "VARCHAR",
    "record": "VARCHAR",
}

ANNOUNCEMENT_COLUMNS = {
    "item_id": "VARCHAR",
    "content_hash": "VARCHAR",
    "url": "VARCHAR",
    "title": "VARCHAR",
    "published": "VARCHAR",
    "kind": "VARCHAR",
    "text": "VARCHAR",
    "record": "VARCHAR",
}


@dataclass
class Staged:
    records: int = 0
    announcements: int = 0
    duplicates: list[str] = field(default_factory=list)  # repeated record or item ids


def announcements_path(staged: Path) -> Path:
    """Where the announcements staged beside `staged` (the records file) live."""
    return staged.with_name(staged.stem + ".announcements.parquet")


def staged_row(record: BanRecord) -> dict[str, Any]:
    row = record.to_row()
    return {
        "record_id": record.record_id,
        "content_hash": content_hash(row),
        "name": record.name,
        "target_type": str(record.target_type),
        "authority": record.authority,
        "jurisdiction": record.jurisdiction,
        "programs": record.programs,
        "measures": [str(m) for m in record.measures],
        "countries": record.countries,
        "listed_on": record.listed_on.value if record.listed_on else None,
        "record": json.dumps(row, sort_keys=True, ensure_ascii=False),
    }


def announcement_row(item: Announcement) -> dict[str, Any]:
    row = item.to_row()
    return {
        "item_id": item.item_id,
        "content_hash": content_hash(row),
        "url": item.url,
        "title": item.title,
        "published": item.published.value if item.published else None,
        "kind": item.kind,
        "text": item.text,
        "record": json.dumps(row, sort_keys=True, ensure_ascii=False),
    }


def write_staged(items: Iterable[BanRecord | Announcement], path: Path) -> Staged:
    """Write records to `path` and announcements beside it (both Parquet)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    targets = {
        BanRecord: (path, STAGED_COLUMNS),
        Announcement: (announcements_path(path), ANNOUNCEMENT_COLUMNS),
    }
    jsonl = {kind: dest.with_suffix(".jsonl.tmp") for kind, (dest, _) in targets.items()}
    seen: dict[type, set[str]] = {BanRecord: set(), Announcement: set()}
    result = Staged()
    outs: dict[type, IO[str]] = {}
    try:
        for kind, tmp in jsonl.items():
            outs[kind] = tmp.open("w", encoding="utf-8")
        for item in items:
            if isinstance(item, BanRecord):
                key, row = item.record_id, staged_row(item)
            else:
                key, row = item.item_id, announcement_row(item)
            if key in seen[type(item)]:
                result.duplicates.append(key)
                continue
            seen[type(item)].add(key)
            outs[type(item)].write(json.dumps(row, ensure_ascii=False) + "\n")
        for out in outs.values():
            out.close()
        for kind, (dest, columns) in targets.items():
            _jsonl_to_parquet(jsonl[kind], dest, columns)
    finally:
        for out in outs.values():
            out.close()
        for tmp in jsonl.values():
            tmp.unlink(missing_ok=True)
    result.records = len(seen[BanRecord])
    result.announcements = len(seen[Announcement])
    return result


def _jsonl_to_parquet(source: Path, dest: Path, columns: dict[str, str]) -> None:
    tmp = dest.with_suffix(".parquet.tmp")
    spec = ", ".join(f"'{k}': '{v}'" for k, v in columns.items())
    con = duckdb.connect()
    try:
        con.execute(
            f"COPY (SELECT * FROM read_json(?, format='newline_delimited', columns={{{spec}}}))"
            f" TO '{str(tmp).replace(chr(39), chr(39) * 2)}' (FORMAT parquet)",
            [str(source)],
        )
    finally:
        con.close()
    os.replace(tmp, dest)
