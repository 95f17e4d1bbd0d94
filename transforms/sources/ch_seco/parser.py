"""Swiss SECO sanctions list parser (the SESAM "Gesamtliste" XML export).

Layout (root `swiss-sanctions-list list-type="whole-list" date=...`):

* `sanctions-program` (ssid): `program-key` / `program-name` per language (the
  ordinance, e.g. "Ordinance of 4 March 2022 on measures connected with the situation
  in Ukraine"), one or more `sanctions-set` (ssid, per language: the annex/article a
  target is listed under) and `origin` (EU, UN, CH);
* `target` (ssid = the record id): `sanctions-set-id` (joins to a sanctions-set
  ssid, which in turn names its programme), `foreign-identifier` (e.g. a UN reference),
  one of `individual` (sex) / `entity` / `object` (object-type vessel, ...), then its
  `modification`s, newest first, each with modification-type listed / amended /
  de-listed and enactment-, publication- and effective-date. A modification's
  `added`/`removed` hold snapshots of what changed (the "listed" one a full copy of
  the target, nested `target` included): history, not current data, so they are
  skipped (their metadata is kept);
* `individual`/`entity`/`object`: `identity`+ (main="true" for the main one) with
  `name`s (name-type primary-name / alias / formerly-known-as, quality good/low) made
  of ordered `name-part`s (family-name, given-name, father-name, whole-name, ...) that
  carry `spelling-variant`s per language and script (Cyrillic originals, Russian
  transliterations), `day-month-year` (day/month/year attributes: precision kept),
  `place-of-birth` and `address` (place-id -> a top-level `place`), `nationality`,
  `identification-document`; plus `justification`, `relation`, `other-information`;
* `place` (ssid): `location`, `area`, `country` (iso-code). Places come after the
  targets, so the file is read twice (streaming both times): programmes and places
  first, targets second.

The export keeps every target ever listed. A target whose latest modification is
"de-listed" is NOT emitted: it is no longer sanctioned, and emitting it would show a
delisting as a mere amendment downstream. "Latest" is by date; document order (SECO
writes the newest first) breaks ties and places an undated modification: it is newer
than the dated one written after it. The parse ends with one warning naming how many were
skipped and which (`iter_targets` yields them too, with status "de-listed").
listed_on is the effective date (else publication, else enactment date) of the
latest "listed" modification; old listings carry no dates at all (None then). The
whole modification history is kept as JSON in properties["modifications"].
Measures come from the sanctions-set description (keywords in source.yml; travel_ban
only for individuals); a set that names none gets asset_freeze (what every SECO
listing entails) and one warning.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import product
from math import prod
from pathlib import Path
from typing import Any

from lxml import etree

from transforms.base import ParseContext, SnapshotFiles
from transforms.common import add_property, add_unique, iterparse, looks_like_html, release, tidy
from transforms.common import child_elements as _children
from transforms.common import local_name as _local
from transforms.model import (
    Address,
    Alias,
    BanRecord,
    DateValue,
    Identifier,
    Measure,
    TargetType,
)

SOURCE = "ch_seco"
AUTHORITY = "SECO"
JURISDICTION = "CH"
FORMAT_XML = "seco_xml"
ROOT = "swiss-sanctions-list"
EMBARGO_ACT = (
    "Federal Act on the Implementation of International Sanctions (Embargo Act, SR 946.231)"
)

_LANGS = ("eng", "ger", "fre", "ita")
_SNIFF_BYTES = 4096
_MAX_VARIANT_NAMES = 12  # cross-product of spelling variants per language/script
_MAX_LISTED_IDS = 25

ACTIVE = "active"
DELISTED = "de-listed"

TARGET_TYPES: dict[str, str] = {
    "individual": "person",
    "entity": "organization",
    "vessel": "vessel",
    "aircraft": "aircraft",
}
NAME_KINDS = {"primary-name": "aka", "alias": "aka", "formerly-known-as": "fka"}
NAME_PARTS = {
    "title",
    "given-name",
    "further-given-name",
    "father-name",
    "grand-father-name",
    "family-name",
    "maiden-name",
    "suffix",
    "tribal-name",
    "whole-name",
    "other",
}
MODIFICATION_TYPES = {"listed", "amended", "de-listed"}

_TOP = {"sanctions-program", "target", "place"}
_TARGET_CHILDREN = {"sanctions-set-id", "foreign-identifier", "modification"}
_SUBJECTS = {"individual", "entity", "object"}
_SUBJECT_CHILDREN = {"identity", "justification", "relation", "other-information"}
_IDENTITY_CHILDREN = {
    "name",
    "day-month-year",
    "place-of-birth",
    "nationality",
    "address",
    "identification-document",
}
_ADDRESS_CHILDREN = {"c-o", "p-o-box", "address-details", "zip-code", "remark", "remarks"}
_DOCUMENT_CHILDREN = {"number", "date-of-issue", "expiry-date", "issuer", "remark", "remarks"}
_PLACE_CHILDREN = {"location", "location-variant", "area", "area-variant", "country"}
_PROGRAM_CHILDREN = {"program-key", "program-name", "sanctions-set", "origin"}

# other-information texts that state an identifier ("IMO Number: 8405270").
_OTHER_IDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^IMO(?: [Nn]umber)?\s*:?\s*(\d{7})\.?$"), "IMO"),
    (
        re.compile(
            r"^(?:State |Business |Company )?[Rr]egistration [Nn]umber\s*:\s*(\S*\d\S*?)\.?$"
        ),
        "Registration Number",
    ),
    (
        re.compile(r"^(?:Taxpayer [Ii]dentification|Tax) [Nn]umber\s*:\s*(\S*\d\S*?)\.?$"),
        "Tax ID No.",
    ),
    (
        re.compile(r"^SWIFT(?:/BIC)?(?: [Cc]ode)?\s*:\s*([A-Z0-9]{8}(?:[A-Z0-9]{3})?)\.?$"),
        "SWIFT/BIC",
    ),
)


# --------------------------------------------------------------------------- lookups


@cache
def _lookups() -> dict[str, dict[str, str]]:
    from transforms.registry import get_source

    return get_source(SOURCE).lookups


def _target_types() -> dict[str, str]:
    return TARGET_TYPES | _lookups().get("target_types", {})


@cache
def _measure_keywords() -> tuple[tuple[re.Pattern[str], Measure], ...]:
    table = _lookups().get("measure_keywords", {})
    return tuple(
        (re.compile(r"\b" + re.escape(key.casefold())), Measure(value))
        for key, value in table.items()
    )


@cache
def _measures_cached(description: str) -> tuple[Measure, ...]:
    return tuple(measures_for(description))


def measures_for(description: str) -> list[Measure]:
    """The measures a sanctions-set description names (keyword lookup), in table order."""
    text = description.casefold()
    out: list[Measure] = []
    for pattern, measure in _measure_keywords():
        if pattern.search(text) and measure not in out:
            out.append(measure)
    return out


# --------------------------------------------------------------------- xml helpers


def _text(elem: Any) -> str | None:
    if elem is None:
        return None
    return tidy("".join(elem.itertext()))


def _child(elem: Any, name: str) -> Any:
    return next((c for c in _children(elem) if _local(c) == name), None)


def _by_lang(elems: list[Any]) -> str | None:
    """The text in the first available language of _LANGS, else the first text."""
    texts = {e.get("lang", ""): t for e in elems if (t := _text(e))}
    for lang in _LANGS:
        if lang in texts:
            return texts[lang]
    return next(iter(texts.values()), None)


class _Unknown:
    """Reports each unknown element name once per parent kind."""

    def __init__(self, ctx: ParseContext) -> None:
        self.ctx = ctx
        self.seen: set[tuple[str, str]] = set()

    def check(self, elem: Any, allowed: set[str], where: str) -> Iterator[Any]:
        for child in _children(elem):
            name = _local(child)
            if name in allowed:
                yield child
                continue
            key = (_local(elem), name)
            if key not in self.seen:
                self.seen.add(key)
                self.ctx.warn(
                    f"{where}: unknown element <{name}> in <{_local(elem)}> ignored "
                    f"(text: {(_text(child) or '')[:80]!r}); further ones not reported"
                )


# ------------------------------------------------------------------ format detection


def _sniff(name: str, path: Path, ctx: ParseContext) -> None:
    with open(path, "rb") as fh:
        head = fh.read(_SNIFF_BYTES)
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if not text:
        raise ctx.error(f"{name}: file is empty")
    if looks_like_html(text):
        raise ctx.error(f"{name}: file is an HTML page, not the SECO sanctions list")
    if not text.startswith("<"):
        raise ctx.error(f"{name}: not an XML file (starts with {head[:16]!r})")
    root = None
    try:
        for _event, elem in iterparse(path, ("start",)):
            root = _local(elem)
            break
    except etree.XMLSyntaxError as exc:
        raise ctx.error(f"{name}: malformed XML ({exc})") from exc
    if root != ROOT:
        raise ctx.error(f"{name}: XML root element is <{root}>, not <{ROOT}>")


def _snapshot_file(files: SnapshotFiles, ctx: ParseContext) -> tuple[str, Path]:
    if not files:
        raise ctx.error("no files in the snapshot")
    if len(files) > 1:
        raise ctx.error(f"expected one XML file, got {len(files)}: {sorted(files)}")
    name = next(iter(files))
    path = Path(files[name])
    _sniff(name, path, ctx)
    return name, path


def detect_format(files: SnapshotFiles) -> str:
    """ "seco_xml" for a swiss-sanctions-list XML file; ParseError otherwise."""
    _snapshot_file(files, ParseContext(source=SOURCE))
    return FORMAT_XML


def _top_level(
    path: Path,
    tags: tuple[str, ...],
    name: str,
    ctx: ParseContext,
    others: dict[str, int] | None = None,
) -> Iterator[Any]:
    """Streams the root's children with the given local names; clears as it goes.

    Root children with other names are dropped unread; `others` counts them by name.
    """
    count = 0
    root: Any = None

    def note(first: Any) -> None:
        if others is not None and isinstance(first.tag, str):
            local = _local(first)
            if local not in tags:
                others[local] = others.get(local, 0) + 1

    try:
        for _event, elem in iterparse(path, tag=tuple(f"{{*}}{t}" for t in tags)):
            parent = elem.getparent()
            if parent is None or parent.getparent() is not None:
                continue  # nested (a target copy inside a modification): read with its owner
            root = parent
            yield elem
            count += 1
            release(elem, note)
    except etree.XMLSyntaxError as exc:
        raise ctx.error(f"{name}: malformed XML after {count} elements: {exc}") from exc
    while root is not None and len(root):
        note(root[0])
        del root[0]


# --------------------------------------------------------------- programmes, places


@dataclass(frozen=True)
class SanctionsSet:
    ssid: str
    description: str | None
    program_ssid: str | None
    program_key: str | None
    program_name: str | None
    origin: str | None


@dataclass(frozen=True)
class Place:
    location: str | None
    area: str | None
    country: str | None
    country_code: str | None

    def text(self) -> str:
        return ", ".join(p for p in (self.location, self.area, self.country) if p)


@dataclass
class _Header:
    # The root's `date` (the export day) is deliberately not copied into records: it
    # changes daily and would make every record look amended.
    sets: dict[str, SanctionsSet] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    other_top: dict[str, int] = field(default_factory=dict)


def _read_header(name: str, path: Path, ctx: ParseContext, unknown: _Unknown) -> _Header:
    header = _Header()
    for elem in _top_level(
        path, ("sanctions-program", "place", "target"), name, ctx, header.other_top
    ):
        kind = _local(elem)
        if kind == "sanctions-program":
            _read_program(elem, header, unknown)
        elif kind == "place":
            ssid = elem.get("ssid")
            if ssid:
                header.places[ssid] = _read_place(elem, unknown)
    return header


def _read_program(elem: Any, header: _Header, unknown: _Unknown) -> None:
    where = f"sanctions-program {elem.get('ssid')}"
    parts: dict[str, list[Any]] = {}
    for child in unknown.check(elem, _PROGRAM_CHILDREN, where):
        parts.setdefault(_local(child), []).append(child)
    key = _by_lang(parts.get("program-key", []))
    program_name = _by_lang(parts.get("program-name", []))
    origin = _by_lang(parts.get("origin", []))
    by_set: dict[str, list[Any]] = {}
    for s in parts.get("sanctions-set", []):
        if ssid := s.get("ssid"):
            by_set.setdefault(ssid, []).append(s)
    for ssid, elems in by_set.items():
        header.sets[ssid] = SanctionsSet(
            ssid=ssid,
            description=_by_lang(elems),
            program_ssid=elem.get("ssid"),
            program_key=key,
            program_name=program_name,
            origin=origin,
        )


def _read_place(elem: Any, unknown: _Unknown) -> Place:
    parts = {
        _local(c): c for c in unknown.check(elem, _PLACE_CHILDREN, f"place {elem.get('ssid')}")
    }
    country = parts.get("country")
    return Place(
        location=_text(parts.get("location")),
        area=_text(parts.get("area")),
        country=_text(country),
        country_code=country.get("iso-code") if country is not None else None,
    )


# ----------------------------------------------------------------------- names


def _alias_script(lang: str | None, script: str | None) -> str | None:
    """SECO's lang="RUS" script="CYRL" -> "rus-Cyrl" (language-Script, BCP 47 style)."""
    code = script.title() if script else None
    if lang and code:
        return f"{lang.lower()}-{code}"
    return code or (lang.lower() if lang else None)


