"""EU Financial Sanctions Files (FSF) parser: the XML 1.1 full export.

The export is one `<export>` root (namespace `http://eu.europa.ec/fpi/fsd/export`,
matched by LOCAL names only) holding one `<sanctionEntity>` per listed person or
entity. Almost everything is in attributes; children are `regulation`, `subjectType`,
`nameAlias`, `citizenship`, `birthdate`, `identification`, `address` and `remark`,
each (but subjectType) with `regulationSummary` children naming the act that
introduced that piece of data.

Choices and quirks handled here:

* record_id is `sanctionEntity/@logicalId` (the database id, stable across days);
  euReferenceNumber (EU.27.28) and unitedNationId go to properties.
* Element order inside an entity is not meaningful and not stable between exports
  (aliases come in database order: 161419, 161420, 292, 291, ...), so every repeated
  child is ordered by its own @logicalId, and an address's contactInfo children (which
  have none) by key and value: the same content gives the same record.
* The primary name is the first (by logicalId) STRONG nameAlias in English or in no
  stated language (= the regulation's language, en); failing that the first strong
  alias, failing that the first alias. The lowest logicalId is in practice the name
  the entry was first listed under. Every other name, in every language and script,
  is kept as an alias; strong="false" gives kind "weak"; Alias.script carries the
  nameLanguage (ISO 639-1, lower-case, e.g. "bg") or, when none is given, the
  detected non-Latin script ("Cyrillic", "Arabic", ...).
* listed_on is sanctionEntity/@designationDate, and nothing else. Without it the
  listing date is unknown: the EARLIEST publicationDate among the entity's `regulation`
  and `regulationSummary` elements (the oldest act the export cites for it) only shows
  that the entity was listed no later than that date (it may have been listed earlier
  under an act the export no longer cites), so it goes to
  properties.listed_no_later_than and listed_on stays None.
* Birth dates keep their precision: `birthdate` when given, else year/monthOfYear/
  dayOfMonth (a year alone stays a year), else yearRangeFrom/yearRangeTo. A
  non-Gregorian calendarType is never converted: warned and kept raw.
* "UNKNOWN" countries (countryIso2Code "00") and "-" placeholders are treated as empty.
* measures: the FSF covers financial sanctions only, so asset_freeze. EU travel bans
  are imposed by CFSP Council Decisions and are not in this file.
* legal_basis: the regime's base regulation (source.yml lookup by programme) followed
  by the acts the export cites ("Amendment 2022/332 (OJ L53)").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
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

SOURCE = "eu_fsf"
FORMAT = "fsf_xml_1_1"
NAMESPACE = "http://eu.europa.ec/fpi/fsd/export"

_SNIFF_BYTES = 64 * 1024
_MAX_YEAR_SPAN = 15  # a wider yearRangeFrom/To keeps only its two end points
_EMPTY = {"", "-", "UNKNOWN", "00"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

# Known attributes / children per element (local names). Anything else is warned
# about once per distinct name.
_ATTRS: dict[str, set[str]] = {
    "sanctionEntity": {
        "designationDate",
        "designationDetails",
        "unitedNationId",
        "euReferenceNumber",
        "logicalId",
    },
    "regulation": {
        "regulationType",
        "organisationType",
        "publicationDate",
        "entryIntoForceDate",
        "numberTitle",
        "programme",
        "logicalId",
    },
    "regulationSummary": {"regulationType", "publicationDate", "numberTitle", "publicationUrl"},
    "subjectType": {"code", "classificationCode"},
    "nameAlias": {
        "firstName",
        "middleName",
        "lastName",
        "wholeName",
        "function",
        "gender",
        "title",
        "nameLanguage",
        "strong",
        "regulationLanguage",
        "logicalId",
    },
    "citizenship": {
        "region",
        "countryIso2Code",
        "countryDescription",
        "regulationLanguage",
        "logicalId",
    },
    "birthdate": {
        "circa",
        "calendarType",
        "city",
        "zipCode",
        "birthdate",
        "dayOfMonth",
        "monthOfYear",
        "year",
        "yearRangeFrom",
        "yearRangeTo",
        "region",
        "place",
        "countryIso2Code",
        "countryDescription",
        "regulationLanguage",
        "logicalId",
    },
    "identification": {
        "diplomatic",
        "knownExpired",
        "knownFalse",
        "reportedLost",
        "revokedByIssuer",
        "issuedBy",
        "issueDate",
        "validFrom",
        "validTo",
        "latinNumber",
        "nameOnDocument",
        "number",
        "region",
        "identificationTypeCode",
        "identificationTypeDescription",
        "countryIso2Code",
        "countryDescription",
        "regulationLanguage",
        "logicalId",
    },
    "address": {
        "city",
        "street",
        "poBox",
        "zipCode",
        "region",
        "place",
        "asAtListingTime",
        "countryIso2Code",
        "countryDescription",
        "regulationLanguage",
        "logicalId",
    },
    "contactInfo": {"key", "value"},
    "remark": set(),
    "publicationUrl": set(),
}
_CHILDREN: dict[str, set[str]] = {
    "sanctionEntity": {
        "regulation",
        "subjectType",
        "nameAlias",
        "citizenship",
        "birthdate",
        "identification",
        "address",
        "remark",
    },
    "regulation": {"publicationUrl", "remark"},
    "nameAlias": {"regulationSummary", "remark"},
    "citizenship": {"regulationSummary", "remark"},
    "birthdate": {"regulationSummary", "remark"},
    "identification": {"regulationSummary", "remark"},
    "address": {"regulationSummary", "remark", "contactInfo"},
    "subjectType": set(),
    "regulationSummary": set(),
    "contactInfo": set(),
    "remark": set(),
    "publicationUrl": set(),
}
_ID_FLAGS = ("diplomatic", "knownExpired", "knownFalse", "reportedLost", "revokedByIssuer")


# --------------------------------------------------------------------------- config


@cache
def _config() -> SourceConfig:
    return get_source(SOURCE)


def _lookup(name: str) -> dict[str, str]:
    return _config().lookups.get(name, {})


# ------------------------------------------------------------------ format detection


def _local(elem: Any) -> str:
    """Local name of an element ("{ns}tag" -> "tag"); cheaper than etree.QName."""
    tag: str = elem.tag
    return tag[tag.rfind("}") + 1 :]


def _problem(path: Path) -> str | None:
    """Why the file is not an FSF XML 1.1 export, or None when it is one."""
    text = sniff_text(path, _SNIFF_BYTES)
    if not text:
        return EMPTY_FILE
    if not text.startswith("<"):
        first = text.splitlines()[0][:200]
        if "fileGenerationDate" in first or "Entity_LogicalId" in first:
            return "file is the FSF CSV export; this parser reads the XML 1.1 export"
        return f"not XML (starts with {text[:40]!r})"
    if looks_like_html(text):
        return "file is an HTML page, not the FSF XML export (error or login page?)"
    root = xml_root(path)
    if root is None:
        return "malformed XML"
    if root.localname != "export":
        return f"XML root element is <{root.localname}>, not the FSF <export>"
    return None


def _main_file(files: SnapshotFiles, ctx: ParseContext) -> tuple[str, Path]:
    return select_main_file(files, ctx, _problem, "FSF XML export")


def detect_format(files: SnapshotFiles, source: str = SOURCE) -> str:
    """The snapshot's format by content ("fsf_xml_1_1"); ParseError when not recognised."""
    _main_file(files, ParseContext(source=source))
    return FORMAT


