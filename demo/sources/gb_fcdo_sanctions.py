"""Demo data for gb_fcdo_sanctions: the UK Sanctions List XML (FCDO), two days.

The file follows the real export: a <Designations> root with the schema attributes,
a <DateGenerated> child, then one <Designation> per designated person, entity or
ship, children in the published order, the full set of fifteen
<SanctionsImposedIndicators>, empty <UKStatementofReasons> elements written as an
element holding a line break (as the FCDO writes them), CRLF-free UTF-8.

The designations are real and public (names, regimes, designation dates, dates and
places of birth as the UK published them, to the best of our knowledge). The
UniqueIDs and OFSIGroupIDs of the Russia designations (RUS0240-RUS0330) are INVENTED
(plausible, in the list's style); AFG0006, AQD0377, BEL0107, DPR0075 and RUS2176
carry their real identifiers (from published excerpts of the list). Nothing else is
made up: a detail we did not know is left out. Statements of reasons are left empty
rather than paraphrased. This is a small excerpt for testing, not a screening list.
"""

# No `from __future__ import annotations`: the dataclasses below are created while
# generate_demo.py loads this file by path (not in sys.modules), where string
# annotations break dataclasses' ClassVar check once `typing` is imported.
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.sax.saxutils import escape

from demo_common import DAYS, SourceResult, compare_days, source, write_bytes

SOURCE_ID = "gb_fcdo_sanctions"
FILE_NAME = "UK-Sanctions-List.xml"
GENERATED = {"day1": ("09/03/2026", "2026-03-09"), "day2": ("10/03/2026", "2026-03-10")}
SCHEMA = (
    "https://assets.publishing.service.gov.uk/media/6916e72cdb01ecfcf96fc96b/"
    "SanctionsListSchema-4.33.3.xsd"
)

RUSSIA = "The Russia (Sanctions) (EU Exit) Regulations 2019"
BELARUS = "The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019"
AFGHANISTAN = "The Afghanistan (Sanctions) (EU Exit) Regulations 2020"
ISIL = "Isil (Da'esh) and Al-Qaeda (United Nations Sanctions) (EU Exit) Regulations 2019"
DPRK = "The Democratic People's Republic of Korea (Sanctions) (EU Exit) Regulations 2019"

# The indicators in the order the export writes them, and the text of those we use.
INDICATORS = (
    "AssetFreeze",
    "ArmsEmbargo",
    "TargetedArmsEmbargo",
    "CharteringOfShips",
    "ClosureOfRepresentativeOffices",
    "CrewServicingOfShipsAndAircraft",
    "Deflag",
    "PreventionOfBusinessArrangements",
    "ProhibitionOfPortEntry",
    "TravelBan",
    "PreventionOfCharteringOfShips",
    "PreventionOfCharteringOfShipsAndAircraft",
    "TechnicalAssistanceRelatedToAircraft",
    "TrustServicesSanctions",
    "DirectorDisqualificationSanction",
)
SANCTION_TEXT = {
    "AssetFreeze": "Asset freeze",
    "ArmsEmbargo": "Arms embargo",
    "TravelBan": "Travel Ban",
    "ProhibitionOfPortEntry": "Prohibition of port entry",
    "DirectorDisqualificationSanction": "Director Disqualification Sanction",
}
SHIPPING = "Shipping sanctions: (see 'Other information')"


@dataclass(frozen=True)
class Name:
    name6: str
    name1: str = ""
    name2: str = ""
    name3: str = ""
    name_type: str = "Primary Name"
    strength: str = ""  # "Good quality a.k.a" / "Low quality a.k.a" for aliases


@dataclass(frozen=True)
class Address:
    line1: str = ""
    line6: str = ""
    postal: str = ""
    country: str = ""


