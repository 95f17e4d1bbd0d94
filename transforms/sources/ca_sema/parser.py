"""Canada's Consolidated Autonomous Sanctions List (SEMA and JVCFOA): sema-lmes.xml.

One flat XML document, `<data-set>` of `<record>`, each record a handful of text
elements and nothing else (no ids, no attributes, no nesting). Quirks handled here:

* Three generations of element names, all accepted (matched on the English part of
  the local name, case-insensitively):
  2020: Country, LastName, GivenName, Entity, Title, Aliases, DateOfBirth, Schedule,
  Item; later: Entity -> EntityOrShip, Title -> TitleOrShip(Type), DateOfBirth ->
  DateOfBirthOrShipBuildDate, plus ShipIMONumber and DateOfListing; since 2026 the
  names are bilingual ("Country-Pays", "Item-NumeroDarticle", ...). Any other element
  is reported (once per name) and its text kept in `properties`.
* No record id is published. A listing's citation is regime + schedule + item
  ("Russia, Schedule 1, Part 1, item 94"); record_id is built from that:
  "russia/1-part-1/94". Item numbers restart per schedule part, so the schedule is
  needed; a missing schedule and "N/A" are the same. `lookups.schedule_ids` maps
  spellings the publisher changed over the years to one form so the id stays stable.
* <Country> names the REGIME, bilingual ("Russia / Russie"); for JVCFOA listings it is
  the regulations' name. It is not the target's country, so `countries` stays empty.
  The English part becomes the program; legal_basis = the regime's regulations (a
  lookup) + the enabling Act.
* Values are padded with spaces and U+00A0 and some wrap across lines: whitespace is
  collapsed.
* Persons: GivenName + LastName, in that (spoken) order; ships: EntityOrShip with an
  IMO number or a ship type (TitleOrShip...); a date alone does not make an entity a
  ship. The date element holds a date of birth for a person (kept with its precision:
  "1960" stays a year; "a or b" gives two dates), a build date for a ship and
  whatever date an entity carries (both kept in properties).
* Aliases: one element, separated by ";" when the publisher uses it, else by commas
  (not before a legal form such as ", Ltd."); the raw text is kept in
  `properties["aliases_raw"]` whenever it was split or changed. Cyrillic, Arabic and
  other non-Latin aliases are kept and their script named.
* Measures: asset freeze + prohibition of dealings and financial services for every
  listing, except where `lookups.schedule_measures` says otherwise (Russia's 2014
  sectoral schedules 2 and 3 only restrict new debt).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

from transforms.base import ParseContext, SnapshotFiles
from transforms.common import collapse, iterparse, looks_like_html, release, sniff_text, xml_root
from transforms.model import Alias, BanRecord, DateValue, Identifier, Measure, TargetType

SOURCE = "ca_sema"
AUTHORITY = "Global Affairs Canada"
JURISDICTION = "CA"
ROOT = "data-set"
RECORD = "record"

DEFAULT_ACT = "Special Economic Measures Act (S.C. 1992, c. 17)"
DEFAULT_MEASURES = (Measure.ASSET_FREEZE, Measure.FINANCIAL_RESTRICTION)

# English part of an element's local name (lower-case) -> field.
FIELDS = {
    "country": "country",
    "lastname": "last_name",
    "givenname": "given_name",
    "entity": "entity",
    "entityorship": "entity",
    "title": "title",
    "titleorship": "ship_title",
    "titleorshiptype": "ship_title",
    "aliases": "aliases",
    "alias": "aliases",
    "dateofbirth": "dob",
    "dateofbirthorshipbuilddate": "dob_or_build",
    "schedule": "schedule",
    "item": "item",
    "dateoflisting": "listed",
    "shipimonumber": "imo",
}
_NO_SCHEDULE = {"", "n/a", "na", "none", "-"}
_LEGAL_FORM_AFTER_COMMA = re.compile(
    r"^(?:inc|ltd|llc|llp|lp|plc|co|corp|jsc|ojsc|cjsc|pjsc|ooo|oao|zao|ao|pao|s\.?a|s\.?a\.?s|"
    r"s\.?r\.?l|gmbh|ag|bv|nv|pte|pty|limited|company|corporation|fze|fzco|fzc|l\.?l\.?c)\b\.?",
    re.I,
)
_IMO = re.compile(r"(?:IMO[\s:.#-]*)?(\d{7})", re.I)
_SNIFF_BYTES = 64 * 1024


# --------------------------------------------------------------------------- lookups


@cache
def _lookups() -> dict[str, dict[str, str]]:
    from transforms.registry import get_source

    return get_source(SOURCE).lookups


def _table(name: str) -> dict[str, str]:
    return _lookups().get(name, {})


# --------------------------------------------------------------------------- helpers


def clean(text: str | None) -> str:
    """Whitespace (incl. U+00A0 and line breaks) collapsed to single spaces."""
    return collapse(text or "")


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = ascii_text.lower().replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def english(value: str, separator: str = r"\s/\s") -> str:
    """The English half of a bilingual value ("Russia / Russie" -> "Russia")."""
    return re.split(separator, value, maxsplit=1)[0].strip()


def regime_key(regime_english: str) -> str:
    """ "Russia" -> "russia"; "Justice ... Regulations (JVCFOR)" -> "jvcfor"."""
    if m := re.search(r"\(([A-Za-z]{2,})\)\s*$", regime_english):
        return m[1].lower()
    return slug(regime_english)


def script_of(text: str) -> str | None:
    """The script of a non-Latin name ("Cyrillic", "Arabic", "Han", ...); None for Latin."""
    for char in text:
        if not char.isalpha() or ord(char) < 0x250:
            continue  # ASCII and Latin-1/Extended-A/B letters: Latin
        name = unicodedata.name(char, "")
        if name.startswith("CJK"):
            return "Han"
        first = name.split(" ", 1)[0].capitalize()
        if first and first != "Latin":
            return first
    return None


def split_aliases(raw: str) -> list[str]:
    """One alias element into names: on ";" if used, else on commas (not before a legal
    form: "Air Bagan Holdings Pte. Ltd., Air Bagan Limited" -> two names)."""
    text = clean(raw)
    if ";" in text:
        parts = text.split(";")
    else:
        parts = []
        for piece in text.split(","):
            if parts and _LEGAL_FORM_AFTER_COMMA.match(piece.strip()):
                parts[-1] += "," + piece  # "Technodinamica Holding, JSC"
            else:
                parts.append(piece)
    names = []
    for part in parts:
        name = part.strip().strip(",")
        if name.startswith("(") and name.endswith(")") and name.count("(") == 1:
            name = name[1:-1].strip()  # "(Rosselkhozbank)"
        if name:
            names.append(name)
    return names


def parse_dates(raw: str) -> tuple[list[DateValue], bool]:
    """Dates in a date field ("1960", "1964-03", "1972-08-10 or 1972-08-11").

    Returns the dates read and whether every part was read.
    """
    dates: list[DateValue] = []
    complete = True
    for part in re.split(r"\s+or\s+|\s+and\s+|;|,\s*(?=\d{4})", raw):
        part = part.strip()
        if not part:
            continue
        value = DateValue.parse(part)
        if value is None:
            complete = False
        elif all(d.value != value.value for d in dates):
            dates.append(value)
    return dates, complete and bool(dates)


@cache
def _field_of(local: str) -> str | None:
    """The field of an element: "Item-NumeroDarticle" -> "item"; None when unknown."""
    return FIELDS.get(local.split("-", 1)[0].lower())


def _measures(regime: str, schedule: str, ctx: ParseContext) -> list[Measure]:
    spec = _table("schedule_measures").get(f"{regime}|{schedule.lower()}")
    if spec is None:
        return list(DEFAULT_MEASURES)
    try:
        return [Measure(m.strip()) for m in spec.split(",") if m.strip()]
    except ValueError as exc:
        raise ctx.error(f"source.yml schedule_measures {regime}|{schedule}: {exc}") from exc


# ------------------------------------------------------------------ record assembly


@dataclass
class _Raw:
    """One <record>'s fields (cleaned text), keyed by FIELDS values."""

    number: int
    line: int | None
    values: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    unknown: dict[str, str] = field(default_factory=dict)

    def where(self) -> str:
        line = f", line {self.line}" if self.line else ""
        return f"record {self.number}{line}"


