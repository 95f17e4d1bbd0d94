"""Full-size synthetic OFAC SDN CSV set (~18,000 entries, like the 2025 list).

Same shapes and quirks as the real export (no header, CRLF, `-0- ` nulls, Ctrl-Z at
EOF, programs packed as `SDGT] [IFSR`, remarks over 1000 characters continued in
SDN_COMMENTS.CSV, DOB/POB/passport/IMO tokens inside the remarks). Content is
synthetic and deterministic (seeded); names are made up.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path

from benchmarks.common import count_csv_rows

ENTRIES = 18_000
REMARKS_LIMIT = 1000
NULL = "-0- "
PROGRAMS = (
    "SDGT",
    "RUSSIA-EO14024",
    "IRAN",
    "IFSR",
    "NPWMD",
    "SDNTK",
    "CYBER2",
    "DPRK3",
    "GLOMAG",
    "UKRAINE-EO13661",
    "VENEZUELA-EO13850",
    "SYRIA",
    "IRGC",
    "TCO",
)
COUNTRIES = ("Russia", "Iran", "China", "United Arab Emirates", "Syria", "Venezuela", "Turkey")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SYLLABLES = ("ka", "ro", "mi", "na", "shi", "vel", "dor", "tan", "lu", "zar", "bek", "ov", "in")


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _field(value: str | int) -> str:
    if isinstance(value, int):
        return str(value)
    return f'"{value}"' if value else NULL


def _line(*fields: str | int) -> str:
    return ",".join(_field(f) for f in fields)


def _write(path: Path, lines: Iterable[str]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for line in lines:
            fh.write(line + "\r\n")
        fh.write("\x1a")
    return path


def generate_full(out: Path) -> dict[str, Path]:
    """Write SDN.CSV, ADD.CSV, ALT.CSV and SDN_COMMENTS.CSV into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(18_000)
    sdn: list[str] = []
    add: list[str] = []
    alt: list[str] = []
    comments: list[str] = []
    add_num = alt_num = 0
    for i in range(ENTRIES):
        ent = 10_000 + i * 3
        kind = rng.random()
        programs = "] [".join(rng.sample(PROGRAMS, rng.choice((1, 1, 1, 2, 3))))
        country = rng.choice(COUNTRIES)
        remarks: list[str] = []
        sdn_type, name = "", ""
        call_sign = vess_type = flag = ""
        if kind < 0.5:
            sdn_type = "individual"
            name = f"{_word(rng, 3).upper()}, {_word(rng, 2)} {_word(rng, 3)}"
            year = rng.randint(1940, 2000)
            remarks.append(f"DOB {rng.randint(1, 28):02d} {rng.choice(MONTHS)} {year}")
            if rng.random() < 0.3:
                remarks.append(f"alt. DOB {year + 1}")
            remarks.append(f"POB {_word(rng, 3)}, {country}")
            remarks.append(f"nationality {country}")
            remarks.append(f"Gender {rng.choice(('Male', 'Female'))}")
            if rng.random() < 0.6:
                remarks.append(f"Passport {rng.randint(10**8, 10**9 - 1)} ({country})")
        elif kind < 0.9:
            name = f"{_word(rng, 3).upper()} {rng.choice(('TRADING', 'BANK', 'LLC', 'GROUP'))}"
            remarks.append(f"Registration Number {rng.randint(10**9, 10**10 - 1)} ({country})")
            remarks.append(f"Website www.{_word(rng, 3).lower()}.example")
        elif kind < 0.95:
            sdn_type = "vessel"
            name = f"{_word(rng, 2).upper()} {_word(rng, 2).upper()}"
            call_sign, vess_type, flag = f"{rng.randint(1000, 9999)}X", "Crude Oil Tanker", country
            remarks.append(
                f"Vessel Registration Identification IMO {rng.randint(9000000, 9999999)}"
            )
        else:
            sdn_type = "aircraft"
            name = f"{rng.randint(1000, 9999)}-{_word(rng, 2).upper()}"
            remarks.append(f"Aircraft Model {_word(rng, 2)}; Aircraft Operator {_word(rng, 3)}")
        if rng.random() < 0.4:
            remarks.append(f"Linked To: {_word(rng, 3).upper()} GROUP")
        if rng.random() < 0.5:
            remarks.append(f"a.k.a. '{_word(rng, 3).upper()}'")
        if i % 97 == 0:  # a long remarks field, cut and continued in SDN_COMMENTS.CSV
            remarks += [f"Digital Currency Address - XBT 1{_word(rng, 12)}" for _ in range(30)]
        text = "; ".join(remarks) + "."
        head, rest = text[:REMARKS_LIMIT], text[REMARKS_LIMIT:]
        sdn.append(
            _line(ent, name, sdn_type, programs, "", call_sign, vess_type, "", "", flag, "", head)
        )
        if rest:
            comments.append(_line(ent, rest))
        for _ in range(rng.choice((1, 1, 2, 3))):
            add_num += 1
            add.append(
                _line(
                    ent,
                    add_num,
                    f"{rng.randint(1, 99)} {_word(rng, 3)} Street",
                    f"{_word(rng, 2)} {rng.randint(10000, 99999)}",
                    country,
                    "",
                )
            )
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            alt_num += 1
            alt.append(
                _line(
                    ent,
                    alt_num,
                    rng.choice(("aka", "aka", "fka")),
                    f"{_word(rng, 3).upper()} {_word(rng, 2).upper()}",
                    "",
                )
            )
    return {
        "SDN.CSV": _write(out / "SDN.CSV", sdn),
        "ADD.CSV": _write(out / "ADD.CSV", add),
        "ALT.CSV": _write(out / "ALT.CSV", alt),
        "SDN_COMMENTS.CSV": _write(out / "SDN_COMMENTS.CSV", comments),
    }


def bare_pass(files: dict[str, Path]) -> int:
    """The cheapest pass over the same files: csv.reader rows."""
    return count_csv_rows(files)
