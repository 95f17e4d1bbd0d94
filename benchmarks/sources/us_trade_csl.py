"""Full-size synthetic trade.gov consolidated.csv (~30,000 rows, like the 2026 CSL).

Same shape as the real file: header row, 29 columns all in double quotes, LF line
ends, UTF-8; the row mix follows the real list (SDN ~60%, EL ~25%, SSI, MEU, DPL, ISN,
DTC, UVL, FSE, PLC, CAP, CMIC); OFAC rows have their entity number as `_id`, the
others a 56-hex hash; "; "-packed aliases (some Cyrillic/Chinese), addresses, ids,
programs and dates of birth; BIS "; and" lists; multi-citation FR notices. Content is
synthetic and deterministic (seeded); names are made up.
"""

from __future__ import annotations

import csv
import hashlib
import random
from pathlib import Path

from benchmarks.common import count_csv_rows

FILE_NAME = "consolidated.csv"
ROWS = 30_000
COLUMNS = (
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
# (source value, weight, OFAC list?)
LISTS = (
    ("Specially Designated Nationals (SDN) - Treasury Department", 60, True),
    ("Entity List (EL) - Bureau of Industry and Security", 25, False),
    ("Sectoral Sanctions Identifications List (SSI) - Treasury Department", 3, True),
    ("Military End User (MEU) List - Bureau of Industry and Security", 2, False),
    ("Denied Persons List (DPL) - Bureau of Industry and Security", 3, False),
    ("Nonproliferation Sanctions (ISN) - State Department", 2, False),
    ("ITAR Debarred (DTC) - State Department", 2, False),
    ("Unverified List (UVL) - Bureau of Industry and Security", 1, False),
    ("Foreign Sanctions Evaders (FSE) - Treasury Department", 1, True),
    ("Palestinian Legislative Council List (PLC) - Treasury Department", 1, True),
    ("Capta List (CAP) - Treasury Department", 1, True),
    (
        "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department",
        1,
        True,
    ),
)
PROGRAMS = ("SDGT", "RUSSIA-EO14024", "IRAN", "IFSR", "NPWMD", "SDNTK", "CYBER2", "DPRK3")
COUNTRIES = ("RU", "IR", "CN", "AE", "SY", "VE", "TR", "HK", "BY", "KP")
CITIES = ("Moscow", "Tehran", "Shenzhen", "Dubai", "Damascus", "Caracas", "Istanbul", "Minsk")
SYLLABLES = ("ka", "ro", "mi", "na", "shi", "vel", "dor", "tan", "lu", "zar", "bek", "ov")
CYRILLIC = ("ка", "ро", "ми", "на", "ши", "вел", "дор", "тан")
HAN = ("华", "为", "技", "术", "有", "限", "公", "司")


def _word(rng: random.Random, parts: int, alphabet: tuple[str, ...] = SYLLABLES) -> str:
    return "".join(rng.choice(alphabet) for _ in range(parts)).capitalize()


def _row(i: int, rng: random.Random) -> dict[str, str]:
    source, _, is_ofac = rng.choices(LISTS, weights=[w for _, w, _ in LISTS])[0]
    country = rng.choice(COUNTRIES)
    row: dict[str, str] = {"source": source, "source_list_url": "https://example.gov/list"}
    row["source_information_url"] = row["source_list_url"]
    addresses = [
        f"{rng.randint(1, 200)} {_word(rng, 2)} Street, {rng.choice(CITIES)}, "
        f"{rng.randint(100000, 999999)}, {country}"
        for _ in range(rng.choice((1, 1, 2, 3)))
    ]
    aliases = [f"{_word(rng, 3)} {_word(rng, 2)}" for _ in range(rng.choice((0, 1, 2, 4)))]
    if rng.random() < 0.1:
        aliases.append(_word(rng, 3, CYRILLIC if rng.random() < 0.5 else HAN))
    if is_ofac:
        number = str(10_000 + i)
        row.update(_id=number, entity_number=number)
        kind = rng.random()
        row["programs"] = "; ".join(rng.sample(PROGRAMS, rng.choice((1, 1, 2))))
        if kind < 0.45:
            row["type"] = "Individual"
            row["name"] = f"{_word(rng, 3).upper()}, {_word(rng, 2)} {_word(rng, 3)}"
            row["dates_of_birth"] = rng.choice(
                (f"19{rng.randint(40, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                 f"19{rng.randint(40, 99)}", f"circa 19{rng.randint(40, 99)}")
            )  # fmt: skip
            row["nationalities"] = country
            row["places_of_birth"] = f"{rng.choice(CITIES)}, {country}"
            row["ids"] = f"Passport, {rng.randint(10**8, 10**9)}, {country}; Gender, Male"
        elif kind < 0.55:
            row["type"] = "Vessel"
            row["name"] = _word(rng, 3).upper()
            row["vessel_type"], row["vessel_flag"] = "Crude Oil Tanker", "Panama"
            row["ids"] = (
                f"Vessel Registration Identification, IMO {rng.randint(9000000, 9999999)}; "
                "Secondary sanctions risk:, See Section 11 of Executive Order 14024."
            )
        else:
            row["type"] = "Entity"
            row["name"] = f"{_word(rng, 3).upper()} {rng.choice(('LLC', 'LTD', 'JSC', 'OOO'))}"
            row["ids"] = (
                f"Registration Number, {rng.randint(10**12, 10**13)}, {country}; "
                f"Website, www.{_word(rng, 2).lower()}.com; "
                "Executive Order 13662 Directive Determination -, Subject to Directive 1"
            )
        row["remarks"] = rng.choice(("", "(Linked To: " + _word(rng, 3).upper() + ")"))
    else:
        row["_id"] = hashlib.sha224(f"{source}|{i}".encode()).hexdigest()
        row["name"] = f"{_word(rng, 3)} {_word(rng, 2)} Co., Ltd."
        row["start_date"] = f"20{rng.randint(10, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        row["federal_register_notice"] = rng.choice(
            (f"8{rng.randint(0, 9)} FR {rng.randint(10000, 99999)}",
             f"8{rng.randint(0, 9)} FR {rng.randint(10000, 99999)}; 89 FR 52362")
        )  # fmt: skip
        row["license_requirement"] = "For all items subject to the EAR. (See §744.11 of the EAR)"
        row["license_policy"] = "Presumption of denial."
        if "DPL" in source:
            row["end_date"], row["standard_order"] = "2030-01-01", "Y"
        if aliases:
            aliases[-1] = "and " + aliases[-1]
    row["addresses"] = "; ".join(addresses)
    row["alt_names"] = "; ".join(aliases)
    return row


def generate_full(out: Path) -> dict[str, Path]:
    """Write consolidated.csv into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(30_000)
    path = out / FILE_NAME
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(COLUMNS)
        for i in range(ROWS):
            row = _row(i, rng)
            writer.writerow([row.get(c, "") for c in COLUMNS])
    return {FILE_NAME: path}


def bare_pass(files: dict[str, Path]) -> int:
    """The cheapest pass over the same file: csv.reader rows."""
    return count_csv_rows(files)