@dataclass
class _State:
    """Per-parse bookkeeping: ids used, warnings already given."""

    used: dict[str, str] = field(default_factory=dict)
    warned: set[str] = field(default_factory=set)

    def warn_once(self, key: str, message: str, ctx: ParseContext) -> None:
        if key not in self.warned:
            self.warned.add(key)
            ctx.warn(message)


def _read_record(elem: Any, number: int, state: _State, ctx: ParseContext) -> _Raw:
    raw = _Raw(number=number, line=elem.sourceline)
    for child in elem:
        if not isinstance(child.tag, str):
            continue
        local = child.tag.rpartition("}")[2]  # the local name, whatever the namespace
        key = _field_of(local)
        text = clean("".join(child.itertext()))
        if key is None:
            state.warn_once(
                f"element:{local}",
                f"unknown element <{local}> in <record> (first in {raw.where()}); "
                "its text is kept in properties",
                ctx,
            )
            if text:
                raw.unknown[local] = text
            continue
        if not text:
            continue
        if key == "aliases":
            raw.aliases.append(text)
        elif key in raw.values and raw.values[key] != text:
            ctx.warn(f"{raw.where()}: repeated <{local}> {text!r} kept in properties")
            raw.unknown[local] = text
        else:
            raw.values[key] = text
    return raw


