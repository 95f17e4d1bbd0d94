"""trade.gov Consolidated Screening List (CSL) parser: CSV (current and old layout) and JSON.

The CSL merges the export-screening lists of Commerce/BIS (EL, MEU, UVL, DPL), State
(DTC, ISN) and Treasury/OFAC (SDN, SSI, FSE, PLC, CAP, CMIC, MBS) into one table, one
row per list entry; the `source` column names the list ("Entity List (EL) - Bureau of
Industry and Security"). Three publications are understood, told apart by CONTENT:

* consolidated.csv, current layout: header row, first column `_id` (29 columns).
* consolidated.csv, pre-2020 layout: the same columns without `_id`.
* consolidated.json: `{"results": [...]}` (or a bare list of result entries) whose
  entries have the same keys, with lists and structured addresses/ids.

Record ids are built from the entry alone, so that an entry keeps its id whatever the
other rows are. `_id` (JSON: `id`) is an opaque hash for the non-OFAC lists and is used
as it is. For OFAC lists it is the entity number, which names the party, not the list
entry: one party on two OFAC lists (SDN and PLC, SDN and CMIC) has a row on each with
the same number, so the id is "<entity number>@<list code>" ("9647@SDN", "9647@PLC"),
also when the old CSV has only the entity_number column. Entries with neither (old CSV,
non-OFAC lists) get "<list code>-<hash of the normalised name>~<hash of their address
countries and start date>": BIS keeps one entry per country for some parties. A row
that repeats an earlier one field for field is skipped with a warning; different
entries with the same id are a ParseError naming them (no positional fallback). Ids
are checked in a first, cheap pass over the file, records are built in a second one,
so memory stays flat.

CSV quirks handled: multi-valued fields are packed with "; " (alt_names, addresses,
ids, dates_of_birth, places_of_birth, nationalities, citizenships, programs); BIS packs
several addresses of one entry as "...; and ..." and ends alias lists with "; and X";
an address is "street, city, state, postal code, country code" with the blanks
dropped, so only the trailing ISO country code can be split off reliably (the rest is
kept verbatim as the street); an id is "type, number[, country]" today but was
"[country, ]number, type" in the old layout (numbers may contain ", "); State adds
"; and any successor, sub-unit, or subsidiary thereof" to ISN names (kept in
properties["name_scope"]); names may have stray leading spaces; the FR notice column
may hold several citations ("67 F.R. 56530 9/4/02 67 F.R. 10890 3/11/02").
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO, Any

from transforms.base import ParseContext, ParseError, SnapshotFiles
from transforms.common import (
    add_property,
    collapse,
    looks_like_html,
    name_key,
    sniff_text,
    sniffed_files,
    split_fr_citations,
)
from transforms.model import (
    Address,
    Alias,
    BanRecord,
    DateValue,
    Identifier,
    Measure,
    Milestone,
    TargetType,
)

SOURCE = "us_trade_csl"
JURISDICTION = "US"

FORMAT_CSV = "csl_csv"
FORMAT_CSV_LEGACY = "csl_csv_legacy"
FORMAT_JSON = "csl_json"

_SNIFF_BYTES = 64 * 1024
_JSON_CHUNK = 1 << 20

# Columns of the current CSV, in order; the pre-2020 layout is the same without `_id`.
CSV_COLUMNS: tuple[str, ...] = (
    "_id",
    "source",
    "entity_number",
    "type",
    "programs",
    "name",
    "title",
    "addresses",
    "federal_register_notice",
    "start_date",
    "end_date",
    "standard_order",
    "license_requirement",
    "license_policy",
    "call_sign",
    "vessel_type",
    "gross_tonnage",
    "gross_registered_tonnage",
    "vessel_flag",
    "vessel_owner",
    "remarks",
    "source_list_url",
    "alt_names",
    "citizenships",
    "dates_of_birth",
    "nationalities",
    "places_of_birth",
    "source_information_url",
    "ids",
)
_CSV_KEYS = frozenset(CSV_COLUMNS)
_REQUIRED_COLUMNS = ("source", "name")
# JSON result entries call the id `id` (the CSV: `_id`); some carry a plain `country`.
JSON_KEYS = frozenset(CSV_COLUMNS) | {"id", "country"}
# Top-level keys of the JSON download besides `results`.
_JSON_META_KEYS = frozenset({"total", "sources", "sources_used", "search_performed_at", "offset"})

# Fields copied to properties as they are (single strings).
_PLAIN_PROPERTIES = (
    "standard_order",
    "license_requirement",
    "license_policy",
    "call_sign",
    "vessel_type",
    "gross_tonnage",
    "gross_registered_tonnage",
    "vessel_flag",
    "vessel_owner",
    "source_list_url",
    "source_information_url",
)

# ------------------------------------------------------------------------- lookups


@dataclass(frozen=True)
class ListInfo:
    code: str
    authority: str
    measures: tuple[Measure, ...]
    default_target_type: TargetType | None
    known: bool


@dataclass(frozen=True)
class _Tables:
    list_codes: dict[str, str]
    list_authority: dict[str, str]
    list_measures: dict[str, tuple[Measure, ...]]
    program_measures: dict[str, tuple[Measure, ...]]
    target_types: dict[str, TargetType]
    list_target_type: dict[str, TargetType]
    department_authority: dict[str, str]


def _measures(text: str, where: str) -> tuple[Measure, ...]:
    out: list[Measure] = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        try:
            out.append(Measure(part))
        except ValueError as exc:
            raise ParseError(SOURCE, f"source.yml {where}: unknown measure {part!r}") from exc
    return tuple(out)


def _target_type(value: str, where: str) -> TargetType:
    try:
        return TargetType(value)
    except ValueError as exc:
        raise ParseError(SOURCE, f"source.yml {where}: unknown target type {value!r}") from exc


@cache
def _tables() -> _Tables:
    """This source's lookup tables, read once per process through the registry."""
    from transforms.registry import get_source

    lk = get_source(SOURCE).lookups

    def table(name: str) -> dict[str, str]:
        return {str(k).strip(): str(v).strip() for k, v in lk.get(name, {}).items()}

    return _Tables(
        list_codes=table("list_codes"),
        list_authority=table("list_authority"),
        list_measures={
            k: _measures(v, f"list_measures.{k}") for k, v in table("list_measures").items()
        },
        program_measures={
            k: _measures(v, f"program_measures.{k}") for k, v in table("program_measures").items()
        },
        target_types={
            k.lower(): _target_type(v, f"target_types.{k}")
            for k, v in table("target_types").items()
        },
        list_target_type={
            k: _target_type(v, f"list_target_type.{k}")
            for k, v in table("list_target_type").items()
        },
        department_authority=table("department_authority"),
    )


