"""UN Security Council Consolidated List parser (consolidated.xml).

Shape: `CONSOLIDATED_LIST` > `INDIVIDUALS`/`INDIVIDUAL` and `ENTITIES`/`ENTITY`, no
namespace (elements are matched on local names anyway), each record a flat set of
upper-case child elements; lists are `<X><VALUE>..</VALUE></X>` (TITLE, DESIGNATION,
NATIONALITY, LIST_TYPE, LAST_DAY_UPDATED).

Choices and quirks handled here:

* record_id is DATAID (the UN's database id, stable across versions); the permanent
  reference number (QDi.001, KPe.012) goes to properties.reference_number.
* name: FIRST_NAME..FOURTH_NAME joined in the UN's order (which is not "given name
  first" for every culture), whitespace collapsed (the list has " RI ", "CHO  ").
* NAME_ORIGINAL_SCRIPT is kept as an alias with its detected script (Arabic, ...).
* ALIAS_NAME often packs several spellings ("Azim Adhajani; Azim Agha-Jani"): split at
  semicolons outside parentheses. QUALITY Good / a.k.a. -> aka, Low -> weak,
  f.k.a. -> fka (source.yml lookups.alias_quality). Placeholder aliases (empty
  QUALITY and ALIAS_NAME) are skipped. An alias's own DATE/CITY/COUNTRY_OF_BIRTH and
  NOTE are added to the record (birth_dates, birth_places) and noted in
  properties.alias_notes.
* Dates: LISTED_ON and DATE may carry an xs:date time-zone suffix ("2015-04-07-04:00");
  the date part is kept, raw keeps the text. INDIVIDUAL_DATE_OF_BIRTH keeps precision:
  DATE -> day, YEAR -> year, BETWEEN FROM_YEAR/TO_YEAR -> one value per year (end points
  only beyond 15 years); a NOTE alone ("Nov. 1973") is used when it parses as a date,
  otherwise ("24/06/1402 (Hijri Calendar)", "30-35 years old") warned about and kept
  in properties.birth_date_unparsed. TYPE_OF_DATE and notes go to
  properties.birth_date_notes.
* Documents without NUMBER (the number is often only in NOTE) are kept in
  properties.documents_without_number.
* measures: the three standard UN measures (asset freeze, travel ban, arms embargo);
  travel ban for individuals only; regimes imposing fewer are in lookups.measures.
* legal_basis: the resolutions of the regime named by UN_LIST_TYPE (lookups.legal_basis).
* A record carrying DELISTED_ON has been removed from the list: it is not emitted
  (emitting it would keep a de-listed target active); the skipped ones are named in
  one warning at the end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import Any

from lxml import etree

from transforms.base import ParseContext, SnapshotFiles
from transforms.common import (
    EMPTY_FILE,
    Warner,
    add_property,
    collapse,
    iterparse,
    looks_like_html,
    release,
    select_main_file,
    sniff_text,
    tidy,
    xml_root,
)
from transforms.common import dominant_script as script_of
from transforms.model import (
    Address,
    Alias,
    BanRecord,
    DateValue,
    Identifier,
    Measure,
    TargetType,
)
from transforms.registry import SourceConfig, get_source

SOURCE = "un_sc_sanctions"
FORMAT = "un_sc_consolidated_xml"

_SNIFF_BYTES = 64 * 1024
_MAX_YEAR_SPAN = 15
_RECORDS = {"INDIVIDUAL": "INDIVIDUALS", "ENTITY": "ENTITIES"}
_NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")

# Scalar children (one text each) and list children (<VALUE> items) of a record.
_SCALARS = {
    "DATAID",
    "VERSIONNUM",
    *_NAME_PARTS,
    "UN_LIST_TYPE",
    "REFERENCE_NUMBER",
    "LISTED_ON",
    "GENDER",
    "SUBMITTED_BY",
    "SUBMITTED_ON",
    "SORT_KEY",
    "SORT_KEY_LAST_MOD",
    "DELISTED_ON",
}
_REPEATABLE_TEXT = {"NAME_ORIGINAL_SCRIPT", "COMMENTS1"}
_VALUE_LISTS = {"TITLE", "DESIGNATION", "NATIONALITY", "LIST_TYPE", "LAST_DAY_UPDATED"}
_GROUPS: dict[str, set[str]] = {
    "ALIAS": {
        "QUALITY",
        "ALIAS_NAME",
        "DATE_OF_BIRTH",
        "CITY_OF_BIRTH",
        "COUNTRY_OF_BIRTH",
        "NOTE",
    },
    "ADDRESS": {"STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY", "NOTE"},
    "DATE_OF_BIRTH": {"TYPE_OF_DATE", "DATE", "YEAR", "FROM_YEAR", "TO_YEAR", "NOTE"},
    "PLACE_OF_BIRTH": {"STREET", "CITY", "STATE_PROVINCE", "COUNTRY", "NOTE"},
    "DOCUMENT": {
        "TYPE_OF_DOCUMENT",
        "TYPE_OF_DOCUMENT2",
        "NUMBER",
        "ISSUING_COUNTRY",
        "DATE_OF_ISSUE",
        "CITY_OF_ISSUE",
        "COUNTRY_OF_ISSUE",
        "NOTE",
    },
}
_GROUP_OF = {
    "INDIVIDUAL_ALIAS": "ALIAS",
    "ENTITY_ALIAS": "ALIAS",
    "INDIVIDUAL_ADDRESS": "ADDRESS",
    "ENTITY_ADDRESS": "ADDRESS",
    "INDIVIDUAL_DATE_OF_BIRTH": "DATE_OF_BIRTH",
    "INDIVIDUAL_PLACE_OF_BIRTH": "PLACE_OF_BIRTH",
    "INDIVIDUAL_DOCUMENT": "DOCUMENT",
}
_ENTITY_ONLY = {"SUBMITTED_ON"}
_INDIVIDUAL_ONLY = {
    "GENDER",
    "SUBMITTED_BY",
    "TITLE",
    "DESIGNATION",
    "NATIONALITY",
    "INDIVIDUAL_ALIAS",
    "INDIVIDUAL_ADDRESS",
    "INDIVIDUAL_DATE_OF_BIRTH",
    "INDIVIDUAL_PLACE_OF_BIRTH",
    "INDIVIDUAL_DOCUMENT",
}
_TRANSLITERATED = re.compile(r"(.+?)\s*\(([^()]+)\)")
_DATE_TZ = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$")


# --------------------------------------------------------------------------- config


_MAX_DELISTED_SHOWN = 20  # DATAIDs named in the de-listed warning


@cache
def _config() -> SourceConfig:
    return get_source(SOURCE)


def _lookup(name: str) -> dict[str, str]:
    return _config().lookups.get(name, {})


@cache
def _measures() -> dict[str, tuple[Measure, ...]]:
    """lookups.measures parsed into Measure tuples (a bad value is a config error)."""
    out: dict[str, tuple[Measure, ...]] = {}
    for regime, text in _lookup("measures").items():
        out[regime] = tuple(Measure(v.strip()) for v in text.split(",") if v.strip())
    out.setdefault("default", (Measure.ASSET_FREEZE, Measure.TRAVEL_BAN, Measure.ARMS_EMBARGO))
    return out


# ------------------------------------------------------------------ format detection


def _local(elem: Any) -> str:
    """Local name of an element ("{ns}tag" -> "tag"); cheaper than etree.QName."""
    tag: str = elem.tag
    return tag[tag.rfind("}") + 1 :]


def _problem(path: Path) -> str | None:
    """Why the file is not the UN consolidated XML, or None when it is."""
    text = sniff_text(path, _SNIFF_BYTES)
    if not text:
        return EMPTY_FILE
    if not text.startswith("<"):
        return f"not XML (starts with {text[:40]!r})"
    if looks_like_html(text):
        return "file is an HTML page, not the UN consolidated list XML"
    root = xml_root(path)
    if root is None:
        return "malformed XML"
    if root.localname != "CONSOLIDATED_LIST":
        return f"XML root element is <{root.localname}>, not <CONSOLIDATED_LIST>"
    return None


def _main_file(files: SnapshotFiles, ctx: ParseContext) -> tuple[str, Path]:
    return select_main_file(files, ctx, _problem, "UN consolidated XML")


def detect_format(files: SnapshotFiles, source: str = SOURCE) -> str:
    """The snapshot's format by content ("un_sc_consolidated_xml"); ParseError otherwise."""
    _main_file(files, ParseContext(source=source))
    return FORMAT


