"""The EU FSF (XML 1.1) parser: hand-written fixture, error cases, the shared real
sample, and the demo generator's two days."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tests.support.demo import assert_declared_changes, demo_generator
from tests.support.samples import sample
from transforms.base import ParseContext, ParseError
from transforms.model import Address, Alias, BanRecord, DateValue, Identifier, Measure, TargetType
from transforms.registry import get_source
from transforms.sources.eu_fsf.parser import FORMAT, detect_format, parse, script_of

SOURCE = "eu_fsf"
URL = get_source(SOURCE).files[0].url
FIXTURE = Path(__file__).parent / "fixtures" / "eu_fsf" / "xmlFullSanctionsList_1_1.xml"


def run(
    path: Path, name: str = "xmlFullSanctionsList_1_1.xml"
) -> tuple[list[BanRecord], ParseContext]:
    ctx = ParseContext(source=SOURCE, source_url=URL)
    return list(parse({name: path}, ctx)), ctx


def write(tmp_path: Path, body: str, name: str = "export.xml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def export(*entities: str, ns: str = 'xmlns="http://eu.europa.ec/fpi/fsd/export"') -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<export {ns} generationDate="2026-08-05T16:47:04.449+02:00" globalFileId="1">\n'
        + "\n".join(entities)
        + "\n</export>\n"
    )


def entity(
    body: str = "",
    logical_id: str = "1",
    name: str = "Test Person",
    extra: str = "",
) -> str:
    lid = f' logicalId="{logical_id}"' if logical_id else ""
    alias = (
        f'<nameAlias wholeName="{name}" nameLanguage="" strong="true" logicalId="11"/>'
        if name
        else ""
    )
    return (
        f'<sanctionEntity designationDate="2020-01-02" euReferenceNumber="EU.1.1"{lid}{extra}>'
        '<regulation regulationType="regulation" organisationType="council" '
        'publicationDate="2020-01-02" entryIntoForceDate="2020-01-03" numberTitle="1/2020 (OJ L1)" '
        'programme="UKR" logicalId="5"><publicationUrl>https://x.test/1</publicationUrl></regulation>'
        '<subjectType code="person" classificationCode="P"/>'
        f"{alias}{body}</sanctionEntity>"
    )


# ------------------------------------------------------------------- fixture file


@pytest.fixture(scope="module")
def fixture_result() -> tuple[list[BanRecord], ParseContext]:
    return run(FIXTURE)


@pytest.fixture(scope="module")
def by_id(fixture_result: tuple[list[BanRecord], ParseContext]) -> dict[str, BanRecord]:
    return {r.record_id: r for r in fixture_result[0]}


def test_one_record_per_entity_in_file_order(
    fixture_result: tuple[list[BanRecord], ParseContext],
) -> None:
    records, ctx = fixture_result
    assert [r.record_id for r in records] == ["135909", "900001", "900002"]
    # The only oddity in the fixture is the programme code without a known legal basis.
    assert ctx.warnings == [
        "record 900001: programme 'XYZ' has no legal basis in source.yml "
        "lookups.legal_basis; only the cited acts are kept"
    ]
    for r in records:
        assert r.source == SOURCE
        assert r.authority == "Council of the European Union"
        assert r.jurisdiction == "EU"
        assert r.measures == [Measure.ASSET_FREEZE]  # the FSF covers financial sanctions only
        assert r.source_url == URL


def test_person_with_names_in_several_languages_and_scripts(by_id: dict[str, BanRecord]) -> None:
    r = by_id["135909"]
    assert r.name == "Vladimir Vladimirovich PUTIN"  # strong, no stated language
    assert r.target_type is TargetType.PERSON
    # Ordered by the aliases' logicalId, every language kept, script = nameLanguage.
    assert r.aliases == [
        Alias(name="Владимир Владимирович ПУТИН", kind="aka", script="bg"),
        Alias(name="Βλαντίμιρ Βλαντιμίροβιτς ΠΟΥΤΙΝ", kind="aka", script="el"),
        Alias(name="Vladimir Vladimirovitj PUTIN", kind="aka", script="sv"),
    ]
    assert r.title == "President of the Russian Federation"
    assert r.properties["function_translations"] == "bg: Президент на Руската федерация"
    assert r.birth_dates == [DateValue(value="1952-10-07", precision="day", raw="1952-10-07")]
    assert r.birth_places == ["Leningrad (now Saint-Petersburg), RUSSIAN FEDERATION"]
    assert r.nationalities == ["RUSSIAN FEDERATION"]
    assert r.countries == ["RUSSIAN FEDERATION"]
    assert r.programs == ["UKR"]
    assert r.legal_basis == ["Council Regulation (EU) No 269/2014", "Amendment 2022/332 (OJ L53)"]
    assert r.listed_on == DateValue(value="2022-02-25", precision="day", raw="2022-02-25")
    assert r.remarks == "[birth] Leningrad (now Saint-Petersburg), ex USSR (now Russian Federation)"
    assert r.properties["listed_on_basis"] == "designationDate"
    assert r.properties["gender"] == "Male"
    assert r.properties["country_codes"] == "RU"
    assert "eu_reference_number" not in r.properties  # empty attribute = absent
    assert r.properties["publication_urls"] == (
        "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=uriserv%3AOJ.L_.2022.053.01."
        "0001.01.ENG&toc=OJ%3AL%3A2022%3A053%3ATOC"
    )


def test_person_dates_keep_their_precision(by_id: dict[str, BanRecord]) -> None:
    r = by_id["900001"]
    assert r.birth_dates == [
        DateValue(value="1970", precision="year", raw="1970"),  # year alone stays a year
        DateValue(value="1971-05", precision="month", raw="year=1971 monthOfYear=5"),
        DateValue(value="1960", precision="year", raw="yearRangeFrom=1960 yearRangeTo=1962"),
        DateValue(value="1961", precision="year", raw="yearRangeFrom=1960 yearRangeTo=1962"),
        DateValue(value="1962", precision="year", raw="yearRangeFrom=1960 yearRangeTo=1962"),
    ]
    assert r.properties["birth_date_circa"] == "1971-05"
    assert r.birth_places == ["Aleppo, SYRIAN ARAB REPUBLIC"]  # UNKNOWN countries dropped


def test_person_names_identifiers_and_legal_basis(by_id: dict[str, BanRecord]) -> None:
    r = by_id["900001"]
    # The weak alias has the lowest logicalId but a strong one wins the primary name.
    assert r.name == "Samira TESTANI"
    assert r.aliases == [
        Alias(name="سميرة التستاني", kind="aka", script="Arabic"),  # detected script
        Alias(name="Abu Testa", kind="weak"),
        # the FR "Samira TESTANI" repeats the primary name and is not added again
    ]
    assert r.title == "Former Deputy Minister of Examples"
    assert r.properties["titles"] == "Dr."
    assert r.properties["gender"] == "Female"
    assert r.nationalities == ["SYRIAN ARAB REPUBLIC"]  # the UNKNOWN citizenship dropped
    assert r.identifiers == [
        Identifier(
            type="Passport",
            value="N 0012345",
            country="SYRIAN ARAB REPUBLIC",
            raw="National passport N 0012345 (SYRIAN ARAB REPUBLIC); knownExpired; "
            "issuedBy Ministry of Interior; Expired in 2015.",
        )
    ]
    assert r.properties["identifications_without_number"] == (
        "National identification card (SYRIAN ARAB REPUBLIC)"
    )
    assert r.programs == ["XYZ", "SYR"]  # regulations ordered by logicalId
    assert r.legal_basis == [
        "Council Regulation (EU) No 36/2012",
        "Regulation 999/2013 (OJ L 99)",
        "Amendment 2024/1400 (OJ L 2024/1400)",
    ]
    # No designationDate: the listing date is unknown; the earliest publicationDate the
    # export cites only bounds it (was: taken as listed_on).
    assert r.listed_on is None
    assert r.properties["listed_no_later_than"] == "2013-03-01"
    assert "listed_on_basis" not in r.properties
    assert r.remarks == "Fictional person for tests.\n[name سميرة التستاني] Original script."
    assert r.properties["eu_reference_number"] == "EU.9000.11"
    assert r.properties["designation_details"] == "Reasons: fictional test entry."


def test_enterprise_addresses_and_contacts(by_id: dict[str, BanRecord]) -> None:
    r = by_id["900002"]
    assert r.name == "Example Relief Trust"
    assert r.target_type is TargetType.ORGANIZATION
    assert r.aliases == []  # the DE spelling is identical
    assert r.addresses == [
        Address(
            street="12 Example Road",
            city="Karachi",
            region="Sindh",
            country="PAKISTAN",
            remarks="PO Box 4321; as at listing time",
        )
    ]  # the all-placeholder address ("-", UNKNOWN) is not an address
    assert r.identifiers == [
        Identifier(
            type="SWIFT/BIC",
            value="XYZBPKKA",
            country="PAKISTAN",
            raw="SWIFT BIC XYZBPKKA (PAKISTAN)",
        ),
        # contactInfo: by key and value (was: file order, which is not stable).
        Identifier(type="Email Address", value="info@example.test", raw="EMAIL info@example.test"),
        Identifier(type="Phone Number", value="+92 21 000 0000", raw="PHONE +92 21 000 0000"),
        Identifier(type="Website", value="www.example.test", raw="WEB www.example.test"),
    ]
    assert r.countries == ["PAKISTAN"]
    assert r.legal_basis == ["Council Regulation (EC) No 881/2002", "Amendment 480/2010 (OJ L 135)"]
    assert r.listed_on == DateValue(value="2002-11-11", precision="day", raw="2002-11-11")
    assert r.properties["un_reference_number"] == "QDe.990"


def test_lookups_come_from_the_registry() -> None:
    lookups = get_source(SOURCE).lookups
    assert lookups["legal_basis"]["UKR"] == "Council Regulation (EU) No 269/2014"
    assert lookups["target_types"] == {"person": "person", "enterprise": "organization"}


def test_script_detection() -> None:
    assert script_of("Владимир") == "Cyrillic"
    assert script_of("سميرة") == "Arabic"
    assert script_of("金正恩") == "Han"
    assert script_of("Vladimir") is None


# --------------------------------------------------------------- format detection


def test_format_detected_by_content_not_name(tmp_path: Path) -> None:
    renamed = tmp_path / "content"
    renamed.write_bytes(FIXTURE.read_bytes())
    assert detect_format({"content": renamed}) == FORMAT
    records, _ = run(renamed, name="content")
    assert len(records) == 3


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.xml"
    path.write_bytes(b"\xef\xbb\xbf" + FIXTURE.read_bytes())
    assert [r.record_id for r in run(path)[0]] == ["135909", "900001", "900002"]


def test_html_page_is_a_parse_error(tmp_path: Path) -> None:
    page = write(tmp_path, "<!DOCTYPE html><html><head><title>EU Login</title></head></html>")
    with pytest.raises(ParseError, match="eu_fsf: .*HTML page"):
        run(page)


def test_csv_export_is_a_parse_error(tmp_path: Path) -> None:
    csv_file = write(tmp_path, "fileGenerationDate;Entity_LogicalId;Entity_EU_ReferenceNumber\n")
    with pytest.raises(ParseError, match="eu_fsf: .*FSF CSV export"):
        run(csv_file)


def test_wrong_root_and_malformed_xml_are_parse_errors(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="root element is <sdnList>"):
        run(write(tmp_path, "<sdnList><sdnEntry/></sdnList>"))
    truncated = FIXTURE.read_text(encoding="utf-8")[:6000]
    with pytest.raises(ParseError, match="eu_fsf: .*malformed XML"):
        run(write(tmp_path, truncated, "truncated.xml"))


def test_empty_snapshot_is_a_parse_error(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="file is empty"):
        run(write(tmp_path, ""))
    with pytest.raises(ParseError, match="no files"):
        list(parse({}, ParseContext(source=SOURCE)))


def test_entity_without_logical_id_is_a_parse_error(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match=r"eu_fsf: sanctionEntity at line \d+ .*has no logicalId"):
        run(write(tmp_path, export(entity(logical_id=""))))


def test_entity_without_name_is_a_parse_error(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="sanctionEntity 7 .*has no nameAlias"):
        run(write(tmp_path, export(entity(logical_id="7", name=""))))


def test_unknown_attributes_and_elements_are_warned_once(tmp_path: Path) -> None:
    body = (
        '<sanction measure="travel ban"/><sanction measure="arms"/>'
        '<citizenship countryIso2Code="RU" countryDescription="RUSSIA" newAttr="x" logicalId="3"/>'
    )
    path = write(tmp_path, export(entity(body, "1"), entity(body, "2"), "<newSection/>"))
    records, ctx = run(path)
    assert [r.record_id for r in records] == ["1", "2"]
    assert records[0].nationalities == ["RUSSIA"]  # the rest of the element is still read
    assert ctx.warnings == [
        "record 1: unknown element <sanction> in <sanctionEntity> ignored (text: '')",
        "record 1: unknown attribute citizenship/@newAttr ('x') ignored",
        "xmlFullSanctionsList_1_1.xml: unknown element <newSection> under <export> ignored",
    ]


def test_namespace_change_still_parses_with_a_warning(tmp_path: Path) -> None:
    records, ctx = run(write(tmp_path, export(entity(), ns='xmlns="urn:new"')))
    assert [r.record_id for r in records] == ["1"]
    assert ctx.warnings == [
        "xmlFullSanctionsList_1_1.xml: root namespace is 'urn:new', expected 'http://eu.europa.ec/fpi/fsd/export'"
    ]


def test_non_gregorian_birth_date_is_not_converted(tmp_path: Path) -> None:
    body = '<birthdate calendarType="ISLAMIC" year="1380" monthOfYear="2" logicalId="4"/>'
    records, ctx = run(write(tmp_path, export(entity(body))))
    assert records[0].birth_dates == []
    assert records[0].properties["birth_date_unparsed"] == "year=1380 monthOfYear=2 (ISLAMIC)"
    assert ctx.warnings == [
        "record 1: birth date 'year=1380 monthOfYear=2' is in the ISLAMIC calendar; "
        "not converted, kept in properties"
    ]


def test_impossible_or_unparseable_dates_are_warned(tmp_path: Path) -> None:
    body = (
        '<birthdate year="1970" monthOfYear="2" dayOfMonth="30" logicalId="4"/>'
        '<birthdate birthdate="circa 1970" logicalId="6"/>'
    )
    records, ctx = run(
        write(
            tmp_path,
            export(entity(body).replace('designationDate="2020-01-02"', 'designationDate="soon"')),
        )
    )
    r = records[0]
    assert r.birth_dates == []
    assert r.properties["birth_date_unparsed"] == (
        "year=1970 monthOfYear=2 dayOfMonth=30; circa 1970"
    )
    assert r.properties["designation_date_unparsed"] == "soon"
    # Was: the regulation's publicationDate as listed_on; it is only an upper bound.
    assert r.listed_on is None
    assert r.properties["listed_no_later_than"] == "2020-01-02"
    assert len(ctx.warnings) == 3


def test_element_order_does_not_change_the_record(tmp_path: Path) -> None:
    a = '<nameAlias wholeName="Alpha" nameLanguage="" strong="true" logicalId="21"/>'
    b = '<nameAlias wholeName="Beta" nameLanguage="" strong="true" logicalId="20"/>'
    one = run(write(tmp_path, export(entity(a + b, name="")), "one.xml"))[0][0]
    two = run(write(tmp_path, export(entity(b + a, name="")), "two.xml"))[0][0]
    assert one.name == two.name == "Beta"  # lowest logicalId
    assert one.content_hash() == two.content_hash()


def test_contact_info_order_does_not_change_the_record(tmp_path: Path) -> None:
    # contactInfo has no logicalId; its file order used to be the identifiers' order.
    phone = '<contactInfo key="PHONE" value="042-681 20 81"/>'
    fax = '<contactInfo key="FAX" value="662 38 14"/>'
    phone2 = '<contactInfo key="PHONE" value="668 33 01"/>'

    def address(contacts: str) -> str:
        return f'<address city="Lahore" countryIso2Code="PK" logicalId="7">{contacts}</address>'

    one = run(write(tmp_path, export(entity(address(phone + fax + phone2))), "one.xml"))[0][0]
    two = run(write(tmp_path, export(entity(address(phone2 + fax + phone))), "two.xml"))[0][0]
    assert [i.raw for i in one.identifiers] == [
        "FAX 662 38 14",
        "PHONE 042-681 20 81",
        "PHONE 668 33 01",
    ]
    assert one.content_hash() == two.content_hash()


def test_real_sample_child_order_does_not_change_records(tmp_path: Path) -> None:
    # The real export with every entity's children, and their children, reversed:
    # Al Rashid Trust (330) has several contactInfo per address.
    path = sample("eu_fsf", "eu_fsf_xml_1_1_excerpt_2026-08-05.xml")
    tree = etree.parse(str(path))
    for ent in tree.getroot():
        for elem in [ent, *ent]:
            if isinstance(elem.tag, str):
                elem[:] = list(reversed(elem))
    shuffled = tmp_path / "shuffled.xml"
    tree.write(str(shuffled), xml_declaration=True, encoding="UTF-8")
    before = {r.record_id: r.content_hash() for r in run(path)[0]}
    after = {r.record_id: r.content_hash() for r in run(shuffled)[0]}
    assert before == after and len(before) == 4


def test_duplicate_logical_ids(tmp_path: Path) -> None:
    same = write(tmp_path, export(entity(), entity()), "same.xml")
    records, ctx = run(same)
    assert len(records) == 1
    assert ctx.warnings == [
        "xmlFullSanctionsList_1_1.xml: logicalId 1 repeated identically; skipped"
    ]
    different = write(tmp_path, export(entity(), entity(name="Other")), "diff.xml")
    with pytest.raises(ParseError, match="logicalId 1 appears twice with different content"):
        run(different)


def test_unknown_subject_type_is_other_with_a_warning(tmp_path: Path) -> None:
    xml = export(entity().replace('code="person"', 'code="vessel"'))
    records, ctx = run(write(tmp_path, xml))
    assert records[0].target_type is TargetType.OTHER
    assert ctx.warnings == ["record 1: unknown subjectType code 'vessel'; target type 'other'"]


# ---------------------------------------------------------- shared real sample


@pytest.fixture(scope="module")
def real() -> tuple[list[BanRecord], ParseContext]:
    return run(sample("eu_fsf", "eu_fsf_xml_1_1_excerpt_2026-08-05.xml"))


def test_real_sample_count_and_ids(real: tuple[list[BanRecord], ParseContext]) -> None:
    records, ctx = real
    assert len(records) == 4
    assert [r.record_id for r in records] == ["13", "191", "980", "330"]
    assert ctx.warnings == []


def test_real_sample_records(real: tuple[list[BanRecord], ParseContext]) -> None:
    by = {r.record_id: r for r in real[0]}
    saddam = by["13"]
    assert saddam.name == "Saddam Hussein Al-Tikriti"
    assert saddam.aliases == [Alias(name="Abu Ali"), Alias(name="Abou Ali", script="fr")]
    assert saddam.birth_dates == [DateValue(value="1937-04-28", precision="day", raw="1937-04-28")]
    assert saddam.birth_places == ["al-Awja, near Tikrit, IRAQ"]
    assert saddam.legal_basis == ["Council Regulation (EC) No 1210/2003"]
    # No designationDate in the export: listed_on unknown, the oldest cited act bounds it
    # (was: listed_on 2003-07-08).
    assert saddam.listed_on is None
    assert saddam.properties["listed_no_later_than"] == "2003-07-08"
    assert saddam.remarks == "UNSC RESOLUTION 1483"
    assert saddam.properties["eu_reference_number"] == "EU.27.28"

    ksm = by["191"]
    assert ksm.name == "Khalid Sheikh MOHAMMED"
    assert len(ksm.aliases) == 6
    assert ksm.identifiers == [
        Identifier(type="Passport", value="488555", raw="National passport 488555")
    ]
    assert ksm.programs == ["TERR"]
    # No designationDate: not the 2025 amendment cited at entity level, nor the 2005
    # one (was: listed_on 2005-11-30); 2005-11-30 only bounds the listing date.
    assert ksm.listed_on is None
    assert ksm.properties["listed_no_later_than"] == "2005-11-30"

    trust = by["330"]
    assert trust.target_type is TargetType.ORGANIZATION
    assert trust.name == "Al Rashid Trust"
    assert Alias(name="Организация за подпомагане на Ulema, Пакистан", script="bg") in trust.aliases
    assert len(trust.addresses) == 11
    assert [i.type for i in trust.identifiers].count("Phone Number") == 5
    assert trust.listed_on == DateValue(value="2001-10-06", precision="day", raw="2001-10-06")
    assert trust.remarks is not None and trust.remarks.startswith("[name Al Rashid Trust] Banned")

    grf = by["980"]
    # Global Relief Foundation: listed by the EU in 2002 (UN listing of 22 Oct 2002
    # transposed into Regulation 881/2002); the export has no designationDate and cites
    # nothing older than a 2009 amendment, which used to become listed_on.
    assert grf.listed_on is None
    assert grf.properties["listed_no_later_than"] == "2009-11-18"
    assert "listed_on_basis" not in grf.properties
    assert trust.properties["listed_on_basis"] == "designationDate"
    assert grf.addresses[0] == Address(
        street="9935 South 76th Avenue, Unit 1",
        city="Bridgeview, Illinois",
        postal_code="60455",
        country="UNITED STATES",
    )


# ----------------------------------------------------------------------- demo data


def test_demo_days_match_the_declared_changes(tmp_path: Path) -> None:
    result = demo_generator(SOURCE)(tmp_path)
    expected = result.expected
    days: dict[str, dict[str, str]] = {}
    for day in ("day1", "day2"):
        path = tmp_path / day / SOURCE / "xmlFullSanctionsList_1_1.xml"
        records, ctx = run(path)
        assert ctx.warnings == []
        days[day] = {r.record_id: r.content_hash() for r in records}
    assert_declared_changes(days["day1"], days["day2"], expected, key=int)
    assert (expected["day1_count"], expected["day2_count"]) == (16, 20)
    assert expected["removed"] == ["900431"]
    assert expected["modified"] == ["135909", "900412"]
