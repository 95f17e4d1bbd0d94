"""The SECO sanctions list parser: hand-written fixture, edge cases, the real excerpt
(shared sample) and the demo generator."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from lxml import etree

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
from transforms.sources.ch_seco.parser import (
    EMBARGO_ACT,
    Modification,
    detect_format,
    iter_targets,
    latest,
    measures_for,
    parse,
)

SOURCE = "ch_seco"
URL = (
    "https://www.sesam.search.admin.ch/sesam-search-web/pages/downloadXmlGesamtliste.xhtml"
    "?lang=en&action=downloadXmlGesamtlisteAction"
)
FIXTURE = Path(__file__).parent / "fixtures" / "ch_seco" / "seco_fixture.xml"
NAME = "swiss_sanctions_list.xml"
UKRAINE = (
    "Ordinance of 4 March 2022 on measures in connection with the situation in Ukraine "
    "(SR 946.231.176.72)"
)
DPRK = (
    "Ordinance of 18 May 2016 on measures against the Democratic People's Republic of Korea "
    "(SR 946.231.127.6)"
)


def run(files: dict[str, Path]) -> tuple[list[BanRecord], ParseContext]:
    return parse_snapshot(parse, files, SOURCE, URL)


def write(
    path: Path, body: str, root: str = '<swiss-sanctions-list list-type="whole-list">'
) -> Path:
    closing = "</" + root[1:].split()[0].rstrip(">") + ">"
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n{root}{body}{closing}\n')
    return path


def simple_target(ssid: str, name: str = "Someone", extra: str = "") -> str:
    return (
        f'<target ssid="{ssid}"><sanctions-set-id>1</sanctions-set-id><entity>'
        f'<identity ssid="{ssid}1" main="true"><name ssid="{ssid}2" name-type="primary-name">'
        f'<name-part order="1" name-part-type="whole-name"><value>{name}</value></name-part>'
        f"</name>{extra}</identity></entity>"
        '<modification modification-type="listed" effective-date="2022-03-01"/></target>'
    )


PROGRAM = (
    '<sanctions-program ssid="9"><program-key lang="eng">Test</program-key>'
    '<program-name lang="eng">Test ordinance</program-name>'
    '<sanctions-set ssid="1" lang="eng">Annex 1: financial sanctions</sanctions-set>'
    "<origin>CH</origin></sanctions-program>"
)


# ------------------------------------------------------------------------ fixture


@pytest.fixture(scope="module")
def fixture_result() -> tuple[list[BanRecord], ParseContext]:
    return run({NAME: FIXTURE})


def test_active_targets_in_file_order(fixture_result: tuple[list[BanRecord], ParseContext]) -> None:
    records, ctx = fixture_result
    # 7301 is de-listed; the target copy nested in 7001's "listed" modification is history.
    assert [r.record_id for r in records] == ["7001", "7101", "7201", "7401", "7501"]
    assert ctx.warnings == [
        "sanctions-set 1003 ('Annex 15') names no known measure; asset_freeze assumed for "
        "its targets",
        "1 de-listed target(s) not emitted (latest modification 'de-listed'): 7301",
    ]
    for r in records:
        assert (r.source, r.authority, r.jurisdiction, r.source_url) == (SOURCE, "SECO", "CH", URL)
        assert r.legal_basis[-1] == EMBARGO_ACT


def test_individual(fixture_result: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(fixture_result[0])["7001"]
    assert r.name == "Samplov Ivan Petrovich"  # name parts in their `order`
    assert r.target_type is TargetType.PERSON
    assert r.aliases == [
        Alias(name="САМПЛОВ Иван Петрович", kind="aka", script="rus-Cyrl"),
        Alias(name="Ivan Samploff", kind="aka"),
        Alias(name="Vanya", kind="weak"),  # quality="low"
        Alias(name="Exemplov Ivan", kind="fka"),  # formerly-known-as
    ]
    assert r.birth_dates == [
        DateValue(value="1971-03-14", precision="day", raw="14.3.1971"),
        DateValue(value="1972", precision="year", raw="1972"),
    ]
    assert r.birth_places == ["Omsk, Russian Federation"]  # place-id -> <place>
    assert r.nationalities == ["Russian Federation"] and r.countries == ["Russian Federation"]
    assert r.addresses == [
        Address(
            street="Ulitsa Primernaya 5",
            city="Moscow",
            region="Moscow Oblast",
            postal_code="101000",
            country="Russian Federation",
        )
    ]
    assert r.identifiers == [
        Identifier(
            type="passport",
            value="7512345678",
            country="Russian Federation",
            raw="passport 7512345678 (Russian Federation) issued 2010-02-01 expires 2030-01-31",
        )
    ]
    assert r.programs == ["Ukraine"]
    assert r.legal_basis == [UKRAINE, EMBARGO_ACT]
    assert r.measures == [Measure.ASSET_FREEZE, Measure.TRAVEL_BAN]
    assert r.listed_on == DateValue(value="2022-02-26", precision="day", raw="2022-02-26")
    assert r.remarks == "Member of the Example Duma.\nSupports actions undermining Ukraine."
    history = json.loads(r.properties.pop("modifications"))
    assert history == [
        {
            "type": "amended",
            "enactment-date": "2023-02-23",
            "publication-date": "2023-02-24",
            "effective-date": "2023-02-24",
        },
        {
            "type": "listed",
            "enactment-date": "2022-02-25",
            "publication-date": "2022-02-25",
            "effective-date": "2022-02-26",
        },
    ]
    assert r.properties == {
        "foreign_identifier": "EU.0001.01",
        "sex": "male",
        "other_information": "Function: Deputy of the Example Duma",
        "birth_date_quality_low": "1972",
        "sanctions_set_id": "1001",
        "sanctions_set": "Annex 8: financial sanctions and entry and transit ban",
        "program_origin": "EU",
        "last_modification": "amended 2023-02-24",
    }


def test_entity(fixture_result: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(fixture_result[0])["7101"]
    assert r.target_type is TargetType.ORGANIZATION
    assert r.aliases == [Alias(name="ПАО Пример Банк", script="rus-Cyrl")]
    assert r.addresses == [
        Address(
            street="Prospekt Primera 1",
            city="Moscow",
            region="Moscow Oblast",
            country="Russian Federation",
            remarks="P.O. Box 77",
        )
    ]
    assert r.identifiers == [
        Identifier(
            type="Registration Number",
            value="1027700000001",
            raw="Registration number: 1027700000001",
        )
    ]
    assert r.measures == [Measure.FINANCIAL_RESTRICTION]  # money and capital market only
    assert r.birth_dates == []
    assert r.properties["identity_dates"] == "1995-01-02"  # not a birth date
    assert r.properties["relations"] == "related-to 7001"
    assert r.properties["other_information"] == (
        "Registration number: 1027700000001\nWebsite: www.example-bank.test"
    )


def test_vessel(fixture_result: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(fixture_result[0])["7201"]
    assert (r.name, r.target_type) == ("Sea Example", TargetType.VESSEL)
    assert r.aliases == [Alias(name="Example Star 2")]
    assert r.identifiers == [Identifier(type="IMO", value="9999991", raw="IMO Number: 9999991")]
    assert r.programs == ["North Korea"]
    assert r.legal_basis == [DPRK, EMBARGO_ACT]
    assert r.measures == [Measure.TRANSPORT_SANCTION]
    assert r.properties["program_origin"] == "UN"


def test_relisted_target_and_second_identity(
    fixture_result: tuple[list[BanRecord], ParseContext],
) -> None:
    r = by_id(fixture_result[0])["7401"]
    assert r.name == "Relistova Maria"
    assert r.aliases == [Alias(name="Maria Exampleva")]  # primary name of a non-main identity
    assert r.nationalities == ["Belarus"]  # from the non-main identity
    assert r.birth_dates == [DateValue(value="1980-06", precision="month", raw="6.1980")]
    # listed, de-listed, listed again: the latest listing counts.
    assert r.listed_on == DateValue(value="2022-10-07", precision="day", raw="2022-10-07")
    assert r.properties["last_modification"] == "listed 2022-10-07"


def test_undated_listing(fixture_result: tuple[list[BanRecord], ParseContext]) -> None:
    r = by_id(fixture_result[0])["7501"]
    assert r.listed_on is None  # old listings carry no dates: nothing is invented
    assert r.measures == [Measure.ASSET_FREEZE]  # "Annex 15" names no measure
    assert json.loads(r.properties["modifications"]) == [{"type": "listed"}]


def test_delisted_target_is_only_seen_by_iter_targets() -> None:
    ctx = ParseContext(source=SOURCE)
    statuses = {r.record_id: (status, r) for r, status in iter_targets({NAME: FIXTURE}, ctx)}
    assert list(statuses) == ["7001", "7101", "7201", "7301", "7401", "7501"]
    status, delisted = statuses["7301"]
    assert status == "de-listed"
    assert delisted.name == "Delistova Anna"
    assert delisted.properties["status"] == "de-listed"
    assert delisted.properties["delisted_on"] == "2024-03-14"
    assert delisted.listed_on == DateValue(value="2022-04-13", precision="day", raw="2022-04-13")
    assert {s for s, _ in statuses.values()} == {"active", "de-listed"}


def test_output_is_deterministic() -> None:
    first = [r.content_hash() for r in run({NAME: FIXTURE})[0]]
    assert first == [r.content_hash() for r in run({NAME: FIXTURE})[0]]


# ------------------------------------------------------------------ format & errors


def test_format_detected_by_content_not_name(tmp_path: Path) -> None:
    other = tmp_path / "download.bin"
    shutil.copy(FIXTURE, other)
    assert detect_format({"download.bin": other}) == "seco_xml"
    assert run({"download.bin": other})[0] == run({NAME: FIXTURE})[0]


def test_namespaced_root_reads_alike(tmp_path: Path) -> None:
    text = FIXTURE.read_text(encoding="utf-8").replace(
        '<swiss-sanctions-list list-type="whole-list"',
        '<swiss-sanctions-list xmlns="urn:example:seco" list-type="whole-list"',
    )
    path = tmp_path / NAME
    path.write_text(text, encoding="utf-8")
    assert run({NAME: path})[0] == run({NAME: FIXTURE})[0]


def test_html_page_is_a_parse_error(tmp_path: Path) -> None:
    page = tmp_path / NAME
    page.write_text("<!DOCTYPE html><html><body><h1>Wartungsarbeiten</h1></body></html>")
    with pytest.raises(ParseError) as err:
        run({NAME: page})
    assert err.value.source == SOURCE
    assert str(err.value).startswith("ch_seco: ") and "HTML" in str(err.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<sdnList><sdnEntry/></sdnList>", "root element is <sdnList>"),
        ('<swiss-sanctions-list list-type="whole-list"><target>', "malformed XML"),
        ("", "file is empty"),
        ("ssid;name\n1;x\n", "not an XML file"),
    ],
)
def test_wrong_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / NAME
    path.write_text(content)
    with pytest.raises(ParseError, match=message):
        run({NAME: path})


def test_truncated_file_fails_mid_stream(tmp_path: Path) -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    path = tmp_path / NAME
    path.write_text(text[: text.index('<target ssid="7401"')], encoding="utf-8")
    with pytest.raises(ParseError, match="malformed XML"):
        run({NAME: path})


def test_target_without_ssid_or_name(tmp_path: Path) -> None:
    no_ssid = simple_target("5").replace('<target ssid="5">', "<target>")
    with pytest.raises(ParseError, match=r"ch_seco: .*<target> at line \d+ has no ssid"):
        run({NAME: write(tmp_path / "a.xml", PROGRAM + no_ssid)})
    nameless = simple_target("6").replace("<value>Someone</value>", "")
    with pytest.raises(ParseError, match="target 6: no name"):
        run({NAME: write(tmp_path / "b.xml", PROGRAM + nameless)})


def test_unknown_elements_are_warned_once(tmp_path: Path) -> None:
    extra = "<favourite-colour>blue</favourite-colour>"
    body = PROGRAM + simple_target("5", "A", extra) + simple_target("6", "B", extra)
    body += "<annotation>x</annotation>"
    records, ctx = run({NAME: write(tmp_path / NAME, body)})
    assert [r.record_id for r in records] == ["5", "6"]
    assert ctx.warnings == [
        "swiss_sanctions_list.xml: 1 unknown <annotation> element(s) under "
        "<swiss-sanctions-list> ignored",
        "target 5: unknown element <favourite-colour> in <identity> ignored (text: 'blue'); "
        "further ones not reported",
    ]


def test_unknown_set_and_place_are_warned(tmp_path: Path) -> None:
    extra = (
        '<address ssid="1" place-id="404"><address-details>Main St 1</address-details></address>'
    )
    body = simple_target("5", "A", extra)  # no sanctions-program defines set 1
    records, ctx = run({NAME: write(tmp_path / NAME, body)})
    assert records[0].addresses == [Address(street="Main St 1")]
    assert records[0].programs == [] and records[0].measures == [Measure.ASSET_FREEZE]
    assert ctx.warnings == [
        "target 5: place-id 404 not found among the <place> elements",
        "target 5: sanctions-set-id 1 is not defined by any program",
    ]


def _part(order: int, kind: str, value: str, *spellings: str, lang: str = "RUS") -> str:
    variants = "".join(
        f'<spelling-variant lang="{lang}" script="LATN">{v}</spelling-variant>' for v in spellings
    )
    return (
        f'<name-part order="{order}" name-part-type="{kind}"><value>{value}</value>'
        f"{variants}</name-part>"
    )


def _named_target(ssid: str, parts: str) -> str:
    return (
        f'<target ssid="{ssid}"><sanctions-set-id>1</sanctions-set-id><individual>'
        f'<identity ssid="{ssid}1" main="true"><name ssid="{ssid}2" name-type="primary-name">'
        f"{parts}</name></identity></individual>"
        '<modification modification-type="listed" effective-date="2022-03-01"/></target>'
    )


def test_undated_delisting_written_first_delists_the_target(tmp_path: Path) -> None:
    delisted = simple_target("5", "Gone").replace(
        '<modification modification-type="listed"',
        '<modification modification-type="de-listed"/><modification modification-type="listed"',
    )
    body = PROGRAM + delisted + simple_target("6", "Kept")
    records, ctx = run({NAME: write(tmp_path / NAME, body)})
    assert [r.record_id for r in records] == ["6"]
    assert ctx.warnings == [
        "1 de-listed target(s) not emitted (latest modification 'de-listed'): 5"
    ]


def test_same_document_number_from_two_countries_is_kept_twice(tmp_path: Path) -> None:
    # Was: identifiers deduplicated on (type, number): the Syrian passport vanished.
    def doc(code: str, country: str, issued: str = "") -> str:
        date = f"<date-of-issue>{issued}</date-of-issue>" if issued else ""
        return (
            '<identification-document document-type="passport"><number>P123456</number>'
            f'{date}<issuer code="{code}">{country}</issuer></identification-document>'
        )

    extra = doc("IQ", "Iraq") + doc("SY", "Syria") + doc("IQ", "Iraq", "2001-01-01")
    records, _ = run({NAME: write(tmp_path / NAME, PROGRAM + simple_target("5", "A", extra))})
    assert records[0].identifiers == [
        Identifier(type="passport", value="P123456", country="Iraq", raw="passport P123456 (Iraq)"),
        Identifier(
            type="passport", value="P123456", country="Syria", raw="passport P123456 (Syria)"
        ),
    ]  # the third is the first Iraqi passport again, with its issue date: one document


def test_spelling_variants_beyond_the_cap_keep_every_spelling_and_warn(tmp_path: Path) -> None:
    # 3 x 3 x 2 = 18 transliterations: more than the 12 combinations kept. They used to
    # be cut at 12 without a word, dropping the third family-name spelling ("Putin")
    # and, the cap being shared, every variant in a later script.
    parts = (
        _part(1, "family-name", "Putin", "Poutine", "Putine", "Putin")
        + _part(2, "given-name", "Vladimir", "Wladimir", "Vladimir", "Volodymyr")
        + _part(3, "father-name", "Vladimirovich", "Wladimirowitsch", "Vladimirovic")
    )
    cyrillic = _part(5, "other", "X", "Х", lang="UKR").replace('script="LATN"', 'script="CYRL"')
    body = PROGRAM + _named_target("5", parts + cyrillic)
    records, ctx = run({NAME: write(tmp_path / NAME, body)})
    aliases = records[0].aliases
    latin = [a.name for a in aliases if a.script == "rus-Latn"]
    assert len(latin) == 12
    for spelling in ("Poutine", "Putine", "Putin", "Volodymyr", "Wladimirowitsch", "Vladimirovic"):
        assert any(spelling in name.split() for name in latin), spelling
    assert [a.name for a in aliases if a.script == "ukr-Cyrl"] == ["Putin Vladimir Vladimirovich Х"]
    assert ctx.warnings == [
        "target 5: name 'Putin Vladimir Vladimirovich X' has 18 combinations of its "
        "rus-Latn spelling variants; 12 kept (every spelling in at least one), 6 dropped"
    ]


def test_spelling_variants_within_the_cap_are_all_combined(tmp_path: Path) -> None:
    parts = _part(1, "family-name", "Putin", "Poutine", "Putine") + _part(
        2, "given-name", "Vladimir", "Wladimir", "Vladimir"
    )
    records, ctx = run({NAME: write(tmp_path / NAME, PROGRAM + _named_target("5", parts))})
    assert [a.name for a in records[0].aliases if a.script == "rus-Latn"] == [
        "Poutine Wladimir",
        "Poutine Vladimir",
        "Putine Wladimir",
        "Putine Vladimir",
    ]
    assert ctx.warnings == []


# -------------------------------------------------------------------------- helpers


def test_latest_modification() -> None:
    listed = Modification("listed", None, None, None)
    amended = Modification("amended", "2020-01-01", "2020-01-02", "2020-01-03")
    delisted = Modification("de-listed", "2021-01-01", None, None)
    assert latest([]) is None
    assert latest([delisted, amended, listed]) is delisted
    assert latest([amended, listed]) is amended  # the old undated listing at the end
    # An undated modification keeps its place in SECO's newest-first order. Was: undated
    # = oldest, so an undated de-listing written first lost to the dated listing and the
    # target stayed active (and [listed, amended] gave amended, against the order).
    undated_delisting = Modification("de-listed", None, None, None)
    dated_listing = Modification("listed", "2019-02-25", "2019-02-25", "2019-02-26")
    assert latest([undated_delisting, dated_listing]) is undated_delisting
    assert latest([undated_delisting, amended, dated_listing]) is undated_delisting
    assert latest([amended, undated_delisting, dated_listing]) is amended
    assert latest([listed, amended]) is listed
    same_day = Modification("listed", None, None, "2020-01-03")
    assert latest([amended, same_day]) is amended  # a tie: document order (newest first)


def test_measures_for() -> None:
    assert measures_for("Annex 8: financial sanctions and entry and transit ban") == [
        Measure.ASSET_FREEZE,
        Measure.TRAVEL_BAN,
    ]
    assert measures_for("Anhang 1: Finanzsanktionen sowie Ein- und Durchreiseverbot") == [
        Measure.ASSET_FREEZE,
        Measure.TRAVEL_BAN,
    ]
    assert measures_for("Vessel-related measures") == [Measure.TRANSPORT_SANCTION]
    assert measures_for("Farms and charms") == []  # keywords match at word starts only


# -------------------------------------------------------------- real SECO excerpt

EXCERPT = ("swiss_seco", "seco_sanctions_excerpt_2026-08-15_first_target.xml")


def test_real_excerpt() -> None:
    path = sample(*EXCERPT)
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    top = [e for e in root.getroot() if isinstance(e.tag, str)]
    assert [(e.tag, e.get("ssid")) for e in top] == [("target", "5142")]  # counted by lxml

    records, ctx = run({NAME: path})
    assert records == []  # its only target is de-listed
    assert ctx.warnings == [
        # The excerpt was cut to one target: no <sanctions-program>, no <place>.
        "target 5142: place-id 29492 not found among the <place> elements",
        "target 5142: sanctions-set-id 4387 is not defined by any program",
        "1 de-listed target(s) not emitted (latest modification 'de-listed'): 5142",
    ]

    targets = list(iter_targets({NAME: path}, ParseContext(source=SOURCE)))
    assert len(targets) == 1
    r, status = targets[0]
    assert (r.record_id, status) == ("5142", "de-listed")
    assert r.name == "Lukashenka Dzmitry Aliaksandravich"
    assert r.target_type is TargetType.PERSON
    assert r.aliases == [
        Alias(name="Lukashenko Dmitri Aleksandrovich", script="rus-Latn"),
        Alias(name="ЛУКАШЭНКА Дзмітрый Аляксандравіч", script="bel-Cyrl"),
        Alias(name="ЛУКАШЕНКО Дмитрий Александрович", script="rus-Cyrl"),
    ]
    assert r.birth_dates == [DateValue(value="1980-03-23", precision="day", raw="23.3.1980")]
    assert r.addresses == [
        Address(
            street="ул. Старовиленская, 4",
            postal_code="220029",
            remarks="c/o President's Sports Club",
        )
    ]
    assert r.remarks == (
        "Businessman, with active participation in financial operations involving the "
        "Lukashenka family. Chairman of the Presidential Sports Club."
    )
    assert r.listed_on is None  # its "listed" modification carries no dates
    assert r.properties["delisted_on"] == "2016-03-01"
    assert r.properties["last_modification"] == "de-listed 2016-03-01"
    history = json.loads(r.properties["modifications"])
    assert [m["type"] for m in history] == ["de-listed"] + ["amended"] * 4 + ["listed"]
    assert [m.get("effective-date") for m in history] == [
        "2016-03-01",
        "2015-11-18",
        "2014-11-28",
        "2013-12-20",
        "2012-12-14",
        None,
    ]
    assert r.properties["other_information"].startswith("Travel ban according to article 3")


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
        assert all("de-listed target(s) not emitted" in w for w in ctx.warnings), ctx.warnings
    one, two = days["day1"], days["day2"]
    assert_declared_changes(one, two, expected, key=int)
    assert (expected["day1_count"], expected["day2_count"]) == (7, 8)
    assert expected["added"] == ["52941", "85396"]
    assert expected["removed"] == ["5142"]
    assert expected["modified"] == ["44348"]
    vorontsova = two["52941"]
    assert vorontsova.aliases[0] == Alias(name="ВОРОНЦОВА Мария Владимировна", script="rus-Cyrl")
    assert Alias(name="Putina", kind="fka") in vorontsova.aliases
    assert vorontsova.listed_on == DateValue(value="2022-04-13", precision="day", raw="2022-04-13")
    assert two["44348"].addresses[0].city == "Minsk"
    assert two["44348"].measures == [Measure.ASSET_FREEZE]  # no travel ban for an entity
    assert_regenerates_identically(generate, tmp_path, SOURCE, [NAME])


def test_demo_target_5142_is_the_real_one(tmp_path: Path) -> None:
    """The demo's day-2 copy of target 5142 equals SECO's, after C14N."""
    real = sample(*EXCERPT)
    demo_generator(SOURCE)(tmp_path)
    ours = etree.parse(str(tmp_path / "day2" / SOURCE / NAME)).getroot()
    theirs = etree.parse(str(real)).getroot()

    def c14n(root: etree._Element) -> bytes:
        found = [e for e in root if isinstance(e.tag, str) and e.get("ssid") == "5142"]
        return etree.tostring(found[0], method="c14n")

    assert c14n(ours) == c14n(theirs)
