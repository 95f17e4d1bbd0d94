"""Demo data for ch_seco: the SECO "Gesamtliste" XML export, two days.

Written with the standard library only, in the export's layout: root
`swiss-sanctions-list list-type="whole-list"`, `sanctions-program`s with their
`sanctions-set`s, one `target` per line with its modification history (newest
first; older listings embed a full copy of the target as listed), `place`s last.

Sources of the content:

* targets 5142 (Dzmitry Lukashenka), 5816 (LLC Delovaya Set), 34461 (vessel Hui
  Chon), 44348 (MZKT), 52941 (Maria Vorontsova) and 85396 (Dzmitry Zamulevich) are
  transcribed from SECO's own export (ssids, names, Cyrillic spellings, dates,
  justifications, histories and the sanctions-set ids 4387, 27286, 34422 are real);
* Vladimir Putin, Sergei Lavrov, Mikhail Mishustin and Dmitry Medvedev: real Swiss
  listings (Switzerland adopted the EU's February 2022 listings on 28 Feb 2022), but
  their target/identity/name ssids are INVENTED for the demo, as are the programme
  ssids and the sanctions-set/programme wording (the real ordinance titles and SR
  numbers are used). Dates of birth are the well-known public ones;
* place 29492 (Minsk) and its ssid come from the real export; other place ssids are
  invented.

Day 2 folds real list events into one step: the listings of Maria Vorontsova
(13 Apr 2022) and Dzmitry Zamulevich (24 Dec 2024), the de-listing of Dzmitry
Lukashenka (1 Mar 2016), and the 22 May 2026 amendment of MZKT (address, contact
details, justification split). 5816 is de-listed on both days (the export keeps
de-listed targets; the parser does not emit them).
"""

# No `from __future__ import annotations`: generate_demo.py loads this file without
# registering it in sys.modules, and dataclasses then cannot resolve string annotations.
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from demo_common import DAYS, SourceResult, source, write_bytes

SOURCE_ID = "ch_seco"
FILE_NAME = "swiss_sanctions_list.xml"

# ------------------------------------------------------------------ XML builders

Variant = tuple[str, str, str]  # (lang, script, text)


def _attrs(**attrs: str | None) -> str:
    return "".join(
        f" {k.rstrip('_').replace('_', '-')}={quoteattr(v)}" for k, v in attrs.items() if v
    )


def el(tag: str, body: str = "", **attrs: str | None) -> str:
    return f"<{tag}{_attrs(**attrs)}>{body}</{tag}>"


def text(tag: str, value: str, **attrs: str | None) -> str:
    return el(tag, escape(value), **attrs)


def part(order: int, part_type: str, value: str, *variants: Variant) -> str:
    body = text("value", value) + "".join(
        text(
            "spelling-variant",
            v,
            lang=lang,
            script=script,
            spelling_variant_type="not-defined",
        )
        for lang, script, v in variants
    )
    return el("name-part", body, order=str(order), name_part_type=part_type)


def name(ssid: str, name_type: str, *parts: str, quality: str = "good") -> str:
    return el("name", "".join(parts), ssid=ssid, name_type=name_type, quality=quality, lang="eng")


def whole(ssid: str, name_type: str, value: str, *variants: Variant) -> str:
    return name(ssid, name_type, part(1, "whole-name", value, *variants))


def dmy(ssid: str, day: str | None, month: str | None, year: str, quality: str = "good") -> str:
    return el(
        "day-month-year",
        ssid=ssid,
        day=day,
        month=month,
        year=year,
        calendar="Gregorian",
        quality=quality,
    )


def identity(ssid: str, *children: str, main: bool = True) -> str:
    return el("identity", "".join(children), ssid=ssid, main="true" if main else "false")


def nationality(ssid: str, code: str, country: str) -> str:
    return el("nationality", text("country", country, iso_code=code), ssid=ssid)


def justification(ssid: str, value: str) -> str:
    return text("justification", value, ssid=ssid)


def other(ssid: str, value: str) -> str:
    return text("other-information", value, ssid=ssid)


