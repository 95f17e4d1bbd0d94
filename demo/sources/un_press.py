"""Demo data for un_press: the UN Meetings Coverage and Press Releases RSS feed.

Real format: Drupal RSS 2.0 (channel title/link/description/language; items with title,
link, description = the release's first paragraph(s), pubDate, dc:creator, guid).

Items:
* SC/14321, 8 Oct 2020: the ISIL (Da'esh) and Al-Qaida Sanctions Committee approved the
  addition of one entry (symbol, date and first paragraph verified from the press.un.org
  listing; the title follows the committee's standard wording, the entry itself is not
  reproduced because it is not known here).
* SC/14319, Oct 2020: the MONUSCO briefing (symbol and first sentence verified; title
  paraphrased, date approximate) — NOT a sanctions item, dropped by the parser.
* Day 2: 16 Jan 2023, the same committee adds Abdul Rehman Makki (date and first
  paragraph verified via news reports quoting the release; the symbol SC/15177 is from
  memory and UNVERIFIED).

Stdlib only (run by demo/generate_demo.py).
"""

from dataclasses import dataclass
from html import escape
from pathlib import Path

from demo_common import DAYS, SourceResult, source, write_bytes

SOURCE_ID = "un_press"
PRESS = "https://press.un.org/en"
COMMITTEE = (
    "the Security Council Committee pursuant to resolutions 1267 (1999), 1989 (2011) and"
    " 2253 (2015) concerning ISIL (Da'esh), Al-Qaida, and associated individuals, groups,"
    " undertakings and entities"
)


@dataclass(frozen=True)
class Item:
    symbol: str  # sc14321
    year: str
    pub_date: str
    title: str
    description: str
    sanctions: bool

    @property
    def link(self) -> str:
        return f"{PRESS}/{self.year}/{self.symbol}.doc.htm"


ADD_2020 = Item(
    "sc14321",
    "2020",
    "Thu, 08 Oct 2020 16:40:00 -0400",
    "Security Council ISIL (Da'esh) and Al-Qaida Sanctions Committee Adds One Entry to Its"
    " Sanctions List",
    f"On 8 October 2020, {COMMITTEE} approved the addition of the entry specified below to"
    " its ISIL (Da'esh) and Al-Qaida Sanctions List of individuals and entities subject to"
    " the assets freeze, travel ban and arms embargo set out in paragraph 1 of Security"
    " Council resolution 2368 (2017), and adopted under Chapter VII of the Charter of the"
    " United Nations.",
    True,
)
MONUSCO = Item(
    "sc14319",
    "2020",
    "Tue, 06 Oct 2020 18:00:00 -0400",
    "Head of United Nations Mission in Democratic Republic of Congo calls for continued"
    " support, briefing Security Council",
    "With the United Nations Organization Stabilization Mission in the Democratic Republic"
    " of the Congo (MONUSCO) having successfully adjusted to COVID-19, its leader called"
    " for continued international support to help the country meet the challenges posed"
    " by armed groups and political tension.",
    False,
)
MAKKI = Item(
    "sc15177",
    "2023",
    "Mon, 16 Jan 2023 17:00:00 -0500",
    "Security Council ISIL (Da'esh) and Al-Qaida Sanctions Committee Adds One Entry to Its"
    " Sanctions List",
    f"On 16 January 2023, {COMMITTEE} approved the addition of the entry specified below"
    " to its ISIL (Da'esh) and Al-Qaida Sanctions List of individuals and entities subject"
    " to the assets freeze, travel ban and arms embargo set out in paragraph 1 of Security"
    " Council resolution 2610 (2021) and adopted under Chapter VII of the Charter of the"
    " United Nations. The entry is Abdul Rehman Makki, a leader of Lashkar-e-Tayyiba.",
    True,
)

DAY_ITEMS = {"day1": (ADD_2020, MONUSCO), "day2": (MAKKI, ADD_2020, MONUSCO)}


def rss(items: tuple[Item, ...]) -> bytes:
    body = "".join(
        "    <item>\n"
        f"      <title>{escape(i.title)}</title>\n"
        f"      <link>{i.link}</link>\n"
        f"      <description>{escape('<p>' + escape(i.description) + '</p>')}</description>\n"
        f"      <pubDate>{i.pub_date}</pubDate>\n"
        "      <dc:creator>Meetings Coverage and Press Releases</dc:creator>\n"
        f'      <guid isPermaLink="true">{i.link}</guid>\n'
        "    </item>\n"
        for i in items
    )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xml:base="https://press.un.org/en"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n'
        "    <title>Meetings Coverage and Press Releases</title>\n"
        f"    <link>{PRESS}</link>\n"
        "    <description>United Nations Meetings Coverage and Press Releases</description>\n"
        "    <language>en</language>\n"
        f"{body}  </channel>\n</rss>\n"
    )
    return xml.encode("utf-8")


@source(SOURCE_ID)
def un_press(out: Path) -> SourceResult:
    items = {}
    for label in DAYS:
        write_bytes(out / label / SOURCE_ID / "press.rss", rss(DAY_ITEMS[label]))
        items[label] = sorted(i.symbol for i in DAY_ITEMS[label] if i.sanctions)
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
        "## un_press (UN press releases, RSS)",
        "",
        "Day 1: SC/14321 (8 Oct 2020, ISIL/Al-Qaida committee adds one entry) kept; SC/14319"
        " (MONUSCO briefing) dropped as not sanctions-related. Day 2: the 16 Jan 2023 listing"
        " of Abdul Rehman Makki added.",
    ]
    return SourceResult(expected, "\n".join(md) + "\n")