# "Entity List (EL) - Bureau of Industry and Security" -> ("EL", "Bureau of ...").
_SOURCE_CODE = re.compile(r"\(([^()]+)\)")


def list_info(source: str, ctx: ParseContext, warned: set[str]) -> ListInfo:
    """The list a `source` value names: code, authority, measures."""
    t = _tables()
    title, _, department = source.partition(" - ")
    m = _SOURCE_CODE.search(title)
    raw_code = m[1].strip() if m else title.strip()
    code = t.list_codes.get(raw_code, raw_code)
    if code in t.list_authority and code in t.list_measures:
        return ListInfo(
            code,
            t.list_authority[code],
            t.list_measures[code],
            t.list_target_type.get(code),
            True,
        )
    authority = t.department_authority.get(department.strip(), department.strip() or "unknown")
    if source not in warned:
        warned.add(source)
        ctx.warn(
            f"unknown list {source!r}: code {code!r}, authority {authority!r}, "
            "measures 'other' (add it to source.yml lookups)"
        )
    return ListInfo(code, authority, (Measure.OTHER,), None, False)


# ------------------------------------------------------------------ format detection


@dataclass(frozen=True)
class _Input:
    name: str
    path: Path
    format: str
    encoding: str = "utf-8-sig"


def _sniff(name: str, path: Path) -> str | None:
    """The format of one file, None when it is empty; ParseError when not CSL data."""
    text = sniff_text(path, _SNIFF_BYTES)
    if not text:
        return None
    if text.startswith("<"):
        if looks_like_html(text):
            raise ParseError(SOURCE, f"{name}: file is an HTML page, not CSL data")
        raise ParseError(SOURCE, f"{name}: file is XML, not the CSL CSV or JSON")
    if text[0] in "[{":
        return FORMAT_JSON
    try:
        header = next(csv.reader(io.StringIO(text)))
    except (StopIteration, csv.Error) as exc:
        raise ParseError(SOURCE, f"{name}: not readable as CSV ({exc})") from exc
    columns = [c.strip().lower() for c in header]
    missing = [c for c in _REQUIRED_COLUMNS if c not in columns]
    if missing:
        shown = ", ".join(repr(c) for c in header[:8])
        raise ParseError(
            SOURCE,
            f"{name}: not a CSL CSV: header lacks {', '.join(missing)} (starts {shown})",
        )
    return FORMAT_CSV if columns[0] == "_id" else FORMAT_CSV_LEGACY


def _select(files: SnapshotFiles) -> _Input:
    found = [_Input(name, path, fmt) for name, path, fmt in sniffed_files(files, SOURCE, _sniff)]
    if len(found) > 1:
        listed = ", ".join(f"{i.name} ({i.format})" for i in found)
        raise ParseError(SOURCE, f"several CSL data files in one snapshot ({listed}); expected one")
    return found[0]


def detect_format(files: SnapshotFiles) -> str:
    """ "csl_csv", "csl_csv_legacy" or "csl_json", by content; ParseError otherwise."""
    return _select(files).format


# ------------------------------------------------------------------------- readers

# One raw entry: where it is (for messages) and its fields by name.
_Raw = tuple[str, dict[str, Any]]


