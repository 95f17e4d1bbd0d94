"""gb_govuk_sanctions: GOV.UK search Atom feeds and the followed pages."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.support.feeds import (
    check_demo,
    folder_files,
    no_extraction,
    parse_files,
    record,
    stub_extraction,
)
from transforms.base import ParseContext, ParseError
from transforms.model import DateValue
from transforms.sources.gb_govuk_sanctions.parser import follow, page_name

SID = "gb_govuk_sanctions"
FIXTURES = Path(__file__).parent / "fixtures" / SID
ATOM = FIXTURES / "ofsi.atom"
LINK = "https://www.gov.uk/government/news/uk-sanctions-moscow-exchange"
NOTICE = "https://www.gov.uk/government/publications/financial-sanctions-notice-russia"


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def no_pages(*links: str) -> str:
    shown = "; ".join(f"{sha1(link)} (no {page_name(link)})" for link in links)
    return (
        f"{len(links)} item(s) without their full text, stored as announcements without"
        f" extraction (records of earlier runs stay): {shown}"
    )


def test_atom_entries_without_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    items, _, ctx = parse_files(SID, {"ofsi.atom": ATOM})
    by_url = {i.url: i for i in items}
    news, notice = by_url[LINK], by_url[NOTICE]
    assert news.item_id == sha1(LINK)
    assert news.title == "UK sanctions the Moscow Exchange and Russia\u2019s shadow fleet"
    # GOV.UK entries have only <updated>: kept, and said so.
    assert news.published == DateValue(
        value="2024-06-13", precision="day", raw="2024-06-13T10:00:00+01:00"
    )
    assert news.properties["published_from"] == "atom:updated"
    assert news.properties["text_from"] == "atom:summary"
    assert news.text == (
        "UK sanctions the Moscow Exchange and Russia\u2019s shadow fleet\n\n"
        "50 new designations & specifications, in coordination with G7 partners."
    )
    # A relative link is resolved; <published> wins over <updated>.
    assert notice.published is not None and notice.published.value == "2024-06-13"
    assert notice.properties["published_from"] == "atom:published"
    assert notice.properties["updated"] == "2024-06-14T09:00:00+01:00"
    # Without their pages the entries are stored, not extracted (sorted by item id).
    assert ctx.warnings == [
        "ofsi.atom: unknown entry element <rating> ignored",
        no_pages(*sorted((LINK, NOTICE), key=sha1)),
    ]


def test_followed_page_gives_text_and_date(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = stub_extraction(
        monkeypatch,
        lambda text, published, url: (
            [record("National Settlement Depository", authority="OFSI", measures=["asset_freeze"])]
            if "National Settlement Depository" in text  # on the page only
            else []
        ),
    )
    name = page_name(LINK)
    items, records, ctx = parse_files(SID, {"ofsi.atom": ATOM, name: FIXTURES / "page.html"})
    news = next(i for i in items if i.url == LINK)
    assert news.published == DateValue(
        value="2024-06-13", precision="day", raw="2024-06-13T09:30:00+01:00"
    )
    assert news.properties["published_from"] == "page"
    assert news.properties["text_from"] == "page"
    # The title, then the page's govspeak body (as every feed's page text).
    assert news.text == (
        "UK sanctions the Moscow Exchange and Russia\u2019s shadow fleet\n\n"
        "The UK has today announced 50 new designations and specifications against Russia."
        "\n\nThe Moscow Exchange and the National Settlement Depository are designated."
    )
    assert [r.record_id for r in records] == [f"{sha1(LINK)}:national-settlement-depository"]
    assert [text for text, _ in calls] == [news.text]  # the notice has no page: not extracted
    assert ctx.warnings[1:] == [no_pages(NOTICE)]
    # Matched by canonical URL too, whatever the file is called.
    items2, _, _ = parse_files(SID, {"ofsi.atom": ATOM, "x.html": FIXTURES / "page.html"})
    assert next(i for i in items2 if i.url == LINK).text == news.text


def test_the_same_link_in_two_feeds_is_one_announcement(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_extraction(monkeypatch)
    other = tmp_path / "fcdo-sanctions.atom"
    other.write_bytes(ATOM.read_bytes())
    items, _, _ = parse_files(SID, {"ofsi.atom": ATOM, "fcdo-sanctions.atom": other})
    assert len(items) == 2


def test_follow_names_are_stable_and_safe() -> None:
    got = follow("ofsi.atom", ATOM, ParseContext(SID))
    assert got == [(page_name(LINK), LINK), (page_name(NOTICE), NOTICE)]
    digest = sha1("news/uk-sanctions-moscow-exchange")[:8]
    assert page_name(LINK) == f"article-news-uk-sanctions-moscow-exchange-{digest}.html"


def test_unmatched_or_error_pages_are_warned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_extraction(monkeypatch)
    error = tmp_path / "error.html"
    error.write_text("<html><body><h1>Sorry, we're experiencing technical difficulties</h1>")
    stray = tmp_path / "stray.html"
    stray.write_text(
        (FIXTURES / "page.html").read_text().replace("uk-sanctions-moscow-exchange", "other")
    )
    _, _, ctx = parse_files(SID, {"ofsi.atom": ATOM, "error.html": error, "stray.html": stray})
    assert ctx.warnings[1:] == [
        "error.html: not a GOV.UK page (no canonical URL, no date); ignored",
        "stray.html: page 'https://www.gov.uk/government/news/other' matches no feed entry;"
        " ignored",
        no_pages(*sorted((LINK, NOTICE), key=sha1)),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html><body>Service unavailable</body></html>", "only HTML pages"),
        (b'<?xml version="1.0"?><error><message>Busy</message></error>', "root element <error>"),
        (b"<feed><entry><title>x</title></entry>", "not well-formed XML"),
        (
            b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>No link</title>'
            b"</entry></feed>",
            "has no link",
        ),
    ],
)
def test_bad_feeds_are_parse_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes, message: str
) -> None:
    no_extraction(monkeypatch)
    path = tmp_path / "ofsi.atom"
    path.write_bytes(content)
    with pytest.raises(ParseError, match=SID) as err:
        parse_files(SID, {"ofsi.atom": path})
    assert message in str(err.value)


def test_entities_are_not_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    path = tmp_path / "ofsi.atom"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T &x;</title>'
        '<link href="https://www.gov.uk/a"/><updated>2024-01-02</updated></entry></feed>'
    )
    [item], _, _ = parse_files(SID, {"ofsi.atom": path})
    assert item.title == "T &x;"  # the reference stays a reference: no file is read


def test_demo_days(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    got = check_demo(SID, tmp_path)
    assert len(got["day1"]) == 1 and len(got["day2"]) == 2
    items, _, ctx = parse_files(SID, folder_files(tmp_path / "day2" / SID))
    assert all(i.properties["text_from"] == "page" for i in items)
    assert all(i.properties["published_from"] == "page" for i in items)
    assert ctx.warnings == []


def test_max_follow_covers_both_feeds() -> None:
    from transforms.registry import get_source

    # Two GOV.UK search feeds of 20 entries each: every entry's page fits in one run.
    assert get_source(SID).max_follow >= 2 * 20
