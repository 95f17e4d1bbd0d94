"""BIS Denied Persons List parser (dpl.txt).

The file is tab-delimited text with a header row and every field in double quotes
(quotes inside a field are doubled: "IHSAN MEDHAT ""SAMMY"" ELASHI"). Columns: Name,
Street_Address, City, State, Country, Postal_Code, Effective_Date, Expiration_Date,
Standard_Order, Last_Update, Action, FR_Citation. Dates are MM/DD/YYYY except
Last_Update (YYYY-MM-DD).

There is ONE ROW PER ADDRESS: a party with three addresses under one order has three
rows. Rows of the same party and order (normalised name + Effective_Date) are folded
into one record carrying all addresses; the same person under another order (another
effective date) stays a separate record. The rows of a group can disagree on FR_Citation,
Action and Last_Update (BIS updates rows one at a time): the citations are merged, the
other values kept as distinct lists in properties. The file has no ids; record_id is a
stable hash of the normalised name and the ISO effective date. A renewed temporary
denial order usually gets a new effective date and therefore shows up as a new record
(and the old one as removed): that is how BIS publishes it.

The whole file is grouped in memory (a few hundred KB; ~1,000 rows).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from transforms.base import ParseContext, ParseError, SnapshotFiles
from transforms.common import (
    add_unique,
    collapse,
    looks_like_html,
    name_key,
    sniff_text,
    sniffed_files,
    split_fr_citations,
    text_encoding,
)
from transforms.model import Address, BanRecord, DateValue, Measure, Milestone, TargetType

SOURCE = "us_bis_dpl"
AUTHORITY = "BIS"
JURISDICTION = "US"
FORMAT = "dpl_txt"

COLUMNS: tuple[str, ...] = (
    "Name",
    "Street_Address",
    "City",
    "State",
    "Country",
    "Postal_Code",
    "Effective_Date",
    "Expiration_Date",
    "Standard_Order",
    "Last_Update",
    "Action",
    "FR_Citation",
)
_REQUIRED = ("Name", "Effective_Date")
_SNIFF_BYTES = 64 * 1024


@cache
def _standard_order_labels() -> dict[str, str]:
    """source.yml `lookups.standard_order`, read once through the registry."""
    from transforms.registry import get_source

    table = get_source(SOURCE).lookups.get("standard_order", {})
    return {str(k).strip().upper(): str(v) for k, v in table.items()}


# ------------------------------------------------------------------ format detection


def _header(name: str, path: Path) -> list[str] | None:
    """The header's column names; None for an empty file; ParseError if not a DPL."""
    text = sniff_text(path, _SNIFF_BYTES)
    if not text:
        return None
    if text.startswith("<"):
        if looks_like_html(text):
            raise ParseError(SOURCE, f"{name}: file is an HTML page, not the Denied Persons List")
        raise ParseError(SOURCE, f"{name}: file is XML, not the tab-delimited Denied Persons List")
    first = next(csv.reader(io.StringIO(text), delimiter="\t"))
    canonical = {c.lower(): c for c in COLUMNS}  # header names matched case-insensitively
    columns = [canonical.get(c.strip().lower(), c.strip()) for c in first]
    missing = [c for c in _REQUIRED if c not in columns]
    if missing:
        shown = ", ".join(repr(c) for c in columns[:6])
        raise ParseError(
            SOURCE,
            f"{name}: not the tab-delimited Denied Persons List: header lacks "
            f"{', '.join(missing)} (starts {shown})",
        )
    return columns


def _select(files: SnapshotFiles) -> tuple[str, Path, list[str]]:
    found = sniffed_files(files, SOURCE, _header)
    if len(found) > 1:
        names = ", ".join(f[0] for f in found)
        raise ParseError(SOURCE, f"several Denied Persons List files in one snapshot: {names}")
    return found[0]


def detect_format(files: SnapshotFiles) -> str:
    """ "dpl_txt" when the snapshot holds one DPL text file; ParseError otherwise."""
    _select(files)
    return FORMAT


# ------------------------------------------------------------------ value helpers

