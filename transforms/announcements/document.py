"""The document view of an announcement: sentences, dateline, header authority, and the
classification of sentences the other steps share.

* `prepare` splits the text into blocks and sentences (`text.py`), notes a dateline
  ("WASHINGTON, June 20, 2024 -", "Bern, 28.02.2022 -", a date on its own line near the
  top, "Press release - 24 June 2024"), marks headline-like header lines as titles and
  takes the *header authority* from the header blocks (a byline "Secretary of State",
  "AGENCY: Bureau of Industry and Security").
* Commentary sentences (spokespeople, critics, analysts, protesters speaking; "opposes",
  "urged", "should", "called on") never announce anything (`is_commentary`).
* `historical_at` tells whether a trigger is about an earlier action ("had designated",
  "remains designated", "Since 2019, when ...", a date in its clause more than 60 days
  before publication).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from transforms.announcements import dates as dt
from transforms.announcements.gazetteer import (
    DEPARTMENT_OFFICES,
    GENERIC_ALIASES,
    Authority,
    AuthorityMention,
    find_authorities,
    find_subject_authority,
)
from transforms.announcements.text import Sentence, normalize_text, split_sentences

# --- sentence classification ---------------------------------------------------------

# Opinion, reaction and advocacy wording: a sentence with it announces nothing.
COMMENTARY = re.compile(
    r"\b(?:[Ss]pokes(?:man|woman|person|people)|opposes|opposed|condemn\w*|criticiz\w*|"
    r"criticis\w*|denounc\w*|urg(?:e|es|ed|ing)|called on|calls on|called for|calls for|"
    r"should|ought to|argu\w*|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )"
    r"(?<!, )accus\w*|retaliat\w*|hybrid war|[Aa]sked about|lobby\w*|petition\w*|"
    r"think tank|[Oo]pinion)\b"
)
# People who comment. They make a sentence commentary when they speak in it (the subject
# near the start, "analysts expect", "said a researcher"), not when they are its object
# ("spyware used to target journalists and activists").
_COMMENTATORS = (
    r"(?:[Cc]ritics?|[Aa]nalysts?|[Ee]conomists?|(?<!Panel of )[Ee]xperts?|[Pp]rotesters?|"
    r"[Dd]emonstrators?|[Oo]rganis[ae]rs?|[Oo]rganizers?|[Aa]ctivists?|[Rr]esearchers?|"
    r"[Cc]ommentators?)"
)
_COMMENTATOR_SPEAKS = re.compile(
    r"^(?:\W*\S+\s+){0,7}?(?:\w+\s+)?" + _COMMENTATORS + r"\b|"
    r"\b" + _COMMENTATORS + r"\b(?:\s+\S+){0,4}?\s+(?:said|say|says|told|tell|expect\w*|"
    r"believe\w*|warn\w*|note[sd]?|estimat\w*|predict\w*|fear\w*|add(?:s|ed)|stat(?:e|es|ed)|"
    r"describ\w*|contend\w*|question\w*|doubt\w*|remain\w*|see|saw|think|thinks|thought|"
    r"claim\w*|gathered|marched|rallied|demand\w*)\b|"
    r"\b(?:said|says|according to|told|quoted)\s+(?:\S+\s+){0,3}?" + _COMMENTATORS + r"\b"
)
HISTORICAL_WORDS = re.compile(
    r"\b(?:had|previously|formerly|already|remains?|remained|earlier|once)\b", re.I
)
REMAIN = re.compile(r"\b(?:remains?|remained|previously|formerly|had been)\b", re.I)
PRESENTISH = re.compile(
    r"\b(?:today|this week|tonight|is|are|am|has|have|will|shall|hereby|adopts|imposes|adds|"
    r"designates|sanctions|removes|delists|extends|renews|prolongs|lifts|bans|prohibits|"
    r"freezes|lists|issues|announces|delays|suspends|revokes)\b|"
    r"\b\w+ing\b\s+(?:the|a|an)\b|^(?:effective\b)",
    re.I,
)
FIRST_PERSON = re.compile(
    r"\b(?:I|we|We|my|My|our|Our)\b|"
    r"\b(?:This|this) (?:rule|action|notice|order|decision|(?:Final\s+)?[Dd]etermination)\b"
)
# An authority the document defines a short form for speaks in it: 'the Department of
# Commerce (the "Department") has reviewed ...' in a Final Determination.
_SELF_DEFINED = re.compile(r"^\s*\((?:the\s+)?[\"“][A-Z][\w ]{1,30}[\"”]\)")
_GAZETTE = re.compile(
    r"Federal Register\s*/\s*Vol|^\s*AGENCY:|^\s*ACTION:|"
    r"Official Journal of the European Union\s*$",
    re.M,
)
QUOTE = re.compile(r'"[^"]*"')


def is_commentary(s: str) -> bool:
    return bool(COMMENTARY.search(s) or _COMMENTATOR_SPEAKS.search(s))


def in_quotes(s: str, pos: int) -> bool:
    return any(m.start() < pos < m.end() for m in QUOTE.finditer(s))


def old_dates(s: str, published: date, days: int = 60) -> bool:
    return bool(old_date_mentions(s, published, days))


def old_date_mentions(s: str, published: date, days: int = 60) -> list[dt.DateMention]:
    out = []
    for d in dt.find_dates(s, published):
        if re.search(r"\b(?:of|dated)\s+$", s[: d.start]) or re.search(r"\(\s*$", s[: d.start]):
            continue  # a citation date: "Executive Order 14105 of August 9, 2023"
        if d.precision == "year":
            if d.year < published.year:
                out.append(d)
        elif d.day < published - timedelta(days=days):
            out.append(d)
    return out


def _clause_bounds(s: str, pos: int, published: date) -> tuple[int, int]:
    """The comma/semicolon-delimited stretch around `pos` (commas inside dates such as
    "April 6, 2018" do not count)."""
    masked = list(s)
    for d in dt.find_dates(s, published):
        for i in range(d.start, d.end):
            if masked[i] == ",":
                masked[i] = " "
    text = "".join(masked)
    start = max(text.rfind(",", 0, pos), text.rfind(";", 0, pos)) + 1
    ends = [i for i in (text.find(",", pos), text.find(";", pos)) if i >= 0]
    return start, (min(ends) if ends else len(s))


def historical_at(s: str, pos: int, published: date) -> bool:
    """Is the trigger at `pos` about an earlier action?"""
    before = s[max(0, pos - 40) : pos]
    if HISTORICAL_WORDS.search(" ".join(before.split()[-3:])):
        return True
    if re.search(r"\b(?:Since|since)\b[^.;]*\bwhen\b[^.;]*$", s[:pos]):
        return True
    start, end = _clause_bounds(s, pos, published)
    clause = s[start:end]
    if re.search(r"\bhad\s+(?:\w+\s+)?\w+(?:ed|en|ne)\b", s[start:pos]):
        return True
    if re.search(
        r"\b(?:remains?|remained)\s+(?:\w+\s+)?(?:designated|sanctioned|blocked|"
        r"barred|listed|subject)\b",
        clause,
    ):
        return True
    return any(start <= d.start < end for d in old_date_mentions(s, published))


# --- document ------------------------------------------------------------------------

_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z.' ]{1,40}?,\s+(?:[A-Z][A-Za-z.]+,\s+)?)?"
    r"((?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|"
    r"\d{1,2}\.\d{1,2}\.\d{4}))\s+-\s+(?=\S)"
)


@dataclass
class Doc:
    text: str
    published: date
    sentences: list[Sentence]
    dateline: date | None
    header_authority: Authority | None
    header_end_block: int
    gazette: bool


# "Josep Borrell, High Representative for Foreign Affairs and Security Policy" on its own
# line after a paragraph: the paragraph is that person's quote, not the announcement.
_ATTRIBUTION = re.compile(
    r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3},\s+(?:the\s+)?(?:High Representative|"
    r"(?:Vice[- ])?President|Prime Minister|(?:Deputy\s+|Under\s+)?(?:Minister|Secretary)|"
    r"Chair(?:man|woman|person)?|Commissioner|Spokes(?:person|man|woman)|Director|Ambassador|"
    r"Governor|Chancellor)\b[^.!?]{0,120}$"
)


def _without_attributed_quotes(sentences: list[Sentence], header_end: int) -> list[Sentence]:
    """The sentences without quotes set off as a paragraph and attributed on the next line
    (press releases print them so, without quotation marks); indices renumbered."""
    drop: set[int] = set()
    for s in sentences:
        if s.block <= header_end + 1 or not _ATTRIBUTION.match(s.text):
            continue
        before = [x for x in sentences if x.block == s.block - 1]
        if (
            before
            and not any(x.is_title for x in before)
            and sum(len(x.text) for x in before) >= 80
        ):
            drop.add(s.block)
            drop.add(s.block - 1)
    if not drop:
        return sentences
    kept = [s for s in sentences if s.block not in drop]
    return [replace(s, index=i) for i, s in enumerate(kept)]


def prepare(text: str, published: date) -> Doc:
    lines = normalize_text(text).split("\n")
    dateline: date | None = None
    for i, line in enumerate(lines):
        m = _DATELINE.match(line)
        if m:
            found = dt.find_dates(m.group(1), published)
            if found and found[0].precision == "day":
                dateline = dateline or found[0].day
                lines[i] = line[m.end() :]
    body = "\n".join(lines)
    sentences = split_sentences(body)
    header_end = 0
    for s in sentences:
        if len(s.text) >= 100 and re.search(r"[.!?]\"?$", s.text) and not s.is_title:
            header_end = s.block
            break
    # headline-like header lines (no final punctuation) are titles even in sentence case
    sentences = [
        replace(s, is_title=True)
        if s.block < header_end
        and not s.is_title
        and not re.search(r"[.!?]\"?$", s.text)
        and len(s.text) <= 200
        and not dt.find_dates(s.text, published)
        else s
        for s in sentences
    ]
    sentences = _without_attributed_quotes(sentences, header_end)
    header_authority: Authority | None = None
    for s in sentences:
        if s.block >= header_end:
            break
        if dateline is None:
            for d in dt.find_dates(s.text, published):
                if d.precision == "day" and abs((d.day - published).days) <= 7:
                    dateline = d.day
                    break
        if header_authority is None:
            mentions = find_authorities(s.text, body)
            if mentions:
                header_authority = mentions[0].authority
    if header_authority is None:
        for s in sentences[:8]:
            defined = [
                m for m in find_authorities(s.text, body) if _SELF_DEFINED.match(s.text[m.end :])
            ]
            if defined:
                header_authority = defined[0].authority
                break
    if header_authority is None:
        issuer = [m for m in find_authorities(body, body) if m.alias == "vested in me as President"]
        if issuer:
            header_authority = issuer[0].authority  # "By the authority vested in me as President"
    return Doc(
        body,
        published,
        sentences,
        dateline,
        header_authority,
        header_end,
        bool(_GAZETTE.search(body)),
    )


def same_authority(mention_alias: str, mentioned: Authority, authority: Authority) -> bool:
    """Does a mention stand for `authority`? A department-level alias ("Treasury") stands
    for every office of that department."""
    if mentioned.name == authority.name:
        return True
    dept = GENERIC_ALIASES.get(mention_alias)
    return dept is not None and authority.name in DEPARTMENT_OFFICES.get(dept, ())


_NOT_ACTOR = re.compile(
    r"\b(?:as\s+(?:identified|determined|defined|designated|described|approved|specified|"
    r"listed)\s+by|direct(?:s|ed|ing)?|instruct(?:s|ed|ing)?|task(?:s|ed|ing)?|"
    r"authori[sz](?:es|ed|ing)|ask(?:s|ed|ing)?|requir(?:es|ed|ing)|notify|inform|"
    r"at\s+the\s+(?:direction|request|recommendation)\s+of|"
    r"in\s+(?:consultation|coordination|cooperation|partnership|concert)\s+with|jointly\s+with|"
    r"alongside|together\s+with|along\s+with|"
    r"with\s+the\s+(?:support|approval|concurrence)\s+of|on\s+behalf\s+of)"
    r"\s+(?:the\s+)?$"
)
# What may stand between the members of a joint subject: "OFAC, Australia's DFAT and the
# United Kingdom's FCDO are jointly designating ...", "the Treasury and the Department of
# State imposed ..."
_COORDINATION = re.compile(
    r"^\)?(?:'s)?\s*(?:\([^)]*\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+|\s+together\s+with\s+|"
    r"\s+along\s+with\s+|\s+with\s+)(?:the\s+)?(?:[A-Z][\w.'-]*(?:'s)?\s+){0,3}$"
)
_PRONOUN_SUBJECT = re.compile(
    r"^\s*(?:It|They|The\s+(?:[Dd]epartment|[Aa]gency|[Bb]ureau|[Mm]inistry|[Oo]ffice))\b"
)


def not_the_actor(before: str) -> bool:
    """Is an authority mentioned right after `before` someone the action is addressed to
    or a helper, not its actor ("directs the Secretary of the Treasury to ...", "as
    identified by the Secretary of Commerce", "at the direction of President Trump")?"""
    return bool(_NOT_ACTOR.search(before))


def actors(doc: Doc, before: str) -> list[AuthorityMention]:
    """The actor of what follows `before`: the nearest authority mentioned before it (or a
    jurisdiction as subject), with the authorities coordinated with it ("OFAC, DFAT and
    the FCDO are jointly designating")."""
    mentions = [
        m for m in find_authorities(before, doc.text) if not not_the_actor(before[: m.start])
    ]
    if not mentions:
        subject = find_subject_authority(before + " x")
        return [subject] if subject is not None else []
    group = [mentions[-1]]
    for m in reversed(mentions[:-1]):
        if not _COORDINATION.match(before[m.end : group[-1].start]):
            break
        group.append(m)
    subject = find_subject_authority(before + " x")
    if subject is not None and _COORDINATION.match(before[subject.end : group[-1].start]):
        group.append(subject)
    return group


def other_actor(
    doc: Doc, before: str, authority: Authority, previous: Sentence | None = None
) -> bool:
    """Is what follows `before` another authority's action ("The designations complement
    the Department of Commerce's Final Determination, prohibiting ..." in an OFAC release,
    "The UK is also designating ..." in a US one, "It also added ..." after a sentence
    about Commerce)? False for joint actions that include `authority` and when no
    authority is named at all."""
    group = actors(doc, before)
    if not group and previous is not None and _PRONOUN_SUBJECT.match(before):
        group = actors(doc, previous.text)[:1]
    if not group:
        return False
    return not any(same_authority(m.alias, m.authority, authority) for m in group)
