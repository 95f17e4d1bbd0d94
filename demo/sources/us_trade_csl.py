"""Demo data for us_trade_csl: trade.gov's consolidated.csv (current layout), two days.

The format, as trade.gov serves it: a header row, then one row per list entry with all
29 fields in double quotes, LF line ends, UTF-8. Multi-valued fields are joined with
"; " (alt_names, addresses, ids, programs, dates_of_birth, ...); an address is
"street, city, state, postal code, ISO country code" with blank parts left out; an id
is "type, number[, country code]". `_id` is the OFAC entity number for OFAC lists and
an opaque hex hash for the others. The parser's record id is `_id` for the others and
"<entity number>@<list code>" for OFAC lists (a party can be on several of them).

Entries are real public listings, to the best of our knowledge. OFAC entity numbers
are the demo numbers of the us_ofac_sdn demo (not the official ones), so the same
entry carries the same number in both demos; the `_id` of non-OFAC rows is a
SHA-224 of list and name, generated here like trade.gov's opaque ids. Dates of birth
and identifiers are only given where known.
"""

# No `from __future__ import annotations`: generate_demo.py loads this file without
# registering it in sys.modules, and dataclasses then cannot resolve string annotations.
import csv
import hashlib
import io
from dataclasses import dataclass, field, replace
from pathlib import Path

from demo_common import DAYS, SourceResult, compare_days, source, write_bytes

SOURCE_ID = "us_trade_csl"
FILE_NAME = "consolidated.csv"

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

EL = "Entity List (EL) - Bureau of Industry and Security"
MEU = "Military End User (MEU) List - Bureau of Industry and Security"
UVL = "Unverified List (UVL) - Bureau of Industry and Security"
DPL = "Denied Persons List (DPL) - Bureau of Industry and Security"
ISN = "Nonproliferation Sanctions (ISN) - State Department"
DTC = "ITAR Debarred (DTC) - State Department"
SDN = "Specially Designated Nationals (SDN) - Treasury Department"
SSI = "Sectoral Sanctions Identifications List (SSI) - Treasury Department"
FSE = "Foreign Sanctions Evaders (FSE) - Treasury Department"
PLC = "Palestinian Legislative Council List (PLC) - Treasury Department"

BIS_LISTS = "https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern"
URLS: dict[str, tuple[str, str]] = {  # list -> (source_list_url, source_information_url)
    EL: (f"{BIS_LISTS}/entity-list", f"{BIS_LISTS}/entity-list"),
    MEU: (BIS_LISTS, BIS_LISTS),
    UVL: (f"{BIS_LISTS}/unverified-list", f"{BIS_LISTS}/unverified-list"),
    DPL: (
        "https://www.bis.doc.gov/index.php/the-denied-persons-list",
        f"{BIS_LISTS}/denied-persons-list",
    ),
    ISN: (
        "https://www.state.gov/key-topics-bureau-of-international-security-and-"
        "nonproliferation/nonproliferation-sanctions/",
    )
    * 2,
    DTC: (
        "https://www.pmddtc.state.gov/ddtc_public?id=ddtc_kb_article_page&"
        "sys_id=c22d1833dbb8d300d0a370131f9619f0",
    )
    * 2,
    SDN: (
        "https://sanctionslist.ofac.treas.gov/Home/SdnList",
        "https://home.treasury.gov/policy-issues/financial-sanctions/specially-designated-"
        "nationals-and-blocked-persons-list-sdn-human-readable-lists",
    ),
    SSI: (
        "https://sanctionslist.ofac.treas.gov/Home/ConsolidatedList",
        "https://ofac.treasury.gov/other-ofac-sanctions-lists",
    ),
}
URLS[FSE] = URLS[PLC] = URLS[SSI]
OFAC_CODES = {SDN: "SDN", SSI: "SSI", FSE: "FSE", PLC: "PLC"}  # list -> the parser's code

