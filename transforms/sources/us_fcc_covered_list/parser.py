"""FCC Covered List parser: the HTML table of https://www.fcc.gov/supplychain/coveredlist.

FCC publishes no data file: the list is a two-column table on a web page,
"Covered Equipment or Services*" and "Date of Inclusion on Covered List". A CSV
rendering of the same two columns is accepted too. The format is told by CONTENT.

Quirks handled here:

* The company a row covers is only marked up, in <strong>, inside a sentence
  ("Telecommunications equipment produced by <strong>ZTE Corporation</strong>, ...").
  A row may name several (Pacific Networks Corp "and its wholly-owned subsidiary"
  ComNet (USA) LLC): the first is the record's name, the others become aliases (and
  `properties["covered_entities"]` lists all). FCC sometimes leaves the final period
  of "Inc." outside the <strong>; it is taken back in. Without markup (CSV) the name
  is read from the sentence ("... by X, including ...", "... by X subject to ...").
  Rows that name no company (foreign-produced UAS, routers, ...) are named after
  their product category.
* record_id is a slug of that company name WITHOUT its legal form ("ZTE
  Corporation" -> "zte"), so FCC rewording a row's description, or writing "Inc."
  vs "Inc", keeps the id; category rows use the category phrase before "produced".
  `lookups.record_ids` in source.yml maps a derived id to another (company renamed).
* A date cell may hold several dates: the original inclusion and "Updated:" dates of
  later expansions, separated by <br>/<p> (run together in CSV renderings). All are
  kept (`properties["inclusion_dates"]`, ISO, in published order); listed_on is the
  earliest. The raw cell text is kept in `properties["date_of_inclusion"]`.
* Footnote markers (*, ††, #, ^, £, ³) sit inside names and text; they are stripped
  from names and kept in the description (remarks).
* Measures: a row covering equipment (equipment, routers, systems, components,
  devices, inverters) -> telecom_equipment_ban; a row covering services or software
  -> ict_prohibition; both when it covers both.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from bs4 import BeautifulSoup, NavigableString, Tag

from transforms.base import ParseContext, SnapshotFiles
from transforms.common import collapse
from transforms.model import Alias, BanRecord, DateValue, Measure, TargetType

SOURCE = "us_fcc_covered_list"
AUTHORITY = "FCC"
JURISDICTION = "US"
PROGRAM = "Covered List"

FORMAT_HTML = "html_table"
FORMAT_CSV = "csv"

DEFAULT_LEGAL_BASIS = (
    "Secure and Trusted Communications Networks Act of 2019, 47 U.S.C. 1601-1609",
    "47 CFR 1.50002",
)

# Header text (lower-case, alphanumerics only) -> column role.
_ROLE_PATTERNS = (
    ("description", re.compile(r"covered equipment|equipment or services")),
    ("date", re.compile(r"date of inclusion|inclusion date|date")),
)
_FOOTNOTE_MARKS = "*†‡#^£¹²³§¶"
_LEGAL_FORMS = {
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "company",
    "co",
    "llc",
    "ltd",
    "limited",
    "plc",
}
_MONTH_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}",
    re.I,
)
_OTHER_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{2}/\d{2}/\d{4}\b")
_DATE_LABEL = re.compile(r"\b(?:updated|amended|expanded|revised|modified)\b\s*:?", re.I)
# "... produced by X, including ...", "... provided by X subject to ...": the company.
_BY_COMPANY = re.compile(
    r"\b(?:produced|provided|supplied)(?: or provided)?(?:,? directly or indirectly,?)? by "
    r"(?P<name>.+?)"
    r"(?=,? (?:including|or any of its|subject to|to the extent|and its\b)|,? ?$|\.$)"
)
_SUBSIDIARY = re.compile(
    r"\band its (?:wholly[- ]owned )?subsidiar(?:y|ies) (?P<name>.+?)(?=,? subject to|,? ?$|\.$)"
)
_ABBREVIATED_FORM = re.compile(r"\b(?:Inc|Corp|Co|Ltd)$")
_EQUIPMENT = re.compile(
    r"\b(?:equipment|routers?|systems?|components?|devices?|inverters?|hardware|modules?)\b",
    re.I,
)
_SERVICES = re.compile(r"\b(?:services?|software|solutions?)\b", re.I)


# --------------------------------------------------------------------------- lookups


@cache
def _lookups() -> dict[str, dict[str, str]]:
    from transforms.registry import get_source

    return get_source(SOURCE).lookups


def _legal_basis(description: str) -> list[str]:
    table = _lookups().get("legal_basis", {})
    basis = [
        table.get("statute", DEFAULT_LEGAL_BASIS[0]),
        table.get("rule", DEFAULT_LEGAL_BASIS[1]),
    ]
    lowered = description.lower()
    for phrase, citation in _lookups().get("legal_basis_mentions", {}).items():
        if phrase.lower() in lowered and citation not in basis:
            basis.append(citation)
    return basis


# --------------------------------------------------------------------------- helpers


def _clean(text: str) -> str:
    """Collapse whitespace (incl. no-break spaces and line breaks) to single spaces."""
    return collapse(text)


def _strip_marks(name: str) -> str:
    """A name without footnote markers and stray punctuation at its ends."""
    name = "".join(c for c in name if c not in _FOOTNOTE_MARKS)
    return _clean(name).strip(" ,;:")


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = ascii_text.lower().replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def company_slug(name: str) -> str:
    """Slug of a company name without its trailing legal form ("ZTE Corporation" -> "zte")."""
    words = slug(name).split("-")
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return "-".join(w for w in words if w)


def category_phrase(description: str) -> str:
    """The product category a company-independent row covers, as its name.

    "Routers^ produced in a foreign country, except ..." -> "Routers produced in a
    foreign country"; "Foreign-produced power inverters, £ except ..." ->
    "Foreign-produced power inverters".
    """
    text = "".join(c for c in description if c not in _FOOTNOTE_MARKS)
    head = re.split(r",|;|\s[—–-]\s?|—|–|\s+except\b|:", text, maxsplit=1)[0]
    return _clean(head).rstrip(" .")


def category_slug(phrase: str) -> str:
    """The id of a category row: the phrase before "produced in ..." as a slug."""
    head = re.split(r"\s+produced\b", phrase, maxsplit=1)[0]
    return slug(head)


def measures_for(description: str) -> list[Measure]:
    measures: list[Measure] = []
    if _EQUIPMENT.search(description):
        measures.append(Measure.TELECOM_EQUIPMENT_BAN)
    if _SERVICES.search(description):
        measures.append(Measure.ICT_PROHIBITION)
    return measures


def parse_inclusion_dates(raw: str) -> tuple[list[DateValue], str]:
    """All dates in a date cell, in published order, and any text left unexplained."""
    dates: list[DateValue] = []
    spans: list[tuple[int, int]] = []
    for m in sorted(
        [*_MONTH_DATE.finditer(raw), *_OTHER_DATE.finditer(raw)], key=lambda m: m.start()
    ):
        text = _clean(m.group(0))
        value = DateValue.parse(text)
        if value is not None:
            dates.append(value)
            spans.append(m.span())
    rest = raw
    for start, end in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    rest = _clean(_DATE_LABEL.sub(" ", rest)).strip(" ,;.")
    return dates, rest


# ------------------------------------------------------------------ raw table rows


@dataclass(frozen=True)
class _Row:
    where: str  # "row 3" (for messages)
    description: str
    date_text: str
    names: list[str]  # marked-up company names (HTML <strong>), in order


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _role(header: str) -> str | None:
    norm = _clean(re.sub(r"[^a-z0-9]+", " ", header.lower()))
    for role, pattern in _ROLE_PATTERNS:
        if pattern.search(norm):
            return role
    return None


def _columns(headers: list[str], where: str, ctx: ParseContext) -> dict[str, int] | None:
    roles: dict[str, int] = {}
    for i, header in enumerate(headers):
        role = _role(header)
        if role is None or role in roles:
            continue
        roles[role] = i
    if {"description", "date"} - roles.keys():
        return None
    for i, header in enumerate(headers):
        if i not in roles.values():
            ctx.warn(f"{where}: unknown column {_clean(header)!r} ignored")
    return roles


def _cell_text(cell: Tag) -> str:
    """A cell's text with <br> and block boundaries as line breaks, inline markup joined."""
    parts: list[str] = []
    for node in cell.descendants:
        if isinstance(node, NavigableString):
            if type(node) is NavigableString:  # not a Comment/CData/...
                parts.append(str(node))
        elif isinstance(node, Tag) and node.name in ("br", "p", "div", "li"):
            parts.append("\n")  # a line break, or the start of a block
    return "".join(parts)


