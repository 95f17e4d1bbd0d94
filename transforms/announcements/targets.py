"""Targets: the named objects of an announcement's triggers, with type and country.

Targets are the objects of triggers ("designated X", "added X to the Entity List", "a ban
on ... X's software", "The individuals are X, Y and Z", "They include X", "Among them is
X", passive "X is being designated", "the X mobile application"), chunked by `names.py`;
short forms merge into the full name. Modifiers are not targets ("Hizballah officials
A", "individuals in leadership roles at X", "three of Ansarallah's leaders, A, B"). Type
comes from the name (suffixes, Bank, Group), descriptors ("virtual currency mixer",
"citizen", "tanker", "messaging app") and stripped titles. Country only when the text
states it: "Russia's X", "Russia-based X", "Russian citizen X", "X (Russia)", "X, both of
Russia", "X, a UAE-based company", "a Liberia-flagged tanker", a state body "of Iran", a
group's nationality ("seven of Russia's wealthiest oligarchs. The individuals are ...");
never a guess from a company name.

An announcement naming no target but imposing country-wide measures "against/on/for
<country>", on "exports ... to <country>" or on a "country of concern" targets that
country (type "other"; never its own jurisdiction) - see `country_targets`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from transforms.announcements.document import (
    Doc,
    historical_at,
    in_quotes,
    is_commentary,
    other_actor,
)
from transforms.announcements.gazetteer import country_name_regex, country_of, country_regex
from transforms.announcements.lead import Lead
from transforms.announcements.measures import COUNTRY_WIDE
from transforms.announcements.names import (
    LEGAL_SUFFIX,
    ORG_DESCRIPTORS,
    ORG_WORDS,
    PERSON_DESCRIPTORS,
    PRODUCT_AFTER,
    Chunk,
    clean_chunk,
    country_in,
    name_chunks,
    name_tokens,
    nationality_modifier,
    norm,
)
from transforms.announcements.text import Sentence


@dataclass
class Target:
    name: str
    type: str
    country: str | None
    aliases: set[str] = field(default_factory=set)
    possessive: bool = False
    order: int = 0


def _type_hint(context: str) -> str | None:
    """A target type a descriptive phrase states ("crude oil tanker", "companies", "a
    video-sharing mobile application owned by ...")."""
    if re.match(
        r"\s*(?:an?|the)?\s*(?:[\w-]+\s+){0,3}?(?:app|apps|application|software|browser)\b",
        context,
        re.I,
    ):
        return "product"
    if re.search(r"\b(?:vessels?|tankers?|ships?|IMO|bulk carriers?|freighters?)\b", context, re.I):
        return "vessel"
    if re.search(r"\baircraft\b|\btail number\b", context, re.I):
        return "aircraft"
    if re.search(r"\b(?:app|apps|application|software)\s*$", context, re.I):
        return "product"
    if PERSON_DESCRIPTORS.search(context):
        return "person"
    if ORG_DESCRIPTORS.search(context):
        return "organization"
    return None


def _default_type(name: str) -> bool:
    """True when nothing in the name itself decides its type."""
    words = norm(name).split()
    return not (
        any(w.rstrip(".") in ORG_WORDS for w in words)
        or name.rstrip(".").split()[-1].lower() in LEGAL_SUFFIX
        or country_of(name)
    )


def _target_type(name: str, context: str, stripped: bool, after: str) -> str:
    words = norm(name).split()
    if country_of(name) is not None:
        return "other"
    if re.search(r"\b(?:vessel|tanker|ship|IMO)\b", context, re.I):
        return "vessel"
    if re.search(r"\baircraft\b|\btail number\b", context, re.I):
        return "aircraft"
    if PRODUCT_AFTER.match(after) or re.search(
        r"\b(?:app|apps|application|software)\s*$", context.split(",")[0] if context else ""
    ):
        return "product"
    if (
        any(w.rstrip(".") in ORG_WORDS for w in words)
        or name.rstrip(".").split()[-1].lower() in LEGAL_SUFFIX
    ):
        return "organization"
    if stripped or PERSON_DESCRIPTORS.search(context):
        return "person"
    if ORG_DESCRIPTORS.search(context):
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
    r"identif(?:y|ies|ied|ying)(?=[^.;]{0,120}?\bas\s+(?:blocked\s+)?property\b)|"
    r"prevent(?:s|ed|ing)?|including\s+with|"
    r"(?:any|all)\s+transactions?\b[^.;]{0,160}?\s+with(?=\s+[A-Z])|"
    r"den(?:y|ies|ied|ying)\s+(?:the\s+)?(?:export\s+privileges|application|request)\s+of|"
    r"revok(?:e|es|ed|ing)(?=\s+(?:the\s+)?[A-Z][^;]{0,80}?'s\s+(?:authority|authori[sz]ations?|"
    r"licen[cs]es?)\b)|"
    r"(?:end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|revok(?:e|es|ed|ing))\s+(?:the\s+)?"
    r"(?:ability|authority|authori[sz]ations?|licen[cs]es?)\s+of|"
    r"(?:direct(?:s|ed|ing)?|order(?:s|ed|ing)?|requir(?:e|es|ed|ing)|forc(?:e|es|ed|ing)|"
    r"compel(?:s|led|ling)?)(?=\s+(?:[\w'().,-]+\s+){1,8}?to\s+(?:discontinue|divest|sell|"
    r"cease|stop|exit|wind)\b)|"
    r"(?:Among|Including)\s+(?:them|those|the\s+\w+(?:\s+(?:sanctioned|designated|listed))?)\s+"
    r"(?:is|are|was|were)|"
    r"(?:frozen|blocked|listed|sanctioned|designated)\b[^.;]{0,40}?,\s+including(?:\s+those\s+of)?|"
    r"transactions?\s+(?:\w+\s+){0,3}?involving|"
    r"(?:bonds|debt|securities|equity)\s+(?:\w+\s+){0,3}?issued\s+by|"
    r"(?:The|These)\s+(?:\w+\s+){0,1}?(?:additions|designations|listings|removals|delistings)\s+"
    r"(?:today\s+)?(?:include|includes|are|comprise)\s*:?|"
    r"impos(?:e|es|ed|ing)\s+[^.;]{0,80}?\s+(?:on|against)|"
    r"(?:rules?|prohibitions?|bans?|measures?|restrictions?)\s+(?:also\s+)?appl(?:y|ies)\s+to|"
    r"(?:They|These|Those)\s+(?:include|includes|are|comprise)\s*:?|"
    r"(?:The|These|Those)\s+(?:[\w-]+\s+){0,3}?(?:individuals|persons|entities|companies|people|"
    r"targets|oligarchs|designees|entries|leaders|officials|members|nationals|banks)\s+"
    r"(?:(?:sanctioned|designated|listed)\s+)?(?:are|include|includes)\s*:?|"
    r"The\s+(?:entry|entries)\s+(?:concerns?|is|are))\b"
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
    r"providing|accessing|selling|doing)\b|\s+and\s+demanded\b|\s+in view of\b|"
    r"\s+over\s+(?:its|their|his|her|the)\b|\s+to\s+(?:provide|operate|offer|discontinue|"
    r"divest|sell|cease|stop|exit|wind)\b"
)
_ABOUT_INSTRUMENT = re.compile(
    r"\b(?:E\.O\.|Executive\s+Order|[Oo]rder|[Rr]egulations?|[Pp]rogram(?:me)?|[Rr]egime|"
    r"[Aa]uthority|[Aa]uthorities|[Aa]ct|[Rr]esolution|[Ll]aw|[Ff]ramework|\d{4,5})\)?,?\s+"
    r"(?:which|that)\s+(?:also\s+)?$"
)
_INCLUDING = re.compile(r",\s+(?:including|among them|notably|such as)(?=\s+(?:the\s+)?[A-Z])")
# a trigger that introduces a list ("The entries concern A, ...; B, ...; and C"): its
# items may be separated by semicolons
_LIST_INTRO = re.compile(r"(?:concerns?|include|includes|are|is|comprise|:)\s*:?$")
_T_END_LIST = re.compile(_T_END.pattern.replace("|;|", "|;(?!\\s*(?:and\\s+)?[A-Z])|"))
_PASSIVE = re.compile(
    r"^(?:In addition,\s+|Additionally,\s+|Also,\s+)?(?:The\s+)?"
    r"((?:[A-Z][\w'&.+-]*(?:\s+|,\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?))*?"
    r"[A-Z][\w'&.+-]*)\s+(?:is|are|was|were|has been|have been|will be|is being|are being)\s+"
    r"(?:also\s+|now\s+|hereby\s+|generally\s+)?(?:designated|sanctioned|added|listed|"
    r"prohibited|banned|removed|delisted)\b"
)
_PRODUCT_PATTERN = re.compile(
    r"\bthe\s+([A-Z][\w'&.+-]*(?:\s+[A-Z][\w'&.+-]*){0,3})\s+"
    r"(?:mobile\s+)?(?:app|application)\b"
)


