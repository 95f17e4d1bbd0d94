"""UK Sanctions List (FCDO) parser: the XML export and the CSV export.

Both publications of the list are understood, told apart by CONTENT:

* the XML (`<Designations>` root, one `<Designation>` per designated person, entity
  or ship). The root's attributes (schema location, `dateGenerated`) come and go
  between exports, so nothing depends on them; elements are matched on local names.
* the CSV: a `Report Date: 08-Oct-2026` line, then a 58-column header, then ONE ROW
  PER NAME: a designation with three aliases is four rows sharing its `Unique ID`.
  The rows are folded into one record (rows of one designation need not be adjacent).

Quirks handled here:

* dates are DD/MM/YYYY with placeholders for unknown parts: `dd/mm/1968` is a year,
  `dd/09/1958` a month; `1985` alone also occurs. Precision is kept, nothing is
  invented; a US-style reading (MM/DD) is never attempted.
* NameType casing is inconsistent (`Primary Name` / `Primary name`); there is also
  `Primary Name Variation` (kept as an a.k.a.). AliasStrength `Low quality a.k.a`
  becomes a "weak" alias.
* Name1..Name5 are the given names, Name6 the family name (or the whole name of an
  entity or ship); the record name is "Name1 ... Name5 Name6".
* values carry stray spaces (`" D0009720"`, `"Terrorist Group "`); they are trimmed.
* the same DOB or passport can be listed twice; duplicates are dropped.
* non-Latin names keep their script (from NonLatinScriptType, else detected).
* measures come from <SanctionsImposedIndicators> (true/false per measure); the
  `Sanctions Imposed` text (`Asset freeze|Travel Ban`) is used when there are no
  indicators (always so for the CSV). Both tables live in source.yml.
* the regime name IS the legal instrument ("The Russia (Sanctions) (EU Exit)
  Regulations 2019"); its S.I. number is added from source.yml when known.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from transforms.base import ParseContext, ParseError, SnapshotFiles
from transforms.common import (
    Warner,
    add_property,
    collapse,
    iterparse,
    looks_like_html,
    release,
    sniff_text,
    text_encoding,
    tidy,
    xml_root,
)
from transforms.common import (
    child_elements as _children,
)
from transforms.common import (
    local_name as _local,
)
from transforms.model import (
    Address,
    Alias,
    BanRecord,
    DateValue,
    Identifier,
    Measure,
    TargetType,
)
from transforms.registry import get_source

SOURCE = "gb_fcdo_sanctions"

FORMAT_XML = "uk_sanctions_list_xml"
FORMAT_CSV = "uk_sanctions_list_csv"

_SNIFF_BYTES = 64 * 1024
_MEASURE_ORDER = {m: i for i, m in enumerate(Measure)}

# --------------------------------------------------------------------------- helpers
# (also used by the gb_hmt_ofsi parser: OFSI's Consolidated List shares the quirks)

_UK_DATE = re.compile(r"(\d{1,2}|dd|DD)/(\d{1,2}|mm|MM)/(\d{4})")
_UNKNOWN_PARTS = {"dd", "mm", "0", "00"}


def uk_date(raw: str) -> DateValue | None:
    """A UK list date, keeping its precision; None when it is not a date.

    `12/11/1967` is a day; `dd/09/1958` and `00/09/1958` a month; `dd/mm/1968`,
    `00/00/1960` and `1968` a year. A day without a month says nothing more than the
    year, so `12/mm/1970` is a year too. Impossible dates (31/02/1970) give None.
    """
    text = raw.strip()
    if m := _UK_DATE.fullmatch(text):
        day, month, year = m[1].lower(), m[2].lower(), m[3]
        if year == "0000":
            return None
        if month in _UNKNOWN_PARTS:
            return DateValue(value=year, precision="year", raw=raw)
        if not 1 <= int(month) <= 12:
            return None
        if day in _UNKNOWN_PARTS:
            return DateValue(value=f"{year}-{int(month):02d}", precision="month", raw=raw)
        try:
            date = dt.date(int(year), int(month), int(day))
        except ValueError:
            return None
        return DateValue(value=date.isoformat(), precision="day", raw=raw)
    if "/" in text:
        return None  # never let DateValue.parse read it the US way (MM/DD/YYYY)
    return DateValue.parse(text)


_SCRIPT_NAMES = {"CJK": "Han", "HANGUL": "Hangul", "HIRAGANA": "Japanese", "KATAKANA": "Japanese"}


def detect_script(text: str) -> str | None:
    """The Unicode script of the first non-Latin letter (Arabic, Cyrillic, Han, ...)."""
    for ch in text:
        if not ch.isalpha():
            continue
        first = unicodedata.name(ch, "").split(" ")[0]
        if first and first != "LATIN":
            return _SCRIPT_NAMES.get(first, first.title())
    return None


def clean(value: str | None, collapse: bool = True) -> str | None:
    """Trim a value; blank is None. Inner runs of whitespace become one space, except
    in free text (collapse=False), whose line breaks are kept."""
    if value is None:
        return None
    if collapse:
        return tidy(value)
    # Line ends as XML gives them (CSV cells keep the file's CRLF).
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    return text or None


def join_name(parts: Iterable[str | None]) -> str | None:
    return clean(" ".join(p for p in parts if p))


_IMO = re.compile(r"(?:IMO)?\s*:?\s*(\d{7})", re.I)


def imo_identifier(raw: str) -> Identifier:
    """`IMO9562233` / `IMO 9562233` / `9562233` -> IMO 9562233 (raw kept)."""
    text = raw.strip()
    if m := _IMO.fullmatch(text):
        return Identifier(type="IMO", value=m[1], raw=text)
    return Identifier(type="IMO", value=text, raw=text)


def sort_measures(measures: Iterable[Measure]) -> list[Measure]:
    return sorted(set(measures), key=_MEASURE_ORDER.__getitem__)


def sniff(path: Path) -> str:
    """The start of a file as text, for telling the formats apart."""
    return sniff_text(path, _SNIFF_BYTES)


def csv_encoding(path: Path) -> str:
    """utf-8-sig when the whole file is valid UTF-8, else cp1252 (Windows exports),
    else latin-1 (cp1252 leaves five bytes undefined; latin-1 reads anything)."""
    return text_encoding(path, "utf-8-sig", "cp1252", "latin-1")


def csv_rows(path: Path, encoding: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, row) for every non-blank row, streaming."""
    with open(path, encoding=encoding, newline="", errors="strict") as fh:
        reader = csv.reader(fh)
        line = 1
        for row in reader:
            if any(cell.strip() for cell in row):
                yield line, row
            line = reader.line_num + 1


