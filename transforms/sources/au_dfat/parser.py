"""Australia DFAT Consolidated List parser (the XLSX workbook).

DFAT publishes one workbook (sheet "Consolidated List") with ONE ROW PER NAME, not
per entry. The Reference column ties them together: the bare number ("3", stored as
a number cell) is the entry and normally its primary name; "3a", "3b", ... are its
aliases and original-script names. Each row repeats the entry's other columns, and
alias rows sometimes carry their own details (a different date or place of birth for
that alias, differently spaced listing text), so every column is merged over all rows
of the entry and deduplicated. One BanRecord per base reference; record_id is the
base number.

Quirks handled (all seen in the real 2026 workbook):

* the row with the bare reference is the primary name even when its Name Type says
  otherwise (8720 is marked "Original Script"); an entry without a bare row (8495
  has only "8495b") takes its first "Primary Name" row, else its first row, with a
  warning; a second "Primary Name" row (8686a) becomes an alias, with a warning;
* Name Type "Original Script" rows become aliases whose script (ISO 15924: Arab,
  Cyrl, Hani, ...) is detected from the characters; Alias Strength "Weak" -> "weak";
* Date of Birth is a date cell, a number cell holding a year (1963) or, rarely, an
  Excel serial day number, or text: "01/02/1965" is DAY/month/year (Australian
  order), "08/1977" a month, "1960, 1966" several years, "Approximately 1960",
  "Between 1963 and 1968" (one year each), "5 May 1957"; typos ("10/061962") are
  warned and kept raw in properties["dob_unparsed"];
* Excel's escaped carriage returns ("_x000D_"), non-breaking spaces and ragged
  spacing are cleaned; "a) ... b) ..." enumerations are split into separate places of
  birth / addresses / citizenships;
* listed_on is the earliest "listed/designated on <date>" found in Listing
  Information or Instrument of Designation (re-listings and "Last listed on" are not
  listing dates); a date cell there is taken as is; the full texts stay in
  properties. Many autonomous entries only name the instrument: listed_on is None;
* legal_basis: instrument names found in those columns ("Autonomous Sanctions
  (Designated Persons and Entities and Declared Persons – Russia and Ukraine) List
  2014", "Charter of the United Nations (Sanctions—the Taliban) Regulation 2013") plus
  the Committees lookup (Autonomous Sanctions Regulations 2011 / the UNSC resolution);
* measures come from the four flag columns (Targeted Financial Sanction ->
  asset_freeze, Travel Ban -> travel_ban, Arms Embargo -> arms_embargo, Maritime
  Restriction -> transport_sanction). Without those columns (older layouts) every
  entry gets asset_freeze and individuals also travel_ban (Australian "declared
  persons"), with one warning saying so.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from transforms.base import ParseContext, SnapshotFiles
from transforms.common import add_unique, collapse
from transforms.model import (
    Address,
    Alias,
    BanRecord,
    DateValue,
    Identifier,
    Measure,
    TargetType,
)

SOURCE = "au_dfat"
AUTHORITY = "DFAT"
JURISDICTION = "AU"
FORMAT_XLSX = "dfat_xlsx"

SHEET_NAME = "Consolidated List"
_HEADER_SEARCH_ROWS = 20
_SNIFF_BYTES = 4096

# Column keys, by normalised header text (casefolded, whitespace collapsed).
REFERENCE = "reference"
NAME = "name of individual or entity"
TYPE = "type"
NAME_TYPE = "name type"
ALIAS_STRENGTH = "alias strength"
DOB = "date of birth"
POB = "place of birth"
CITIZENSHIP = "citizenship"
ADDRESS = "address"
ADDITIONAL = "additional information"
LISTING = "listing information"
IMO = "imo number"
COMMITTEES = "committees"
CONTROL_DATE = "control date"
INSTRUMENT = "instrument of designation"
TFS = "targeted financial sanction"
TRAVEL_BAN = "travel ban"
ARMS_EMBARGO = "arms embargo"
MARITIME = "maritime restriction"

KNOWN_COLUMNS = (
    REFERENCE,
    NAME,
    TYPE,
    NAME_TYPE,
    ALIAS_STRENGTH,
    DOB,
    POB,
    CITIZENSHIP,
    ADDRESS,
    ADDITIONAL,
    LISTING,
    IMO,
    COMMITTEES,
    CONTROL_DATE,
    INSTRUMENT,
    TFS,
    TRAVEL_BAN,
    ARMS_EMBARGO,
    MARITIME,
)
REQUIRED_COLUMNS = (REFERENCE, NAME)
MEASURE_COLUMNS: dict[str, Measure] = {
    TFS: Measure.ASSET_FREEZE,
    TRAVEL_BAN: Measure.TRAVEL_BAN,
    ARMS_EMBARGO: Measure.ARMS_EMBARGO,
    MARITIME: Measure.TRANSPORT_SANCTION,
}

PRIMARY = "primary name"
ALIAS = "alias"
ORIGINAL_SCRIPT = "original script"

# Defaults; source.yml `lookups` (read through the registry) extend/override them.
TARGET_TYPES: dict[str, str] = {
    "individual": "person",
    "entity": "organization",
    "vessel": "vessel",
}

# --------------------------------------------------------------------------- lookups


@cache
def _lookups() -> dict[str, dict[str, str]]:
    from transforms.registry import get_source

    return get_source(SOURCE).lookups


def _target_types() -> dict[str, str]:
    return TARGET_TYPES | {k.casefold(): v for k, v in _lookups().get("target_types", {}).items()}


def _committee_basis() -> dict[str, str]:
    return {_norm_key(k): v for k, v in _lookups().get("committee_legal_basis", {}).items()}


# ------------------------------------------------------------------------ text utils

_XL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")


def _norm_key(text: str) -> str:
    """Header / lookup key: casefolded, dashes unified, whitespace collapsed."""
    text = text.replace("\u2013", "-").replace("\u2014", "-")
    return collapse(text).casefold()


def clean_text(value: Any) -> str | None:
    """A cell as tidy text: Excel escapes undone, CR/LF unified, lines trimmed."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _XL_ESCAPE.sub(lambda m: chr(int(m[1], 16)), str(value))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    out = "\n".join(line for line in lines if line)
    return out or None


