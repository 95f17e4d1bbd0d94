"""OFAC SDN list parser: the CSV file set and the legacy SDN.XML.

Two publications of the same list are understood, told apart by CONTENT (file names
are not trusted: they may be lower-case or arbitrary):

* the CSV set: SDN.CSV (one row per entry, 12 columns) plus the optional ADD.CSV
  (addresses, 6 columns), ALT.CSV (aliases, 5 columns) and SDN_COMMENTS.CSV (remarks
  overflow, 2 columns). The consolidated (non-SDN) CONS_*.CSV set has the same shapes.
* the legacy XML (`sdnList` root), in the old `http://tempuri.org/sdnList.xsd`
  namespace and the 2024+ sanctionslistservice namespace. Elements are matched on
  local names. The consolidated list's `consolidated.xml` uses the same schema.

OFAC CSV quirks handled here: no header row; `-0- ` (sometimes `-0-`) is the null
marker; CRLF line ends; a Ctrl-Z (0x1A) DOS end-of-file byte after the last row;
programs packed as `SDGT] [IFSR`; remarks longer than the column limit are cut off
mid-word and continued in SDN_COMMENTS.CSV; identifiers, birth data and the
low-quality ("weak") a.k.a.s exist only inside the semicolon-separated remarks.
"""

from __future__ import annotations

import calendar
import codecs
import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from lxml import etree

from transforms.base import ParseContext, ParseError, SnapshotFiles
from transforms.model import (
    Address,
    Alias,
    BanRecord,
    DateValue,
    Identifier,
    Measure,
    TargetType,
)

SOURCE = "us_ofac_sdn"
AUTHORITY = "OFAC"
JURISDICTION = "US"

FORMAT_CSV = "ofac_csv"
FORMAT_XML = "sdn_xml"

# File kinds recognised by content.
_SDN, _ADD, _ALT, _COMMENTS = "sdn_csv", "add_csv", "alt_csv", "comments_csv"
_XML, _HTML, _EMPTY, _UNKNOWN = "sdn_xml", "html", "empty", "unknown"
_COLUMNS = {12: _SDN, 6: _ADD, 5: _ALT, 2: _COMMENTS}
_CSV_KINDS = (_SDN, _ADD, _ALT, _COMMENTS)
_KIND_LABEL = {
    _SDN: "SDN main file (12 columns)",
    _ADD: "address file (6 columns)",
    _ALT: "alias file (5 columns)",
    _COMMENTS: "remarks-continuation file (2 columns)",
    _XML: "sdnList XML",
}

_CTRL_Z = "\x1a"
_SNIFF_BYTES = 64 * 1024

# --------------------------------------------------------------------------- lookups

# SDN_Type / sdnType -> target type. An empty type means an entity. source.yml
# `lookups.target_types` extends or overrides this.
TARGET_TYPES: dict[str, str] = {
    "individual": "person",
    "entity": "organization",
    "vessel": "vessel",
    "aircraft": "aircraft",
    "": "organization",
}

# Program tag -> legal basis, only where the mapping is unambiguous. Tags that carry
# their executive order (UKRAINE-EO13662, RUSSIA-EO14024, EO13645, ...) are derived by
# _EO_TAG instead. Country programs resting on several orders (IRAN, SYRIA, DPRK,
# BALKANS, ZIMBABWE, IRAQ2/3, IRGC, ...) are left out on purpose. source.yml
# `lookups.legal_basis` extends or overrides this table.
LEGAL_BASIS: dict[str, str] = {
    "SDGT": "E.O. 13224",
    "SDT": "E.O. 12947",
    "SDNT": "E.O. 12978",
    "SDNTK": "Foreign Narcotics Kingpin Designation Act",
    "NPWMD": "E.O. 13382",
    "IFSR": "Iranian Financial Sanctions Regulations, 31 CFR part 561",
    "IFCA": "Iran Freedom and Counter-Proliferation Act of 2012",
    "ISA": "Iran Sanctions Act of 1996",
    "IRAN-HR": "E.O. 13553",
    "IRAN-CON-ARMS-EO": "E.O. 13949",
    "HRIT-IR": "E.O. 13606",
    "HRIT-SY": "E.O. 13606",
    "FSE-IR": "E.O. 13608",
    "FSE-SY": "E.O. 13608",
    "CYBER": "E.O. 13694",
    "CYBER2": "E.O. 13694, as amended by E.O. 13757",
    "GLOMAG": "E.O. 13818",
    "MAGNIT": "Sergei Magnitsky Rule of Law Accountability Act of 2012",
    "TCO": "E.O. 13581",
    "FTO": "Immigration and Nationality Act, section 219",
    "CAATSA - RUSSIA": "Countering America's Adversaries Through Sanctions Act",
    "CAATSA - IRAN": "Countering America's Adversaries Through Sanctions Act",
    "HIFPAA": "Hizballah International Financing Prevention Amendments Act of 2018",
    "PEESA": "Protecting Europe's Energy Security Act of 2019",
    "SYRIA-CAESAR": "Caesar Syria Civilian Protection Act of 2019",
    "DPRK2": "E.O. 13687",
    "DPRK3": "E.O. 13722",
    "DPRK4": "E.O. 13810",
    "DPRK-NKSPEA": "North Korea Sanctions and Policy Enhancement Act of 2016",
    "UHRPA": "Uyghur Human Rights Policy Act of 2020",
    "VENEZUELA": "E.O. 13692",
    "NICARAGUA": "E.O. 13851",
    "NICARAGUA-NHRAA": "Nicaragua Human Rights and Anticorruption Act of 2018",
    "BELARUS": "E.O. 13405",
    "LIBYA2": "E.O. 13566",
    "LIBYA3": "E.O. 13726",
    "SOUTH SUDAN": "E.O. 13664",
    "CAR": "E.O. 13667",
    "BURUNDI": "E.O. 13712",
    "YEMEN": "E.O. 13611",
    "SOMALIA": "E.O. 13536",
    "DARFUR": "E.O. 13400",
    "LEBANON": "E.O. 13441",
    "CUBA": "Cuban Assets Control Regulations, 31 CFR part 515",
}
_EO_TAG = re.compile(r"(?:^|-)EO(\d{5})$")


