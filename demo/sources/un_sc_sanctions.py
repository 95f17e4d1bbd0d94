"""Demo data for un_sc_sanctions: the UN Security Council Consolidated List (XML).

The format, as the UN serves it (https://scsanctions.un.org/resources/xml/en/
consolidated.xml): `CONSOLIDATED_LIST` with `INDIVIDUALS` then `ENTITIES`; one element
per field, lists as `<X><VALUE>..</VALUE></X>`; empty placeholders where a record has
no alias/address/date of birth (`<INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/>...`); text is
published untrimmed (trailing spaces, hard line breaks inside COMMENTS1).

The entries below are REAL listings, transcribed field by field from two published
editions of the list (20 Mar 2020 and 27 Feb 2026): DATAIDs, reference numbers,
names, dates and comments are the UN's own. Day 1 and day 2 replay real changes
between those editions:

* added: QDi.436 ABUBAKAR SWALLEH (listed 16 Jun 2025), the Haitian gangs HTe.001
  GRAN GRIF and HTe.002 VIV ANSANM (listed 8 Jul 2025);
* removed: QDi.317 ABU MOHAMMED AL-JAWLANI (Ahmed al-Sharaa), delisted by the
  Security Council in November 2025;
* modified: QDi.006 AIMAN MUHAMMED RABI AL-ZAWAHIRI (comments updated: reportedly
  killed on 31 Jul 2022; new LAST_DAY_UPDATED values) and KPe.020 OCEAN MARITIME
  MANAGEMENT COMPANY (three a.k.a.s added, updated 26 Jul 2022).

Stdlib only, like demo_common.
"""

# No `from __future__ import annotations`: generate_demo.py loads this file without
# registering it in sys.modules, and dataclasses then cannot resolve string annotations.
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from demo_common import DAYS, SourceResult, compare_days, source, write_bytes

SOURCE_ID = "un_sc_sanctions"
FILE_NAME = "consolidated.xml"
GENERATED = {
    "day1": "2026-02-26T00:00:08.231Z",
    "day2": "2026-02-27T00:00:09.554Z",
}


@dataclass(frozen=True)
class UnAlias:
    quality: str = ""  # Good | Low | a.k.a. | f.k.a.
    name: str = ""
    dob: str = ""
    city_of_birth: str = ""
    country_of_birth: str = ""
    note: str = ""


@dataclass(frozen=True)
class UnAddress:
    street: str = ""
    city: str = ""
    state: str = ""
    zip_code: str = ""
    country: str = ""
    note: str = ""


@dataclass(frozen=True)
class UnDob:
    type: str = ""  # EXACT | APPROXIMATELY | BETWEEN
    date: str = ""
    year: str = ""
    from_year: str = ""
    to_year: str = ""
    note: str = ""


@dataclass(frozen=True)
class UnPob:
    street: str = ""
    city: str = ""
    state: str = ""
    country: str = ""
    note: str = ""


@dataclass(frozen=True)
class UnDoc:
    type: str = ""
    type2: str = ""
    number: str = ""
    issuing_country: str = ""
    date_of_issue: str = ""
    city_of_issue: str = ""
    country_of_issue: str = ""
    note: str = ""


@dataclass(frozen=True)
class UnEntry:
    kind: str  # INDIVIDUAL | ENTITY
    dataid: int
    ref: str
    names: tuple[str, ...]  # FIRST_NAME .. FOURTH_NAME
    list_type: str
    listed_on: str
    version: str = "1"
    gender: str = ""
    original_script: str = ""
    comments: str = ""
    titles: tuple[str, ...] = ()
    designations: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()
    last_updated: tuple[str, ...] = ()
    aliases: tuple[UnAlias, ...] = ()
    addresses: tuple[UnAddress, ...] = ()
    dobs: tuple[UnDob, ...] = ()
    pobs: tuple[UnPob, ...] = ()
    documents: tuple[UnDoc, ...] = ()
    # Demo bookkeeping, not written: why this entry is here (for CHANGES.md).
    note: str = field(default="", compare=False)

    @property
    def name(self) -> str:
        return " ".join(" ".join(self.names).split())


def person(**kw: Any) -> UnEntry:
    return UnEntry(kind="INDIVIDUAL", **kw)


def entity(**kw: Any) -> UnEntry:
    return UnEntry(kind="ENTITY", **kw)


# --- Real entries (transcribed from the published list; see the module docstring) ---

U_QDe_004 = entity(
    dataid=113458,
    ref="QDe.004",
    names=("AL-QAIDA",),
    list_type="Al-Qaida",
    listed_on="2001-10-06",
    original_script="القاعدة",
    comments=(
        "Review pursuant to Security Council resolution 1822 (2008) was "
        "concluded\non 21 Jun. 2010. Review pursuant to Security Council "
        "resolution 2368 (2017) was concluded on 24 November 2020. "
        "INTERPOL-UN Security Council Special Notice web "
        "link:https://www.interpol.int/en/How-we-work/Notices/View-UN-Notices-Individuals"
    ),
    last_updated=("2009-03-05", "2012-03-21", "2020-11-24"),
    aliases=(
        UnAlias(quality="a.k.a.", name='"The Base"'),
        UnAlias(quality="a.k.a.", name="Al Qaeda"),
        UnAlias(quality="a.k.a.", name="Islamic Salvation Foundation"),
        UnAlias(quality="a.k.a.", name="The Group for the Preservation of the Holy Sites"),
        UnAlias(quality="a.k.a.", name="The Islamic Army for the Liberation of Holy Places"),
        UnAlias(
            quality="a.k.a.", name="The World Islamic Front for Jihad Against Jews and Crusaders"
        ),
        UnAlias(quality="a.k.a.", name="Usama Bin Laden Network"),
        UnAlias(quality="a.k.a.", name="Usama Bin Laden Organization"),
        UnAlias(quality="a.k.a.", name="Al Qa'ida"),
        UnAlias(quality="a.k.a.", name="Al Qa’ida/Islamic Army", note="formerly listed as"),
    ),
)