# Names that are clearly organisations; the DPL has no entity type.
_LEGAL_FORM = re.compile(
    r"^(?:AO|OOO|OAO|ZAO|PAO|PJSC|JSC|OJSC|CJSC|TOO|LLC)\s"
    r"|\b(?:LTD|LIMITED|LLC|L\.L\.C|INC|INCORPORATED|CORP|CORPORATION|COMPANY|CO\.|GMBH|AG"
    r"|S\.A|S\.L|S\.R\.L|SRL|B\.V|N\.V|PLC|PTE|PVT|OOO|OAO|ZAO|PJSC|OJSC|CJSC|JSC|FZE|FZCO"
    r"|FZC|LLP|SARL|S\.P\.A|TRADING|INDUSTRIES|INDUSTRY|INDUSTRIAL|GROUP|INSTITUTE"
    r"|UNIVERSITY|ACADEMY|AIRLINES?|AIRWAYS|AVIATION|BANK|ENTERPRISES?|FACTORY|PLANT"
    r"|BUREAU|CENTER|CENTRE|LABORATORY|LABS?|MINISTRY|ORGANI[SZ]ATION|ASSOCIATION"
    r"|FOUNDATION|TECHNOLOGY|TECHNOLOGIES|ELECTRONICS|SYSTEMS|SERVICES|HOLDINGS?|IMPORT"
    r"|EXPORT|AGENCY)\b",
    re.IGNORECASE,
)


def record_id_for(name: str, effective: str) -> str:
    """Stable id of one party + order: hash of the normalised name and effective date."""
    key = f"{name_key(name)}\x1f{effective}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


# ----------------------------------------------------------------------- grouping


@dataclass
class _Group:
    record_id: str
    first_line: int
    names: list[str] = field(default_factory=list)
    effective_raw: str = ""
    effective: DateValue | None = None
    addresses: list[Address] = field(default_factory=list)
    expirations: list[str] = field(default_factory=list)  # raw values, first-seen order
    standard_orders: list[str] = field(default_factory=list)
    last_updates: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)
    extras: dict[str, list[str]] = field(default_factory=dict)