_ITEM_LEAD = re.compile(r"\s*(?:(?:are|is|include|includes|comprise|concerns?)\b\s*)?:?\s*")
_ITEM_END = re.compile(r"\s+(?:who|which|that|whose)\b|\.\s*$")


def _item_name(item: str) -> tuple[str, str]:
    """The name an item of a list starts with, and its description: "Alexander Bortnikov,
    Director of the FSB"; a comma before a legal form stays in the name ("Xinjiang Daqo New
    Energy, Co. Ltd", "Pasit, AO")."""
    name, desc = item, ""
    for comma in re.finditer(r",\s*([\w.]+)?", item):
        word = (comma.group(1) or "").lower()
        if {word, word.rstrip(".")} & LEGAL_SUFFIX:
            continue
        name, desc = item[: comma.start()], item[comma.start() + 1 :]
        break
    cut = _ITEM_END.search(name)
    if cut:
        name = name[: cut.start()]
    return name, desc


def _semicolon_items(rest: str) -> list[tuple[str, int, str | None]] | None:
    """The items of a list separated by semicolons that closes the sentence ("...: A,
    located in X; B; and C"), each as (name part, offset in `rest`, stated country); None
    when `rest` is no such list."""
    semi = rest.find(";")
    if semi < 0:
        return None
    colon = rest.find(":")
    if 0 <= colon < semi:
        start = colon + 1
        while start < len(rest) and rest[start] == " ":
            start += 1
    else:
        start = _ITEM_LEAD.match(rest).end()  # type: ignore[union-attr]
    body = rest[start:]
    parts = [(piece.group(0), piece.start()) for piece in re.finditer(r"[^;]+", body)]
    if len(parts) < 2 or not re.match(r"\s*and\s+", parts[-1][0]):
        return None
    out: list[tuple[str, int, str | None]] = []
    for text, off in parts:
        lead = re.match(r"\s*(?:and\s+)?", text)
        lead_len = lead.end() if lead else 0
        name, desc = _item_name(text[lead_len:])
        if not re.match(r"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,3}?[A-Z]", name):
            return None  # not a list of names
        chunks = name_chunks(name)
        if not chunks or not any(clean_chunk(c)[0] for c in chunks):
            return None
        out.append((name, start + off + lead_len, _appositive_country(desc) if desc else None))
    return out


