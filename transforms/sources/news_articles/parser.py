"""Watched articles: HTML article pages, or plain text in the seed layout.

Each file is one article, its format told by CONTENT:

* HTML: title (og:title, <h1>, <title>), publication date (article:published_time,
  JSON-LD datePublished, dated meta tags, <time datetime>), canonical URL
  (<link rel=canonical>, og:url, else the source.yml URL declared for that file name),
  main text (body containers of `lookups.body_selectors`, <article>, <main>, <body>);
* plain text in the seed layout (../shared/seed/kaspersky_us_exit_2024-07-18.txt), by
  non-blank lines: 1 the kind ("news"), 2 the title, 3 the publication date
  (YYYY-MM-DD, required: it is how the layout is recognised), 4 a language menu
  ("한어Русский языкEnglishFrançais...", skipped when it names 2+ languages of
  `lookups.language_menu_words` and is no sentence), then one paragraph per line.
  Text has no URL: the item gets `urn:sha1:<sha1 of kind, title, date>` unless the file
  name is declared in source.yml.

item_id = sha1 of the canonical URL (or of the urn), so the same article fetched again
is the same announcement.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from transforms.base import ParseContext, SnapshotFiles
from transforms.feeds.common import (
    FeedItem,
    clean_space,
    date_or_warn,
    decode_text,
    emit,
    read_html_page,
    sniff,
    url_item_id,
)
from transforms.model import Announcement, BanRecord, DateValue

SOURCE = "news_articles"
_KIND_LINE = re.compile(r"[A-Za-z][A-Za-z _-]{1,29}")


@cache
def _lookups() -> dict[str, dict[str, str]]:
    from transforms.registry import get_source

    return get_source(SOURCE).lookups


@cache
def _declared_urls() -> dict[str, str]:
    from transforms.registry import get_source

    return {f.name: f.url for f in get_source(SOURCE).files}


def is_language_menu(line: str) -> bool:
    if re.search(r"[.!?]\s*$", line) or re.search(r"\.\s", line):
        return False
    words = _lookups().get("language_menu_words", {}).values()
    return sum(1 for w in words if w.casefold() in line.casefold()) >= 2


def text_article(name: str, data: bytes, ctx: ParseContext) -> Announcement:
    lines = [clean_space(line) for line in decode_text(data).splitlines()]
    lines = [line for line in lines if line]
    if len(lines) < 4:
        raise ctx.error(f"{name}: too short for the article text layout (kind, title, date, text)")
    kind, title, raw_date = lines[0], lines[1], lines[2]
    if not _KIND_LINE.fullmatch(kind):
        raise ctx.error(f"{name}: line 1 {kind!r} is not an article kind (e.g. 'news')")
    published = DateValue.parse(raw_date)
    if published is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw_date):
        raise ctx.error(f"{name}: line 3 {raw_date!r} is not a YYYY-MM-DD publication date")
    body = lines[3:]
    if body and is_language_menu(body[0]):
        body = body[1:]
    if not body:
        raise ctx.error(f"{name}: article {title!r} has no text")
    url = _declared_urls().get(name)
    if url is None:
        key = "\n".join([kind.lower(), title, published.value])
        url = "urn:sha1:" + hashlib.sha1(key.encode("utf-8")).hexdigest()
    return Announcement(
        source=SOURCE,
        item_id=url_item_id(url),
        url=url,
        title=title,
        published=published,
        text="\n\n".join(body),
        kind=kind.lower().replace(" ", "_"),
        properties={"layout": "text"},
    )


def html_article(name: str, data: bytes, ctx: ParseContext) -> Announcement:
    selectors = tuple(_lookups().get("body_selectors", {}).values())
    page = read_html_page(data, body_selectors=selectors)
    if page.canonical is None and page.published is None:
        raise ctx.error(
            f"{name}: HTML without canonical URL and publication date is no article page"
            " (an error or consent page?)"
        )
    url = page.canonical or _declared_urls().get(name)
    if not url:
        raise ctx.error(f"{name}: article page without a canonical URL, not declared in source.yml")
    if not page.title:
        raise ctx.error(f"{name}: article page {url} has no title")
    if not page.text:
        raise ctx.error(f"{name}: article page {url} has no text")
    item_id = url_item_id(url)
    published = date_or_warn(page.published, ctx, f"article {url} date")
    if page.published is None:
        ctx.warn(f"{name}: article {url} states no publication date")
    properties = {"layout": "html"}
    if page.published_from and published is not None:
        properties["published_from"] = page.published_from
    if page.description:
        properties["description"] = page.description
    return Announcement(
        source=SOURCE,
        item_id=item_id,
        url=url,
        title=page.title,
        published=published,
        text=page.text,
        kind="article",
        properties=properties,
    )


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord | Announcement]:
    items = []
    for name in sorted(files):
        data = Path(files[name]).read_bytes()
        found = sniff(data)
        if found == "html":
            items.append(FeedItem(html_article(name, data, ctx)))
        elif found == "text":
            items.append(FeedItem(text_article(name, data, ctx)))
        else:
            raise ctx.error(f"{name}: expected an article (HTML or text), got {found} content")
    yield from emit(items, ctx)