# ----------------------------------------------------------------------- helpers


def _text(elem: Any) -> str | None:
    """Whitespace-collapsed text of an element, None when blank/absent."""
    if elem is None:
        return None
    return tidy(elem.text)


def _children(elem: Any) -> list[Any]:
    return [c for c in elem if isinstance(c.tag, str)]


def _fields(elem: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for c in _children(elem):
        if (value := _text(c)) is not None:
            out[_local(c)] = value
    return out


def split_names(text: str) -> list[str]:
    """Split "A; B (C; D)" at semicolons outside parentheses -> ["A", "B (C; D)"].

    A non-Latin name followed by Latin transliterations in parentheses is split too.
    """
    parts: list[str] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif ch == ";" and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    out: list[str] = []
    for part in (collapse(x) for x in parts):
        # "أبو شيماء (Abu-Shaima; Abu- Shayma)": an original-script name followed by its
        # transliterations; each becomes a name of its own.
        m = _TRANSLITERATED.fullmatch(part)
        if m and script_of(m[1]) and not script_of(m[2]):
            out.append(m[1])
            out += [n for n in (collapse(x) for x in m[2].split(";")) if n]
        elif part:
            out.append(part)
    return out


def parse_date(raw: str) -> DateValue | None:
    """An xs:date, possibly with a time-zone suffix, or any DateValue.parse spelling."""
    text = raw.strip()
    if m := _DATE_TZ.match(text):
        return DateValue(value=m[1], precision="day", raw=raw)
    return DateValue.parse(text)


# ------------------------------------------------------------------ record assembly


@dataclass
class _Builder:
    record_id: str
    name: str = ""
    aliases: list[Alias] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    birth_dates: list[DateValue] = field(default_factory=list)
    birth_places: list[str] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)

    def add(self, items: list[Any], item: Any) -> None:
        if item is not None and item not in items:
            items.append(item)

    def add_alias(self, name: str, kind: str, script: str | None) -> None:
        key = name.casefold()
        if key == self.name.casefold() or any(a.name.casefold() == key for a in self.aliases):
            return
        self.aliases.append(Alias(name=name, kind=kind, script=script))

    def add_birth_date(self, date: DateValue) -> None:
        if all(d.value != date.value for d in self.birth_dates):
            self.birth_dates.append(date)

    def add_property(self, key: str, value: str | None, sep: str = "; ") -> None:
        add_property(self.properties, key, value, sep)