def norm_key(text: str) -> str:
    """Header / vocabulary key: lower case, single spaces."""
    return collapse(text.lower())


# --------------------------------------------------------------------------- lookups


@dataclass(frozen=True)
class Lookups:
    target_types: dict[str, str]
    indicator_measures: dict[str, Measure]
    sanction_measures: dict[str, Measure]
    statutory_instruments: dict[str, str]


def _measure_table(source: str, name: str, table: dict[str, str]) -> dict[str, Measure]:
    out: dict[str, Measure] = {}
    for key, value in table.items():
        try:
            out[norm_key(key)] = Measure(value)
        except ValueError as exc:
            raise ParseError(
                source, f"source.yml lookups.{name}: {value!r} (for {key!r}) is not a Measure"
            ) from exc
    return out


def load_lookups(source: str = SOURCE) -> Lookups:
    tables = get_source(source).lookups
    return Lookups(
        target_types={norm_key(k): v for k, v in tables.get("target_types", {}).items()},
        indicator_measures=_measure_table(
            source, "indicator_measures", tables.get("indicator_measures", {})
        ),
        sanction_measures=_measure_table(
            source, "sanction_measures", tables.get("sanction_measures", {})
        ),
        statutory_instruments={
            norm_key(k): v for k, v in tables.get("statutory_instruments", {}).items()
        },
    )


# ------------------------------------------------------------------ record assembly


FREE_TEXT = {"other_information", "statement_of_reasons"}


@dataclass
class _Name:
    name: str
    name_type: str  # as published
    strength: str | None


@dataclass
class Designation:
    """One designation's fields as published, from the XML or from folded CSV rows."""

    record_id: str
    where: str  # "designation RUS0001" / "CSV line 12"
    single: dict[str, str] = field(default_factory=dict)  # last_updated, regime, ...
    names: list[_Name] = field(default_factory=list)
    non_latin: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    lists: dict[str, list[str]] = field(default_factory=dict)
    addresses: list[Address] = field(default_factory=list)
    passports: list[tuple[str | None, str | None]] = field(default_factory=list)
    national_ids: list[tuple[str | None, str | None]] = field(default_factory=list)
    birth_places: list[str] = field(default_factory=list)
    indicators: dict[str, str] | None = None  # XML indicator name -> "true"/"false"
    extras: dict[str, str] = field(default_factory=dict)  # unknown CSV columns

    def set_single(self, key: str, value: str | None, warner: Warner) -> None:
        if (value := clean(value, collapse=key not in FREE_TEXT)) is None:
            return
        old = self.single.get(key)
        if old is None:
            self.single[key] = value
        elif key == "last_updated":  # CSV rows of one designation: the latest counts
            new_date, old_date = uk_date(value), uk_date(old)
            if new_date and old_date and new_date.value > old_date.value:
                self.single[key] = value
        elif old != value:
            warner.warn(
                f"{self.record_id}: conflicting {key} values {old!r} and {value!r}; kept {old!r}"
            )

    def add(self, key: str, value: str | None) -> None:
        if (value := clean(value)) is None:
            return
        values = self.lists.setdefault(key, [])
        if value not in values:
            values.append(value)

    def add_name(self, name: str | None, name_type: str | None, strength: str | None) -> None:
        if name is None:
            return
        item = _Name(name, clean(name_type) or "", clean(strength))
        if item not in self.names:
            self.names.append(item)

    def add_non_latin(self, name: str | None, script: str | None, language: str | None) -> None:
        if (name := clean(name)) is None:
            return
        item = (name, clean(script), clean(language))
        if item not in self.non_latin:
            self.non_latin.append(item)

    def add_address(self, address: Address) -> None:
        if address != Address() and address not in self.addresses:
            self.addresses.append(address)

    def add_birth_place(self, town: str | None, country: str | None) -> None:
        place = ", ".join(p for p in (clean(town), clean(country)) if p)
        if place and place not in self.birth_places:
            self.birth_places.append(place)