@cache
def _yaml_lookups() -> dict[str, dict[str, str]]:
    """`lookups` from this source's source.yml (read directly: no registry coupling)."""
    path = Path(__file__).with_name("source.yml")
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    lookups = data.get("lookups") or {}
    return {
        str(name): {str(k or ""): str(v) for k, v in (table or {}).items()}
        for name, table in lookups.items()
    }


def _target_types() -> dict[str, str]:
    return TARGET_TYPES | _yaml_lookups().get("target_types", {})


def legal_basis_for(program: str) -> str | None:
    """The legal basis of an OFAC program tag, or None when not (confidently) known."""
    table = LEGAL_BASIS | _yaml_lookups().get("legal_basis", {})
    if program in table:
        return table[program]
    if m := _EO_TAG.search(program):
        return f"E.O. {m[1]}"
    return None


# ------------------------------------------------------------------ format detection


@dataclass(frozen=True)
class _Classified:
    name: str
    path: Path
    kind: str
    reason: str = ""


@dataclass(frozen=True)
class _Layout:
    format: str
    main: _Classified
    extras: dict[str, _Classified]  # kind -> file, for ADD/ALT/COMMENTS
    ignored: list[_Classified]


def _null(value: str | None) -> str | None:
    """OFAC's null marker is `-0- ` (occasionally `-0-`); blank counts as null too."""
    if value is None:
        return None
    text = value.strip()
    return None if text in ("", "-0-") else text


def _classify(name: str, path: Path) -> _Classified:
    with open(path, "rb") as fh:
        head = fh.read(_SNIFF_BYTES)
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n" + _CTRL_Z)
    if not text:
        return _Classified(name, path, _EMPTY, "file is empty")
    if text.startswith("<"):
        if re.search(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", text[:4096], re.I):
            return _Classified(name, path, _HTML, "file is an HTML page, not OFAC data")
        root = _xml_root_name(path)
        if root == "sdnList":
            return _Classified(name, path, _XML)
        why = "malformed XML" if root is None else f"XML root element is <{root}>, not <sdnList>"
        return _Classified(name, path, _UNKNOWN, why)
    try:
        first = next(csv.reader(io.StringIO(text)))
    except (StopIteration, csv.Error) as exc:
        return _Classified(name, path, _UNKNOWN, f"not readable as CSV ({exc})")
    kind = _COLUMNS.get(len(first))
    if kind is None:
        return _Classified(
            name,
            path,
            _UNKNOWN,
            f"first row has {len(first)} columns; OFAC CSV files have 12 (SDN), "
            "6 (ADD), 5 (ALT) or 2 (SDN_COMMENTS)",
        )
    if not first[0].strip().isdigit():
        return _Classified(
            name, path, _UNKNOWN, f"first field {first[0][:40]!r} is not an OFAC entry number"
        )
    return _Classified(name, path, kind)


def _xml_root_name(path: Path) -> str | None:
    try:
        for _event, elem in etree.iterparse(
            str(path), events=("start",), resolve_entities=False, no_network=True, huge_tree=True
        ):
            return etree.QName(elem).localname
    except etree.XMLSyntaxError:
        return None
    return None


def _layout(files: SnapshotFiles, source: str = SOURCE) -> _Layout:
    if not files:
        raise ParseError(source, "no files in the snapshot")
    found: dict[str, list[_Classified]] = {}
    for name in sorted(files):
        item = _classify(name, Path(files[name]))
        if item.kind in (_HTML, _UNKNOWN):
            raise ParseError(source, f"{name}: {item.reason}")
        found.setdefault(item.kind, []).append(item)
    for kind, items in found.items():
        if kind != _EMPTY and len(items) > 1:
            names = ", ".join(i.name for i in items)
            raise ParseError(source, f"several files look like the {_KIND_LABEL[kind]}: {names}")
    ignored = found.get(_EMPTY, [])
    if _XML in found:
        csvs = [i.name for k in _CSV_KINDS for i in found.get(k, [])]
        if csvs:
            raise ParseError(
                source, f"snapshot mixes SDN XML with OFAC CSV files ({', '.join(csvs)})"
            )
        return _Layout(FORMAT_XML, found[_XML][0], {}, ignored)
    if _SDN not in found:
        seen = ", ".join(
            f"{i.name} ({_KIND_LABEL.get(i.kind, i.kind)})" for v in found.values() for i in v
        )
        raise ParseError(
            source, f"no SDN main file (12-column SDN.CSV or sdnList XML) found among: {seen}"
        )
    extras = {k: found[k][0] for k in (_ADD, _ALT, _COMMENTS) if k in found}
    return _Layout(FORMAT_CSV, found[_SDN][0], extras, ignored)


def detect_format(files: SnapshotFiles) -> str:
    """Which publication the snapshot is, by content: "ofac_csv" or "sdn_xml".

    Raises ParseError (naming the source and the offending file) when a file is an
    HTML page, has an unknown shape, or no main SDN file is present.
    """
    return _layout(files).format


# ------------------------------------------------------------------ record assembly


@dataclass
class _Builder:
    """Collects one entry's fields; deduplicates as it goes, keeps first-seen order."""

    record_id: str
    name: str
    target_type: TargetType
    programs: list[str] = field(default_factory=list)
    title: str | None = None
    remarks: str | None = None
    aliases: list[Alias] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    birth_dates: list[DateValue] = field(default_factory=list)
    birth_places: list[str] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)

    def add_alias(self, name: str, kind: str) -> None:
        key = name.casefold()
        if key == self.name.casefold() or any(a.name.casefold() == key for a in self.aliases):
            return
        self.aliases.append(Alias(name=name, kind=kind))

    def add_country(self, country: str | None) -> None:
        if country and country not in self.countries:
            self.countries.append(country)

    def add_nationality(self, country: str) -> None:
        if country not in self.nationalities:
            self.nationalities.append(country)

    def add_birth_place(self, place: str) -> None:
        if place not in self.birth_places:
            self.birth_places.append(place)

    def add_birth_date(self, date: DateValue) -> None:
        if all(d.value != date.value for d in self.birth_dates):
            self.birth_dates.append(date)

    def add_identifier(self, ident: Identifier) -> None:
        if all(
            (i.type, i.value, i.country) != (ident.type, ident.value, ident.country)
            for i in self.identifiers
        ):
            self.identifiers.append(ident)

    def add_property(self, key: str, value: str | None) -> None:
        """Properties are single strings; repeated values are joined with "; "."""
        if not value:
            return
        old = self.properties.get(key)
        if old is None:
            self.properties[key] = value
        elif value not in old.split("; "):
            self.properties[key] = f"{old}; {value}"

    def build(self, ctx: ParseContext) -> BanRecord:
        for n in self.nationalities:
            self.add_country(n)
        legal: list[str] = []
        for program in self.programs:
            basis = legal_basis_for(program)
            if basis and basis not in legal:
                legal.append(basis)
        return BanRecord(
            source=SOURCE,
            record_id=self.record_id,
            name=self.name,
            target_type=self.target_type,
            authority=AUTHORITY,
            jurisdiction=JURISDICTION,
            aliases=self.aliases,
            addresses=self.addresses,
            countries=self.countries,
            nationalities=self.nationalities,
            birth_dates=self.birth_dates,
            birth_places=self.birth_places,
            identifiers=self.identifiers,
            programs=self.programs,
            measures=[Measure.ASSET_FREEZE],  # SDN listing = blocking of property
            legal_basis=legal,
            listed_on=None,  # neither format carries listing dates
            title=self.title,
            remarks=self.remarks,
            source_url=ctx.source_url,
            properties=self.properties,
        )