@dataclass(frozen=True)
class Designation:
    uid: str
    kind: str  # Individual | Entity | Ship
    regime: str
    designated: str  # DD/MM/YYYY
    updated: str
    names: tuple[Name, ...]
    measures: tuple[str, ...]  # indicator names that are true
    group_id: str = ""
    un_ref: str = ""
    source: str = "UK"
    non_latin: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    sanctions_text: str = ""  # when not derived from the indicators
    other_info: str = ""
    addresses: tuple[Address, ...] = ()
    websites: tuple[str, ...] = ()
    dobs: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()
    positions: tuple[str, ...] = ()
    passports: tuple[tuple[str, str], ...] = ()
    births: tuple[tuple[str, str], ...] = ()  # (town, country)
    entity_types: tuple[str, ...] = ()
    registrations: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()
    ship: dict[str, str] = field(default_factory=dict, compare=True, hash=False)
    note: str = field(default="", compare=False)  # for CHANGES.md

    @property
    def display(self) -> str:
        n = self.names[0]
        return " ".join(p for p in (n.name1, n.name2, n.name3, n.name6) if p)


def person(
    uid: str,
    group_id: str,
    regime: str,
    designated: str,
    name: Name,
    *,
    non_latin: str = "",
    dob: str = "",
    birth: tuple[str, str] = ("", ""),
    nationalities: tuple[str, ...] = (),
    position: str = "",
    travel_ban: bool = True,
    aliases: tuple[Name, ...] = (),
) -> Designation:
    return Designation(
        uid=uid,
        kind="Individual",
        regime=regime,
        designated=designated,
        updated=designated,
        group_id=group_id,
        names=(name, *aliases),
        measures=("AssetFreeze", "TravelBan") if travel_ban else ("AssetFreeze",),
        non_latin=(non_latin,) if non_latin else (),
        dobs=(dob,) if dob else (),
        births=(birth,) if any(birth) else (),
        nationalities=nationalities,
        positions=(position,) if position else (),
    )


def entity(
    uid: str,
    group_id: str,
    designated: str,
    name: str,
    *,
    non_latin: str = "",
    city: str = "",
    aliases: tuple[str, ...] = (),
    entity_type: str = "",
) -> Designation:
    return Designation(
        uid=uid,
        kind="Entity",
        regime=RUSSIA,
        designated=designated,
        updated=designated,
        group_id=group_id,
        names=(Name(name), *(Name(a, name_type="Alias") for a in aliases)),
        measures=("AssetFreeze",),
        non_latin=(non_latin,) if non_latin else (),
        addresses=(Address(line6=city, country="Russia"),) if city else (),
        entity_types=(entity_type,) if entity_type else (),
    )


RU = ("Russia",)

