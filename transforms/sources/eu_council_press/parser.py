"""Council of the EU press releases (RSS): the sanctions items, as announcements.

The feed format is told by content (RSS 2.0, RSS 1.0 or Atom are all read). Only
items whose title, description or category mention a phrase of
`lookups.sanctions_phrases` are kept — the Council's feed carries all its press
releases. item_id = sha1 of the canonical press release URL (the Council has no
public numeric id in its feed); published = pubDate (RFC 822, the Brussels date kept).

The feed's description is a teaser: `follow` fetches the press release page of every
KEPT item as page-<item id>.html, and the item's text is its title plus the page's
main text (`lookups.body_selectors`, then <article>/<main>). An item whose page is
missing or has no main text is kept as an announcement without extraction (warned;
see `transforms.feeds.common`). HTML files are pages; a snapshot without any RSS/Atom
file (an error page where the feed should be) is a ParseError.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

from transforms.base import ParseContext, SnapshotFiles
from transforms.feeds.common import (
    emit,
    filtered_feed_items,
    follow_item_pages,
    follow_name,
    url_item_id,
)
from transforms.model import Announcement, BanRecord

SOURCE = "eu_council_press"


@cache
def _phrases() -> tuple[str, ...]:
    from transforms.registry import get_source

    return tuple(get_source(SOURCE).lookups.get("sanctions_phrases", {}).values())


@cache
def _body_selectors() -> tuple[str, ...]:
    from transforms.registry import get_source

    return tuple(get_source(SOURCE).lookups.get("body_selectors", {}).values())


def page_name(item_id: str) -> str:
    """The follow file name of an item's press release page: page-<item id>.html."""
    return follow_name("page", item_id, "html")


def follow(name: str, path: Path, ctx: ParseContext) -> list[tuple[str, str]]:
    """The press release page of every kept (sanctions) item of the feed."""
    return follow_item_pages(
        name, path, ctx, phrases=_phrases(), item_id=url_item_id, page_name=page_name
    )


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord | Announcement]:
    items = filtered_feed_items(
        files,
        ctx,
        source=SOURCE,
        phrases=_phrases(),
        item_id=url_item_id,
        kind="press_release",
        page_name=page_name,
        body_selectors=_body_selectors(),
    )
    yield from emit(items, ctx)
