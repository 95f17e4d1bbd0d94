"""us_bis_dpl: the BIS Denied Persons List (dpl.txt, tab-delimited, one row per address)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.support.demo import assert_declared_changes, day_files, demo_generator
from tests.support.parsing import parse_snapshot
from tests.support.samples import sample
from transforms.base import ParseContext, ParseError
from transforms.model import Address, BanRecord, DateValue, Measure, TargetType
from transforms.registry import get_source
from transforms.sources.us_bis_dpl.parser import (
    COLUMNS,
    detect_format,
    parse,
    record_id_for,
    split_fr_citations,
)

SOURCE = "us_bis_dpl"
FIXTURES = Path(__file__).parent / "fixtures" / SOURCE
URL = "https://www.bis.doc.gov/dpl/dpl.txt"


def run(files: dict[str, Path]) -> tuple[list[BanRecord], ParseContext]:
    return parse_snapshot(parse, files, SOURCE, URL)


def write_dpl(path: Path, rows: list[list[str]], header: tuple[str, ...] = COLUMNS) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def row(name: str, effective: str = "01/02/2020", **kw: str) -> list[str]:
    values = dict.fromkeys(COLUMNS, "")
    values.update(Name=name, Effective_Date=effective, **kw)
    return [values[c] for c in COLUMNS]


@pytest.fixture(scope="module")
def fixture_records() -> tuple[list[BanRecord], ParseContext]:
    return run({"dpl.txt": FIXTURES / "dpl.txt"})


def test_source_yml() -> None:
    config = get_source(SOURCE)
    assert [f.url for f in config.files] == [URL]
    assert config.authority == "BIS" and config.jurisdiction == "US"
    assert config.parser() is parse
    assert config.lookups["standard_order"] == {
        "Y": "standard denial order",
        "N": "non-standard denial order",
    }


def test_rows_fold_into_orders(fixture_records: tuple[list[BanRecord], ParseContext]) -> None:
    records, ctx = fixture_records
    assert detect_format({"dpl.txt": FIXTURES / "dpl.txt"}) == "dpl_txt"
    assert ctx.warnings == []
    # 13 rows: 2 + 1 + 3 + 1 + 1 + 1 + 1 + 1 + 2 -> 9 orders, in order of first row.
    assert [r.name for r in records] == [
        "ABDULAH AL NASSER",
        "ABDULAMIR MAHDI",
        "ALI M HIJAZI",
        "I. ASH",
        "I. ASH",
        'IHSAN MEDHAT "SAMMY" ELASHI',
        "MAHAN AIRWAYS",
        "PJSC AEROFLOT",
        "AL NASER WINGS AIRLINES",
    ]
    assert len({r.record_id for r in records}) == 9
    assert sum(len(r.addresses) for r in records) == 13
    assert all(r.programs == ["DPL"] for r in records)
    assert all(r.measures == [Measure.EXPORT_CONTROL] for r in records)
    assert all(r.authority == "BIS" and r.source_url == URL for r in records)


def test_folded_order(fixture_records: tuple[list[BanRecord], ParseContext]) -> None:
    nasser = fixture_records[0][0]
    assert nasser.record_id == record_id_for("ABDULAH AL NASSER", "2002-03-04")
    assert nasser.addresses == [
        Address(
            street="605 TRAIL LAKE DRIVE",
            city="RICHARDSON",
            region="TX",
            postal_code="75081",
            country="US",
        ),
        Address(
            street="908 AUDELIA ROAD, SUIE 200, PMB #245",
            city="RICHARDSON",
            region="TX",
            postal_code="75081",
            country="US",
        ),
    ]
    assert nasser.countries == ["US"]
    assert nasser.listed_on == DateValue(value="2002-03-04", precision="day", raw="03/04/2002")
    assert nasser.properties == {
        "end_date": "2056-06-29",
        "standard_order": "Y",
        "order_type": "standard denial order",
        "last_update": "2006-07-11",
        "action": "50 YEAR DENIAL",
    }
    # The rows cite different notices: merged, first-seen order.
    assert nasser.legal_basis == [
        "67 F.R. 56530 9/4/02",
        "67 F.R. 10890 3/11/02",
        "71 F.R. 38843 7/10/06",
    ]
    assert nasser.target_type is TargetType.OTHER


def test_same_party_under_two_orders(fixture_records: tuple[list[BanRecord], ParseContext]) -> None:
    first, second = [r for r in fixture_records[0] if r.name == "I. ASH"]
    # " I. ASH" (leading space, 2003 order) and "I. ASH" (2002 order): two records.
    assert first.listed_on == DateValue(value="2003-06-19", precision="day", raw="06/19/2003")
    assert second.listed_on == DateValue(value="2002-03-04", precision="day", raw="03/04/2002")
    assert first.record_id == record_id_for("I. ASH", "2003-06-19")
    assert first.legal_basis == [
        "68 F.R. 38290 6/27/03",
        "71 F.R. 38843 7/10/06",
        "72 F.R. 4236 1/30/07",
    ]


def test_rows_that_disagree(fixture_records: tuple[list[BanRecord], ParseContext]) -> None:
    records = {r.name: r for r in fixture_records[0]}
    hijazi = records["ALI M HIJAZI"]
    assert hijazi.addresses == [
        Address(city="HAUTE SAVOIE", country="FR"),
        Address(city="GENEVA", country="CH"),
        Address(street="185 SEPTEMBER STREET", city="TRIPOLI", country="LY"),
    ]
    assert hijazi.countries == ["FR", "CH", "LY"]
    assert "end_date" not in hijazi.properties  # no Expiration_Date: no end date
    assert hijazi.properties["last_update"] == "2000-04-05; 2018-06-13"
    assert hijazi.properties["action"] == "ADDRESS ADDED"
    wings = records["AL NASER WINGS AIRLINES"]
    assert wings.target_type is TargetType.ORGANIZATION
    assert wings.properties["target_type_inferred"]
    # "83F.R." and "83 F.R." are one citation; ", " and "; " both separate.
    assert wings.legal_basis == ["82 F.R. 61745 12/29/2017", "83 F.R. 28801 6/21/2018"]
    assert wings.properties["last_update"] == "2019-06-06; 2019-06-12"


def test_other_fields(fixture_records: tuple[list[BanRecord], ParseContext]) -> None:
    records = {r.name: r for r in fixture_records[0]}
    mahdi = records["ABDULAMIR MAHDI"]
    assert mahdi.properties["standard_order"] == "N"
    assert mahdi.properties["order_type"] == "non-standard denial order"
    assert mahdi.addresses == [
        Address(
            street="20 HUNTINGWOOD DRIVE",
            city="SCARBOROUGH, ONTARIO",
            postal_code="M1W1A2",
            country="CA",
        )
    ]
    aeroflot = records["PJSC AEROFLOT"]
    assert aeroflot.target_type is TargetType.ORGANIZATION
    assert aeroflot.listed_on == DateValue(value="2022-04-07", precision="day", raw="04/07/2022")
    assert aeroflot.properties["end_date"] == "2022-10-04"
    assert aeroflot.legal_basis == ["87 F.R. 21611 4/12/2022"]
    assert 'IHSAN MEDHAT "SAMMY" ELASHI' in records  # doubled quotes decoded


def test_rows_of_one_order_need_not_be_adjacent(tmp_path: Path) -> None:
    path = write_dpl(
        tmp_path / "dpl.txt",
        [
            row("ACME TRADING LLC", City="DUBAI", Country="AE"),
            row("BETA", City="OSLO", Country="NO"),
            row("Acme  Trading LLC", City="SHARJAH", Country="AE"),
        ],
    )
    records, _ = run({"dpl.txt": path})
    assert [r.name for r in records] == ["ACME TRADING LLC", "BETA"]
    assert [a.city for a in records[0].addresses] == ["DUBAI", "SHARJAH"]
    assert records[0].properties["name_variants"] == "Acme Trading LLC"


def test_conflicting_expiration_dates_are_reported(tmp_path: Path) -> None:
    path = write_dpl(
        tmp_path / "dpl.txt",
        [
            row("X", Expiration_Date="01/02/2030", City="A"),
            row("X", Expiration_Date="01/02/2031", City="B"),
        ],
    )
    records, ctx = run({"dpl.txt": path})
    assert records[0].properties["end_date"] == "2031-01-02"
    assert records[0].properties["end_date_values"] == "2030-01-02; 2031-01-02"
    assert ctx.warnings == [
        "dpl.txt line 2 (X): rows of one order disagree on Expiration_Date "
        "(2030-01-02, 2031-01-02); the latest is kept"
    ]


def test_unparseable_dates_are_kept_and_reported(tmp_path: Path) -> None:
    path = write_dpl(
        tmp_path / "dpl.txt", [row("X", effective="sometime", Expiration_Date="never")]
    )
    records, ctx = run({"dpl.txt": path})
    r = records[0]
    assert r.listed_on is None
    assert r.properties["effective_date_unparsed"] == "sometime"
    assert r.properties["end_date_unparsed"] == "never"
    assert r.record_id == record_id_for("X", "sometime")
    assert len(ctx.warnings) == 2


def test_unknown_column_and_standard_order_are_reported(tmp_path: Path) -> None:
    header = (*COLUMNS, "Remarks")
    path = write_dpl(tmp_path / "dpl.txt", [[*row("X", Standard_Order="Q"), "see order"]], header)
    records, ctx = run({"dpl.txt": path})
    assert records[0].properties["remarks"] == "see order"
    assert records[0].properties["standard_order"] == "Q"
    assert ctx.warnings == [
        "dpl.txt: unknown column 'Remarks'; its values go to properties",
        "dpl.txt line 2 (X): unknown Standard_Order value(s) ['Q']",
    ]


def test_missing_optional_column_is_reported(tmp_path: Path) -> None:
    header = tuple(c for c in COLUMNS if c != "Action")
    values = [v for c, v in zip(COLUMNS, row("X"), strict=True) if c != "Action"]
    records, ctx = run({"dpl.txt": write_dpl(tmp_path / "dpl.txt", [values], header)})
    assert len(records) == 1
    assert ctx.warnings == ["dpl.txt: columns missing from the header: Action"]


def test_html_page_is_rejected() -> None:
    with pytest.raises(ParseError, match=r"^us_bis_dpl: error_page\.html: .*HTML page"):
        run({"error_page.html": FIXTURES / "error_page.html"})


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ([row("  ")], r"dpl\.txt line 2: row has no Name"),
        ([row("X", effective="")], r"dpl\.txt line 2 \(X\): row has no Effective_Date"),
    ],
)
def test_missing_mandatory_values(tmp_path: Path, rows: list[list[str]], problem: str) -> None:
    with pytest.raises(ParseError, match=rf"^us_bis_dpl: {problem}"):
        run({"dpl.txt": write_dpl(tmp_path / "dpl.txt", rows)})


def test_wrong_files_are_rejected(tmp_path: Path) -> None:
    csl = tmp_path / "consolidated.csv"
    csl.write_text('"_id","source","name"\n"1","x","y"\n', encoding="utf-8")
    with pytest.raises(ParseError, match="header lacks Name, Effective_Date"):
        run({"consolidated.csv": csl})
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ParseError, match="every file is empty"):
        run({"empty.txt": empty})
    broken = tmp_path / "broken.txt"
    broken.write_text("\t".join(f'"{c}"' for c in COLUMNS) + '\n"X"\t"a"\n', encoding="utf-8")
    with pytest.raises(ParseError, match=r"broken\.txt line 2: 2 fields where the header has 12"):
        run({"broken.txt": broken})


def test_cp1252_file(tmp_path: Path) -> None:
    path = write_dpl(tmp_path / "dpl.txt", [row("JOSÉ MUÑOZ", City="MÁLAGA", Country="ES")])
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1252"))
    records, _ = run({"dpl.txt": path})
    assert records[0].name == "JOSÉ MUÑOZ"
    assert records[0].addresses[0].city == "MÁLAGA"


def test_fr_citations() -> None:
    assert split_fr_citations("67 F.R. 56530 9/4/02 67 F.R. 10890 3/11/02, 71 F.R. 38843") == [
        "67 F.R. 56530 9/4/02",
        "67 F.R. 10890 3/11/02",
        "71 F.R. 38843",
    ]
    assert split_fr_citations("82 F.R.  4842 1/17/2017") == ["82 F.R. 4842 1/17/2017"]


# ------------------------------------------------------------------- shared sample


def test_sample_full_2019_list() -> None:
    path = sample("bis", "dpl.txt")
    records, ctx = run({"dpl.txt": path})
    assert detect_format({"dpl.txt": path}) == "dpl_txt"
    assert ctx.warnings == []
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))[1:]
    assert len(rows) == 546
    assert len(records) == 417
    assert len({r.record_id for r in records}) == 417
    # Every row's address ends up on its record (3 rows repeat another row's address).
    assert sum(len(r.addresses) for r in records) == 543
    assert all(r.listed_on is not None and r.listed_on.precision == "day" for r in records)
    by_name: dict[str, list[BanRecord]] = {}
    for r in records:
        by_name.setdefault(r.name, []).append(r)
    airline = by_name["AL NASER AIRLINES"][0]
    assert [a.country for a in airline.addresses] == ["IQ", "IQ", "AE", "JO"]
    assert airline.properties["end_date"] == "2019-12-03"
    assert "81 F.R. 45276 7/13/2016" in airline.legal_basis  # only on the 2nd row
    assert len(airline.legal_basis) == 9
    ash = sorted(by_name["I. ASH"], key=lambda r: r.listed_on.value if r.listed_on else "")
    assert [r.listed_on.value for r in ash if r.listed_on] == ["2002-03-04", "2003-06-19"]
    hijazi = by_name["ALI M HIJAZI"][0]
    assert "end_date" not in hijazi.properties
    assert len(hijazi.addresses) == 3
    assert sum(1 for r in records if r.properties.get("standard_order") == "N") == 7


# ------------------------------------------------------------------------------ demo


def test_demo_days_parse_to_the_declared_changes(tmp_path: Path) -> None:
    result = demo_generator(SOURCE)(tmp_path)
    expected = result.expected
    days = {}
    for day in ("day1", "day2"):
        files = day_files(tmp_path, SOURCE, day)
        assert list(files) == ["dpl.txt"]
        records, ctx = run(files)
        assert ctx.warnings == []
        days[day] = {r.record_id: r.content_hash() for r in records}
        assert len(days[day]) == len(records)
    assert_declared_changes(days["day1"], days["day2"], expected)
    day2 = {r.name: r for r in run({"d.txt": tmp_path / "day2" / SOURCE / "dpl.txt"})[0]}
    assert day2["PJSC AEROFLOT"].record_id in expected["added"]


def test_order_dates_are_milestones() -> None:
    """Effective and expiration dates of a denial order form its legal timeline."""
    from pathlib import Path

    from transforms.base import ParseContext
    from transforms.sources.us_bis_dpl.parser import parse

    fixture = Path(__file__).parent / "fixtures" / "us_bis_dpl" / "dpl.txt"
    records = list(parse({"dpl.txt": fixture}, ParseContext(source="us_bis_dpl")))
    with_end = [r for r in records if "end_date" in r.properties]
    assert with_end
    for r in with_end:
        ends = [m for m in r.milestones if m.role == "end"]
        assert [m.date.value for m in ends] == [r.properties["end_date"]]
    for r in records:
        eff = [m.date for m in r.milestones if m.role == "effective"]
        assert eff == ([r.listed_on] if r.listed_on else [])
