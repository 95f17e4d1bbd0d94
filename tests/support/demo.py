"""A list source's demo data in a test: run its generator, read both days back.

`demo_generator(source_id)` loads demo/sources/<id>.py the way generate_demo.py does
and returns its generator; `generate(out)` writes out/day1/<id>/... and
out/day2/<id>/... and returns the declared change set (`.expected`).
`day_files(out, source_id, day)` are the files of one day, `assert_declared_changes`
checks that the parsed days differ exactly as declared, and
`assert_regenerates_identically` that a second run writes the same bytes.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

DEMO = Path(__file__).resolve().parents[2] / "demo"


def demo_generator(source_id: str) -> Callable[[Path], Any]:
    """The demo generator of `source_id`, from a fresh import of its module; the demo
    registry (demo_common.SOURCES) is left as it was."""
    if str(DEMO) not in sys.path:
        sys.path.insert(0, str(DEMO))
    import demo_common

    spec = importlib.util.spec_from_file_location(
        f"demo_sources_{source_id}_test", DEMO / "sources" / f"{source_id}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    saved = dict(demo_common.SOURCES)
    demo_common.SOURCES.pop(source_id, None)  # the module registers itself on import
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    try:
        spec.loader.exec_module(module)
        return demo_common.SOURCES[source_id]
    finally:
        sys.modules.pop(spec.name, None)
        demo_common.SOURCES.clear()
        demo_common.SOURCES.update(saved)


def day_files(out: Path, source_id: str, day: str) -> dict[str, Path]:
    """The files the generator wrote for one day ("day1", "day2"), by name."""
    return {p.name: p for p in sorted((out / day / source_id).iterdir())}


def assert_declared_changes(
    one: Mapping[str, object],
    two: Mapping[str, object],
    expected: Mapping[str, object],
    key: Callable[[str], Any] | None = None,
) -> None:
    """Day 1 and day 2 (record id -> record, or its content hash) differ exactly as the
    generator declared: the counts, and the added, removed and modified ids, each list
    in the generator's order (sorted, by `key` when given)."""

    def ordered(ids: Iterable[str]) -> list[str]:
        return sorted(ids, key=key)

    assert len(one) == expected["day1_count"]
    assert len(two) == expected["day2_count"]
    assert ordered(two.keys() - one.keys()) == expected["added"]
    assert ordered(one.keys() - two.keys()) == expected["removed"]
    assert ordered(k for k in one.keys() & two.keys() if one[k] != two[k]) == expected["modified"]


def assert_regenerates_identically(
    generate: Callable[[Path], Any], out: Path, source_id: str, names: Iterable[str]
) -> None:
    """A second run (into out/again) writes the same bytes for both days."""
    again = out / "again"
    generate(again)
    for day in ("day1", "day2"):
        for name in names:
            assert (again / day / source_id / name).read_bytes() == (
                out / day / source_id / name
            ).read_bytes()
