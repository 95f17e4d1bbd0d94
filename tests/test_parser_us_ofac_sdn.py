"""The OFAC SDN parser against small hand-written fixtures (CSV set and legacy XML)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.parsing import by_id, parse_snapshot
from transforms.base import ParseContext, ParseError
from transforms.model import Address, Alias, BanRecord, DateValue, Identifier, Measure, TargetType
from transforms.sources.us_ofac_sdn.parser import (
    detect_format,
    legal_basis_for,
    parse,
    parse_birth_dates,
)

SOURCE = "us_ofac_sdn"
URL = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV"
FIXTURES = Path(__file__).parent / "fixtures" / "us_ofac_sdn"
CSV_DIR = FIXTURES / "csv"
XML_OLD = FIXTURES / "xml" / "sdn_tempuri.xml"
XML_NEW = FIXTURES / "xml" / "sdn_2024.xml"
CSV_NAMES = ("SDN.CSV", "ADD.CSV", "ALT.CSV", "SDN_COMMENTS.CSV")

# A real SDN.CSV row shape (12 columns) used to build ad-hoc snapshots in tmp_path.
NULLS = ",".join(["-0- "] * 7)


def csv_files(names: tuple[str, ...] = CSV_NAMES) -> dict[str, Path]:
    return {n: CSV_DIR / n for n in names}


def run(files: dict[str, Path]) -> tuple[list[BanRecord], ParseContext]:
    return parse_snapshot(parse, files, SOURCE, URL)


def write(path: Path, rows: list[str], ctrl_z: bool = True, encoding: str = "utf-8") -> Path:
    data = "".join(f"{r}\r\n" for r in rows) + ("\x1a" if ctrl_z else "")
    path.write_bytes(data.encode(encoding))
    return path


# ------------------------------------------------------------------------ CSV set


@pytest.fixture(scope="module")
def csv_result() -> tuple[list[BanRecord], ParseContext]:
    return run(csv_files())


def test_csv_one_record_per_row_in_file_order(
    csv_result: tuple[list[BanRecord], ParseContext],
) -> None:
    records, ctx = csv_result
    assert [r.record_id for r in records] == [
        "1001",
        "1002",
        "1003",
        "1004",
        "1005",
        "1006",
        "1007",
    ]
    assert ctx.warnings == []  # the trailing Ctrl-Z and `-0-` nulls are not oddities


def test_csv_common_fields(csv_result: tuple[list[BanRecord], ParseContext]) -> None:
    for r in csv_result[0]:
        assert r.source == SOURCE
        assert r.authority == "OFAC"
        assert r.jurisdiction == "US"
        assert r.measures == [Measure.ASSET_FREEZE]
        assert r.source_url == URL
        assert r.listed_on is None


def test_csv_individual_with_dob_passport_and_remarks_tokens(
    csv_result: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(csv_result[0])["1001"]
    assert r.name == "KOVALENKO, Ivan Petrovich"
    assert r.target_type is TargetType.PERSON
    assert r.programs == ["CYBER2", "RUSSIA-EO14024"]
    assert r.legal_basis == ["E.O. 13694, as amended by E.O. 13757", "E.O. 14024"]
    assert r.birth_dates == [
        DateValue(value="1971-03-14", precision="day", raw="14 Mar 1971"),
        DateValue(value="1972", precision="year", raw="1972"),
    ]
    assert r.birth_places == ["Omsk, Russia"]
    assert r.nationalities == ["Russia", "Ukraine"]  # "nationality" and "citizen"
    assert r.countries == ["Russia", "Ukraine"]  # address country first, then nationalities
    assert r.identifiers == [
        Identifier(
            type="Passport",
            value="7512345678",
            country="Russia",
            raw="Passport 7512345678 (Russia) issued 01 Feb 2010",
        ),
        Identifier(
            type="National ID No.",
            value="4321-998877",
            country="Ukraine",
            raw="National ID No. 4321-998877 (Ukraine)",
        ),
        Identifier(
            type="Email Address",
            value="ivan.k@example.test",
            raw="Email Address ivan.k@example.test",
        ),
    ]
    assert r.properties == {"gender": "Male"}
    # ALT.CSV aliases first; the remarks' a.k.a. 'KOVALENKO, Ivan' duplicates ALT and
    # is not added twice, 'VANYA' exists only in the remarks (a low-quality a.k.a.).
    assert r.aliases == [
        Alias(name="KOVALENKO, Ivan", kind="aka"),
        Alias(name="PETROV, Ivan", kind="fka"),
        Alias(name="VANYA", kind="weak"),
    ]
    assert r.addresses == [Address(street="Ulitsa Lenina 5", city="Omsk 644000", country="Russia")]
    assert r.remarks is not None and r.remarks.startswith("DOB 14 Mar 1971; alt. DOB 1972;")
    assert r.remarks.endswith("a.k.a. 'KOVALENKO, Ivan'.")
    assert r.title is None


def test_csv_entity_with_programs_aliases_addresses(
    csv_result: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(csv_result[0])["1002"]
    assert r.name == "BLUE HARBOR TRADING FZE"
    assert r.target_type is TargetType.ORGANIZATION  # empty SDN_Type = entity
    assert r.programs == ["SDGT", "IFSR", "IRAN-EO13846"]
    assert r.legal_basis == [
        "E.O. 13224",
        "Iranian Financial Sanctions Regulations, 31 CFR part 561",
        "E.O. 13846",
    ]
    assert r.aliases == [
        Alias(name="BLUE HARBOUR TRADING", kind="aka"),
        Alias(name="BH TRADING FZE", kind="nka"),
        Alias(name="BHT", kind="weak"),  # alt_remarks "weak"
    ]
    assert r.addresses == [
        Address(
            street="Office 12, Jebel Ali Free Zone", city="Dubai", country="United Arab Emirates"
        ),
        Address(
            street="100 Market Street",
            city="Wilmington, DE 19801",
            country="United States",
            remarks="Registered agent office",
        ),
    ]
    assert r.countries == ["United Arab Emirates", "United States"]
    assert r.identifiers == [
        Identifier(
            type="Registration Number",
            value="556677",
            country="United Arab Emirates",
            raw="Registration Number 556677 (United Arab Emirates)",
        ),
        Identifier(
            type="Business Registration Number",
            value="0582030",
            country="United States",
            raw="Business Registration Number 0582030 (Delaware) (United States)",
        ),
        Identifier(
            type="Website", value="www.blueharbor.example", raw="Website www.blueharbor.example"
        ),
    ]
    assert r.properties == {
        "additional_sanctions_information": "Subject to Secondary Sanctions",
        "linked_to": "KOVALENKO, Ivan Petrovich",
    }
    assert r.nationalities == [] and r.birth_dates == []


def test_csv_vessel(csv_result: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(csv_result[0])["1003"]
    assert r.target_type is TargetType.VESSEL
    assert r.name == "SEA FALCON"
    assert r.programs == ["IRAN"]
    assert r.legal_basis == []  # IRAN rests on several orders: deliberately not mapped
    assert r.properties == {
        "call_sign": "9BXY7",
        "vessel_type": "Crude Oil Tanker",
        "vessel_tonnage": "150,000",
        "vessel_grt": "81,200",
        "vessel_flag": "Panama",
        "vessel_owner": "BLUE HARBOR TRADING FZE",
        "linked_to": "BLUE HARBOR TRADING FZE",
    }
    assert r.countries == ["Panama"]  # the flag
    assert r.identifiers == [
        Identifier(
            type="IMO", value="9123456", raw="Vessel Registration Identification IMO 9123456"
        ),
        Identifier(type="MMSI", value="352001234", raw="MMSI 352001234"),
    ]
    assert r.addresses == []  # its ADD.CSV row is `-0-` in every column


def test_csv_remarks_continue_in_sdn_comments(
    csv_result: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(csv_result[0])["1004"]
    # SDN.CSV cut the remarks mid-address ("0xabc"); SDN_COMMENTS.CSV carries "def123; ...".
    assert r.remarks == (
        "Website northwind.example; Digital Currency Address - XBT 1NorthWindAbc; "
        "alt. Digital Currency Address - ETH 0xabcdef123; "
        "Organization Established Date 02 Jan 2019; a.k.a. 'NWX'."
    )
    assert (
        Identifier(
            type="Digital Currency Address - ETH",
            value="0xabcdef123",
            raw="Digital Currency Address - ETH 0xabcdef123",
        )
        in r.identifiers
    )
    assert r.aliases == [Alias(name="NWX", kind="weak")]
    assert r.properties == {"organization_established_date": "02 Jan 2019"}


def test_csv_dob_circa_and_range_and_title(
    csv_result: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(csv_result[0])["1005"]
    assert r.title == "Commander of the Example Brigade"
    assert [(d.value, d.precision, d.raw) for d in r.birth_dates] == [
        ("1965", "year", "circa 1965"),
        ("1968", "year", "1968 to 1970"),
        ("1969", "year", "1968 to 1970"),
        ("1970", "year", "1968 to 1970"),
    ]
    assert r.birth_places == ["Mosul, Iraq"]
    assert r.nationalities == ["Iraq"]  # the remarks' final "." is not part of the value


def test_csv_aircraft_and_bare_null_marker(
    csv_result: tuple[list[BanRecord], ParseContext],
) -> None:
    records = by_id(csv_result[0])
    aircraft = records["1006"]
    assert aircraft.target_type is TargetType.AIRCRAFT
    assert aircraft.properties == {"aircraft_model": "Boeing 747-200", "linked_to": "EXAMPLE AIR"}
    assert aircraft.identifiers == [
        Identifier(
            type="Aircraft Manufacturer's Serial Number (MSN)",
            value="21500",
            raw="Aircraft Manufacturer's Serial Number (MSN) 21500",
        )
    ]
    # `-0-` without the trailing space is a null too, including the remarks column.
    plain = records["1007"]
    assert plain.name == "MÜLLER, Hans-Jürgen"
    assert plain.remarks is None and plain.title is None and plain.properties == {}
    assert plain.legal_basis == ["E.O. 13818"]


def test_lone_sdn_csv_parses() -> None:
    records, ctx = run(csv_files(("SDN.CSV",)))
    assert len(records) == 7
    assert ctx.warnings == []
    r = by_id(records)["1001"]
    assert r.addresses == []
    assert r.aliases == [
        Alias(name="VANYA", kind="weak"),
        Alias(name="KOVALENKO, Ivan", kind="weak"),
    ]
    # Without SDN_COMMENTS.CSV the cut remarks are all there is.
    assert by_id(records)["1004"].remarks is not None
    assert by_id(records)["1004"].remarks.endswith("ETH 0xabc")  # type: ignore[union-attr]


def test_format_detected_by_content_not_name(tmp_path: Path) -> None:
    files: dict[str, Path] = {}
    for i, name in enumerate(CSV_NAMES):  # shuffled, lower-case / arbitrary names
        target = tmp_path / f"download_{3 - i}.dat"
        shutil.copy(CSV_DIR / name, target)
        files[target.name] = target
    assert detect_format(files) == "ofac_csv"
    records, ctx = run(files)
    assert records == run(csv_files())[0]
    assert ctx.warnings == []

    lower = tmp_path / "sdn.csv"
    shutil.copy(CSV_DIR / "SDN.CSV", lower)
    assert detect_format({"sdn.csv": lower}) == "ofac_csv"

    xml = tmp_path / "whatever.bin"
    shutil.copy(XML_OLD, xml)
    assert detect_format({"SDN.CSV": xml}) == "sdn_xml"  # an XML body under a CSV name
    assert [r.record_id for r in run({"SDN.CSV": xml})[0]] == ["2001", "2002", "2003"]


def test_output_is_deterministic() -> None:
    first = [r.content_hash() for r in run(csv_files())[0]]
    assert first == [r.content_hash() for r in run(csv_files())[0]]


def test_cp1252_fallback(tmp_path: Path) -> None:
    sdn = write(
        tmp_path / "SDN.CSV",
        [f'7,"CAF\u00c9 DEL MAR S.A.",-0- ,"SDNT",{NULLS},"POB Bogot\u00e1, Colombia."'],
        encoding="cp1252",
    )
    with pytest.raises(UnicodeDecodeError):
        sdn.read_bytes().decode("utf-8")
    records, ctx = run({"SDN.CSV": sdn})
    assert records[0].name == "CAFÉ DEL MAR S.A."
    assert records[0].birth_places == ["Bogotá, Colombia"]
    assert ctx.warnings == []


def test_orphan_side_rows_and_unknown_type_are_warned(tmp_path: Path) -> None:
    sdn = write(
        tmp_path / "a",
        [f'7,"THING",-0- ,"SDGT",{NULLS},-0- ', f'8,"ODD",robot,"SDGT",{NULLS},-0- '],
    )
    add = write(tmp_path / "b", ['99,1,"Street 1","City","Chad",-0- '])
    alt = write(tmp_path / "c", ['98,2,"aka","NOBODY",-0- ', '7,3,"aka","THING TWO",-0- '])
    records, ctx = run({"a": sdn, "b": add, "c": alt})
    assert [r.record_id for r in records] == ["7", "8"]
    assert records[0].aliases == [Alias(name="THING TWO")]
    assert records[1].target_type is TargetType.OTHER
    assert any("8" in w and "robot" in w for w in ctx.warnings)
    assert any("b:" in w and "ent_num 99" in w for w in ctx.warnings)
    assert any("c:" in w and "ent_num 98" in w for w in ctx.warnings)
    assert len(ctx.warnings) == 3


# ------------------------------------------------------------------------ CSV errors


def test_html_page_served_as_sdn_csv(tmp_path: Path) -> None:
    page = tmp_path / "SDN.CSV"
    page.write_text(
        "<!DOCTYPE html>\n<html><head><title>Error</title></head><body>503</body></html>"
    )
    with pytest.raises(ParseError) as err:
        run({"SDN.CSV": page, "ALT.CSV": CSV_DIR / "ALT.CSV"})
    assert err.value.source == SOURCE
    assert "us_ofac_sdn" in str(err.value) and "HTML" in str(err.value)
    with pytest.raises(ParseError, match="HTML"):
        detect_format({"SDN.CSV": page})


def test_html_page_served_as_side_file(tmp_path: Path) -> None:
    page = tmp_path / "ADD.CSV"
    page.write_text("<html><body>Access denied</body></html>")
    with pytest.raises(ParseError, match=r"us_ofac_sdn: ADD\.CSV: .*HTML"):
        run({"SDN.CSV": CSV_DIR / "SDN.CSV", "ADD.CSV": page})


def test_row_with_wrong_column_count(tmp_path: Path) -> None:
    sdn = write(
        tmp_path / "SDN.CSV",
        [f'7,"ONE",-0- ,"SDGT",{NULLS},-0- ', f'8,"TWO",-0- ,"SDGT",{NULLS}'],
    )
    with pytest.raises(ParseError, match=r"us_ofac_sdn: SDN\.CSV line 2: 11 columns, expected 12"):
        run({"SDN.CSV": sdn})


def test_first_row_with_unknown_shape(tmp_path: Path) -> None:
    sdn = write(tmp_path / "SDN.CSV", ['7,"ONE",-0- ,"SDGT"'])
    with pytest.raises(ParseError, match="first row has 4 columns"):
        run({"SDN.CSV": sdn})


def test_row_with_empty_name(tmp_path: Path) -> None:
    sdn = write(
        tmp_path / "SDN.CSV",
        [f'7,"ONE",-0- ,"SDGT",{NULLS},-0- ', f'8,-0- ,-0- ,"SDGT",{NULLS},-0- '],
    )
    with pytest.raises(ParseError, match=r"line 2: record 8 has no SDN_Name"):
        run({"SDN.CSV": sdn})


def test_row_with_missing_ent_num(tmp_path: Path) -> None:
    sdn = write(
        tmp_path / "SDN.CSV",
        [f'7,"ONE",-0- ,"SDGT",{NULLS},-0- ', f'-0- ,"TWO",-0- ,"SDGT",{NULLS},-0- '],
    )
    with pytest.raises(ParseError, match=r"SDN\.CSV line 2: missing ent_num"):
        run({"SDN.CSV": sdn})


def test_no_main_file(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="no SDN main file"):
        run(csv_files(("ADD.CSV", "ALT.CSV")))
    with pytest.raises(ParseError, match="no files"):
        run({})


def test_two_main_files_are_ambiguous(tmp_path: Path) -> None:
    copy = tmp_path / "other.csv"
    shutil.copy(CSV_DIR / "SDN.CSV", copy)
    with pytest.raises(ParseError, match="several files look like the SDN main file"):
        run({"SDN.CSV": CSV_DIR / "SDN.CSV", "other.csv": copy})


def test_empty_side_file_is_ignored_with_warning(tmp_path: Path) -> None:
    empty = tmp_path / "SDN_COMMENTS.CSV"
    empty.write_bytes(b"\x1a")
    records, ctx = run({"SDN.CSV": CSV_DIR / "SDN.CSV", "SDN_COMMENTS.CSV": empty})
    assert len(records) == 7
    assert ctx.warnings == ["SDN_COMMENTS.CSV: file is empty; ignored"]


# ------------------------------------------------------------------------------ XML


def test_xml_old_namespace() -> None:
    assert detect_format({"SDN.XML": XML_OLD}) == "sdn_xml"
    records, ctx = run({"SDN.XML": XML_OLD})
    assert ctx.warnings == []
    bank, person, vessel = records

    assert bank.record_id == "2001"
    assert bank.name == "GREY LANTERN BANK"
    assert bank.target_type is TargetType.ORGANIZATION
    assert bank.programs == ["SDGT", "IFSR"]
    assert bank.legal_basis == [
        "E.O. 13224",
        "Iranian Financial Sanctions Regulations, 31 CFR part 561",
    ]
    assert bank.aliases == [
        Alias(name="GLB", kind="weak"),  # category weak
        Alias(name="GREY LANTERN SAVINGS", kind="fka"),
    ]
    assert bank.addresses == [
        Address(
            street="Example Tower, Floor 9", city="Beirut", postal_code="1107", country="Lebanon"
        )
    ]
    assert bank.countries == ["Lebanon"]
    assert bank.identifiers == [
        Identifier(type="SWIFT/BIC", value="GRLNXX22", raw="SWIFT/BIC GRLNXX22")
    ]
    assert bank.properties == {"additional_sanctions_information": "Subject to Secondary Sanctions"}
    assert bank.remarks == "Example remark for an entity."
    assert bank.measures == [Measure.ASSET_FREEZE]

    assert person.record_id == "2002"
    assert person.name == "HADDAD, Karim"  # "LAST, First" like SDN.CSV
    assert person.target_type is TargetType.PERSON
    assert person.title == "Treasurer of GREY LANTERN BANK"
    assert person.aliases == [Alias(name="AL-HADDAD, Karim", kind="aka")]
    assert person.nationalities == ["Lebanon", "Syria"]  # nationality + citizenship, deduped
    assert person.countries == ["Lebanon", "Syria"]
    assert person.birth_dates == [
        DateValue(value="1970-06-05", precision="day", raw="05 Jun 1970"),
        DateValue(value="1971", precision="year", raw="circa 1971"),
    ]
    assert person.birth_places == ["Tripoli, Lebanon"]
    assert person.identifiers == [
        Identifier(
            type="Passport",
            value="RL0012345",
            country="Lebanon",
            raw="Passport RL0012345 (Lebanon) issued 02 Feb 2012 expires 01 Feb 2022",
        )
    ]
    assert person.properties == {"gender": "Male"}
    assert person.remarks is None

    assert vessel.target_type is TargetType.VESSEL
    assert vessel.identifiers == [
        Identifier(
            type="IMO",
            value="9234567",
            country="Iran",
            raw="Vessel Registration Identification IMO 9234567 (Iran)",
        )
    ]
    assert vessel.properties == {
        "call_sign": "EPAB9",
        "vessel_type": "General Cargo",
        "vessel_flag": "Iran",
        "vessel_owner": "GREY LANTERN BANK",
        "vessel_tonnage": "12,000",
        "vessel_grt": "8,500",
    }
    assert vessel.countries == ["Iran"]


def test_xml_2024_namespace() -> None:
    records, ctx = run({"sdn.xml": XML_NEW})
    assert ctx.warnings == []
    person, vessel = records
    assert person.record_id == "2101"
    assert person.name == "VOLKOVA, Elena"
    assert person.legal_basis == ["E.O. 14024"]
    assert person.addresses == [Address(city="Moscow", region="Moscow Oblast", country="Russia")]
    assert [d.value for d in person.birth_dates] == ["1980", "1981", "1982"]
    assert {d.raw for d in person.birth_dates} == {"1980 to 1982"}
    assert person.identifiers == [
        Identifier(
            type="Email Address",
            value="e.volkova@example.test",
            raw="Email Address e.volkova@example.test",
        ),
        Identifier(
            type="Tax ID No.",
            value="770012345678",
            country="Russia",
            raw="Tax ID No. 770012345678 (Russia)",
        ),
    ]
    # Same key and spelling as the CSV remarks token "Secondary sanctions risk: ...".
    assert person.properties == {
        "secondary_sanctions_risk": "See Section 11 of Executive Order 14024"
    }
    assert vessel.name == "POLAR WIND"
    assert vessel.aliases == [Alias(name="NORDIC WIND", kind="fka")]
    assert vessel.properties == {
        "call_sign": "D5AB1",
        "vessel_type": "Crude Oil Tanker",
        "vessel_flag": "Liberia",
    }
    assert vessel.countries == ["Liberia"]


def test_xml_unknown_elements_are_warned(tmp_path: Path) -> None:
    text = XML_NEW.read_text(encoding="utf-8")
    text = text.replace(
        "<uid>2102</uid>", "<uid>2102</uid>\n    <sanctionsDate>2026-01-01</sanctionsDate>"
    ).replace("<city>Moscow</city>", "<city>Moscow</city><district>Tverskoy</district>")
    path = tmp_path / "SDN.XML"
    path.write_text(text, encoding="utf-8")
    records, ctx = run({"SDN.XML": path})
    assert len(records) == 2  # reported, not fatal
    assert any("2102" in w and "<sanctionsDate>" in w for w in ctx.warnings)
    assert any("2101" in w and "<district>" in w and "<address>" in w for w in ctx.warnings)
    assert len(ctx.warnings) == 2


def test_xml_record_count_mismatch_is_warned(tmp_path: Path) -> None:
    path = tmp_path / "SDN.XML"
    text = XML_NEW.read_text(encoding="utf-8")
    path.write_text(text.replace("<Record_Count>2<", "<Record_Count>900<"), encoding="utf-8")
    records, ctx = run({"SDN.XML": path})
    assert len(records) == 2
    assert ctx.warnings == [
        "SDN.XML: publshInformation Record_Count says 900, but 2 sdnEntry elements were parsed"
    ]


def test_xml_not_sdnlist(tmp_path: Path) -> None:
    path = tmp_path / "SDN.XML"
    path.write_text('<?xml version="1.0"?><Sanctions xmlns="http://www.un.org/sanctions/1.0"/>')
    with pytest.raises(ParseError, match=r"us_ofac_sdn: SDN\.XML: XML root element is <Sanctions>"):
        run({"SDN.XML": path})


def test_xml_truncated(tmp_path: Path) -> None:
    path = tmp_path / "SDN.XML"
    data = XML_OLD.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(ParseError, match="malformed XML"):
        run({"SDN.XML": path})


def test_xml_entry_without_name(tmp_path: Path) -> None:
    path = tmp_path / "SDN.XML"
    text = XML_NEW.read_text(encoding="utf-8").replace("<lastName>POLAR WIND</lastName>", "")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError, match="sdnEntry 2102 .* has no lastName"):
        run({"SDN.XML": path})


def test_xml_mixed_with_csv_is_rejected() -> None:
    with pytest.raises(ParseError, match="mixes SDN XML with OFAC CSV"):
        run({"SDN.XML": XML_OLD, "SDN.CSV": CSV_DIR / "SDN.CSV"})


def test_xml_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    path = tmp_path / "SDN.XML"
    text = XML_NEW.read_text(encoding="utf-8")
    text = text.replace(
        '<?xml version="1.0" standalone="yes"?>',
        f'<?xml version="1.0"?>\n<!DOCTYPE sdnList [<!ENTITY x SYSTEM "file://{secret}">]>',
    ).replace("<lastName>POLAR WIND</lastName>", "<lastName>POLAR WIND&x;</lastName>")
    path.write_text(text, encoding="utf-8")
    records, _ = run({"SDN.XML": path})
    assert all("TOP SECRET" not in r.model_dump_json() for r in records)


# -------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("28 Jul 1963", [("1963-07-28", "day")]),
        ("Jul 1963", [("1963-07", "month")]),
        ("1963", [("1963", "year")]),
        ("circa 1960", [("1960", "year")]),
        ("circa 07 Jul 1966", [("1966-07-07", "day")]),
        ("1963 to 1965", [("1963", "year"), ("1964", "year"), ("1965", "year")]),
        (
            "circa 1979-1982",
            [("1979", "year"), ("1980", "year"), ("1981", "year"), ("1982", "year")],
        ),
        ("01 Jan 1960 to 31 Dec 1961", [("1960", "year"), ("1961", "year")]),
        ("01 Feb 1960 to 29 Feb 1960", [("1960-02", "month")]),
        ("Mar 1965 to Feb 1966", [("1965-03", "month"), ("1966-02", "month")]),
        ("1900 to 1990", [("1900", "year"), ("1990", "year")]),  # too wide: end points only
        ("unknown", []),
    ],
)
def test_parse_birth_dates(raw: str, expected: list[tuple[str, str]]) -> None:
    dates = parse_birth_dates(raw)
    assert [(d.value, d.precision) for d in dates] == expected
    assert all(d.raw == raw for d in dates)


def test_unparseable_dob_is_kept_and_warned(tmp_path: Path) -> None:
    sdn = write(
        tmp_path / "SDN.CSV", [f'7,"ONE","individual","SDGT",{NULLS},"DOB sometime in spring."']
    )
    records, ctx = run({"SDN.CSV": sdn})
    assert records[0].birth_dates == []
    assert records[0].properties == {"dob_unparsed": "sometime in spring"}
    assert ctx.warnings == [
        "record 7: unparseable date of birth 'sometime in spring' kept in properties"
    ]


@pytest.mark.parametrize(
    ("program", "basis"),
    [
        ("SDGT", "E.O. 13224"),
        ("SDNTK", "Foreign Narcotics Kingpin Designation Act"),
        ("CYBER2", "E.O. 13694, as amended by E.O. 13757"),
        ("UKRAINE-EO13662", "E.O. 13662"),
        ("RUSSIA-EO14024", "E.O. 14024"),
        ("EO13645", "E.O. 13645"),
        ("IRAN", None),
        ("SYRIA", None),
    ],
)
def test_legal_basis_for(program: str, basis: str | None) -> None:
    assert legal_basis_for(program) == basis