def _record(elem: Any, st: Warner) -> BanRecord:
    ctx = st.ctx
    kind = _local(elem)  # INDIVIDUAL | ENTITY
    line = elem.sourceline
    scalars: dict[str, str] = {}
    texts: dict[str, list[str]] = {}
    values: dict[str, list[str]] = {}
    groups: dict[str, list[Any]] = {}
    data_id = _text(next((c for c in _children(elem) if _local(c) == "DATAID"), None))
    if not data_id:
        raise ctx.error(f"{kind} at line {line} has no DATAID")
    where = f"record {data_id}"
    for child in _children(elem):
        tag = _local(child)
        wrong_kind = (kind == "ENTITY" and tag in _INDIVIDUAL_ONLY) or (
            kind == "INDIVIDUAL" and tag in _ENTITY_ONLY
        )
        if tag in _SCALARS and not wrong_kind:
            value = _text(child)
            if tag in scalars and value and value != scalars[tag]:
                ctx.warn(f"{where}: repeated <{tag}> {value!r} ignored (kept {scalars[tag]!r})")
            elif value:
                scalars[tag] = value
            _no_children(child, where, st)
        elif tag in _REPEATABLE_TEXT:
            # Names are whitespace-collapsed; COMMENTS1 prose keeps its line breaks.
            value = _text(child) if tag != "COMMENTS1" else (child.text or "").strip() or None
            if value is not None:
                texts.setdefault(tag, []).append(value)
            _no_children(child, where, st)
        elif tag in _VALUE_LISTS and not wrong_kind:
            for item in _children(child):
                if _local(item) != "VALUE":
                    st.once(
                        f"{tag}/{_local(item)}",
                        f"{where}: unknown element <{_local(item)}> in <{tag}> ignored",
                    )
                elif (value := _text(item)) is not None:
                    values.setdefault(tag, []).append(value)
        elif tag in _GROUP_OF and tag.startswith(kind + "_"):
            known = _GROUPS[_GROUP_OF[tag]]
            for item in _children(child):
                if _local(item) not in known:
                    st.once(
                        f"{tag}/{_local(item)}",
                        f"{where}: unknown element <{_local(item)}> in <{tag}> ignored "
                        f"(text: {(_text(item) or '')[:80]!r})",
                    )
            groups.setdefault(_GROUP_OF[tag], []).append(child)
        else:
            st.once(
                f"{kind}/{tag}",
                f"{where}: unknown element <{tag}> in <{kind}> ignored "
                f"(text: {(_text(child) or '')[:80]!r})",
            )

    name = " ".join(scalars[p] for p in _NAME_PARTS if p in scalars)
    if not name:
        raise ctx.error(f"{kind} {data_id} (line {line}) has no name (FIRST_NAME)")
    b = _Builder(data_id, name=name)

    # Dates and places of birth first, so the record's own come before an alias's.
    for dob in groups.get("DATE_OF_BIRTH", []):
        _date_of_birth(b, _fields(dob), st)
    for pob in groups.get("PLACE_OF_BIRTH", []):
        if place := _place(_fields(pob)):
            b.add(b.birth_places, place)
    for original in texts.get("NAME_ORIGINAL_SCRIPT", []):
        for part in split_names(original):
            b.add_alias(part, "aka", script_of(part))
    for alias in groups.get("ALIAS", []):
        _alias(b, _fields(alias), st)
    for address in groups.get("ADDRESS", []):
        _address(b, _fields(address))
    for doc in groups.get("DOCUMENT", []):
        _document(b, _fields(doc))
    for nationality in values.get("NATIONALITY", []):
        b.add(b.nationalities, nationality)
    for country in b.nationalities + [a.country for a in b.addresses if a.country]:
        b.add(b.countries, country)

    # Regime -> programs, legal basis, measures.
    regime = scalars.get("UN_LIST_TYPE")
    programs = [regime] if regime else []
    legal: list[str] = []
    measures = _measures()["default"]
    if regime:
        basis = _lookup("legal_basis").get(regime)
        if basis is None:
            st.once(
                f"regime:{regime}",
                f"{where}: UN_LIST_TYPE {regime!r} has no legal basis in source.yml "
                "lookups.legal_basis; standard measures assumed",
            )
        else:
            legal = [p.strip() for p in basis.split(";") if p.strip()]
        measures = _measures().get(regime, measures)
    else:
        ctx.warn(f"{where}: no UN_LIST_TYPE; standard measures assumed")
    if kind == "ENTITY":
        measures = tuple(m for m in measures if m is not Measure.TRAVEL_BAN)

    listed_on: DateValue | None = None
    if raw := scalars.get("LISTED_ON"):
        listed_on = parse_date(raw)
        if listed_on is None:
            ctx.warn(f"{where}: unparseable LISTED_ON {raw!r} kept in properties")
            b.add_property("listed_on_unparsed", raw)
    else:
        ctx.warn(f"{where}: no LISTED_ON")

    for key, tag in (
        ("reference_number", "REFERENCE_NUMBER"),
        ("version", "VERSIONNUM"),
        ("gender", "GENDER"),
        ("submitted_by", "SUBMITTED_BY"),
        ("submitted_on", "SUBMITTED_ON"),
        ("delisted_on", "DELISTED_ON"),
        ("sort_key", "SORT_KEY"),
        ("sort_key_last_mod", "SORT_KEY_LAST_MOD"),
    ):
        value = scalars.get(tag)
        if key == "gender" and value:
            value = value.capitalize()  # "MALE" and "Male" both occur
        b.add_property(key, value)
    for key, tag in (
        ("titles", "TITLE"),
        ("list_type", "LIST_TYPE"),
        ("last_updated", "LAST_DAY_UPDATED"),
    ):
        for value in values.get(tag, []):
            b.add_property(key, value)
    config = _config()
    return BanRecord(
        source=SOURCE,
        record_id=data_id,
        name=name,
        target_type=TargetType.PERSON if kind == "INDIVIDUAL" else TargetType.ORGANIZATION,
        authority=config.authority,
        jurisdiction=config.jurisdiction,
        aliases=b.aliases,
        addresses=b.addresses,
        countries=b.countries,
        nationalities=b.nationalities,
        birth_dates=b.birth_dates,
        birth_places=b.birth_places,
        identifiers=b.identifiers,
        programs=programs,
        measures=list(measures),
        legal_basis=legal,
        listed_on=listed_on,
        title="; ".join(values.get("DESIGNATION", [])) or None,
        remarks="\n".join(texts.get("COMMENTS1", [])) or None,
        source_url=ctx.source_url,
        properties=b.properties,
    )