def _target_type(raw: str | None, record_id: str, ctx: ParseContext) -> TargetType:
    key = (raw or "").strip().lower()
    mapped = _target_types().get(key)
    if mapped is None:
        ctx.warn(f"record {record_id}: unknown SDN type {raw!r}; using 'other'")
        return TargetType.OTHER
    return TargetType(mapped)


def _split_programs(raw: str | None) -> list[str]:
    """`SDGT] [IFSR` -> ["SDGT", "IFSR"] (OFAC joins programs with "] [")."""
    out: list[str] = []
    for part in re.split(r"\]\s*\[", raw or ""):
        tag = part.strip().strip("[]").strip()
        if tag and tag not in out:
            out.append(tag)
    return out


def _alias_kind(raw: str) -> str | None:
    """ "aka" / "a.k.a." -> "aka" (also fka, nka); None for anything else."""
    kind = raw.strip().lower().replace(".", "")
    return kind if kind in ("aka", "fka", "nka") else None


# -------------------------------------------------------------------- dates of birth

_CIRCA = re.compile(r"^(?:circa|approximately|approx\.?|about|ca\.)\s+", re.I)
_RANGE = re.compile(r"\s+to\s+|(?<=^\d{4})\s*-\s*(?=\d{4}$)", re.I)
_MAX_YEAR_SPAN = 15


def parse_birth_dates(raw: str) -> list[DateValue]:
    """OFAC's DOB spellings -> dates, keeping the precision; [] when unparseable.

    "28 Jul 1963", "Jul 1963", "1963" parse directly; "circa 1960" keeps the year;
    ranges ("1963 to 1965", "01 Jan 1960 to 31 Dec 1962", "circa 1960-1962") give one
    year per year when they span whole years, the month when they span one whole
    month, else the two end points. Every value's `raw` is the full original text.
    """
    text = _CIRCA.sub("", raw.strip()).strip().rstrip(".").strip()
    parts = _RANGE.split(text)
    if len(parts) == 1:
        one = DateValue.parse(text)
        return [] if one is None else [DateValue(value=one.value, precision=one.precision, raw=raw)]
    if len(parts) != 2:
        return []
    start, end = DateValue.parse(parts[0]), DateValue.parse(parts[1])
    if start is None or end is None:
        return []
    first_year, last_year = _whole_years(start, end)
    if first_year is not None and last_year is not None:
        if 0 <= last_year - first_year <= _MAX_YEAR_SPAN:
            return [
                DateValue(value=str(y), precision="year", raw=raw)
                for y in range(first_year, last_year + 1)
            ]
    elif start.precision == end.precision == "day" and start.value[:7] == end.value[:7]:
        year, month = int(start.value[:4]), int(start.value[5:7])
        last_day = calendar.monthrange(year, month)[1]
        if start.value[8:] == "01" and int(end.value[8:]) == last_day:
            return [DateValue(value=start.value[:7], precision="month", raw=raw)]
    return [
        DateValue(value=start.value, precision=start.precision, raw=raw),
        DateValue(value=end.value, precision=end.precision, raw=raw),
    ]


