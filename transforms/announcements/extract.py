"""Announcement text -> structured ban records (deterministic, rule-based, offline).

Contract (other tools rely on it)::

    extract(text, published, url=None) -> [
      {"authority": str, "jurisdiction": str, "action": str, "measures": [str],
       "targets": [{"name": str, "type": str, "country": str | None}],
       "legal_basis": [str],
       "milestones": [{"role": str, "date": "YYYY-MM-DD" | "YYYY-MM" | "YYYY", "text": str}]}
    ]

How a text is read (one module per step)
----------------------------------------
1. `document`: sentences, dateline, header authority; commentary and historical
   sentences are recognised.
2. `lead`: the sentence that announces the measure gives the authority and the action.
   No lead, no record.
3. `targets` (with `names`): the named objects of the announcing authority's triggers,
   with type and stated country; else a country the measures apply to as a whole.
4. `measures`: the measure lexicon over the headline and the announcing sentences.
5. `legal_basis`: executive orders, EU acts, CFR parts, UN resolutions, named acts.
6. `milestones`: announced / published / effective / deadline / end dates.

One record per announcement: the lead's authority and action with all targets, measures
and milestones of the text (`to_ban_records` then makes one `BanRecord` per target).
Secondary actions in the same text (a wind-down general licence next to a designation)
do not make records of their own. `url` is part of the contract but not used for
reading the text.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from typing import Any

from transforms.announcements.actions import action_groups
from transforms.announcements.document import Doc, is_commentary, prepare
from transforms.announcements.lead import Lead, find_lead
from transforms.announcements.legal_basis import record_legal_basis
from transforms.announcements.measures import record_measures
from transforms.announcements.milestones import find_milestones
from transforms.announcements.names import norm
from transforms.announcements.targets import country_targets, targets_from
from transforms.announcements.text import Sentence, html_to_text, looks_like_html
from transforms.model import BanRecord, DateValue, Measure, Milestone, TargetType

Record = dict[str, Any]

# Regulatory housekeeping: a rule that reissues, restates or corrects regulations ("OFAC is
# amending and reissuing in their entirety the Cyber-Related Sanctions Regulations ... to
# add interpretive guidance, definitions and general licenses") lists no one and imposes
# nothing new. Its lead makes a record only when the text names targets of its own.
_HOUSEKEEPING = re.compile(
    r"\breissu\w*\s+(?:\w+\s+){0,2}in\s+(?:their|its)\s+entirety\b|"
    r"\b(?:technical|conforming|clarifying|editorial)\s+(?:corrections?|amendments?|changes?|"
    r"revisions?)\b|\binterpretive guidance\b|\binflation adjustments?\b|"
    r"\bcivil monetary penalt(?:y|ies)\b",
    re.I,
)

# --- public API ----------------------------------------------------------------------


def extract(text: str, published: date, url: str | None = None) -> list[Record]:
    """Ban records announced in `text` (a plain-text announcement published on
    `published`). Empty when the text announces no measure."""
    doc = prepare(text, published)
    lead = find_lead(doc)
    if lead is None:
        return []
    body = [s for s in doc.sentences if s.index >= lead.sentence.index or not s.is_title]
    announcing = [s for s in body if not is_commentary(s.text)]
    if _HOUSEKEEPING.search(lead.sentence.text):
        record = _record(doc, lead, lead, announcing, None)
        return [record] if record["targets"] else []
    groups = action_groups(doc, lead, announcing)
    if groups:
        return [_record(doc, lead, own, sentences, only) for own, sentences, only in groups]
    return [_record(doc, lead, lead, announcing, None)]


def _record(
    doc: Doc, lead: Lead, own: Lead, sentences: list[Sentence], only: set[int] | None
) -> Record:
    """The record of one action: `own` (the action's lead; `lead`, the text's, for the
    main action) over its announcing `sentences`; `only`: the indices of the sentences
    it owns when the text announces several actions (None: the whole text)."""
    targets = targets_from(doc, sentences, own)
    main = own is lead
    measures = record_measures(doc, own, sentences, titles=main)
    if not targets:
        targets = country_targets(sentences, doc.published, own.authority.jurisdiction, measures)
    legal_basis = record_legal_basis(doc, only)
    return {
        "authority": own.authority.name,
        "jurisdiction": own.authority.jurisdiction,
        "action": own.action,
        "measures": measures,
        "targets": [{"name": t.name, "type": t.type, "country": t.country} for t in targets],
        "legal_basis": legal_basis,
        "milestones": find_milestones(doc, own, only=only, announced_by=lead),
    }


def extract_html(html: str | bytes, published: date, url: str | None = None) -> list[Record]:
    """`extract` on the main text of an HTML page."""
    return extract(html_to_text(html), published, url)


def extract_any(data: str | bytes, published: date, url: str | None = None) -> list[Record]:
    """HTML or plain text, told apart by content."""
    if looks_like_html(data):
        return extract_html(data, published, url)
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return extract(text, published, url)


# --- BanRecord mapping ---------------------------------------------------------------


def record_id(record_id_prefix: str, url: str | None, record: Record, target_name: str) -> str:
    """Stable id: the prefix and a hash of url, authority, action and the target's
    normalised name (same announcement + same target -> same id, every run)."""
    key = "|".join([url or "", record["authority"], record["action"], norm(target_name)])
    return f"{record_id_prefix}{hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]}"


def _date_value(value: str) -> DateValue:
    precision = {10: "day", 7: "month", 4: "year"}[len(value)]
    return DateValue(value=value, precision=precision, raw=value)  # type: ignore[arg-type]


def to_ban_records(
    extracted: list[Record], source: str, record_id_prefix: str, url: str | None
) -> list[BanRecord]:
    """One `BanRecord` per target of each extracted record (records without a target
    give none). `listed_on` is the effective date of a designation, else its announced
    date; the action goes to `properties["action"]`."""
    out: list[BanRecord] = []
    for rec in extracted:
        milestones = [
            Milestone(role=m["role"], date=_date_value(m["date"]), text=m["text"])
            for m in rec["milestones"]
        ]
        listed_on: DateValue | None = None
        if rec["action"] == "designation":
            for role in ("effective", "announced", "published"):
                hit = next((m for m in milestones if m.role == role), None)
                if hit:
                    listed_on = hit.date
                    break
        for tgt in rec["targets"]:
            country = tgt.get("country")
            out.append(
                BanRecord(
                    source=source,
                    record_id=record_id(record_id_prefix, url, rec, tgt["name"]),
                    name=tgt["name"],
                    target_type=TargetType(tgt["type"]),
                    authority=rec["authority"],
                    jurisdiction=rec["jurisdiction"],
                    countries=[country] if country else [],
                    measures=[Measure(m) for m in rec["measures"]],
                    legal_basis=list(rec["legal_basis"]),
                    listed_on=listed_on,
                    milestones=milestones,
                    source_url=url,
                    properties={"action": rec["action"]},
                )
            )
    return out


__all__ = ["extract", "extract_html", "extract_any", "to_ban_records", "record_id"]