@dataclass
class _Span:
    text: str
    sentence: Sentence
    offset: int
    trigger: int = 0  # where the trigger starts in the sentence
    country: str | None = None  # a country the span's group states ("16 individuals in X")


def _target_spans(s: Sentence, published: date) -> list[_Span]:
    text = s.text
    out: list[_Span] = []
    for m in _T_VERB.finditer(text):
        if in_quotes(text, m.start()) and not re.search(r"said|says", text):
            continue
        if (
            re.search(r"\b(?:the|a|an|this|that|its|their|today's)\s+$", text[: m.start()], re.I)
            and not re.search(r"\bof$", m.group(0))
            and " " not in m.group(0).strip()
        ):
            continue  # a noun: "The delisting is conditioned on ..."
        if historical_at(text, m.start(), published):
            continue
        if _ABOUT_INSTRUMENT.search(text[: m.start()]):
            continue  # "E.O. 13553, which targets ... abuses by the Government of Iran"
        rest = text[m.end() :]
        end = (_T_END_LIST if _LIST_INTRO.search(m.group(0)) else _T_END).search(rest)
        if end is not None and ":" in rest[: end.start()]:
            end = _T_END_LIST.search(rest)  # "seven officials: A, the head of X; B, ...; and C"
        items = _semicolon_items(rest)
        if items:
            # "A, Director of X; B, located in Y; and C (a.k.a. D), leader of Z": each
            # item's leading name, its description only for the country it states
            first = m.end() + items[0][1]
            group = _group_country(text[m.start() : first])
            dest = re.search(
                r"\bdestinations?\s+of\s+(?:the\s+)?([A-Z][\w ]+?)\s*,", text[: m.start()]
            )
            if group is None and dest and country_of(dest.group(1)):
                group = country_of(dest.group(1)).code  # type: ignore[union-attr]
            colon = rest.find(":")
            if 0 <= colon < items[0][1]:
                # what the trigger names before the colon: "Iran's Morality Police and
                # seven senior leaders ...: A; B; and C"
                head = rest[:colon]
                head_end = _T_END.search(head)
                out.append(
                    _Span(head[: head_end.start()] if head_end else head, s, m.end(), m.start())
                )
            for item, at, country in items:
                out.append(_Span(item, s, m.end() + at, m.start(), country or group))
            continue
        span = rest[: end.start()] if end else rest
        out.append(_Span(span, s, m.end(), m.start()))
    for im in _INCLUDING.finditer(text):
        # "... sanctions on 16 individuals who are key figures in X, including A and B":
        # named examples of a counted group the trigger before them acts on
        if out and out[-1].trigger < im.start() and not historical_at(text, im.start(), published):
            rest = text[im.end() :]
            end = _T_END.search(rest)
            group = text[out[-1].trigger : im.start()]
            out.append(
                _Span(
                    rest[: end.start()] if end else rest,
                    s,
                    im.end(),
                    im.start(),
                    _group_country(group),
                )
            )
    pm = _PASSIVE.match(text)
    if pm and not historical_at(text, pm.end(1), published):
        out.append(_Span(pm.group(1), s, pm.start(1), pm.end(1)))
    for pm2 in _PRODUCT_PATTERN.finditer(text):
        out.append(_Span(pm2.group(0)[4:], s, pm2.start() + 4, pm2.start()))
    return out