def _whole_years(start: DateValue, end: DateValue) -> tuple[int | None, int | None]:
    """(first, last) year when the range covers whole calendar years, else (None, None)."""
    starts_year = start.precision == "year" or start.value[4:] == "-01-01"
    ends_year = end.precision == "year" or end.value[4:] == "-12-31"
    if starts_year and ends_year:
        return int(start.value[:4]), int(end.value[:4])
    return None, None


def _add_birth_dates(b: _Builder, raw: str, ctx: ParseContext) -> None:
    dates = parse_birth_dates(raw)
    if not dates:
        ctx.warn(f"record {b.record_id}: unparseable date of birth {raw!r} kept in properties")
        b.add_property("dob_unparsed", raw)
    for d in dates:
        b.add_birth_date(d)


# ----------------------------------------------------------------- identifiers & co.

# Remarks tokens / XML idTypes that describe the record rather than identify it;
# they go to properties under these keys.
_PROPERTY_TYPES: dict[str, str] = {
    "Gender": "gender",
    "Linked To": "linked_to",
    "Secondary sanctions risk": "secondary_sanctions_risk",
    "Additional Sanctions Information -": "additional_sanctions_information",
    "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial "
    "Institutions": "transactions_prohibited",
    "CAATSA Section 235 Information": "caatsa_section_235",
    "Organization Established Date": "organization_established_date",
    "Organization Type": "organization_type",
    "Aircraft Model": "aircraft_model",
    "Aircraft Manufacture Date": "aircraft_manufacture_date",
    "Aircraft Operator": "aircraft_operator",
    "Vessel Year of Build": "vessel_year_of_build",
    "Former Vessel Flag": "former_vessel_flag",
    "Other Vessel Flag": "other_vessel_flag",
    "Other Vessel Type": "other_vessel_type",
    "Other Vessel Call Sign": "other_vessel_call_sign",
    "Nationality of Registration": "nationality_of_registration",
    "Target Type": "target_type_detail",
    "IFCA Determination -": "ifca_determination",
}
# "Executive Order 13662 Directive Determination - Subject to Directive 2",
# "Executive Order 13846 information: LOANS FROM ..." (whole token kept as value).
_EO_INFO = re.compile(r"^Executive Order \d+ (?:Directive Determination|information)\b")

# Identifier types as OFAC writes them in remarks (and as XML idType). Longest match
# wins; anything else ending in No./Number/#/ID/Card/Code with a digit in the value is
# also taken as an identifier (_GENERIC_ID).
_ID_TYPES: tuple[str, ...] = tuple(
    sorted(
        [
            "Passport",
            "Diplomatic Passport",
            "National ID No.",
            "Identification Number",
            "Registration Number",
            "Registration ID",
            "Business Registration Number",
            "Business Registration Document #",
            "Company Number",
            "UK Company Number",
            "Tax ID No.",
            "SSN",
            "Cedula No.",
            "R.F.C.",
            "RFC",
            "C.U.R.P.",
            "CURP #",
            "D.N.I.",
            "I.F.E.",
            "C.U.I.T.",
            "C.U.I.P.",
            "NIT #",
            "SWIFT/BIC",
            "V.A.T. Number",
            "D-U-N-S Number",
            "Email Address",
            "Website",
            "Phone Number",
            "Telephone No.",
            "Telephone",
            "Fax No.",
            "Fax",
            "IMO",
            "MMSI",
            "Vessel Registration Identification",
            "Aircraft Construction Number (also called L/N or S/N or F/N)",
            "Aircraft Manufacturer's Serial Number (MSN)",
            "Aircraft Mode S Transponder Code",
            "Aircraft Tail Number",
            "Previous Aircraft Tail Number",
            "Driver's License No.",
            "Birth Certificate Number",
            "Residency Number",
            "Personal ID Card",
            "Electoral Registry No.",
            "Credencial electoral",
            "Cartilla de Servicio Militar Nacional",
            "Matricula Mercantil No",
            "Folio Mercantil No.",
            "Trade License No.",
            "Commercial Registry Number",
            "Certificate of Incorporation Number",
            "Government Gazette Number",
            "Legal Entity Number",
            "Public Security and Immigration No.",
            "BIK (RU)",
            "Chamber of Commerce Number",
            "US FEIN",
            "Italian Fiscal Code",
            "Stateless Person ID Card",
            "Refugee ID Card",
            "LE Number",
            "Central Registration System Number",
            "License",
            "Numero de Identidad",
            "RTN",
            "C.U.I.",
            "VisaNumberID",
            "PHONE",
            "Aircraft Serial Identification",
            "United Social Credit Code Certificate (USCCC)",
            "Unified Social Credit Code (USCC)",
            "International Maritime Organization No.",
        ],
        key=len,
        reverse=True,
    )
)
_DIGITAL_CURRENCY = re.compile(r"^(Digital Currency Address - [A-Z0-9]+)[:\s]+(\S+)$")
_GENERIC_ID = re.compile(
    r"^(?P<type>[A-Z][\w.'/&() -]{0,60}?(?: No\.?| Number| #| ID| Card| Code))[:\s]+"
    r"(?P<value>\S*\d.*)$"
)
_IMO = re.compile(r"^(?:IMO\s*)?(\d{7})$")
_IMO_CONTAINERS = ("Vessel Registration Identification", "Identification Number")
_ISSUED = re.compile(r"\s+(?:issued|expires)\b.*$", re.I)
_TRAILING_PAREN = re.compile(r"\s*\(([^()]*)\)$")