_ENUM = re.compile(r"(?:^|(?<=\s))[a-z]\)\s+")


def split_enumeration(text: str) -> list[str]:
    """ "a) X b) Y" -> ["X", "Y"]; text without such markers is returned whole."""
    if not (text.startswith("a)") or re.search(r"\sb\)\s", text)):
        return [text]
    parts = [p.strip(" ,;") for p in _ENUM.split(text)]
    return [p for p in parts if p]


def _split_list(text: str, separators: str) -> list[str]:
    out: list[str] = []
    for piece in split_enumeration(collapse(text)):
        out += [p.strip() for p in re.split(separators, piece) if p.strip()]
    return out


# ------------------------------------------------------------------------ scripts

_SCRIPT_PREFIXES = (
    ("CYRILLIC", "Cyrl"),
    ("ARABIC", "Arab"),
    ("CJK", "Hani"),
    ("HANGUL", "Hang"),
    ("HIRAGANA", "Jpan"),
    ("KATAKANA", "Jpan"),
    ("HEBREW", "Hebr"),
    ("GREEK", "Grek"),
    ("MYANMAR", "Mymr"),
    ("THAI", "Thai"),
    ("GEORGIAN", "Geor"),
    ("ARMENIAN", "Armn"),
    ("DEVANAGARI", "Deva"),
    ("BENGALI", "Beng"),
    ("ETHIOPIC", "Ethi"),
    ("KHMER", "Khmr"),
    ("LATIN", "Latn"),
)


def detect_script(text: str) -> str | None:
    """The ISO 15924 code of the text's dominant script (None when no letters)."""
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        for prefix, code in _SCRIPT_PREFIXES:
            if name.startswith(prefix):
                counts[code] = counts.get(code, 0) + 1
                break
        else:
            counts["Zyyy"] = counts.get("Zyyy", 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=lambda c: counts[c])


# -------------------------------------------------------------------------- dates

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_APPROX = re.compile(r"^(?:approximately|approx\.?|circa|ca\.|c\.|about|around)\s*", re.I)
_MAX_YEAR_SPAN = 15


def excel_serial_date(serial: float) -> dt.date:
    """Excel's day number (1900 date system) -> date; day 60 is Excel's fake 29 Feb 1900."""
    return _EXCEL_EPOCH + dt.timedelta(days=int(serial))


def _day(y: int, m: int, d: int, raw: str) -> DateValue | None:
    try:
        value = dt.date(y, m, d)
    except ValueError:
        return None
    return DateValue(value=value.isoformat(), precision="day", raw=raw)


