"""The legacy OFAC publications: the CSV set and the `sdnList` XML.

OFAC CSV quirks handled here: no header row; `-0- ` (sometimes `-0-`) is the null
marker; CRLF line ends; a Ctrl-Z (0x1A) DOS end-of-file byte after the last row;
programs packed as `SDGT] [IFSR`; remarks longer than the column limit are cut off
mid-word and continued in SDN_COMMENTS.CSV / CONS_COMMENTS.CSV; identifiers, birth data
and the low-quality ("weak") a.k.a.s exist only inside the semicolon-separated remarks.
The SDN set (SDN/ADD/ALT/SDN_COMMENTS.CSV) and the consolidated set (CONS_PRIM/ADD/ALT/
COMMENTS.CSV) have the same shapes.

The legacy XML (`sdnList` root) comes in the old `http://tempuri.org/sdnList.xsd`
namespace and the 2024+ sanctionslistservice one; elements are matched on local names.
CONSOLIDATED.XML uses the same schema, with `nspType` for the entry type.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from lxml import etree

from transforms.base import ParseContext
from transforms.common import child_elements, iterparse, release
from transforms.model import Address, BanRecord
from transforms.ofac.common import (
    ADD,
    ALT,
    COMMENTS,
    KIND_LABEL,
    Builder,
    FileItem,
    Run,
    add_birth_dates,
    alias_kind,
    apply_remarks,
    apply_typed,
    local,
    null,
    split_programs,
    target_type,
    text_of,
)

_CTRL_Z = "\x1a"

# ------------------------------------------------------------------------ CSV format


def _encoding(path: Path) -> str:
    """utf-8 (with or without BOM) when the whole file decodes, else cp1252, else latin-1."""
    for candidate in ("utf-8-sig", "cp1252"):
        decoder = codecs.getincrementaldecoder(candidate)()
        try:
            with open(path, "rb") as fh:
                while chunk := fh.read(1 << 20):
                    decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return candidate
        except UnicodeDecodeError:
            continue
    return "latin-1"  # cp1252 leaves 5 bytes undefined; latin-1 maps every byte


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, row) for each non-blank row; Ctrl-Z EOF bytes are removed."""
    encoding = _encoding(path)
    with open(path, encoding=encoding, newline="") as fh:
        lines: Iterable[str] = (line.replace(_CTRL_Z, "") for line in fh)
        reader = csv.reader(lines)
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            yield reader.line_num, row


def _read_side_file(item: FileItem, width: int, run: Run) -> dict[str, list[tuple[int, list[str]]]]:
    """ADD/ALT/COMMENTS rows grouped by ent_num, file order kept."""
    out: dict[str, list[tuple[int, list[str]]]] = {}
    for line, row in _csv_rows(item.path):
        if len(row) != width:
            raise run.error(
                f"{item.name} line {line}: {len(row)} columns, expected {width} "
                f"for the {KIND_LABEL[item.kind]}"
            )
        ent = row[0].strip()
        if not ent.isdigit():
            raise run.error(f"{item.name} line {line}: ent_num {row[0]!r} is not a number")
        out.setdefault(ent, []).append((line, row))
    return out


def parse_csv(main: FileItem, extras: dict[str, FileItem], run: Run) -> Iterator[BanRecord]:
    """The CSV set: one record per main-file row, with its ADD/ALT/COMMENTS rows."""
    ctx, label = run.ctx, run.profile.main_label

    def side(kind: str, width: int) -> dict[str, list[tuple[int, list[str]]]]:
        item = extras.get(kind)
        return _read_side_file(item, width, run) if item else {}

    addresses, aliases, comments = side(ADD, 6), side(ALT, 5), side(COMMENTS, 2)
    seen: set[str] = set()
    for line, row in _csv_rows(main.path):
        where = f"{main.name} line {line}"
        if len(row) != 12:
            raise ctx.error(f"{where}: {len(row)} columns, expected 12 for the {label}")
        ent_num = (null(row[0]) or "").strip()
        if not ent_num:
            raise ctx.error(f"{where}: missing ent_num")
        if not ent_num.isdigit():
            raise ctx.error(f"{where}: ent_num {row[0]!r} is not a number")
        name = null(row[1])
        if not name:
            raise ctx.error(f"{where}: record {ent_num} has no SDN_Name")
        if ent_num in seen:
            ctx.warn(f"{where}: duplicate ent_num {ent_num}; later row skipped")
            continue
        seen.add(ent_num)
        yield _csv_record(
            row,
            ent_num,
            name,
            addresses.pop(ent_num, []),
            aliases.pop(ent_num, []),
            comments.pop(ent_num, []),
            run,
        )
    # Whatever is left references an ent_num that SDN.CSV does not have.
    for kind, left in ((ADD, addresses), (ALT, aliases), (COMMENTS, comments)):
        for ent, rows in left.items():
            file_name = extras[kind].name
            lines = ", ".join(str(n) for n, _ in rows)
            ctx.warn(
                f"{file_name}: {len(rows)} row(s) (line {lines}) reference ent_num {ent}, "
                f"which is not in {main.name}; ignored"
            )


