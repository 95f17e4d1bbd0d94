"""Demo data for gb_hmt_ofsi: OFSI's Consolidated List (ConList.csv, "2022 format").

OFSI discontinued the list on 28 Jan 2026; the two days here are snapshots from
before that. The file follows the 2022 format: a `Last Updated,DD/MM/YYYY` line, a
36-column header, then ONE ROW PER NAME (primary name, aliases), every row repeating
the group's data, sorted by name so that a group's rows are not adjacent; UTF-8 with
a byte-order mark, CRLF line ends, the csv module's minimal quoting.

The targets are real, public UK designations (names, regimes, listing dates, dates
and places of birth as published, to the best of our knowledge). The Group IDs of
the 2022 Russia designations (14175-14265, 14218, 14219) and the UK Sanctions List
references in Other Information are INVENTED in OFSI's style, and consistent with
the gb_fcdo_sanctions demo; 7172, 14124 and 14211 are real Group IDs. Nothing else
is made up; statements of reasons are left out. Not a screening list.
"""

# No `from __future__ import annotations`: see demo/sources/gb_fcdo_sanctions.py.
import csv
import io
from dataclasses import dataclass, replace
from pathlib import Path

from demo_common import DAYS, SourceResult, compare_days, source, write_bytes

SOURCE_ID = "gb_hmt_ofsi"
FILE_NAME = "ConList.csv"
LAST_UPDATED = {"day1": "09/03/2025", "day2": "10/03/2025"}
HEADER = (
    "Name 6", "Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Title",
    "Name Non-Latin Script", "Non-Latin Script Type", "Non-Latin Script Language", "DOB",
    "Town of Birth", "Country of Birth", "Nationality", "Passport Number", "Passport Details",
    "National Identification Number", "National Identification Details", "Position",
    "Address 1", "Address 2", "Address 3", "Address 4", "Address 5", "Address 6",
    "Post/Zip Code", "Country", "Other Information", "Group Type", "Alias Type",
    "Alias Quality", "Regime", "Listed On", "UK Sanctions List Date Designated",
    "Last Updated", "Group ID",
)  # fmt: skip


@dataclass(frozen=True)
class Alias:
    name6: str
    name1: str = ""
    name2: str = ""
    alias_type: str = "Alias"  # Alias | Primary name variation
    quality: str = "Good quality"


@dataclass(frozen=True)
class Group:
    group_id: str
    group_type: str  # Individual | Entity
    regime: str
    listed_on: str
    uk_designated: str
    updated: str
    name6: str
    name1: str = ""
    name2: str = ""
    title: str = ""
    non_latin: str = ""
    script: str = ""
    language: str = ""
    dob: str = ""
    town_of_birth: str = ""
    country_of_birth: str = ""
    nationality: str = ""
    position: str = ""
    address1: str = ""
    address6: str = ""
    country: str = ""
    uk_ref: str = ""
    other: str = ""
    aliases: tuple[Alias, ...] = ()

    @property
    def display(self) -> str:
        return " ".join(p for p in (self.name1, self.name2, self.name6) if p)


def ru_person(
    gid: str,
    ref: str,
    listed: str,
    name6: str,
    name1: str,
    name2: str,
    cyr: str,
    dob: str,
    town: str,
    country: str,
    nationality: str = "Russia",
    position: str = "",
) -> Group:
    return Group(
        group_id=gid,
        group_type="Individual",
        regime="Russia",
        listed_on=listed,
        uk_designated=listed,
        updated=listed,
        name6=name6,
        name1=name1,
        name2=name2,
        non_latin=cyr,
        script="Cyrillic",
        language="Russian",
        dob=dob,
        town_of_birth=town,
        country_of_birth=country,
        nationality=nationality,
        position=position,
        uk_ref=ref,
    )


def ru_entity(
    gid: str,
    ref: str,
    listed: str,
    name: str,
    cyr: str,
    city: str,
    *aliases: str,
    address1: str = "",
) -> Group:
    return Group(
        group_id=gid,
        group_type="Entity",
        regime="Russia",
        listed_on=listed,
        uk_designated=listed,
        updated=listed,
        name6=name,
        non_latin=cyr,
        script="Cyrillic",
        language="Russian",
        address1=address1,
        address6=city,
        country="Russia",
        uk_ref=ref,
        aliases=tuple(Alias(a) for a in aliases),
    )


LENINGRAD = "Leningrad (now St Petersburg)"