def _rows(name: str, path: Path, columns: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    with open(path, encoding=text_encoding(path, "utf-8-sig", "cp1252"), newline="") as fh:
        reader = csv.reader(fh, delimiter="\t")
        next(reader)
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                raise ParseError(
                    SOURCE,
                    f"{name} line {reader.line_num}: {len(row)} fields where the header has "
                    f"{len(columns)} (broken quoting?)",
                )
            yield reader.line_num, {c: v.strip() for c, v in zip(columns, row, strict=True)}


def _groups(name: str, path: Path, columns: list[str], ctx: ParseContext) -> list[_Group]:
    unknown = [c for c in columns if c not in COLUMNS]
    for col in unknown:
        ctx.warn(f"{name}: unknown column {col!r}; its values go to properties")
    missing = [c for c in COLUMNS if c not in columns]
    if missing:
        ctx.warn(f"{name}: columns missing from the header: {', '.join(missing)}")
    groups: dict[str, _Group] = {}
    for line, row in _rows(name, path, columns):
        where = f"{name} line {line}"
        party = collapse(row["Name"])
        if not party:
            raise ParseError(SOURCE, f"{where}: row has no Name")
        effective_raw = row["Effective_Date"]
        if not effective_raw:
            raise ParseError(SOURCE, f"{where} ({party}): row has no Effective_Date")
        effective = DateValue.parse(effective_raw)
        if effective is None:
            ctx.warn(f"{where} ({party}): unparseable Effective_Date {effective_raw!r}")
        record_id = record_id_for(party, effective.value if effective else effective_raw)
        group = groups.get(record_id)
        if group is None:
            group = groups[record_id] = _Group(record_id, line, [], effective_raw, effective)
        add_unique(group.names, party)
        address = Address(
            street=row.get("Street_Address") or None,
            city=row.get("City") or None,
            region=row.get("State") or None,
            postal_code=row.get("Postal_Code") or None,
            country=row.get("Country") or None,
        )
        if address != Address() and address not in group.addresses:
            group.addresses.append(address)
        add_unique(group.expirations, row.get("Expiration_Date", ""))
        add_unique(group.standard_orders, row.get("Standard_Order", ""))
        add_unique(group.last_updates, row.get("Last_Update", ""))
        add_unique(group.actions, collapse(row.get("Action", "")))
        for citation in split_fr_citations(row.get("FR_Citation", "")):
            add_unique(group.citations, citation)
        for col in unknown:
            add_unique(group.extras.setdefault(col, []), row[col])
    return sorted(groups.values(), key=lambda g: g.first_line)


# ------------------------------------------------------------------ record building


def _build(group: _Group, name: str, ctx: ParseContext) -> BanRecord:
    where = f"{name} line {group.first_line}"
    party = group.names[0]
    props: dict[str, str] = {}
    if len(group.names) > 1:  # same normalised name, other case
        props["name_variants"] = "; ".join(group.names[1:])
    if group.effective is None:
        props["effective_date_unparsed"] = group.effective_raw

    # The order's dates are its legal timeline: Effective_Date -> an "effective"
    # milestone, Expiration_Date -> an "end" milestone (also kept as properties["end_date"]).
    milestones: list[Milestone] = []
    if group.effective is not None:
        milestones.append(Milestone(role="effective", date=group.effective, text="Effective_Date"))
    ends: list[DateValue] = []
    for raw in group.expirations:
        parsed = DateValue.parse(raw)
        if parsed is None:
            ctx.warn(f"{where} ({party}): unparseable Expiration_Date {raw!r} kept in properties")
            props["end_date_unparsed"] = raw
        elif parsed not in ends:
            ends.append(parsed)
    if ends:
        latest = max(ends, key=lambda d: d.value)
        props["end_date"] = latest.value
        milestones.append(Milestone(role="end", date=latest, text="Expiration_Date"))
        if len(ends) > 1:
            shown = ", ".join(d.value for d in ends)
            ctx.warn(
                f"{where} ({party}): rows of one order disagree on Expiration_Date "
                f"({shown}); the latest is kept"
            )
            props["end_date_values"] = "; ".join(d.value for d in ends)

    labels = _standard_order_labels()
    if group.standard_orders:
        props["standard_order"] = "; ".join(group.standard_orders)
        kinds = [labels[s.upper()] for s in group.standard_orders if s.upper() in labels]
        if kinds:
            props["order_type"] = "; ".join(kinds)
        odd = [s for s in group.standard_orders if s.upper() not in labels]
        if odd:
            ctx.warn(f"{where} ({party}): unknown Standard_Order value(s) {odd}")
    if group.last_updates:
        props["last_update"] = "; ".join(sorted(group.last_updates))
    if group.actions:
        props["action"] = "; ".join(group.actions)
    for col, values in group.extras.items():
        if values:
            props[col.lower()] = "; ".join(values)

    if _LEGAL_FORM.search(party):
        target_type = TargetType.ORGANIZATION
        props["target_type_inferred"] = "legal form or organisation word in the name"
    else:
        target_type = TargetType.OTHER

    countries: list[str] = []
    for a in group.addresses:
        if a.country:
            add_unique(countries, a.country)
    return BanRecord(
        source=SOURCE,
        record_id=group.record_id,
        name=party,
        target_type=target_type,
        authority=AUTHORITY,
        jurisdiction=JURISDICTION,
        addresses=group.addresses,
        countries=countries,
        programs=["DPL"],
        # A denial order withdraws export privileges: an export control measure.
        measures=[Measure.EXPORT_CONTROL],
        legal_basis=group.citations,
        listed_on=group.effective,
        milestones=milestones,
        source_url=ctx.source_url,
        properties=props,
    )


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord]:
    """One BanRecord per party and denial order, in order of first appearance."""
    name, path, columns = _select(files)
    if len(set(columns)) != len(columns):
        raise ParseError(SOURCE, f"{name}: repeated column names in the header")
    for group in _groups(name, path, columns, ctx):
        yield _build(group, name, ctx)