def modification(kind: str, dates: tuple[str, str, str] | None, body: str = "") -> str:
    enacted, published, effective = dates or (None, None, None)
    return el(
        "modification",
        body,
        modification_type=kind,
        enactment_date=enacted,
        publication_date=published,
        effective_date=effective,
    )


def changed(added: str = "", removed: str = "") -> str:
    return (el("added", added) if added else "") + (el("removed", removed) if removed else "")


def subject(kind: str, *children: str, **attrs: str | None) -> str:
    return el(kind, "".join(children), **attrs)


def target(ssid: str, set_id: str, subject_xml: str, *modifications: str) -> str:
    core = text("sanctions-set-id", set_id) + subject_xml
    return el("target", core + "".join(modifications), ssid=ssid)


def listed_copy(ssid: str, set_id: str, subject_xml: str) -> str:
    """A "listed" modification's added part: the target as first listed."""
    return changed(added=el("target", text("sanctions-set-id", set_id) + subject_xml, ssid=ssid))


CYRL_RUS = ("RUS", "CYRL")
CYRL_BEL = ("BEL", "CYRL")
LATN_RUS = ("RUS", "LATN")


def v(culture: tuple[str, str], value: str) -> Variant:
    return (culture[0], culture[1], value)


# ------------------------------------------------------------------- programmes

UKRAINE_SET, BELARUS_SET, DPRK_SET = "27286", "4387", "34422"  # real set ssids

PROGRAMS = (
    el(
        "sanctions-program",
        text("program-key", "Ukraine", lang="ger")
        + text("program-key", "Ukraine", lang="fre")
        + text("program-key", "Ucraina", lang="ita")
        + text("program-key", "Ukraine", lang="eng")
        + text(
            "program-name",
            "Verordnung vom 4. März 2022 über Massnahmen im Zusammenhang mit der Situation "
            "in der Ukraine (SR 946.231.176.72)",
            lang="ger",
        )
        + text(
            "program-name",
            "Ordinance of 4 March 2022 on measures in connection with the situation in "
            "Ukraine (SR 946.231.176.72)",
            lang="eng",
        )
        + text(
            "sanctions-set",
            "Anhang 8: Finanzsanktionen sowie Ein- und Durchreiseverbot",
            ssid=UKRAINE_SET,
            lang="ger",
        )
        + text(
            "sanctions-set",
            "Annex 8: financial sanctions and entry and transit ban",
            ssid=UKRAINE_SET,
            lang="eng",
        )
        + text("origin", "EU"),
        ssid="2701",
        version_date="2026-06-25",
    ),
    el(
        "sanctions-program",
        text("program-key", "Belarus", lang="ger")
        + text("program-key", "Belarus", lang="eng")
        + text(
            "program-name",
            "Verordnung vom 11. Dezember 2020 über Massnahmen gegenüber Belarus (SR 946.231.116.9)",
            lang="ger",
        )
        + text(
            "program-name",
            "Ordinance of 11 December 2020 on measures against Belarus (SR 946.231.116.9)",
            lang="eng",
        )
        + text(
            "sanctions-set",
            "Anhang 1: Finanzsanktionen sowie Ein- und Durchreiseverbot",
            ssid=BELARUS_SET,
            lang="ger",
        )
        + text(
            "sanctions-set",
            "Annex 1: financial sanctions and entry and transit ban",
            ssid=BELARUS_SET,
            lang="eng",
        )
        + text("origin", "EU"),
        ssid="20",
        version_date="2026-05-21",
    ),
    el(
        "sanctions-program",
        text("program-key", "Nordkorea", lang="ger")
        + text("program-key", "North Korea", lang="eng")
        + text(
            "program-name",
            "Ordinance of 18 May 2016 on measures against the Democratic People's Republic "
            "of Korea (SR 946.231.127.6)",
            lang="eng",
        )
        + text(
            "sanctions-set",
            "Annex 3: vessels subject to financial sanctions and port entry ban",
            ssid=DPRK_SET,
            lang="eng",
        )
        + text("origin", "UN"),
        ssid="900",
        version_date="2016-05-18",
    ),
)

