"""Demo data for eu_fsf: the EU Financial Sanctions Files, XML 1.1 full export.

The format, as the Commission serves it: one `<export>` root in the namespace
`http://eu.europa.ec/fpi/fsd/export` with `generationDate`/`globalFileId`; one
`<sanctionEntity>` per listing; nearly all data in attributes, empty ones written as
`attr=""`; every nameAlias/citizenship/birthdate/identification/address carries a
`<regulationSummary>` naming the act behind it; element order inside an entity is
database order, not logical order.

Entries:

* logicalId 13, 191, 330 and 980 are real FSF entries as published on 5 Aug 2026
  (logicalId, euReferenceNumber, names, dates, addresses as in the official export;
  only a subset of their aliases/addresses is kept and the children's own logicalIds
  are generated).
* The Russia entries (programme UKR, Council Regulation (EU) No 269/2014) are real EU
  listings, with the listing acts, dates, functions and dates/places of birth as
  published by the Council. Their logicalIds are INVENTED for the demo (135909 for
  Vladimir Putin is taken from a third-party copy of the export and not verified), and
  their euReferenceNumber is left empty because we do not know it.

Day 2 folds real events into one step: the 28 Feb 2022 listings (Implementing
Regulation 2022/336: Peskov, Fridman, Aven, Usmanov, Sechin), the March 2024 delisting
of Arkady Volozh, Sergei Shoigu's move from Minister of Defence to Secretary of the
Security Council (May 2024), and a Bulgarian-script alias added to Vladimir Putin.

No `from __future__ import annotations`: generate_demo.py loads this file without
registering it in sys.modules, and dataclasses then cannot resolve string annotations.
Stdlib only.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from demo_common import DAYS, SourceResult, compare_days, source, write_bytes

SOURCE_ID = "eu_fsf"
FILE_NAME = "xmlFullSanctionsList_1_1.xml"
NAMESPACE = "http://eu.europa.ec/fpi/fsd/export"
GENERATED = {
    "day1": ("2026-08-04T16:45:12.118+02:00", "184960"),
    "day2": ("2026-08-05T16:47:04.449+02:00", "184961"),
}


@dataclass(frozen=True)
class EuAct:
    """A `regulation` element: the act behind a listing."""

    logical_id: int
    reg_type: str  # regulation | amendment
    organisation: str  # council | commission
    published: str
    in_force: str
    number_title: str
    programme: str
    url: str


@dataclass(frozen=True)
class EuName:
    whole: str
    first: str = ""
    middle: str = ""
    last: str = ""
    function: str = ""
    language: str = ""  # "" = the regulation's language (en)
    strong: bool = True
    title: str = ""


@dataclass(frozen=True)
class EuBirth:
    date: str = ""  # YYYY-MM-DD
    year: str = ""
    city: str = ""
    country_code: str = "00"
    country: str = "UNKNOWN"
    remark: str = ""


@dataclass(frozen=True)
class EuIdent:
    type_code: str
    type_description: str
    number: str
    country_code: str = "00"
    country: str = "UNKNOWN"


@dataclass(frozen=True)
class EuAddress:
    street: str = ""
    city: str = ""
    zip_code: str = ""
    region: str = ""
    country_code: str = "00"
    country: str = "UNKNOWN"
    contacts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class EuEntity:
    logical_id: int
    subject: str  # person | enterprise
    act: EuAct
    names: tuple[EuName, ...]
    eu_reference: str = ""
    designation_date: str = ""
    un_id: str = ""
    remark: str = ""
    gender: str = ""  # M | F (persons)
    citizenships: tuple[tuple[str, str], ...] = ()  # (ISO2, description)
    births: tuple[EuBirth, ...] = ()
    identifications: tuple[EuIdent, ...] = ()
    addresses: tuple[EuAddress, ...] = ()
    # Demo bookkeeping, not written: why this entry is here (for CHANGES.md).
    note: str = field(default="", compare=False)

    @property
    def name(self) -> str:
        return self.names[0].whole


# ---------------------------------------------------------------- acts (real)


def _act(logical_id: int, reg_type: str, org: str, date: str, number: str, prog: str) -> EuAct:
    """An act published and in force on `date`, with its EUR-Lex ELI link."""
    a, b = number.split(" ")[0].split("/")
    year, num = (a, b) if 1990 <= int(a) <= 2100 else (b, a)  # "2022/260" vs "269/2014"
    kind = "reg" if reg_type == "regulation" else "reg_impl"
    url = f"https://eur-lex.europa.eu/eli/{kind}/{year}/{int(num)}/oj"
    return EuAct(logical_id, reg_type, org, date, date, number, prog, url)


IRQ_1210_2003 = EuAct(
    348,
    "regulation",
    "commission",
    "2003-07-08",
    "2003-07-07",
    "1210/2003 (OJ L169)",
    "IRQ",
    "http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=OJ:L:2003:169:0006:0023:EN:PDF",
)
TERR_2025_206 = EuAct(
    207667,
    "amendment",
    "council",
    "2025-01-31",
    "2025-02-01",
    "2025/206 (L 202500206)",
    "TERR",
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:L_202500206",
)
TAQA_2024_328 = EuAct(
    188894,
    "amendment",
    "commission",
    "2024-01-15",
    "2024-01-16",
    "2024/328 (OJ L15012024)",
    "TAQA",
    "https://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=OJ:L_202400328",
)
TAQA_329_2014 = EuAct(
    1134,
    "amendment",
    "commission",
    "2014-04-01",
    "2014-03-31",
    "329/2014 (OJ L98)",
    "TAQA",
    "http://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:32014R0329&from=EN",
)
# Council Regulation (EU) No 269/2014 (Ukraine's territorial integrity) and the
# implementing regulations that added the Russia entries below.
UKR_269_2014 = _act(900301, "regulation", "council", "2014-03-17", "269/2014 (OJ L78)", "UKR")
UKR_284_2014 = _act(900302, "amendment", "council", "2014-03-21", "284/2014 (OJ L86)", "UKR")
UKR_2022_260 = _act(900303, "amendment", "council", "2022-02-23", "2022/260 (OJ L42I)", "UKR")
UKR_2022_332 = replace(
    _act(149145, "amendment", "council", "2022-02-25", "2022/332 (OJ L53)", "UKR"),
    url="https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=uriserv%3AOJ.L_.2022.053.01.0001."
    "01.ENG&toc=OJ%3AL%3A2022%3A053%3ATOC",
)
UKR_2022_336 = _act(900305, "amendment", "council", "2022-02-28", "2022/336 (OJ L58)", "UKR")
UKR_2022_427 = _act(900306, "amendment", "council", "2022-03-15", "2022/427 (OJ L87I)", "UKR")
UKR_2022_878 = _act(900307, "amendment", "council", "2022-06-03", "2022/878 (OJ L153)", "UKR")

RU = ("RU", "RUSSIAN FEDERATION")


def ru_person(
    logical_id: int,
    first: str,
    middle: str,
    last: str,
    act: EuAct,
    function: str = "",
    born: str = "",
    city: str = "",
    country: tuple[str, str] = RU,
    gender: str = "M",
    note: str = "",
) -> EuEntity:
    """A 269/2014 listing of a Russian national (designated on the act's date)."""
    whole = f"{first} {middle} {last}".strip()
    births = (EuBirth(date=born, city=city, country_code=country[0], country=country[1]),)
    return EuEntity(
        logical_id,
        "person",
        act,
        (EuName(whole, first, middle, last, function),),
        designation_date=act.published,
        gender=gender,
        citizenships=(RU,),
        births=births if born else (),
        note=note,
    )


def ru_enterprise(logical_id: int, name: str, act: EuAct, city: str, note: str = "") -> EuEntity:
    return EuEntity(
        logical_id,
        "enterprise",
        act,
        (EuName(name),),
        designation_date=act.published,
        addresses=(EuAddress(city=city, country_code=RU[0], country=RU[1]),),
        note=note,
    )


# ----------------------------------------------------------------------- day 1

PUTIN = ru_person(
    135909,
    "Vladimir",
    "Vladimirovich",
    "PUTIN",
    UKR_2022_332,
    "President of the Russian Federation",
    "1952-10-07",
    "Leningrad (now Saint-Petersburg)",
)
SHOIGU = ru_person(
    900412,
    "Sergei",
    "Kuzhugetovich",
    "SHOIGU",
    UKR_2022_260,
    "Minister of Defence of the Russian Federation",
    "1955-05-21",
    "Chadan, Tuva",
)
VOLOZH = ru_person(
    900431,
    "Arkady",
    "Yurievich",
    "VOLOZH",
    UKR_2022_878,
    "Co-founder of Yandex",
    note="listed 3 Jun 2022 (2022/878); removed from the list in March 2024",
)

EU_DAY1: tuple[EuEntity, ...] = (
    EuEntity(
        13,
        "person",
        IRQ_1210_2003,
        (
            EuName("Saddam Hussein Al-Tikriti", "Saddam", "", "Hussein Al-Tikriti"),
            EuName("Abu Ali"),
            EuName("Abou Ali", language="FR"),
        ),
        eu_reference="EU.27.28",
        remark="UNSC RESOLUTION 1483",
        gender="M",
        citizenships=(("IQ", "IRAQ"),),
        births=(
            EuBirth("1937-04-28", city="al-Awja, near Tikrit", country_code="IQ", country="IRAQ"),
        ),
    ),
    EuEntity(
        191,
        "person",
        TERR_2025_206,
        (
            EuName("Khalid Sheikh MOHAMMED", "Khalid Sheikh", "", "MOHAMMED", language="EN"),
            EuName("Ali Salem"),
            EuName("Bin Khalid Fahd Bin Abdallah", language="EN"),
            EuName("Henin Ashraf Refaat Nabith"),
            EuName("Wadood Khalid Abdul"),
            EuName("Bin Khalid Fahd Bin Adballah", language="FR"),
        ),
        eu_reference="EU.3579.2",
        gender="M",
        births=(
            EuBirth("1965-04-14", city="-", country_code="PK", country="PAKISTAN"),
            EuBirth("1964-03-01", city="-", country_code="PK", country="PAKISTAN"),
        ),
        identifications=(EuIdent("passport", "National passport", "488555"),),
    ),
    EuEntity(
        330,
        "enterprise",
        TAQA_2024_328,
        (
            EuName("Al Rashid Trust", language="EN"),
            EuName("Al-Rasheed Trust", language="EN"),
            EuName("Al-Rashid Trust", language="EN"),
            EuName("Aid Organisation of the Ulema, Pakistan", language="EN"),
            EuName("Al Amin Welfare Trust", language="EN"),
            EuName("Организация за подпомагане на Ulema, Пакистан", language="BG"),
        ),
        eu_reference="EU.522.39",
        designation_date="2001-10-06",
        addresses=(
            EuAddress(
                "Kitab Ghar, Darul Ifta Wal Irshad, Nazimbad No 4",
                "Karachi",
                country_code="PK",
                country="PAKISTAN",
                contacts=(("PHONE", "668 33 01; 0300- 820 91 99"), ("FAX", "662 38 14")),
            ),
            EuAddress(
                "Jamia Masjid Sulaiman Park, Begum Pura",
                "Lahore",
                country_code="PK",
                country="PAKISTAN",
                contacts=(("PHONE", "042-681 20 81"),),
            ),
        ),
    ),
    EuEntity(
        980,
        "enterprise",
        TAQA_329_2014,
        (EuName("Global Relief Foundation (GRF)"),),
        eu_reference="EU.589.30",
        addresses=(
            EuAddress(
                "9935 South 76th Avenue, Unit 1",
                "Bridgeview, Illinois",
                "60455",
                country_code="US",
                country="UNITED STATES",
            ),
            EuAddress(
                city="Bridgeview, Illinois",
                zip_code="PO Box 1406 - 60455",
                country_code="US",
                country="UNITED STATES",
            ),
        ),
    ),
    ru_person(
        900401,
        "Sergey",
        "Valeryevich",
        "AKSYONOV",
        UKR_269_2014,
        born="1972-11-26",
        city="Beltsy (Bălți), now Republic of Moldova",
        country=("MD", "MOLDOVA, REPUBLIC OF"),
    ),
    ru_person(
        900402,
        "Dmitry",
        "Olegovich",
        "ROGOZIN",
        UKR_284_2014,
        "Deputy Prime Minister of the Russian Federation",
        "1963-12-21",
        "Moscow",
    ),
    SHOIGU,
    ru_person(
        900413,
        "Valery",
        "Vasilevich",
        "GERASIMOV",
        UKR_2022_260,
        "Chief of the General Staff of the Armed Forces of the Russian Federation",
        "1955-09-08",
        "Kazan",
    ),
    ru_person(
        900414,
        "Margarita",
        "Simonovna",
        "SIMONYAN",
        UKR_2022_260,
        "Editor-in-chief of RT (Russia Today)",
        "1980-04-06",
        "Krasnodar",
        gender="F",
    ),
    ru_enterprise(900415, "Bank Rossiya", UKR_2022_260, "St Petersburg"),
    ru_enterprise(900416, "Promsvyazbank", UKR_2022_260, "Moscow"),
    ru_enterprise(900417, "VEB.RF", UKR_2022_260, "Moscow"),
    PUTIN,
    ru_person(
        900421,
        "Sergey",
        "Viktorovich",
        "LAVROV",
        UKR_2022_332,
        "Minister of Foreign Affairs of the Russian Federation",
        "1950-03-21",
        "Moscow",
    ),
    ru_person(
        900425,
        "Roman",
        "Arkadyevich",
        "ABRAMOVICH",
        UKR_2022_427,
        born="1966-10-24",
        city="Saratov",
    ),
    VOLOZH,
)

# ----------------------------------------------------------------------- day 2

ADDED: tuple[EuEntity, ...] = (
    ru_person(
        900441,
        "Dmitry",
        "Sergeyevich",
        "PESKOV",
        UKR_2022_336,
        "Press Secretary of the President of the Russian Federation",
        "1967-10-17",
        "Moscow",
        note="listed 28 Feb 2022 (2022/336)",
    ),
    ru_person(
        900442,
        "Mikhail",
        "Maratovich",
        "FRIDMAN",
        UKR_2022_336,
        born="1964-04-21",
        city="Lviv",
        country=("UA", "UKRAINE"),
        note="listed 28 Feb 2022 (2022/336)",
    ),
    ru_person(
        900443,
        "Petr",
        "Olegovich",
        "AVEN",
        UKR_2022_336,
        born="1955-03-16",
        city="Moscow",
        note="listed 28 Feb 2022 (2022/336)",
    ),
    ru_person(
        900444,
        "Alisher",
        "Burhanovich",
        "USMANOV",
        UKR_2022_336,
        born="1953-09-09",
        city="Chust",
        country=("UZ", "UZBEKISTAN"),
        note="listed 28 Feb 2022 (2022/336)",
    ),
    ru_person(
        900445,
        "Igor",
        "Ivanovich",
        "SECHIN",
        UKR_2022_336,
        "Chief Executive Officer of Rosneft",
        "1960-09-07",
        "Leningrad",
        note="listed 28 Feb 2022 (2022/336)",
    ),
)

AMENDED: dict[int, tuple[EuEntity, str]] = {
    PUTIN.logical_id: (
        replace(
            PUTIN,
            names=(*PUTIN.names, EuName("Владимир Владимирович ПУТИН", language="BG")),
        ),
        "Bulgarian-script alias `Владимир Владимирович ПУТИН` (nameLanguage BG) added",
    ),
    SHOIGU.logical_id: (
        replace(
            SHOIGU,
            names=(
                replace(
                    SHOIGU.names[0],
                    function="Secretary of the Security Council of the Russian Federation; "
                    "former Minister of Defence of the Russian Federation",
                ),
            ),
        ),
        "function updated: Secretary of the Security Council since May 2024",
    ),
}


def eu_day2(day1: Sequence[EuEntity]) -> tuple[EuEntity, ...]:
    by_id = {e.logical_id: e for e in day1}
    del by_id[VOLOZH.logical_id]
    for logical_id, (entity, _why) in AMENDED.items():
        by_id[logical_id] = entity
    for e in ADDED:
        by_id[e.logical_id] = e
    return tuple(by_id[k] for k in sorted(by_id))


# ------------------------------------------------------------------------- rendering


def _attrs(pairs: Sequence[tuple[str, str]]) -> str:
    return " ".join(f"{k}={quoteattr(v)}" for k, v in pairs)


def _summary(act: EuAct) -> str:
    pairs = [
        ("regulationType", act.reg_type),
        ("publicationDate", act.published),
        ("numberTitle", act.number_title),
        ("publicationUrl", act.url),
    ]
    return f"            <regulationSummary {_attrs(pairs)}/>"


def _child(
    tag: str, pairs: Sequence[tuple[str, str]], act: EuAct, extra: Sequence[str] = ()
) -> list[str]:
    return [f"        <{tag} {_attrs(pairs)}>", *extra, _summary(act), f"        </{tag}>"]


def _entity_xml(e: EuEntity) -> list[str]:
    # Children's logicalIds: one block per kind, so an added alias does not renumber
    # the entity's other children (the real ids are stable too).
    base = e.logical_id * 100
    name_ids, citizenship_ids = iter(range(base + 1, base + 30)), iter(range(base + 30, base + 40))
    birth_ids, ident_ids = iter(range(base + 40, base + 50)), iter(range(base + 50, base + 60))
    address_ids = iter(range(base + 60, base + 80))
    head = [
        ("designationDate", e.designation_date),
        ("designationDetails", ""),
        ("unitedNationId", e.un_id),
        ("euReferenceNumber", e.eu_reference),
        ("logicalId", str(e.logical_id)),
    ]
    if not e.designation_date:
        head = head[1:]
    act = e.act
    out = [f"    <sanctionEntity {_attrs(head)}>"]
    if e.remark:
        out.append(f"        <remark>{escape(e.remark)}</remark>")
    reg = [
        ("regulationType", act.reg_type),
        ("organisationType", act.organisation),
        ("publicationDate", act.published),
        ("entryIntoForceDate", act.in_force),
        ("numberTitle", act.number_title),
        ("programme", act.programme),
        ("logicalId", str(act.logical_id)),
    ]
    out += [
        f"        <regulation {_attrs(reg)}>",
        f"            <publicationUrl>{escape(act.url)}</publicationUrl>",
        "        </regulation>",
        f'        <subjectType code="{e.subject}" classificationCode="{e.subject[0].upper()}"/>',
    ]
    for n in e.names:
        pairs = [
            ("firstName", n.first),
            ("middleName", n.middle),
            ("lastName", n.last),
            ("wholeName", n.whole),
            ("function", n.function),
        ]
        if e.subject == "person":
            pairs.append(("gender", e.gender))
        pairs += [
            ("title", n.title),
            ("nameLanguage", n.language),
            ("strong", "true" if n.strong else "false"),
            ("regulationLanguage", "en"),
            ("logicalId", str(next(name_ids))),
        ]
        out += _child("nameAlias", pairs, act)
    for code, description in e.citizenships:
        pairs = [
            ("region", ""),
            ("countryIso2Code", code),
            ("countryDescription", description),
            ("regulationLanguage", "en"),
            ("logicalId", str(next(citizenship_ids))),
        ]
        out += _child("citizenship", pairs, act)
    for b in e.births:
        y, m, d = (b.date.split("-") + ["", "", ""])[:3] if b.date else (b.year, "", "")
        pairs = [
            ("circa", "false"),
            ("calendarType", "GREGORIAN"),
            ("city", b.city),
            ("zipCode", ""),
        ]
        if b.date:
            pairs.append(("birthdate", b.date))
        if d:
            pairs.append(("dayOfMonth", str(int(d))))
        if m:
            pairs.append(("monthOfYear", str(int(m))))
        pairs += [
            ("year", y),
            ("region", ""),
            ("place", ""),
            ("countryIso2Code", b.country_code),
            ("countryDescription", b.country),
            ("regulationLanguage", "en"),
            ("logicalId", str(next(birth_ids))),
        ]
        remark = [f"            <remark>{escape(b.remark)}</remark>"] if b.remark else []
        out += _child("birthdate", pairs, act, remark)
    for i in e.identifications:
        pairs = [
            ("diplomatic", "false"),
            ("knownExpired", "false"),
            ("knownFalse", "false"),
            ("reportedLost", "false"),
            ("revokedByIssuer", "false"),
            ("issuedBy", ""),
            ("latinNumber", ""),
            ("nameOnDocument", ""),
            ("number", i.number),
            ("region", ""),
            ("identificationTypeCode", i.type_code),
            ("identificationTypeDescription", i.type_description),
            ("countryIso2Code", i.country_code),
            ("countryDescription", i.country),
            ("regulationLanguage", "en"),
            ("logicalId", str(next(ident_ids))),
        ]
        out += _child("identification", pairs, act)
    for a in e.addresses:
        pairs = [
            ("city", a.city),
            ("street", a.street),
            ("poBox", ""),
            ("zipCode", a.zip_code),
            ("region", a.region),
            ("place", ""),
            ("asAtListingTime", "false"),
            ("countryIso2Code", a.country_code),
            ("countryDescription", a.country),
            ("regulationLanguage", "en"),
            ("logicalId", str(next(address_ids))),
        ]
        contacts = [
            f"            <contactInfo {_attrs([('key', k), ('value', v)])}/>"
            for k, v in a.contacts
        ]
        out += [
            f"        <address {_attrs(pairs)}>",
            _summary(act),
            *contacts,
            "        </address>",
        ]
    out.append("    </sanctionEntity>")
    return out


def render(entities: Sequence[EuEntity], generated: str, file_id: str) -> bytes:
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        f'<export xmlns="{NAMESPACE}" generationDate="{generated}" globalFileId="{file_id}">',
    ]
    for e in sorted(entities, key=lambda e: e.logical_id):
        lines += _entity_xml(e)
    lines.append("</export>")
    return ("\n".join(lines) + "\n").encode("utf-8")


