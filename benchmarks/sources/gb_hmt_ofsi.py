"""Benchmark input for gb_hmt_ofsi: a full-size synthetic OFSI ConList.csv (2022 format).

In its last years the list had ~4,800 groups on ~14,000 rows (one row per name), 36
columns, a "Last Updated" line before the header, rows sorted by name (so a group's
rows are scattered), long Other Information texts repeated on every row of a group.
This writes the same shape, deterministically, in UTF-8 with a byte-order mark.
"""

from __future__ import annotations

import csv
from pathlib import Path

from benchmarks.common import count_csv_rows

FILE_NAME = "ConList.csv"
GROUPS = 4800
HEADER = (
    "Name 6", "Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Title",
    "Name Non-Latin Script", "Non-Latin Script Type", "Non-Latin Script Language", "DOB",
    "Town of Birth", "Country of Birth", "Nationality", "Passport Number", "Passport Details",
    "National Identification Number", "National Identification Details", "Position",
    "Address 1", "Address 2", "Address 3", "Address 4", "Address 5", "Address 6",
    "Post/Zip Code", "Country", "Other Information", "Group Type", "Alias Type",
    "Alias Quality", "Regime", "Listed On", "UK Sanctions List Date Designated",
    "Last Updated", "Group ID",
)  # fmt: skip
REGIMES = ("Russia", "ISIL (Da'esh) and Al-Qaida", "Syria", "Iran", "Belarus", "Libya")


def _rows(g: int) -> list[dict[str, str]]:
    person = g % 3 != 0
    common = {
        "DOB": f"{g % 28:02d}/{1 + g % 12:02d}/{1950 + g % 40}" if person else "",
        "Nationality": "(1) Russia (2) Cyprus" if person and g % 5 == 0 else "Russia",
        "Passport Number": f"P{g:08d}" if person else "",
        "Passport Details": "Russian passport" if person else "",
        "Address 1": f"{g % 90 + 1} Benchmark Street",
        "Address 6": "Moscow",
        "Country": "Russia",
        "Other Information": f"(UK Sanctions List Ref):RUS{g:04d} " + "Synthetic text. " * 20,
        "Group Type": "Individual" if person else "Entity",
        "Regime": REGIMES[g % len(REGIMES)],
        "Listed On": f"{1 + g % 28:02d}/{1 + g % 12:02d}/{2010 + g % 15}",
        "UK Sanctions List Date Designated": "31/12/2020",
        "Last Updated": "01/06/2025",
        "Group ID": str(10000 + g),
    }
    primary = {"Name 6": f"NAME{g}", "Name 1": "Given" if person else ""}
    primary |= {"Name Non-Latin Script": f"ИМЯ {g}", "Alias Type": "Primary name"}
    rows = [common | primary]
    for i in range(g % 4):  # ~2.9 rows per group on average
        rows.append(common | {"Name 6": f"ALIAS{i} NAME{g}", "Alias Type": "Alias",
                              "Alias Quality": "Good quality" if i else "Low quality"})  # fmt: skip
    return rows


def generate_full(out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    rows = [r for g in range(1, GROUPS + 1) for r in _rows(g)]
    rows.sort(key=lambda r: r["Name 6"])  # scatter each group's rows, as OFSI's file does
    path = out / FILE_NAME
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("Last Updated,01/06/2025\r\n")
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(HEADER)
        for r in rows:
            writer.writerow([r.get(h, "") for h in HEADER])
    return {FILE_NAME: path}


def bare_pass(files: dict[str, Path]) -> int:
    """The cheapest pass: csv.reader over every row."""
    return count_csv_rows(files, encoding="utf-8-sig")
