"""Demo data for un_press: the UN Meetings Coverage and Press Releases RSS feed and the
followed press release pages.

Real format: Drupal RSS 2.0 (channel title/link/description/language; items with title,
link, description = the release's first paragraph(s), pubDate, dc:creator, guid). The
parser's `follow` fetches the page of every KEPT (sanctions) item as
page-<symbol>.html. Pages: press.un.org (Drupal) press release pages trimmed to their
structure — canonical link, og:title, <main> with the node <article>: h1 title, the
dated field (<time datetime>), the symbol field and the body field
(div.field--name-body, the parser's body selector); site header/footer trimmed. The
markup follows Drupal's field classes (medium confidence for the exact wrappers).

Items:
* SC/14321, 8 Oct 2020: the ISIL (Da'esh) and Al-Qaida Sanctions Committee approved the
  addition of one entry (symbol, date and first paragraph verified from the press.un.org
  listing; the title follows the committee's standard wording). The entry on the page is
  QDi.428 JAMAL HUSSEIN HASSAN ZEINIYE, listed on 8 Oct. 2020, in the committee's
  "Name: 1: ... 2: ..." layout with the values of the UN Consolidated List (verified
  against the list's XML of 27 Feb 2026).
* SC/14319, Oct 2020: the MONUSCO briefing (symbol and first sentence verified; title
  paraphrased, date approximate) — NOT a sanctions item, dropped by the parser; its page
  is not followed.
* Day 2: 16 Jan 2023, the same committee adds Abdul Rehman Makki (date and first
  paragraph verified via news reports quoting the release; the symbol SC/15177 is from
  memory and UNVERIFIED). The entry: QDi.433 ABDUL REHMAN MAKKI, values of the UN
  Consolidated List (verified as above).

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
    dated: str = ""  # the page's <time datetime>
    entry: tuple[str, ...] = ()  # the entry's paragraphs on the page (HTML)

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
    "2020-10-08T12:00:00Z",
    (
        "<p><strong>A.  Individuals</strong></p>",
        "<p><strong>QDi.428  Name: 1: JAMAL 2: HUSSEIN 3: HASSAN 4: ZEINIYE</strong></p>",
        "<p>Name (original script): \u062c\u0645\u0627\u0644 \u062d\u0633\u064a\u0646"
        " \u062d\u0633\u0646 \u0632\u064a\u0646\u064a\u0647</p>",
        "<p>Title: na  Designation: na  DOB: a) 17 Aug. 1972 b) 1 Jan. 1972  POB: a)"
        " Benghazi, Libya b) Al Tall, Syrian Arab Republic c) Tell Mnin, Syrian Arab Republic"
        "  Good quality a.k.a.: Jamal Husayn Zayniyah  Low quality a.k.a.: a) Abu Malek El"
        " Talleh b) Abu Hussein c) abu-Malik al-Ansari d) Abu-Malik al-Shami e) Abu-Malik"
        " al-Talli  Nationality: Syrian Arab Republic  Passport no: 3987189, Syrian Arab"
        " Republic  National identification no: a) 13080011550 b) Identification Card No."
        " 5877002, Syrian Arab Republic, issued on 25 May 2011  Address: a) Syrian Arab"
        " Republic b) Arsal, Bekaa, Lebanon  Listed on: 8 Oct. 2020  Other information:"
        " Leader of AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT (QDe.137) in West Kalamoun,"
        " Syrian Arab Republic. Mother\u2019s name is Amina Tohmeh.</p>",
    ),
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
    "2023-01-16T12:00:00Z",
    (
        "<p><strong>A.  Individuals</strong></p>",
        "<p><strong>QDi.433  Name: 1: ABDUL 2: REHMAN 3: MAKKI 4: na</strong></p>",
        "<p>Title: na  Designation: na  DOB: 10 Dec. 1954  POB: Bahawalpur, Punjab Province,"
        " Pakistan  Good quality a.k.a.: a) Abdur Rehman Makki b) Abdur Rahman Makki c) Abdul"
        " Rahman Makki d) Hafiz Abdul Rahman Makki e) Hafiz Abdul Rehman Makki f) Hafiz Abdul"
        " Rehman  Low quality a.k.a.: na  Nationality: Pakistan  Passport no: a) CG9153881,"
        " Pakistan, issued on 2 Nov. 2007 b) A5199819, Pakistan  National identification no:"
        " a) 6110111883885, Pakistan b) 34454009709, Pakistan  Address: Tayyiba Markaz,"
        " Muridke, Punjab Province, Pakistan  Listed on: 16 Jan. 2023  Other information: He"
        " is deputy Amir/Chief of LASHKAR-E-TAYYIBA (LET) (QDe.118) a.k.a JAMAAT-UD-DAWA"
        " (JUD) and Head of Political Affairs Wing JUD/LET. He also served as head of"
        " LET\u2019s foreign relations department and member of Shura (governing body). He"
        " is the brother-in-law of JUD/LET Chief Hafiz Muhammad Saeed (QDi.263).</p>",
    ),
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


def page(item: Item) -> bytes:
    """The press release page of a kept item (page-<symbol>.html)."""
    symbol = f"{item.symbol[:2].upper()}/{item.symbol[2:]}"
    day = f"{int(item.dated[8:10])} {MONTHS[int(item.dated[5:7])]} {item.dated[:4]}"
    body = "\n".join((f"<p>{escape(item.description, quote=False)}</p>", *item.entry))
    html = (
        '<!DOCTYPE html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8" />\n'
        f'<link rel="canonical" href="{item.link}" />\n'
        f'<meta property="og:title" content="{escape(item.title)}" />\n'
        f"<title>{escape(item.title, quote=False)} | Meetings Coverage and Press Releases"
        "</title>\n</head>\n"
        '<body class="path-node page-node-type-press-release">\n'
        '<header role="banner"><a href="/en">Meetings Coverage and Press Releases</a></header>\n'
        '<main role="main">\n'
        '<article class="node node--type-press-release node--view-mode-full">\n'
        '<h1 class="page-header"><span class="field field--name-title field--type-string'
        f' field--label-hidden">{escape(item.title, quote=False)}</span></h1>\n'
        '<div class="field field--name-field-dated field--type-datetime field--label-hidden'
        f' field__item"><time datetime="{item.dated}">{day}</time></div>\n'
        '<div class="field field--name-field-symbol field--type-string field--label-hidden'
        f' field__item">{symbol}</div>\n'
        '<div class="clearfix text-formatted field field--name-body'
        ' field--type-text-with-summary field--label-hidden field__item">'
        f"{body}</div>\n</article>\n</main>\n"
        '<footer role="contentinfo"><p>United Nations</p></footer>\n</body>\n</html>\n'
    )
    return html.encode("utf-8")


MONTHS = (
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip


@source(SOURCE_ID)
def un_press(out: Path) -> SourceResult:
    items = {}
    for label in DAYS:
        write_bytes(out / label / SOURCE_ID / "press.rss", rss(DAY_ITEMS[label]))
        for item in DAY_ITEMS[label]:
            if item.sanctions:
                write_bytes(out / label / SOURCE_ID / f"page-{item.symbol}.html", page(item))
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
        " of Abdul Rehman Makki added. Each kept item's page is followed (page-<symbol>.html):"
        " the entries added (QDi.428 Jamal Hussein Hassan Zeiniye, QDi.433 Abdul Rehman"
        " Makki) are named only there.",
    ]
    return SourceResult(expected, "\n".join(md) + "\n")
