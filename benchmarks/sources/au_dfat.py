"""Benchmark input for au_dfat: a full-size synthetic DFAT Consolidated List workbook.

The real workbook (2026) has ~3,800 entries on 10,976 rows (one row per name) and 19
columns. This writes the same shape with openpyxl: sheet "Consolidated List", the real
headers, bare references as numbers and alias rows "123a", "123b", ...; individuals
with date cells or text dates, original-script names, entities with addresses,
vessels with IMO numbers, long listing texts repeated on every row of an entry.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from lxml import etree

FILE_NAME = "regulation8_consolidated.xlsx"
ENTRIES = 3811  # the real list's size (April 2026)
_SUFFIXES = "abcdefghijklmnopqrstuvwxyz"

HEADERS = (
    "Reference",
    "Name of Individual or Entity",
    "Type",
    "Name Type",
    "Alias Strength",
    "Date of Birth",
    "Place of Birth",
    "Citizenship",
    "Address",
    "Additional Information",
    "Listing Information",
    "IMO Number",
    "Committees",
    "Control Date",
    "Instrument of Designation",
    "Targeted Financial Sanction",
    "Travel Ban",
    "Arms Embargo",
    "Maritime Restriction",
)
_RU_INSTRUMENT = (
    "Autonomous Sanctions (Designated Persons and Entities and Declared Persons – Russia and "
    "Ukraine) Amendment (No. {n}) Instrument 2024"
)
_UN_LISTING = (
    "Listed by UN 1267 Committee on {d} January 2003 (amended on 3 Sep. 2007, 29 Nov. 2011, "
    "1 May 2019)"
)
_ISIL = "Charter of the United Nations (Sanctions—ISIL (Da’esh) and Al-Qaida) Regulations 2008"


def _entry_rows(ref: int) -> list[list[object]]:
    kind = ref % 10
    aliases = ref % 3  # ~2.9 rows per entry on average, like the real list
    if kind == 9:
        base: dict[str, object] = {
            "Type": "Vessel",
            "IMO Number": 9000000 + ref,
            "Listing Information": "Designated as a sanctioned vessel in the Autonomous "
            "Sanctions (Sanctioned Vessels – Russia) Designation 2025",
            "Committees": "Autonomous (Vessels)",
            "Instrument of Designation": "Autonomous Sanctions (Sanctioned Vessels – Russia) "
            "Designation 2025",
            "Targeted Financial Sanction": False,
            "Travel Ban": False,
            "Maritime Restriction": True,
        }
        names = [f"SYNTHETIC VESSEL {ref}"]
    elif kind in (6, 7, 8):
        base = {
            "Type": "Entity",
            "Address": f"{ref} Synthetic Street, Moscow, 1{ref:05d}, Russia",
            "Additional Information": f"Company identification No. {1027700000000 + ref}; "
            f"Tax ID No.: {7700000000 + ref}",
            "Listing Information": _RU_INSTRUMENT.format(n=ref % 20 + 1),
            "Committees": "Autonomous (Russia)",
            "Instrument of Designation": _RU_INSTRUMENT.format(n=ref % 20 + 1),
            "Targeted Financial Sanction": True,
            "Travel Ban": False,
        }
        names = [f"Joint Stock Company Synthetic {ref}", f"АО Синтетик {ref}"]
    else:
        un = kind in (0, 1)
        dob: object = (
            dt.datetime(1950 + ref % 40, 1 + ref % 12, 1 + ref % 28)
            if ref % 3
            else f"{1950 + ref % 40}, {1951 + ref % 40}, 0{1 + ref % 9}/0{1 + ref % 9}/1960"
        )
        base = {
            "Type": "Individual",
            "Date of Birth": dob,
            "Place of Birth": "a) Moscow, Russia b) Kazan, Russia" if ref % 4 else "Omsk, Russia",
            "Citizenship": "Russia, Ukraine" if ref % 2 else "Afghanistan",
            "Additional Information": f"QDi.{ref}. Synthetic designation text for entry {ref}. "
            f"Passport no: A{ref:07d} (issued 1 Jan. 2010). " + "Further details. " * 10,
            "Listing Information": _UN_LISTING.format(d=1 + ref % 28)
            if un
            else _RU_INSTRUMENT.format(n=ref % 20 + 1),
            "Committees": "1267 Committee (ISIL & Al-Qaida)" if un else "Autonomous (Russia)",
            "Instrument of Designation": _ISIL if un else _RU_INSTRUMENT.format(n=ref % 20 + 1),
            "Targeted Financial Sanction": True,
            "Travel Ban": True,
            "Arms Embargo": un,
        }
        names = [f"Ivan Syntheticovich PERSON{ref}", f"Иван Синтетикович ПЕРСОН{ref}"]
    base["Control Date"] = dt.datetime(2020 + ref % 6, 1 + ref % 12, 1 + ref % 28)
    names += [f"Synthetic Alias {ref}-{i}" for i in range(aliases)]
    rows: list[list[object]] = []
    for i, name in enumerate(names):
        values = dict(base)
        values["Reference"] = ref if i == 0 else f"{ref}{_SUFFIXES[i - 1]}"
        values["Name of Individual or Entity"] = name
        if i == 0:
            values["Name Type"] = "Primary Name"
        elif any("\u0400" <= ch <= "\u04ff" for ch in name):
            values["Name Type"] = "Original Script"
        else:
            values["Name Type"] = "Alias"
            values["Alias Strength"] = "Weak" if i % 4 == 3 else "Strong"
        rows.append([values.get(h, False if h in HEADERS[15:] else None) for h in HEADERS])
    return rows


def generate_full(out: Path) -> dict[str, Path]:
    import openpyxl

    out.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Consolidated List")
    ws.append(list(HEADERS))
    for ref in range(1, ENTRIES + 1):
        for row in _entry_rows(ref):
            ws.append(row)
    path = out / FILE_NAME
    wb.save(path)
    return {FILE_NAME: path}


def bare_pass(files: dict[str, Path]) -> int:
    """Worksheet rows seen by a bare lxml iterparse of the XLSX parts (strings + sheet)."""
    rows = 0
    for path in files.values():
        with zipfile.ZipFile(path) as zf:
            sheets = sorted(n for n in zf.namelist() if n.startswith("xl/worksheets/sheet"))
            for part in ["xl/sharedStrings.xml", *sheets]:
                if part not in zf.namelist():
                    continue
                with zf.open(part) as fh:
                    for _event, elem in etree.iterparse(fh, events=("end",)):
                        if etree.QName(elem).localname == "row":
                            rows += 1
                        if etree.QName(elem).localname in ("row", "si"):
                            elem.clear()
    return rows
