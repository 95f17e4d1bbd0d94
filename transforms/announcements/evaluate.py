"""Evaluate the announcement extractor against the gold set.

A gold case is ``NN_slug.json`` (``{"published", "url", "expected": {"records": [...]}}``)
next to its text ``NN_slug.txt`` (or ``.html``). ``seed.json`` instead points at a text
outside the repository (``"path"``, relative to the gold folder, overridable with the
environment variable named in ``"env"``); it is skipped when the file is absent.

Scoring, per case: predicted records are aligned one-to-one with gold records by target
overlap (then same authority, same action). For every field, true/false positives and
false negatives are summed over all cases:

* authority, jurisdiction, action - one value per record;
* measures, legal_basis - sets per record;
* targets - names, matched one-to-one after normalisation (case, accents, punctuation,
  legal-form words such as "Inc." or "OOO"); a name that is the other's short form
  ("Huawei" / "Huawei Technologies") matches when nothing better does;
* target_type, target_country - on matched targets only (country: only stated ones);
* milestones and milestone:<role> - (role, date) pairs per record.

Records of an unaligned prediction count as false positives in every field, those of an
unaligned gold record as false negatives. A record is an exact match when every field
(and every target's type and country) agrees; a case is correct when all its gold
records match exactly and nothing else is predicted (a commentary case is correct when
nothing is predicted).
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from transforms.announcements.extract import extract_any

Record = dict[str, Any]

FIELDS = (
    "authority",
    "jurisdiction",
    "action",
    "measures",
    "targets",
    "target_type",
    "target_country",
    "legal_basis",
    "milestones",
    "milestone:announced",
    "milestone:published",
    "milestone:effective",
    "milestone:deadline",
    "milestone:end",
)
ROLES = ("announced", "published", "effective", "deadline", "end")
_LEGAL_FORMS = {
    "inc",
    "ltd",
    "llc",
    "plc",
    "corp",
    "corporation",
    "co",
    "company",
    "limited",
    "jsc",
    "pjsc",
    "ojsc",
    "oao",
    "ooo",
    "zao",
    "ao",
    "ou",
    "sa",
    "s",
    "a",
    "gmbh",
    "ag",
    "nv",
    "bv",
    "llp",
    "lp",
    "the",
}


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        if self.tp + self.fp + self.fn == 0:
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


@dataclass
class CaseResult:
    name: str
    gold_records: int
    pred_records: int
    exact_records: int
    correct: bool
    problems: list[str] = field(default_factory=list)


@dataclass
class Report:
    fields: dict[str, FieldScore]
    cases: list[CaseResult]
    skipped: list[str] = field(default_factory=list)

    @property
    def gold_records(self) -> int:
        return sum(c.gold_records for c in self.cases)

    @property
    def pred_records(self) -> int:
        return sum(c.pred_records for c in self.cases)

    @property
    def exact_records(self) -> int:
        return sum(c.exact_records for c in self.cases)

    @property
    def correct_cases(self) -> int:
        return sum(1 for c in self.cases if c.correct)

    def failing_fields(self, threshold: float = 0.9) -> list[str]:
        return [name for name, s in self.fields.items() if s.f1 is not None and s.f1 < threshold]

    def to_dict(self) -> dict[str, Any]:
        return {
            "fields": {
                name: {
                    "tp": s.tp,
                    "fp": s.fp,
                    "fn": s.fn,
                    "precision": s.precision,
                    "recall": s.recall,
                    "f1": s.f1,
                }
                for name, s in self.fields.items()
            },
            "records": {
                "gold": self.gold_records,
                "predicted": self.pred_records,
                "exact": self.exact_records,
            },
            "cases": {"total": len(self.cases), "correct": self.correct_cases},
            "skipped": self.skipped,
            "problems": {c.name: c.problems for c in self.cases if c.problems},
        }


# --- normalisation -------------------------------------------------------------------


def norm_name(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = s.replace("&", " and ")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s+]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def _core_tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in norm_name(name).split() if t not in _LEGAL_FORMS)


def norm_legal(basis: str) -> str:
    s = basis.casefold()
    s = re.sub(r"\bexecutive order\b", "e.o.", s)
    s = re.sub(
        r"\b(?:council|commission)\s+(?:implementing\s+|delegated\s+)?(regulation|decision)",
        r"\1",
        s,
    )
    s = re.sub(r"\bno\.?\s*", "no ", s)
    return re.sub(r"\s+", " ", s).strip()


def match_targets(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index): exact normalised name first, then
    equal names without legal forms, then one name's words contained in the other's."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()

    def run(test: Any) -> None:
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            for pi, p in enumerate(pred):
                if pi in used_p:
                    continue
                if test(g["name"], p["name"]):
                    pairs.append((gi, pi))
                    used_g.add(gi)
                    used_p.add(pi)
                    break

    run(lambda a, b: norm_name(a) == norm_name(b))
    run(lambda a, b: _core_tokens(a) == _core_tokens(b) and bool(_core_tokens(a)))

    def contained(a: str, b: str) -> bool:
        ta, tb = set(_core_tokens(a)), set(_core_tokens(b))
        return bool(ta) and bool(tb) and (ta <= tb or tb <= ta)

    run(contained)
    return pairs


# --- scoring -------------------------------------------------------------------------


def _milestone_set(rec: Record, role: str | None = None) -> set[tuple[str, str]]:
    return {
        (m["role"], m["date"])
        for m in rec.get("milestones", [])
        if role is None or m["role"] == role
    }


def _add_sets(score: FieldScore, gold: set[Any], pred: set[Any]) -> None:
    score.tp += len(gold & pred)
    score.fp += len(pred - gold)
    score.fn += len(gold - pred)


def _score_pair(scores: dict[str, FieldScore], g: Record, p: Record) -> list[str]:
    problems: list[str] = []
    for name in ("authority", "jurisdiction", "action"):
        if g[name] == p[name]:
            scores[name].tp += 1
        else:
            scores[name].fp += 1
            scores[name].fn += 1
            problems.append(f"{name}: expected {g[name]!r}, got {p[name]!r}")
    for name, norm in (("measures", str), ("legal_basis", norm_legal)):
        gs, ps = {norm(x) for x in g[name]}, {norm(x) for x in p[name]}
        _add_sets(scores[name], gs, ps)
        if gs != ps:
            problems.append(f"{name}: missing {sorted(gs - ps)}, extra {sorted(ps - gs)}")
    pairs = match_targets(g["targets"], p["targets"])
    scores["targets"].tp += len(pairs)
    scores["targets"].fn += len(g["targets"]) - len(pairs)
    scores["targets"].fp += len(p["targets"]) - len(pairs)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    missing = [t["name"] for i, t in enumerate(g["targets"]) if i not in matched_g]
    extra = [t["name"] for i, t in enumerate(p["targets"]) if i not in matched_p]
    if missing or extra:
        problems.append(f"targets: missing {missing}, extra {extra}")
    for gi, pi in pairs:
        gt, pt = g["targets"][gi], p["targets"][pi]
        if gt["type"] == pt["type"]:
            scores["target_type"].tp += 1
        else:
            scores["target_type"].fp += 1
            scores["target_type"].fn += 1
            problems.append(f"type of {gt['name']!r}: expected {gt['type']}, got {pt['type']}")
        gc, pc = gt.get("country"), pt.get("country")
        if gc and pc and gc == pc:
            scores["target_country"].tp += 1
        else:
            if gc:
                scores["target_country"].fn += 1
            if pc:
                scores["target_country"].fp += 1
            if gc != pc:
                problems.append(f"country of {gt['name']!r}: expected {gc}, got {pc}")
    gm, pm = _milestone_set(g), _milestone_set(p)
    _add_sets(scores["milestones"], gm, pm)
    for role in ROLES:
        _add_sets(scores[f"milestone:{role}"], _milestone_set(g, role), _milestone_set(p, role))
    if gm != pm:
        problems.append(f"milestones: missing {sorted(gm - pm)}, extra {sorted(pm - gm)}")
    return problems


def _score_alone(scores: dict[str, FieldScore], rec: Record, gold: bool) -> None:
    def bump(name: str, n: int) -> None:
        if gold:
            scores[name].fn += n
        else:
            scores[name].fp += n

    for name in ("authority", "jurisdiction", "action"):
        bump(name, 1)
    bump("measures", len(set(rec["measures"])))
    bump("legal_basis", len(set(rec["legal_basis"])))
    bump("targets", len(rec["targets"]))
    bump("milestones", len(_milestone_set(rec)))
    for role in ROLES:
        bump(f"milestone:{role}", len(_milestone_set(rec, role)))


def _align(gold: list[Record], pred: list[Record]) -> list[tuple[int, int]]:
    scored: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            score = 10 * len(match_targets(g["targets"], p["targets"]))
            score += 2 * (g["authority"] == p["authority"]) + (g["action"] == p["action"])
            if score > 0:
                scored.append((score, gi, pi))
    scored.sort(reverse=True)
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in scored:
        if gi in used_g or pi in used_p:
            continue
        pairs.append((gi, pi))
        used_g.add(gi)
        used_p.add(pi)
    return pairs


def score_case(
    name: str, gold: list[Record], pred: list[Record], scores: dict[str, FieldScore]
) -> CaseResult:
    pairs = _align(gold, pred)
    problems: list[str] = []
    exact = 0
    for gi, pi in pairs:
        issues = _score_pair(scores, gold[gi], pred[pi])
        if not issues:
            exact += 1
        problems.extend(issues)
    for gi, g in enumerate(gold):
        if gi not in {x for x, _ in pairs}:
            _score_alone(scores, g, gold=True)
            problems.append(
                f"missing record: {g['authority']} {g['action']} "
                f"{[t['name'] for t in g['targets']]}"
            )
    for pi, p in enumerate(pred):
        if pi not in {y for _, y in pairs}:
            _score_alone(scores, p, gold=False)
            problems.append(
                f"extra record: {p['authority']} {p['action']} {[t['name'] for t in p['targets']]}"
            )
    correct = exact == len(gold) and len(pred) == len(gold)
    return CaseResult(name, len(gold), len(pred), exact, correct, problems)


@dataclass
class GoldCase:
    name: str
    text: bytes
    published: date
    url: str | None
    records: list[Record]


def load_gold(gold_dir: str | Path) -> tuple[list[GoldCase], list[str]]:
    """The gold cases of a folder, and the names of cases skipped (missing seed)."""
    folder = Path(gold_dir)
    cases: list[GoldCase] = []
    skipped: list[str] = []
    for meta_path in sorted(folder.glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if "path" in meta:
            override = os.environ.get(meta.get("env", "") or "", "")
            text_path = Path(override) if override else (folder / meta["path"])
        else:
            text_path = next(
                (
                    meta_path.with_suffix(ext)
                    for ext in (".txt", ".html", ".htm")
                    if meta_path.with_suffix(ext).exists()
                ),
                meta_path.with_suffix(".txt"),
            )
        if not text_path.exists():
            skipped.append(meta_path.stem)
            continue
        cases.append(
            GoldCase(
                meta_path.stem,
                text_path.read_bytes(),
                date.fromisoformat(meta["published"]),
                meta.get("url"),
                meta["expected"]["records"],
            )
        )
    return cases, skipped


def evaluate(gold_dir: str | Path) -> Report:
    """Run the extractor over every gold case and score it field by field."""
    cases, skipped = load_gold(gold_dir)
    scores = {name: FieldScore() for name in FIELDS}
    results = []
    for case in cases:
        pred = extract_any(case.text, case.published, case.url)
        results.append(score_case(case.name, case.records, pred, scores))
    return Report(scores, results, skipped)


def _fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.3f}"


def format_report(report: Report, threshold: float = 0.9) -> str:
    lines = [f"{'field':<22} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for name, s in report.fields.items():
        flag = "  <" if s.f1 is not None and s.f1 < threshold else ""
        lines.append(
            f"{name:<22} {_fmt(s.precision):>6} {_fmt(s.recall):>6} {_fmt(s.f1):>6} "
            f"{s.tp:>4} {s.fp:>4} {s.fn:>4}{flag}"
        )
    lines.append("")
    lines.append(
        f"records: {report.exact_records}/{report.gold_records} gold records matched "
        f"exactly ({report.pred_records} predicted)"
    )
    lines.append(f"cases:   {report.correct_cases}/{len(report.cases)} fully correct")
    if report.skipped:
        lines.append(f"skipped: {', '.join(report.skipped)} (text not found)")
    problems = [c for c in report.cases if c.problems]
    if problems:
        lines.append("")
        for c in problems:
            lines.append(f"{c.name}:")
            lines.extend(f"  - {p}" for p in c.problems)
    return "\n".join(lines)
