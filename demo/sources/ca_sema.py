"""Demo data for ca_sema: Canada's consolidated SEMA/JVCFOA list (sema-lmes.xml).

Written in the file's 2026 layout: `<data-set>` of flat `<record>`s with bilingual
element names (`<Country-Pays>`, `<Item-NumeroDarticle>`, ...), tab-indented, values as
Global Affairs Canada writes them ("Russia / Russie", "1, Part 1", ship types as
"English | French").

Entries are real listings under the Special Economic Measures (Russia) Regulations:
names, schedule parts, item numbers and dates of birth as in the published list of
April 2020; the two ships as published in 2025. A DateOfListing is given only where
we are sure of it (the first listings of 17 and 21 March 2014, the ships); the element
is left out otherwise rather than guessed. Day 2 adds the ship M/V Maria (listed
2025-06-13) and the first two Belarus listings (2020-09-28, 2021-06-17); the removal
and the two amendments are SIMULATED (no such Canadian change is claimed): Bank of
Moscow (merged into VTB in 2016) is dropped from schedule 2, VTB's entry takes its
"PJSC" form, and Igor Sechin's gets a Cyrillic alias.

Stdlib only (run by demo/generate_demo.py).
"""

from dataclasses import dataclass, replace
from pathlib import Path
from xml.sax.saxutils import escape

from demo_common import DAYS, SourceResult, compare_days, source, write_bytes

SOURCE_ID = "ca_sema"
FILE_NAME = "sema-lmes.xml"
RUSSIA = "Russia / Russie"
BELARUS = "Belarus / Bélarus"


@dataclass(frozen=True)
class Rec:
    record_id: str  # what the parser derives (for expected.json)
    country: str
    schedule: str
    item: int
    last: str = ""
    given: str = ""
    entity: str = ""
    aliases: str = ""
    dob: str = ""  # date of birth, or a ship's build year
    ship_type: str = ""
    imo: str = ""
    listed: str = ""
    note: str = ""


def person(
    schedule: str,
    item: int,
    last: str,
    given: str,
    *,
    dob: str = "",
    aliases: str = "",
    listed: str = "",
    country: str = RUSSIA,
    key: str = "russia",
) -> Rec:
    rid = f"{key}/{schedule.lower().replace(', ', '-').replace(' ', '-')}/{item}"
    return Rec(rid, country, schedule, item, last, given, dob=dob, aliases=aliases, listed=listed)


def entity(
    schedule: str,
    item: int,
    name: str,
    *,
    aliases: str = "",
    listed: str = "",
    country: str = RUSSIA,
    key: str = "russia",
) -> Rec:
    sched = schedule.lower().replace(", ", "-").replace(" ", "-").replace(".", "-")
    return Rec(
        f"{key}/{sched}/{item}",
        country,
        schedule,
        item,
        entity=name,
        aliases=aliases,
        listed=listed,
    )


def ship(item: int, name: str, imo: str, ship_type: str, built: str, listed: str) -> Rec:
    return Rec(
        f"russia/1-1/{item}",
        RUSSIA,
        "1.1",
        item,
        entity=name,
        imo=imo,
        ship_type=ship_type,
        dob=built,
        listed=listed,
    )


P1 = "1, Part 1"
P2 = "1, Part 2"
FIRST = "2014-03-17"  # SOR/2014-58, the first Russia listings

DAY1: tuple[Rec, ...] = (
    person(P1, 1, "GLAZ’YEV", "Sergey Yur’yevich", listed=FIRST),
    person(P1, 2, "KLISHAS", "Andrei", listed=FIRST),
    person(P1, 3, "MATVIYENKO", "Valentina Ivanovna", listed=FIRST),
    person(P1, 4, "MIZULINA", "Yelena Borisovna", listed=FIRST),
    person(P1, 5, "ROGOZIN", "Dmitry Olegovich", listed=FIRST),
    person(P1, 6, "SLUTSKIY", "Leonid Eduardovich", listed=FIRST),
    person(P1, 7, "SURKOV", "Vladislav Yur’yevich", listed=FIRST),
    person(P1, 28, "NARYSHKIN", "Sergey Yevgenyevich"),
    person(P1, 31, "TIMCHENKO", "Gennady"),
    person(P1, 40, "ROTENBERG", "Arkady"),
    person(P1, 41, "ROTENBERG", "Boris"),
    person(P1, 43, "GIRKIN", "Igor", aliases="Igor STRELKOV"),
    person(P1, 54, "KADYROV", "Ramzan Akhmadovitch"),
    person(P1, 57, "PATRUSHEV", "Nikolai Platonovich"),
    person(P1, 94, "AKIMOV", "Andrey Igorevich", dob="1953-09-22", aliases="Andrei "),
    person(P1, 101, "KOSTIN", "Andrey Leonidovich", dob="1956-09-21", aliases="Andrei "),
    person(P1, 103, "SECHIN", "Igor Ivanovich", dob="1960-09-07"),
    entity(
        P2, 1, "Aktsionerny Bank Russian Federation", aliases="Bank Rossiya", listed="2014-03-21"
    ),
    entity(P2, 24, "Kalashnikov Concern"),
    entity(P2, 41, "Night Wolves Motorcycle Club"),
    entity("2", 1, "Gazprombank OAO"),
    entity("2", 3, "VTB Bank OAO"),
    entity("2", 4, "Bank of Moscow"),
    entity("2", 6, "Sberbank"),
    entity("3", 2, "Rosneft"),
    ship(
        1,
        "Balitiyskiy III",
        "7612448",
        "General Cargo/Multi Purpose | Cargo classique/navire polyvalent",
        "1980",
        "2025-02-21",
    ),
)