@dataclass(frozen=True)
class _Name:
    text: str
    name_type: str
    quality: str | None
    variants: tuple[tuple[str | None, str], ...]  # (script tag, full name)


def _read_name(elem: Any, where: str, ctx: ParseContext, unknown: _Unknown) -> _Name | None:
    parts: list[tuple[int, str, dict[tuple[str | None, str | None], list[str]]]] = []
    for part in unknown.check(elem, {"name-part"}, where):
        part_type = part.get("name-part-type") or ""
        if part_type not in NAME_PARTS and ("name-part-type", part_type) not in unknown.seen:
            unknown.seen.add(("name-part-type", part_type))
            ctx.warn(f"{where}: unknown name-part-type {part_type!r}; part kept in the name")
        try:
            order = int(part.get("order") or 0)
        except ValueError:
            order = 0
        value = None
        variants: dict[tuple[str | None, str | None], list[str]] = {}
        for child in unknown.check(part, {"value", "spelling-variant"}, where):
            text = _text(child)
            if not text:
                continue
            if _local(child) == "value":
                value = value or text
            else:
                key = (child.get("lang"), child.get("script"))
                variants.setdefault(key, []).append(text)
        if value is None:
            continue
        parts.append((order, value, variants))
    if not parts:
        return None
    parts.sort(key=lambda p: p[0])  # stable: equal orders keep document order
    text = " ".join(value for _, value, _ in parts)
    keys = list(dict.fromkeys(k for _, _, variants in parts for k in variants))
    built: list[tuple[str | None, str]] = []
    for lang, script in keys:
        tag = _alias_script(lang, script)
        choices = [variants.get((lang, script), [value]) for _, value, variants in parts]
        total = prod(len(c) for c in choices)
        if total <= _MAX_VARIANT_NAMES:
            built.extend((tag, " ".join(combo)) for combo in product(*choices))
            continue
        # Too many combinations. First every spelling once, each in the name made of the
        # other parts' first spellings (no spelling is dropped), then further
        # combinations in order up to the cap; the rest are dropped, and said so.
        first = [c[0] for c in choices]
        names = [" ".join(first)]
        for i, choice in enumerate(choices):
            names += [" ".join([*first[:i], other, *first[i + 1 :]]) for other in choice[1:]]
        names = list(dict.fromkeys(names))
        for combo in product(*choices):
            if len(names) >= _MAX_VARIANT_NAMES:
                break
            if (joined := " ".join(combo)) not in names:
                names.append(joined)
        built.extend((tag, n) for n in names)
        ctx.warn(
            f"{where}: name {text!r} has {total} combinations of its {tag or 'untagged'} "
            f"spelling variants; {len(names)} kept (every spelling in at least one), "
            f"{total - len(names)} dropped"
        )
    return _Name(text, elem.get("name-type") or "", elem.get("quality"), tuple(built))


