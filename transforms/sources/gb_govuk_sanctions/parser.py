"""GOV.UK sanctions news: Atom feeds of the GOV.UK search, plus the followed pages.

Files by CONTENT: Atom documents are the feeds; HTML documents are the followed pages
(an HTML page with no feed at all is an error page -> ParseError).

* item_id = sha1 of the entry's canonical link: GOV.UK entry <id>s carry a timestamp
  that changes when a page is re-published, the URL does not. The same link in both
  feeds (an FCDO item tagged OFSI) is one announcement.
* A page is matched to its entry by its canonical URL, else by the follow file name.
* published: the page's datePublished (JSON-LD / meta / "Published 13 June 2024")
  when the page was fetched; otherwise the entry's <published>, otherwise <updated>
  (GOV.UK feeds usually only have <updated>, its public timestamp) —
  `properties["published_from"]` records which, so no date is passed off as another.
* text: the title plus the page's main text (the govspeak body), from which ban records
  are extracted. An entry whose page was not fetched (beyond max_follow) or is no
  GOV.UK page is kept with its title and Atom summary as an announcement WITHOUT
  extraction, warned once per parse (as every feed does: `transforms.feeds.common`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from transforms.base import ParseContext, SnapshotFiles
from transforms.feeds.common import (
    FeedEntry,
    FeedItem,
    HtmlPage,
    canonical_url,
    clean_space,
    date_or_warn,
    emit,
    follow_name,
    full_text,
    parse_feed,
    read_feed_files,
    read_html_page,
    sniff,
    soup_of,
    url_item_id,
    warn_without_full_text,
)
from transforms.model import Announcement, BanRecord

SOURCE = "gb_govuk_sanctions"
BASE = "https://www.gov.uk"
_PUBLISHED_TEXT = re.compile(r"\bPublished\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})")
_TITLE_SUFFIX = " - GOV.UK"


@cache
def _body_selectors() -> tuple[str, ...]:
    from transforms.registry import get_source

    return tuple(get_source(SOURCE).lookups.get("body_selectors", {}).values())


def page_name(link: str) -> str:
    """The follow file name of a GOV.UK page: article-<path>-<hash>.html."""
    path = urlsplit(link).path.strip("/")
    path = path.removeprefix("government/")
    return follow_name("article", path or link, "html")


def follow(name: str, path: Path, ctx: ParseContext) -> list[tuple[str, str]]:
    data = Path(path).read_bytes()
    if sniff(data) != "xml":
        return []
    try:
        feed = parse_feed(data, ParseContext(source=ctx.source), what=name)
    except Exception:
        return []  # parse() reports it
    out = []
    for entry in feed.entries:
        if entry.link:
            link = urljoin(BASE + "/", entry.link)
            out.append((page_name(link), link))
    return out


def _page(data: bytes) -> tuple[HtmlPage, str | None]:
    page = read_html_page(data, body_selectors=_body_selectors())
    published = page.published
    if published is None:
        text = clean_space(soup_of(data).get_text(" "))
        if m := _PUBLISHED_TEXT.search(text):
            return page, m[1]
    return page, published


def _entry_item(
    entry: FeedEntry,
    feed_name: str,
    pages: dict[str, tuple[HtmlPage, str | None]],
    ctx: ParseContext,
) -> FeedItem:
    if not entry.link:
        raise ctx.error(f"{feed_name}: entry {entry.entry_id or entry.title!r} has no link")
    link = urljoin(BASE + "/", entry.link)
    item_id = url_item_id(link)
    page = pages.get(canonical_url(link)) or pages.get(page_name(link))
    title = entry.title or (page[0].title.removesuffix(_TITLE_SUFFIX) if page else "")
    if not title:
        raise ctx.error(f"{feed_name}: entry {link} has no title")
    properties = {"feed": feed_name, "link": link}
    if entry.entry_id:
        properties["entry_id"] = entry.entry_id
    if entry.updated:
        properties["updated"] = entry.updated
    raw: str | None
    if page is not None and page[1]:
        raw, origin = page[1], "page"
    elif entry.published:
        raw, origin = entry.published, "atom:published"
    else:
        raw, origin = entry.updated, "atom:updated"
    published = date_or_warn(raw, ctx, f"entry {link} date")
    if published is not None:
        properties["published_from"] = origin
    main = page[0].text if page is not None else ""
    properties["text_from"] = "page" if main else "atom:summary"
    text = full_text(title, main) if main else "\n\n".join(p for p in (title, entry.summary) if p)
    item = Announcement(
        source=SOURCE,
        item_id=item_id,
        url=link,
        title=title,
        published=published,
        text=text,
        kind=(page[0].og_type if page and page[0].og_type not in (None, "article") else "news"),
        properties=properties,
    )
    return FeedItem(item, extract=bool(main))


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord | Announcement]:
    feeds, html = read_feed_files(files, ctx, pages=True)
    if not feeds:
        raise ctx.error("only HTML pages in the snapshot, no GOV.UK Atom feed")
    pages: dict[str, tuple[HtmlPage, str | None]] = {}
    for name, data in html:
        page = _page(data)
        if page[0].canonical is None and page[1] is None:
            ctx.warn(f"{name}: not a GOV.UK page (no canonical URL, no date); ignored")
            continue
        pages[name] = page
        if page[0].canonical:
            pages[canonical_url(urljoin(BASE + "/", page[0].canonical))] = page
    items = [_entry_item(e, name, pages, ctx) for name, feed in feeds for e in feed.entries]
    linked = {canonical_url(i.item.url) for i in items} | {page_name(i.item.url) for i in items}
    for name in (n for n, _ in html if n in pages):
        found = pages[name][0]
        canonical = canonical_url(urljoin(BASE + "/", found.canonical)) if found.canonical else ""
        if name not in linked and canonical not in linked:
            label = found.canonical or found.title
            ctx.warn(f"{name}: page {label!r} matches no feed entry; ignored")
    missing: dict[str, str] = {}
    for entry in items:
        if not entry.extract:
            missing.setdefault(entry.item.item_id, f"no {page_name(entry.item.url)}")
    warn_without_full_text(ctx, sorted(missing.items()))
    yield from emit(items, ctx)