DAY1: tuple[Designation, ...] = (
    # --- Russia: 22 Feb 2022, the first UK designations after the recognition of the
    # "DNR"/"LNR": five banks and three businessmen.
    entity(
        "RUS0240", "14175", "22/02/2022", "BANK ROSSIYA",
        non_latin="АО «АБ «РОССИЯ»", city="St Petersburg", aliases=("AB Rossiya",),
    ),
    entity(
        "RUS0243", "14178", "22/02/2022", "PROMSVYAZBANK",
        non_latin="ПАО «Промсвязьбанк»", city="Moscow", aliases=("PSB",),
    ),
    person(
        "RUS0245", "14180", RUSSIA, "22/02/2022",
        Name("TIMCHENKO", "Gennady", "Nikolayevich"),
        non_latin="Геннадий Николаевич ТИМЧЕНКО", dob="09/11/1952",
        birth=("Leninakan (now Gyumri)", "Armenia"), nationalities=("Russia", "Finland"),
    ),
    person(
        "RUS0246", "14181", RUSSIA, "22/02/2022",
        Name("ROTENBERG", "Boris", "Romanovich"),
        non_latin="Борис Романович РОТЕНБЕРГ", dob="03/01/1957",
        birth=("Leningrad (now St Petersburg)", "Russia"), nationalities=("Russia", "Finland"),
    ),
    person(
        "RUS0247", "14182", RUSSIA, "22/02/2022",
        Name("ROTENBERG", "Igor", "Arkadyevich"),
        non_latin="Игорь Аркадьевич РОТЕНБЕРГ", dob="09/05/1973",
        birth=("Leningrad (now St Petersburg)", "Russia"), nationalities=RU,
    ),
    # --- 24 Feb 2022 (the invasion): VTB and defence companies.
    entity(
        "RUS0250", "14185", "24/02/2022", "VTB BANK",
        non_latin="Банк ВТБ (ПАО)", city="Moscow", aliases=("VTB Bank PJSC",),
    ),
    entity(
        "RUS0252", "14187", "24/02/2022", "ROSTEC",
        non_latin="Госкорпорация Ростех", city="Moscow",
        aliases=("Russian Technologies State Corporation",), entity_type="State corporation",
    ),
    entity(
        "RUS0255", "14190", "24/02/2022", "UNITED AIRCRAFT CORPORATION",
        non_latin="ПАО «Объединённая авиастроительная корпорация»", city="Moscow",
        aliases=("UAC",),
    ),
    # --- 25 Feb 2022: the President and the Foreign Minister (asset freeze only).
    person(
        "RUS0260", "14195", RUSSIA, "25/02/2022",
        Name("PUTIN", "Vladimir", "Vladimirovich"),
        non_latin="Владимир Владимирович ПУТИН", dob="07/10/1952",
        birth=("Leningrad (now St Petersburg)", "Russia"), nationalities=RU,
        position="President of the Russian Federation", travel_ban=False,
    ),
    person(
        "RUS0261", "14196", RUSSIA, "25/02/2022",
        Name("LAVROV", "Sergei", "Viktorovich"),
        non_latin="Сергей Викторович ЛАВРОВ", dob="21/03/1950", birth=("Moscow", "Russia"),
        nationalities=RU, position="Minister of Foreign Affairs of the Russian Federation",
        travel_ban=False,
        aliases=(Name("LAVROV", "Sergey", "Viktorovich", name_type="Alias",
                      strength="Good quality a.k.a"),),
    ),
    # --- 3 and 10 Mar 2022: oligarchs.
    person(
        "RUS0270", "14205", RUSSIA, "03/03/2022",
        Name("USMANOV", "Alisher", "Burkhanovich"),
        non_latin="Алишер Бурханович УСМАНОВ", dob="09/09/1953",
        birth=("Chust", "Uzbekistan"), nationalities=RU,
    ),
    person(
        "RUS0280", "14215", RUSSIA, "10/03/2022",
        Name("ABRAMOVICH", "Roman", "Arkadyevich"),
        non_latin="Роман Аркадьевич АБРАМОВИЧ", dob="24/10/1966", birth=("Saratov", "Russia"),
        nationalities=("Russia", "Israel", "Portugal"),
    ),
    person(
        "RUS0281", "14216", RUSSIA, "10/03/2022",
        Name("DERIPASKA", "Oleg", "Vladimirovich"),
        non_latin="Олег Владимирович ДЕРИПАСКА", dob="02/01/1968",
        birth=("Dzerzhinsk", "Russia"), nationalities=RU,
    ),
    person(
        "RUS0282", "14217", RUSSIA, "10/03/2022",
        Name("SECHIN", "Igor", "Ivanovich"),
        non_latin="Игорь Иванович СЕЧИН", dob="07/09/1960",
        birth=("Leningrad (now St Petersburg)", "Russia"), nationalities=RU,
        position="Chief Executive Officer of Rosneft",
    ),
    # --- 6 Apr 2022: Sberbank.
    Designation(
        uid="RUS0330", kind="Entity", regime=RUSSIA, designated="06/04/2022",
        updated="06/04/2022", group_id="14265",
        names=(
            Name("PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA"),
            Name("SBERBANK", name_type="Primary Name Variation"),
        ),
        measures=("AssetFreeze",), non_latin=("ПАО Сбербанк",),
        addresses=(Address(line1="19 Vavilova Street", line6="Moscow", country="Russia"),),
        websites=("www.sberbank.ru",),
    ),
    # --- 31 Jul 2024: a "shadow fleet" tanker (real UniqueID).
    Designation(
        uid="RUS2176", kind="Ship", regime=RUSSIA, designated="31/07/2024",
        updated="31/07/2024", names=(Name("KOROLEV PROSPECT"),),
        measures=("Deflag", "ProhibitionOfPortEntry"), sanctions_text=SHIPPING,
        other_info=(
            "Shipping sanctions: a specified ship is prohibited from being provided with "
            "access to or having its master or pilot cause it to enter a port in the UK, may "
            "have its registration on the UK Ship Register terminated, and a master or pilot "
            "of a specified ship may be given a port barring direction, a detention "
            "direction, and a port entry direction or a movement direction."
        ),
        ship={"IMONumbers/IMONumber": "IMO9826902",
              "CurrentOwnerOperators/CurrentOwnerOperator": "Stream Ship Management FZCO",
              "CurrentBelievedFlagOfShips/CurrentBelievedFlagOfShip": "Gabon",
              "TypeOfShipDetails/TypeOfShip": "Oil Tanker", "YearsBuilt/YearBuilt": "2019"},
    ),
    # --- Belarus.
    Designation(
        uid="BEL0107", kind="Entity", regime=BELARUS, designated="21/06/2021",
        updated="09/04/2025", group_id="14124",
        names=(Name("BNK (UK) Ltd"), Name("BNK UK Limited", name_type="Alias",
                                          strength="Good quality a.k.a")),
        measures=("AssetFreeze", "DirectorDisqualificationSanction"),
        addresses=(Address(line1="Salatin House, 19 Cedar Road", postal="SM2 5DA",
                           country="United Kingdom"),),
        entity_types=("Oil trading company",), registrations=("UK Company no. 06527449",),
        parents=("CJSC Belarusian Oil Company",),
    ),
    # --- UN designations carried into UK law (real UniqueIDs).
    Designation(
        uid="AFG0006", kind="Individual", regime=AFGHANISTAN, designated="25/01/2001",
        updated="18/12/2021", group_id="7172", un_ref="TAi.002", source="UN",
        names=(Name("AKHUND", "MOHAMMAD", "HASSAN"),
               Name("Akhwand", "Mohammad", name_type="Primary Name Variation")),
        measures=("AssetFreeze", "TravelBan"), non_latin=("محمد حسن آخوند",),
        titles=("Mullah", "Haji"), dobs=("12/05/1958", "dd/mm/1945", "1946"),
        nationalities=("Afghanistan",), births=(("Pashmul village, Panjwai District",
                                                  "Afghanistan"),),
        positions=("Deputy Minister of Agriculture under the Taliban regime",),
    ),
    Designation(
        uid="AQD0377", kind="Entity", regime=ISIL, designated="07/03/2022",
        updated="08/03/2022", group_id="14211", un_ref="QDe.168", source="UN",
        names=(Name("Khatiba al-Tawhid wal-Jihad (KTJ)"),
               Name("Jama'at al-Tawhid wal-Jihad", name_type="Alias"),
               Name("Jannat Oshiklari", name_type="Alias")),
        measures=("AssetFreeze", "ArmsEmbargo"), non_latin=("Катиба ат-Таухид валь-Джихад",),
        entity_types=("Terrorist Group",),
    ),
    Designation(
        uid="DPR0075", kind="Ship", regime=DPRK, designated="03/10/2017",
        updated="18/12/2021", source="UN", names=(Name("Petrel 8"),
                                                  Name("Tian Tai 36", name_type="Alias")),
        measures=("ProhibitionOfPortEntry",),
        other_info="Pursuant to paragraph 6 of Security Council Resolution 2371 (2017).",
        ship={"IMONumbers/IMONumber": "IMO9562233",
              "CurrentBelievedFlagOfShips/CurrentBelievedFlagOfShip": "Comoros",
              "TypeOfShipDetails/TypeOfShip": "Bulk Carrier"},
    ),
)  # fmt: skip

