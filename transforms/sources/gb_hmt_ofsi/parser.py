"""OFSI Consolidated List (ConList.csv) parser; the list was discontinued on 28 Jan 2026.

The CSV has ONE ROW PER NAME (and, in the legacy layout, per name x date of birth):
all rows of a target share its `Group ID`, and they are NOT adjacent (the file is
sorted by name). Rows are folded into one record per Group ID, in order of first
appearance. The primary name is the row whose `Alias Type` is "Prime Alias" (legacy)
or "Primary name" (2022 format); the other rows' names are aliases.

Layouts, told apart by the header (columns are mapped by NAME, never by position):

* legacy (pre-2022): Name 6, Name 1..5, Title, DOB, Town of Birth, Country of Birth,
  Nationality, Passport Details, NI Number, Position, Address 1..6, Post/Zip Code,
  Country, Other Information, Group Type, Alias Type, Regime, Listed On, Last
  Updated, Group ID. cp1252, LF line ends; the header may start with an empty
  column that the data rows do not have (the rows are one field shorter).
* 2022 format: adds Name Non-Latin Script (+ Type, Language), Passport Number,
  National Identification Number/Details, Alias Quality and UK Sanctions List Date
  Designated. A `Last Updated,DD/MM/YYYY` line may precede the header.

Other quirks: DOB `00/00/1960` is a year and `00/05/1960` a month (nothing is
invented); nationalities and identifiers may be numbered lists in one cell
("1) Saudi Arabia 2) Qatar", "(1) ... (2) ..."); legacy passport/ID cells are free
text ("Passport No: 592667 (Qatari passport issued on 3 May 2007).") from which the
number is taken, the whole text kept as `raw`; an IMO number stated in Other
Information ("IMO: 8937675.") becomes an identifier; the 2022 format's
"(UK Sanctions List Ref):RUS0001" becomes the property `uk_sanctions_list_ref`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from transforms.base import ParseContext, ParseError, SnapshotFiles
from transforms.common import Warner, add_property, looks_like_html
from transforms.model import Address, Alias, BanRecord, DateValue, Identifier, Measure, TargetType
from transforms.registry import get_source

# Shared with the UK Sanctions List parser (same publisher family, same quirks).
from transforms.sources.gb_fcdo_sanctions.parser import (
    clean,
    csv_encoding,
    csv_rows,
    detect_script,
    join_name,
    norm_key,
    sniff,
    sort_measures,
    uk_address,
    uk_date,
)

SOURCE = "gb_hmt_ofsi"
FORMAT = "ofsi_conlist_csv"

# Header (normalised) -> field key.
COLUMNS = {
    "name 6": "name6",
    "name 1": "name1",
    "name 2": "name2",
    "name 3": "name3",
    "name 4": "name4",
    "name 5": "name5",
    "title": "title",
    "name non-latin script": "non_latin",
    "non-latin script type": "non_latin_type",
    "non-latin script language": "non_latin_language",
    "dob": "dob",
    "town of birth": "town_of_birth",
    "country of birth": "country_of_birth",
    "nationality": "nationality",
    "passport number": "passport_number",
    "passport details": "passport_details",
    "ni number": "national_id_details",  # legacy: free text, number inside
    "national identification number": "national_id_number",
    "national identification details": "national_id_details",
    "position": "position",
    "address 1": "addr1",
    "address 2": "addr2",
    "address 3": "addr3",
    "address 4": "addr4",
    "address 5": "addr5",
    "address 6": "addr6",
    "post/zip code": "postal",
    "country": "country",
    "other information": "other_information",
    "group type": "group_type",
    "alias type": "alias_type",
    "alias quality": "alias_quality",
    "regime": "regime",
    "listed on": "listed_on",
    "uk sanctions list date designated": "uk_date_designated",
    "last updated": "last_updated",
    "group id": "group_id",
}
REQUIRED = ("group id", "name 6", "group type", "alias type", "regime")

_NUMBERED = re.compile(r"^\(?(?:\d{1,2}|[a-h])\)\s")
_NUMBER_MARK = re.compile(r"(?:^|\s)\(?(?:\d{1,2}|[a-h])\)\s+")
_DIGIT_MARK = re.compile(r"(?:^|\s)\(?\d{1,2}\)\s+")
_ID_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9/\-]*")
_DATE_TOKEN = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")
_IMO_TEXT = re.compile(r"\bIMO(?:\s*(?:number|no\.?))?\s*[:.]?\s*(\d{7})\b", re.I)
_UKSL_REF = re.compile(r"\(UK Sanctions List Ref\)\s*:\s*([A-Z]{2,4}\d{3,5})")


def split_numbered(text: str) -> list[str]:
    """ "1) Saudi Arabia 2) Qatar" / "(1) A (2) B" -> items; other text stays whole."""
    text = text.strip()
    if not _NUMBERED.match(text):
        return [text] if text else []
    return [p for part in _NUMBER_MARK.split(text) if (p := part.strip(" ;,."))]


def split_identifiers(text: str) -> list[str]:
    """The items of an identifier cell.

    Numbered items are split wherever "(1)"/"2)" occur ("Jordanian passport numbers
    (1) K048787 (2) 486298"; the leading words without a number are context, kept in
    `raw` only); letters only when the cell starts with one: a mid-text "(b)" often
    introduces another kind of document, which then stays part of the first item
    instead of becoming a second passport.
    """
    text = text.strip()
    if _NUMBERED.match(text):
        return split_numbered(text)
    parts = [p for part in _DIGIT_MARK.split(text) if (p := part.strip(" ;,."))]
    if len(parts) > 1 and id_number(parts[0]) is None:
        return parts[1:]
    return parts


def id_number(text: str) -> str | None:
    """The number in a free-text identifier: the first token with five or more digits
    that is not a date ("Passport No: 592667 (Qatari ...)" -> "592667")."""
    for m in _ID_TOKEN.finditer(text):
        token = m[0].rstrip("/-")
        if sum(c.isdigit() for c in token) >= 5 and not _DATE_TOKEN.fullmatch(token):
            return token
    return None


# --------------------------------------------------------------------------- lookups


@dataclass(frozen=True)
class _Lookups:
    target_types: dict[str, str]
    group_measures: dict[str, Measure]
    alias_types: dict[str, str]
    legal_basis: dict[str, str]


@cache
def _lookups() -> _Lookups:
    tables = get_source(SOURCE).lookups
    measures: dict[str, Measure] = {}
    for key, value in tables.get("group_measures", {}).items():
        try:
            measures[norm_key(key)] = Measure(value)
        except ValueError as exc:
            raise ParseError(SOURCE, f"source.yml group_measures: {value!r} is no Measure") from exc
    return _Lookups(
        target_types={norm_key(k): v for k, v in tables.get("target_types", {}).items()},
        group_measures=measures,
        alias_types={norm_key(k): v for k, v in tables.get("alias_types", {}).items()},
        legal_basis={norm_key(k): v for k, v in tables.get("legal_basis", {}).items()},
    )


# ------------------------------------------------------------------ group assembly


@dataclass
class _Row:
    line: int
    values: dict[str, str]  # field key -> cleaned, non-empty value
    extras: dict[str, str]  # unknown column -> value

    def get(self, key: str) -> str | None:
        return self.values.get(key)


@dataclass
class _Group:
    group_id: str
    rows: list[_Row] = field(default_factory=list)


def _distinct(rows: list[_Row], key: str) -> list[str]:
    out: list[str] = []
    for r in rows:
        if (v := r.get(key)) is not None and v not in out:
            out.append(v)
    return out


def _alias_kind(row: _Row, gid: str, lk: _Lookups, warner: Warner) -> str:
    raw = row.get("alias_type") or ""
    kind = lk.alias_types.get(norm_key(raw))
    if kind is None:
        warner.once(
            f"aliastype:{norm_key(raw)}",
            f"group {gid} (line {row.line}): unknown Alias Type {raw!r}; kept as an a.k.a.",
        )
        kind = "aka"
    if kind == "primary":
        return kind
    quality = norm_key(row.get("alias_quality") or "")
    if quality.startswith("low"):
        return "weak"
    if quality and not quality.startswith("good"):
        warner.once(
            f"quality:{quality}",
            f"group {gid}: unknown Alias Quality {row.get('alias_quality')!r}; kept as an a.k.a.",
        )
    return "aka"


def _build(group: _Group, lk: _Lookups, warner: Warner, ctx: ParseContext) -> BanRecord:
    gid, rows = group.group_id, group.rows
    props: dict[str, str] = {}
    kinds = [(_alias_kind(r, gid, lk, warner), r) for r in rows]

    # ---- names
    primaries = [r for k, r in kinds if k == "primary"]
    main_row = primaries[0] if primaries else rows[0]
    name = main_row.values["name"]
    if not primaries:
        props["name_source"] = "first listed name (no primary name row)"
        warner.warn(f"group {gid}: no primary-name row; using the first name {name!r}")
    aliases: list[Alias] = []
    seen = {name.casefold()}
    for kind, r in kinds:
        alias = r.values["name"]
        if alias.casefold() in seen:
            continue
        seen.add(alias.casefold())
        if kind == "primary":
            warner.warn(f"group {gid}: several primary names; {alias!r} kept as an a.k.a.")
            kind = "aka"
        aliases.append(Alias(name=alias, kind=kind))
    for r in rows:
        text = r.get("non_latin")
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            script = r.get("non_latin_type") or detect_script(text) or r.get("non_latin_language")
            aliases.append(Alias(name=text, kind="aka", script=script))

    # ---- per-group values (the same on every row; a conflict is reported)
    def single(key: str, label: str) -> str | None:
        values = _distinct(rows, key)
        chosen = main_row.get(key) or (values[0] if values else None)
        if len(values) > 1:
            warner.warn(f"group {gid}: several {label} values {values}; kept {chosen!r}")
        return chosen

    group_type = single("group_type", "Group Type") or ""
    target = lk.target_types.get(norm_key(group_type))
    if target is None:
        warner.warn(f"group {gid}: unknown Group Type {group_type!r}; target type 'other'")
        target = "other"
        props["group_type"] = group_type
    measure = lk.group_measures.get(norm_key(group_type), Measure.ASSET_FREEZE)

    listed_on = None
    if listed_raw := single("listed_on", "Listed On"):
        listed_on = uk_date(listed_raw)
        if listed_on is None:
            warner.warn(f"group {gid}: unparseable Listed On {listed_raw!r} kept in properties")
            props["listed_on_raw"] = listed_raw

    # Last Updated may differ between a group's rows (rows are updated one by one):
    # the latest is the group's.
    updated = [(uk_date(v), v) for v in _distinct(rows, "last_updated")]
    if parsed := sorted(d.value for d, _ in updated if d is not None):
        props["last_updated"] = parsed[-1]
    for d, v in updated:
        if d is None:
            warner.warn(f"group {gid}: unparseable Last Updated {v!r} kept in properties")
            add_property(props, "last_updated_raw", v)
    for v in _distinct(rows, "uk_date_designated"):
        d = uk_date(v)
        add_property(props, "uk_sanctions_list_date_designated", d.value if d else v)

    # ---- dates of birth (one per row in the legacy layout: name x DOB)
    birth_dates: list[DateValue] = []
    for raw in _distinct(rows, "dob"):
        date = uk_date(raw)
        if date is None:
            warner.warn(f"group {gid}: unparseable DOB {raw!r} kept in properties")
            add_property(props, "dob_unparsed", raw)
        elif all(b.value != date.value for b in birth_dates):
            birth_dates.append(date)

    birth_places: list[str] = []
    for r in rows:
        place = ", ".join(p for p in (r.get("town_of_birth"), r.get("country_of_birth")) if p)
        if place and place not in birth_places:
            birth_places.append(place)

    nationalities: list[str] = []
    for raw in _distinct(rows, "nationality"):
        for item in split_numbered(raw):
            if item not in nationalities:
                nationalities.append(item)

    addresses: list[Address] = []
    for r in rows:
        address = uk_address(
            [r.get(f"addr{i}") for i in range(1, 7)], r.get("postal"), r.get("country")
        )
        if address != Address() and address not in addresses:
            addresses.append(address)

    # ---- identifiers
    identifiers: list[Identifier] = []

    def ident(item: Identifier) -> None:
        # The whole identifier: the issuing country is only in the details (raw), so the
        # same number with other details is kept.
        if item not in identifiers:
            identifiers.append(item)

    for kind, number_key, details_key, prop in (
        ("Passport", "passport_number", "passport_details", "passport_details"),
        ("National ID No.", "national_id_number", "national_id_details", "national_id_details"),
    ):
        for r in rows:
            numbers = split_numbered(r.get(number_key) or "")
            details = r.get(details_key)
            if numbers:  # 2022 format: the number has its own column
                for number in numbers:
                    ident(Identifier(type=kind, value=number, raw=details))
                continue
            for item in split_identifiers(details or ""):
                if found := id_number(item):  # raw: the cell as published
                    ident(Identifier(type=kind, value=found, raw=details))
                else:
                    add_property(props, prop, item)

    remarks_parts = _distinct(rows, "other_information")
    for text in remarks_parts:
        for m in _IMO_TEXT.finditer(text):
            ident(Identifier(type="IMO", value=m[1], raw=m[0]))
        for m in _UKSL_REF.finditer(text):
            add_property(props, "uk_sanctions_list_ref", m[1])

    # ---- the rest
    programs = _distinct(rows, "regime")
    legal_basis = [b for p in programs if (b := lk.legal_basis.get(norm_key(p)))]
    countries: list[str] = []
    for c in [a.country for a in addresses if a.country] + nationalities:
        if c not in countries:
            countries.append(c)
    for position in _distinct(rows, "position"):
        add_property(props, "positions", position)
    for r in rows:
        for key, value in r.extras.items():
            add_property(props, key, value)
    titles: list[str] = []
    for raw_title in _distinct(rows, "title"):  # "(1) Mullah (2) Haji"
        titles += [t for t in split_numbered(raw_title) if t not in titles]

    return BanRecord(
        source=SOURCE,
        record_id=gid,
        name=name,
        target_type=TargetType(target),
        authority=get_source(SOURCE).authority,
        jurisdiction=get_source(SOURCE).jurisdiction,
        aliases=aliases,
        addresses=addresses,
        countries=countries,
        nationalities=nationalities,
        birth_dates=birth_dates,
        birth_places=birth_places,
        identifiers=identifiers,
        programs=programs,
        measures=sort_measures([measure]),
        legal_basis=legal_basis,
        listed_on=listed_on,
        title="; ".join(titles) or None,
        remarks="\n".join(remarks_parts) or None,
        source_url=ctx.source_url,
        properties=dict(sorted(props.items())),
    )


# ------------------------------------------------------------------------ reading


def _find_header(path: Path, encoding: str) -> tuple[int, list[str], list[tuple[int, list[str]]]]:
    """(header line, header, rows before it) or ([] header) when none is found."""
    before: list[tuple[int, list[str]]] = []
    for line, row in csv_rows(path, encoding):
        keys = {norm_key(c) for c in row}
        if "group id" in keys and "name 6" in keys:
            return line, row, before
        before.append((line, row))
        if len(before) >= 5:
            break
    return 0, [], before


def _parse_file(path: Path, name: str, ctx: ParseContext) -> Iterator[BanRecord]:
    warner = Warner(ctx)
    lk = _lookups()
    encoding = csv_encoding(path)
    if encoding == "latin-1":
        ctx.warn(f"{name}: neither UTF-8 nor cp1252; read as latin-1")
    header_line, header, before = _find_header(path, encoding)
    if not header:
        raise ctx.error(f"{name}: no ConList header (Group ID, Name 6, ...) in the first rows")
    keys = [norm_key(h) for h in header]
    if "unique id" in keys:
        raise ctx.error(
            f"{name}: this is the UK Sanctions List CSV (source gb_fcdo_sanctions), "
            "not OFSI's Consolidated List"
        )
    missing = [c for c in REQUIRED if c not in keys]
    if missing:
        raise ctx.error(f"{name}: header lacks required column(s): {', '.join(missing)}")
    for line, row in before:
        # The 2022 format starts with "Last Updated,DD/MM/YYYY": list-level, not a record.
        if norm_key(row[0]) != "last updated":
            warner.warn(f"{name} line {line}: row before the header ignored: {row[:3]}")

    fields: list[str | None] = []
    for raw, key in zip(header, keys, strict=True):
        target = COLUMNS.get(key)
        if target is None and key:
            warner.warn(f"{name}: unknown column {raw!r}; its values are kept in properties")
            target = "extra:" + re.sub(r"[^a-z0-9]+", "_", key).strip("_")
        fields.append(target)
    # Legacy files: a header with a leading empty column over rows without it.
    shifted = fields[1:] if keys[0] == "" else None

    groups: dict[str, _Group] = {}
    for line, row in csv_rows(path, encoding):
        if line <= header_line:
            continue
        if len(row) == len(fields):
            layout = fields
        elif shifted is not None and len(row) == len(shifted):
            layout = shifted
        elif len(row) > len(fields) and not any(c.strip() for c in row[len(fields) :]):
            layout = fields
        else:
            raise ctx.error(
                f"{name} line {line}: {len(row)} fields, the header has {len(fields)}"
                " (truncated or shifted row)"
            )
        values: dict[str, str] = {}
        extras: dict[str, str] = {}
        for target, cell in zip(layout, row, strict=False):
            text = clean(cell, collapse=target != "other_information")
            if text is None:
                continue
            if target is None:
                warner.once(
                    f"blank:{line}",
                    f"{name} line {line}: value under a column without a name ignored: "
                    f"{text[:80]!r}",
                )
            elif target.startswith("extra:"):
                extras[target[6:]] = text
            else:
                values[target] = text
        gid = values.get("group_id")
        if not gid:
            raise ctx.error(f"{name} line {line}: row has no Group ID")
        full = join_name(values.get(f"name{i}") for i in (1, 2, 3, 4, 5, 6))
        if full is None:
            raise ctx.error(f"{name} line {line}: group {gid} row has no name (Name 1-6 empty)")
        values["name"] = full
        group = groups.get(gid)
        if group is None:
            group = groups[gid] = _Group(gid)
        group.rows.append(_Row(line, values, extras))

    for group in groups.values():
        yield _build(group, lk, warner, ctx)


# ------------------------------------------------------------------ format detection


def _is_conlist_csv(text: str) -> bool:
    lines = text.splitlines()[:6]
    try:
        rows = list(csv.reader(io.StringIO("\n".join(lines))))
    except csv.Error:
        return False
    return any({"group id", "name 6"} <= {norm_key(c) for c in row} for row in rows)


def _layout(files: SnapshotFiles, ctx: ParseContext) -> tuple[str, Path]:
    if not files:
        raise ctx.error("no files in the snapshot")
    found: list[str] = []
    for name in sorted(files):
        text = sniff(Path(files[name]))
        if not text:
            ctx.warn(f"{name}: file is empty; ignored")
        elif text.startswith("<"):
            if looks_like_html(text):
                raise ctx.error(f"{name}: file is an HTML page, not OFSI's Consolidated List")
            raise ctx.error(f"{name}: XML is not accepted (ConList.xml); give the ConList CSV")
        elif _is_conlist_csv(text):
            found.append(name)
        elif "unique id" in text[:4096].lower() and "name 6" in text[:4096].lower():
            raise ctx.error(
                f"{name}: this is the UK Sanctions List CSV (source gb_fcdo_sanctions), "
                "not OFSI's Consolidated List"
            )
        else:
            first = text.splitlines()[0][:80]
            raise ctx.error(f"{name}: not an OFSI ConList CSV; it starts with {first!r}")
    if not found:
        raise ctx.error("no ConList CSV in the snapshot")
    if len(found) > 1:
        raise ctx.error(f"several files look like the ConList CSV: {', '.join(found)}")
    return found[0], Path(files[found[0]])


def detect_format(files: SnapshotFiles, ctx: ParseContext | None = None) -> str:
    """ "ofsi_conlist_csv" (the only format read), or ParseError."""
    _layout(files, ctx or ParseContext(source=SOURCE))
    return FORMAT


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord]:
    """Yield one BanRecord per Group ID, in order of the group's first row."""
    name, path = _layout(files, ctx)
    yield from _parse_file(path, name, ctx)
