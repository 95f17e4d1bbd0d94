"""Demo data for us_bis_dpl: BIS's dpl.txt (Denied Persons List), two days.

The format, as BIS serves it: tab-delimited text, a header row, every field in double
quotes, LF line ends; ONE ROW PER ADDRESS (a party with three addresses under one
order has three rows that repeat the order's dates and citations); dates MM/DD/YYYY
except Last_Update (YYYY-MM-DD); names sometimes start with a stray space.

The rows are real DPL rows (from the 2019 list, values as BIS published them; the four
AL NASER AIRLINES rows are simplified to share one citation list) plus the April 2022
temporary denial order against PJSC Aeroflot. Record ids are the parser's:
a hash of the normalised name and the ISO effective date.
"""

# No `from __future__ import annotations`: generate_demo.py loads this file without
# registering it in sys.modules, and dataclasses then cannot resolve string annotations.
import csv
import hashlib
import io
from dataclasses import dataclass, field, replace
from pathlib import Path

from demo_common import DAYS, SourceResult, compare_days, source, write_bytes

SOURCE_ID = "us_bis_dpl"
FILE_NAME = "dpl.txt"
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


@dataclass(frozen=True)
class Addr:
    street: str = ""
    city: str = ""
    state: str = ""
    country: str = ""
    postal: str = ""


@dataclass(frozen=True)
class Order:
    """One party under one denial order; rendered as one row per address."""

    name: str
    effective: str  # MM/DD/YYYY
    expiration: str
    addresses: tuple[Addr, ...]
    last_update: str
    action: str
    fr: str
    standard: str = "Y"
    # Per-address overrides of (last_update, action), as BIS updates rows one by one.
    row_updates: tuple[tuple[int, str, str], ...] = ()
    note: str = field(default="", compare=False)

    @property
    def record_id(self) -> str:
        """The parser's id: hash of the normalised name and the ISO effective date."""
        month, day, year = self.effective.split("/")
        key = f"{' '.join(self.name.split()).casefold()}\x1f{year}-{month}-{day}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    def rows(self) -> list[list[str]]:
        out = []
        updates = {i: (u, a) for i, u, a in self.row_updates}
        for i, a in enumerate(self.addresses):
            last_update, action = updates.get(i, (self.last_update, self.action))
            out.append(
                [
                    self.name,
                    a.street,
                    a.city,
                    a.state,
                    a.country,
                    a.postal,
                    self.effective,
                    self.expiration,
                    self.standard,
                    last_update,
                    action,
                    self.fr,
                ]
            )
        return out


SEAGOVILLE = Addr(
    "UPON THE DATE OF THE ORDER INCARCERATED AT USM NO: 26265-177, FCI SEAGOVILLE, "
    "2113 NORTH HIGHWAY 175",
    "SEAGOVILLE",
    "TX",
    "US",
    "75159",
)
TRAIL_LAKE = Addr("605 TRAIL LAKE DRIVE", "RICHARDSON", "TX", "US", "75081")
AL_NASER_FR = (
    "80 F.R. 30435 5/28/15, 80 F.R. 44930 7/28/15, 82 F.R. 2312 1/9/2017, 82 F.R. 30823 "
    "7/3/2017, 82 F.R. 61745 12/29/2017, 83 F.R. 28801 6/21/2018, 83 F.R. 64518 12/17/2018,  "
    "84 F.R. 27233 6/12/2019"
)
TDO_ACTION = (
    "EFFECTIVE & EXPIRATION DATE CORRECTED, F.R. NOTICE UPDATED, TDO RENEWAL, F.R. NOTICE "
    "ADDED, TDO RENEWAL ADDED, F.R. NOTICE UPDATED, TDO RENEWAL ADDED, F.R. NOTICE ADDED"
)