# ----------------------------------------------------------------------- dates


def _dmy(elem: Any) -> tuple[DateValue | None, str]:
    """A day-month-year element -> (date with its precision, raw "d.m.yyyy")."""
    day, month, year = (elem.get(k, "").strip() for k in ("day", "month", "year"))
    raw = ".".join(p for p in (day, month, year) if p)
    if not year.isdigit() or len(year) != 4:
        return None, raw
    try:
        m = int(month) if month else None
        d = int(day) if day else None
    except ValueError:
        return None, raw
    if m is None:
        return (DateValue(value=year, precision="year", raw=raw), raw) if d is None else (None, raw)
    if not 1 <= m <= 12:
        return None, raw
    if d is None:
        return DateValue(value=f"{year}-{m:02d}", precision="month", raw=raw), raw
    import calendar

    if not 1 <= d <= calendar.monthrange(int(year), m)[1]:
        return None, raw
    return DateValue(value=f"{year}-{m:02d}-{d:02d}", precision="day", raw=raw), raw


def _iso_date(value: str | None) -> str | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return value.strip()
    return None


# -------------------------------------------------------------------- record build


@dataclass
class _Builder:
    ssid: str
    name: str = ""
    target_type: TargetType = TargetType.OTHER
    aliases: list[Alias] = field(default_factory=list)
    birth_dates: list[DateValue] = field(default_factory=list)
    birth_places: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    legal_basis: list[str] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)

    def add(self, items: list[str], value: str | None) -> None:
        add_unique(items, value)

    def prop(self, key: str, value: str | None, sep: str = "; ") -> None:
        add_property(self.properties, key, value, sep)

    def alias(self, name: str, kind: str, script: str | None) -> None:
        if name == self.name and script is None:
            return
        if any((a.name, a.script) == (name, script) for a in self.aliases):
            return
        self.aliases.append(Alias(name=name, kind=kind, script=script))

    def identifier(self, ident: Identifier) -> None:
        # One document = type, number and issuing country: the same number issued by
        # another country is another document (the raw text may vary between identities).
        key = (ident.type, ident.value, ident.country)
        if all((i.type, i.value, i.country) != key for i in self.identifiers):
            self.identifiers.append(ident)


