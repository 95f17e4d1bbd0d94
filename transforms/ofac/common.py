"""What the OFAC publications share: lookups, record assembly, remarks and id parsing.

OFAC publishes two lists in the same three formats (the legacy CSV set, the legacy
`sdnList` XML and the "advanced" XML): the SDN list (`us_ofac_sdn`) and the
consolidated non-SDN list (`us_ofac_cons`). An `OfacProfile` says which list a parse is
for: the `source` written into every record, where its lookups come from (the source's
`source.yml`, read through the registry) and how its measures are derived.

Measures: an SDN listing is a blocking, so `us_ofac_sdn` gives every record
`asset_freeze` (`fixed_measures`). The non-SDN lists restrict different things per
program (SSI: debt/equity and oil-project exports; CMIC: investment; PLC: dealings;
NS-MBS: a menu of financial measures), so `us_ofac_cons` derives them from its lookups:
`program_measures` (program tag -> measures), `detail_measures` (a remarks/feature token
prefix such as "Executive Order 13662 Directive Determination - Subject to Directive 4"
-> measures) and, in the advanced XML, `sanctions_type_measures` (SanctionsType ->
measures). Values are comma-separated Measure names; "" means "no measure by itself".
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from transforms.base import ParseContext, ParseError
from transforms.common import add_property
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

AUTHORITY = "OFAC"
JURISDICTION = "US"

# File kinds, recognised by content (see transforms.ofac.snapshot).
MAIN, ADD, ALT, COMMENTS = "main_csv", "add_csv", "alt_csv", "comments_csv"
XML, ADVANCED = "sdn_xml", "advanced_xml"
HTML, EMPTY, UNKNOWN = "html", "empty", "unknown"
CSV_KINDS = (MAIN, ADD, ALT, COMMENTS)
KIND_LABEL = {
    ADD: "address file (6 columns)",
    ALT: "alias file (5 columns)",
    COMMENTS: "remarks-continuation file (2 columns)",
    XML: "sdnList XML",
    ADVANCED: "advanced XML",
}


@dataclass(frozen=True)
class FileItem:
    """One file of a snapshot and what its content says it is."""

    name: str
    path: Path
    kind: str
    reason: str = ""


@dataclass(frozen=True)
class OfacProfile:
    """Which OFAC list a snapshot is parsed as."""

    source: str  # BanRecord.source, and the registry id whose lookups apply
    main_label: str  # how errors name the 12-column main CSV file
    # Measures every record gets regardless of programs (SDN: a blocking); when empty,
    # measures are derived from the lookups described in the module docstring.
    fixed_measures: tuple[Measure, ...] = ()
    # "Listing Date (CMIC) 03 Jun 2021" / "Listing Date (EO 14024 Directive 3): ..."
    # remarks tokens give listed_on (the non-SDN lists' own listing date). Off for the
    # SDN list: there they date a directive, not the SDN designation.
    listed_on_from_remarks: bool = False

    def lookups(self) -> dict[str, dict[str, str]]:
        return get_source(self.source).lookups


@dataclass
class Run:
    """One parse: its context, profile and the warnings already given once."""

    ctx: ParseContext
    profile: OfacProfile
    _once: set[str] = field(default_factory=set)

    def warn_once(self, key: str, message: str) -> None:
        if key not in self._once:
            self._once.add(key)
            self.ctx.warn(message)

    def error(self, problem: str) -> ParseError:
        return self.ctx.error(problem)


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


def target_types(profile: OfacProfile) -> dict[str, str]:
    return TARGET_TYPES | profile.lookups().get("target_types", {})


def legal_basis_for(program: str, profile: OfacProfile) -> str | None:
    """The legal basis of an OFAC program tag, or None when not (confidently) known."""
    table = LEGAL_BASIS | profile.lookups().get("legal_basis", {})
    if program in table:
        return table[program] or None
    if m := _EO_TAG.search(program):
        return f"E.O. {m[1]}"
    return None


def parse_measures(spec: str, where: str, run: Run) -> list[Measure]:
    """ "financial_restriction, export_control" -> measures; a bad name is a config error."""
    out: list[Measure] = []
    for part in spec.split(","):
        name = part.strip()
        if not name:
            continue
        try:
            out.append(Measure(name))
        except ValueError:
            raise run.error(f"{where}: {name!r} is not a measure") from None
    return out


def null(value: str | None) -> str | None:
    """OFAC's null marker is `-0- ` (occasionally `-0-`); blank counts as null too."""
    if value is None:
        return None
    text = value.strip()
    return None if text in ("", "-0-") else text


