"""Demo data for au_dfat: the DFAT Consolidated List workbook (XLSX), two days.

Written with the standard library only (zipfile + hand-written SpreadsheetML), in the
layout of the real regulation8_consolidated.xlsx: one sheet "Consolidated List", the
19 real column headers, one row per name (bare reference = primary name, "6771a",
"6771b" = aliases / original-script names), bare references as number cells, dates as
date-formatted serial numbers, the four measure columns as booleans, shared strings.

Every row below is transcribed from DFAT's own consolidated list (the 2026 workbook):
real references, names, dates of birth, instruments and flags, including DFAT's own
inconsistencies (IRGC's alias rows say "2 March 2012", its primary row "7 March
2012"). Nothing is invented except the day-1 state, which is a simulated earlier
version of the list:

* day 2 adds three real 2026 designations: 8598 (IRGC Intelligence Organisation,
  Iran instrument of 2 Feb 2026), 8720 (Exi Bank) and 8744 (VTB Specialized
  Depository) (Russia and Ukraine Amendment (No. 1) Instrument 2026, 24 Feb 2026);
* day 2 adds an alias row to 7209 (Wagner: "Wagner Group") and 7658 (GERASIMOV:
  "Valerii GERASIMOV"); both rows exist in the real list, their absence on day 1 is
  simulated;
* day 2 removes 6765 (Lyubov PRIGOZHINA). This delisting is SIMULATED for the demo:
  she is still listed in the real 2026 list.
"""

# No `from __future__ import annotations`: generate_demo.py loads this file without
# registering it in sys.modules, and dataclasses then cannot resolve string annotations.
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from demo_common import DAYS, SourceResult, source, write_bytes

SOURCE_ID = "au_dfat"
FILE_NAME = "regulation8_consolidated.xlsx"

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

Cell = str | int | bool | dt.date | None


def D(year: int, month: int, day: int) -> dt.date:  # noqa: N802 - reads like the data
    return dt.date(year, month, day)


@dataclass(frozen=True)
class AuName:
    suffix: str  # "" for the bare reference, "a", "b", ... for the other names
    name: str
    name_type: str  # "Primary Name" | "Alias" | "Original Script"
    strength: str | None  # "Strong" | "Weak" for aliases
    overrides: dict[str, Cell] = field(default_factory=dict)  # where a row differs


@dataclass(frozen=True)
class AuEntry:
    reference: int
    shared: dict[str, Cell]  # the columns every row of the entry repeats
    names: tuple[AuName, ...]

    def rows(self, skip: frozenset[str] = frozenset()) -> list[list[Cell]]:
        out: list[list[Cell]] = []
        for n in self.names:
            if n.suffix in skip:
                continue
            values: dict[str, Cell] = {
                "Reference": self.reference if not n.suffix else f"{self.reference}{n.suffix}",
                "Name of Individual or Entity": n.name,
                "Name Type": n.name_type,
                "Alias Strength": n.strength,
                **self.shared,
                **n.overrides,
            }
            out.append([values.get(h) for h in HEADERS])
        return out