@dataclass(frozen=True)
class Modification:
    type: str
    enactment_date: str | None
    publication_date: str | None
    effective_date: str | None

    @property
    def date(self) -> str | None:
        return self.effective_date or self.publication_date or self.enactment_date

    def as_dict(self) -> dict[str, str]:
        out = {"type": self.type}
        for key, value in (
            ("enactment-date", self.enactment_date),
            ("publication-date", self.publication_date),
            ("effective-date", self.effective_date),
        ):
            if value:
                out[key] = value
        return out


def latest(modifications: list[Modification]) -> Modification | None:
    """The most recent modification: latest date, ties by document order (SECO writes
    the newest first). An undated one keeps its place in that order: it is newer than
    the dated one after it (so an undated de-listing written first is the latest, and
    the old undated listing at the end of the history is the oldest)."""
    if not modifications:
        return None
    keys: list[str] = []
    older = ""  # the date of the nearest dated modification after this one
    for m in reversed(modifications):
        older = m.date or older
        keys.append(older)
    keys.reverse()
    ranked = sorted(enumerate(modifications), key=lambda im: (keys[im[0]], -im[0]), reverse=True)
    return ranked[0][1]


@dataclass
class _Context:
    name: str
    ctx: ParseContext
    header: _Header
    unknown: _Unknown
    warned_sets: set[str] = field(default_factory=set)
    warned_places: set[str] = field(default_factory=set)


