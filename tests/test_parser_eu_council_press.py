"""eu_council_press: the Council's press release RSS, sanctions items only."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.support.feeds import check_demo, no_extraction, parse_files, record, stub_extraction
from transforms.base import ParseError
from transforms.model import DateValue

SID = "eu_council_press"
RSS = Path(__file__).parent / "fixtures" / SID / "pressreleases.rss"
PACKAGE = "https://www.consilium.europa.eu/en/press/press-releases/2024/06/24/russia-14th-package/"


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
    assert package.properties == {
        "feed": "pressreleases.rss",
        "guid": "press-release-2024-06-24-russia",
        "categories": "Foreign affairs",
    }
    belarus = next(i for i in items if i.title.startswith("Belarus"))
    assert belarus.published == DateValue(
        value="2024-02-26", precision="day", raw="26 February 2024"
    )
    assert belarus.properties["categories"] == "Belarus"  # dc:subject
    assert ctx.warnings == ["pressreleases.rss: unknown item element <credit> ignored"]


def test_records_are_tied_to_the_item(monkeypatch: pytest.MonkeyPatch) -> None:
    stub_extraction(
        monkeypatch,
        lambda text, published, url: (
            [record("Polina Gagarina", type_="person", authority="Council of the European Union")]
            if "14th package" in text
            else []
        ),
    )
    items, records, _ = parse_files(SID, {"pressreleases.rss": RSS})
    [rec] = records
    item_id = hashlib.sha1(PACKAGE.encode()).hexdigest()
    assert rec.record_id == f"{item_id}:polina-gagarina"
    assert rec.authority == "Council of the European Union"
    assert rec.source_url == PACKAGE + "?utm_source=rss"


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


def test_demo_days(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_extraction(monkeypatch)
    got = check_demo(SID, tmp_path)
    assert (len(got["day1"]), len(got["day2"])) == (1, 2)
