"""Demo data for us_ofac_cons: OFAC's consolidated (non-SDN) list, CONS_*.CSV set.

Stdlib only (run by demo/generate_demo.py). The CONS_* files have exactly the SDN CSV
shapes: no header, CRLF, `-0- ` for empty fields, a Ctrl-Z after the last line,
programs packed as `UKRAINE-EO13662] [RUSSIA-EO14024`, remarks cut at 1000 characters
in CONS_PRIM.CSV and continued (mid-word) in CONS_COMMENTS.CSV.

Every line below is a real consolidated-list line as OFAC published it (2024-2025
export): NS-PLC members, SSI banks, NS-CMIC companies (Huawei, Hikvision, China
Mobile), NS-MBS targets under E.O. 14024 (Central Bank of Russia, National Wealth
Fund), the CAPTA/Part 561 Bank of Kunlun and the CAATSA-sanctioned Turkish SSB.
SBERBANK (SWITZERLAND) AG is rebuilt from OFAC's CONS_ADVANCED.XML of 17 Mar 2020 (its
add_num values are demo numbers); it is no longer on the list. Kaspersky (the seed
story) is on no OFAC non-SDN list: its leaders are SDN entries (us_ofac_sdn).
Nothing is invented: a detail we do not have is left out.
"""

from __future__ import annotations

from pathlib import Path

from demo_common import DAYS, SourceResult, compare_days, source, write_bytes

SOURCE_ID = "us_ofac_cons"
FILES = ("CONS_PRIM.CSV", "CONS_ADD.CSV", "CONS_ALT.CSV", "CONS_COMMENTS.CSV")

