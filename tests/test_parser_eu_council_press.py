"""eu_council_press: the Council's press release RSS, sanctions items only."""

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
from transforms.sources.eu_council_press.parser import follow, page_name

SID = "eu_council_press"
FIXTURES = Path(__file__).parent / "fixtures" / SID
RSS = FIXTURES / "pressreleases.rss"
PACKAGE = "https://www.consilium.europa.eu/en/press/press-releases/2024/06/24/russia-14th-package/"
BELARUS = "https://www.consilium.europa.eu/en/press/press-releases/2024/02/26/belarus-prolongs/"
PACKAGE_ID = hashlib.sha1(PACKAGE.encode()).hexdigest()
BELARUS_ID = hashlib.sha1(BELARUS.encode()).hexdigest()
PAGE = FIXTURES / f"page-{PACKAGE_ID}.html"
NO_PAGES = (
    "2 item(s) without their full text, stored as announcements without extraction (records"
    f" of earlier runs stay): {PACKAGE_ID} (no page-{PACKAGE_ID}.html); {BELARUS_ID}"
    f" (no page-{BELARUS_ID}.html)"
)


def with_page(**more: Path) -> dict[str, Path]:
    return {"pressreleases.rss": RSS, PAGE.name: PAGE, **more}


def test_only_sanctions_items_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    items, _, ctx = parse_files(SID, {"pressreleases.rss": RSS})
    assert [i.title for i in sorted(items, key=lambda i: i.title)] == [
        "Belarus: Council prolongs the framework for restrictive measures",
        "Russia's war of aggression against Ukraine: EU adopts 14th package of economic and"
        " individual sanctions",
    ]
    package = next(i for i in items if i.title.startswith("Russia"))
    # The tracking parameter is not part of the identity.
    assert package.item_id == hashlib.sha1(PACKAGE.encode()).hexdigest()
    assert package.url.endswith("/russia-14th-package/?utm_source=rss")
    assert package.published == DateValue(
        value="2024-06-24", precision="day", raw="Mon, 24 Jun 2024 10:15:00 +0200"
    )
    assert package.text == (
        "Russia's war of aggression against Ukraine: EU adopts 14th package of economic and"
        " individual sanctions\n\nThe Council adopted today a 14th package of economic and"
        " individual restrictive measures.\n\nIt lists an additional 116 individuals and"
        " entities."
    )
    # Without its page the item keeps the feed's text and is not extracted.
    assert package.properties == {
        "feed": "pressreleases.rss",
        "guid": "press-release-2024-06-24-russia",
        "categories": "Foreign affairs",
        "text_from": "feed",
    }
    belarus = next(i for i in items if i.title.startswith("Belarus"))
    assert belarus.published == DateValue(
        value="2024-02-26", precision="day", raw="26 February 2024"
    )
    assert belarus.properties["categories"] == "Belarus"  # dc:subject
    assert ctx.warnings == ["pressreleases.rss: unknown item element <credit> ignored", NO_PAGES]


def test_follow_fetches_the_pages_of_kept_items_only() -> None:
    ctx = ParseContext(SID)
    assert follow("pressreleases.rss", RSS, ctx) == [
        (f"page-{PACKAGE_ID}.html", PACKAGE + "?utm_source=rss"),  # the link as given
        (f"page-{BELARUS_ID}.html", BELARUS),
    ]  # not the nature restoration law item
    assert page_name(PACKAGE_ID) == f"page-{PACKAGE_ID}.html"
    assert follow(PAGE.name, PAGE, ctx) == []  # a page links nothing


def test_records_come_from_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = stub_extraction(
        monkeypatch,
        lambda text, published, url: (
            [record("Polina Gagarina", type_="person", authority="Council of the European Union")]
            if "responsible for actions undermining" in text  # on the page only
            else []
        ),
    )
    items, records, ctx = parse_files(SID, with_page())
    [rec] = records
    assert rec.record_id == f"{PACKAGE_ID}:polina-gagarina"
    assert rec.authority == "Council of the European Union"
    assert rec.source_url == PACKAGE + "?utm_source=rss"
    package = next(i for i in items if i.item_id == PACKAGE_ID)
    assert package.properties["text_from"] == "page"
    assert package.properties["page"] == PAGE.name
    # Title, then the press release's main text: no navigation, date line or related links.
    assert package.text == (
        "Russia's war of aggression against Ukraine: EU adopts 14th package of economic and"
        " individual sanctions\n\nThe Council adopted today a 14th package of economic and"
        " individual restrictive measures.\n\nListings\n\nToday\u2019s package includes"
        " restrictive measures against an additional 116 individuals and entities responsible"
        " for actions undermining or threatening the territorial integrity, sovereignty and"
        " independence of Ukraine."
    )
    assert [text for text, _ in calls] == [package.text]  # Belarus: no page, no extraction
    assert ctx.warnings[1:] == [
        "1 item(s) without their full text, stored as announcements without extraction"
        f" (records of earlier runs stay): {BELARUS_ID} (no page-{BELARUS_ID}.html)"
    ]


def test_pages_by_canonical_url_empty_and_stray_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_extraction(monkeypatch)
    renamed = tmp_path / "x.html"  # matched by its canonical URL
    renamed.write_bytes(PAGE.read_bytes())
    empty = tmp_path / f"page-{BELARUS_ID}.html"
    empty.write_text("<html><head><title>Error</title></head><body></body></html>")
    stray = tmp_path / "stray.html"
    stray.write_text(PAGE.read_text().replace("russia-14th-package", "other-item"))
    files = {"pressreleases.rss": RSS, renamed.name: renamed, empty.name: empty}
    items, _, ctx = parse_files(SID, {**files, stray.name: stray})
    by_id = {i.item_id: i for i in items}
    assert by_id[PACKAGE_ID].properties["text_from"] == "page"
    assert by_id[BELARUS_ID].properties["text_from"] == "feed"
    assert ctx.warnings[1:] == [
        f"{empty.name}: not a press release page (no main text); ignored",
        "stray.html: page 'https://www.consilium.europa.eu/en/press/press-releases/2024/06/24/"
        "other-item/' matches no kept feed item; ignored",
        "1 item(s) without their full text, stored as announcements without extraction"
        f" (records of earlier runs stay): {BELARUS_ID} (no page-{BELARUS_ID}.html)",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<!DOCTYPE html><html><body>Maintenance</body></html>", "got html content"),
        (b'<?xml version="1.0"?><rss version="2.0"></rss>', "without a <channel>"),
        (
            b'<rss version="2.0"><channel><item><title>New sanctions</title></item>'
            b"</channel></rss>",
            "has no link",
        ),
    ],
)
def test_bad_feeds_are_parse_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes, message: str
) -> None:
    no_extraction(monkeypatch)
    path = tmp_path / "pressreleases.rss"
    path.write_bytes(content)
    with pytest.raises(ParseError, match=SID) as err:
        parse_files(SID, {"pressreleases.rss": path})
    assert message in str(err.value)


def test_html_only_snapshot_is_a_parse_error(monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    with pytest.raises(ParseError, match=f"{PAGE.name}: expected an RSS/Atom feed"):
        parse_files(SID, {PAGE.name: PAGE})


def test_demo_days(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    got = check_demo(SID, tmp_path)
    assert (len(got["day1"]), len(got["day2"])) == (1, 2)
    for day in ("day1", "day2"):
        items, _, ctx = parse_files(SID, folder_files(tmp_path / day / SID))
        assert {i.properties["text_from"] for i in items} == {"page"}, day
        assert ctx.warnings == [], day
