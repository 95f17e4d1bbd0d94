"""Helpers for the announcement-feed tests (transforms/feeds, kind: feed sources).

`stub_extraction(monkeypatch, fn)` replaces the announcement extraction
(`transforms.announcements.extract.extract`) for one test, so the mapping of extracted
records to BanRecords is tested on exact, known input whatever the real extractor does.
`run_demo(source_id, out)` runs a feed's demo generator (demo/sources/<id>.py).
"""

from __future__ import annotations

import importlib.util
import sys
import types
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from transforms.base import ParseContext
from transforms.model import Announcement, BanRecord
from transforms.registry import get_source

ROOT = Path(__file__).resolve().parents[2]
Extract = Callable[[str, date, str | None], list[dict[str, Any]]]


def stub_extraction(monkeypatch: pytest.MonkeyPatch, fn: Extract) -> list[tuple[str, date]]:
    """Install `fn` as the extraction; returns the (text, published) calls it gets."""
    calls: list[tuple[str, date]] = []

    def extract(text: str, published: date, url: str | None = None) -> list[dict[str, Any]]:
        calls.append((text, published))
        return fn(text, published, url)

    module = types.ModuleType("transforms.announcements.extract")
    module.extract = extract  # type: ignore[attr-defined]
    module.extract_html = lambda html, published, url=None: []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "transforms.announcements.extract", module)
    return calls


def no_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    """The extraction returns nothing (tests of announcements alone)."""
    stub_extraction(monkeypatch, lambda text, published, url: [])


def record(name: str, *, type_: str = "organization", **extra: Any) -> dict[str, Any]:
    """An extracted record shaped as transforms.announcements.extract returns it."""
    out: dict[str, Any] = {
        "authority": "BIS",
        "jurisdiction": "US",
        "action": "designation",
        "measures": ["export_control"],
        "targets": [{"name": name, "type": type_, "country": None}],
        "legal_basis": [],
        "milestones": [],
    }
    out.update(extra)
    return out


def parse_files(
    source_id: str, files: dict[str, Path]
) -> tuple[list[Announcement], list[BanRecord], ParseContext]:
    config = get_source(source_id)
    ctx = ParseContext(source=source_id, source_url=config.files[0].url)
    out = list(config.parser()(files, ctx))
    items = [o for o in out if isinstance(o, Announcement)]
    records = [o for o in out if isinstance(o, BanRecord)]
    return items, records, ctx


def folder_files(folder: Path, names: Iterable[str] | None = None) -> dict[str, Path]:
    paths = sorted(p for p in folder.iterdir() if p.is_file())
    return {p.name: p for p in paths if names is None or p.name in set(names)}


def run_demo(source_id: str, out: Path) -> Any:
    """Run demo/sources/<id>.py's generator into `out`; returns its SourceResult."""
    demo = str(ROOT / "demo")
    if demo not in sys.path:
        sys.path.insert(0, demo)
    import demo_common

    demo_common.SOURCES.pop(source_id, None)  # the module registers itself on import
    spec = importlib.util.spec_from_file_location(
        f"demo_sources_{source_id}", ROOT / "demo" / "sources" / f"{source_id}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    try:
        return getattr(module, source_id)(out)
    finally:
        demo_common.SOURCES.pop(source_id, None)


def check_demo(source_id: str, out: Path) -> dict[str, list[str]]:
    """Generate the demo, check every followed file exists and the declared item sets
    match what the parser yields; returns the item ids per day."""
    result = run_demo(source_id, out)
    config = get_source(source_id)
    follow = config.follower()
    got: dict[str, list[str]] = {}
    for day in ("day1", "day2"):
        files = folder_files(out / day / source_id)
        assert {f.name for f in config.files} <= set(files), "declared files missing"
        if follow is not None:
            wanted = {
                more
                for name, path in files.items()
                for more, _ in follow(name, path, ParseContext(source_id))
            }
            assert wanted <= set(files), f"{day}: followed files missing: {wanted - set(files)}"
        items, _, _ = parse_files(source_id, files)
        got[day] = sorted(i.item_id for i in items)
        assert got[day] == result.expected[f"{day}_items"]
    assert sorted(set(got["day2"]) - set(got["day1"])) == result.expected["added_items"]
    assert sorted(set(got["day1"]) - set(got["day2"])) == result.expected["scrolled_out"]
    assert result.expected["removed"] == []
    return got