def _record(raw: _Raw, state: _State, ctx: ParseContext) -> BanRecord:
    v = raw.values
    entity = v.get("entity")
    given, last = v.get("given_name"), v.get("last_name")
    person_name = " ".join(p for p in (given, last) if p)
    name = entity or person_name
    country = v.get("country")
    item = v.get("item")
    label = f"{raw.where()} ({name or 'no name'})"
    if not country:
        raise ctx.error(f"{label}: no <Country> (the regime is part of the record id)")
    if not item:
        raise ctx.error(f"{label}: no <Item> number (the record id)")
    if not name:
        raise ctx.error(f"{raw.where()} (item {item}): no name (LastName/GivenName/Entity)")

    regime = english(country)
    key = regime_key(regime)
    schedule_raw = v.get("schedule", "")
    norm = clean(schedule_raw).lower()
    schedule = _table("schedule_ids").get(f"{key}|{norm}")
    if schedule is None:
        schedule = "" if norm in _NO_SCHEDULE else clean(schedule_raw)
    item_id = str(int(item)) if item.isdigit() else slug(item)
    record_id = "/".join(p for p in (key, slug(schedule), item_id) if p)
    if record_id in state.used:
        new_id = f"{record_id}~{slug(name)}"
        ctx.warn(
            f"{label}: citation {record_id!r} already used by {state.used[record_id]}; "
            f"this record gets {new_id!r}"
        )
        if new_id in state.used:
            raise ctx.error(f"{label}: record id {new_id!r} is not unique")
        record_id = new_id
    state.used[record_id] = label

    properties: dict[str, str] = {"regime": country, "item": item}
    if schedule_raw:
        properties["schedule"] = schedule_raw
    properties.update(raw.unknown)

    # A ship has an IMO number or a ship type. DateOfBirthOrShipBuildDate alone does not
    # make one: the element is shared by every kind of record (kept in properties).
    is_ship = entity is not None and bool(v.get("imo") or v.get("ship_title"))
    title: str | None = None
    birth_dates: list[DateValue] = []
    identifiers: list[Identifier] = []
    if entity and person_name:
        ctx.warn(f"{label}: both an entity name and a person name; read as the entity")
        properties["person_name"] = person_name
    if entity is None:
        target_type = TargetType.PERSON
        if given:
            properties["given_name"] = given
        if last:
            properties["last_name"] = last
        title = v.get("title") or v.get("ship_title")
        dob = v.get("dob") or v.get("dob_or_build")
        if dob:
            birth_dates, complete = parse_dates(dob)
            if not complete:
                ctx.warn(f"{label}: date of birth {dob!r} not (fully) readable; kept raw")
                properties["date_of_birth_raw"] = dob
    else:
        target_type = TargetType.VESSEL if is_ship else TargetType.ORGANIZATION
        if v.get("ship_title"):
            properties["vessel_type"] = v["ship_title"]
        if v.get("title"):
            properties["title"] = v["title"]
        build = v.get("dob_or_build") or v.get("dob")
        if build:
            properties["build_date" if is_ship else "date_raw"] = build
    if imo := v.get("imo"):
        if m := _IMO.fullmatch(imo):
            identifiers.append(Identifier(type="IMO", value=m[1], raw=imo))
        else:
            ctx.warn(f"{label}: ShipIMONumber {imo!r} is not a 7-digit IMO number; kept raw")
            properties["ship_imo_raw"] = imo

    listed_on = None
    if listed := v.get("listed"):
        listed_on = DateValue.parse(listed)
        if listed_on is None:
            ctx.warn(f"{label}: DateOfListing {listed!r} not readable; kept raw")
            properties["date_of_listing_raw"] = listed

    aliases: list[Alias] = []
    seen = {name.casefold()}
    split: list[str] = []
    for text in raw.aliases:
        split += split_aliases(text)
    if raw.aliases and split != raw.aliases:
        properties["aliases_raw"] = " | ".join(raw.aliases)
    for alias in split:
        if alias.casefold() not in seen:
            seen.add(alias.casefold())
            aliases.append(Alias(name=alias, kind="aka", script=script_of(alias)))

    regulations = _table("regulations").get(key)
    if regulations is None:
        state.warn_once(
            f"regime:{key}",
            f"no regulations known for regime {regime!r} (first in {label}); "
            "add it to lookups.regulations in source.yml",
            ctx,
        )
    acts = _table("acts")
    act = acts.get(key, acts.get("default", DEFAULT_ACT))
    return BanRecord(
        source=SOURCE,
        record_id=record_id,
        name=name,
        target_type=target_type,
        authority=AUTHORITY,
        jurisdiction=JURISDICTION,
        aliases=aliases,
        birth_dates=birth_dates,
        identifiers=identifiers,
        programs=[regime],
        measures=_measures(key, schedule, ctx),
        legal_basis=[b for b in (regulations, act) if b],
        listed_on=listed_on,
        title=title,
        source_url=ctx.source_url,
        properties=properties,
    )


