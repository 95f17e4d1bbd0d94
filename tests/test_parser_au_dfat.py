"""The DFAT Consolidated List parser: hand-written fixture, edge cases, the real 2026
workbook (shared sample) and the demo generator."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from tests.support.demo import (
    assert_declared_changes,
    assert_regenerates_identically,
    day_files,
    demo_generator,
)
from tests.support.parsing import by_id, parse_snapshot
from tests.support.samples import sample
from transforms.base import ParseContext, ParseError
from transforms.model import Address, Alias, BanRecord, DateValue, Identifier, Measure, TargetType
from transforms.sources.au_dfat.parser import (
    detect_format,
    detect_script,
    excel_serial_date,
    listing_dates,
    parse,
    parse_birth_dates,
    split_enumeration,
)

SOURCE = "au_dfat"
URL = "https://www.dfat.gov.au/sites/default/files/regulation8_consolidated.xlsx"
FIXTURE = Path(__file__).parent / "fixtures" / "au_dfat" / "consolidated_fixture.xlsx"
NAME = "regulation8_consolidated.xlsx"

HEADERS = [
    "Reference",
    "Name of Individual or Entity",
    "Type",
    "Name Type",
    "Alias Strength",
    "Date of Birth",
    "Place of Birth",
    "Citizenship",
    "Address",
    "Additional Information",
    "Listing Information",
    "IMO Number",
    "Committees",
    "Control Date",
    "Instrument of Designation",
    "Targeted Financial Sanction",
    "Travel Ban",
    "Arms Embargo",
    "Maritime Restriction",
]
TALIBAN_REG = "Charter of the United Nations (Sanctions—the Taliban) Regulation 2013"
ISIL_REG = "Charter of the United Nations (Sanctions—ISIL (Da’esh) and Al-Qaida) Regulations 2008"


def run(files: dict[str, Path]) -> tuple[list[BanRecord], ParseContext]:
    return parse_snapshot(parse, files, SOURCE, URL)


def workbook(path: Path, rows: list[list[object]], headers: list[str] = HEADERS) -> Path:
    """A small workbook in DFAT's layout (sheet "Consolidated List")."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Consolidated List"
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def person_row(ref: object, name: str, name_type: str = "Primary Name") -> list[object]:
    return [
        ref,
        name,
        "Individual",
        name_type,
        None,
        "1970",
        None,
        "Russia",
        None,
        None,
        "Listed on 1 Jan. 2020",
        None,
        "Autonomous (Russia)",
        dt.datetime(2020, 1, 1),
        None,
        True,
        True,
        False,
        False,
    ]


# ------------------------------------------------------------------------ fixture


@pytest.fixture(scope="module")
def fixture_result() -> tuple[list[BanRecord], ParseContext]:
    return run({NAME: FIXTURE})


def test_one_record_per_base_reference_in_file_order(
    fixture_result: tuple[list[BanRecord], ParseContext],
) -> None:
    records, ctx = fixture_result
    assert [r.record_id for r in records] == ["11", "6500", "7001", "8227", "500", "9001", "9100"]
    assert ctx.warnings == [
        "record 500 (500): unparseable date of birth '10/061962' in "
        "'01/02/1965, 08/1977, 10/061962'; kept in properties",
        "record 9001: no row with the bare reference 9001; primary name taken from row 15 (9001b)",
        "record 9100: the row with the bare reference (row 17) is marked 'Original Script'; "
        "taken as the primary name",
    ]
    for r in records:
        assert (r.source, r.authority, r.jurisdiction, r.source_url) == (SOURCE, "DFAT", "AU", URL)
        assert r.title is None


