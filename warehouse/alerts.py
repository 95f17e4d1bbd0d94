"""Alerts in the warehouse: matching rules against changes and source-health events,
and recording deliveries (DuckDB only; channels live in banwatch.alerting).

Each rule evaluates every change and failed snapshot once (`alert_rule_state` keeps
how far it got) and the UNIQUE keys of `alerts` make a second alert for the same
(rule, event) impossible. Changes of a source's first loaded snapshot are its
baseline, not news: they alert only for rules with `initial_load`.

A change alert's payload: kind, rule, source, record_id, change, name, fields,
old_values, new_values, detected_at, snapshot_id, snapshot_sha256, run_id,
target_type, authority, jurisdiction, programs, measures, countries, listed_on and
`matched` ({watched, name, score} when the rule watches names, else null). A health
alert's: kind, rule, source, event, error, fetched_at, snapshot_id, snapshot_sha256,
run_id, last_success (and for `stale`: expected_every_seconds, stale_after_seconds).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import duckdb
from croniter import croniter  # an Airflow dependency

from warehouse.db import rows, scalar

CHANGE_KINDS = ("added", "removed", "modified", "relisted")
FAILED_STATUSES = ("quarantined", "fetch_failed", "parse_failed", "load_failed")
HEALTH_EVENTS = (*FAILED_STATUSES, "stale")
OK_STATUSES = ("loaded", "unchanged")

# Lower-cased, accents and punctuation removed (as warehouse.queries.search_names).
_NORM_MACRO = (
    "CREATE OR REPLACE TEMP MACRO bw_norm(x) AS"
    r" trim(regexp_replace(lower(strip_accents(x)), '[^a-z0-9\p{L}]+', ' ', 'g'))"
)
# Times in payloads: ISO 8601 UTC, e.g. 2024-06-21T12:00:00.000000Z.
_ISO = "%Y-%m-%dT%H:%M:%S.%fZ"
_ISO_MACRO = f"CREATE OR REPLACE TEMP MACRO bw_iso(ts) AS strftime(timezone('UTC', ts), '{_ISO}')"


def _iso(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime(_ISO)


_PRESETS = {
    "@hourly": "0 * * * *",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@weekly": "0 0 * * 0",
    "@monthly": "0 0 1 * *",
    "@quarterly": "0 0 1 */3 *",
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
}


class AlertRule(Protocol):
    """What matching needs from a rule (banwatch.alerting.rules.Rule has it).

    Empty lists mean "any"; text criteria compare normalised (case, accents,
    punctuation ignored); lists match when they share one value.
    """

    @property
    def name(self) -> str: ...
    @property
    def health(self) -> bool: ...  # source-health rule (else: change rule)
    @property
    def changes(self) -> Sequence[str]: ...  # change kinds
    @property
    def events(self) -> Sequence[str]: ...  # HEALTH_EVENTS (health rules)
    @property
    def sources(self) -> Sequence[str]: ...
    @property
    def authorities(self) -> Sequence[str]: ...
    @property
    def jurisdictions(self) -> Sequence[str]: ...
    @property
    def programs(self) -> Sequence[str]: ...
    @property
    def measures(self) -> Sequence[str]: ...
    @property
    def countries(self) -> Sequence[str]: ...  # countries or nationalities of the target
    @property
    def names(self) -> Sequence[str]: ...  # watched names (record name or an alias)
    @property
    def name_threshold(self) -> float: ...
    @property
    def initial_load(self) -> bool: ...
    @property
    def stale_factor(self) -> float: ...
    @property
    def since(self) -> datetime | None: ...
    @property
    def channels(self) -> Sequence[str]: ...


def _count(con: duckdb.DuckDBPyConnection, sql: str, params: Any) -> int:
    """Rows a DML statement with RETURNING affected."""
    return len(con.execute(sql, params).fetchall())


def _opt(values: Sequence[str]) -> list[str] | None:
    """A filter list for SQL: None means no filter."""
    return [str(v) for v in values] or None


# --- generating ------------------------------------------------------------------


def generate_alerts(
    con: duckdb.DuckDBPyConnection,
    rules: Sequence[AlertRule],
    *,
    schedules: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> int:
    """Insert the alerts the rules match among events not yet evaluated; returns how
    many. `schedules` (source id -> cron) enables stale-source detection."""
    now = now or datetime.now(UTC)
    con.execute(_NORM_MACRO)
    con.execute(_ISO_MACRO)
    con.execute("BEGIN TRANSACTION")
    try:
        upto_change = scalar(con, "SELECT max(change_id) FROM changes")
        upto_snapshot = scalar(con, "SELECT max(snapshot_id) FROM snapshots")
        created = 0
        for rule in rules:
            state = con.execute(
                "SELECT last_change_id, last_snapshot_id FROM alert_rule_state WHERE rule = ?",
                [rule.name],
            ).fetchone()
            after_change, after_snapshot = state or (0, 0)
            if rule.health:
                created += _failure_alerts(con, rule, after_snapshot, upto_snapshot)
                if schedules:
                    created += _stale_alerts(con, rule, schedules, now)
            else:
                created += _change_alerts(con, rule, after_change, upto_change)
            con.execute(
                "INSERT OR REPLACE INTO alert_rule_state VALUES (?, ?, ?, ?)",
                [rule.name, upto_change, upto_snapshot, now],
            )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return created


def _change_alerts(con: duckdb.DuckDBPyConnection, rule: AlertRule, after: int, upto: int) -> int:
    if upto <= after:
        return 0
    params = {
        "after": after,
        "upto": upto,
        "changes": list(rule.changes or CHANGE_KINDS),
        "initial": rule.initial_load,
        "since": rule.since,
        "sources": _opt(rule.sources),
        "authorities": _opt(rule.authorities),
        "jurisdictions": _opt(rule.jurisdictions),
        "programs": _opt(rule.programs),
        "measures": _opt(rule.measures),
        "countries": _opt(rule.countries),
    }
    # The version a change is about: the new one, or the closed one for a removal.
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE alert_cand AS
        SELECT c.change_id, v.name, v.record
        FROM changes c
        JOIN ban_record_versions v ON v.source = c.source AND v.record_id = c.record_id
             AND v.version = coalesce(c.new_version, c.old_version)
        WHERE c.change_id > $after AND c.change_id <= $upto
          AND list_contains($changes, c.change)
          AND ($since IS NULL OR c.detected_at >= $since)
          AND ($initial OR c.snapshot_id <> (SELECT min(b.snapshot_id) FROM snapshots b
                                             WHERE b.source = c.source AND b.status = 'loaded'))
          AND ($sources IS NULL OR list_contains($sources, c.source))
          AND ($authorities IS NULL OR list_contains(
                list_transform($authorities, lambda x: bw_norm(x)), bw_norm(v.authority)))
          AND ($jurisdictions IS NULL OR list_contains(
                list_transform($jurisdictions, lambda x: bw_norm(x)), bw_norm(v.jurisdiction)))
          AND ($programs IS NULL OR list_has_any(
                list_transform($programs, lambda x: bw_norm(x)),
                list_transform(v.programs, lambda x: bw_norm(x))))
          AND ($measures IS NULL OR list_has_any($measures, v.measures))
          AND ($countries IS NULL OR list_has_any(
                list_transform($countries, lambda x: bw_norm(x)),
                list_transform(list_concat(v.countries, coalesce(
                    json_extract_string(v.record, '$.nationalities[*]'), [])),
                    lambda x: bw_norm(x))))
          AND NOT EXISTS (SELECT 1 FROM alerts a
                          WHERE a.rule = $rule AND a.change_id = c.change_id)
        """,
        {**params, "rule": rule.name},
    )
    if rule.names:
        _name_matches(con, list(rule.names), rule.name_threshold)
    else:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE alert_match AS"
            " SELECT change_id, NULL::JSON AS matched FROM alert_cand"
        )
    created = _count(
        con,
        """
        INSERT INTO alerts (rule, kind, change_id, source, record_id, change, snapshot_id,
                            snapshot_sha256, run_id, payload, channels)
        SELECT $rule, 'change', c.change_id, c.source, c.record_id, c.change,
               c.snapshot_id, s.sha256, s.run_id,
               json_object(
                   'kind', 'change', 'rule', $rule, 'source', c.source,
                   'record_id', c.record_id, 'change', c.change, 'name', c.name,
                   'fields', c.fields, 'old_values', c.old_values,
                   'new_values', c.new_values, 'detected_at', bw_iso(c.detected_at),
                   'snapshot_id', c.snapshot_id, 'snapshot_sha256', s.sha256,
                   'run_id', s.run_id, 'target_type', v.target_type,
                   'authority', v.authority, 'jurisdiction', v.jurisdiction,
                   'programs', v.programs, 'measures', v.measures,
                   'countries', v.countries, 'listed_on', v.listed_on,
                   'matched', m.matched),
               $channels
        FROM alert_match m
        JOIN changes c USING (change_id)
        JOIN snapshots s ON s.snapshot_id = c.snapshot_id
        JOIN ban_record_versions v ON v.source = c.source AND v.record_id = c.record_id
             AND v.version = coalesce(c.new_version, c.old_version)
        ORDER BY c.change_id
        RETURNING alert_id
        """,
        {"rule": rule.name, "channels": list(rule.channels)},
    )
    con.execute("DROP TABLE alert_match")
    con.execute("DROP TABLE alert_cand")
    return created


