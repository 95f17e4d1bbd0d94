"""Announcement text -> structured ban records (deterministic, rule-based, offline).

Contract (other tools rely on it)::

    extract(text, published, url=None) -> [
      {"authority": str, "jurisdiction": str, "action": str, "measures": [str],
       "targets": [{"name": str, "type": str, "country": str | None}],
       "legal_basis": [str],
       "milestones": [{"role": str, "date": "YYYY-MM-DD" | "YYYY-MM" | "YYYY", "text": str}]}
    ]

How a text is read
------------------
1. The text is split into blocks and sentences (`text.py`). A dateline ("WASHINGTON,
   June 20, 2024 -", "Bern, 28.02.2022 -", a date on its own line near the top, "Press
   release - 24 June 2024") is noted; header blocks before the body give the *header
   authority* (a byline "Secretary of State", "AGENCY: Bureau of Industry and Security")
   and headline-like header lines count as titles.
2. Commentary sentences (spokespeople, critics, analysts, protesters; "opposes",
   "urged", "should", "called on") never announce anything.
3. The *lead* is the first non-title, non-commentary sentence with an action trigger
   (`gazetteer.ACTION_LEXICON`) that is not historical ("had designated", "remains
   designated", "Since 2019, when ...", a date in its clause more than 60 days before
   publication) and not a general rule ("adds companies ... when it has reasonable
   cause"), and that names an authority outside a subordinate clause ("Kaspersky said
   ..., after the Department of Commerce decided" is a reaction) - or a jurisdiction as
   subject ("The UK has today ...") - or, in a primary document, speaks for the header
   authority ("I am revoking", "This rule"). No lead, no record.
4. Authority = first authority named in the lead (a department-level alias becomes the
   office of that department the text names, e.g. Treasury's Office of Investment
   Security), else the header authority. Action = first strong trigger in the lead, else
   in the next sentences.
5. Targets are the named objects of triggers ("designated X", "added X to the Entity
   List", "a ban on ... X's software", "The individuals are X, Y and Z", "They include
   X", "Among them is X", passive "X is being designated", "the X mobile application"),
   chunked into capitalised name sequences with particles (al-, bin, de) and company
   suffixes; titles are stripped; a parenthetical short form becomes an alias; short
   forms merge into the full name. Modifiers are not targets ("Hizballah officials A",
   "individuals in leadership roles at X", "three of Ansarallah's leaders, A, B"). Type
   comes from the name (suffixes, Bank, Group), descriptors ("virtual currency mixer",
   "citizen", "tanker", "messaging app") and stripped titles. Country only when the text
   states it: "Russia's X", "Russia-based X", "Russian citizen X", "X (Russia)", "X, both
   of Russia", "X, a UAE-based company", "a Liberia-flagged tanker", a state body "of
   Iran", a group's nationality ("seven of Russia's wealthiest oligarchs. The individuals
   are ..."); never a guess from a company name. An announcement naming no target but
   imposing measures "against/on/for <country>", on "exports ... to <country>" or on a
   "country of concern" targets that country (type "other"; never its own jurisdiction).
6. Measures: the measure lexicon over the headline and the announcing sentences
   (commentary and what merely remains in place excluded). Legal basis: executive orders
   ("E.O. 14024"), EU acts ("Regulation (EU) 2024/1745", "Regulation (EU) No 269/2014"),
   CFR parts ("31 CFR part 589"; a section cites its part), UN resolutions ("UNSCR 2231
   (2015)"), named acts ("Secure Equipment Act of 2021", "Immigration and Nationality Act
   section 219") and UK/Canadian-style named regulations.
7. Milestones: *announced* is the lead's explicit date ("On June 20, ... announced", "on
   Wednesday designated"), else for a present/future lead or one saying "today" the
   dateline (else the publication date); in news, a ruling's or decision's date in the
   next sentence ("said in her ruling late on Saturday"). Federal Register / Official
   Journal documents get no announced date (their *published* date is the announcement).
   Other dates get roles from `dates.roles_for`, outside commentary and past-perfect
   background ("Commerce had announced ..."). A delisting ends on its announced date
   unless the text gives another end; "with immediate effect" makes the announced date
   effective. Dates outside plausible windows are dropped (an effective date more than
   60 days before publication is background).

One record per announcement: the lead's authority and action with all targets, measures
and milestones of the text (`to_ban_records` then makes one `BanRecord` per target).
Secondary actions in the same text (a wind-down general licence next to a designation)
do not make records of their own. `url` is part of the contract but not used for
reading the text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from transforms.announcements import dates as dt
from transforms.announcements.gazetteer import (
    DEPARTMENT_OFFICES,
    GENERIC_ALIASES,
    Authority,
    country_name_regex,
    country_of,
    country_regex,
    find_actions,
    find_authorities,
    find_measures,
    find_subject_authority,
)
from transforms.announcements.text import (
    Sentence,
    html_to_text,
    looks_like_html,
    normalize_text,
    split_sentences,
)
from transforms.model import BanRecord, DateValue, Measure, Milestone, TargetType

Record = dict[str, Any]

# --- sentence classification ---------------------------------------------------------

_COMMENTARY = re.compile(
    r"\b(?:[Ss]pokes(?:man|woman|person|people)|[Cc]ritics?|[Aa]nalysts?|[Ee]conomists?|"
    r"(?<!Panel of )[Ee]xperts?|[Pp]rotesters?|[Dd]emonstrators?|[Oo]rganis[ae]rs?|[Oo]rganizers?|"
    r"[Aa]ctivists?|opposes|opposed|condemn\w*|criticiz\w*|criticis\w*|denounc\w*|"
    r"urg(?:e|es|ed|ing)|called on|calls on|called for|calls for|should|ought to|argu\w*|"
    r"accus\w*|retaliat\w*|hybrid war|[Aa]sked about|lobby\w*|petition\w*|"
    r"think tank|researcher|commentators?|[Oo]pinion)\b"
)
_HISTORICAL_WORDS = re.compile(
    r"\b(?:had|previously|formerly|already|remains?|remained|earlier|once)\b", re.I
)
_REMAIN = re.compile(r"\b(?:remains?|remained|previously|formerly|had been)\b", re.I)
_PRESENTISH = re.compile(
    r"\b(?:today|this week|tonight|is|are|am|has|have|will|shall|hereby|adopts|imposes|adds|"
    r"designates|sanctions|removes|delists|extends|renews|prolongs|lifts|bans|prohibits|"
    r"freezes|lists|issues|announces|delays|suspends|revokes)\b|"
    r"\b\w+ing\b\s+(?:the|a|an)\b|^(?:effective\b)",
    re.I,
)
_FIRST_PERSON = re.compile(
    r"\b(?:I|we|We|my|My|our|Our)\b|\b(?:This|this) (?:rule|action|notice|order|decision)\b"
)
_GAZETTE = re.compile(
    r"Federal Register\s*/\s*Vol|^\s*AGENCY:|^\s*ACTION:|"
    r"Official Journal of the European Union\s*$",
    re.M,
)
_QUOTE = re.compile(r'"[^"]*"')


def _is_commentary(s: str) -> bool:
    return bool(_COMMENTARY.search(s))


def _in_quotes(s: str, pos: int) -> bool:
    return any(m.start() < pos < m.end() for m in _QUOTE.finditer(s))


def _old_dates(s: str, published: date, days: int = 60) -> bool:
    return bool(_old_date_mentions(s, published, days))


def _old_date_mentions(s: str, published: date, days: int = 60) -> list[dt.DateMention]:
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


def _historical_at(s: str, pos: int, published: date) -> bool:
    """Is the trigger at `pos` about an earlier action?"""
    before = s[max(0, pos - 40) : pos]
    if _HISTORICAL_WORDS.search(" ".join(before.split()[-3:])):
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
    return any(start <= d.start < end for d in _old_date_mentions(s, published))


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


def _prepare(text: str, published: date) -> Doc:
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
    return Doc(
        body,
        published,
        sentences,
        dateline,
        header_authority,
        header_end,
        bool(_GAZETTE.search(body)),
    )


# --- lead, authority, action ---------------------------------------------------------


@dataclass
class Lead:
    sentence: Sentence
    authority: Authority
    action: str


def _strong_action(s: str, after: int, published: date) -> str | None:
    for a in find_actions(s):
        if a.strength >= 2 and a.start >= after and not _historical_at(s, a.start, published):
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


def _find_lead(doc: Doc) -> Lead | None:
    for allow_titles in (False, True):
        for s in doc.sentences:
            if s.is_title and not allow_titles:
                continue
            if _is_commentary(s.text) or s.text.startswith('"'):
                continue
            actions = [
                a
                for a in find_actions(s.text)
                if not _historical_at(s.text, a.start, doc.published)
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
            ]
            if not mentions:
                subject = find_subject_authority(s.text)
                mentions = [subject] if subject is not None else []
            authority: Authority | None = None
            if mentions:
                authority = _refine(mentions[0].authority, mentions[0].alias, doc)
            elif doc.header_authority is not None and (
                _FIRST_PERSON.search(s.text) or re.match(r"\s*(?:SUMMARY|ACTION):", s.text)
            ):
                authority = doc.header_authority
            if authority is None:
                continue
            action = _strong_action(s.text, 0, doc.published)
            if action is None:
                for later in doc.sentences[s.index + 1 : s.index + 6]:
                    if later.is_title or _is_commentary(later.text):
                        continue
                    action = _strong_action(later.text, 0, doc.published)
                    if action:
                        break
            return Lead(s, authority, action or "designation")
    return None


# --- targets -------------------------------------------------------------------------

_LEGAL_SUFFIX = {
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "llc",
    "l.l.c.",
    "plc",
    "p.l.c.",
    "corp",
    "corp.",
    "co",
    "co.",
    "s.a.",
    "sa",
    "s.a",
    "n.v.",
    "b.v.",
    "gmbh",
    "ag",
    "jsc",
    "pjsc",
    "ojsc",
    "oao",
    "ooo",
    "zao",
    "ao",
    "ou",
    "oü",
    "limited",
    "lp",
    "llp",
    "s.p.a.",
    "srl",
    "s.r.l.",
    "a.s.",
    "pte",
    "pte.",
    "bhd",
    "sdn",
    "fze",
    "fzco",
    "dmcc",
}
_ORG_WORDS = {
    "inc",
    "ltd",
    "llc",
    "plc",
    "corp",
    "corporation",
    "company",
    "co",
    "group",
    "bank",
    "lab",
    "labs",
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
    "gmbh",
    "ag",
    "industries",
    "industry",
    "market",
    "exchange",
    "holdings",
    "holding",
    "technologies",
    "technology",
    "fund",
    "ministry",
    "agency",
    "authority",
    "committee",
    "organization",
    "organisation",
    "front",
    "party",
    "movement",
    "brigade",
    "army",
    "corps",
    "guard",
    "university",
    "institute",
    "academy",
    "airlines",
    "airline",
    "shipping",
    "trading",
    "energy",
    "oil",
    "gas",
    "petroleum",
    "mining",
    "systems",
    "electronics",
    "communications",
    "telecom",
    "mobile",
    "media",
    "services",
    "solutions",
    "international",
    "enterprise",
    "enterprises",
    "foundation",
    "association",
    "cartel",
    "network",
    "aviation",
    "logistics",
    "shipyard",
    "factory",
    "plant",
    "center",
    "centre",
    "bureau",
    "office",
    "council",
    "commission",
    "service",
    "forces",
    "force",
    "cash",
    "capital",
    "finance",
    "financial",
    "investments",
    "partners",
    "venture",
    "ventures",
}
# Words of a role, not a name: ", the Chief Operating Officer," is an appositive.
_ROLE_WORDS = {
    "officer",
    "chief",
    "president",
    "director",
    "minister",
    "secretary",
    "chairman",
    "chairwoman",
    "head",
    "leader",
    "commander",
    "governor",
    "founder",
    "manager",
    "executive",
    "deputy",
    "general",
    "ambassador",
    "spokesperson",
    "owner",
    "ceo",
    "cfo",
    "coo",
    "chair",
}
_JOINABLE = {
    "Science",
    "Sciences",
    "Technology",
    "Technologies",
    "Trade",
    "Trading",
    "Industry",
    "Industrial",
    "Engineering",
    "Research",
    "Development",
    "Investment",
    "Construction",
    "Equipment",
    "Import",
    "Export",
    "Commerce",
    "Economic",
    "Oil",
    "Gas",
    "Mining",
    "Energy",
    "Services",
    "Shipping",
    "Logistics",
    "Finance",
    "Insurance",
    "Communications",
    "Electronics",
    "Manufacturing",
    "Education",
    "Culture",
}
_LEGAL_FORMS_PREFIX = {"ao", "ooo", "jsc", "pjsc", "ojsc", "oao", "zao", "llc"}
_ORG_DESCRIPTORS = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|entit(?:y|ies)|banks?|mixer|exchange|market|group|militia|"
    r"organi[sz]ations?|movement|subsidiar(?:y|ies)|affiliates?|manufacturers?|producers?|"
    r"chipmaker|carriers?|operators?|makers?|giant|provider|developer|network|cartel|"
    r"platform|institution|enterprise|conglomerate|state-owned|airlines?|shipowner|owner|"
    r"bureau|agenc(?:y|ies)|government|ministry|fund)\b",
    re.I,
)
_PERSON_DESCRIPTORS = re.compile(
    r"\b(?:individuals?|persons?|citizens?|nationals|officials?|leaders?|oligarchs?|"
    r"businessm[ae]n|businesswom[ae]n|president|minister|general|officer|commander|chief|"
    r"members?|brother|son|daughter|wife|husband|brother-in-law|deputy|head|director|"
    r"parliamentarians?|financier|facilitator|operative|associates?|people|executives?)\b",
    re.I,
)
_PRODUCT_AFTER = re.compile(
    r"^\s*(?:mobile\s+)?(?:app|apps|application|applications|software|"
    r"platform|browser|game)\b",
    re.I,
)
_TITLES = {
    "president",
    "prime",
    "minister",
    "foreign",
    "defence",
    "defense",
    "secretary",
    "general",
    "major",
    "brigadier",
    "lieutenant",
    "colonel",
    "admiral",
    "commander",
    "chairman",
    "chairwoman",
    "chief",
    "director",
    "governor",
    "senator",
    "mr",
    "mrs",
    "ms",
    "dr",
    "deputy",
    "vice",
    "mayor",
    "judge",
    "ambassador",
    "gen",
    "lt",
    "col",
    "maj",
    "brig",
    "sheikh",
    "emir",
    "king",
    "prince",
    "captain",
    "capt",
    "sergeant",
    "gen.",
    "lt.",
    "col.",
    "maj.",
    "brig.",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "ceo",
    "chairperson",
    "leader",
}
_PARTICLES = {
    "al",
    "el",
    "bin",
    "ibn",
    "bint",
    "abu",
    "de",
    "da",
    "del",
    "della",
    "di",
    "du",
    "la",
    "le",
    "van",
    "von",
    "der",
    "den",
    "dos",
    "das",
    "y",
    "ul",
    "ud",
}
_GENERIC = {
    "entity list",
    "covered list",
    "sdn list",
    "specially designated nationals",
    "specially designated nationals and blocked persons list",
    "specially designated global terrorist",
    "specially designated global terrorists",
    "foreign terrorist organization",
    "federal register",
    "official journal",
    "executive order",
    "general license",
    "general licence",
    "final determination",
    "annex",
    "congress",
    "kremlin",
    "eu",
    "european union",
    "un",
    "united nations",
    "report and order",
    "today",
    "lng",
    "swift",
    "spfs",
    "uav",
    "uavs",
    "edt",
    "est",
    "gl",
    "icts",
    "ear",
    "cfr",
    "sanctions list",
    "consolidated list",
    "treasury",
    "state",
    "government",
    "department",
    "council",
    "commission",
    "committee",
    "the department",
    "the council",
    "security council",
    "white house",
    "entity",
    "entities",
    "sanctions",
    "on",
    "in",
    "the",
    "a",
    "an",
    "and",
    "as",
    "also",
    "its",
    "chapter vii",
    "charter",
    "america first",
    "sanctions implications",
    "summary",
    "action",
    "agency",
    "dates",
    "supplementary information",
    "press release",
    "press statement",
    "export administration regulations",
    "unmanned aerial vehicles",
    "west",
    "east",
}
_GENERIC_TOKENS = {
    "list",
    "act",
    "regulations",
    "regulation",
    "order",
    "resolution",
    "license",
    "licence",
    "determination",
    "directive",
    "program",
    "programme",
    "sanctions",
}


@dataclass
class Target:
    name: str
    type: str
    country: str | None
    aliases: set[str] = field(default_factory=set)
    possessive: bool = False
    order: int = 0


def _norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = s.replace("&", " and ").replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s+]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def _tokens(name: str) -> set[str]:
    return {t for t in _norm(name).split() if t not in _LEGAL_SUFFIX and t not in {"the", "of"}}


_TOKEN_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][A-Za-zÀ-ÖØ-öø-ÿ0-9'+&.\-]*|[(),;:\"]|\s-\s")


@dataclass
class _Tok:
    text: str
    start: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper() or (
            self.text[:1].isdigit() and bool(re.search(r"[A-Za-z]", self.text))
        )


def _tokenize(span: str) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN_RE.finditer(span):
        text = m.group(0)
        if text.strip() == "-":
            out.append(_Tok("-", m.start()))
            continue
        if text.endswith(".") and len(text) > 1:
            core = text[:-1]
            keep = (
                text.lower() in _LEGAL_SUFFIX
                or re.fullmatch(r"(?:[A-Za-z]\.)+", text)
                or core.lower()
                in {
                    "co",
                    "inc",
                    "ltd",
                    "corp",
                    "jr",
                    "sr",
                    "st",
                    "no",
                    "gen",
                    "lt",
                    "col",
                    "maj",
                    "brig",
                    "mr",
                    "mrs",
                    "ms",
                    "dr",
                    "s.a",
                }
            )
            if not keep:
                out.append(_Tok(core, m.start()))
                continue
        out.append(_Tok(text, m.start()))
    return out


@dataclass
class _Chunk:
    tokens: list[str]
    start: int
    end_tok: int  # index of the token after the chunk
    country: str | None = None
    alias: str | None = None
    possessive: bool = False
    appositive: str = ""
    descriptor: str = ""  # lower-case words just before the chunk
    group: int = 0
    title_stripped: bool = False

    @property
    def text(self) -> str:
        out = ""
        for t in self.tokens:
            if t in (",",) or not out:
                out += t
            elif out.endswith(","):
                out += " " + t
            else:
                out += " " + t
        return out.replace(" ,", ",")


def _country_in(text: str) -> str | None:
    """The first country a descriptive phrase states ("registered in Estonia",
    "Russia-based", "the U.S. subsidiary of"); not "-backed"/"-linked"/"-made"."""
    for m in country_regex().finditer(text):
        after = text[m.end() : m.end() + 12]
        if re.match(
            r"-(?:backed|linked|made|aligned|sponsored|supported|allied|friendly|"
            r"related|origin)",
            after,
        ):
            continue
        if re.match(r"\s+(?:Sea|Ocean|Gulf)\b", after):
            continue
        c = country_of(m.group(1))
        if c:
            return c.code
    return None


def _leading_country(tokens: list[str]) -> tuple[str | None, list[str]]:
    """Strip leading nationality words from a chunk: "Russia's", "Russian", "Russia-based"."""
    country: str | None = None
    while tokens:
        head = tokens[0]
        c = country_of(head)
        if c is None or len(tokens) == 1:
            if c is not None and len(tokens) == 1 and (head.endswith("'s") or "-" in head):
                return c.code, []
            break
        if (
            head in c.names
            and not head.endswith("'s")
            and not re.search(r"-(?:based|registered)$", head)
        ):
            break  # "China Mobile International USA Inc." - a country noun starting a name
        country = country or c.code
        tokens = tokens[1:]
    return country, tokens


def _strip_titles(tokens: list[str]) -> tuple[list[str], bool]:
    stripped = False
    while len(tokens) > 1 and tokens[0].lower().rstrip(".") in {t.rstrip(".") for t in _TITLES}:
        tokens = tokens[1:]
        stripped = True
    return tokens, stripped


def _is_name_token(t: _Tok) -> bool:
    return t.cap and t.text not in ("-",) and not re.fullmatch(r"\d+", t.text)


def _chunks(span: str) -> list[_Chunk]:
    toks = _tokenize(span)
    chunks: list[_Chunk] = []
    i = 0
    group = 0
    pending_desc: list[str] = []
    in_apposition = False
    apposition_owner: list[_Chunk] = []
    group_members: list[_Chunk] = []
    n = len(toks)
    while i < n:
        t = toks[i]
        # apposition: ", <lower case ...>" or ", President of ..." after a name
        if t.text == ",":
            nxt = toks[i + 1] if i + 1 < n else None
            in_apposition = False
            if nxt is not None and chunks and not pending_desc:
                starts_lower = not nxt.cap and nxt.low not in ("and", "or")
                role = (
                    nxt.cap
                    and nxt.low.rstrip(".") in _TITLES
                    and any(x.low == "of" for x in toks[i + 1 : i + 6])
                )
                both = nxt.low in ("both", "all", "each")
                if nxt.low in (
                    "among",
                    "including",
                    "such",
                    "namely",
                    "notably",
                    "specifically",
                    "in",
                    "as",
                ):
                    starts_lower = False
                nn = toks[i + 2] if i + 2 < n else None
                nation = (
                    country_of(nxt.text) is not None
                    and nn is not None
                    and not nn.cap
                    and nn.low not in ("and", "or")
                )
                if starts_lower and nxt.low == "the":
                    # ", the National Development Fund of Iran (NDF)," is a list item
                    j = i + 2
                    while (
                        j < n
                        and toks[j].text not in (",", "(", ";")
                        and (_is_name_token(toks[j]) or toks[j].low in ("of", "and", "for", "the"))
                    ):
                        j += 1
                    if (
                        j > i + 2
                        and (j >= n or toks[j].text in (",", "(", ";"))
                        and _is_name_token(toks[i + 2])
                        and not country_of(toks[i + 2].text)
                        and not any(t.low.rstrip(".") in _ROLE_WORDS for t in toks[i + 2 : j])
                    ):
                        starts_lower = False
                if starts_lower or role or both or nation:
                    in_apposition = True
                    apposition_owner = (
                        list(group_members)
                        if (both or nxt.low in ("members", "both", "all", "each"))
                        else [chunks[-1]]
                    )
            if not in_apposition:
                group += 1
                group_members = []
            i += 1
            continue
        if in_apposition:
            # collect the appositive text for the owners
            j = i
            while j < n and toks[j].text != ",":
                j += 1
            text = span[t.start : toks[j].start if j < n else len(span)]
            for owner in apposition_owner:
                owner.appositive += " " + text
            i = j
            continue
        if t.text in (";", ":"):
            group += 1
            group_members = []
            pending_desc = [] if t.text == ";" else pending_desc
            i += 1
            continue
        if t.text == "-":
            # a dashed aside starting in lower case is skipped: " - sometimes referred to as - "
            nxt = toks[i + 1] if i + 1 < n else None
            if nxt is not None and not nxt.cap:
                j = i + 1
                while j < n and toks[j].text != "-":
                    j += 1
                i = j + 1
                continue
            i += 1
            continue
        if t.text == "(":
            j = i + 1
            while j < n and toks[j].text != ")":
                j += 1
            inner = span[toks[i + 1].start : toks[j].start] if i + 1 < n and j < n else ""
            if chunks and chunks[-1].end_tok == i:
                c = country_of(inner)
                if c is not None:
                    for member in group_members or [chunks[-1]]:
                        member.country = member.country or c.code
                elif re.fullmatch(r"[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,2}", inner.strip()):
                    chunks[-1].alias = inner.strip()
            i = j + 1
            continue
        if t.text == '"':
            i += 1
            continue
        if _is_name_token(t):
            start_i = i
            words: list[str] = []
            while i < n:
                tk = toks[i]
                if _is_name_token(tk):
                    words.append(tk.text)
                    i += 1
                    continue
                low = tk.low
                nxt = toks[i + 1] if i + 1 < n else None
                if (
                    low in _PARTICLES
                    and nxt is not None
                    and (_is_name_token(nxt) or nxt.low in _PARTICLES)
                ):
                    words.append(tk.text)
                    i += 1
                    continue
                if re.match(r"(?:al|el|ad|ar|as|an|ash|ul)-[A-Z]", tk.text):
                    words.append(tk.text)
                    i += 1
                    continue
                if low in ("of", "for", "&") and words and nxt is not None:
                    nn = toks[i + 2] if i + 2 < n else None
                    if (
                        _is_name_token(nxt)
                        and not country_of(nxt.text)
                        and (low != "for" or words[-1].lower() in _ORG_WORDS)
                    ):
                        words.append(tk.text)
                        i += 1
                        continue
                    if low == "of" and nxt.low == "the" and nn is not None and _is_name_token(nn):
                        words.extend([tk.text, nxt.text])
                        i += 2
                        continue
                    if low == "of" and nxt is not None and _is_name_token(nxt):
                        words.append(tk.text)
                        i += 1
                        continue
                if (
                    low in ("plc", "ooo", "ao", "oao", "jsc", "pjsc", "llc", "ltd", "ltd.")
                    and words
                ):
                    words.append(tk.text)
                    i += 1
                    continue
                if (
                    low == "and"
                    and words
                    and words[-1] in _JOINABLE
                    and nxt is not None
                    and _is_name_token(nxt)
                ):
                    j = i + 1
                    while (
                        j < n
                        and (_is_name_token(toks[j]) or toks[j].low in (",",))
                        and toks[j].low.rstrip(".") not in _LEGAL_FORMS_PREFIX
                    ):
                        if toks[j].low in _LEGAL_SUFFIX:
                            break
                        j += 1
                    if (
                        j < n
                        and toks[j].low in _LEGAL_SUFFIX
                        and nxt.low not in _LEGAL_FORMS_PREFIX
                    ):
                        words.append(tk.text)
                        i += 1
                        continue
                if low == "," and nxt is not None and nxt.low in _LEGAL_SUFFIX:
                    words.append(",")
                    i += 1
                    continue
                if low == "(" and words:
                    j = i + 1
                    while j < n and toks[j].text != ")":
                        j += 1
                    after = toks[j + 1] if j + 1 < n else None
                    inner_text = span[toks[i + 1].start : toks[j].start].strip() if j < n else ""
                    if (
                        after is not None
                        and after.cap
                        and after.low not in _LEGAL_SUFFIX
                        and re.fullmatch(r"[A-Z][a-z]+", inner_text)
                        and not country_of(inner_text)
                        and not country_of(after.text)
                    ):
                        words.append(f"({inner_text})")
                        i = j + 1
                        continue
                    if after is not None and after.low in _LEGAL_SUFFIX:
                        inner = span[toks[i + 1].start : toks[j].start].strip()
                        words.append(f"({inner})")
                        i = j + 1
                        continue
                break
            while words and words[-1].lower() in ("of", "for", "&", "the", ","):
                words.pop()
                i -= 1
            possessive = False
            if words and words[-1].endswith("'s"):
                words[-1] = words[-1][:-2]
                possessive = True
            desc = " ".join(pending_desc)
            chunk = _Chunk(
                words, toks[start_i].start, i, possessive=possessive, descriptor=desc, group=group
            )
            chunks.append(chunk)
            group_members.append(chunk)
            pending_desc = []
            continue
        if t.low in ("and", "or", "as well as"):
            i += 1
            continue
        pending_desc.append(t.low)
        if len(pending_desc) > 8:
            pending_desc = pending_desc[-8:]
        i += 1
    return chunks


def _nationality_modifier(chunk: _Chunk) -> bool:
    """ "Russia's", "Russian", "Russia-based", "Chinese-owned" - not a bare "Yemen"."""
    if chunk.possessive:
        return True
    head = chunk.tokens[0]
    c = country_of(head)
    return bool(c and (head in c.adjectives or "-" in head or head.endswith("'s")))


def _clean_chunk(chunk: _Chunk) -> tuple[str | None, str | None, bool]:
    """(name, country, title_stripped) for a chunk, or (None, country, False) if it is
    not a target name (a nationality word, a generic term, an authority...)."""
    tokens = [w for w in chunk.tokens]
    country, tokens = _leading_country(tokens)
    while tokens and tokens[0].lower() in ("the", "a", "an", "today", "also", "and"):
        tokens = tokens[1:]
    tokens, stripped = _strip_titles(tokens)
    if not tokens:
        return None, country, False
    name = " ".join(tokens).replace(" ,", ",")
    if len(tokens) == 1 and re.search(
        r"-(?:backed|linked|based|made|aligned|sponsored|owned|"
        r"controlled|led|related|origin|registered)$",
        name,
        re.I,
    ):
        return None, country, False
    if len(tokens) == 1 and name.endswith("s") and country_of(name[:-1]) is not None:
        return None, country, False  # "Canadians", "Russians"
    low = _norm(name)
    if not low or low in _GENERIC:
        return None, country, False
    if country_of(name) is not None:
        return None, country_of(name).code if country_of(name) else country, False  # type: ignore[union-attr]
    words = low.split()
    if any(w in _GENERIC_TOKENS for w in words):
        return None, country, False
    if find_authorities(name, "Council of the EU FCC"):
        auth = find_authorities(name, "Council of the EU FCC")[0]
        if auth.end - auth.start >= len(name) - 2:
            return None, country, False
    if re.fullmatch(r"[A-Z]{2,5}s?", name) and name not in ("BBC",):
        # bare acronyms are aliases, not names ("SMIC" is merged later)
        return name, country, stripped
    if all(w in _TITLES for w in words):
        return None, country, False
    if re.match(
        r"(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
        name,
    ):
        return None, country, False
    return name, country, stripped


def _type_hint(context: str) -> str | None:
    """A target type a descriptive phrase states ("crude oil tanker", "companies")."""
    if re.search(r"\b(?:vessels?|tankers?|ships?|IMO|bulk carriers?|freighters?)\b", context, re.I):
        return "vessel"
    if re.search(r"\baircraft\b|\btail number\b", context, re.I):
        return "aircraft"
    if re.search(r"\b(?:app|apps|application|software)\s*$", context, re.I):
        return "product"
    if _PERSON_DESCRIPTORS.search(context):
        return "person"
    if _ORG_DESCRIPTORS.search(context):
        return "organization"
    return None


def _default_type(name: str) -> bool:
    """True when nothing in the name itself decides its type."""
    words = _norm(name).split()
    return not (
        any(w.rstrip(".") in _ORG_WORDS for w in words)
        or name.rstrip(".").split()[-1].lower() in _LEGAL_SUFFIX
        or country_of(name)
    )


def _target_type(name: str, context: str, stripped: bool, after: str) -> str:
    words = _norm(name).split()
    if country_of(name) is not None:
        return "other"
    if re.search(r"\b(?:vessel|tanker|ship|IMO)\b", context, re.I):
        return "vessel"
    if re.search(r"\baircraft\b|\btail number\b", context, re.I):
        return "aircraft"
    if _PRODUCT_AFTER.match(after) or re.search(
        r"\b(?:app|apps|application|software)\s*$", context.split(",")[0] if context else ""
    ):
        return "product"
    if (
        any(w.rstrip(".") in _ORG_WORDS for w in words)
        or name.rstrip(".").split()[-1].lower() in _LEGAL_SUFFIX
    ):
        return "organization"
    if stripped or _PERSON_DESCRIPTORS.search(context):
        return "person"
    if _ORG_DESCRIPTORS.search(context):
        return "organization"
    if len(words) == 1:
        return "organization"
    if 2 <= len(words) <= 5 and all(re.fullmatch(r"[a-z'\-]+", w) for w in words):
        return "person"
    return "organization"


_T_VERB = re.compile(
    r"\b(?:designat(?:e|es|ed|ing)|sanctioned|sanctioning|(?:will|to|also)\s+sanction|"
    r"add(?:s|ed|ing)?|list(?:s|ed|ing)|"
    r"freez(?:e|es|ing)\s+the\s+assets\s+of|froze\s+the\s+assets\s+of|remov(?:e|es|ed|ing)|"
    r"delist(?:s|ed|ing)?|ban(?:s|ned)?|prohibit(?:s|ed|ing)|restrict(?:s|ed|ing)|"
    r"target(?:s|ed|ing)?|places?|placed|revok(?:e|es|ed|ing)\s+the\s+designations?\s+of|"
    r"(?:addition|designation|designations|delisting|removal|listing|prohibition)\s+of|"
    r"(?:bans?|sanctions|restrictions|restrictive measures|measures|sanction|prohibitions?)\s+"
    r"(?:\w+\s+){0,3}?(?:on|against)|"
    r"identif(?:y|ies|ied|ying)|prevent(?:s|ed|ing)?|including\s+with|"
    r"(?:Among|Including)\s+(?:them|those|the\s+\w+)\s+(?:is|are|was|were)|"
    r"(?:frozen|blocked|listed|sanctioned|designated)\b[^.;]{0,40}?,\s+including(?:\s+those\s+of)?|"
    r"transactions\s+(?:\w+\s+){0,3}?involving|"
    r"(?:The|These)\s+(?:\w+\s+){0,1}?(?:additions|designations|listings|removals|delistings)\s+"
    r"(?:today\s+)?(?:include|includes|are|comprise)\s*:?|"
    r"impos(?:e|es|ed|ing)\s+[^.;]{0,80}?\s+(?:on|against)|"
    r"(?:rules?|prohibitions?|bans?|measures?|restrictions?)\s+(?:also\s+)?appl(?:y|ies)\s+to|"
    r"(?:They|These|Those)\s+(?:include|includes|are|comprise)\s*:?|"
    r"(?:The|These|Those)\s+(?:\w+\s+){0,2}?(?:individuals|persons|entities|companies|people|"
    r"targets|oligarchs|designees|entries)\s+(?:are|include|includes)\s*:?|"
    r"The\s+entry\s+concerns)\b"
)
_T_END = re.compile(
    r"\s+pursuant\s+to\b|\s+under\s+(?:the\s+)?[A-Z]|\s+under\s+(?:section|E\.O\.|Executive)\b|"
    r"\s+for\s+(?=[a-z])|\s+because\b|\s+in connection with\b|,?\s+which\b|,?\s+who\b|"
    r"\s+that\s+(?=[a-z])|;|\s+to\s+(?:the|its)\s+(?:[\w'()-]+\s+){0,6}?(?:[Ll]ist|Annex)\b|"
    r"\s+from\s+(?:the|its)\b|\s+on the basis\b|\s+in response to\b|\s+as a result of\b|"
    r"\s+in a coordinated\b|\s+in coordination\b|\s+as\s+(?:a|an|the|Specially|Foreign)\b|"
    r",\s+(?:adopting|unanimously|providing|targeting|following|citing|while|with)\b|"
    r"\s+following\b|\s+on\s+the\s+(?:Entity|Covered)\b|\s+to\s+(?:protect|prevent|address|"
    r"hold|cut|stop|deter|disrupt)\b|\s+in\s+(?:the\s+)?(?:EU|European)\s+territor|"
    r"\s+with\s+(?:a|an)\s+(?:license|licence)\b|\s+and\s+(?:is|are|was|were)\b|"
    r"\s+as\s+(?:blocked\s+)?property\b|\s+from\s+(?:landing|entering|using|operating|"
    r"providing|accessing|selling|doing)\b|\s+and\s+demanded\b"
)
_PASSIVE = re.compile(
    r"^(?:In addition,\s+|Additionally,\s+|Also,\s+)?(?:The\s+)?"
    r"((?:[A-Z][\w'&.+-]*(?:\s+|,\s+|\s+and\s+(?:the\s+)?))*?"
    r"[A-Z][\w'&.+-]*)\s+(?:is|are|was|were|has been|have been|will be|is being|are being)\s+"
    r"(?:also\s+|now\s+|hereby\s+|generally\s+)?(?:designated|sanctioned|added|listed|"
    r"prohibited|banned|removed|delisted)\b"
)
_PRODUCT_PATTERN = re.compile(
    r"\bthe\s+([A-Z][\w'&.+-]*(?:\s+[A-Z][\w'&.+-]*){0,3})\s+"
    r"(?:mobile\s+)?(?:app|application)\b"
)


@dataclass
class _Span:
    text: str
    sentence: Sentence
    offset: int


def _target_spans(s: Sentence, published: date) -> list[_Span]:
    text = s.text
    out: list[_Span] = []
    for m in _T_VERB.finditer(text):
        if _in_quotes(text, m.start()) and not re.search(r"said|says", text):
            continue
        if (
            re.search(r"\b(?:the|a|an|this|that|its|their|today's)\s+$", text[: m.start()], re.I)
            and not re.search(r"\bof$", m.group(0))
            and " " not in m.group(0).strip()
        ):
            continue  # a noun: "The delisting is conditioned on ..."
        if _historical_at(text, m.start(), published):
            continue
        rest = text[m.end() :]
        end = _T_END.search(rest)
        span = rest[: end.start()] if end else rest
        out.append(_Span(span, s, m.end()))
    pm = _PASSIVE.match(text)
    if pm and not _historical_at(text, pm.end(1), published):
        out.append(_Span(pm.group(1), s, pm.start(1)))
    for pm2 in _PRODUCT_PATTERN.finditer(text):
        out.append(_Span(pm2.group(0)[4:], s, pm2.start() + 4))
    return out


def _legal_forms(name: str) -> set[str]:
    return {t for t in _norm(name).split() if t in _LEGAL_SUFFIX}


def _merge(targets: list[Target], new: Target) -> None:
    key = _norm(new.name)
    new_tokens = _tokens(new.name)
    new_forms = _legal_forms(new.name)
    for t in targets:
        if (
            key == _norm(t.name)
            or key in {_norm(a) for a in t.aliases}
            or (new.aliases and _norm(t.name) in {_norm(a) for a in new.aliases})
        ):
            t.country = t.country or new.country
            t.aliases |= new.aliases
            return
    for t in targets:
        t_tokens = _tokens(t.name)
        if new_forms and not new_forms <= _legal_forms(t.name):
            continue  # "AO Kaspersky Lab" is not "Kaspersky Lab, Inc."
        if new_tokens and new_tokens <= t_tokens:
            t.country = t.country or new.country
            t.aliases |= new.aliases | {new.name}
            return
    for t in targets:
        t_tokens = _tokens(t.name)
        if _legal_forms(t.name) and not _legal_forms(t.name) <= new_forms:
            continue
        if (
            t_tokens
            and t_tokens < new_tokens
            and t.possessive is False
            and len(t_tokens) < len(new_tokens)
        ):
            t.aliases |= {t.name} | new.aliases
            t.name = new.name
            t.type = new.type if new.type != "organization" or t.type == "organization" else t.type
            t.country = new.country or t.country
            return
    targets.append(new)


def _targets_from(doc: Doc, sentences: Iterable[Sentence], lead: Lead) -> list[Target]:
    targets: list[Target] = []
    group_country: str | None = None
    order = 0
    for s in sentences:
        if s.is_title:
            continue
        sentence_country: str | None = None
        for span in _target_spans(s, doc.published):
            chunks = _chunks(span.text)
            if not chunks:
                # "seven of Russia's wealthiest oligarchs" - remember the group's country
                if re.search(
                    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?)\b", span.text
                ):
                    c = _country_in(span.text)
                    if c:
                        sentence_country = c
                continue
            names: list[tuple[_Chunk, str, str | None]] = []
            carry: str | None = _country_in(chunks[0].descriptor) if chunks[0].descriptor else None
            any_name = False
            for idx, ch in enumerate(chunks):
                name, own, stripped = _clean_chunk(ch)
                if name is None:
                    if own and not any_name and _nationality_modifier(ch):
                        carry = own  # "Russia's two largest oil companies, A and B"
                    continue
                # "individuals in leadership roles at AO Kaspersky Lab": the employer is not
                # the target
                if re.search(
                    r"\b(?:individuals|officials|executives|employees|leaders|roles|members|"
                    r"officers|staff|personnel|management|leadership)\b[^,;]*"
                    r"\b(?:at|of|in|within|with)\s*$",
                    ch.descriptor,
                ):
                    continue
                # a modifier: "Hizballah officials Amin Sherri" - Hizballah is not a target
                nxt = chunks[idx + 1] if idx + 1 < len(chunks) else None
                if (
                    nxt is not None
                    and nxt.descriptor
                    and nxt.group == ch.group
                    and len(nxt.descriptor.split()) <= 3
                    and _PERSON_DESCRIPTORS.search(nxt.descriptor)
                    and not ch.possessive
                ):
                    continue
                if own and not any_name:
                    carry = carry or own  # "Russian President A and Foreign Minister B"
                any_name = True
                c = (
                    own
                    or ch.country
                    or _appositive_country(ch.appositive)
                    or (_country_in(ch.descriptor) if ch.descriptor else None)
                    or carry
                    or group_country
                )
                names.append((ch, name, c))
                ch.title_stripped = stripped
            if not names:
                # "seven of Russia's wealthiest oligarchs" - remember the group's country
                if re.search(
                    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?)\b", span.text
                ):
                    c = _country_in(span.text)
                    if c:
                        sentence_country = c
                continue
            if len(names) > 1:
                names = [n for n in names if not n[0].possessive]
            carry_type: str | None = None
            for ch, name, c in names:
                after_text = s.text[span.offset + ch.start :]
                after_name = (
                    after_text[len(ch.text) :] if after_text.startswith(ch.tokens[0]) else ""
                )
                ctx = " ".join([ch.descriptor, ch.appositive, span.text[: ch.start][-40:]])
                hint = _type_hint(ch.descriptor) if ch.descriptor else None
                carry_type = hint or carry_type
                ttype = _target_type(name, ctx, ch.title_stripped, after_name)
                if (
                    _default_type(name)
                    and not ch.title_stripped
                    and not _type_hint(" ".join([ch.descriptor, ch.appositive]))
                    and carry_type
                ):
                    ttype = carry_type
                tgt = Target(
                    name, ttype, c, {ch.alias} if ch.alias else set(), ch.possessive, order
                )
                order += 1
                _merge(targets, tgt)
        if sentence_country:
            group_country = sentence_country
        elif targets:
            group_country = None
    # short forms that are only an acronym and never matched a full name are dropped
    targets = [t for t in targets if not (re.fullmatch(r"[A-Z]{2,5}", t.name))]
    # types stated elsewhere ("the SCF Primorye, a Liberia-flagged crude oil tanker")
    for t in targets:
        if _default_type(t.name) and t.type in ("person", "organization"):
            hint = _type_cue(t.name, doc.sentences)
            if hint in ("vessel", "aircraft", "product"):
                t.type = hint
    # a state body named for its country: "Central Bank of Iran", "Ministry of Finance of
    # the Russian Federation" (a company name such as "China Mobile" states nothing)
    for t in targets:
        sm = re.search(
            r"\b(?:Bank|Fund|Ministry|Government|Agency|Service|Council|Committee|"
            r"Authority|Office|Bureau|Navy|Army|Forces|Guard|Corps|Police|Parliament|"
            r"Court|Administration|Republic)\b[\w\s'-]*\bof\s+(?:the\s+)?([A-Z][\w' -]+)$",
            t.name,
        )
        if t.country is None and sm and country_of(sm.group(1)):
            t.country = country_of(sm.group(1)).code  # type: ignore[union-attr]
    # countries stated elsewhere in the text ("Lumber Marine SA, a UAE-based company")
    for t in targets:
        if t.country is None and t.type != "other":
            t.country = _country_cues(
                t.name, t.aliases, [x for x in doc.sentences if not _is_commentary(x.text)]
            )
    return targets


_CUE_NOUNS = (
    r"(?:company|companies|firm|firms|national|nationals|citizen|citizens|bank|entity|"
    r"entities|subsidiary|businessman|businesswoman|official|officials|group|exchange|"
    r"manufacturer|producer|airline|carrier|operator|conglomerate|organi[sz]ation|"
    r"militia|movement|owner|shipowner)"
)


def _appositive_country(text: str) -> str | None:
    """Country stated in an appositive: "a UAE-based company", "a Liberia-flagged tanker",
    "registered in Estonia", "both of Russia", "an Iranian company", "the U.S. subsidiary",
    "China's largest chipmaker", "President of the Russian Federation"."""
    words = " ".join(text.split()[:10])
    for m in country_regex().finditer(words):
        after = words[m.end() : m.end() + 30]
        before = words[max(0, m.start() - 40) : m.start()]
        c = country_of(m.group(1))
        if c is None:
            continue
        if re.match(r"-(?:based|flagged|registered|headquartered|incorporated|owned)\b", after):
            if re.search(r"\bof\b", before):
                continue  # "the head of the Pakistan-based group": the group's country
            return c.code
        if re.search(
            r"\b(?:located|registered|based|headquartered|incorporated|domiciled)\s+in\s+"
            r"(?:the\s+)?$",
            before,
        ):
            return c.code
        if re.search(r"(?:^|\b(?:both|all|each))\s*of\s+(?:the\s+)?$", before) or re.match(
            r"\s*(?:both|all|each)?\s*of\s+(?:the\s+)?$", before
        ):
            return c.code
        if re.search(
            r"\b(?:President|Minister|Secretary|Chairman|Governor|King|Prime Minister|"
            r"[Pp]arliament|[Mm]embers?|[Cc]hief|[Hh]ead|[Dd]irector)\b[^,]{0,40}\bof\s+"
            r"(?:the\s+)?$",
            before,
        ):
            return c.code
        if after.startswith("'s") and re.fullmatch(r"\s*(?:the\s+)?", before):
            return c.code
        if after.startswith("'s") and re.search(r"\bof\s+$", before):
            return c.code
        if (
            not re.search(r"\bof\b", before)
            and re.match(r"\s+(?:[\w-]+\s+){0,2}?" + _CUE_NOUNS + r"\b", after, re.I)
            and re.fullmatch(r"\s*(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}", before, re.I)
        ):
            return c.code
    return None


def _type_cue(name: str, sentences: Iterable[Sentence]) -> str | None:
    for s in sentences:
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", s.text):
            am = re.match(r"\s*(?:\([^)]*\))?,\s+((?:a|an|the)\s+[^,;]+)", s.text[m.end() :])
            if am:
                hint = _type_hint(" ".join(am.group(1).split()[:8]))
                if hint:
                    return hint
            if re.search(r"\b(?:vessel|tanker|ship)\s+(?:the\s+)?$", s.text[: m.start()]):
                return "vessel"
    return None


_PRE_STOP = {
    "the",
    "a",
    "an",
    "sanctions",
    "sanctioned",
    "designates",
    "designated",
    "bans",
    "banned",
    "targets",
    "adds",
    "added",
    "lists",
    "listed",
    "by",
    "to",
    "of",
    "for",
    "with",
    "from",
    "in",
    "on",
    "at",
    "and",
    "or",
    "that",
    "which",
    "who",
    "is",
    "are",
    "was",
    "were",
    "be",
    "has",
    "have",
    "use",
    "using",
}


def _country_cues(name: str, aliases: set[str], sentences: Iterable[Sentence]) -> str | None:
    """A country the text states for `name` anywhere: "Russia-based NAME", "NAME, a
    UAE-based company", "NAME (Russia)", "NAME, located in China", "NAME in Yemen"
    (headline)."""
    names = [n for n in [name, *aliases] if n and len(n) > 2]
    for s in sentences:
        for n in names:
            for m in re.finditer(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", s.text):
                before = s.text[max(0, m.start() - 60) : m.start()]
                pre = re.search(
                    r"([A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)?)(?:'s|-based|-registered)?"
                    r"\s+(?:[a-z][\w-]*\s+){0,4}$",
                    before,
                )
                if pre:
                    cm = re.search(
                        r"([A-Z][\w'.-]*(?:-based|-registered|-flagged|-owned|'s)?)"
                        r"((?:\s+[a-z][\w-]*){0,4})\s*$",
                        before,
                    )
                    if cm and not (set(cm.group(2).split()) & _PRE_STOP):
                        word = cm.group(1)
                        c = country_of(word)
                        # an adjective, a possessive or "-based": "Russian ... maker X",
                        # "Russia's X", "Russia-based X" - not a bare "UK sanctions the X"
                        if c is not None and (
                            word in c.adjectives
                            or word.endswith("'s")
                            or re.search(r"-(?:based|registered|flagged|owned)$", word)
                        ):
                            return c.code
                rest = s.text[m.end() :]
                rest = re.sub(r"^\s*\([^)]*\)", "", rest)
                pm = re.match(r"\s*\(([^)]+)\)", s.text[m.end() :])
                if pm and country_of(pm.group(1)):
                    return country_of(pm.group(1)).code  # type: ignore[union-attr]
                am = re.match(r",\s+([^,;]+)", rest)
                if am:
                    c2 = _appositive_country(am.group(1))
                    if c2:
                        return c2
                if s.is_title:
                    hm = re.match(r"\s+in\s+(?:the\s+)?([A-Z][\w ]+)", rest)
                    if hm and country_of(hm.group(1).strip()):
                        return country_of(hm.group(1).strip()).code  # type: ignore[union-attr]
    return None


_COUNTRY_TARGET = re.compile(
    r"\b(?:sanctions?|restrictive measures|measures|embargo(?:es)?|sanctions regime|regime|"
    r"sanctions relief|relief)\b[^.;]{0,80}?\b(?:against|on|imposed on|concerning|for|in view of)"
    r"\s+(?:the\s+)?(?=[A-Z])"
)


_EXPORTS_TO = re.compile(r"\bexports?\s+(?:of\s+[^.;]{0,100}?\s+)?to\s+(?:the\s+)?(?=[A-Z])")
_OF_CONCERN = re.compile(r"\bcountr(?:y|ies) of concern\b")


def _country_targets(
    sentences: Iterable[Sentence], published: date, own_jurisdiction: str = ""
) -> list[Target]:
    """Countries an announcement targets as a whole ("restrictive measures against
    Russia", "sanctions imposed on Eritrea", "exports ... to the Republic of Korea", the
    country of concern) - never the announcing jurisdiction itself."""
    out: list[Target] = [Target("", "other", own_jurisdiction)] if own_jurisdiction else []
    sentences = list(sentences)
    for s in sentences:
        matches = list(_COUNTRY_TARGET.finditer(s.text)) + list(_EXPORTS_TO.finditer(s.text))
        if _OF_CONCERN.search(s.text) and not matches:
            for cm0 in country_name_regex().finditer(s.text):
                c0 = country_of(cm0.group(1))
                if c0 is not None and not any(t.country == c0.code for t in out):
                    out.append(Target(c0.name, "other", c0.code))
                    break
        for m in matches:
            if _historical_at(s.text, m.start(), published):
                continue
            cm = country_name_regex().match(s.text, m.end())
            if cm is None:
                continue
            c = country_of(cm.group(1))
            if c is None or any(t.country == c.code for t in out):
                continue
            out.append(Target(c.name, "other", c.code))
    return [t for t in out if t.name]


# --- legal basis ---------------------------------------------------------------------

_EO = re.compile(
    r"\b(?:Executive\s+Order|E\.\s?O\.|EO)\s*(?:\((?:E\.O\.|EO)\)\s*)?(?:No\.\s*)?(\d{5})\b"
)
_EU_ACT = re.compile(
    r"\b(?:Council\s+(?:Implementing\s+|Delegated\s+)?|Commission\s+(?:Implementing\s+|Delegated\s+)?)?"
    r"(Regulation|Decision|Directive)\s+\((EU|EC|EEC|CFSP|Euratom)\)\s+(No\.?\s*)?(\d{1,4}/\d{1,4})"
)
_CFR = re.compile(
    r"\b(\d{1,2})\s*C\.?\s?F\.?\s?R\.?\s+(?:§+\s*)?(?:([Pp]arts?)\s+)?(\d{1,4})"
    r"(?:\.\d+[a-z]?(?:\([a-z0-9]+\))*)?(?:\s*[-–]\s*(\d{1,4}))?"
)
_UNSCR_LIST = re.compile(
    r"\b(?:[Rr]esolutions?|UNSCRs?|S/RES/)\s*((?:\d{3,4}\s*\(\d{4}\)(?:\s*,\s*|\s+and\s+)?)+)"
)
_UNSCR_ONE = re.compile(r"(\d{3,4})\s*\((\d{4})\)")
_ACT = re.compile(
    r"(?:\b[Ss]ection\s+(\d+[A-Za-z]?(?:\([a-z0-9]+\))*)\s+of\s+the\s+)?"
    r"\b((?:[A-Z][A-Za-z'’-]*,?\s+)(?:(?:[A-Z][A-Za-z'’-]*|and|of|the|for|on),?\s+){0,10}?Act)"
    r"(?:(?:,\s+|\s+of\s+|\s+)((?:19|20)\d{2}))?(?:\s+for\s+Fiscal\s+Year\s+(\d{4}))?"
)
_NAMED_REGS = re.compile(
    r"\b((?:[A-Z][A-Za-z]+\s+)+\((?:Sanctions|[A-Z][A-Za-z]+)\)(?:\s+\([^)]{2,30}\))*\s+Regulations(?:\s+(?:19|20)\d{2})?)"
)


def _legal_basis(sentences: Iterable[Sentence]) -> list[str]:
    out: list[str] = []

    def add(x: str) -> None:
        x = re.sub(r"\s+", " ", x).strip()
        if x and x not in out:
            out.append(x)

    for s in sentences:
        text = s.text
        if _is_commentary(text):
            continue
        for m in _EO.finditer(text):
            if _REMAIN.search(text[max(0, m.start() - 60) : m.start()]):
                continue
            add(f"E.O. {m.group(1)}")
        for m in _EU_ACT.finditer(text):
            no = "No " if m.group(3) else ""
            add(f"{m.group(1)} ({m.group(2)}) {no}{m.group(4)}")
        for m in _CFR.finditer(text):
            if m.group(4):
                add(f"{m.group(1)} CFR parts {m.group(3)}-{m.group(4)}")
            else:
                add(f"{m.group(1)} CFR part {m.group(3)}")
        for m in _UNSCR_LIST.finditer(text):
            for one in _UNSCR_ONE.finditer(m.group(1)):
                add(f"UNSCR {one.group(1)} ({one.group(2)})")
        for m in _ACT.finditer(text):
            name = m.group(2)
            words = name.split()
            while words and words[0] in ("The", "the", "Under", "Pursuant", "By", "Of", "And"):
                words = words[1:]
            if len(words) < 3:
                continue
            name = " ".join(words)
            if m.group(3):
                connector = (
                    " of "
                    if re.search(r"Act\s+of\s+\d", m.group(0))
                    else ", "
                    if re.search(r"Act,\s+\d", m.group(0))
                    else " "
                )
                name = f"{name}{connector}{m.group(3)}"
            if m.group(4):
                name = f"{name} for Fiscal Year {m.group(4)}"
            if m.group(1):
                name = f"{name} section {m.group(1)}"
            add(name)
        for m in _NAMED_REGS.finditer(text):
            add(m.group(1))
    return out


# --- milestones ----------------------------------------------------------------------


def _announced(doc: Doc, lead: Lead) -> tuple[date | None, str]:
    s = lead.sentence.text
    for d in dt.find_dates(s, doc.published):
        if d.precision != "day" or _in_quotes(s, d.start):
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
                    r"decided|imposed|listed|removed|delisted|issued|lifted|extended|renewed)\b",
                    after,
                )
            )
        ):
            return d.day, s
    if doc.gazette:
        return None, ""
    unquoted = _QUOTE.sub(" ", s)
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
                    and not _in_quotes(cand.text, d.start)
                ):
                    return d.day, cand.text
    if _PRESENTISH.search(unquoted) or lead.sentence.is_title:
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


def _milestones(doc: Doc, lead: Lead) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()

    def add(role: str, value: str, day: date, text: str, announced: date | None) -> None:
        if (role, value) in seen or not _in_window(role, day, doc.published, announced):
            return
        seen.add((role, value))
        out.append({"role": role, "date": value, "text": _evidence(text)})

    announced, evidence = _announced(doc, lead)
    if announced is not None:
        add("announced", announced.isoformat(), announced, evidence, None)
    ctx = dt.RoleContext(action=lead.action)
    for s in doc.sentences:
        if _is_commentary(s.text):
            continue
        if s.block < doc.header_end_block and not re.search(r"Federal Register\s*/", s.text):
            continue
        if re.search(r"\bhad\s+(?:\w+\s+)?\w+ed\b|\bpreviously\b|\boriginally\b", s.text):
            continue  # about an earlier step: "Commerce had announced on Friday ... effective"
        prev_end = 0
        for d in dt.find_dates(s.text, doc.published):
            if _in_quotes(s.text, d.start):
                prev_end = d.end
                continue
            roles = dt.roles_for(s.text, d, ctx, prev_end)
            prev_end = d.end
            for role in roles:
                add(role, d.value, d.day, s.text, announced)
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
            if not _is_commentary(s.text)
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


# --- public API ----------------------------------------------------------------------


def extract(text: str, published: date, url: str | None = None) -> list[Record]:
    """Ban records announced in `text` (a plain-text announcement published on
    `published`). Empty when the text announces no measure."""
    doc = _prepare(text, published)
    lead = _find_lead(doc)
    if lead is None:
        return []
    body = [s for s in doc.sentences if s.index >= lead.sentence.index or not s.is_title]
    announcing = [s for s in body if not _is_commentary(s.text)]
    targets = _targets_from(doc, announcing, lead)
    if not targets:
        targets = _country_targets(announcing, published, lead.authority.jurisdiction)
    measures: set[str] = set()
    for s in [x for x in doc.sentences if x.is_title and not _is_commentary(x.text)] + announcing:
        if _REMAIN.search(s.text) or (
            _old_dates(s.text, published, 60) and _HISTORICAL_WORDS.search(s.text)
        ):
            continue
        measures |= find_measures(s.text)
    legal_basis = _legal_basis([s for s in doc.sentences if not _REMAIN.search(s.text)])
    record: Record = {
        "authority": lead.authority.name,
        "jurisdiction": lead.authority.jurisdiction,
        "action": lead.action,
        "measures": sorted(measures),
        "targets": [{"name": t.name, "type": t.type, "country": t.country} for t in targets],
        "legal_basis": legal_basis,
        "milestones": _milestones(doc, lead),
    }
    return [record]


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
    key = "|".join([url or "", record["authority"], record["action"], _norm(target_name)])
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
