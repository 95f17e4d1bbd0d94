"""The announcement extractor on the gold set: every field F1 >= 0.9."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from banwatch.announce_cli import eval_command
from transforms.announcements.evaluate import (
    FIELDS,
    evaluate,
    format_report,
    load_gold,
    match_targets,
)

GOLD = Path(__file__).resolve().parents[1] / "transforms" / "announcements" / "gold"
THRESHOLD = 0.9


def test_gold_set_is_large_and_varied() -> None:
    cases, _ = load_gold(GOLD)
    assert len(cases) >= 25
    authorities = {r["authority"] for c in cases for r in c.records}
    actions = {r["action"] for c in cases for r in c.records}
    assert len(authorities) >= 8
    assert actions >= {"designation", "delisting", "extension", "suspension", "general_license"}
    assert sum(1 for c in cases if not c.records) >= 2  # commentary cases


def test_every_field_f1_at_least_0_9() -> None:
    report = evaluate(GOLD)
    assert set(report.fields) == set(FIELDS)
    scored = {name: s.f1 for name, s in report.fields.items() if s.f1 is not None}
    assert scored, "nothing was scored"
    assert report.failing_fields(THRESHOLD) == [], format_report(report)


def test_eval_cli_exit_codes(tmp_path: Path) -> None:
    ok = CliRunner().invoke(eval_command, ["--gold", str(GOLD), "--json"])
    assert ok.exit_code == 0, ok.output
    payload = json.loads(ok.output)
    assert payload["fields"]["targets"]["f1"] >= THRESHOLD
    # a gold folder whose expectations the extractor cannot meet fails with exit code 1
    bad = tmp_path / "gold"
    bad.mkdir()
    for name in ("06_ofac_tornado_cash_designation", "12_ofac_hydra_garantex"):
        shutil.copy(GOLD / f"{name}.txt", bad / f"{name}.txt")
        meta = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
        for rec in meta["expected"]["records"]:
            rec["authority"] = "SECO"
            rec["targets"] = [{"name": "Somebody Else", "type": "person", "country": None}]
        (bad / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    failed = CliRunner().invoke(eval_command, ["--gold", str(bad)])
    assert failed.exit_code == 1
    assert "authority" in failed.output


def test_missing_seed_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "seed.json").write_text(
        json.dumps(
            {
                "path": "nowhere.txt",
                "env": "BANWATCH_NO_SUCH_VAR",
                "published": "2024-07-18",
                "expected": {"records": []},
            }
        ),
        encoding="utf-8",
    )
    report = evaluate(tmp_path)
    assert report.skipped == ["seed"] and report.cases == []


def test_target_matching_is_normalised_and_one_to_one() -> None:
    gold = [{"name": "Kaspersky Lab, Inc."}, {"name": "AO Kaspersky Lab"}, {"name": "Huawei"}]
    pred = [
        {"name": "AO Kaspersky Lab"},
        {"name": "kaspersky lab inc"},
        {"name": "Huawei Technologies Co., Ltd."},
        {"name": "Petróleos de Venezuela"},
    ]
    assert sorted(match_targets(gold, pred)) == [(0, 1), (1, 0), (2, 2)]


HELDOUT = GOLD.parent / "heldout"


def test_gold_and_heldout_records_use_the_vocabularies() -> None:
    from transforms.announcements.gazetteer import ACTIONS, AUTHORITY_BY_NAME, MEASURES

    for folder in (GOLD, HELDOUT):
        cases, _ = load_gold(folder)
        for case in cases:
            for rec in case.records:
                assert rec["authority"] in AUTHORITY_BY_NAME, case.name
                assert rec["jurisdiction"] == AUTHORITY_BY_NAME[rec["authority"]].jurisdiction
                assert rec["action"] in ACTIONS, case.name
                assert set(rec["measures"]) <= set(MEASURES), case.name
                for t in rec["targets"]:
                    assert t["type"] in {
                        "person",
                        "organization",
                        "vessel",
                        "aircraft",
                        "product",
                        "other",
                    }
                    assert t["country"] is None or len(t["country"]) == 2, case.name
                for m in rec["milestones"]:
                    assert m["role"] in {"announced", "published", "effective", "deadline", "end"}


def test_heldout_batch_is_scored_without_a_threshold() -> None:
    """The held-out batch is scored like the gold set, but no F1 floor applies: it
    estimates performance on text the extractor was not developed on."""
    cases, skipped = load_gold(HELDOUT)
    assert len(cases) >= 5 and skipped == []
    report = evaluate(HELDOUT)
    assert report.fields["targets"].tp > 0
    result = CliRunner().invoke(eval_command, ["--gold", str(HELDOUT), "--json"])
    assert result.exit_code in (0, 1)
    assert json.loads(result.output)["cases"]["total"] == len(cases)
