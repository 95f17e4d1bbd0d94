"""Full-size synthetic BIS dpl.txt (~1,000 rows / ~700 orders, like the current list).

Same shape as the real file: tab-delimited, every field in double quotes, a header row,
LF line ends, one row per address (orders with 1-4 addresses, rows sorted by name),
MM/DD/YYYY dates, multi-citation FR_Citation values, the odd leading space in a name.
Content is synthetic and deterministic (seeded); names are made up.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from benchmarks.common import count_csv_rows

FILE_NAME = "dpl.txt"
ORDERS = 700
HEADER = (
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
SYLLABLES = ("ka", "ro", "mi", "na", "shi", "vel", "dor", "tan", "lu", "zar", "bek", "ov")
PLACES = (
    ("RICHARDSON", "TX", "US"),
    ("MIAMI", "FL", "US"),
    ("DUBAI", "", "AE"),
    ("MOSCOW", "", "RU"),
)


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).upper()


def generate_full(out: Path) -> dict[str, Path]:
    """Write dpl.txt into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(700)
    orders = []
    for _ in range(ORDERS):
        name = f"{_word(rng, 2)} {_word(rng, 3)}"
        if rng.random() < 0.2:
            name += " TRADING LLC"
        if rng.random() < 0.02:
            name = " " + name
        month, day, year = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1985, 2025)
        effective = f"{month:02d}/{day:02d}/{year}"
        expiration = f"{month:02d}/{day:02d}/{year + rng.choice((5, 10, 20, 50))}"
        fr = ", ".join(
            f"{rng.randint(50, 89)} F.R. {rng.randint(1000, 99999)} {month}/{day}/{year}"
            for _ in range(rng.choice((1, 1, 2, 4, 8)))
        )
        for _ in range(rng.choice((1, 1, 1, 2, 3, 4))):
            city, state, country = rng.choice(PLACES)
            street = f"{rng.randint(1, 9999)} {_word(rng, 2)} DRIVE"
            orders.append(
                [
                    name,
                    street,
                    city,
                    state,
                    country,
                    str(rng.randint(10000, 99999)),
                    effective,
                    expiration,
                    rng.choice("YYYYYYN"),
                    f"{year}-{month:02d}-{day:02d}",
                    "FR NOTICE ADDED",
                    fr,
                ]
            )
    orders.sort(key=lambda r: r[0])
    path = out / FILE_NAME
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(orders)
    return {FILE_NAME: path}


def bare_pass(files: dict[str, Path]) -> int:
    """The cheapest pass over the same file: csv.reader rows (tab-delimited)."""
    return count_csv_rows(files, delimiter="\t")