# Real CONS_*.CSV lines, by ent_num (verbatim; long lines split for the source only).
PRIM: dict[int, str] = {
    9639: (
        '9639,"HANIYA, Ismail Abdul Salah","individual","NS-PLC",-0- ,-0- ,-0- ,-0- ,-0- '
        ',-0- ,-0- ,"DOB 1962; POB Shati."'
    ),
    9640: (
        '9640,"ABU TEIR, Mohammed","individual","NS-PLC",-0- ,-0- ,-0- ,-0- ,-0- ,-0- '
        ',-0- ,"DOB 1951; POB Umm Tuba."'
    ),
    9647: (
        '9647,"ZAHHAR, Mahmoud Khaled","individual","SDGT] [NS-PLC",-0- ,-0- ,-0- ,-0- '
        ',-0- ,-0- ,-0- ,"DOB 1945; POB Gaza Strip; nationality Palestinian; Gender '
        "Male; Secondary sanctions risk: section 1(b) of Executive Order 13224, as "
        "amended by Executive Order 13886; a.k.a. 'ZAHAR, Mahmoud'; a.k.a. 'AL-ZAHAR, "
        "Mahmoud'; Linked To: HAMAS.\""
    ),
    15268: (
        '15268,"BANK OF KUNLUN CO LTD",-0- ,"561-Related",-0- ,-0- ,-0- ,-0- ,-0- ,-0- '
        ',-0- ,"SWIFT/BIC CKLBCNBJ; United States financial institutions are prohibited '
        "from opening or maintaining a correspondent account or a payable-through "
        "account for the foreign financial institution listed here, pursuant to 31 "
        'C.F.R. section 561.201(c)."'
    ),
    17014: (
        '17014,"JOINT STOCK COMPANY RUSSIAN AGRICULTURAL BANK",-0- ,"UKRAINE-EO13662] '
        '[RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"SWIFT/BIC RUAGRUMM; '
        "Website http://www.rshb.ru; Executive Order 13662 Directive Determination - "
        "Subject to Directive 1; Secondary sanctions risk: Ukraine-/Russia-Related "
        "Sanctions Regulations, 31 CFR 589.201 and/or 589.209; Executive Order 14024 "
        "Directive Information - For more information on directives, please visit the "
        "following link: https://home.treasury.gov/policy-issues/financial-sanctions/sanc"
        "tions-programs-and-country-information/russian-harmful-foreign-activities-sancti"
        "ons#directives; Executive Order 14024 Directive Information Subject to "
        "Directive 3 - All transactions in, provision of financing for, and other "
        "dealings in new debt of longer than 14 days maturity or new equity where such "
        "new debt or new equity is issued on or after the 'Effective Date (EO 14024 "
        "Directive)' associated with this name are prohibited.; Listing Date (EO 14024 "
        "Directive 3): 24 Feb 2022; Effective Date (EO 14024 Directive 3): 26 Mar 2022; "
        'Government Gazette Number 52750822 (Russia); Registration Numbe"'
    ),
    17016: (
        '17016,"GAZPROMBANK JOINT STOCK COMPANY",-0- ,"UKRAINE-EO13662] '
        '[RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"SWIFT/BIC GAZPRUMM; '
        "Website www.gazprombank.ru; Executive Order 13662 Directive Determination - "
        "Subject to Directive 1; Secondary sanctions risk: Ukraine-/Russia-Related "
        "Sanctions Regulations, 31 CFR 589.201 and/or 589.209; alt. Secondary sanctions "
        "risk: See Section 11 of Executive Order 14024.; Organization Established Date "
        "31 Jul 1990; alt. Organization Established Date 31 Jul 1990; Target Type "
        "Financial Institution; alt. Target Type State-Owned Enterprise; Executive Order "
        "14024 Directive Information - For more information on directives, please visit "
        "the following link: https://home.treasury.gov/policy-issues/financial-sanctions/"
        "sanctions-programs-and-country-information/russian-harmful-foreign-activities-sa"
        "nctions#directives; Executive Order 14024 Directive Information Subject to "
        "Directive 3 - All transactions in, provision of financing for, and other "
        "dealings in new debt of longer than 14 days maturity or new equity where such "
        "new debt or new equity is issued on or after the 'Effec\""
    ),
    18715: (
        '18715,"JOINT STOCK COMPANY SBERBANK",-0- ,"UKRAINE-EO13662] '
        '[RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"SWIFT/BIC SABRUAUK; '
        "Website www.sberbank.ua; alt. Website sbrf.com.ua; Executive Order 13662 "
        "Directive Determination - Subject to Directive 1; Secondary sanctions risk: "
        "Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209; "
        "alt. Secondary sanctions risk: See Section 11 of Executive Order 14024.; "
        "Executive Order 14024 Directive Information - For more information on "
        "directives, please visit the following link: "
        "https://home.treasury.gov/policy-issues/financial-sanctions/sanctions-programs-a"
        "nd-country-information/russian-harmful-foreign-activities-sanctions#directives; "
        "Listing Date (EO 14024 Directive 2): 24 Feb 2022; Effective Date (EO 14024 "
        "Directive 2): 26 Mar 2022; Registration ID 25959784 (Ukraine); Tax ID No. "
        "259597826652 (Ukraine); For more information on directives, please visit the "
        "following link: http://www.treasury.gov/resource-center/sanctions/Programs/Pages"
        "/ukraine.aspx#directives; Linked To: PUBLIC JOINT STOCK COMPANY SBERBANK OF "
        'RUSSIA."'
    ),
    27016: (
        '27016,"PRESIDENCY OF DEFENSE INDUSTRIES",-0- ,"CAATSA - RUSSIA",-0- ,-0- ,-0- '
        ',-0- ,-0- ,-0- ,-0- ,"CAATSA Section 235 Information: EXPORT SANCTIONS Sec. '
        "235(a)(2); alt. CAATSA Section 235 Information: LOANS FROM UNITED STATES "
        "FINANCIAL INSTITUTIONS. Sec. 235(a)(3); alt. CAATSA Section 235 Information: "
        "LOANS FROM INTERNATIONAL FINANCIAL INSTITUTIONS. Sec. 235(a)(4); alt. CAATSA "
        "Section 235 Information: SANCTIONS ON PRINCIPAL EXECUTIVE OFFICERS. Sec "
        "235(a)(12); alt. CAATSA Section 235 Information: EXPORT-IMPORT BANK ASSISTANCE "
        "FOR EXPORTS TO SANCTIONED PERSONS. Sec. 235(a)(1); a.k.a. 'SSB'; a.k.a. 'SSM'.\""
    ),
    30923: (
        '30923,"CHINA MOBILE LIMITED",-0- ,"CMIC-EO13959",-0- ,-0- ,-0- ,-0- ,-0- ,-0- '
        ',-0- ,"Equity Ticker CHL US; alt. Equity Ticker 941 HK; alt. Equity Ticker CHL '
        "RU; alt. Equity Ticker CTMA DE; alt. Equity Ticker K3PD SG; alt. Equity Ticker "
        "CTM DE; alt. Equity Ticker C1HL34 BR; alt. Equity Ticker CHL AR; Issuer Name "
        "China Mobile Limited; alt. Issuer Name China Mobile Ltd; ISIN US16941M1099; "
        "alt. ISIN HK0941009539; alt. ISIN BRC1HLBDR003; alt. ISIN ARDEUT111812; Target "
        "Type Public Company; Effective Date (CMIC) 02 Aug 2021; Purchase/Sales For "
        "Divestment Date (CMIC) 03 Jun 2022; Listing Date (CMIC) 03 Jun 2021; Linked To: "
        'CHINA MOBILE COMMUNICATIONS GROUP CO., LTD."'
    ),
    30946: (
        '30946,"HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.",-0- ,"CMIC-EO13959",-0- '
        ',-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Equity Ticker 002415 CN; Issuer Name Hangzhou '
        "Hikvision Digital Technology; ISIN CNE100000PM8; Target Type Public Company; "
        "Effective Date (CMIC) 02 Aug 2021; Purchase/Sales For Divestment Date (CMIC) 03 "
        "Jun 2022; Listing Date (CMIC) 03 Jun 2021; Unified Social Credit Code (USCC) "
        '91330000733796106P (China)."'
    ),
    30947: (
        '30947,"HUAWEI TECHNOLOGIES CO., LTD.",-0- ,"CMIC-EO13959",-0- ,-0- ,-0- ,-0- '
        ',-0- ,-0- ,-0- ,"Target Type Private Company; Effective Date (CMIC) 02 Aug '
        "2021; Purchase/Sales For Divestment Date (CMIC) 03 Jun 2022; Listing Date "
        "(CMIC) 03 Jun 2021; Unified Social Credit Code (USCC) 914403001922038216 "
        '(China)."'
    ),
    31693: (
        '31693,"NATIONAL WEALTH FUND OF THE RUSSIAN FEDERATION",-0- '
        ',"RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Target Type Government '
        "Entity; Executive Order 14024 Directive Information - For more information on "
        "directives, please visit the following link: "
        "https://home.treasury.gov/policy-issues/financial-sanctions/sanctions-programs-a"
        "nd-country-information/russian-harmful-foreign-activities-sanctions#directives; "
        "Executive Order 14024 Directive Information Subject to Directive 1a - As of the "
        "effective date, participation in the secondary market for ruble or non-ruble "
        "denominated bonds issued on or after the effective date by the Central Bank of "
        "the Russian Federation, the National Wealth Fund of the Russian Federation, or "
        "the Ministry of Finance of the Russian Federation is prohibited.; alt. "
        "Executive Order 14024 Directive Information Subject to Directive 4 - any "
        "transaction involving the Central Bank of the Russian Federation, the National "
        "Wealth Fund of the Russian Federation, or the Ministry of Finance of the "
        "Russian Federation, including any transfer of assets to such entities or any "
        'foreig"'
    ),
    31695: (
        '31695,"CENTRAL BANK OF THE RUSSIAN FEDERATION",-0- ,"RUSSIA-EO14024",-0- ,-0- '
        ',-0- ,-0- ,-0- ,-0- ,-0- ,"SWIFT/BIC CBRFRUMM; Website www.cbr.ru; Organization '
        "Established Date 13 Jul 1990; Organization Type: Central banking; Target Type "
        "Government Entity; Executive Order 14024 Directive Information - For more "
        "information on directives, please visit the following link: "
        "https://home.treasury.gov/policy-issues/financial-sanctions/sanctions-programs-a"
        "nd-country-information/russian-harmful-foreign-activities-sanctions#directives; "
        "Executive Order 14024 Directive Information Subject to Directive 1a - As of the "
        "effective date, participation in the secondary market for ruble or non-ruble "
        "denominated bonds issued on or after the effective date by the Central Bank of "
        "the Russian Federation, the National Wealth Fund of the Russian Federation, or "
        "the Ministry of Finance of the Russian Federation is prohibited.; alt. "
        "Executive Order 14024 Directive Information Subject to Directive 4 - any "
        "transaction involving the Central Bank of the Russian Federation, the National "
        'Wealth Fund of the Russian Federation"'
    ),
    46072: (
        '46072,"MYANMA OIL AND GAS ENTERPRISE",-0- ,"BURMA-EO14014",-0- ,-0- ,-0- ,-0- '
        ',-0- ,-0- ,-0- ,"Organization Established Date 1963; Organization Type: '
        "Extraction of crude petroleum; Target Type State-Owned Enterprise; Executive "
        "Order 14014 Directive Information: Subject to Directive 1 - As of the effective "
        "date, the provision, exportation, or reexportation, directly or indirectly, of "
        "financial services to or for the benefit of Myanma Oil and Gas Enterprise "
        "(MOGE) or its property or interests in property is prohibited.; alt. Executive "
        "Order 14014 Directive Information: For more information on directives, please "
        "visit the following link: "
        "https://ofac.treasury.gov/sanctions-programs-and-country-information/burma#direc"
        "tives; Listing Date (EO 14014 Directive 1): 31 Oct 2023; Effective Date (EO "
        "14014 Directive 1): 15 Dec 2023; a.k.a. 'MOGE'; a.k.a. 'M.O.G.E.'.\""
    ),
    50476: (
        '50476,"MARTELLY, Michel Joseph","individual","ILLICIT-DRUGS-EO14059",-0- ,-0- '
        ',-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 12 Feb 1961; POB Port-au-Prince, Haiti; '
        "nationality Haiti; Gender Male; Executive Order 14059 information: Prohibition "
        "on any transactions in foreign exchange that are subject to the jurisdiction of "
        "the United States and in which this target has any interest; alt. Executive "
        "Order 14059 information: Prohibition on any United States financial institution "
        "from making loans or providing credit to this target; alt. Executive Order "
        "14059 information: Prohibition on any United States person from investing in or "
        "purchasing significant amounts of equity or debt instruments of this target; "
        "Driver's License No. M634550610520 (United States); National ID No. 0032768386 "
        "(Haiti); a.k.a. 'Sweet Micky'.\""
    ),
}
ADD: dict[int, tuple[str, ...]] = {
    9639: ("9639,12812,-0- ,-0- ,-0- ,-0- ",),
    9640: ("9640,12813,-0- ,-0- ,-0- ,-0- ",),
    9647: ('9647,68713,-0- ,-0- ,"Region: Gaza",-0- ',),
    15268: (
        (
            '15268,22761,"172 Xibin Rd, Ranghulu District, (Daqing, Heilongjiang '
            'Branch)","Daqing 163453","China",-0- '
        ),
        (
            '15268,22762,"9 Dongzhimen North Street, Dongcheng District, (Head '
            'Office)","Beijing 100007","China",-0- '
        ),
        (
            '15268,22763,"No. 7 Century Ave, (Registered Office)","Xinjiang, Karamay '
            '834000","China",-0- '
        ),
        (
            '15268,22764,"No. 68 Zhongya South Rd, Economic and Technological Development '
            'Zone, (Urumqi, Xinjiang Branch)","Urumqi 830026","China",-0- '
        ),
    ),
    17014: (
        '17014,25802,"3, Gagarinsky Pereulok","Moscow 119034","Russia",-0- ',
        '17014,25803,"3 Gagarinsky per.","Moscow 119034","Russia",-0- ',
    ),
    17016: (
        '17016,25807,"16 Nametkina Street, Bldg. 1","Moscow 117420","Russia",-0- ',
        '17016,79149,"6 Enh-Taivan St.","Ulaanbaatar 14250","Mongolia",-0- ',
        (
            '17016,79150,"6 Floor, Business Center Q, Block A, Building 15A, Kabanbay Batyra '
            'Avenue","Astana 010000","Kazakhstan",-0- '
        ),
        (
            '17016,79151,"10/48 Malcha Marg, Diplomatic Enclave, Chanakyapuri","Delhi '
            '110021","India",-0- '
        ),
        (
            '17016,79152,"Central International Trade Center, Suite No. 1205, Tower C, No. '
            '6A Jianguomenwai Avenue, Chaoyang","Liaoning 100022","China",-0- '
        ),
    ),
    18715: (
        '18715,28428,"46 Volodymyrska street","Kyiv 01601","Ukraine",-0- ',
        '18715,52516,"46 Vladimirskaya St","Kyiv 01601","Ukraine",-0- ',
    ),
    27016: ('27016,41053,-0- ,"Ankara","Turkey",-0- ',),
    30923: (
        ('30923,48543,"60th Floor, The Center, 99 Queens Road Central","Hong Kong","China",-0- '),
    ),
    30946: ('30946,48429,"555, Qianmo Road, Binjiang District","Hangzhou 310051","China",-0- ',),
    30947: (
        (
            '30947,48459,"Huawei Headquarter Office Building, Bantian, Longgang '
            'District","Guangdong, Shenzhen 518129","China",-0- '
        ),
    ),
    31693: ('31693,47735,"9 Ilyinka Street","Moscow 109097","Russia",-0- ',),
    31695: (
        '31695,47734,"Neglinnaya St 12","Moscow 107016","Russia",-0- ',
        '31695,47741,-0- ,"Moscow","Russia",-0- ',
    ),
    46072: (
        ('46072,68654,"Complex No. 44","Nay Pyi Taw, Naypyidaw Union Territory","Burma",-0- '),
        '46072,68655,"Building No. 6","Nay Pyi Taw","Burma",-0- ',
    ),
    50476: (
        '50476,76536,-0- ,"Miami, FL","United States",-0- ',
        '50476,76537,-0- ,"Petionville, Ouest","Haiti",-0- ',
        '50476,76538,-0- ,"Port-au-Prince, Ouest","Haiti",-0- ',
        '50476,76539,-0- ,-0- ,"Dominican Republic",-0- ',
    ),
}
ALT: dict[int, tuple[str, ...]] = {
    9639: (
        '9639,9150,"aka","HANIYA, Ismail",-0- ',
        '9639,9151,"aka","HANIYYA, Ismaeel",-0- ',
    ),
    9640: (
        '9640,9152,"aka","ABU TAIR, Mohammed Mahmud",-0- ',
        '9640,9153,"aka","ABOU TAYR, Mohammad Mahmoud",-0- ',
    ),
    9647: ('9647,9160,"aka","AL ZAHAR, Mahmoud Khaled",-0- ',),
    15268: (
        '15268,22509,"fka","KARAMAY URBAN CREDIT COOPERATIVES",-0- ',
        '15268,22510,"fka","KARAMAY CITY COMMERCIAL BANK CO LTD.",-0- ',
    ),
    17014: (
        '17014,26083,"aka","RUSSIAN AGRICULTURAL BANK",-0- ',
        '17014,26084,"aka","RUSSIAN AGRICULTURAL BANK OPEN JOINT STOCK COMPANY",-0- ',
        '17014,26085,"aka","ROSSELKHOZBANK",-0- ',
        '17014,26086,"aka","RUSSIAN AGRICULTURAL BANK OJSC",-0- ',
    ),
    17016: (
        '17016,26095,"fka","GAZPROMBANK OPEN JOINT STOCK COMPANY",-0- ',
        '17016,54916,"aka","BANK GPB JSC",-0- ',
        '17016,54918,"fka","JOINT STOCK BANK OF THE GAS INDUSTRY GAZPROMBANK",-0- ',
    ),
    18715: (
        ('18715,29310,"aka","SUBSIDIARY BANK SBERBANK OF RUSSIA PUBLIC JOINT STOCK COMPANY",-0- '),
        ('18715,29311,"aka","SBERBANK OF RUSSIA SUBSIDIARY BANK PUBLIC JOINT STOCK COMPANY",-0- '),
        (
            '18715,29312,"aka","PUBLICHNE AKTSIONERNE TOVARYSTVO DOCHIRNII BANK SBERBANKU '
            'ROSII",-0- '
        ),
        '18715,29313,"aka","JSC SBERBANK OF RUSSIA",-0- ',
        ('18715,29314,"fka","SBERBANK OF RUSSIA SUBSIDIARY BANK PRIVATE JOINT STOCK COMPANY",-0- '),
        '18715,55008,"aka","JSC SBERBANK",-0- ',
        '18715,55010,"aka","AKTSIONERNE TOVARYSTVO SBERBANK",-0- ',
    ),
    27016: (
        '27016,42778,"aka","DEFENSE INDUSTRIES PRESIDENCY",-0- ',
        '27016,42779,"fka","UNDERSECRETARIAT FOR DEFENSE INDUSTRIES",-0- ',
    ),
    30923: ('30923,50613,"aka","CHINA MOBILE LTD",-0- ',),
    30946: (
        '30946,48662,"aka","HIKVISION",-0- ',
        '30946,48893,"aka","HANGZHOU HIKVISION DIGITAL TECHNOLOGY",-0- ',
    ),
    30947: ('30947,48664,"aka","HUAWEI INVESTMENT & HOLDING CO LTD",-0- ',),
    31695: (
        '31695,49722,"aka","BANK ROSSI, FEDERAL STATE BUDGETARY INSTITUTION",-0- ',
        '31695,49723,"aka","BANK OF RUSSIA",-0- ',
        '31695,49724,"aka","BANK OF RUSSIA, CENTRAL BANK",-0- ',
        '31695,49725,"aka","TSENTRALNY BANK ROSSISKOI FEDERATSII",-0- ',
        '31695,49726,"aka","CENTRAL BANK OF RUSSIA",-0- ',
    ),
    50476: ('50476,78896,"aka","MARTELLY, Michael",-0- ',),
}
COMMENTS: dict[int, tuple[str, ...]] = {
    17014: (
        (
            '17014,"r 1027700342890 (Russia); For more information on directives, please '
            "visit the following link: "
            "http://www.treasury.gov/resource-center/sanctions/Programs/Pages/ukraine.aspx#di"
            "rectives.; a.k.a. 'RUSAG'.\""
        ),
    ),
    17016: (
        (
            "17016,\"tive Date (EO 14024 Directive)' associated with this name are "
            "prohibited.; Listing Date (EO 14024 Directive 3): 24 Feb 2022; Effective Date "
            "(EO 14024 Directive 3): 26 Mar 2022; Tax ID No. 7744001497 (Russia); Legal "
            "Entity Number 253400WSS48YWMBUA688; Registration Number 1027700167110 (Russia); "
            "For more information on directives, please visit the following link: "
            "https://ofac.treasury.gov/sanctions-programs-and-country-information/ukraine-rus"
            'sia-related-sanctions#directives."'
        ),
    ),
    31693: (
        (
            '31693,"n exchange transaction for or on behalf of such entities is prohibited.; '
            "Listing Date (EO 14024 Directive 1a): 22 Feb 2022; Effective Date (EO 14024 "
            'Directive 1a): 01 Mar 2022."'
        ),
    ),
    31695: (
        (
            '31695,", or the Ministry of Finance of the Russian Federation, including any '
            "transfer of assets to such entities or any foreign exchange transaction for or "
            "on behalf of such entities is prohibited.; Listing Date (EO 14024 Directive "
            "1a): 22 Feb 2022; Effective Date (EO 14024 Directive 1a): 01 Mar 2022; Tax ID "
            "No. 7702235133 (Russia); Government Gazette Number 00032253 (Russia); "
            'Registration Number 1037700013020 (Russia)."'
        ),
    ),
}