def _read_modifications(target: Any, c: _Context) -> list[Modification]:
    out: list[Modification] = []
    for mod in (m for m in _children(target) if _local(m) == "modification"):
        kind = mod.get("modification-type") or ""
        if kind not in MODIFICATION_TYPES:
            c.ctx.warn(f"target {target.get('ssid')}: unknown modification-type {kind!r}")
        out.append(
            Modification(
                type=kind,
                enactment_date=_iso_date(mod.get("enactment-date")),
                publication_date=_iso_date(mod.get("publication-date")),
                effective_date=_iso_date(mod.get("effective-date")),
            )
        )
    return out


def _build_target(target: Any, c: _Context) -> tuple[BanRecord, str]:
    ctx = c.ctx
    ssid = (target.get("ssid") or "").strip()
    if not ssid:
        raise ctx.error(f"{c.name}: <target> at line {target.sourceline} has no ssid")
    where = f"target {ssid}"
    b = _Builder(ssid=ssid)
    subjects: list[Any] = []
    set_ids: list[str] = []
    for child in c.unknown.check(target, _TARGET_CHILDREN | _SUBJECTS, where):
        kind = _local(child)
        if kind in _SUBJECTS:
            subjects.append(child)
        elif kind == "sanctions-set-id":
            b.add(set_ids, _text(child))
        elif kind == "foreign-identifier":
            b.prop("foreign_identifier", _text(child))
    if len(subjects) != 1:
        raise ctx.error(
            f"{where}: expected one <individual>, <entity> or <object>, found {len(subjects)}"
        )
    subject = subjects[0]
    b.target_type = _target_type(subject, where, ctx)
    if sex := subject.get("sex"):
        b.prop("sex", sex)
    _apply_subject(b, subject, where, c)
    if not b.name:
        raise ctx.error(f"{where}: no name")
    _apply_sets(b, set_ids, where, c)

    modifications = _read_modifications(target, c)
    last = latest(modifications)
    if last is not None and last is not modifications[0]:
        ctx.warn(
            f"{where}: the first <modification> ({modifications[0].type}) is not the latest "
            f"by date ({last.type} {last.date}); status taken from the dates"
        )
    status = DELISTED if last is not None and last.type == "de-listed" else ACTIVE
    listings = [m for m in modifications if m.type == "listed"]
    listed = latest(listings)
    listed_on = None
    if listed is not None and listed.date:
        listed_on = DateValue(value=listed.date, precision="day", raw=listed.date)
    if modifications:
        b.properties["modifications"] = json.dumps(
            [m.as_dict() for m in modifications], ensure_ascii=False, separators=(",", ":")
        )
    else:
        ctx.warn(f"{where}: no <modification>; listing date unknown")
    if last is not None:
        b.properties["last_modification"] = " ".join(p for p in (last.type, last.date) if p)
    if status == DELISTED:  # only seen through iter_targets
        b.properties["status"] = status
        if last is not None and last.date:
            b.properties["delisted_on"] = last.date

    for n in b.nationalities:
        b.add(b.countries, n)
    record = BanRecord(
        source=SOURCE,
        record_id=ssid,
        name=b.name,
        target_type=b.target_type,
        authority=AUTHORITY,
        jurisdiction=JURISDICTION,
        aliases=b.aliases,
        addresses=b.addresses,
        countries=b.countries,
        nationalities=b.nationalities,
        birth_dates=b.birth_dates,
        birth_places=b.birth_places,
        identifiers=b.identifiers,
        programs=b.programs,
        measures=b.measures,
        legal_basis=b.legal_basis,
        listed_on=listed_on,
        remarks="\n".join(b.remarks) or None,
        source_url=ctx.source_url,
        properties=b.properties,
    )
    return record, status