DAY1: tuple[Order, ...] = (
    Order(
        " ADRIAN MANUEL HERNANDEZ",
        "10/16/2017",
        "10/13/2020",
        (Addr("3037 S. 69TH DRIVE", "PHONEIX", "AZ", "", "85043"),),
        "2017-10-23",
        "FR NOTICE ADDED",
        "82 F.R. 48792 10/20/2017",
        note="denial order of 16 Oct 2017, expired 13 Oct 2020",
    ),
    Order(
        " I. ASH",
        "06/19/2003",
        "06/29/2056",
        (SEAGOVILLE,),
        "2006-07-11",
        "50 YEAR DENIAL",
        "68 F.R. 38290 6/27/03 71 F.R. 38843 7/10/06",
    ),
    Order(
        "(SEAN) NAGHIBI",
        "09/26/2013",
        "09/26/2019",
        (Addr("9426 BLESSING DRIVE", "PLEASANTON", "CA", "US", "94588"),),
        "2013-10-18",
        "FR NOTICE ADDED",
        "78 F.R. 61949 10/8/13",
    ),
    Order(
        "AARON ROBERT HENDERSON",
        "05/28/2010",
        "09/18/2019",
        (Addr("740 JESSIE ST.", "NORTH LIBERTY", "IA", "US", "52317"),),
        "2010-06-09",
        "10 YEAR DENIAL/F.R. NOTICE UPDATED",
        "75 F.R. 32740 6/9/10",
    ),
    Order(
        "ABDULAH AL NASSER",
        "03/04/2002",
        "06/29/2056",
        (
            TRAIL_LAKE,
            Addr("908 AUDELIA ROAD, SUIE 200, PMB #245", "RICHARDSON", "TX", "US", "75081"),
        ),
        "2006-07-11",
        "50 YEAR DENIAL",
        "67 F.R. 56530 9/4/02 67 F.R. 10890 3/11/02 71 F.R. 38843 7/10/06",
    ),
    Order(
        "ABDULAMIR MAHDI",
        "10/03/2003",
        "10/03/2023",
        (Addr("20 HUNTINGWOOD DRIVE", "SCARBOROUGH, ONTARIO", "", "CA", "M1W1A2"),),
        "2003-10-06",
        "NON STANDARD DENIAL",
        "68 F.R. 57406 10/3/03",
        standard="N",
    ),
    Order(
        "AL NASER AIRLINES",
        "06/05/2019",
        "12/03/2019",
        (
            Addr("AL AMIRAT STREET, SECTION 309, ST. 3/H.20, AL MANSOUR", "BAGHDAD", "", "IQ"),
            Addr(
                "HOME 46, AL-KARRADA, BABIL REGION, DISTRICT 929, ST 21, BESIDE AL JADIRYA "
                "PRIVATE HOSPITAL",
                "BAGHDAD",
                "",
                "IQ",
            ),
            Addr("P.O. BOX 28360", "DUBAI", "", "AE"),
            Addr("P.O. BOX 911399", "AMMAN", "", "JO", "11191"),
        ),
        "2019-06-12",
        TDO_ACTION,
        AL_NASER_FR,
    ),
    Order(
        "ALI M HIJAZI",
        "09/01/1981",
        "",
        (Addr("", "GENEVA", "", "CH"), Addr("185 SEPTEMBER STREET", "TRIPOLI", "", "LY")),
        "2000-04-05",
        "",
        "46 F.R. 44803 9/8/81",
    ),
    Order(
        "I. ASH",
        "03/04/2002",
        "06/29/2056",
        (TRAIL_LAKE, Addr("908 AUDELIA ROAD, SUITE 200 #245", "RICHARDSON", "TX", "US", "75081")),
        "2006-07-11",
        "50 YEAR DENIAL",
        "67 F.R. 56530 9/4/02 67 F.R. 10890 3/11/02 71 F.R. 38843 7/10/06",
    ),
    Order(
        "MAHAN AIRWAYS",
        "06/05/2019",
        "12/03/2019",
        (Addr("MAHAN TOWER, NO. 21, AZADEGAN ST., M.A. JENAH EXP. WAY", "TEHRAN", "", "IR"),),
        "2019-06-12",
        "EFFECTIVE & EXPIRATION DATE CORRECTED & F.R. NOTICE UPDATED, TDO RENEWAL, F.R. "
        "NOTICE ADDED & TDO RENEWAL ADDED, F.R. NOTICE UPDATED, TDO RENEWAL ADDED, F.R. "
        "NOTICE ADDED",
        "73 F.R. 15130 3/21/08, 73 F.R. 43208 7/24/08, 73 F.R. 57052 10/1/2008, 74 F.R. 12836 "
        "03/25/09, 75 F.R. 13079 3/18/2010, 75 F.R. 56052 9/15/10, 76 F.R. 12318 3/7/11, "
        "76 F.R. 41757 7/15/11, 76 F.R. 54198 8/31/11, 77 F.R. 10719 2/23/12, 77 F.R. 48960 "
        "8/15/12, 78 F.R. 9359 2/8/13, 78 F.R. 48138 8/7/13, 79 F.R. 4871 1/30/14, 79 F.R. "
        "44002 7/29/14, 80 F.R. 3552 1/23/15, 80 F.R. 44930 7/28/15 , 81 F.R. 45276 7/13/2016, "
        "82 F.R. 2312 1/9/2017, 82 F.R. 30823 7/3/2017, 82 F.R. 61745 12/29/2017, 83 F.R. "
        "28801 6/21/2018, 83 F.R. 64518 12/17/2018, 84 F.R. 27233 6/12/2019",
    ),
    Order(
        "TETRABAL CORPORATION, INC",
        "09/06/2001",
        "06/29/2056",
        (
            Addr("316 CANDLEWOOD PLACE", "RICHARDSON", "TX", "US", "75081"),
            TRAIL_LAKE,
            Addr("908 AUDELIA ROAD, SUITE 200, PMB #245", "RICHARDSON", "TX", "US", "75081"),
        ),
        "2007-01-31",
        "DENIED UNTIL 2056",
        "67 F.R. 56530 9/4/02 67 F.R. 10890 3/11/02 66 F.R. 47630 9/13/01 72 F.R. 4236 1/30/07",
    ),
)