PLACES = (
    el(
        "place",
        text("location", "Minsk") + text("country", "Belarus", iso_code="BY"),
        ssid="29492",
    ),
    el(
        "place",
        text("location", "Moscow") + text("country", "Russian Federation", iso_code="RU"),
        ssid="90001",
    ),
    el(
        "place",
        text("location", "Leningrad (now St Petersburg)")
        + text("country", "Russian Federation", iso_code="RU"),
        ssid="90002",
    ),
)

# -------------------------------------------------------------- real SECO targets

LUKASHENKA_NAME = name(
    "26811",
    "primary-name",
    part(
        1,
        "family-name",
        "Lukashenka",
        v(LATN_RUS, "Lukashenko"),
        v(CYRL_BEL, "ЛУКАШЭНКА"),
        v(CYRL_RUS, "ЛУКАШЕНКО"),
    ),
    part(
        2,
        "given-name",
        "Dzmitry",
        v(LATN_RUS, "Dmitri"),
        v(CYRL_BEL, "Дзмітрый"),
        v(CYRL_RUS, "Дмитрий"),
    ),
    part(
        3,
        "father-name",
        "Aliaksandravich",
        v(LATN_RUS, "Aleksandrovich"),
        v(CYRL_BEL, "Аляксандравіч"),
        v(CYRL_RUS, "Александрович"),
    ),
)
LUKASHENKA_IDENTITY = identity(
    "5144",
    LUKASHENKA_NAME,
    dmy("23493", "23", "3", "1980"),
    el(
        "address",
        text("c-o", "President's Sports Club")
        + text("address-details", "ул. Старовиленская, 4")
        + text("zip-code", "220029"),
        ssid="29513",
        place_id="29492",
        quality="good",
    ),
)
LUKASHENKA_JUSTIFICATION = justification(
    "29512",
    "Businessman, with active participation in financial operations involving the "
    "Lukashenka family. Chairman of the Presidential Sports Club.",
)
LUKASHENKA_OTHER = other(
    "33153",
    "Travel ban according to article 3 paragraph 1 and financial sanctions according to "
    "article 1 do not apply until 15 March 2016.",
)
LUKASHENKA_FIRST_NAME = name(
    "5145",
    "primary-name",
    part(
        1,
        "family-name",
        "Lukashenka",
        v(LATN_RUS, "Lukashenko"),
        v(CYRL_BEL, "Лукашэнка"),
        v(CYRL_RUS, "Лукашенко"),
    ),
    part(
        2,
        "given-name",
        "Dzmitry",
        v(LATN_RUS, "Dmitri"),
        v(CYRL_BEL, "Дзмітрый"),
        v(CYRL_RUS, "Дмитрий"),
    ),
    part(
        3,
        "father-name",
        "Aliaksandravich",
        v(LATN_RUS, "Aleksandrovich"),
        v(CYRL_BEL, "Аляксандравіч"),
        v(CYRL_RUS, "Александрович"),
    ),
)
LUKASHENKA_2011 = (
    "Businessman, active participantion in financial operations involving the Lukashenko family"
)
LUKASHENKA_2012 = (
    "Businessman, active participation in financial operations involving the Lukashenko family."
)
LUKASHENKA_2013 = (
    "Businessman, with active participation in financial operations involving the Lukashenka "
    "family."
)
LUKASHENKA_FIRST = subject(
    "individual",
    identity("5144", LUKASHENKA_FIRST_NAME),
    justification("5143", LUKASHENKA_2011),
)
LUKASHENKA_HISTORY = (
    modification(
        "amended",
        ("2015-11-17", "2015-11-18", "2015-11-18"),
        changed(added=LUKASHENKA_OTHER),
    ),
    modification(
        "amended",
        ("2014-11-27", "2014-11-28", "2014-11-28"),
        changed(
            added=LUKASHENKA_IDENTITY + LUKASHENKA_JUSTIFICATION,
            removed=identity("5144", LUKASHENKA_NAME, dmy("23493", "23", "3", "1980"))
            + justification("26810", LUKASHENKA_2013),
        ),
    ),
    modification(
        "amended",
        ("2013-12-18", "2013-12-19", "2013-12-20"),
        changed(
            added=identity("5144", LUKASHENKA_NAME, dmy("23493", "23", "3", "1980"))
            + justification("26810", LUKASHENKA_2013),
            removed=identity("5144", LUKASHENKA_FIRST_NAME, dmy("23493", "23", "3", "1980"))
            + justification("23492", LUKASHENKA_2012),
        ),
    ),
    modification(
        "amended",
        ("2012-12-12", "2012-12-13", "2012-12-14"),
        changed(
            added=identity("5144", LUKASHENKA_FIRST_NAME, dmy("23493", "23", "3", "1980"))
            + justification("23492", LUKASHENKA_2012),
            removed=identity("5144", LUKASHENKA_FIRST_NAME)
            + justification("5143", LUKASHENKA_2011),
        ),
    ),
    modification("listed", None, listed_copy("5142", BELARUS_SET, LUKASHENKA_FIRST)),
)


