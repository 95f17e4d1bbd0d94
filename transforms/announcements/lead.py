"""The lead sentence of an announcement, and from it the record's authority and action.

The *lead* is the first non-title, non-commentary sentence with an action trigger
(`gazetteer.ACTION_LEXICON`) that is not historical and not a general rule ("adds
companies ... when it has reasonable cause"), and that names an authority outside a
subordinate clause ("Kaspersky said ..., after the Department of Commerce decided" is a
reaction) - or a jurisdiction as subject ("The UK has today ...") - or, in a primary
document, speaks for the header authority ("I am revoking", "This rule"). No lead, no
record.

Authority = first authority named in the lead (a department-level alias becomes the
office of that department the text names, e.g. Treasury's Office of Investment
Security), else the header authority. Action = first strong trigger in the lead, else in
the next sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from transforms.announcements.document import (
    FIRST_PERSON,
    Doc,
    historical_at,
    is_commentary,
    not_the_actor,
)
from transforms.announcements.gazetteer import (
    DEPARTMENT_OFFICES,
    GENERIC_ALIASES,
    Authority,
    find_actions,
    find_authorities,
    find_subject_authority,
)
from transforms.announcements.text import Sentence

# --- lead, authority, action ---------------------------------------------------------


@dataclass
class Lead:
    sentence: Sentence
    authority: Authority
    action: str


def _strong_action(s: str, after: int, published: date) -> str | None:
    for a in find_actions(s):
        if a.strength >= 2 and a.start >= after and not historical_at(s, a.start, published):
            return a.action
    return None


_SUBORDINATE = re.compile(
    r"\b(?:after|following|since|because|when|before|until)\s+(?:the\s+)?"
    r"(?:U\.S\.\s+|US\s+|UK\s+|EU\s+)?$",
    re.I,
)


def _refine(authority: Authority, alias: str, doc: Doc) -> Authority:
    """A department-level alias ("the Department of the Treasury") becomes the office of
    that department the text names (Treasury's Office of Investment Security)."""
    dept = GENERIC_ALIASES.get(alias)
    if dept is None:
        return authority
    offices = DEPARTMENT_OFFICES.get(dept, ())
    named = [
        m.authority
        for m in find_authorities(doc.text, doc.text)
        if m.authority.name in offices and m.alias not in GENERIC_ALIASES
    ]
    return named[0] if named else authority


# A sentence about the instrument the previous sentence announced: "METI today
# promulgated an amendment ... The amendment adds 23 items ..."
_ANAPHORA = re.compile(
    r"^(?:The|This|These)\s+(?i:(?:new\s+|amended\s+)?(?:amendments?|orders?|rules?|"
    r"regulations?|decisions?|determinations?|package|measures?|resolution|listings?|"
    r"designations?|prohibitions?|bans?|law|act|changes?))\b"
)


def _previous_authority(doc: Doc, s: Sentence) -> Authority | None:
    """The authority the sentence before `s` names as its actor."""
    for prev in reversed(doc.sentences[max(0, s.index - 2) : s.index]):
        if prev.is_title or is_commentary(prev.text):
            continue
        found = [
            m
            for m in find_authorities(prev.text, doc.text)
            if not not_the_actor(prev.text[: m.start])
        ]
        if found:
            return _refine(found[0].authority, found[0].alias, doc)
        return None
    return None


def find_lead(doc: Doc) -> Lead | None:
    for allow_titles in (False, True):
        for s in doc.sentences:
            if s.is_title and not allow_titles:
                continue
            if is_commentary(s.text) or s.text.startswith('"'):
                continue
            actions = [
                a for a in find_actions(s.text) if not historical_at(s.text, a.start, doc.published)
            ]
            if not actions:
                continue
            if not re.search(r"\btoday\b", s.text, re.I) and re.search(
                r"\b(?:when|whenever|if|once)\s+(?:it|they|the\s+\w+)\s+(?:has|have|finds?|"
                r"determines?|believes?|concludes?)\b",
                s.text[actions[0].end :],
            ):
                continue  # a general rule ("BIS adds companies ... when it has reasonable cause")
            mentions = [
                m
                for m in find_authorities(s.text, doc.text)
                if not _SUBORDINATE.search(s.text[: m.start])
                and not not_the_actor(s.text[: m.start])
            ]
            if not mentions:
                subject = find_subject_authority(s.text)
                mentions = [subject] if subject is not None else []
            authority: Authority | None = None
            if mentions:
                authority = _refine(mentions[0].authority, mentions[0].alias, doc)
            elif doc.header_authority is not None and (
                FIRST_PERSON.search(s.text) or re.match(r"\s*(?:SUMMARY|ACTION):", s.text)
            ):
                authority = doc.header_authority
            elif _ANAPHORA.match(s.text):
                authority = _previous_authority(doc, s)
            if authority is None:
                continue
            action = _strong_action(s.text, 0, doc.published)
            if action is None:
                for later in doc.sentences[s.index + 1 : s.index + 6]:
                    if later.is_title or is_commentary(later.text):
                        continue
                    action = _strong_action(later.text, 0, doc.published)
                    if action:
                        break
            return Lead(s, authority, action or "designation")
    return None
