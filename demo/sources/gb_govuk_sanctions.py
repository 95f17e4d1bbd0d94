"""Demo data for gb_govuk_sanctions: GOV.UK search Atom feeds and the followed pages.

Real format: GOV.UK finder Atom (feed id/links/title/updated; entries with id =
link#timestamp, updated, link rel=alternate, title, summary type=html) and GOV.UK
news pages (canonical link, og:title, schema.org NewsArticle JSON-LD with
datePublished, body in div.govuk-govspeak), trimmed to that markup.

Items (real events, verified via secondary sources: dates and substance; the TITLES
and URL SLUGS are paraphrased from memory and may differ from GOV.UK's):
* 13 Jun 2024: UK package with G7 partners — 50 new designations and specifications,
  incl. the Moscow Exchange, the National Settlement Depository and the National
  Clearing Centre, LNG and shadow-fleet targets. In both feeds (the OFSI feed entry is a
  demo assumption): one announcement, one page fetch.
* 25 Nov 2024: 30 shadow-fleet oil tankers and two insurers sanctioned, announced at the
  G7 foreign ministers' meeting in Italy (day 2 addition).
Page file names are the parser's follow names (article-<path>-<sha1 8>.html).

Stdlib only (run by demo/generate_demo.py).
"""

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from html import escape
from pathlib import Path

from demo_common import DAYS, SourceResult, source, write_bytes

SOURCE_ID = "gb_govuk_sanctions"
GOVUK = "https://www.gov.uk"
SEARCH = f"{GOVUK}/search/news-and-communications"
FEEDS = {
    "ofsi.atom": "organisations%5B%5D=office-of-financial-sanctions-implementation",
    "fcdo-sanctions.atom": "keywords=sanctions"
    "&organisations%5B%5D=foreign-commonwealth-development-office",
}


@dataclass(frozen=True)
class Story:
    path: str  # /government/news/<slug>
    published: str  # ISO timestamp, Europe/London
    title: str
    summary: str
    paragraphs: tuple[str, ...]

    @property
    def link(self) -> str:
        return GOVUK + self.path


G7_PACKAGE = Story(
    "/government/news/uk-sanctions-target-russias-war-machine-financial-infrastructure-and-shadow-fleet",
    "2024-06-13T10:00:00+01:00",
    "UK sanctions target Russia's war machine, financial infrastructure and shadow fleet",
    "The UK has announced 50 new designations and specifications, in coordination with"
    " G7 partners, including the Moscow Exchange.",
    (
        "The UK has today announced 50 new designations and specifications against Russia,"
        " in coordination with G7 partners.",
        "The Moscow Exchange, the National Settlement Depository and the National Clearing"
        " Centre are designated, restricting Russia's access to its financial"
        " infrastructure. Entities supporting Russia's liquefied natural gas sector,"
        " suppliers of munitions, machine tools and microelectronics to the Russian"
        " military, and ships of the shadow fleet are also targeted.",
        "Designated persons are subject to an asset freeze; specified ships may not enter"
        " UK ports.",
    ),
)
SHADOW_FLEET = Story(
    "/government/news/uk-sanctions-30-shadow-fleet-oil-tankers-and-two-insurers",
    "2024-11-25T09:30:00+00:00",
    "UK sanctions 30 shadow fleet oil tankers and two insurers",
    "The UK has sanctioned 30 oil tankers of Russia's shadow fleet, its largest package"
    " of its kind, and two companies insuring them.",
    (
        "The UK has today sanctioned 30 ships in Russia's shadow fleet, half of which"
        " transported more than $4.3bn worth of oil and oil products in the last year,"
        " and two insurance companies enabling the fleet.",
        "The announcement was made as Foreign Secretary David Lammy attended the meeting"
        " of G7 foreign ministers in Italy. It brings the total number of oil tankers"
        " sanctioned by the UK to 73.",
    ),
)

DAY_FEEDS: dict[str, dict[str, tuple[Story, ...]]] = {
    "day1": {"ofsi.atom": (G7_PACKAGE,), "fcdo-sanctions.atom": (G7_PACKAGE,)},
    "day2": {"ofsi.atom": (G7_PACKAGE,), "fcdo-sanctions.atom": (SHADOW_FLEET, G7_PACKAGE)},
}


