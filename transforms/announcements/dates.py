"""Dates in announcement sentences: find, resolve, and give each a milestone role.

Finding: regexes locate the date spellings announcements use ("June 20, 2024",
"20 June 2024", "Sept. 29", "2024-06-20", "March 2025", "by 2027"); spans with a year are
parsed with dateparser (strict, English); spans without a year are resolved here.

Year-less dates ("July 20") take the year that puts them CLOSEST to the publication date:
"December 28" in a 3 January article is the previous December, "January 5" in a
20 December article is the next January. (dateparser's PREFER_DATES_FROM picks a side
of the relative base, which is wrong for one of those two cases.)

Precision: a day ("20 June 2024"), a month ("in March 2025") or a year ("by 2027").

Roles (from the words around the date, in the sentence; see `role_for`):

* published - Federal Register / Official Journal publication ("published in the Federal
  Register on ...", the Federal Register page header);
* effective - effective / takes effect / enters (entered) into force / comes into force;
  under a suspension ("delay ... until <date>") the date the measure now takes effect;
  under a delisting, the effective date of the removal is the ban's *end*;
* deadline - a cut-off for the target's activity: "until / through / no later than / by
  <date>" when something may continue or must be done (sell, provide, wind down, divest)
  and "after / beginning / as of <date>" with a prohibition ("may not", "no longer",
  "will not be able", "prohibited");
* end - expires / expiry / lifted / terminated / revoked / delisted on <date>; "until
  <date>" in a renewal or extension of the measures;
* announced - decided by the extractor, not here: the date tied to the sentence that
  announces the measure (see `extract.py`).

Relative spans ("within sixty days following the release of the Order", "beginning 45
days after the date of this order", "no later than 24 months from the date of adoption",
"270 days from enactment") are resolved by `find_relative` against the date of the
instrument itself (its announcement) - or, for "after publication in the Federal
Register", against the publication date when the text is that publication; spans from
an event the text does not date are dropped.

Dates with no role are dropped: precision over recall. Counterfactual dates ("would have
been effective on ...") and reporting deadlines ("submit by ... a report") get no role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|"
    r"Nov\.?|Dec\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "iso",
        re.compile(r"(?<![\d/-])(" + _YEAR + r")-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d/-])"),
    ),
    (
        "dotted",
        re.compile(
            r"(?<![\d.])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(" + _YEAR + r")(?![\d.])"
        ),
    ),
    # US numeric dates: "06/20/2024", "6/24/24" (month first; day first when the first
    # number cannot be a month)
    (
        "slash",
        re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])"),
    ),
    ("mdy", re.compile(_WEEKDAY + r"\b(" + _MON + r")\s+(" + _DAY + r"),?\s+(" + _YEAR + r")\b")),
    (
        "dmy",
        re.compile(
            _WEEKDAY + r"\b(" + _DAY + r")\s+(?:of\s+)?(" + _MON + r"),?\s+(" + _YEAR + r")\b"
        ),
    ),
    ("md", re.compile(_WEEKDAY + r"\b(" + _MON + r")\s+(" + _DAY + r")\b(?!,?\s*\d)(?!:)")),
    (
        "dm",
        re.compile(
            _WEEKDAY + r"\b(" + _DAY + r")\s+(?:of\s+)?(" + _MON + r")\b(?!,?\s+" + _YEAR + r")"
        ),
    ),
    ("my", re.compile(r"\b(" + _MON + r"),?\s+(" + _YEAR + r")\b")),
    ("y", re.compile(r"(?<![\w/(.§-])(" + _YEAR + r")(?![\w/)%-])")),
    (
        "mo",
        re.compile(
            r"\b(?:in|from|until|till|by|since|before|after|through|end of|early|late|mid-?)\s+"
            r"(January|February|March|April|May|June|July|August|September|October|November|"
            r"December)\b(?!,?\s+\d)"
        ),
    ),
    (
        "wd",
        re.compile(
            r"\b(?:(?:late|early)\s+)?on\s+(Monday|Tuesday|Wednesday|Thursday|Friday|"
            r"Saturday|Sunday)\b(?!,?\s+(?:" + _MON + r"|\d))"
        ),
    ),
)
_PRECEDENCE = {
    "slash": 0,
    "dotted": 0,
    "iso": 0,
    "mdy": 0,
    "dmy": 0,
    "md": 1,
    "dm": 1,
    "my": 2,
    "y": 3,
    "mo": 3,
    "wd": 4,
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    raw: str
    value: str  # YYYY-MM-DD | YYYY-MM | YYYY
    precision: str  # day | month | year
    day: date  # the first day the value denotes, for comparisons

    @property
    def year(self) -> int:
        return self.day.year


def resolve_year(month: int, day: int, published: date) -> date:
    """The date with this month and day closest to `published` (previous, same or next
    year). Ties go to the later date."""
    best: date | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue  # 29 February in a common year
        if best is None or abs((candidate - published).days) <= abs((best - published).days):
            best = candidate
    if best is None:
        raise ValueError(f"no year has {month:02d}-{day:02d}")
    return best


def resolve_weekday(weekday: int, published: date) -> date:
    """ "On Friday" in a news text: the latest such weekday on or before publication."""
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def resolve_month(month: int, published: date) -> tuple[int, int]:
    """(year, month) of a year-less month, the one closest to the publication month."""
    pub = published.year * 12 + published.month - 1
    best = min(
        (abs(y * 12 + month - 1 - pub), y)
        for y in (published.year - 1, published.year, published.year + 1)
    )
    return best[1], month


@lru_cache(maxsize=2048)
def _dateparser_day(raw: str) -> date | None:
    parsed = dateparser.parse(
        raw,
        languages=["en"],
        settings={
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_DAY_OF_MONTH": "first",
        },
    )
    return parsed.date() if isinstance(parsed, datetime) else None


_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _month(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _day(token: str) -> int:
    return int(re.sub(r"\D", "", token))


def find_dates(text: str, published: date) -> list[DateMention]:
    """Date mentions in `text`, non-overlapping, in order."""
    spans: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            spans.append((m.start(), m.end(), kind, m))
    spans.sort(key=lambda s: (_PRECEDENCE[s[2]], s[0]))
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    for start, end, kind, m in spans:
        if any(start < e and s < end for s, e in taken):
            continue
        mention = _mention(kind, m, text, published)
        if mention is None:
            continue
        taken.append((start, end))
        out.append(mention)
    out.sort(key=lambda d: d.start)
    return out


def _mention(kind: str, m: re.Match[str], text: str, published: date) -> DateMention | None:
    raw = m.group(0)
    try:
        if kind == "iso":
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return DateMention(m.start(), m.end(), raw, d.isoformat(), "day", d)
        if kind == "slash":
            first, second, short = int(m[1]), int(m[2]), int(m[3])
            year = short if short >= 100 else 2000 + short
            month, day_of = (first, second) if first <= 12 else (second, first)
            d = date(year, month, day_of)
            return DateMention(m.start(), m.end(), raw, d.isoformat(), "day", d)
        if kind == "dotted":  # European day.month.year: "28.02.2022"
            d = date(int(m[3]), int(m[2]), int(m[1]))
            return DateMention(m.start(), m.end(), raw, d.isoformat(), "day", d)
        if kind in ("mdy", "dmy"):
            mon, dd, yy = (m[1], m[2], m[3]) if kind == "mdy" else (m[2], m[1], m[3])
            parsed = _dateparser_day(f"{_day(dd)} {_MONTH_NAMES[_month(mon) - 1]} {yy}")
            d = parsed if parsed is not None else date(int(yy), _month(mon), _day(dd))
            return DateMention(m.start(), m.end(), raw, d.isoformat(), "day", d)
        if kind in ("md", "dm"):
            mon, dd = (m[1], m[2]) if kind == "md" else (m[2], m[1])
            if kind == "dm" and re.search(r"(?:\$|€|£|No\.?\s*)$", text[: m.start()]):
                return None
            if kind == "md" and _month(mon) == 5 and not re.match(r"May\s+\d", raw):
                return None
            d = resolve_year(_month(mon), _day(dd), published)
            return DateMention(m.start(), m.end(), raw, d.isoformat(), "day", d)
        if kind == "my":
            if m[1] == "May" and re.search(r"\b(?:may|May)\s*$", text[: m.start()]):
                return None
            y, mo = int(m[2]), _month(m[1])
            return DateMention(
                m.start(), m.end(), raw, f"{y:04d}-{mo:02d}", "month", date(y, mo, 1)
            )
        if kind == "mo":  # "in March": the March closest to publication
            y, mo = resolve_month(_month(m[1]), published)
            return DateMention(
                m.start(1), m.end(), m[1], f"{y:04d}-{mo:02d}", "month", date(y, mo, 1)
            )
        if kind == "wd":
            d = resolve_weekday(_WEEKDAYS.index(m[1].lower()), published)
            start = m.start(1)
            return DateMention(start, m.end(), m[1], d.isoformat(), "day", d)
        if kind == "y":
            before = text[max(0, m.start() - 24) : m.start()]
            after = text[m.end() : m.end() + 3]
            # A year in a citation or a name is not a date: "Act of 2019", "Regulations
            # 2019", "Model Year 2027", "resolution 2231 (2015)", "Fiscal Year 2018".
            if re.search(
                r"(?:\bAct(?: of)?|Regulations?|Year|Order|No\.?|Part|part|"
                r"Resolution|resolution|Vol\.?|§)\s*$",
                before,
            ):
                return None
            if re.match(r"\s*\(", after) or re.search(r"\(\s*$", before):
                return None
            y = int(m[1])
            return DateMention(m.start(), m.end(), raw, f"{y:04d}", "year", date(y, 1, 1))
    except (ValueError, KeyError):
        return None
    return None


# --- roles ----------------------------------------------------------------------------

_TIME = re.compile(
    r"(?:\b(?:at|by|before|after|until|through)\s+)?"
    r"\b(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|am|pm)|\d{1,2}:\d{2}|noon|midnight)"
    r"(?:\s*\(?(?:(?:eastern|pacific|central|mountain|greenwich|british|central european)"
    r"\s+(?:standard|daylight|summer)?\s*time|[ECMP][SD]?T|GMT|UTC|CET|CEST|BST|ET)\)?)?",
    re.I,
)
_NEGATION = re.compile(
    r"\b(?:no longer|not (?:be )?(?:allowed|able|permitted|authori[sz]ed)|will not|won't|"
    r"may not|must not|shall not|cannot|can't|can no|prohibit\w*|banned|barred|forbidden|"
    r"ceas\w*|stop\w*|not be able|no new|unable)\b",
    re.I,
)
_PERMISSION = re.compile(
    r"\b(?:may|can|could|allow\w*|permit\w*|authori[sz]\w*|continu\w*|keep\w*|wind[- ]?down|"
    r"divest\w*|sell\w*|provid\w*|complet\w*|phase[d]?[- ]out|transition\w*|remov\w*|"
    r"replac\w*|exit\w*|terminat\w*|must|required|grace)\b",
    re.I,
)
_REPORTING = re.compile(
    r"\b(?:report\w*|submit\w*|assessment|review\w*|comment\w*|consult\w*|brief\w*|"
    r"mandate|panel|experts|monitoring|hearing|respond\w*|reply)\b",
    re.I,
)
_EXTENSION = re.compile(r"\b(?:renew\w*|extend\w*|extension|prolong\w*|roll\w* over)\b", re.I)
_COUNTERFACTUAL = re.compile(
    r"\b(?:would|could|should|might) have been\b|\boriginally\b|"
    r"\bpreviously\b|\b(?:was|were|had been) (?:due|scheduled|set|slated)\b",
    re.I,
)


@dataclass(frozen=True)
class RoleContext:
    action: str | None = None  # the record's action (designation, delisting, ...)


def _left(sentence: str, mention: DateMention, prev_end: int) -> str:
    """Words before the date in its clause, time-of-day expressions and punctuation
    removed, lower case."""
    start = max(prev_end, sentence.rfind(";", 0, mention.start) + 1)
    left = sentence[start : mention.start]
    left = _TIME.sub(
        lambda m: (
            " "
            + (
                m.group(0).split()[0]
                if re.match(r"(?:by|before|after|until|through)\b", m.group(0), re.I)
                else ""
            )
            + " "
        ),
        left,
    )
    left = re.sub(r"[,()\"]", " ", left)
    return re.sub(r"\s+", " ", left).strip().lower()


def _right(sentence: str, mention: DateMention) -> str:
    return sentence[mention.end : mention.end + 80].lower()


def role_for(
    sentence: str, mention: DateMention, ctx: RoleContext, prev_end: int = 0
) -> str | None:
    """The (first) milestone role of `mention` in `sentence`, or None."""
    roles = roles_for(sentence, mention, ctx, prev_end)
    return roles[0] if roles else None


def roles_for(
    sentence: str, mention: DateMention, ctx: RoleContext, prev_end: int = 0
) -> tuple[str, ...]:
    """The milestone roles of `mention` in `sentence` (usually one; a scheduled Federal
    Register publication on which the rule takes effect is both published and effective)."""
    role = _role(sentence, mention, ctx, prev_end)
    if role is None:
        return ()
    if role == "published" and re.search(
        r"\b(?:take|takes|taking|become|becomes)\s+effect(?:ive)?\s+(?:up)?on\s+publication|"
        r"\beffective\s+(?:up)?on\s+publication",
        sentence,
        re.I,
    ):
        return ("published", "effective") if ctx.action != "delisting" else ("published", "end")
    return (role,)


def _role(sentence: str, mention: DateMention, ctx: RoleContext, prev_end: int = 0) -> str | None:
    left = _left(sentence, mention, prev_end)
    tail = " ".join(left.split()[-6:])
    last = " ".join(left.split()[-3:])
    s_low = sentence.lower()
    clause = sentence[max(prev_end, sentence.rfind(";", 0, mention.start) + 1) :]
    clause_end = clause.find(";")
    clause = clause if clause_end < 0 else clause[:clause_end]

    if _COUNTERFACTUAL.search(" ".join(left.split()[-8:])):
        return None
    if re.search(r"\bmodel year\s*$", left):
        return None

    # published
    if re.search(r"\bfederal register\s*/\s*vol", s_low) and mention.start < 80:
        return "published"
    if re.search(
        r"\bpublish\w*\s+(?:in|on)?\s*(?:the\s+)?(?:federal register|official journal"
        r"(?: of the (?:european union|eu))?)\s*(?:on)?$",
        left,
    ) or re.search(r"\bpublication in the (?:federal register|official journal)\b[^.]*\bon$", left):
        return "published"
    if re.search(r"\bpublished\s+on$", left) and re.search(
        r"federal register|official journal", _right(sentence, mention)
    ):
        return "published"
    if re.search(
        r"\bpublication\b[^.;]{0,60}\b(?:federal register|official journal)\b[^.;]{0,20}"
        r"\b(?:scheduled|expected|planned|set)\s+for$",
        left,
    ):
        return "published"

    # effective / end by explicit trigger
    effective = re.search(
        r"(?:\beffective(?: date)?|\btakes? effect|\btook effect|\bgo(?:es)? into effect|"
        r"\bwent into effect|\bent(?:er|ers|ered) into force|\bc(?:ome|omes|ame) into force|"
        r"\bin force from|\bappl(?:y|ies) from|\bbecomes? effective)(?:\s+(?:on|as of|from|"
        r"at|beginning|in))?$",
        tail,
    )
    if effective:
        if ctx.action == "delisting":
            return "end"
        if _NEGATION.search(clause) and re.search(r"(?:beginning|as of)$", tail):
            return "deadline"
        if _NEGATION.search(clause) and re.search(
            r"\b(?:any\s+)?new\s+(?:agreements?|contracts?|transactions?|business|customers?)\b",
            clause,
        ):
            # "Effective July 20, X is prohibited from entering into any new agreement"
            return "deadline"
        return "effective"
    if re.search(
        r"\b(?:expir\w*|lapse[sd]?|terminat\w*|lifted|revoked|delisted|removed|"
        r"valid until|remain in (?:force|effect) until|in force until|in place until)"
        r"(?:\s+(?:on|as of|at|from))?$",
        last,
    ) and not _REPORTING.search(clause):
        return "end"

    # until / through / by / no later than
    m = re.search(
        r"\b(until|till|through|no later than|not later than|by|before|prior to|"
        r"up to)(?:\s+(?:on|the end of))?$",
        tail,
    )
    if m:
        if _REPORTING.search(clause):
            return None
        if ctx.action == "suspension" and m.group(1) in ("until", "till", "to"):
            return "effective"
        if _EXTENSION.search(clause) or ctx.action == "extension":
            return "end"
        if m.group(1) in ("before", "prior to"):
            return None
        if _PERMISSION.search(clause) or _NEGATION.search(clause):
            return "deadline"
        return None
    if ctx.action == "suspension" and re.search(r"\b(?:delay\w*|postpon\w*)\b[^.]*\bto$", tail):
        return "effective"

    # after / beginning / as of / from with a prohibition
    if re.search(r"\b(?:after|beginning|starting|as of|from|on or after)(?:\s+on)?$", tail):
        if _NEGATION.search(clause):
            return "deadline"
        # "From July 4, 2019, exports ... will require individual licenses": the new
        # requirement starts - an effective date
        if re.fullmatch(r"(?:from|beginning|starting|as of)(?:\s+on)?", left) and re.search(
            r"\b(?:will|shall|must)\s+(?:\w+\s+)?(?:require|be required|need|be subject|apply|"
            r"be prohibited|be banned)\b|\b(?:require|requires|applies|apply)\b",
            clause,
        ):
            return "effective"
        return None
    return None


# --- relative spans ---------------------------------------------------------------------

_SPAN_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
    "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30, "forty": 40,
    "forty-five": 45, "sixty": 60, "ninety": 90,
}  # fmt: skip
_SPAN_NUMBER = r"(?:\d{1,3}|" + "|".join(sorted(_SPAN_NUMBERS, key=len, reverse=True)) + r")"
# Events that date the instrument itself: its own date, adoption, enactment, signature.
_SELF_EVENT = (
    r"(?:(?:the\s+)?date\s+of\s+(?:this|the)\s+(?:order|decision|determination|notice|"
    r"regulation|rule|resolution|act|law)|(?:the\s+)?date\s+of\s+(?:its\s+)?(?:adoption|"
    r"enactment|signature|entry into force)(?:\s+of\s+(?:this|the)\s+(?:resolution|"
    r"regulation|decision|act|law))?|(?:its\s+|the\s+)?(?:adoption|enactment|signature|"
    r"signing)(?:\s+of\s+(?:this|the)\s+(?:resolution|act|law|bill|order))?|today)"
)
_RELEASE_EVENT = r"(?:the\s+)?release\s+of\s+(?:this|the)\s+(?:order|decision|notice)"
_PUBLICATION_EVENT = (
    r"(?:(?:the\s+(?:date\s+of\s+)?)?publication(?:\s+of\s+this\s+\w+)?\s+in\s+the\s+"
    r"(?:Federal Register|Official Journal))"
)
_RELATIVE = re.compile(
    r"(?P<n>" + _SPAN_NUMBER + r")\s+(?P<unit>days?|weeks?|months?|years?)\s+"
    r"(?:after|following|from|of)\s+(?P<event>"
    + _SELF_EVENT
    + "|"
    + _RELEASE_EVENT
    + "|"
    + _PUBLICATION_EVENT
    + r")\b",
    re.I,
)
# "Today's orders are issued for 180 days": the instrument lapses after the span
_VALIDITY = re.compile(
    r"\b(?:issued|valid|in\s+effect|in\s+force|effective|imposed)\s+for\s+(?:a\s+period\s+of\s+)?"
    r"(?P<n>" + _SPAN_NUMBER + r")\s+(?P<unit>days?|weeks?|months?|years?)\b",
    re.I,
)
_ADMINISTRATIVE = re.compile(
    r"\b(?:the\s+)?(?:Secretary|Minister|Committee|Commission|Administrator|Director|"
    r"Council|Department)\b[^.;]{0,60}?\b(?:shall|will|must)\s+(?:\w+\s+)?"
    r"(?:identify|issue|publish|report|submit|review|brief|notify|consult|determine|"
    r"designate|develop|prepare)\b"
)


@dataclass(frozen=True)
class RelativeSpan:
    start: int
    end: int
    raw: str
    count: int
    unit: str  # day | week | month | year
    event: str  # self | release | publication | validity (lapses after the span)


def find_relative(text: str) -> list[RelativeSpan]:
    """Spans counted from an event ("45 days after the date of this order")."""
    out = []
    for m in _RELATIVE.finditer(text):
        raw_n = m.group("n").lower()
        count = int(raw_n) if raw_n.isdigit() else _SPAN_NUMBERS[raw_n]
        event_text = m.group("event").lower()
        event = (
            "publication"
            if "publication" in event_text
            else "release"
            if "release" in event_text
            else "self"
        )
        unit = m.group("unit").lower().rstrip("s")
        out.append(RelativeSpan(m.start(), m.end(), m.group(0), count, unit, event))
    for m in _VALIDITY.finditer(text):
        raw_n = m.group("n").lower()
        count = int(raw_n) if raw_n.isdigit() else _SPAN_NUMBERS[raw_n]
        unit = m.group("unit").lower().rstrip("s")
        out.append(RelativeSpan(m.start(), m.end(), m.group(0), count, unit, "validity"))
    return out


def add_span(base: date, count: int, unit: str) -> date:
    """`base` plus a span; month and year spans keep the day of the month when it exists
    (else the month's last day)."""
    if unit == "day":
        return base + timedelta(days=count)
    if unit == "week":
        return base + timedelta(weeks=count)
    months = count * (12 if unit == "year" else 1)
    y, m0 = divmod(base.month - 1 + months, 12)
    year, month = base.year + y, m0 + 1
    for day in range(base.day, 27, -1):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return date(year, month, min(base.day, 28))


def relative_role(sentence: str, span: RelativeSpan, ctx: RoleContext) -> str | None:
    """The role of a relative span: a cut-off ("within", "no later than", "N days ... to
    sell") is a deadline; a start ("beginning", "effective", "takes effect") is the
    effective date (a delisting's end). Steps of the authorities themselves ("the
    Secretary shall identify ...") and reports get none."""
    start = sentence.rfind(";", 0, span.start) + 1
    end = sentence.find(";", span.end)
    clause = sentence[start : end if end >= 0 else len(sentence)]
    left = " ".join(sentence[start : span.start].lower().split()[-4:])
    right = sentence[span.end : span.end + 60].lower()
    if _ADMINISTRATIVE.search(clause) or _REPORTING.search(clause):
        return None
    if span.event == "validity":
        return "end"
    if re.search(r"\b(?:within|no later than|not later than|by|before|up to)$", left) or re.match(
        r"\s+to\s+(?:sell|divest|discontinue|cease|stop|exit|wind|comply|complete|leave|"
        r"repatriate|dispose)\b",
        right,
    ):
        return "deadline"
    if re.search(r"\b(?:beginning|starting|effective|commencing|from|as of)$", left) or re.search(
        r"\b(?:take|takes|taking)\s+effect\b|\b(?:become|becomes)\s+effective\b|"
        r"\bent(?:er|ers)\s+into\s+force\b|\bshall\s+be\s+prohibited\b",
        clause,
    ):
        return "end" if ctx.action == "delisting" else "effective"
    return None