def _target_type(subject: Any, where: str, ctx: ParseContext) -> TargetType:
    kind = _local(subject)
    if kind == "object":
        kind = subject.get("object-type") or "object"
    mapped = _target_types().get(kind)
    if mapped is None:
        ctx.warn(f"{where}: unknown target kind {kind!r}; target type 'other'")
        return TargetType.OTHER
    return TargetType(mapped)


def _apply_subject(b: _Builder, subject: Any, where: str, c: _Context) -> None:
    identities: list[Any] = []
    for child in c.unknown.check(subject, _SUBJECT_CHILDREN, where):
        kind = _local(child)
        if kind == "identity":
            identities.append(child)
        elif kind == "justification":
            b.add(b.remarks, _text(child))
        elif kind == "other-information":
            _apply_other(b, _text(child))
        elif kind == "relation":
            rel = " ".join(
                p for p in (child.get("relation-type"), child.get("target-id"), _text(child)) if p
            )
            b.prop("relations", rel)
    if not identities:
        raise c.ctx.error(f"{where}: no <identity>")
    main = [i for i in identities if i.get("main") == "true"]
    if not main:
        c.ctx.warn(f'{where}: no identity with main="true"; using the first')
    first = main[0] if main else identities[0]
    ordered = [first] + [i for i in identities if i is not first]
    for index, identity in enumerate(ordered):
        _apply_identity(b, identity, index == 0, where, c)


