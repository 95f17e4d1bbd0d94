"""U.S. Treasury press releases: the listing page and the release pages (HTML).

Files are told apart by CONTENT:

* the listing (https://home.treasury.gov/news/press-releases): one row per release in
  `div.content--2col__body`, with `<time datetime="2024-06-21T12:00:00Z">` (noon UTC:
  the date part is the release date) and `h3.featured-stories__headline > a` whose
  href is `/news/press-releases/<id>`;
* a release page: title (og:title, the page title without " | U.S. Department of the
  Treasury"), date (`field--name-field-news-publication-date` time, or any
  `time[datetime]`), body `div.field--name-field-news-body`, canonical URL.

Each release is one Announcement: item_id = the release id from its URL (jy2420),
text = the release body (or, for a release listed but not fetched, its title and
`properties["article"] = "not fetched"`). The listing and the page must agree on the
date; when they differ the page's date is kept and a warning names both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import Tag

from transforms.base import ParseContext, SnapshotFiles
from transforms.feeds.common import (
    FeedItem,
    clean_space,
    date_or_warn,
    emit,
    follow_name,
    read_html_page,
    sniff,
    soup_of,
    url_item_id,
)
from transforms.model import Announcement, BanRecord

SOURCE = "us_treasury_press"
BASE = "https://home.treasury.gov"
_RELEASE = re.compile(r"/news/press-releases/([A-Za-z0-9][A-Za-z0-9_-]*)/?$")
_BODY = ".field--name-field-news-body"
_DATE = ".field--name-field-news-publication-date time[datetime]"


@cache
def _title_suffixes() -> tuple[str, ...]:
    from transforms.registry import get_source

    return tuple(get_source(SOURCE).lookups.get("title_suffixes", {}).values())


def release_id(url: str) -> str | None:
    m = _RELEASE.search(urlsplit(url).path)
    return m[1].lower() if m else None


def _clean_title(title: str) -> str:
    for suffix in _title_suffixes():
        if title.endswith(suffix):
            title = title[: -len(suffix)]
    return clean_space(title)


def listing_rows(data: bytes) -> list[tuple[str, str, str, str | None]] | None:
    """(release id, absolute url, title, raw date) per listed release; None if no listing."""
    soup = soup_of(data)
    container = soup.select_one(".content--2col__body")
    if not isinstance(container, Tag):
        return None
    rows = []
    for anchor in container.select("h3 a[href], .featured-stories__headline a[href]"):
        url = urljoin(BASE + "/", str(anchor.get("href")).strip())
        rid = release_id(url)
        if rid is None:
            continue
        row = anchor.find_parent("div")
        raw_date = None
        if isinstance(row, Tag):
            time_tag = row.find("time")
            if isinstance(time_tag, Tag):
                raw_date = str(time_tag.get("datetime") or time_tag.get_text()).strip()
        rows.append((rid, url, clean_space(anchor.get_text(" ")), raw_date))
    return rows


def _is_article(data: bytes) -> bool:
    soup = soup_of(data)
    return soup.select_one(_BODY) is not None or bool(
        soup.find("meta", attrs={"property": "og:type", "content": "article"})
    )


def follow(name: str, path: Path, ctx: ParseContext) -> list[tuple[str, str]]:
    """Every release the listing links to, as article-<id>.html."""
    data = Path(path).read_bytes()
    if sniff(data) != "html":
        return []
    rows = listing_rows(data) or []
    return [(follow_name("article", rid, "html"), url) for rid, url, _, _ in rows]


def _article_item(name: str, data: bytes, ctx: ParseContext) -> Announcement:
    page = read_html_page(data, body_selectors=(_BODY,))
    soup = soup_of(data)
    date_tag = soup.select_one(_DATE)
    raw_date = str(date_tag.get("datetime")) if isinstance(date_tag, Tag) else page.published
    url = page.canonical or ""
    rid = release_id(url) if url else None
    if rid is None and (m := re.fullmatch(r"article-([a-z0-9_-]+)\.html", name)):
        rid = m[1]
        url = url or f"{BASE}/news/press-releases/{rid}"
    if not url:
        raise ctx.error(f"{name}: release page without a canonical URL or release id")
    title = _clean_title(page.title)
    if not title:
        raise ctx.error(f"{name}: release page without a title")
    if not page.text:
        raise ctx.error(f"{name}: release page without body text")
    item_id = rid or url_item_id(url)
    return Announcement(
        source=SOURCE,
        item_id=item_id,
        url=url,
        title=title,
        published=date_or_warn(raw_date, ctx, f"release {item_id} date"),
        text=page.text,
        kind="press_release",
        properties={"release_id": item_id, "article": "fetched"},
    )


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord | Announcement]:
    listed: dict[str, tuple[str, str, str | None]] = {}
    articles: dict[str, Announcement] = {}
    for name in sorted(files):
        data = Path(files[name]).read_bytes()
        found = sniff(data)
        if found != "html":
            raise ctx.error(f"{name}: expected a Treasury HTML page, got {found} content")
        # A release page may carry listing-like blocks (related news): its body wins.
        soup = soup_of(data)
        rows = None if soup.select_one(_BODY) is not None else listing_rows(data)
        if rows is not None:
            if not rows:
                raise ctx.error(f"{name}: listing page without any press release link")
            for rid, url, title, raw_date in rows:
                listed.setdefault(rid, (url, title, raw_date))
        elif _is_article(data):
            item = _article_item(name, data, ctx)
            articles.setdefault(item.item_id, item)
        else:
            raise ctx.error(f"{name}: neither the press release listing nor a release page")
    items: list[FeedItem] = []
    for rid, item in articles.items():
        if rid in listed:
            listed_date = date_or_warn(listed[rid][2], ctx, f"release {rid} listing date")
            if listed_date and item.published and listed_date.value != item.published.value:
                ctx.warn(
                    f"release {rid}: listing date {listed_date.value} differs from the"
                    f" page's {item.published.value}; the page's is kept"
                )
            if item.published is None and listed_date is not None:
                item = item.model_copy(update={"published": listed_date})
        items.append(FeedItem(item))
    for rid, (url, title, raw_date) in listed.items():
        if rid in articles:
            continue
        if not title:
            raise ctx.error(f"listed release {rid} has no title")
        items.append(
            FeedItem(
                Announcement(
                    source=SOURCE,
                    item_id=rid,
                    url=url,
                    title=title,
                    published=date_or_warn(raw_date, ctx, f"release {rid} listing date"),
                    text=title,
                    kind="press_release",
                    properties={"release_id": rid, "article": "not fetched"},
                )
            )
        )
    yield from emit(items, ctx)