def _strong_names(cell: Tag) -> list[str]:
    """The company names FCC marks up in <strong>/<b>, adjacent pieces merged."""
    pieces: list[str] = []  # raw text per name (adjacent <strong>s joined)
    previous: Tag | None = None
    for tag in cell.find_all(["strong", "b"]):
        if tag.find_parent(["strong", "b"]) is not None:
            continue  # nested: read with its parent
        text = tag.get_text()
        after = tag.next_sibling
        following = str(after) if isinstance(after, NavigableString) else ""
        if _ABBREVIATED_FORM.search(text.strip()) and following.startswith("."):
            text = text.rstrip() + "."  # "<strong>... USA Inc</strong>. subject to"
        if previous is not None and pieces and _only_space_between(previous, tag):
            pieces[-1] += text  # "<strong>Northwind Vision </strong><strong>Systems"
        else:
            pieces.append(text)
        previous = tag
    names = [_strip_marks(p) for p in pieces]
    return [n for n in names if re.search(r"[A-Za-z]", n)]


def _only_space_between(first: Tag, second: Tag) -> bool:
    node: Any = first.next_sibling
    while node is not None and node is not second:
        if not (isinstance(node, NavigableString) and not node.strip()):
            return False
        node = node.next_sibling
    return node is second


def _html_rows(text: str, name: str, ctx: ParseContext) -> Iterator[_Row]:
    soup = BeautifulSoup(text, "lxml")
    found: list[tuple[Tag, dict[str, int], Tag]] = []
    for table in soup.find_all("table"):
        rows = table.find_all("tr")
        header = next((r for r in rows if r.find("th") is not None), rows[0] if rows else None)
        if header is None:
            continue
        headers = [c.get_text(" ") for c in header.find_all(["th", "td"], recursive=False)]
        if {"description", "date"} <= {r for h in headers if (r := _role(h))}:
            columns = _columns(headers, f"{name}: table header", ctx)
            if columns is not None:
                found.append((table, columns, header))
    if not found:
        title = soup.title.get_text(" ", strip=True) if soup.title else ""
        raise ctx.error(
            f"{name}: no Covered List table (columns 'Covered Equipment or Services' and "
            f"'Date of Inclusion on Covered List') in the page"
            + (f" titled {title[:80]!r}" if title else "")
        )
    if len({_clean(t.get_text(" ")) for t, _, _ in found}) > 1:
        raise ctx.error(f"{name}: {len(found)} tables look like the Covered List; expected one")
    # (the same table repeated, e.g. for another screen layout, is read once)
    table, columns, header = found[0]
    width = max(columns.values()) + 1
    number = 0
    for tr in table.find_all("tr"):
        if tr is header or tr.find_parent("table") is not table:
            continue
        cells = tr.find_all(["td", "th"], recursive=False)
        texts = [_clean(_cell_text(c)) for c in cells]
        if not any(texts):
            continue  # spacer row
        number += 1
        where = f"{name} row {number}"
        if len(cells) < width:
            ctx.warn(
                f"{where}: {len(cells)} cell(s), not a list row; ignored: {' '.join(texts)[:120]!r}"
            )
            continue
        description_cell = cells[columns["description"]]
        yield _Row(
            where=where,
            description=texts[columns["description"]],
            date_text=_clean(_cell_text(cells[columns["date"]])),
            names=_strong_names(description_cell),
        )