U_QDe_115 = entity(
    dataid=113966,
    ref="QDe.115",
    names=("AL-QAIDA IN IRAQ",),
    list_type="Al-Qaida",
    listed_on="2004-10-18",
    original_script="القاعده في العراق",
    comments=(
        "Review pursuant to Security Council resolution 1822 (2008) was "
        "concluded\non 25 May 2010. \nReview pursuant to Security Council "
        "resolution 2368 (2017) was concluded on 24 November 2020.\n\n "
        "INTERPOL-UN Security Council Special Notice web "
        "link:https://www.interpol.int/en/How-we-work/Notices/View-UN-Notices-Individuals"
    ),
    last_updated=(
        "2004-12-02",
        "2009-03-05",
        "2011-12-13",
        "2013-05-30",
        "2014-05-14",
        "2014-06-02",
        "2020-11-24",
    ),
    aliases=(
        UnAlias(quality="a.k.a.", name="AQI"),
        UnAlias(quality="a.k.a.", name="al-Tawhid"),
        UnAlias(quality="a.k.a.", name="the Monotheism and Jihad Group"),
        UnAlias(quality="a.k.a.", name="Qaida of the Jihad in the Land of the Two Rivers"),
        UnAlias(quality="a.k.a.", name="Al-Qaida of Jihad in the Land of the Two Rivers"),
        UnAlias(
            quality="a.k.a.",
            name="The Organization of Jihad’s Base in the Country of the Two Rivers",
        ),
        UnAlias(quality="a.k.a.", name="The Organization Base of Jihad/Country of the Two Rivers"),
        UnAlias(quality="a.k.a.", name="The Organization Base of Jihad/Mesopotamia"),
        UnAlias(quality="a.k.a.", name="Tanzim Qa’idat Al-Jihad fi Bilad al-Rafidayn"),
        UnAlias(quality="a.k.a.", name="Tanzeem Qa’idat al Jihad/Bilad al Raafidaini"),
        UnAlias(quality="a.k.a.", name="Jama'at Al-Tawhid Wa'al-Jihad"),
        UnAlias(quality="a.k.a.", name="JTJ"),
        UnAlias(quality="a.k.a.", name="Islamic State of Iraq"),
        UnAlias(quality="a.k.a.", name="ISI"),
        UnAlias(quality="a.k.a.", name="al-Zarqawi network"),
        UnAlias(quality="a.k.a.", name="Islamic State in Iraq and the Levant"),
    ),
)

U_QDe_137 = entity(
    dataid=6908429,
    ref="QDe.137",
    names=("AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT",),
    list_type="Al-Qaida",
    listed_on="2014-05-14",
    original_script="جبهة النصرة لأهل الشام",
    comments=(
        "Associated with Al-Qaida (QDe.004). Brought Syrian and foreign "
        "Al-Qaida in Iraq\n                (QDe.115) and Asbat al-Ansar "
        "(QDe.007) fighters, along with other foreign "
        "Al-Qaida\n                operatives, to join local elements in "
        "Syrian Arab Republic to carry out terrorist\n                and "
        "guerrilla operations there. Previously associated with the "
        "Islamic State in Iraq\n                and the Levant (ISIL), "
        "listed as Al-Qaida in Iraq (QDe.115), and its leader "
        "Ibrahim\n                Awwad Ibrahim Ali al-Badri al-Samarrai "
        "(QDi.299) but separated from that group in\n                "
        "2013. In Jul. 2016, Abu Mohammed Al-Jawlani (QDi.317), the "
        "leader of Al-Nusrah Front\n                for the People of the "
        "Levant, announced the group had changed its name to "
        "Jabhat\n                Fath al-Sham and was no longer "
        "affiliated with any external entity. Despite "
        "the\n                announcement and attempts to distinguish "
        "itself from Al-Nusrah Front for the People\n                of "
        "the Levant, the group remains aligned with Al-Qaida and "
        "continues to carry out\n                terrorist operations "
        "under this new name. In January 2017, Al-Nusrah Front "
        "created\n                Hay’at Tahrir al-Sham (HTS) as a "
        "vehicle to advance its position in the Syrian\n                "
        "insurgency and further its own goals as Al-Qaida’s affiliate in "
        "Syria. Previously\n                listed between 30 May 2013 "
        "and 13 May 2014 as an aka of Al-Qaida in Iraq "
        "(QDe.115).\n                Review pursuant to Security Council "
        "resolution 2368 (2017) was concluded on 15 November "
        "2021.            \n             INTERPOL-UN Security Council "
        "Special Notice web "
        "link:https://www.interpol.int/en/How-we-work/Notices/View-UN-Notices-Individuals"
    ),
    last_updated=("2017-06-07", "2018-06-05", "2021-11-15"),
    aliases=(
        UnAlias(
            quality="a.k.a.",
            name=(
                "Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original "
                "script); Hay’at Tahrir al-Sham; Hay’et Tahrir al-Sham; Hayat "
                "Tahrir al-Sham; Assembly for the Liberation of Syria; Assembly "
                "for the Liberation of the Levant; Liberation of al-Sham "
                "Commission; Liberation of the Levant Organisation Tahrir "
                "al-Sham; Tahrir al-Sham Hay’at)"
            ),
        ),
        UnAlias(
            quality="a.k.a.",
            name=(
                "جبهة النصرة (the Victory Front; Jabhat al-Nusrah; Jabhet "
                "al-Nusra; Al-Nusrah Front; Al-Nusra Front)"
            ),
        ),
        UnAlias(
            quality="a.k.a.",
            name=(
                "جبهة فتح الشام (Jabhat Fath al Sham; Jabhat Fath al-Sham; "
                "Jabhat Fatah al-Sham; Jabhat Fateh Al-Sham; Fatah al-Sham "
                "Front; Fateh al-Sham Front)"
            ),
        ),
        UnAlias(quality="a.k.a.", name="Conquest of the Levant Front"),
        UnAlias(quality="a.k.a.", name="The Front for the Liberation of al Sham"),
        UnAlias(quality="a.k.a.", name="Front for the Conquest of Syria/the Levant"),
        UnAlias(quality="a.k.a.", name="Front for the Liberation of the Levant"),
        UnAlias(quality="a.k.a.", name="Front for the Conquest of Syria"),
        UnAlias(
            quality="a.k.a.",
            name="شبكة أنصار المجاهدين (Ansar al-Mujahideen Network - sub-unit name)",
        ),
        UnAlias(
            quality="a.k.a.",
            name=(
                "مجاهدو الشام في ساحات الجهاد (Levantine Mujahideen on the "
                "Battlefields of Jihad - sub-unit name)"
            ),
        ),
    ),
    addresses=(
        UnAddress(country="Syrian Arab Republic", note="Operates in"),
        UnAddress(country="Iraq", note="Support network"),
    ),
)