def _csv_record(
    row: list[str],
    ent_num: str,
    name: str,
    address_rows: list[tuple[int, list[str]]],
    alias_rows: list[tuple[int, list[str]]],
    comment_rows: list[tuple[int, list[str]]],
    run: Run,
) -> BanRecord:
    ctx = run.ctx
    (_, _, sdn_type, program, title, call_sign, vess_type, tonnage, grt, flag, owner, rmk) = row
    b = Builder(
        record_id=ent_num,
        name=name,
        target_type=target_type(null(sdn_type), ent_num, run),
        programs=split_programs(null(program)),
        title=null(title),
    )
    # Remarks cut at the column limit continue in SDN_COMMENTS.CSV, often mid-word
    # ("...XBT 1B64QRxf" + "aa35MVkf..."), so the pieces are joined without a space.
    # The cut falls on a space just as often ("...; Government" + " Gazette Number ..."),
    # so each piece is joined as published and only the joined text is stripped.
    pieces = [rmk] + [r[1] for _, r in comment_rows]
    remarks = "".join(piece for piece in pieces if null(piece) is not None).strip()
    b.remarks = remarks or None

    for _, (_, _, street, city, country, add_rmk) in address_rows:
        # The city column holds "city, state/province postal-code" in one string;
        # OFAC gives no reliable way to split it, so it is kept whole in `city`.
        address = Address(
            street=null(street), city=null(city), country=null(country), remarks=null(add_rmk)
        )
        if address != Address():  # "-0-" in every column: nothing to keep
            b.addresses.append(address)
            b.add_country(address.country)

    for line, (_, _, alt_type, alt_name, alt_rmk) in alias_rows:
        alias_name = null(alt_name)
        if not alias_name:
            ctx.warn(f"ALT line {line}: record {ent_num} has an alias row without a name")
            continue
        kind = alias_kind(alt_type)
        if kind is None:
            ctx.warn(f"record {ent_num}: unknown alias type {alt_type!r}; kept as 'aka'")
            kind = "aka"
        note = null(alt_rmk)
        if note and "weak" in note.lower():
            kind = "weak"
        elif note:
            b.add_property("alias_remarks", f"{alias_name}: {note}")
        b.add_alias(alias_name, kind)

    for key, value in (
        ("call_sign", call_sign),
        ("vessel_type", vess_type),
        ("vessel_tonnage", tonnage),
        ("vessel_grt", grt),
        ("vessel_flag", flag),
        ("vessel_owner", owner),
    ):
        b.add_property(key, null(value))

    if remarks:
        apply_remarks(b, remarks, ctx)
    b.add_country(null(flag))
    return b.build(run)


# ------------------------------------------------------------------------ XML format