def _csv_header(inp: _Input, ctx: ParseContext | None) -> list[str]:
    """The header's column names (lower-cased); unknown/missing ones are warned about."""
    with open(inp.path, encoding=inp.encoding, errors="replace", newline="") as fh:
        header = next(csv.reader(fh))
    columns = [c.strip().lower() for c in header]
    if columns:  # a UTF-8 BOM read as cp1252 (file with stray non-UTF-8 bytes)
        columns[0] = columns[0].removeprefix("\ufeff").removeprefix("ï»¿")
    if ctx is not None:
        expected = CSV_COLUMNS if inp.format == FORMAT_CSV else CSV_COLUMNS[1:]
        for col in columns:
            if col not in CSV_COLUMNS:
                ctx.warn(f"{inp.name}: unknown column {col!r}; its values go to properties")
        missing = [c for c in expected if c not in columns]
        if missing:
            ctx.warn(f"{inp.name}: columns missing from the header: {', '.join(missing)}")
        dupes = [c for c, n in Counter(columns).items() if n > 1]
        if dupes:
            raise ParseError(SOURCE, f"{inp.name}: repeated columns {', '.join(dupes)}")
    return columns


def _csv_entries(inp: _Input, columns: list[str]) -> Iterator[_Raw]:
    with open(inp.path, encoding=inp.encoding, newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            where = f"{inp.name} line {reader.line_num}"
            if len(row) != len(columns):
                raise ParseError(
                    SOURCE,
                    f"{where}: {len(row)} fields where the header has {len(columns)} "
                    "(broken quoting?)",
                )
            yield where, dict(zip(columns, row, strict=True))


class _JsonStream:
    """Incremental JSON reader: decodes one value at a time from a growing buffer."""

    def __init__(self, fh: IO[str], name: str) -> None:
        self.fh, self.name = fh, name
        self.buf, self.pos, self.eof = "", 0, False
        self.decoder = json.JSONDecoder()

    def _fill(self) -> bool:
        if self.eof:
            return False
        chunk = self.fh.read(_JSON_CHUNK)
        if not chunk:
            self.eof = True
            return False
        if self.pos > _JSON_CHUNK:
            self.buf, self.pos = self.buf[self.pos :], 0
        self.buf += chunk
        return True

    def error(self, problem: str) -> ParseError:
        return ParseError(SOURCE, f"{self.name}: {problem}")

    def peek(self) -> str:
        """The next non-blank character ("" at the end), not consumed."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n\ufeff":
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def take(self, expected: str) -> None:
        got = self.peek()
        if got != expected:
            raise self.error(f"malformed JSON: expected {expected!r}, found {got or 'the end'!r}")
        self.pos += 1

    def value(self) -> Any:
        if not self.peek():
            raise self.error("malformed JSON: the file ends where a value should be")
        while True:
            try:
                val, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self._fill():
                    continue
                raise self.error(f"malformed JSON: {exc.msg} (truncated file?)") from exc
            if end >= len(self.buf) and self._fill():
                continue  # a number or literal may go on in the next chunk
            self.pos = end
            return val

    def array(self, what: str) -> Iterator[Any]:
        self.take("[")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            sep = self.peek()
            if sep == "]":
                self.pos += 1
                return
            if not sep:
                raise self.error(f"malformed JSON: the file ends inside {what} (truncated file?)")
            if sep != ",":
                raise self.error(f"malformed JSON in {what}: expected ',' or ']'")
            self.pos += 1


def _json_entries(inp: _Input, ctx: ParseContext | None) -> Iterator[_Raw]:
    """Result entries of `{"results": [...]}` or of a bare list, streamed."""
    count = 0
    total: Any = None

    def entries(items: Iterable[Any]) -> Iterator[_Raw]:
        nonlocal count
        for item in items:
            count += 1
            where = f"{inp.name} result #{count}"
            if not isinstance(item, dict):
                raise ParseError(SOURCE, f"{where} is a {type(item).__name__}, not an object")
            yield where, item

    try:
        with open(inp.path, encoding="utf-8-sig", newline="") as fh:
            stream = _JsonStream(fh, inp.name)
            first = stream.peek()
            if first == "[":
                yield from entries(stream.array("the result list"))
            else:
                stream.take("{")
                found = False
                while stream.peek() != "}":
                    key = stream.value()
                    if not isinstance(key, str):
                        raise stream.error("malformed JSON: object key is not a string")
                    stream.take(":")
                    if key == "results":
                        found = True
                        if stream.peek() != "[":
                            raise stream.error("'results' is not a list")
                        yield from entries(stream.array("'results'"))
                    else:
                        value = stream.value()
                        if key == "total":
                            total = value
                        elif key not in _JSON_META_KEYS and ctx is not None:
                            ctx.warn(f"{inp.name}: unknown top-level key {key!r} ignored")
                    if stream.peek() == ",":
                        stream.pos += 1
                    elif not stream.peek():
                        raise stream.error("malformed JSON: the file ends early (truncated file?)")
                    elif stream.peek() != "}":
                        raise stream.error("malformed JSON: expected ',' or '}'")
                stream.pos += 1
                if not found:
                    raise stream.error("JSON object has no 'results' list; not the CSL JSON")
            if stream.peek():
                raise stream.error("unexpected data after the JSON document")
    except UnicodeDecodeError as exc:
        raise ParseError(SOURCE, f"{inp.name}: JSON is not UTF-8 ({exc})") from exc
    if ctx is not None and isinstance(total, int) and total != count:
        ctx.warn(f"{inp.name}: 'total' says {total}, but {count} results were read")


def _open_entries(inp: _Input, ctx: ParseContext | None) -> Callable[[], Iterator[_Raw]]:
    if inp.format == FORMAT_JSON:
        return lambda: _json_entries(inp, ctx)
    columns = _csv_header(inp, ctx)
    return lambda: _csv_entries(inp, columns)


# ------------------------------------------------------------------- value helpers


def _text(value: Any) -> str | None:
    """A scalar field as stripped text; None when blank."""
    if value is None:
        return None
    if isinstance(value, bool | int | float):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    return text or None


def _scalar(fields: Mapping[str, Any], key: str, where: str) -> str | None:
    value = fields.get(key)
    if type(value) is str:  # the common case, fast
        return value.strip() or None
    if value is not None and not isinstance(value, str | int | float | bool):
        raise ParseError(
            SOURCE, f"{where}: field {key!r} is a {type(value).__name__}, expected text"
        )
    return _text(value)


def _items(fields: Mapping[str, Any], key: str, where: str, sep: str = ";") -> list[str]:
    """A multi-valued field: a packed string (CSV) or a list of strings (JSON)."""
    value = fields.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        parts: Iterable[Any] = [value]
    elif isinstance(value, list):
        parts = value
    else:
        raise ParseError(
            SOURCE, f"{where}: field {key!r} is a {type(value).__name__}, expected text or list"
        )
    out: list[str] = []
    for part in parts:
        if part is None:
            continue
        if not isinstance(part, str):
            raise ParseError(SOURCE, f"{where}: field {key!r} holds a {type(part).__name__}")
        for piece in part.split(sep):
            piece = piece.strip()
            if piece and piece not in out:
                out.append(piece)
    return out


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


# ----------------------------------------------------------------------- record ids


@dataclass(frozen=True)
class _IdKey:
    """Pass 1's material for one entry: its record id, where it is, and a fingerprint."""

    record_id: str
    where: str
    fingerprint: str  # hash of every field: tells a repeated row from a different one


def _id_key(where: str, fields: Mapping[str, Any], fmt: str) -> _IdKey:
    """The entry's record id, built from this entry alone (never from its neighbours)."""
    warned: set[str] = set()  # list warnings are given in the build pass
    silent = ParseContext(source=SOURCE)
    own = _scalar(fields, "_id", where) or _scalar(fields, "id", where)
    source = _scalar(fields, "source", where)
    name = _scalar(fields, "name", where)
    if not name:
        raise ParseError(SOURCE, f"{where}: entry has no name")
    # The current CSV always has `_id`; a JSON entry that has the key must fill it.
    if not own and (fmt == FORMAT_CSV or "id" in fields or "_id" in fields):
        raise ParseError(SOURCE, f"{where} ({name}): entry has no id (`_id`/`id` is empty)")
    if not source:
        raise ParseError(SOURCE, f"{where}: entry has no 'source' (list) value")
    info = list_info(source, silent, warned)
    code = info.code
    entity_number = _scalar(fields, "entity_number", where)
    if not entity_number and own and own.isdigit() and info.authority == "OFAC":
        entity_number = own  # an OFAC row whose entity_number cell is empty
    fingerprint = _hash(json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str))
    if entity_number and own in (None, entity_number):
        # An OFAC entity number names the party, not the list entry: a party on two OFAC
        # lists (SDN and PLC, SDN and CMIC) has one row per list, with the same number.
        return _IdKey(f"{entity_number}@{code}", where, fingerprint)
    if own:
        return _IdKey(own, where, fingerprint)
    # No key at all (pre-2020 CSV, non-OFAC lists): the name, plus what tells apart the
    # entries BIS keeps for one party, one per country (Gunther Migeotte, EL: five rows):
    # the countries of its addresses and its start date. Neither changes when an address
    # line is reworded or a Federal Register citation is added.
    countries = sorted({a.country or "" for a in json_addresses(fields.get("addresses"), where)})
    start = _scalar(fields, "start_date", where) or ""
    suffix = _hash(",".join(countries), start)[:8]
    return _IdKey(f"{code}-{_hash(code, name_key(name))}~{suffix}", where, fingerprint)


