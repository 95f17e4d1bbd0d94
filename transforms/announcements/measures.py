"""Measures: what an announced action imposes, in the controlled vocabulary
(`gazetteer.MEASURES`), from the measure lexicon (`gazetteer.MEASURE_LEXICON`).

Read over the headline and the announcing sentences. Left out: commentary; sentences
about what merely remains in place or happened long before; alerts and advisories about
sanctions *risks* ("an alert on the sanctions risks of joining SPFS" imposes nothing);
and sentences about another authority's action ("The designations complement the
Department of Commerce's Final Determination prohibiting ... software" in an OFAC
release).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transforms.announcements.document import (
    HISTORICAL_WORDS,
    REMAIN,
    Doc,
    is_commentary,
    old_dates,
    other_actor,
)
from transforms.announcements.gazetteer import find_measure_mentions
from transforms.announcements.lead import Lead
from transforms.announcements.text import Sentence

_PAST_PASSIVE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b")
_ADVISORY = re.compile(
    r"\b(?:alerts?|advisor(?:y|ies)|guidance|FAQs?|frequently asked questions|"
    r"sanctions risks?|risks? of)\b",
    re.I,
)
# Measures that apply to a country as a whole; asset freezes, travel bans and port bans
# apply to listed persons and vessels.
COUNTRY_WIDE = frozenset(
    {
        "arms_embargo",
        "export_control",
        "import_restriction",
        "investment_ban",
        "financial_restriction",
        "ict_prohibition",
        "telecom_equipment_ban",
        "other",
    }
)


def record_measures(
    doc: Doc, lead: Lead, announcing: Iterable[Sentence], titles: bool = True
) -> list[str]:
    """The measures of the record: headline (unless `titles` is False: a secondary
    action of the text) and announcing sentences."""
    measures: set[str] = set()
    heads = [x for x in doc.sentences if x.is_title and not is_commentary(x.text)] if titles else []
    for s in [*heads, *announcing]:
        if s is not lead.sentence and (
            REMAIN.search(s.text)
            or (
                old_dates(s.text, doc.published, 60)
                and (HISTORICAL_WORDS.search(s.text) or _PAST_PASSIVE.search(s.text))
            )
        ):
            continue  # what remains in place, or happened long before
        if s is not lead.sentence and _ADVISORY.search(s.text):
            continue
        previous = doc.sentences[s.index - 1] if s.index > 0 else None
        for measure, pos in find_measure_mentions(s.text):
            if not other_actor(doc, s.text[:pos], lead.authority, previous):
                measures.add(measure)
    return sorted(measures)