def _prefixed(token: str, prefix: str) -> str | None:
    """The rest of `token` after `prefix` plus an optional ':' and spaces, else None."""
    if not token.startswith(prefix):
        return None
    rest = token[len(prefix) :]
    if rest and not (rest[0].isspace() or rest[0] == ":" or prefix.endswith(("-", ":"))):
        return None  # e.g. "Passports" is not "Passport"
    return rest.lstrip(": \t")


def _make_identifier(id_type: str, number: str, country: str | None, raw: str) -> Identifier:
    """Normalise: "Vessel Registration Identification IMO 9486910" -> IMO 9486910."""
    value = number.strip()
    m = _IMO.match(value)
    # Types that hold an IMO number only when it says "IMO" (a bare 7-digit
    # registration or ID number is not necessarily one).
    is_imo = id_type in ("IMO", "International Maritime Organization No.") or (
        id_type in _IMO_CONTAINERS and value.startswith("IMO")
    )
    if m and is_imo:
        id_type, value = "IMO", m[1]
    return Identifier(type=id_type, value=value, country=country or None, raw=raw)


def _split_id_value(rest: str) -> tuple[str, str | None]:
    """ "0582030 (Connecticut) (United States) issued 2001" -> ("0582030", "United States")."""
    text = _ISSUED.sub("", rest).strip()
    country = None
    while m := _TRAILING_PAREN.search(text):
        inner = m[1].strip()
        if not re.search(r"[A-Za-z]", inner) or m.start() == 0:
            break  # "(218) (0)2147" is part of a phone number, not a country
        country = country or inner
        text = text[: m.start()].rstrip()
    return text, country


def _classify_id(
    id_type: str, number: str, country: str | None, raw: str
) -> Identifier | tuple[str, str]:
    """An XML <id> -> an Identifier, or (property key, value) for descriptive types."""
    t = id_type.strip()
    bare = t.rstrip(":- ").strip()
    value = _strip_period(number.strip())  # same spelling as the CSV remarks token
    for prefix, key in _PROPERTY_TYPES.items():
        if bare == prefix.rstrip(":- ").strip():
            return (key, value)
    if _EO_INFO.match(t):
        return ("executive_order_information", f"{t} {number}".strip())
    return _make_identifier(t, number, country, raw)


# ------------------------------------------------------------------ remarks tokens

_PERIOD_KEEP = re.compile(r"(?:\b[A-Za-z]|\b(?:Co|Inc|Ltd|Jr|Sr|St|Corp|No))\.$")
_QUOTED_ALIAS = re.compile(r"^([afn])\.k\.a\.?\s*[:]?\s*'(.+)'$", re.I)
_ALT_PREFIX = re.compile(r"^alt\.\s+", re.I)


def _strip_period(token: str) -> str:
    """Drop a sentence-final '.', but keep it after abbreviations ("D.C.", "Co.")."""
    if token.endswith(".") and not _PERIOD_KEEP.search(token):
        return token[:-1].rstrip()
    return token


def _apply_remarks(b: _Builder, remarks: str, ctx: ParseContext) -> None:
    """Pull structured fields out of the CSV remarks; the full text stays in `remarks`."""
    for piece in re.split(r";\s*", remarks):
        token = _strip_period(_ALT_PREFIX.sub("", piece.strip()))
        if not token:
            continue
        if m := _QUOTED_ALIAS.match(token):
            # Low-quality a.k.a.s live only in the remarks (quoted); strong ones come
            # from ALT.CSV, and add_alias skips names already present from there.
            kind = {"a": "weak", "f": "fka", "n": "nka"}[m[1].lower()]
            b.add_alias(m[2].strip(), kind)
        elif (rest := _prefixed(token, "DOB")) is not None:
            _add_birth_dates(b, rest, ctx)
        elif (rest := _prefixed(token, "POB")) is not None:
            if rest:
                b.add_birth_place(rest)
        elif (rest := _prefixed(token, "nationality")) is not None or (
            rest := _prefixed(token, "citizen")
        ) is not None:
            if rest:
                b.add_nationality(rest)
        else:
            _apply_id_token(b, token)


def _apply_id_token(b: _Builder, token: str) -> None:
    for prefix, key in _PROPERTY_TYPES.items():
        if (rest := _prefixed(token, prefix)) is not None:
            b.add_property(key, rest)
            return
    if _EO_INFO.match(token):
        b.add_property("executive_order_information", token)
        return
    if m := _DIGITAL_CURRENCY.match(token):
        b.add_identifier(Identifier(type=m[1], value=m[2], raw=token))
        return
    for id_type in _ID_TYPES:
        if (rest := _prefixed(token, id_type)) is not None:
            value, country = _split_id_value(rest)
            if value:
                b.add_identifier(_make_identifier(id_type, value, country, token))
            return
    if m := _GENERIC_ID.match(token):
        value, country = _split_id_value(m["value"])
        if value:
            b.add_identifier(_make_identifier(m["type"].strip(), value, country, token))
    # Anything else (positions held, family ties, free prose) stays in `remarks` only.


# ------------------------------------------------------------------------ CSV format