_ENTRY_CHILDREN = {
    "uid",
    "firstName",
    "lastName",
    "title",
    "sdnType",
    "nspType",  # consolidated.xml's name for the type ("non-SDN type")
    "remarks",
    "programList",
    "idList",
    "akaList",
    "addressList",
    "nationalityList",
    "citizenshipList",
    "dateOfBirthList",
    "placeOfBirthList",
    "vesselInfo",
}
_ITEM_CHILDREN = {
    "aka": {"uid", "type", "category", "lastName", "firstName"},
    "address": {
        "uid",
        "address1",
        "address2",
        "address3",
        "city",
        "stateOrProvince",
        "postalCode",
        "country",
    },
    "id": {"uid", "idType", "idNumber", "idCountry", "issueDate", "expirationDate"},
    "nationality": {"uid", "country", "mainEntry"},
    "citizenship": {"uid", "country", "mainEntry"},
    "dateOfBirthItem": {"uid", "dateOfBirth", "mainEntry"},
    "placeOfBirthItem": {"uid", "placeOfBirth", "mainEntry"},
}
_LIST_ITEM = {
    "programList": "program",
    "idList": "id",
    "akaList": "aka",
    "addressList": "address",
    "nationalityList": "nationality",
    "citizenshipList": "citizenship",
    "dateOfBirthList": "dateOfBirthItem",
    "placeOfBirthList": "placeOfBirthItem",
}
_VESSEL_FIELDS = {
    "callSign": "call_sign",
    "vesselType": "vessel_type",
    "tonnage": "vessel_tonnage",
    "grossRegisteredTonnage": "vessel_grt",
    "vesselFlag": "vessel_flag",
    "vesselOwner": "vessel_owner",
}


def _fields(item: Any, where: str, ctx: ParseContext) -> dict[str, str]:
    """An item's child texts by local name; unknown children are reported."""
    known = _ITEM_CHILDREN.get(local(item), set())
    out: dict[str, str] = {}
    for child in child_elements(item):
        name = local(child)
        if name not in known:
            ctx.warn(f"{where}: unknown element <{name}> in <{local(item)}> ignored")
            continue
        if (value := text_of(child)) is not None:
            out[name] = value
    return out


def _person_name(f: dict[str, str]) -> str | None:
    """lastName/firstName -> "LAST, First", like SDN_Name in the CSV."""
    last, first = f.get("lastName"), f.get("firstName")
    if last and first:
        return f"{last}, {first}"
    return last or first


def _xml_items(lst: Any, where: str, ctx: ParseContext) -> Iterator[Any]:
    expected = _LIST_ITEM[local(lst)]
    for item in child_elements(lst):
        if local(item) != expected:
            ctx.warn(f"{where}: unknown element <{local(item)}> in <{local(lst)}> ignored")
            continue
        yield item


def _xml_record(entry: Any, run: Run) -> BanRecord:
    ctx = run.ctx
    uid = text_of(next((c for c in child_elements(entry) if local(c) == "uid"), None))
    line = entry.sourceline
    if not uid:
        raise ctx.error(f"sdnEntry at line {line} has no <uid>")
    top: dict[str, Any] = {}
    lists: dict[str, list[Any]] = {}
    for child in child_elements(entry):
        tag = local(child)
        if tag not in _ENTRY_CHILDREN:
            ctx.warn(
                f"record {uid}: unknown element <{tag}> in sdnEntry ignored "
                f"(text: {(text_of(child) or '')[:80]!r})"
            )
        elif tag in _LIST_ITEM or tag == "vesselInfo":
            lists.setdefault(tag, []).append(child)  # a repeated list is read in full
        elif tag in top:
            ctx.warn(f"record {uid}: repeated <{tag}> ignored: {(text_of(child) or '')[:80]!r}")
        else:
            top[tag] = child
    name = _person_name(
        {k: v for k in ("lastName", "firstName") if (v := text_of(top.get(k))) is not None}
    )
    if not name:
        raise ctx.error(f"sdnEntry {uid} (line {line}) has no lastName/firstName")
    where = f"record {uid}"
    type_elem = top.get("sdnType") if "sdnType" in top else top.get("nspType")
    b = Builder(
        record_id=uid,
        name=name,
        target_type=target_type(text_of(type_elem), uid, run),
        title=text_of(top.get("title")),
        remarks=text_of(top.get("remarks")),
    )
    handlers: dict[str, Callable[[Any], None]] = {
        "programList": lambda item: _add_program(b, item),
        "akaList": lambda item: _add_xml_alias(b, _fields(item, where, ctx), ctx),
        "addressList": lambda item: _add_xml_address(b, _fields(item, where, ctx)),
        "idList": lambda item: _add_xml_id(b, _fields(item, where, ctx)),
        "nationalityList": lambda item: _add_xml_nationality(b, _fields(item, where, ctx)),
        "citizenshipList": lambda item: _add_xml_nationality(b, _fields(item, where, ctx)),
        "dateOfBirthList": lambda item: _add_xml_dob(b, _fields(item, where, ctx), ctx),
        "placeOfBirthList": lambda item: _add_xml_pob(b, _fields(item, where, ctx)),
    }
    for list_name, handler in handlers.items():
        for lst in lists.get(list_name, []):
            for item in _xml_items(lst, where, ctx):
                handler(item)
    for vessel in lists.get("vesselInfo", []):
        for child in child_elements(vessel):
            key = _VESSEL_FIELDS.get(local(child))
            if key is None:
                ctx.warn(f"{where}: unknown element <{local(child)}> in <vesselInfo> ignored")
                continue
            b.add_property(key, text_of(child))
    b.add_country(b.properties.get("vessel_flag"))
    return b.build(run)