RU_SECONDARY = "Secondary sanctions risk:, See Section 11 of Executive Order 14024."
UA_DIRECTIVE_1 = "Executive Order 13662 Directive Determination -, Subject to Directive 1"
DPRK_SECONDARY = (
    "Secondary sanctions risk:, North Korea Sanctions Regulations, sections 510.201 and "
    "510.210; Transactions Prohibited For Persons Owned or Controlled By U.S. Financial "
    "Institutions:, North Korea Sanctions Regulations section 510.214"
)
UA_DIRECTIVES = (
    "For more information on directives, please visit the following link: "
    "http://www.treasury.gov/resource-center/sanctions/Programs/Pages/ukraine.aspx#directives."
)
EL_ALL_ITEMS = "For all items subject to the EAR. (See §744.11 of the EAR)"


@dataclass(frozen=True)
class Row:
    """One CSL row; field names are the CSV columns (`id` is `_id`)."""

    source: str
    name: str
    entity_number: str = ""
    type: str = ""
    programs: str = ""
    title: str = ""
    addresses: str = ""
    federal_register_notice: str = ""
    start_date: str = ""
    end_date: str = ""
    standard_order: str = ""
    license_requirement: str = ""
    license_policy: str = ""
    vessel_type: str = ""
    vessel_flag: str = ""
    remarks: str = ""
    alt_names: str = ""
    citizenships: str = ""
    dates_of_birth: str = ""
    nationalities: str = ""
    places_of_birth: str = ""
    ids: str = ""
    note: str = field(default="", compare=False)  # for CHANGES.md, not written

    @property
    def id(self) -> str:
        if self.entity_number:
            return self.entity_number
        key = f"{self.source}|{self.name}".encode()
        return hashlib.sha224(key).hexdigest()

    @property
    def record_id(self) -> str:
        """The id the parser gives the row: `_id`, with the list code after an OFAC
        entity number ("9647@SDN")."""
        return f"{self.id}@{OFAC_CODES[self.source]}" if self.entity_number else self.id

    def cells(self) -> list[str]:
        list_url, info_url = URLS[self.source]
        values = {c: str(getattr(self, c, "")) for c in COLUMNS if c != "_id"}
        values.update(_id=self.id, source_list_url=list_url, source_information_url=info_url)
        return [values.get(c, "") for c in COLUMNS]


def ofac(number: int, list_name: str, type_: str, name: str, programs: str, **kw: str) -> Row:
    return Row(list_name, name, entity_number=str(number), type=type_, programs=programs, **kw)


