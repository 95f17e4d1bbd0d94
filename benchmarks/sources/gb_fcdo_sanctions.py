"""Benchmark input for gb_fcdo_sanctions: a full-size synthetic UK Sanctions List XML.

The real export (2026) holds ~5,600 designations in ~25 MB: <Designations>, one
<Designation> each with 1-8 names, the fifteen <SanctionsImposedIndicators>, long
OtherInformation / UKStatementofReasons texts, addresses, and per-type details
(individuals with DOBs, passports, birth places; entities with registration numbers;
ships with IMO numbers). This writes the same shape, deterministically.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from benchmarks.common import count_xml_elements

FILE_NAME = "UK-Sanctions-List.xml"
DESIGNATIONS = 5600
REGIMES = (
    ("RUS", "The Russia (Sanctions) (EU Exit) Regulations 2019"),
    ("AQD", "Isil (Da'esh) and Al-Qaeda (United Nations Sanctions) (EU Exit) Regulations 2019"),
    ("DPR", "The Democratic People's Republic of Korea (Sanctions) (EU Exit) Regulations 2019"),
    ("IRN", "The Iran (Sanctions) Regulations 2023"),
    ("SYR", "The Syria (Sanctions) (EU Exit) Regulations 2019"),
    ("BEL", "The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019"),
    ("GHR", "The Global Human Rights Sanctions Regulations 2020"),
)
INDICATORS = (
    "AssetFreeze", "ArmsEmbargo", "TargetedArmsEmbargo", "CharteringOfShips",
    "ClosureOfRepresentativeOffices", "CrewServicingOfShipsAndAircraft", "Deflag",
    "PreventionOfBusinessArrangements", "ProhibitionOfPortEntry", "TravelBan",
    "PreventionOfCharteringOfShips", "PreventionOfCharteringOfShipsAndAircraft",
    "TechnicalAssistanceRelatedToAircraft", "TrustServicesSanctions",
    "DirectorDisqualificationSanction",
)  # fmt: skip
REASONS = (
    "{name} is an involved person under the Russia (Sanctions) (EU Exit) Regulations 2019 "
    "on the grounds that they are or have been involved in obtaining a benefit from or "
    "supporting the Government of Russia by carrying on business in a sector of strategic "
    "significance to the Government of Russia, namely the Russian energy sector. "
) * 2


def _sub(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    el = etree.SubElement(parent, tag)
    if text is not None:
        el.text = text
    return el


def _list(parent: etree._Element, wrapper: str, item: str, values: list[str]) -> None:
    w = _sub(parent, wrapper)
    for v in values:
        _sub(w, item, v)


def _designation(n: int) -> etree._Element:
    prefix, regime = REGIMES[n % len(REGIMES)]
    kind = "Ship" if n % 20 == 0 else ("Entity" if n % 4 == 0 else "Individual")
    d = etree.Element("Designation")
    _sub(d, "LastUpdated", f"{1 + n % 28:02d}/{1 + n % 12:02d}/2025")
    _sub(d, "DateDesignated", f"{1 + n % 28:02d}/{1 + (n // 7) % 12:02d}/{2010 + n % 15}")
    _sub(d, "UniqueID", f"{prefix}{n:04d}")
    _sub(d, "OFSIGroupID", str(10000 + n))
    names = _sub(d, "Names")
    base = f"NAME{n}"
    for i in range(1 + n % 8):
        name = _sub(names, "Name")
        if kind == "Individual":
            _sub(name, "Name1", f"Given{i}")
            _sub(name, "Name2", f"Middle{n % 50}")
        _sub(name, "Name6", base if i == 0 else f"{base} VARIANT {i}")
        _sub(name, "NameType", "Primary Name" if i == 0 else "Alias")
        if i:
            _sub(name, "AliasStrength", "Good quality a.k.a" if i % 3 else "Low quality a.k.a")
    nl = _sub(d, "NonLatinNames")
    if n % 2:
        _sub(_sub(nl, "NonLatinName"), "NameNonLatinScript", f"ИМЯ {n} ТЕСТ")
    _sub(d, "RegimeName", regime)
    _sub(d, "IndividualEntityShip", kind)
    _sub(d, "DesignationSource", "UN" if prefix in ("AQD", "DPR") else "UK")
    on = {"ProhibitionOfPortEntry", "Deflag"} if kind == "Ship" else {"AssetFreeze"}
    if kind == "Individual":
        on.add("TravelBan")
    if n % 9 == 0 and kind != "Ship":
        on.add("DirectorDisqualificationSanction")
    _sub(d, "SanctionsImposed", "|".join(sorted(on)))
    ind = _sub(d, "SanctionsImposedIndicators")
    for flag in INDICATORS:
        _sub(ind, flag, "true" if flag in on else "false")
    _sub(d, "OtherInformation", f"Synthetic benchmark designation {n}. " * 6)
    _sub(d, "UKStatementofReasons", REASONS.format(name=base))
    addresses = _sub(d, "Addresses")
    for a in range(n % 3):
        addr = _sub(addresses, "Address")
        _sub(addr, "AddressLine1", f"{a + 1} Benchmark Street")
        _sub(addr, "AddressLine6", "Moscow")
        _sub(addr, "AddressCountry", "Russia")
    if kind == "Individual":
        ind_el = _sub(_sub(d, "IndividualDetails"), "Individual")
        _list(ind_el, "DOBs", "DOB", [f"{1 + n % 28:02d}/{1 + n % 12:02d}/{1950 + n % 40}",
                                      f"dd/mm/{1951 + n % 40}"])  # fmt: skip
        _list(ind_el, "Nationalities", "Nationality", ["Russia"])
        _list(ind_el, "Positions", "Position", [f"Director of Company {n}"])
        pp = _sub(_sub(ind_el, "PassportDetails"), "Passport")
        _sub(pp, "PassportNumber", f"P{n:08d}")
        _sub(pp, "PassportAdditionalInformation", "Russian passport")
        loc = _sub(_sub(ind_el, "BirthDetails"), "Location")
        _sub(loc, "TownOfBirth", "Leningrad")
        _sub(loc, "CountryOfBirth", "Russia")
    elif kind == "Entity":
        ent = _sub(_sub(d, "EntityDetails"), "Entity")
        _list(ent, "TypeOfEntities", "TypeOfEntity", ["Limited company"])
        _list(ent, "BusinessRegistrationNumbers", "BusinessRegistrationNumber", [f"OGRN {n:013d}"])
    else:
        ship = _sub(_sub(d, "ShipDetails"), "Ship")
        _list(ship, "IMONumbers", "IMONumber", [f"IMO{9000000 + n}"])
        _list(ship, "CurrentBelievedFlagOfShips", "CurrentBelievedFlagOfShip", ["Gabon"])
        _list(ship, "TypeOfShipDetails", "TypeOfShip", ["Oil Tanker"])
    return d


def generate_full(out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    path = out / FILE_NAME
    with etree.xmlfile(str(path), encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element("Designations"):
            xf.write(etree.Element("DateGenerated"))
            for n in range(1, DESIGNATIONS + 1):
                xf.write(_designation(n), pretty_print=True)
    return {FILE_NAME: path}


def bare_pass(files: dict[str, Path]) -> int:
    """The cheapest streaming pass: count <Designation> elements, clearing as we go."""
    return count_xml_elements(files, "Designation")
