"""Alert rules against a real warehouse: matching, idempotence, source health, the CLI
and the alerts DAG's integrity."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, get_args

import pytest
from click.testing import CliRunner

from banwatch.alerting import deliver
from banwatch.alerting.cli import alerts_group
from banwatch.alerting.rules import (
    AlertRulesError,
    AlertsConfig,
    ChangeKind,
    HealthEvent,
    Rule,
    load_rules,
    normalise_name,
)
from transforms.model import Alias, BanRecord, Measure, TargetType
from transforms.registry import all_sources
from warehouse import alerts as wa
from warehouse.db import connect
from warehouse.load import SnapshotInfo, load_snapshot, record_snapshot
from warehouse.staging import write_staged

PROJECT = Path(__file__).resolve().parents[1]
SID = "us_ofac_sdn"
OTHER = "xx_test_list"
T0 = datetime(2024, 6, 21, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def rec(rid: str, name: str, source: str = SID, **kw: Any) -> BanRecord:
    base: dict[str, Any] = {
        "target_type": TargetType.PERSON,
        "authority": "OFAC" if source == SID else "Test Authority",
        "jurisdiction": "US" if source == SID else "XX",
        "programs": ["RUSSIA-EO14024"],
        "measures": [Measure.ASSET_FREEZE],
    }
    return BanRecord(source=source, record_id=rid, name=name, **{**base, **kw})


DAY1 = [rec(str(i), f"PERSON {i}") for i in range(1, 31)]
PETROV = rec(
    "100",
    "PETROV, Ivan Sergeyevich",
    countries=["Russia"],
    nationalities=["Russian Federation"],
)
HARBOR = rec(
    "101",
    "BLUE HARBOR TRADING FZE",
    target_type=TargetType.ORGANIZATION,
    aliases=[Alias(name="BLUE HARBOUR TRADING", kind="aka")],
    countries=["United Arab Emirates"],
    programs=["IRAN"],
    measures=[Measure.ASSET_FREEZE, Measure.EXPORT_CONTROL],
)


def day2() -> list[BanRecord]:
    recs = [r for r in DAY1 if r.record_id != "5"]  # 5 removed
    recs[0] = rec("1", "PERSON 1", programs=["RUSSIA-EO14024", "CYBER2"])  # modified
    recs[1] = rec("2", "PERSON 2 RENAMED")  # modified
    return [*recs, PETROV, HARBOR]  # added


def info(source: str, run: str, sha: str, at: datetime) -> SnapshotInfo:
    return SnapshotInfo(
        source=source, run_id=run, url="http://x/f", fetched_at=at, http_status=200, sha256=sha
    )


def load(db: Path, tmp: Path, source: str, run: str, records: list[BanRecord], at: datetime) -> str:
    staged = tmp / f"{source}-{run}.parquet"
    write_staged(records, staged)
    with connect(db) as con:
        return load_snapshot(con, info(source, run, f"sha-{run}", at), staged).status


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Two days of us_ofac_sdn (5 changes after the baseline) and one of another source."""
    path = tmp_path / "wh.duckdb"
    load(path, tmp_path, SID, "r1", DAY1, T0)
    load(path, tmp_path, SID, "r2", day2(), T0 + DAY)
    load(path, tmp_path, OTHER, "o1", [rec("A", "ALPHA ONE", source=OTHER)], T0)
    load(path, tmp_path, OTHER, "o2", [rec("A", "ALPHA ONE", source=OTHER),
                                      rec("B", "IVAN PETROV", source=OTHER)], T0 + DAY)  # fmt: skip
    return path


def rule(name: str = "r", **kw: Any) -> Rule:
    return Rule.model_validate({"name": name, "channels": ["log"], **kw})


def generate(db: Path, rules: Sequence[Rule], **kw: Any) -> int:
    with connect(db) as con:
        return wa.generate_alerts(con, rules, **kw)


