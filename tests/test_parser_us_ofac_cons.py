"""The OFAC consolidated (non-SDN) list parser on hand-written CONS_*.CSV fixtures.

The advanced XML is covered by test_parser_ofac_advanced.py, the real samples by
test_conformance_ofac_cons.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.demo import assert_declared_changes, day_files, demo_generator
from tests.support.parsing import by_id, parse_snapshot
from transforms.base import ParseContext, ParseError
from transforms.model import Address, Alias, BanRecord, DateValue, Identifier, Measure, TargetType
from transforms.ofac.common import Run as OfacRun
from transforms.ofac.common import parse_measures
from transforms.registry import get_source
from transforms.sources.us_ofac_cons.parser import PROFILE, detect_format, parse

SOURCE = "us_ofac_cons"
URL = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_PRIM.CSV"
CSV_DIR = Path(__file__).parent / "fixtures" / SOURCE / "csv"
NAMES = ("CONS_PRIM.CSV", "CONS_ADD.CSV", "CONS_ALT.CSV", "CONS_COMMENTS.CSV")
NULLS = ",".join(["-0- "] * 7)


def csv_files(names: tuple[str, ...] = NAMES) -> dict[str, Path]:
    return {n: CSV_DIR / n for n in names}


def run(files: dict[str, Path]) -> tuple[list[BanRecord], ParseContext]:
    return parse_snapshot(parse, files, SOURCE, URL)


def write(path: Path, rows: list[str]) -> Path:
    path.write_bytes(("".join(f"{r}\r\n" for r in rows) + "\x1a").encode("utf-8"))
    return path


@pytest.fixture(scope="module")
def records() -> dict[str, BanRecord]:
    result, ctx = run(csv_files())
    assert ctx.warnings == []
    assert [r.record_id for r in result] == [str(n) for n in range(30001, 30008)]
    return by_id(result)


def test_source_and_common_fields(records: dict[str, BanRecord]) -> None:
    for r in records.values():
        assert (r.source, r.authority, r.jurisdiction, r.source_url) == (SOURCE, "OFAC", "US", URL)


def test_ssi_bank_measures_from_directive_and_program(records: dict[str, BanRecord]) -> None:
    r = records["30001"]
    assert r.name == "NORTHERN BIRCH BANK"
    assert r.target_type is TargetType.ORGANIZATION
    assert r.programs == ["UKRAINE-EO13662", "RUSSIA-EO14024"]
    assert r.legal_basis == ["E.O. 13662", "E.O. 14024"]
    # SSI Directive 1 and the E.O. 14024 menu are both financial restrictions.
    assert r.measures == [Measure.FINANCIAL_RESTRICTION]
    # A 2022 E.O. 14024 listing date does not date the 2014 SSI listing: not claimed.
    assert r.listed_on is None
    assert r.properties["listing_date"] == "EO 14024 Directive 2: 24 Feb 2022"
    assert r.properties["effective_date"] == "EO 14024 Directive 2: 26 Mar 2022"
    assert r.aliases == [
        Alias(name="NB BANK", kind="aka"),  # ALT.CSV; the remarks' weak twin is not repeated
        Alias(name="BIRCH SAVINGS BANK OAO", kind="fka"),
    ]
    assert r.addresses == [
        Address(street="12 Birch Embankment", city="Moscow 101000", country="Russia")
    ]
    assert r.identifiers == [
        Identifier(type="SWIFT/BIC", value="NBIRRUMM", raw="SWIFT/BIC NBIRRUMM"),
        Identifier(type="Website", value="www.nbirch.example", raw="Website www.nbirch.example"),
        Identifier(
            type="Registration ID",
            value="1027700000017",
            country="Russia",
            raw="Registration ID 1027700000017 (Russia)",
        ),
    ]


def test_ssi_directive_4_is_an_export_control(records: dict[str, BanRecord]) -> None:
    r = records["30002"]
    assert r.measures == [Measure.EXPORT_CONTROL]
    assert r.properties["organization_established_date"] == "1994"


def test_cmic_company(records: dict[str, BanRecord]) -> None:
    r = records["30003"]
    assert r.name == "HUAXING ORBIT TECHNOLOGY CO., LTD."
    assert r.programs == ["CMIC-EO13959"]
    assert r.measures == [Measure.INVESTMENT_BAN]
    assert r.legal_basis == ["E.O. 13959, as amended by E.O. 14032"]
    assert r.listed_on == DateValue(value="2021-06-03", precision="day", raw="03 Jun 2021")
    assert r.properties["effective_date"] == "CMIC: 02 Aug 2021"
    assert r.properties["divestment_date"] == "CMIC: 03 Jun 2022"
    assert r.properties["issuer_name"] == "Huaxing Orbit Technology Co., Ltd."
    assert [(i.type, i.value, i.country) for i in r.identifiers] == [
        ("Equity Ticker", "600999 CN", None),
        ("ISIN", "CNE000000XX1", None),
        ("Unified Social Credit Code (USCC)", "91110000000000000X", "China"),
    ]
    assert r.aliases == [Alias(name="HOT", kind="weak")]


def test_plc_member(records: dict[str, BanRecord]) -> None:
    r = records["30004"]
    assert r.name == "NAJJAR, Samir Khalil"
    assert r.target_type is TargetType.PERSON
    assert r.birth_dates == [DateValue(value="1961", precision="year", raw="1961")]
    assert r.birth_places == ["Gaza"]
    assert r.measures == [Measure.OTHER]
    assert r.legal_basis == []


def test_plc_member_also_sdn(records: dict[str, BanRecord]) -> None:
    r = records["30005"]
    assert r.programs == ["SDGT", "NS-PLC"]
    assert r.measures == [Measure.ASSET_FREEZE, Measure.OTHER]
    assert r.birth_dates == [DateValue(value="1958-03-12", precision="day", raw="12 Mar 1958")]
    assert r.nationalities == ["Palestinian"]
    assert r.properties["linked_to"] == "HAMAS"
    assert r.aliases == [Alias(name="AL-HADDAD, Omar", kind="aka")]


def test_caatsa_menu_items_give_measures(records: dict[str, BanRecord]) -> None:
    r = records["30006"]
    assert r.measures == [Measure.EXPORT_CONTROL, Measure.FINANCIAL_RESTRICTION]
    assert r.properties["caatsa_section_235"] == (
        "EXPORT SANCTIONS Sec. 235(a)(2); "
        "LOANS FROM UNITED STATES FINANCIAL INSTITUTIONS. Sec. 235(a)(3)"
    )


def test_part_561_bank_remarks_continue_in_comments(records: dict[str, BanRecord]) -> None:
    r = records["30007"]
    assert r.measures == [Measure.FINANCIAL_RESTRICTION]
    assert r.legal_basis == ["Iranian Financial Sanctions Regulations, 31 CFR part 561"]
    assert r.remarks is not None
    assert "for the foreign financial institution listed here, pursuant to" in r.remarks
    assert r.addresses[0].remarks == "Head Office"


def test_format_detection_by_content(tmp_path: Path) -> None:
    renamed = {}
    for i, name in enumerate(NAMES):
        target = tmp_path / f"part{i}.txt"
        shutil.copy(CSV_DIR / name, target)
        renamed[target.name] = target
    assert detect_format(renamed) == "ofac_csv"
    assert run(renamed)[0] == run(csv_files())[0]


def test_output_is_deterministic() -> None:
    first = [r.content_hash() for r in run(csv_files())[0]]
    assert first == [r.content_hash() for r in run(csv_files())[0]]


def test_html_page_is_a_parse_error(tmp_path: Path) -> None:
    page = tmp_path / "CONS_PRIM.CSV"
    page.write_text("<html><head><title>Error</title></head><body>503</body></html>")
    with pytest.raises(ParseError, match=r"us_ofac_cons: CONS_PRIM\.CSV: .*HTML"):
        run({"CONS_PRIM.CSV": page})


def test_missing_name_is_a_parse_error(tmp_path: Path) -> None:
    main = write(tmp_path / "CONS_PRIM.CSV", [f'30010,-0- ,-0- ,"NS-PLC",{NULLS},-0- '])
    with pytest.raises(
        ParseError, match=r"us_ofac_cons: CONS_PRIM\.CSV line 1: record 30010 has no"
    ):
        run({"CONS_PRIM.CSV": main})


def test_missing_main_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="no CONS_PRIM main file"):
        run(csv_files(("CONS_ADD.CSV", "CONS_ALT.CSV")))


def test_unknown_program_is_warned_and_gives_other(tmp_path: Path) -> None:
    main = write(
        tmp_path / "CONS_PRIM.CSV",
        [
            f'30011,"NEW LIST ENTITY",-0- ,"NS-NEWLIST",{NULLS},-0- ',
            f'30012,"OTHER ENTITY",-0- ,"NS-NEWLIST",{NULLS},-0- ',
        ],
    )
    records, ctx = run({"CONS_PRIM.CSV": main})
    assert [r.measures for r in records] == [[Measure.OTHER], [Measure.OTHER]]
    assert ctx.warnings == [  # once per program
        "record 30011: program 'NS-NEWLIST' has no entry in lookups.program_measures; "
        "measure 'other' assumed"
    ]


def test_ssi_entry_without_directive_is_warned(tmp_path: Path) -> None:
    main = write(
        tmp_path / "CONS_PRIM.CSV",
        [f'30013,"NO DIRECTIVE BANK",-0- ,"UKRAINE-EO13662",{NULLS},-0- '],
    )
    records, ctx = run({"CONS_PRIM.CSV": main})
    assert records[0].measures == [Measure.OTHER]
    assert ctx.warnings == ["record 30013: no measure could be derived; 'other' used"]


def test_unparseable_listing_date_is_warned(tmp_path: Path) -> None:
    main = write(
        tmp_path / "CONS_PRIM.CSV",
        [f'30014,"X CO",-0- ,"CMIC-EO13959",{NULLS},"Listing Date (CMIC) sometime in 2021."'],
    )
    records, ctx = run({"CONS_PRIM.CSV": main})
    assert records[0].listed_on is None
    assert records[0].properties["listing_date"] == "CMIC: sometime in 2021"
    assert ctx.warnings == ["record 30014: unparseable listing date 'sometime in 2021'"]


def test_remarks_cut_on_a_space_keep_the_space(tmp_path: Path) -> None:
    # OFAC cuts long remarks at the column limit wherever it falls: here once right
    # before a space (the space opens the continuation row), once right after one
    # (the main cell ends with it); both spaces belong to the text.
    main = write(
        tmp_path / "CONS_PRIM.CSV",
        [
            f'30015,"CUT BANK",-0- ,"NS-PLC",{NULLS},"Tax ID No. 7706061801 (Russia); Government"',
            f'30016,"CUT TWO BANK",-0- ,"NS-PLC",{NULLS},"Registration Number 1027700070518 "',
        ],
    )
    comments = write(
        tmp_path / "CONS_COMMENTS.CSV",
        [
            '30015," Gazette Number 00044463 (Russia); Registration Number 10277000"',
            '30015,"49486 (Russia)."',
            '30016,"(Russia); Website www.example.test. "',
        ],
    )
    records, ctx = run({"CONS_PRIM.CSV": main, "CONS_COMMENTS.CSV": comments})
    assert ctx.warnings == []
    first, second = records
    assert first.remarks == (
        "Tax ID No. 7706061801 (Russia); Government Gazette Number 00044463 (Russia); "
        "Registration Number 1027700049486 (Russia)."  # mid-word cut: still no space
    )
    assert (
        Identifier(
            type="Government Gazette Number",
            value="00044463",
            country="Russia",
            raw="Government Gazette Number 00044463 (Russia)",
        )
        in first.identifiers
    )
    assert (
        Identifier(
            type="Registration Number",
            value="1027700049486",
            country="Russia",
            raw="Registration Number 1027700049486 (Russia)",
        )
        in first.identifiers
    )
    assert second.remarks == (
        "Registration Number 1027700070518 (Russia); Website www.example.test."
    )


def test_every_lookup_value_is_a_measure() -> None:
    lookups = get_source(SOURCE).lookups
    run_ = OfacRun(ParseContext(source=SOURCE), PROFILE)
    for table in ("program_measures", "detail_measures", "sanctions_type_measures"):
        assert lookups[table], table
        for key, spec in lookups[table].items():
            parse_measures(spec, f"{table}[{key}]", run_)  # raises on a bad name
    assert lookups["program_measures"]["CMIC-EO13959"] == "investment_ban"
    assert lookups["program_measures"]["NS-PLC"] == "other"


# ------------------------------------------------------------------------ demo


def test_demo_generator_matches_declared_changes(tmp_path: Path) -> None:
    result = demo_generator(SOURCE)(tmp_path)
    expected = result.expected
    days = {}
    for day in ("day1", "day2"):
        files = day_files(tmp_path, SOURCE, day)
        assert list(files) == sorted(NAMES)
        records, ctx = run(files)
        assert ctx.warnings == []
        days[day] = by_id(records)
    old, new = days["day1"], days["day2"]
    assert_declared_changes(
        {k: r.content_hash() for k, r in old.items()},
        {k: r.content_hash() for k, r in new.items()},
        expected,
    )
    assert len(expected["added"]) >= 2 and len(expected["removed"]) == 1
    huawei = new["30947"]
    assert huawei.name == "HUAWEI TECHNOLOGIES CO., LTD."
    assert huawei.measures == [Measure.INVESTMENT_BAN]
    assert huawei.listed_on == DateValue(value="2021-06-03", precision="day", raw="03 Jun 2021")
    assert new["46072"].listed_on == DateValue(
        value="2023-10-31", precision="day", raw="31 Oct 2023"
    )
    assert "## us_ofac_cons" in result.changes_md
