"""us_federal_register: Federal Register API search pages and documents (JSON)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.support.feeds import (
    check_demo,
    no_extraction,
    parse_files,
    record,
    stub_extraction,
)
from tests.support.samples import sample
from transforms.base import ParseContext, ParseError
from transforms.model import DateValue, Measure, Milestone
from transforms.sources.us_federal_register.parser import follow

SID = "us_federal_register"
FIXTURES = Path(__file__).parent / "fixtures" / SID


def fixture_files(*names: str) -> dict[str, Path]:
    return {n: FIXTURES / n for n in names}


def day(value: str, raw: str | None = None) -> DateValue:
    return DateValue(value=value, precision="day", raw=raw or value)


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
    # Unknown fields are reported once; known-but-unused ones (page_views) are not.
    assert ctx.warnings == ["unknown document field 'reading_level' ignored"]


def test_follow_names_the_next_page_after_its_page_number() -> None:
    ctx = ParseContext(SID)
    [(name, url)] = follow("documents.json", FIXTURES / "documents.json", ctx)
    assert name == "page-2.json"
    assert "search_after_cursor=WzE3MTkxODcyMDAwMDAsIjIwMjQtMTM1MzIiXQ" in url
    assert follow("page-2.json", FIXTURES / "page-2.json", ctx) == []
    assert follow("x.json", FIXTURES / "api_error.json", ctx) == []


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
    items, records, ctx = parse_files(SID, fixture_files("documents.json"))
    assert len(calls) == len(items) == 3
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
    assert ctx.warnings == ["unknown document field 'reading_level' ignored"]


def test_conformance_single_document(monkeypatch: pytest.MonkeyPatch) -> None:
    path = sample("federal_register", "document_2024-27333.json")
    stub_extraction(monkeypatch, lambda text, published, url: [record("Some Operator")])
    items, records, ctx = parse_files(SID, {"document.json": path})
    [item] = items
    assert (item.item_id, item.published, item.kind) == ("2024-27333", day("2024-11-22"), "rule")
    assert item.title == (
        "Waste Prevention, Production Subject to Royalties, and Resource Conservation"
    )
    assert item.properties["citation"] == "89 FR 92602"
    assert item.properties["agencies"] == "Interior Department; Land Management Bureau"
    assert item.text.startswith(item.title + "\n\nACTION: Direct final rule.\n\nSUMMARY: On")
    assert "\n\nDATES: This direct final rule is effective on December 23, 2024" in item.text
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