def _encoding(path: Path) -> str:
    """utf-8 (with or without BOM) when the whole file decodes, else cp1252, else latin-1."""
    for candidate in ("utf-8-sig", "cp1252"):
        decoder = codecs.getincrementaldecoder(candidate)()
        try:
            with open(path, "rb") as fh:
                while chunk := fh.read(1 << 20):
                    decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return candidate
        except UnicodeDecodeError:
            continue
    return "latin-1"  # cp1252 leaves 5 bytes undefined; latin-1 maps every byte


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, row) for each non-blank row; Ctrl-Z EOF bytes are removed."""
    encoding = _encoding(path)
    with open(path, encoding=encoding, newline="") as fh:
        lines: Iterable[str] = (line.replace(_CTRL_Z, "") for line in fh)
        reader = csv.reader(lines)
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            yield reader.line_num, row


def _read_side_file(
    item: _Classified, width: int, ctx: ParseContext
) -> dict[str, list[tuple[int, list[str]]]]:
    """ADD/ALT/COMMENTS rows grouped by ent_num, file order kept."""
    out: dict[str, list[tuple[int, list[str]]]] = {}
    for line, row in _csv_rows(item.path):
        if len(row) != width:
            raise ctx.error(
                f"{item.name} line {line}: {len(row)} columns, expected {width} "
                f"for the {_KIND_LABEL[item.kind]}"
            )
        ent = row[0].strip()
        if not ent.isdigit():
            raise ctx.error(f"{item.name} line {line}: ent_num {row[0]!r} is not a number")
        out.setdefault(ent, []).append((line, row))
    return out


def _parse_csv(layout: _Layout, ctx: ParseContext) -> Iterator[BanRecord]:
    def side(kind: str, width: int) -> dict[str, list[tuple[int, list[str]]]]:
        item = layout.extras.get(kind)
        return _read_side_file(item, width, ctx) if item else {}

    addresses, aliases, comments = side(_ADD, 6), side(_ALT, 5), side(_COMMENTS, 2)
    main = layout.main
    seen: set[str] = set()
    for line, row in _csv_rows(main.path):
        where = f"{main.name} line {line}"
        if len(row) != 12:
            raise ctx.error(f"{where}: {len(row)} columns, expected 12 for the SDN main file")
        ent_num = (_null(row[0]) or "").strip()
        if not ent_num:
            raise ctx.error(f"{where}: missing ent_num")
        if not ent_num.isdigit():
            raise ctx.error(f"{where}: ent_num {row[0]!r} is not a number")
        name = _null(row[1])
        if not name:
            raise ctx.error(f"{where}: record {ent_num} has no SDN_Name")
        if ent_num in seen:
            ctx.warn(f"{where}: duplicate ent_num {ent_num}; later row skipped")
            continue
        seen.add(ent_num)
        yield _csv_record(
            row,
            ent_num,
            name,
            addresses.pop(ent_num, []),
            aliases.pop(ent_num, []),
            comments.pop(ent_num, []),
            ctx,
        )
    # Whatever is left references an ent_num that SDN.CSV does not have.
    for kind, left in ((_ADD, addresses), (_ALT, aliases), (_COMMENTS, comments)):
        for ent, rows in left.items():
            file_name = layout.extras[kind].name
            lines = ", ".join(str(n) for n, _ in rows)
            ctx.warn(
                f"{file_name}: {len(rows)} row(s) (line {lines}) reference ent_num {ent}, "
                f"which is not in {main.name}; ignored"
            )


def _csv_record(
    row: list[str],
    ent_num: str,
    name: str,
    address_rows: list[tuple[int, list[str]]],
    alias_rows: list[tuple[int, list[str]]],
    comment_rows: list[tuple[int, list[str]]],
    ctx: ParseContext,
) -> BanRecord:
    (_, _, sdn_type, program, title, call_sign, vess_type, tonnage, grt, flag, owner, rmk) = row
    b = _Builder(
        record_id=ent_num,
        name=name,
        target_type=_target_type(_null(sdn_type), ent_num, ctx),
        programs=_split_programs(_null(program)),
        title=_null(title),
    )
    # Remarks cut at the column limit continue in SDN_COMMENTS.CSV, often mid-word
    # ("...XBT 1B64QRxf" + "aa35MVkf..."), so the pieces are joined without a space.
    remarks = "".join([_null(rmk) or ""] + [(_null(r[1]) or "") for _, r in comment_rows]).strip()
    b.remarks = remarks or None

    for _, (_, _, street, city, country, add_rmk) in address_rows:
        # The city column holds "city, state/province postal-code" in one string;
        # OFAC gives no reliable way to split it, so it is kept whole in `city`.
        address = Address(
            street=_null(street), city=_null(city), country=_null(country), remarks=_null(add_rmk)
        )
        if address != Address():  # "-0-" in every column: nothing to keep
            b.addresses.append(address)
            b.add_country(address.country)

    for line, (_, _, alt_type, alt_name, alt_rmk) in alias_rows:
        alias_name = _null(alt_name)
        if not alias_name:
            ctx.warn(f"ALT line {line}: record {ent_num} has an alias row without a name")
            continue
        kind = _alias_kind(alt_type)
        if kind is None:
            ctx.warn(f"record {ent_num}: unknown alias type {alt_type!r}; kept as 'aka'")
            kind = "aka"
        note = _null(alt_rmk)
        if note and "weak" in note.lower():
            kind = "weak"
        elif note:
            b.add_property("alias_remarks", f"{alias_name}: {note}")
        b.add_alias(alias_name, kind)

    for key, value in (
        ("call_sign", call_sign),
        ("vessel_type", vess_type),
        ("vessel_tonnage", tonnage),
        ("vessel_grt", grt),
        ("vessel_flag", flag),
        ("vessel_owner", owner),
    ):
        b.add_property(key, _null(value))

    if remarks:
        _apply_remarks(b, remarks, ctx)
    b.add_country(_null(flag))
    return b.build(ctx)


# ------------------------------------------------------------------------ XML format

_ENTRY_CHILDREN = {
    "uid",
    "firstName",
    "lastName",
    "title",
    "sdnType",
    "nspType",  # consolidated.xml's name for the type ("non-SDN type")
    "remarks",
    "programList",
    "idList",
    "akaList",
    "addressList",
    "nationalityList",
    "citizenshipList",
    "dateOfBirthList",
    "placeOfBirthList",
    "vesselInfo",
}
_ITEM_CHILDREN = {
    "aka": {"uid", "type", "category", "lastName", "firstName"},
    "address": {
        "uid",
        "address1",
        "address2",
        "address3",
        "city",
        "stateOrProvince",
        "postalCode",
        "country",
    },
    "id": {"uid", "idType", "idNumber", "idCountry", "issueDate", "expirationDate"},
    "nationality": {"uid", "country", "mainEntry"},
    "citizenship": {"uid", "country", "mainEntry"},
    "dateOfBirthItem": {"uid", "dateOfBirth", "mainEntry"},
    "placeOfBirthItem": {"uid", "placeOfBirth", "mainEntry"},
}
_LIST_ITEM = {
    "programList": "program",
    "idList": "id",
    "akaList": "aka",
    "addressList": "address",
    "nationalityList": "nationality",
    "citizenshipList": "citizenship",
    "dateOfBirthList": "dateOfBirthItem",
    "placeOfBirthList": "placeOfBirthItem",
}
_VESSEL_FIELDS = {
    "callSign": "call_sign",
    "vesselType": "vessel_type",
    "tonnage": "vessel_tonnage",
    "grossRegisteredTonnage": "vessel_grt",
    "vesselFlag": "vessel_flag",
    "vesselOwner": "vessel_owner",
}


def _local(elem: Any) -> str:
    return etree.QName(elem).localname


def _children(elem: Any) -> Iterator[Any]:
    """Element children only (comments and processing instructions skipped)."""
    return (c for c in elem if isinstance(c.tag, str))


def _text(elem: Any) -> str | None:
    text = (elem.text or "").strip() if elem is not None else ""
    return text or None


def _fields(item: Any, where: str, ctx: ParseContext) -> dict[str, str]:
    """An item's child texts by local name; unknown children are reported."""
    known = _ITEM_CHILDREN.get(_local(item), set())
    out: dict[str, str] = {}
    for child in _children(item):
        name = _local(child)
        if name not in known:
            ctx.warn(f"{where}: unknown element <{name}> in <{_local(item)}> ignored")
            continue
        if (value := _text(child)) is not None:
            out[name] = value
    return out