ENTRIES: tuple[AuEntry, ...] = (
    AuEntry(
        2,
        {
            "Type": "Individual",
            "Date of Birth": "1945, 1946, 1947, 1948, 1949, 1950, 1955, 1956, 1957, 1958",
            "Place of Birth": "Pashmul village, Panjwai District, Kandahar Province, Afghanistan",
            "Citizenship": "Afghanistan",
            "Additional Information": (
                "TAi.002. Title: a) Mullah b) Haji. Designation: a) First Deputy, "
                "Council of Ministers under the Taliban regime b) Foreign Minister "
                "before Wakil Ahmad Mutawakil under the Taliban regime c) Governor "
                "of Kandahar under the Taliban regime d) Political Advisor of "
                "Mullah Mohammed Omar. A close associate of Mullah Mohammed Omar "
                "(TI.O.4.01) Member of Taliban Supreme Council as at Dec. 2009. "
                "Belongs to Kakar tribe. Review pursuant to Security Council "
                "resolution 1822 (2008) was concluded on 21 Jul. 2010."
            ),
            "Listing Information": (
                "Listed by UN 1267 Committee on 25 January 2001 (amended on 20 "
                "December 2005, 9 July 2007 and 21 Sep 2007, 29 Nov. 2011)"
            ),
            "Committees": "1988 (Taliban)",
            "Control Date": D(2026, 2, 5),
            "Instrument of Designation": (
                "Charter of the United Nations (Sanctions—the Taliban) Regulation 2013"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": True,
            "Arms Embargo": True,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "MOHAMMAD HASSAN AKHUND",
                "Primary Name",
                None,
            ),
            AuName(
                "a",
                "محمد حسن أخوند",
                "Original Script",
                None,
            ),
        ),
    ),
    AuEntry(
        1113,
        {
            "Type": "Entity",
            "Address": "Central District, Pyongyang, DPRK",
            "Additional Information": (
                "KPe.001 Primary arms dealer and main exporter of goods and "
                "equipment related to ballistic missiles and conventional weapons."
            ),
            "Listing Information": "Listed by the UN1718 committee on 24 Apr. 2009",
            "Committees": "1718 (DPRK)",
            "Control Date": D(2026, 2, 20),
            "Instrument of Designation": (
                "Charter of the United Nations (Sanctions — Democratic People’s "
                "Republic of Korea) Regulations 2008"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": True,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Korea Mining Development Trading Corporation",
                "Primary Name",
                None,
            ),
            AuName(
                "a",
                "Changgwang Sinyong Corporation",
                "Alias",
                "Strong",
                {
                    "Additional Information": (
                        "KPe.001. Primary arms dealer and main exporter of goods and "
                        "equipment related to ballistic missiles and conventional weapons."
                    ),
                },
            ),
            AuName(
                "b",
                "External Technology General Corporation",
                "Alias",
                "Strong",
                {
                    "Additional Information": (
                        "KPe.001. Primary arms dealer and main exporter of goods and "
                        "equipment related to ballistic missiles and conventional weapons."
                    ),
                },
            ),
            AuName(
                "c",
                "DPRKN Mining Development Trading Cooperation",
                "Alias",
                "Strong",
                {
                    "Additional Information": (
                        "KPe.001. Primary arms dealer and main exporter of goods and "
                        "equipment related to ballistic missiles and conventional weapons."
                    ),
                },
            ),
            AuName(
                "d",
                "KOMID",
                "Alias",
                "Strong",
                {
                    "Additional Information": (
                        "KPe.001. Primary arms dealer and main exporter of goods and "
                        "equipment related to ballistic missiles and conventional weapons."
                    ),
                },
            ),
        ),
    ),
    AuEntry(
        1270,
        {
            "Type": "Entity",
            "Additional Information": (
                "QDe.131. Mainly active in the Russian Federation, Afghanistan and "
                "Pakistan. Led by Doku Khamatovich Umarov (QDi.290). Review "
                "pursuant to Security Council resolution 2368 (2017) was concluded "
                "on 24 November 2020."
            ),
            "Listing Information": "29 Jul. 2011 ( amended on 24 Nov. 2020 )",
            "Committees": "1267 Committee (ISIL & Al-Qaida)",
            "Control Date": D(2026, 2, 20),
            "Instrument of Designation": (
                "Charter of the United Nations (Sanctions—ISIL (Da’esh) and "
                "Al-Qaida) Regulations 2008"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": False,
            "Arms Embargo": True,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "EMARAT KAVKAZ",
                "Primary Name",
                None,
            ),
            AuName(
                "a",
                "Эмират Кавказ",
                "Original Script",
                None,
            ),
        ),
    ),
    AuEntry(
        2075,
        {
            "Type": "Entity",
            "Address": "Tehran, Iran",
            "Listing Information": (
                "Designated under the Autonomous Sanctions Regulations 2011 on 7 "
                "March 2012 (F2012L00479). Formerly listed on the RBA Consolidated "
                "List as 2010IRN0102. Relisted 12 January 2024"
            ),
            "Committees": "Autonomous (Iran)",
            "Control Date": D(2024, 1, 12),
            "Instrument of Designation": (
                "Designated under the Autonomous Sanctions Regulations 2011 on 7 "
                "March 2012 (F2012L00479). Formerly listed on the RBA Consolidated "
                "List as 2010IRN0102. Relisted 12 January 2024"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": False,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Islamic Revolutionary Guards Corps",
                "Primary Name",
                None,
            ),
            AuName(
                "a",
                "IRGC",
                "Alias",
                "Strong",
                {
                    "Listing Information": (
                        "Designated under the Autonomous Sanctions Regulations 2011 on 2 "
                        "March 2012 (F2012L00479). Formerly listed on the RBA Consolidated "
                        "List as 2010IRN0102. Relisted 12 January 2024"
                    ),
                    "Instrument of Designation": (
                        "Designated under the Autonomous Sanctions Regulations 2011 on 2 "
                        "March 2012 (F2012L00479). Formerly listed on the RBA Consolidated "
                        "List as 2010IRN0102. Relisted 12 January 2024"
                    ),
                },
            ),
            AuName(
                "b",
                "Pasdaran",
                "Alias",
                "Strong",
                {
                    "Listing Information": (
                        "Designated under the Autonomous Sanctions Regulations 2011 on 2 "
                        "March 2012 (F2012L00479). Formerly listed on the RBA Consolidated "
                        "List as 2010IRN0102. Relisted 12 January 2024"
                    ),
                    "Instrument of Designation": (
                        "Designated under the Autonomous Sanctions Regulations 2011 on 2 "
                        "March 2012 (F2012L00479). Formerly listed on the RBA Consolidated "
                        "List as 2010IRN0102. Relisted 12 January 2024"
                    ),
                },
            ),
            AuName(
                "c",
                "Pasdaran-e Enghelab-e Islami",
                "Alias",
                "Strong",
                {
                    "Listing Information": (
                        "Designated under the Autonomous Sanctions Regulations 2011 on 2 "
                        "March 2012 (F2012L00479). Formerly listed on the RBA Consolidated "
                        "List as 2010IRN0102. Relisted 12 January 2024"
                    ),
                    "Instrument of Designation": (
                        "Designated under the Autonomous Sanctions Regulations 2011 on 2 "
                        "March 2012 (F2012L00479). Formerly listed on the RBA Consolidated "
                        "List as 2010IRN0102. Relisted 12 January 2024"
                    ),
                },
            ),
        ),
    ),
    AuEntry(
        6288,
        {
            "Type": "Individual",
            "Date of Birth": D(1961, 6, 1),
            "Place of Birth": "Saint Petersburg, Russia",
            "Citizenship": "Russia",
            "Listing Information": (
                "Instrument of first designation and declaration: Autonomous "
                "Sanctions (Designated Persons and Entities and Declared "
                "Persons-Ukraine) Amendment (No. 2) Instrument 2022"
            ),
            "Committees": "Autonomous (Ukraine)",
            "Control Date": D(2022, 2, 25),
            "Instrument of Designation": (
                "Instrument of first designation and declaration: Autonomous "
                "Sanctions (Designated Persons and Entities and Declared "
                "Persons-Ukraine) Amendment (No. 2) Instrument 2022"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": True,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Yevgeny Viktorovich PRIGOZHIN",
                "Primary Name",
                None,
            ),
        ),
    ),
    AuEntry(
        6678,
        {
            "Type": "Individual",
            "Date of Birth": D(1952, 10, 7),
            "Place of Birth": "Saint Petersburg, Russia",
            "Additional Information": "President of the Russian Federation",
            "Listing Information": (
                "Instrument of first designation and declaration: Autonomous "
                "Sanctions (Designated Persons and Entities and Declared "
                "Persons—Russia and Ukraine) Amendment (No. 2) Instrument 2022"
            ),
            "Committees": "Autonomous (Russia)",
            "Control Date": D(2022, 2, 28),
            "Instrument of Designation": (
                "Instrument of first designation and declaration: Autonomous "
                "Sanctions (Designated Persons and Entities and Declared "
                "Persons—Russia and Ukraine) Amendment (No. 2) Instrument 2022"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": True,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Vladimir Vladimirovich PUTIN",
                "Primary Name",
                None,
            ),
        ),
    ),
    AuEntry(
        6679,
        {
            "Type": "Individual",
            "Date of Birth": D(1950, 3, 21),
            "Place of Birth": "Moscow, Russia",
            "Additional Information": "Foreign Minister of the Russian Federation",
            "Listing Information": (
                "Instrument of first designation and declaration: Autonomous "
                "Sanctions (Designated Persons and Entities and Declared "
                "Persons—Russia and Ukraine) Amendment (No. 2) Instrument 2022"
            ),
            "Committees": "Autonomous (Russia)",
            "Control Date": D(2022, 2, 28),
            "Instrument of Designation": (
                "Instrument of first designation and declaration: Autonomous "
                "Sanctions (Designated Persons and Entities and Declared "
                "Persons—Russia and Ukraine) Amendment (No. 2) Instrument 2022"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": True,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Sergei Viktorovich LAVROV",
                "Primary Name",
                None,
            ),
        ),
    ),
    AuEntry(
        6682,
        {
            "Type": "Individual",
            "Date of Birth": D(1955, 5, 21),
            "Place of Birth": "Chadan, Russia",
            "Additional Information": "Defence Minister of the Russian Federation",
            "Listing Information": (
                "Instrument of first designation and declaration: Autonomous "
                "Sanctions (Designated Persons and Entities and Declared "
                "Persons—Russia and Ukraine) Amendment (No. 2) Instrument 2022"
            ),
            "Committees": "Autonomous (Russia)",
            "Control Date": D(2022, 2, 28),
            "Instrument of Designation": (
                "Instrument of first designation and declaration: Autonomous "
                "Sanctions (Designated Persons and Entities and Declared "
                "Persons—Russia and Ukraine) Amendment (No. 2) Instrument 2022"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": True,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Sergei Kuzhugetovich SHOIGU",
                "Primary Name",
                None,
            ),
        ),
    ),
    AuEntry(
        6754,
        {
            "Type": "Individual",
            "Date of Birth": D(1966, 10, 24),
            "Place of Birth": "Saratov, Russia",
            "Additional Information": "Owner of Millhouse Capital",
            "Listing Information": (
                "Instrument of first designation and declaration Autonomous "
                "Sanctions (Designated Persons and Entities and Declared "
                "Persons—Ukraine) Amendment (No. 6) Instrument 2022"
            ),
            "Committees": "Autonomous (Russia)",
            "Control Date": D(2022, 3, 14),
            "Instrument of Designation": (
                "Instrument of first designation and declaration Autonomous "
                "Sanctions (Designated Persons and Entities and Declared "
                "Persons—Ukraine) Amendment (No. 6) Instrument 2022"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": True,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Roman Arkadyevich ABRAMOVICH",
                "Primary Name",
                None,
            ),
        ),
    ),
    AuEntry(
        6765,
        {
            "Type": "Individual",
            "Date of Birth": D(1970, 6, 26),
            "Place of Birth": "Russia",
            "Additional Information": "Wife of Yevgeniy PRIGOZHIN",
            "Listing Information": (
                "Instrument of first designation and declaration Autonomous "
                "Sanctions (Designated Persons and Entities and Declared "
                "Persons—Ukraine) Amendment (No. 6) Instrument 2022"
            ),
            "Committees": "Autonomous (Russia)",
            "Control Date": D(2022, 3, 14),
            "Instrument of Designation": (
                "Instrument of first designation and declaration Autonomous "
                "Sanctions (Designated Persons and Entities and Declared "
                "Persons—Ukraine) Amendment (No. 6) Instrument 2022"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": True,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Lyubov Valentinovna  PRIGOZHINA",
                "Primary Name",
                None,
            ),
        ),
    ),
    AuEntry(
        6770,
        {
            "Type": "Individual",
            "Date of Birth": D(1968, 1, 2),
            "Place of Birth": "Dzerzhinsk, Russia",
            "Listing Information": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 7) Instrument "
                "2022"
            ),
            "Committees": "Autonomous (Russia)",
            "Control Date": D(2022, 3, 18),
            "Instrument of Designation": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 7) Instrument "
                "2022"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": True,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Oleg Vladimirovich DERIPASKA",
                "Primary Name",
                None,
            ),
        ),
    ),
    AuEntry(
        6771,
        {
            "Type": "Entity",
            "Address": "19 Vavilova St, Moscow 117312, Russia",
            "Additional Information": "Website: www.sberbank.com",
            "Listing Information": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 8) Instrument "
                "2022"
            ),
            "Committees": "Autonomous (Russia)",
            "Control Date": D(2022, 3, 18),
            "Instrument of Designation": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 8) Instrument "
                "2022"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": False,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Sberbank",
                "Primary Name",
                None,
            ),
            AuName(
                "a",
                "Publichne Aktsionerne Tovarystvo Dochirnii Bank Sberbanku Rosii",
                "Alias",
                "Strong",
            ),
            AuName(
                "b",
                "Aktsionerne Tovarystvo Sberbank",
                "Alias",
                "Strong",
            ),
        ),
    ),
    AuEntry(
        6772,
        {
            "Type": "Entity",
            "Address": "11 Lit. A Degtyarny Lane, St Petersburg 191144, Russia",
            "Additional Information": "Website: www.vtb.com",
            "Listing Information": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 8) Instrument "
                "2022"
            ),
            "Committees": "Autonomous (Russia)",
            "Control Date": D(2022, 3, 18),
            "Instrument of Designation": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 8) Instrument "
                "2022"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": False,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "VTB Bank",
                "Primary Name",
                None,
            ),
            AuName(
                "a",
                "Bank VTB Publichnoe Aktsionernoe Obshchestvo",
                "Alias",
                "Strong",
            ),
        ),
    ),
    AuEntry(
        6773,
        {
            "Type": "Entity",
            "Address": "16 Nametkina Street Building 1, Moscow 117420, Russia",
            "Additional Information": "Website: www.gazprombank.ru",
            "Listing Information": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 8) Instrument "
                "2022"
            ),
            "Committees": "Autonomous (Russia)",
            "Control Date": D(2022, 3, 18),
            "Instrument of Designation": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 8) Instrument "
                "2022"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": False,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Gazprombank",
                "Primary Name",
                None,
            ),
            AuName(
                "a",
                "Bank GPB",
                "Alias",
                "Strong",
            ),
        ),
    ),
    AuEntry(
        6778,
        {
            "Type": "Entity",
            "Address": "Kalanchevskaya Street 27, Moscow 107078, Russia",
            "Additional Information": "Website: alfabank.com",
            "Listing Information": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 8) Instrument "
                "2022"
            ),
            "Committees": "Autonomous (Russia)",
            "Control Date": D(2022, 3, 18),
            "Instrument of Designation": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 8) Instrument "
                "2022"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": False,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Alfa-Bank",
                "Primary Name",
                None,
            ),
        ),
    ),
    AuEntry(
        6824,
        {
            "Type": "Individual",
            "Date of Birth": D(1954, 8, 30),
            "Place of Birth": "Kopys, Vitebsk district, Belarusian SSR (Belarus)",
            "Additional Information": "President of Belarus",
            "Listing Information": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 10) "
                "Instrument 2022"
            ),
            "Committees": "Autonomous (Russia)",
            "Control Date": D(2022, 3, 25),
            "Instrument of Designation": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 10) "
                "Instrument 2022"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": True,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Alexander Ryhoravich LUKASHENKO",
                "Primary Name",
                None,
            ),
        ),
    ),
    AuEntry(
        7209,
        {
            "Type": "Entity",
            "Address": "Russia",
            "Listing Information": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 16) "
                "Instrument 2022"
            ),
            "Committees": "Autonomous (Ukraine)",
            "Control Date": D(2022, 5, 18),
            "Instrument of Designation": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 16) "
                "Instrument 2022"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": False,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Private Military Company “Wagner”",
                "Primary Name",
                None,
            ),
            AuName(
                "a",
                "PMC Wagner",
                "Alias",
                "Strong",
            ),
            AuName(
                "b",
                "Wagner Group",
                "Alias",
                "Strong",
            ),
        ),
    ),
    AuEntry(
        7241,
        {
            "Type": "Entity",
            "Address": "St. Petersburg, Russia, 197022, St. Petersburg, PO Box 128",
            "Listing Information": (
                "Charter of the United Nations (Listed Entities) Amendment (No. 2) Instrument 2022"
            ),
            "Committees": "1373 (2001)",
            "Control Date": D(2025, 2, 3),
            "Instrument of Designation": (
                "Charter of the United Nations (Listed Entities) Amendment (No. 2) Instrument 2022"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": False,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Russian Imperial Movement",
                "Primary Name",
                None,
            ),
            AuName(
                "a",
                "Русское Имперское Движениe",
                "Alias",
                "Strong",
            ),
            AuName(
                "b",
                "RIM",
                "Alias",
                "Strong",
            ),
            AuName(
                "c",
                "Russkoie Imperskoe Dvizhenie",
                "Alias",
                "Strong",
            ),
            AuName(
                "d",
                "Russkoe Imperskoye Dvizheniye",
                "Alias",
                "Strong",
            ),
            AuName(
                "e",
                "RID",
                "Alias",
                "Strong",
            ),
            AuName(
                "f",
                "Russian Imperial Legion",
                "Alias",
                "Strong",
            ),
            AuName(
                "g",
                "RIL",
                "Alias",
                "Strong",
            ),
            AuName(
                "h",
                "Saint Petersburg Imperial Legion",
                "Alias",
                "Strong",
            ),
            AuName(
                "i",
                "Imperial Legion",
                "Alias",
                "Strong",
            ),
        ),
    ),
    AuEntry(
        7445,
        {
            "Type": "Entity",
            "Address": "3, Derjabin Pr. Izhevsk Udmurt Republic 426006, Russia\xa0",
            "Additional Information": "Website: www.kalashnikovgroup.ru\xa0",
            "Listing Information": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 2) Instrument "
                "2023"
            ),
            "Committees": "Autonomous (Russia)",
            "Control Date": D(2023, 2, 24),
            "Instrument of Designation": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 2) Instrument "
                "2023"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": False,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Joint Stock Company Kalashnikov Concern\xa0",
                "Primary Name",
                None,
            ),
            AuName(
                "a",
                "Kalashnikov Concern",
                "Alias",
                "Strong",
            ),
            AuName(
                "b",
                "JSC Kalashnikov\xa0",
                "Alias",
                "Strong",
            ),
        ),
    ),
    AuEntry(
        7544,
        {
            "Type": "Entity",
            "Address": "26/1 Sofiyskaya Embankment, Moscow, Russia",
            "Additional Information": "Website: http://www.rosneft.ru/",
            "Listing Information": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 6) Instrument "
                "2023"
            ),
            "Committees": "Autonomous (Russia)",
            "Control Date": D(2023, 5, 19),
            "Instrument of Designation": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons—Russia and Ukraine) Amendment (No. 6) Instrument "
                "2023"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": False,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Open Joint Stock Company Rosneft Oil Company",
                "Primary Name",
                None,
            ),
            AuName(
                "a",
                "ROSNEFT",
                "Alias",
                "Strong",
            ),
            AuName(
                "b",
                "PJSC Rosneft",
                "Alias",
                "Strong",
            ),
        ),
    ),
    AuEntry(
        7658,
        {
            "Type": "Individual",
            "Date of Birth": D(1955, 9, 8),
            "Place of Birth": "Kazan, Tartarstan Republic, Russia",
            "Citizenship": "Russia",
            "Additional Information": (
                "General; Previously listed under 'Ukraine criteria' - Autonomous "
                "Sanctions (Designated Persons and Entities and Declared Persons – "
                "Ukraine) Amendment List 2014 [F2014L01184]; New listing start "
                "date 27 Aug 2023"
            ),
            "Listing Information": (
                "Instrument of first designation: Autonomous Sanctions (Designated "
                "Persons and Entities and Declared Persons—Russia and Ukraine) "
                "Amendment (No. 10) Instrument 2023"
            ),
            "Committees": "Autonomous (Russia)",
            "Control Date": D(2023, 8, 27),
            "Instrument of Designation": (
                "Instrument of first designation: Autonomous Sanctions (Designated "
                "Persons and Entities and Declared Persons—Russia and Ukraine) "
                "Amendment (No. 10) Instrument 2023"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": True,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Valery Vasilevich GERASIMOV",
                "Primary Name",
                None,
            ),
            AuName(
                "a",
                "Valeriy Vasylyovych HERASYMOV",
                "Alias",
                "Strong",
            ),
            AuName(
                "b",
                "Valerii GERASIMOV",
                "Alias",
                "Strong",
            ),
        ),
    ),
    AuEntry(
        8227,
        {
            "Type": "Vessel",
            "Listing Information": (
                "Designated as a sanctioned vessel in the Autonomous Sanctions "
                "(Sanctioned Vessels – Russia) Designation 2025"
            ),
            "IMO Number": 9288693,
            "Committees": "Autonomous (Vessels)",
            "Control Date": D(2025, 6, 18),
            "Instrument of Designation": (
                "Autonomous Sanctions (Sanctioned Vessels – Russia) Designation 2025"
            ),
            "Targeted Financial Sanction": False,
            "Travel Ban": False,
            "Arms Embargo": False,
            "Maritime Restriction": True,
        },
        (
            AuName(
                "",
                "ANDAMAN SKIES",
                "Primary Name",
                None,
            ),
        ),
    ),
    AuEntry(
        8598,
        {
            "Type": "Entity",
            "Listing Information": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons – Iran) List 2012"
            ),
            "Committees": "Autonomous (Iran)",
            "Control Date": D(2026, 2, 2),
            "Instrument of Designation": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons – Iran) Amendment (No. 1) Instrument 2026"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": False,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Islamic Revolutionary Guard Corps Intelligence Organisation",
                "Primary Name",
                None,
            ),
            AuName(
                "a",
                "سازمان اطلاعات سپاه پاسداران انقلاب اسلامی",
                "Original Script",
                None,
            ),
            AuName(
                "b",
                "Intelligence Organization",
                "Alias",
                "Strong",
            ),
            AuName(
                "c",
                "IO-IRGC",
                "Alias",
                "Strong",
            ),
            AuName(
                "d",
                "IRGC-IO",
                "Alias",
                "Strong",
            ),
        ),
    ),
    AuEntry(
        8720,
        {
            "Type": "Entity",
            "Address": "Ulitsa Professora Popova 23, Saint Petersburg, 197376, Russia",
            "Additional Information": "Website: https://www.exibank.ru/",
            "Listing Information": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons – Russia and Ukraine) Amendment (No. 1) "
                "Instrument 2026"
            ),
            "Committees": "Autonomous (Russia)",
            "Control Date": D(2026, 2, 24),
            "Instrument of Designation": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons – Russia and Ukraine) Amendment (No. 1) "
                "Instrument 2026"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": False,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "Joint Stock Company Exi Bank",
                "Original Script",
                None,
            ),
            AuName(
                "a",
                "EKSI BANK AO",
                "Alias",
                "Strong",
            ),
        ),
    ),
    AuEntry(
        8744,
        {
            "Type": "Entity",
            "Address": "35 Myasnitskaya Street, Moscow, 101000, Russia",
            "Listing Information": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons – Russia and Ukraine) Amendment (No. 1) "
                "Instrument 2026"
            ),
            "Committees": "Autonomous (Russia)",
            "Control Date": D(2026, 2, 24),
            "Instrument of Designation": (
                "Autonomous Sanctions (Designated Persons and Entities and "
                "Declared Persons – Russia and Ukraine) Amendment (No. 1) "
                "Instrument 2026"
            ),
            "Targeted Financial Sanction": True,
            "Travel Ban": False,
            "Arms Embargo": False,
            "Maritime Restriction": False,
        },
        (
            AuName(
                "",
                "VTB Specialized Depository, CJSC",
                "Primary Name",
                None,
            ),
            AuName(
                "a",
                "ODK",
                "Alias",
                "Strong",
            ),
            AuName(
                "b",
                "United Depository Company",
                "Alias",
                "Strong",
            ),
        ),
    ),
)