def _years(first: int, last: int, raw: str) -> list[DateValue]:
    if not 0 <= last - first <= _MAX_YEAR_SPAN:
        return []
    return [DateValue(value=f"{y:04d}", precision="year", raw=raw) for y in range(first, last + 1)]


def _date_token(token: str, raw: str) -> list[DateValue]:
    """One date spelling -> dates ([] when it is not one). `raw` is the whole cell."""
    text = _APPROX.sub("", token.strip().rstrip(".").strip()).strip()
    if m := re.fullmatch(r"between\s+(\d{4})\s+and\s+(\d{4})", text, re.I):
        return _years(int(m[1]), int(m[2]), raw)
    if m := re.fullmatch(r"(\d{4})\s*(?:-|–|to)\s*(\d{4})", text, re.I):
        return _years(int(m[1]), int(m[2]), raw)
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text):  # DFAT: day/month/year
        one = _day(int(m[3]), int(m[2]), int(m[1]), raw)
        return [one] if one else []
    if m := re.fullmatch(r"(\d{1,2})/(\d{4})", text):  # month/year
        month = int(m[1])
        return (
            [DateValue(value=f"{m[2]}-{month:02d}", precision="month", raw=raw)]
            if (1 <= month <= 12)
            else []
        )
    if re.fullmatch(r"\d{4}", text):
        return [DateValue(value=text, precision="year", raw=raw)]
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        one = _day(int(m[1]), int(m[2]), int(m[3]), raw)
        return [one] if one else []
    if "/" in text:
        return []  # never let DateValue.parse read a slash date as US month/day
    parsed = DateValue.parse(text)
    return [DateValue(value=parsed.value, precision=parsed.precision, raw=raw)] if parsed else []


def parse_birth_dates(value: Any) -> tuple[list[DateValue], list[str]]:
    """A Date of Birth cell -> (dates, unparseable pieces). Precision is kept."""
    if value is None or value == "":
        return [], []
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        iso = value.isoformat()
        return [DateValue(value=iso, precision="day", raw=iso)], []
    if isinstance(value, bool):
        return [], [str(value)]
    if isinstance(value, int | float):
        number = str(int(value)) if float(value).is_integer() else str(value)
        if float(value).is_integer() and 1000 <= value <= 2200:
            return [DateValue(value=f"{int(value):04d}", precision="year", raw=number)], []
        if 2200 < value < 80000:  # an Excel serial day number without a date format
            iso = excel_serial_date(value).isoformat()
            return [DateValue(value=iso, precision="day", raw=number)], []
        return [], [number]
    raw = clean_text(value)
    if raw is None:
        return [], []
    dates: list[DateValue] = []
    bad: list[str] = []
    for token in re.split(r"[,;\n]", raw):
        token = token.strip()
        if not token:
            continue
        found = _date_token(token, raw)
        if not found and " " in token:
            # "1960 9/09/1966": several dates separated by spaces only.
            for piece in token.split():
                got = _date_token(piece, raw)
                if got:
                    found += got
                else:
                    bad.append(piece)
        elif not found:
            bad.append(token)
        for d in found:
            if all((d.value, d.precision) != (o.value, o.precision) for o in dates):
                dates.append(d)
    return dates, bad


_DATE_TEXT = (
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>[A-Za-z]{3,9})(?:\.\s*|,?\s+)(?P<y>\d{4})\b"
    r"|\b(?P<sd>\d{1,2})/(?P<sm>\d{1,2})/(?P<sy>\d{4})\b"
)
_DATE_RE = re.compile(_DATE_TEXT)
_LISTED = re.compile(r"\b(?:listed|designated)(?:\b|(?=on\s))", re.I)  # also "Listedon"
_LEADING_DATE = re.compile(r"^(?:" + _DATE_TEXT + r")")
# "Instrument of first listing: <instrument> [F2021L00631, Gazette No. S 500, 21
# December 2001]": the gazettal date of the first instrument is the listing date.
_FIRST_INSTRUMENT = re.compile(
    r"Instrument of first (?:listing|designation)[^\[\]]*\[[^\]]*?(?P<date>" + _DATE_TEXT + r")\]",
    re.I,
)
# The listing date follows the verb within the same clause: stop at ";", at a full
# stop that ends a sentence (not "Mar. 2001") or at "(amended ..." / "(relisted ...";
# "Listed by UN (1267 Committee) on 23 June 2004" keeps its parenthesis.
_CLAUSE_END = re.compile(r";|\.\s+[A-Z]|\.$|\(\s*(?:amended|re-?listed|updated)", re.I)
_CLAUSE_MAX = 160