def lukashenka(delisted: bool) -> str:
    current = subject("individual", LUKASHENKA_IDENTITY, LUKASHENKA_JUSTIFICATION, LUKASHENKA_OTHER)
    delisting = (
        (modification("de-listed", ("2016-02-29", "2016-03-01", "2016-03-01")),) if delisted else ()
    )
    return target("5142", BELARUS_SET, current, *delisting, *LUKASHENKA_HISTORY)


def delovaya_set() -> str:
    def body(justification_ssid: str, value: str) -> str:
        return subject(
            "entity",
            identity(
                "5818",
                whole("5819", "primary-name", "LLC Delovaya Set", v(CYRL_BEL, "ООО Деловая сеть")),
            ),
            justification(justification_ssid, value),
            el("relation", ssid="6010", target_id="5300", relation_type="related-to"),
        )

    current = body("23591", "Entity controlled by Vladimir Peftiev.")
    first = body("5817", "Entity controlled by Vladimir Peftiyev.")
    return target(
        "5816",
        BELARUS_SET,
        current,
        modification("de-listed", ("2013-12-18", "2013-12-19", "2013-12-20")),
        modification(
            "amended",
            ("2012-12-12", "2012-12-13", "2012-12-14"),
            changed(
                added=justification("23591", "Entity controlled by Vladimir Peftiev."),
                removed=justification("5817", "Entity controlled by Vladimir Peftiyev."),
            ),
        ),
        modification("listed", None, listed_copy("5816", BELARUS_SET, first)),
    )


MZKT_NAMES = whole(
    "44356", "primary-name", "MZKT", v(CYRL_BEL, "МЗКТ - Минский завод колёсных тягачей")
) + whole("44357", "alias", "VOLAT")
MZKT_2021 = (
    "MZKT (a.k.a. VOLAT) is part of the Belarussian State Authority for Military Industry of "
    "the Republic of Belarus (a.k.a. SAMI or State Military Industrial Committee), which is "
    "responsible for implementing the military-technical policy of the State and a "
    "subordinate to the Council of Ministers and the President of Belarus. MZKT (a.k.a. "
    "VOLAT) is therefore benefitting from its association with and supporting the Lukashenka "
    "regime. Employees of MZKT who protested during the visit of President Lukashenka to the "
    "factory and went on strike in the wake of the 2020 presidential elections in Belarus "
    "were fired, which makes the company responsible for human rights violations."
)
MZKT_2022 = (
    "MZKT (a.k.a. VOLAT) is part of the Belarusian State Authority for Military Industry of "
    "the Republic of Belarus (a.k.a. SAMI or State Military Industrial Committee), which is "
    "responsible for implementing the military-technical policy of the State and a "
    "subordinate to the Council of Ministers and the President of Belarus. MZKT (a.k.a. "
    "VOLAT) is therefore benefitting from its association with and supporting the Lukashenka "
    "regime. Employees of MZKT who protested during the visit of Aliaksandr Lukashenka to the "
    "factory and went on strike in the wake of the 2020 presidential elections in Belarus "
    "were fired, which makes the company responsible for violation of human rights."
)
MZKT_2026 = (
    justification(
        "102620",
        "MZKT (a.k.a. VOLAT) is part of the Belarusian State Authority for Military Industry "
        "of the Republic of Belarus (a.k.a. SAMI or State Military Industrial Committee), "
        "which is responsible for implementing the military-technical policy of the State and "
        "a subordinate to the Council of Ministers and the President of Belarus. MZKT (a.k.a. "
        "VOLAT) is therefore benefitting from its association with and supporting the "
        "Lukashenka regime.",
    )
    + justification(
        "102621",
        "Employees of MZKT who protested during the visit of Aliaksandr Lukashenka to the "
        "factory and went on strike in the wake of the 2020 presidential elections in Belarus "
        "were fired, which makes the company responsible for violation of human rights.",
    )
    + justification(
        "102622", "Furthermore, the company also develops and produces military vehicles."
    )
    + justification(
        "102623",
        "MZKT therefore forms part of the military and industrial complex of Belarus by being "
        "involved in the development, production and supply of military technology and "
        "equipment.",
    )
    + other("102624", "Phone: +375 (17) 330-17-09")
    + other("102625", "Fax: +375 (17) 291-31-92")
    + other("102626", "E-Mail: link@mzkt.by")
    + other("102627", "Website: www.mzkt.by")
    + other("102628", "Registration number: 100534485")
)
MZKT_ADDRESS = el(
    "address",
    text("address-details", "150 Partizansky Ave.") + text("zip-code", "220021"),
    ssid="102629",
    place_id="29492",
    quality="good",
)
MZKT_2022_HISTORY = (
    modification(
        "amended",
        ("2022-03-16", "2022-03-16", "2022-03-16"),
        changed(
            added=justification("49926", MZKT_2022),
            removed=justification("44349", MZKT_2021),
        ),
    ),
    modification(
        "listed",
        ("2021-03-19", "2021-03-22", "2021-03-22"),
        listed_copy(
            "44348",
            BELARUS_SET,
            subject(
                "entity",
                identity("44354", MZKT_NAMES),
                justification("44349", MZKT_2021),
                other("44353", "Website: www.mzkt.by"),
            ),
        ),
    ),
)