def _check_sibling(container: str | None, name: str, st: Warner, first: Any) -> None:
    if isinstance(first.tag, str) and _local(first) not in _RECORDS:
        st.once(
            f"in:{container}/{_local(first)}",
            f"{name}: unknown element <{_local(first)}> in <{container}> ignored",
        )


def _no_children(elem: Any, where: str, st: Warner) -> None:
    for c in _children(elem):
        st.once(
            f"{_local(elem)}/{_local(c)}",
            f"{where}: unexpected element <{_local(c)}> in <{_local(elem)}> ignored",
        )


def _alias(b: _Builder, f: dict[str, str], st: Warner) -> None:
    raw_name = f.get("ALIAS_NAME")
    quality = f.get("QUALITY", "")
    if not raw_name:
        if any(k != "QUALITY" for k in f):
            st.ctx.warn(f"record {b.record_id}: alias without ALIAS_NAME: {f}")
            b.add_property("alias_notes", "; ".join(f"{k} {v}" for k, v in f.items()))
        return  # the empty <QUALITY/><ALIAS_NAME/> placeholder
    kind = _lookup("alias_quality").get(quality)
    if kind is None:
        st.once(
            f"quality:{quality}",
            f"record {b.record_id}: unknown alias QUALITY {quality!r}; kept as 'aka'",
        )
        kind = "aka"
    for name in split_names(raw_name):
        b.add_alias(name, kind, script_of(name))
    details: list[str] = []
    if dob := f.get("DATE_OF_BIRTH"):
        date = parse_date(dob)
        if date is None:
            st.ctx.warn(f"record {b.record_id}: unparseable alias DATE_OF_BIRTH {dob!r}")
            b.add_property("birth_date_unparsed", dob)
        else:
            b.add_birth_date(date)
        details.append(f"date of birth {dob}")
    place = ", ".join(v for k in ("CITY_OF_BIRTH", "COUNTRY_OF_BIRTH") if (v := f.get(k)))
    if place:
        b.add(b.birth_places, place)
        details.append(f"place of birth {place}")
    if note := f.get("NOTE"):
        details.append(note)
    if details:
        b.add_property("alias_notes", f"{raw_name}: {', '.join(details)}", sep=" | ")


