"""Read queries behind the CLI: source health, changes, name search."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import duckdb

from warehouse.db import rows


def source_status(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Per source: last fetch and its status, current record count, last change."""
    return rows(
        con,
        """
        WITH last AS (
            SELECT * FROM snapshots
            QUALIFY row_number() OVER (PARTITION BY source ORDER BY snapshot_id DESC) = 1
        ),
        ok AS (
            SELECT source, max(fetched_at) AS last_success FROM snapshots
            WHERE status IN ('loaded', 'unchanged') GROUP BY source
        ),
        recs AS (SELECT source, count(*) AS records FROM ban_records GROUP BY source),
        chg AS (SELECT source, max(detected_at) AS last_change FROM changes GROUP BY source)
        SELECT last.source, last.fetched_at AS last_fetch, last.status, last.error,
               ok.last_success, coalesce(recs.records, 0) AS records, chg.last_change,
               last.sha256 AS snapshot
        FROM last
        LEFT JOIN ok USING (source) LEFT JOIN recs USING (source) LEFT JOIN chg USING (source)
        ORDER BY last.source
        """,
    )


def list_changes(
    con: duckdb.DuckDBPyConnection,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    source: str | None = None,
) -> list[dict[str, Any]]:
    return rows(
        con,
        """
        SELECT c.source, c.record_id, c.change, c.name, c.fields, c.old_values, c.new_values,
               c.detected_at, s.sha256 AS snapshot, c.snapshot_id
        FROM changes c JOIN snapshots s USING (snapshot_id)
        WHERE ($since IS NULL OR c.detected_at >= $since)
          AND ($until IS NULL OR c.detected_at < $until)
          AND ($source IS NULL OR c.source = $source)
        ORDER BY c.change_id
        """,
        {"since": since, "until": until, "source": source},
    )


# Names are compared lower-cased, without accents and punctuation.
_NORM = "trim(regexp_replace(lower(strip_accents({x})), '[^a-z0-9\\p{{L}}]+', ' ', 'g'))"


def search_names(
    con: duckdb.DuckDBPyConnection, query: str, *, limit: int = 20, threshold: float = 0.9
) -> list[dict[str, Any]]:
    """Current records whose name or an alias contains the query or is close to it
    (Jaro-Winkler similarity >= threshold on the normalised strings)."""
    norm_q = _NORM.format(x="$q")
    norm_n = _NORM.format(x="n.candidate")
    return rows(
        con,
        f"""
        WITH names AS (
            SELECT r.source, r.record_id, r.name, r.target_type, r.programs, r.name AS candidate
            FROM ban_records r
            UNION ALL
            SELECT r.source, r.record_id, r.name, r.target_type, r.programs,
                   unnest(json_extract_string(r.record, '$.aliases[*].name')) AS candidate
            FROM ban_records r
        ),
        scored AS (
            SELECT n.*, {norm_n} AS norm,
                   CASE WHEN contains({norm_n}, {norm_q}) THEN 1.0
                        ELSE jaro_winkler_similarity({norm_n}, {norm_q}) END AS score
            FROM names n
        )
        SELECT source, record_id, name, target_type, programs,
               max(score) AS score, arg_max(candidate, score) AS matched
        FROM scored
        WHERE score >= $threshold
        GROUP BY ALL
        ORDER BY score DESC, name
        LIMIT $limit
        """,
        {"q": query, "threshold": threshold, "limit": limit},
    )


def records_as_of(
    con: duckdb.DuckDBPyConnection, moment: datetime | None, *, source: str | None = None
) -> list[dict[str, Any]]:
    """What banwatch knew to be listed at `moment` (observation time)."""
    return rows(
        con,
        """
        SELECT source, record_id, version, name, target_type, programs, measures, countries,
               listed_on, valid_from, snapshot_id
        FROM ban_records_as_of($moment)
        WHERE $source IS NULL OR source = $source
        ORDER BY source, name, record_id
        """,
        {"moment": moment, "source": source},
    )


def run_sql(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Any query on a read-only connection (the CLI's `sql` command). Files outside
    the warehouse stay out of reach: no COPY TO, ATTACH or read_text, and the setting
    cannot be turned back on by the query."""
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    cur = con.execute(sql)
    return [d[0] for d in cur.description or []], cur.fetchall()


def record_links(
    con: duckdb.DuckDBPyConnection, *, source: str | None = None
) -> list[dict[str, Any]]:
    """Announcement-derived records and the list records naming the same target."""
    return rows(
        con,
        """
        SELECT l.source, l.record_id, l.name, l.announcement_id, a.title AS announcement,
               a.url, l.list_source, l.list_record_id, l.list_name, l.matched_name,
               round(l.score, 3) AS score
        FROM ban_record_links l
        LEFT JOIN announcements a ON a.source = l.source AND a.item_id = l.announcement_id
        WHERE $source IS NULL OR l.source = $source
        ORDER BY l.source, l.name, l.list_source, l.list_record_id
        """,
        {"source": source},
    )
