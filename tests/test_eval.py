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