def _text_date(m: re.Match[str]) -> DateValue | None:
    if m["sd"]:
        return _day(int(m["sy"]), int(m["sm"]), int(m["sd"]), m[0])
    month = _MONTHS.get(m["mon"][:3].lower())
    if month is None:
        return None
    return _day(int(m["y"]), month, int(m["d"]), m[0])


def listing_dates(text: str) -> list[DateValue]:
    """Dates of (first) listing stated in a Listing Information text, in text order.

    "Listed on 12 Apr. 2000", "Listed by UN 1267 Committee on 25 January 2001",
    "First listed on 16/07/2009", "Designated under the ... Regulations 2011 on 2 March
    2012", "The Minister ... listed this entity on 21 December 2001", a text that
    starts with a date ("22 Apr. 2010 (amended ...)"), or the gazettal date in
    "Instrument of first listing: ... [F2021L00631, Gazette No. S 500, 21 December
    2001]". Re-listings ("re-listed", "Relisted", "Last listed on") and amendment
    dates are not listing dates.
    """
    flat = collapse(text)
    out: list[DateValue] = []
    if (m := _LEADING_DATE.match(flat)) and (d := _text_date(m)):
        out.append(d)
    for first in _FIRST_INSTRUMENT.finditer(flat):
        if (m := _DATE_RE.search(first["date"])) and (d := _text_date(m)):
            out.append(d)
    for verb in _LISTED.finditer(flat):
        before = flat[max(0, verb.start() - 5) : verb.start()].lower()
        if before.endswith("re-") or before.endswith("last "):
            continue
        rest = flat[verb.end() :]
        end = _CLAUSE_END.search(rest)
        clause = (rest[: end.start()] if end else rest)[:_CLAUSE_MAX]
        for m in _DATE_RE.finditer(clause):
            if d := _text_date(m):
                out.append(d)
                break
    return out


# ---------------------------------------------------------------------- legal basis

_INSTRUMENT = re.compile(
    r"(?:Autonomous Sanctions|Charter of (?:the )?United Nations)"
    r"(?:[^.;\[\]\n]|No\.)*?"
    r"\b(?:List|Instrument|Regulations?|Listing|Designation)\s+\d{4}"
    r"(?:\s*\(No\.?\s*\d+\))?"
)


def instrument_names(text: str) -> list[str]:
    """Names of legislative instruments mentioned in a text, in order."""
    out: list[str] = []
    for m in _INSTRUMENT.finditer(collapse(text)):
        add_unique(out, m[0].strip())
    return out


# ---------------------------------------------------------------------- identifiers

_ID_VALUE = r"(?P<v>[A-Z0-9](?:[A-Z0-9/-]|\.(?=[A-Z0-9]))*)"
_ID_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"\b[Pp]assport(?:\s+(?:[Nn]o\.?|[Nn]umber|ID|#))?\s*[:#]?\s*" + _ID_VALUE),
        "Passport",
    ),
    (
        re.compile(
            r"\b[Nn]ational\s+(?:[Ii]dentification|[Ii]dentity|ID)(?:\s+[Cc]ard)?"
            r"\s+(?:[Nn]o\.?|[Nn]umber)\s*:?\s*" + _ID_VALUE
        ),
        "National ID No.",
    ),
    (
        re.compile(
            r"\bTax\s+(?:ID|[Ii]dentification)\s+(?:[Nn]o\.?|[Nn]umber)\s*:?\s*" + _ID_VALUE
        ),
        "Tax ID No.",
    ),
    (
        re.compile(
            r"\b(?:[Cc]ompany\s+[Ii]dentification|[Ss]tate\s+[Rr]egistration|[Rr]egistration)"
            r"\s+(?:[Nn]o\.?|[Nn]umber)\s*:?\s*" + _ID_VALUE
        ),
        "Registration Number",
    ),
    (
        re.compile(
            r"\bIMO(?:\s+[Ii]dentification)?(?:\s+(?:[Nn]umber|[Nn]o\.?))?\s*:?\s*(?P<v>\d{7})\b"
        ),
        "IMO",
    ),
    (
        re.compile(
            r"\bSWIFT(?:/BIC)?(?:\s+[Cc]ode)?\s*:?\s*(?P<v>[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b"
        ),
        "SWIFT/BIC",
    ),
)


