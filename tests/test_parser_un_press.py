"""un_press: UN press releases RSS, Security Council sanctions items only."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.support.feeds import check_demo, no_extraction, parse_files
from transforms.base import ParseError
from transforms.model import DateValue
from transforms.sources.un_press.parser import press_release_id

SID = "un_press"
RSS = Path(__file__).parent / "fixtures" / SID / "press.rss"


def test_sanctions_items(monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    items, _, ctx = parse_files(SID, {"press.rss": RSS})
    other = "https://www.un.org/securitycouncil/content/some-press-page"
    assert sorted(i.item_id for i in items) == sorted(
        ["sc14321", hashlib.sha1(other.encode()).hexdigest()]
    )
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
    assert ctx.warnings == []


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