# ----------------------------------------------------------------------- small helpers


def _clean(value: str | None) -> str | None:
    """Whitespace-collapsed text; None for blanks and the export's placeholders."""
    if value is None:
        return None
    text = collapse(value)
    return None if text in _EMPTY else text


def _int(value: str | None) -> int | None:
    text = (value or "").strip()
    return int(text) if text.isdigit() else None


def _order(elems: Iterable[Any]) -> list[Any]:
    """Children ordered by @logicalId (file order for ties / missing ids)."""
    indexed = list(enumerate(elems))
    indexed.sort(
        key=lambda p: (_int(p[1].get("logicalId")) is None, _int(p[1].get("logicalId")) or 0, p[0])
    )
    return [e for _, e in indexed]


def _valid_ymd(year: int, month: int | None, day: int | None) -> bool:
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


# ------------------------------------------------------------------ record assembly


@dataclass
class _Builder:
    record_id: str
    aliases: list[Alias] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    birth_dates: list[DateValue] = field(default_factory=list)
    birth_places: list[str] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    legal_basis: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)

    def add(self, items: list[Any], item: Any) -> None:
        if item is not None and item not in items:
            items.append(item)

    def add_property(self, key: str, value: str | None, sep: str = "; ") -> None:
        add_property(self.properties, key, value, sep)

    def add_birth_date(self, date: DateValue) -> None:
        if all(d.value != date.value for d in self.birth_dates):
            self.birth_dates.append(date)


