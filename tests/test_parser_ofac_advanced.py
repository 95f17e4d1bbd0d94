"""OFAC's advanced XML (shared by us_ofac_sdn and us_ofac_cons) on a hand-written fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.parsing import parse_snapshot
from transforms.base import ParseContext, ParseError
from transforms.model import Address, Alias, BanRecord, DateValue, Identifier, Measure, TargetType
from transforms.sources.us_ofac_cons import parser as cons
from transforms.sources.us_ofac_sdn import parser as sdn

FIXTURE = Path(__file__).parent / "fixtures" / "ofac_advanced" / "advanced_2024.xml"
NS_2024 = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML"
NS_2020 = "http://www.un.org/sanctions/1.0"
URL = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_ADVANCED.XML"


def run_cons(files: dict[str, Path]) -> tuple[list[BanRecord], ParseContext]:
    return parse_snapshot(cons.parse, files, "us_ofac_cons", URL)


def run_sdn(files: dict[str, Path]) -> tuple[list[BanRecord], ParseContext]:
    return parse_snapshot(sdn.parse, files, "us_ofac_sdn", URL)


def variant(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    text = FIXTURE.read_text(encoding="utf-8")
    assert text.count(old) >= count, old
    path = tmp_path / "CONS_ADVANCED.XML"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def records() -> dict[str, BanRecord]:
    result, ctx = run_cons({"CONS_ADVANCED.XML": FIXTURE})
    assert ctx.warnings == []  # every reference resolves, every element is known
    assert [r.record_id for r in result] == ["5001", "5002", "5003", "5004", "5005"]
    return {r.record_id: r for r in result}


def test_detected_by_content() -> None:
    assert cons.detect_format({"cons_prim.csv": FIXTURE}) == "ofac_advanced_xml"
    assert sdn.detect_format({"x": FIXTURE}) == "ofac_advanced_xml"


def test_common_fields(records: dict[str, BanRecord]) -> None:
    for r in records.values():
        assert r.source == "us_ofac_cons"
        assert (r.authority, r.jurisdiction, r.source_url) == ("OFAC", "US", URL)


def test_person_names_scripts_dates_documents(records: dict[str, BanRecord]) -> None:
    r = records["5001"]
    assert r.name == "SOKOLOV, Pavel Ivanovich"  # Last Name, then the other parts
    assert r.target_type is TargetType.PERSON
    # The primary alias's Cyrillic DocumentedName is kept with its script; the
    # LowQuality alias is a weak a.k.a.
    assert r.aliases == [
        Alias(name="Соколов, Павел Иванович", kind="aka", script="Cyrillic"),
        Alias(name="PASHA", kind="weak"),
    ]
    # Start == End: a day; a whole month from the 1st to the 31st: a month.
    assert r.birth_dates == [
        DateValue(value="1971-03-14", precision="day", raw="14 Mar 1971"),
        DateValue(value="1972-07", precision="month", raw="Jul 1972"),
    ]
    assert r.birth_places == ["Omsk, Russia"]
    assert r.nationalities == ["Russia"]  # Nationality Country via its Location
    assert r.countries == ["Russia"]
    assert r.addresses == []  # a location with only an "undetermined" area code
    assert r.identifiers == [
        Identifier(
            type="Passport",
            value="720012345",
            country="Russia",
            raw="Passport 720012345 (Russia) issued 03 Feb 2015",
        )
    ]
    assert r.properties["gender"] == "Male"  # a LOOKUP detail through DetailReferenceValues


def test_sanctions_entry_gives_programs_date_legal_basis_measures(
    records: dict[str, BanRecord],
) -> None:
    r = records["5001"]
    assert r.programs == ["RUSSIA-EO14024"]  # the "Program" measure's Comment
    assert r.listed_on == DateValue(value="2022-03-11", precision="day", raw="2022-03-11")
    assert r.legal_basis == ["Executive Order 14024 (Russia)"]
    # us_ofac_cons: RUSSIA-EO14024 -> financial_restriction; SanctionsType Block -> freeze.
    assert r.measures == [Measure.FINANCIAL_RESTRICTION, Measure.ASSET_FREEZE]
    assert r.properties["lists"] == "SDN List"
    assert r.properties["sanctions_types"] == "Block"


def test_entity_with_two_entries_and_directives(records: dict[str, BanRecord]) -> None:
    r = records["5002"]
    assert r.name == "NORTHERN BIRCH BANK"
    assert r.target_type is TargetType.ORGANIZATION
    assert r.aliases == [Alias(name="BIRCH SAVINGS BANK OAO", kind="fka")]
    assert r.addresses == [
        Address(street="12 Birch Embankment", city="Moscow", postal_code="101000", country="Russia")
    ]
    assert r.identifiers == [
        Identifier(
            type="Registration ID",
            value="1027700000017",
            country="Russia",
            raw="Registration ID 1027700000017 (Russia)",
        ),
        Identifier(type="SWIFT/BIC", value="NBIRRUMM", raw="SWIFT/BIC NBIRRUMM"),
    ]
    assert r.programs == ["UKRAINE-EO13662"]
    # Directive 1 -> financial_restriction, Directive 4 -> export_control (feature and
    # SanctionsType agree).
    assert r.measures == [Measure.FINANCIAL_RESTRICTION, Measure.EXPORT_CONTROL]
    assert r.properties["executive_order_information"] == (
        "Executive Order 13662 Directive Determination - Subject to Directive 1; "
        "Executive Order 13662 Directive Determination - Subject to Directive 4"
    )
    assert r.properties["organization_established_date"] == "17 Oct 1990"
    # listed_on: the first "Created" event outside the Consolidated List aggregate.
    assert r.listed_on == DateValue(value="2014-07-16", precision="day", raw="2014-07-16")
    assert r.properties["sanctions_entries"] == "70005002; 50005002"
    assert r.properties["list_dates"] == (
        "Consolidated List: 2014-10-10; Sectoral Sanctions Identifications List: 2014-07-16; "
        "Sectoral Sanctions Identifications List: 2014-09-12 (Amended)"
    )


def test_vessel(records: dict[str, BanRecord]) -> None:
    r = records["5003"]
    assert r.target_type is TargetType.VESSEL  # PartySubType "Vessel"
    assert r.identifiers == [
        Identifier(
            type="IMO", value="9000001", raw="Vessel Registration Identification IMO 9000001"
        )
    ]
    assert r.properties["vessel_flag"] == "Panama"
    assert r.properties["call_sign"] == "3EXY9"
    assert r.properties["vessel_type"] == "Crude Oil Tanker"
    assert r.countries == ["Panama"]
    assert r.programs == ["SDGT", "IRAN-CON-ARMS-EO"]  # "SDGT] [IRAN-CON-ARMS-EO" split
    assert r.legal_basis == []  # LegalBasis "Unknown" is not a legal basis
    assert r.measures == [Measure.ASSET_FREEZE]


def test_cmic_company_chinese_alias_and_relationship(records: dict[str, BanRecord]) -> None:
    r = records["5004"]
    assert r.aliases == [
        Alias(name="华星轨道科技有限公司", kind="aka", script="Chinese Simplified")
    ]
    assert r.measures == [Measure.INVESTMENT_BAN]
    assert r.identifiers == [Identifier(type="ISIN", value="CNE000000XX1", raw="ISIN CNE000000XX1")]
    assert r.properties["listing_date"] == "CMIC: 03 Jun 2021"
    assert r.listed_on == DateValue(value="2021-06-03", precision="day", raw="2021-06-03")
    assert r.properties["linked_to"] == "NORTHERN BIRCH BANK"
    assert r.properties["relationships"] == "Owned or Controlled By: NORTHERN BIRCH BANK (5002)"


def test_approximate_and_ranged_birth_dates(records: dict[str, BanRecord]) -> None:
    r = records["5005"]
    assert r.name == "KARIMI, Reza"
    assert r.birth_dates == [
        DateValue(value="1960", precision="year", raw="circa 1960"),
        DateValue(value="1963", precision="year", raw="1963 to 1965"),
        DateValue(value="1964", precision="year", raw="1963 to 1965"),
        DateValue(value="1965", precision="year", raw="1963 to 1965"),
    ]
    assert r.remarks == "Invented test person with approximate and ranged birth dates."


def test_same_file_as_sdn_source() -> None:
    records, ctx = run_sdn({"SDN_ADVANCED.XML": FIXTURE})
    assert ctx.warnings == []
    assert all(r.source == "us_ofac_sdn" for r in records)
    assert all(r.measures == [Measure.ASSET_FREEZE] for r in records)  # an SDN listing


def test_2020_namespace_reads_the_same(tmp_path: Path) -> None:
    path = variant(tmp_path, NS_2024, NS_2020)
    assert run_cons({"x": path})[0] == run_cons({"x": FIXTURE})[0]


def test_output_is_deterministic() -> None:
    first = [r.content_hash() for r in run_cons({"x": FIXTURE})[0]]
    assert first == [r.content_hash() for r in run_cons({"x": FIXTURE})[0]]


# ------------------------------------------------------------------- warnings


def test_unknown_reference_is_warned(tmp_path: Path) -> None:
    path = variant(tmp_path, 'FeatureTypeID="1036"', 'FeatureTypeID="4242"')
    records, ctx = run_cons({"x": path})
    assert len(records) == 5
    assert any(
        "FeatureType ID 4242, which ReferenceValueSets does not define" in w for w in ctx.warnings
    )
    # The value is not lost: it is kept under the unresolved type.
    assert by_id(records)["5004"].properties["featuretype_4242"] == "CNE000000XX1"


def by_id(records: list[BanRecord]) -> dict[str, BanRecord]:
    return {r.record_id: r for r in records}


def test_unknown_element_is_warned(tmp_path: Path) -> None:
    path = variant(
        tmp_path,
        '<Profile ID="5003" PartySubTypeID="1">',
        '<Profile ID="5003" PartySubTypeID="1"><Sparkle>x</Sparkle>',
    )
    _, ctx = run_cons({"x": path})
    assert any("unknown element <Sparkle> in <Profile>" in w for w in ctx.warnings)


def test_unknown_feature_type_kept_in_properties(tmp_path: Path) -> None:
    path = variant(tmp_path, ">Vessel Type<", ">Hull Colour<")
    records, ctx = run_cons({"x": path})
    assert by_id(records)["5003"].properties["hull_colour"] == "Crude Oil Tanker"
    assert any("feature type 'Hull Colour' has no field" in w for w in ctx.warnings)


def test_entry_of_unknown_profile_and_party_without_entry(tmp_path: Path) -> None:
    path = variant(
        tmp_path,
        'SanctionsEntry ID="5005" ProfileID="5005"',
        'SanctionsEntry ID="5005" ProfileID="9999"',
    )
    records, ctx = run_cons({"x": path})
    assert len(records) == 5
    assert "record 5005: no SanctionsEntry refers to this party" in ctx.warnings
    assert any("SanctionsEntry 5005 refer to profile 9999" in w for w in ctx.warnings)


def test_orphan_id_document_is_warned(tmp_path: Path) -> None:
    path = variant(tmp_path, 'IdentityID="5103"', 'IdentityID="7777"')
    records, ctx = run_cons({"x": path})
    assert by_id(records)["5003"].identifiers == []
    assert any("IDRegDocument 902 refer to identity 7777" in w for w in ctx.warnings)


def test_unknown_sanctions_type_is_warned_for_cons(tmp_path: Path) -> None:
    path = variant(tmp_path, ">Reject<", ">Quarantine<")
    records, ctx = run_cons({"x": path})
    assert any("sanctions type 'Quarantine' has no entry" in w for w in ctx.warnings)
    assert by_id(records)["5004"].measures == [Measure.INVESTMENT_BAN]


def test_unreadable_birth_date_is_warned_and_kept(tmp_path: Path) -> None:
    path = variant(
        tmp_path,
        "<From><Year>1971</Year><Month>3</Month><Day>14</Day></From>",
        "<From><Year>1971</Year><Month>13</Month><Day>14</Day></From>",
    )
    records, ctx = run_cons({"x": path})
    r = by_id(records)["5001"]
    assert [d.value for d in r.birth_dates] == ["1972-07"]
    assert "birthdate_unparsed" in r.properties
    assert any("unreadable Birthdate date" in w for w in ctx.warnings)


# --------------------------------------------------------------------- errors


def test_html_page(tmp_path: Path) -> None:
    page = tmp_path / "CONS_ADVANCED.XML"
    page.write_text("<!DOCTYPE html><html><body>Service unavailable</body></html>")
    with pytest.raises(ParseError, match=r"us_ofac_cons: CONS_ADVANCED\.XML: .*HTML"):
        run_cons({"CONS_ADVANCED.XML": page})


def test_party_without_fixed_ref(tmp_path: Path) -> None:
    path = variant(tmp_path, '<DistinctParty FixedRef="5003">', "<DistinctParty>")
    with pytest.raises(
        ParseError, match=r"us_ofac_cons: .*DistinctParty at line \d+ has no FixedRef"
    ):
        run_cons({"x": path})


def test_party_without_primary_name(tmp_path: Path) -> None:
    path = variant(
        tmp_path,
        '<Alias FixedRef="5003" AliasTypeID="1403" Primary="true"',
        '<Alias FixedRef="5003" AliasTypeID="1403" Primary="false"',
    )
    with pytest.raises(ParseError, match=r"party 5003 \(line \d+\) has no primary name"):
        run_cons({"x": path})


def test_truncated_file_fails_before_any_record(tmp_path: Path) -> None:
    data = FIXTURE.read_bytes()
    path = tmp_path / "x.xml"
    path.write_bytes(data[: len(data) * 3 // 4])
    produced: list[BanRecord] = []
    with pytest.raises(ParseError, match="malformed XML"):
        for record in cons.parse({"x": path}, ParseContext(source="us_ofac_cons")):
            produced.append(record)
    assert produced == []


def test_delta_file_is_rejected(tmp_path: Path) -> None:
    path = variant(tmp_path, 'Version="3"', 'Version="3" DeltaBaseVersion="2"')
    with pytest.raises(ParseError, match="delta file"):
        run_cons({"x": path})


def test_sanctions_root_without_reference_values(tmp_path: Path) -> None:
    path = tmp_path / "x.xml"
    path.write_text(
        f'<?xml version="1.0"?><Sanctions xmlns="{NS_2024}"><DistinctParties/></Sanctions>'
    )
    with pytest.raises(ParseError, match="no <ReferenceValueSets> follows"):
        run_cons({"x": path})


def test_mixed_with_csv_is_rejected() -> None:
    csv_main = Path(__file__).parent / "fixtures" / "us_ofac_cons" / "csv" / "CONS_PRIM.CSV"
    with pytest.raises(ParseError, match="mixes OFAC advanced XML with OFAC CSV"):
        run_cons({"CONS_ADVANCED.XML": FIXTURE, "CONS_PRIM.CSV": csv_main})


def test_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    text = FIXTURE.read_text(encoding="utf-8")
    text = text.replace(
        '<?xml version="1.0" encoding="utf-8" standalone="yes"?>',
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<!DOCTYPE Sanctions [<!ENTITY s SYSTEM "{secret.as_uri()}">]>',
    ).replace(">SEA LANTERN<", ">SEA LANTERN &s;<")
    path = tmp_path / "x.xml"
    path.write_text(text, encoding="utf-8")
    records, _ = run_cons({"x": path})
    assert all("TOP SECRET" not in r.model_dump_json() for r in records)