# ------------------------------------------------------------------ record assembly


@dataclass
class Builder:
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
    # Tokens that may carry measures (directive determinations, CAATSA menu items, ...).
    details: list[str] = field(default_factory=list)
    # "Listing Date (CMIC) 03 Jun 2021" -> (date, "CMIC"), from the remarks.
    listing_dates: list[tuple[DateValue, str]] = field(default_factory=list)
    # Set by the advanced XML, which states them: its SanctionsEntry dates, legal bases
    # and SanctionsMeasure types.
    listed_on: DateValue | None = None
    legal_basis: list[str] | None = None
    extra_measures: list[Measure] = field(default_factory=list)

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
        add_property(self.properties, key, value)

    def add_detail(self, token: str) -> None:
        if token not in self.details:
            self.details.append(token)

    def build(self, run: Run) -> BanRecord:
        for n in self.nationalities:
            self.add_country(n)
        legal = self.legal_basis
        if legal is None:
            legal = []
            for program in self.programs:
                basis = legal_basis_for(program, run.profile)
                if basis and basis not in legal:
                    legal.append(basis)
        listed_on = self.listed_on
        if listed_on is None and run.profile.listed_on_from_remarks:
            listed_on = self._listing_date()
        return BanRecord(
            source=run.profile.source,
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
            measures=self._measures(run),
            legal_basis=legal,
            listed_on=listed_on,
            title=self.title,
            remarks=self.remarks,
            source_url=run.ctx.source_url,
            properties=self.properties,
        )

    def _listing_date(self) -> DateValue | None:
        """The earliest "Listing Date (scope)", if the scopes cover every program.

        The dates are per program ("CMIC", "EO 14024 Directive 2"); an entry that also
        has a program without one (an SSI entry since 2014 that got a 2022 E.O. 14024
        directive) has no known first listing date, so none is claimed.
        """
        if not self.listing_dates:
            return None
        keys = set()
        for _date, scope in self.listing_dates:
            m = re.search(r"\b(\d{5})\b", scope)
            keys.add(m[1] if m else scope.split()[0].upper())
        if not all(any(key in program.upper() for key in keys) for program in self.programs):
            return None
        return min((d for d, _ in self.listing_dates), key=lambda d: d.value)

    def _measures(self, run: Run) -> list[Measure]:
        if run.profile.fixed_measures:
            return list(run.profile.fixed_measures)
        lookups = run.profile.lookups()
        by_program = lookups.get("program_measures", {})
        by_detail = lookups.get("detail_measures", {})
        out: list[Measure] = []

        def add(found: list[Measure]) -> None:
            out.extend(m for m in found if m not in out)

        for program in self.programs:
            spec = by_program.get(program)
            if spec is None:
                run.warn_once(
                    f"program:{program}",
                    f"record {self.record_id}: program {program!r} has no entry in "
                    "lookups.program_measures; measure 'other' assumed",
                )
                add([Measure.OTHER])
            else:
                add(parse_measures(spec, f"lookups.program_measures[{program!r}]", run))
        for token in self.details:
            for prefix, spec in by_detail.items():
                if token.startswith(prefix):
                    add(parse_measures(spec, f"lookups.detail_measures[{prefix!r}]", run))
        add(self.extra_measures)
        if not out:
            run.ctx.warn(f"record {self.record_id}: no measure could be derived; 'other' used")
            out.append(Measure.OTHER)
        return out


