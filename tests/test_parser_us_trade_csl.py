"""us_trade_csl: the trade.gov Consolidated Screening List (CSV current/old layout, JSON)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.support.demo import assert_declared_changes, day_files, demo_generator
from tests.support.parsing import by_id, parse_snapshot
from tests.support.samples import sample
from transforms.base import ParseContext, ParseError
from transforms.model import Address, Alias, BanRecord, DateValue, Identifier, Measure, TargetType
from transforms.registry import get_source
from transforms.sources.us_trade_csl import parser as csl
from transforms.sources.us_trade_csl.parser import CSV_COLUMNS, detect_format, parse

SOURCE = "us_trade_csl"
FIXTURES = Path(__file__).parent / "fixtures" / SOURCE
URL = "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv"


def run(files: dict[str, Path]) -> tuple[list[BanRecord], ParseContext]:
    return parse_snapshot(parse, files, SOURCE, URL)


def fixture(name: str) -> dict[str, Path]:
    return {name: FIXTURES / name}


def write_csv(
    path: Path, rows: list[dict[str, str]], columns: tuple[str, ...] = CSV_COLUMNS
) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([row.get(c, "") for c in columns])
    return path


EL = "Entity List (EL) - Bureau of Industry and Security"
SDN = "Specially Designated Nationals (SDN) - Treasury Department"
PLC = "Palestinian Legislative Council List (PLC) - Treasury Department"


def expected_id(row: dict[str, str]) -> str:
    """The record id of a CSV row / JSON entry with a key: `_id` (`id`), with the list
    code after an OFAC entity number (one party can be on several OFAC lists)."""
    own = row.get("_id") or row.get("id") or ""
    number = row.get("entity_number")
    if number and own in ("", number):
        code = csl.list_info(row["source"], ParseContext(source=SOURCE), set()).code
        return f"{number}@{code}"
    return own


# --------------------------------------------------------------------------- registry


def test_source_yml_is_valid_and_points_at_trade_gov() -> None:
    config = get_source(SOURCE)
    assert config.jurisdiction == "US"
    assert [f.url for f in config.files] == [URL]
    assert config.counts.min == 1 and config.counts.max is not None
    assert config.counts.max >= 30000
    assert config.parser() is parse
    measures = config.lookups["list_measures"]
    assert measures["EL"] == "export_control"
    assert measures["SDN"] == "asset_freeze"
    assert measures["CMIC"] == "investment_ban"


# ---------------------------------------------------------------------- current CSV


@pytest.fixture(scope="module")
def current() -> tuple[list[BanRecord], ParseContext]:
    return run(fixture("consolidated.csv"))


def test_current_layout_detected_and_every_row_parsed(
    current: tuple[list[BanRecord], ParseContext],
) -> None:
    records, ctx = current
    assert detect_format(fixture("consolidated.csv")) == "csl_csv"
    with open(FIXTURES / "consolidated.csv", encoding="utf-8", newline="") as fh:
        ids = [expected_id(row) for row in csv.DictReader(fh)]
    assert [r.record_id for r in records] == ids  # one record per row, file order
    assert ids[2:4] == ["35096@SDN", "37432@SDN"]
    assert len(records) == 13
    assert all(r.source == SOURCE and r.jurisdiction == "US" for r in records)
    assert all(r.source_url == URL for r in records)
    # The only warning: the list this project does not know yet.
    assert ctx.warnings == [
        "unknown list 'Export Blocklist (XBL) - Department of Examples': code 'XBL', "
        "authority 'Department of Examples', measures 'other' (add it to source.yml lookups)"
    ]


def test_entity_list_entry_with_cyrillic_alias(
    current: tuple[list[BanRecord], ParseContext],
) -> None:
    kl = by_id(current[0])["c0e3b1d2a4f5968778695a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f"]
    assert kl.name == "AO Kaspersky Lab"
    assert kl.authority == "BIS"
    assert kl.programs == ["EL"]
    assert kl.measures == [Measure.EXPORT_CONTROL]
    assert kl.legal_basis == ["89 FR 52362"]
    assert kl.listed_on == DateValue(value="2024-06-24", precision="day", raw="2024-06-24")
    assert kl.aliases == [
        Alias(name="АО «Лаборатория Касперского»", kind="aka", script="Cyrillic"),
        Alias(name="Kaspersky Lab", kind="aka", script=None),
    ]
    assert kl.addresses == [Address(street="Moscow", country="RU")]
    assert kl.countries == ["RU"]
    assert kl.target_type is TargetType.ORGANIZATION  # "Lab": inferred, and said so
    assert kl.properties["target_type_inferred"]
    assert kl.properties["license_requirement"] == (
        "For all items subject to the EAR. (See §744.11 of the EAR)"
    )
    assert kl.properties["license_policy"] == "Presumption of denial."
    assert kl.properties["list"] == EL


def test_bis_and_packing_quirks(current: tuple[list[BanRecord], ParseContext]) -> None:
    huawei = by_id(current[0])["5d41402abc4b2a76b9719d911017c592"]
    # "A; B; and C": the "and" is BIS's prose, not part of the name.
    assert [(a.name, a.script) for a in huawei.aliases] == [
        ("华为技术有限公司", "Han"),
        ("Huawei", None),
        ("Huawei Technologies", None),
    ]
    assert huawei.addresses == [
        Address(street="Bantian Huawei Base, Longgang District, Shenzhen, 518129", country="CN"),
        Address(street="Huawei Industrial Base, Shenzhen", country="CN"),
    ]
    assert huawei.legal_basis == ["84 FR 22961", "85 FR 51603"]


def test_sdn_individual(current: tuple[list[BanRecord], ParseContext]) -> None:
    putin = by_id(current[0])["35096@SDN"]
    assert putin.name == "PUTIN, Vladimir Vladimirovich"
    assert putin.target_type is TargetType.PERSON
    assert putin.authority == "OFAC"
    assert putin.programs == ["SDN", "RUSSIA-EO14024"]
    assert putin.measures == [Measure.ASSET_FREEZE]
    assert putin.title == "President of the Russian Federation"
    assert putin.birth_dates == [DateValue(value="1952-10-07", precision="day", raw="1952-10-07")]
    assert putin.birth_places == ["Leningrad, Russia"]
    assert putin.nationalities == ["RU"]
    assert putin.aliases == [Alias(name="ПУТИН, Владимир Владимирович", script="Cyrillic")]
    assert putin.identifiers == []  # Gender and the secondary-sanctions note are not ids
    assert putin.properties["gender"] == "Male"
    assert (
        putin.properties["secondary_sanctions_risk"] == "See Section 11 of Executive Order 14024."
    )
    assert "entity_number" not in putin.properties  # equal to the record id


def test_vessel_imo(current: tuple[list[BanRecord], ParseContext]) -> None:
    amadea = by_id(current[0])["37432@SDN"]
    assert amadea.target_type is TargetType.VESSEL
    assert amadea.identifiers == [
        Identifier(
            type="IMO", value="1012531", raw="Vessel Registration Identification, IMO 1012531"
        )
    ]
    assert amadea.properties["vessel_type"] == "Yacht"
    assert amadea.properties["vessel_flag"] == "Cayman Islands"
    assert amadea.remarks == "(Linked To: KERIMOV, Suleiman Abusaidovich)"


def test_isn_entries(current: tuple[list[BanRecord], ParseContext]) -> None:
    records = by_id(current[0])
    khan = records["8d777f385d3dfec8815d20f7496026dc"]
    assert khan.authority == "State/ISN"
    assert khan.programs == ["ISN", "E.O. 13382", "Export-Import Bank Act"]
    # ISN: export_control + other; E.O. 13382 blocks property (program_measures).
    assert khan.measures == [Measure.EXPORT_CONTROL, Measure.OTHER, Measure.ASSET_FREEZE]
    assert khan.legal_basis == ["Vol. 74, No. 11, 01/16/09"]  # commas, but one citation
    assert khan.target_type is TargetType.OTHER  # no type, no legal form: not guessed
    # "circa 1936" keeps its year; "1935 to 1936" gives 1935 (1936 is already there).
    assert khan.birth_dates == [
        DateValue(value="1936", precision="year", raw="circa 1936"),
        DateValue(value="1935", precision="year", raw="1935 to 1936"),
    ]
    sino = records["233a4d725770c81fb561ffe3842c14010c2201971d6be62eca1e613b"]
    assert sino.name == "Sinobright Import and Export Company"
    assert sino.properties["name_scope"] == "and any successor, sub-unit, or subsidiary thereof"
    assert sino.listed_on == DateValue(value="2023-07-19", precision="day", raw="2023-07-19")


def test_dpl_dtc_meu_cmic(current: tuple[list[BanRecord], ParseContext]) -> None:
    records = by_id(current[0])
    dpl = records["b601cbf2841d0aaedfe63661581ffbc3d54b6ba39d7e3a9027cff50e"]
    assert dpl.name == "AL NASER WINGS AIRLINES"  # leading space dropped
    assert dpl.measures == [Measure.EXPORT_CONTROL]
    assert dpl.legal_basis == ["82 F.R. 61745 12/29/2017", "83 F.R. 28801 6/21/2018"]
    assert dpl.properties["end_date"] == "2019-12-03"
    assert dpl.properties["standard_order"] == "Y"
    assert dpl.addresses == [
        Address(street="P.O. BOX 28360, DUBAI", country="AE"),
        Address(street="3037 S. 69TH DRIVE, PHOENIX, AZ, 85043"),  # no country code
    ]
    dtc = records["34d6611355974b0ba70eba9a096971f8"]
    assert dtc.authority == "State/DDTC"
    assert dtc.measures == [Measure.DEBARMENT, Measure.EXPORT_CONTROL]
    assert dtc.target_type is TargetType.OTHER
    meu = records["66f6ab3f26234b75a9093fce79ef0ce0"]
    assert meu.target_type is TargetType.ORGANIZATION  # MEU lists organisations only
    assert "target_type_inferred" not in meu.properties
    cmic = records["32098@CMIC"]
    assert cmic.programs == ["CMIC", "CMIC-EO13959"]
    assert cmic.measures == [Measure.INVESTMENT_BAN]
    assert cmic.authority == "OFAC"


def test_ssi_and_fse_ids(current: tuple[list[BanRecord], ParseContext]) -> None:
    records = by_id(current[0])
    sme = records["18283@SSI"]
    assert sme.measures == [Measure.FINANCIAL_RESTRICTION]
    assert sme.identifiers == [
        Identifier(
            type="Public Registration Number",
            value="1027739108649",
            raw="Public Registration Number, 1027739108649",
        ),
        Identifier(type="SWIFT/BIC", value="RUDVRUMM", raw="SWIFT/BIC, RUDVRUMM"),
        Identifier(type="Website", value="mspbank.ru", raw="Website, mspbank.ru"),
    ]
    assert sme.properties["directive_information"] == (
        "Executive Order 13662 Directive Determination - Subject to Directive 1"
    )
    fse = records["26182@FSE"]
    assert fse.identifiers == [
        Identifier(type="Passport", value="U00242309", country="TR", raw="Passport, U00242309, TR")
    ]
    assert fse.nationalities == ["TR", "DE"]  # nationalities + citizenships, deduplicated
    assert fse.countries == ["TR", "DE"]
    assert fse.birth_dates == [
        DateValue(value="1980-02-08", precision="day", raw="1980-02-08"),
        DateValue(value="1981-02", precision="month", raw="Feb 1981"),
    ]


def test_unknown_list_is_kept_and_reported(current: tuple[list[BanRecord], ParseContext]) -> None:
    xbl = current[0][-1]
    assert xbl.programs == ["XBL"]
    assert xbl.measures == [Measure.OTHER]
    assert xbl.authority == "Department of Examples"
    assert xbl.listed_on == DateValue(value="2026", precision="year", raw="2026")


# -------------------------------------------------------------------------- old CSV


def test_legacy_layout() -> None:
    records, ctx = run(fixture("consolidated_legacy.csv"))
    assert detect_format(fixture("consolidated_legacy.csv")) == "csl_csv_legacy"
    assert len(records) == 8
    ids = [r.record_id for r in records]
    # OFAC rows: entity number @ list code, as in today's layout; others: a name hash.
    assert ids[1:4] == ["20264@SDN", "23156@SDN", "18792@SSI"]
    assert ids[0].startswith("DPL-") and ids[4].startswith("EL-")
    assert len(set(ids)) == 8
    assert ctx.warnings == []
    hernandez = records[0]
    assert hernandez.name == "ADRIAN MANUEL HERNANDEZ"
    assert hernandez.properties["end_date"] == "2020-10-13"
    # Old layout: ids are "[country, ]number, type".
    assert records[1].identifiers == [
        Identifier(
            type="Tax ID No.", value="80-0890696", country="US", raw="US, 80-0890696, Tax ID No."
        )
    ]
    vessel = records[2]
    assert vessel.identifiers == [
        Identifier(
            type="IMO", value="8898831", raw="IMO 8898831, Vessel Registration Identification"
        )
    ]
    assert vessel.properties["secondary_sanctions_risk"] == (
        "North Korea Sanctions Regulations, sections 510.201 and 510.210"
    )
    zavod = records[3]
    assert [(i.type, i.value, i.country) for i in zavod.identifiers] == [
        ("Tax ID No.", "5030056754", None),
        ("Website", "http://www.90zavod.ru", None),
        ("Registration ID", "1137746390572", "RU"),
    ]
    assert zavod.properties["directive_information"] == (
        "Executive Order 13662 Directive Determination - Subject to Directive 3"
    )
    inst = records[4]
    assert inst.legal_basis == ["66 FR 24266", "77 FR 58006 (no. 182)", "81 FR 64694"]
    assert [a.name for a in inst.aliases][-1] == (
        "Shijiazhuang Communication Observation and Control Technology Institute."
    )
    # The same person listed twice (same normalised name, two start dates): one
    # name hash, told apart by each row's start date / address countries.
    migeotte = records[5:7]
    assert [r.name for r in migeotte] == ["Gunther Migeotte", "GUNTHER MIGEOTTE"]
    base = migeotte[0].record_id.split("~")[0]
    assert migeotte[1].record_id.startswith(base + "~")
    assert migeotte[0].record_id != migeotte[1].record_id
    plc = records[7]
    assert plc.record_id == "9673@PLC"
    assert plc.birth_dates == [DateValue(value="1955", precision="year", raw="1955")]


def test_ids_do_not_depend_on_the_other_rows(tmp_path: Path) -> None:
    rows = [
        {
            "source": EL,
            "name": "Gunther Migeotte",
            "addresses": "Oslo, NO",
            "start_date": "2010-06-28",
        },
        {"source": EL, "name": "Gunther Migeotte", "addresses": "Cape Town, ZA"},
        {"source": EL, "name": "Unique Name Ltd", "addresses": "Cape Town, ZA"},
    ]
    cols = CSV_COLUMNS[1:]
    first, ctx = run({"a.csv": write_csv(tmp_path / "a.csv", rows, cols)})
    assert ctx.warnings == []
    assert len({r.record_id for r in first}) == 3
    second, _ = run({"b.csv": write_csv(tmp_path / "b.csv", rows[::-1], cols)})
    assert {r.record_id: r.addresses for r in first} == {r.record_id: r.addresses for r in second}
    # Each row alone gets the id it has among the others (it used to lose its "~..."
    # suffix once its namesake was gone: a removal plus an addition in the diff).
    for i, row in enumerate(rows):
        alone, _ = run({f"{i}.csv": write_csv(tmp_path / f"{i}.csv", [row], cols)})
        assert [r.record_id for r in alone] == [first[i].record_id]
    # Content-independent: a reworded address line or a new FR citation keeps the id.
    edited = [{**rows[0], "addresses": "Osloveien 1, Oslo, NO", "federal_register_notice": "X"}]
    again, _ = run({"e.csv": write_csv(tmp_path / "e.csv", edited, cols)})
    assert again[0].record_id == first[0].record_id


def test_repeated_row_is_skipped_with_a_warning(tmp_path: Path) -> None:
    # Was: "#1"/"#2" ids by file position. A row repeated field for field is the same
    # entry: one record, and the repeat is reported.
    row = {"source": EL, "name": "Twice Ltd", "addresses": "Oslo, NO"}
    records, ctx = run({"c.csv": write_csv(tmp_path / "c.csv", [row, row], CSV_COLUMNS[1:])})
    assert len(records) == 1 and "#" not in records[0].record_id
    assert ctx.warnings == [
        f"c.csv line 3: repeats c.csv line 2 field for field "
        f"(record id {records[0].record_id!r}); skipped"
    ]


def test_different_entries_with_one_id_are_a_parse_error(tmp_path: Path) -> None:
    rows = [
        {"_id": "abc123", "source": EL, "name": "First Ltd", "addresses": "Oslo, NO"},
        {"_id": "abc123", "source": EL, "name": "Second Ltd", "addresses": "Oslo, NO"},
    ]
    path = write_csv(tmp_path / "d.csv", rows)
    named = r"share a record id: 'abc123' \(d\.csv line 2, d\.csv line 3\)"
    with pytest.raises(ParseError, match=named):
        run({"d.csv": path})


def test_one_party_on_two_ofac_lists(tmp_path: Path) -> None:
    # The real CSL lists the IRGC (OFAC 9647) once as SDN and once as PLC, both rows with
    # `_id` 9647. The SDN entry's id must not depend on whether the PLC row is there.
    sdn = {
        "_id": "9647",
        "source": SDN,
        "entity_number": "9647",
        "type": "Entity",
        "programs": "SDGT; NPWMD; IRGC; IFSR",
        "name": "ISLAMIC REVOLUTIONARY GUARD CORPS",
    }
    plc = {**sdn, "source": PLC, "programs": "NS-PLC"}
    both, ctx = run({"a.csv": write_csv(tmp_path / "a.csv", [sdn, plc])})
    assert [r.record_id for r in both] == ["9647@SDN", "9647@PLC"]
    assert ctx.warnings == []
    alone, _ = run({"b.csv": write_csv(tmp_path / "b.csv", [sdn])})
    assert [r.record_id for r in alone] == ["9647@SDN"]
    assert alone[0].content_hash() == both[0].content_hash()
    assert "entity_number" not in alone[0].properties  # it is in the id
    # An OFAC row whose entity_number cell is empty: `_id` is still the entity number.
    blank = {**plc, "entity_number": ""}
    records, _ = run({"c.csv": write_csv(tmp_path / "c.csv", [blank])})
    assert [r.record_id for r in records] == ["9647@PLC"]


# ----------------------------------------------------------------------------- JSON


def test_json_download() -> None:
    records, ctx = run(fixture("consolidated.json"))
    assert detect_format(fixture("consolidated.json")) == "csl_json"
    assert ctx.warnings == []  # total matches, "sources"/"search_performed_at" are known
    assert len(records) == 3
    jimale, cetc, ace = records
    assert jimale.record_id == "6982@SDN"
    assert jimale.target_type is TargetType.PERSON
    # alt_names items may themselves be "; "-packed.
    assert [a.name for a in jimale.aliases] == [
        "JUMALE, Ahmed Nur",
        "JIMALE, Shaykh Ahmed Nur",
        "JIMALE, Sheikh Ahmed",
    ]
    assert jimale.addresses == [
        Address(street="P.O. Box 3312", city="Dubai", country="AE"),
        Address(city="Mogadishu", country="SO"),
    ]
    assert jimale.birth_dates == [
        DateValue(value="1954-05-20", precision="day", raw="1954-05-20"),
        DateValue(value="1954", precision="year", raw="circa 1954"),
    ]
    assert jimale.identifiers == [
        Identifier(
            type="Passport",
            value="A0181988",
            country="SO",
            raw="Passport A0181988 (SO) issued 2001-10-01 expires 2011-01-23",
        )
    ]
    assert jimale.properties["gender"] == "Male"
    assert jimale.nationalities == ["SO", "DJ"]
    assert jimale.countries == ["AE", "SO", "DJ"]
    # BIS packs two street lines of one entry into `address`: split, city shared.
    assert cetc.addresses == [
        Address(
            street="113 Hezuo Road", city="Shijiazhuang", region="Hebei Province", country="CN"
        ),
        Address(
            street="21 Changsheng Street",
            city="Shijiazhuang",
            region="Hebei Province",
            country="CN",
        ),
    ]
    assert [a.name for a in cetc.aliases] == [
        "Hebei Semiconductor Research Institute",
        "HSRI",
        "CETC Research Institute 13",
    ]
    assert cetc.legal_basis == ["83 FR 37423", "87 FR 77505"]
    # No `id`: the fallback id, as for the old CSV.
    assert ace.record_id.startswith("DPL-")
    assert ace.properties["end_date"] == "2017-08-08"


def test_json_bare_list_matches_wrapped() -> None:
    wrapped, _ = run(fixture("consolidated.json"))
    bare, ctx = run(fixture("results_list.json"))
    assert detect_format(fixture("results_list.json")) == "csl_json"
    assert bare == wrapped[:2]
    assert ctx.warnings == []


def test_json_is_streamed_across_chunk_boundaries(monkeypatch: pytest.MonkeyPatch) -> None:
    whole, _ = run(fixture("consolidated.json"))
    monkeypatch.setattr(csl, "_JSON_CHUNK", 7)
    chunked, _ = run(fixture("consolidated.json"))
    assert chunked == whole


def test_json_unknown_keys_and_total_are_reported(tmp_path: Path) -> None:
    doc = {
        "results": [{"id": "1", "source": SDN, "type": "Entity", "name": "X", "risk_score": 7}],
        "total": 2,
        "next_page": None,
    }
    path = tmp_path / "c.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    records, ctx = run({"c.json": path})
    assert records[0].properties["risk_score"] == "7"
    assert ctx.warnings == [
        "c.json: unknown top-level key 'next_page' ignored",
        "c.json: 'total' says 2, but 1 results were read",
        "unknown field 'risk_score' (first at c.json result #1); its values go to properties",
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"total": 0}', "no 'results' list"),
        ('{"results": [{"id": "1", "source": "x", "name": "A"}', "truncated file"),
        ('{"results": [1]}', "result #1 is a int"),
        ('{"results": {"a": 1}}', "'results' is not a list"),
        ('[{"id": "1", "source": "x", "name": "A"}] trailing', "unexpected data after"),
    ],
)
def test_json_errors(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError, match=rf"^us_trade_csl: bad\.json.*{problem}"):
        run({"bad.json": path})


# --------------------------------------------------------------------- error cases


def test_html_error_page_is_rejected() -> None:
    with pytest.raises(ParseError, match=r"^us_trade_csl: error_page\.html: .*HTML page"):
        run(fixture("error_page.html"))
    with pytest.raises(ParseError, match="us_trade_csl"):
        detect_format(fixture("error_page.html"))


def test_missing_name_is_an_error(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [{"_id": "x1", "source": EL, "name": "  "}])
    with pytest.raises(ParseError, match=r"^us_trade_csl: c\.csv line 2: entry has no name"):
        run({"c.csv": path})


def test_missing_underscore_id_is_an_error(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [{"_id": "", "source": EL, "name": "Some Co"}])
    with pytest.raises(ParseError, match=r"c\.csv line 2 \(Some Co\): entry has no id"):
        run({"c.csv": path})
    doc = [{"id": " ", "source": EL, "name": "Some Co"}]
    (tmp_path / "c.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ParseError, match=r"c\.json result #1 \(Some Co\): entry has no id"):
        run({"c.json": tmp_path / "c.json"})


def test_missing_source_is_an_error(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [{"_id": "x1", "source": "", "name": "Some Co"}])
    with pytest.raises(ParseError, match=r"c\.csv line 2: entry has no 'source'"):
        run({"c.csv": path})


def test_missing_required_column_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text('"_id","source","title"\n"1","x","y"\n', encoding="utf-8")
    with pytest.raises(ParseError, match=r"c\.csv: not a CSL CSV: header lacks name"):
        run({"c.csv": path})


def test_broken_row_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text('"_id","source","name"\n"1","' + EL + '"\n', encoding="utf-8")
    with pytest.raises(ParseError, match=r"c\.csv line 2: 2 fields where the header has 3"):
        run({"c.csv": path})


def test_two_data_files_are_an_error() -> None:
    files = {**fixture("consolidated.csv"), **fixture("consolidated.json")}
    with pytest.raises(ParseError, match="several CSL data files"):
        run(files)


def test_empty_snapshot_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "e.csv").write_bytes(b"")
    with pytest.raises(ParseError, match="every file is empty"):
        run({"e.csv": tmp_path / "e.csv"})


def test_unknown_column_is_reported_and_kept(tmp_path: Path) -> None:
    cols = (*CSV_COLUMNS, "risk_score")
    path = write_csv(
        tmp_path / "c.csv", [{"_id": "9", "source": EL, "name": "X Co", "risk_score": "high"}], cols
    )
    records, ctx = run({"c.csv": path})
    assert records[0].properties["risk_score"] == "high"
    assert ctx.warnings == ["c.csv: unknown column 'risk_score'; its values go to properties"]


def test_unparseable_dates_are_kept_and_reported(tmp_path: Path) -> None:
    row = {
        "_id": "9",
        "source": SDN,
        "type": "Individual",
        "name": "DOE, John",
        "start_date": "sometime",
        "end_date": "later",
        "dates_of_birth": "unknown",
    }
    records, ctx = run({"c.csv": write_csv(tmp_path / "c.csv", [row])})
    r = records[0]
    assert r.listed_on is None and r.birth_dates == []
    assert r.properties["start_date_unparsed"] == "sometime"
    assert r.properties["end_date_unparsed"] == "later"
    assert r.properties["dob_unparsed"] == "unknown"
    assert len(ctx.warnings) == 3 and all("(9@SDN)" in w for w in ctx.warnings)


def test_unknown_entry_type_is_reported(tmp_path: Path) -> None:
    row = {"_id": "9", "source": SDN, "type": "Spaceship", "name": "X"}
    records, ctx = run({"c.csv": write_csv(tmp_path / "c.csv", [row])})
    assert records[0].target_type is TargetType.OTHER
    assert ctx.warnings == ["unknown entry type 'Spaceship' (first at c.csv line 2); using 'other'"]


def test_cp1252_and_bom(tmp_path: Path) -> None:
    row = {"_id": "9", "source": EL, "name": "Société Générale d'Exemple SA"}
    path = write_csv(tmp_path / "c.csv", [row])
    text = path.read_text(encoding="utf-8")
    (tmp_path / "cp.csv").write_bytes(text.encode("cp1252"))
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    cp, ctx = run({"cp.csv": tmp_path / "cp.csv"})
    assert cp[0].name == "Société Générale d'Exemple SA"
    assert ctx.warnings == ["cp.csv is not UTF-8; read as cp1252"]
    bom, ctx = run({"bom.csv": tmp_path / "bom.csv"})
    assert bom[0].record_id == "9" and bom[0].name == cp[0].name
    assert ctx.warnings == []


def test_fr_citation_splitting() -> None:
    split = csl.split_fr_citations
    assert split("67 F.R. 56530 9/4/02 67 F.R. 10890 3/11/02 71 F.R. 38843 7/10/06") == [
        "67 F.R. 56530 9/4/02",
        "67 F.R. 10890 3/11/02",
        "71 F.R. 38843 7/10/06",
    ]
    assert split("46 F.R. 46154 9/17/81 and 46 F.R. 19290 3/30/81") == [
        "46 F.R. 46154 9/17/81",
        "46 F.R. 19290 3/30/81",
    ]
    assert split("Vol. 83, No. 91, 05/10/2018") == ["Vol. 83, No. 91, 05/10/2018"]
    assert split("82 F.R.  4842 1/17/2017; 83F.R. 28801") == [
        "82 F.R. 4842 1/17/2017",
        "83 F.R. 28801",
    ]


# ------------------------------------------------------------- shared real samples


def test_sample_current_csv_2025() -> None:
    path = sample("trade_gov_csl", "consolidated_excerpt_2025.csv")
    records, ctx = run({"consolidated.csv": path})
    assert len(records) == 13
    assert ctx.warnings == []
    with open(path, encoding="utf-8", newline="") as fh:
        assert [r.record_id for r in records] == [expected_id(row) for row in csv.DictReader(fh)]
    rows = by_id(records)
    rim = rows["52291@SDN"]
    assert rim.name == "RIM, Ryong Nam"
    assert rim.identifiers == [
        Identifier(type="Passport", value="836238033", country="KP", raw="Passport, 836238033, KP")
    ]
    assert rim.properties["secondary_sanctions_risk"] == (
        "North Korea Sanctions Regulations, sections 510.201 and 510.210"
    )
    assert rim.properties["transactions_prohibited"] == (
        "North Korea Sanctions Regulations section 510.214"
    )
    assert rim.addresses == [
        Address(street="Shenyang", country="CN"),
        Address(street="Pyongyang", country="KP"),
    ]
    cetc = rows["99ed1b052fdb09695fae1ba87516d8a0882b0df04652e07aeb5ce7be"]
    assert [a.street for a in cetc.addresses] == [
        "113 Hezuo Road, Shijiazhuang, Hebei, China",
        "21 Changsheng Street, Shijiazhuang, Hebei, China",
        "21 Changsheng Road, Shijiazhuang, Hebei, China, Shijiazhuang, Hebei Province",
    ]
    assert cetc.legal_basis == ["83 FR 37423", "87 FR 77505"]
    tnk = rows["28603@SSI"]
    assert tnk.programs == ["SSI", "VENEZUELA-EO13850", "UKRAINE-EO13662"]
    assert [(i.type, i.value, i.country) for i in tnk.identifiers] == [
        ("V.A.T. Number", "CHE-267.936.404", "CH"),
        ("Business Registration Number", "CH-660.0.559.011-2", "CH"),
    ]
    ash = rows["b601cbf2841d0aaedfe63661581ffbc3d54b6ba39d7e3a9027cff50e"]
    assert ash.legal_basis == [
        "67 F.R. 56530 9/4/02",
        "67 F.R. 10890 3/11/02",
        "71 F.R. 38843 7/10/06",
    ]
    assert ash.listed_on == DateValue(value="2002-03-04", precision="day", raw="2002-03-04")
    assert ash.properties["end_date"] == "2056-06-29"
    sino = rows["233a4d725770c81fb561ffe3842c14010c2201971d6be62eca1e613b"]
    assert sino.authority == "State/ISN" and sino.programs == ["ISN", "INKSNA"]
    lists = {r.programs[0] for r in records}
    assert lists == {"ISN", "UVL", "MEU", "PLC", "SDN", "DTC", "DPL", "SSI", "FSE", "EL"}


def test_sample_legacy_csv_2019() -> None:
    path = sample("trade_gov_csl", "csl_legacy_2019.csv")
    records, ctx = run({"csl.csv": path})
    assert detect_format({"csl.csv": path}) == "csl_csv_legacy"
    assert len(records) == 115
    assert len({r.record_id for r in records}) == 115
    # The two real duplicate names: AL NASER WINGS AIRLINES (DPL, 2 rows) and
    # Gunther Migeotte (EL, 5 rows): one name hash each, told apart by the start date
    # and address countries of each row, with nothing to report.
    assert ctx.warnings == []
    for name, count in (("AL NASER WINGS AIRLINES", 2), ("Gunther Migeotte", 5)):
        ids = [r.record_id for r in records if r.name.casefold() == name.casefold()]
        assert len(ids) == len(set(ids)) == count
        assert len({i.split("~")[0] for i in ids}) == 1
    counts: dict[str, int] = {}
    for r in records:
        counts[r.programs[0]] = counts.get(r.programs[0], 0) + 1
    assert counts == {
        "SDN": 28, "SSI": 26, "EL": 22, "PLC": 13, "DTC": 10, "DPL": 8, "UVL": 4, "ISN": 3, "CAP": 1
    }  # fmt: skip
    rows = by_id(records)
    ship = rows["23156@SDN"]
    assert ship.target_type is TargetType.VESSEL
    assert ("IMO", "8898831") in [(i.type, i.value) for i in ship.identifiers]
    kunlun = rows["15268@CAP"]
    assert kunlun.programs == ["CAP", "561-Related"]
    assert kunlun.measures == [Measure.FINANCIAL_RESTRICTION]
    assert len(kunlun.addresses) == 4
    anabi = [r for r in records if r.name.startswith("AL MAZIDIH")][0]
    assert anabi.birth_dates == [
        DateValue(value="1974", precision="year", raw="1974"),
        DateValue(value="1975", precision="year", raw="1975"),
    ]
    # Every row has its list's authority and at least one measure.
    assert all(r.authority in ("BIS", "OFAC", "State/DDTC", "State/ISN") for r in records)
    assert all(r.measures for r in records)


@pytest.mark.parametrize("name", ["consolidated_excerpt_2025.csv", "csl_legacy_2019.csv"])
def test_sample_ids_come_from_the_row_alone(name: str, tmp_path: Path) -> None:
    # Every real row, parsed on its own, gets the id it has in the whole file (the five
    # Gunther Migeotte rows of 2019 used to lose their suffix when alone).
    path = sample("trade_gov_csl", name)
    records, _ = run({name: path})
    with open(path, encoding="utf-8", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    assert len(rows) == len(records)
    for i, (row, record) in enumerate(zip(rows, records, strict=True)):
        single = tmp_path / f"{i}.csv"
        with open(single, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows([header, row])
        alone, _ = run({single.name: single})
        assert [r.record_id for r in alone] == [record.record_id], row[:6]


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("dpl_results_2019.json", 9),
        ("el_results_2019.json", 7),
        ("sdn_results_2019.json", 4),
        ("ssi_results_2019.json", 4),
    ],
)
def test_sample_api_result_entries(name: str, count: int) -> None:
    path = sample("trade_gov_csl", "api_v1_result_entries", name)
    records, ctx = run({name: path})
    assert detect_format({name: path}) == "csl_json"
    assert len(records) == count
    assert ctx.warnings == []
    entries = json.loads(path.read_text(encoding="utf-8"))
    assert [r.record_id for r in records] == [expected_id(e) for e in entries]
    for record, entry in zip(records, entries, strict=True):
        assert record.name == entry["name"].strip()
        assert len(record.addresses) >= len(entry["addresses"])


def test_sample_api_sdn_and_ssi_spot_checks() -> None:
    sdn = by_id(
        run({"s.json": sample("trade_gov_csl", "api_v1_result_entries", "sdn_results_2019.json")})[
            0
        ]
    )
    bnc = sdn["306@SDN"]
    assert bnc.name == "BANCO NACIONAL DE CUBA"
    assert [a.name for a in bnc.aliases] == ["BNC", "NATIONAL BANK OF CUBA"]
    assert bnc.addresses[0] == Address(
        street="Zweierstrasse 35", city="Zurich", postal_code="CH-8022", country="CH"
    )
    parshan = sdn["11043@SDN"]
    assert parshan.target_type is TargetType.VESSEL
    assert parshan.identifiers == [
        Identifier(
            type="IMO",
            value="9051648",
            country="IR",
            raw="Vessel Registration Identification IMO 9051648 (IR)",
        )
    ]
    ssi = by_id(
        run({"s.json": sample("trade_gov_csl", "api_v1_result_entries", "ssi_results_2019.json")})[
            0
        ]
    )
    vtb = ssi["17013@SSI"]
    assert vtb.properties["directive_information"] == (
        "Executive Order 13662 Directive Determination - Subject to Directive 1"
    )
    assert ("SWIFT/BIC", "VTBRRUMM") in [(i.type, i.value) for i in vtb.identifiers]


# ------------------------------------------------------------------------------ demo


def test_demo_days_parse_to_the_declared_changes(tmp_path: Path) -> None:
    result = demo_generator(SOURCE)(tmp_path)
    expected = result.expected
    days = {}
    for day in ("day1", "day2"):
        files = day_files(tmp_path, SOURCE, day)
        assert list(files) == ["consolidated.csv"]
        records, ctx = run(files)
        assert ctx.warnings == []
        days[day] = {r.record_id: r.content_hash() for r in records}
        assert len(days[day]) == len(records)
    assert_declared_changes(days["day1"], days["day2"], expected)
    # The seed story: the three Kaspersky entities join the Entity List on day 2.
    day2 = by_id(run({"c.csv": tmp_path / "day2" / SOURCE / "consolidated.csv"})[0])
    kaspersky = sorted(day2[k].name for k in expected["added"])
    assert kaspersky == ["AO Kaspersky Lab", "Kaspersky Labs Limited", "OOO Kaspersky Group"]
    assert all(day2[k].legal_basis == ["89 FR 52362"] for k in expected["added"])
    assert expected["removed"] == ["38919@SDN"]