def _check(elem: Any, record_id: str, st: Warner, summaries: list[Any]) -> None:
    """Warn (once per name) about attributes and children this parser does not know;
    collect the regulationSummary elements on the way (for listed_on)."""
    tag = _local(elem)
    if tag == "regulationSummary":
        summaries.append(elem)
    known_attrs = _ATTRS.get(tag, set())
    for attr in elem.attrib:
        name = attr[attr.rfind("}") + 1 :]
        if name not in known_attrs:
            st.once(
                f"attr:{tag}@{name}",
                f"record {record_id}: unknown attribute {tag}/@{name} "
                f"({elem.get(attr)[:80]!r}) ignored",
            )
    known_children = _CHILDREN.get(tag, set())
    for child in elem:
        if not isinstance(child.tag, str):
            continue
        name = _local(child)
        if name not in known_children:
            st.once(
                f"child:{tag}/{name}",
                f"record {record_id}: unknown element <{name}> in <{tag}> ignored "
                f"(text: {(child.text or '').strip()[:80]!r})",
            )
        else:
            _check(child, record_id, st, summaries)


def _children(elem: Any, name: str) -> list[Any]:
    return [c for c in elem if isinstance(c.tag, str) and _local(c) == name]


def _remarks_of(elem: Any) -> list[str]:
    out = []
    for r in _children(elem, "remark"):
        text = (r.text or "").strip()
        if text:
            out.append(text)
    return out


def _country(elem: Any) -> str | None:
    return _clean(elem.get("countryDescription"))


