"""The Canada SEMA list parser: hand-written fixtures (3 layouts), the 2020 sample, demo."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.demo import assert_declared_changes, day_files, demo_generator
from tests.support.parsing import by_id, parse_snapshot
from tests.support.samples import sample
from transforms.base import ParseContext, ParseError
from transforms.model import Alias, BanRecord, DateValue, Identifier, Measure, TargetType
from transforms.sources.ca_sema.parser import (
    detect_format,
    parse,
    parse_dates,
    regime_key,
    script_of,
    split_aliases,
)

SOURCE = "ca_sema"
URL = (
    "https://www.international.gc.ca/world-monde/assets/office_docs/"
    "international_relations-relations_internationales/sanctions/sema-lmes.xml"
)
FIXTURES = Path(__file__).parent / "fixtures" / SOURCE
XML_2026 = FIXTURES / "sema-lmes_2026.xml"
XML_2023 = FIXTURES / "sema-lmes_2023.xml"
XML_2020 = FIXTURES / "sema-lmes_2020.xml"

SEMA = "Special Economic Measures Act (S.C. 1992, c. 17)"
RUSSIA_REGS = "Special Economic Measures (Russia) Regulations"
JVCFOR_REGIME = (
    "Justice for Victims of Corrupt Foreign Officials Regulations (JVCFOR) / Règlement relatif "
    "à la justice pour les victimes de dirigeants étrangers corrompus (RJVDEC)"
)
FREEZE = [Measure.ASSET_FREEZE, Measure.FINANCIAL_RESTRICTION]


def run(path: Path, name: str | None = None) -> tuple[list[BanRecord], ParseContext]:
    return parse_snapshot(parse, {name or path.name: path}, SOURCE, URL)


def write(tmp_path: Path, records: str, name: str = "sema-lmes.xml") -> Path:
    path = tmp_path / name
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<data-set>' + records + "</data-set>\n",
        encoding="utf-8",
    )
    return path


def listed(value: str) -> DateValue:
    return DateValue(value=value, precision="day", raw=value)


# ------------------------------------------------------------------ 2026 layout


@pytest.fixture(scope="module")
def current() -> tuple[list[BanRecord], ParseContext]:
    return run(XML_2026)


def test_2026_records_in_file_order(current: tuple[list[BanRecord], ParseContext]) -> None:
    records, ctx = current
    assert [r.record_id for r in records] == [
        "russia/1-part-1/7",
        "russia/1-part-2/3",
        "russia/1-1/1",
        "russia/2/4",
        "jvcfor/12",
        "iran/1/25",
        "syria/2/74",
        "venezuela/55",
        "belarus/1-part-1/2",
    ]
    assert ctx.warnings == [
        "record 7, line 57 (Example-Hassan): date of birth 'born in the early 1950s' "
        "not (fully) readable; kept raw"
    ]
    for r in records:
        assert r.source == SOURCE
        assert r.authority == "Global Affairs Canada"
        assert r.jurisdiction == "CA"
        assert r.source_url == URL
        assert r.countries == [] and r.nationalities == []  # <Country> is the regime


def test_2026_person(current: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(current[0])["russia/1-part-1/7"]
    assert r.name == "Ivan Sergeyevich PETROV"  # U+00A0 and double spaces collapsed
    assert r.target_type is TargetType.PERSON
    assert r.aliases == [
        Alias(name="Ivan Sergeevich PETROV", kind="aka"),
        Alias(name="Иван Сергеевич ПЕТРОВ", kind="aka", script="Cyrillic"),
    ]
    assert r.birth_dates == [DateValue(value="1965", precision="year", raw="1965")]
    assert r.listed_on == listed("2022-02-24")
    assert r.programs == ["Russia"]
    assert r.measures == FREEZE
    assert r.legal_basis == [RUSSIA_REGS, SEMA]
    assert r.title is None
    assert r.properties == {
        "regime": "Russia / Russie",
        "item": "7",
        "schedule": "1, Part 1",
        "given_name": "Ivan Sergeyevich",
        "last_name": "PETROV",
        "aliases_raw": "Ivan Sergeevich PETROV; Иван Сергеевич ПЕТРОВ",
    }


def test_2026_entity_with_cyrillic_alias(current: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(current[0])["russia/1-part-2/3"]
    assert r.name == "Severnaya Zvezda Holding"
    assert r.target_type is TargetType.ORGANIZATION
    assert [(a.name, a.script) for a in r.aliases] == [
        ("Severnaya Zvezda Holding Limited Liability Company", None),
        ("Severnaya Zvezda LLC", None),
        ("Общество с ограниченной ответственностью «Северная звезда»", "Cyrillic"),
    ]
    assert r.listed_on == listed("2022-03-15")
    assert r.birth_dates == []


def test_2026_ship(current: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(current[0])["russia/1-1/1"]
    assert r.name == "Polar Example"
    assert r.target_type is TargetType.VESSEL
    assert r.identifiers == [Identifier(type="IMO", value="9123456", raw="9123456")]
    assert r.birth_dates == []  # a build year is not a date of birth
    assert r.properties == {
        "regime": "Russia / Russie",
        "item": "1",
        "schedule": "1.1",
        "vessel_type": "Crude Oil Tanker | Pétrolier",  # wrapped across two lines
        "build_date": "2004",
    }
    assert r.listed_on == listed("2025-02-21")
    assert r.measures == FREEZE


def test_2026_sectoral_schedule_is_no_asset_freeze(
    current: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(current[0])["russia/2/4"]
    assert r.measures == [Measure.FINANCIAL_RESTRICTION]
    assert r.legal_basis == [RUSSIA_REGS, SEMA]


def test_2026_jvcfor_without_schedule(current: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(current[0])["jvcfor/12"]
    assert r.name == "Fahad Saad ALEXAMPLE"
    assert r.programs == ["Justice for Victims of Corrupt Foreign Officials Regulations (JVCFOR)"]
    assert r.legal_basis == [
        "Justice for Victims of Corrupt Foreign Officials Regulations",
        "Justice for Victims of Corrupt Foreign Officials Act (Sergei Magnitsky Law) "
        "(S.C. 2017, c. 21)",
    ]
    assert r.measures == FREEZE
    assert r.birth_dates == [
        DateValue(value="1972-08-10", precision="day", raw="1972-08-10"),
        DateValue(value="1972-08-11", precision="day", raw="1972-08-11"),
    ]
    assert r.properties["regime"] == JVCFOR_REGIME
    assert "schedule" not in r.properties


def test_2026_comma_aliases_arabic_script(current: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(current[0])["iran/1/25"]
    assert r.aliases == [
        Alias(name="EAIC"),
        Alias(name="Example Trading Co., Ltd."),  # no split before a legal form
        Alias(name="Example Aviation Mfg. Co."),
        Alias(name="شرکت صنایع هوایی نمونه", script="Arabic"),
    ]
    assert r.legal_basis == ["Special Economic Measures (Iran) Regulations", SEMA]


def test_2026_title_and_unreadable_dob(current: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(current[0])["syria/2/74"]
    assert r.name == "Example-Hassan"  # last name only
    assert r.title == "Major General | major-général"
    assert r.birth_dates == []
    assert r.properties["date_of_birth_raw"] == "born in the early 1950s"


def test_2026_month_precision_and_padded_values(
    current: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(current[0])["venezuela/55"]  # "Venezuela ", item " 55 ", no schedule
    assert r.name == "José Luis EJEMPLO MÁRQUEZ"
    assert r.birth_dates == [DateValue(value="1964-03", precision="month", raw="1964-03")]
    assert r.programs == ["Venezuela"]
    assert r.properties["item"] == "55"
    belarus = by_id(current[0])["belarus/1-part-1/2"]
    assert belarus.aliases == [Alias(name="Alexander"), Alias(name="Aleksandr")]
    assert belarus.legal_basis == ["Special Economic Measures (Belarus) Regulations", SEMA]


# ------------------------------------------------------------------ older layouts


def test_three_layouts_give_the_same_ids() -> None:
    r2026 = by_id(run(XML_2026)[0])
    r2023, ctx23 = run(XML_2023)
    r2020, ctx20 = run(XML_2020)
    assert ctx23.warnings == [] and ctx20.warnings == []
    assert [r.record_id for r in r2023] == [
        "russia/1-part-1/7",
        "russia/1-1/1",
        "ukraine/1-part-2/1",
    ]
    # 2020 wrote Russia persons' schedule as "1", 2026 as "1, Part 1"; Ukraine entities
    # went "1, Part 2" -> "Part 2"; JVCFOR "1" -> none; Venezuela "N/A" -> none.
    assert [r.record_id for r in r2020] == [
        "russia/1-part-1/7",
        "ukraine/1-part-2/1",
        "syria/2/74",
        "jvcfor/12",
        "venezuela/55",
        "russia/2/4",
    ]
    old = by_id(r2020)
    assert set(old) - set(r2026) == {"ukraine/1-part-2/1"}
    assert old["russia/1-part-1/7"].name == r2026["russia/1-part-1/7"].name
    assert old["russia/1-part-1/7"].birth_dates == r2026["russia/1-part-1/7"].birth_dates
    assert old["russia/1-part-1/7"].properties["schedule"] == "1"  # as published
    assert old["russia/1-part-1/7"].listed_on is None  # 2020 had no DateOfListing
    assert old["jvcfor/12"].birth_dates == r2026["jvcfor/12"].birth_dates


def test_2023_layout() -> None:
    records = by_id(run(XML_2023)[0])
    ship = records["russia/1-1/1"]
    assert ship.target_type is TargetType.VESSEL
    assert ship.identifiers == [Identifier(type="IMO", value="9123456", raw="IMO 9123456")]
    assert ship.properties["vessel_type"] == "Crude Oil Tanker"  # <TitleOrShip>
    assert records["ukraine/1-part-2/1"].properties["schedule"] == "Part 2"
    assert records["ukraine/1-part-2/1"].listed_on == listed("2014-04-12")


def test_2020_layout() -> None:
    records = by_id(run(XML_2020)[0])
    syria = records["syria/2/74"]
    assert syria.title == "Brigadier/brigadier"  # <Title>
    assert syria.target_type is TargetType.PERSON
    bank = records["russia/2/4"]
    assert bank.target_type is TargetType.ORGANIZATION  # <Entity>
    assert bank.aliases == [Alias(name="Example Sberegatelny Bank")]  # "(...)" unwrapped
    assert bank.properties["aliases_raw"] == "(Example Sberegatelny Bank)"
    assert bank.measures == [Measure.FINANCIAL_RESTRICTION]


# ------------------------------------------------------------------ helpers


def test_helpers() -> None:
    assert regime_key("Russia") == "russia"
    assert regime_key("South Sudan") == "south-sudan"
    assert regime_key("Justice for Victims ... Regulations (JVCFOR)") == "jvcfor"
    assert script_of("Иван") == "Cyrillic"
    assert script_of("Müller") is None
    assert script_of("习近平") == "Han"
    assert split_aliases("Alexei, Aleksei ") == ["Alexei", "Aleksei"]
    assert split_aliases("Technodinamica Holding, JSC") == ["Technodinamica Holding, JSC"]
    assert split_aliases("A; B, C") == ["A", "B, C"]  # ";" wins when present
    assert parse_dates("1960") == ([DateValue(value="1960", precision="year", raw="1960")], True)
    dates, complete = parse_dates("Sep-99")
    assert dates == [] and not complete


# ------------------------------------------------------------------ oddities


def test_unknown_element_is_warned_once_and_kept(tmp_path: Path) -> None:
    rec = (
        "<record><Country>Russia / Russie</Country><LastName>ONE</LastName>"
        "<Gender-Genre>Male</Gender-Genre><Schedule>1, Part 1</Schedule><Item>{n}</Item></record>"
    )
    records, ctx = run(write(tmp_path, rec.format(n=1) + rec.format(n=2)))
    assert [r.properties["Gender-Genre"] for r in records] == ["Male", "Male"]
    assert ctx.warnings == [
        "unknown element <Gender-Genre> in <record> (first in record 1, line 2); "
        "its text is kept in properties"
    ]


def test_unknown_regime_and_bad_dates_are_warned(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "<record><Country>Atlantis / Atlantide</Country><EntityOrShip>X Corp</EntityOrShip>"
        "<Item>1</Item><DateOfListing>Sep-99</DateOfListing></record>",
    )
    (record,), ctx = run(path)
    assert record.record_id == "atlantis/1"
    assert record.legal_basis == [SEMA]
    assert record.listed_on is None
    assert record.properties["date_of_listing_raw"] == "Sep-99"
    assert ctx.warnings == [
        "record 1, line 2 (X Corp): DateOfListing 'Sep-99' not readable; kept raw",
        "no regulations known for regime 'Atlantis' (first in record 1, line 2 (X Corp)); "
        "add it to lookups.regulations in source.yml",
    ]


def test_entity_with_a_date_alone_is_not_a_ship(tmp_path: Path) -> None:
    # Was: any entity with DateOfBirthOrShipBuildDate became a vessel.
    path = write(
        tmp_path,
        "<record><Country>Russia / Russie</Country><EntityOrShip>Example Bank JSC</EntityOrShip>"
        "<DateOfBirthOrShipBuildDate>1992</DateOfBirthOrShipBuildDate>"
        "<Schedule>1, Part 2</Schedule><Item>9</Item></record>"
        "<record><Country>Russia / Russie</Country><EntityOrShip>Sea Example</EntityOrShip>"
        "<ShipIMONumber>IMO 9123456</ShipIMONumber>"
        "<DateOfBirthOrShipBuildDate>2004</DateOfBirthOrShipBuildDate>"
        "<Schedule>1.1</Schedule><Item>9</Item></record>",
    )
    (bank, ship), ctx = run(path)
    assert ctx.warnings == []
    assert bank.target_type is TargetType.ORGANIZATION
    assert bank.properties["date_raw"] == "1992" and "build_date" not in bank.properties
    assert ship.target_type is TargetType.VESSEL
    assert ship.properties["build_date"] == "2004"


def test_bad_imo_is_warned_and_kept(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "<record><Country>Russia / Russie</Country><EntityOrShip>Ship A</EntityOrShip>"
        "<ShipIMONumber>Sea Breeze</ShipIMONumber><Schedule>1.1</Schedule><Item>9</Item>"
        "</record>",
    )
    (record,), ctx = run(path)
    assert record.target_type is TargetType.VESSEL
    assert record.identifiers == []
    assert record.properties["ship_imo_raw"] == "Sea Breeze"
    assert len(ctx.warnings) == 1 and "not a 7-digit IMO" in ctx.warnings[0]


def test_duplicate_citation_keeps_both_records(tmp_path: Path) -> None:
    rec = (
        "<record><Country>Russia / Russie</Country><LastName>{n}</LastName>"
        "<Schedule>1, Part 1</Schedule><Item>5</Item></record>"
    )
    records, ctx = run(write(tmp_path, rec.format(n="ONE") + rec.format(n="TWO")))
    assert [r.record_id for r in records] == ["russia/1-part-1/5", "russia/1-part-1/5~two"]
    assert len(ctx.warnings) == 1 and "already used" in ctx.warnings[0]


def test_format_detected_by_content_not_name(tmp_path: Path) -> None:
    odd = tmp_path / "download.csv"
    shutil.copy(XML_2026, odd)
    assert detect_format({"download.csv": odd}) == "sema_xml"
    assert run(odd)[0] == run(XML_2026)[0]


def test_output_is_deterministic() -> None:
    first = [r.content_hash() for r in run(XML_2026)[0]]
    assert first == [r.content_hash() for r in run(XML_2026)[0]]


# ------------------------------------------------------------------ errors


def test_html_page_is_a_parse_error(tmp_path: Path) -> None:
    page = tmp_path / "sema-lmes.xml"
    page.write_text("<!DOCTYPE html>\n<html><head><title>404</title></head><body/></html>")
    with pytest.raises(ParseError) as err:
        run(page)
    assert err.value.source == SOURCE
    assert str(err.value) == "ca_sema: sema-lmes.xml: file is an HTML page, not the SEMA XML list"


def test_wrong_root_and_malformed_xml(tmp_path: Path) -> None:
    other = tmp_path / "a.xml"
    other.write_text('<?xml version="1.0"?><sdnList><sdnEntry/></sdnList>')
    with pytest.raises(ParseError, match="root element is <sdnList>, not <data-set>"):
        run(other)
    broken = tmp_path / "b.xml"
    broken.write_text(
        "<data-set><record><Country>Iran</Country><EntityOrShip>A</EntityOrShip>"
        "<Item>1</Item></record><record><Country>Iran</Country>"
    )
    with pytest.raises(ParseError, match="malformed XML after 1 records"):
        run(broken)
    text = tmp_path / "d.xml"
    text.write_text("Country,Item\nIran,1\n")
    with pytest.raises(ParseError, match="not XML"):
        run(text)


def test_record_without_item(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "<record><Country>Iran</Country><EntityOrShip>Bank A</EntityOrShip><Schedule>1"
        "</Schedule></record>",
    )
    with pytest.raises(ParseError, match=r"ca_sema: record 1, line 2 \(Bank A\): no <Item>"):
        run(path)


def test_record_without_name(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "<record><Country>Iran</Country><EntityOrShip>Bank A</EntityOrShip><Item>1</Item></record>"
        "<record><Country>Iran</Country><Item>2</Item></record>",
    )
    with pytest.raises(ParseError, match=r"record 2, line 2 \(item 2\): no name"):
        run(path)


def test_no_or_several_files(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="no files"):
        list(parse({}, ParseContext(source=SOURCE)))
    with pytest.raises(ParseError, match="expected one file"):
        list(parse({"a": XML_2020, "b": XML_2023}, ParseContext(source=SOURCE)))


# ------------------------------------------------------------------ shared sample


def test_sample_2020_full_list() -> None:
    path = sample("canada", "sema-lmes_2020-04.xml")
    assert detect_format({"x": path}) == "sema_xml"
    records, ctx = run(path)
    assert len(records) == 1369
    assert ctx.warnings == []
    got = by_id(records)
    assert len(got) == 1369  # every citation is unique
    counts: dict[str, int] = {}
    for r in records:
        counts[r.target_type.value] = counts.get(r.target_type.value, 0) + 1
    assert counts == {"organization": 384, "person": 985}

    glazyev = got["russia/1-part-1/1"]
    assert glazyev.name == "Sergey Yur’yevich GLAZ’YEV"
    assert glazyev.properties["schedule"] == "1"
    akimov = got["russia/1-part-1/94"]
    assert akimov.name == "Andrey Igorevich AKIMOV"
    assert akimov.aliases == [Alias(name="Andrei")]
    assert akimov.birth_dates == [DateValue(value="1953-09-22", precision="day", raw="1953-09-22")]
    girkin = got["russia/1-part-1/43"]
    assert girkin.name == "Igor GIRKIN"  # "GIRKIN\xa0"
    assert girkin.aliases == [Alias(name="Igor STRELKOV")]
    bank = got["russia/1-part-2/1"]
    assert bank.name == "Aktsionerny Bank Russian Federation"
    assert bank.aliases == [Alias(name="Bank Rossiya")]
    assert bank.measures == FREEZE
    assert got["russia/2/6"].name == "Sberbank"
    assert got["russia/2/6"].measures == [Measure.FINANCIAL_RESTRICTION]
    assert got["russia/3/2"].name == "Rosneft"
    assert got["russia/3/2"].measures == [Measure.FINANCIAL_RESTRICTION]
    thein = got["burma/2/13"]
    assert thein.birth_dates == [DateValue(value="1955", precision="year", raw="1955")]
    soe = got["jvcfor/53"]
    assert soe.birth_dates == [DateValue(value="1964-03", precision="month", raw="1964-03")]
    assert [d.value for d in got["jvcfor/54"].birth_dates] == ["1972-08-10", "1972-08-11"]
    maduro = got["venezuela/1"]
    assert maduro.name == "Nicolás MADURO MOROS"
    assert maduro.legal_basis == ["Special Economic Measures (Venezuela) Regulations", SEMA]
    assert got["jvcfor/1"].name == "Nicolás MADURO MOROS"  # listed under both
    irgc = got["iran/1/136"]
    assert irgc.aliases[:3] == [
        Alias(name="IRGC"),
        Alias(name="Army of the Guardians of the Islamic Revolution"),
        Alias(name="Iranian Revolutionary Guards"),
    ]
    assert irgc.properties["aliases_raw"].startswith("IRGC, Army of the Guardians")
    assert got["syria/2/74"].title == "Major General/major-général"
    regimes = {r.programs[0] for r in records}
    assert regimes == {
        "Burma",
        "Iran",
        "Justice for Victims of Corrupt Foreign Officials Regulations (JVCFOR)",
        "Nicaragua",
        "Russia",
        "South Sudan",
        "Syria",
        "Ukraine",
        "Venezuela",
        "Zimbabwe",
    }
    assert all(len(r.legal_basis) == 2 for r in records)  # every regime is in the lookup


# ------------------------------------------------------------------ demo data


def test_demo_days_match_the_declared_changes(tmp_path: Path) -> None:
    result = demo_generator(SOURCE)(tmp_path)
    expected = result.expected
    days = {}
    for label in ("day1", "day2"):
        files = day_files(tmp_path, SOURCE, label)
        assert list(files) == ["sema-lmes.xml"]
        ctx = ParseContext(source=SOURCE)
        days[label] = by_id(list(parse(files, ctx)))
        assert ctx.warnings == []
    one, two = days["day1"], days["day2"]
    assert_declared_changes(one, two, expected)
    assert (expected["day1_count"], expected["day2_count"]) == (26, 28)
    assert expected["removed"] == ["russia/2/4"]
    assert expected["modified"] == ["russia/1-part-1/103", "russia/2/3"]
    assert two["russia/1-part-1/103"].aliases == [
        Alias(name="Игорь Иванович СЕЧИН", script="Cyrillic")
    ]
    assert one["russia/1-part-1/1"].listed_on == listed("2014-03-17")
    assert two["russia/1-1/2"].identifiers == [
        Identifier(type="IMO", value="8517839", raw="8517839")
    ]
    assert "## ca_sema" in result.changes_md