def _check_ids(keys: list[_IdKey], ctx: ParseContext) -> list[str | None]:
    """The record id of each entry, None for a repeated row (same id, same fields),
    which is skipped with a warning. Different entries with the same id are an error:
    telling them apart by file position would make their ids depend on the other rows."""
    first: dict[str, _IdKey] = {}
    clashes: dict[str, list[_IdKey]] = {}
    out: list[str | None] = []
    for key in keys:
        seen = first.setdefault(key.record_id, key)
        if seen is key:
            out.append(key.record_id)
        elif seen.fingerprint == key.fingerprint:
            ctx.warn(
                f"{key.where}: repeats {seen.where} field for field "
                f"(record id {key.record_id!r}); skipped"
            )
            out.append(None)
        else:
            clashes.setdefault(key.record_id, [seen]).append(key)
            out.append(key.record_id)
    if clashes:
        shown = [
            f"{record_id!r} ({', '.join(k.where for k in group)})"
            for record_id, group in list(clashes.items())[:5]
        ]
        more = "" if len(clashes) <= 5 else f", ... ({len(clashes)} ids in all)"
        raise ParseError(
            SOURCE,
            f"different entries share a record id: {'; '.join(shown)}{more}",
        )
    return out


# ---------------------------------------------------------------- field conversion