U_QDi_299 = person(
    dataid=2975516,
    ref="QDi.299",
    names=("IBRAHIM", "AWWAD", "IBRAHIM", "ALI AL-BADRI AL-SAMARRAI"),
    list_type="Al-Qaida",
    listed_on="2011-10-05",
    original_script="إبراهيم عواد إبراهيم علي البدري السامرائي",
    comments=(
        "Description: Height: 1.65 m. Weight: 85 kg. Black hair and "
        "eyes. White skin. Leader of Islamic State in Iraq and the "
        "Levant, listed as Al-Qaida in Iraq (AQI) (QDe.115). Was based "
        "in Iraq and Syria. Declared himself “caliph” in Mosul in 2014. "
        "Responsible for managing and directing AQI large scale "
        "operations. Wife's name: Saja Hamid al-Dulaimi. Wife’s name: "
        "Asma Fawzi Mohammed al-Kubaissi. Wanted by the Iraqi security "
        "forces. Photo available for inclusion in the INTERPOL-UN "
        "Security Council Special Notice. Killed in October 2019 during "
        "a counterterrorism operation.  Review pursuant to Security "
        "Council resolution 2368 (2017) was concluded on 24 November "
        "2020. Review pursuant to Security Council resolution 2368 "
        "(2017) was concluded on 15 November 2021.  INTERPOL-UN Security "
        "Council Special Notice web "
        "link:https://www.interpol.int/en/How-we-work/Notices/View-UN-Notices-Individuals"
    ),
    titles=("Dr.",),
    nationalities=("Iraq",),
    last_updated=("2012-07-20", "2015-12-10", "2020-11-24", "2021-11-15", "2025-03-11"),
    aliases=(
        UnAlias(
            quality="Good",
            name="Dr. Ibrahim ‘Awwad Ibrahim ’Ali al-Badri al-Samarrai’",
            note=(
                "born in 1971 in Samarra, Iraq (Ibrahim ‘Awad Ibrahim al-Badri\n"
                "al-Samarrai; Ibrahim ‘Awad Ibrahim al-Samarra’i; Dr. Ibrahim "
                "Awwad Ibrahim\nal-Samarra’i)"
            ),
        ),
        UnAlias(
            quality="Low",
            name="أبو دعاء",
            note="(Abu Du’a; Abu Duaa’) prominently known by this nom de guerre",
        ),
        UnAlias(quality="Low", name="Dr. Ibrahim"),
        UnAlias(
            quality="Low",
            name=(
                "أبو بكر البغدادي الحسيني القريشي (Abu Bakr al-Baghdadi "
                "al-Husayni al-Quraishi; Abu Bakr al-Baghdadi)"
            ),
        ),
    ),
    addresses=(
        UnAddress(country="Iraq"),
        UnAddress(country="Syrian Arab Republic"),
    ),
    dobs=(UnDob(type="EXACT", year="1971"),),
    pobs=(UnPob(country="Iraq"),),
    documents=(
        UnDoc(type="National Identification Number", type2="Ration card number:", number="0134852"),
    ),
)

U_KPe_001 = entity(
    dataid=690735,
    ref="KPe.001",
    names=("KOREA MINING DEVELOPMENT TRADING CORPORATION",),
    list_type="DPRK",
    listed_on="2009-04-24",
    comments=(
        "Primary arms dealer and main exporter of goods and equipment "
        "related to\nballistic missiles and conventional weapons."
    ),
    aliases=(
        UnAlias(quality="a.k.a.", name="CHANGGWANG SINYONG CORPORATION"),
        UnAlias(quality="a.k.a.", name="EXTERNAL TECHNOLOGY GENERAL CORPORATION"),
        UnAlias(quality="a.k.a.", name="DPRKN MINING DEVELOPMENT TRADING COOPERATION"),
        UnAlias(quality="a.k.a.", name='"KOMID"'),
    ),
    addresses=(
        UnAddress(
            street="Central District",
            city="Pyongyang",
            country="Democratic People's Republic of Korea",
        ),
    ),
)

U_KPe_002 = entity(
    dataid=690751,
    ref="KPe.002",
    names=("KOREA RYONBONG GENERAL CORPORATION",),
    list_type="DPRK",
    listed_on="2009-04-24",
    comments=(
        "Defense conglomerate specializing in acquisition for DPRK "
        "defense\nindustries and support to that country’s "
        "military-related sales."
    ),
    aliases=(
        UnAlias(quality="a.k.a.", name="KOREA YONBONG GENERAL CORPORATION"),
        UnAlias(quality="f.k.a.", name="LYONGAKSAN GENERAL TRADING CORPORATION"),
    ),
    addresses=(
        UnAddress(
            street="Pot’onggang District",
            city="Pyongyang",
            country="Democratic People's Republic of Korea",
        ),
        UnAddress(
            street="Rakwon-dong, Pothonggang District",
            city="Pyongyang",
            country="Democratic People's Republic of Korea",
        ),
    ),
)

U_KPe_003 = entity(
    dataid=690752,
    ref="KPe.003",
    names=("TANCHON COMMERCIAL BANK",),
    list_type="DPRK",
    listed_on="2009-04-24",
    comments=(
        "Main DPRK financial entity for sales of conventional arms, "
        "ballistic missiles, and goods related to the assembly and "
        "manufacture of such weapons."
    ),
    aliases=(
        UnAlias(quality="f.k.a.", name="CHANGGWANG CREDIT BANK"),
        UnAlias(quality="f.k.a.", name="KOREA CHANGGWANG CREDIT BANK"),
    ),
    addresses=(
        UnAddress(
            street="Saemul 1-Dong Pyongchon District",
            city="Pyongyang",
            country="Democratic People's Republic of Korea",
        ),
    ),
)

U_KPe_010 = entity(
    dataid=690761,
    ref="KPe.010",
    names=("GREEN PINE ASSOCIATED CORPORATION",),
    list_type="DPRK",
    listed_on="2012-05-02",
    comments=(
        "Green Pine Associated Corporation (“Green Pine”) has taken over "
        "many of the activities of the Korea Mining Development Trading "
        "Corporation (KOMID). KOMID was designated by the Committee in "
        "April 2009 and is the DPRK's primary arms dealer and main "
        "exporter of goods and equipment related to ballistic missiles "
        "and conventional weapons. Green Pine is also responsible for "
        "approximately half of the arms and related materiel exported by "
        "the DPRK. Green Pine has been identified for sanctions for "
        "exporting arms or related material from North Korea. Green Pine "
        "specializes in the production of maritime military craft and "
        "armaments, such as submarines, military boats and missile "
        "systems, and has exported torpedoes and technical assistance to "
        "Iranian defence-related firms. Telephone number: "
        "+850-2-18111(ext. 8327). Facsimile number: +850-2-3814685 and "
        "+850-2-3813372. Email addresses: pac@silibank.com and "
        "kndic@co.chesin.com."
    ),
    last_updated=("2017-06-05",),
    aliases=(
        UnAlias(quality="a.k.a.", name="CHO'NGSONG UNITED TRADING COMPANY"),
        UnAlias(quality="a.k.a.", name="CHONGSONG YONHAP"),
        UnAlias(quality="a.k.a.", name="CH'O'NGSONG YO'NHAP"),
        UnAlias(quality="a.k.a.", name="CHOSUN CHAWO'N KAEBAL T'UJA HOESA"),
        UnAlias(quality="a.k.a.", name="JINDALLAE"),
        UnAlias(quality="a.k.a.", name="KU'MHAERYONG COMPANY LTD."),
        UnAlias(quality="a.k.a.", name="NATURAL RESOURCES DEVELOPMENT AND INVESTMENT CORPORATION"),
        UnAlias(quality="a.k.a.", name="SAEINGP'IL COMPANY"),
        UnAlias(quality="a.k.a.", name="National Resources Development and Investment Corporation"),
        UnAlias(quality="a.k.a.", name="Saeng Pil Trading Corporation"),
    ),
    addresses=(
        UnAddress(
            street="c/o Reconnaissance General Bureau Headquarters, Hyongjesan-Guyok",
            city="Pyongyang",
            country="Democratic People's Republic of Korea",
        ),
        UnAddress(
            street="Nungrado", city="Pyongyang", country="Democratic People's Republic of Korea"
        ),
        UnAddress(
            street=(
                "Rakrang No. 1 Rakrang District Pyongyang Korea, Chilgol-1 dong, "
                "Mangyongdae District"
            ),
            city="Pyongyang",
            country="Democratic People's Republic of Korea",
        ),
    ),
)