# Day 2 adds two of the 10 Mar 2022 designations (Gazprom's and VTB's chief executives).
ADDED: tuple[Designation, ...] = (
    person(
        "RUS0283", "14218", RUSSIA, "10/03/2022",
        Name("MILLER", "Alexei", "Borisovich"),
        non_latin="Алексей Борисович МИЛЛЕР", dob="31/01/1962",
        birth=("Leningrad (now St Petersburg)", "Russia"), nationalities=RU,
        position="Chief Executive Officer of Gazprom",
    ),
    person(
        "RUS0284", "14219", RUSSIA, "10/03/2022",
        Name("KOSTIN", "Andrey", "Leonidovich"),
        non_latin="Андрей Леонидович КОСТИН", dob="21/09/1956", birth=("Moscow", "Russia"),
        nationalities=RU, position="President and Chairman of the Management Board of VTB Bank",
    ),
)  # fmt: skip
REMOVED = "DPR0075"


def day2(day1: tuple[Designation, ...]) -> tuple[Designation, ...]:
    out: list[Designation] = []
    for d in day1:
        if d.uid == REMOVED:
            continue
        if d.uid == "AFG0006":
            # A passport is added (modelled on the passport the list shows for him today).
            d = replace(
                d,
                updated="10/03/2026",
                passports=(("P04581926", "Afghanistan passport number P04581926, issued in "
                                         "Kandahar (expires 7 August 2034)"),),
            )  # fmt: skip
        elif d.uid == "RUS0250":
            d = replace(
                d,
                updated="10/03/2026",
                names=(*d.names, Name("VTB", name_type="Alias", strength="Low quality a.k.a")),
            )
        out.append(d)
    return tuple(out) + ADDED