# 7 Apr 2022: BIS temporarily denies the export privileges of PJSC Aeroflot for 180
# days (order published 12 Apr 2022, FR Doc. 2022-07768, 87 FR 21611).
AEROFLOT = Order(
    "PJSC AEROFLOT",
    "04/07/2022",
    "10/04/2022",
    (Addr("1 ARBAT ST.", "MOSCOW", "", "RU", "119019"),),
    "2022-04-12",
    "FR NOTICE ADDED",
    "87 F.R. 21611 4/12/2022",
    note="temporary denial order of 7 Apr 2022 (180 days), 87 F.R. 21611",
)
# Real DPL row, held back from day 1 so that day 2 adds two parties.
BAHRAMI = Order(
    "MEHDI BAHRAMI",
    "06/05/2019",
    "12/03/2019",
    (
        Addr(
            "MAHAN AIRWAYS- ISTANBUL OFFICE CUMHURIYE CAD. SIBIL APT NO: 101 D:6 34374 "
            "EMADAD, SISLI",
            "ISTANBUL",
            "",
            "TR",
        ),
    ),
    "2019-06-12",
    "EFFECTIVE & EXPIRATION DATE CORRECTED & F.R. NOTICE UPDATED, TDO RENEWAL, F.R. NOTICE "
    "ADDED, TDO RENEWAL ADDED, F.R. NOTICE UPDATED, TDO RENEWAL ADDED, F.R. NOTICE ADDED",
    "78 F.R. 9359 2/8/13, 78 F.R. 48138 8/7/13, 79 F.R. 4871 1/30/14, 79 F.R. 44002 7/29/14, "
    "80 F.R. 3552 1/23/15, 80 F.R. 44930 7/28/15, 81 F.R. 45276 7/13/2016, 82 F.R. 2312 "
    "1/9/2017, 82 F.R. 30823 7/3/2017, 82 F.R. 61745 12/29/2017, 83 F.R. 28801 6/21/2018, "
    "83 F.R. 64518 12/17/2018,  84 F.R. 27233 6/12/2019",
    note="Mahan Airways' Istanbul office, under the Mahan Airways TDO renewal of 5 Jun 2019",
)


