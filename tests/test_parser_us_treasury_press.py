"""us_treasury_press: the Treasury press release listing and release pages (HTML)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.feeds import check_demo, no_extraction, parse_files, record, stub_extraction
from transforms.base import ParseContext, ParseError
from transforms.model import DateValue
from transforms.sources.us_treasury_press.parser import follow, release_id

SID = "us_treasury_press"
FIXTURES = Path(__file__).parent / "fixtures" / SID
LISTING = FIXTURES / "press-releases.html"
ARTICLE = FIXTURES / "article-jy2420.html"


def test_listing_and_release_page(monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    items, _, ctx = parse_files(
        SID, {"press-releases.html": LISTING, "article-jy2420.html": ARTICLE}
    )
    assert [i.item_id for i in items] == ["jy2404", "jy2420"]
    listed, fetched = items
    # Listed but not fetched: kept with its listing title and date.
    assert listed.url == "https://home.treasury.gov/news/press-releases/jy2404/"
    assert listed.title.startswith("As Russia Completes Transition to a Full War Economy")
    assert "Russia\u2019s Military-Industrial Base" in listed.title
    assert listed.text == listed.title
    assert listed.published == DateValue(
        value="2024-06-12", precision="day", raw="2024-06-12T12:00:00Z"
    )
    assert listed.properties == {"release_id": "jy2404", "article": "not fetched"}
    assert fetched.url == "https://home.treasury.gov/news/press-releases/jy2420"
    assert fetched.title == (
        "Treasury Sanctions Kaspersky Lab Leadership in Response to Continued Russian Cyber Threats"
    )
    assert fetched.published == DateValue(
        value="2024-06-21", precision="day", raw="2024-06-21T12:00:00Z"
    )
    assert fetched.kind == "press_release"
    assert fetched.text == (
        "WASHINGTON \u2014 Today, the Department of the Treasury\u2019s Office of Foreign Assets"
        " Control (OFAC) designated twelve individuals in executive and senior leadership roles"
        " at AO Kaspersky Lab.\n\n"
        "The individuals were designated pursuant to Executive Order (E.O.) 14024, as amended,"
        " for operating in the technology sector of the Russian Federation economy. They"
        " include Andrei Gennadyevich Tikhonov, the Chief Operating Officer, and Igor"
        " Gennadyevich Chekunov, the Chief Legal Officer.\n\n"  # <br> stays in the paragraph
        "All property and interests in property of the designated persons in the United"
        " States are blocked."
    )
    assert ctx.warnings == []


def test_follow_lists_release_pages() -> None:
    ctx = ParseContext(SID)
    assert follow("press-releases.html", LISTING, ctx) == [
        ("article-jy2420.html", "https://home.treasury.gov/news/press-releases/jy2420"),
        ("article-jy2404.html", "https://home.treasury.gov/news/press-releases/jy2404/"),
    ]
    assert follow("article-jy2420.html", ARTICLE, ctx) == []
    assert release_id("https://home.treasury.gov/news/press-releases/SB0621") == "sb0621"


def test_records_from_the_release_text(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = stub_extraction(
        monkeypatch,
        lambda text, published, url: (
            [record("Andrei Gennadyevich Tikhonov", type_="person")]
            if "twelve individuals" in text
            else []
        ),
    )
    items, records, _ = parse_files(
        SID, {"press-releases.html": LISTING, "article-jy2420.html": ARTICLE}
    )
    assert [str(d) for _, d in calls] == ["2024-06-12", "2024-06-21"]
    [rec] = records
    assert rec.record_id == "jy2420:andrei-gennadyevich-tikhonov"
    assert rec.target_type == "person"
    assert rec.properties["announcement_id"] == "jy2420"


def test_page_date_differing_from_listing_is_warned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_extraction(monkeypatch)
    page = tmp_path / "a.html"
    page.write_text(ARTICLE.read_text().replace("2024-06-21T12", "2024-06-22T12"))
    [_, item], _, ctx = parse_files(SID, {"press-releases.html": LISTING, "a.html": page})
    assert item.published is not None and item.published.value == "2024-06-22"
    assert ctx.warnings == [
        "release jy2420: listing date 2024-06-21 differs from the page's 2024-06-22;"
        " the page's is kept"
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html><body><h1>Access Denied</h1></body></html>", "neither the press release"),
        (b'{"items": []}', "got json content"),
        (
            b'<html><body><div class="content--2col__body"><p>none</p></div></body></html>',
            "without any press release link",
        ),
        (
            b'<html><head><meta property="og:type" content="article"></head><body>'
            b'<div class="field--name-field-news-body"><p>Text</p></div></body></html>',
            "without a canonical URL or release id",
        ),
    ],
)
def test_bad_pages_are_parse_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes, message: str
) -> None:
    no_extraction(monkeypatch)
    path = tmp_path / "page.html"
    path.write_bytes(content)
    with pytest.raises(ParseError, match=SID) as err:
        parse_files(SID, {"page.html": path})
    assert message in str(err.value)


def test_real_extraction_on_the_release(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("transforms.announcements.extract")
    _, records, _ = parse_files(SID, {"article-jy2420.html": ARTICLE})
    assert records, "the release names designated persons"
    assert all(r.record_id.startswith("jy2420:") for r in records)
    assert all(r.properties["announcement_id"] == "jy2420" for r in records)


def test_demo_days(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    got = check_demo(SID, tmp_path)
    assert got == {"day1": ["jy0608", "jy2404"], "day2": ["jy2404", "jy2420"]}