DAY1: tuple[Row, ...] = (
    # --- BIS Entity List ------------------------------------------------------------
    Row(
        EL,
        "Huawei Technologies Co., Ltd.",
        addresses="Bantian Huawei Base, Longgang District, Shenzhen, 518129, CN",
        federal_register_notice="84 FR 22961",
        start_date="2019-05-21",
        alt_names="Huawei",
    ),
    Row(
        EL,
        "Semiconductor Manufacturing International Corporation",
        addresses="Shanghai, CN",
        federal_register_notice="85 FR 83416",
        start_date="2020-12-22",
        alt_names="SMIC",
    ),
    Row(
        EL,
        "China Electronics Technology Group Corporation 13th Research Institute (CETC 13)",
        addresses="113 Hezuo Road, Shijiazhuang, Hebei, China; and 21 Changsheng Street, "
        "Shijiazhuang, Hebei, China, Shijiazhuang, Hebei Province, CN",
        federal_register_notice="83 FR 37423; 87 FR 77505",
        start_date="2018-08-01",
        alt_names="Hebei Semiconductor Research Institute; HSRI; and CETC Research Institute 13",
    ),
    # --- BIS MEU, UVL, DPL ------------------------------------------------------------
    Row(
        MEU,
        "Academy of Aerospace Solid Propulsion Technology (AASPT)",
        addresses="Tian Wang te Zi #1, Baqiao District, Xian, China, CN",
        federal_register_notice="85 FR 83799",
        start_date="2020-12-23",
        license_requirement="For any item subject to the EAR listed in supplement no. 2 to "
        "part 744.",
    ),
    Row(UVL, "Atlas Sanatgaran", addresses="Komitas 26/114, Yerevan, Armenia, AM"),
    Row(
        DPL,
        "I. ASH",
        addresses="605 TRAIL LAKE DRIVE, RICHARDSON, TX, 75081, US",
        federal_register_notice="67 F.R. 56530 9/4/02 67 F.R. 10890 3/11/02 71 F.R. 38843 7/10/06",
        start_date="2002-03-04",
        end_date="2056-06-29",
        standard_order="Y",
        remarks="50 YEAR DENIAL",
    ),
    Row(
        DPL,
        "MAHAN AIRWAYS",
        addresses="MAHAN TOWER, NO. 21, AZADEGAN ST., M.A. JENAH EXP. WAY, TEHRAN, IR",
        federal_register_notice="84 F.R. 27233 6/12/2019",
        start_date="2019-06-05",
        end_date="2019-12-03",
        standard_order="Y",
        remarks="TDO RENEWAL",
    ),
    # --- State --------------------------------------------------------------------------
    Row(
        ISN,
        "Sinobright Import and Export Company; and any successor, sub-unit, or subsidiary thereof",
        programs="INKSNA",
        federal_register_notice="Vol. 88, No. 151, 08/08/2023",
        start_date="2023-07-19",
    ),
    Row(DTC, "Cesareo Estanislao Benitez", federal_register_notice="53 FR 27097"),
    # --- OFAC SDN ---------------------------------------------------------------------
    ofac(
        9647,
        SDN,
        "Entity",
        "ISLAMIC REVOLUTIONARY GUARD CORPS",
        "SDGT; NPWMD; IRGC; IFSR",
        addresses="Tehran, IR",
        alt_names="IRGC; IRANIAN REVOLUTIONARY GUARD CORPS; PASDARAN; "
        "PASDARAN-E ENGHELAB-E ISLAMI; SEPAH",
        ids="Additional Sanctions Information -, Subject to Secondary Sanctions",
    ),
    ofac(
        27481,
        SDN,
        "Entity",
        "LAZARUS GROUP",
        "DPRK3",
        addresses="Potonggang District, Pyongyang, KP",
        alt_names="APPLEWORM; GUARDIANS OF PEACE; HIDDEN COBRA; WHOIS HACKING TEAM",
        remarks="(Linked To: RECONNAISSANCE GENERAL BUREAU)",
        ids=DPRK_SECONDARY,
    ),
    ofac(
        35011,
        SDN,
        "Entity",
        "VTB BANK PUBLIC JOINT STOCK COMPANY",
        "UKRAINE-EO13662; RUSSIA-EO14024",
        addresses="29 Bolshaya Morskaya Street, Saint Petersburg, 190000, RU",
        alt_names="VTB BANK PJSC; VNESHTORGBANK; BANK FOR FOREIGN TRADE; VTB",
        remarks=UA_DIRECTIVES,
        ids="Organization Established Date, 17 Oct 1990; Website, www.vtb.ru; SWIFT/BIC, "
        f"VTBRRUMM; Tax ID No., 7702070139, RU; Registration Number, 1027739609391, RU; "
        f"{UA_DIRECTIVE_1}; {RU_SECONDARY}",
    ),
    ofac(
        36192,
        SDN,
        "Entity",
        "PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA",
        "UKRAINE-EO13662; RUSSIA-EO14024",
        addresses="19 Vavilova Street, Moscow, 117997, RU",
        alt_names="SBERBANK; OPEN JOINT STOCK COMPANY SBERBANK OF RUSSIA; SBERBANK ROSSII",
        remarks=UA_DIRECTIVES,
        ids="Website, www.sberbank.ru; SWIFT/BIC, SABRRUMM; Tax ID No., 7707083893, RU; "
        f"Registration Number, 1027700132195, RU; {UA_DIRECTIVE_1}; {RU_SECONDARY}",
    ),
    ofac(
        47102,
        SDN,
        "Entity",
        "ANSARALLAH",
        "SDGT",
        addresses="Sanaa, YE",
        alt_names="ANSAR ALLAH; HOUTHIS; PARTISANS OF GOD",
        ids="Secondary sanctions risk:, section 1(b) of Executive Order 13224, as amended by "
        "Executive Order 13886",
        note="SDGT since Feb 2024; designated an FTO by the State Department in March 2025",
    ),
    ofac(
        38919,
        SDN,
        "Entity",
        "TORNADO CASH",
        "CYBER2; DPRK3",
        ids="Website, https://tornado.cash; Organization Established Date, 2019; "
        "Digital Currency Address - ETH, 0x8589427373D6D84E98730D7795D8f6f8731FDA16; "
        "Digital Currency Address - ETH, 0x722122dF12D4e14e13Ac3b6895a86e84145b6967; "
        f"{DPRK_SECONDARY}",
        note="designated 2022 (CYBER2, DPRK3); OFAC removed it from the SDN List in March 2025",
    ),
    ofac(
        35096,
        SDN,
        "Individual",
        "PUTIN, Vladimir Vladimirovich",
        "RUSSIA-EO14024",
        title="President of the Russian Federation",
        addresses="Moscow, RU",
        dates_of_birth="1952-10-07",
        places_of_birth="Leningrad, Russia",
        nationalities="RU",
        ids=f"Gender, Male; {RU_SECONDARY}",
    ),
    ofac(
        37432,
        SDN,
        "Vessel",
        "AMADEA",
        "RUSSIA-EO14024",
        vessel_type="Yacht",
        vessel_flag="Cayman Islands",
        remarks="(Linked To: KERIMOV, Suleiman Abusaidovich)",
        ids=f"Vessel Registration Identification, IMO 1012531; {RU_SECONDARY}",
    ),
    # --- OFAC non-SDN lists -------------------------------------------------------------
    ofac(
        18283,
        SSI,
        "Entity",
        "SME BANK",
        "UKRAINE-EO13662",
        addresses="79 ul. Sadovnicheskaya, Moscow, 115035, RU",
        alt_names="JSC RUSSIAN BANK FOR SMALL AND MEDIUM ENTERPRISES SUPPORT; JSC SME BANK; "
        "MSP BANK AO",
        remarks=UA_DIRECTIVES,
        ids="Public Registration Number, 1027739108649; SWIFT/BIC, RUDVRUMM; Website, "
        f"mspbank.ru; {UA_DIRECTIVE_1}",
    ),
    ofac(
        18300,
        SSI,
        "Entity",
        "ROSNEFT TRADE LIMITED",
        "UKRAINE-EO13662",
        addresses="Elenion Building 5 Themistokli Dervi, 2nd floor, Lefkosia, Nicosia, 1066, CY",
        alt_names="TNK TRADE LIMITED",
        remarks=UA_DIRECTIVES,
        ids="Registration ID, C122790; Executive Order 13662 Directive Determination -, "
        "Subject to Directive 2",
    ),
    ofac(
        26182,
        FSE,
        "Individual",
        "Evren KAYAKIRAN",
        "FSE-IR",
        addresses="TR",
        citizenships="TR",
        dates_of_birth="1980-02-08",
        ids="Passport, U00242309, TR; Gender, Male",
    ),
    ofac(
        9673,
        PLC,
        "Individual",
        "Mohammed ABU JHEISHEH",
        "NS-PLC",
        remarks="HAMAS - Hebron",
        alt_names="Mohammad Mutlaq ABU JHESHEH; Mohammed ABU JEHEISHA",
        dates_of_birth="1955",
        places_of_birth="Izna, Hebron",
    ),
)