DAY2_ADDED = (8598, 8720, 8744)
DAY2_REMOVED = (6765,)
DAY1_MISSING_ALIASES = {7209: frozenset({"b"}), 7658: frozenset({"b"})}


# --------------------------------------------------------------------- XLSX writer

_EPOCH = dt.date(1899, 12, 30)
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.worksheet+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.sharedStrings+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
    f'Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<workbook xmlns="{_NS}" xmlns:r="{_REL_NS}"><sheets>'
    '<sheet name="Consolidated List" sheetId="1" r:id="rId1"/></sheets>'
    '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'
    "'Consolidated List'!$A$1:$S$1</definedName></definedNames></workbook>"
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL_NS}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL_NS}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
# Style 0: General; style 1: a date (built-in number format 14, d/mm/yyyy in en-AU).
STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<styleSheet xmlns="{_NS}"><fonts count="1"><font><sz val="11"/><name val="Aptos Narrow"/>'
    '</font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill>'
    '<patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/>'
    "<right/><top/><bottom/><diagonal/></border></borders>"
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    '</cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" '
    'xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" '
    'applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" '
    'xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def xlsx_bytes(rows: list[list[Cell]]) -> bytes:
    """A minimal, deterministic XLSX with one sheet "Consolidated List"."""
    strings: dict[str, int] = {}
    sheet_rows: list[str] = []
    for r, values in enumerate(rows, start=1):
        cells: list[str] = []
        for c, value in enumerate(values):
            ref = f"{_column(c)}{r}"
            if value is None:
                continue
            if isinstance(value, bool):
                cells.append(f'<c r="{ref}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, int):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif isinstance(value, dt.date):
                cells.append(f'<c r="{ref}" s="1"><v>{(value - _EPOCH).days}</v></c>')
            else:
                index = strings.setdefault(value, len(strings))
                cells.append(f'<c r="{ref}" t="s"><v>{index}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    last = f"{_column(len(HEADERS) - 1)}{len(rows)}"
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{_NS}" xmlns:r="{_REL_NS}"><dimension ref="A1:{last}"/>'
        f"<sheetData>{''.join(sheet_rows)}</sheetData></worksheet>"
    )
    shared = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
    sst = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<sst xmlns="{_NS}" count="{len(strings)}" uniqueCount="{len(strings)}">{shared}</sst>'
    )
    parts = (
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", WORKBOOK),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
        ("xl/styles.xml", STYLES),
        ("xl/sharedStrings.xml", sst),
        ("xl/worksheets/sheet1.xml", sheet),
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


# ------------------------------------------------------------------------- days


def day_rows(day: str) -> tuple[list[list[Cell]], list[int]]:
    rows: list[list[Cell]] = [list(HEADERS)]
    refs: list[int] = []
    for entry in sorted(ENTRIES, key=lambda e: e.reference):
        if day == "day1" and entry.reference in DAY2_ADDED:
            continue
        if day == "day2" and entry.reference in DAY2_REMOVED:
            continue
        skip = DAY1_MISSING_ALIASES.get(entry.reference, frozenset()) if day == "day1" else None
        rows += entry.rows(skip or frozenset())
        refs.append(entry.reference)
    return rows, refs


def _name(reference: int) -> str:
    entry = next(e for e in ENTRIES if e.reference == reference)
    return entry.names[0].name


@source(SOURCE_ID)
def au_dfat(out: Path) -> SourceResult:
    refs: dict[str, list[int]] = {}
    for day in DAYS:
        rows, refs[day] = day_rows(day)
        write_bytes(out / day / SOURCE_ID / FILE_NAME, xlsx_bytes(rows))
    day1, day2 = set(refs["day1"]), set(refs["day2"])
    added = sorted(day2 - day1)
    removed = sorted(day1 - day2)
    modified = sorted(DAY1_MISSING_ALIASES)
    if (added, removed) != (sorted(DAY2_ADDED), sorted(DAY2_REMOVED)):
        raise ValueError(f"unexpected change set: {added=} {removed=}")
    md = [
        "## au_dfat (Australia DFAT Consolidated List, XLSX)",
        "",
        f"Day 1: {len(day1)} entries. Day 2: {len(day2)} entries ({len(added)} added, "
        f"{len(removed)} removed, {len(modified)} modified). Identifiers are DFAT reference "
        "numbers (the real ones); one workbook row per name.",
        "",
        f"### Added ({len(added)})",
        "",
    ]
    md += [f"- `{r}` {_name(r)}: real 2026 designation" for r in added]
    md += ["", f"### Removed ({len(removed)})", ""]
    md += [
        f"- `{r}` {_name(r)}: SIMULATED delisting (still listed in the real list)" for r in removed
    ]
    md += ["", f"### Modified ({len(modified)})", ""]
    for r in modified:
        entry = next(e for e in ENTRIES if e.reference == r)
        for suffix in sorted(DAY1_MISSING_ALIASES[r]):
            alias = next(n for n in entry.names if n.suffix == suffix)
            md.append(f"- `{r}` {_name(r)}: alias row `{r}{suffix}` `{alias.name}` added")
    expected: dict[str, object] = {
        "day1_count": len(day1),
        "day2_count": len(day2),
        "added": [str(r) for r in added],
        "removed": [str(r) for r in removed],
        "modified": [str(r) for r in modified],
    }
    return SourceResult(expected, "\n".join(md) + "\n")