def _legal_forms(name: str) -> set[str]:
    return {t for t in norm(name).split() if t in LEGAL_SUFFIX}


def _part_of(longer: str, shorter: str) -> bool:
    """Is `shorter` named inside `longer` as its parent ("Management Company of the
    Russian Direct Investment Fund" is not the fund)?"""
    return bool(re.search(r"\b(?:of|for)\s+(?:the\s+)?" + re.escape(shorter) + r"$", longer))


def _merge(targets: list[Target], new: Target) -> None:
    key = norm(new.name)
    new_tokens = name_tokens(new.name)
    new_forms = _legal_forms(new.name)
    for t in targets:
        if (
            key == norm(t.name)
            or key in {norm(a) for a in t.aliases}
            or (new.aliases and norm(t.name) in {norm(a) for a in new.aliases})
        ):
            t.country = t.country or new.country
            t.aliases |= new.aliases
            return
    for t in targets:
        t_tokens = name_tokens(t.name)
        if new_forms and not new_forms <= _legal_forms(t.name):
            continue  # "AO Kaspersky Lab" is not "Kaspersky Lab, Inc."
        if new_forms and new.name not in t.aliases and norm(new.name) != norm(t.name):
            # a full company name is its own entity, not a short form: "GPB Financial
            # Services Limited" is not "GPB Financial Services Hong Kong Limited"
            continue
        if new_tokens and new_tokens <= t_tokens and not _part_of(t.name, new.name):
            t.country = t.country or new.country
            t.aliases |= new.aliases | {new.name}
            return
    for t in targets:
        t_tokens = name_tokens(t.name)
        if _legal_forms(t.name) and not _legal_forms(t.name) <= new_forms:
            continue
        if (
            t_tokens
            and t_tokens < new_tokens
            and t.possessive is False
            and len(t_tokens) < len(new_tokens)
            and not _part_of(new.name, t.name)
        ):
            t.aliases |= {t.name} | new.aliases
            t.name = new.name
            t.type = new.type if new.type != "organization" or t.type == "organization" else t.type
            t.country = new.country or t.country
            return
    targets.append(new)


_COUNT = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
)
_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
_NUMBERS = {w: i + 1 for i, w in enumerate(_NUMBER_WORDS.split(" "))}
_CLASS_TYPES = {
    "individuals": "person",
    "persons": "person",
    "people": "person",
    "nationals": "person",
    "citizens": "person",
    "officials": "person",
    "executives": "person",
    "members": "person",
    "leaders": "person",
    "entities": "organization",
    "companies": "organization",
    "firms": "organization",
    "banks": "organization",
    "vessels": "vessel",
    "tankers": "vessel",
    "ships": "vessel",
}
# "two Russian nationals", "three Russian citizens", "12 senior officials"
_COUNTED_CLASS = re.compile(
    r"\b(" + _COUNT + r")\s+(?:[\w-]+\s+){0,2}?(" + "|".join(_CLASS_TYPES) + r")\b", re.I
)
_NAME = r"[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|al|bin|ibn|de|del|da|dos|van|von|der|la|le|el))*"
_LIST = r"(" + _NAME + r"(?:\s*,\s*" + _NAME + r")*(?:\s*,?\s+and\s+" + _NAME + r")?)"
_SPEECH = re.compile(r"\b(?:said|says|stated|added|noted|told|announced|welcomed)\b")
_LIST_AT_START = re.compile(r"^\s*" + _LIST + r"\s+(?=[a-z])")
_LIST_AT_END = re.compile(r",\s+" + _LIST + r"\s*\.?\s*$")
# a list a colon introduces ("six companies ...: A, Pasit, AO, SVA and B."): the count
# and the colon delimit it, so one-word names count too
_LIST_AFTER_COLON = re.compile(r":\s+" + _LIST + r"\s*\.?\s*$")
# legal forms written after the name and a comma
_COMMA_FORMS = {"ao", "ooo", "oao", "zao", "pao", "jsc", "pjsc", "llc", "ltd", "inc", "plc", "sa"}


