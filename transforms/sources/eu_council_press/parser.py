"""Council of the EU press releases (RSS): the sanctions items, as announcements.

The feed format is told by content (RSS 2.0, RSS 1.0 or Atom are all read). Only
items whose title, description or category mention a phrase of
`lookups.sanctions_phrases` are kept — the Council's feed carries all its press
releases. item_id = sha1 of the canonical press release URL (the Council has no
public numeric id in its feed); published = pubDate (RFC 822, the Brussels date kept).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from transforms.base import ParseContext, SnapshotFiles
from transforms.feeds.common import emit, filtered_feed_items, url_item_id
from transforms.model import Announcement, BanRecord

SOURCE = "eu_council_press"


@cache
def _phrases() -> tuple[str, ...]:
    from transforms.registry import get_source

    return tuple(get_source(SOURCE).lookups.get("sanctions_phrases", {}).values())


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord | Announcement]:
    items = filtered_feed_items(
        files,
        ctx,
        source=SOURCE,
        phrases=_phrases(),
        item_id=url_item_id,
        kind="press_release",
    )
    yield from emit(items, ctx)