def _name_matches(con: duckdb.DuckDBPyConnection, watched: list[str], threshold: float) -> None:
    """alert_match: candidates whose name or an alias matches a watched name.

    Names are compared token by token after normalisation: every token of the watched
    name needs a token of the candidate with Jaro-Winkler similarity >= threshold; the
    score is the weakest such token. Word order and extra middle names do not matter.
    """
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE alert_match AS
        WITH names AS (
            SELECT change_id, name AS candidate FROM alert_cand
            UNION
            SELECT change_id, unnest(json_extract_string(record, '$.aliases[*].name'))
            FROM alert_cand
        ),
        cand_tok AS (
            SELECT change_id, candidate, unnest(string_split(bw_norm(candidate), ' ')) AS tok
            FROM names
        ),
        watch_tok AS (
            SELECT w AS watched, unnest(string_split(bw_norm(w), ' ')) AS wtok
            FROM unnest($watched) AS t(w)
        ),
        per_token AS (
            SELECT c.change_id, c.candidate, w.watched, w.wtok,
                   max(jaro_winkler_similarity(c.tok, w.wtok)) AS score
            FROM cand_tok c CROSS JOIN watch_tok w
            WHERE c.tok <> '' AND w.wtok <> ''
            GROUP BY ALL
        ),
        per_name AS (
            SELECT change_id, candidate, watched, min(score) AS score
            FROM per_token GROUP BY ALL
        )
        SELECT change_id,
               arg_max(json_object('watched', watched, 'name', candidate,
                                   'score', round(score, 4)), score) AS matched
        FROM per_name
        WHERE score >= $threshold
        GROUP BY change_id
        """,
        {"watched": watched, "threshold": threshold},
    )


def _failure_alerts(con: duckdb.DuckDBPyConnection, rule: AlertRule, after: int, upto: int) -> int:
    events = [e for e in (rule.events or HEALTH_EVENTS) if e in FAILED_STATUSES]
    if upto <= after or not events:
        return 0
    return _count(
        con,
        """
        INSERT INTO alerts (rule, kind, health_key, source, change, snapshot_id,
                            snapshot_sha256, run_id, payload, channels)
        SELECT $rule, 'source_health', s.source || ':' || s.status || ':' || s.snapshot_id,
               s.source, s.status, s.snapshot_id, s.sha256, s.run_id,
               json_object(
                   'kind', 'source_health', 'rule', $rule, 'source', s.source,
                   'event', s.status, 'error', s.error, 'fetched_at', bw_iso(s.fetched_at),
                   'snapshot_id', s.snapshot_id, 'snapshot_sha256', s.sha256,
                   'run_id', s.run_id, 'http_status', s.http_status,
                   'record_count', s.record_count,
                   'last_success', bw_iso((SELECT max(o.fetched_at) FROM snapshots o
                                           WHERE o.source = s.source
                                             AND o.status IN ('loaded', 'unchanged')))),
               $channels
        FROM snapshots s
        WHERE s.snapshot_id > $after AND s.snapshot_id <= $upto
          AND list_contains($events, s.status)
          AND ($since IS NULL OR s.fetched_at >= $since)
          AND ($sources IS NULL OR list_contains($sources, s.source))
          AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.rule = $rule
                          AND a.health_key = s.source || ':' || s.status || ':'
                                             || s.snapshot_id)
        ORDER BY s.snapshot_id
        RETURNING alert_id
        """,
        {
            "rule": rule.name,
            "channels": list(rule.channels),
            "after": after,
            "upto": upto,
            "events": events,
            "since": rule.since,
            "sources": _opt(rule.sources),
        },
    )


def expected_interval(schedule: str, at: datetime, *, fires: int = 8) -> timedelta | None:
    """The longest gap between consecutive fire times of a cron schedule after `at`
    (None for schedules that are not periodic, such as @once)."""
    expr = _PRESETS.get(schedule.strip(), schedule)
    if expr.startswith("@") or not croniter.is_valid(expr):
        return None
    it = croniter(expr, at)
    times = [it.get_next(datetime) for _ in range(fires + 1)]
    return max(b - a for a, b in zip(times, times[1:], strict=False))


def _stale_alerts(
    con: duckdb.DuckDBPyConnection,
    rule: AlertRule,
    schedules: Mapping[str, str],
    now: datetime,
) -> int:
    """A source is stale when its last successful fetch (or, failing all so far, its
    first attempt) is older than stale_factor x its schedule's interval. One alert per
    rule and last success; a source never fetched at all is not judged."""
    if "stale" not in (rule.events or HEALTH_EVENTS):
        return 0
    refs = rows(
        con,
        """
        SELECT source,
               coalesce(max(snapshot_id) FILTER (WHERE status IN ('loaded', 'unchanged')),
                        min(snapshot_id)) AS ref_id
        FROM snapshots GROUP BY source
        """,
    )
    created = 0
    for ref in refs:
        source = ref["source"]
        if source not in schedules or (rule.sources and source not in rule.sources):
            continue
        snap = rows(
            con,
            "SELECT snapshot_id, fetched_at, status, sha256, run_id FROM snapshots"
            " WHERE snapshot_id = ?",
            [ref["ref_id"]],
        )[0]
        interval = expected_interval(schedules[source], snap["fetched_at"])
        if interval is None:
            continue
        limit = interval * rule.stale_factor
        if now - snap["fetched_at"] <= limit:
            continue
        key = f"{source}:stale:{snap['snapshot_id']}"
        if scalar(
            con, "SELECT count(*) FROM alerts WHERE rule = ? AND health_key = ?", [rule.name, key]
        ):
            continue
        succeeded = snap["status"] in OK_STATUSES
        payload = {
            "kind": "source_health",
            "rule": rule.name,
            "source": source,
            "event": "stale",
            "error": (
                f"no successful fetch since {_iso(snap['fetched_at'])}"
                if succeeded
                else f"no successful fetch since the first attempt {_iso(snap['fetched_at'])}"
            )
            + f" (schedule {schedules[source]!r}, stale after {limit})",
            "fetched_at": _iso(snap["fetched_at"]),
            "snapshot_id": snap["snapshot_id"],
            "snapshot_sha256": snap["sha256"],
            "run_id": snap["run_id"],
            "last_success": _iso(snap["fetched_at"]) if succeeded else None,
            "expected_every_seconds": int(interval.total_seconds()),
            "stale_after_seconds": int(limit.total_seconds()),
        }
        con.execute(
            "INSERT INTO alerts (rule, kind, health_key, source, change, snapshot_id,"
            " snapshot_sha256, run_id, payload, channels)"
            " VALUES (?, 'source_health', ?, ?, 'stale', ?, ?, ?, ?, ?)",
            [
                rule.name,
                key,
                source,
                snap["snapshot_id"],
                snap["sha256"],
                snap["run_id"],
                json.dumps(payload),
                list(rule.channels),
            ],
        )
        created += 1
    return created


# --- reading and delivering ----------------------------------------------------------

_ALERT_COLUMNS = """
    a.alert_id, a.rule, a.kind, a.source, a.record_id, a.change, a.snapshot_id,
    a.snapshot_sha256, a.run_id, a.payload, a.channels, a.created_at, a.status, a.attempts,
    a.last_error, a.delivered_at,
    coalesce((SELECT list(DISTINCT d.channel ORDER BY d.channel) FROM alert_deliveries d
          WHERE d.alert_id = a.alert_id AND d.ok), []) AS delivered_channels
