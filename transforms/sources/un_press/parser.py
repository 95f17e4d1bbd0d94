"""UN press releases (RSS): the Security Council sanctions items, as announcements.

Only items mentioning a phrase of `lookups.sanctions_phrases` (sanctions committee,
sanctions list, ...) are kept: the feed carries all UN press material. item_id = the
press release symbol in the URL, lower-case without "/" (".../en/2023/sc15177.doc.htm"
-> "sc15177", i.e. SC/15177), else sha1 of the URL; published = pubDate.

The feed's description is the release's first paragraph; the entries a committee adds
(names, reference numbers, "Listed on" dates) are only on the page. `follow` fetches
the page of every KEPT item as page-<item id>.html, and the item's text is its title
plus the page's main text (`lookups.body_selectors`, then <article>/<main>). An item
whose page is missing or has no main text is kept as an announcement without
extraction (warned; see `transforms.feeds.common`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from transforms.base import ParseContext, SnapshotFiles
from transforms.feeds.common import (
    emit,
    filtered_feed_items,
    follow_item_pages,
    follow_name,
    url_item_id,
)
from transforms.model import Announcement, BanRecord

SOURCE = "un_press"
_SYMBOL = re.compile(r"/(?:en/)?\d{4}/([a-z]+\d+(?:[.-][a-z0-9]+)*)\.doc\.htm$", re.I)


@cache
def _phrases() -> tuple[str, ...]:
    from transforms.registry import get_source

    return tuple(get_source(SOURCE).lookups.get("sanctions_phrases", {}).values())


@cache
def _body_selectors() -> tuple[str, ...]:
    from transforms.registry import get_source

    return tuple(get_source(SOURCE).lookups.get("body_selectors", {}).values())


def press_release_id(url: str) -> str:
    """ "sc15177" for .../2023/sc15177.doc.htm; sha1 of the URL for any other link."""
    m = _SYMBOL.search(urlsplit(url.strip()).path)
    return m[1].lower() if m else url_item_id(url)


def page_name(item_id: str) -> str:
    """The follow file name of an item's press release page: page-<item id>.html."""
    return follow_name("page", item_id, "html")


def follow(name: str, path: Path, ctx: ParseContext) -> list[tuple[str, str]]:
    """The press release page of every kept (Security Council sanctions) item."""
    return follow_item_pages(
        name, path, ctx, phrases=_phrases(), item_id=press_release_id, page_name=page_name
    )


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord | Announcement]:
    items = filtered_feed_items(
        files,
        ctx,
        source=SOURCE,
        phrases=_phrases(),
        item_id=press_release_id,
        kind="press_release",
        page_name=page_name,
        body_selectors=_body_selectors(),
    )
    yield from emit(items, ctx)
