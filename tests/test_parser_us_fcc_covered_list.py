"""The FCC Covered List parser: hand-written fixtures, the shared samples, the demo data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.demo import assert_declared_changes, day_files, demo_generator
from tests.support.parsing import by_id, parse_snapshot
from tests.support.samples import sample
from transforms.base import ParseContext, ParseError
from transforms.model import Alias, BanRecord, DateValue, Measure, TargetType
from transforms.sources.us_fcc_covered_list.parser import (
    category_phrase,
    company_slug,
    detect_format,
    parse,
    parse_inclusion_dates,
)

SOURCE = "us_fcc_covered_list"
URL = "https://www.fcc.gov/supplychain/coveredlist"
FIXTURES = Path(__file__).parent / "fixtures" / SOURCE
HTML = FIXTURES / "coveredlist.html"
CSV = FIXTURES / "coveredlist.csv"
BASE_LEGAL = [
    "Secure and Trusted Communications Networks Act of 2019, 47 U.S.C. 1601-1609",
    "47 CFR 1.50002",
]
NDAA = "National Defense Authorization Act for Fiscal Year 2025 (Pub. L. 118-159), section 1709"
HEADER = (
    "<table><thead><tr><th>Covered Equipment or Services*</th>"
    "<th>Date of Inclusion on Covered List</th>{extra}</tr></thead><tbody>{rows}</tbody></table>"
)


def run(path: Path, name: str | None = None) -> tuple[list[BanRecord], ParseContext]:
    return parse_snapshot(parse, {name or path.name: path}, SOURCE, URL)


def day(value: str, raw: str) -> DateValue:
    return DateValue(value=value, precision="day", raw=raw)


def write(tmp_path: Path, text: str, name: str = "coveredlist.html") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------------ HTML page


@pytest.fixture(scope="module")
def html_result() -> tuple[list[BanRecord], ParseContext]:
    return run(HTML)


def test_html_rows_in_table_order(html_result: tuple[list[BanRecord], ParseContext]) -> None:
    records, ctx = html_result
    assert [r.record_id for r in records] == [
        "huawei-technologies",
        "ao-kaspersky-lab",
        "harbor-bay-telecom",
        "pacific-networks",
        "northwind-vision-systems",
        "uncrewed-aircraft-systems-uas-and-uas-critical-components",
        "routers",
    ]
    # The spanning footnote row is reported, not silently dropped; the second table
    # (conditional approvals) on the page is not the list and is not read.
    assert ctx.warnings == [
        "coveredlist.html row 8: 1 cell(s), not a list row; ignored: "
        "'* Footnote rows like this one are not list entries.'"
    ]


def test_html_common_fields(html_result: tuple[list[BanRecord], ParseContext]) -> None:
    for r in html_result[0]:
        assert r.source == SOURCE
        assert r.target_type is TargetType.PRODUCT
        assert r.authority == "FCC"
        assert r.jurisdiction == "US"
        assert r.programs == ["Covered List"]
        assert r.legal_basis[:2] == BASE_LEGAL
        assert r.source_url == URL
        assert r.listed_on is not None and r.listed_on.precision == "day"


def test_html_kaspersky(html_result: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(html_result[0])["ao-kaspersky-lab"]
    assert r.name == "AO Kaspersky Lab"
    assert r.listed_on == day("2022-03-25", "March 25, 2022")
    assert r.measures == [Measure.ICT_PROHIBITION]  # products, solutions and services
    assert r.legal_basis == BASE_LEGAL
    assert r.aliases == []
    assert r.remarks == (
        "Information security products, solutions, and services supplied, directly or "
        "indirectly, by AO Kaspersky Lab or any of its predecessors, successors, parents, "
        "subsidiaries, or affiliates."
    )
    assert r.properties == {
        "subject": "company",
        "date_of_inclusion": "March 25, 2022",
        "inclusion_dates": "2022-03-25",
    }


def test_html_equipment_and_services(html_result: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(html_result[0])["huawei-technologies"]
    assert r.name == "Huawei Technologies Company"
    assert r.listed_on == day("2021-03-12", "March 12, 2021")
    assert r.measures == [Measure.TELECOM_EQUIPMENT_BAN, Measure.ICT_PROHIBITION]


def test_html_period_outside_strong_is_taken_back(
    html_result: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(html_result[0])["harbor-bay-telecom"]
    assert r.name == "Harbor Bay Telecom Inc."  # "<strong>... Inc</strong>. subject to"
    assert r.listed_on == day("2022-09-20", "Sept. 20, 2022")
    assert r.measures == [Measure.ICT_PROHIBITION]


def test_html_subsidiary_becomes_alias(html_result: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(html_result[0])["pacific-networks"]
    assert r.name == "Pacific Networks Corp"
    assert r.aliases == [Alias(name="ComNet (USA) LLC", kind="aka")]
    assert r.properties["covered_entities"] == "Pacific Networks Corp; ComNet (USA) LLC"


def test_html_split_strong_and_footnote(html_result: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(html_result[0])["northwind-vision-systems"]
    # <strong>Northwind&nbsp;Vision </strong><strong>Systems Co., Ltd.</strong><sup>**</sup>
    assert r.name == "Northwind Vision Systems Co., Ltd."
    assert r.measures == [Measure.TELECOM_EQUIPMENT_BAN]
    assert r.remarks is not None and "Ltd.**, to the extent" in r.remarks


def test_html_category_row_with_several_dates(
    html_result: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(html_result[0])["uncrewed-aircraft-systems-uas-and-uas-critical-components"]
    assert r.name == (
        "Uncrewed aircraft systems (UAS) and UAS critical components produced in a foreign country"
    )
    assert r.listed_on == day("2025-12-22", "December 22, 2025")  # the earliest
    assert r.properties == {
        "subject": "product_category",
        "date_of_inclusion": "December 22, 2025 Updated: January 7, 2026 Updated: March 18, 2026",
        "inclusion_dates": "2025-12-22; 2026-01-07; 2026-03-18",
    }
    assert r.legal_basis == [*BASE_LEGAL, NDAA]  # the row cites section 1709
    assert r.measures == [Measure.TELECOM_EQUIPMENT_BAN, Measure.ICT_PROHIBITION]
    assert r.remarks is not None
    assert r.remarks.startswith("Uncrewed aircraft systems (UAS) and UAS critical components")
    assert "until January 1, 2027,# and (b)" in r.remarks  # text of links and <sup> kept


def test_html_routers(html_result: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(html_result[0])["routers"]
    assert r.name == "Routers produced in a foreign country"  # footnote "^" stripped
    assert r.measures == [Measure.TELECOM_EQUIPMENT_BAN]
    assert r.listed_on == day("2026-03-23", "March 23, 2026")


# ------------------------------------------------------------------------ CSV rendering


def test_csv_rendering_with_bom_and_run_together_dates() -> None:
    assert detect_format({"x": CSV}) == "csv"
    records, ctx = run(CSV)
    assert ctx.warnings == []
    got = by_id(records)
    assert list(got) == [
        "huawei-technologies",
        "ao-kaspersky-lab",
        "harbor-bay-telecom",
        "pacific-networks",
        "kaspersky-lab",
        "uncrewed-aircraft-systems-uas-and-uas-critical-components",
        "foreign-produced-power-inverters",
    ]
    # Without markup the company is read from the sentence; the ids equal the HTML ones.
    assert got["harbor-bay-telecom"].name == "Harbor Bay Telecom Inc."
    assert got["kaspersky-lab"].name == "Kaspersky Lab, Inc."
    assert got["kaspersky-lab"].listed_on == day("2024-07-23", "July 23, 2024")
    assert got["kaspersky-lab"].measures == [Measure.ICT_PROHIBITION]
    assert got["pacific-networks"].aliases == [Alias(name="ComNet (USA) LLC")]
    uas = got["uncrewed-aircraft-systems-uas-and-uas-critical-components"]
    assert uas.properties["inclusion_dates"] == "2025-12-22; 2026-01-07; 2026-03-18"
    assert uas.properties["date_of_inclusion"] == (
        "December 22, 2025Updated:January 7, 2026Updated:March 18, 2026"
    )
    inverters = got["foreign-produced-power-inverters"]
    assert inverters.name == "Foreign-produced power inverters"
    assert inverters.properties["subject"] == "product_category"
    # Same rows in both renderings read alike (except the raw cell text).
    html = by_id(run(HTML)[0])
    for rid in ("huawei-technologies", "ao-kaspersky-lab", "harbor-bay-telecom"):
        assert got[rid] == html[rid]


# ------------------------------------------------------------------------ id stability


def test_record_id_survives_an_amended_description(tmp_path: Path) -> None:
    before = HEADER.format(
        extra="",
        rows="<tr><td>Equipment produced by <strong>ZTE Corporation</strong>.</td>"
        "<td>March 12, 2021</td></tr>",
    )
    after = HEADER.format(
        extra="",
        rows="<tr><td>Telecommunications and video surveillance equipment and services "
        "produced or provided by <strong>ZTE Corp.</strong> or its subsidiaries.</td>"
        "<td><p>March 12, 2021</p><p>Updated:<br>May 5, 2026</p></td></tr>",
    )
    (one,), _ = run(write(tmp_path, before))
    (two,), _ = run(write(tmp_path, after))
    assert one.record_id == two.record_id == "zte"
    assert two.listed_on == day("2021-03-12", "March 12, 2021")
    assert two.properties["inclusion_dates"] == "2021-03-12; 2026-05-05"


def test_company_slug_and_category_phrase() -> None:
    assert company_slug("Hangzhou Hikvision Digital Technology Company") == (
        "hangzhou-hikvision-digital-technology"
    )
    assert company_slug("China Telecom (Americas) Corp.") == "china-telecom-americas"
    assert company_slug("AO Kaspersky Lab") == "ao-kaspersky-lab"  # a prefix form is kept
    assert company_slug("Kaspersky Lab, Inc.") == "kaspersky-lab"
    assert company_slug("Company") == "company"  # never emptied
    assert category_phrase("Foreign-produced advanced robotic devices, ³ except ...") == (
        "Foreign-produced advanced robotic devices"
    )


def test_inclusion_dates_leftover_text() -> None:
    dates, rest = parse_inclusion_dates("March 12, 2021 Updated: Jan. 7, 2026 (see note)")
    assert dates == [day("2021-03-12", "March 12, 2021"), day("2026-01-07", "Jan. 7, 2026")]
    assert rest == "(see note)"


def test_duplicate_company_gets_a_dated_id_and_a_warning(tmp_path: Path) -> None:
    rows = (
        "<tr><td>Equipment produced by <strong>ZTE Corporation</strong>.</td>"
        "<td>March 12, 2021</td></tr>"
        "<tr><td>Services provided by <strong>ZTE Corp</strong>.</td><td>May 1, 2026</td></tr>"
    )
    records, ctx = run(write(tmp_path, HEADER.format(extra="", rows=rows)))
    assert [r.record_id for r in records] == ["zte", "zte-2026-05-01"]
    assert len(ctx.warnings) == 1 and "already used" in ctx.warnings[0]


# ------------------------------------------------------------------------ oddities


def test_unknown_column_is_warned(tmp_path: Path) -> None:
    rows = "<tr><td>Equipment produced by <b>Acme Co</b>.</td><td>March 1, 2024</td><td>x</td></tr>"
    records, ctx = run(write(tmp_path, HEADER.format(extra="<th>Notes</th>", rows=rows)))
    assert [r.name for r in records] == ["Acme Co."]
    assert ctx.warnings == ["coveredlist.html: table header: unknown column 'Notes' ignored"]


def test_unparseable_date_is_warned_and_kept_raw(tmp_path: Path) -> None:
    rows = "<tr><td>Equipment produced by <b>Acme Co</b>.</td><td>Spring 2024</td></tr>"
    (record,), ctx = run(write(tmp_path, HEADER.format(extra="", rows=rows)))
    assert record.listed_on is None
    assert record.properties["date_of_inclusion"] == "Spring 2024"
    assert ctx.warnings == [
        "coveredlist.html row 1 (Acme Co.): no date in 'Date of Inclusion' 'Spring 2024'"
    ]


def test_format_detected_by_content_not_name(tmp_path: Path) -> None:
    odd = tmp_path / "download.bin"
    shutil.copy(HTML, odd)
    assert detect_format({"download.bin": odd}) == "html_table"
    assert run(odd)[0] == run(HTML)[0]
    as_html = tmp_path / "coveredlist.html"
    shutil.copy(CSV, as_html)  # a CSV body under the .html name
    assert detect_format({"coveredlist.html": as_html}) == "csv"
    assert len(run(as_html)[0]) == 7


def test_cp1252_csv(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    text = (
        "Covered Equipment or Services,Date of Inclusion\n"
        '"Equipment produced by Caf\u00e9 Telecom S.A., including services.","May 2, 2023"\n'
    )
    path.write_bytes(text.encode("cp1252"))
    (record,), ctx = run(path)
    assert record.name == "Caf\u00e9 Telecom S.A."
    assert record.record_id == "cafe-telecom-s-a"
    assert ctx.warnings == []


# ------------------------------------------------------------------------ errors


def test_html_error_page_is_a_parse_error(tmp_path: Path) -> None:
    page = write(
        tmp_path,
        "<!DOCTYPE html><html><head><title>Access Denied</title></head>"
        "<body><h1>Access Denied</h1><p>Reference #18.abc</p></body></html>",
    )
    with pytest.raises(ParseError) as err:
        run(page)
    assert err.value.source == SOURCE
    assert str(err.value).startswith("us_fcc_covered_list: coveredlist.html: no Covered List table")
    assert "Access Denied" in str(err.value)


def test_page_with_another_table_only(tmp_path: Path) -> None:
    page = write(tmp_path, "<html><body><table><tr><th>A</th><th>B</th></tr></table></body></html>")
    with pytest.raises(ParseError, match="no Covered List table"):
        run(page)


def test_two_list_tables(tmp_path: Path) -> None:
    one = HEADER.format(extra="", rows="<tr><td>By <b>A Co</b>.</td><td>May 1, 2024</td></tr>")
    two = HEADER.format(extra="", rows="<tr><td>By <b>B Co</b>.</td><td>May 1, 2024</td></tr>")
    records, _ = run(write(tmp_path, one + one))  # a repeated copy is read once
    assert [r.record_id for r in records] == ["a"]
    with pytest.raises(ParseError, match="2 tables look like the Covered List"):
        run(write(tmp_path, one + two))


def test_row_without_description(tmp_path: Path) -> None:
    rows = "<tr><td>Equipment produced by <b>Acme Co</b>.</td><td>March 1, 2024</td></tr>"
    rows += "<tr><td> </td><td>March 2, 2024</td></tr>"
    with pytest.raises(ParseError, match=r"row 2: empty 'Covered Equipment or Services' cell"):
        run(write(tmp_path, HEADER.format(extra="", rows=rows)))


def test_csv_without_required_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "covered_equipment,notes\nx,y\n", "list.csv")
    with pytest.raises(ParseError, match="lacks the columns"):
        run(path)


def test_not_a_covered_list_file(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="neither an HTML page nor a Covered List CSV"):
        run(write(tmp_path, "%PDF-1.7 binary", "list.pdf"))
    with pytest.raises(ParseError, match="file is empty"):
        run(write(tmp_path, "  \n", "empty.html"))
    with pytest.raises(ParseError, match="no files"):
        list(parse({}, ParseContext(source=SOURCE)))


# ------------------------------------------------------------------------ shared samples


def test_sample_archived_table() -> None:
    path = sample("fcc", "covered_list_table_archive.html")
    assert detect_format({"t": path}) == "html_table"
    records, ctx = run(path)
    assert len(records) == 13
    assert ctx.warnings == []
    got = by_id(records)
    assert len(got) == 13  # ids are unique
    kaspersky = got["ao-kaspersky-lab"]
    assert kaspersky.name == "AO Kaspersky Lab"
    assert kaspersky.listed_on == day("2022-03-25", "March 25, 2022")
    assert kaspersky.remarks is not None and kaspersky.remarks.startswith(
        "Information security products, solutions, and services supplied, directly or "
        "indirectly, by AO Kaspersky Lab"
    )
    for rid in ("huawei-technologies", "zte", "hytera-communications", "dahua-technology"):
        assert got[rid].listed_on == day("2021-03-12", "March 12, 2021")
    assert got["hangzhou-hikvision-digital-technology"].name == (
        "Hangzhou Hikvision Digital Technology Company"
    )
    assert got["china-mobile-international-usa"].name == "China Mobile International USA Inc."
    assert got["china-telecom-americas"].listed_on == day("2022-03-25", "March 25, 2022")
    assert got["pacific-networks"].aliases == [Alias(name="ComNet (USA) LLC")]
    assert got["pacific-networks"].listed_on == day("2022-09-20", "September 20, 2022")
    assert got["kaspersky-lab"].listed_on == day("2024-07-23", "July 23, 2024")
    uas = got["uncrewed-aircraft-systems-uas-and-uas-critical-components"]
    assert uas.properties["inclusion_dates"] == "2025-12-22; 2026-01-07; 2026-03-18"
    assert uas.listed_on == day("2025-12-22", "December 22, 2025")
    assert got["routers"].listed_on == day("2026-03-23", "March 23, 2026")


def test_sample_csv_rendering_2026() -> None:
    path = sample("fcc", "covered_list_table_2026.csv")
    records, ctx = run(path)
    assert len(records) == 16
    assert ctx.warnings == []
    got = by_id(records)
    archived = by_id(run(sample("fcc", "covered_list_table_archive.html"))[0])
    assert set(archived) < set(got)  # the same ids in both renderings
    assert got["digitalsystem-technology"].name == "Digitalsystem Technology Inc."
    assert got["digitalsystem-technology"].listed_on == day("2026-07-07", "July 7, 2026")
    assert got["foreign-produced-advanced-robotic-devices"].listed_on == day(
        "2026-07-28", "July 28, 2026"
    )
    uas = got["uncrewed-aircraft-systems-uas-and-uas-critical-components"]
    assert uas.properties["inclusion_dates"] == (
        "2025-12-22; 2026-01-07; 2026-03-18; 2026-06-15; 2026-07-21"
    )
    assert got["ao-kaspersky-lab"].listed_on == day("2022-03-25", "March 25, 2022")


# ------------------------------------------------------------------------ demo data


def test_demo_days_match_the_declared_changes(tmp_path: Path) -> None:
    result = demo_generator(SOURCE)(tmp_path)
    expected = result.expected
    days = {}
    for label in ("day1", "day2"):
        files = day_files(tmp_path, SOURCE, label)
        assert list(files) == ["coveredlist.html"]
        ctx = ParseContext(source=SOURCE)
        days[label] = by_id(list(parse(files, ctx)))
        assert ctx.warnings == []
    one, two = days["day1"], days["day2"]
    assert_declared_changes(one, two, expected)
    assert (expected["day1_count"], expected["day2_count"]) == (14, 16)
    assert expected["removed"] == ["demo-placeholder-networks"]
    assert one["ao-kaspersky-lab"].listed_on == day("2022-03-25", "March 25, 2022")
    assert one["china-mobile-international-usa"].name == "China Mobile International USA Inc."
    assert "## us_fcc_covered_list" in result.changes_md