def mzkt(amended_2026: bool) -> str:
    if not amended_2026:
        current = subject(
            "entity",
            identity("44354", MZKT_NAMES),
            justification("49926", MZKT_2022),
            other("44353", "Website: www.mzkt.by"),
        )
        return target("44348", BELARUS_SET, current, *MZKT_2022_HISTORY)
    current = subject("entity", identity("44354", MZKT_NAMES, MZKT_ADDRESS), MZKT_2026)
    amendment = modification(
        "amended",
        ("2026-05-21", "2026-05-22", "2026-05-22"),
        changed(
            added=identity("44354", MZKT_NAMES, MZKT_ADDRESS) + MZKT_2026,
            removed=identity("44354", MZKT_NAMES)
            + justification("49926", MZKT_2022)
            + other("44353", "Website: www.mzkt.by"),
        ),
    )
    return target("44348", BELARUS_SET, current, amendment, *MZKT_2022_HISTORY)


def zamulevich() -> str:
    body = subject(
        "individual",
        identity(
            "85398",
            name(
                "85400",
                "primary-name",
                part(
                    1,
                    "family-name",
                    "Zamulevich",
                    v(CYRL_BEL, "ЗАМУЛЕВIЧ"),
                    v(LATN_RUS, "Zamulevich"),
                    v(CYRL_RUS, "ЗАМУЛЕВИЧ"),
                ),
                part(
                    2,
                    "given-name",
                    "Dzmitry",
                    v(CYRL_BEL, "Дзмітрьій"),
                    v(LATN_RUS, "Dmitriy"),
                    v(CYRL_RUS, "Дмитрий"),
                ),
                part(
                    3,
                    "father-name",
                    "Mihaylavych",
                    v(CYRL_BEL, "Міхайлавіч"),
                    v(LATN_RUS, "Mikhailovich"),
                    v(CYRL_RUS, "Михайлович"),
                ),
            ),
            nationality("85401", "BY", "Belarus"),
            dmy("85399", "7", "5", "1974"),
            el(
                "identification-document",
                text("number", "BM2229283") + text("issuer", "Belarus", code="BY"),
                ssid="85703",
                document_type="passport",
            ),
            el(
                "identification-document",
                text("number", "3070574E057PB8") + text("issuer", "Belarus", code="BY"),
                ssid="85704",
                document_type="id-card",
            ),
        ),
        justification(
            "85397",
            "Dzmitry Zamulevich is part-owner of Vlate Logistik LLC, a transport and storage "
            "company which holds the status of authorised economic operator. Through this "
            "status, issued by state authorities, it enjoys significant tax advantages. "
            "Through ownership of Vlate Logistik LLC, Zamulevich is associated with an entity "
            "benefitting from the Lukashenka regime.",
        ),
        other("85402", "Part-owner of Vlate Logistik LLC"),
        sex="male",
    )
    return target(
        "85396",
        BELARUS_SET,
        body,
        modification("listed", ("2024-12-20", "2024-12-23", "2024-12-24")),
    )