U_KPe_031 = entity(
    dataid=6908526,
    ref="KPe.031",
    names=("RECONNAISSANCE GENERAL BUREAU",),
    list_type="DPRK",
    listed_on="2016-03-02",
    comments=(
        "The Reconnaissance General Bureau is the DPRK's premiere "
        "intelligence organization, created in early 2009 by the merger "
        "of existing intelligence organizations from the Korean Workers' "
        "Party, the Operations Department and Office 35, and the "
        "Reconnaissance Bureau of the Korean People's Army. The "
        "Reconnaissance General Bureau trades in conventional arms and "
        "controls the DPRK conventional arms firm Green Pine Associated "
        "Corporation."
    ),
    aliases=(
        UnAlias(quality="a.k.a.", name="Chongch’al Ch’ongguk"),
        UnAlias(quality="a.k.a.", name="KPA Unit 586"),
        UnAlias(quality="a.k.a.", name="RGB"),
    ),
    addresses=(
        UnAddress(
            street="Hyongjesan-Guyok",
            city="Pyongyang",
            country="Democratic People's Republic of Korea",
        ),
        UnAddress(
            street="Nungrado", city="Pyongyang", country="Democratic People's Republic of Korea"
        ),
    ),
)

U_KPe_047 = entity(
    dataid=6908622,
    ref="KPe.047",
    names=("FOREIGN TRADE BANK (FTB)",),
    list_type="DPRK",
    listed_on="2017-08-05",
    comments=(
        "Foreign Trade Bank is a state-owned bank and acts as the DPRK’s "
        "primary foreign exchange bank and has provided key financial "
        "support to the Korea Kwangson Banking Corporation.  SWIFT/BIC: "
        "FTBDKPPY."
    ),
    last_updated=("2022-07-26",),
    aliases=(
        UnAlias(quality="a.k.a.", name="Mooyokbank"),
        UnAlias(quality="a.k.a.", name="Korea Trading Bank"),
    ),
    addresses=(
        UnAddress(
            street="FTB Building, Jungsong-dong, Central District",
            city="Pyongyang",
            country="Democratic People's Republic of Korea",
        ),
    ),
)

U_KPi_001 = person(
    dataid=690734,
    ref="KPi.001",
    names=("YUN", "HO-JIN"),
    list_type="DPRK",
    listed_on="2009-07-16",
    comments=(
        "Director of Namchongang Trading Corporation; oversees the "
        "import of items\nneeded for the uranium enrichment program."
    ),
    designations=("Director of Namchongang Trading Corporation",),
    nationalities=("Democratic People's Republic of Korea",),
    last_updated=("2022-07-26",),
    aliases=(UnAlias(quality="Good", name="Yun Ho-chin"),),
    addresses=(UnAddress(city="Pyongyang", country="Democratic People's Republic of Korea"),),
    dobs=(UnDob(type="EXACT", date="1944-10-13"),),
)

U_KPi_002 = person(
    dataid=6908045,
    ref="KPi.002",
    names=("RI", "JE-SON"),
    list_type="DPRK",
    listed_on="2009-07-16",
    comments=(
        "Former Minister of Atomic Energy Industry. Former Director of\n"
        "the General Bureau of Atomic Energy (GBAE), chief agency "
        "directing DPRK's nuclear\nprogram; facilitated several nuclear "
        "endeavors including GBAE's management of Yongbyon\nNuclear "
        "Research Center and Namchongang Trading Corporation."
    ),
    designations=("Former Minister of Atomic Energy Industry.",),
    nationalities=("Democratic People's Republic of Korea",),
    last_updated=("2014-07-30", "2023-06-29"),
    aliases=(UnAlias(quality="Good", name="Ri Che-son"),),
    dobs=(UnDob(type="EXACT", year="1938"),),
)

U_IQi_001 = person(
    dataid=6908048,
    ref="IQi.001",
    names=("SADDAM", "HUSSEIN", "AL-TIKRITI"),
    list_type="Iraq",
    listed_on="2003-06-27",
    original_script="صدام حسين التكريتي",
    nationalities=("Iraq",),
    aliases=(UnAlias(quality="Low", name="Abu Ali"),),
    dobs=(UnDob(type="EXACT", date="1937-04-28"),),
    pobs=(UnPob(city="al-Awja, near Tikrit", country="Iraq"),),
)

U_GBi_005 = person(
    dataid=690793,
    ref="GBi.005",
    names=("ANTÓNIO", "INJAI"),
    list_type="GB",
    listed_on="2012-05-18",
    gender="Male",
    comments=(
        "Injai was listed on 18 May 2012 pursuant to paragraph 4 of "
        "resolution\n2048 (2012) as “António Injai was personally "
        "involved in planning and leading the mutiny\nof 1 April 2010, "
        "culminating with the illegal apprehension of the Prime "
        "Minister, Carlo\nGomes Junior, and the then Chief of Staff of "
        "the Armed Forces, José Zamora Induta;\nduring the 2012 electoral "
        "period, in his capacity as Chief of Staff of the Armed Forces,\n"
        "Injai made statements threatening to overthrow the elected "
        "authorities and to put an end\nto the electoral process; António "
        "Injai has been involved in the operational planning of\nthe coup "
        "d’état of 12 April 2012. In the aftermath of the coup, the "
        "first communiqué by\nthe “Military Command” was issued by the "
        "Armed Forces General Staff, which is led by\nGeneral Injai.” "
        "Father’s name is Wasna Injai; Mother’s name is Quiritche\nCofte. "
        "INTERPOL-UN Security Council Special Notice web "
        "link:https://www.interpol.int/en/How-we-work/Notices/View-UN-Notices-Individuals"
    ),
    designations=("Lieutenant General", "Chief of Staff of the Armed Forces"),
    nationalities=("Guinea-Bissau",),
    aliases=(UnAlias(quality="Good", name="António Indjai"),),
    dobs=(UnDob(type="EXACT", date="1955-01-20"),),
    pobs=(
        UnPob(city="Encheia", state="Sector de Bissorá, Região de Oio", country="Guinea-Bissau"),
    ),
    documents=(
        UnDoc(
            type="Passport",
            number="AAID00435",
            date_of_issue="2010-02-18",
            country_of_issue="Guinea-Bissau",
            note="Expiration date 18 Feb. 2013",
        ),
    ),
)

