"""UN press releases (RSS): the Security Council sanctions items, as announcements.

Only items mentioning a phrase of `lookups.sanctions_phrases` (sanctions committee,
sanctions list, ...) are kept: the feed carries all UN press material. item_id = the
press release symbol in the URL, lower-case without "/" (".../en/2023/sc15177.doc.htm"
-> "sc15177", i.e. SC/15177), else sha1 of the URL; published = pubDate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from urllib.parse import urlsplit

from transforms.base import ParseContext, SnapshotFiles
from transforms.feeds.common import emit, filtered_feed_items, url_item_id
from transforms.model import Announcement, BanRecord

SOURCE = "un_press"
_SYMBOL = re.compile(r"/(?:en/)?\d{4}/([a-z]+\d+(?:[.-][a-z0-9]+)*)\.doc\.htm$", re.I)


@cache
def _phrases() -> tuple[str, ...]:
    from transforms.registry import get_source

    return tuple(get_source(SOURCE).lookups.get("sanctions_phrases", {}).values())


def press_release_id(url: str) -> str:
    """ "sc15177" for .../2023/sc15177.doc.htm; sha1 of the URL for any other link."""
    m = _SYMBOL.search(urlsplit(url.strip()).path)
    return m[1].lower() if m else url_item_id(url)


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord | Announcement]:
    items = filtered_feed_items(
        files,
        ctx,
        source=SOURCE,
        phrases=_phrases(),
        item_id=press_release_id,
        kind="press_release",
    )
    yield from emit(items, ctx)