def _csv_rows(text: str, name: str, ctx: ParseContext) -> Iterator[_Row]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        headers = next(reader)
    except StopIteration:
        raise ctx.error(f"{name}: file is empty") from None
    columns = _columns(headers, f"{name}: header", ctx)
    if columns is None:
        raise ctx.error(
            f"{name}: CSV header {headers!r} lacks the columns 'covered equipment or services' "
            "and 'date of inclusion'"
        )
    width = max(columns.values()) + 1
    for line, row in enumerate(reader, start=2):
        if not any(c.strip() for c in row):
            continue
        where = f"{name} line {line}"
        if len(row) < width:
            raise ctx.error(f"{where}: {len(row)} column(s), expected at least {width}")
        yield _Row(
            where=where,
            description=_clean(row[columns["description"]]),
            date_text=_clean(row[columns["date"]]),
            names=[],
        )


def _sniff(text: str) -> str | None:
    head = text.lstrip()[:4096].lower()
    if head.startswith("<") or "<table" in head or "<html" in head:
        return FORMAT_HTML
    first = head.splitlines()[0] if head else ""
    if "covered" in first and "," in first:  # a header row; its columns are checked later
        return FORMAT_CSV
    return None


def detect_format(files: SnapshotFiles, ctx: ParseContext | None = None) -> str:
    """ "html_table" or "csv", from the content of the snapshot's (single) file."""
    ctx = ctx or ParseContext(source=SOURCE)
    name, text = _single_file(files, ctx)
    fmt = _sniff(text)
    if fmt is None:
        raise ctx.error(f"{name}: neither an HTML page nor a Covered List CSV: {text[:60]!r}")
    return fmt