# SBERBANK (SWITZERLAND) AG: an SSI entry (Directive 1) since 22 Dec 2015, as OFAC's
# advanced XML of 17 Mar 2020 gives it, written as a CSV line; later delisted.
PRIM[18717] = (
    '18717,"SBERBANK (SWITZERLAND) AG",-0- ,"UKRAINE-EO13662",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
    '-0- ,"Website www.slb-bank.ch; SWIFT/BIC SLBZCHZZ; Executive Order 13662 Directive '
    "Determination - Subject to Directive 1; Registration ID CH-020.3.908.277-7 "
    "(Switzerland); alt. Registration ID CHE-106.291.569 (Switzerland); For more "
    "information on directives, please visit the following link: "
    "http://www.treasury.gov/resource-center/sanctions/Programs/Pages/ukraine.aspx#directives.; "
    'Linked To: SBERBANK OF RUSSIA."'
)
ADD[18717] = (
    '18717,28433,"Gartenstrasse 24","Zurich 8002","Switzerland",-0- ',
    '18717,28434,"PO Box 2136","Zurich 8027","Switzerland",-0- ',
    '18717,28435,"Freigutstrasse 16","Zurich 8027","Switzerland",-0- ',
)

REMOVED = 18717  # SBERBANK (SWITZERLAND) AG: no longer on the consolidated list
ADDED = (46072, 50476)  # MOGE (NS-MBS, 31 Oct 2023); Michel Martelly (NS-MBS)
# Amendments: rows OFAC added to existing entries (their add_num/alt_num are far
# higher than the entry's first rows). Day 1 shows the entries without them.
LATER_ALT = {18715: ("55008", "55010")}  # JSC Sberbank (Ukraine): two a.k.a.s added
LATER_ADD = {17016: ("79149", "79150", "79151", "79152")}  # Gazprombank: foreign offices

