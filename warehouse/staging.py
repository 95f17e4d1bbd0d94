"""Staged Parquet files: what a parse task hands to its load task.

Parsed records are written as JSON lines, then turned into Parquet by DuckDB with
an explicit schema, so no record data passes through Airflow's XCom.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import duckdb

from transforms.model import BanRecord, content_hash

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


def write_staged(records: Iterable[BanRecord], path: Path) -> tuple[int, list[str]]:
    """Write records to `path` (Parquet); returns (count, duplicate record ids)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    jsonl = path.with_suffix(".jsonl.tmp")
    seen: set[str] = set()
    duplicates: list[str] = []
    count = 0
    try:
        with jsonl.open("w", encoding="utf-8") as out:
            for record in records:
                if record.record_id in seen:
                    duplicates.append(record.record_id)
                    continue
                seen.add(record.record_id)
                out.write(json.dumps(staged_row(record), ensure_ascii=False))
                out.write("\n")
                count += 1
        tmp = path.with_suffix(".parquet.tmp")
        con = duckdb.connect()
        try:
            columns = ", ".join(f"'{k}': '{v}'" for k, v in STAGED_COLUMNS.items())
            con.execute(
                f"COPY (SELECT * FROM read_json(?, format='newline_delimited',"
                f" columns={{{columns}}})) TO '{_sql_path(tmp)}' (FORMAT parquet)",
                [str(jsonl)],
            )
        finally:
            con.close()
        os.replace(tmp, path)
    finally:
        jsonl.unlink(missing_ok=True)
    return count, duplicates


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")