def _entity_record(entity: Any, st: Warner) -> BanRecord:
    ctx = st.ctx
    line = entity.sourceline
    record_id = (entity.get("logicalId") or "").strip()
    if not record_id:
        ref = entity.get("euReferenceNumber") or "?"
        raise ctx.error(f"sanctionEntity at line {line} (euReferenceNumber {ref}) has no logicalId")
    summaries: list[Any] = []
    _check(entity, record_id, st, summaries)
    kids: dict[str, list[Any]] = {}
    for child in entity:
        if isinstance(child.tag, str):
            kids.setdefault(_local(child), []).append(child)
    b = _Builder(record_id)

    # --- names ------------------------------------------------------------------------
    aliases = [a for a in _order(kids.get("nameAlias", [])) if _clean(a.get("wholeName"))]
    if not aliases:
        raise ctx.error(f"sanctionEntity {record_id} (line {line}) has no nameAlias/@wholeName")

    def rank(a: Any) -> int:
        strong = (a.get("strong") or "true").strip().lower() != "false"
        english = (a.get("nameLanguage") or "").strip().upper() in ("", "EN")
        return 0 if strong and english else 1 if strong else 2

    primary = min(aliases, key=rank)  # min() keeps the first of equal rank
    name = _clean(primary.get("wholeName")) or ""
    seen = {name.casefold()}
    genders = _lookup("genders")
    for a in [primary] + [a for a in aliases if a is not primary]:
        whole = _clean(a.get("wholeName")) or ""
        lang = (a.get("nameLanguage") or "").strip().lower() or None
        strong = (a.get("strong") or "true").strip().lower() != "false"
        if whole.casefold() not in seen:
            seen.add(whole.casefold())
            kind = "aka" if strong else "weak"
            b.aliases.append(Alias(name=whole, kind=kind, script=lang or script_of(whole)))
        # title = the functions stated in English (or no language); translations of
        # them go to properties.function_translations.
        if lang in (None, "en"):
            b.add(b.titles, _clean(a.get("function")))
        else:
            b.add_property(
                "function_translations",
                f"{lang}: {f}" if (f := _clean(a.get("function"))) else None,
                sep=" | ",
            )
        b.add_property("titles", _clean(a.get("title")))
        if gender := _clean(a.get("gender")):
            b.add_property("gender", genders.get(gender, gender))
        for text in _remarks_of(a):
            b.add(b.remarks, f"[name {whole}] {text}")

    # --- regime, legal basis, listing date --------------------------------------------
    bases = _lookup("legal_basis")
    regulations = _order(kids.get("regulation", []))
    cited: list[str] = []
    pub_dates: set[str] = set()
    for reg in regulations:
        programme = _clean(reg.get("programme"))
        if programme:
            b.add(b.programs, programme)
            if programme in bases:
                b.add(b.legal_basis, bases[programme])
            else:
                st.once(
                    f"programme:{programme}",
                    f"record {record_id}: programme {programme!r} has no legal basis in "
                    "source.yml lookups.legal_basis; only the cited acts are kept",
                )
        number = _clean(reg.get("numberTitle"))
        reg_type = _clean(reg.get("regulationType")) or "act"
        if number:
            cited.append(f"{reg_type.capitalize()} {number}")
            b.add_property(
                "regulations",
                f"{number} ({reg_type}, {reg.get('organisationType') or '?'}, "
                f"published {reg.get('publicationDate') or '?'}, "
                f"in force {reg.get('entryIntoForceDate') or '?'})",
                sep=" | ",
            )
        for url_el in _children(reg, "publicationUrl"):
            b.add_property("publication_urls", _clean(url_el.text), sep=" ")
        for text in _remarks_of(reg):
            b.add(b.remarks, f"[regulation {number}] {text}" if number else f"[regulation] {text}")
    # Publication dates are ISO dates: the earliest is the smallest string. Parsing
    # them all would cost more than the rest of the record.
    for reg in regulations + summaries:
        raw = (reg.get("publicationDate") or "").strip()
        if _ISO_DATE.fullmatch(raw):
            pub_dates.add(raw)
        elif raw:
            st.once(
                f"pubdate:{record_id}:{raw}",
                f"record {record_id}: unparseable regulation publicationDate {raw!r}",
            )
    for act in cited:
        # "Regulation 1210/2003 (OJ L169)" repeats the base regulation: skip it.
        number = re.escape(act.split(" ", 1)[1].split(" ", 1)[0])
        if not any(re.search(rf"(?<![\d/]){number}(?![\d/])", x) for x in b.legal_basis):
            b.add(b.legal_basis, act)

    listed_on: DateValue | None = None
    designation = (entity.get("designationDate") or "").strip()
    if designation:
        listed_on = DateValue.parse(designation)
        if listed_on is None:
            ctx.warn(f"record {record_id}: unparseable designationDate {designation!r}")
            b.add_property("designation_date_unparsed", designation)
        else:
            b.add_property("listed_on_basis", "designationDate")
    if listed_on is None and pub_dates:
        # An upper bound of the listing date, not the listing date.
        b.add_property("listed_no_later_than", min(pub_dates))

    # --- type ---------------------------------------------------------------------------
    target_type = TargetType.OTHER
    subject = kids.get("subjectType", [])
    code = (subject[0].get("code") or "").strip() if subject else ""
    mapped = _lookup("target_types").get(code)
    if mapped:
        target_type = TargetType(mapped)
    else:
        st.once(
            f"subject:{code}",
            f"record {record_id}: unknown subjectType code {code!r}; target type 'other'",
        )
    if subject and (cls := _clean(subject[0].get("classificationCode"))):
        b.add_property("classification_code", cls)

    # --- citizenship, birth, identification, addresses --------------------------------------
    for cit in _order(kids.get("citizenship", [])):
        country = _country(cit)
        b.add(b.nationalities, country)
        b.add_property("country_codes", _clean(cit.get("countryIso2Code")))
        for text in _remarks_of(cit):
            b.add(b.remarks, f"[citizenship] {text}")
    for bd in _order(kids.get("birthdate", [])):
        _birthdate(b, bd, st)
    for ident in _order(kids.get("identification", [])):
        _identification(b, ident, st)
    for addr in _order(kids.get("address", [])):
        _address(b, addr, st)
    for n in b.nationalities:
        b.add(b.countries, n)
    for a in b.addresses:
        b.add(b.countries, a.country)

    # --- record-level extras ----------------------------------------------------------------
    for key, attr in (
        ("eu_reference_number", "euReferenceNumber"),
        ("un_reference_number", "unitedNationId"),
        ("designation_details", "designationDetails"),
    ):
        b.add_property(key, _clean(entity.get(attr)))
    remarks = [t for r in kids.get("remark", []) if (t := (r.text or "").strip())] + b.remarks

    config = _config()
    return BanRecord(
        source=SOURCE,
        record_id=record_id,
        name=name,
        target_type=target_type,
        authority=config.authority,
        jurisdiction=config.jurisdiction,
        aliases=b.aliases,
        addresses=b.addresses,
        countries=b.countries,
        nationalities=b.nationalities,
        birth_dates=b.birth_dates,
        birth_places=b.birth_places,
        identifiers=b.identifiers,
        programs=b.programs,
        measures=[Measure.ASSET_FREEZE],
        legal_basis=b.legal_basis,
        listed_on=listed_on,
        title="; ".join(b.titles) or None,
        remarks="\n".join(remarks) or None,
        source_url=ctx.source_url,
        properties=b.properties,
    )


