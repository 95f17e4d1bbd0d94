"""The bare passes several benchmark generators share (`bare_pass`: the cheapest read of
the same files, the yardstick a parser's speed is given against).

Imported as `benchmarks.common`: bench.py puts the project root on sys.path.
"""

from __future__ import annotations

import csv
from pathlib import Path

from lxml import etree


def count_csv_rows(files: dict[str, Path], encoding: str = "utf-8", delimiter: str = ",") -> int:
    """Rows csv.reader sees in every file."""
    rows = 0
    for path in files.values():
        with open(path, encoding=encoding, newline="") as fh:
            rows += sum(1 for _ in csv.reader(fh, delimiter=delimiter))
    return rows


def count_xml_elements(files: dict[str, Path], tag: str | tuple[str, ...]) -> int:
    """Elements named `tag` seen by a streaming lxml iterparse of every file, each
    cleared and its earlier siblings dropped as it goes (flat memory)."""
    count = 0
    for path in files.values():
        for _event, elem in etree.iterparse(
            str(path),
            events=("end",),
            tag=tag,
            resolve_entities=False,
            no_network=True,
            huge_tree=True,
        ):
            count += 1
            elem.clear(keep_tail=False)
            parent = elem.getparent()
            while parent is not None and elem.getprevious() is not None:
                del parent[0]
    return count