U_LYi_017 = person(
    dataid=690778,
    ref="LYi.017",
    names=("SAIF AL-ISLAM", "QADHAFI"),
    list_type="Libya",
    listed_on="2011-02-26",
    comments=(
        "Listed pursuant to paragraphs 15 and 17 of resolution 1970 "
        "(Travel Ban,\nAsset Freeze). INTERPOL-UN Security Council "
        "Special Notice web "
        "link:https://www.interpol.int/en/How-we-work/Notices/View-UN-Notices-Individuals"
    ),
    designations=("Director, Qadhafi Foundation",),
    last_updated=("2012-04-02", "2014-09-26", "2016-11-11"),
    addresses=(
        UnAddress(
            country="Libya",
            note=("Believed status/location: restricted freedom of movement in Zintan, Libya"),
        ),
    ),
    dobs=(UnDob(type="EXACT", date="1972-06-25"),),
    pobs=(UnPob(city="Tripoli", country="Libya"),),
    documents=(UnDoc(type="Passport", number="Libya B014995"),),
)

U_TAi_004 = person(
    dataid=110579,
    ref="TAi.004",
    names=("MOHAMMED", "OMAR", "GHULAM NABI"),
    list_type="Taliban",
    listed_on="2000-04-12",
    original_script="محمد عمر غلام نبی",
    comments=(
        "Father's name is Ghulam Nabi, also known as Mullah Musafir. "
        "Left eye missing. Brother-in-law of Ahmad Jan Akhundzada "
        "Shukoor Akhundzada (TAi.109). Believed to be in "
        "Afghanistan/Pakistan border area. Belongs to Hotak tribe. "
        "Review pursuant to Security Council resolution 1822 (2008) was "
        "concluded on 27 Jul. 2010. Reportedly deceased as of April "
        "2013. INTERPOL-UN Security Council Special Notice web "
        "link:https://www.interpol.int/en/How-we-work/Notices/View-UN-Notices-Individuals"
    ),
    titles=("Mullah",),
    designations=("Leader of the Faithful ('Amir ul-Mumineen'), Afghanistan",),
    nationalities=("Afghanistan",),
    last_updated=("2003-09-03", "2007-09-21", "2011-11-29", "2013-12-31", "2016-09-07"),
    dobs=(
        UnDob(type="APPROXIMATELY", year="1966"),
        UnDob(type="EXACT", year="1960"),
        UnDob(type="EXACT", year="1953"),
    ),
    pobs=(
        UnPob(
            city="Naw Deh village, Deh Rawud District",
            state="Uruzgan Province",
            country="Afghanistan",
        ),
        UnPob(
            street="Noori village ",
            city="Maiwand District",
            state="Kandahar Province",
            country="Afghanistan",
        ),
    ),
)

OLD_QDi_006 = person(
    dataid=111923,
    ref="QDi.006",
    names=("AIMAN", "MUHAMMED", "RABI", "AL-ZAWAHIRI"),
    list_type="Al-Qaida",
    listed_on="2001-01-25",
    original_script="أيمن محمد ربيع الظواهري",
    comments=(
        "Leader of Al-Qaida (QDe.004). Former operational and military "
        "leader of\nEgyptian Islamic Jihad (QDe.003), was a close "
        "associate of Usama Bin Laden (deceased).\nBelieved to be in the "
        "Afghanistan/Pakistan border area. Review pursuant to Security\n"
        "Council resolution 1822 (2008) was concluded on 21 Jun. 2010. "
        "INTERPOL-UN Security Council Special Notice web link: "
        "https://www.interpol.int/en/How-we-work/Notices/View-UN-Notices-Individuals"
    ),
    titles=("Doctor", "Dr."),
    nationalities=("Egypt",),
    last_updated=("2007-07-02", "2007-07-18", "2007-08-13", "2010-12-16", "2015-05-22"),
    aliases=(
        UnAlias(quality="Good", name="Ayman Al-Zawahari"),
        UnAlias(quality="Good", name="Ahmed Fuad Salim"),
        UnAlias(quality="Good", name="Al Zawahry Aiman Mohamed Rabi Abdel Muaz"),
        UnAlias(quality="Good", name="Al Zawahiri Ayman"),
        UnAlias(quality="Good", name="Abdul Qader Abdul Aziz Abdul Moez Al Doctor"),
        UnAlias(quality="Good", name="Al Zawahry Aiman Mohamed Rabi"),
        UnAlias(quality="Good", name="Al Zawahry Aiman Mohamed Rabie"),
        UnAlias(quality="Good", name="Al Zawahry Aiman Mohamed Robi"),
        UnAlias(quality="Good", name="Dhawahri Ayman"),
        UnAlias(quality="Good", name="Eddaouahiri Ayman"),
        UnAlias(quality="Good", name="Nur Al Deen Abu Mohammed"),
        UnAlias(quality="Good", name="Ayman Al Zawahari"),
        UnAlias(quality="Good", name="Ahmad Fuad Salim"),
        UnAlias(quality="Low", name="Abu Fatma"),
        UnAlias(quality="Low", name="Abu Mohammed"),
    ),
    dobs=(UnDob(type="EXACT", date="1951-06-19"),),
    pobs=(UnPob(city="Giza", country="Egypt"),),
    documents=(
        UnDoc(type="Passport", number="1084010", issuing_country="Egypt"),
        UnDoc(type="Passport", number="19820215"),
    ),
)

NEW_QDi_006 = person(
    dataid=111923,
    ref="QDi.006",
    names=("AIMAN", "MUHAMMED", "RABI", "AL-ZAWAHIRI"),
    list_type="Al-Qaida",
    listed_on="2001-01-25",
    original_script="أيمن محمد ربيع الظواهري",
    comments=(
        "Leader of Al-Qaida (QDe.004). Former operational and military "
        "leader of Egyptian Islamic Jihad (QDe.003), was a close "
        "associate of Usama Bin Laden (deceased). Believed to have been "
        "in the Afghanistan/Pakistan border area before going to "
        "Afghanistan in 2014. Reportedly killed in drone strike in "
        "Kabul, Afghanistan on 31 July 2022. Photo available for "
        "inclusion in the INTERPOL-UN Security Council Special Notice. "
        "Review pursuant to Security Council resolution 1822 (2008) was "
        "concluded on 21 Jun. 2010. Review pursuant to Security Council "
        "resolution 2368 (2017) was concluded on 24 November 2020.  "
        "INTERPOL-UN Security Council Special Notice web "
        "link:https://www.interpol.int/en/How-we-work/Notices/View-UN-Notices-Individuals"
    ),
    titles=("Doctor", "Dr."),
    nationalities=("Egypt",),
    last_updated=(
        "2007-07-02",
        "2007-07-18",
        "2007-08-13",
        "2010-12-16",
        "2015-05-22",
        "2020-11-24",
        "2025-03-11",
    ),
    aliases=(
        UnAlias(quality="Good", name="Ayman Al-Zawahari"),
        UnAlias(quality="Good", name="Ahmed Fuad Salim"),
        UnAlias(quality="Good", name="Al Zawahry Aiman Mohamed Rabi Abdel Muaz"),
        UnAlias(quality="Good", name="Al Zawahiri Ayman"),
        UnAlias(quality="Good", name="Abdul Qader Abdul Aziz Abdul Moez Al Doctor"),
        UnAlias(quality="Good", name="Al Zawahry Aiman Mohamed Rabi"),
        UnAlias(quality="Good", name="Al Zawahry Aiman Mohamed Rabie"),
        UnAlias(quality="Good", name="Al Zawahry Aiman Mohamed Robi"),
        UnAlias(quality="Good", name="Dhawahri Ayman"),
        UnAlias(quality="Good", name="Eddaouahiri Ayman"),
        UnAlias(quality="Good", name="Nur Al Deen Abu Mohammed"),
        UnAlias(quality="Good", name="Ayman Al Zawahari"),
        UnAlias(quality="Good", name="Ahmad Fuad Salim"),
        UnAlias(quality="Low", name="Abu Fatma"),
        UnAlias(quality="Low", name="Abu Mohammed"),
    ),
    dobs=(UnDob(type="EXACT", date="1951-06-19"),),
    pobs=(UnPob(city="Giza", country="Egypt"),),
    documents=(
        UnDoc(type="Passport", number="1084010", issuing_country="Egypt"),
        UnDoc(type="Passport", number="19820215"),
    ),
)