def _birthdate(b: _Builder, bd: Any, st: Warner) -> None:
    rid = b.record_id
    parts: list[str] = []
    for attr in ("place", "city", "region", "countryDescription"):
        value = _clean(bd.get(attr))
        if value and (not parts or parts[-1] != value):
            parts.append(value)
    if parts:
        b.add(b.birth_places, ", ".join(parts))
    for text in _remarks_of(bd):
        b.add(b.remarks, f"[birth] {text}")

    full = (bd.get("birthdate") or "").strip()
    year = _int(bd.get("year"))
    month = _int(bd.get("monthOfYear"))
    day = _int(bd.get("dayOfMonth"))
    y_from, y_to = _int(bd.get("yearRangeFrom")), _int(bd.get("yearRangeTo"))
    raw_attrs = " ".join(
        f"{a}={bd.get(a)}"
        for a in ("birthdate", "year", "monthOfYear", "dayOfMonth", "yearRangeFrom", "yearRangeTo")
        if (bd.get(a) or "").strip()
    )
    if not raw_attrs:
        return  # a place of birth only
    calendar_type = (bd.get("calendarType") or "").strip().upper()
    if calendar_type not in ("", "GREGORIAN"):
        st.ctx.warn(
            f"record {rid}: birth date {raw_attrs!r} is in the {calendar_type} calendar; "
            "not converted, kept in properties"
        )
        b.add_property("birth_date_unparsed", f"{raw_attrs} ({calendar_type})")
        return

    dates: list[DateValue] = []
    if full:
        parsed = DateValue.parse(full)
        if parsed is None:
            st.ctx.warn(f"record {rid}: unparseable birthdate {full!r} kept in properties")
            b.add_property("birth_date_unparsed", full)
            return
        if year is not None and parsed.value[:4] != f"{year:04d}":
            st.ctx.warn(f"record {rid}: birthdate {full!r} disagrees with year={year}")
        dates.append(parsed)
    elif year is not None:
        if day is not None and month is None:
            st.ctx.warn(f"record {rid}: dayOfMonth without monthOfYear in {raw_attrs!r}")
            day = None
        if not _valid_ymd(year, month, day):
            st.ctx.warn(f"record {rid}: impossible birth date {raw_attrs!r} kept in properties")
            b.add_property("birth_date_unparsed", raw_attrs)
            return
        if month is None:
            dates.append(DateValue(value=f"{year:04d}", precision="year", raw=str(year)))
        elif day is None:
            dates.append(
                DateValue(value=f"{year:04d}-{month:02d}", precision="month", raw=raw_attrs)
            )
        else:
            dates.append(
                DateValue(value=f"{year:04d}-{month:02d}-{day:02d}", precision="day", raw=raw_attrs)
            )
    elif y_from is not None and y_to is not None and y_from <= y_to:
        span = range(y_from, y_to + 1) if y_to - y_from <= _MAX_YEAR_SPAN else (y_from, y_to)
        dates += [DateValue(value=f"{y:04d}", precision="year", raw=raw_attrs) for y in span]
    else:
        st.ctx.warn(f"record {rid}: unusable birth date {raw_attrs!r} kept in properties")
        b.add_property("birth_date_unparsed", raw_attrs)
        return
    for d in dates:
        b.add_birth_date(d)
    if (bd.get("circa") or "").strip().lower() == "true":
        b.add_property("birth_date_circa", dates[0].value if len(dates) == 1 else raw_attrs)


def _identification(b: _Builder, ident: Any, st: Warner) -> None:
    code = (ident.get("identificationTypeCode") or "").strip()
    description = _clean(ident.get("identificationTypeDescription"))
    id_type = _lookup("identifier_types").get(code)
    if id_type is None:
        st.once(
            f"idtype:{code}",
            f"record {b.record_id}: unknown identificationTypeCode {code!r} "
            f"({description or 'no description'}); its description is used as the type",
        )
        id_type = description or code or "Identification"
    number = _clean(ident.get("number"))
    latin = _clean(ident.get("latinNumber"))
    country = _country(ident)
    raw = f"{description or id_type} {number or latin or ''}".strip()
    if country:
        raw += f" ({country})"
    extras = [flag for flag in _ID_FLAGS if (ident.get(flag) or "").strip().lower() == "true"]
    if latin and number and latin != number:
        extras.append(f"latinNumber {latin}")
    for attr in ("issuedBy", "issueDate", "validFrom", "validTo", "nameOnDocument", "region"):
        if value := _clean(ident.get(attr)):
            extras.append(f"{attr} {value}")
    extras += _remarks_of(ident)
    if extras:
        raw += "; " + "; ".join(extras)
    value = number or latin
    if not value:
        b.add_property("identifications_without_number", raw)
        return
    b.add(b.identifiers, Identifier(type=id_type, value=value, country=country, raw=raw))