@dataclass
class _Counted:
    """A trigger's object that counts instead of naming: "two Russian nationals"."""

    count: int
    type: str
    country: str | None


def _counted(span: str) -> _Counted | None:
    m = _COUNTED_CLASS.search(span)
    if m is None:
        return None
    raw = m.group(1).lower()
    count = int(raw) if raw.isdigit() else _NUMBERS[raw]
    return _Counted(count, _CLASS_TYPES[m.group(2).lower()], country_in(span))


def _enumeration(text: str, at_start: bool, count: int) -> str | None:
    """A list of exactly `count` names: at the start of a sentence ("A, B and C hold
    senior roles") or closing it (", A and B.")."""
    colon = None if at_start else _LIST_AFTER_COLON.search(text)
    m = colon or (_LIST_AT_START if at_start else _LIST_AT_END).search(text)
    if m is None or (at_start and _SPEECH.search(text)):
        return None  # "Deputy Secretary A and Under Secretary B said ..." are not the group
    names: list[str] = []
    for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1)):
        if n and names and n.lower().rstrip(".") in _COMMA_FORMS:
            names[-1] += ", " + n  # a comma legal form: "Pasit, AO", "Neobit, OOO"
        elif n:
            names.append(n)
    if len(names) != count or (colon is None and any(len(n.split()) < 2 for n in names)):
        return None  # whole names only: "Zservers" or "Mishin" alone name nobody new
    return m.group(1)


def _single_country(text: str) -> str | None:
    """The one country a group phrase states ("seven of Russia's wealthiest oligarchs");
    none for "in Russia and in third countries" or several countries."""
    if re.search(r"\b(?:third|other|several|multiple|various)\s+countries\b|\babroad\b", text):
        return None
    codes = {c.code for c in (country_of(m.group(1)) for m in country_regex().finditer(text)) if c}
    return codes.pop() if len(codes) == 1 else None


def _group_country(text: str) -> str | None:
    """The country a counted group states as its own: "seven Chinese entities", "16 key
    figures in Myanmar's military regime", "Russia-based companies", "individuals in
    Iran" - not a country the group acts on ("undermining the stability of Yemen")."""
    if re.search(r"\b(?:third|other|several|multiple|various)\s+countries\b|\babroad\b", text):
        return None
    codes: set[str] = set()
    for m in country_regex().finditer(text):
        c = country_of(m.group(1))
        if c is None:
            continue
        after = text[m.end() : m.end() + 12]
        before = text[max(0, m.start() - 30) : m.start()]
        if (
            m.group(1) in c.adjectives
            or re.match(r"(?:'s|-based|-registered)\b", after)
            or re.search(
                r"\b(?:individuals|entities|persons|people|companies|firms|officials|nationals|"
                r"citizens)\s+(?:based\s+|located\s+)?in\s+(?:the\s+)?$",
                before,
            )
        ):
            codes.add(c.code)
    return codes.pop() if len(codes) == 1 else None


def _actor_mismatch(doc: Doc, s: Sentence, pos: int, lead: Lead) -> bool:
    """Is the trigger at `pos` another authority's action ("... complement the Department
    of Commerce's Final Determination, prohibiting X" in an OFAC release; "The UK is also
    designating X" in a US one)?"""
    previous = doc.sentences[s.index - 1] if s.index > 0 else None
    return other_actor(doc, s.text[:pos], lead.authority, previous)


