"""The UN Security Council Consolidated List parser: hand-written fixture, error cases,
the shared real lists (2020 and 2026), and the demo generator's two days."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from tests.support.demo import assert_declared_changes, demo_generator
from tests.support.samples import sample
from transforms.base import ParseContext, ParseError
from transforms.model import Address, Alias, BanRecord, DateValue, Identifier, Measure, TargetType
from transforms.registry import get_source
from transforms.sources.un_sc_sanctions.parser import (
    FORMAT,
    detect_format,
    parse,
    parse_date,
    split_names,
)

SOURCE = "un_sc_sanctions"
URL = get_source(SOURCE).files[0].url
FIXTURE = Path(__file__).parent / "fixtures" / "un_sc_sanctions" / "consolidated.xml"
STANDARD = [Measure.ASSET_FREEZE, Measure.TRAVEL_BAN, Measure.ARMS_EMBARGO]


def run(path: Path, name: str = "consolidated.xml") -> tuple[list[BanRecord], ParseContext]:
    ctx = ParseContext(source=SOURCE, source_url=URL)
    return list(parse({name: path}, ctx)), ctx


def write(tmp_path: Path, body: str, name: str = "consolidated.xml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def xml(individuals: str = "", entities: str = "", extra: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">'
        f"<INDIVIDUALS>{individuals}</INDIVIDUALS><ENTITIES>{entities}</ENTITIES>{extra}"
        "</CONSOLIDATED_LIST>\n"
    )


def individual(body: str = "", dataid: str = "1", first: str = "TEST") -> str:
    return (
        f"<INDIVIDUAL><DATAID>{dataid}</DATAID><VERSIONNUM>1</VERSIONNUM>"
        f"<FIRST_NAME>{first}</FIRST_NAME><SECOND_NAME>PERSON</SECOND_NAME>"
        "<UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.999</REFERENCE_NUMBER>"
        f"<LISTED_ON>2017-08-05</LISTED_ON>{body}</INDIVIDUAL>"
    )


# ------------------------------------------------------------------- fixture file


@pytest.fixture(scope="module")
def fixture_result() -> tuple[list[BanRecord], ParseContext]:
    return run(FIXTURE)


@pytest.fixture(scope="module")
def by_id(fixture_result: tuple[list[BanRecord], ParseContext]) -> dict[str, BanRecord]:
    return {r.record_id: r for r in fixture_result[0]}


def test_one_record_per_individual_and_entity(
    fixture_result: tuple[list[BanRecord], ParseContext],
) -> None:
    records, ctx = fixture_result
    assert [r.record_id for r in records] == ["9000001", "9000002", "9000101", "9000102"]
    assert [r.target_type for r in records] == [
        TargetType.PERSON,
        TargetType.PERSON,
        TargetType.ORGANIZATION,
        TargetType.ORGANIZATION,
    ]
    # The Hijri date note is the fixture's only unusable value.
    assert ctx.warnings == [
        "record 9000001: date of birth note '24/06/1402 (Hijri Calendar)' is not a date; kept"
    ]
    for r in records:
        assert r.source == SOURCE
        assert r.authority == "UN Security Council"
        assert r.jurisdiction == "UN"
        assert r.source_url == URL


def test_individual_names_and_aliases(by_id: dict[str, BanRecord]) -> None:
    r = by_id["9000001"]
    assert r.name == "ABDUL KARIM AL-TESTI EXAMPLE"  # FIRST..FOURTH, whitespace collapsed
    assert r.aliases == [
        Alias(name="عبد الكريم التستي", kind="aka", script="Arabic"),  # NAME_ORIGINAL_SCRIPT
        Alias(name="Abdul Kareem Testi", kind="aka"),  # "A; B" split
        Alias(name="Abd al-Karim al-Testi", kind="aka"),
        Alias(name="Abu Test", kind="weak"),  # QUALITY Low
        Alias(name="أبو تست", kind="aka", script="Arabic"),  # original script + ...
        Alias(name="Abu Tast", kind="aka"),  # ... its transliterations
        Alias(name="Abou Test", kind="aka"),
        Alias(name="Karim Example", kind="fka"),  # QUALITY f.k.a.
    ]
    assert r.properties["alias_notes"] == (
        "Karim Example: date of birth 1968-03-01, place of birth Mosul, Iraq, "
        "name used in a false passport"
    )


def test_individual_dates_keep_precision(by_id: dict[str, BanRecord]) -> None:
    r = by_id["9000001"]
    assert r.birth_dates == [
        DateValue(value="1967-01-15", precision="day", raw="1967-01-15"),
        DateValue(value="1966", precision="year", raw="1966"),  # APPROXIMATELY
        DateValue(value="1963", precision="year", raw="1963 to 1965"),  # BETWEEN
        DateValue(value="1964", precision="year", raw="1963 to 1965"),
        DateValue(value="1965", precision="year", raw="1963 to 1965"),
        DateValue(value="1973-11", precision="month", raw="Nov. 1973"),  # a NOTE alone
        DateValue(value="1968-03-01", precision="day", raw="1968-03-01"),  # the f.k.a.'s
    ]
    assert r.properties["birth_date_notes"] == (
        "1966 (APPROXIMATELY); 1963 to 1965 (BETWEEN, Approximately)"
    )
    assert r.properties["birth_date_unparsed"] == "24/06/1402 (Hijri Calendar)"
    # LISTED_ON with an xs:date time-zone suffix keeps the date, raw keeps the text.
    assert r.listed_on == DateValue(value="2015-04-07", precision="day", raw="2015-04-07-04:00")


def test_individual_other_fields(by_id: dict[str, BanRecord]) -> None:
    r = by_id["9000001"]
    assert r.programs == ["Al-Qaida"]
    assert r.legal_basis == [
        "UNSC Resolution 1267 (1999)",
        "UNSC Resolution 1989 (2011)",
        "UNSC Resolution 2253 (2015)",
    ]
    assert r.measures == STANDARD
    assert r.title == "Financier of an example group; Former governor"
    assert r.nationalities == ["Iraq", "Syrian Arab Republic"]
    assert r.countries == ["Iraq", "Syrian Arab Republic"]
    assert r.birth_places == ["Tikrit, Salah al-Din, Iraq", "Mosul, Iraq"]
    assert r.addresses == [
        Address(
            street="Example Street 5",
            city="Raqqa",
            region="Raqqa Governorate",
            country="Syrian Arab Republic",
            remarks="as of 2016",
        )
    ]  # the empty <COUNTRY/> placeholder address is not an address
    assert r.identifiers == [
        Identifier(
            type="Passport",
            value="A1234567",
            country="Iraq",
            raw="Passport A1234567 (issuing country Iraq; issued 2010-05-02; expired)",
        ),
        Identifier(
            type="Passport",  # "Numéro de passeport" via lookups.document_types
            value="P-998877",
            country="Syrian Arab Republic",
            raw="Numéro de passeport P-998877 (country of issue Syrian Arab Republic)",
        ),
    ]
    assert r.properties["documents_without_number"] == (
        "National Identification Number (Iraqi national identity number 0011223 issued on "
        "1 Jan. 2001)"
    )
    assert r.remarks == "Fictional individual for tests.\nSecond line of comments."
    assert r.properties["reference_number"] == "QDi.901"
    assert r.properties["gender"] == "Male"  # "MALE" normalised
    assert r.properties["titles"] == "Haji; Maulavi"
    assert r.properties["last_updated"] == "2016-10-13; 2020-11-24"
    assert r.properties["list_type"] == "UN List"
    assert r.properties["version"] == "1"


def test_regime_specific_measures(by_id: dict[str, BanRecord]) -> None:
    gb = by_id["9000002"]
    assert gb.measures == [Measure.TRAVEL_BAN]  # res. 2048 imposes a travel ban only
    assert gb.legal_basis == ["UNSC Resolution 2048 (2012)"]
    assert gb.birth_dates == [DateValue(value="1955", precision="year", raw="1955")]
    assert gb.aliases == [] and gb.addresses == [] and gb.remarks is None
    iraq = by_id["9000102"]
    assert iraq.measures == [Measure.ASSET_FREEZE]
    assert iraq.legal_basis == ["UNSC Resolution 1483 (2003)", "UNSC Resolution 1518 (2003)"]


def test_entity(by_id: dict[str, BanRecord]) -> None:
    r = by_id["9000101"]
    assert r.name == "EXAMPLE TRADING CORPORATION"
    assert r.aliases == [
        Alias(name="조선예시무역회사", kind="aka", script="Hangul"),
        Alias(name="ETC", kind="aka"),
        Alias(name="KOREA EXAMPLE GENERAL CORPORATION", kind="fka"),
    ]
    assert r.measures == [Measure.ASSET_FREEZE, Measure.ARMS_EMBARGO]  # no travel ban
    assert r.legal_basis == ["UNSC Resolution 1718 (2006)"]
    assert r.programs == ["DPRK"]
    assert r.addresses == [
        Address(
            street="Central District",
            city="Pyongyang",
            country="Democratic People's Republic of Korea",
        )
    ]
    assert r.countries == ["Democratic People's Republic of Korea"]
    assert r.listed_on == DateValue(value="2016-03-02", precision="day", raw="2016-03-02")
    assert r.properties["submitted_on"] == "2016-02-25"
    assert r.properties["reference_number"] == "KPe.901"
    assert r.nationalities == [] and r.birth_dates == []


def test_helpers() -> None:
    assert split_names("A; B (C; D)") == ["A", "B (C; D)"]
    assert split_names("حسن غول (Hassan Ghul; Hassan\nGul)") == [
        "حسن غول",
        "Hassan Ghul",
        "Hassan Gul",
    ]
    assert parse_date("1960-01-01-05:00") == DateValue(
        value="1960-01-01", precision="day", raw="1960-01-01-05:00"
    )
    assert parse_date("nonsense") is None


def test_lookups_come_from_the_registry() -> None:
    lookups = get_source(SOURCE).lookups
    assert lookups["legal_basis"]["DPRK"] == "UNSC Resolution 1718 (2006)"
    assert lookups["measures"]["default"] == "asset_freeze, travel_ban, arms_embargo"


# --------------------------------------------------------------- format detection


def test_format_detected_by_content_not_name(tmp_path: Path) -> None:
    renamed = tmp_path / "download"
    renamed.write_bytes(FIXTURE.read_bytes())
    assert detect_format({"download": renamed}) == FORMAT
    assert len(run(renamed, name="download")[0]) == 4


def test_html_page_is_a_parse_error(tmp_path: Path) -> None:
    page = write(tmp_path, "<!doctype html><html><body>Service Unavailable</body></html>")
    with pytest.raises(ParseError, match="un_sc_sanctions: .*HTML page"):
        run(page)


def test_wrong_root_malformed_and_empty_are_parse_errors(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="root element is <export>"):
        run(write(tmp_path, "<export><sanctionEntity/></export>"))
    truncated = FIXTURE.read_text(encoding="utf-8")[:3000]
    with pytest.raises(ParseError, match="un_sc_sanctions: .*malformed XML"):
        run(write(tmp_path, truncated, "t.xml"), name="t.xml")
    with pytest.raises(ParseError, match="file is empty"):
        run(write(tmp_path, "", "e.xml"), name="e.xml")
    with pytest.raises(ParseError, match="not XML"):
        run(write(tmp_path, "DATAID,NAME\n1,X\n", "c.csv"), name="c.csv")


def test_record_without_dataid_is_a_parse_error(tmp_path: Path) -> None:
    body = individual().replace("<DATAID>1</DATAID>", "")
    with pytest.raises(ParseError, match=r"un_sc_sanctions: INDIVIDUAL at line \d+ has no DATAID"):
        run(write(tmp_path, xml(body)))


def test_record_without_name_is_a_parse_error(tmp_path: Path) -> None:
    body = individual(dataid="42", first="").replace("<SECOND_NAME>PERSON</SECOND_NAME>", "")
    with pytest.raises(ParseError, match="INDIVIDUAL 42 .*has no name"):
        run(write(tmp_path, xml(body)))


def test_unknown_elements_are_warned_once(tmp_path: Path) -> None:
    body = (
        "<SANCTION_TYPE>travel ban</SANCTION_TYPE><INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY>"
        "<ALIAS_NAME>X Y</ALIAS_NAME><SCRIPT>Latin</SCRIPT></INDIVIDUAL_ALIAS>"
    )
    path = write(
        tmp_path,
        xml(individual(body, "1") + individual(body, "2"), extra="<VESSELS/>"),
    )
    records, ctx = run(path)
    assert [r.record_id for r in records] == ["1", "2"]
    assert records[0].aliases == [Alias(name="X Y", kind="aka")]  # the rest is still read
    assert ctx.warnings == [
        "record 1: unknown element <SANCTION_TYPE> in <INDIVIDUAL> ignored (text: 'travel ban')",
        "record 1: unknown element <SCRIPT> in <INDIVIDUAL_ALIAS> ignored (text: 'Latin')",
        "consolidated.xml: unknown element <VESSELS> in <CONSOLIDATED_LIST> ignored",
    ]


def test_unknown_regime_and_quality_are_warned(tmp_path: Path) -> None:
    body = (
        "<INDIVIDUAL_ALIAS><QUALITY>Medium</QUALITY><ALIAS_NAME>Z</ALIAS_NAME></INDIVIDUAL_ALIAS>"
    )
    path = write(tmp_path, xml(individual(body).replace(">DPRK<", ">Atlantis<")))
    records, ctx = run(path)
    r = records[0]
    assert r.programs == ["Atlantis"]
    assert r.legal_basis == []
    assert r.measures == STANDARD
    assert r.aliases == [Alias(name="Z", kind="aka")]
    assert ctx.warnings == [
        "record 1: unknown alias QUALITY 'Medium'; kept as 'aka'",
        "record 1: UN_LIST_TYPE 'Atlantis' has no legal basis in source.yml "
        "lookups.legal_basis; standard measures assumed",
    ]


def test_unparseable_listing_date_is_warned(tmp_path: Path) -> None:
    path = write(tmp_path, xml(individual().replace("2017-08-05", "5 Aug. 2017 (approx)")))
    records, ctx = run(path)
    assert records[0].listed_on is None
    assert records[0].properties["listed_on_unparsed"] == "5 Aug. 2017 (approx)"
    assert ctx.warnings == [
        "record 1: unparseable LISTED_ON '5 Aug. 2017 (approx)' kept in properties"
    ]


def test_duplicate_dataid(tmp_path: Path) -> None:
    records, ctx = run(write(tmp_path, xml(individual() + individual()), "a.xml"), name="a.xml")
    assert len(records) == 1
    assert ctx.warnings == ["a.xml: DATAID 1 repeated identically; skipped"]
    with pytest.raises(ParseError, match="DATAID 1 appears twice with different content"):
        run(write(tmp_path, xml(individual() + individual(first="OTHER")), "b.xml"), name="b.xml")


def test_record_carrying_delisted_on_is_not_emitted(tmp_path: Path) -> None:
    # A de-listed entry left in the file with its DELISTED_ON must not stay active.
    body = xml(
        individual(dataid="1")
        + individual("<DELISTED_ON>2024-03-01</DELISTED_ON>", dataid="2", first="GONE")
        + individual(dataid="3", first="OTHER")
    )
    records, ctx = run(write(tmp_path, body))
    assert [r.record_id for r in records] == ["1", "3"]
    assert ctx.warnings == [
        "consolidated.xml: 1 record(s) carrying DELISTED_ON not emitted (de-listed): "
        "2 (KPi.999) on 2024-03-01"
    ]


# --------------------------------------------------------- shared real samples


def _raw_counts(path: Path) -> Counter[str]:
    root = etree.parse(str(path)).getroot()
    return Counter(el.tag for el in root.iter("INDIVIDUAL", "ENTITY"))


@pytest.fixture(scope="module")
def real_2026() -> tuple[list[BanRecord], ParseContext]:
    return run(sample("un", "consolidated.xml"))


def test_real_2026_list_counts(real_2026: tuple[list[BanRecord], ParseContext]) -> None:
    records, ctx = real_2026
    assert len(records) == 1003
    types = Counter(r.target_type for r in records)
    assert types == {TargetType.PERSON: 730, TargetType.ORGANIZATION: 273}
    assert _raw_counts(sample("un", "consolidated.xml")) == {"INDIVIDUAL": 730, "ENTITY": 273}
    assert len({r.record_id for r in records}) == 1003
    # Only three dates of birth are prose that no parser should turn into a date.
    assert sorted(ctx.warnings) == [
        "record 2962519: date of birth note '24/06/1402 (Hijri Calendar)' is not a date; kept",
        "record 2983746: date of birth note 'Between Aug. and Sep. 1977' is not a date; kept",
        "record 6908703: date of birth note '30-35 years old' is not a date; kept",
    ]
    assert all(r.legal_basis for r in records)  # every regime is in the lookup
    assert all(r.listed_on is not None for r in records)


def test_real_2026_spot_checks(real_2026: tuple[list[BanRecord], ParseContext]) -> None:
    by = {r.record_id: r for r in real_2026[0]}
    zawahiri = by["111923"]
    assert zawahiri.name == "AIMAN MUHAMMED RABI AL-ZAWAHIRI"
    assert zawahiri.properties["reference_number"] == "QDi.006"
    assert zawahiri.aliases[0] == Alias(name="أيمن محمد ربيع الظواهري", script="Arabic")
    assert Alias(name="Abu Fatma", kind="weak") in zawahiri.aliases
    assert zawahiri.birth_dates == [
        DateValue(value="1951-06-19", precision="day", raw="1951-06-19")
    ]
    assert zawahiri.birth_places == ["Giza, Egypt"]
    assert zawahiri.listed_on == DateValue(value="2001-01-25", precision="day", raw="2001-01-25")
    assert zawahiri.measures == STANDARD

    komid = by["690735"]
    assert komid.name == "KOREA MINING DEVELOPMENT TRADING CORPORATION"
    assert komid.properties["reference_number"] == "KPe.001"
    assert komid.legal_basis == ["UNSC Resolution 1718 (2006)"]
    assert komid.measures == [Measure.ASSET_FREEZE, Measure.ARMS_EMBARGO]

    badege = by["6907993"]  # the first record: a year-only date of birth
    assert badege.birth_dates == [DateValue(value="1971", precision="year", raw="1971")]
    assert badege.programs == ["DRC"]

    baghdadi = by["2975516"]
    assert Alias(name="Abu Bakr al-Baghdadi", kind="weak") in baghdadi.aliases

    # A LISTED_ON with a time-zone suffix in the real file.
    suffixed = [r for r in real_2026[0] if r.listed_on and r.listed_on.raw.endswith("-04:00")]
    assert len(suffixed) == 10
    assert all(r.listed_on and len(r.listed_on.value) == 10 for r in suffixed)


@pytest.fixture(scope="module")
def real_2020() -> tuple[list[BanRecord], ParseContext]:
    return run(sample("un", "consolidated_2020-03-20.xml"))


def test_real_2020_list(real_2020: tuple[list[BanRecord], ParseContext]) -> None:
    records, ctx = real_2020
    assert len(records) == 1014
    assert _raw_counts(sample("un", "consolidated_2020-03-20.xml")) == {
        "INDIVIDUAL": 709,
        "ENTITY": 305,
    }
    assert len(ctx.warnings) == 4  # four prose dates of birth, as in 2026 plus "29 years old"
    assert {r.properties.get("submitted_by") for r in records} >= {"United States", "Germany"}
    # Dates of birth with a time-zone suffix (only in this edition).
    suffixed = [d for r in records for d in r.birth_dates if d.raw.endswith("-05:00")]
    assert [d.value for d in suffixed] == ["1960-01-01", "1966-02-02", "1962-11-09"]


def test_real_2020_mali_entries_have_no_arms_embargo(
    real_2020: tuple[list[BanRecord], ParseContext],
) -> None:
    # Res. 2374 (2017) imposed a travel ban and an asset freeze on those listed under
    # the Mali regime, never an arms embargo (was: the three standard measures).
    mali = [r for r in real_2020[0] if r.programs and r.programs[0] == "Mali"]
    assert len(mali) == 8
    assert all(r.measures == [Measure.ASSET_FREEZE, Measure.TRAVEL_BAN] for r in mali)
    assert all(r.legal_basis == ["UNSC Resolution 2374 (2017)"] for r in mali)


def test_mali_and_lebanon_regimes_have_no_arms_embargo(tmp_path: Path) -> None:
    mali = individual(dataid="1").replace(">DPRK<", ">Mali<")
    lebanon = individual(dataid="2").replace(">DPRK<", ">Lebanon<")
    records, ctx = run(write(tmp_path, xml(mali + lebanon)))
    assert ctx.warnings == []
    assert [r.measures for r in records] == [[Measure.ASSET_FREEZE, Measure.TRAVEL_BAN]] * 2
    assert records[1].legal_basis == ["UNSC Resolution 1636 (2005)"]


def test_real_delisting_between_editions(
    real_2020: tuple[list[BanRecord], ParseContext],
    real_2026: tuple[list[BanRecord], ParseContext],
) -> None:
    old = {r.record_id: r for r in real_2020[0]}
    new = {r.record_id: r for r in real_2026[0]}
    # QDi.317 (Ahmed al-Sharaa), delisted in November 2025: in 2020, not in 2026.
    assert old["3020633"].properties["reference_number"] == "QDi.317"
    assert "3020633" not in new


# ----------------------------------------------------------------------- demo data


def test_demo_days_match_the_declared_changes(tmp_path: Path) -> None:
    result = demo_generator(SOURCE)(tmp_path)
    expected = result.expected
    days: dict[str, dict[str, str]] = {}
    for day in ("day1", "day2"):
        records, ctx = run(tmp_path / day / SOURCE / "consolidated.xml")
        assert ctx.warnings == []
        days[day] = {r.record_id: r.content_hash() for r in records}
    assert_declared_changes(days["day1"], days["day2"], expected)
    assert (expected["day1_count"], expected["day2_count"]) == (19, 21)
    assert expected["removed"] == ["3020633"]
    assert expected["modified"] == ["111923", "6908046"]