DAY1: tuple[Group, ...] = (
    ru_entity("14175", "RUS0240", "22/02/2022", "BANK ROSSIYA", "АО «АБ «РОССИЯ»",
              "St Petersburg", "AB Rossiya"),
    ru_entity("14178", "RUS0243", "22/02/2022", "PROMSVYAZBANK", "ПАО «Промсвязьбанк»",
              "Moscow", "PSB"),
    ru_person("14180", "RUS0245", "22/02/2022", "TIMCHENKO", "Gennady", "Nikolayevich",
              "Геннадий Николаевич ТИМЧЕНКО", "09/11/1952", "Leninakan (now Gyumri)", "Armenia",
              nationality="(1) Russia (2) Finland"),
    ru_person("14181", "RUS0246", "22/02/2022", "ROTENBERG", "Boris", "Romanovich",
              "Борис Романович РОТЕНБЕРГ", "03/01/1957", LENINGRAD, "Russia",
              nationality="(1) Russia (2) Finland"),
    ru_person("14182", "RUS0247", "22/02/2022", "ROTENBERG", "Igor", "Arkadyevich",
              "Игорь Аркадьевич РОТЕНБЕРГ", "09/05/1973", LENINGRAD, "Russia"),
    ru_entity("14185", "RUS0250", "24/02/2022", "VTB BANK", "Банк ВТБ (ПАО)", "Moscow",
              "VTB Bank PJSC"),
    ru_entity("14187", "RUS0252", "24/02/2022", "ROSTEC", "Госкорпорация Ростех", "Moscow",
              "Russian Technologies State Corporation"),
    ru_entity("14190", "RUS0255", "24/02/2022", "UNITED AIRCRAFT CORPORATION",
              "ПАО «Объединённая авиастроительная корпорация»", "Moscow", "UAC"),
    ru_person("14195", "RUS0260", "25/02/2022", "PUTIN", "Vladimir", "Vladimirovich",
              "Владимир Владимирович ПУТИН", "07/10/1952", LENINGRAD, "Russia",
              position="President of the Russian Federation"),
    ru_person("14196", "RUS0261", "25/02/2022", "LAVROV", "Sergei", "Viktorovich",
              "Сергей Викторович ЛАВРОВ", "21/03/1950", "Moscow", "Russia",
              position="Minister of Foreign Affairs of the Russian Federation"),
    ru_person("14205", "RUS0270", "03/03/2022", "USMANOV", "Alisher", "Burkhanovich",
              "Алишер Бурханович УСМАНОВ", "09/09/1953", "Chust", "Uzbekistan"),
    ru_person("14215", "RUS0280", "10/03/2022", "ABRAMOVICH", "Roman", "Arkadyevich",
              "Роман Аркадьевич АБРАМОВИЧ", "24/10/1966", "Saratov", "Russia",
              nationality="(1) Russia (2) Israel (3) Portugal"),
    ru_person("14216", "RUS0281", "10/03/2022", "DERIPASKA", "Oleg", "Vladimirovich",
              "Олег Владимирович ДЕРИПАСКА", "02/01/1968", "Dzerzhinsk", "Russia"),
    ru_person("14217", "RUS0282", "10/03/2022", "SECHIN", "Igor", "Ivanovich",
              "Игорь Иванович СЕЧИН", "07/09/1960", LENINGRAD, "Russia",
              position="Chief Executive Officer of Rosneft"),
    replace(
        ru_entity("14265", "RUS0330", "06/04/2022",
                  "PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA", "ПАО Сбербанк", "Moscow",
                  address1="19 Vavilova Street"),
        aliases=(Alias("SBERBANK", alias_type="Primary name variation", quality=""),),
    ),
    Group(
        group_id="14124", group_type="Entity", regime="Belarus", listed_on="21/06/2021",
        uk_designated="21/06/2021", updated="21/06/2021", name6="BNK (UK) Ltd",
        address1="Salatin House, 19 Cedar Road", country="United Kingdom", uk_ref="BEL0107",
        aliases=(Alias("BNK UK Limited"),),
    ),
    Group(
        group_id="7172", group_type="Individual", regime="Afghanistan",
        listed_on="25/01/2001", uk_designated="31/12/2020", updated="18/12/2021",
        name6="AKHUND", name1="Mohammad", name2="Hassan", title="(1) Mullah (2) Haji",
        non_latin="محمد حسن آخوند", script="Arabic", dob="00/00/1945",
        town_of_birth="Pashmul village, Panjwai District", country_of_birth="Afghanistan",
        nationality="Afghanistan", position="Deputy Minister of Agriculture under the "
        "Taliban regime", address6="Kabul", country="Afghanistan", uk_ref="AFG0006",
        other="UN Ref TAi.002.",
        aliases=(Alias("Akhwand", "Mohammad", alias_type="Primary name variation", quality=""),),
    ),
    Group(
        group_id="14211", group_type="Entity", regime="ISIL (Da'esh) and Al-Qaida",
        listed_on="07/03/2022", uk_designated="07/03/2022", updated="08/03/2022",
        name6="Khatiba al-Tawhid wal-Jihad (KTJ)", non_latin="Катиба ат-Таухид валь-Джихад",
        script="Cyrillic", language="Russian", uk_ref="AQD0377", other="UN Ref QDe.168.",
        aliases=(Alias("Jama'at al-Tawhid wal-Jihad"), Alias("Jannat Oshiklari")),
    ),
)  # fmt: skip

ADDED: tuple[Group, ...] = (
    ru_person("14218", "RUS0283", "10/03/2022", "MILLER", "Alexei", "Borisovich",
              "Алексей Борисович МИЛЛЕР", "31/01/1962", LENINGRAD, "Russia",
              position="Chief Executive Officer of Gazprom"),
    ru_person("14219", "RUS0284", "10/03/2022", "KOSTIN", "Andrey", "Leonidovich",
              "Андрей Леонидович КОСТИН", "21/09/1956", "Moscow", "Russia",
              position="President and Chairman of the Management Board of VTB Bank"),
)  # fmt: skip
REMOVED = "14124"