def _apply_identity(b: _Builder, identity: Any, is_main: bool, where: str, c: _Context) -> None:
    names: list[_Name] = []
    for child in c.unknown.check(identity, _IDENTITY_CHILDREN, where):
        kind = _local(child)
        if kind == "name":
            if (n := _read_name(child, where, c.ctx, c.unknown)) is not None:
                names.append(n)
        elif kind == "day-month-year":
            _apply_date(b, child, where, c.ctx)
        elif kind == "place-of-birth":
            b.add(b.birth_places, _place_text(child, where, c))
        elif kind == "nationality":
            b.add(b.nationalities, _text(_child(child, "country")) or _text(child))
        elif kind == "address":
            _apply_address(b, child, where, c)
        elif kind == "identification-document":
            _apply_document(b, child, where, c)
    primary = next((n for n in names if n.name_type == "primary-name"), None)
    if is_main and not b.name:
        chosen = primary or (names[0] if names else None)
        if chosen is None:
            return
        if primary is None:
            c.ctx.warn(f"{where}: no primary-name in the main identity; using {chosen.text!r}")
        b.name = chosen.text
    for n in names:
        alias_kind = NAME_KINDS.get(n.name_type)
        if alias_kind is None:
            c.ctx.warn(f"{where}: unknown name-type {n.name_type!r} for {n.text!r}; kept as aka")
            alias_kind = "aka"
        if n.quality == "low":
            alias_kind = "weak"
        b.alias(n.text, alias_kind, None)
        for script, text in n.variants:
            b.alias(text, alias_kind, script)


def _apply_date(b: _Builder, elem: Any, where: str, ctx: ParseContext) -> None:
    date, raw = _dmy(elem)
    calendar_name = elem.get("calendar")
    if calendar_name and calendar_name.casefold() != "gregorian":
        ctx.warn(f"{where}: date {raw!r} in the {calendar_name} calendar kept in properties")
        b.prop("dates_other_calendar", f"{raw} ({calendar_name})")
        return
    if date is None:
        ctx.warn(f"{where}: unusable day-month-year {raw!r} kept in properties")
        b.prop("dob_unparsed" if b.target_type is TargetType.PERSON else "dates_unparsed", raw)
        return
    if b.target_type is not TargetType.PERSON:
        b.prop("identity_dates", date.value)  # e.g. an entity's registration date
        return
    if all((d.value, d.precision) != (date.value, date.precision) for d in b.birth_dates):
        b.birth_dates.append(date)
    if elem.get("quality") == "low":
        b.prop("birth_date_quality_low", date.value)


def _place(elem: Any, where: str, c: _Context) -> Place | None:
    place_id = elem.get("place-id")
    if not place_id:
        return None
    place = c.header.places.get(place_id)
    if place is None and place_id not in c.warned_places:
        c.warned_places.add(place_id)
        c.ctx.warn(f"{where}: place-id {place_id} not found among the <place> elements")
    return place


def _place_text(elem: Any, where: str, c: _Context) -> str | None:
    place = _place(elem, where, c)
    inline = [t for ch in _children(elem) if (t := _text(ch))]
    parts = ([place.text()] if place and place.text() else []) + inline
    return ", ".join(parts) or None


def _apply_address(b: _Builder, elem: Any, where: str, c: _Context) -> None:
    parts: dict[str, str] = {}
    for child in c.unknown.check(elem, _ADDRESS_CHILDREN, where):
        if (t := _text(child)) is not None:
            key = _local(child)
            parts[key] = f"{parts[key]}; {t}" if key in parts else t
    place = _place(elem, where, c)
    remarks = "; ".join(
        v
        for v in (
            f"c/o {parts['c-o']}" if "c-o" in parts else None,
            f"P.O. Box {parts['p-o-box']}" if "p-o-box" in parts else None,
            parts.get("remark") or parts.get("remarks"),
        )
        if v
    )
    address = Address(
        street=parts.get("address-details"),
        city=place.location if place else None,
        region=place.area if place else None,
        postal_code=parts.get("zip-code"),
        country=place.country if place else None,
        remarks=remarks or None,
    )
    if address != Address() and address not in b.addresses:
        b.addresses.append(address)
    if place and place.country:
        b.add(b.countries, place.country)


