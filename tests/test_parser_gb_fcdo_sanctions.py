"""The UK Sanctions List (FCDO) parser: hand-written fixtures, real samples, demo data."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.demo import (
    assert_declared_changes,
    day_files,
    demo_generator,
)
from tests.support.parsing import by_id, parse_snapshot
from tests.support.samples import sample
from transforms.base import ParseContext, ParseError
from transforms.model import Address, Alias, BanRecord, DateValue, Identifier, Measure, TargetType
from transforms.sources.gb_fcdo_sanctions.parser import (
    FORMAT_CSV,
    FORMAT_XML,
    detect_format,
    detect_script,
    parse,
    uk_date,
)

SOURCE = "gb_fcdo_sanctions"
URL = "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml"
FIXTURES = Path(__file__).parent / "fixtures" / SOURCE
XML = FIXTURES / "UK-Sanctions-List.xml"
CSV = FIXTURES / "UK-Sanctions-List.csv"
RUSSIA = "The Russia (Sanctions) (EU Exit) Regulations 2019"
ISIL = "Isil (Da'esh) and Al-Qaeda (United Nations Sanctions) (EU Exit) Regulations 2019"


def run(files: dict[str, Path]) -> tuple[list[BanRecord], ParseContext]:
    return parse_snapshot(parse, files, SOURCE, URL)


def day(value: str, raw: str) -> DateValue:
    return DateValue(value=value, precision="day", raw=raw)


def xml_doc(*designations: str, root: str = "<Designations>") -> bytes:
    body = "\n".join(designations)
    return f'<?xml version="1.0" encoding="utf-8"?>\n{root}\n{body}\n</Designations>\n'.encode()


def designation(uid: str = "RUS9999", name: str = "TEST ENTITY", extra: str = "") -> str:
    uid_elem = f"<UniqueID>{uid}</UniqueID>" if uid else ""
    names = (
        f"<Names><Name><Name6>{name}</Name6><NameType>Primary Name</NameType></Name></Names>"
        if name
        else ""
    )
    return (
        f"<Designation><LastUpdated>01/03/2026</LastUpdated>"
        f"<DateDesignated>01/03/2026</DateDesignated>{uid_elem}{names}"
        f"<RegimeName>{RUSSIA}</RegimeName><IndividualEntityShip>Entity</IndividualEntityShip>"
        f"<SanctionsImposed>Asset freeze</SanctionsImposed>"
        f"<SanctionsImposedIndicators><AssetFreeze>true</AssetFreeze>"
        f"</SanctionsImposedIndicators>{extra}</Designation>"
    )


def write(tmp_path: Path, name: str, data: bytes) -> dict[str, Path]:
    path = tmp_path / name
    path.write_bytes(data)
    return {name: path}


# ------------------------------------------------------------------------ XML


@pytest.fixture(scope="module")
def xml_result() -> tuple[list[BanRecord], ParseContext]:
    return run({"UK-Sanctions-List.xml": XML})


def test_xml_one_record_per_designation_in_file_order(
    xml_result: tuple[list[BanRecord], ParseContext],
) -> None:
    records, ctx = xml_result
    assert [r.record_id for r in records] == ["RUS9001", "RUS9002", "RUS9003", "AQD9004"]
    assert ctx.warnings == []
    for r in records:
        assert (r.source, r.authority, r.jurisdiction, r.source_url) == (SOURCE, "FCDO", "GB", URL)


def test_xml_person(xml_result: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(xml_result[0])["RUS9001"]
    assert r.name == "Vladimir Vladimirovich PUTIN"  # Name1 Name2 ... Name6
    assert r.target_type is TargetType.PERSON
    assert r.aliases == [
        Alias(name="Vladimir Poutine", kind="aka"),
        Alias(name="Vova", kind="weak"),  # "Low quality a.k.a"; NameType "alias" lower case
        Alias(name="Владимир Владимирович ПУТИН", kind="aka", script="Cyrillic"),
    ]
    assert r.birth_dates == [day("1952-10-07", "07/10/1952")]  # listed twice, kept once
    assert r.birth_places == ["Leningrad (now St Petersburg), Russia"]
    assert r.nationalities == ["Russia"]
    assert r.countries == ["Russia"]
    assert r.addresses == [
        Address(street="The Kremlin", city="Moscow", postal_code="103132", country="Russia")
    ]
    assert r.identifiers == [
        Identifier(
            type="Passport", value="100000001", raw="Russian diplomatic passport (test value)"
        )
    ]
    assert r.programs == [RUSSIA]
    assert r.legal_basis == [f"{RUSSIA} (S.I. 2019/855)"]
    # DirectorDisqualificationSanction has no own measure in the vocabulary: "other".
    assert r.measures == [Measure.ASSET_FREEZE, Measure.TRAVEL_BAN, Measure.OTHER]
    assert r.listed_on == day("2022-02-25", "25/02/2022")
    assert r.title == "President of the Russian Federation"
    assert r.remarks == "President of the Russian Federation.\nSecond line of other information."
    assert r.properties == {
        "designation_source": "UK",
        "gender": "Male",
        "last_updated": "2025-03-14",
        "ofsi_group_id": "94001",
        "positions": "President of the Russian Federation",
        "sanctions_imposed": "Asset freeze; Travel Ban; Director Disqualification Sanction",
        "statement_of_reasons": "Vladimir PUTIN is the President of the Russian Federation.",
    }


def test_xml_entity(xml_result: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(xml_result[0])["RUS9002"]
    assert r.name == "PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA"  # NameType "Primary name"
    assert r.target_type is TargetType.ORGANIZATION
    assert r.aliases == [
        Alias(name="Sberbank", kind="aka"),  # Primary Name Variation
        Alias(name="PJSC Sberbank", kind="aka"),  # trailing spaces trimmed
        Alias(name="ПАО Сбербанк", kind="aka", script="Cyrillic"),  # script detected
    ]
    assert r.identifiers == [
        Identifier(type="Registration Number", value="OGRN 1027700132195", raw="OGRN 1027700132195")
    ]
    assert r.measures == [Measure.ASSET_FREEZE, Measure.FINANCIAL_RESTRICTION]
    assert r.listed_on == day("2022-04-06", "06/04/2022")
    assert r.remarks is None
    assert r.properties["entity_type"] == "Public Joint Stock Company"
    assert r.properties["websites"] == "www.sberbank.ru"
    assert "statement_of_reasons" not in r.properties  # an empty element is no value


def test_xml_ship(xml_result: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(xml_result[0])["RUS9003"]
    assert (r.name, r.target_type) == ("KOROLEV PROSPECT", TargetType.VESSEL)
    assert r.aliases == []
    assert r.identifiers == [Identifier(type="IMO", value="9826902", raw="IMO9826902")]
    assert r.measures == [Measure.TRANSPORT_SANCTION]  # Deflag + ProhibitionOfPortEntry
    assert r.countries == ["Gabon"]  # the current flag
    assert r.properties["vessel_flag"] == "Gabon"
    assert r.properties["vessel_owner"] == "Stream Ship Management FZCO"
    assert r.properties["vessel_type"] == "Oil Tanker"
    assert r.properties["vessel_year_built"] == "2019"
    assert "ofsi_group_id" not in r.properties  # optional, absent here


def test_xml_partial_dates_keep_their_precision(
    xml_result: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(xml_result[0])["AQD9004"]
    assert r.birth_dates == [
        DateValue(value="1974", precision="year", raw="dd/mm/1974"),
        DateValue(value="1958-09", precision="month", raw="dd/09/1958"),
        DateValue(value="1975", precision="year", raw="00/00/1975"),
        DateValue(value="1985", precision="year", raw="1985"),
    ]
    assert r.aliases == [Alias(name="أبو تست", kind="aka", script="Arabic")]
    assert r.identifiers == [
        Identifier(type="National ID No.", value="0075258", raw="Ration card no.")
    ]
    assert r.programs == [ISIL]
    assert r.legal_basis == [f"{ISIL} (S.I. 2019/466)"]
    assert r.measures == [Measure.ASSET_FREEZE, Measure.TRAVEL_BAN, Measure.ARMS_EMBARGO]
    assert r.birth_places == ["Iraq"]
    assert r.properties["un_reference_number"] == "QDi.999"
    assert r.properties["designation_source"] == "UN"


# ------------------------------------------------------------------------ CSV


def test_csv_rows_fold_into_the_same_records_as_the_xml(
    xml_result: tuple[list[BanRecord], ParseContext],
) -> None:
    records, ctx = run({"UK-Sanctions-List.csv": CSV})
    assert ctx.warnings == []
    # Nine rows (one per name, not adjacent) -> four designations, field for field
    # identical to the XML export of the same list.
    assert [r.record_id for r in records] == ["RUS9001", "RUS9002", "RUS9003", "AQD9004"]
    assert records == xml_result[0]


def test_csv_pipe_separated_dates(tmp_path: Path) -> None:
    records, _ = run({"UK-Sanctions-List.csv": CSV})
    assert [d.raw for d in by_id(records)["AQD9004"].birth_dates] == [
        "dd/mm/1974",
        "dd/09/1958",
        "00/00/1975",
        "1985",
    ]


def csv_text(*rows: str, header: str | None = None) -> bytes:
    lines = CSV.read_bytes().decode("utf-8").split("\r\n")
    head = header if header is not None else lines[1]
    return ("\r\n".join(["Report Date: 02-Mar-2026", head, *rows]) + "\r\n").encode()


def csv_row(uid: str, name6: str, **cells: str) -> str:
    header = CSV.read_bytes().decode("utf-8").split("\r\n")[1].split(",")
    values = {"Unique ID": uid, "Name 6": name6, "Name type": "Primary Name"} | cells
    return ",".join(values.get(h, "") for h in header)


def test_csv_missing_unique_id_is_an_error(tmp_path: Path) -> None:
    files = write(tmp_path, "list.csv", csv_text(csv_row("", "NOBODY")))
    with pytest.raises(ParseError, match=r"gb_fcdo_sanctions: .*line 3: row has no Unique ID"):
        run(files)


def test_csv_row_without_a_name_is_an_error(tmp_path: Path) -> None:
    files = write(tmp_path, "list.csv", csv_text(csv_row("RUS9999", "")))
    with pytest.raises(ParseError, match=r"gb_fcdo_sanctions: .*RUS9999 row has no name"):
        run(files)


def test_csv_missing_required_column(tmp_path: Path) -> None:
    files = write(tmp_path, "list.csv", csv_text("RUS1,X", header="Unique ID,Name 6"))
    with pytest.raises(ParseError, match="lacks required column.*name type"):
        run(files)


def test_csv_truncated_row_is_an_error(tmp_path: Path) -> None:
    files = write(tmp_path, "list.csv", csv_text(csv_row("RUS9999", "X")[:40]))
    with pytest.raises(ParseError, match="line 3: .* fields, the header has 58"):
        run(files)


def test_csv_unknown_column_and_phrase_are_reported(tmp_path: Path) -> None:
    header = CSV.read_bytes().decode("utf-8").split("\r\n")[1] + ",Sanctions Regime Code"
    row = csv_row("RUS9999", "X", **{"Sanctions Imposed": "Asset freeze|Moon embargo"}) + ",RU1"
    records, ctx = run(write(tmp_path, "list.csv", csv_text(row, header=header)))
    (r,) = records
    assert r.properties["sanctions_regime_code"] == "RU1"
    assert r.measures == [Measure.ASSET_FREEZE, Measure.OTHER]
    assert r.properties["unknown_measures"] == "Moon embargo"
    assert any("unknown column 'Sanctions Regime Code'" in w for w in ctx.warnings)
    assert any("'Moon embargo'" in w for w in ctx.warnings)


def test_csv_rows_with_different_last_updated_keep_the_latest(tmp_path: Path) -> None:
    rows = (
        csv_row("RUS9999", "X", **{"Last Updated": "01/02/2023", "Designation Type": "Entity"}),
        csv_row("RUS9999", "Y", **{"Last Updated": "05/06/2024", "Name type": "Alias"}),
        csv_row("RUS9999", "Z", **{"Last Updated": "03/04/2022", "Name type": "Alias"}),
    )
    records, ctx = run(write(tmp_path, "list.csv", csv_text(*rows)))
    assert records[0].properties["last_updated"] == "2024-06-05"
    assert not any("conflicting" in w for w in ctx.warnings)


def test_csv_conflicting_values_are_reported(tmp_path: Path) -> None:
    rows = (
        csv_row("RUS9999", "X", **{"Date Designated": "01/02/2023"}),
        csv_row("RUS9999", "Y", **{"Date Designated": "05/06/2024", "Name type": "Alias"}),
    )
    records, ctx = run(write(tmp_path, "list.csv", csv_text(*rows)))
    assert records[0].listed_on == day("2023-02-01", "01/02/2023")
    assert any("conflicting date_designated" in w for w in ctx.warnings)


def test_csv_cp1252_is_read(tmp_path: Path) -> None:
    row = csv_row("RUS9999", "CAFÉ LTD", **{"Designation Type": "Entity"})
    records, _ = run(write(tmp_path, "list.csv", csv_text(row).decode().encode("cp1252")))
    assert records[0].name == "CAFÉ LTD"


# ------------------------------------------------------------------ detection / errors


def test_detect_format_by_content_not_name(tmp_path: Path) -> None:
    assert detect_format({"x.bin": XML}) == FORMAT_XML
    assert detect_format({"uk-sanctions-list.xml": CSV}) == FORMAT_CSV


def test_html_page_is_an_error(tmp_path: Path) -> None:
    files = write(tmp_path, "UK-Sanctions-List.xml", b"<!DOCTYPE html><html><body>Gone</body>")
    with pytest.raises(ParseError, match=r"^gb_fcdo_sanctions: .*HTML page"):
        run(files)


def test_wrong_xml_root_is_an_error(tmp_path: Path) -> None:
    files = write(tmp_path, "list.xml", b"<sdnList><sdnEntry/></sdnList>")
    with pytest.raises(ParseError, match=r"gb_fcdo_sanctions: .*root element is <sdnList>"):
        run(files)


def test_ofsi_conlist_is_refused_with_a_hint(tmp_path: Path) -> None:
    files = write(tmp_path, "x.csv", b"Last Updated,01/01/2026\r\nName 6,Name 1,Group ID\r\n")
    with pytest.raises(ParseError, match="gb_hmt_ofsi"):
        run(files)


def test_empty_snapshot_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="no files"):
        run({})
    with pytest.raises(ParseError, match="no UK Sanctions List file"):
        run(write(tmp_path, "empty.xml", b""))


def test_missing_unique_id_is_an_error(tmp_path: Path) -> None:
    files = write(tmp_path, "l.xml", xml_doc(designation(), designation(uid="")))
    with pytest.raises(ParseError, match=r"gb_fcdo_sanctions: <Designation> at line 4 has no Uniq"):
        run(files)


def test_missing_name_is_an_error(tmp_path: Path) -> None:
    files = write(tmp_path, "l.xml", xml_doc(designation(name="")))
    with pytest.raises(ParseError, match=r"gb_fcdo_sanctions: .*\(RUS9999\) has no name"):
        run(files)


def test_namespaced_root_without_attributes(tmp_path: Path) -> None:
    root = '<Designations xmlns="urn:example:uk-sanctions">'
    records, ctx = run(write(tmp_path, "l.xml", xml_doc(designation(), root=root)))
    assert [r.record_id for r in records] == ["RUS9999"]
    assert ctx.warnings == []


def test_unknown_elements_and_indicators_are_reported(tmp_path: Path) -> None:
    extra = (
        "<FavouriteColour>blue</FavouriteColour>"
        "<SanctionsImposedIndicators><MoonEmbargo>true</MoonEmbargo>"
        "<SunEmbargo>false</SunEmbargo></SanctionsImposedIndicators>"
    )
    doc = xml_doc(
        designation("RUS9998", extra=extra),
        designation("RUS9999", extra=extra),
        "<Surprise/>",
    )
    records, ctx = run(write(tmp_path, "l.xml", doc))
    assert [r.measures for r in records] == [[Measure.ASSET_FREEZE, Measure.OTHER]] * 2
    assert records[0].properties["unknown_measures"] == "MoonEmbargo"
    warnings = "\n".join(ctx.warnings)
    assert warnings.count("<FavouriteColour>") == 1  # once per distinct element
    assert warnings.count("<MoonEmbargo>") == 1
    assert "<SunEmbargo>" in warnings  # unknown even when false
    assert "<Surprise> under <Designations>" in warnings


def test_unparseable_date_is_warned_and_kept(tmp_path: Path) -> None:
    extra = "<IndividualDetails><Individual><DOBs><DOB>31/02/1970</DOB><DOB>circa 1960</DOB>"
    extra += "</DOBs></Individual></IndividualDetails>"
    records, ctx = run(write(tmp_path, "l.xml", xml_doc(designation(extra=extra))))
    assert records[0].birth_dates == []
    assert records[0].properties["dob_unparsed"] == "31/02/1970; circa 1960"
    assert sum("RUS9999: unparseable dob" in w for w in ctx.warnings) == 2


def test_duplicate_unique_id_is_warned_and_skipped(tmp_path: Path) -> None:
    doc = xml_doc(designation(), designation(name="OTHER"))
    records, ctx = run(write(tmp_path, "l.xml", doc))
    assert [r.name for r in records] == ["TEST ENTITY"]
    assert any("duplicate UniqueID RUS9999" in w for w in ctx.warnings)


def test_xml_and_csv_together_parse_the_xml_and_cross_check(tmp_path: Path) -> None:
    other = write(tmp_path, "l.xml", xml_doc(designation()))
    records, ctx = run({"UK-Sanctions-List.csv": CSV} | other)
    assert [r.record_id for r in records] == ["RUS9999"]
    assert any("disagree" in w and "AQD9004" in w for w in ctx.warnings)


def test_same_passport_number_from_two_countries_is_kept_twice(tmp_path: Path) -> None:
    # Was: identifiers deduplicated on (type, number), so the second passport vanished.
    # The issuing country is only in the additional information.
    def passport(number: str, info: str) -> str:
        return (
            f"<Passport><PassportNumber>{number}</PassportNumber>"
            f"<PassportAdditionalInformation>{info}</PassportAdditionalInformation></Passport>"
        )

    passports = (
        passport("P123456", "Iraqi passport, issued 2001")
        + passport("P123456", "Syrian passport, issued 2005")
        + passport("P123456", "Iraqi passport, issued 2001")  # a repeat: once
    )
    extra = (
        "<IndividualDetails><Individual>"
        f"<PassportDetails>{passports}</PassportDetails></Individual></IndividualDetails>"
    )
    records, _ = run(write(tmp_path, "UK-Sanctions-List.xml", xml_doc(designation(extra=extra))))
    assert records[0].identifiers == [
        Identifier(type="Passport", value="P123456", raw="Iraqi passport, issued 2001"),
        Identifier(type="Passport", value="P123456", raw="Syrian passport, issued 2005"),
    ]


def test_no_primary_name_takes_the_first(tmp_path: Path) -> None:
    names = (
        "<Names><Name><Name6>FIRST</Name6><NameType>Alias</NameType></Name>"
        "<Name><Name6>SECOND</Name6><NameType>Alias</NameType></Name></Names>"
    )
    d = designation(name="").replace("<RegimeName>", names + "<RegimeName>")
    records, ctx = run(write(tmp_path, "l.xml", xml_doc(d)))
    assert records[0].name == "FIRST"
    assert records[0].aliases == [Alias(name="SECOND")]
    assert records[0].properties["name_source"] == "first listed name (no primary name given)"
    assert any("no primary name" in w for w in ctx.warnings)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12/11/1967", ("1967-11-12", "day")),
        ("1/2/1967", ("1967-02-01", "day")),
        ("dd/mm/1968", ("1968", "year")),
        ("DD/MM/1968", ("1968", "year")),
        ("00/00/1960", ("1960", "year")),
        ("dd/09/1958", ("1958-09", "month")),
        ("00/09/1958", ("1958-09", "month")),
        ("12/mm/1970", ("1970", "year")),
        ("1985", ("1985", "year")),
        ("31/02/1970", None),
        ("13/13/1970", None),
        ("circa 1960", None),
    ],
)
def test_uk_date(raw: str, expected: tuple[str, str] | None) -> None:
    got = uk_date(raw)
    assert (None if got is None else (got.value, got.precision)) == expected
    if got is not None:
        assert got.raw == raw


def test_detect_script() -> None:
    assert detect_script("ПАО Сбербанк") == "Cyrillic"
    assert detect_script("عبد اللطيف منصور") == "Arabic"
    assert detect_script("金正恩") == "Han"
    assert detect_script("김정은") == "Hangul"
    assert detect_script("Latin only") is None


# ------------------------------------------------------------------ real samples


def test_sample_2026_08_14() -> None:
    path = sample("uk_sanctions_list", "UK-Sanctions-List_excerpt_2026-08-14.xml")
    records, ctx = run({path.name: path})
    assert [r.record_id for r in records] == ["AFG0011", "AQD0128", "AQD0377", "DPR0075"]
    assert ctx.warnings == []
    r = by_id(records)
    afg = r["AFG0011"]
    assert afg.name == "ABDUL LATIF MANSUR"
    assert afg.birth_dates == [
        DateValue(value="1968", precision="year", raw="dd/mm/1968"),
        day("1967-11-12", "12/11/1967"),  # listed twice in the file
    ]
    assert [i.value for i in afg.identifiers] == ["D0009720", "D0010442"]  # " D0009720"
    assert Alias(name="عبد اللطيف منصور", kind="aka", script="Arabic") in afg.aliases
    assert afg.addresses == [Address(street="Darul Aman, Kabul", country="Afghanistan")]
    assert afg.measures == [Measure.ASSET_FREEZE, Measure.TRAVEL_BAN]
    assert afg.title == "Maulavi"
    assert afg.listed_on == day("2001-01-31", "31/01/2001")
    aqd = r["AQD0128"]
    assert aqd.name == "AKRAM TURKI HISHAN AL-MAZIDIH"  # NameType "Primary name"
    assert DateValue(value="1958-09", precision="month", raw="dd/09/1958") in aqd.birth_dates
    assert aqd.identifiers[0].value == "0075258"  # leading zero kept
    assert [a.kind for a in aqd.aliases[:3]] == ["weak", "aka", "weak"]
    assert r["AQD0377"].target_type is TargetType.ORGANIZATION
    assert Alias(name="Jannat Oshiklari") in r["AQD0377"].aliases
    ship = r["DPR0075"]
    assert ship.target_type is TargetType.VESSEL
    assert ship.identifiers == [Identifier(type="IMO", value="9562233", raw="IMO9562233")]
    assert ship.measures == [Measure.TRANSPORT_SANCTION]


def test_sample_2026_09_10_stripped_root() -> None:
    path = sample("uk_sanctions_list", "UK-Sanctions-List_excerpt_2026-09-10.xml")
    records, ctx = run({path.name: path})
    assert [r.record_id for r in records] == ["AFG0001", "AFG0006", "BEL0107", "DPR0075", "AQD0195"]
    assert ctx.warnings == []
    r = by_id(records)
    assert r["AFG0006"].aliases[0] == Alias(name="Mohammad Akhwand")  # Primary Name Variation
    assert r["AFG0006"].title == "Mullah; Haji"
    assert len(r["AFG0006"].identifiers) == 2  # the passport is listed twice
    assert r["AFG0006"].properties["designation_source"] == "UK; UN"
    bnk = r["BEL0107"]
    assert bnk.measures == [Measure.ASSET_FREEZE, Measure.OTHER]  # + director disqualification
    assert bnk.addresses == [
        Address(
            street="Salatin House, 19 Cedar Road, Sutton, Surrey",
            postal_code="SM2 5DA",
            country="United Kingdom",
        )
    ]
    assert r["AFG0001"].properties["phone_numbers"] == "0202-104748"
    assert r["AQD0195"].birth_places == ["Moroni, Comoros"]


def test_sample_csv_one_row() -> None:
    path = sample(
        "uk_sanctions_list", "UK-Sanctions-List_csv_header_plus_1_real_row_2026-10-08.csv"
    )
    records, ctx = run({path.name: path})
    assert ctx.warnings == []
    (r,) = records
    assert (r.record_id, r.name, r.target_type) == ("RUS2176", "KOROLEV PROSPECT", "vessel")
    assert r.identifiers == [Identifier(type="IMO", value="9826902", raw="IMO9826902")]
    assert r.measures == [Measure.TRANSPORT_SANCTION]
    assert r.listed_on == day("2024-07-31", "31/07/2024")
    assert r.properties["sanctions_imposed"] == "Shipping sanctions: (see 'Other information')"
    assert r.properties["statement_of_reasons"].startswith("KOROLEV PROSPECT (IMO 9826902)")


# ------------------------------------------------------------------------ demo


def test_demo_days_match_the_declared_changes(tmp_path: Path) -> None:
    result = demo_generator(SOURCE)(tmp_path)
    days = {}
    for d in ("day1", "day2"):
        files = day_files(tmp_path, SOURCE, d)
        assert list(files) == ["UK-Sanctions-List.xml"]
        records, ctx = run(files)
        assert ctx.warnings == []
        days[d] = {r.record_id: r.content_hash() for r in records}
    expected = result.expected
    assert_declared_changes(days["day1"], days["day2"], expected)
    assert len(expected["added"]) >= 2 and len(expected["removed"]) == 1
    assert 1 <= len(expected["modified"]) <= 2