_SCRIPTS = {
    "CYRILLIC": "Cyrillic",
    "ARABIC": "Arabic",
    "CJK": "Han",
    "HANGUL": "Hangul",
    "HEBREW": "Hebrew",
    "GREEK": "Greek",
    "ARMENIAN": "Armenian",
    "GEORGIAN": "Georgian",
    "THAI": "Thai",
    "DEVANAGARI": "Devanagari",
    "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese",
    "PERSIAN": "Arabic",
}


def script_of(name: str) -> str | None:
    """The first non-Latin script in a name ("Cyrillic", "Han", ...), None if Latin."""
    for ch in name:
        if ord(ch) < 0x250 or not ch.isalpha():
            continue
        first = unicodedata.name(ch, "").split(" ")[0]
        if first in _SCRIPTS:
            return _SCRIPTS[first]
        if first != "LATIN":
            return first.title() or None
    return None


_SCOPE = re.compile(
    r"[;,]?\s*(and any successor,? sub-unit,? or subsidiary thereof\.?)\s*$", re.IGNORECASE
)


def split_scope(name: str) -> tuple[str, str | None]:
    """ISN's "X; and any successor, sub-unit, or subsidiary thereof" -> (X, scope)."""
    m = _SCOPE.search(name)
    if not m or m.start() == 0:
        return name, None
    return name[: m.start()].rstrip(" ;,"), m[1]


_AND = re.compile(r"^and\s+", re.IGNORECASE)


def split_aliases(items: Iterable[str]) -> list[str]:
    """Alias strings -> names; BIS writes "A; B; and C" (the "and" is dropped)."""
    out: list[str] = []
    for item in items:
        name = _AND.sub("", item.strip()).strip()
        if name and name not in out:
            out.append(name)
    return out


_ISO2 = re.compile(r"^[A-Z]{2}$")


def csv_address(text: str) -> Address:
    """ "street, city, state, postal, CC" -> Address(street=<all but CC>, country=CC)."""
    parts = [p.strip() for p in text.split(",")]
    parts = [p for p in parts if p]
    country = None
    if parts and _ISO2.match(parts[-1]):
        country = parts.pop()
    street = ", ".join(parts) or None
    return Address(street=street, country=country)


def csv_addresses(text: str) -> list[Address]:
    out: list[Address] = []
    for part in re.split(r"\s*;\s*", text):
        part = _AND.sub("", part.strip())
        if part:
            address = csv_address(part)
            if address not in out:
                out.append(address)
    return out


def json_addresses(value: Any, where: str) -> list[Address]:
    if value is None:
        return []
    if isinstance(value, str):
        return csv_addresses(value)
    if not isinstance(value, list):
        raise ParseError(SOURCE, f"{where}: 'addresses' is a {type(value).__name__}")
    out: list[Address] = []
    for item in value:
        if isinstance(item, str):
            out.extend(a for a in csv_addresses(item) if a not in out)
            continue
        if not isinstance(item, dict):
            raise ParseError(SOURCE, f"{where}: an address is a {type(item).__name__}")
        common = {
            "city": _text(item.get("city")),
            "region": _text(item.get("state")),
            "postal_code": _text(item.get("postal_code")),
            "country": _text(item.get("country")),
        }
        # BIS packs several street lines of one entry into `address` with "; (and)".
        streets = [
            _AND.sub("", s.strip()) for s in re.split(r";", _text(item.get("address")) or "")
        ]
        candidates: list[str | None] = [s for s in streets if s]
        for street in candidates or [None]:
            address = Address(street=street, **common)
            if address != Address() and address not in out:
                out.append(address)
    return out


_CIRCA = re.compile(r"^(?:circa|approximately|approx\.?|about|ca\.)\s+", re.IGNORECASE)
_RANGE = re.compile(r"\s+to\s+|(?<=^\d{4})\s*-\s*(?=\d{4}$)", re.IGNORECASE)


def parse_birth_dates(raw: str) -> list[DateValue]:
    """ "1978-12-05", "1955", "circa 1954", "1960 to 1962", "28 Jul 1963" -> dates.

    Precision is kept (a year stays a year); a range of whole years gives each year
    (at most 15), any other range its two ends. [] when unparseable.
    """
    text = _CIRCA.sub("", raw.strip()).strip().rstrip(".")
    parts = _RANGE.split(text)
    if len(parts) == 1:
        one = DateValue.parse(text)
        return [] if one is None else [DateValue(value=one.value, precision=one.precision, raw=raw)]
    if len(parts) != 2:
        return []
    start, end = DateValue.parse(parts[0]), DateValue.parse(parts[1])
    if start is None or end is None:
        return []
    if start.precision == end.precision == "year":
        first, last = int(start.value), int(end.value)
        if 0 <= last - first <= 15:
            return [
                DateValue(value=str(y), precision="year", raw=raw) for y in range(first, last + 1)
            ]
    return [
        DateValue(value=start.value, precision=start.precision, raw=raw),
        DateValue(value=end.value, precision=end.precision, raw=raw),
    ]