def target_type(raw: str | None, record_id: str, run: Run) -> TargetType:
    key = (raw or "").strip().lower()
    mapped = target_types(run.profile).get(key)
    if mapped is None:
        run.ctx.warn(f"record {record_id}: unknown SDN type {raw!r}; using 'other'")
        return TargetType.OTHER
    return TargetType(mapped)


def split_programs(raw: str | None) -> list[str]:
    """`SDGT] [IFSR` -> ["SDGT", "IFSR"] (OFAC joins programs with "] [")."""
    out: list[str] = []
    for part in re.split(r"\]\s*\[", raw or ""):
        tag = part.strip().strip("[]").strip()
        if tag and tag not in out:
            out.append(tag)
    return out


def alias_kind(raw: str) -> str | None:
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
    return range_dates(start, end, raw)


def range_dates(start: DateValue, end: DateValue, raw: str) -> list[DateValue]:
    """A date range -> one value per whole year, the whole month, else both end points.

    Shared by the CSV remarks ("1963 to 1965") and the advanced XML's DatePeriod, so a
    date reads the same in every format; every value's `raw` is `raw`.
    """
    if start.value == end.value:
        return [DateValue(value=start.value, precision=start.precision, raw=raw)]
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


def add_birth_dates(b: Builder, raw: str, ctx: ParseContext) -> None:
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
    "Issuer Name": "issuer_name",  # CMIC: the securities issuer's name
}
# "Executive Order 13662 Directive Determination - Subject to Directive 2",
# "Executive Order 13846 information: LOANS FROM ...", "Executive Order 14024 Directive
# Information - ...", "Executive Order 13645 Determination - Material Support" (whole
# token kept as value).
_EO_INFO = re.compile(
    r"^Executive Order \d+ (?:Directive )?(?:Determination|Information|information)\b"
)
# Non-SDN listing dates: "Listing Date (CMIC) 03 Jun 2021", "Effective Date (EO 14024
# Directive 3): 26 Mar 2022", "Purchase/Sales For Divestment Date (CMIC) 03 Jun 2022".
_LIST_DATE = re.compile(
    r"^(Listing Date|Effective Date|Purchase/Sales For Divestment Date)"
    r"\s*\(([^()]+)\)\s*:?\s*(.+)$"
)
_LIST_DATE_KEYS = {
    "Listing Date": "listing_date",
    "Effective Date": "effective_date",
    "Purchase/Sales For Divestment Date": "divestment_date",
}