OLD_KPe_020 = entity(
    dataid=6908046,
    ref="KPe.020",
    names=("OCEAN MARITIME MANAGEMENT COMPANY, LIMITED (OMM)",),
    list_type="DPRK",
    listed_on="2014-07-28",
    comments=(
        "Ocean Maritime Management Company, Limited is the "
        "operator/manager of the vessel Chong Chon Gang. It played a key "
        "role in arranging the shipment of concealed cargo of arms and "
        "related materiel from Cuba to the DPRK in July 2013. As such, "
        "Ocean Maritime Management Company, Limited contributed to "
        "activities prohibited by the resolutions, namely the arms "
        "embargo imposed by resolution 1718 (2006), as modified by "
        "resolution 1874 (2009), and contributed to the evasion of the "
        "measures imposed by these resolutions. International Maritime "
        "Organization (IMO) Number: 1790183."
    ),
    addresses=(
        UnAddress(
            street="Donghung Dong, Central District, PO Box 120",
            city="Pyongyang",
            country="Democratic People's Republic of Korea",
        ),
        UnAddress(
            street="Dongheung-dong Changgwang Street, Chung-Ku, PO Box 125",
            city="Pyongyang",
            country="Democratic People's Republic of Korea",
        ),
    ),
)

NEW_KPe_020 = entity(
    dataid=6908046,
    ref="KPe.020",
    names=("OCEAN MARITIME MANAGEMENT COMPANY, LIMITED (OMM)",),
    list_type="DPRK",
    listed_on="2014-07-28",
    comments=(
        "Ocean Maritime Management Company, Limited is the "
        "operator/manager of the vessel Chong Chon Gang. It played a key "
        "role in arranging the shipment of concealed cargo of arms and "
        "related materiel from Cuba to the DPRK in July 2013. As such, "
        "Ocean Maritime Management Company, Limited contributed to "
        "activities prohibited by the resolutions, namely the arms "
        "embargo imposed by resolution 1718 (2006), as modified by "
        "resolution 1874 (2009), and contributed to the evasion of the "
        "measures imposed by these resolutions. International Maritime "
        "Organization (IMO) Number: 1790183."
    ),
    last_updated=("2022-07-26",),
    aliases=(
        UnAlias(quality="a.k.a.", name="East Sea Shipping Company"),
        UnAlias(quality="a.k.a.", name="Korea Mirae Shipping Co. Ltd"),
        UnAlias(quality="a.k.a.", name="Haeyang Crew Management Company"),
    ),
    addresses=(
        UnAddress(
            street="Donghung Dong, Central District, PO Box 120",
            city="Pyongyang",
            country="Democratic People's Republic of Korea",
        ),
        UnAddress(
            street="Dongheung-dong Changgwang Street, Chung-Ku, PO Box 125",
            city="Pyongyang",
            country="Democratic People's Republic of Korea",
        ),
    ),
)

GONE_QDi_317 = person(
    dataid=3020633,
    ref="QDi.317",
    names=("ABU MOHAMMED", "AL-JAWLANI"),
    list_type="Al-Qaida",
    listed_on="2013-07-24",
    original_script="أبو محمد الجولاني",
    comments=(
        "Description: Dark complexion. Height: 1.70 m. Since Jan. 2012, "
        "he is the Leader of Al-Nusrah Front for the People of the "
        "Levant (QDe.137), a Syria-based group listed in May 2014, and "
        "previously listed as an alias of Al-Qaida in Iraq (AQI) "
        "(QDe.115) between 30 May 2013 and 13 May 2014. Associated with "
        "Aiman Muhammed Rabi al-Zawahiri (QDi.006). Wanted by the Iraqi "
        "security forces. Photo available for inclusion in the "
        "INTERPOL-UN Security Council Special Notice.  Review pursuant "
        "to Security Council resolution 2253 (2015) was concluded on 21 "
        "Feb. 2019.  INTERPOL-UN Security Council Special Notice web "
        "link: "
        "https://www.interpol.int/en/How-we-work/Notices/View-UN-Notices-Individuals"
    ),
    nationalities=("Syrian Arab Republic",),
    last_updated=("2014-06-02", "2015-12-10", "2019-05-01"),
    aliases=(
        UnAlias(
            quality="Good",
            name="Abu Mohamed al-Jawlani",
            note=(
                "Abu Muhammad al-Jawlani, Abu Mohammed al-Julani, Abu Mohammed "
                "al-Golani,\nAbu Muhammad al-Golani, Abu Muhammad Aljawlani, "
                "Muhammad al-Jawlani\n(transliterations of original script name)"
            ),
        ),
        UnAlias(
            quality="Low",
            name="شيخ الفاتح ، الفاتح",
            note=(
                "transliterations: Shaykh al-Fatih; Al Fatih ) (Translation: The\n"
                "Conqueror) (Nom de guerre"
            ),
        ),
        UnAlias(
            quality="Good",
            name="Amjad Muzaffar Hussein Ali al-Naimi",
            dob="1980",
            country_of_birth="Syrian Arab Republic",
            note="(Mother’s name: Fatma Ali Majour. Address: Mosul, Souq al-Nabi Yunis",
        ),
        UnAlias(quality="Low", name="Abu Ashraf"),
    ),
    addresses=(UnAddress(note="Active in Syria as at Jun. 2013"),),
    dobs=(UnDob(type="BETWEEN", from_year="1975", to_year="1979"),),
    pobs=(UnPob(country="Syrian Arab Republic"),),
)

