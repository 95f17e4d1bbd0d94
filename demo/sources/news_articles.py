"""Demo data for news_articles: the watched article pages of source.yml.

Real format: article pages as their sites serve them, trimmed (canonical link, og:
tags, article:published_time or <time datetime>, the body in <article>).

* commerce-kaspersky-2024-06-20.html — Commerce press release of 20 Jun 2024,
  "Commerce Department Prohibits Russian Kaspersky Software for U.S. Customers":
  the Final Determination (new transactions prohibited from 20 Jul 2024, updates and
  resales until 29 Sep 2024) and the Entity List additions (a faithful paraphrase of a
  US Government work; the quoted phrase of Secretary Raimondo is verified).
* fcc-covered-list-2022-03-25.html — FCC news release of 25 Mar 2022 on adding AO
  Kaspersky Lab, China Mobile International USA and China Telecom (Americas) to the
  Covered List (paraphrase; Chairwoman Rosenworcel's quoted sentence is verified).

The watched URLs are fixed in source.yml, so both days serve the same two pages: day 2
is unchanged (a new article to watch is a new source.yml entry, not a feed change).

Stdlib only (run by demo/generate_demo.py).
"""

from dataclasses import dataclass
from html import escape
from pathlib import Path

from demo_common import DAYS, SourceResult, source, write_bytes

SOURCE_ID = "news_articles"


@dataclass(frozen=True)
class Page:
    name: str
    url: str
    site: str
    published: str  # ISO timestamp
    title: str
    paragraphs: tuple[str, ...]


COMMERCE = Page(
    "commerce-kaspersky-2024-06-20.html",
    "https://www.commerce.gov/news/press-releases/2024/06/"
    "commerce-department-prohibits-russian-kaspersky-software-us-customers",
    "U.S. Department of Commerce",
    "2024-06-20T12:00:00-04:00",
    "Commerce Department Prohibits Russian Kaspersky Software for U.S. Customers",
    (
        "WASHINGTON — Today, the Department of Commerce's Bureau of Industry and Security"
        " (BIS) announced a Final Determination prohibiting Kaspersky Lab, Inc., the U.S."
        " subsidiary of a Russia-based anti-virus software and cybersecurity company, from"
        " directly or indirectly providing anti-virus software and cybersecurity products or"
        " services in the United States or to U.S. persons.",
        "The prohibition also applies to Kaspersky Lab, Inc.'s affiliates, subsidiaries and"
        " parent companies. Kaspersky will generally no longer be able to sell its software"
        " within the United States or provide updates to software already in use.",
        "New transactions with U.S. persons are prohibited beginning July 20, 2024. Kaspersky"
        " may continue certain operations in the United States, including providing anti-virus"
        " signature updates and codebase updates, until September 29, 2024, to give"
        " customers time to find alternatives.",
        "BIS also added three entities, AO Kaspersky Lab and OOO Kaspersky Group (Russia) and"
        " Kaspersky Labs Limited (United Kingdom), to the Entity List for their cooperation"
        " with Russian military and intelligence authorities.",
        "Secretary Gina Raimondo said Russia has shown the \u201ccapability and intent to"
        " exploit Russian companies, like Kaspersky Lab, to collect and weaponize sensitive"
        " U.S. information.\u201d",
    ),
)
FCC = Page(
    "fcc-covered-list-2022-03-25.html",
    "https://www.fcc.gov/document/fcc-expands-list-equipment-and-services-pose-security-threat",
    "Federal Communications Commission",
    "2022-03-25T00:00:00-04:00",
    "FCC Expands List of Equipment and Services That Pose Security Threat",
    (
        "WASHINGTON, March 25, 2022 — The Federal Communications Commission's Public Safety"
        " and Homeland Security Bureau today added equipment and services of AO Kaspersky"
        " Lab, China Mobile International USA Inc., and China Telecom (Americas) Corp., and"
        " of their subsidiaries and affiliates, to the Covered List of communications"
        " equipment and services deemed to pose an unacceptable risk to the national"
        " security of the United States, under the Secure and Trusted Communications"
        " Networks Act of 2019.",
        "\u201cToday's action is the latest in the FCC's ongoing efforts, as part of the greater"
        " whole-of-government approach, to strengthen America's communications networks"
        " against national security threats,\u201d said Chairwoman Jessica Rosenworcel.",
    ),
)
PAGES = (COMMERCE, FCC)


def render(p: Page) -> bytes:
    body = "".join(f"<p>{escape(x, quote=False)}</p>\n" for x in p.paragraphs)
    html = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8" />\n'
        f"<title>{escape(p.title)} | {escape(p.site)}</title>\n"
        f'<link rel="canonical" href="{p.url}" />\n'
        f'<meta property="og:title" content="{escape(p.title)}" />\n'
        f'<meta property="og:url" content="{p.url}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="article:published_time" content="{p.published}" />\n'
        "</head>\n<body>\n<header><nav>Home | News</nav></header>\n<main>\n<article>\n"
        f"<h1>{escape(p.title)}</h1>\n"
        f'<time datetime="{p.published}">{p.published[:10]}</time>\n'
        f'<div class="field--name-body">\n{body}</div>\n'
        "</article>\n</main>\n<footer>Footer</footer>\n</body>\n</html>\n"
    )
    return html.encode("utf-8")


@source(SOURCE_ID)
def news_articles(out: Path) -> SourceResult:
    import hashlib

    for label in DAYS:
        for p in PAGES:
            write_bytes(out / label / SOURCE_ID / p.name, render(p))
    ids = sorted(hashlib.sha1(p.url.encode("utf-8")).hexdigest() for p in PAGES)
    expected: dict[str, object] = {
        "kind": "feed",
        "day1_items": ids,
        "day2_items": ids,
        "added_items": [],
        "scrolled_out": [],
        "modified_items": [],
        "removed": [],
        "records": "extracted by transforms.announcements.extract; never removed",
    }
    md = [
        "## news_articles (watched article pages)",
        "",
        "Both days: Commerce's 20 Jun 2024 Kaspersky press release and the FCC's 25 Mar 2022"
        " Covered List release (unchanged on day 2: the watched URLs are fixed).",
    ]
    return SourceResult(expected, "\n".join(md) + "\n")
