"""transforms.feeds.common: ids, dates, text, and the extracted record -> BanRecord mapping."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.support.feeds import record, stub_extraction
from transforms.base import ParseContext, ParseError
from transforms.feeds.common import (
    EXTRACTION_UNAVAILABLE,
    FeedItem,
    announcement_records,
    canonical_url,
    emit,
    follow_item_pages,
    follow_name,
    full_text,
    html_to_text,
    kept_entries,
    parse_date,
    parse_feed,
    records_for,
    slug,
    sniff,
    url_item_id,
    warn_without_full_text,
)
from transforms.model import Announcement, DateValue, Measure, Milestone, TargetType


def item(**extra: Any) -> Announcement:
    data: dict[str, Any] = {
        "source": "us_treasury_press",
        "item_id": "jy2420",
        "url": "https://home.treasury.gov/news/press-releases/jy2420",
        "title": "Treasury Sanctions Kaspersky Lab Leadership",
        "published": DateValue(value="2024-06-21", precision="day", raw="2024-06-21"),
        "text": "Today OFAC designated ...",
    }
    data.update(extra)
    return Announcement(**data)


def test_slug_keeps_other_scripts_and_drops_accents() -> None:
    assert slug("AO Kaspersky Lab") == "ao-kaspersky-lab"
    assert slug("Société Générale d'Équipement") == "societe-generale-dequipement"
    assert slug("Лаборатория Касперского") == "лаборатория-касперского"
    assert slug("  --  ") == ""


def test_follow_names() -> None:
    assert follow_name("article", "jy2420", "html") == "article-jy2420.html"
    long = "news/" + "x" * 120
    name = follow_name("article", long, "html")
    assert name.startswith("article-news-xxx") and len(name) < 110
    assert name == follow_name("article", long, "html")  # stable
    assert follow_name("article", "JY2420", "html") != follow_name("article", "jy2420", "html")


def test_canonical_url() -> None:
    assert canonical_url("HTTPS://WWW.Gov.UK/a/b?utm_source=x&q=1#frag") == (
        "https://www.gov.uk/a/b?q=1"
    )


@pytest.mark.parametrize(
    ("raw", "value", "precision"),
    [
        ("2024-06-24", "2024-06-24", "day"),
        ("2024-06-24T23:30:00-04:00", "2024-06-24", "day"),  # publisher's local date
        ("Mon, 24 Jun 2024 10:15:00 +0200", "2024-06-24", "day"),
        ("24 June 2024", "2024-06-24", "day"),
        ("Monday, 24 June 2024", "2024-06-24", "day"),
        ("June 2024", "2024-06", "month"),
        ("2024", "2024", "year"),
    ],
)
def test_parse_date(raw: str, value: str, precision: str) -> None:
    assert parse_date(raw) == DateValue(value=value, precision=precision, raw=raw)  # type: ignore[arg-type]


def test_parse_date_rejects_non_dates() -> None:
    assert parse_date("soon") is None and parse_date("") is None and parse_date(None) is None


def test_sniff() -> None:
    assert sniff(b"\xef\xbb\xbf  {") == "json"
    assert sniff(b"<?xml version='1.0'?><rss/>") == "xml"
    assert sniff(b"<!doctype html><html>") == "html"
    assert sniff(b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">') == "html"
    assert sniff(b"news\n\nTitle") == "text"
    assert sniff(b" \n") == "empty"


def test_html_to_text() -> None:
    html = "<p>One\n  two</p><ul><li>A</li><li>B <b>bold</b></li></ul><script>x()</script>"
    assert html_to_text(html) == "One two\n\nA\n\nB bold"


def test_mapping_merges_a_target_named_twice_and_maps_vocabulary() -> None:
    ctx = ParseContext("us_treasury_press")
    extracted = [
        record(
            "Igor Chekunov",
            type_="individual",
            authority="OFAC",
            measures=["asset_freeze", "Asset freeze", "travel restrictions"],
            legal_basis=["E.O. 14024"],
            programs=["RUSSIA-EO14024"],
            milestones=[
                {"role": "announced", "date": "2024-06-21", "text": "Today"},
                {"role": "listed", "date": "2024-06-21", "text": "?"},
                {"role": "effective", "date": "21 June", "text": "not ISO"},
            ],
        ),
        record(
            "IGOR CHEKUNOV",
            type_="person",
            action="blocking",
            measures=["financial_restriction"],
            legal_basis=["E.O. 14024", "31 CFR part 587"],
            targets=[
                {"name": "IGOR CHEKUNOV", "type": "person", "country": "RU"},
                {"name": "Лаборатория Касперского", "type": "software vendor", "country": None},
                {"name": "  ", "type": "person", "country": None},
            ],
            milestones=[{"role": "end", "date": "2025", "text": "until 2025"}],
        ),
    ]
    records = announcement_records(item(), extracted, ctx=ctx)
    assert [r.record_id for r in records] == [
        "jy2420:igor-chekunov",
        "jy2420:лаборатория-касперского",
    ]
    igor = records[0]
    assert igor.name == "Igor Chekunov"  # the first spelling
    assert igor.target_type == TargetType.PERSON
    assert igor.authority == "OFAC"
    assert igor.jurisdiction == "US"
    assert igor.measures == [
        Measure.ASSET_FREEZE,
        Measure.OTHER,
        Measure.FINANCIAL_RESTRICTION,
    ]
    assert igor.legal_basis == ["E.O. 14024", "31 CFR part 587"]
    assert igor.programs == ["RUSSIA-EO14024"]
    assert igor.countries == ["RU"]
    assert igor.milestones == [
        Milestone(
            role="announced",
            date=DateValue(value="2024-06-21", precision="day", raw="2024-06-21"),
            text="Today",
        ),
        Milestone(
            role="end",
            date=DateValue(value="2025", precision="year", raw="2025"),
            text="until 2025",
        ),
    ]
    assert igor.properties == {
        "announcement_id": "jy2420",
        "announcement_url": "https://home.treasury.gov/news/press-releases/jy2420",
        "action": "designation; blocking",
    }
    vendor = records[1]
    assert vendor.target_type == TargetType.OTHER
    assert vendor.authority == "BIS"
    assert ctx.warnings == [
        "item jy2420 extracted record 1: milestone role 'listed' is not known; milestone ignored",
        "item jy2420 extracted record 1: milestone date '21 June' (effective) is not ISO; ignored",
        "extracted measure 'travel restrictions' is not in the vocabulary; mapped to 'other'",
        "extracted target type 'software vendor' is not known; mapped to 'other'",
        "item jy2420 extracted record 2: a target without a name was skipped",
    ]


def test_authority_and_jurisdiction_fall_back_to_the_source() -> None:
    rec = record("X Corp", authority="", jurisdiction="")
    [got] = announcement_records(item(source="eu_council_press"), [rec])
    assert (got.authority, got.jurisdiction) == ("Council of the European Union", "EU")


def test_records_for_runs_the_extraction_with_the_publication_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = stub_extraction(monkeypatch, lambda text, published, url: [record("X Corp")])
    ctx = ParseContext("us_treasury_press")
    [rec] = records_for(item(), ctx)
    assert calls == [("Today OFAC designated ...", date(2024, 6, 21))]
    assert rec.record_id == "jy2420:x-corp"
    month = DateValue(value="2024-06", precision="month", raw="June 2024")
    assert records_for(item(published=month), ctx) == []
    assert ctx.warnings == [
        "item jy2420: no day-precise publication date (June 2024); extraction skipped"
    ]


def test_missing_extraction_is_warned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "transforms.announcements.extract", None)
    ctx = ParseContext("us_treasury_press")
    assert records_for(item(), ctx) == [] and records_for(item(), ctx) == []
    assert ctx.warnings == [EXTRACTION_UNAVAILABLE]


def test_extraction_crash_names_the_item(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(text: str, published: date, url: str | None) -> list[dict[str, Any]]:
        raise ValueError("bad text")

    stub_extraction(monkeypatch, boom)
    with pytest.raises(ParseError, match="us_treasury_press: extraction failed on item jy2420"):
        records_for(item(), ParseContext("us_treasury_press"))


def test_full_text_is_title_then_main_text() -> None:
    assert full_text("EU adopts 15th package", "The Council today adopted ...") == (
        "EU adopts 15th package\n\nThe Council today adopted ..."
    )
    # A page whose main text starts with its title does not repeat it.
    assert full_text("EU adopts 15th package", " EU  adopts 15th package\n\nThe Council") == (
        "EU  adopts 15th package\n\nThe Council"
    )
    assert full_text("Title", "  ") == "Title"


def test_items_without_full_text_are_stored_not_extracted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = stub_extraction(monkeypatch, lambda text, published, url: [record("X Corp")])
    ctx = ParseContext("us_treasury_press")
    out = emit(
        [FeedItem(item(item_id="b", text="no page")), FeedItem(item(), extract=False)],
        ctx,
    )
    assert [type(o).__name__ for o in out] == ["Announcement", "BanRecord", "Announcement"]
    assert [text for text, _ in calls] == ["no page"]
    warn_without_full_text(ctx, [(f"id{n}", "no page") for n in range(12)])
    warn_without_full_text(ctx, [])
    assert ctx.warnings == [
        "12 item(s) without their full text, stored as announcements without extraction"
        " (records of earlier runs stay): "
        + "; ".join(f"id{n} (no page)" for n in range(10))
        + " and 2 more"
    ]


FEED = b"""<rss version="2.0"><channel><title>T</title>
<item><title>New sanctions listings</title><link>https://x.test/a?utm_source=rss</link></item>
<item><title>Budget</title><link>https://x.test/b</link><category>sanctions</category></item>
<item><title>Agriculture</title><link>https://x.test/c</link></item>
<item><title>Sanctions without a link</title></item>
</channel></rss>"""


def test_kept_entries_and_their_followed_pages(tmp_path: Path) -> None:
    feed = parse_feed(FEED, ParseContext("eu_council_press"))
    assert [e.title for e in kept_entries(feed, ("sanction",))] == [
        "New sanctions listings",
        "Budget",  # by its category
        "Sanctions without a link",
    ]
    path = tmp_path / "feed.rss"
    path.write_bytes(FEED)
    got = follow_item_pages(
        "feed.rss",
        path,
        ParseContext("eu_council_press"),
        phrases=("sanction",),
        item_id=url_item_id,
        page_name=lambda iid: follow_name("page", iid, "html"),
    )
    assert got == [
        (f"page-{url_item_id('https://x.test/a')}.html", "https://x.test/a?utm_source=rss"),
        (f"page-{url_item_id('https://x.test/b')}.html", "https://x.test/b"),
    ]
    html = tmp_path / "page.html"
    html.write_text("<html><body>Not a feed</body></html>")
    assert (
        follow_item_pages(
            "page.html",
            html,
            ParseContext("eu_council_press"),
            phrases=("sanction",),
            item_id=url_item_id,
            page_name=str,
        )
        == []
    )