def _address(b: _Builder, addr: Any, st: Warner) -> None:
    notes: list[str] = []
    if po_box := _clean(addr.get("poBox")):
        notes.append(f"PO Box {po_box}")
    if place := _clean(addr.get("place")):
        notes.append(f"place: {place}")
    if (addr.get("asAtListingTime") or "").strip().lower() == "true":
        notes.append("as at listing time")
    notes += _remarks_of(addr)
    address = Address(
        street=_clean(addr.get("street")),
        city=_clean(addr.get("city")),
        region=_clean(addr.get("region")),
        postal_code=_clean(addr.get("zipCode")),
        country=_country(addr),
        remarks="; ".join(notes) or None,
    )
    if address != Address():
        b.add(b.addresses, address)
        b.add_property("country_codes", _clean(addr.get("countryIso2Code")))
    contact_types = _lookup("contact_types")
    # contactInfo has no logicalId and its order is not stable between exports: sorted
    # by key and value, so that the same contacts give the same record.
    contacts = sorted(
        ((info.get("key") or "").strip(), _clean(info.get("value")) or "")
        for info in _children(addr, "contactInfo")
    )
    for key, value in contacts:
        if not value:
            continue
        id_type = contact_types.get(key)
        if id_type is None:
            st.once(
                f"contact:{key}",
                f"record {b.record_id}: unknown contactInfo key {key!r}; kept as its own type",
            )
            id_type = key or "Contact"
        b.add(b.identifiers, Identifier(type=id_type, value=value, raw=f"{key} {value}"))


# ---------------------------------------------------------------------------- entry


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord]:
    """Yield one BanRecord per sanctionEntity, in file order.

    Raises ParseError (via ctx.error) for an unrecognisable snapshot (HTML page, CSV
    export, wrong root), malformed XML, an entity without logicalId or name, or a
    duplicate logicalId with different content; unknown attributes/elements, unknown
    codes and unusable dates go to ctx.warn.
    """
    name, path = _main_file(files, ctx)
    st = Warner(ctx)  # warns once per distinct unknown name or code
    seen: dict[str, str] = {}
    root: Any = None
    count = 0
    try:
        for event, elem in iterparse(
            path, events=("start", "end"), tag=("{*}export", "{*}sanctionEntity")
        ):
            if _local(elem) == "export":
                if event == "start" and root is None:
                    root = elem
                    ns = etree.QName(elem).namespace
                    if ns != NAMESPACE:
                        ctx.warn(f"{name}: root namespace is {ns!r}, expected {NAMESPACE!r}")
                elif event == "end":
                    _check_top_level(elem, name, st)
                continue
            if event != "end":
                continue
            if elem.getparent() is not root:
                ctx.warn(f"{name}: sanctionEntity at line {elem.sourceline} not under <export>")
            record = _entity_record(elem, st)
            digest = record.content_hash()
            if record.record_id in seen:
                if seen[record.record_id] != digest:
                    raise ctx.error(
                        f"{name}: logicalId {record.record_id} appears twice with different content"
                    )
                ctx.warn(f"{name}: logicalId {record.record_id} repeated identically; skipped")
            else:
                seen[record.record_id] = digest
                count += 1
                yield record
            # Streaming: drop the finished entity and anything processed before it.
            release(elem, lambda sibling: _check_sibling(sibling, name, st))
    except etree.XMLSyntaxError as exc:
        raise ctx.error(f"{name}: malformed XML after {count} entities: {exc}") from exc
    if count == 0:
        ctx.warn(f"{name}: the export holds no sanctionEntity")


def _check_sibling(elem: Any, file_name: str, st: Warner) -> None:
    if isinstance(elem.tag, str) and _local(elem) != "sanctionEntity":
        st.once(
            f"top:{_local(elem)}",
            f"{file_name}: unknown element <{_local(elem)}> under <export> ignored",
        )


def _check_top_level(root: Any, file_name: str, st: Warner) -> None:
    for child in root:
        _check_sibling(child, file_name, st)
