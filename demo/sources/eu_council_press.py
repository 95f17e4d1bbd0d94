"""Demo data for eu_council_press: the Council of the EU press release RSS feed and the
followed press release pages.

Real format: RSS 2.0 (channel title/link/description/language; items with title,
link, description, pubDate in RFC 822 with the Brussels offset, guid, category). The
parser's `follow` fetches the page of every KEPT (sanctions) item as
page-<sha1 of the link>.html. Pages: consilium.europa.eu press release pages trimmed
to their structure — canonical link, og:title/og:description/og:url, <main
id="main-content"> with the "Press release" label, h1 title, date line and the
content block div.council-left-content-basic (the parser's first body selector),
then related links; header/footer navigation trimmed. The markup was reconstructed
from memory of the site (medium-low confidence); the parser needs only the canonical
link and a main content block.

Items (real events; dates and substance verified via secondary sources; TITLES and URL
SLUGS from memory, medium-low confidence):
* 24 Jun 2024: the 14th package of economic and individual restrictive measures
  against Russia (116 additional individuals and entities; LNG transhipment ban, SPFS
  ban) — kept (sanctions). Page text: the first paragraph, the LNG sentence and
  Josep Borrell's quote are verbatim as quoted by news agencies from the release; the
  listing and SPFS sentences are close paraphrases.
* 17 Jun 2024: the nature restoration law gets the Council's final green light — NOT a
  sanctions item: the parser drops it (both days) and its page is not followed.
* 16 Dec 2024 (day 2): the 15th package — 54 individuals and 30 entities listed, 52
  vessels added to the port-access and services ban, 32 entities added to the list of
  those supporting Russia's military-industrial complex (figures and the quoted phrases
  as reported from the release by dpa, RFE/RL and Lloyd's List; Kaja Kallas's quote
  verbatim as reported); other wording paraphrased.

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
    date_line: str = ""  # the page's "24 June 2024 10:15"
    paragraphs: tuple[str, ...] = ()  # the page's content (HTML)

    @property
    def link(self) -> str:
        return f"{PRESS}/{self.path}/"

    @property
    def item_id(self) -> str:
        return hashlib.sha1(self.link.encode("utf-8")).hexdigest()


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
    "24 June 2024 10:15",
    (
        "<p>The Council adopted today a 14th package of economic and individual restrictive"
        " measures dealing a further blow to Putin\u2019s regime and those who perpetuate his"
        " illegal, unprovoked and unjustified war of aggression against Ukraine. These"
        " measures are designed to target high-value sectors of the Russian economy, like"
        " energy, finance and trade, and make it ever more difficult to circumvent EU"
        " sanctions.</p>",
        "<blockquote><p>Our sanctions have already significantly weakened the Russian economy"
        " and prevented Putin from accomplishing his plans to destroy Ukraine, although he"
        " still continues the illegal aggression targeting civilians and civilian"
        " infrastructure. The 14th package of sanctions demonstrates our unity in supporting"
        " Ukraine and seeking to limit Russia\u2019s criminal activities against Ukrainians,"
        " including efforts to circumvent EU measures.</p><p>Josep Borrell, High"
        " Representative for Foreign Affairs and Security Policy</p></blockquote>",
        "<h2>Listings</h2>",
        "<p>Today\u2019s package includes restrictive measures against an additional 116"
        " individuals and entities responsible for actions undermining or threatening the"
        " territorial integrity, sovereignty and independence of Ukraine. They are subject to"
        " an asset freeze, and the individuals to a travel ban.</p>",
        "<h2>Energy</h2>",
        "<p>In order to ensure that EU facilities are not used to tranship Russian liquefied"
        " natural gas (LNG) to third countries, and thereby reduce the significant revenues"
        " that Russia derives from LNG sale and transport, the EU will forbid reloading"
        " services of Russian LNG in EU territory for the purpose of transhipment operations"
        " to third countries.</p>",
        "<h2>Finance</h2>",
        "<p>The Council decided to prohibit the use of the System for Transfer of Financial"
        " Messages (SPFS), a specialised financial messaging service developed by the Central"
        " Bank of Russia to neutralise the effect of restrictive measures.</p>",
    ),
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
    "16 December 2024 12:00",
    (
        "<p>The Council today adopted a 15th package of restrictive measures against Russia,"
        " as part of the EU\u2019s response to Russia\u2019s war of aggression against"
        " Ukraine.</p>",
        "<blockquote><p>This package of sanctions is part of our response to weaken"
        " Russia\u2019s war machine and those who are enabling this war, also including"
        " Chinese companies. It shows the unity of EU member states in our continued support"
        " to Ukraine.</p><p>Kaja Kallas, High Representative for Foreign Affairs and Security"
        " Policy</p></blockquote>",
        "<h2>Listings</h2>",
        "<p>The Council imposed restrictive measures on an additional 54 individuals and 30"
        " entities responsible for actions undermining or threatening the territorial"
        " integrity, sovereignty and independence of Ukraine. They are subject to an asset"
        " freeze, and the individuals to a travel ban.</p>",
        "<h2>Shadow fleet</h2>",
        "<p>52 vessels from third countries were added to the list of ships subject to a port"
        " access ban and a ban on the provision of a broad range of services. These ships"
        " have been found to be engaged in high-risk shipping practices when transporting"
        " Russian oil or petroleum products, in arms deliveries, grain theft, or supporting"
        " the Russian energy sector.</p>",
        "<h2>Trade</h2>",
        "<p>The Council added 32 entities contributing to the technological enhancement of"
        " Russia\u2019s defence and security sector to the list of those subject to tighter"
        " export restrictions on dual-use goods and technologies.</p>",
    ),
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


def page_name(item: Item) -> str:
    """transforms.sources.eu_council_press.parser.page_name: page-<item id>.html."""
    return f"page-{item.item_id}.html"


def page(item: Item) -> bytes:
    """The press release page of a kept item."""
    html = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(item.title)} - Consilium</title>\n"
        f'<meta name="description" content="{escape(item.description)}">\n'
        f'<meta property="og:title" content="{escape(item.title)}">\n'
        f'<meta property="og:description" content="{escape(item.description)}">\n'
        f'<meta property="og:url" content="{item.link}">\n'
        '<meta property="og:site_name" content="Consilium">\n'
        f'<link rel="canonical" href="{item.link}">\n'
        "</head>\n<body>\n"
        '<header class="council-header"><nav aria-label="Breadcrumb"><ol>'
        '<li><a href="/en/">Home</a></li><li><a href="/en/press/">Press</a></li>'
        '<li><a href="/en/press/press-releases/">Press releases</a></li></ol></nav></header>\n'
        '<main id="main-content">\n<div class="council-page-title">\n'
        '<p class="council-prefix">Press release</p>\n'
        f"<h1>{escape(item.title, quote=False)}</h1>\n"
        f'<p class="council-date">{item.date_line}</p>\n</div>\n'
        '<div class="council-left-content-basic council-flexify">\n'
        + "\n".join(item.paragraphs)
        + "\n</div>\n"
        '<aside class="council-related"><h2>Related content</h2><ul>'
        '<li><a href="/en/policies/sanctions-against-russia/">EU sanctions against Russia'
        "</a></li></ul></aside>\n</main>\n"
        '<footer class="council-footer"><p>Council of the European Union</p></footer>\n'
        "</body>\n</html>\n"
    )
    return html.encode("utf-8")


@source(SOURCE_ID)
def eu_council_press(out: Path) -> SourceResult:
    items = {}
    for label in DAYS:
        write_bytes(out / label / SOURCE_ID / "pressreleases.rss", rss(DAY_ITEMS[label]))
        for item in DAY_ITEMS[label]:
            if item.sanctions:
                write_bytes(out / label / SOURCE_ID / page_name(item), page(item))
        items[label] = sorted(i.item_id for i in DAY_ITEMS[label] if i.sanctions)
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
        " is dropped as not sanctions-related. Day 2: the 15th package (16 Dec 2024) added."
        " Each kept item's press release page is followed (page-<sha1 of the link>.html) and"
        " ban records are extracted from its main text.",
    ]
    return SourceResult(expected, "\n".join(md) + "\n")