"""


def _decoded(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows:
        row["payload"] = json.loads(row["payload"])
    return rows


def list_alerts(
    con: duckdb.DuckDBPyConnection, *, pending_only: bool = False, limit: int | None = None
) -> list[dict[str, Any]]:
    """Alerts, oldest first; `payload` decoded, `delivered_channels` listed."""
    return _decoded(
        rows(
            con,
            f"SELECT {_ALERT_COLUMNS} FROM alerts a"
            " WHERE NOT $pending OR a.status = 'pending' ORDER BY a.alert_id LIMIT $limit",
            {"pending": pending_only, "limit": limit},
        )
    )


def pending_alerts(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    return list_alerts(con, pending_only=True)


def _record_attempt(
    con: duckdb.DuckDBPyConnection, alert_id: int, channel: str, error: str | None
) -> list[str]:
    """Log one delivery attempt; returns the alert's channels still undelivered."""
    con.execute(
        "INSERT INTO alert_deliveries (alert_id, channel, ok, error) VALUES (?, ?, ?, ?)",
        [alert_id, channel, error is None, error],
    )
    row = con.execute("SELECT channels FROM alerts WHERE alert_id = ?", [alert_id]).fetchone()
    if row is None:
        raise KeyError(f"no alert {alert_id}")
    done = {
        r[0]
        for r in con.execute(
            "SELECT channel FROM alert_deliveries WHERE alert_id = ? AND ok", [alert_id]
        ).fetchall()
    }
    return [c for c in row[0] if c not in done]


