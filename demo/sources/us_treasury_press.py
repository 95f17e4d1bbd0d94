"""Demo data for us_treasury_press: the Treasury press release listing and release pages.

Real format (home.treasury.gov, Drupal "Hamilton" theme): the listing's
div.content--2col__body holds one div per release with span.date-format >
time[datetime="YYYY-MM-DDT12:00:00Z"] and h3.featured-stories__headline > a
href="/news/press-releases/<id>"; a release page has <link rel=canonical>, the title
in h2.uswds-page-title, the date in .field--name-field-news-publication-date and the
body in .field--name-field-news-body. The pages are trimmed to that markup.

Releases (real; ids and dates from memory, confidence noted; bodies are faithful
paraphrases/quotes of US Government works, shortened):
* jy2420, 21 Jun 2024, "Treasury Sanctions Kaspersky Lab Leadership in Response to
  Continued Russian Cyber Threats": 12 AO Kaspersky Lab executives designated under
  E.O. 14024 (high confidence; names as in the OFAC SDN demo).
* jy2404, 12 Jun 2024, Russia's military-industrial base package incl. Moscow Exchange,
  NCC and NSD (id and title medium confidence).
* jy0608, 24 Feb 2022, sanctions on Russia's largest banks after the invasion (id medium
  confidence).
Day 1: listing [jy2404, jy0608] + both pages. Day 2: listing [jy2420, jy2404] + both
pages; jy0608 scrolled off the listing and is not removed.

Stdlib only (run by demo/generate_demo.py).
"""

from dataclasses import dataclass
from html import escape
from pathlib import Path

from demo_common import DAYS, SourceResult, source, write_bytes

SOURCE_ID = "us_treasury_press"
BASE = "https://home.treasury.gov"
SUFFIX = " | U.S. Department of the Treasury"


@dataclass(frozen=True)
class Release:
    rid: str
    date: str  # YYYY-MM-DD
    shown: str  # "June 21, 2024"
    title: str
    paragraphs: tuple[str, ...]


KASPERSKY_LEADERS = (
    "Marina Mikhaylovna Alekseeva (Chief Human Resources Officer)",
    "Kirill Aleksandrovich Astrakhan (Executive Vice President for Corporate Business)",
    "Daniil Sergeyevich Borshchev (Deputy CEO and board member)",
    "Igor Gennadyevich Chekunov (Chief Legal Officer and board member)",
    "Andrey Petrovich Dukhvalov (Vice President, Director of Future Technologies)",
    "Andrei Anatolyevich Efremov (Chief Business Development Officer)",
    "Mikhail Yuryevich Gerber (Executive Vice President for Consumer Business)",
    "Anton Mikhaylovich Ivanov (Chief Technology Officer)",
    "Anna Vladimirovna Kulashova (Managing Director, Russia and the CIS)",
    "Andrei Anatolyevich Suvorov (Head of the KasperskyOS Business Unit)",
    "Andrei Gennadyevich Tikhonov (Chief Operating Officer)",
    "Denis Vladimirovich Zenkin (Head of Corporate Communications)",
)

JY2420 = Release(
    "jy2420",
    "2024-06-21",
    "June 21, 2024",
    "Treasury Sanctions Kaspersky Lab Leadership in Response to Continued Russian Cyber Threats",
    (
        "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets"
        " Control (OFAC) designated twelve individuals in executive and senior leadership"
        " roles at AO Kaspersky Lab, a Russia-based cybersecurity and anti-virus company,"
        " pursuant to Executive Order (E.O.) 14024, as amended, for operating or having"
        " operated in the technology sector of the Russian Federation economy.",
        "\u201cToday's action against the leadership of Kaspersky Lab underscores our"
        " commitment to ensure the integrity of our cyber domain and to protect our citizens"
        " against malicious cyber threats,\u201d said Under Secretary of the Treasury for"
        " Terrorism and Financial Intelligence Brian E. Nelson.",
        "The designated individuals are "
        + ", ".join(w.split(" (")[0] for w in KASPERSKY_LEADERS[:-1])
        + f", and {KASPERSKY_LEADERS[-1].split(' (')[0]}. They include the company's chief"
        " operating officer, chief legal officer, chief technology officer and head of"
        " corporate communications.",
        "The designations complement the Department of Commerce's Final Determination of"
        " June 20, 2024, prohibiting Kaspersky Lab, Inc. from providing anti-virus software"
        " and cybersecurity products or services in the United States or to U.S. persons.",
        "As a result of today's action, all property and interests in property of the"
        " designated persons that are in the United States or in the possession or control"
        " of U.S. persons are blocked and must be reported to OFAC.",
    ),
)
JY2404 = Release(
    "jy2404",
    "2024-06-12",
    "June 12, 2024",
    "As Russia Completes Transition to a Full War Economy, Treasury Takes Sweeping New"
    " Actions Targeting Critical Channels for Russia's Military-Industrial Base",
    (
        "WASHINGTON — Today, the Department of the Treasury and the Department of State"
        " imposed sanctions on more than 300 individuals and entities in Russia and in"
        " third countries that supply Russia's military-industrial base.",
        "Among the targets are the Moscow Exchange, the National Clearing Center and the"
        " National Settlement Depository, designated pursuant to E.O. 14024. Treasury also"
        " expanded the definition of Russia's military-industrial base, raising the"
        " sanctions risk for foreign financial institutions that deal with it.",
    ),
)
JY0608 = Release(
    "jy0608",
    "2022-02-24",
    "February 24, 2022",
    "U.S. Treasury Announces Unprecedented & Expansive Sanctions Against Russia, Imposing"
    " Swift and Severe Economic Costs",
    (
        "WASHINGTON — In response to Russia's further invasion of Ukraine, the Department"
        " of the Treasury today imposed sanctions on Russia's largest financial"
        " institutions.",
        "Treasury's Office of Foreign Assets Control designated VTB Bank and other major"
        " Russian banks pursuant to E.O. 14024, and imposed correspondent and payable-through"
        " account restrictions on Sberbank.",
    ),
)