def _person_name(f: dict[str, str]) -> str | None:
    """lastName/firstName -> "LAST, First", like SDN_Name in the CSV."""
    last, first = f.get("lastName"), f.get("firstName")
    if last and first:
        return f"{last}, {first}"
    return last or first


def _xml_items(lst: Any, where: str, ctx: ParseContext) -> Iterator[Any]:
    expected = _LIST_ITEM[_local(lst)]
    for item in _children(lst):
        if _local(item) != expected:
            ctx.warn(f"{where}: unknown element <{_local(item)}> in <{_local(lst)}> ignored")
            continue
        yield item


def _xml_record(entry: Any, ctx: ParseContext) -> BanRecord:
    uid = _text(next((c for c in _children(entry) if _local(c) == "uid"), None))
    line = entry.sourceline
    if not uid:
        raise ctx.error(f"sdnEntry at line {line} has no <uid>")
    top: dict[str, Any] = {}
    lists: dict[str, list[Any]] = {}
    for child in _children(entry):
        tag = _local(child)
        if tag not in _ENTRY_CHILDREN:
            ctx.warn(
                f"record {uid}: unknown element <{tag}> in sdnEntry ignored "
                f"(text: {(_text(child) or '')[:80]!r})"
            )
        elif tag in _LIST_ITEM or tag == "vesselInfo":
            lists.setdefault(tag, []).append(child)  # a repeated list is read in full
        elif tag in top:
            ctx.warn(f"record {uid}: repeated <{tag}> ignored: {(_text(child) or '')[:80]!r}")
        else:
            top[tag] = child
    name = _person_name(
        {k: v for k in ("lastName", "firstName") if (v := _text(top.get(k))) is not None}
    )
    if not name:
        raise ctx.error(f"sdnEntry {uid} (line {line}) has no lastName/firstName")
    where = f"record {uid}"
    type_elem = top.get("sdnType") if "sdnType" in top else top.get("nspType")
    b = _Builder(
        record_id=uid,
        name=name,
        target_type=_target_type(_text(type_elem), uid, ctx),
        title=_text(top.get("title")),
        remarks=_text(top.get("remarks")),
    )
    handlers: dict[str, Callable[[Any], None]] = {
        "programList": lambda item: _add_program(b, item),
        "akaList": lambda item: _add_xml_alias(b, _fields(item, where, ctx), ctx),
        "addressList": lambda item: _add_xml_address(b, _fields(item, where, ctx)),
        "idList": lambda item: _add_xml_id(b, _fields(item, where, ctx)),
        "nationalityList": lambda item: _add_xml_nationality(b, _fields(item, where, ctx)),
        "citizenshipList": lambda item: _add_xml_nationality(b, _fields(item, where, ctx)),
        "dateOfBirthList": lambda item: _add_xml_dob(b, _fields(item, where, ctx), ctx),
        "placeOfBirthList": lambda item: _add_xml_pob(b, _fields(item, where, ctx)),
    }
    for list_name, handler in handlers.items():
        for lst in lists.get(list_name, []):
            for item in _xml_items(lst, where, ctx):
                handler(item)
    for vessel in lists.get("vesselInfo", []):
        for child in _children(vessel):
            key = _VESSEL_FIELDS.get(_local(child))
            if key is None:
                ctx.warn(f"{where}: unknown element <{_local(child)}> in <vesselInfo> ignored")
                continue
            b.add_property(key, _text(child))
    b.add_country(b.properties.get("vessel_flag"))
    return b.build(ctx)


