"""The OFAC SDN parser against real published files (shared samples, not in the repo).

The samples live outside the repository (default: <repo>/../shared/samples, override
with BANWATCH_SAMPLES); the module is skipped when they are absent. Expected values
are computed independently from the raw files with the csv module / lxml where
possible, so the parser is checked against the data, not against itself.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from transforms.base import ParseContext
from transforms.model import Address, Alias, BanRecord, DateValue, Identifier, Measure, TargetType
from transforms.sources.us_ofac_sdn.parser import detect_format, parse

SAMPLES = Path(
    os.environ.get("BANWATCH_SAMPLES") or Path(__file__).resolve().parents[2] / "shared" / "samples"
)
OFAC = SAMPLES / "ofac"
FULL = OFAC / "sdn_csv_full_2021"
EXCERPT = OFAC / "sdn_csv_excerpt"
XML_DIR = OFAC / "sdn_xml"

pytestmark = pytest.mark.skipif(
    not (FULL / "SDN.CSV").is_file(), reason=f"OFAC samples not found under {OFAC}"
)


def files_in(folder: Path) -> dict[str, Path]:
    return {p.name: p for p in sorted(folder.iterdir()) if p.is_file()}


def run(files: dict[str, Path]) -> tuple[list[BanRecord], ParseContext]:
    ctx = ParseContext(source="us_ofac_sdn", source_url="https://example.test/SDN.CSV")
    return list(parse(files, ctx)), ctx


def raw_rows(path: Path) -> Iterator[list[str]]:
    """Rows as the csv module sees them, minus the Ctrl-Z EOF line."""
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh):
            if row and row != ["\x1a"]:
                yield row


def null(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-0-") else value


# -------------------------------------------------------------------- full 2021 CSV


@pytest.fixture(scope="module")
def full() -> tuple[list[BanRecord], ParseContext]:
    return run(files_in(FULL))


@pytest.fixture(scope="module")
def full_by_id(full: tuple[list[BanRecord], ParseContext]) -> dict[str, BanRecord]:
    return {r.record_id: r for r in full[0]}


def test_full_every_sdn_row_once_in_order(full: tuple[list[BanRecord], ParseContext]) -> None:
    records, ctx = full
    assert detect_format(files_in(FULL)) == "ofac_csv"
    ent_nums = [row[0] for row in raw_rows(FULL / "SDN.CSV")]
    assert len(records) == 8976
    assert [r.record_id for r in records] == ent_nums
    assert len(set(ent_nums)) == 8976
    assert ctx.warnings == []  # every ADD/ALT row matches an entry, every DOB parses


def test_full_aliases_attached(full_by_id: dict[str, BanRecord]) -> None:
    alt_rows = list(raw_rows(FULL / "ALT.CSV"))
    assert len(alt_rows) == 11910
    # ALT.CSV aliases in file order (deduplicated, minus the primary name), then the
    # low-quality a.k.a.s quoted in the remarks that ALT.CSV does not already have.
    expected: dict[str, list[str]] = {}
    for ent, _num, _type, name, _rmk in alt_rows:
        assert ent in full_by_id, f"ALT row for unknown ent_num {ent}"
        expected.setdefault(ent, []).append(name)
    attached = 0
    for record in full_by_id.values():
        names: list[str] = []
        for name in expected.get(record.record_id, []) + re.findall(
            r"[afn]\.k\.a\. '(.+?)'\.?(?:; |$)", record.remarks or ""
        ):
            key = name.casefold()
            if key != record.name.casefold() and key not in (n.casefold() for n in names):
                names.append(name)
        assert [a.name for a in record.aliases] == names, record.record_id
        attached += sum(1 for a in record.aliases if a.kind in ("aka", "fka", "nka"))
    assert {row[2] for row in alt_rows} == {"aka", "fka", "nka"}
    # 11,910 ALT rows - 2 repeated (ent_num, name) pairs - 4 equal to the primary name,
    # + 24 f.k.a./n.k.a. that exist only in the remarks; the 2,417 others are weak.
    assert attached == 11910 - 2 - 4 + 24
    assert sum(len(r.aliases) for r in full_by_id.values()) == 11928 + 2417


def test_full_addresses_attached(full_by_id: dict[str, BanRecord]) -> None:
    add_rows = list(raw_rows(FULL / "ADD.CSV"))
    assert len(add_rows) == 13837
    expected: dict[str, list[Address]] = {}
    for ent, _num, street, city, country, rmk in add_rows:
        assert ent in full_by_id, f"ADD row for unknown ent_num {ent}"
        address = Address(street=null(street), city=null(city), country=null(country))
        address = address.model_copy(update={"remarks": null(rmk)})
        if address != Address():  # rows that are `-0-` in every column carry nothing
            expected.setdefault(ent, []).append(address)
    for record in full_by_id.values():
        assert record.addresses == expected.get(record.record_id, []), record.record_id
        for address in record.addresses:
            assert address.country is None or address.country in record.countries
    assert sum(len(r.addresses) for r in full_by_id.values()) == sum(
        len(v) for v in expected.values()
    )


def test_full_no_record_loses_its_remarks(full_by_id: dict[str, BanRecord]) -> None:
    comments: dict[str, str] = {}
    for ent, text in raw_rows(FULL / "SDN_COMMENTS.CSV"):
        comments[ent] = comments.get(ent, "") + text
    assert len(comments) == 5
    for row in raw_rows(FULL / "SDN.CSV"):
        expected = ((null(row[11]) or "") + comments.get(row[0], "")) or None
        assert full_by_id[row[0]].remarks == expected, row[0]
    # The continuation is glued on without a separator: OFAC cuts mid-word.
    assert full_by_id["12300"].remarks is not None
    assert "Linked To: PROMO RAIZ S.A.S.; Linked To:" in full_by_id["12300"].remarks


def test_full_spot_check_entity(full_by_id: dict[str, BanRecord]) -> None:
    bnc = full_by_id["306"]
    assert bnc.name == "BANCO NACIONAL DE CUBA"
    assert bnc.target_type is TargetType.ORGANIZATION
    assert bnc.programs == ["CUBA"]
    assert bnc.legal_basis == ["Cuban Assets Control Regulations, 31 CFR part 515"]
    assert bnc.aliases == [
        Alias(name="NATIONAL BANK OF CUBA", kind="aka"),
        Alias(name="BNC", kind="weak"),
    ]
    assert bnc.countries == ["Switzerland", "Spain", "Japan", "Panama"]
    assert bnc.addresses[0] == Address(
        street="Zweierstrasse 35", city="Zurich CH-8022", country="Switzerland"
    )


def test_full_spot_check_individual(full_by_id: dict[str, BanRecord]) -> None:
    dawood = full_by_id["9758"]
    assert dawood.name == "IBRAHIM, Dawood"
    assert dawood.target_type is TargetType.PERSON
    assert dawood.programs == ["SDNTK", "SDGT"]
    assert dawood.legal_basis == ["Foreign Narcotics Kingpin Designation Act", "E.O. 13224"]
    assert dawood.birth_dates == [
        DateValue(value="1955-12-26", precision="day", raw="26 Dec 1955"),
        DateValue(value="1955-12-31", precision="day", raw="31 Dec 1955"),
    ]
    assert dawood.birth_places == ["Ratnagiri, Maharashtra, India"]
    assert dawood.nationalities == ["India", "Pakistan", "United Arab Emirates"]
    assert dawood.identifiers[0] == Identifier(
        type="Passport",
        value="M-110522",
        country="India",
        raw="Passport M-110522 (India) issued 13 Nov 1978",
    )
    assert len([i for i in dawood.identifiers if i.type == "Passport"]) == 11
    assert len(dawood.aliases) == 13 and len(dawood.addresses) == 6


def test_full_spot_check_vessel(full_by_id: dict[str, BanRecord]) -> None:
    ark = full_by_id["15037"]
    assert ark.target_type is TargetType.VESSEL
    assert ark.properties["call_sign"] == "9HDQ9"
    assert ark.properties["vessel_flag"] == "Panama"
    assert ark.properties["vessel_grt"] == "56,068"
    assert ark.properties["former_vessel_flag"] == "Malta; Tanzania"
    assert ark.countries == ["Panama"]
    assert (
        Identifier(
            type="IMO", value="9187655", raw="Vessel Registration Identification IMO 9187655"
        )
        in ark.identifiers
    )
    assert [a.kind for a in ark.aliases] == ["fka", "fka", "fka"]


def test_full_shapes(full: tuple[list[BanRecord], ParseContext]) -> None:
    records = full[0]
    types = {t: sum(1 for r in records if r.target_type is t) for t in TargetType}
    assert types[TargetType.PERSON] == 4620
    assert types[TargetType.ORGANIZATION] == 3673
    assert types[TargetType.VESSEL] == 406
    assert types[TargetType.AIRCRAFT] == 277
    assert all(r.programs for r in records)
    # Every "DOB" token in the remarks became at least one date (none left unparsed).
    with_dob = [r for r in records if re.search(r"(^|; )(alt\. )?DOB ", r.remarks or "")]
    assert all(r.birth_dates for r in with_dob)
    assert not any("dob_unparsed" in r.properties for r in records)
    imo = sum(1 for r in records for i in r.identifiers if i.type == "IMO")
    assert imo >= 400


# ---------------------------------------------------------------------- CSV excerpt


def test_excerpt() -> None:
    records, ctx = run(files_in(EXCERPT))
    assert len(records) == 17
    by_id = {r.record_id: r for r in records}
    # The excerpt's ADD/ALT files hold a few rows of entries that were not excerpted;
    # those (and only those) are reported.
    assert len(ctx.warnings) == 9
    assert all("which is not in SDN.CSV; ignored" in w for w in ctx.warnings)

    logan = by_id["10278"]
    assert logan.birth_dates == [DateValue(value="1963-07-28", precision="day", raw="28 Jul 1963")]
    assert logan.birth_places == ["Toledo District, Belize"]
    assert [(i.type, i.value, i.country) for i in logan.identifiers] == [
        ("Passport", "P0017003", "Belize"),
        ("SSN", "561-77-9011", "United States"),
    ]
    assert logan.aliases == [Alias(name="BURTON BURGESS", kind="weak")]

    iami = by_id["11195"]
    assert iami.programs == ["NPWMD", "IFSR", "IRAN-CON-ARMS-EO"]
    assert [a.kind for a in iami.aliases] == ["aka"] * 4 + ["weak"] * 9
    assert iami.countries == ["Iran"] and len(iami.addresses) == 5

    suex = by_id["33151"]  # remarks continue in SDN_COMMENTS.CSV mid-address
    assert suex.remarks is not None and suex.remarks.endswith("a.k.a. 'SUCCESSFUL EXCHANGE'.")
    assert "XBT 1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi;" in suex.remarks
    assert (
        Identifier(
            type="Digital Currency Address - XBT",
            value="1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi",
            raw="Digital Currency Address - XBT 1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi",
        )
        in suex.identifiers
    )

    leader = by_id["47371"]
    assert leader.target_type is TargetType.VESSEL
    assert leader.properties["call_sign"] == "A8LU7"
    assert ("IMO", "9339301") in [(i.type, i.value) for i in leader.identifiers]
    assert leader.legal_basis == ["E.O. 14024"]

    khoroshev = by_id["48603"]
    assert khoroshev.nationalities == ["Russia"]  # nationality + citizen, deduplicated
    assert khoroshev.properties["gender"] == "Male"
    assert khoroshev.aliases[-1] == Alias(name="LOCKBITSUPP", kind="weak")

    # No record loses its remarks.
    for row in raw_rows(EXCERPT / "SDN.CSV"):
        assert by_id[row[0]].remarks is not None
        assert by_id[row[0]].remarks.startswith(row[11])  # type: ignore[union-attr]


def test_consolidated_csv_set_parses_too() -> None:
    folder = OFAC / "cons_csv"
    if not folder.is_dir():
        pytest.skip("consolidated CSV sample absent")
    records, ctx = run(files_in(folder))  # CONS_PRIM/ADD/ALT/COMMENTS: same shapes
    assert len(records) == sum(1 for _ in raw_rows(folder / "CONS_PRIM.CSV")) == 442
    assert ctx.warnings == []


# ------------------------------------------------------------------------ legacy XML


def xml_entries(path: Path) -> list[etree._Element]:
    root = etree.parse(
        str(path), etree.XMLParser(resolve_entities=False, no_network=True)
    ).getroot()
    return [e for e in root if isinstance(e.tag, str) and etree.QName(e).localname == "sdnEntry"]


@pytest.mark.parametrize(
    ("name", "count", "declared"),
    [
        ("sdn_xml_excerpt_2014-07-16_tempuri.xml", 4, 5704),
        ("sdn_xml_excerpt_2026-08-07.xml", 5, None),
        ("cons_xml_excerpt_2014-12-17_tempuri.xml", 16, 115),
    ],
)
def test_xml_excerpts(name: str, count: int, declared: int | None) -> None:
    path = XML_DIR / name
    assert detect_format({name: path}) == "sdn_xml"
    records, ctx = run({name: path})
    assert len(records) == count
    entries = xml_entries(path)
    assert [r.record_id for r in records] == [e.findtext("{*}uid") for e in entries]
    # The excerpts keep the full list's Record_Count; that mismatch is the only warning
    # (no unknown elements: nspType in consolidated.xml is a known type field).
    if declared is None:
        assert ctx.warnings == []
    else:
        assert ctx.warnings == [
            f"{name}: publshInformation Record_Count says {declared}, "
            f"but {count} sdnEntry elements were parsed"
        ]
    for record, entry in zip(records, entries, strict=True):
        assert record.remarks == entry.findtext("{*}remarks")  # no remarks lost
        akas = entry.findall("{*}akaList/{*}aka")
        assert len(record.aliases) == len(akas)
        assert record.programs == [p.text for p in entry.findall("{*}programList/{*}program")]


def test_xml_2026_spot_check() -> None:
    records, _ = run({"x": XML_DIR / "sdn_xml_excerpt_2026-08-07.xml"})
    by_id = {r.record_id: r for r in records}
    dawood = by_id["9758"]
    assert dawood.name == "IBRAHIM, Dawood"
    assert dawood.nationalities == ["India", "Pakistan", "United Arab Emirates"]
    assert dawood.countries == ["Pakistan", "India", "United Arab Emirates"]
    assert dawood.identifiers == [
        Identifier(
            type="Passport",
            value="M-110522",
            country="India",
            raw="Passport M-110522 (India) issued 13 Nov 1978",
        )
    ]
    abbas = by_id["2674"]
    assert abbas.title == "Director of PALESTINE LIBERATION FRONT - ABU ABBAS FACTION"
    assert abbas.properties == {"secondary_sanctions_risk": "section 1(b) of Executive Order 13224"}
    assert abbas.identifiers == []
    assert by_id["4238"].properties == {
        "call_sign": "CL2192",
        "vessel_type": "Tug",
        "vessel_flag": "Cuba",
    }
    assert by_id["6944"].birth_dates == [DateValue(value="1969", precision="year", raw="1969")]


def test_xml_consolidated_nsp_type() -> None:
    records, _ = run({"x": XML_DIR / "cons_xml_excerpt_2014-12-17_tempuri.xml"})
    by_id = {r.record_id: r for r in records}
    assert by_id["9639"].target_type is TargetType.PERSON  # <nspType>Individual</nspType>
    assert by_id["9639"].name == "HANIYA, Ismail Abdul Salah"
    assert by_id["17013"].legal_basis == ["E.O. 13662"]
    assert by_id["15268"].programs == ["561List"]


def test_same_entry_reads_alike_in_csv_and_xml(full_by_id: dict[str, BanRecord]) -> None:
    """BANCO NACIONAL DE CUBA (uid 306) in SDN.CSV 2021 and SDN.XML 2014."""
    xml = {
        r.record_id: r for r in run({"x": XML_DIR / "sdn_xml_excerpt_2014-07-16_tempuri.xml"})[0]
    }
    from_xml, from_csv = xml["306"], full_by_id["306"]
    assert from_xml.name == from_csv.name
    assert set(from_xml.aliases) == set(from_csv.aliases)  # incl. the weak 'BNC'
    assert from_xml.countries == from_csv.countries
    assert from_xml.programs == from_csv.programs


def test_advanced_xml_is_read_too() -> None:
    """The advanced XML is detected by content and parsed (see test_parser_ofac_advanced)."""
    path = OFAC / "advanced_xml" / "cons_advanced_2020-03-17.xml"
    if not path.is_file():
        pytest.skip("advanced XML sample absent")
    assert detect_format({"SDN.XML": path}) == "ofac_advanced_xml"
    records, ctx = run({"SDN.XML": path})
    assert len(records) == 375
    assert ctx.warnings == []
    assert all(r.source == "us_ofac_sdn" and r.measures == [Measure.ASSET_FREEZE] for r in records)