def _apply_document(b: _Builder, elem: Any, where: str, c: _Context) -> None:
    parts = {_local(ch): ch for ch in c.unknown.check(elem, _DOCUMENT_CHILDREN, where)}
    doc_type = elem.get("document-type") or "identification-document"
    number = _text(parts.get("number"))
    issuer = parts.get("issuer")
    country = _text(issuer) or (issuer.get("code") if issuer is not None else None)
    raw = f"{doc_type} {number or ''}".strip()
    if country:
        raw += f" ({country})"
    for key, label in (("date-of-issue", "issued"), ("expiry-date", "expires")):
        if (value := _text(parts.get(key))) is not None:
            raw += f" {label} {value}"
    if (remark := _text(parts.get("remark")) or _text(parts.get("remarks"))) is not None:
        raw += f"; {remark}"
    if not number:
        b.prop("document_without_number", raw)
        return
    b.identifier(Identifier(type=doc_type, value=number, country=country, raw=raw))


def _apply_other(b: _Builder, text: str | None) -> None:
    if not text:
        return
    b.prop("other_information", text, sep="\n")
    for pattern, id_type in _OTHER_IDS:
        if m := pattern.match(text):
            b.identifier(Identifier(type=id_type, value=m[1], raw=text))
            return


def _apply_sets(b: _Builder, set_ids: list[str], where: str, c: _Context) -> None:
    if not set_ids:
        c.ctx.warn(f"{where}: no <sanctions-set-id>; programme and measures unknown")
    for set_id in set_ids:
        s = c.header.sets.get(set_id)
        if s is None:
            if set_id not in c.warned_sets:
                c.warned_sets.add(set_id)
                c.ctx.warn(f"{where}: sanctions-set-id {set_id} is not defined by any program")
            b.prop("sanctions_set_id", set_id)
            continue
        b.prop("sanctions_set_id", set_id)
        b.add(b.programs, s.program_key or s.program_name or f"sanctions-set {set_id}")
        b.add(b.legal_basis, s.program_name)
        b.prop("sanctions_set", s.description, sep="\n")
        b.prop("program_origin", s.origin)
        measures = _measures_cached(s.description or "")
        if not measures and set_id not in c.warned_sets:
            c.warned_sets.add(set_id)
            c.ctx.warn(
                f"sanctions-set {set_id} ({s.description!r}) names no known measure; "
                "asset_freeze assumed for its targets"
            )
        for measure in measures:
            if measure not in b.measures:
                b.measures.append(measure)
    if b.target_type is not TargetType.PERSON and Measure.TRAVEL_BAN in b.measures:
        # A set for "financial sanctions and entry and transit ban" covers individuals
        # and entities alike; an entity or a vessel cannot be banned from travelling.
        b.measures.remove(Measure.TRAVEL_BAN)
    if not b.measures:
        b.measures.append(Measure.ASSET_FREEZE)
    b.add(b.legal_basis, EMBARGO_ACT)


# ---------------------------------------------------------------------------- entry


def iter_targets(files: SnapshotFiles, ctx: ParseContext) -> Iterator[tuple[BanRecord, str]]:
    """Every target of the export with its status ("active" or "de-listed"), file order."""
    name, path = _snapshot_file(files, ctx)
    unknown = _Unknown(ctx)
    header = _read_header(name, path, ctx, unknown)
    for tag, count in sorted(header.other_top.items()):
        ctx.warn(f"{name}: {count} unknown <{tag}> element(s) under <{ROOT}> ignored")
    c = _Context(name=name, ctx=ctx, header=header, unknown=unknown)
    seen: set[str] = set()
    for elem in _top_level(path, ("target",), name, ctx):
        record, status = _build_target(elem, c)
        if record.record_id in seen:
            ctx.warn(f"{name}: duplicate target ssid {record.record_id}; later one skipped")
            continue
        seen.add(record.record_id)
        yield record, status


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord]:
    """Yield one BanRecord per ACTIVE target, in file order; de-listed ones are counted
    and named in one warning at the end.

    Raises ParseError (via ctx.error) for a file that is not the SECO list (an HTML
    page, another XML root, malformed XML) and for a target without ssid or name.
    """
    delisted: list[str] = []
    for record, status in iter_targets(files, ctx):
        if status == DELISTED:
            delisted.append(record.record_id)
            continue
        yield record
    if delisted:
        shown = ", ".join(delisted[:_MAX_LISTED_IDS])
        more = (
            f" and {len(delisted) - _MAX_LISTED_IDS} more"
            if len(delisted) > _MAX_LISTED_IDS
            else ""
        )
        ctx.warn(
            f"{len(delisted)} de-listed target(s) not emitted (latest modification "
            f"'de-listed'): {shown}{more}"
        )