ADDED: tuple[Rec, ...] = (
    replace(
        ship(2, "M/V Maria", "8517839", "General Cargo | Cargo classique", "1986", "2025-06-13"),
        note="ship, Schedule 1.1 item 2, listed 2025-06-13",
    ),
    replace(
        person(
            P1,
            1,
            "Atabekov",
            "Khazalbek Bakhtibekovich",
            listed="2020-09-28",
            country=BELARUS,
            key="belarus",
        ),
        note="first Belarus listing, 2020-09-28",
    ),
    replace(
        entity(
            P2,
            1,
            "Belaeronavigatsia Republican Unitary Air Navigation Services Enterprise",
            listed="2021-06-17",
            country=BELARUS,
            key="belarus",
        ),
        note="Belarus entity, listed 2021-06-17",
    ),
)
REMOVED_ID = "russia/2/4"  # Bank of Moscow


def day2_rows() -> tuple[Rec, ...]:
    out: list[Rec] = []
    for rec in DAY1:
        if rec.record_id == REMOVED_ID:
            continue
        if rec.record_id == "russia/2/3":
            rec = replace(
                rec,
                entity="VTB Bank PJSC",
                aliases="VTB Bank OAO",
                note="name takes VTB's PJSC form, old name kept as alias (simulated amendment)",
            )
        elif rec.record_id == "russia/1-part-1/103":
            rec = replace(
                rec,
                aliases="Игорь Иванович СЕЧИН",
                note="Cyrillic alias added (simulated amendment)",
            )
        out.append(rec)
    return (*out, *ADDED)


def render(records: tuple[Rec, ...]) -> bytes:
    def el(tag: str, value: str) -> str:
        return f"\t\t<{tag}>{escape(value)}</{tag}>\n" if value else ""

    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
        '<data-set xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n',
    ]
    for r in records:
        parts.append("\t<record>\n")
        parts.append(el("Country-Pays", r.country))
        parts.append(el("LastName-NomDeFamille", r.last))
        parts.append(el("GivenName-Prenom", r.given))
        parts.append(el("EntityOrShip-EntiteOuNavire", r.entity))
        parts.append(el("TitleOrShipType-TitreOuTypeDeNavire", r.ship_type))
        parts.append(el("ShipIMONumber-NumeroOMIDuNavire", r.imo))
        parts.append(el("Aliases-Alias", r.aliases))
        parts.append(
            el("DateOfBirthOrShipBuildDate-DateDeNaissanceOuDateDeConstructionDuNavire", r.dob)
        )
        parts.append(el("Schedule-Annexe", r.schedule))
        parts.append(el("Item-NumeroDarticle", str(r.item)))
        parts.append(el("DateOfListing-DateDinscription", r.listed))
        parts.append("\t</record>\n")
    parts.append("</data-set>\n")
    return "".join(parts).encode("utf-8")


@source(SOURCE_ID)
def ca_sema(out: Path) -> SourceResult:
    day1 = DAY1
    day2 = day2_rows()
    for day, records in zip(DAYS, (day1, day2), strict=True):
        ids = [r.record_id for r in records]
        if len(ids) != len(set(ids)):
            raise ValueError("duplicate record id")
        write_bytes(out / day / SOURCE_ID / FILE_NAME, render(records))

    old = {r.record_id: r for r in day1}
    new = {r.record_id: r for r in day2}
    diff = compare_days(old, new)
    added, removed, modified = diff.added, diff.removed, diff.modified
    if (len(added), len(removed), len(modified)) != (3, 1, 2):
        raise ValueError(f"unexpected change set: {added=} {removed=} {modified=}")

    def label(r: Rec) -> str:
        return r.entity or f"{r.given} {r.last}"

    md = [
        "## ca_sema (Canada, consolidated SEMA/JVCFOA list, XML)",
        "",
        f"Day 1: {len(day1)} records. Day 2: {len(day2)} records ({len(added)} added, "
        f"{len(removed)} removed, {len(modified)} modified).",
        "",
        "Identifiers are the parser's record ids: regime/schedule/item.",
        "",
        f"### Added ({len(added)})",
        "",
        *(f"- `{k}` {label(new[k])}: {new[k].note}" for k in added),
        "",
        f"### Removed ({len(removed)})",
        "",
        *(
            f"- `{k}` {label(old[k])}: simulated delisting (Bank of Moscow was merged into VTB "
            "in 2016; its removal from the list here is not a claim about Canada's list)"
            for k in removed
        ),
        "",
        f"### Modified ({len(modified)})",
        "",
        *(f"- `{k}` {label(new[k])}: {new[k].note}" for k in modified),
        "",
    ]
    return SourceResult(diff.expected(), "\n".join(md) + "\n")