NOTES = {
    46072: "MYANMA OIL AND GAS ENTERPRISE [BURMA-EO14014]: E.O. 14014 Directive 1 "
    "(financial services), listed 31 Oct 2023",
    50476: "MARTELLY, Michel Joseph [ILLICIT-DRUGS-EO14059]: menu-based measures "
    "(foreign exchange, loans, equity)",
    18717: "SBERBANK (SWITZERLAND) AG [UKRAINE-EO13662]: SSI Directive 1 entry, no longer "
    "on the list (present in OFAC's 2020 consolidated advanced XML)",
    18715: "JOINT STOCK COMPANY SBERBANK (Ukraine): CONS_ALT.CSV a.k.a. `JSC SBERBANK` and "
    "`AKTSIONERNE TOVARYSTVO SBERBANK` added",
    17016: "GAZPROMBANK JOINT STOCK COMPANY: CONS_ADD.CSV offices in Ulaanbaatar, Astana, "
    "Delhi and Beijing added",
}


def _num(line: str) -> str:
    return line.split(",", 2)[1]


def _day(day: int) -> dict[int, tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """ent_num -> (CONS_PRIM line, CONS_ADD lines, CONS_ALT lines, CONS_COMMENTS lines)."""
    out = {}
    for ent in sorted(PRIM):
        if (day == 1 and ent in ADDED) or (day == 2 and ent == REMOVED):
            continue
        add, alt = ADD.get(ent, ()), ALT.get(ent, ())
        if day == 1:
            add = tuple(line for line in add if _num(line) not in LATER_ADD.get(ent, ()))
            alt = tuple(line for line in alt if _num(line) not in LATER_ALT.get(ent, ()))
        out[ent] = (PRIM[ent], add, alt, COMMENTS.get(ent, ()))
    return out


def _file(lines: list[str]) -> bytes:
    return ("".join(line + "\r\n" for line in lines) + "\x1a").encode("utf-8")


@source(SOURCE_ID)
def us_ofac_cons(out: Path) -> SourceResult:
    days = {1: _day(1), 2: _day(2)}
    for label, number in zip(DAYS, (1, 2), strict=True):
        entries = days[number]
        parts: list[list[str]] = [[], [], [], []]
        for ent in sorted(entries):
            prim, add, alt, comments = entries[ent]
            parts[0].append(prim)
            parts[1] += add
            parts[2] += alt
            parts[3] += comments
        for name, lines in zip(FILES, parts, strict=True):
            write_bytes(out / label / SOURCE_ID / name, _file(lines))

    old, new = days[1], days[2]
    diff = compare_days(old, new)
    added, removed, modified = diff.added, diff.removed, diff.modified
    if (added, removed, modified) != (sorted(ADDED), [REMOVED], sorted([*LATER_ALT, *LATER_ADD])):
        raise ValueError(f"unexpected change set: {added=} {removed=} {modified=}")
    md = [
        "## us_ofac_cons (OFAC Consolidated non-SDN List, CONS_*.CSV)",
        "",
        f"Day 1: {len(old)} entries. Day 2: {len(new)} entries ({len(added)} added, "
        f"{len(removed)} removed, {len(modified)} modified). Identifiers are `ent_num`.",
        "",
        f"### Added ({len(added)})",
        "",
        *[f"- `{k}` {NOTES[k]}" for k in added],
        "",
        f"### Removed ({len(removed)})",
        "",
        *[f"- `{k}` {NOTES[k]}" for k in removed],
        "",
        f"### Modified ({len(modified)})",
        "",
        *[f"- `{k}` {NOTES[k]}" for k in modified],
        "",
        "Day 2 folds list changes of different dates into one step. Kaspersky is on no "
        "OFAC non-SDN list (its leaders are SDN entries, see us_ofac_sdn).",
    ]
    return SourceResult(diff.expected(), "\n".join(md) + "\n")