# Id types that describe the entry rather than identify it -> property key. Matched
# without trailing ":"/"-" and case-insensitively.
_PROPERTY_ID_TYPES: dict[str, str] = {
    "gender": "gender",
    "secondary sanctions risk": "secondary_sanctions_risk",
    "additional sanctions information": "additional_sanctions_information",
    "transactions prohibited for persons owned or controlled by u.s. financial "
    "institutions": "transactions_prohibited",
    "caatsa section 235 information": "caatsa_section_235",
    "organization established date": "organization_established_date",
    "organization type": "organization_type",
    "aircraft model": "aircraft_model",
    "aircraft manufacture date": "aircraft_manufacture_date",
    "aircraft operator": "aircraft_operator",
    "vessel year of build": "vessel_year_of_build",
    "former vessel flag": "former_vessel_flag",
    "other vessel flag": "other_vessel_flag",
    "other vessel type": "other_vessel_type",
    "other vessel call sign": "other_vessel_call_sign",
    "nationality of registration": "nationality_of_registration",
    "target type": "target_type_detail",
    "ifca determination": "ifca_determination",
    "linked to": "linked_to",
}
# "Executive Order 13662 Directive Determination -", "Listing Date (EO 14024 Directive 2):",
# "Executive Order 13846 information:": the whole "type value" goes to one property.
_DIRECTIVE_TYPE = re.compile(
    r"^Executive Order \d+ (?:Directive|information)|^(?:Listing|Effective) Date \(.*Directive",
    re.IGNORECASE,
)
# Types seen in CSL/OFAC data, to tell "type, number" from "number, type" tokens.
_KNOWN_ID_TYPES = frozenset(
    t.casefold()
    for t in (
        "Passport",
        "Diplomatic Passport",
        "National ID No.",
        "Identification Number",
        "Registration Number",
        "Registration ID",
        "Business Registration Number",
        "Company Number",
        "Tax ID No.",
        "SSN",
        "Cedula No.",
        "NIT #",
        "RUC #",
        "SWIFT/BIC",
        "V.A.T. Number",
        "Email Address",
        "Website",
        "Phone Number",
        "Telephone",
        "Fax",
        "IMO",
        "MMSI",
        "Vessel Registration Identification",
        "Matricula Mercantil No",
        "Commercial Registry Number",
        "Government Gazette Number",
        "Public Registration Number",
        "BIK (RU)",
        "License",
        "Driver's License No.",
        "Unified Social Credit Code (USCC)",
    )
)
_IMO = re.compile(r"^(?:IMO\s*)?(\d{7})$")


def _bare_type(id_type: str) -> str:
    return id_type.strip().rstrip(":- ").strip().casefold()


def _is_known_type(text: str) -> bool:
    bare = _bare_type(text)
    return (
        bare in _KNOWN_ID_TYPES
        or bare in _PROPERTY_ID_TYPES
        or bool(_DIRECTIVE_TYPE.search(text))
        or bare.startswith("digital currency address")
    )


def classify_id(
    id_type: str, number: str, country: str | None, raw: str
) -> Identifier | tuple[str, str]:
    """An id -> an Identifier, or (property key, value) for descriptive "ids"."""
    bare = _bare_type(id_type)
    if bare in _PROPERTY_ID_TYPES:
        return (_PROPERTY_ID_TYPES[bare], number)
    if _DIRECTIVE_TYPE.search(id_type):
        return ("directive_information", f"{id_type.strip()} {number}".strip())
    value = number.strip()
    m = _IMO.match(value)
    if m and (
        bare in ("imo", "international maritime organization no.")
        or (bare == "vessel registration identification" and value.startswith("IMO"))
    ):
        return Identifier(type="IMO", value=m[1], country=country, raw=raw)
    return Identifier(type=id_type.strip(), value=value, country=country, raw=raw)


def csv_ids(text: str, type_first: bool) -> list[tuple[str, str, str | None, str] | str]:
    """The packed `ids` column -> (type, number, country, raw) per id, raw text if unsplit.

    Current layout: "type, number[, CC]"; old layout: "[CC, ]number, type". Numbers may
    contain ", " ("North Korea Sanctions Regulations, sections 510.201 and 510.210"),
    so only the type end and a two-letter country code at the other end are split off.
    A known type at either end overrides the layout's default order.
    """
    out: list[tuple[str, str, str | None, str] | str] = []
    for token in re.split(r"\s*;\s*", text):
        token = token.strip()
        if not token:
            continue
        parts = [p.strip() for p in token.split(", ")]
        if len(parts) < 2:
            out.append(token)
            continue
        first = type_first
        if _is_known_type(parts[0]) and not _is_known_type(parts[-1]):
            first = True
        elif _is_known_type(parts[-1]) and not _is_known_type(parts[0]):
            first = False
        country: str | None = None
        if first:
            id_type, rest = parts[0], parts[1:]
            if len(rest) >= 2 and _ISO2.match(rest[-1]):
                country = rest.pop()
        else:
            id_type, rest = parts[-1], parts[:-1]
            if len(rest) >= 2 and _ISO2.match(rest[0]):
                country = rest.pop(0)
        out.append((id_type, ", ".join(rest), country, token))
    return out


