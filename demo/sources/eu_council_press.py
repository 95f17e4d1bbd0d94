"""Demo data for eu_council_press: the Council of the EU press release RSS feed.

Real format: RSS 2.0 (channel title/link/description/language; items with title,
link, description, pubDate in RFC 822 with the Brussels offset, guid, category).

Items (real events; dates and substance verified via secondary sources; TITLES and URL
SLUGS from memory, medium-low confidence):
* 24 Jun 2024: the 14th package of economic and individual restrictive measures
  against Russia (116 additional individuals and entities; LNG transhipment ban, SPFS
  ban) — kept (sanctions).
* 17 Jun 2024: the nature restoration law gets the Council's final green light — NOT a
  sanctions item: the parser drops it (both days).
* 16 Dec 2024 (day 2): the 15th package (new listings and more shadow-fleet vessels
  under the port-access ban) — kept.

Stdlib only (run by demo/generate_demo.py).
"""

import hashlib
from dataclasses import dataclass
from html import escape
from pathlib import Path

from demo_common import DAYS, SourceResult, source, write_bytes

SOURCE_ID = "eu_council_press"
PRESS = "https://www.consilium.europa.eu/en/press/press-releases"


@dataclass(frozen=True)
class Item:
    path: str
    pub_date: str  # RFC 822
    title: str
    description: str
    category: str
    sanctions: bool

    @property
    def link(self) -> str:
        return f"{PRESS}/{self.path}/"


PACKAGE_14 = Item(
    "2024/06/24/russia-s-war-of-aggression-against-ukraine-eu-adopts-14th-package-of-sanctions",
    "Mon, 24 Jun 2024 10:15:00 +0200",
    "Russia's war of aggression against Ukraine: EU adopts 14th package of economic and"
    " individual sanctions",
    "The Council adopted today a 14th package of economic and individual restrictive"
    " measures dealing a further blow to Putin's regime and those who perpetuate his"
    " illegal, unprovoked and unjustified war of aggression against Ukraine. The package"
    " lists an additional 116 individuals and entities, bans reloading services for"
    " Russian LNG in EU territory for transhipment to third countries, and prohibits"
    " using the Russian financial messaging system SPFS.",
    "Foreign affairs",
    True,
)
NATURE = Item(
    "2024/06/17/nature-restoration-law-council-gives-final-green-light",
    "Mon, 17 Jun 2024 11:30:00 +0200",
    "Nature restoration law: Council gives final green light",
    "The Council formally adopted the regulation on nature restoration, which sets"
    " targets to restore degraded ecosystems in the EU.",
    "Environment",
    False,
)
PACKAGE_15 = Item(
    "2024/12/16/russia-s-war-of-aggression-against-ukraine-eu-adopts-15th-package-of-restrictive-measures",
    "Mon, 16 Dec 2024 12:00:00 +0100",
    "Russia's war of aggression against Ukraine: EU adopts 15th package of restrictive measures",
    "The Council today adopted a 15th package of restrictive measures against Russia,"
    " with new listings of individuals and entities and more shadow-fleet vessels added"
    " to the list of vessels banned from EU ports and services.",
    "Foreign affairs",
    True,
)

DAY_ITEMS = {"day1": (PACKAGE_14, NATURE), "day2": (PACKAGE_15, PACKAGE_14, NATURE)}


def rss(items: tuple[Item, ...]) -> bytes:
    body = "".join(
        "    <item>\n"
        f"      <title>{escape(i.title)}</title>\n"
        f"      <link>{i.link}</link>\n"
        f"      <description>{escape(i.description)}</description>\n"
        f"      <category>{escape(i.category)}</category>\n"
        f"      <pubDate>{i.pub_date}</pubDate>\n"
        f'      <guid isPermaLink="true">{i.link}</guid>\n'
        "    </item>\n"
        for i in items
    )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n  <channel>\n'
        "    <title>Council of the EU - Press releases</title>\n"
        f"    <link>{PRESS}/</link>\n"
        "    <description>Press releases of the Council of the European Union</description>\n"
        "    <language>en</language>\n"
        f"{body}  </channel>\n</rss>\n"
    )
    return xml.encode("utf-8")


@source(SOURCE_ID)
def eu_council_press(out: Path) -> SourceResult:
    items = {}
    for label in DAYS:
        write_bytes(out / label / SOURCE_ID / "pressreleases.rss", rss(DAY_ITEMS[label]))
        items[label] = sorted(
            hashlib.sha1(i.link.encode("utf-8")).hexdigest()
            for i in DAY_ITEMS[label]
            if i.sanctions
        )
    day1, day2 = set(items["day1"]), set(items["day2"])
    expected: dict[str, object] = {
        "kind": "feed",
        "day1_items": items["day1"],
        "day2_items": items["day2"],
        "added_items": sorted(day2 - day1),
        "scrolled_out": sorted(day1 - day2),
        "filtered_out": 1,
        "modified_items": [],
        "removed": [],
        "records": "extracted by transforms.announcements.extract; never removed",
    }
    md = [
        "## eu_council_press (Council of the EU press releases, RSS)",
        "",
        "Day 1: the 14th Russia package (24 Jun 2024) kept; the nature restoration law item"
        " is dropped as not sanctions-related. Day 2: the 15th package (16 Dec 2024) added.",
    ]
    return SourceResult(expected, "\n".join(md) + "\n")
