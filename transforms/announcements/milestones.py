"""Milestones: the dated steps of an announced measure.

*announced* is the lead's explicit date ("On June 20, ... announced", "on Wednesday
designated"), else for a present/future lead or one saying "today" the dateline (else
the publication date); in news, a ruling's or decision's date in the next sentence ("said
in her ruling late on Saturday"). Federal Register / Official Journal documents get no
announced date (their *published* date is the announcement). Other dates get roles from
`dates.roles_for`, outside commentary and past-perfect background ("Commerce had
announced ..."). A delisting ends on its announced date unless the text gives another
end; "with immediate effect" makes the announced date effective. Dates outside plausible
windows are dropped (an effective date more than 60 days before publication is
background).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from transforms.announcements import dates as dt
from transforms.announcements.document import (
    PRESENTISH,
    QUOTE,
    Doc,
    in_quotes,
    is_commentary,
    other_actor,
)
from transforms.announcements.lead import Lead

# --- milestones ----------------------------------------------------------------------


def announced_date(doc: Doc, lead: Lead) -> tuple[date | None, str]:
    s = lead.sentence.text
    for d in dt.find_dates(s, doc.published):
        if d.precision != "day" or in_quotes(s, d.start):
            continue
        before = s[: d.start]
        after = s[d.end : d.end + 90]
        if (
            re.fullmatch(r"\s*(?:On|on)\s+", before)
            or re.search(
                r"\b(?:announced|designated|added|sanctioned|adopted|approved|decided|imposed|"
                r"listed|removed|delisted|issued|published)\s+on\s*$",
                before,
            )
            or (
                re.search(r"\b(?:on|meeting on|session on)\s*$", before)
                and re.match(
                    r"[^.;]{0,70}?\b(?:announced|designated|added|sanctioned|adopted|approved|"
                    r"decided|imposed|listed|removed|delisted|issued|lifted|extended|renewed|"
                    r"signed|ordered|voted|revoked|banned|barred|prohibited|froze|blocked)\b",
                    after,
                )
            )
        ):
            return d.day, s
    if doc.gazette:
        return None, ""
    unquoted = QUOTE.sub(" ", s)
    if not re.search(r"\btoday\b", unquoted, re.I):
        # news: "... has issued an injunction." + "... said in her ruling late on Saturday"
        nxt = doc.sentences[lead.sentence.index + 1 : lead.sentence.index + 2]
        for cand in [lead.sentence, *nxt]:
            for d in dt.find_dates(cand.text, doc.published):
                if re.search(r"\bhad\s+\w+", cand.text[: d.start]):
                    continue  # "Commerce had announced on Friday ..." is the earlier step
                if (
                    d.precision == "day"
                    and re.search(
                        r"\b(?:ruling|ruled|order|decision|decided|announced|announcement|"
                        r"statement|issued)\b[^.;]{0,30}$",
                        cand.text[: d.start],
                    )
                    and not in_quotes(cand.text, d.start)
                ):
                    return d.day, cand.text
    if PRESENTISH.search(unquoted) or lead.sentence.is_title:
        return (doc.dateline or doc.published), s
    return None, ""


def _in_window(role: str, d: date, published: date, announced: date | None) -> bool:
    if role == "announced":
        return published - timedelta(days=400) <= d <= published + timedelta(days=2)
    if role in ("published", "effective"):
        # an effective date long before publication is background ("after the cap took
        # effect in December 2022"); rules do take effect a few days before publication
        return published - timedelta(days=60) <= d <= published + timedelta(days=5 * 366)
    floor = announced or published
    return floor - timedelta(days=1) <= d <= published + timedelta(days=15 * 366)


def _evidence(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    return s if len(s) <= 300 else s[:297] + "..."


def _relative_base(doc: Doc, rel: dt.RelativeSpan, announced: date | None) -> date | None:
    """The date a relative span counts from: the instrument's own date (its announcement),
    the Order's release when the text says it is released today, the Federal Register
    publication when the text is that publication. None when the text does not date the
    event."""
    if rel.event in ("self", "validity"):
        return announced or doc.dateline or doc.published
    if rel.event == "release":
        if re.search(
            r"\breleased\s+today\b|\b(?:adopted|issued)\s+and\s+released\s+today\b", doc.text
        ):
            return announced or doc.dateline or doc.published
        return None
    return doc.published if doc.gazette else None


def find_milestones(
    doc: Doc, lead: Lead, only: set[int] | None = None, announced_by: Lead | None = None
) -> list[dict[str, str]]:
    """The milestones of the record of `lead`. `only`: the sentence indices of one of
    several actions of the text (dates elsewhere belong to the others); `announced_by`:
    the lead of the text, whose date announces every action of it."""
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()

    def add(role: str, value: str, day: date, text: str, announced: date | None) -> None:
        if (role, value) in seen or not _in_window(role, day, doc.published, announced):
            return
        seen.add((role, value))
        out.append({"role": role, "date": value, "text": _evidence(text)})

    announced, evidence = announced_date(doc, announced_by or lead)
    if announced is not None:
        add("announced", announced.isoformat(), announced, evidence, None)
    ctx = dt.RoleContext(action=lead.action)
    for s in doc.sentences:
        if is_commentary(s.text) or (only is not None and s.index not in only):
            continue
        if s.block < doc.header_end_block and not re.search(r"Federal Register\s*/", s.text):
            continue
        if re.search(r"\bhad\s+(?:\w+\s+)?\w+ed\b|\bpreviously\b|\boriginally\b", s.text):
            continue  # about an earlier step: "Commerce had announced on Friday ... effective"
        prev_end = 0
        previous = doc.sentences[s.index - 1] if s.index > 0 else None
        for d in dt.find_dates(s.text, doc.published):
            if in_quotes(s.text, d.start) or other_actor(
                doc, s.text[: d.start], lead.authority, previous
            ):
                prev_end = d.end
                continue  # quoted, or a step of another authority
            roles = dt.roles_for(s.text, d, ctx, prev_end)
            prev_end = d.end
            for role in roles:
                add(role, d.value, d.day, s.text, announced)
    for s in doc.sentences:
        if is_commentary(s.text) or (s.block < doc.header_end_block and not doc.gazette):
            continue
        if only is not None and s.index not in only:
            continue
        for rel in dt.find_relative(s.text):
            if rel.event == "validity" and any(m["role"] == "end" for m in out):
                continue  # a stated end date wins over "valid for six months"
            base = _relative_base(doc, rel, announced)
            rel_role = dt.relative_role(s.text, rel, ctx) if base is not None else None
            if base is not None and rel_role is not None:
                day = dt.add_span(base, rel.count, rel.unit)
                add(rel_role, day.isoformat(), day, s.text, announced)
    if (
        lead.action == "delisting"
        and announced is not None
        and not any(m["role"] == "end" for m in out)
    ):
        add("end", announced.isoformat(), announced, evidence, None)
    immediate = next(
        (
            s
            for s in doc.sentences
            if not is_commentary(s.text)
            and (only is None or s.index in only)
            and re.search(
                r"\b(?:with immediate effect|effective immediately|take[s]? effect immediately|"
                r"enter(?:s|ed)? into force immediately)\b",
                s.text,
            )
        ),
        None,
    )
    if (
        immediate is not None
        and announced is not None
        and lead.action in ("designation", "amendment", "extension")
        and not any(m["role"] == "effective" for m in out)
    ):
        add("effective", announced.isoformat(), announced, immediate.text, None)
    order = {"announced": 0, "published": 1, "effective": 2, "deadline": 3, "end": 4}
    out.sort(key=lambda m: (m["date"], order[m["role"]]))
    return out
