"""us_federal_register: Federal Register API search pages and documents (JSON)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.support.feeds import (
    check_demo,
    folder_files,
    no_extraction,
    parse_files,
    record,
    stub_extraction,
)
from tests.support.samples import sample
from transforms.base import ParseContext, ParseError
from transforms.model import DateValue, Measure, Milestone
from transforms.registry import get_source
from transforms.sources.us_federal_register import parser as fr
from transforms.sources.us_federal_register.parser import body_name, follow, read_body

SID = "us_federal_register"
FIXTURES = Path(__file__).parent / "fixtures" / SID


def fixture_files(*names: str) -> dict[str, Path]:
    return {n: FIXTURES / n for n in names}


def day(value: str, raw: str | None = None) -> DateValue:
    return DateValue(value=value, precision="day", raw=raw or value)


BODY = FIXTURES / "body-2024-13695.html"
API = "https://www.federalregister.gov/api/v1/documents"
MISSING_BODIES = (
    "2 item(s) without their full text, stored as announcements without extraction (records"
    " of earlier runs stay): 2024-13695 (no body-2024-13695.html); 2024-13532"
    " (no body-2024-13532.html)"
)


def test_search_pages_become_announcements(monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    items, records, ctx = parse_files(SID, fixture_files("documents.json", "page-2.json"))
    assert records == []
    assert [i.item_id for i in items] == ["2021-01234", "2021-08098", "2024-13532", "2024-13695"]
    by_id = {i.item_id: i for i in items}
    rule = by_id["2024-13695"]
    assert rule.url == (
        "https://www.federalregister.gov/documents/2024/06/24/2024-13695/additions-to-the-entity-list"
    )
    assert rule.title == "Additions to the Entity List"
    assert rule.published == day("2024-06-24")
    assert rule.kind == "rule"
    assert rule.text == (
        "Additions to the Entity List\n\nACTION: Final rule.\n\nSUMMARY: In this rule, the"
        " Bureau of Industry and Security (BIS) amends the Export Administration Regulations"
        " (EAR) by adding 3 entries to the Entity List, under the destinations of Russia (2),"
        " and the United Kingdom (1).\n\nDATES: This rule is effective June 24, 2024."
    )
    assert rule.properties == {
        "document_number": "2024-13695",
        "type": "Rule",
        "citation": "89 FR 52362",
        "html_url": rule.url,
        "body_html_url": (
            "https://www.federalregister.gov/documents/full_text/html/2024/06/24/2024-13695.html"
        ),
        "agencies": "Commerce Department; Industry and Security Bureau",
        "action": "Final rule.",
        "dates": "This rule is effective June 24, 2024.",
        "publication_date": "2024-06-24",
        "effective_on": "2024-06-24",
        # The body was not in the snapshot: kept from the API text, not extracted.
        "text_from": "api",
        "body": "no body-2024-13695.html",
    }
    notice = by_id["2024-13532"]
    assert (notice.kind, notice.text) == (
        "notice",
        "Final Determination: Case No. ICTS-2021-002, Kaspersky Lab, Inc.",
    )
    eo = by_id["2021-08098"]
    # The document on both pages (the feed moved between fetches) is kept once: the
    # first page's version.
    assert eo.title.endswith("Russian Federation")
    assert eo.kind == "presidential_document"
    assert eo.url == "https://www.federalregister.gov/d/2021-08098"  # no html_url
    assert eo.properties["executive_order_number"] == "14024"
    assert eo.properties["signing_date"] == "2021-04-15"
    # No body_html_url: the FR has no full text, the API's is all there is.
    assert eo.properties["text_from"] == "api" and "body" not in eo.properties
    # Unknown fields are reported once; known-but-unused ones (page_views) are not.
    assert ctx.warnings == ["unknown document field 'reading_level' ignored", MISSING_BODIES]


def test_follow_names_the_next_page_and_the_bodies() -> None:
    ctx = ParseContext(SID)
    (name, url), *bodies = follow("documents.json", FIXTURES / "documents.json", ctx)
    assert name == "page-2.json"
    assert "search_after_cursor=WzE3MTkxODcyMDAwMDAsIjIwMjQtMTM1MzIiXQ" in url
    # 2021-08098 has no body_html_url: nothing to follow for it.
    assert bodies == [
        (
            "body-2024-13695.html",
            "https://www.federalregister.gov/documents/full_text/html/2024/06/24/2024-13695.html",
        ),
        (
            "body-2024-13532.html",
            "https://www.federalregister.gov/documents/full_text/html/2024/06/24/2024-13532.html",
        ),
    ]
    assert follow("page-2.json", FIXTURES / "page-2.json", ctx) == []
    assert follow("x.json", FIXTURES / "api_error.json", ctx) == []
    assert follow(BODY.name, BODY, ctx) == []  # a body links nothing


def test_follow_window_pages_then_newest_bodies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = get_source(SID)
    pages, bodies = fr.follow_window()
    assert (pages, bodies) == (5, 100)
    assert config.max_follow == pages + bodies  # the pipeline's cap never cuts the window

    def page(number: int) -> Path:
        results = [
            {"document_number": f"2024-{number}{i}", "title": "T", "body_html_url": f"u{i}"}
            for i in range(3)
        ]
        path = tmp_path / f"page-{number}.json"
        path.write_text(
            json.dumps(
                {
                    "count": 30,
                    "next_page_url": f"{API}?page={number + 1}&per_page=3",
                    "results": results,
                }
            )
        )
        return path

    monkeypatch.setattr(fr, "follow_window", lambda: (2, 4))
    ctx = ParseContext(SID)
    # Search positions 0-2 and 3-5: bodies of positions 0-3 only; pages 2 and 3 only.
    assert [n for n, _ in follow("documents.json", page(1), ctx)] == [
        "page-2.json",
        "body-2024-10.html",
        "body-2024-11.html",
        "body-2024-12.html",
    ]
    assert [n for n, _ in follow("page-2.json", page(2), ctx)] == [
        "page-3.json",
        "body-2024-20.html",
    ]
    assert follow("page-3.json", page(3), ctx) == []


def test_body_main_text() -> None:
    body = read_body(BODY.read_bytes())
    assert body is not None
    assert body.fr_doc == "2024-13695"  # the end matter's "[FR Doc. 2024-13695 Filed ...]"
    paragraphs = body.text.split("\n\n")
    # Preamble captions join their paragraph, as the FR prints them.
    assert paragraphs[:2] == [
        "SUMMARY: In this rule, the Bureau of Industry and Security (BIS) amends the Export"
        " Administration Regulations (EAR) by adding 3 entries to the Entity List, under the"
        " destinations of Russia (2), and the United Kingdom (1). These entities have been"
        " determined by the U.S. Government to be acting contrary to the national security or"
        " foreign policy interests of the United States.",
        "DATES: This rule is effective June 24, 2024.",
    ]
    # Contacts, index terms, stars, footnotes and end matter are not main text; the
    # printed-page marker inside a paragraph leaves no trace.
    for gone in ("FOR FURTHER INFORMATION", "482-5991", "List of Subjects", "Terrorism",
                 "* *", "Footnotes", "Back to Citation", "Filed", "BILLING CODE",
                 "Printed Page"):  # fmt: skip
        assert gone not in body.text, gone
    assert "column on the Entity List.1" in body.text
    assert "SUPPLEMENTARY INFORMATION:" in paragraphs
    # The Entity List table: one line per entry, the country carried down.
    assert paragraphs[-4:] == [
        "Country | Entity | License requirement | License review policy | Federal Register"
        " citation",
        "RUSSIA | AO Kaspersky Lab, Moscow, Russia. | For all items subject to the EAR. (See"
        " \u00a7 744.11 of the EAR). | Presumption of denial. | 89 FR 52364, 6/24/24.",
        "RUSSIA | OOO Kaspersky Group, Moscow, Russia. | For all items subject to the EAR. (See"
        " \u00a7 744.11 of the EAR). | Presumption of denial. | 89 FR 52364, 6/24/24.",
        "UNITED KINGDOM | Kaspersky Labs Limited, United Kingdom. | For all items subject to"
        " the EAR. (See \u00a7 744.11 of the EAR). | Presumption of denial. | 89 FR 52364,"
        " 6/24/24.",
    ]


def test_access_challenge_is_no_body() -> None:
    assert read_body((FIXTURES / "request-access.html").read_bytes()) is None
    assert read_body(b"") is None
    assert read_body(b"<p>Service Unavailable</p>") is None


def test_text_is_title_action_and_body(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = stub_extraction(monkeypatch, lambda text, published, url: [])
    files = {**fixture_files("documents.json"), body_name("2024-13695"): BODY}
    items, _, ctx = parse_files(SID, files)
    rule = next(i for i in items if i.item_id == "2024-13695")
    assert rule.properties["text_from"] == "body"
    assert "body" not in rule.properties
    first, second, third = rule.text.split("\n\n")[:3]
    # The body states the abstract and DATES itself: they are not repeated.
    assert (first, second) == ("Additions to the Entity List", "ACTION: Final rule.")
    assert third.startswith("SUMMARY: In this rule, the Bureau of Industry and Security")
    assert rule.text.count("In this rule") == 1
    assert rule.text.count("This rule is effective June 24, 2024.") == 1
    assert "OOO Kaspersky Group" in rule.text  # named only in the body
    # Extraction ran on the body text and on the document without a body_html_url; the
    # notice whose body is missing is kept, not extracted.
    assert [text.split("\n\n")[0] for text, _ in calls] == [
        "Blocking Property With Respect To Specified Harmful Foreign Activities of the"
        " Government of the Russian Federation",
        "Additions to the Entity List",
    ]
    assert ctx.warnings == [
        "unknown document field 'reading_level' ignored",
        "1 item(s) without their full text, stored as announcements without extraction"
        " (records of earlier runs stay): 2024-13532 (no body-2024-13532.html)",
    ]


def test_real_extractor_finds_the_entities_of_the_body() -> None:
    """The Entity List rule names its three Kaspersky entities only in its body."""
    files = {**fixture_files("documents.json"), body_name("2024-13695"): BODY}
    _, records, _ = parse_files(SID, files)
    entities = {r.name: r for r in records if r.record_id.startswith("2024-13695:")}
    assert {"AO Kaspersky Lab", "OOO Kaspersky Group", "Kaspersky Labs Limited"} <= set(entities)
    for entity in entities.values():
        assert {(m.role, m.date.value) for m in entity.milestones} >= {
            ("published", "2024-06-24"),
            ("effective", "2024-06-24"),
        }
    # Without the body, the title and abstract name nobody.
    _, without, _ = parse_files(SID, fixture_files("documents.json"))
    assert not [r for r in without if r.record_id.startswith("2024-13695:")]


def test_bad_or_foreign_bodies_are_warned_and_not_extracted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = stub_extraction(monkeypatch, lambda text, published, url: [record("X")])
    other = tmp_path / "body-2024-13532.html"
    other.write_bytes(BODY.read_bytes())  # the Entity List rule's body under the notice
    stray = tmp_path / "body-2099-1.html"
    stray.write_bytes(BODY.read_bytes())
    files = {
        **fixture_files("documents.json"),
        body_name("2024-13695"): FIXTURES / "request-access.html",
        other.name: other,
        stray.name: stray,
    }
    items, records, ctx = parse_files(SID, files)
    by_id = {i.item_id: i for i in items}
    assert by_id["2024-13695"].properties["body"] == (
        "body-2024-13695.html is no Federal Register document body"
    )
    assert by_id["2024-13532"].properties["body"] == (
        "body-2024-13532.html is the body of FR Doc. 2024-13695"
    )
    assert by_id["2024-13695"].text.startswith("Additions to the Entity List\n\nACTION:")
    # Only 2021-08098 (no body_html_url: its API text is its full text) was extracted.
    assert len(calls) == 1 and [r.record_id for r in records] == ["2021-08098:x"]
    assert ctx.warnings[1:] == [
        "body-2099-1.html: matches no document of the search pages; ignored",
        "2 item(s) without their full text, stored as announcements without extraction"
        " (records of earlier runs stay): 2024-13695 (body-2024-13695.html is no Federal"
        " Register document body); 2024-13532 (body-2024-13532.html is the body of FR Doc."
        " 2024-13695)",
    ]


def test_documents_beyond_the_body_window_are_kept_quietly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    no_extraction(monkeypatch)
    monkeypatch.setattr(fr, "follow_window", lambda: (5, 1))
    files = {**fixture_files("documents.json"), body_name("2024-13695"): BODY}
    items, _, ctx = parse_files(SID, files)
    notice = next(i for i in items if i.item_id == "2024-13532")  # search position 1
    assert notice.properties["body"] == "not followed (beyond the newest 1 documents)"
    assert ctx.warnings == ["unknown document field 'reading_level' ignored"]


def kaspersky(text: str, published: date, url: str | None) -> list[dict[str, Any]]:
    if "Entity List" in text:
        return [
            record(
                "AO Kaspersky Lab",
                authority="",
                targets=[
                    {"name": "AO Kaspersky Lab", "type": "organization", "country": "RU"},
                    {"name": "Kaspersky Labs Limited", "type": "company", "country": "GB"},
                ],
                legal_basis=["15 CFR part 744"],
                milestones=[
                    {"role": "effective", "date": "2024-06", "text": "effective in June"},
                    {"role": "announced", "date": "2024-06-20", "text": "On June 20 ..."},
                ],
            )
        ]
    return []


def test_structured_milestones_replace_extracted_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = stub_extraction(monkeypatch, kaspersky)
    files = {**fixture_files("documents.json"), body_name("2024-13695"): BODY}
    items, records, ctx = parse_files(SID, files)
    assert len(items) == 3 and len(calls) == 2  # 2024-13532: body missing, not extracted
    assert [r.record_id for r in records] == [
        "2024-13695:ao-kaspersky-lab",
        "2024-13695:kaspersky-labs-limited",
    ]
    ao = records[0]
    assert ao.name == "AO Kaspersky Lab"
    assert ao.authority == "Industry and Security Bureau"  # the extraction had none
    assert ao.jurisdiction == "US"
    assert ao.countries == ["RU"]
    assert ao.measures == [Measure.EXPORT_CONTROL]
    assert ao.legal_basis == ["15 CFR part 744"]
    assert ao.source_url == items[-1].url
    assert ao.milestones == [
        Milestone(role="announced", date=day("2024-06-20"), text="On June 20 ..."),
        Milestone(
            role="published",
            date=day("2024-06-24"),
            text="Published in the Federal Register on 2024-06-24 (89 FR 52362)",
        ),
        Milestone(
            role="effective",
            date=day("2024-06-24"),
            text="Effective on 2024-06-24 (Federal Register effective_on)",
        ),
    ]
    assert ao.properties == {
        "announcement_id": "2024-13695",
        "announcement_url": items[-1].url,
        "action": "designation",
    }
    assert records[1].target_type == "organization"  # "company"
    assert ctx.warnings[0] == "unknown document field 'reading_level' ignored"


def test_conformance_single_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = sample("federal_register", "document_2024-27333.json")
    stub_extraction(monkeypatch, lambda text, published, url: [record("Some Operator")])
    [item], records, ctx = parse_files(SID, {"document.json": path})
    assert records == []  # its body was not fetched
    assert ctx.warnings == [
        "1 item(s) without their full text, stored as announcements without extraction"
        " (records of earlier runs stay): 2024-27333 (no body-2024-27333.html)"
    ]
    [(name, url)] = follow("document.json", path, ParseContext(SID))
    assert (name, url) == (
        "body-2024-27333.html",
        "https://www.federalregister.gov/documents/full_text/html/2024/11/22/2024-27333.html",
    )
    body = tmp_path / name
    body.write_text(
        '<h1 id="h-3">SUMMARY:</h1><p id="p-3" data-page="92602">On April 10, 2024, ...</p>'
    )
    items, records, ctx = parse_files(SID, {"document.json": path, name: body})
    [item] = items
    assert (item.item_id, item.published, item.kind) == ("2024-27333", day("2024-11-22"), "rule")
    assert item.title == (
        "Waste Prevention, Production Subject to Royalties, and Resource Conservation"
    )
    assert item.properties["citation"] == "89 FR 92602"
    assert item.properties["agencies"] == "Interior Department; Land Management Bureau"
    assert item.text.startswith(item.title + "\n\nACTION: Direct final rule.\n\nSUMMARY: On")
    assert "\n\nDATES: This direct final rule is effective on December 23, 2024" in item.text
    assert item.text.endswith("\n\nSUMMARY: On April 10, 2024, ...")
    [rec] = records
    assert [(m.role, m.date.value) for m in rec.milestones] == [
        ("published", "2024-11-22"),
        ("effective", "2024-12-23"),
    ]
    assert rec.authority == "BIS"
    assert ctx.warnings == []  # all 51 keys of a full document are known


def test_conformance_search_page(monkeypatch: pytest.MonkeyPatch) -> None:
    path = sample("federal_register", "documents_search_uscis_trimmed_2026-09-14.json")
    no_extraction(monkeypatch)
    items, records, ctx = parse_files(SID, {"documents.json": path})
    assert [i.item_id for i in items] == ["2026-18722", "2026-18724", "2026-18736"]
    assert all(i.published == day("2026-09-14") and i.kind == "notice" for i in items)
    assert items[2].title.endswith("Petition To Remove the Conditions on Residence")
    assert ctx.warnings == []
    [(name, url)] = follow("documents.json", path, ParseContext(SID))
    assert name == "page-2.json" and "page=2&per_page=5&search_after_cursor=" in url


def test_empty_search_page_is_no_items(monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    items, records, _ = parse_files(SID, fixture_files("empty_search.json"))
    assert (items, records) == ([], [])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<!DOCTYPE html><html><body>Service Unavailable</body></html>", "got html"),
        (b'{"errors": {"per_page": ["too big"]}}', "answered with errors"),
        (b'{"results": [{"title": "No number"}]}', "without document_number"),
        (b'{"results": [{"document_number": "2024-1"}]}', "2024-1 has no title"),
        (b"[1, 2]", "expected a JSON object"),
        (b'{"results": [', "invalid JSON"),
    ],
)
def test_bad_files_are_parse_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes, message: str
) -> None:
    no_extraction(monkeypatch)
    path = tmp_path / "documents.json"
    path.write_bytes(content)
    with pytest.raises(ParseError, match=SID) as err:
        parse_files(SID, {"documents.json": path})
    assert message in str(err.value)


def test_unparseable_date_is_warned_and_kept_raw(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_extraction(monkeypatch)
    path = tmp_path / "d.json"
    path.write_text(
        '{"document_number": "2024-9", "title": "T", "publication_date": "sometime",'
        ' "effective_on": "2024-07"}'
    )
    [item], _, ctx = parse_files(SID, {"d.json": path})
    assert item.published is None
    assert item.properties["publication_date"] == "sometime"
    assert ctx.warnings == [
        "document 2024-9 publication_date: unparseable date 'sometime'",
        "item 2024-9: no day-precise publication date (none); extraction skipped",
    ]


def test_demo_days(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    got = check_demo(SID, tmp_path)
    assert got["day2"] == ["2022-19138", "2024-13532", "2024-13695"]
    for day in ("day1", "day2"):
        items, _, ctx = parse_files(SID, folder_files(tmp_path / day / SID))
        assert {i.properties["text_from"] for i in items} == {"body"}, day
        assert ctx.warnings == [], day
    rule = read_body((tmp_path / "day2" / SID / body_name("2024-13695")).read_bytes())
    assert rule is not None
    assert "RUSSIA | OOO Kaspersky Group, Moscow, Russia." in rule.text