def day2(day1: tuple[Group, ...]) -> tuple[Group, ...]:
    out: list[Group] = []
    for g in day1:
        if g.group_id == REMOVED:
            continue
        if g.group_id == "14185":  # VTB: a low-quality alias added
            g = replace(
                g, updated="10/03/2025", aliases=(*g.aliases, Alias("VTB", quality="Low quality"))
            )
        elif g.group_id == "14196":  # Lavrov: an alternative spelling added
            g = replace(
                g, updated="10/03/2025", aliases=(Alias("LAVROV", "Sergey", "Viktorovich"),)
            )
        out.append(g)
    return tuple(out) + ADDED


def rows(g: Group) -> list[dict[str, str]]:
    other = " ".join(
        p for p in (f"(UK Sanctions List Ref):{g.uk_ref}" if g.uk_ref else "", g.other) if p
    )
    common = {
        "DOB": g.dob, "Town of Birth": g.town_of_birth, "Country of Birth": g.country_of_birth,
        "Nationality": g.nationality, "Position": g.position, "Address 1": g.address1,
        "Address 6": g.address6, "Country": g.country, "Other Information": other,
        "Group Type": g.group_type, "Regime": g.regime, "Listed On": g.listed_on,
        "UK Sanctions List Date Designated": g.uk_designated, "Last Updated": g.updated,
        "Group ID": g.group_id,
    }  # fmt: skip
    out = [
        common
        | {
            "Name 6": g.name6,
            "Name 1": g.name1,
            "Name 2": g.name2,
            "Title": g.title,
            "Name Non-Latin Script": g.non_latin,
            "Non-Latin Script Type": g.script,
            "Non-Latin Script Language": g.language,
            "Alias Type": "Primary name",
        }  # fmt: skip
    ]
    for a in g.aliases:
        out.append(
            common
            | {
                "Name 6": a.name6,
                "Name 1": a.name1,
                "Name 2": a.name2,
                "Alias Type": a.alias_type,
                "Alias Quality": a.quality,
            }  # fmt: skip
        )
    return out


def render(day: str, groups: tuple[Group, ...]) -> bytes:
    all_rows = [r for g in groups for r in rows(g)]
    # OFSI sorts the file by name, which scatters a group's rows.
    all_rows.sort(key=lambda r: (r["Name 6"].upper(), r.get("Name 1", ""), r["Group ID"]))
    buf = io.StringIO()
    buf.write(f"Last Updated,{LAST_UPDATED[day]}\r\n")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(HEADER)
    for r in all_rows:
        writer.writerow([r.get(h, "") for h in HEADER])
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


@source(SOURCE_ID)
def gb_hmt_ofsi(out: Path) -> SourceResult:
    days = {"day1": DAY1, "day2": day2(DAY1)}
    for label in DAYS:
        ids = [g.group_id for g in days[label]]
        if len(ids) != len(set(ids)):
            raise ValueError(f"{SOURCE_ID}: duplicate Group ID on {label}")
        write_bytes(out / label / SOURCE_ID / FILE_NAME, render(label, days[label]))
    old = {g.group_id: g for g in days["day1"]}
    new = {g.group_id: g for g in days["day2"]}
    diff = compare_days(old, new)
    added, removed, modified = diff.added, diff.removed, diff.modified
    md = [
        f"## {SOURCE_ID} (OFSI Consolidated List, ConList.csv 2022 format; discontinued)",
        "",
        f"Day 1: {len(old)} groups. Day 2: {len(new)} groups "
        f"({len(added)} added, {len(removed)} removed, {len(modified)} modified).",
        "",
        "Identifiers are Group IDs (the record id); those of the 2022 Russia designations "
        "are invented for the demo, 7172, 14124 and 14211 are real. OFSI stopped "
        "publishing the list on 28 Jan 2026; both days are earlier snapshots.",
        "",
        f"### Added ({len(added)})",
        "",
    ]
    md += [f"- `{k}` {new[k].display}: listed {new[k].listed_on} (Russia)" for k in added]
    md += ["", f"### Removed ({len(removed)})", ""]
    md += [
        f"- `{k}` {old[k].display}: illustrative removal for the demo, not a real delisting"
        for k in removed
    ]
    md += ["", f"### Modified ({len(modified)})", ""]
    for k in modified:
        md.append(f"- `{k}` {new[k].display}:")
        for a in new[k].aliases:
            if a not in old[k].aliases:
                name = " ".join(p for p in (a.name1, a.name2, a.name6) if p)
                md.append(f"  - alias `{name}` ({a.quality or a.alias_type}) added")
        md.append(f"  - Last Updated {old[k].updated} -> {new[k].updated}")
    md += ["", "The amendments and the removal are illustrative, not real list changes."]
    return SourceResult(diff.expected(), "\n".join(md) + "\n")