def _add_program(b: Builder, item: Any) -> None:
    for tag in split_programs(text_of(item)):
        if tag not in b.programs:
            b.programs.append(tag)


def _add_xml_alias(b: Builder, f: dict[str, str], ctx: ParseContext) -> None:
    name = _person_name(f)
    if not name:
        ctx.warn(f"record {b.record_id}: alias {f.get('uid', '?')} has no name")
        return
    kind = alias_kind(f.get("type", "a.k.a."))
    if kind is None:
        ctx.warn(f"record {b.record_id}: unknown alias type {f.get('type')!r}; kept as 'aka'")
        kind = "aka"
    if f.get("category", "").lower() == "weak":
        kind = "weak"  # OFAC's "low quality" a.k.a.
    b.add_alias(name, kind)


def _add_xml_address(b: Builder, f: dict[str, str]) -> None:
    street = ", ".join(f[k] for k in ("address1", "address2", "address3") if k in f)
    address = Address(
        street=street or None,
        city=f.get("city"),
        region=f.get("stateOrProvince"),
        postal_code=f.get("postalCode"),
        country=f.get("country"),
    )
    if address != Address():
        b.addresses.append(address)
        b.add_country(address.country)


def _add_xml_id(b: Builder, f: dict[str, str]) -> None:
    id_type, number, country = f.get("idType", ""), f.get("idNumber", ""), f.get("idCountry")
    # Rebuild the CSV remarks spelling as `raw` so both formats read alike.
    raw = f"{id_type} {number}".strip()
    if country:
        raw += f" ({country})"
    if "issueDate" in f:
        raw += f" issued {f['issueDate']}"
    if "expirationDate" in f:
        raw += f" expires {f['expirationDate']}"
    if not number:
        b.add_property("id_without_number", raw)
        return
    apply_typed(b, id_type, number, country, raw)


def _add_xml_nationality(b: Builder, f: dict[str, str]) -> None:
    if country := f.get("country"):
        b.add_nationality(country)


def _add_xml_dob(b: Builder, f: dict[str, str], ctx: ParseContext) -> None:
    if raw := f.get("dateOfBirth"):
        add_birth_dates(b, raw, ctx)


def _add_xml_pob(b: Builder, f: dict[str, str]) -> None:
    if place := f.get("placeOfBirth"):
        b.add_birth_place(place)


def parse_sdn_xml(item: FileItem, run: Run) -> Iterator[BanRecord]:
    """The legacy `sdnList` XML, streamed: one record per sdnEntry."""
    ctx = run.ctx
    declared: int | None = None
    count = 0
    root: Any = None
    try:
        for event, elem in iterparse(item.path, events=("start", "end")):
            if event == "start":
                if root is None:
                    root = elem
                    if local(elem) != "sdnList":
                        raise ctx.error(f"{item.name}: XML root is <{local(elem)}>, not sdnList")
                continue
            if elem.getparent() is not root:
                continue  # nested elements are read with their sdnEntry
            name = local(elem)
            if name == "sdnEntry":
                yield _xml_record(elem, run)
                count += 1
            elif name == "publshInformation":  # sic: OFAC's spelling
                declared_text = text_of(next((c for c in elem if local(c) == "Record_Count"), None))
                declared = int(declared_text) if declared_text and declared_text.isdigit() else None
            else:
                ctx.warn(f"{item.name}: unknown element <{name}> under sdnList ignored")
            # Streaming: drop the finished element and its already-processed siblings.
            release(elem)
    except etree.XMLSyntaxError as exc:
        raise ctx.error(f"{item.name}: malformed XML after {count} entries: {exc}") from exc
    if declared is not None and declared != count:
        ctx.warn(
            f"{item.name}: publshInformation Record_Count says {declared}, "
            f"but {count} sdnEntry elements were parsed"
        )
