"""Generate banwatch's offline demo data: two daily snapshots per source.

    python demo/generate_demo.py [OUT_DIR]        (default: demo/data)

writes, for every registered source,

    OUT_DIR/day1/<source id>/<files>   the snapshot the demo loads first
    OUT_DIR/day2/<source id>/<files>   the next day's snapshot
    OUT_DIR/expected.json              counts and the exact change set, per source
    OUT_DIR/CHANGES.md                 the same change set for people

Each source is one function decorated with `@source("<id>")`: it writes its own files
and returns its part of expected.json and of CHANGES.md, so later sources add a
function and nothing else. The output is deterministic (no clock, no randomness,
sorted everything): running the script twice gives identical bytes.

Stdlib only, so it runs with any Python 3.11.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from demo_common import DAYS, SOURCES, SourceResult, compare_days, source, write_bytes

DEFAULT_OUT = Path(__file__).resolve().parent / "data"


# ---------------------------------------------------------------------------------------
# us_ofac_sdn: OFAC's legacy CSV export (SDN.CSV, ADD.CSV, ALT.CSV, SDN_COMMENTS.CSV)
# ---------------------------------------------------------------------------------------
#
# The format, as OFAC serves it: no header; CRLF line ends; one Ctrl-Z (0x1A) after the
# last line; numbers (ent_num, add_num, alt_num) bare; text in double quotes, never with
# a quote inside; an empty field is the bare token `-0- ` (with its trailing space);
# several programs share one field as `SDGT] [IFSR` (the outer brackets are implied).
# SDN.CSV keeps only the first 1000 characters of Remarks; SDN_COMMENTS.CSV carries the
# rest for those entries. Weak (low-quality) a.k.a.s stay in Remarks as `a.k.a. 'X'`;
# strong aliases are ALT.CSV rows. Every entry has at least one ADD.CSV row, all `-0- `
# when no address is known.

OFAC_FILES = ("SDN.CSV", "ADD.CSV", "ALT.CSV", "SDN_COMMENTS.CSV")
OFAC_EMPTY = "-0- "
OFAC_REMARKS_LIMIT = 1000

# Standard OFAC remark phrases.
RU_SECONDARY = "Secondary sanctions risk: See Section 11 of Executive Order 14024."
UA_SECONDARY = (
    "Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, "
    "31 CFR 589.201 and/or 589.209"
)
UA_DIRECTIVE_1 = "Executive Order 13662 Directive Determination - Subject to Directive 1"
UA_DIRECTIVES_LINK = (
    "For more information on directives, please visit the following link: "
    "http://www.treasury.gov/resource-center/sanctions/Programs/Pages/ukraine.aspx#directives."
)
RU_DIRECTIVES_LINK = (
    "Executive Order 14024 Directive Information - For more information on directives, "
    "please visit the following link: https://home.treasury.gov/policy-issues/"
    "financial-sanctions/sanctions-programs-and-country-information/"
    "russian-harmful-foreign-activities-sanctions#directives."
)
IRAN_SECONDARY = "Additional Sanctions Information - Subject to Secondary Sanctions"
SDGT_SECONDARY = (
    "Secondary sanctions risk: section 1(b) of Executive Order 13224, "
    "as amended by Executive Order 13886"
)
DPRK_SECONDARY = (
    "Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210",
    "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial "
    "Institutions: North Korea Sanctions Regulations section 510.214",
)


@dataclass(frozen=True)
class OfacAddress:
    address: str = ""
    city: str = ""  # OFAC's "City/State/Province/Postal Code" column
    country: str = ""
    remarks: str = ""


@dataclass(frozen=True)
class OfacAlias:
    name: str
    kind: str = "aka"  # aka | fka | nka
    remarks: str = ""


@dataclass(frozen=True)
class OfacEntry:
    ent_num: int
    name: str
    sdn_type: str  # "individual" | "vessel" | "aircraft" | "" (an entity)
    programs: tuple[str, ...]
    remarks: tuple[str, ...] = ()  # joined with "; ", a final "." added
    title: str = ""
    call_sign: str = ""
    vess_type: str = ""
    tonnage: str = ""
    grt: str = ""
    vess_flag: str = ""
    vess_owner: str = ""
    addresses: tuple[OfacAddress, ...] = ()
    aliases: tuple[OfacAlias, ...] = ()
    # Demo bookkeeping, not written: why this entry is here (for CHANGES.md).
    note: str = field(default="", compare=False)

    @property
    def remarks_text(self) -> str:
        text = "; ".join(self.remarks)
        return text if not text or text.endswith(".") else text + "."


def progs(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def aka(*names: str) -> tuple[OfacAlias, ...]:
    return tuple(OfacAlias(n, "aka") for n in names)


def fka(*names: str) -> tuple[OfacAlias, ...]:
    return tuple(OfacAlias(n, "fka") for n in names)


def nka(*names: str) -> tuple[OfacAlias, ...]:
    return tuple(OfacAlias(n, "nka") for n in names)


def at(address: str = "", city: str = "", country: str = "") -> tuple[OfacAddress, ...]:
    return (OfacAddress(address, city, country),)


def person(
    ent_num: int,
    name: str,
    programs: str,
    *remarks: str,
    title: str = "",
    addresses: tuple[OfacAddress, ...] = (),
    aliases: tuple[OfacAlias, ...] = (),
    note: str = "",
) -> OfacEntry:
    return OfacEntry(
        ent_num,
        name,
        "individual",
        progs(programs),
        remarks,
        title=title,
        addresses=addresses,
        aliases=aliases,
        note=note,
    )


def entity(
    ent_num: int,
    name: str,
    programs: str,
    *remarks: str,
    addresses: tuple[OfacAddress, ...] = (),
    aliases: tuple[OfacAlias, ...] = (),
    note: str = "",
) -> OfacEntry:
    return OfacEntry(
        ent_num,
        name,
        "",
        progs(programs),
        remarks,
        addresses=addresses,
        aliases=aliases,
        note=note,
    )


# Real, public SDN designations (names, programs and identifying details as OFAC
# publishes them, to the best of our knowledge). ent_num/add_num/alt_num are assigned
# for the demo in OFAC's style (increasing with designation date); they are not the
# official numbers. No date of birth or identifier is made up: unknown ones are left out.
OFAC_DAY1: tuple[OfacEntry, ...] = (
    # --- Counter-terrorism -------------------------------------------------------------
    entity(
        4695,
        "HIZBALLAH",
        "SDT FTO SDGT",
        addresses=at(country="Lebanon"),
        aliases=aka(
            "ANSAR ALLAH",
            "HEZBOLLAH",
            "HIZBOLLAH",
            "HIZBULLAH",
            "ISLAMIC JIHAD ORGANIZATION",
            "PARTY OF GOD",
        ),
    ),
    entity(
        4698,
        "HAMAS",
        "SDT FTO SDGT",
        aliases=aka(
            "HARAKAT AL-MUQAWAMA AL-ISLAMIYA",
            "ISLAMIC RESISTANCE MOVEMENT",
            "IZZ AL-DIN AL-QASSAM BRIGADES",
        ),
    ),
    person(
        4707,
        "NASRALLAH, Hasan",
        "SDT SDGT",
        "DOB 31 Aug 1960",
        "POB Al Basuriyah, Lebanon",
        "nationality Lebanon",
        "Gender Male",
        "Linked To: HIZBALLAH",
        title="Secretary General of HIZBALLAH",
        addresses=at(country="Lebanon"),
    ),
    entity(
        6366,
        "AL QA'IDA",
        "SDGT FTO",
        aliases=aka("AL QAEDA", "AL QAIDA", "THE BASE", "QA'IDAT AL-JIHAD"),
    ),
    entity(
        7995,
        "ISLAMIC STATE OF IRAQ AND THE LEVANT",
        "SDGT FTO",
        "a.k.a. 'DAESH'",
        aliases=aka("ISIL", "ISIS", "ISLAMIC STATE") + fka("AL-QA'IDA IN IRAQ"),
    ),
    entity(
        11937,
        "AL-SHABAAB",
        "SDGT FTO SOMALIA",
        addresses=at(country="Somalia"),
        aliases=aka("AL-SHABAB", "HARAKAT SHABAAB AL-MUJAHIDIN", "MUJAHIDIN YOUTH MOVEMENT"),
    ),
    entity(
        47102,
        "ANSARALLAH",
        "SDGT",
        SDGT_SECONDARY,
        addresses=at(city="Sanaa", country="Yemen"),
        aliases=aka("ANSAR ALLAH", "HOUTHIS", "PARTISANS OF GOD"),
        note="SDGT since Feb 2024; designated an FTO by the State Department in March 2025",
    ),
    # --- Iran ---------------------------------------------------------------------------
    entity(
        9647,
        "ISLAMIC REVOLUTIONARY GUARD CORPS",
        "SDGT NPWMD IRGC IFSR",
        IRAN_SECONDARY,
        addresses=at(city="Tehran", country="Iran"),
        aliases=aka(
            "IRGC",
            "IRANIAN REVOLUTIONARY GUARD CORPS",
            "PASDARAN",
            "PASDARAN-E ENGHELAB-E ISLAMI",
            "SEPAH",
        ),
    ),
    entity(
        10372,
        "ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE",
        "SDGT IRGC IFSR",
        IRAN_SECONDARY,
        addresses=at(city="Tehran", country="Iran"),
        aliases=aka("QODS FORCE", "QUDS FORCE", "IRGC-QF"),
    ),
    entity(
        12780,
        "MAHAN AIR",
        "SDGT IFSR",
        IRAN_SECONDARY,
        "Website www.mahan.aero",
        addresses=at(city="Tehran", country="Iran"),
        aliases=aka("MAHAN AIRLINES", "MAHAN AIRWAYS"),
    ),
    entity(
        13156,
        "NATIONAL IRANIAN OIL COMPANY",
        "SDGT IRAN IFSR",
        IRAN_SECONDARY,
        "Website www.nioc.ir",
        addresses=at("Hafez Crossing, Taleghani Avenue", "Tehran", "Iran"),
        aliases=aka("NIOC"),
    ),
    entity(
        13215,
        "CENTRAL BANK OF IRAN",
        "SDGT IRAN IFSR",
        IRAN_SECONDARY,
        "Website www.cbi.ir",
        "SWIFT/BIC BMJIIRTH",
        addresses=at("Ferdowsi Avenue", "Tehran", "Iran"),
        aliases=aka("BANK MARKAZI JOMHOURI ISLAMI IRAN", "CBI"),
    ),
    OfacEntry(
        27397,
        "ADRIAN DARYA 1",
        "vessel",
        progs("SDGT IFSR"),
        (
            IRAN_SECONDARY,
            "Vessel Registration Identification IMO 9116412",
            "Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE",
        ),
        vess_type="Crude Oil Tanker",
        vess_flag="Iran",
        aliases=fka("GRACE 1"),
    ),
    # --- Narcotics ----------------------------------------------------------------------
    person(
        7289,
        "GUZMAN LOERA, Joaquin",
        "SDNTK",
        "DOB 04 Apr 1957",
        "POB Badiraguato, Sinaloa, Mexico",
        "nationality Mexico",
        "Gender Male",
        "a.k.a. 'EL CHAPO'",
        "Linked To: CARTEL DE SINALOA",
        addresses=at(city="Culiacan, Sinaloa", country="Mexico"),
        aliases=aka("GUZMAN LOERA, Joaquin Archivaldo"),
    ),
    person(
        7294,
        "ZAMBADA GARCIA, Ismael",
        "SDNTK",
        "DOB 01 Jan 1948",
        "nationality Mexico",
        "Gender Male",
        "a.k.a. 'EL MAYO'",
        "Linked To: CARTEL DE SINALOA",
        addresses=at(city="Culiacan, Sinaloa", country="Mexico"),
    ),
    entity(
        12228,
        "CARTEL DE SINALOA",
        "SDNTK ILLICIT-DRUGS-EO14059",
        addresses=at(city="Sinaloa", country="Mexico"),
        aliases=aka("SINALOA CARTEL", "CARTEL DEL PACIFICO"),
    ),
    entity(
        17520,
        "CARTEL DE JALISCO NUEVA GENERACION",
        "SDNTK ILLICIT-DRUGS-EO14059",
        addresses=at(city="Guadalajara, Jalisco", country="Mexico"),
        aliases=aka("CJNG", "JALISCO NEW GENERATION CARTEL"),
    ),
    person(
        17522,
        "OSEGUERA CERVANTES, Nemesio",
        "SDNTK",
        "DOB 17 Jul 1966",
        "POB Aguililla, Michoacan, Mexico",
        "nationality Mexico",
        "Gender Male",
        "a.k.a. 'EL MENCHO'",
        "Linked To: CARTEL DE JALISCO NUEVA GENERACION",
        addresses=at(city="Jalisco", country="Mexico"),
    ),
    # --- Regimes ------------------------------------------------------------------------
    person(
        9017,
        "LUKASHENKA, Aliaksandr Ryhoravich",
        "BELARUS BELARUS-EO14038",
        "DOB 30 Aug 1954",
        "POB Kopys, Vitebsk Oblast, Belarus",
        "nationality Belarus",
        "Gender Male",
        title="President of the Republic of Belarus",
        addresses=at(city="Minsk", country="Belarus"),
        aliases=aka("LUKASHENKO, Alexander Grigoryevich"),
    ),
    person(
        12376,
        "AL-ASAD, Bashar",
        "SYRIA",
        "DOB 11 Sep 1965",
        "POB Damascus, Syria",
        "nationality Syria",
        "Gender Male",
        title="President of the Syrian Arab Republic",
        addresses=at(city="Damascus", country="Syria"),
    ),
    person(
        22335,
        "MADURO MOROS, Nicolas",
        "VENEZUELA",
        "DOB 23 Nov 1962",
        "POB Caracas, Venezuela",
        "nationality Venezuela",
        "Gender Male",
        "Cedula No. 5892464 (Venezuela)",
        title="President of the Bolivarian Republic of Venezuela",
        addresses=at(city="Caracas", country="Venezuela"),
    ),
    entity(
        26014,
        "PETROLEOS DE VENEZUELA, S.A.",
        "VENEZUELA-EO13850",
        "Website www.pdvsa.com",
        addresses=at("Avenida Libertador, La Campina", "Caracas", "Venezuela"),
        aliases=aka("PDVSA"),
    ),
    # --- North Korea --------------------------------------------------------------------
    entity(
        15020,
        "FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA",
        "NPWMD",
        "SWIFT/BIC FTBDKPPY",
        addresses=at("FTB Building, Jungsong-dong, Central District", "Pyongyang", "Korea, North"),
        aliases=aka("FOREIGN TRADE BANK", "MUYOK EUNHAENG"),
    ),
    entity(
        20526,
        "AIR KORYO",
        "DPRK3",
        *DPRK_SECONDARY,
        addresses=at("Sunan District", "Pyongyang", "Korea, North"),
    ),
    OfacEntry(
        20549,
        "P-632",
        "aircraft",
        progs("DPRK3"),
        (
            "Aircraft Model TU-204-300",
            "Aircraft Operator Air Koryo",
            *DPRK_SECONDARY,
            "Linked To: AIR KORYO",
        ),
    ),
    entity(
        27481,
        "LAZARUS GROUP",
        "DPRK3",
        *DPRK_SECONDARY,
        "Linked To: RECONNAISSANCE GENERAL BUREAU",
        addresses=at("Potonggang District", "Pyongyang", "Korea, North"),
        aliases=aka("APPLEWORM", "GUARDIANS OF PEACE", "HIDDEN COBRA", "WHOIS HACKING TEAM"),
    ),
    # --- Cyber --------------------------------------------------------------------------
    person(
        20928,
        "BOGACHEV, Evgeniy Mikhaylovich",
        "CYBER2",
        "DOB 28 Oct 1983",
        "nationality Russia",
        "Gender Male",
        "a.k.a. 'LUCKY12345'",
        "a.k.a. 'SLAVIK'",
        "a.k.a. 'POLLINGSOON'",
        addresses=at(city="Anapa, Krasnodarskiy Kray", country="Russia"),
        aliases=aka("BOGACHEV, Evgeniy Mikhailovich"),
    ),
    person(
        20929,
        "BELAN, Aleksei Alekseyevich",
        "CYBER2",
        "DOB 27 Jun 1987",
        "POB Riga, Latvia",
        "nationality Russia",
        "Gender Male",
        aliases=aka("BELAN, Alexsey Alexseyevich"),
    ),
    entity(
        23340,
        "INTERNET RESEARCH AGENCY LLC",
        "CYBER2",
        "a.k.a. 'TROLL FACTORY'",
        addresses=at("55 Savushkina Street", "St. Petersburg", "Russia"),
        aliases=aka("GLAVSET LLC", "MEDIASINTEZ LLC"),
    ),
    entity(
        28133,
        "EVIL CORP",
        "CYBER2",
        addresses=at(city="Moscow", country="Russia"),
        aliases=aka("EVIL CORPORATION"),
    ),
    person(
        28134,
        "YAKUBETS, Maksim Viktorovich",
        "CYBER2",
        "DOB 20 May 1987",
        "nationality Russia",
        "Gender Male",
        "a.k.a. 'AQUA'",
        "Linked To: EVIL CORP",
        addresses=at(city="Moscow", country="Russia"),
    ),
    entity(
        36079,
        "GARANTEX EUROPE OU",
        "RUSSIA-EO14024",
        "Website garantex.io",
        RU_SECONDARY,
        addresses=at(city="Tallinn", country="Estonia"),
        aliases=aka("GARANTEX"),
    ),
    entity(
        36081,
        "HYDRA MARKET",
        "CYBER2 RUSSIA-EO14024",
        "Website hydraruzxpnew4af.onion",
        "Organization Established Date 2015",
        RU_SECONDARY,
        "a.k.a. 'HYDRA'",
        addresses=at(country="Russia"),
    ),
    entity(
        38919,
        "TORNADO CASH",
        "CYBER2 DPRK3",
        "Website https://tornado.cash",
        "Organization Established Date 2019",
        "Digital Currency Address - ETH 0x8589427373D6D84E98730D7795D8f6f8731FDA16",
        "alt. Digital Currency Address - ETH 0x722122dF12D4e14e13Ac3b6895a86e84145b6967",
        "alt. Digital Currency Address - ETH 0xd90e2f925DA726b50C4Ed8D0Fb90Ad053324F31b",
        "alt. Digital Currency Address - ETH 0x12D66f87A04A9E220743712cE6d9bB1B5616B8Fc",
        "alt. Digital Currency Address - ETH 0x47CE0C6eD5B0Ce3d3A51fdb1C52DC66a7c3c2936",
        "alt. Digital Currency Address - ETH 0x910Cbd523D972eb0a6f4cAe4618aD62622b39DbF",
        "alt. Digital Currency Address - ETH 0xA160cdAB225685dA1d56aa342Ad8841c3b53f291",
        *DPRK_SECONDARY,
        note="designated 2022 (CYBER2, DPRK3); OFAC removed it from the SDN List in March 2025",
    ),
    # --- Russia: individuals ------------------------------------------------------------
    person(
        15618,
        "ROTENBERG, Arkady Romanovich",
        "UKRAINE-EO13661 RUSSIA-EO14024",
        "DOB 15 Dec 1951",
        "POB Leningrad, Russia",
        "nationality Russia",
        "Gender Male",
        RU_SECONDARY,
        addresses=at(city="Moscow", country="Russia"),
    ),
    person(
        15620,
        "TIMCHENKO, Gennady Nikolayevich",
        "UKRAINE-EO13661 RUSSIA-EO14024",
        "DOB 09 Nov 1952",
        "POB Leninakan, Armenia",
        "nationality Russia",
        "alt. nationality Finland",
        "Gender Male",
        RU_SECONDARY,
        addresses=at(city="Moscow", country="Russia"),
    ),
    person(
        15812,
        "SECHIN, Igor Ivanovich",
        "UKRAINE-EO13661 RUSSIA-EO14024",
        "DOB 07 Sep 1960",
        "POB Leningrad, Russia",
        "nationality Russia",
        "Gender Male",
        RU_SECONDARY,
        addresses=at(city="Moscow", country="Russia"),
    ),
    person(
        22979,
        "KADYROV, Ramzan Akhmatovich",
        "GLOMAG RUSSIA-EO14024",
        "DOB 05 Oct 1976",
        "POB Tsentoroi, Chechnya, Russia",
        "nationality Russia",
        "Gender Male",
        RU_SECONDARY,
        title="Head of the Chechen Republic",
        addresses=at(city="Grozny, Chechnya", country="Russia"),
    ),
    person(
        23519,
        "KERIMOV, Suleiman Abusaidovich",
        "UKRAINE-EO13661 RUSSIA-EO14024",
        "DOB 12 Mar 1966",
        "POB Derbent, Dagestan, Russia",
        "nationality Russia",
        "Gender Male",
        RU_SECONDARY,
        addresses=at(city="Moscow", country="Russia"),
    ),
    person(
        35096,
        "PUTIN, Vladimir Vladimirovich",
        "RUSSIA-EO14024",
        "DOB 07 Oct 1952",
        "POB Leningrad, Russia",
        "nationality Russia",
        "Gender Male",
        RU_SECONDARY,
        title="President of the Russian Federation",
        addresses=at(city="Moscow", country="Russia"),
    ),
    person(
        35097,
        "LAVROV, Sergei Viktorovich",
        "RUSSIA-EO14024",
        "DOB 21 Mar 1950",
        "POB Moscow, Russia",
        "nationality Russia",
        "Gender Male",
        RU_SECONDARY,
        title="Minister of Foreign Affairs of the Russian Federation",
        addresses=at(city="Moscow", country="Russia"),
    ),
    person(
        35098,
        "SHOIGU, Sergei Kuzhugetovich",
        "RUSSIA-EO14024",
        "DOB 21 May 1955",
        "POB Chadan, Tuva Republic, Russia",
        "nationality Russia",
        "Gender Male",
        RU_SECONDARY,
        addresses=at(city="Moscow", country="Russia"),
    ),
    person(
        35099,
        "GERASIMOV, Valery Vasilyevich",
        "RUSSIA-EO14024",
        "DOB 08 Sep 1955",
        "POB Kazan, Russia",
        "nationality Russia",
        "Gender Male",
        RU_SECONDARY,
        title="Chief of the General Staff of the Armed Forces of the Russian Federation",
        addresses=at(city="Moscow", country="Russia"),
    ),
    OfacEntry(
        37432,
        "AMADEA",
        "vessel",
        progs("RUSSIA-EO14024"),
        (
            RU_SECONDARY,
            "Vessel Registration Identification IMO 1012531",
            "Linked To: KERIMOV, Suleiman Abusaidovich",
        ),
        vess_type="Yacht",
        vess_flag="Cayman Islands",
    ),
    # --- Russia: financial sector -------------------------------------------------------
    entity(
        35011,
        "VTB BANK PUBLIC JOINT STOCK COMPANY",
        "UKRAINE-EO13662 RUSSIA-EO14024",
        UA_DIRECTIVE_1,
        UA_SECONDARY,
        UA_DIRECTIVES_LINK,
        RU_SECONDARY,
        "Organization Established Date 17 Oct 1990",
        "Website www.vtb.ru",
        "SWIFT/BIC VTBRRUMM",
        "Tax ID No. 7702070139 (Russia)",
        "Registration Number 1027739609391 (Russia)",
        "a.k.a. 'VTB'",
        addresses=at("29 Bolshaya Morskaya Street", "Saint Petersburg 190000", "Russia"),
        aliases=aka("VTB BANK PJSC") + fka("VNESHTORGBANK", "BANK FOR FOREIGN TRADE"),
    ),
    entity(
        35015,
        "PUBLIC JOINT STOCK COMPANY BANK FINANCIAL CORPORATION OTKRITIE",
        "RUSSIA-EO14024",
        RU_SECONDARY,
        "Website www.open.ru",
        "SWIFT/BIC JSNMRUMM",
        addresses=at(city="Moscow", country="Russia"),
        aliases=aka("BANK OTKRITIE FINANCIAL CORPORATION", "OTKRITIE BANK"),
    ),
    entity(
        35018,
        "PUBLIC JOINT STOCK COMPANY SOVCOMBANK",
        "RUSSIA-EO14024",
        RU_SECONDARY,
        "Website www.sovcombank.ru",
        "SWIFT/BIC SOMRRUMM",
        addresses=at(city="Kostroma", country="Russia"),
        aliases=aka("SOVCOMBANK PJSC"),
    ),
    entity(
        34982,
        "STATE CORPORATION BANK FOR DEVELOPMENT AND FOREIGN ECONOMIC AFFAIRS VNESHECONOMBANK",
        "UKRAINE-EO13662 RUSSIA-EO14024",
        UA_DIRECTIVE_1,
        UA_SECONDARY,
        UA_DIRECTIVES_LINK,
        RU_SECONDARY,
        "Website www.veb.ru",
        "SWIFT/BIC BFEARUMM",
        addresses=at("9 Akademika Sakharova Prospekt", "Moscow 107996", "Russia"),
        aliases=aka("VNESHECONOMBANK", "VEB") + nka("STATE DEVELOPMENT CORPORATION VEB.RF"),
    ),
    entity(
        36192,
        "PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA",
        "UKRAINE-EO13662 RUSSIA-EO14024",
        # Long enough that SDN.CSV truncates it and SDN_COMMENTS.CSV carries the rest.
        UA_DIRECTIVE_1,
        UA_SECONDARY,
        UA_DIRECTIVES_LINK,
        "Listing Date (EO 14024 Directive 2): 24 Feb 2022",
        "Effective Date (EO 14024 Directive 2): 26 Mar 2022",
        "Listing Date (EO 14024 Directive 3): 24 Feb 2022",
        "Effective Date (EO 14024 Directive 3): 26 Mar 2022",
        RU_DIRECTIVES_LINK,
        RU_SECONDARY,
        "Website www.sberbank.ru",
        "alt. Website www.sberbank.com",
        "SWIFT/BIC SABRRUMM",
        "Tax ID No. 7707083893 (Russia)",
        "Registration Number 1027700132195 (Russia)",
        "a.k.a. 'SBERBANK ROSSII'",
        addresses=at("19 Vavilova Street", "Moscow 117997", "Russia"),
        aliases=aka("SBERBANK") + fka("OPEN JOINT STOCK COMPANY SBERBANK OF RUSSIA"),
    ),
    entity(
        36201,
        "JOINT STOCK COMPANY ALFA-BANK",
        "RUSSIA-EO14024",
        "Listing Date (EO 14024 Directive 3): 24 Feb 2022",
        "Effective Date (EO 14024 Directive 3): 26 Mar 2022",
        RU_SECONDARY,
        "Website www.alfabank.ru",
        "SWIFT/BIC ALFARUMM",
        "Tax ID No. 7728168971 (Russia)",
        addresses=at("27 Kalanchevskaya Street", "Moscow 107078", "Russia"),
        aliases=aka("ALFA-BANK AO", "AKTSIONERNOE OBSHCHESTVO ALFA-BANK"),
    ),
)

# 21 Jun 2024: OFAC designates twelve senior leaders of AO Kaspersky Lab under E.O. 14024
# for operating in the technology sector of the Russian Federation economy. (AO Kaspersky
# Lab itself, its parent and subsidiaries, and Eugene Kaspersky were NOT designated, so no
# entry links to them.) The published entries give nationality, not dates of birth here.
KASPERSKY_LEADERS: tuple[tuple[int, str, str, str], ...] = (
    (48851, "ALEKSEEVA, Marina Mikhaylovna", "Female", "Chief Human Resources Officer"),
    (48852, "ASTRAKHAN, Kirill Aleksandrovich", "Male", "EVP for Corporate Business"),
    (48853, "BORSHCHEV, Daniil Sergeyevich", "Male", "Deputy CEO, board member"),
    (48854, "CHEKUNOV, Igor Gennadyevich", "Male", "Chief Legal Officer, board member"),
    (48855, "DUKHVALOV, Andrey Petrovich", "Male", "VP, Director of Future Technologies"),
    (48856, "EFREMOV, Andrei Anatolyevich", "Male", "Chief Business Development Officer"),
    (48857, "GERBER, Mikhail Yuryevich", "Male", "EVP for Consumer Business"),
    (48858, "IVANOV, Anton Mikhaylovich", "Male", "Chief Technology Officer"),
    (48859, "KULASHOVA, Anna Vladimirovna", "Female", "Managing Director, Russia and CIS"),
    (48860, "SUVOROV, Andrei Anatolyevich", "Male", "Head of KasperskyOS Business Unit"),
    (48861, "TIKHONOV, Andrei Gennadyevich", "Male", "Chief Operating Officer"),
    (48862, "ZENKIN, Denis Vladimirovich", "Male", "Head of Corporate Communications"),
)


def ofac_day2(day1: Sequence[OfacEntry]) -> tuple[OfacEntry, ...]:
    """Day 1 plus one day of list changes: 12 designations, 1 delisting, 2 amendments."""
    by_id = {e.ent_num: e for e in day1}
    # Delisting: Tornado Cash (OFAC removed it from the SDN List, 21 Mar 2025).
    del by_id[38919]
    # Amendment 1: a program added - ANSARALLAH's FTO designation shows up as [FTO].
    ansarallah = by_id[47102]
    by_id[47102] = replace(ansarallah, programs=(*ansarallah.programs, "FTO"))
    # Amendment 2: VTB's registered office moves from St Petersburg to Moscow (ADD.CSV) and
    # its Russian full name is added as a strong alias (ALT.CSV); SDN.CSV is unchanged.
    vtb = by_id[35011]
    by_id[35011] = replace(
        vtb,
        addresses=at("43 Vorontsovskaya Street, Building 1", "Moscow 109147", "Russia"),
        aliases=vtb.aliases + aka("BANK VTB PUBLICHNOE AKTSIONERNOE OBSHCHESTVO"),
    )
    # Designations: the Kaspersky Lab leadership.
    for ent_num, name, gender, role in KASPERSKY_LEADERS:
        by_id[ent_num] = person(
            ent_num,
            name,
            "RUSSIA-EO14024",
            "nationality Russia",
            f"Gender {gender}",
            RU_SECONDARY,
            note=f"Kaspersky Lab: {role}; designated 21 Jun 2024 (E.O. 14024)",
        )
    return tuple(by_id[k] for k in sorted(by_id))


@dataclass(frozen=True)
class OfacNumbers:
    """add_num / alt_num for every ADD/ALT row, stable across days."""

    add: dict[tuple[int, int], int]  # (ent_num, position) -> add_num
    alt: dict[tuple[int, str, str], int]  # (ent_num, type, name) -> alt_num


def ofac_numbers(days: Sequence[Sequence[OfacEntry]]) -> OfacNumbers:
    """Number ADD and ALT rows the way OFAC's sequences grow: in order of first
    appearance (day by day, then ent_num), so a row keeps its number on later days and
    rows added later get higher numbers. An amended address keeps its add_num."""
    add: dict[tuple[int, int], int] = {}
    alt: dict[tuple[int, str, str], int] = {}
    next_add = next_alt = 0
    for day in days:
        for e in sorted(day, key=lambda e: e.ent_num):
            for pos in range(max(1, len(e.addresses))):
                if (e.ent_num, pos) not in add:
                    next_add = max(next_add + 1, e.ent_num * 3 // 2)
                    add[(e.ent_num, pos)] = next_add
            for a in e.aliases:
                key = (e.ent_num, a.kind, a.name)
                if key not in alt:
                    next_alt = max(next_alt + 1, e.ent_num * 3 // 2 + 400)
                    alt[key] = next_alt
    return OfacNumbers(add, alt)


def ofac_field(value: str) -> str:
    if value == "":
        return OFAC_EMPTY
    if '"' in value or "\r" in value or "\n" in value:
        raise ValueError(f"OFAC CSV text cannot hold quotes or line breaks: {value!r}")
    return f'"{value}"'


def ofac_line(*fields: int | str) -> str:
    return ",".join(str(f) if isinstance(f, int) else ofac_field(f) for f in fields)


def ofac_file(lines: Iterable[str]) -> bytes:
    text = "".join(line + "\r\n" for line in lines) + "\x1a"
    return text.encode("ascii")  # plain ASCII: identical in cp1252 and utf-8


def ofac_render(entries: Sequence[OfacEntry], numbers: OfacNumbers) -> dict[str, bytes]:
    sdn, add, alt, comments = [], [], [], []
    for e in sorted(entries, key=lambda e: e.ent_num):
        remarks = e.remarks_text
        head, rest = remarks[:OFAC_REMARKS_LIMIT], remarks[OFAC_REMARKS_LIMIT:]
        sdn.append(
            ofac_line(
                e.ent_num,
                e.name,
                e.sdn_type,
                "] [".join(e.programs),
                e.title,
                e.call_sign,
                e.vess_type,
                e.tonnage,
                e.grt,
                e.vess_flag,
                e.vess_owner,
                head,
            )
        )
        if rest:
            comments.append(ofac_line(e.ent_num, rest))
        for pos, ad in enumerate(e.addresses or (OfacAddress(),)):
            add_num = numbers.add[(e.ent_num, pos)]
            add.append(ofac_line(e.ent_num, add_num, ad.address, ad.city, ad.country, ad.remarks))
        for al in e.aliases:
            alt_num = numbers.alt[(e.ent_num, al.kind, al.name)]
            alt.append(ofac_line(e.ent_num, alt_num, al.kind, al.name, al.remarks))
    return {
        "SDN.CSV": ofac_file(sdn),
        "ADD.CSV": ofac_file(add),
        "ALT.CSV": ofac_file(alt),
        "SDN_COMMENTS.CSV": ofac_file(comments),
    }


def ofac_address_text(a: OfacAddress) -> str:
    return ", ".join(p for p in (a.address, a.city, a.country) if p)


def ofac_describe(old: OfacEntry, new: OfacEntry) -> list[str]:
    """What changed in one entry, in words (for CHANGES.md)."""
    out: list[str] = []
    if old.programs != new.programs:
        added = [p for p in new.programs if p not in old.programs]
        dropped = [p for p in old.programs if p not in new.programs]
        if added:
            out.append(f"SDN.CSV: program {', '.join(f'[{p}]' for p in added)} added")
        if dropped:
            out.append(f"SDN.CSV: program {', '.join(f'[{p}]' for p in dropped)} removed")
    for attr in ("name", "sdn_type", "title", "vess_type", "vess_flag", "call_sign"):
        if getattr(old, attr) != getattr(new, attr):
            out.append(f"SDN.CSV: {attr} {getattr(old, attr)!r} -> {getattr(new, attr)!r}")
    if old.remarks_text != new.remarks_text:
        out.append("SDN.CSV: remarks updated")
    if old.addresses != new.addresses:
        before = "; ".join(ofac_address_text(a) for a in old.addresses) or "(none)"
        after = "; ".join(ofac_address_text(a) for a in new.addresses) or "(none)"
        out.append(f"ADD.CSV: address changed from `{before}` to `{after}`")
    for a in new.aliases:
        if a not in old.aliases:
            out.append(f"ALT.CSV: {a.kind} `{a.name}` added")
    for a in old.aliases:
        if a not in new.aliases:
            out.append(f"ALT.CSV: {a.kind} `{a.name}` removed")
    return out


@source("us_ofac_sdn")
def us_ofac_sdn(out: Path) -> SourceResult:
    day1 = tuple(sorted(OFAC_DAY1, key=lambda e: e.ent_num))
    day2 = ofac_day2(day1)
    for day in (day1, day2):
        ids = [e.ent_num for e in day]
        if len(ids) != len(set(ids)):
            raise ValueError("duplicate ent_num")
    numbers = ofac_numbers((day1, day2))
    for label, entries in zip(DAYS, (day1, day2), strict=True):
        files = ofac_render(entries, numbers)
        if not files["SDN_COMMENTS.CSV"].strip(b"\x1a"):
            raise ValueError("no entry overflows into SDN_COMMENTS.CSV")
        for name in OFAC_FILES:
            write_bytes(out / label / "us_ofac_sdn" / name, files[name])

    old = {e.ent_num: e for e in day1}
    new = {e.ent_num: e for e in day2}
    diff = compare_days(old, new)
    added, removed, modified = diff.added, diff.removed, diff.modified
    if (len(added), len(removed), len(modified)) != (12, 1, 2):
        raise ValueError(f"unexpected change set: {added=} {removed=} {modified=}")

    md = [
        "## us_ofac_sdn (OFAC SDN List, legacy CSV)",
        "",
        f"Day 1: {len(day1)} entries. Day 2: {len(day2)} entries "
        f"({len(added)} added, {len(removed)} removed, {len(modified)} modified; "
        f"every other entry is byte-identical in all four files).",
        "",
        "Identifiers are `ent_num` values (the record id).",
        "",
        f"### Added ({len(added)})",
        "",
    ]
    for k in added:
        e = new[k]
        md.append(f"- `{k}` {e.name} [{'] ['.join(e.programs)}]: {e.note}")
    md += ["", f"### Removed ({len(removed)})", ""]
    for k in removed:
        e = old[k]
        md.append(f"- `{k}` {e.name} [{'] ['.join(e.programs)}]: {e.note}")
    md += ["", f"### Modified ({len(modified)})", ""]
    for k in modified:
        e = new[k]
        md.append(f"- `{k}` {e.name}:")
        md += [f"  - {change}" for change in ofac_describe(old[k], e)]
        if old[k].note:
            md.append(f"  - context: {old[k].note}")
    md += [
        "",
        "Day 2 folds several real list changes into one step so that a single run "
        "exercises every kind of change: the 21 Jun 2024 Kaspersky designations, the "
        "March 2025 Tornado Cash delisting and ANSARALLAH FTO designation, and VTB's move "
        "of its registered office to Moscow.",
    ]
    return SourceResult(diff.expected(), "\n".join(md) + "\n")


# ---------------------------------------------------------------------------------------


def load_source_modules() -> None:
    """Import demo/sources/*.py: each registers its source's generator with @source."""
    for path in sorted((Path(__file__).resolve().parent / "sources").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"demo_sources_{path.stem}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up by name
        spec.loader.exec_module(module)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) > 1 or (args and args[0].startswith("-")):
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: python demo/generate_demo.py [OUT_DIR]", file=sys.stderr)
        return 2
    out = Path(args[0]) if args else DEFAULT_OUT
    load_source_modules()
    results = {sid: SOURCES[sid](out) for sid in sorted(SOURCES)}
    expected = {sid: r.expected for sid, r in results.items()}
    write_bytes(out / "expected.json", (json.dumps(expected, indent=2) + "\n").encode("utf-8"))
    changes = [
        "# Demo data: what changes between day 1 and day 2",
        "",
        "Generated by `demo/generate_demo.py`; do not edit by hand. The same change sets, "
        "as ids, are in `expected.json`.",
        "",
    ]
    for r in results.values():
        changes += [r.changes_md]
    write_bytes(out / "CHANGES.md", "\n".join(changes).encode("utf-8"))
    for sid, exp in expected.items():
        print(f"{sid}: {json.dumps(exp)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
