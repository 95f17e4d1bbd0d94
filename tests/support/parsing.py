"""Running a parser on a snapshot in a test, and indexing what it gave."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from transforms.base import ParseContext
from transforms.model import BanRecord

Parse = Callable[[Mapping[str, Path], ParseContext], Iterator[BanRecord]]


def parse_snapshot(
    parse: Parse, files: Mapping[str, Path], source: str, url: str | None = None
) -> tuple[list[BanRecord], ParseContext]:
    """Every record `parse` yields for the snapshot `files` (name -> path), and the
    context it reported through (its warnings)."""
    ctx = ParseContext(source=source, source_url=url)
    return list(parse(files, ctx)), ctx


def by_id(records: Iterable[BanRecord]) -> dict[str, BanRecord]:
    """Records by record_id."""
    return {r.record_id: r for r in records}
