"""us_ofac_cons (and the advanced XML) against OFAC's real published files.

The samples live outside the repository (tests/support/samples.py); each test skips
cleanly when its file is absent. Expected values are computed from the raw files
with the csv module / lxml, so the parser is checked against the data.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from tests.support.samples import sample
from transforms.base import ParseContext
from transforms.model import BanRecord, DateValue, Identifier, Measure, TargetType
from transforms.sources.us_ofac_cons.parser import detect_format, parse

ADVANCED = ("ofac", "advanced_xml", "cons_advanced_2020-03-17.xml")


def run(files: dict[str, Path]) -> tuple[list[BanRecord], ParseContext]:
    ctx = ParseContext(source="us_ofac_cons", source_url="https://example.test/cons")
    return list(parse(files, ctx)), ctx


def local(elem: etree._Element) -> str:
    return etree.QName(elem).localname


# ------------------------------------------------------------------ advanced XML


@pytest.fixture(scope="module")
def advanced() -> tuple[list[BanRecord], ParseContext, etree._Element]:
    path = sample(*ADVANCED)
    records, ctx = run({"CONS_ADVANCED.XML": path})
    root = etree.parse(
        str(path), etree.XMLParser(resolve_entities=False, no_network=True)
    ).getroot()
    return records, ctx, root


def test_advanced_every_party_once_in_order(
    advanced: tuple[list[BanRecord], ParseContext, etree._Element],
) -> None:
    records, ctx, root = advanced
    assert detect_format({"x": sample(*ADVANCED)}) == "ofac_advanced_xml"
    parties = [e.get("FixedRef") for e in root.iter("{*}DistinctParty")]
    assert len(records) == len(parties) == 375
    assert [r.record_id for r in records] == parties
    assert ctx.warnings == []  # every reference resolves, no unknown element


def test_advanced_every_party_got_its_entries(
    advanced: tuple[list[BanRecord], ParseContext, etree._Element],
) -> None:
    records, _, root = advanced
    entries: dict[str, list[str]] = {}
    for entry in root.iter("{*}SanctionsEntry"):
        entries.setdefault(entry.get("ProfileID", ""), []).append(entry.get("ID", ""))
    assert sum(len(v) for v in entries.values()) == 759
    profile_of: dict[str, str] = {}
    for party in root.iter("{*}DistinctParty"):
        for profile in party.iter("{*}Profile"):
            profile_of[party.get("FixedRef", "")] = profile.get("ID", "")
    seen = 0
    for record in records:
        expected = entries[profile_of[record.record_id]]
        assert record.properties["sanctions_entries"].split("; ") == expected, record.record_id
        seen += len(expected)
        assert record.programs, record.record_id
        assert record.listed_on is not None and record.listed_on.precision == "day"
        assert record.measures
    assert seen == 759  # no entry left over, none counted twice


def test_advanced_all_reference_ids_resolve(
    advanced: tuple[list[BanRecord], ParseContext, etree._Element],
) -> None:
    """Independently of the parser: each ID attribute names a declared reference value."""
    _, _, root = advanced
    refs: dict[str, set[str]] = {}
    ref_sets = root.find("{*}ReferenceValueSets")
    assert ref_sets is not None
    for value_set in ref_sets:
        for item in value_set:
            refs.setdefault(local(item), set()).add(item.get("ID", ""))
    attributes = {
        "FeatureTypeID": "FeatureType",
        "AliasTypeID": "AliasType",
        "SanctionsTypeID": "SanctionsType",
        "ListID": "List",
        "LegalBasisID": "LegalBasis",
        "PartySubTypeID": "PartySubType",
        "IDRegDocTypeID": "IDRegDocType",
        "ScriptID": "Script",
        "LocPartTypeID": "LocPartType",
        "NamePartTypeID": "NamePartType",
        "DetailReferenceID": "DetailReference",
        "DetailTypeID": "DetailType",
        "CountryID": "Country",
        "IssuedBy-CountryID": "Country",
        "RelationTypeID": "RelationType",
    }
    checked = Counter[str]()
    for elem in root.iter():
        for attr, kind in attributes.items():
            value = elem.get(attr)
            if value is not None and local(elem) not in ("AreaCode", "Organisation"):
                assert value in refs.get(kind, set()), (local(elem), attr, value)
                checked[kind] += 1
    assert checked["SanctionsType"] == 1596 and checked["FeatureType"] == 1250


def test_advanced_spot_checks(
    advanced: tuple[list[BanRecord], ParseContext, etree._Element],
) -> None:
    by_id = {r.record_id: r for r in advanced[0]}
    haniya = by_id["9639"]
    assert haniya.name == "HANIYA, Ismail Abdul Salah"
    assert haniya.target_type is TargetType.PERSON
    assert haniya.birth_dates == [DateValue(value="1962", precision="year", raw="1962")]
    assert haniya.birth_places == ["Shati"]
    assert haniya.programs == ["NS-PLC"]
    assert haniya.measures == [Measure.OTHER]
    # PLC list entry of 12 Apr 2006; the Consolidated List aggregate dates from 2014.
    assert haniya.listed_on == DateValue(value="2006-04-12", precision="day", raw="2006-04-12")
    assert haniya.legal_basis == ["General License 4 Under EO 13224 (Terrorism)"]

    vtb = by_id["17013"]
    assert vtb.name == "VTB BANK OAO"
    assert vtb.programs == ["UKRAINE-EO13662"]
    assert vtb.measures == [Measure.FINANCIAL_RESTRICTION]  # SSI Directive 1
    assert vtb.listed_on == DateValue(value="2014-07-29", precision="day", raw="2014-07-29")
    assert vtb.legal_basis == ["Executive Order 13662 (Ukraine)"]
    assert vtb.properties["lists"] == "Consolidated List; Sectoral Sanctions Identifications List"
    assert (
        Identifier(type="SWIFT/BIC", value="VTBRRUMM", raw="SWIFT/BIC VTBRRUMM") in vtb.identifiers
    )

    hammad = by_id["9659"]  # also on the SDN list: Block -> asset_freeze
    assert hammad.programs == ["SDGT", "NS-PLC"]
    assert hammad.measures == [Measure.ASSET_FREEZE, Measure.OTHER]

    kunlun = by_id["15268"]
    assert kunlun.programs == ["561-Related"]
    assert kunlun.measures == [Measure.FINANCIAL_RESTRICTION]
    assert kunlun.properties["sanctions_types"] == "561 Full Restrictions"
    assert len(kunlun.addresses) == 4 and kunlun.countries == ["China"]

    orenburg = by_id["18267"]  # Directive 2 and 4; owned by Rosneft (17022)
    assert orenburg.measures == [Measure.FINANCIAL_RESTRICTION, Measure.EXPORT_CONTROL]
    assert orenburg.properties["relationships"] == (
        "Owned or Controlled By: Open Joint-Stock Company Rosneft Oil Company (17022)"
    )
    types = Counter(r.target_type for r in advanced[0])
    assert types == {TargetType.ORGANIZATION: 293, TargetType.PERSON: 82}


# ---------------------------------------------------------------------- CSV set


def test_cons_csv_set() -> None:
    folder = sample("ofac", "cons_csv")
    files = {p.name: p for p in sorted(folder.iterdir())}
    records, ctx = run(files)
    with open(folder / "CONS_PRIM.CSV", encoding="utf-8", newline="") as fh:
        ids = [row[0] for row in csv.reader(fh) if row and row != ["\x1a"]]
    assert len(records) == len(ids) == 442
    assert [r.record_id for r in records] == ids
    assert ctx.warnings == []  # every program has a measure mapping
    assert all(r.source == "us_ofac_cons" and r.measures for r in records)
    by_id = {r.record_id: r for r in records}
    huawei = by_id["30947"]
    assert huawei.name == "HUAWEI TECHNOLOGIES CO., LTD."
    assert huawei.measures == [Measure.INVESTMENT_BAN]
    assert huawei.listed_on == DateValue(value="2021-06-03", precision="day", raw="03 Jun 2021")
    assert (
        Identifier(
            type="Unified Social Credit Code (USCC)",
            value="914403001922038216",
            country="China",
            raw="Unified Social Credit Code (USCC) 914403001922038216 (China)",
        )
        in huawei.identifiers
    )
    cbr = by_id["31695"]
    assert cbr.measures == [Measure.FINANCIAL_RESTRICTION]
    assert cbr.listed_on == DateValue(value="2022-02-22", precision="day", raw="22 Feb 2022")
    assert by_id["27016"].measures == [
        Measure.EXPORT_CONTROL,
        Measure.FINANCIAL_RESTRICTION,
        Measure.OTHER,
    ]
    measures = Counter(m for r in records for m in r.measures)
    assert measures[Measure.INVESTMENT_BAN] == 68  # the CMIC-EO13959 rows
    assert sum(1 for r in records if r.programs == ["NS-PLC"]) == 76
    assert all(r.measures == [Measure.OTHER] for r in records if r.programs == ["NS-PLC"])


def test_cons_csv_remarks_cut_on_a_space_keep_it() -> None:
    # CONS_PRIM.CSV's remarks cell ends "...; Government" and CONS_COMMENTS.CSV goes on
    # " Gazette Number ..." (17254); 17250 and 30930 have the cut right after a space.
    folder = sample("ofac", "cons_csv")
    records, _ = run({p.name: p for p in sorted(folder.iterdir())})
    by_id = {r.record_id: r for r in records}
    gazette = [i for i in by_id["17254"].identifiers if "Gazette" in i.type]
    assert gazette == [
        Identifier(
            type="Government Gazette Number",
            value="00044463",
            country="Russia",
            raw="Government Gazette Number 00044463 (Russia)",
        )
    ]
    assert "; Government Gazette Number 00044463 (Russia);" in (by_id["17254"].remarks or "")
    assert "Registration Number 1027700070518 (Russia);" in (by_id["17250"].remarks or "")
    assert (
        Identifier(
            type="Unified Social Credit Code (USCC)",
            value="91110000710934369E",
            country="China",
            raw="Unified Social Credit Code (USCC) 91110000710934369E (China)",
        )
        in by_id["30930"].identifiers
    )
    glued = re.compile(r"[^\s(]\([A-Z][^()]*\)$")  # "1027700070518(Russia)"
    assert [
        (r.record_id, i.raw) for r in records for i in r.identifiers if glued.search(i.raw or "")
    ] == []


# ------------------------------------------------------------------ legacy XML


def test_consolidated_xml_excerpt() -> None:
    path = sample("ofac", "sdn_xml", "cons_xml_excerpt_2014-12-17_tempuri.xml")
    records, ctx = run({"CONSOLIDATED.XML": path})
    assert len(records) == 16
    assert all(r.source == "us_ofac_cons" for r in records)
    assert ctx.warnings == [
        "CONSOLIDATED.XML: publshInformation Record_Count says 115, "
        "but 16 sdnEntry elements were parsed"
    ]
    by_id = {r.record_id: r for r in records}
    assert by_id["9639"].measures == [Measure.OTHER]
    assert by_id["17013"].measures == [Measure.FINANCIAL_RESTRICTION]  # Directive 1 (idList)
    assert by_id["15268"].programs == ["561List"]
    assert by_id["15987"].properties["executive_order_information"] == (
        "Executive Order 13645 Determination - Material Support"
    )