def test_un_individual_with_aliases_scripts_and_years(
    fixture_result: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(fixture_result[0])["11"]
    assert r.name == "ABDUL EXAMPLE AKHUND"
    assert r.target_type is TargetType.PERSON
    assert r.aliases == [
        Alias(name="Abdul Exampel Akhund", kind="aka"),
        Alias(name="Mullah Example", kind="weak"),  # Alias Strength "Weak"
        Alias(name="عبد المثال أخوند", kind="aka", script="Arab"),  # "Original Script"
    ]
    raw = "Approximately 1960, 1966"
    assert r.birth_dates == [
        DateValue(value="1960", precision="year", raw=raw),
        DateValue(value="1966", precision="year", raw=raw),
    ]
    assert r.birth_places == ["Kandahar, Afghanistan", "Quetta, Pakistan"]  # a) b) split
    assert r.nationalities == ["Afghanistan"] and r.countries == ["Afghanistan"]
    assert r.identifiers == [
        Identifier(type="Passport", value="OR1234567", raw="Passport no: OR1234567")
    ]
    assert r.programs == ["1988 (Taliban)"]
    assert r.legal_basis == [TALIBAN_REG, "UNSC Resolution 1988 (2011)"]
    assert r.measures == [Measure.ASSET_FREEZE, Measure.TRAVEL_BAN, Measure.ARMS_EMBARGO]
    assert r.listed_on == DateValue(value="2001-02-23", precision="day", raw="23 Feb. 2001")
    # Excel's escaped carriage return "_x000D_" is undone, the line break kept.
    assert r.remarks == "TAi.901. Title: Mullah.\nPassport no: OR1234567 (issued in Afghanistan)"
    assert r.properties == {
        "listing_information": "Listed on: 23 Feb. 2001 (amended on 3 Sep. 2003, 29 Nov. 2011)",
        "instrument_of_designation": TALIBAN_REG,
        "control_date": "2024-03-05",
    }


def test_autonomous_individual_with_cyrillic_name(
    fixture_result: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(fixture_result[0])["6500"]
    assert r.name == "Ivan Petrovich SAMPLOV"
    assert r.aliases == [
        Alias(name="Ivan Petrovitch SAMPLOFF"),
        Alias(name="Иван Петрович САМПЛОВ", script="Cyrl"),
    ]
    assert r.birth_dates == [DateValue(value="1971-08-01", precision="day", raw="1971-08-01")]
    assert r.nationalities == ["Russia", "Ukraine"]
    assert r.remarks == "Member of the Example Duma"  # trailing non-breaking spaces trimmed
    assert r.measures == [Measure.ASSET_FREEZE, Measure.TRAVEL_BAN]
    assert r.programs == ["Autonomous (Ukraine)"]
    assert r.legal_basis == [
        "Autonomous Sanctions (Designated Persons and Entities and Declared Persons-Ukraine) "
        "Amendment (No. 4) Instrument 2022",
        "Autonomous Sanctions Regulations 2011",
    ]
    assert r.listed_on is None  # the text names only the instrument, no date


def test_entity_addresses_identifiers_and_relisting(
    fixture_result: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(fixture_result[0])["7001"]
    assert r.target_type is TargetType.ORGANIZATION
    assert r.aliases == [Alias(name="AO EKZAMPL BANK"), Alias(name="АО Пример Банк", script="Cyrl")]
    assert r.addresses == [
        Address(street="1 Example Street, Moscow, 101000, Russia"),
        Address(street="2 Sample Avenue, Minsk, Belarus"),
    ]
    assert r.identifiers == [
        Identifier(type="Tax ID No.", value="7700000002", raw="Tax ID No.: 7700000002"),
        Identifier(
            type="Registration Number",
            value="1027700000001",
            raw="Company identification No. 1027700000001",
        ),
    ]
    # "Relisted on 12 January 2024" is not the listing date.
    assert r.listed_on == DateValue(value="2012-03-02", precision="day", raw="2 March 2012")
    assert r.legal_basis == ["Autonomous Sanctions Regulations 2011"]
    assert r.measures == [Measure.ASSET_FREEZE]
    assert r.birth_dates == [] and r.nationalities == []


def test_vessel(fixture_result: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(fixture_result[0])["8227"]
    assert r.target_type is TargetType.VESSEL
    assert r.identifiers == [Identifier(type="IMO", value="9999991", raw="9999991")]
    assert r.measures == [Measure.TRANSPORT_SANCTION]  # Maritime Restriction only
    assert r.programs == ["Autonomous (Vessels)"]
    assert r.legal_basis == [
        "Autonomous Sanctions (Sanctioned Vessels – Russia) Designation 2025",
        "Autonomous Sanctions Regulations 2011",
    ]


def test_alias_rows_carry_their_own_details(
    fixture_result: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(fixture_result[0])["500"]
    first = "01/02/1965, 08/1977, 10/061962"
    between = "Between 1963 and 1965"
    assert r.birth_dates == [
        DateValue(value="1965-02-01", precision="day", raw=first),  # day/month/year
        DateValue(value="1977-08", precision="month", raw=first),
        DateValue(value="1963", precision="year", raw=between),  # from the alias row
        DateValue(value="1964", precision="year", raw=between),
        DateValue(value="1965", precision="year", raw=between),
    ]
    assert r.birth_places == ["Mosul, Iraq", "Baghdad, Iraq"]
    assert r.properties["dob_unparsed"] == first
    # The earliest listing date over all rows; the latest control date.
    assert r.listed_on == DateValue(value="2001-01-25", precision="day", raw="25 January 2001")
    assert r.properties["control_date"] == "2024-07-01"
    assert r.properties["listing_information"] == (
        "Listed by UN 1267 Committee on 25 January 2001 (amended on 1 May 2019)\n"
        "Listed on 16 May 2014"
    )
    assert r.legal_basis == [ISIL_REG, "UNSC Resolution 1267 (1999)"]


def test_entry_without_bare_reference_and_number_dates(
    fixture_result: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(fixture_result[0])["9001"]
    assert r.name == "Hossein Example"
    assert r.aliases == [Alias(name="Hosein Exampel")]
    assert r.birth_dates == [
        DateValue(value="1963", precision="year", raw="1963"),  # a number cell: a year
        DateValue(value="1965-02-01", precision="day", raw="23774"),  # an Excel serial day
    ]
    assert r.legal_basis[:2] == [
        "Autonomous Sanctions (Designated Persons and Entities and Declared Persons – Iran) "
        "List 2012",
        "Autonomous Sanctions (Designated Persons and Entities and Declared Persons – Iran) "
        "Amendment (No. 1) Instrument 2026",
    ]


def test_bare_row_marked_original_script_and_date_cells(
    fixture_result: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(fixture_result[0])["9100"]
    assert r.name == "Example Trading LLC" and r.aliases == []
    assert r.listed_on == DateValue(value="2013-03-07", precision="day", raw="2013-03-07")
    assert r.measures == [Measure.ASSET_FREEZE, Measure.ARMS_EMBARGO]
    assert r.legal_basis == ["UNSC Resolution 1718 (2006)"]


def test_output_is_deterministic() -> None:
    first = [r.content_hash() for r in run({NAME: FIXTURE})[0]]
    assert first == [r.content_hash() for r in run({NAME: FIXTURE})[0]]


# ------------------------------------------------------------------ format & errors


def test_format_detected_by_content_not_name(tmp_path: Path) -> None:
    renamed = tmp_path / "download.dat"  # openpyxl itself refuses unknown extensions
    shutil.copy(FIXTURE, renamed)
    assert detect_format({"download.dat": renamed}) == "dfat_xlsx"
    assert run({"download.dat": renamed})[0] == run({NAME: FIXTURE})[0]


def test_html_page_is_a_parse_error(tmp_path: Path) -> None:
    page = tmp_path / NAME
    page.write_text("<!DOCTYPE html><html><head><title>Page not found</title></head></html>")
    with pytest.raises(ParseError) as err:
        run({NAME: page})
    assert err.value.source == SOURCE
    assert str(err.value).startswith("au_dfat: ") and "HTML" in str(err.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "legacy Excel 97-2003"),
        (b"Reference,Name\n1,X\n", "not an XLSX workbook"),
        (b"", "all files are empty"),
    ],
)
def test_other_wrong_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / NAME
    path.write_bytes(content)
    with pytest.raises(ParseError, match=message):
        run({NAME: path})


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / NAME
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(ParseError, match="not an XLSX workbook"):
        run({NAME: path})


def test_missing_required_column(tmp_path: Path) -> None:
    headers = [h for h in HEADERS if h != "Reference"]
    path = workbook(tmp_path / NAME, [person_row(1, "X")[1:]], headers)
    with pytest.raises(ParseError, match="au_dfat: .*no header row with the required columns"):
        run({NAME: path})


def test_row_without_reference_or_name(tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [person_row(1, "ONE"), person_row(None, "TWO")])
    with pytest.raises(ParseError, match=r"a\.xlsx row 3: missing Reference"):
        run({"a.xlsx": path})
    row = person_row("1a", "")
    path = workbook(tmp_path / "b.xlsx", [person_row(1, "ONE"), row])
    with pytest.raises(ParseError, match=r"b\.xlsx row 3: record 1a has no Name"):
        run({"b.xlsx": path})
    path = workbook(tmp_path / "c.xlsx", [person_row("X-1", "ONE")])
    with pytest.raises(ParseError, match="'X-1' is not a DFAT reference number"):
        run({"c.xlsx": path})


def test_unknown_column_is_warned_once(tmp_path: Path) -> None:
    rows = [person_row(1, "ONE") + ["note"], person_row(2, "TWO") + ["more"]]
    path = workbook(tmp_path / NAME, rows, HEADERS + ["Gender"])
    records, ctx = run({NAME: path})
    assert [r.record_id for r in records] == ["1", "2"]
    assert ctx.warnings == [f"{NAME}: unknown column 'Gender' (column 20) ignored"]


def test_values_without_a_header_are_warned(tmp_path: Path) -> None:
    path = workbook(tmp_path / NAME, [person_row(1, "ONE") + [None, "stray"]])
    records, ctx = run({NAME: path})
    assert len(records) == 1
    assert ctx.warnings == [f"{NAME} row 2: values in columns without a header ignored"]


def test_layout_without_measure_columns(tmp_path: Path) -> None:
    rows: list[list[object]] = [person_row(1, "ONE")[:15], ["2", "CO", "Entity", "Primary Name"]]
    path = workbook(tmp_path / NAME, rows, HEADERS[:15])
    records, ctx = run({NAME: path})
    assert records[0].measures == [Measure.ASSET_FREEZE, Measure.TRAVEL_BAN]  # individual
    assert records[1].measures == [Measure.ASSET_FREEZE]
    assert any("no measure columns" in w for w in ctx.warnings)


def test_second_primary_name_and_unknown_type(tmp_path: Path) -> None:
    rows = [person_row(1, "ONE"), person_row("1a", "UNO"), person_row(2, "TWO")]
    rows[2][2] = "Aircraft"
    path = workbook(tmp_path / NAME, rows)
    records, ctx = run({NAME: path})
    assert records[0].aliases == [Alias(name="UNO")]
    assert records[1].target_type is TargetType.OTHER
    assert ctx.warnings == [
        "record 1: row 3 (1a) is a second 'Primary Name'; kept as an alias",
        "record 2: unknown Type 'Aircraft'; target type 'other'",
    ]


# -------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("01/02/1965", [("1965-02-01", "day")]),  # Australian order: day first
        ("5/06/1978, \u00a0", [("1978-06-05", "day")]),
        ("08/1977", [("1977-08", "month")]),
        ("circa 1958", [("1958", "year")]),
        ("Approximately 1960, 1966", [("1960", "year"), ("1966", "year")]),
        ("1960 9/09/1966", [("1960", "year"), ("1966-09-09", "day")]),
        ("5 May 1957, April 1957", [("1957-05-05", "day"), ("1957-04", "month")]),
        ("Between 1963 and 1964", [("1963", "year"), ("1964", "year")]),
        (1963, [("1963", "year")]),
        (dt.datetime(1952, 10, 7), [("1952-10-07", "day")]),
        (None, []),
    ],
)
def test_parse_birth_dates(value: object, expected: list[tuple[str, str]]) -> None:
    dates, bad = parse_birth_dates(value)
    assert [(d.value, d.precision) for d in dates] == expected
    assert bad == []


@pytest.mark.parametrize(
    ("value", "bad"),
    [("10/061962", ["10/061962"]), ("31/02/1970", ["31/02/1970"]), ("13/13/1970", ["13/13/1970"])],
)
def test_unparseable_birth_dates(value: str, bad: list[str]) -> None:
    assert parse_birth_dates(value) == ([], bad)


def test_listing_dates() -> None:
    assert [d.value for d in listing_dates("Listedon 8 Jun. 2007 (amended on 1 May 2019)")] == [
        "2007-06-08"
    ]
    assert [
        d.value for d in listing_dates("Listed by UN (1267 Committee) on 23 June 2004 (amended)")
    ] == ["2004-06-23"]
    assert [
        d.value for d in listing_dates("First listed on 16/07/2009 (amended on 26/07/2022)")
    ] == ["2009-07-16"]
    assert [d.value for d in listing_dates("16 Jul.2020 (amended on 19 Dec. 2023)")] == [
        "2020-07-16"
    ]
    assert listing_dates("Re-listed on 13/09/2025. Last listed on: 16/09/2022") == []
    gazette = (
        "Instrument of first listing: Charter of the United Nations (Anti terrorism — Persons "
        "and Entities) List 2001 [F2021L00631, Gazette No. S 500, 21 December 2001]. "
        "Last listed on: 13/09/2025"
    )
    assert [d.value for d in listing_dates(gazette)] == ["2001-12-21"]


def test_small_helpers() -> None:
    assert detect_script("Иван") == "Cyrl"
    assert detect_script("محمد") == "Arab"
    assert detect_script("金正恩") == "Hani"
    assert detect_script("Ivan") == "Latn"
    assert detect_script("123") is None
    assert split_enumeration("a) X, Y b) Z") == ["X, Y", "Z"]
    assert split_enumeration("Moscow, Russia") == ["Moscow, Russia"]
    assert excel_serial_date(23774) == dt.date(1965, 2, 1)


# -------------------------------------------------------------- real 2026 workbook

REAL = ("australia_dfat", "Australian_Sanctions_Consolidated_List_2026-04.xlsx")


def distinct_base_references(path: Path) -> list[str]:
    """Counted straight from column A with openpyxl, independently of the parser."""
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        ws = wb["Consolidated List"]
        seen: dict[str, None] = {}
        for (ref,) in ws.iter_rows(min_row=2, max_col=1, values_only=True):
            m = re.match(r"\d+", str(ref).strip())
            assert m, ref
            seen.setdefault(str(int(m[0])), None)
        return list(seen)
    finally:
        wb.close()


@pytest.fixture(scope="module")
def real() -> tuple[list[BanRecord], ParseContext, list[str]]:
    path = sample(*REAL)
    records, ctx = run({NAME: path})
    return records, ctx, distinct_base_references(path)


def test_real_workbook_counts(real: tuple[list[BanRecord], ParseContext, list[str]]) -> None:
    records, ctx, bases = real
    assert len(bases) == 3811  # 10,976 name rows
    assert len(records) == 3811
    assert [r.record_id for r in records] == bases
    assert len(ctx.warnings) == 7  # 4 DOB typos + the three odd entries below
    assert sum(r.target_type is TargetType.VESSEL for r in records) == 262
    assert sum(r.target_type is TargetType.PERSON for r in records) == 2518


def test_real_workbook_spot_checks(real: tuple[list[BanRecord], ParseContext, list[str]]) -> None:
    got = by_id(real[0])
    akhund = got["2"]
    assert akhund.name == "MOHAMMAD HASSAN AKHUND"
    assert akhund.aliases == [Alias(name="محمد حسن أخوند", script="Arab")]
    assert [d.value for d in akhund.birth_dates] == [
        "1945",
        "1946",
        "1947",
        "1948",
        "1949",
        "1950",
        "1955",
        "1956",
        "1957",
        "1958",
    ]
    assert {d.precision for d in akhund.birth_dates} == {"year"}
    assert akhund.listed_on == DateValue(value="2001-01-25", precision="day", raw="25 January 2001")
    assert akhund.measures == [Measure.ASSET_FREEZE, Measure.TRAVEL_BAN, Measure.ARMS_EMBARGO]
    assert akhund.legal_basis == [TALIBAN_REG, "UNSC Resolution 1988 (2011)"]

    putin = got["6678"]
    assert putin.name == "Vladimir Vladimirovich PUTIN"
    assert putin.birth_dates == [DateValue(value="1952-10-07", precision="day", raw="1952-10-07")]
    assert putin.programs == ["Autonomous (Russia)"]
    assert putin.measures == [Measure.ASSET_FREEZE, Measure.TRAVEL_BAN]
    assert putin.legal_basis[0] == (
        "Autonomous Sanctions (Designated Persons and Entities and Declared Persons—Russia and "
        "Ukraine) Amendment (No. 2) Instrument 2022"
    )

    vessel = got["8227"]
    assert (vessel.name, vessel.target_type) == ("ANDAMAN SKIES", TargetType.VESSEL)
    assert vessel.identifiers == [Identifier(type="IMO", value="9288693", raw="9288693")]
    assert vessel.measures == [Measure.TRANSPORT_SANCTION]

    irgc = got["2075"]  # alias rows say 2 March 2012, the primary row 7 March 2012
    assert irgc.listed_on == DateValue(value="2012-03-02", precision="day", raw="2 March 2012")
    assert [a.name for a in irgc.aliases] == ["IRGC", "Pasdaran", "Pasdaran-e Enghelab-e Islami"]

    assert got["8495"].name == "Yahya Husseini Panjaki"  # only row: "8495b"
    assert got["8720"].name == "Joint Stock Company Exi Bank"  # bare row marked Original Script
    assert got["8686"].aliases == [Alias(name="Rubicon Unit")]  # a second "Primary Name"
    assert got["3127"].aliases[0] == Alias(name="Ахмед Ражапович Чатаев", script="Cyrl")
    assert got["1930"].properties["dob_unparsed"] == "1961,\n/02/1961,\n13/03/1961"


# ------------------------------------------------------------------------- demo


def test_demo_days_match_declared_changes(tmp_path: Path) -> None:
    generate = demo_generator(SOURCE)
    expected = generate(tmp_path).expected
    days: dict[str, dict[str, BanRecord]] = {}
    for day in ("day1", "day2"):
        files = day_files(tmp_path, SOURCE, day)
        assert list(files) == [NAME]
        records, ctx = run(files)
        days[day] = by_id(records)
        assert len(records) == len(days[day])
        assert all("unknown" not in w for w in ctx.warnings)
    one, two = days["day1"], days["day2"]
    assert_declared_changes(one, two, expected)
    assert (expected["day1_count"], expected["day2_count"]) == (22, 24)
    assert expected["added"] == ["8598", "8720", "8744"]
    assert expected["removed"] == ["6765"]
    assert expected["modified"] == ["7209", "7658"]
    assert two["7209"].aliases[-1] == Alias(name="Wagner Group")
    assert two["1270"].aliases == [Alias(name="Эмират Кавказ", script="Cyrl")]
    assert_regenerates_identically(generate, tmp_path, SOURCE, [NAME])  # deterministic bytes