# ------------------------------------------------------------------------ rendering


def el(tag: str, text: str, indent: int) -> str:
    return f"{'  ' * indent}<{tag}>{escape(text)}</{tag}>"


def values(wrapper: str, item: str, items: tuple[str, ...], indent: int) -> list[str]:
    if not items:
        return []
    pad = "  " * indent
    return [f"{pad}<{wrapper}>", *(el(item, v, indent + 1) for v in items), f"{pad}</{wrapper}>"]


def render_designation(d: Designation) -> list[str]:
    out = [
        "  <Designation>",
        el("LastUpdated", d.updated, 2),
        el("DateDesignated", d.designated, 2),
    ]
    out.append(el("UniqueID", d.uid, 2))
    if d.group_id:
        out.append(el("OFSIGroupID", d.group_id, 2))
    if d.un_ref:
        out.append(el("UNReferenceNumber", d.un_ref, 2))
    out.append("    <Names>")
    for n in d.names:
        out.append("      <Name>")
        for i, part in ((1, n.name1), (2, n.name2), (3, n.name3), (6, n.name6)):
            if part:
                out.append(el(f"Name{i}", part, 4))
        out.append(el("NameType", n.name_type, 4))
        if n.strength:
            out.append(el("AliasStrength", n.strength, 4))
        out.append("      </Name>")
    out.append("    </Names>")
    if d.non_latin:
        out.append("    <NonLatinNames>")
        for text in d.non_latin:
            out += [
                "      <NonLatinName>",
                el("NameNonLatinScript", text, 4),
                "      </NonLatinName>",
            ]
    else:
        out.append("    <NonLatinNames />")
    if d.non_latin:
        out.append("    </NonLatinNames>")
    out += values("Titles", "Title", d.titles, 2)
    out += [el("RegimeName", d.regime, 2), el("IndividualEntityShip", d.kind, 2)]
    out.append(el("DesignationSource", d.source, 2))
    text = d.sanctions_text or "|".join(SANCTION_TEXT[m] for m in INDICATORS if m in d.measures)
    out.append(el("SanctionsImposed", text, 2))
    out.append("    <SanctionsImposedIndicators>")
    out += [el(i, "true" if i in d.measures else "false", 3) for i in INDICATORS]
    out.append("    </SanctionsImposedIndicators>")
    if d.other_info:
        out.append(el("OtherInformation", d.other_info, 2))
    out.append("    <UKStatementofReasons>\n</UKStatementofReasons>")
    if d.addresses:
        out.append("    <Addresses>")
        for a in d.addresses:
            out.append("      <Address>")
            for tag, value in (
                ("AddressLine1", a.line1),
                ("AddressLine6", a.line6),
                ("AddressPostalCode", a.postal),
                ("AddressCountry", a.country),
            ):
                if value:
                    out.append(el(tag, value, 4))
            out.append("      </Address>")
        out.append("    </Addresses>")
    out += values("Websites", "Website", d.websites, 2)
    if d.kind == "Individual":
        out += ["    <IndividualDetails>", "      <Individual>"]
        out += values("DOBs", "DOB", d.dobs, 4)
        out += values("Nationalities", "Nationality", d.nationalities, 4)
        out += values("Positions", "Position", d.positions, 4)
        if d.passports:
            out.append("        <PassportDetails>")
            for number, info in d.passports:
                out += [
                    "          <Passport>",
                    el("PassportNumber", number, 6),
                    el("PassportAdditionalInformation", info, 6),
                    "          </Passport>",
                ]
            out.append("        </PassportDetails>")
        if d.births:
            out.append("        <BirthDetails>")
            for town, country in d.births:
                out.append("          <Location>")
                if town:
                    out.append(el("TownOfBirth", town, 6))
                out += [el("CountryOfBirth", country, 6), "          </Location>"]
            out.append("        </BirthDetails>")
        out += ["      </Individual>", "    </IndividualDetails>"]
    elif d.kind == "Entity" and (d.entity_types or d.registrations or d.parents):
        out += ["    <EntityDetails>", "      <Entity>"]
        out += values("TypeOfEntities", "TypeOfEntity", d.entity_types, 4)
        out += values(
            "BusinessRegistrationNumbers", "BusinessRegistrationNumber", d.registrations, 4
        )
        out += values("ParentCompanies", "ParentCompany", d.parents, 4)
        out += ["      </Entity>", "    </EntityDetails>"]
    elif d.kind == "Ship":
        out += ["    <ShipDetails>", "      <Ship>"]
        for path, value in d.ship.items():
            wrapper, item = path.split("/")
            out += values(wrapper, item, (value,), 4)
        out += ["      </Ship>", "    </ShipDetails>"]
    out.append("  </Designation>")
    return out


