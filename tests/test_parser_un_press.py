"""un_press: UN press releases RSS, Security Council sanctions items only."""

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
from transforms.sources.un_press.parser import follow, press_release_id

SID = "un_press"
FIXTURES = Path(__file__).parent / "fixtures" / SID
RSS = FIXTURES / "press.rss"
PAGE = FIXTURES / "page-sc14321.html"
OTHER = "https://www.un.org/securitycouncil/content/some-press-page"
OTHER_ID = hashlib.sha1(OTHER.encode()).hexdigest()


def test_sanctions_items(monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    items, _, ctx = parse_files(SID, {"press.rss": RSS})
    assert sorted(i.item_id for i in items) == sorted(["sc14321", OTHER_ID])
    add = next(i for i in items if i.item_id == "sc14321")
    assert add.url == "https://press.un.org/en/2020/sc14321.doc.htm"
    assert add.published == DateValue(
        value="2020-10-08", precision="day", raw="Thu, 08 Oct 2020 16:40:00 -0400"
    )
    assert add.text.endswith("to its ISIL (Da'esh) and Al-Qaida Sanctions List.")
    assert add.kind == "press_release"
    removal = next(i for i in items if i.item_id != "sc14321")
    assert removal.published == DateValue(
        value="2020-10-06", precision="day", raw="Tue, 06 Oct 2020"
    )
    assert add.properties["text_from"] == "feed"  # no page: not extracted
    assert ctx.warnings == [
        "2 item(s) without their full text, stored as announcements without extraction"
        f" (records of earlier runs stay): sc14321 (no page-sc14321.html); {OTHER_ID}"
        f" (no page-{OTHER_ID}.html)"
    ]


def test_follow_fetches_the_pages_of_kept_items() -> None:
    assert follow("press.rss", RSS, ParseContext(SID)) == [
        ("page-sc14321.html", "https://press.un.org/en/2020/sc14321.doc.htm"),
        (f"page-{OTHER_ID}.html", OTHER),
    ]  # not the Secretary-General's statement
    assert follow(PAGE.name, PAGE, ParseContext(SID)) == []


def test_the_entry_comes_from_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = stub_extraction(
        monkeypatch,
        lambda text, published, url: (
            [
                record(
                    "Jamal Hussein Hassan Zeiniye", type_="person", authority="UN Security Council"
                )
            ]
            if "QDi.428" in text  # named on the page only
            else []
        ),
    )
    items, records, ctx = parse_files(SID, {"press.rss": RSS, PAGE.name: PAGE})
    [rec] = records
    assert rec.record_id == "sc14321:jamal-hussein-hassan-zeiniye"
    add = next(i for i in items if i.item_id == "sc14321")
    assert add.properties["text_from"] == "page"
    assert add.published is not None and add.published.value == "2020-10-08"  # pubDate kept
    assert add.text.split("\n\n") == [
        "Security Council ISIL (Da'esh) and Al-Qaida Sanctions Committee Adds One Entry to Its"
        " Sanctions List",
        "On 8 October 2020, the Security Council Committee pursuant to resolutions 1267 (1999),"
        " 1989 (2011) and 2253 (2015) approved the addition of the entry specified below to its"
        " ISIL (Da\u2019esh) and Al-Qaida Sanctions List.",
        "A. Individuals",
        "QDi.428 Name: 1: JAMAL 2: HUSSEIN 3: HASSAN 4: ZEINIYE",
        "Nationality: Syrian Arab Republic Listed on: 8 Oct. 2020",
    ]
    assert len(calls) == 1  # the item without its page is not extracted
    assert ctx.warnings == [
        "1 item(s) without their full text, stored as announcements without extraction"
        f" (records of earlier runs stay): {OTHER_ID} (no page-{OTHER_ID}.html)"
    ]


def test_press_release_ids() -> None:
    assert press_release_id("https://press.un.org/en/2023/sc15177.doc.htm") == "sc15177"
    assert press_release_id("https://www.un.org/press/en/2019/SC13856.doc.htm") == "sc13856"
    assert press_release_id("https://press.un.org/en/2024/sgsm22000.doc.htm") == "sgsm22000"


def test_item_without_date_is_kept_and_warned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_extraction(monkeypatch)
    path = tmp_path / "press.rss"
    path.write_text(
        '<rss version="2.0"><channel><title>UN</title><item><title>Sanctions Committee'
        " Removes Entry</title><link>https://press.un.org/en/2024/sc1.doc.htm</link>"
        "<pubDate>someday</pubDate></item></channel></rss>"
    )
    [item], _, ctx = parse_files(SID, {"press.rss": path})
    assert item.published is None
    assert ctx.warnings[0] == (
        "entry https://press.un.org/en/2024/sc1.doc.htm date: unparseable date 'someday'"
    )


def test_html_page_is_a_parse_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    path = tmp_path / "press.rss"
    path.write_text("<!DOCTYPE html><html><body>Not found</body></html>")
    with pytest.raises(ParseError, match=f"{SID}: press.rss: expected an RSS/Atom feed"):
        parse_files(SID, {"press.rss": path})


def test_demo_days(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    got = check_demo(SID, tmp_path)
    assert got == {"day1": ["sc14321"], "day2": ["sc14321", "sc15177"]}
    items, _, ctx = parse_files(SID, folder_files(tmp_path / "day2" / SID))
    assert {i.properties["text_from"] for i in items} == {"page"}
    assert ctx.warnings == []
    makki = next(i for i in items if i.item_id == "sc15177")
    assert "QDi.433 Name: 1: ABDUL 2: REHMAN 3: MAKKI 4: na" in makki.text
    assert "Listed on: 16 Jan. 2023" in makki.text