def _address(b: _Builder, f: dict[str, str]) -> None:
    address = Address(
        street=f.get("STREET"),
        city=f.get("CITY"),
        region=f.get("STATE_PROVINCE"),
        postal_code=f.get("ZIP_CODE"),
        country=f.get("COUNTRY"),
        remarks=f.get("NOTE"),
    )
    if address != Address():
        b.add(b.addresses, address)


def _place(f: dict[str, str]) -> str | None:
    parts: list[str] = []
    for key in ("STREET", "CITY", "STATE_PROVINCE", "COUNTRY"):
        value = f.get(key)
        if value and value not in parts:
            parts.append(value)
    text = ", ".join(parts)
    if note := f.get("NOTE"):
        text = f"{text} ({note})" if text else note
    return text or None


def _date_of_birth(b: _Builder, f: dict[str, str], st: Warner) -> None:
    rid = b.record_id
    kind = f.get("TYPE_OF_DATE", "")
    if kind not in ("", "EXACT", "APPROXIMATELY", "BETWEEN"):
        st.once(f"dobtype:{kind}", f"record {rid}: unknown TYPE_OF_DATE {kind!r}")
    note = f.get("NOTE")
    dates: list[DateValue] = []
    label = ""
    if raw := f.get("DATE"):
        label = raw
        date = parse_date(raw)
        if date is None:
            st.ctx.warn(f"record {rid}: unparseable date of birth {raw!r} kept in properties")
            b.add_property("birth_date_unparsed", raw)
        else:
            dates.append(date)
    elif raw := f.get("YEAR"):
        label = raw
        if re.fullmatch(r"\d{4}", raw):
            dates.append(DateValue(value=raw, precision="year", raw=raw))
        else:
            st.ctx.warn(f"record {rid}: unparseable year of birth {raw!r} kept in properties")
            b.add_property("birth_date_unparsed", raw)
    elif "FROM_YEAR" in f or "TO_YEAR" in f:
        y_from, y_to = f.get("FROM_YEAR", ""), f.get("TO_YEAR", "")
        label = f"{y_from} to {y_to}"
        if y_from.isdigit() and y_to.isdigit() and len(y_from) == len(y_to) == 4:
            first, last = int(y_from), int(y_to)
            if first > last:
                first, last = last, first
            years = range(first, last + 1) if last - first <= _MAX_YEAR_SPAN else (first, last)
            dates += [DateValue(value=f"{y:04d}", precision="year", raw=label) for y in years]
        else:
            st.ctx.warn(f"record {rid}: unusable birth year range {label!r} kept in properties")
            b.add_property("birth_date_unparsed", label)
    elif note:
        # A note alone sometimes is the date ("Nov. 1973"); use it only when it parses.
        date = DateValue.parse(note.rstrip("."))
        if date is None:
            st.ctx.warn(f"record {rid}: date of birth note {note!r} is not a date; kept")
            b.add_property("birth_date_unparsed", note)
            return
        dates.append(DateValue(value=date.value, precision=date.precision, raw=note))
        label, note = note, None
    else:
        return  # an empty <INDIVIDUAL_DATE_OF_BIRTH> placeholder
    for d in dates:
        b.add_birth_date(d)
    qualifiers = [q for q in (kind if kind != "EXACT" else "", note) if q]
    if qualifiers and label:
        b.add_property("birth_date_notes", f"{label} ({', '.join(qualifiers)})")