def render(day: str, designations: tuple[Designation, ...]) -> bytes:
    date_text, iso = GENERATED[day]
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Designations xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:noNamespaceSchemaLocation="{SCHEMA}" dateGenerated="{iso}T23:00:04.744Z">',
        el("DateGenerated", date_text, 1),
    ]
    for d in designations:
        lines += render_designation(d)
    lines.append("</Designations>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def describe(old: Designation, new: Designation) -> list[str]:
    out = []
    out += [f"passport `{p[0]}` added" for p in new.passports if p not in old.passports]
    added = [n for n in new.names if n not in old.names]
    out += [f"alias `{n.name6}` ({n.strength or n.name_type}) added" for n in added]
    if old.updated != new.updated:
        out.append(f"LastUpdated {old.updated} -> {new.updated}")
    return out


@source(SOURCE_ID)
def gb_fcdo_sanctions(out: Path) -> SourceResult:
    days = {"day1": DAY1, "day2": day2(DAY1)}
    for label in DAYS:
        ids = [d.uid for d in days[label]]
        if len(ids) != len(set(ids)):
            raise ValueError(f"{SOURCE_ID}: duplicate UniqueID on {label}")
        write_bytes(out / label / SOURCE_ID / FILE_NAME, render(label, days[label]))
    old = {d.uid: d for d in days["day1"]}
    new = {d.uid: d for d in days["day2"]}
    diff = compare_days(old, new)
    added, removed, modified = diff.added, diff.removed, diff.modified
    md = [
        f"## {SOURCE_ID} (UK Sanctions List, FCDO XML)",
        "",
        f"Day 1: {len(old)} designations. Day 2: {len(new)} designations "
        f"({len(added)} added, {len(removed)} removed, {len(modified)} modified).",
        "",
        "Identifiers are UniqueIDs (the record id). Those of the 2022 Russia "
        "designations are invented for the demo; AFG0006, AQD0377, BEL0107, DPR0075 and "
        "RUS2176 are the real ones.",
        "",
        f"### Added ({len(added)})",
        "",
    ]
    md += [
        f"- `{k}` {new[k].display}: designated {new[k].designated} (Russia regime)" for k in added
    ]
    md += ["", f"### Removed ({len(removed)})", ""]
    md += [
        f"- `{k}` {old[k].display}: illustrative removal for the demo, not a real delisting"
        for k in removed
    ]
    md += ["", f"### Modified ({len(modified)})", ""]
    for k in modified:
        md.append(f"- `{k}` {new[k].display}:")
        md += [f"  - {c}" for c in describe(old[k], new[k])]
    md += [
        "",
        "Day 2 folds changes from different dates into one step (the 10 Mar 2022 "
        "designations appear next to 2024-2026 entries); the amendments are illustrative.",
    ]
    return SourceResult(diff.expected(), "\n".join(md) + "\n")
