"""Several actions in one announcement.

A release may announce two actions of different kinds: Commerce's Final Determination
against Kaspersky Lab, Inc. *and* three other Kaspersky entities added to the Entity List;
OFAC's directive on Russian sovereign debt *and* designations of technology companies.
Each is its own record, with its own targets, measures, legal basis and dates.

A *secondary action* starts at a sentence after the lead's paragraph that announces an
action of the same authority as a further step - "BIS also added three entities ...",
"In addition, OFAC designated ...", "In a separate action, ..." - names targets of its
own (none of the main action's) and imposes a measure the main action does not. It
covers the rest of its paragraph; later paragraphs belong to the main action again. A
further step with the same measure (more designations, a wind-down general licence on
the same targets) stays part of the main record.
"""

from __future__ import annotations

import re

from transforms.announcements.document import Doc, historical_at, other_actor
from transforms.announcements.gazetteer import find_actions
from transforms.announcements.lead import Lead
from transforms.announcements.measures import record_measures
from transforms.announcements.names import norm
from transforms.announcements.targets import targets_from
from transforms.announcements.text import Sentence

_FURTHER_STEP = re.compile(
    r"^\s*(?:In addition|Additionally|Separately|In a separate action|At the same time|"
    r"Also|Further|Furthermore)\b",
    re.I,
)
_ALSO_BEFORE = re.compile(
    r"\b(?:also|separately|further|additionally)\s+(?:(?:is|are|has|have|was|were)\s+)?$"
)

ActionGroup = tuple[Lead, list[Sentence], set[int]]


def _secondary_lead(doc: Doc, s: Sentence, lead: Lead) -> Lead | None:
    """The lead of a further action of the lead's authority announced in `s`."""
    if s.block == lead.sentence.block or s.is_title:
        return None
    for a in find_actions(s.text):
        if a.strength < 2 or a.action not in ("designation", "delisting"):
            continue
        before = s.text[: a.start]
        if not (_FURTHER_STEP.match(s.text) or _ALSO_BEFORE.search(before)):
            continue
        if historical_at(s.text, a.start, doc.published):
            continue
        previous = doc.sentences[s.index - 1] if s.index > 0 else None
        if other_actor(doc, before, lead.authority, previous):
            return None
        return Lead(s, lead.authority, a.action)
    return None


def _names(doc: Doc, sentences: list[Sentence], lead: Lead) -> set[str]:
    out: set[str] = set()
    for t in targets_from(doc, sentences, lead):
        out.add(norm(t.name))
        out |= {norm(a) for a in t.aliases}
    return out


def action_groups(doc: Doc, lead: Lead, announcing: list[Sentence]) -> list[ActionGroup]:
    """The main action and the secondary ones, each with its announcing sentences and
    the indices of the text's sentences it owns; empty when the text announces one
    action."""
    secondary: list[tuple[Lead, list[Sentence]]] = []
    taken: set[int] = set()
    for s in announcing:
        if s.index <= lead.sentence.index or s.index in taken:
            continue
        second = _secondary_lead(doc, s, lead)
        if second is None:
            continue
        own = [x for x in announcing if x.block == s.block and x.index >= s.index]
        secondary.append((second, own))
        taken |= {x.index for x in own}
    if not secondary:
        return []
    main_sentences = [s for s in announcing if s.index not in taken]
    main_names = _names(doc, main_sentences, lead)
    main_measures = set(record_measures(doc, lead, main_sentences))
    groups: list[ActionGroup] = []
    kept: set[int] = set()
    for second, own in secondary:
        names = _names(doc, own, second)
        measures = set(record_measures(doc, second, own, titles=False))
        if names and not names & main_names and measures and measures - main_measures:
            groups.append((second, own, {x.index for x in own}))
            kept |= {x.index for x in own}
    if not groups:
        return []
    main_only = {s.index for s in doc.sentences if s.index not in kept}
    main = [s for s in announcing if s.index not in kept]
    return [(lead, main, main_only), *groups]