def mark_delivered(con: duckdb.DuckDBPyConnection, alert_id: int, channel: str) -> None:
    """Record a successful delivery on `channel`; the alert is delivered (and never sent
    again) once all its channels have succeeded."""
    con.execute("BEGIN TRANSACTION")
    try:
        left = _record_attempt(con, alert_id, channel, None)
        con.execute(
            "UPDATE alerts SET attempts = attempts + 1,"
            " status = CASE WHEN $done THEN 'delivered' ELSE status END,"
            " delivered_at = CASE WHEN $done THEN current_timestamp ELSE delivered_at END,"
            " last_error = CASE WHEN $done THEN NULL ELSE last_error END"
            " WHERE alert_id = $id",
            {"done": not left, "id": alert_id},
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def mark_failed(
    con: duckdb.DuckDBPyConnection,
    alert_id: int,
    channel: str,
    error: str,
    *,
    max_attempts: int | None = None,
) -> None:
    """Record a failed delivery: the alert stays pending (attempts + 1, last_error set)
    unless `max_attempts` is reached, when it becomes `failed` (kept, not retried)."""
    error = error[:1000]
    con.execute("BEGIN TRANSACTION")
    try:
        _record_attempt(con, alert_id, channel, error)
        con.execute(
            "UPDATE alerts SET attempts = attempts + 1, last_error = $error,"
            " status = CASE WHEN $max IS NOT NULL AND attempts + 1 >= $max"
            " THEN 'failed' ELSE status END"
            " WHERE alert_id = $id",
            {"error": f"{channel}: {error}", "max": max_attempts, "id": alert_id},
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