def alerts(db: Path, rule_name: str | None = None) -> list[dict[str, Any]]:
    with connect(db) as con:
        rows = wa.list_alerts(con)
    return [r for r in rows if rule_name is None or r["rule"] == rule_name]


def matched(db: Path, **kw: Any) -> set[tuple[str, str, str]]:
    """(source, record_id, change) a fresh rule alerts on."""
    name = f"t{len(alerts(db))}_{abs(hash(repr(sorted(kw.items())))) % 10**8}"
    generate(db, [rule(name, **kw)])
    return {(a["source"], a["record_id"], a["change"]) for a in alerts(db, name)}


# --- rules files ------------------------------------------------------------------------


def test_vocabularies_agree() -> None:
    assert get_args(ChangeKind) == wa.CHANGE_KINDS
    assert get_args(HealthEvent) == wa.HEALTH_EVENTS


def test_example_rules_file_is_valid() -> None:
    config = load_rules(PROJECT / "alerts.yml", known_sources=all_sources())
    assert {r.name for r in config.rules} >= {"watched-names", "source-health"}
    assert {c.type for c in config.channels.values()} == {"file", "webhook", "slack", "email"}
    log = config.channels["log"]
    assert log.type == "file" and log.path == PROJECT / "data" / "alerts.jsonl"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rules: [{name: a, channels: [nowhere]}]\nchannels: {}", "rule 'a': unknown channel"),
        ("rules: [{name: b, channels: [x], changes: [deleted]}]", "rule 'b': changes.0"),
        ("rules: [{name: c, channels: [x], health: true, names: [x]}]", "rule 'c': names cannot"),
        ("rules: [{name: d, channels: [x], stale_factor: 3}]", "rule 'd': "),
        ("rules: [{name: e, channels: [x], names: ['!!']}]", "has no letters"),
        ("rules: [{name: f, channels: [x], measures: [spanking]}]", "rule 'f': measures.0"),
        ("rules: [{name: g, channels: [x], sources: [zz_no_such]}]", "unknown source 'zz_no_such'"),
        ("rules: [{name: h, channels: [x]}, {name: h, channels: [x]}]", "rule 'h': a rule"),
        ("rules: [{channels: [x], colour: red}]", "rule #1: "),
        ("channels: {x: {type: pigeon}}", "channel 'x'"),
        ("rules: [unclosed", "invalid YAML"),
        ("- just a list", "expected a mapping"),
    ],
)
def test_bad_rules_file_names_file_and_rule(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "alerts.yml"
    if text.startswith("rules:") and "channels: {" not in text:
        text += "\nchannels: {x: {type: file, path: a.jsonl}}"
    path.write_text(text)
    with pytest.raises(AlertRulesError) as err:
        load_rules(path, known_sources=all_sources())
    assert str(path) in str(err.value) and expected in str(err.value)


def test_health_and_change_criteria_do_not_mix() -> None:
    with pytest.raises(ValueError, match="names cannot be used in health rules"):
        rule(health=True, names=["x"])
    with pytest.raises(ValueError, match="events cannot be used in change rules"):
        rule(events=["stale"])
    assert rule(since="2024-06-22").since == datetime(2024, 6, 22, tzinfo=UTC)


def test_normalise_name() -> None:
    assert (
        normalise_name("  Müller-Lüdenscheidt, JOSÉ (a.k.a.)") == "muller ludenscheidt jose a k a"
    )


# --- matching -------------------------------------------------------------------------


def test_change_rules_match(db: Path) -> None:
    day2_changes = {
        (SID, "1", "modified"),
        (SID, "2", "modified"),
        (SID, "5", "removed"),
        (SID, "100", "added"),
        (SID, "101", "added"),
        (OTHER, "B", "added"),
    }
    assert matched(db) == day2_changes  # baselines (first loads) are not news
    assert len(matched(db, initial_load=True)) == 30 + 1 + len(day2_changes)
    assert matched(db, changes=["removed", "relisted"]) == {(SID, "5", "removed")}
    assert matched(db, sources=[OTHER]) == {(OTHER, "B", "added")}
    assert matched(db, authorities=["test authority"]) == {(OTHER, "B", "added")}
    assert matched(db, jurisdictions=["us"], changes=["added"]) == {
        (SID, "100", "added"),
        (SID, "101", "added"),
    }
    assert matched(db, programs=["cyber2"]) == {(SID, "1", "modified")}
    assert matched(db, programs=["IRAN", "nothing"]) == {(SID, "101", "added")}
    assert matched(db, measures=["export_control"]) == {(SID, "101", "added")}
    assert matched(db, countries=["RUSSIA"]) == {(SID, "100", "added")}
    assert matched(db, countries=["russian federation"]) == {(SID, "100", "added")}  # nationality
    assert matched(db, countries=["united arab emirates"], programs=["RUSSIA-EO14024"]) == set()
    assert matched(db, since=T0 + 2 * DAY) == set()


def test_watched_names_fuzzy_at_threshold(db: Path) -> None:
    both = {(SID, "100", "added"), (OTHER, "B", "added")}
    # word order, case, punctuation and extra names do not matter
    assert matched(db, names=["ivan petrov"]) == both
    # "petrow" ~ "petrov": Jaro-Winkler 0.9333
    assert matched(db, names=["Ivan Petrow"], name_threshold=0.93) == both
    assert matched(db, names=["Ivan Petrow"], name_threshold=0.94) == set()
    assert matched(db, names=["Ivan Petrov"], sources=[SID]) == {(SID, "100", "added")}
    assert matched(db, names=["Sergei Petrov"]) == set()
    # aliases count
    assert matched(db, names=["Blue Harbour"]) == {(SID, "101", "added")}
    # baseline records match a watched name only with initial_load
    assert matched(db, names=["Person 17"]) == set()
    assert matched(db, names=["Person 17"], initial_load=True) == {(SID, "17", "added")}

    generate(db, [rule("watch", names=["Harbour Blue", "nobody"])])
    [alert] = alerts(db, "watch")
    assert alert["payload"]["matched"] == {
        "watched": "Harbour Blue",
        "name": "BLUE HARBOUR TRADING",
        "score": 1.0,
    }


def test_alert_row_and_payload(db: Path) -> None:
    generate(db, [rule("adds", changes=["modified"], programs=["CYBER2"])])
    [a] = alerts(db, "adds")
    with connect(db) as con:
        change_id, sha, run = con.execute(
            "SELECT c.change_id, s.sha256, s.run_id FROM changes c JOIN snapshots s"
            " USING (snapshot_id) WHERE c.record_id = '1' AND c.change = 'modified'"
        ).fetchone() or (None, None, None)
    assert (a["kind"], a["status"], a["attempts"], a["channels"]) == (
        "change",
        "pending",
        0,
        ["log"],
    )
    assert (a["snapshot_sha256"], a["run_id"]) == (sha, run) == ("sha-r2", "r2")
    p = a["payload"]
    assert p["fields"] == ["programs"] and "CYBER2" in p["new_values"]["programs"]
    assert p["detected_at"] == "2024-06-22T12:00:00.000000Z"
    assert (p["record_id"], p["change"], p["authority"], p["matched"]) == (
        "1",
        "modified",
        "OFAC",
        None,
    )
    with connect(db) as con:
        assert con.execute("SELECT change_id FROM alerts WHERE rule = 'adds'").fetchone() == (
            change_id,
        )


def test_same_event_never_alerts_twice(db: Path, tmp_path: Path) -> None:
    rules = [rule("all"), rule("health", health=True)]
    first = generate(db, rules)
    assert first == 6
    assert generate(db, rules) == 0
    with connect(db) as con:  # even when the rules' progress is lost
        con.execute("DELETE FROM alert_rule_state")
    assert generate(db, rules) == 0
    assert len(alerts(db)) == first
    # a new snapshot brings only its own changes
    load(db, tmp_path, SID, "r3", [*day2(), DAY1[4]], T0 + 2 * DAY)  # 5 relisted
    assert generate(db, rules) == 1
    assert [(a["record_id"], a["change"]) for a in alerts(db, "all")][-1] == ("5", "relisted")
    # the key itself is unique (a second writer could not slip one in)
    with connect(db) as con, pytest.raises(Exception, match="(?i)constraint"):
        con.execute(
            "INSERT INTO alerts (rule, kind, change_id, source, change, payload, channels)"
            " SELECT rule, kind, change_id, source, change, payload, channels FROM alerts"
            " WHERE rule = 'all' LIMIT 1"
        )


def test_quarantined_snapshot_alerts_health_not_removals(db: Path, tmp_path: Path) -> None:
    rules = [rule("removals", changes=["removed"]), rule("health", health=True)]
    generate(db, rules)
    before = len(alerts(db, "removals"))
    status = load(db, tmp_path, SID, "r3", day2()[:15], T0 + 2 * DAY)  # half the list gone
    assert status == "quarantined"
    assert generate(db, rules) == 1
    assert len(alerts(db, "removals")) == before
    [h] = alerts(db, "health")
    assert (h["kind"], h["source"], h["change"], h["run_id"]) == (
        "source_health",
        SID,
        "quarantined",
        "r3",
    )
    assert "would remove" in h["payload"]["error"]
    assert h["payload"]["last_success"] == "2024-06-22T12:00:00.000000Z"
    assert h["payload"]["fetched_at"] == "2024-06-23T12:00:00.000000Z"


def test_failed_fetch_alerts_health_rules_for_that_event(db: Path) -> None:
    with connect(db) as con:
        record_snapshot(
            con,
            info(SID, "r3", None, T0 + 2 * DAY),  # type: ignore[arg-type]
            status="fetch_failed",
            parse_status="not_run",
            error="us_ofac_sdn: SDN.CSV: HTTP 503 after 4 attempts",
        )
    rules = [
        rule("fetch", health=True, events=["fetch_failed"]),
        rule("quarantine-only", health=True, events=["quarantined"]),
        rule("elsewhere", health=True, sources=[OTHER]),
    ]
    assert generate(db, rules) == 1
    [a] = alerts(db)
    assert (a["rule"], a["change"], a["snapshot_sha256"]) == ("fetch", "fetch_failed", None)
    assert "HTTP 503" in a["payload"]["error"]


def test_stale_source(db: Path, tmp_path: Path) -> None:
    schedules = {SID: "15 6 * * *", OTHER: "@once"}  # daily; @once is never stale
    health = [rule("health", health=True, stale_factor=2)]
    assert generate(db, health, schedules=schedules, now=T0 + 2 * DAY) == 0  # last ok: T0 + 1d
    assert generate(db, health, schedules=schedules, now=T0 + 3 * DAY + timedelta(hours=1)) == 1
    assert generate(db, health, schedules=schedules, now=T0 + 4 * DAY) == 0  # once per episode
    [a] = alerts(db)
    assert (a["source"], a["change"], a["run_id"]) == (SID, "stale", "r2")
    assert a["payload"]["expected_every_seconds"] == 86400
    assert a["payload"]["last_success"] == "2024-06-22T12:00:00.000000Z"
    # a successful (even unchanged) fetch ends the episode; staleness later alerts again
    load(db, tmp_path, SID, "r3", day2(), T0 + 5 * DAY)
    assert generate(db, health, schedules=schedules, now=T0 + 6 * DAY) == 0
    assert generate(db, health, schedules=schedules, now=T0 + 8 * DAY) == 1
    assert [a["run_id"] for a in alerts(db)] == ["r2", "r3"]
    # without schedules (or for another source) nothing is judged stale
    assert generate(db, [rule("h2", health=True)], now=T0 + 30 * DAY) == 0
    assert generate(db, [rule("h3", health=True, sources=[OTHER])], schedules=schedules) == 0


def test_expected_interval() -> None:
    assert wa.expected_interval("15 6 * * *", T0) == DAY
    assert wa.expected_interval("@daily", T0) == DAY
    assert wa.expected_interval("0 6 * * 1-5", T0) == 3 * DAY  # over the weekend
    assert wa.expected_interval("*/30 * * * *", T0) == timedelta(minutes=30)
    assert wa.expected_interval("@once", T0) is None


def test_delivery_bookkeeping(db: Path) -> None:
    generate(db, [rule("two", channels=["a", "b"], changes=["removed"])])
    with connect(db) as con:
        [a] = wa.pending_alerts(con)
        wa.mark_failed(con, a["alert_id"], "a", "HTTP 503 after 4 attempt(s)")
        [a] = wa.pending_alerts(con)
        assert (a["attempts"], a["last_error"]) == (1, "a: HTTP 503 after 4 attempt(s)")
        wa.mark_delivered(con, a["alert_id"], "b")
        [a] = wa.pending_alerts(con)
        assert (a["status"], a["delivered_channels"]) == ("pending", ["b"])
        wa.mark_delivered(con, a["alert_id"], "a")
        assert wa.pending_alerts(con) == []
        [a] = wa.list_alerts(con)
        assert (a["status"], a["attempts"], a["last_error"]) == ("delivered", 3, None)
        assert a["delivered_at"] is not None
        deliveries = con.execute(
            "SELECT channel, ok FROM alert_deliveries ORDER BY delivery_id"
        ).fetchall()
        assert deliveries == [("a", False), ("b", True), ("a", True)]


def test_max_attempts_gives_up(db: Path) -> None:
    generate(db, [rule("one", changes=["removed"])])
    with connect(db) as con:
        [a] = wa.pending_alerts(con)
        wa.mark_failed(con, a["alert_id"], "log", "boom", max_attempts=2)
        assert len(wa.pending_alerts(con)) == 1
        wa.mark_failed(con, a["alert_id"], "log", "boom", max_attempts=2)
        assert wa.pending_alerts(con) == []
        assert [r["status"] for r in wa.list_alerts(con)] == ["failed"]


# --- CLI --------------------------------------------------------------------------------


def test_cli_send_and_list(db: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules.yml"
    rules.write_text(
        "channels:\n  log: {type: file, path: out/alerts.jsonl}\n"
        "rules:\n"
        "  - {name: watched, names: [ivan petrov], channels: [log]}\n"
        "  - {name: health, health: true, channels: [log]}\n"
    )
    runner = CliRunner()
    sent = runner.invoke(alerts_group, ["send", "--rules", str(rules), "--db", str(db)])
    assert sent.exit_code == 0, sent.output
    # two watched names, and us_ofac_sdn is stale (last fetched in 2024, runs daily)
    assert "generated 3; delivered 3, failed 0, skipped 0; pending 0" in sent.output
    lines = [json.loads(line) for line in (tmp_path / "out" / "alerts.jsonl").open()]
    assert sorted((m["rule"], m["record_id"] or m["change"]) for m in lines) == [
        ("health", "stale"),
        ("watched", "100"),
        ("watched", "B"),
    ]

    again = runner.invoke(
        alerts_group, ["send", "--db", str(db)], env={"BANWATCH_ALERTS": str(rules)}
    )
    assert "generated 0; delivered 0" in again.output
    assert len((tmp_path / "out" / "alerts.jsonl").read_text().splitlines()) == 3

    listed = runner.invoke(alerts_group, ["--json", "--db", str(db)])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert sorted((r["rule"], r["status"], r["delivered_channels"]) for r in rows) == [
        ("health", "delivered", ["log"]),
        ("watched", "delivered", ["log"]),
        ("watched", "delivered", ["log"]),
    ]
    assert rows[0]["payload"]["matched"]["watched"] == "ivan petrov"
    pending = runner.invoke(alerts_group, ["--pending", "--json", "--db", str(db)])
    assert pending.output == ""
    table = runner.invoke(alerts_group, ["--db", str(db)])
    assert table.exit_code == 0 and "PETROV" in table.output


def test_cli_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BANWATCH_ALERTS", raising=False)
    runner = CliRunner()
    no_rules = runner.invoke(alerts_group, ["send", "--db", str(tmp_path / "x.duckdb")])
    assert no_rules.exit_code == 1 and "BANWATCH_ALERTS" in no_rules.output
    no_db = runner.invoke(alerts_group, ["--db", str(tmp_path / "none.duckdb")])
    assert no_db.exit_code == 1 and "no warehouse" in no_db.output


def test_main_cli_has_alerts() -> None:
    from banwatch.cli import main

    assert main.get_command(None, "alerts") is alerts_group  # type: ignore[arg-type]


def test_send_pending_counts(db: Path, tmp_path: Path) -> None:
    config = AlertsConfig.model_validate(
        {
            "path": tmp_path / "x.yml",
            "channels": {"log": {"type": "file", "path": tmp_path / "a.jsonl"}},
            "rules": [rule("x", changes=["added"])],
        }
    )
    assert deliver.generate(db, config) == 3
    result = deliver.send_pending(db, config)
    assert (result.delivered, result.failed, result.pending) == (3, 0, 0)


# --- the DAG ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dagbag() -> Any:
    from airflow.dag_processing.dagbag import DagBag

    from banwatch.airflow_env import DAGS_FOLDER

    return DagBag(dag_folder=str(DAGS_FOLDER))


def test_alerts_dag_integrity(dagbag: Any) -> None:
    assert not {f: e for f, e in dagbag.import_errors.items() if "banwatch_alerts" in f}
    dag = dagbag.dags["banwatch_alerts"]
    assert set(dag.task_ids) == {"generate", "send"}
    assert dag.get_task("generate").downstream_task_ids == {"send"}
    assert {dag.get_task(t).pool for t in dag.task_ids} == {"banwatch_duckdb"}
    assert dag.catchup is False and dag.max_active_runs == 1
    # scheduled on every source's warehouse asset (or the clock)
    condition = dag.timetable.asset_condition
    uris = {a.uri for a in condition.objects}
    assert uris == {f"banwatch://warehouse/{sid}" for sid in all_sources()}
    # ... which is what the source DAGs' load tasks emit
    for sid in all_sources():
        outlets = dagbag.dags[f"banwatch_{sid}"].get_task("load").outlets
        assert {(a.name, a.uri) for a in outlets} <= {(a.name, a.uri) for a in condition.objects}


@pytest.mark.airflow
def test_alerts_dag_runs(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real dag.test(): alerts generated and delivered; skipped without rules."""
    from banwatch import airflow_env
    from tests.conftest import AIRFLOW_TEST_HOME

    airflow_env.ensure_metadata_db(AIRFLOW_TEST_HOME)
    from airflow.dag_processing.dagbag import DagBag

    rules = tmp_path / "rules.yml"
    rules.write_text(
        "channels: {log: {type: file, path: out.jsonl}}\n"
        "rules: [{name: removals, changes: [removed], channels: [log]}]\n"
    )
    monkeypatch.setenv("BANWATCH_DB", str(db))
    monkeypatch.setenv("BANWATCH_ALERTS", str(rules))
    bag = DagBag(dag_folder=str(airflow_env.DAGS_FOLDER / "banwatch_alerts.py"))
    dag = bag.dags["banwatch_alerts"]
    assert str(dag.test().state).endswith("success")
    [line] = (tmp_path / "out.jsonl").read_text().splitlines()
    assert json.loads(line)["record_id"] == "5"
    assert [a["status"] for a in alerts(db)] == ["delivered"]

    monkeypatch.delenv("BANWATCH_ALERTS")
    run = dag.test()
    assert str(run.state).endswith("success")
    assert {str(ti.state).rsplit(".", 1)[-1].lower() for ti in run.get_task_instances()} == {
        "skipped"
    }