def hui_chon() -> str:
    body = subject(
        "object",
        identity(
            "34462",
            whole("34463", "primary-name", "Hui Chon"),
            whole("34464", "alias", "Hwang Gum San 2"),
        ),
        other("34465", "IMO Number: 8405270"),
        object_type="vessel",
    )
    return target(
        "34461", DPRK_SET, body, modification("listed", ("2016-05-18", "2016-05-18", "2016-05-18"))
    )


def vorontsova() -> str:
    body = subject(
        "individual",
        identity(
            "52944",
            name(
                "52946",
                "primary-name",
                part(1, "family-name", "Vorontsova", v(CYRL_RUS, "ВОРОНЦОВА")),
                part(2, "given-name", "Maria", v(CYRL_RUS, "Мария")),
                part(3, "father-name", "Vladimirovna", v(CYRL_RUS, "Владимировна")),
            ),
            name("52947", "formerly-known-as", part(1, "maiden-name", "Putina")),
            whole("52948", "alias", "Mariya Vorontsova"),
            whole("52949", "alias", "Maria Faassen"),
            nationality("52950", "RU", "Russian Federation"),
            dmy("52945", "28", "4", "1985"),
        ),
        justification(
            "52942",
            "Maria Vladimirovna Vorontsova is the eldest daughter of President Vladimir Putin, "
            "listed under Decision 2014/145/CFSP.",
        ),
        justification(
            "52943",
            "She is co-owner of the company Nomenko involved in Russia's largest private "
            "investment project in healthcare with an estimated cost of 40 billion roubles. "
            "She is benefitting from the Government of the Russian Federation and involved in "
            "economic sectors providing a substantial source of revenue to the Government of "
            "the Russian Federation.",
        ),
        other(
            "52951",
            "Function: Co-owner of 20 % of the company Nomenko involved in Russia's largest "
            "private investment project in healthcare with an estimated cost of 40 billion "
            "roubles",
        ),
        other("52952", "Associated individual: President Vladimir Putin (father)"),
        sex="female",
    )
    return target(
        "52941",
        UKRAINE_SET,
        body,
        modification("listed", ("2022-04-13", "2022-04-13", "2022-04-13")),
    )


# ------------------------------------------- real listings with INVENTED ssids


@dataclass(frozen=True)
class Person:
    ssid: int  # INVENTED target ssid; identity/name/... ssids derive from it
    family: tuple[str, str]  # (Latin, Cyrillic)
    given: tuple[str, str]
    father: tuple[str, str]
    dob: tuple[str, str, str]  # day, month, year
    birth_place_id: str | None
    function: str


FEB_2022 = ("2022-02-28", "2022-02-28", "2022-02-28")  # Swiss adoption of EU listings

PERSONS = (
    Person(
        91001,
        ("Putin", "ПУТИН"),
        ("Vladimir", "Владимир"),
        ("Vladimirovich", "Владимирович"),
        ("7", "10", "1952"),
        "90002",
        "President of the Russian Federation",
    ),
    Person(
        91011,
        ("Lavrov", "ЛАВРОВ"),
        ("Sergei", "Сергей"),
        ("Viktorovich", "Викторович"),
        ("21", "3", "1950"),
        "90001",
        "Minister of Foreign Affairs of the Russian Federation",
    ),
    Person(
        91021,
        ("Mishustin", "МИШУСТИН"),
        ("Mikhail", "Михаил"),
        ("Vladimirovich", "Владимирович"),
        ("3", "3", "1966"),
        None,
        "Prime Minister of the Russian Federation",
    ),
    Person(
        91031,
        ("Medvedev", "МЕДВЕДЕВ"),
        ("Dmitry", "Дмитрий"),
        ("Anatolyevich", "Анатольевич"),
        ("14", "9", "1965"),
        "90002",
        "Deputy Chairman of the Security Council of the Russian Federation",
    ),
)