# BIS final rule 2024-13695 (89 FR 52362), effective and published 24 Jun 2024: three
# Kaspersky entries added to the Entity List (Russia 2, United Kingdom 1), licence
# required for all items subject to the EAR, presumption of denial. Street addresses are
# left out (not verified); the city/country is given.
KASPERSKY: tuple[Row, ...] = tuple(
    Row(
        EL,
        name,
        addresses=address,
        federal_register_notice="89 FR 52362",
        start_date="2024-06-24",
        license_requirement=EL_ALL_ITEMS,
        license_policy="Presumption of denial.",
        note="added to the Entity List 24 Jun 2024 (89 FR 52362) for cooperating with Russian "
        "military and intelligence authorities",
    )
    for name, address in (
        ("AO Kaspersky Lab", "Moscow, RU"),
        ("OOO Kaspersky Group", "Moscow, RU"),
        ("Kaspersky Labs Limited", "GB"),
    )
)


def day2_rows(day1: tuple[Row, ...]) -> tuple[Row, ...]:
    """Day 1 plus: 3 Entity List additions, 1 SDN delisting, 2 SDN amendments."""
    rows = [r for r in day1 if r.id != "38919"]  # Tornado Cash delisted (Mar 2025)
    for i, r in enumerate(rows):
        if r.id == "47102":  # ANSARALLAH: [FTO] added to its programs
            rows[i] = replace(r, programs="SDGT; FTO")
        elif r.id == "35011":  # VTB: registered office moved to Moscow, Russian name added
            rows[i] = replace(
                r,
                addresses="43 Vorontsovskaya Street, Building 1, Moscow, 109147, RU",
                alt_names=r.alt_names + "; BANK VTB PUBLICHNOE AKTSIONERNOE OBSHCHESTVO",
            )
    return (*KASPERSKY, *rows)