def targets_from(doc: Doc, sentences: Iterable[Sentence], lead: Lead) -> list[Target]:
    targets: list[Target] = []
    group_country: str | None = None
    order = 0
    sentences = list(sentences)

    def add_chunks(
        chunks: list[Chunk], s: Sentence, span: _Span, preset: _Counted | None = None
    ) -> bool:
        """Targets from the chunks of one span; False when none is a name."""
        nonlocal order
        names: list[tuple[Chunk, str, str | None]] = []
        carry: str | None = country_in(chunks[0].descriptor) if chunks[0].descriptor else None
        carry = carry or (preset.country if preset else None) or span.country
        any_name = False
        for idx, ch in enumerate(chunks):
            name, own, stripped = clean_chunk(ch)
            if name is None:
                if own and not any_name and nationality_modifier(ch):
                    carry = own  # "Russia's two largest oil companies, A and B"
                continue
            # "individuals in leadership roles at AO Kaspersky Lab", "senior members of
            # the IRGC": the employer is not the target
            if re.search(
                r"\b(?:individuals|officials|executives|employees|leaders|roles|members|"
                r"officers|staff|personnel|management|leadership|administrators|operators|"
                r"founders?|heads?)\b[^,;]*\b(?:at|of|in|within|with)(?:\s+the)?\s*$",
                ch.descriptor,
            ):
                continue
            # a sub-unit named for a place or parent: "the head of its Tehran division"
            after = span.text[ch.start + len(ch.text) : ch.start + len(ch.text) + 30]
            if re.match(
                r"(?:'s)?\s+(?:division|unit|branch|office|department|province|region|district|"
                r"chapter|wing|cell|faction|headquarters|station)\b",
                after,
            ):
                continue
            # a modifier: "Hizballah officials Amin Sherri" - Hizballah is not a target
            nxt = chunks[idx + 1] if idx + 1 < len(chunks) else None
            if (
                nxt is not None
                and nxt.descriptor
                and nxt.group == ch.group
                and len(nxt.descriptor.split()) <= 3
                and PERSON_DESCRIPTORS.search(nxt.descriptor)
                and not ch.possessive
            ):
                continue
            if own:
                # the latest stated country carries on: "Cyprus-based A and B"
                carry = own if any_name else (carry or own)
            any_name = True
            c = (
                own
                or ch.country
                or _appositive_country(ch.appositive)
                or (country_in(ch.descriptor) if ch.descriptor else None)
                or carry
                or group_country
            )
            names.append((ch, name, c))
            ch.title_stripped = stripped
        if not names:
            return False
        if len(names) > 1:
            names = [n for n in names if not n[0].possessive]
        carry_type: str | None = preset.type if preset else None
        for ch, name, c in names:
            after_text = s.text[span.offset + ch.start :]
            after_name = after_text[len(ch.text) :] if after_text.startswith(ch.tokens[0]) else ""
            before = span.text[: ch.start][-40:]
            ctx = " ".join([ch.descriptor, ch.appositive, before])
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
            elif ttype == "person" and re.search(r"\bthe\s*$", before) and not ch.appositive:
                ttype = "organization"  # "the National Settlement Depository"
            tgt = Target(name, ttype, c, {ch.alias} if ch.alias else set(), ch.possessive, order)
            order += 1
            _merge(targets, tgt)
        return True

    for si, s in enumerate(sentences):
        if s.is_title:
            continue
        sentence_country: str | None = None
        for span in _target_spans(s, doc.published):
            if _actor_mismatch(doc, s, span.trigger, lead):
                continue
            chunks = name_chunks(span.text)
            if chunks and add_chunks(chunks, s, span):
                continue
            counted = _counted(span.text)
            if counted is not None:
                # the names follow: "designating two Russian nationals who are ..., A and
                # B." or "... on three Russian citizens. A, B and C hold senior roles ..."
                tail_at = span.offset + len(span.text)
                found = _enumeration(s.text[tail_at:], False, counted.count)
                where, offset = s, tail_at
                if found is None:
                    for nxt_s in sentences[si + 1 : si + 3]:
                        found = _enumeration(nxt_s.text, True, counted.count)
                        if found is not None:
                            where, offset = nxt_s, nxt_s.text.index(found)
                            break
                if found is not None:
                    enum_span = _Span(found, where, offset, offset)
                    if add_chunks(name_chunks(found), where, enum_span, counted):
                        continue
            # "seven of Russia's wealthiest oligarchs" - remember the group's country
            if re.search(
                r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?)\b", span.text
            ):
                c = _single_country(span.text)
                if c:
                    sentence_country = c
        if sentence_country:
            group_country = sentence_country
        elif targets:
            group_country = None
    for entry in [*_list_entries(doc), *un_entries(doc.text)]:
        _merge(targets, entry)
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
                t.name, t.aliases, [x for x in doc.sentences if not is_commentary(x.text)]
            )
    return targets


# --- sanctions-list entries ------------------------------------------------------------
#
# A list notice ("OFAC has added the following individual to its SDN List:") followed by
# entries in the list's own format:
#   ERMAKOV, Aleksandr Gennadievich (a.k.a. ...), Russia; DOB ...; nationality Russia;
#   Gender Male (individual) [CYBER2].
#   ZSERVERS (a.k.a. ...), Barnaul, Russia; Website ...; Organization Type: ... [CYBER2].