def russian_person(p: Person) -> str:
    s = p.ssid
    children = [
        name(
            str(s + 2),
            "primary-name",
            part(1, "family-name", p.family[0], v(CYRL_RUS, p.family[1])),
            part(2, "given-name", p.given[0], v(CYRL_RUS, p.given[1])),
            part(3, "father-name", p.father[0], v(CYRL_RUS, p.father[1])),
        ),
        nationality(str(s + 3), "RU", "Russian Federation"),
        dmy(str(s + 4), *p.dob),
    ]
    if p.birth_place_id:
        children.append(el("place-of-birth", ssid=str(s + 5), place_id=p.birth_place_id))
    body = subject(
        "individual",
        identity(str(s + 1), *children),
        other(str(s + 6), f"Function: {p.function}"),
        sex="male",
    )
    return target(str(s), UKRAINE_SET, body, modification("listed", FEB_2022))


# ------------------------------------------------------------------------- days


def day_targets(day: str) -> list[tuple[str, str]]:
    """(ssid, target XML), in ssid order like the real export."""
    second = day == "day2"
    targets = [
        ("5142", lukashenka(delisted=second)),
        ("5816", delovaya_set()),
        ("34461", hui_chon()),
        ("44348", mzkt(amended_2026=second)),
        *((str(p.ssid), russian_person(p)) for p in PERSONS),
    ]
    if second:
        targets += [("52941", vorontsova()), ("85396", zamulevich())]
    return sorted(targets, key=lambda t: int(t[0]))


def document(day: str) -> bytes:
    date = "2026-08-14" if day == "day1" else "2026-08-15"
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        f'<swiss-sanctions-list list-type="whole-list" date="{date}">',
        *PROGRAMS,
        *(xml for _, xml in day_targets(day)),
        *PLACES,
        "</swiss-sanctions-list>",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


ACTIVE_DAY1 = ("5142", "34461", "44348", "91001", "91011", "91021", "91031")
ACTIVE_DAY2 = ("34461", "44348", "52941", "85396", "91001", "91011", "91021", "91031")


@source(SOURCE_ID)
def ch_seco(out: Path) -> SourceResult:
    for day in DAYS:
        write_bytes(out / day / SOURCE_ID / FILE_NAME, document(day))
    one, two = set(ACTIVE_DAY1), set(ACTIVE_DAY2)
    added = sorted(two - one, key=int)
    removed = sorted(one - two, key=int)
    modified = ["44348"]
    md = [
        "## ch_seco (Swiss SECO sanctions list, XML)",
        "",
        f"Day 1: {len(one)} active targets. Day 2: {len(two)} active targets "
        f"({len(added)} added, {len(removed)} removed, {len(modified)} modified). Both files "
        "also hold de-listed target 5816 (LLC Delovaya Set), which is never emitted. "
        "Identifiers are SECO target ssids (91001-91031 are invented for the demo).",
        "",
        f"### Added ({len(added)})",
        "",
        "- `52941` Vorontsova Maria Vladimirovna: listed 13 Apr 2022 (Ukraine ordinance)",
        "- `85396` Zamulevich Dzmitry Mihaylavych: listed 24 Dec 2024 (Belarus ordinance)",
        "",
        f"### Removed ({len(removed)})",
        "",
        "- `5142` Lukashenka Dzmitry Aliaksandravich: de-listed 1 Mar 2016 (the target stays "
        "in the export with a `de-listed` modification; the parser stops emitting it)",
        "",
        f"### Modified ({len(modified)})",
        "",
        "- `44348` MZKT: amendment of 22 May 2026 (address 150 Partizansky Ave., Minsk; "
        "phone, fax, e-mail, registration number; justification split into four)",
        "",
    ]
    expected: dict[str, object] = {
        "day1_count": len(one),
        "day2_count": len(two),
        "added": added,
        "removed": removed,
        "modified": modified,
    }
    return SourceResult(expected, "\n".join(md))