def _document(b: _Builder, f: dict[str, str]) -> None:
    doc_type = f.get("TYPE_OF_DOCUMENT") or f.get("TYPE_OF_DOCUMENT2") or "Document"
    id_type = _lookup("document_types").get(doc_type, doc_type)
    country = f.get("ISSUING_COUNTRY") or f.get("COUNTRY_OF_ISSUE")
    number = f.get("NUMBER")
    raw = f"{doc_type} {number or ''}".strip()
    details = []
    if (second := f.get("TYPE_OF_DOCUMENT2")) and second != doc_type:
        details.append(second)
    for label, key in (
        ("issuing country", "ISSUING_COUNTRY"),
        ("issued", "DATE_OF_ISSUE"),
        ("in", "CITY_OF_ISSUE"),
        ("country of issue", "COUNTRY_OF_ISSUE"),
    ):
        if value := f.get(key):
            details.append(f"{label} {value}")
    if note := f.get("NOTE"):
        details.append(note)
    if details:
        raw += " (" + "; ".join(details) + ")"
    if not number:
        if f:
            b.add_property("documents_without_number", raw, sep=" | ")
        return
    b.add(b.identifiers, Identifier(type=id_type, value=number, country=country, raw=raw))


# ---------------------------------------------------------------------------- entry


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord]:
    """Yield one BanRecord per INDIVIDUAL and ENTITY, in file order.

    Raises ParseError (via ctx.error) for an unrecognisable snapshot, malformed XML,
    a record without DATAID or name, or a DATAID repeated with different content;
    unknown elements, regimes and unusable dates go to ctx.warn.
    """
    name, path = _main_file(files, ctx)
    st = Warner(ctx)
    seen: dict[str, str] = {}
    delisted: list[str] = []
    count = 0
    root: Any = None
    try:
        for _event, elem in iterparse(path, tag=("{*}INDIVIDUAL", "{*}ENTITY")):
            parent = elem.getparent()
            container = _local(parent) if parent is not None else None
            if container != _RECORDS[_local(elem)]:
                ctx.warn(
                    f"{name}: <{_local(elem)}> at line {elem.sourceline} is inside "
                    f"<{container}>, not <{_RECORDS[_local(elem)]}>"
                )
            if root is None:
                root = elem.getroottree().getroot()
            record = _record(elem, st)
            digest = record.content_hash()
            if record.record_id in seen:
                if seen[record.record_id] != digest:
                    raise ctx.error(
                        f"{name}: DATAID {record.record_id} appears twice with different content"
                    )
                ctx.warn(f"{name}: DATAID {record.record_id} repeated identically; skipped")
            elif "delisted_on" in record.properties:
                seen[record.record_id] = digest
                ref = record.properties.get("reference_number")
                label = f"{record.record_id} ({ref})" if ref else record.record_id
                delisted.append(f"{label} on {record.properties['delisted_on']}")
            else:
                seen[record.record_id] = digest
                count += 1
                yield record
            # Streaming: drop the finished record and whatever came before it.
            release(elem, partial(_check_sibling, container, name, st))
    except etree.XMLSyntaxError as exc:
        raise ctx.error(f"{name}: malformed XML after {count} records: {exc}") from exc
    if delisted:
        shown = ", ".join(delisted[:_MAX_DELISTED_SHOWN])
        more = len(delisted) - _MAX_DELISTED_SHOWN
        ctx.warn(
            f"{name}: {len(delisted)} record(s) carrying DELISTED_ON not emitted (de-listed): "
            f"{shown}{f' and {more} more' if more > 0 else ''}"
        )
    if root is None:
        ctx.warn(f"{name}: the list holds no INDIVIDUAL or ENTITY")
        return
    # Whatever remains: the containers (emptied) and anything else under the root.
    for top in _children(root):
        tag = _local(top)
        if tag not in _RECORDS.values():
            st.once(f"top:{tag}", f"{name}: unknown element <{tag}> in <CONSOLIDATED_LIST> ignored")
            continue
        for rest in _children(top):
            if _local(rest) not in _RECORDS:
                st.once(
                    f"in:{tag}/{_local(rest)}",
                    f"{name}: unknown element <{_local(rest)}> in <{tag}> ignored",
                )