def render(rows: tuple[Row, ...]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow(r.cells())
    return out.getvalue().encode("utf-8")


@source(SOURCE_ID)
def us_trade_csl(out: Path) -> SourceResult:
    day1 = DAY1
    day2 = day2_rows(day1)
    for rows in (day1, day2):
        if len({r.record_id for r in rows}) != len(rows):
            raise ValueError("duplicate record id in the CSL demo")
    for label, rows in zip(DAYS, (day1, day2), strict=True):
        write_bytes(out / label / SOURCE_ID / FILE_NAME, render(rows))

    old = {r.record_id: r for r in day1}
    new = {r.record_id: r for r in day2}
    diff = compare_days(old, new)
    added, removed, modified = diff.added, diff.removed, diff.modified
    if (len(added), len(removed), len(modified)) != (3, 1, 2):
        raise ValueError(f"unexpected change set: {added=} {removed=} {modified=}")

    md = [
        "## us_trade_csl (trade.gov Consolidated Screening List, consolidated.csv)",
        "",
        f"Day 1: {len(day1)} rows from 10 lists (EL, MEU, UVL, DPL, ISN, DTC, SDN, SSI, FSE, "
        f"PLC). Day 2: {len(day2)} rows ({len(added)} added, {len(removed)} removed, "
        f"{len(modified)} modified). Identifiers are record ids: for OFAC lists the entity "
        "number (the us_ofac_sdn demo's numbers) and the list code, `<number>@<list>`, "
        "since one party can be on several OFAC lists; for the others the `_id` value, a "
        "SHA-224 hash.",
        "",
        f"### Added ({len(added)})",
        "",
    ]
    md += [f"- `{k}` {new[k].name} (EL): {new[k].note}" for k in added]
    md += ["", f"### Removed ({len(removed)})", ""]
    md += [f"- `{k}` {old[k].name} (SDN): {old[k].note}" for k in removed]
    md += ["", f"### Modified ({len(modified)})", ""]
    for k in modified:
        before, after = old[k], new[k]
        changes = [
            f"{c} `{getattr(before, c)}` -> `{getattr(after, c)}`"
            for c in ("programs", "addresses", "alt_names")
            if getattr(before, c) != getattr(after, c)
        ]
        md.append(f"- `{k}` {after.name}: " + "; ".join(changes))
    md += [
        "",
        "Day 2 folds real changes into one step: BIS's 24 Jun 2024 Kaspersky additions, the "
        "March 2025 Tornado Cash delisting and ANSARALLAH FTO designation (as in the "
        "us_ofac_sdn demo), and VTB's move of its registered office to Moscow.",
    ]
    return SourceResult(diff.expected(), "\n".join(md) + "\n")
