"""OFSI Consolidated List (ConList.csv) parser: fixtures, real samples, demo data."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.support.demo import (
    assert_declared_changes,
    day_files,
    demo_generator,
)
from tests.support.parsing import by_id, parse_snapshot
from tests.support.samples import SAMPLES, sample
from transforms.base import ParseContext, ParseError
from transforms.model import Address, Alias, BanRecord, DateValue, Identifier, Measure, TargetType
from transforms.sources.gb_hmt_ofsi.parser import (
    FORMAT,
    detect_format,
    id_number,
    parse,
    split_identifiers,
    split_numbered,
)

SOURCE = "gb_hmt_ofsi"
URL = "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv"
FIXTURES = Path(__file__).parent / "fixtures" / SOURCE
LEGACY = FIXTURES / "ConList_legacy.csv"
F2022 = FIXTURES / "ConList.csv"
ISIL = "The ISIL (Da'esh) and Al-Qaida organisations"


def run(files: dict[str, Path]) -> tuple[list[BanRecord], ParseContext]:
    return parse_snapshot(parse, files, SOURCE, URL)


def day(value: str, raw: str) -> DateValue:
    return DateValue(value=value, precision="day", raw=raw)


def write(tmp_path: Path, data: bytes, name: str = "ConList.csv") -> dict[str, Path]:
    path = tmp_path / name
    path.write_bytes(data)
    return {name: path}


HEADER_2022 = F2022.read_bytes().decode("utf-8-sig").split("\r\n")[1]


def conlist(*rows: dict[str, str], header: str = HEADER_2022) -> bytes:
    names = next(csv.reader([header]))
    buf = io.StringIO()
    buf.write("Last Updated,28/01/2026\r\n" + header + "\r\n")
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        assert set(row) <= set(names), set(row) - set(names)
        writer.writerow([row.get(n, "") for n in names])
    return buf.getvalue().encode()


def entity(gid: str = "99001", name: str = "TEST LTD", **cells: str) -> dict[str, str]:
    base = {
        "Name 6": name,
        "Group Type": "Entity",
        "Alias Type": "Primary name",
        "Regime": "Russia",
        "Listed On": "01/03/2022",
        "Last Updated": "01/03/2022",
        "Group ID": gid,
    }
    return base | cells


# ------------------------------------------------------------------ legacy layout


@pytest.fixture(scope="module")
def legacy() -> tuple[list[BanRecord], ParseContext]:
    return run({"ConList.csv": LEGACY})


def test_legacy_groups_in_order_of_first_row(legacy: tuple[list[BanRecord], ParseContext]) -> None:
    records, ctx = legacy
    # Seven rows, not adjacent, three groups; the header's empty first column is
    # absent from the rows (they are one field shorter) and must not shift them.
    assert [r.record_id for r in records] == ["90001", "90003", "90002"]
    assert ctx.warnings == []
    for r in records:
        assert (r.source, r.authority, r.jurisdiction, r.source_url) == (SOURCE, "OFSI", "GB", URL)


def test_legacy_person_folded_from_name_x_dob_rows(
    legacy: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(legacy[0])["90001"]
    # The "Prime Alias" row comes after two "AKA" rows: it still gives the name.
    assert r.name == "Farooq Sheikh AL-QAHTANI"
    assert r.target_type is TargetType.PERSON
    assert r.aliases == [Alias(name="Farooq AL-QAHTANI", kind="aka")]
    assert r.birth_dates == [
        DateValue(value="1980", precision="year", raw="00/00/1980"),
        DateValue(value="1981-05", precision="month", raw="00/05/1981"),
    ]
    assert r.nationalities == ["Saudi Arabia", "Qatar"]  # "1) Saudi Arabia 2) Qatar"
    assert r.birth_places == ["Saudi Arabia"]
    assert r.addresses == [Address(country="Afghanistan")]
    assert r.countries == ["Afghanistan", "Saudi Arabia", "Qatar"]
    assert r.identifiers == [
        Identifier(
            type="Passport",
            value="592667",
            raw="Passport No: 592667 (Qatari passport issued on 3 May 2007).",
        ),
        Identifier(type="National ID No.", value="0094195", raw="Ration card no. 0094195"),
    ]
    assert r.programs == [ISIL]
    assert r.legal_basis == []  # a legacy regime name does not say which instrument
    assert r.measures == [Measure.ASSET_FREEZE]
    assert r.listed_on == day("2016-04-01", "01/04/2016")
    assert r.remarks == "UN Ref QDi.999. Test entry (invented)."
    assert r.properties == {"last_updated": "2016-04-01"}


def test_legacy_latest_update_and_cp1252(legacy: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(legacy[0])["90003"]
    assert r.name == "Yasser Aziz ABBAS"
    assert r.aliases == [Alias(name="Yaser Aziz ABBAS"), Alias(name="Yasser Aziz ABAS")]
    assert r.title == "Mr"
    assert r.birth_dates == [day("1978-08-22", "22/08/1978")]
    assert r.remarks == "Leading businessperson operating in Syria \u2019test\u2019."  # 0x92
    assert r.properties["last_updated"] == "2021-03-20"  # the latest of the group's rows


def test_legacy_vessel_imo_from_other_information(
    legacy: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(legacy[0])["90002"]
    assert r.name == "TONG SAN 2"
    assert r.target_type is TargetType.ORGANIZATION  # as the file says ("Entity")
    assert r.identifiers == [Identifier(type="IMO", value="8937675", raw="IMO: 8937675")]


# ------------------------------------------------------------------ 2022 format


@pytest.fixture(scope="module")
def f2022() -> tuple[list[BanRecord], ParseContext]:
    return run({"ConList.csv": F2022})


def test_2022_format(f2022: tuple[list[BanRecord], ParseContext]) -> None:
    records, ctx = f2022
    assert [r.record_id for r in records] == ["94001", "94002", "94003", "94005"]
    assert ctx.warnings == []  # the "Last Updated,28/01/2026" line is not an oddity
    putin = by_id(records)["94001"]
    assert putin.name == "Vladimir Vladimirovich PUTIN"
    assert putin.aliases == [
        Alias(name="Vladimir Poutine", kind="aka"),
        Alias(name="Vova", kind="weak"),  # Alias Quality "Low quality"
        Alias(name="Владимир Владимирович ПУТИН", kind="aka", script="Cyrillic"),
    ]
    assert putin.identifiers == [
        Identifier(
            type="Passport", value="100000001", raw="Russian diplomatic passport (test value)"
        )
    ]
    assert putin.birth_dates == [day("1952-10-07", "07/10/1952")]
    assert putin.birth_places == ["Leningrad (now St Petersburg), Russia"]
    assert putin.addresses == [Address(city="Moscow", country="Russia")]
    assert putin.programs == ["Russia"]
    assert putin.measures == [Measure.ASSET_FREEZE]
    assert putin.listed_on == day("2022-02-25", "25/02/2022")
    assert putin.properties == {
        "last_updated": "2025-03-14",
        "positions": "President of the Russian Federation",
        "uk_sanctions_list_date_designated": "2022-02-25",
        "uk_sanctions_list_ref": "RUS9001",
    }


def test_2022_entity_ship_and_legal_basis(f2022: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(f2022[0])
    sber = r["94002"]
    assert sber.aliases == [
        Alias(name="Sberbank"),  # Primary name variation
        Alias(name="ПАО Сбербанк", script="Cyrillic"),  # script detected
    ]
    assert sber.addresses == [
        Address(street="19 Vavilova Street", city="Moscow", postal_code="117997", country="Russia")
    ]
    ship = r["94003"]
    assert (ship.name, ship.target_type) == ("KOROLEV PROSPECT", TargetType.VESSEL)
    assert ship.measures == [Measure.TRANSPORT_SANCTION]  # ships are not asset-frozen
    assert ship.identifiers == [Identifier(type="IMO", value="9826902", raw="IMO9826902")]
    ghr = r["94005"]
    assert ghr.legal_basis == ["The Global Human Rights Sanctions Regulations 2020 (S.I. 2020/680)"]
    assert ghr.birth_dates == [DateValue(value="1968", precision="year", raw="00/00/1968")]


# ------------------------------------------------------------------ detection / errors


def test_detect_format_by_content() -> None:
    assert detect_format({"whatever.txt": LEGACY}) == FORMAT
    assert detect_format({"conlist.CSV": F2022}) == FORMAT


def test_html_page_is_an_error(tmp_path: Path) -> None:
    files = write(tmp_path, b"<html><head><title>404</title></head></html>")
    with pytest.raises(ParseError, match=r"^gb_hmt_ofsi: .*HTML page"):
        run(files)


def test_xml_is_refused(tmp_path: Path) -> None:
    files = write(tmp_path, b"<?xml version='1.0'?><ArrayOfFinancialSanctionsTarget/>")
    with pytest.raises(ParseError, match=r"^gb_hmt_ofsi: .*XML is not accepted"):
        run(files)


def test_uk_sanctions_list_csv_is_refused_with_a_hint(tmp_path: Path) -> None:
    files = write(tmp_path, b"Report Date: 08-Oct-2026\r\nLast Updated,Unique ID,Name 6\r\n")
    with pytest.raises(ParseError, match="gb_fcdo_sanctions"):
        run(files)


def test_empty_snapshot_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="no files"):
        run({})
    with pytest.raises(ParseError, match="no ConList CSV"):
        run(write(tmp_path, b""))


def test_missing_group_id_is_an_error(tmp_path: Path) -> None:
    files = write(tmp_path, conlist(entity(), entity(gid="")))
    with pytest.raises(ParseError, match=r"^gb_hmt_ofsi: ConList.csv line 4: row has no Group ID"):
        run(files)


def test_missing_name_is_an_error(tmp_path: Path) -> None:
    files = write(tmp_path, conlist(entity(name="")))
    with pytest.raises(ParseError, match=r"line 3: group 99001 row has no name"):
        run(files)


def test_missing_required_column_is_an_error(tmp_path: Path) -> None:
    files = write(tmp_path, conlist({"Name 6": "X", "Group ID": "1"}, header="Name 6,Group ID"))
    with pytest.raises(ParseError, match="lacks required column.*group type, alias type, regime"):
        run(files)


def test_truncated_row_is_an_error(tmp_path: Path) -> None:
    data = conlist(entity()).rstrip(b"\r\n")
    files = write(tmp_path, data[: data.rindex(b",99001") - 20] + b"\r\n")
    with pytest.raises(ParseError, match="line 3: .* fields, the header has 36"):
        run(files)


def test_unknown_column_and_alias_type_are_reported(tmp_path: Path) -> None:
    header = HEADER_2022 + ",Sanctions Imposed"
    rows = (
        entity(**{"Sanctions Imposed": "Asset freeze"}),
        entity(name="OLD NAME", **{"Alias Type": "Former name"}),
    )
    records, ctx = run(write(tmp_path, conlist(*rows, header=header)))
    (r,) = records
    assert r.properties["sanctions_imposed"] == "Asset freeze"
    assert r.aliases == [Alias(name="OLD NAME", kind="aka")]
    assert any("unknown column 'Sanctions Imposed'" in w for w in ctx.warnings)
    assert any("unknown Alias Type 'Former name'" in w for w in ctx.warnings)


def test_group_without_primary_row_takes_the_first_name(tmp_path: Path) -> None:
    rows = (
        entity(name="FIRST", **{"Alias Type": "Alias"}),
        entity(name="SECOND", **{"Alias Type": "Alias"}),
    )
    records, ctx = run(write(tmp_path, conlist(*rows)))
    assert (records[0].name, records[0].aliases) == ("FIRST", [Alias(name="SECOND")])
    assert records[0].properties["name_source"] == "first listed name (no primary name row)"
    assert ctx.warnings == ["group 99001: no primary-name row; using the first name 'FIRST'"]


def test_same_passport_number_from_two_countries_is_kept_twice(tmp_path: Path) -> None:
    # Was: identifiers deduplicated on (type, number), so the second passport (same
    # number, other issuing country, named only in the details) vanished.
    person = {"Group Type": "Individual"}
    rows = (
        entity(**person, **{"Passport Number": "P123456", "Passport Details": "Iraq"}),
        entity(
            name="ALIAS",
            **person,
            **{"Alias Type": "Alias", "Passport Number": "P123456", "Passport Details": "Syria"},
        ),
        entity(
            name="ALIAS TWO",
            **person,
            **{"Alias Type": "Alias", "Passport Number": "P123456", "Passport Details": "Iraq"},
        ),
    )
    records, _ = run(write(tmp_path, conlist(*rows)))
    assert records[0].identifiers == [
        Identifier(type="Passport", value="P123456", raw="Iraq"),
        Identifier(type="Passport", value="P123456", raw="Syria"),
    ]


def test_conflicts_and_bad_dates_are_reported(tmp_path: Path) -> None:
    rows = (
        entity(DOB="31/02/1970", **{"Group Type": "Individual"}),
        entity(name="ALIAS", **{"Alias Type": "Alias", "Listed On": "02/03/2022"}),
    )
    records, ctx = run(write(tmp_path, conlist(*rows)))
    (r,) = records
    assert r.listed_on == day("2022-03-01", "01/03/2022")  # the primary row's
    assert r.birth_dates == []
    assert r.properties["dob_unparsed"] == "31/02/1970"
    warnings = "\n".join(ctx.warnings)
    assert "several Listed On values" in warnings
    assert "several Group Type values" in warnings
    assert "unparseable DOB '31/02/1970'" in warnings


def test_numbered_titles_are_split(tmp_path: Path) -> None:
    row = entity(Title="(1) Mullah (2) Haji", **{"Group Type": "Individual"})
    records, _ = run(write(tmp_path, conlist(row)))
    assert records[0].title == "Mullah; Haji"


def test_helpers() -> None:
    assert split_numbered("1) Saudi Arabia 2) Qatar") == ["Saudi Arabia", "Qatar"]
    assert split_numbered("(1) Central African Republic (2) Sudan") == [
        "Central African Republic",
        "Sudan",
    ]
    assert split_numbered("Afghanistan (since 2009)") == ["Afghanistan (since 2009)"]
    assert split_identifiers("Jordanian passport numbers (1) K048787 (2) 486298") == [
        "K048787",
        "486298",
    ]
    # a mid-text "(b)" is not split: it often starts another kind of document
    assert len(split_identifiers("00344994 (Yemeni). Issued in Sanaa (b) 973406")) == 1
    assert id_number("Passport No: 592667 (Qatari passport issued on 3 May 2007).") == "592667"
    assert id_number("Tunisia number G557170 issued on 16 Nov 1989.") == "G557170"
    assert id_number("0018061/104 (issued on 12 Sept 1993)") == "0018061/104"
    assert id_number("202-2708-8368 (Sudan)") == "202-2708-8368"
    assert id_number("issued on 03/07/1996") is None
    assert id_number("Ration card") is None


# ------------------------------------------------------------------ real samples


def ofsi_samples() -> list[str]:
    folder = SAMPLES / "uk_ofsi"
    return sorted(p.name for p in folder.glob("*.csv")) if folder.is_dir() else ["(none)"]


def distinct_group_ids(path: Path) -> list[str]:
    """Group IDs counted straight from the file (csv module), independent of the parser."""
    text = path.read_bytes().decode("cp1252")
    rows = [r for r in csv.reader(io.StringIO(text, newline="")) if any(c.strip() for c in r)]
    start = next(i for i, r in enumerate(rows) if "Group ID" in r)
    header = rows[start]
    ids: list[str] = []
    for row in rows[start + 1 :]:
        gid = row[-1] if header[-1] == "Group ID" else row[header.index("Group ID")]
        if gid.strip() not in ids:
            ids.append(gid.strip())
    return ids


@pytest.mark.parametrize("name", ofsi_samples())
def test_every_sample_gives_one_record_per_group_id(name: str) -> None:
    path = sample("uk_ofsi", name)
    records, _ = run({path.name: path})
    assert [r.record_id for r in records] == distinct_group_ids(path)


def test_legacy_sample_spot_checks() -> None:
    path = sample("uk_ofsi", "ConList_legacy_pre2022_format_sample.csv")
    records, ctx = run({path.name: path})
    assert len(records) == 41
    r = by_id(records)
    nasir = r["13720"]  # five "Prime Alias" rows, one per DOB year, + five AKA rows
    assert nasir.name == "Hajji 'ABD AL-NASIR"
    assert nasir.aliases == [Alias(name="Hajji ABD AL-NASR")]
    assert [d.value for d in nasir.birth_dates] == ["1965", "1966", "1967", "1968", "1969"]
    assert {d.precision for d in nasir.birth_dates} == {"year"}
    humam = r["7574"]  # the AKA row comes first in the file, the Prime Alias later
    assert humam.name == "Humam Abd-al-Khaliq ABD-AL-GHAFUR"
    assert humam.aliases == [Alias(name="Humam 'Abd al-Khaliq ABD AL-RAHMAN")]
    assert r["13556"].identifiers == [Identifier(type="IMO", value="8937675", raw="IMO: 8937675")]
    assert r["12999"].nationalities == ["Central African Republic", "Sudan"]
    assert r["12510"].title == "Dr"
    assert r["13562"].listed_on == day("2017-12-22", "22/12/2017")
    assert "\u2019" in (r["13222"].remarks or "")  # cp1252 0x92 read as a quote
    assert r["13349"].properties["name_source"] == "first listed name (no primary name row)"
    assert all(rec.measures == [Measure.ASSET_FREEZE] for rec in records)
    # the excerpt cuts groups: 23 have only AKA rows, each reported once
    assert len(ctx.warnings) == 23
    assert all("no primary-name row" in w for w in ctx.warnings)


# ------------------------------------------------------------------------ demo


def test_demo_days_match_the_declared_changes(tmp_path: Path) -> None:
    result = demo_generator(SOURCE)(tmp_path)
    days = {}
    for d in ("day1", "day2"):
        files = day_files(tmp_path, SOURCE, d)
        assert list(files) == ["ConList.csv"]
        records, ctx = run(files)
        assert ctx.warnings == []
        days[d] = {r.record_id: r.content_hash() for r in records}
    expected = result.expected
    assert_declared_changes(days["day1"], days["day2"], expected)
    assert len(expected["added"]) >= 2 and len(expected["removed"]) == 1
    assert 1 <= len(expected["modified"]) <= 2