def day2_orders(day1: tuple[Order, ...]) -> tuple[Order, ...]:
    """Day 1 plus 2 new orders, 1 expired order gone, 2 orders amended."""
    orders = []
    for o in day1:
        if o.name == " ADRIAN MANUEL HERNANDEZ":
            continue  # the denial expired (13 Oct 2020) and BIS dropped the rows
        if o.name == " I. ASH":  # a 2007 Federal Register notice added (real history)
            o = replace(
                o,
                last_update="2007-01-31",
                action="FEDERAL REGISTER NOTICE UPDATED",
                fr=o.fr + " 72 F.R. 4236 1/30/07",
            )
        if o.name == "ALI M HIJAZI":  # an address added in 2018 (real history)
            o = replace(
                o,
                addresses=(Addr("", "HAUTE SAVOIE", "", "FR"), *o.addresses),
                row_updates=((0, "2018-06-13", "ADDRESS ADDED"),),
            )
        orders.append(o)
    orders += [AEROFLOT, BAHRAMI]
    # dpl.txt is sorted by name; the leading space of " I. ASH" sorts it first.
    return tuple(sorted(orders, key=lambda o: (o.name, o.effective)))


def render(orders: tuple[Order, ...]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(HEADER)
    for o in orders:
        writer.writerows(o.rows())
    return out.getvalue().encode("utf-8")


@source(SOURCE_ID)
def us_bis_dpl(out: Path) -> SourceResult:
    day1 = tuple(sorted(DAY1, key=lambda o: (o.name, o.effective)))
    day2 = day2_orders(day1)
    for orders in (day1, day2):
        if len({o.record_id for o in orders}) != len(orders):
            raise ValueError("two demo orders share a record id")
    for label, orders in zip(DAYS, (day1, day2), strict=True):
        write_bytes(out / label / SOURCE_ID / FILE_NAME, render(orders))

    old = {o.record_id: o for o in day1}
    new = {o.record_id: o for o in day2}
    diff = compare_days(old, new)
    added, removed, modified = diff.added, diff.removed, diff.modified
    if (len(added), len(removed), len(modified)) != (2, 1, 2):
        raise ValueError(f"unexpected change set: {added=} {removed=} {modified=}")
    rows1 = sum(len(o.addresses) for o in day1)
    rows2 = sum(len(o.addresses) for o in day2)
    md = [
        "## us_bis_dpl (BIS Denied Persons List, dpl.txt)",
        "",
        f"Day 1: {len(day1)} orders in {rows1} rows (one row per address). Day 2: "
        f"{len(day2)} orders in {rows2} rows ({len(added)} added, {len(removed)} removed, "
        f"{len(modified)} modified). Identifiers are the parser's record ids (hash of the "
        "normalised name and the effective date).",
        "",
        f"### Added ({len(added)})",
        "",
    ]
    md += [f"- `{k}` {new[k].name.strip()}: {new[k].note}" for k in added]
    md += ["", f"### Removed ({len(removed)})", ""]
    md += [f"- `{k}` {old[k].name.strip()}: {old[k].note}" for k in removed]
    md += ["", f"### Modified ({len(modified)})", ""]
    for k in modified:
        before, after = old[k], new[k]
        changes = []
        if before.fr != after.fr:
            changes.append(f"FR_Citation `{before.fr}` -> `{after.fr}`")
        if before.addresses != after.addresses:
            changes.append(f"{len(after.addresses) - len(before.addresses)} address row(s) added")
        if before.action != after.action or before.row_updates != after.row_updates:
            changes.append("Action/Last_Update updated")
        md.append(
            f"- `{k}` {after.name.strip()} (order of {after.effective}): " + "; ".join(changes)
        )
    return SourceResult(diff.expected(), "\n".join(md) + "\n")