ADD_QDi_436 = person(
    dataid=6909290,
    ref="QDi.436",
    names=("ABUBAKAR", "SWALLEH"),
    list_type="Al-Qaida",
    listed_on="2025-06-16",
    comments=(
        "Abubakar Swalleh provides financial, material, or technological "
        "support for, or financial or other services to, or in support "
        "of, ISIL (listed as Al-Qaida in Iraq (QDe.115). He acted, since "
        "2018, as an ISIL facilitator who provides financial and "
        "logistic support including recruitment for ISIL in East and "
        "Southern Africa. Phone number: +963936016952. Gender: Male  "
        "INTERPOL-UN Security Council Special Notice web "
        "link:https://www.interpol.int/en/How-we-work/Notices/View-UN-Notices-Individuals"
    ),
    nationalities=("Uganda",),
    aliases=(
        UnAlias(quality="Good", name="ABUBAKER SWALEH"),
        UnAlias(quality="Good", name="TOM KIYURIGE"),
    ),
    addresses=(UnAddress(city="Luzira Prison, Luzira, Kampala", country="Uganda"),),
    dobs=(UnDob(type="EXACT", date="1992-01-13"),),
    pobs=(UnPob(city="Mengo", country="Uganda"),),
    documents=(
        UnDoc(type="Passport", number="A00195974 ", issuing_country="Uganda"),
        UnDoc(
            type="National Identification Number", number="CM920231090NZA", issuing_country="Uganda"
        ),
    ),
)

ADD_HTe_001 = entity(
    dataid=6909349,
    ref="HTe.001",
    names=("GRAN GRIF",),
    list_type="Haiti",
    listed_on="2025-07-08",
    comments=(
        "Luckson Elan (HTi.007) is the leader of the Gran Grif gang.  "
        "INTERPOL-UN Security Council Special Notice web "
        "link:https://www.interpol.int/en/How-we-work/Notices/View-UN-Notices-Individuals"
    ),
    aliases=(
        UnAlias(quality="a.k.a.", name="GRAN GRIF DE SAVIEN"),
        UnAlias(quality="a.k.a.", name="SAVIEN GANG"),
        UnAlias(quality="a.k.a.", name="BAZ GRAN GRIF"),
    ),
    addresses=(UnAddress(country="Haiti"),),
)

ADD_HTe_002 = entity(
    dataid=6909350,
    ref="HTe.002",
    names=("VIV ANSANM ",),
    list_type="Haiti",
    listed_on="2025-07-08",
    comments=(
        "Jimmy Chérizier (HTi.001) is the leader of the Viv Ansanm gang "
        "coalition. INTERPOL-UN Security Council Special Notice web "
        "link:https://www.interpol.int/en/How-we-work/Notices/View-UN-Notices-Individuals"
    ),
    aliases=(
        UnAlias(quality="a.k.a.", name="LIVING TOGETHER"),
        UnAlias(quality="a.k.a.", name="G-9"),
        UnAlias(quality="a.k.a.", name="G9 FAMILY AND ALLIES"),
        UnAlias(quality="a.k.a.", name="G9 FANMI E ALYE"),
        UnAlias(quality="a.k.a.", name="THE REVOLUTIONARY FORCES OF THE G9 FAMILY AND ALLIES"),
        UnAlias(quality="a.k.a.", name="FÒS REVOLISYONÈ G9 AN FANMI E ALYE"),
        UnAlias(quality="a.k.a.", name="G-PÈP"),
        UnAlias(quality="a.k.a.", name="G-PEOPLE"),
    ),
    addresses=(UnAddress(country="Haiti"),),
)


UNCHANGED: tuple[UnEntry, ...] = (
    U_QDe_004,
    U_QDe_115,
    U_QDe_137,
    U_QDi_299,
    U_KPe_001,
    U_KPe_002,
    U_KPe_003,
    U_KPe_010,
    U_KPe_031,
    U_KPe_047,
    U_KPi_001,
    U_KPi_002,
    U_IQi_001,
    U_GBi_005,
    U_LYi_017,
    U_TAi_004,
)
UN_DAY1: tuple[UnEntry, ...] = (*UNCHANGED, OLD_QDi_006, OLD_KPe_020, GONE_QDi_317)
UN_DAY2: tuple[UnEntry, ...] = (
    *UNCHANGED,
    NEW_QDi_006,
    NEW_KPe_020,
    ADD_QDi_436,
    ADD_HTe_001,
    ADD_HTe_002,
)

NOTES = {
    "3020633": "delisted by the Security Council in November 2025 (Ahmed al-Sharaa)",
    "6909290": "listed 16 Jun 2025 (ISIL (Da'esh) and Al-Qaida sanctions)",
    "6909349": "listed 8 Jul 2025 (Haiti sanctions, resolution 2653 (2022))",
    "6909350": "listed 8 Jul 2025 (Haiti sanctions, resolution 2653 (2022))",
    "111923": "comments updated (reportedly killed 31 Jul 2022); updated 2020-11-24, 2025-03-11",
    "6908046": "a.k.a.s East Sea Shipping Company, Korea Mirae Shipping Co. Ltd and "
    "Haeyang Crew Management Company added; updated 2022-07-26",
}


# ------------------------------------------------------------------------- rendering


def _el(tag: str, text: str, indent: int) -> str:
    pad = " " * indent
    return f"{pad}<{tag}/>" if text == "" else f"{pad}<{tag}>{escape(text)}</{tag}>"


def _values(tag: str, values: Iterable[str], indent: int, always: bool = False) -> list[str]:
    items = list(values)
    if not items and not always:
        return []
    pad = " " * indent
    inner = [_el("VALUE", v, indent + 2) for v in items] or [_el("VALUE", "", indent + 2)]
    return [f"{pad}<{tag}>", *inner, f"{pad}</{tag}>"]


def _group(tag: str, fields: Sequence[tuple[str, str]], indent: int) -> list[str]:
    """One repeated group; only non-empty fields are written (the UN's style)."""
    pad = " " * indent
    body = [_el(name, value, indent + 2) for name, value in fields if value != ""]
    if not body:
        return [f"{pad}<{tag}/>"]
    return [f"{pad}<{tag}>", *body, f"{pad}</{tag}>"]