def _unique(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def _split_pipes(value: str | None) -> list[str]:
    return [v for part in (value or "").split("|") if (v := clean(part))]


_NAME_TYPES = {"primary name": "primary", "alias": "aka", "primary name variation": "aka"}


def _alias_kind(name: _Name, d: Designation, warner: Warner) -> str:
    kind = _NAME_TYPES.get(norm_key(name.name_type))
    if kind is None:
        warner.once(
            f"nametype:{norm_key(name.name_type)}",
            f"{d.record_id}: unknown name type {name.name_type!r} for {name.name!r}; "
            "kept as an a.k.a.",
        )
        kind = "aka"
    if kind == "primary":
        return kind
    strength = norm_key(name.strength or "")
    if strength.startswith("low"):
        return "weak"
    if strength and not strength.startswith("good"):
        warner.once(
            f"strength:{strength}",
            f"{d.record_id}: unknown alias strength {name.strength!r}; kept as an a.k.a.",
        )
    return "aka"


def _choose_names(d: Designation, warner: Warner) -> tuple[str, list[Alias], str | None]:
    if not d.names:
        raise ParseError(SOURCE, f"{d.where} ({d.record_id}) has no name")
    kinds = [(_alias_kind(n, d, warner), n) for n in d.names]
    primaries = [n for k, n in kinds if k == "primary"]
    note = None
    if primaries:
        primary = primaries[0].name
        for extra in primaries[1:]:
            if extra.name.casefold() != primary.casefold():
                warner.warn(
                    f"{d.record_id}: several primary names; {extra.name!r} kept as an a.k.a."
                )
    else:
        primary = d.names[0].name
        note = "first listed name (no primary name given)"
        warner.warn(f"{d.record_id}: no primary name; using the first name {primary!r}")
    aliases: list[Alias] = []
    seen = {primary.casefold()}
    for kind, n in kinds:
        if n.name.casefold() in seen:
            continue
        seen.add(n.name.casefold())
        aliases.append(Alias(name=n.name, kind="aka" if kind == "primary" else kind))
    for text, script, language in d.non_latin:
        if text.casefold() in seen:
            continue
        seen.add(text.casefold())
        aliases.append(
            Alias(name=text, kind="aka", script=script or detect_script(text) or language)
        )
    return primary, aliases, note


def _dates(
    d: Designation, raws: list[str], warner: Warner, props: dict[str, str], key: str
) -> list[DateValue]:
    out: list[DateValue] = []
    bad: list[str] = []
    for raw in raws:
        date = uk_date(raw)
        if date is None:
            warner.warn(f"{d.record_id}: unparseable {key} {raw!r} kept in properties")
            bad.append(raw)
        elif all(o.value != date.value for o in out):
            out.append(date)
    if bad:
        props[f"{key}_unparsed"] = "; ".join(bad)
    return out


def _measures(d: Designation, lk: Lookups, warner: Warner, props: dict[str, str]) -> list[Measure]:
    measures: list[Measure] = []
    unknown: list[str] = []
    if d.indicators:
        for name, value in d.indicators.items():
            flag = value.strip().lower()
            if flag not in ("true", "false"):
                warner.warn(f"{d.record_id}: indicator {name} has value {value!r}, not true/false")
                continue
            measure = lk.indicator_measures.get(norm_key(name))
            if measure is None:
                warner.once(
                    f"indicator:{name}",
                    f"{d.record_id}: unknown sanctions indicator <{name}> "
                    "(add it to lookups.indicator_measures)",
                )
                if flag == "true":
                    unknown.append(name)
                    measures.append(Measure.OTHER)
                continue
            if flag == "true":
                measures.append(measure)
    else:
        for phrase in d.lists.get("sanctions_imposed", []):
            measure = lk.sanction_measures.get(norm_key(phrase))
            if measure is None:
                warner.once(
                    f"phrase:{norm_key(phrase)}",
                    f"{d.record_id}: unknown 'Sanctions Imposed' value {phrase!r} "
                    "(add it to lookups.sanction_measures); kept as 'other'",
                )
                unknown.append(phrase)
                measure = Measure.OTHER
            measures.append(measure)
    if unknown:
        props["unknown_measures"] = "; ".join(_unique(unknown))
    if not measures:
        warner.warn(f"{d.record_id}: no sanctions imposed are stated")
    return sort_measures(measures)


def _legal_basis(programs: list[str], lk: Lookups) -> list[str]:
    out: list[str] = []
    for regime in programs:
        si = lk.statutory_instruments.get(norm_key(regime))
        if si:
            out.append(f"{regime} ({si})")
        elif "regulations" in regime.lower():
            out.append(regime)
    return _unique(out)


# Simple repeated values -> property names.
_LIST_PROPERTIES = {
    "designation_source": "designation_source",
    "sanctions_imposed": "sanctions_imposed",
    "phone_numbers": "phone_numbers",
    "email_addresses": "email_addresses",
    "websites": "websites",
    "positions": "positions",
    "genders": "gender",
    "entity_types": "entity_type",
    "parent_companies": "parent_companies",
    "subsidiaries": "subsidiaries",
    "vessel_owner": "vessel_owner",
    "vessel_previous_owners": "vessel_previous_owners",
    "vessel_flag": "vessel_flag",
    "vessel_previous_flags": "vessel_previous_flags",
    "vessel_type": "vessel_type",
    "vessel_tonnage": "vessel_tonnage",
    "vessel_length": "vessel_length",
    "vessel_year_built": "vessel_year_built",
}
_SINGLE_PROPERTIES = {
    "ofsi_group_id": "ofsi_group_id",
    "un_reference_number": "un_reference_number",
    "statement_of_reasons": "statement_of_reasons",
}


def build_record(
    d: Designation, lk: Lookups, warner: Warner, ctx: ParseContext, authority: str, juris: str
) -> BanRecord:
    props: dict[str, str] = {}
    name, aliases, note = _choose_names(d, warner)
    if note:
        props["name_source"] = note

    type_raw = d.single.get("type")
    target = lk.target_types.get(norm_key(type_raw or ""))
    if target is None:
        warner.warn(f"{d.record_id}: unknown designation type {type_raw!r}; target type 'other'")
        target = "other"
        if type_raw:
            props["designation_type"] = type_raw

    listed_on = None
    if raw := d.single.get("date_designated"):
        listed_on = uk_date(raw)
        if listed_on is None:
            warner.warn(f"{d.record_id}: unparseable DateDesignated {raw!r} kept in properties")
            props["date_designated_raw"] = raw
    if raw := d.single.get("last_updated"):
        updated = uk_date(raw)
        if updated is None:
            warner.warn(f"{d.record_id}: unparseable LastUpdated {raw!r} kept in properties")
        props["last_updated"] = updated.value if updated else raw

    birth_dates = _dates(d, d.lists.get("dob", []), warner, props, "dob")

    identifiers: list[Identifier] = []

    def ident(item: Identifier) -> None:
        # The whole identifier: the issuing country is only in the additional information
        # (raw), so the same number with another one is another document.
        if item not in identifiers:
            identifiers.append(item)

    for kind, pairs in (("Passport", d.passports), ("National ID No.", d.national_ids)):
        for number, info in pairs:
            if number:
                ident(Identifier(type=kind, value=number, raw=info))
            elif info:  # details without a number: nothing to match on, kept as text
                add_property(
                    props, "passport_details" if kind == "Passport" else "national_id_details", info
                )
    for raw in d.lists.get("imo", []):
        ident(imo_identifier(raw))
    for raw in d.lists.get("registration_numbers", []):
        ident(Identifier(type="Registration Number", value=raw, raw=raw))
    for raw in d.lists.get("hin", []):
        ident(Identifier(type="Hull Identification Number", value=raw, raw=raw))

    nationalities = d.lists.get("nationalities", [])
    countries = _unique(
        [a.country for a in d.addresses if a.country]
        + nationalities
        + d.lists.get("vessel_flag", [])
    )
    programs = _unique(d.lists.get("regime", []))

    for key, prop in _SINGLE_PROPERTIES.items():
        if value := d.single.get(key):
            props[prop] = value
    for key, prop in _LIST_PROPERTIES.items():
        if values := d.lists.get(key):
            props[prop] = "; ".join(values)
    measures = _measures(d, lk, warner, props)
    props.update(d.extras)

    titles = d.lists.get("titles", [])
    return BanRecord(
        source=SOURCE,
        record_id=d.record_id,
        name=name,
        target_type=TargetType(target),
        authority=authority,
        jurisdiction=juris,
        aliases=aliases,
        addresses=d.addresses,
        countries=countries,
        nationalities=nationalities,
        birth_dates=birth_dates,
        birth_places=d.birth_places,
        identifiers=identifiers,
        programs=programs,
        measures=measures,
        legal_basis=_legal_basis(programs, lk),
        listed_on=listed_on,
        title="; ".join(titles) or None,
        remarks=d.single.get("other_information"),
        source_url=ctx.source_url,
        properties=dict(sorted(props.items())),
    )


# ------------------------------------------------------------------------ XML format


def _text(elem: Any) -> str | None:
    if elem is None:
        return None
    return clean(elem.text if len(elem) == 0 else "".join(elem.itertext()))


# Designation children holding one value -> Designation.single key.
_XML_SINGLE = {
    "LastUpdated": "last_updated",
    "DateDesignated": "date_designated",
    "OFSIGroupID": "ofsi_group_id",
    "UNReferenceNumber": "un_reference_number",
    "IndividualEntityShip": "type",
    "OtherInformation": "other_information",
    "UKStatementofReasons": "statement_of_reasons",
}
# Wrapper -> (item element, list key) for lists of plain values (anywhere).
_XML_VALUE_LISTS = {
    "Titles": ("Title", "titles"),
    "PhoneNumbers": ("PhoneNumber", "phone_numbers"),
    "EmailAddresses": ("EmailAddress", "email_addresses"),
    "Websites": ("Website", "websites"),
    "DOBs": ("DOB", "dob"),
    "Nationalities": ("Nationality", "nationalities"),
    "Positions": ("Position", "positions"),
    "Genders": ("Gender", "genders"),
    "TypeOfEntities": ("TypeOfEntity", "entity_types"),
    "BusinessRegistrationNumbers": ("BusinessRegistrationNumber", "registration_numbers"),
    "ParentCompanies": ("ParentCompany", "parent_companies"),
    "Subsidiaries": ("Subsidiary", "subsidiaries"),
    "IMONumbers": ("IMONumber", "imo"),
    "CurrentOwnerOperators": ("CurrentOwnerOperator", "vessel_owner"),
    "PreviousOwnerOperators": ("PreviousOwnerOperator", "vessel_previous_owners"),
    "CurrentBelievedFlagOfShips": ("CurrentBelievedFlagOfShip", "vessel_flag"),
    "PreviousFlags": ("PreviousFlag", "vessel_previous_flags"),
    "TypeOfShipDetails": ("TypeOfShip", "vessel_type"),
    "TonnageOfShipDetails": ("TonnageOfShip", "vessel_tonnage"),
    "LengthOfShipDetails": ("LengthOfShip", "vessel_length"),
    "YearsBuilt": ("YearBuilt", "vessel_year_built"),
    "HullIdentificationNumbers": ("HullIdentificationNumber", "hin"),
}
# Wrapper -> (item element, its known fields) for lists of structured items.
_XML_RECORD_LISTS = {
    "Names": (
        "Name",
        {"Name1", "Name2", "Name3", "Name4", "Name5", "Name6", "NameType", "AliasStrength"},
    ),
    "NonLatinNames": (
        "NonLatinName",
        {"NameNonLatinScript", "NonLatinScriptType", "NonLatinScriptLanguage"},
    ),
    "Addresses": (
        "Address",
        {
            "AddressLine1",
            "AddressLine2",
            "AddressLine3",
            "AddressLine4",
            "AddressLine5",
            "AddressLine6",
            "AddressPostalCode",
            "AddressCountry",
        },
    ),
    "PassportDetails": ("Passport", {"PassportNumber", "PassportAdditionalInformation"}),
    "NationalIdentifierDetails": (
        "NationalIdentifier",
        {"NationalIdentifierNumber", "NationalIdentifierAdditionalInformation"},
    ),
    "BirthDetails": ("Location", {"TownOfBirth", "CountryOfBirth"}),
}
# Detail sections: wrapper -> (item, the lists it may hold).
_XML_DETAILS = {
    "IndividualDetails": (
        "Individual",
        {
            "DOBs",
            "Nationalities",
            "Positions",
            "Genders",
            "PassportDetails",
            "NationalIdentifierDetails",
            "BirthDetails",
        },
    ),
    "EntityDetails": (
        "Entity",
        {"TypeOfEntities", "BusinessRegistrationNumbers", "ParentCompanies", "Subsidiaries"},
    ),
    "ShipDetails": (
        "Ship",
        {
            "IMONumbers",
            "CurrentOwnerOperators",
            "PreviousOwnerOperators",
            "CurrentBelievedFlagOfShips",
            "PreviousFlags",
            "TypeOfShipDetails",
            "TonnageOfShipDetails",
            "LengthOfShipDetails",
            "YearsBuilt",
            "HullIdentificationNumbers",
        },
    ),
}
_XML_TOP_LISTS = {
    "Names",
    "NonLatinNames",
    "Titles",
    "Addresses",
    "PhoneNumbers",
    "EmailAddresses",
    "Websites",
}
_XML_SPECIAL = {
    "UniqueID",
    "RegimeName",
    "DesignationSource",
    "SanctionsImposed",
    "SanctionsImposedIndicators",
}
_ROOT_CHILDREN = {"Designation", "DateGenerated"}


def _unknown(warner: Warner, record_id: str, parent: str, elem: Any) -> None:
    name = _local(elem)
    warner.once(
        f"elem:{parent}/{name}",
        f"{record_id}: unknown element <{name}> in <{parent}> ignored "
        f"(text: {(_text(elem) or '')[:80]!r})",
    )


def _fields(item: Any, known: set[str], record_id: str, warner: Warner) -> dict[str, str]:
    out: dict[str, str] = {}
    for child in _children(item):
        name = _local(child)
        if name not in known:
            _unknown(warner, record_id, _local(item), child)
            continue
        if (value := _text(child)) is not None:
            out[name] = value
    return out


def _xml_list(d: Designation, wrapper: Any, warner: Warner) -> None:
    tag = _local(wrapper)
    if tag in _XML_VALUE_LISTS:
        item_tag, key = _XML_VALUE_LISTS[tag]
        for item in _children(wrapper):
            if _local(item) != item_tag:
                _unknown(warner, d.record_id, tag, item)
            else:
                d.add(key, _text(item))
        return
    item_tag, known = _XML_RECORD_LISTS[tag]
    for item in _children(wrapper):
        if _local(item) != item_tag:
            _unknown(warner, d.record_id, tag, item)
            continue
        f = _fields(item, known, d.record_id, warner)
        if tag == "Names":
            d.add_name(
                join_name(f.get(f"Name{i}") for i in (1, 2, 3, 4, 5, 6)),
                f.get("NameType"),
                f.get("AliasStrength"),
            )
        elif tag == "NonLatinNames":
            d.add_non_latin(
                f.get("NameNonLatinScript"),
                f.get("NonLatinScriptType"),
                f.get("NonLatinScriptLanguage"),
            )
        elif tag == "Addresses":
            d.add_address(
                uk_address(
                    [f.get(f"AddressLine{i}") for i in range(1, 7)],
                    f.get("AddressPostalCode"),
                    f.get("AddressCountry"),
                )
            )
        elif tag == "PassportDetails":
            _add_pair(d.passports, f.get("PassportNumber"), f.get("PassportAdditionalInformation"))
        elif tag == "NationalIdentifierDetails":
            _add_pair(
                d.national_ids,
                f.get("NationalIdentifierNumber"),
                f.get("NationalIdentifierAdditionalInformation"),
            )
        elif tag == "BirthDetails":
            d.add_birth_place(f.get("TownOfBirth"), f.get("CountryOfBirth"))


def _add_pair(pairs: list[tuple[str | None, str | None]], a: str | None, b: str | None) -> None:
    pair = (clean(a), clean(b))
    if pair != (None, None) and pair not in pairs:
        pairs.append(pair)


def uk_address(lines: list[str | None], postal: str | None, country: str | None) -> Address:
    """Lines 1-5 are the street part; line 6 holds the town/province in this list."""
    street = ", ".join(line for line in (clean(x) for x in lines[:5]) if line)
    return Address(
        street=street or None,
        city=clean(lines[5]) if len(lines) > 5 else None,
        postal_code=clean(postal),
        country=clean(country),
    )


def _xml_designation(elem: Any, warner: Warner) -> Designation:
    line = elem.sourceline
    uid = next((_text(c) for c in _children(elem) if _local(c) == "UniqueID"), None)
    if not uid:
        raise ParseError(SOURCE, f"<Designation> at line {line} has no UniqueID")
    d = Designation(record_id=uid, where=f"<Designation> at line {line}")
    for child in _children(elem):
        tag = _local(child)
        if tag in _XML_SINGLE:
            d.set_single(_XML_SINGLE[tag], "".join(child.itertext()), warner)
        elif tag == "UniqueID":
            continue
        elif tag == "RegimeName":
            d.add("regime", _text(child))
        elif tag in ("DesignationSource", "SanctionsImposed"):
            key = "designation_source" if tag == "DesignationSource" else "sanctions_imposed"
            for value in _split_pipes(_text(child)):
                d.add(key, value)
        elif tag == "SanctionsImposedIndicators":
            d.indicators = d.indicators or {}
            for ind in _children(child):
                d.indicators[_local(ind)] = _text(ind) or ""
        elif tag in _XML_TOP_LISTS:
            _xml_list(d, child, warner)
        elif tag in _XML_DETAILS:
            item_tag, allowed = _XML_DETAILS[tag]
            for item in _children(child):
                if _local(item) != item_tag:
                    _unknown(warner, uid, tag, item)
                    continue
                for section in _children(item):
                    if _local(section) in allowed:
                        _xml_list(d, section, warner)
                    else:
                        _unknown(warner, uid, item_tag, section)
        else:
            _unknown(warner, uid, "Designation", child)
    return d


def _parse_xml(path: Path, name: str, ctx: ParseContext, lk: Lookups) -> Iterator[BanRecord]:
    warner = Warner(ctx)
    config = get_source(SOURCE)
    seen: set[str] = set()
    count = 0

    def check_root_child(child: Any) -> None:
        # Root-level siblings already read (and about to be dropped) are checked here,
        # so nothing unexpected under <Designations> is skipped in silence.
        if isinstance(child.tag, str) and _local(child) not in _ROOT_CHILDREN:
            warner.once(
                f"root:{_local(child)}",
                f"{name}: unknown element <{_local(child)}> under <Designations> ignored",
            )

    parent: Any = None
    try:
        for _event, elem in iterparse(path, tag="{*}Designation", keep_comments=True):
            parent = elem.getparent()
            d = _xml_designation(elem, warner)
            if d.record_id in seen:
                warner.warn(
                    f"{name}: duplicate UniqueID {d.record_id} (line {elem.sourceline}); "
                    "later designation skipped"
                )
            else:
                seen.add(d.record_id)
                yield build_record(d, lk, warner, ctx, config.authority, config.jurisdiction)
                count += 1
            release(elem, check_root_child)
    except etree.XMLSyntaxError as exc:
        raise ctx.error(f"{name}: malformed XML after {count} designations: {exc}") from exc
    if parent is not None:
        for child in list(parent):
            check_root_child(child)


# ------------------------------------------------------------------------ CSV format

# Header (normalised) -> field. "single:" values are per designation, "list:" values
# may repeat (and are |-separated inside a cell), the rest are handled by name.
_CSV_COLUMNS = {
    "last updated": "single:last_updated",
    "unique id": "id",
    "ofsi group id": "single:ofsi_group_id",
    "un reference number": "single:un_reference_number",
    "name 6": "name6",
    "name 1": "name1",
    "name 2": "name2",
    "name 3": "name3",
    "name 4": "name4",
    "name 5": "name5",
    "name type": "name_type",
    "alias strength": "alias_strength",
    "title": "list:titles",
    "name non-latin script": "non_latin",
    "non-latin script type": "non_latin_type",
    "non-latin script language": "non_latin_language",
    "regime name": "regime",
    "designation type": "single:type",
    "designation source": "list:designation_source",
    "sanctions imposed": "list:sanctions_imposed",
    "other information": "single:other_information",
    "uk statement of reasons": "single:statement_of_reasons",
    "address line 1": "addr1",
    "address line 2": "addr2",
    "address line 3": "addr3",
    "address line 4": "addr4",
    "address line 5": "addr5",
    "address line 6": "addr6",
    "address postal code": "postal",
    "address country": "country",
    "phone number": "list:phone_numbers",
    "website": "list:websites",
    "email address": "list:email_addresses",
    "date designated": "single:date_designated",
    "d.o.b": "list:dob",
    "nationality(/ies)": "list:nationalities",
    "national identifier number": "nid",
    "national identifier additional information": "nid_info",
    "passport number": "passport",
    "passport additional information": "passport_info",
    "position": "list:positions",
    "gender": "list:genders",
    "town of birth": "town_of_birth",
    "country of birth": "country_of_birth",
    "type of entity": "list:entity_types",
    "subsidiaries": "list:subsidiaries",
    "parent company": "list:parent_companies",
    "business registration number (s)": "list:registration_numbers",
    "imo number": "list:imo",
    "current owner/operator (s)": "list:vessel_owner",
    "previous owner/operator (s)": "list:vessel_previous_owners",
    "current believed flag of ship": "list:vessel_flag",
    "previous flags": "list:vessel_previous_flags",
    "type of ship": "list:vessel_type",
    "tonnage of ship": "list:vessel_tonnage",
    "length of ship": "list:vessel_length",
    "year built": "list:vessel_year_built",
    "hull identification number (hin)": "list:hin",
}
_CSV_REQUIRED = ("unique id", "name 6", "name type")
# Free text that is never split on "|".
_CSV_NO_SPLIT = {"titles", "positions", "subsidiaries", "parent_companies"}


def _find_header(path: Path, encoding: str) -> tuple[int, list[str]] | None:
    for n, (line, row) in enumerate(csv_rows(path, encoding)):
        keys = {norm_key(c) for c in row}
        if "unique id" in keys and "name 6" in keys:
            return line, row
        if n >= 4:
            break
    return None


def _parse_csv(path: Path, name: str, ctx: ParseContext, lk: Lookups) -> Iterator[BanRecord]:
    warner = Warner(ctx)
    config = get_source(SOURCE)
    encoding = csv_encoding(path)
    found = _find_header(path, encoding)
    if found is None:
        raise ctx.error(f"{name}: no UK Sanctions List header (Unique ID, Name 6, ...) found")
    header_line, header = found
    keys = [norm_key(h) for h in header]
    missing = [c for c in _CSV_REQUIRED if c not in keys]
    if missing:
        raise ctx.error(f"{name}: header lacks required column(s): {', '.join(missing)}")
    fields: list[str | None] = []
    for raw, key in zip(header, keys, strict=True):
        target = _CSV_COLUMNS.get(key)
        if target is None and key:
            warner.warn(f"{name}: unknown column {raw!r}; its values are kept in properties")
            target = "extra:" + re.sub(r"[^a-z0-9]+", "_", key).strip("_")
        fields.append(target)

    designations: dict[str, Designation] = {}
    for line, row in csv_rows(path, encoding):
        if line <= header_line:
            continue
        if len(row) < len(fields):
            raise ctx.error(f"{name} line {line}: {len(row)} fields, the header has {len(fields)}")
        if len(row) > len(fields) and any(c.strip() for c in row[len(fields) :]):
            raise ctx.error(f"{name} line {line}: more fields than the header has columns")
        values: dict[str, str] = {}
        for target, cell in zip(fields, row, strict=False):
            if target is None:
                if cell.strip():
                    warner.once(
                        f"blankcol:{line}",
                        f"{name} line {line}: value under a "
                        "column without a name ignored: {cell[:80]!r}",
                    )
                continue
            if cell.strip():
                values[target] = cell
        uid = clean(values.get("id"))
        if not uid:
            raise ctx.error(f"{name} line {line}: row has no Unique ID")
        d = designations.get(uid)
        if d is None:
            d = designations[uid] = Designation(record_id=uid, where=f"{name} line {line}")
        _csv_row(d, values, warner)

    for d in designations.values():
        yield build_record(d, lk, warner, ctx, config.authority, config.jurisdiction)


def _csv_row(d: Designation, v: dict[str, str], warner: Warner) -> None:
    full = join_name(v.get(f"name{i}") for i in (1, 2, 3, 4, 5, 6))
    if full is None:
        raise ParseError(SOURCE, f"{d.where}: designation {d.record_id} row has no name")
    d.add_name(full, v.get("name_type"), v.get("alias_strength"))
    d.add_non_latin(v.get("non_latin"), v.get("non_latin_type"), v.get("non_latin_language"))
    d.add("regime", v.get("regime"))
    d.add_address(
        uk_address([v.get(f"addr{i}") for i in range(1, 7)], v.get("postal"), v.get("country"))
    )
    d.add_birth_place(v.get("town_of_birth"), v.get("country_of_birth"))
    _csv_pairs(d.passports, v.get("passport"), v.get("passport_info"))
    _csv_pairs(d.national_ids, v.get("nid"), v.get("nid_info"))
    for target, value in v.items():
        if target.startswith("single:"):
            d.set_single(target[7:], value, warner)
        elif target.startswith("list:"):
            key = target[5:]
            for item in [value] if key in _CSV_NO_SPLIT else _split_pipes(value):
                d.add(key, item)
        elif target.startswith("extra:"):
            add_property(d.extras, target[6:], clean(value))


def _csv_pairs(
    pairs: list[tuple[str | None, str | None]], number: str | None, info: str | None
) -> None:
    """Number + additional information; several are |-separated in step."""
    numbers, infos = _split_pipes(number), _split_pipes(info)
    if len(numbers) > 1 and len(numbers) == len(infos):
        for n, i in zip(numbers, infos, strict=True):
            _add_pair(pairs, n, i)
    elif len(numbers) > 1 and not infos:
        for n in numbers:
            _add_pair(pairs, n, None)
    else:
        _add_pair(pairs, number, info)


def _csv_unique_ids(path: Path) -> set[str]:
    encoding = csv_encoding(path)
    found = _find_header(path, encoding)
    if found is None:
        return set()
    header_line, header = found
    idx = [norm_key(h) for h in header].index("unique id")
    return {
        row[idx].strip()
        for line, row in csv_rows(path, encoding)
        if line > header_line and len(row) > idx and row[idx].strip()
    }


# ------------------------------------------------------------------ format detection

_XML, _CSV, _EMPTY = "xml", "csv", "empty"


def _classify(name: str, path: Path, ctx: ParseContext) -> str:
    text = sniff(path)
    if not text:
        return _EMPTY
    if text.startswith("<"):
        if looks_like_html(text):
            raise ctx.error(f"{name}: file is an HTML page, not the UK Sanctions List")
        root = xml_root(path)
        if root is not None and root.localname == "Designations":
            return _XML
        why = "malformed XML" if root is None else f"XML root element is <{root.localname}>"
        raise ctx.error(f"{name}: {why}, not the UK Sanctions List <Designations>")
    lines = text.splitlines()[:5]
    try:
        rows = [[norm_key(c) for c in row] for row in csv.reader(lines)]
    except csv.Error as exc:
        raise ctx.error(f"{name}: neither XML nor readable CSV ({exc})") from exc
    head = rows[0] if rows else []
    header = next((row for row in rows if "name 6" in row), None)
    if header is not None and "unique id" in header:
        return _CSV
    if header is not None and "group id" in header:
        raise ctx.error(
            f"{name}: this is OFSI's Consolidated List (ConList, source gb_hmt_ofsi), "
            "not the UK Sanctions List"
        )
    first = ", ".join(head)[:80]
    raise ctx.error(f"{name}: not the UK Sanctions List (XML or CSV); it starts with {first!r}")


def detect_format(files: SnapshotFiles, ctx: ParseContext | None = None) -> str:
    """ "uk_sanctions_list_xml" or "uk_sanctions_list_csv", by content."""
    return _layout(files, ctx or ParseContext(source=SOURCE))[0]


def _layout(files: SnapshotFiles, ctx: ParseContext) -> tuple[str, str, Path, list[str]]:
    """(format, main file name, its path, other file names) or ParseError."""
    if not files:
        raise ctx.error("no files in the snapshot")
    kinds: dict[str, list[str]] = {}
    for name in sorted(files):
        kinds.setdefault(_classify(name, Path(files[name]), ctx), []).append(name)
    for name in kinds.get(_EMPTY, []):
        ctx.warn(f"{name}: file is empty; ignored")
    for kind in (_XML, _CSV):
        if len(kinds.get(kind, [])) > 1:
            raise ctx.error(
                f"several files look like the UK Sanctions List {kind.upper()}: "
                f"{', '.join(kinds[kind])}"
            )
    if _XML in kinds:
        name = kinds[_XML][0]
        return FORMAT_XML, name, Path(files[name]), kinds.get(_CSV, [])
    if _CSV in kinds:
        name = kinds[_CSV][0]
        return FORMAT_CSV, name, Path(files[name]), []
    raise ctx.error("no UK Sanctions List file (XML or CSV) in the snapshot")


# ---------------------------------------------------------------------------- entry


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord]:
    """Yield one BanRecord per designation, in file order (CSV: first appearance).

    When a snapshot holds both exports, the XML is parsed and the CSV only
    cross-checked: Unique IDs present in one but not the other are warned about.
    """
    fmt, name, path, others = _layout(files, ctx)
    lk = load_lookups()
    if fmt == FORMAT_CSV:
        yield from _parse_csv(path, name, ctx, lk)
        return
    ids: list[str] = []
    for record in _parse_xml(path, name, ctx, lk):
        ids.append(record.record_id)
        yield record
    for other in others:
        csv_ids, xml_ids = _csv_unique_ids(Path(files[other])), set(ids)
        if csv_ids != xml_ids:
            only_csv = sorted(csv_ids - xml_ids)[:10]
            only_xml = sorted(xml_ids - csv_ids)[:10]
            ctx.warn(
                f"{other} (CSV) and {name} (XML) disagree: only in CSV {only_csv}, "
                f"only in XML {only_xml}"
            )
