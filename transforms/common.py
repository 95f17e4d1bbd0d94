"""Helpers several list parsers share: properties, scripts, citations, file sniffing.

Only logic that is the same in every parser that uses it lives here; a parser whose
rule differs (another script naming, another sniff size, another way to treat an empty
file) keeps its own code and says so.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from lxml import etree

from transforms.base import ParseContext, ParseError, SnapshotFiles

T = TypeVar("T")

# ----------------------------------------------------------------------- properties


def add_property(props: dict[str, str], key: str, value: str | None, sep: str = "; ") -> None:
    """Properties are single strings: a further value is appended after `sep`, unless
    it is already one of them; blank values are ignored."""
    if not value:
        return
    old = props.get(key)
    if old is None:
        props[key] = value
    elif value not in old.split(sep):
        props[key] = f"{old}{sep}{value}"


def add_unique(items: list[str], value: str | None) -> None:
    """Append a non-blank value unless it is already there (first-seen order)."""
    if value and value not in items:
        items.append(value)


class Warner:
    """ctx.warn, but each distinct key only once (unknown fields repeat per record)."""

    def __init__(self, ctx: ParseContext) -> None:
        self.ctx = ctx
        self._seen: set[str] = set()

    def once(self, key: str, message: str) -> None:
        if key not in self._seen:
            self._seen.add(key)
            self.ctx.warn(message)

    def warn(self, message: str) -> None:
        self.ctx.warn(message)


# ----------------------------------------------------------------------------- text


def collapse(text: str) -> str:
    """Every run of whitespace (line breaks and U+00A0 included) as one space, trimmed."""
    return " ".join(text.split())


def tidy(value: str | None) -> str | None:
    """`value` with its whitespace collapsed; None when that leaves nothing."""
    return collapse(value or "") or None


def name_key(name: str) -> str:
    """A name as compared for identity: whitespace collapsed, casefolded."""
    return collapse(name).casefold()


_SCRIPT_NAMES = {"CJK": "Han", "HIRAGANA": "Kana", "KATAKANA": "Kana"}


def dominant_script(text: str) -> str | None:
    """The non-Latin script most of the letters of `text` are in ("Cyrillic", "Arabic",
    "Han", "Kana", ...), by the first word of their Unicode names; None when there is
    none (Latin only, or no letters). Ties go to the alphabetically first script."""
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        word = unicodedata.name(ch, "UNKNOWN").split(" ")[0]
        counts[word] = counts.get(word, 0) + 1
    non_latin = {k: v for k, v in counts.items() if k not in ("LATIN", "UNKNOWN")}
    if not non_latin:
        return None
    word = max(sorted(non_latin), key=lambda k: non_latin[k])
    return _SCRIPT_NAMES.get(word, word.title())


# "67 F.R. 56530 9/4/02 67 F.R. 10890 3/11/02" -> two citations; "Vol. 83, No. 91" whole.
_FR_CITATION = re.compile(r"(?<![\w.])\d{1,3}\s*F\.?\s*R\.?\s+\d")
_FR_VOLUME = re.compile(r"(?<![\w.])(\d{1,3})(F\.?\s*R\b)")


def split_fr_citations(text: str) -> list[str]:
    """A Federal Register citation field (BIS's FR_Citation, the CSL's
    federal_register_notice) -> one string per citation, spacing normalised
    ("83F.R." -> "83 F.R."), in order, without repeats."""
    out: list[str] = []
    for part in text.split(";"):
        part = _FR_VOLUME.sub(r"\1 \2", collapse(part))
        if not part:
            continue
        starts = [m.start() for m in _FR_CITATION.finditer(part)]
        bounds = [0, *starts[1:], len(part)] if len(starts) > 1 else [0, len(part)]
        for a, b in zip(bounds, bounds[1:], strict=False):
            seg = re.sub(r"(?:\s+and|[\s,;])+$", "", part[a:b].strip())
            if seg and seg not in out:
                out.append(seg)
    return out


# ------------------------------------------------------------------ file sniffing

EMPTY_FILE = "file is empty"
_HTML = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)


def sniff_text(path: Path, size: int) -> str:
    """The first `size` bytes of a file as text (UTF-8, undecodable bytes replaced),
    without a leading BOM and blank space: what content detection looks at."""
    with open(path, "rb") as fh:
        head = fh.read(size)
    return head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")


def looks_like_html(text: str) -> bool:
    """An HTML page (an error or login page served instead of the data)?"""
    return bool(_HTML.search(text[:4096]))


def xml_root(path: Path) -> etree.QName | None:
    """The qualified name of the root element, read from its start tag alone; None
    for malformed XML."""
    try:
        for _event, elem in etree.iterparse(
            str(path), events=("start",), resolve_entities=False, no_network=True, huge_tree=True
        ):
            return etree.QName(elem)
    except etree.XMLSyntaxError:
        return None
    return None


def select_main_file(
    files: SnapshotFiles, ctx: ParseContext, problem: Callable[[Path], str | None], what: str
) -> tuple[str, Path]:
    """The one file of the snapshot that is `what` (`problem(path)` is None for it).

    A file with a problem is an error naming the file and the problem, except an empty
    file beside others, which is warned about and ignored. Anything but exactly one
    such file is an error too.
    """
    if not files:
        raise ctx.error("no files in the snapshot")
    found: list[tuple[str, Path]] = []
    for name in sorted(files):
        path = Path(files[name])
        why = problem(path)
        if why is None:
            found.append((name, path))
        elif why == EMPTY_FILE and len(files) > 1:
            ctx.warn(f"{name}: {why}; ignored")
        else:
            raise ctx.error(f"{name}: {why}")
    if len(found) != 1:
        names = ", ".join(n for n, _ in found) or "none"
        raise ctx.error(f"expected exactly one {what}, found {len(found)}: {names}")
    return found[0]


def sniffed_files(
    files: SnapshotFiles, source: str, sniff: Callable[[str, Path], T | None]
) -> list[tuple[str, Path, T]]:
    """Every file of the snapshot that is not empty, by name, with what `sniff(name,
    path)` makes of it (None: the file is empty; a file that is not the source's data
    raises in `sniff`). ParseError when there are no files or all are empty."""
    if not files:
        raise ParseError(source, "no files in the snapshot")
    found: list[tuple[str, Path, T]] = []
    for name in sorted(files):
        path = Path(files[name])
        kind = sniff(name, path)
        if kind is not None:
            found.append((name, path, kind))
    if not found:
        raise ParseError(source, f"every file is empty: {', '.join(sorted(files))}")
    return found


# ---------------------------------------------------------------------- encodings


def decodes_as(path: Path, encoding: str) -> bool:
    """Does the whole file decode in `encoding`? (Read in chunks, nothing kept.)"""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def text_encoding(path: Path, *encodings: str) -> str:
    """The first of `encodings` the whole file decodes in; the last one is the fallback
    and is not tried (e.g. "utf-8-sig", "cp1252": UTF-8 with or without BOM, else
    Windows-1252)."""
    for encoding in encodings[:-1]:
        if decodes_as(path, encoding):
            return encoding
    return encodings[-1]


# --------------------------------------------------------------------- streaming XML


def local_name(elem: Any) -> str:
    """An element's local name, namespace dropped (what etree.QName(elem).localname
    gives, but cheaper)."""
    tag: str = elem.tag
    return tag[tag.index("}") + 1 :] if tag[:1] == "{" else tag


def child_elements(elem: Any) -> Iterator[Any]:
    """Element children only (comments and processing instructions skipped)."""
    return (c for c in elem if isinstance(c.tag, str))


def iterparse(
    path: Path,
    events: tuple[str, ...] = ("end",),
    tag: str | tuple[str, ...] | None = None,
    *,
    keep_comments: bool = False,
) -> Iterator[tuple[str, Any]]:
    """lxml's iterparse, safe for files from the web: no entity expansion, no network
    access, no size limit on text nodes; comments and processing instructions are
    dropped unless `keep_comments`."""
    drop = not keep_comments
    return etree.iterparse(
        str(path),
        events=events,
        tag=tag,
        resolve_entities=False,
        no_network=True,
        huge_tree=True,
        remove_comments=drop,
        remove_pis=drop,
    )


def release(elem: Any, on_drop: Callable[[Any], None] | None = None) -> None:
    """Free a streamed element once it is read: clear it and delete the siblings
    before it from the parent (each handed to `on_drop` first), so memory stays flat."""
    elem.clear(keep_tail=False)
    parent = elem.getparent()
    while parent is not None and elem.getprevious() is not None:
        if on_drop is not None:
            on_drop(parent[0])
        del parent[0]