def _single_file(files: SnapshotFiles, ctx: ParseContext) -> tuple[str, str]:
    if not files:
        raise ctx.error("no files in the snapshot")
    if len(files) > 1:
        raise ctx.error(
            f"expected one file (the Covered List page), got {', '.join(sorted(files))}"
        )
    name = next(iter(files))
    text = _decode(files[name].read_bytes())
    if not text.strip():
        raise ctx.error(f"{name}: file is empty")
    return name, text


# ------------------------------------------------------------------------ records


def _name_and_aliases(row: _Row, ctx: ParseContext) -> tuple[str, list[str], str]:
    """(name, other covered companies, subject kind) of one row."""
    if row.names:
        return row.names[0], row.names[1:], "company"
    if m := _BY_COMPANY.search(row.description):
        name = _strip_marks(m.group("name"))
        others = []
        if s := _SUBSIDIARY.search(row.description, m.end()):
            others.append(_strip_marks(s.group("name")))
        return name, others, "company"
    phrase = category_phrase(row.description)
    if not phrase:
        raise ctx.error(
            f"{row.where}: no covered company or product category in {row.description!r}"
        )
    return phrase, [], "product_category"


def _record(row: _Row, used: dict[str, str], ctx: ParseContext) -> BanRecord:
    if not row.description:
        raise ctx.error(f"{row.where}: empty 'Covered Equipment or Services' cell")
    name, others, subject = _name_and_aliases(row, ctx)
    base = company_slug(name) if subject == "company" else category_slug(name)
    if not base:
        raise ctx.error(f"{row.where}: cannot derive a record id from {name!r}")
    record_id = _lookups().get("record_ids", {}).get(base, base)

    dates, leftover = parse_inclusion_dates(row.date_text)
    if not dates:
        ctx.warn(f"{row.where} ({name}): no date in 'Date of Inclusion' {row.date_text!r}")
    elif leftover:
        ctx.warn(f"{row.where} ({name}): unexplained text in the date cell: {leftover!r}")
    listed_on = min(dates, key=lambda d: d.value) if dates else None

    if record_id in used:
        suffix = listed_on.value if listed_on else str(len(used) + 1)
        new_id = f"{record_id}-{suffix}"
        ctx.warn(
            f"{row.where} ({name}): id {record_id!r} already used by {used[record_id]}; "
            f"this row gets {new_id!r}"
        )
        if new_id in used:
            raise ctx.error(f"{row.where}: record id {new_id!r} is not unique; add a lookup")
        record_id = new_id
    used[record_id] = row.where

    measures = measures_for(row.description)
    if not measures:
        ctx.warn(
            f"{row.where} ({name}): covers neither equipment nor services? {row.description[:80]!r}"
        )
        measures = [Measure.TELECOM_EQUIPMENT_BAN]

    properties = {"subject": subject, "date_of_inclusion": row.date_text}
    if dates:
        properties["inclusion_dates"] = "; ".join(d.value for d in dates)
    if others:
        properties["covered_entities"] = "; ".join([name, *others])
    aliases = [Alias(name=o) for o in dict.fromkeys(others) if o.casefold() != name.casefold()]
    return BanRecord(
        source=SOURCE,
        record_id=record_id,
        name=name,
        target_type=TargetType.PRODUCT,
        authority=AUTHORITY,
        jurisdiction=JURISDICTION,
        aliases=aliases,
        programs=[PROGRAM],
        measures=measures,
        legal_basis=_legal_basis(row.description),
        listed_on=listed_on,
        remarks=row.description,
        source_url=ctx.source_url,
        properties=properties,
    )


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord]:
    """One `product` BanRecord per Covered List row, in table order.

    Raises ParseError for a page without the Covered List table (an error page, a
    redesign), a CSV without its two columns, or a row without a description.
    """
    name, text = _single_file(files, ctx)
    fmt = _sniff(text)
    if fmt is None:
        raise ctx.error(f"{name}: neither an HTML page nor a Covered List CSV: {text[:60]!r}")
    rows = _html_rows(text, name, ctx) if fmt == FORMAT_HTML else _csv_rows(text, name, ctx)
    used: dict[str, str] = {}
    for row in rows:
        yield _record(row, used, ctx)