def _add_program(b: _Builder, item: Any) -> None:
    for tag in _split_programs(_text(item)):
        if tag not in b.programs:
            b.programs.append(tag)


def _add_xml_alias(b: _Builder, f: dict[str, str], ctx: ParseContext) -> None:
    name = _person_name(f)
    if not name:
        ctx.warn(f"record {b.record_id}: alias {f.get('uid', '?')} has no name")
        return
    kind = _alias_kind(f.get("type", "a.k.a."))
    if kind is None:
        ctx.warn(f"record {b.record_id}: unknown alias type {f.get('type')!r}; kept as 'aka'")
        kind = "aka"
    if f.get("category", "").lower() == "weak":
        kind = "weak"  # OFAC's "low quality" a.k.a.
    b.add_alias(name, kind)


def _add_xml_address(b: _Builder, f: dict[str, str]) -> None:
    street = ", ".join(f[k] for k in ("address1", "address2", "address3") if k in f)
    address = Address(
        street=street or None,
        city=f.get("city"),
        region=f.get("stateOrProvince"),
        postal_code=f.get("postalCode"),
        country=f.get("country"),
    )
    if address != Address():
        b.addresses.append(address)
        b.add_country(address.country)


def _add_xml_id(b: _Builder, f: dict[str, str]) -> None:
    id_type, number, country = f.get("idType", ""), f.get("idNumber", ""), f.get("idCountry")
    # Rebuild the CSV remarks spelling as `raw` so both formats read alike.
    raw = f"{id_type} {number}".strip()
    if country:
        raw += f" ({country})"
    if "issueDate" in f:
        raw += f" issued {f['issueDate']}"
    if "expirationDate" in f:
        raw += f" expires {f['expirationDate']}"
    if not number:
        b.add_property("id_without_number", raw)
        return
    result = _classify_id(id_type, number, country, raw)
    if isinstance(result, Identifier):
        b.add_identifier(result)
    else:
        b.add_property(*result)


def _add_xml_nationality(b: _Builder, f: dict[str, str]) -> None:
    if country := f.get("country"):
        b.add_nationality(country)


def _add_xml_dob(b: _Builder, f: dict[str, str], ctx: ParseContext) -> None:
    if raw := f.get("dateOfBirth"):
        _add_birth_dates(b, raw, ctx)


def _add_xml_pob(b: _Builder, f: dict[str, str]) -> None:
    if place := f.get("placeOfBirth"):
        b.add_birth_place(place)


def _parse_xml(layout: _Layout, ctx: ParseContext) -> Iterator[BanRecord]:
    item = layout.main
    declared: int | None = None
    count = 0
    root: Any = None
    try:
        for event, elem in etree.iterparse(
            str(item.path),
            events=("start", "end"),
            resolve_entities=False,
            no_network=True,
            huge_tree=True,
            remove_comments=True,
            remove_pis=True,
        ):
            if event == "start":
                if root is None:
                    root = elem
                    if _local(elem) != "sdnList":
                        raise ctx.error(f"{item.name}: XML root is <{_local(elem)}>, not sdnList")
                continue
            if elem.getparent() is not root:
                continue  # nested elements are read with their sdnEntry
            name = _local(elem)
            if name == "sdnEntry":
                yield _xml_record(elem, ctx)
                count += 1
            elif name == "publshInformation":  # sic: OFAC's spelling
                declared_text = _text(next((c for c in elem if _local(c) == "Record_Count"), None))
                declared = int(declared_text) if declared_text and declared_text.isdigit() else None
            else:
                ctx.warn(f"{item.name}: unknown element <{name}> under sdnList ignored")
            # Streaming: drop the finished element and its already-processed siblings.
            elem.clear(keep_tail=False)
            while elem.getprevious() is not None:
                del root[0]
    except etree.XMLSyntaxError as exc:
        raise ctx.error(f"{item.name}: malformed XML after {count} entries: {exc}") from exc
    if declared is not None and declared != count:
        ctx.warn(
            f"{item.name}: publshInformation Record_Count says {declared}, "
            f"but {count} sdnEntry elements were parsed"
        )


# ---------------------------------------------------------------------------- entry


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord]:
    """Yield one BanRecord per SDN entry, in file order.

    Raises ParseError (via ctx.error) for an unrecognisable snapshot, a malformed
    file or a row missing its ent_num/name; oddities that do not lose data (unknown
    XML elements, aliases of unknown entries, unparseable dates) go to ctx.warn.
    """
    layout = _layout(files, ctx.source)
    for ignored in layout.ignored:
        ctx.warn(f"{ignored.name}: {ignored.reason}; ignored")
    if layout.format == FORMAT_XML:
        yield from _parse_xml(layout, ctx)
    else:
        yield from _parse_csv(layout, ctx)