def identifiers_in(text: str) -> list[Identifier]:
    """Identifiers stated in Additional Information ("Passport no: 290320764", ...).

    Deliberately conservative: the value must contain a digit; the full text stays in
    `remarks` either way.
    """
    flat = collapse(text)
    out: list[Identifier] = []
    for pattern, id_type in _ID_PATTERNS:
        for m in pattern.finditer(flat):
            value = m["v"]
            if not re.search(r"\d", value):
                continue
            ident = Identifier(type=id_type, value=value, raw=m[0].strip())
            if all((i.type, i.value) != (ident.type, ident.value) for i in out):
                out.append(ident)
    return out


# ------------------------------------------------------------------ format detection


def _classify(name: str, path: Path) -> tuple[str, str]:
    """(kind, reason): kind is "xlsx", "empty" or "bad"."""
    with open(path, "rb") as fh:
        head = fh.read(_SNIFF_BYTES)
    if not head.strip():
        return "empty", "file is empty"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
        except zipfile.BadZipFile as exc:
            return "bad", f"corrupt ZIP/XLSX archive ({exc})"
        if "xl/workbook.xml" not in names:
            return "bad", "ZIP archive without xl/workbook.xml: not an XLSX workbook"
        return "xlsx", ""
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "bad", "legacy Excel 97-2003 (.xls) workbook; only XLSX is supported"
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n").lower()
    if re.search(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", text[:4096]):
        return "bad", "file is an HTML page, not the DFAT workbook"
    return "bad", f"not an XLSX workbook (starts with {head[:16]!r})"


def _workbook(files: SnapshotFiles, ctx: ParseContext) -> tuple[str, Path]:
    if not files:
        raise ctx.error("no files in the snapshot")
    found: list[tuple[str, Path]] = []
    for name in sorted(files):
        path = Path(files[name])
        kind, reason = _classify(name, path)
        if kind == "bad":
            raise ctx.error(f"{name}: {reason}")
        if kind == "empty":
            ctx.warn(f"{name}: {reason}; ignored")
            continue
        found.append((name, path))
    if not found:
        raise ctx.error("no XLSX workbook in the snapshot (all files are empty)")
    if len(found) > 1:
        raise ctx.error(f"several files look like the DFAT workbook: {[n for n, _ in found]}")
    return found[0]


def detect_format(files: SnapshotFiles) -> str:
    """ "dfat_xlsx" when the snapshot holds one XLSX workbook; ParseError otherwise."""
    _workbook(files, ParseContext(source=SOURCE))
    return FORMAT_XLSX


# ------------------------------------------------------------------------ reading


@dataclass
class _Row:
    line: int
    reference: str
    suffix: str
    cells: dict[str, Any]

    def text(self, key: str) -> str | None:
        return clean_text(self.cells.get(key))


@dataclass
class _Header:
    columns: dict[int, str]  # column index -> known key
    line: int
    named: set[int]  # indices of every column with a header text, known or not


def _find_header(rows: Iterator[tuple[Any, ...]], name: str, ctx: ParseContext) -> _Header:
    for line in range(1, _HEADER_SEARCH_ROWS + 1):
        row = next(rows, None)
        if row is None:
            break
        keys = [_norm_key(str(c)) if c is not None else "" for c in row]
        if REFERENCE not in keys or NAME not in keys:
            continue
        columns: dict[int, str] = {}
        for index, key in enumerate(keys):
            if not key:
                continue
            if key not in KNOWN_COLUMNS:
                ctx.warn(f"{name}: unknown column {row[index]!r} (column {index + 1}) ignored")
                continue
            if key in columns.values():
                ctx.warn(f"{name}: duplicate column {row[index]!r} (column {index + 1}) ignored")
                continue
            columns[index] = key
        return _Header(columns, line, {i for i, k in enumerate(keys) if k})
    raise ctx.error(
        f"{name}: no header row with the required columns "
        f"{', '.join(repr(c) for c in ('Reference', 'Name of Individual or Entity'))} "
        f"in the first {_HEADER_SEARCH_ROWS} rows"
    )


_REFERENCE_RE = re.compile(r"^(\d+)\s*([A-Za-z]{0,3})$")


def _reference(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_text(value)


def _read_groups(
    name: str, path: Path, ctx: ParseContext
) -> tuple[dict[str, list[_Row]], set[str]]:
    """Rows grouped by base reference (file order) and the set of known columns present."""
    import openpyxl  # heavy import: only when a workbook is actually parsed

    groups: dict[str, list[_Row]] = {}
    with open(path, "rb") as fh:
        try:
            wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for a broken package
            raise ctx.error(f"{name}: cannot open the XLSX workbook: {exc}") from exc
        try:
            if SHEET_NAME in wb.sheetnames:
                ws = wb[SHEET_NAME]
            else:
                ws = wb.worksheets[0]
                ctx.warn(f"{name}: no sheet {SHEET_NAME!r}; reading sheet {ws.title!r}")
            others = [s for s in wb.sheetnames if s != ws.title]
            if others:
                ctx.warn(f"{name}: other sheets ignored: {others}")
            ws.reset_dimensions()  # don't trust the stored <dimension>
            rows = ws.iter_rows(values_only=True)
            header = _find_header(rows, name, ctx)
            missing = [c for c in REQUIRED_COLUMNS if c not in header.columns.values()]
            if missing:
                raise ctx.error(f"{name}: required column(s) missing: {missing}")
            unnamed_warned = False
            for line, row in enumerate(rows, start=header.line + 1):
                if not any(c is not None and str(c).strip() for c in row):
                    continue
                cells = {key: row[i] for i, key in header.columns.items() if i < len(row)}
                if not unnamed_warned and any(
                    v is not None and str(v).strip()
                    for i, v in enumerate(row)
                    if i not in header.named
                ):
                    ctx.warn(f"{name} row {line}: values in columns without a header ignored")
                    unnamed_warned = True
                _add_row(groups, name, line, cells, ctx)
        finally:
            wb.close()
    return groups, set(header.columns.values())


def _add_row(
    groups: dict[str, list[_Row]], name: str, line: int, cells: dict[str, Any], ctx: ParseContext
) -> None:
    ref = _reference(cells.get(REFERENCE))
    if not ref:
        raise ctx.error(f"{name} row {line}: missing Reference")
    m = _REFERENCE_RE.match(ref)
    if not m:
        raise ctx.error(f"{name} row {line}: Reference {ref!r} is not a DFAT reference number")
    if not clean_text(cells.get(NAME)):
        raise ctx.error(f"{name} row {line}: record {ref} has no Name of Individual or Entity")
    base = str(int(m[1]))
    group = groups.setdefault(base, [])
    if group and any(r.reference == ref for r in group):
        ctx.warn(f"{name} row {line}: duplicate reference {ref}; row merged into entry {base}")
    group.append(_Row(line, ref, m[2].lower(), cells))


# ------------------------------------------------------------------ record assembly


@dataclass
class _Builder:
    record_id: str
    name: str
    target_type: TargetType
    aliases: list[Alias] = field(default_factory=list)
    birth_dates: list[DateValue] = field(default_factory=list)
    birth_places: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    legal_basis: list[str] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    listed: list[DateValue] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    listing_info: list[str] = field(default_factory=list)
    instruments: list[str] = field(default_factory=list)
    control_dates: list[str] = field(default_factory=list)
    dob_unparsed: list[str] = field(default_factory=list)

    def add_alias(self, alias: Alias) -> None:
        key = (alias.name.casefold(), alias.script)
        if alias.name.casefold() == self.name.casefold():
            return
        if any((a.name.casefold(), a.script) == key for a in self.aliases):
            return
        self.aliases.append(alias)

    def add_identifier(self, ident: Identifier) -> None:
        # Type, number and country (never known here: the text is in remarks); raw is
        # only the label as matched ("passport no: 1" / "passport no. 1"), not compared.
        key = (ident.type, ident.value, ident.country)
        if all((i.type, i.value, i.country) != key for i in self.identifiers):
            self.identifiers.append(ident)


def _pick_primary(rows: list[_Row], base: str, ctx: ParseContext) -> _Row:
    bare = [r for r in rows if not r.suffix]
    if bare:
        primary = bare[0]
        kind = _norm_key(primary.text(NAME_TYPE) or PRIMARY)
        if kind != PRIMARY:
            ctx.warn(
                f"record {base}: the row with the bare reference (row {primary.line}) is "
                f"marked {primary.text(NAME_TYPE)!r}; taken as the primary name"
            )
        return primary
    marked = [r for r in rows if _norm_key(r.text(NAME_TYPE) or "") == PRIMARY]
    primary = marked[0] if marked else rows[0]
    ctx.warn(
        f"record {base}: no row with the bare reference {base}; "
        f"primary name taken from row {primary.line} ({primary.reference})"
    )
    return primary


def _target_type(rows: list[_Row], primary: _Row, base: str, ctx: ParseContext) -> TargetType:
    types = [t for r in [primary, *rows] if (t := r.text(TYPE))]
    if not types:
        ctx.warn(f"record {base}: no Type; target type 'other'")
        return TargetType.OTHER
    distinct = list(dict.fromkeys(t.casefold() for t in types))
    if len(distinct) > 1:
        ctx.warn(f"record {base}: rows disagree on Type {distinct}; using {types[0]!r}")
    mapped = _target_types().get(types[0].casefold())
    if mapped is None:
        ctx.warn(f"record {base}: unknown Type {types[0]!r}; target type 'other'")
        return TargetType.OTHER
    return TargetType(mapped)


def _flag(value: Any, column: str, base: str, ctx: ParseContext) -> bool:
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    if isinstance(value, int | float):
        return bool(value)
    text = str(value).strip().casefold()
    if text in ("true", "yes", "y", "x", "1"):
        return True
    if text in ("false", "no", "n", "0", "", "-"):
        return False
    ctx.warn(f"record {base}: unreadable {column!r} flag {value!r}; taken as not applying")
    return False


def _build(
    base: str, rows: list[_Row], present: set[str], ctx: ParseContext, warned: set[str]
) -> BanRecord:
    primary = _pick_primary(rows, base, ctx)
    name = primary.text(NAME) or ""
    b = _Builder(record_id=base, name=collapse(name), target_type=TargetType.OTHER)
    b.target_type = _target_type(rows, primary, base, ctx)
    committee_basis = _committee_basis()

    ordered = [primary] + [r for r in rows if r is not primary]
    for row in ordered:
        _apply_row(b, row, row is primary, base, ctx, warned, committee_basis)

    for column, measure in MEASURE_COLUMNS.items():
        if (
            column in present
            and any(_flag(r.cells.get(column), column, base, ctx) for r in rows)
            and measure not in b.measures
        ):
            b.measures.append(measure)
    if not any(c in present for c in MEASURE_COLUMNS):
        b.measures = [Measure.ASSET_FREEZE]
        if b.target_type is TargetType.PERSON:
            b.measures.append(Measure.TRAVEL_BAN)
    properties: dict[str, str] = {}
    if b.listing_info:
        properties["listing_information"] = "\n".join(b.listing_info)
    if b.instruments:
        properties["instrument_of_designation"] = "\n".join(b.instruments)
    if b.control_dates:
        properties["control_date"] = max(b.control_dates)
    if b.dob_unparsed:
        properties["dob_unparsed"] = " | ".join(b.dob_unparsed)
    listed_on = min(b.listed, key=lambda d: d.value) if b.listed else None
    return BanRecord(
        source=SOURCE,
        record_id=base,
        name=b.name,
        target_type=b.target_type,
        authority=AUTHORITY,
        jurisdiction=JURISDICTION,
        aliases=b.aliases,
        addresses=b.addresses,
        countries=list(b.nationalities),
        nationalities=b.nationalities,
        birth_dates=b.birth_dates,
        birth_places=b.birth_places,
        identifiers=b.identifiers,
        programs=b.programs,
        measures=b.measures,
        legal_basis=b.legal_basis,
        listed_on=listed_on,
        remarks="\n".join(b.remarks) or None,
        source_url=ctx.source_url,
        properties=properties,
    )


def _apply_row(
    b: _Builder,
    row: _Row,
    is_primary: bool,
    base: str,
    ctx: ParseContext,
    warned: set[str],
    committee_basis: dict[str, str],
) -> None:
    if not is_primary:
        alias_name = collapse(row.text(NAME) or "")
        name_type = _norm_key(row.text(NAME_TYPE) or ALIAS)
        if name_type not in (PRIMARY, ALIAS, ORIGINAL_SCRIPT) and name_type not in warned:
            warned.add(name_type)
            ctx.warn(f"record {base}: unknown Name Type {row.text(NAME_TYPE)!r}; kept as alias")
        if name_type == PRIMARY:
            ctx.warn(
                f"record {base}: row {row.line} ({row.reference}) is a second 'Primary Name'; "
                "kept as an alias"
            )
        strength = _norm_key(row.text(ALIAS_STRENGTH) or "")
        kind = "weak" if strength == "weak" else "aka"
        script = detect_script(alias_name)
        if name_type != ORIGINAL_SCRIPT and script == "Latn":
            script = None
        b.add_alias(Alias(name=alias_name, kind=kind, script=script))

    dates, bad = parse_birth_dates(row.cells.get(DOB))
    for d in dates:
        if all((d.value, d.precision) != (o.value, o.precision) for o in b.birth_dates):
            b.birth_dates.append(d)
    if bad:
        raw = row.text(DOB) or str(row.cells.get(DOB))
        if raw not in b.dob_unparsed:
            b.dob_unparsed.append(raw)
            ctx.warn(
                f"record {base} ({row.reference}): unparseable date of birth "
                f"{', '.join(repr(p) for p in bad)} in {raw!r}; kept in properties"
            )
    if pob := row.text(POB):
        for place in split_enumeration(collapse(pob)):
            add_unique(b.birth_places, place)
    if cit := row.text(CITIZENSHIP):
        for country in _split_list(cit, r"[,;:]"):
            add_unique(b.nationalities, country)
    if addr := row.text(ADDRESS):
        for piece in re.split(r";\s*\n|\n\s*\n", addr):
            for one in split_enumeration(collapse(piece).strip(" ;")):
                address = Address(street=one)
                if one and address not in b.addresses:
                    b.addresses.append(address)
    imo = row.cells.get(IMO)
    if imo_text := clean_text(imo):
        b.add_identifier(Identifier(type="IMO", value=imo_text, raw=imo_text))
    if info := row.text(ADDITIONAL):
        if info not in b.remarks:
            b.remarks.append(info)
        for ident in identifiers_in(info):
            b.add_identifier(ident)
    if committee := row.text(COMMITTEES):
        committee = collapse(committee)
        add_unique(b.programs, committee)
        basis = committee_basis.get(_norm_key(committee))
        if basis is None and committee not in warned:
            warned.add(committee)
            ctx.warn(f"record {base}: Committees value {committee!r} has no legal-basis lookup")
    for column, store in ((LISTING, b.listing_info), (INSTRUMENT, b.instruments)):
        value = row.cells.get(column)
        if isinstance(value, dt.datetime | dt.date):
            day = value.date() if isinstance(value, dt.datetime) else value
            b.listed.append(DateValue(value=day.isoformat(), precision="day", raw=day.isoformat()))
        text = clean_text(value)
        if not text:
            continue
        if all(collapse(text) != collapse(s) for s in store):
            store.append(text)
        if not isinstance(value, dt.datetime | dt.date):
            b.listed += listing_dates(text)
        for instrument in instrument_names(text):
            add_unique(b.legal_basis, instrument)
    if committee and (basis := committee_basis.get(_norm_key(committee))):
        add_unique(b.legal_basis, basis)
    control = row.cells.get(CONTROL_DATE)
    if isinstance(control, dt.datetime | dt.date):
        day = control.date() if isinstance(control, dt.datetime) else control
        add_unique(b.control_dates, day.isoformat())
    elif control_text := clean_text(control):
        parsed = _date_token(control_text, control_text)
        if parsed and parsed[0].precision == "day":
            add_unique(b.control_dates, parsed[0].value)
        else:
            ctx.warn(f"record {base}: unreadable Control Date {control_text!r} ignored")


# ---------------------------------------------------------------------------- entry


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord]:
    """Yield one BanRecord per DFAT reference number, in workbook order.

    Raises ParseError (via ctx.error) for a snapshot that is not the DFAT workbook (an
    HTML page, a legacy .xls, missing Reference/Name columns) and for a row without
    its reference or name; oddities that lose nothing go to ctx.warn.
    """
    name, path = _workbook(files, ctx)
    groups, present = _read_groups(name, path, ctx)
    if not any(c in present for c in MEASURE_COLUMNS):
        ctx.warn(
            f"{name}: no measure columns (Targeted Financial Sanction, Travel Ban, ...); "
            "assuming asset freeze for all entries and travel ban for individuals"
        )
    warned: set[str] = set()
    for base, rows in groups.items():
        yield _build(base, rows, present, ctx, warned)


__all__ = [
    "FORMAT_XLSX",
    "clean_text",
    "detect_format",
    "detect_script",
    "excel_serial_date",
    "identifiers_in",
    "instrument_names",
    "listing_dates",
    "parse",
    "parse_birth_dates",
    "split_enumeration",
]