# Identifier types as OFAC writes them in remarks (and as XML idType). Longest match
# wins; anything else ending in No./Number/#/ID/Card/Code with a digit in the value is
# also taken as an identifier (_GENERIC_ID).
_ID_TYPES: tuple[str, ...] = tuple(
    sorted(
        [
            "Passport",
            "Diplomatic Passport",
            "ISIN",  # CMIC securities
            "Equity Ticker",  # CMIC securities: "CHA US" (ticker and market)
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


def apply_typed(b: Builder, id_type: str, number: str, country: str | None, raw: str) -> None:
    """A typed value (legacy XML <id>, advanced XML ID document) -> identifier or property.

    Descriptive types ("Gender", "Executive Order 13662 Directive Determination -")
    become properties, spelled like the CSV remarks token; the rest identifiers.
    """
    t = id_type.strip()
    bare = t.rstrip(":- ").strip()
    value = strip_period(number.strip())  # same spelling as the CSV remarks token
    token = f"{t} {number.strip()}".strip()
    for prefix, key in _PROPERTY_TYPES.items():
        if bare == prefix.rstrip(":- ").strip():
            b.add_property(key, value)
            b.add_detail(token)
            return
    if _EO_INFO.match(t):
        b.add_property("executive_order_information", token)
        b.add_detail(token)
        return
    b.add_identifier(_make_identifier(t, number, country, raw))


# ------------------------------------------------------------------ remarks tokens

_PERIOD_KEEP = re.compile(r"(?:\b[A-Za-z]|\b(?:Co|Inc|Ltd|Jr|Sr|St|Corp|No))\.$")
_QUOTED_ALIAS = re.compile(r"^([afn])\.k\.a\.?\s*[:]?\s*'(.+)'$", re.I)
_ALT_PREFIX = re.compile(r"^alt\.\s+", re.I)


def strip_period(token: str) -> str:
    """Drop a sentence-final '.', but keep it after abbreviations ("D.C.", "Co.")."""
    if token.endswith(".") and not _PERIOD_KEEP.search(token):
        return token[:-1].rstrip()
    return token


def apply_remarks(b: Builder, remarks: str, ctx: ParseContext) -> None:
    """Pull structured fields out of the CSV remarks; the full text stays in `remarks`."""
    for piece in re.split(r";\s*", remarks):
        token = strip_period(_ALT_PREFIX.sub("", piece.strip()))
        if not token:
            continue
        if m := _QUOTED_ALIAS.match(token):
            # Low-quality a.k.a.s live only in the remarks (quoted); strong ones come
            # from ALT.CSV, and add_alias skips names already present from there.
            kind = {"a": "weak", "f": "fka", "n": "nka"}[m[1].lower()]
            b.add_alias(m[2].strip(), kind)
        elif (rest := _prefixed(token, "DOB")) is not None:
            add_birth_dates(b, rest, ctx)
        elif (rest := _prefixed(token, "POB")) is not None:
            if rest:
                b.add_birth_place(rest)
        elif (rest := _prefixed(token, "nationality")) is not None or (
            rest := _prefixed(token, "citizen")
        ) is not None:
            if rest:
                b.add_nationality(rest)
        else:
            apply_token(b, token, ctx)
            # Anything not understood (positions held, family ties, free prose) stays
            # in `remarks` only.


def apply_token(b: Builder, token: str, ctx: ParseContext) -> bool:
    """One "Type value" token -> property, listing date, or identifier.

    Used for CSV remarks tokens and advanced-XML features alike. Returns False when
    the token is of no known kind (the caller keeps it).
    """
    if m := _LIST_DATE.match(token):
        key, scope, raw = _LIST_DATE_KEYS[m[1]], m[2].strip(), m[3].strip()
        b.add_property(key, f"{scope}: {raw}")
        if key == "listing_date":
            date = DateValue.parse(raw)
            if date is None:
                ctx.warn(f"record {b.record_id}: unparseable listing date {raw!r}")
            else:
                dated = DateValue(value=date.value, precision=date.precision, raw=raw)
                b.listing_dates.append((dated, scope))
        return True
    for prefix, key in _PROPERTY_TYPES.items():
        if (rest := _prefixed(token, prefix)) is not None:
            b.add_property(key, rest)
            b.add_detail(token)
            return True
    if _EO_INFO.match(token):
        b.add_property("executive_order_information", token)
        b.add_detail(token)
        return True
    if m := _DIGITAL_CURRENCY.match(token):
        b.add_identifier(Identifier(type=m[1], value=m[2], raw=token))
        return True
    for id_type in _ID_TYPES:
        if (rest := _prefixed(token, id_type)) is not None:
            value, country = _split_id_value(rest)
            if value:
                b.add_identifier(_make_identifier(id_type, value, country, token))
            return True
    if m := _GENERIC_ID.match(token):
        value, country = _split_id_value(m["value"])
        if value:
            b.add_identifier(_make_identifier(m["type"].strip(), value, country, token))
            return True
    return False


def local(elem: Any) -> str:
    return etree.QName(elem).localname


def text_of(elem: Any) -> str | None:
    text = (elem.text or "").strip() if elem is not None else ""
    return text or None