_FOLLOWING = re.compile(
    r"\bthe\s+following\s+(?:\w+\s+){0,2}?(?:individuals?|entit(?:y|ies)|persons?|vessels?|"
    r"aircraft|entries|entry|names?)\b",
    re.I,
)
_ENTRY_TAGS = re.compile(r"(?:\[[A-Z0-9][A-Z0-9 _/-]*\]\s*)+\.?\s*$")
_ENTRY_KIND = re.compile(r"\((individual|vessel|aircraft)\)")
_ALIAS_PAREN = re.compile(r"\s*\((?:a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)[^()]*(?:\([^()]*\)[^()]*)*\)")


def _proper_case(caps: str) -> str:
    """ "GAZPROMBANK JOINT STOCK COMPANY" -> "Gazprombank Joint Stock Company"; short
    all-caps words (legal forms, acronyms: "AO", "JSC") stay as they are."""
    words = []
    for w in caps.split():
        if w.isupper() and len(w.strip(".,'")) > 3:
            w = "-".join(part.capitalize() for part in w.split("-"))
        words.append(w)
    return " ".join(words)


def _list_entries(doc: Doc) -> list[Target]:
    """Targets from list entries after a notice naming "the following individual(s) /
    entities" (the entries' own format; names in proper case, "First Middle LAST")."""
    lines = doc.text.split("\n")
    notice = next((i for i, line in enumerate(lines) if _FOLLOWING.search(line)), None)
    if notice is None:
        return []
    out: list[Target] = []
    for line in lines[notice + 1 :]:
        line = line.strip()
        if not line or not _ENTRY_TAGS.search(line):
            continue
        kind = _ENTRY_KIND.search(line)
        ttype = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft"}.get(
            kind.group(1) if kind else "", "organization"
        )
        plain = _ALIAS_PAREN.sub("", line)
        if ttype == "person":
            m = re.match(r"([A-Z][A-Z'\- ]+?),\s+([A-Z][\w'\- ]+?)\s*[,;(]", plain)
            if m is None:
                continue
            name = f"{m.group(2).strip()} {_proper_case(m.group(1).strip())}"
            cm = re.search(r"\b(?:nationality|citizen)\s+([A-Z][\w' ]+?)\s*[;.(]", plain)
            country = country_of(cm.group(1)) if cm else None
        else:
            m = re.match(r"([A-Z0-9][^,;(]+?)\s*[,;(]", plain)
            if m is None:
                continue
            name = _proper_case(m.group(1).strip())
            first = plain[m.end() :].split(";")[0]
            if ttype == "vessel":
                cm = re.search(r"\bFlag\s+([A-Z][\w' ]+?)\s*[;.(]", plain)
                country = country_of(cm.group(1)) if cm else None
            else:
                found = [country_of(x.group(1)) for x in country_regex().finditer(first)]
                country = next((c for c in found if c is not None), None)
        out.append(Target(name, ttype, country.code if country else None))
    return out


# UN sanctions list entries as the Security Council committees print them:
#   QDi.433 Name: 1: ABDUL 2: REHMAN 3: MAKKI 4: na  ... Nationality: Pakistan ...
#   QDe.137 Name: AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT ...
# (reference number: committee letters, i = individual / e = entity; "na" = empty).
_UN_ENTRY = re.compile(
    r"(?m)^\s*[A-Z]{2,3}([ie])\.\d{3}\s+Name:\s*(?:1:\s*(.*?)\s+2:\s*(.*?)\s+3:\s*(.*?)"
    r"\s+4:\s*(.*?)|(.*?))\s*(?=\s(?:Name \(original script\)|A\.k\.a\.|F\.k\.a\.|Title|"
    r"Address|Listed on)\b|$)"
)
_UN_NATIONALITY = re.compile(
    r"\bNationality:\s*(?:a\)\s*)?([A-Z][\w' ]+?)(?=\s+(?:b\)|[A-Z][a-z]+"
    r"(?:\s+[a-z]+)*\s*(?:no\.?)?:)|\s*$)"
)