def _entry_xml(e: UnEntry) -> list[str]:
    i = 6
    out = [f"    <{e.kind}>", _el("DATAID", str(e.dataid), i), _el("VERSIONNUM", e.version, i)]
    name_tags = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
    for tag, part in zip(name_tags[: len(e.names)], e.names, strict=True):
        out.append(_el(tag, part, i))
    out += [
        _el("UN_LIST_TYPE", e.list_type, i),
        _el("REFERENCE_NUMBER", e.ref, i),
        _el("LISTED_ON", e.listed_on, i),
    ]
    if e.gender:
        out.append(_el("GENDER", e.gender, i))
    if e.original_script:
        out.append(_el("NAME_ORIGINAL_SCRIPT", e.original_script, i))
    out.append(_el("COMMENTS1", e.comments, i))
    person_ = e.kind == "INDIVIDUAL"
    out += _values("TITLE", e.titles, i)
    out += _values("DESIGNATION", e.designations, i)
    out += _values("NATIONALITY", e.nationalities, i)
    out += _values("LIST_TYPE", ["UN List"], i)
    out += _values("LAST_DAY_UPDATED", e.last_updated, i, always=person_)
    prefix = e.kind
    aliases = e.aliases or (UnAlias(),)
    for a in aliases:
        fields = [
            ("QUALITY", a.quality),
            ("ALIAS_NAME", a.name),
            ("DATE_OF_BIRTH", a.dob),
            ("CITY_OF_BIRTH", a.city_of_birth),
            ("COUNTRY_OF_BIRTH", a.country_of_birth),
            ("NOTE", a.note),
        ]
        if a == UnAlias():  # the placeholder keeps its two empty children
            out += [
                f"      <{prefix}_ALIAS>",
                _el("QUALITY", "", i + 2),
                _el("ALIAS_NAME", "", i + 2),
                f"      </{prefix}_ALIAS>",
            ]
        else:
            out += _group(f"{prefix}_ALIAS", fields, i)
    for ad in e.addresses or (UnAddress(),):
        fields = [
            ("STREET", ad.street),
            ("CITY", ad.city),
            ("STATE_PROVINCE", ad.state),
            ("ZIP_CODE", ad.zip_code),
            ("COUNTRY", ad.country),
            ("NOTE", ad.note),
        ]
        if ad == UnAddress():
            out += [
                f"      <{prefix}_ADDRESS>",
                _el("COUNTRY", "", i + 2),
                f"      </{prefix}_ADDRESS>",
            ]
        else:
            out += _group(f"{prefix}_ADDRESS", fields, i)
    if person_:
        for d in e.dobs or (UnDob(),):
            fields = [
                ("TYPE_OF_DATE", d.type),
                ("NOTE", d.note),
                ("DATE", d.date),
                ("YEAR", d.year),
                ("FROM_YEAR", d.from_year),
                ("TO_YEAR", d.to_year),
            ]
            if d == UnDob():
                out += [
                    "      <INDIVIDUAL_DATE_OF_BIRTH>",
                    _el("TYPE_OF_DATE", "", i + 2),
                    "      </INDIVIDUAL_DATE_OF_BIRTH>",
                ]
            else:
                out += _group("INDIVIDUAL_DATE_OF_BIRTH", fields, i)
        for p in e.pobs or (UnPob(),):
            fields = [
                ("STREET", p.street),
                ("CITY", p.city),
                ("STATE_PROVINCE", p.state),
                ("COUNTRY", p.country),
                ("NOTE", p.note),
            ]
            if p == UnPob():
                out += [
                    "      <INDIVIDUAL_PLACE_OF_BIRTH>",
                    _el("COUNTRY", "", i + 2),
                    "      </INDIVIDUAL_PLACE_OF_BIRTH>",
                ]
            else:
                out += _group("INDIVIDUAL_PLACE_OF_BIRTH", fields, i)
        for doc in e.documents or (UnDoc(),):
            fields = [
                ("TYPE_OF_DOCUMENT", doc.type),
                ("TYPE_OF_DOCUMENT2", doc.type2),
                ("NUMBER", doc.number),
                ("ISSUING_COUNTRY", doc.issuing_country),
                ("DATE_OF_ISSUE", doc.date_of_issue),
                ("CITY_OF_ISSUE", doc.city_of_issue),
                ("COUNTRY_OF_ISSUE", doc.country_of_issue),
                ("NOTE", doc.note),
            ]
            out += _group("INDIVIDUAL_DOCUMENT", fields, i)
    out += [_el("SORT_KEY", "", i), _el("SORT_KEY_LAST_MOD", "", i), f"    </{e.kind}>"]
    return out


def render(entries: Sequence[UnEntry], generated: str) -> bytes:
    """consolidated.xml for `entries`: individuals, then entities, by reference number."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        '<CONSOLIDATED_LIST xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="https://www.un.org/sc/resources/sc-sanctions.xsd" '
        f'dateGenerated="{generated}">',
    ]
    for kind, container in (("INDIVIDUAL", "INDIVIDUALS"), ("ENTITY", "ENTITIES")):
        lines.append(f"  <{container}>")
        for e in sorted((e for e in entries if e.kind == kind), key=lambda e: e.ref.strip()):
            lines += _entry_xml(e)
        lines.append(f"  </{container}>")
    lines.append("</CONSOLIDATED_LIST>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def describe(old: UnEntry, new: UnEntry) -> list[str]:
    out = []
    for attr in ("names", "comments", "last_updated", "aliases", "addresses", "dobs", "documents"):
        if getattr(old, attr) != getattr(new, attr):
            out.append(attr.replace("_", " "))
    return out


@source(SOURCE_ID)
def un_sc_sanctions(out: Path) -> SourceResult:
    for label, entries in zip(DAYS, (UN_DAY1, UN_DAY2), strict=True):
        ids = [e.dataid for e in entries]
        if len(ids) != len(set(ids)):
            raise ValueError("duplicate DATAID")
        write_bytes(out / label / SOURCE_ID / FILE_NAME, render(entries, GENERATED[label]))

    old = {str(e.dataid): e for e in UN_DAY1}
    new = {str(e.dataid): e for e in UN_DAY2}
    diff = compare_days(old, new)
    added, removed, modified = diff.added, diff.removed, diff.modified
    if (len(added), len(removed), len(modified)) != (3, 1, 2):
        raise ValueError(f"unexpected change set: {added=} {removed=} {modified=}")

    md = [
        "## un_sc_sanctions (UN Security Council Consolidated List, XML)",
        "",
        f"Day 1: {len(UN_DAY1)} entries. Day 2: {len(UN_DAY2)} entries "
        f"({len(added)} added, {len(removed)} removed, {len(modified)} modified).",
        "",
        "Identifiers are DATAID values (the record id); reference numbers in brackets.",
        "",
        f"### Added ({len(added)})",
        "",
    ]
    md += [f"- `{k}` [{new[k].ref.strip()}] {new[k].name}: {NOTES[k]}" for k in added]
    md += ["", f"### Removed ({len(removed)})", ""]
    md += [f"- `{k}` [{old[k].ref.strip()}] {old[k].name}: {NOTES[k]}" for k in removed]
    md += ["", f"### Modified ({len(modified)})", ""]
    for k in modified:
        changed = ", ".join(describe(old[k], new[k]))
        md.append(f"- `{k}` [{new[k].ref.strip()}] {new[k].name}: {changed} ({NOTES[k]})")
    md += [
        "",
        "All entries are real listings transcribed from the 2020-03-20 and 2026-02-27 "
        "editions of the list; day 2 replays the changes between them for these entries.",
    ]
    return SourceResult(diff.expected(), "\n".join(md) + "\n")
