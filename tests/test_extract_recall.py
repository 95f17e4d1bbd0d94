"""Announcement extraction: target recall rules (held-out batch G).

Lists of named targets in the forms releases use: items separated by semicolons with a
function, an alias or a location after each name; counted lists after a colon with
comma legal forms; a role of the previous body followed by a person's name.
"""

from __future__ import annotations

from datetime import date

from transforms.announcements.extract import extract
from transforms.announcements.gazetteer import find_authorities
from transforms.announcements.names import name_chunks
from transforms.announcements.targets import _enumeration, _item_name

Record = dict[str, object]


def _targets(text: str, published: date) -> list[tuple[str, str | None]]:
    recs = extract(text, published)
    out: list[tuple[str, str | None]] = []
    for rec in recs:
        targets = rec["targets"]
        assert isinstance(targets, list)
        out.extend((t["name"], t["country"]) for t in targets)
    return out


def test_semicolon_list_with_functions_yields_names_only() -> None:
    text = (
        "EU lists officials\n\n15 October 2020\n\nThe Council today imposed restrictive "
        "measures on four individuals. The listed persons are Alexander Bortnikov, Director "
        "of the Federal Security Service (FSB); Sergei Kiriyenko, First Deputy Chief of "
        "Staff of the Presidential Executive Office; and Pavel Popov and Aleksei "
        "Krivoruchko, both Deputy Ministers of Defence. The sanctions consist of an asset "
        "freeze."
    )
    names = [n for n, _ in _targets(text, date(2020, 10, 15))]
    assert names == [
        "Alexander Bortnikov",
        "Sergei Kiriyenko",
        "Pavel Popov",
        "Aleksei Krivoruchko",
    ]


def test_counted_list_after_colon_with_aliases_and_locations() -> None:
    text = (
        "Treasury sanctions exchange network\n\nNovember 8, 2021\n\nToday, OFAC designated "
        "three companies that supported the exchange: IZIBITS OU (a.k.a. Izibits), located "
        "in Estonia; Chatextech SIA, located in Latvia; and Hightrade Finance Ltd, located "
        "in Saint Vincent and the Grenadines. All property of the designated persons in the "
        "United States is blocked."
    )
    assert _targets(text, date(2021, 11, 8)) == [
        ("IZIBITS OU", "EE"),
        ("Chatextech SIA", "LV"),
        ("Hightrade Finance Ltd", "VC"),
    ]


def test_group_country_and_nationalities_of_items() -> None:
    text = (
        "Committee adds individuals\n\n7 June 2018\n\nOn 7 June 2018, the Security Council "
        "Committee established pursuant to resolution 1970 (2011) approved the addition of "
        "three individuals to its sanctions list, subject to the travel ban and asset "
        "freeze. The individuals are Ermias Ghermay, an Eritrean national; Mus'ab "
        "Abu-Qarin, a Libyan national; and Abd al-Rahman al-Milad (a.k.a. Bija), head of "
        "the coast guard unit in Zawiya."
    )
    assert _targets(text, date(2018, 6, 7)) == [
        ("Ermias Ghermay", "ER"),
        ("Mus'ab Abu-Qarin", "LY"),
        ("Abd al-Rahman al-Milad", None),
    ]


def test_comma_legal_forms_stay_in_names() -> None:
    assert _item_name("Xinjiang Daqo New Energy, Co. Ltd") == (
        "Xinjiang Daqo New Energy, Co. Ltd",
        "",
    )
    assert _item_name("Pasit, AO, a Russian company")[0] == "Pasit, AO"
    tail = ": ERA Technopolis, Pasit, AO, SVA, Neobit, OOO, and Positive Technologies."
    assert _enumeration(tail, False, 5) is not None
    assert _enumeration(tail, False, 7) is None


def test_and_inside_body_names() -> None:
    chunks = name_chunks(
        "the State Scientific Research Institute for Organic Chemistry and Technology"
    )
    assert [c.text for c in chunks] == [
        "State Scientific Research Institute for Organic Chemistry and Technology"
    ]
    chunks = name_chunks("and Xinjiang Production and Construction Corps (XPCC).")
    assert [c.text for c in chunks] == ["Xinjiang Production and Construction Corps"]


def test_country_names_and_model_years_are_not_targets() -> None:
    text = (
        "Securing the ICTS supply chain: connected vehicles\n\nDEPARTMENT OF COMMERCE\n\n"
        "SUMMARY: In this final rule, the Bureau of Industry and Security (BIS) issues "
        "regulations that prohibit certain transactions involving hardware supplied by "
        "persons subject to the jurisdiction of a country of concern, the People's "
        "Republic of China or the Russian Federation. The prohibitions on software apply "
        "to vehicles of Model Year 2027."
    )
    names = [n for n, _ in _targets(text, date(2025, 1, 16))]
    assert "Federation" not in names and "Model Year" not in names


def test_role_of_previous_body_then_person_and_parent_name() -> None:
    text = (
        "Treasury designates fund\n\nFebruary 28, 2022\n\nToday, OFAC designated the "
        "Russian Direct Investment Fund (RDIF), its Chief Executive Officer Kirill "
        "Dmitriev, and its management company, Joint Stock Company Management Company of "
        "the Russian Direct Investment Fund, pursuant to E.O. 14024."
    )
    assert _targets(text, date(2022, 2, 28)) == [
        ("Russian Direct Investment Fund", None),
        ("Kirill Dmitriev", None),
        ("Joint Stock Company Management Company of the Russian Direct Investment Fund", None),
    ]


def test_a_countrys_security_council_is_not_the_un() -> None:
    found = find_authorities("members of Russia's Security Council: Sergei Shoigu")
    assert not found
    assert find_authorities("The Security Council today adopted resolution 2719 (2023)")