# ------------------------------------------------------------------ file handling


def _check(name: str, path: Path, ctx: ParseContext) -> None:
    """Is this the SEMA XML? Raises a ParseError naming what it is instead."""
    text = sniff_text(path, _SNIFF_BYTES)
    if not text:
        raise ctx.error(f"{name}: file is empty")
    if looks_like_html(text):
        raise ctx.error(f"{name}: file is an HTML page, not the SEMA XML list")
    if not text.startswith("<"):
        raise ctx.error(f"{name}: not XML (starts with {text[:40]!r})")
    root = xml_root(path)
    if root is None:
        raise ctx.error(f"{name}: malformed XML")
    if root.localname != ROOT:
        raise ctx.error(f"{name}: XML root element is <{root.localname}>, not <{ROOT}>")


def detect_format(files: SnapshotFiles, ctx: ParseContext | None = None) -> str:
    """ "sema_xml" when the (single) file is the SEMA list; else a ParseError."""
    ctx = ctx or ParseContext(source=SOURCE)
    name, path = _single_file(files, ctx)
    _check(name, path, ctx)
    return "sema_xml"


def _single_file(files: SnapshotFiles, ctx: ParseContext) -> tuple[str, Path]:
    if not files:
        raise ctx.error("no files in the snapshot")
    if len(files) > 1:
        raise ctx.error(f"expected one file (sema-lmes.xml), got {', '.join(sorted(files))}")
    name = next(iter(files))
    return name, Path(files[name])


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord]:
    """One BanRecord per <record>, in file order, streamed.

    Raises ParseError for a file that is not the SEMA XML (HTML page, wrong root,
    malformed XML) and for a record without its regime, item number or name.
    """
    name, path = _single_file(files, ctx)
    _check(name, path, ctx)
    state = _State()
    count = 0
    try:
        for _event, elem in iterparse(path):
            parent = elem.getparent()
            if parent is None or parent.getparent() is not None:
                continue  # the root's end, or a record's field (read with its record)
            local = etree.QName(elem).localname
            if local == RECORD:
                count += 1
                yield _record(_read_record(elem, count, state, ctx), state, ctx)
            else:
                state.warn_once(
                    f"top:{local}", f"{name}: unknown element <{local}> under <{ROOT}> ignored", ctx
                )
            # Streaming: drop the finished record and the already-processed siblings.
            release(elem)
    except etree.XMLSyntaxError as exc:
        raise ctx.error(f"{name}: malformed XML after {count} records: {exc}") from exc
