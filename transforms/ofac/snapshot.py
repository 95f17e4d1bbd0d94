"""Telling an OFAC snapshot's format by content, and parsing it.

File names are not trusted (they may be lower-case, renamed, or a CSV name may hold an
XML body): every file is sniffed. Recognised:

* the CSV set: a 12-column main file (SDN.CSV / CONS_PRIM.CSV), optional 6-column
  addresses (ADD.CSV / CONS_ADD.CSV), 5-column aliases (ALT.CSV / CONS_ALT.CSV) and
  2-column remarks continuation (SDN_COMMENTS.CSV / CONS_COMMENTS.CSV);
* the legacy XML: root `sdnList` (SDN.XML, CONSOLIDATED.XML; either namespace);
* the advanced XML: root `Sanctions` with `ReferenceValueSets` (SDN_ADVANCED.XML,
  CONS_ADVANCED.XML; the 2020 UN namespace or the 2024+ sanctionslistservice one).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from transforms.base import ParseContext, ParseError, SnapshotFiles
from transforms.common import looks_like_html, xml_root
from transforms.model import BanRecord
from transforms.ofac.advanced import parse_advanced
from transforms.ofac.common import (
    ADD,
    ADVANCED,
    ALT,
    COMMENTS,
    CSV_KINDS,
    EMPTY,
    HTML,
    KIND_LABEL,
    MAIN,
    UNKNOWN,
    XML,
    FileItem,
    OfacProfile,
    Run,
)
from transforms.ofac.legacy import parse_csv, parse_sdn_xml

FORMAT_CSV = "ofac_csv"
FORMAT_XML = "sdn_xml"
FORMAT_ADVANCED = "ofac_advanced_xml"

_COLUMNS = {12: MAIN, 6: ADD, 5: ALT, 2: COMMENTS}
_CTRL_Z = "\x1a"
_SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True)
class Layout:
    format: str
    main: FileItem
    extras: dict[str, FileItem]  # kind -> file, for ADD/ALT/COMMENTS
    ignored: list[FileItem]


def _classify(name: str, path: Path, profile: OfacProfile) -> FileItem:
    with open(path, "rb") as fh:
        head = fh.read(_SNIFF_BYTES)
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n" + _CTRL_Z)
    if not text:
        return FileItem(name, path, EMPTY, "file is empty")
    if text.startswith("<"):
        if looks_like_html(text):
            return FileItem(name, path, HTML, "file is an HTML page, not OFAC data")
        qname = xml_root(path)
        root = None if qname is None else qname.localname
        if root == "sdnList":
            return FileItem(name, path, XML)
        if root == "Sanctions":
            # The advanced XML opens with DateOfIssue then ReferenceValueSets.
            if re.search(r"<(?:[\w.-]+:)?ReferenceValueSets[\s>/]", text):
                return FileItem(name, path, ADVANCED)
            return FileItem(
                name,
                path,
                UNKNOWN,
                "XML root element is <Sanctions> but no <ReferenceValueSets> follows: "
                "not an OFAC advanced XML",
            )
        why = (
            "malformed XML"
            if root is None
            else f"XML root element is <{root}>, not <sdnList> or advanced <Sanctions>"
        )
        return FileItem(name, path, UNKNOWN, why)
    try:
        first = next(csv.reader(io.StringIO(text)))
    except (StopIteration, csv.Error) as exc:
        return FileItem(name, path, UNKNOWN, f"not readable as CSV ({exc})")
    kind = _COLUMNS.get(len(first))
    if kind is None:
        return FileItem(
            name,
            path,
            UNKNOWN,
            f"first row has {len(first)} columns; OFAC CSV files have 12 ({profile.main_label}), "
            "6 (addresses), 5 (aliases) or 2 (remarks continuation)",
        )
    if not first[0].strip().isdigit():
        return FileItem(
            name, path, UNKNOWN, f"first field {first[0][:40]!r} is not an OFAC entry number"
        )
    return FileItem(name, path, kind)


def layout(files: SnapshotFiles, profile: OfacProfile, source: str | None = None) -> Layout:
    """Classify every file; ParseError (naming `source`) when the set makes no sense."""
    source = source or profile.source
    if not files:
        raise ParseError(source, "no files in the snapshot")
    found: dict[str, list[FileItem]] = {}
    for name in sorted(files):
        item = _classify(name, Path(files[name]), profile)
        if item.kind in (HTML, UNKNOWN):
            raise ParseError(source, f"{name}: {item.reason}")
        found.setdefault(item.kind, []).append(item)

    def label(kind: str) -> str:
        return profile.main_label if kind == MAIN else KIND_LABEL[kind]

    for kind, items in found.items():
        if kind != EMPTY and len(items) > 1:
            names = ", ".join(i.name for i in items)
            raise ParseError(source, f"several files look like the {label(kind)}: {names}")
    ignored = found.get(EMPTY, [])
    xml_kinds = [k for k in (XML, ADVANCED) if k in found]
    if xml_kinds:
        xml_names = ", ".join(i.name for k in xml_kinds for i in found[k])
        if len(xml_kinds) > 1:
            raise ParseError(source, f"snapshot mixes legacy and advanced OFAC XML ({xml_names})")
        csvs = [i.name for k in CSV_KINDS for i in found.get(k, [])]
        if csvs:
            what = "SDN XML" if xml_kinds == [XML] else "OFAC advanced XML"
            raise ParseError(
                source, f"snapshot mixes {what} with OFAC CSV files ({', '.join(csvs)})"
            )
        kind = xml_kinds[0]
        return Layout(FORMAT_XML if kind == XML else FORMAT_ADVANCED, found[kind][0], {}, ignored)
    if MAIN not in found:
        seen = ", ".join(
            f"{i.name} ({label(i.kind) if i.kind != EMPTY else 'empty'})"
            for v in found.values()
            for i in v
        )
        raise ParseError(
            source,
            f"no {profile.main_label} (12 columns) or OFAC XML found among: {seen}",
        )
    extras = {k: found[k][0] for k in (ADD, ALT, COMMENTS) if k in found}
    return Layout(FORMAT_CSV, found[MAIN][0], extras, ignored)


def detect_format(files: SnapshotFiles, profile: OfacProfile) -> str:
    """ "ofac_csv", "sdn_xml" or "ofac_advanced_xml", by content.

    Raises ParseError (naming the source and the offending file) when a file is an
    HTML page, has an unknown shape, or no main file is present.
    """
    return layout(files, profile).format


def parse_snapshot(
    files: SnapshotFiles, ctx: ParseContext, profile: OfacProfile
) -> Iterator[BanRecord]:
    """Yield one BanRecord per entry of the snapshot, in file order.

    Raises ParseError (via ctx.error) for an unrecognisable snapshot, a malformed file
    or an entry missing its id/name; oddities that do not lose data (unknown elements,
    aliases of unknown entries, unparseable dates, unresolved references) go to
    ctx.warn.
    """
    found = layout(files, profile, ctx.source)
    run = Run(ctx, profile)
    for ignored in found.ignored:
        ctx.warn(f"{ignored.name}: {ignored.reason}; ignored")
    if found.format == FORMAT_XML:
        yield from parse_sdn_xml(found.main, run)
    elif found.format == FORMAT_ADVANCED:
        yield from parse_advanced(found.main, run)
    else:
        yield from parse_csv(found.main, found.extras, run)