def _slug(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    no_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    lowered = no_marks.casefold().replace("'", "").replace("\u2019", "")
    return re.sub(r"[\W_]+", "-", lowered).strip("-")


def page_name(path: str) -> str:
    """transforms.feeds.common.follow_name("article", <path without /government/>, "html")."""
    key = path.strip("/").removeprefix("government/")
    base = re.sub(r"[^a-z0-9]+", "-", _slug(key).encode("ascii", "ignore").decode()).strip("-")
    if not base or len(base) > 80 or base != key:
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
        base = f"{base[:80].rstrip('-')}-{digest}" if base else digest
    return f"article-{base}.html"


def atom(name: str, stories: tuple[Story, ...]) -> bytes:
    query = FEEDS[name]
    entries = "".join(
        "  <entry>\n"
        f"    <id>{s.link}#{s.published}</id>\n"
        f"    <updated>{s.published}</updated>\n"
        f'    <link rel="alternate" type="text/html" href="{s.link}"/>\n'
        f"    <title>{escape(s.title)}</title>\n"
        f'    <summary type="html">{escape(s.summary)}</summary>\n'
        "  </entry>\n"
        for s in stories
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<feed xml:lang="en-GB" xmlns="http://www.w3.org/2005/Atom">\n'
        f"  <id>{SEARCH}?{escape(query)}</id>\n"
        f'  <link rel="alternate" type="text/html" href="{SEARCH}?{escape(query)}"/>\n'
        f'  <link rel="self" type="application/atom+xml" href="{SEARCH}.atom?{escape(query)}"/>\n'
        "  <title>News and communications - GOV.UK</title>\n"
        f"  <updated>{max(s.published for s in stories)}</updated>\n"
        "  <author>\n    <name>HM Government</name>\n  </author>\n"
        f"{entries}</feed>\n"
    )
    return xml.encode("utf-8")


def page(s: Story) -> bytes:
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": s.link},
        "headline": s.title,
        "datePublished": s.published,
        "dateModified": s.published,
        "description": s.summary,
        "publisher": {"@type": "Organization", "name": "GOV.UK", "url": GOVUK},
    }
    body = "".join(f"<p>{escape(p, quote=False)}</p>\n" for p in s.paragraphs)
    html = (
        '<!DOCTYPE html>\n<html lang="en" class="govuk-template">\n<head>\n'
        '<meta charset="utf-8">\n'
        f"<title>{escape(s.title)} - GOV.UK</title>\n"
        f'<link rel="canonical" href="{s.link}">\n'
        f'<meta property="og:title" content="{escape(s.title)}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        "</head>\n<body>\n"
        '<main class="govuk-main-wrapper" id="content" role="main">\n'
        f'<h1 class="gem-c-title__text">{escape(s.title)}</h1>\n'
        '<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">\n'
        f"{body}</div>\n</main>\n</body>\n</html>\n"
    )
    return html.encode("utf-8")


@source(SOURCE_ID)
def gb_govuk_sanctions(out: Path) -> SourceResult:
    items = {}
    for label in DAYS:
        stories: dict[str, Story] = {}
        for name, entries in DAY_FEEDS[label].items():
            write_bytes(out / label / SOURCE_ID / name, atom(name, entries))
            stories.update({s.link: s for s in entries})
        for s in stories.values():
            write_bytes(out / label / SOURCE_ID / page_name(s.path), page(s))
        items[label] = sorted(hashlib.sha1(link.encode("utf-8")).hexdigest() for link in stories)
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
        "## gb_govuk_sanctions (GOV.UK Atom feeds + followed pages)",
        "",
        "Day 1: the 13 Jun 2024 G7-coordinated package (Moscow Exchange, NSD, NCC, ...), in"
        " both the OFSI and the FCDO feed: one announcement. Day 2: the 25 Nov 2024"
        " shadow-fleet package (30 tankers, two insurers) added. Item ids are sha1 of the"
        " page URL.",
    ]
    return SourceResult(expected, "\n".join(md) + "\n")