@source(SOURCE_ID)
def eu_fsf(out: Path) -> SourceResult:
    day1 = tuple(sorted(EU_DAY1, key=lambda e: e.logical_id))
    day2 = eu_day2(day1)
    for label, entities in zip(DAYS, (day1, day2), strict=True):
        ids = [e.logical_id for e in entities]
        if len(ids) != len(set(ids)):
            raise ValueError("duplicate logicalId")
        generated, file_id = GENERATED[label]
        write_bytes(out / label / SOURCE_ID / FILE_NAME, render(entities, generated, file_id))

    old = {str(e.logical_id): e for e in day1}
    new = {str(e.logical_id): e for e in day2}
    diff = compare_days(old, new, order=int)
    added, removed, modified = diff.added, diff.removed, diff.modified
    if (len(added), len(removed), len(modified)) != (5, 1, 2):
        raise ValueError(f"unexpected change set: {added=} {removed=} {modified=}")

    md = [
        "## eu_fsf (EU Financial Sanctions Files, XML 1.1)",
        "",
        f"Day 1: {len(day1)} entities. Day 2: {len(day2)} entities "
        f"({len(added)} added, {len(removed)} removed, {len(modified)} modified).",
        "",
        "Identifiers are sanctionEntity logicalId values (the record id). The Russia "
        "entries' logicalIds are invented for the demo; the listings are real.",
        "",
        f"### Added ({len(added)})",
        "",
    ]
    md += [f"- `{k}` {new[k].name} [{new[k].act.programme}]: {new[k].note}" for k in added]
    md += ["", f"### Removed ({len(removed)})", ""]
    md += [f"- `{k}` {old[k].name} [{old[k].act.programme}]: {old[k].note}" for k in removed]
    md += ["", f"### Modified ({len(modified)})", ""]
    md += [f"- `{k}` {new[k].name}: {AMENDED[int(k)][1]}" for k in modified]
    md += [
        "",
        "Day 2 folds several real events into one step: the 28 Feb 2022 listings, the "
        "March 2024 delisting of Arkady Volozh and Sergei Shoigu's May 2024 change of "
        "office; the Bulgarian alias is added for the demo.",
    ]
    return SourceResult(diff.expected(), "\n".join(md) + "\n")