def un_entries(text: str) -> list[Target]:
    """Targets from UN list entries in the committees' format (name parts 1-4 joined,
    "na" left out; country from the entry's "Nationality:")."""
    out: list[Target] = []
    matches = list(_UN_ENTRY.finditer(text))
    for i, m in enumerate(matches):
        if m.group(1) == "i":
            parts = [p for p in m.group(2, 3, 4, 5) if p and p.strip().lower() != "na"]
            name = " ".join(
                _proper_case(p.strip()).title() if p.isupper() else p.strip() for p in parts
            )
            ttype = "person"
        else:
            raw = (m.group(6) or "").strip()
            name = _proper_case(raw) if raw.isupper() else raw
            ttype = "organization"
        if not name:
            continue
        body = text[m.end() : matches[i + 1].start() if i + 1 < len(matches) else len(text)]
        nm = _UN_NATIONALITY.search(body)
        c = country_of(nm.group(1).strip()) if nm else None
        out.append(Target(name, ttype, c.code if c else None))
    return out


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
            r"(?:the\s+)?(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2},\s+(?:the\s+)?)?$",
            before,
        ):
            return c.code  # "based in Moscow, Russia"
        if (
            re.search(r"(?:^|\b(?:both|all|each))\s*of\s+(?:the\s+)?$", before)
            or re.match(r"\s*(?:both|all|each)?\s*of\s+(?:the\s+)?$", before)
            or re.search(r"\bdestination\s+of\s+(?:the\s+)?$", before)
        ):
            return c.code  # "X, both of Russia", "X, under the destination of Russia"
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
    r"sanctions relief|relief)\b[^.;]{0,80}?\b(?:on|imposed on|concerning|for)"
    r"\s+(?:the\s+)?(?=[A-Z])"
)


_EXPORTS_TO = re.compile(
    r"\b(?:exports?\s+(?:of\s+[^.;]{0,100}?\s+)?to|imports?\s+(?:of\s+[^.;]{0,100}?\s+)?from|"
    r"investments?\s+in)\s+(?:the\s+)?(?=[A-Z])"
)
_OF_CONCERN = re.compile(r"\bcountr(?:y|ies) of concern\b")
_STATE_OF = re.compile(
    r"(?:the\s+)?(?:(?:Federal|Islamic|Democratic|Socialist|Arab|United)\s+)*"
    r"(?:Republic|Kingdom|State|Government|Federation|Emirate)\s+of\s+(?:the\s+)?"
)
# "the Syria sanctions program", "the Iran sanctions regime"
_PROGRAM = re.compile(
    r"\b((?:[A-Z][\w'-]+\s+){0,2}?[A-Z][\w'-]+)(?:-related)?\s+sanctions\s+"
    r"(?:program|programme|regime)s?\b"
)


def country_targets(
    sentences: Iterable[Sentence],
    published: date,
    own_jurisdiction: str = "",
    measures: Iterable[str] = COUNTRY_WIDE,
) -> list[Target]:
    """Countries an announcement targets as a whole ("restrictive measures against
    Russia", "sanctions imposed on Eritrea", "exports ... to the Republic of Korea", the
    country of concern, "the Syria sanctions program") - never the announcing
    jurisdiction itself.

    A country is a target only when the measures apply to it as a whole (an embargo,
    trade, investment or finance restrictions) or its whole sanctions programme is acted
    on: listings of (unnamed) persons and vessels "against Russia" target those persons,
    not Russia."""
    out: list[Target] = [Target("", "other", own_jurisdiction)] if own_jurisdiction else []
    sentences = list(sentences)
    for s in sentences:
        for pm in _PROGRAM.finditer(s.text):
            cp = country_of(pm.group(1))
            if (
                cp is not None
                and not historical_at(s.text, pm.start(), published)
                and not any(t.country == cp.code for t in out)
            ):
                out.append(Target(cp.name, "other", cp.code))
    if len(out) > (1 if own_jurisdiction else 0):
        return [t for t in out if t.name]
    if not set(measures) & COUNTRY_WIDE:
        return []
    for s in sentences:
        matches = list(_COUNTRY_TARGET.finditer(s.text)) + list(_EXPORTS_TO.finditer(s.text))
        if _OF_CONCERN.search(s.text) and not matches:
            for cm0 in country_name_regex().finditer(s.text):
                c0 = country_of(cm0.group(1))
                if c0 is not None and not any(t.country == c0.code for t in out):
                    out.append(Target(c0.name, "other", c0.code))
                    break
        for m in matches:
            if historical_at(s.text, m.start(), published):
                continue
            cm = country_name_regex().match(s.text, m.end())
            state = _STATE_OF.match(s.text, m.end())  # "the Federal Republic of Somalia"
            if cm is None and state is not None:
                cm = country_name_regex().match(s.text, state.end())
            if cm is None:
                continue
            c = country_of(cm.group(1))
            if c is None or any(t.country == c.code for t in out):
                continue
            out.append(Target(c.name, "other", c.code))
    return [t for t in out if t.name]