def json_ids(value: Any, where: str) -> list[tuple[str, str, str | None, str] | str]:
    if value is None:
        return []
    if isinstance(value, str):
        return csv_ids(value, type_first=True)
    if not isinstance(value, list):
        raise ParseError(SOURCE, f"{where}: 'ids' is a {type(value).__name__}")
    out: list[tuple[str, str, str | None, str] | str] = []
    for item in value:
        if not isinstance(item, dict):
            raise ParseError(SOURCE, f"{where}: an id is a {type(item).__name__}")
        id_type, number = _text(item.get("type")) or "", _text(item.get("number")) or ""
        country = _text(item.get("country"))
        raw = " ".join(p for p in (id_type, number) if p)
        if country:
            raw += f" ({country})"
        if issued := _text(item.get("issue_date")):
            raw += f" issued {issued}"
        if expires := _text(item.get("expiration_date")):
            raw += f" expires {expires}"
        if not id_type or not number:
            out.append(raw)
        else:
            out.append((id_type, number, country, raw))
    return out


# Names that are clearly organisations (lists without a `type` column).
_LEGAL_FORM = re.compile(
    r"^(?:AO|OOO|OAO|ZAO|PAO|PJSC|JSC|OJSC|CJSC|TOO|LLC)\s"
    r"|\b(?:LTD|LIMITED|LLC|L\.L\.C|INC|INCORPORATED|CORP|CORPORATION|COMPANY|CO\.|GMBH|AG"
    r"|S\.A|S\.L|S\.R\.L|SRL|B\.V|N\.V|PLC|PTE|PVT|OOO|OAO|ZAO|PJSC|OJSC|CJSC|JSC|FZE|FZCO"
    r"|FZC|LLP|SARL|S\.P\.A|TRADING|INDUSTRIES|INDUSTRY|INDUSTRIAL|GROUP|INSTITUTE"
    r"|UNIVERSITY|ACADEMY|AIRLINES?|AIRWAYS|AVIATION|BANK|ENTERPRISES?|FACTORY|PLANT"
    r"|BUREAU|CENTER|CENTRE|LABORATORY|LABS?|REGIMENT|MINISTRY|ORGANI[SZ]ATION|ASSOCIATION"
    r"|FOUNDATION|TECHNOLOGY|TECHNOLOGIES|ELECTRONICS|SYSTEMS|SERVICES|HOLDINGS?|IMPORT"
    r"|EXPORT|AGENCY|COMMITTEE|CORPS|UNIVERSITY)\b",
    re.IGNORECASE,
)


# ------------------------------------------------------------------ record building


def _add_unique(target: list[Any], values: Iterable[Any]) -> None:
    for v in values:
        if v not in target:
            target.append(v)