DAY_RELEASES = {"day1": (JY2404, JY0608), "day2": (JY2420, JY2404)}


def listing(releases: tuple[Release, ...]) -> bytes:
    rows = "".join(
        f'<div><span class="date-format"><time datetime="{r.date}T12:00:00Z"'
        f' class="datetime">{r.shown}</time></span><span class="subcategory">'
        f'<a href="/news/press-releases" hreflang="en">Press Releases</a></span>'
        f'<h3 class="featured-stories__headline"><a href="/news/press-releases/{r.rid}"'
        f' hreflang="en">{escape(r.title)}</a></h3></div>\n'
        for r in releases
    )
    html = (
        '<!DOCTYPE html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8" />\n'
        f'<link rel="canonical" href="{BASE}/news/press-releases" />\n'
        f"<title>Press Releases{SUFFIX}</title>\n</head>\n<body>\n"
        '<main id="main-content"><div id="block-hamilton-content" class="block">'
        '<div class="views-element-container"><div class="featured-stories content--2col">'
        '<div class="content--2col__body">\n'
        f"{rows}</div></div></div></div></main>\n</body>\n</html>\n"
    )
    return html.encode("utf-8")


def article(r: Release) -> bytes:
    body = "".join(f"<p>{escape(p, quote=False)}</p>\n" for p in r.paragraphs)
    html = (
        '<!DOCTYPE html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8" />\n'
        f'<link rel="canonical" href="{BASE}/news/press-releases/{r.rid}" />\n'
        f'<meta property="og:title" content="{escape(r.title)}" />\n'
        f"<title>{escape(r.title)}{SUFFIX}</title>\n</head>\n<body>\n"
        '<main id="main-content"><div class="region region-content">\n'
        f'<h2 class="uswds-page-title"><span class="field field--name-title">'
        f"{escape(r.title)}</span></h2>\n"
        '<div class="field field--name-field-news-publication-date">'
        f'<time datetime="{r.date}T12:00:00Z">{r.shown}</time></div>\n'
        '<div class="field field--name-field-news-body field--type-text-with-summary">\n'
        f"{body}</div>\n</div></main>\n</body>\n</html>\n"
    )
    return html.encode("utf-8")


@source(SOURCE_ID)
def us_treasury_press(out: Path) -> SourceResult:
    items = {}
    for label in DAYS:
        releases = DAY_RELEASES[label]
        write_bytes(out / label / SOURCE_ID / "press-releases.html", listing(releases))
        for r in releases:
            write_bytes(out / label / SOURCE_ID / f"article-{r.rid}.html", article(r))
        items[label] = sorted(r.rid for r in releases)
    day1, day2 = set(items["day1"]), set(items["day2"])
    expected: dict[str, object] = {
        "kind": "feed",
        "day1_items": items["day1"],
        "day2_items": items["day2"],
        "added_items": sorted(day2 - day1),
        "scrolled_out": sorted(day1 - day2),
        "modified_items": [],
        "removed": [],
        "records": "extracted by transforms.announcements.extract; never removed",
    }
    md = [
        "## us_treasury_press (Treasury press releases, HTML listing + release pages)",
        "",
        "Day 1: listing with jy2404 (12 Jun 2024) and jy0608 (24 Feb 2022), both pages"
        " followed. Day 2: jy2420 (21 Jun 2024, twelve Kaspersky Lab executives designated"
        " under E.O. 14024) added; jy0608 scrolled off the listing and is not removed.",
    ]
    return SourceResult(expected, "\n".join(md) + "\n")
