"""news_articles: watched article pages (HTML) and articles in the seed text layout."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.support.feeds import check_demo, no_extraction, parse_files
from tests.support.samples import SAMPLES
from transforms.base import ParseError
from transforms.model import DateValue

SID = "news_articles"
FIXTURES = Path(__file__).parent / "fixtures" / SID
COMMERCE = (
    "https://www.commerce.gov/news/press-releases/2024/06/"
    "commerce-department-prohibits-russian-kaspersky-software-us-customers"
)
SEED = SAMPLES.parent / "seed" / "kaspersky_us_exit_2024-07-18.txt"


def test_html_article(monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    [item], _, ctx = parse_files(SID, {"article.html": FIXTURES / "article.html"})
    assert item.item_id == hashlib.sha1(COMMERCE.encode()).hexdigest()
    assert item.url == COMMERCE
    assert (
        item.title == "Commerce Department Prohibits Russian Kaspersky Software for U.S. Customers"
    )
    assert item.published == DateValue(
        value="2024-06-20", precision="day", raw="2024-06-20T13:00:00-04:00"
    )
    assert item.kind == "article"
    assert item.text == (
        "WASHINGTON \u2014 Today, the Department of Commerce\u2019s Bureau of Industry and"
        " Security announced a Final Determination prohibiting Kaspersky Lab, Inc. from"
        " providing anti-virus software in the United States.\n\n"
        "New transactions are prohibited beginning July 20, 2024; updates may continue until"
        " September 29, 2024."
    )
    assert item.properties == {
        "layout": "html",
        "published_from": "json-ld datePublished",
        "description": "BIS issues a Final Determination on Kaspersky.",
    }
    assert ctx.warnings == []


def test_text_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    [item], _, _ = parse_files(SID, {"article.txt": FIXTURES / "article.txt"})
    assert item.title == "Kaspersky to wind down its US operations"
    assert item.published == DateValue(value="2024-07-16", precision="day", raw="2024-07-16")
    assert item.kind == "news"
    assert item.text == (  # the language menu line is gone
        "Kaspersky said it will close its US business from July 20 after the US ban announced"
        " on June 20.\n\nIts software will stop receiving updates after September 29."
    )
    key = "news\nKaspersky to wind down its US operations\n2024-07-16"
    assert item.url == "urn:sha1:" + hashlib.sha1(key.encode()).hexdigest()
    assert item.item_id == hashlib.sha1(item.url.encode()).hexdigest()


def test_declared_file_name_gives_the_url(monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    name = "commerce-kaspersky-2024-06-20.html"
    [item], _, _ = parse_files(SID, {name: FIXTURES / "article.txt"})
    assert item.url == COMMERCE


def test_seed_article(monkeypatch: pytest.MonkeyPatch) -> None:
    if not SEED.exists():
        pytest.skip(f"seed {SEED} not available")
    no_extraction(monkeypatch)
    [item], _, _ = parse_files(SID, {SEED.name: SEED})
    assert item.published == DateValue(value="2024-07-18", precision="day", raw="2024-07-18")
    assert item.title.startswith("After being banned by the United States, Kaspersky")
    assert item.text.startswith("After the United States announced a ban on Russian")
    assert "Русский" not in item.text


def test_seed_article_records_with_real_extraction() -> None:
    if not SEED.exists():
        pytest.skip(f"seed {SEED} not available")
    pytest.importorskip("transforms.announcements.extract")
    items, records, _ = parse_files(SID, {SEED.name: SEED})
    kaspersky = [r for r in records if "kaspersky" in r.name.lower()]
    assert kaspersky, [r.name for r in records]
    got = {(m.role, m.date.value) for r in kaspersky for m in r.milestones}
    assert {
        ("announced", "2024-06-20"),
        ("deadline", "2024-07-20"),
        ("deadline", "2024-09-29"),
    } <= got
    assert all(r.properties["announcement_id"] == items[0].item_id for r in records)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html><body><h1>Access denied</h1></body></html>", "is no article page"),
        (b"news\nTitle\nyesterday\ntext\n", "is not a YYYY-MM-DD publication date"),
        (b"This is just a sentence. And another one.\nTitle\n2024-01-01\ntext", "line 1"),
        (b"news\nTitle\n2024-01-01\n", "too short"),
        (b'{"title": "x"}', "got json content"),
    ],
)
def test_bad_articles_are_parse_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes, message: str
) -> None:
    no_extraction(monkeypatch)
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    with pytest.raises(ParseError, match=SID) as err:
        parse_files(SID, {"a.txt": path})
    assert message in str(err.value)


def test_demo_days(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    got = check_demo(SID, tmp_path)
    assert got["day1"] == got["day2"] and len(got["day1"]) == 2