def build_record(
    where: str,
    fields: Mapping[str, Any],
    record_id: str,
    fmt: str,
    ctx: ParseContext,
    warned: set[str],
) -> BanRecord:
    t = _tables()
    source = _scalar(fields, "source", where) or ""
    raw_name = _scalar(fields, "name", where)
    if not raw_name:
        raise ParseError(SOURCE, f"{where}: entry has no name")
    info = list_info(source, ctx, warned)
    props: dict[str, str] = {}
    add_property(props, "list", source)
    name, scope = split_scope(collapse(raw_name))
    add_property(props, "name_scope", scope)

    # Target type: OFAC lists say it; the others do not.
    raw_type = _scalar(fields, "type", where)
    if raw_type:
        mapped = t.target_types.get(raw_type.lower())
        if mapped is None:
            key = f"type:{raw_type.lower()}"
            if key not in warned:
                warned.add(key)
                ctx.warn(f"unknown entry type {raw_type!r} (first at {where}); using 'other'")
            mapped = TargetType.OTHER
        target_type = mapped
    elif info.default_target_type is not None:
        target_type = info.default_target_type
    elif _LEGAL_FORM.search(name):
        target_type = TargetType.ORGANIZATION
        add_property(props, "target_type_inferred", "legal form or organisation word in the name")
    else:
        target_type = TargetType.OTHER

    programs = [info.code]
    _add_unique(programs, _items(fields, "programs", where))
    measures: list[Measure] = list(info.measures)
    for program in programs[1:]:
        _add_unique(measures, t.program_measures.get(program, ()))

    aliases: list[Alias] = []
    seen_names = {name.casefold()}
    for alias in split_aliases(_items(fields, "alt_names", where)):
        if alias.casefold() not in seen_names:
            seen_names.add(alias.casefold())
            aliases.append(Alias(name=alias, kind="aka", script=script_of(alias)))

    if fmt == FORMAT_JSON:
        addresses = json_addresses(fields.get("addresses"), where)
        ids = json_ids(fields.get("ids"), where)
    else:
        addresses = csv_addresses(_scalar(fields, "addresses", where) or "")
        ids = csv_ids(_scalar(fields, "ids", where) or "", type_first=fmt == FORMAT_CSV)

    identifiers: list[Identifier] = []
    for item in ids:
        if isinstance(item, str):
            add_property(props, "ids_unparsed", item)
            continue
        got = classify_id(*item)
        if isinstance(got, Identifier):
            _add_unique(identifiers, [got])
        else:
            add_property(props, *got)

    nationalities: list[str] = []
    _add_unique(nationalities, _items(fields, "nationalities", where))
    _add_unique(nationalities, _items(fields, "citizenships", where))
    countries: list[str] = []
    _add_unique(countries, [a.country for a in addresses if a.country])
    _add_unique(countries, _items(fields, "country", where))
    _add_unique(countries, nationalities)

    birth_dates: list[DateValue] = []
    for raw in _items(fields, "dates_of_birth", where):
        dates = parse_birth_dates(raw)
        if not dates:
            ctx.warn(f"{where} ({record_id}): unparseable date of birth {raw!r} kept in properties")
            add_property(props, "dob_unparsed", raw)
        for d in dates:
            if all(b.value != d.value for b in birth_dates):
                birth_dates.append(d)

    listed_on = None
    if start := _scalar(fields, "start_date", where):
        listed_on = DateValue.parse(start)
        if listed_on is None:
            ctx.warn(f"{where} ({record_id}): unparseable start_date {start!r} kept in properties")
            add_property(props, "start_date_unparsed", start)
    milestones: list[Milestone] = []
    if end := _scalar(fields, "end_date", where):
        # The end of a listing is an "end" milestone (its ISO value also in properties).
        end_value = DateValue.parse(end)
        if end_value is None:
            ctx.warn(f"{where} ({record_id}): unparseable end_date {end!r} kept in properties")
            add_property(props, "end_date_unparsed", end)
        else:
            add_property(props, "end_date", end_value.value)
            milestones.append(Milestone(role="end", date=end_value, text="end_date"))

    legal_basis = split_fr_citations(_scalar(fields, "federal_register_notice", where) or "")
    entity_number = _scalar(fields, "entity_number", where)
    if entity_number and record_id != f"{entity_number}@{info.code}":  # else in the id
        add_property(props, "entity_number", entity_number)
    for key in _PLAIN_PROPERTIES:
        add_property(props, key, _scalar(fields, key, where))
    known = JSON_KEYS if fmt == FORMAT_JSON else _CSV_KEYS
    for key in sorted(k for k in fields if k not in known):
        value = fields[key]
        if fmt == FORMAT_JSON and f"key:{key}" not in warned:
            warned.add(f"key:{key}")
            ctx.warn(f"unknown field {key!r} (first at {where}); its values go to properties")
        if value not in (None, "", [], {}):
            add_property(
                props, key, value if isinstance(value, str) else json.dumps(value, sort_keys=True)
            )

    return BanRecord(
        source=SOURCE,
        record_id=record_id,
        name=name,
        target_type=target_type,
        authority=info.authority,
        jurisdiction=JURISDICTION,
        aliases=aliases,
        addresses=addresses,
        countries=countries,
        nationalities=nationalities,
        birth_dates=birth_dates,
        birth_places=_items(fields, "places_of_birth", where),
        identifiers=identifiers,
        programs=programs,
        measures=measures,
        legal_basis=legal_basis,
        listed_on=listed_on,
        milestones=milestones,
        title=_scalar(fields, "title", where),
        remarks=_scalar(fields, "remarks", where),
        source_url=ctx.source_url,
        properties=props,
    )


# ---------------------------------------------------------------------------- parse


def _with_encoding(inp: _Input, ctx: ParseContext) -> tuple[_Input, list[_IdKey]]:
    """Pass 1: the id material of every entry (and the CSV's encoding: UTF-8, else cp1252)."""
    if inp.format == FORMAT_JSON:
        entries = _open_entries(inp, ctx)
        return inp, [_id_key(where, f, inp.format) for where, f in entries()]
    try:
        entries = _open_entries(inp, ctx)
        return inp, [_id_key(where, f, inp.format) for where, f in entries()]
    except UnicodeDecodeError:
        pass
    inp = _Input(inp.name, inp.path, inp.format, "cp1252")
    ctx.warn(f"{inp.name} is not UTF-8; read as cp1252")
    entries = _open_entries(inp, None)
    try:
        return inp, [_id_key(where, f, inp.format) for where, f in entries()]
    except UnicodeDecodeError as exc:
        raise ParseError(SOURCE, f"{inp.name}: undecodable bytes ({exc})") from exc


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord]:
    """One BanRecord per CSL entry, in file order."""
    inp = _select(files)
    inp, keys = _with_encoding(inp, ctx)
    ids = _check_ids(keys, ctx)
    warned: set[str] = set()
    count = 0
    for (where, fields), record_id in zip(_open_entries(inp, None)(), ids, strict=False):
        count += 1
        if record_id is not None:
            yield build_record(where, fields, record_id, inp.format, ctx, warned)
    if count != len(ids):
        raise ParseError(SOURCE, f"{inp.name} changed while it was read")
