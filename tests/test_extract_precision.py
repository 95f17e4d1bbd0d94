"""Announcement extraction: precision rules (no false targets, measures or dates).

Regression tests for the general rules behind the demo-data bugs (another authority's
action in a Treasury release; a country taken as the target of listings "against
Russia") and for the rules added while scoring held-out announcements.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.support.feeds import folder_files, parse_files, run_demo
from transforms.announcements import dates as dt
from transforms.announcements.extract import extract
from transforms.announcements.legal_basis import find_legal_basis
from transforms.announcements.text import split_sentences

Record = dict[str, object]


def _one(text: str, published: date) -> dict[str, object]:
    (rec,) = extract(text, published)
    return rec


def _names(rec: dict[str, object]) -> list[str]:
    targets = rec["targets"]
    assert isinstance(targets, list)
    return [t["name"] for t in targets]


def _milestones(rec: dict[str, object]) -> set[tuple[str, str]]:
    milestones = rec["milestones"]
    assert isinstance(milestones, list)
    return {(m["role"], m["date"]) for m in milestones}


# --- (a) another authority's action is not the announcer's ------------------------------

OFAC_LEAD = (
    "Treasury Sanctions Kaspersky Lab Leadership\n\nJune 21, 2024\n\n"
    "WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control "
    "(OFAC) designated twelve individuals in executive and senior leadership roles at AO "
    "Kaspersky Lab (Kaspersky Lab), a Russia-based cybersecurity and anti-virus company, "
    "pursuant to Executive Order (E.O.) 14024.\n\n"
    "The designated individuals are Marina Mikhaylovna Alekseeva and Kirill Aleksandrovich "
    "Astrakhan.\n\n"
    "As a result of today's action, all property and interests in property of the designated "
    "persons that are in the United States are blocked.\n\n"
)


@pytest.mark.parametrize(
    "other",
    [
        "OFAC's action complements the Department of Commerce's Final Determination of June 20, "
        "2024, prohibiting Kaspersky Lab, Inc. from providing anti-virus software in the United "
        "States, and the addition of AO Kaspersky Lab to the Entity List.",
        "In a separate action, the Department of Commerce added AO Kaspersky Lab, OOO Kaspersky "
        "Group and Kaspersky Labs Limited to the Entity List.",
        "On June 20, Commerce announced a Final Determination prohibiting Kaspersky Lab, Inc. "
        "from selling its software. It also added AO Kaspersky Lab to the Entity List, "
        "effective June 24, 2024.",
        "The United Kingdom is also designating Kaspersky Labs Limited.",
    ],
)
def test_another_authoritys_action_gives_no_targets_measures_or_dates(other: str) -> None:
    rec = _one(OFAC_LEAD + other, date(2024, 6, 21))
    assert rec["authority"] == "OFAC"
    assert _names(rec) == ["Marina Mikhaylovna Alekseeva", "Kirill Aleksandrovich Astrakhan"]
    assert rec["measures"] == ["asset_freeze"]
    assert _milestones(rec) == {("announced", "2024-06-21")}


def test_demo_kaspersky_leadership_release_names_only_the_executives(tmp_path: Path) -> None:
    """The demo's jy2420 release: 12 executives; neither AO Kaspersky Lab (their employer)
    nor Kaspersky Lab, Inc. (Commerce's separate Final Determination) is an OFAC target."""
    run_demo("us_treasury_press", tmp_path)
    items, _, _ = parse_files(
        "us_treasury_press", folder_files(tmp_path / "day2" / "us_treasury_press")
    )
    (item,) = [i for i in items if i.item_id == "jy2420"]
    rec = _one(item.text, date(2024, 6, 21))
    targets = rec["targets"]
    assert isinstance(targets, list)
    assert len(targets) == 12
    assert {t["type"] for t in targets} == {"person"}
    assert not [n for n in _names(rec) if "Kaspersky" in n]
    assert rec["measures"] == ["asset_freeze"]
    assert rec["legal_basis"] == ["E.O. 14024"]


def test_joint_action_keeps_the_announcers_targets() -> None:
    text = (
        "February 11, 2025\n\nWASHINGTON - Today, the Department of the Treasury's Office of "
        "Foreign Assets Control (OFAC), Australia's Department of Foreign Affairs and Trade and "
        "the United Kingdom's Foreign, Commonwealth and Development Office are jointly "
        "designating Zservers, a Russia-based bulletproof hosting services provider."
    )
    rec = _one(text, date(2025, 2, 11))
    assert rec["authority"] == "OFAC"
    assert rec["targets"] == [{"name": "Zservers", "type": "organization", "country": "RU"}]


def test_an_authority_acting_at_anothers_direction_is_still_the_actor() -> None:
    text = (
        "September 19, 2020\n\nSecretary of Commerce Wilbur Ross, at the direction of President "
        "Trump, will delay the prohibition of identified transactions related to the TikTok "
        "mobile application until September 27, 2020."
    )
    rec = _one(text, date(2020, 9, 19))
    assert rec["authority"] == "Commerce/BIS"
    assert _names(rec) == ["TikTok"]


# --- (b) a country is a target only of country-wide measures ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the demo's 15th package item: listings and vessels, nothing country-wide
        "Russia's war of aggression against Ukraine: EU adopts 15th package of restrictive "
        "measures\n\nThe Council today adopted a 15th package of restrictive measures against "
        "Russia, with new listings of individuals and entities and more shadow-fleet vessels "
        "added to the list of vessels banned from EU ports and services.",
        "Council of the EU - Press release - 12 September 2024\n\nThe Council today decided to "
        "prolong the restrictive measures targeting those responsible for undermining the "
        "territorial integrity of Ukraine until 15 March 2025. The measures consist of travel "
        "restrictions and the freezing of assets. After 24 February 2022, the EU massively "
        "expanded its sanctions against Russia.",
    ],
)
def test_listings_against_a_country_do_not_target_the_country(text: str) -> None:
    (rec,) = extract(text, date(2024, 12, 16))
    assert rec["targets"] == []


def test_a_package_against_a_country_does_not_target_the_country() -> None:
    """(b) "restrictive measures against Russia" is the context of a package, not its
    target - even when the package has sectoral measures."""
    text = (
        "Council of the EU - Press release - 24 June 2024\n\nThe Council today adopted a 14th "
        "package of restrictive measures against Russia. Imports of Russian LNG into specific "
        "terminals are prohibited."
    )
    assert _one(text, date(2024, 6, 24))["targets"] == []


def test_demo_eu_packages_name_no_country_and_no_quoted_person(tmp_path: Path) -> None:
    """The demo's 14th and 15th package pages: no "Russia" target, and nothing from the
    High Representative's quote ("... prevented Putin from accomplishing his plans")."""
    run_demo("eu_council_press", tmp_path)
    texts = {}
    for day in ("day1", "day2"):
        items, _, _ = parse_files(
            "eu_council_press", folder_files(tmp_path / day / "eu_council_press")
        )
        texts.update({i.title: (i.text, i.published) for i in items})
    assert len(texts) == 2
    for text, published in texts.values():
        assert published is not None
        rec = _one(text, date.fromisoformat(published.value[:10]))
        assert rec["authority"] == "EU Council"
        assert rec["targets"] == []


def test_country_regimes_and_trade_measures_target_the_country() -> None:
    text = (
        "June 30, 2025\n\nToday, President Donald J. Trump signed an Executive Order ending the "
        "Syria sanctions program, effective July 1, 2025."
    )
    rec = _one(text, date(2025, 6, 30))
    assert (rec["authority"], rec["action"]) == ("White House", "delisting")
    assert rec["targets"] == [{"name": "Syria", "type": "other", "country": "SY"}]
    assert ("end", "2025-07-01") in _milestones(rec)
    text = (
        "14 November 2018\n\nThe Security Council today lifted the arms embargo, travel bans "
        "and asset freezes imposed on Eritrea."
    )
    assert _one(text, date(2018, 11, 14))["targets"] == [
        {"name": "Eritrea", "type": "other", "country": "ER"}
    ]


# --- targets ---------------------------------------------------------------------------------


def test_people_named_as_objects_do_not_make_commentary() -> None:
    text = (
        "November 3, 2021\n\nToday, the Bureau of Industry and Security (BIS) added NSO Group "
        "and Candiru, both of Israel, to the Entity List on the basis of evidence that they "
        "supplied spyware used to target journalists, activists and embassy workers."
    )
    rec = _one(text, date(2021, 11, 3))
    assert rec["targets"] == [
        {"name": "NSO Group", "type": "organization", "country": "IL"},
        {"name": "Candiru", "type": "organization", "country": "IL"},
    ]
    assert extract("Analysts expect the EU to sanction more banks in June.", date(2024, 5, 1)) == []


def test_counted_people_named_after_the_trigger() -> None:
    text = (
        "2 October 2024\n\nAustralia has imposed targeted financial sanctions and travel bans on "
        "three Russian citizens for their involvement in the Evil Corp cybercrime group. Maksim "
        "Viktorovich Yakubets, Igor Olegovich Turashev and Aleksandr Viktorovich Ryzhenkov hold "
        "senior roles in Evil Corp."
    )
    rec = _one(text, date(2024, 10, 2))
    assert rec["authority"] == "DFAT"
    assert rec["targets"] == [
        {"name": n, "type": "person", "country": "RU"}
        for n in (
            "Maksim Viktorovich Yakubets",
            "Igor Olegovich Turashev",
            "Aleksandr Viktorovich Ryzhenkov",
        )
    ]
    text = (
        "February 11, 2025\n\nToday, OFAC is designating two Russian nationals who are key "
        "administrators of Zservers, Alexander Igorevich Mishin and Aleksandr Sergeyevich "
        "Bolshakov."
    )
    assert _one(text, date(2025, 2, 11))["targets"] == [
        {"name": "Alexander Igorevich Mishin", "type": "person", "country": "RU"},
        {"name": "Aleksandr Sergeyevich Bolshakov", "type": "person", "country": "RU"},
    ]


def test_sanctions_list_entries() -> None:
    text = (
        "Cyber-related Designations\n\n01/23/2024\n\nThe Office of Foreign Assets Control (OFAC) "
        "has added the following individual and entity to its Specially Designated Nationals "
        "and Blocked Persons List:\n\n"
        'ERMAKOV, Aleksandr Gennadievich (a.k.a. ERMAKOV, Alexander; a.k.a. "GUSTAVEDORE"), '
        "Russia; POB Russia; nationality Russia; Gender Male (individual) [CYBER2].\n\n"
        "ZSERVERS (a.k.a. ZSERVERS LLC), Barnaul, Russia; Organization Type: Hosting "
        "[CYBER2]."
    )
    rec = _one(text, date(2024, 1, 23))
    assert rec["targets"] == [
        {"name": "Aleksandr Gennadievich Ermakov", "type": "person", "country": "RU"},
        {"name": "Zservers", "type": "organization", "country": "RU"},
    ]
    assert _milestones(rec) == {("announced", "2024-01-23")}


def test_places_regions_roles_and_pronouns_are_not_targets() -> None:
    text = (
        "Council of the EU - Press release - 14 October 2024\n\nThe Council today adopted "
        "restrictive measures against seven individuals and seven entities in view of Iran's "
        "support to armed groups in the Middle East and the Red Sea region. Among those listed "
        "are Iran's Deputy Minister of Defence, Seyed Hamzeh Ghalandari, and Iran Air. The "
        "Council also listed senior members of the Islamic Revolutionary Guard Corps. They are "
        "listed under the EU's Iran regime."
    )
    rec = _one(text, date(2024, 10, 14))
    assert rec["targets"] == [
        {"name": "Seyed Hamzeh Ghalandari", "type": "person", "country": "IR"},
        {"name": "Iran Air", "type": "organization", "country": "IR"},
    ]
    text = (
        "Issued on: August 6, 2020\n\nBy the authority vested in me as President, I order the "
        "following. Section 1. Beginning 45 days after the date of this order, any transaction "
        "with ByteDance Ltd., Beijing, China, or its subsidiaries, as identified by the "
        "Secretary of Commerce, shall be prohibited. 45 days after the date of this order, the "
        "Secretary of Commerce shall identify the transactions."
    )
    rec = _one(text, date(2020, 8, 6))
    assert rec["authority"] == "White House"
    assert rec["targets"] == [{"name": "ByteDance Ltd.", "type": "organization", "country": "CN"}]
    assert _milestones(rec) == {("announced", "2020-08-06"), ("effective", "2020-09-20")}


def test_countries_of_several_words_and_nearest_stated_country() -> None:
    text = (
        "November 21, 2024\n\nToday, OFAC designated Luxembourg-based GPB International SA, "
        "Hong Kong-based GPB Financial Services Hong Kong Limited, Cyprus-based GPB Financial "
        "Services Limited and GPB-DI Holdings Limited, and South Africa-based GPB Africa and "
        "Middle East Pty Ltd."
    )
    rec = _one(text, date(2024, 11, 21))
    assert [(t["name"], t["country"]) for t in rec["targets"]] == [  # type: ignore[attr-defined]
        ("GPB International SA", "LU"),
        ("GPB Financial Services Hong Kong Limited", "HK"),
        ("GPB Financial Services Limited", "CY"),
        ("GPB-DI Holdings Limited", "CY"),
        ("GPB Africa and Middle East Pty Ltd.", "ZA"),
    ]


def test_group_country_only_when_the_group_has_one() -> None:
    text = (
        "June 12, 2024\n\nToday, the Department of the Treasury imposed sanctions on more than "
        "300 individuals and entities in Russia and in third countries. Among the targets are "
        "the Moscow Exchange and the National Settlement Depository."
    )
    assert _one(text, date(2024, 6, 12))["targets"] == [
        {"name": "Moscow Exchange", "type": "organization", "country": None},
        {"name": "National Settlement Depository", "type": "organization", "country": None},
    ]


def test_located_in_a_city_of_a_country() -> None:
    text = (
        "Council of the EU - Press release - 20 May 2024\n\nThe Council today listed the company "
        "Sigma LLC, based in Moscow, Russia, and Delta Trading FZE, in the United Arab Emirates, "
        "for supporting Russia's war. Those listed are subject to an asset freeze."
    )
    assert [(t["name"], t["country"]) for t in _one(text, date(2024, 5, 20))["targets"]] == [  # type: ignore[attr-defined]
        ("Sigma LLC", "RU"),
        ("Delta Trading FZE", "AE"),
    ]


# --- actions, authorities, measures -------------------------------------------------------


def test_sanctions_as_a_noun_is_not_a_trigger() -> None:
    assert extract("The Syria sanctions program has existed since 2004.", date(2025, 1, 1)) == []
    rec = _one(
        "UK sanctions Russian leader of LockBit ransomware group\n\n7 May 2024\n\nThe UK, "
        "together with the United States and Australia, has today sanctioned Dmitry "
        "Khoroshev, a Russian national identified as one of the leaders of the LockBit group.",
        date(2024, 5, 7),
    )
    assert rec["authority"] == "UK FCDO"
    assert rec["targets"] == [{"name": "Dmitry Khoroshev", "type": "person", "country": "RU"}]


def test_alerts_about_sanctions_risks_impose_no_measure() -> None:
    text = (
        "November 21, 2024\n\nToday, OFAC designated Gazprombank. OFAC is also publishing an "
        "alert on the sanctions risks of joining Russia's System for Transfer of Financial "
        "Messages (SPFS). All property of the designated persons in the United States is "
        "blocked."
    )
    assert _one(text, date(2024, 11, 21))["measures"] == ["asset_freeze"]


def test_a_sentence_about_the_instrument_speaks_for_its_authority() -> None:
    text = (
        "May 23, 2023\n\nThe Ministry of Economy, Trade and Industry (METI) today promulgated an "
        "amendment to the Ministerial Order under the Foreign Exchange and Foreign Trade Act. "
        "The amendment adds 23 items of advanced semiconductor manufacturing equipment, among "
        "them cleaning, deposition and lithography equipment, to the items subject to export "
        "controls. The amended Ministerial Order will come into force on July 23, 2023."
    )
    rec = _one(text, date(2023, 5, 23))
    assert (rec["authority"], rec["jurisdiction"], rec["action"]) == ("METI", "JP", "designation")
    assert rec["measures"] == ["export_control"]
    assert rec["targets"] == []
    assert _milestones(rec) == {("announced", "2023-05-23"), ("effective", "2023-07-23")}


def test_signing_an_executive_order_is_the_presidents_action() -> None:
    text = (
        "August 9, 2023\n\nToday, President Biden signed an Executive Order addressing United "
        "States investments in certain national security technologies in countries of concern. "
        "The order directs the Secretary of the Treasury to issue regulations that prohibit "
        "certain U.S. investments in the People's Republic of China."
    )
    rec = _one(text, date(2023, 8, 9))
    assert (rec["authority"], rec["action"]) == ("White House", "designation")
    assert rec["measures"] == ["investment_ban"]
    assert rec["targets"] == [{"name": "China", "type": "other", "country": "CN"}]


# --- relative spans ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "October 26, 2021\n\nThe FCC today adopted an Order. The Order, released today, "
            "directs China Telecom Americas to discontinue its services within sixty days "
            "following the release of the Order.",
            date(2021, 10, 26),
            {("announced", "2021-10-26"), ("deadline", "2021-12-25")},
        ),
        (
            "22 December 2017\n\nThe Security Council today imposed new sanctions on the DPRK. "
            "Member States shall repatriate all DPRK nationals earning income abroad no later "
            "than 24 months from the date of adoption of the resolution.",
            date(2017, 12, 22),
            {("announced", "2017-12-22"), ("deadline", "2019-12-22")},
        ),
        (
            "April 24, 2024\n\nPresident Joe Biden on Wednesday signed into law a measure "
            "banning TikTok. The law gives ByteDance 270 days from enactment to sell the app.",
            date(2024, 4, 24),
            {("announced", "2024-04-24"), ("deadline", "2025-01-19")},
        ),
        (  # a press release does not know the publication date: no date
            "May 20, 2024\n\nToday, BIS added Acme Trading Co., Ltd. to the Entity List. The rule "
            "will take effect 30 days after publication in the Federal Register.",
            date(2024, 5, 20),
            {("announced", "2024-05-20")},
        ),
        (  # the Federal Register document is the publication
            "Federal Register / Vol. 89 / Thursday, May 23, 2024 / Rules and Regulations\n\n"
            "AGENCY: Bureau of Industry and Security, Commerce.\n\nSUMMARY: BIS amends the EAR by "
            "adding Acme Trading Co., Ltd. to the Entity List.\n\nDATES: This rule is effective "
            "30 days after publication in the Federal Register.",
            date(2024, 5, 23),
            {("published", "2024-05-23"), ("effective", "2024-06-22")},
        ),
    ],
)
def test_relative_spans(text: str, published: date, expected: set[tuple[str, str]]) -> None:
    assert _milestones(_one(text, published)) == expected


# --- legal basis ---------------------------------------------------------------------------------


def test_legal_basis_lists_of_orders_and_act_names() -> None:
    text = (
        "The order revokes Executive Orders 13399, 13460 and 13582. ByteDance must divest under "
        "the Protecting Americans from Foreign Adversary Controlled Applications Act."
    )
    assert find_legal_basis(split_sentences(text)) == [
        "E.O. 13399",
        "E.O. 13460",
        "E.O. 13582",
        "Protecting Americans from Foreign Adversary Controlled Applications Act",
    ]


# --- rules from the second held-out batch ----------------------------------------------------


def test_denial_orders_for_a_period_end_after_it() -> None:
    text = (
        "BIS Takes Enforcement Actions Against Three Russian Airlines\n\nApril 7, 2022\n\n"
        "Today, the Bureau of Industry and Security (BIS) issued orders denying the export "
        "privileges of three Russian airlines - Aeroflot, Azur Air and UTair - for violations "
        "of U.S. export controls. Today's orders are issued for 180 days and may be renewed."
    )
    rec = _one(text, date(2022, 4, 7))
    assert (rec["authority"], rec["action"]) == ("Commerce/BIS", "designation")
    assert rec["targets"] == [
        {"name": n, "type": "organization", "country": "RU"}
        for n in ("Aeroflot", "Azur Air", "UTair")
    ]
    assert rec["legal_basis"] == []  # "Actions" is not an Act
    assert _milestones(rec) == {("announced", "2022-04-07"), ("end", "2022-10-04")}


def test_denied_telecom_authority() -> None:
    text = (
        "WASHINGTON, May 9, 2019 - The Federal Communications Commission today voted to deny "
        "the application of China Mobile International (USA) Inc. for authority under Section "
        "214 of the Communications Act to provide international telecommunications services."
    )
    rec = _one(text, date(2019, 5, 9))
    assert rec["authority"] == "FCC"
    assert rec["measures"] == ["telecom_equipment_ban"]
    assert _names(rec) == ["China Mobile International (USA) Inc."]
    assert rec["legal_basis"] == ["Communications Act section 214"]


def test_named_examples_of_a_counted_group() -> None:
    text = (
        "31 January 2023\n\nThe Australian Government is imposing targeted financial sanctions "
        "and travel bans on 16 individuals who are key figures in Myanmar's military regime, "
        "including Senior General Min Aung Hlaing and Vice Senior General Soe Win."
    )
    assert _one(text, date(2023, 1, 31))["targets"] == [
        {"name": "Min Aung Hlaing", "type": "person", "country": "MM"},
        {"name": "Soe Win", "type": "person", "country": "MM"},
    ]
    text = (
        "April 8, 2021\n\nThe U.S. Commerce Department on Thursday added seven Chinese "
        "supercomputing entities to its Entity List, including Tianjin Phytium Information "
        "Technology and Sunway Microelectronics, saying they support China's military."
    )
    rec = _one(text, date(2021, 4, 8))
    assert [(t["name"], t["country"]) for t in rec["targets"]] == [  # type: ignore[attr-defined]
        ("Tianjin Phytium Information Technology", "CN"),
        ("Sunway Microelectronics", "CN"),
    ]
    assert _milestones(rec) == {("announced", "2021-04-08")}


def test_import_ban_on_a_country_and_background_measures() -> None:
    text = (
        "February 28, 2022\n\nPrime Minister Justin Trudeau today announced that Canada will ban "
        "all imports of crude oil from Russia."
    )
    rec = _one(text, date(2022, 2, 28))
    assert (rec["authority"], rec["measures"]) == ("Global Affairs Canada", ["import_restriction"])
    assert rec["targets"] == [{"name": "Russia", "type": "other", "country": "RU"}]
    text = (
        "25 May 2016\n\nThe Security Council today terminated, with immediate effect, the "
        "sanctions regime on Liberia, including the arms embargo that had remained in place. "
        "The travel ban and asset freeze on Liberia were ended in September 2015."
    )
    rec = _one(text, date(2016, 5, 25))
    assert (rec["action"], rec["measures"]) == ("delisting", ["arms_embargo"])
    assert rec["targets"] == [{"name": "Liberia", "type": "other", "country": "LR"}]
    assert _milestones(rec) == {("announced", "2016-05-25"), ("end", "2016-05-25")}


def test_taking_action_against_is_announced_today() -> None:
    text = (
        "December 5, 2019\n\nWashington - Today, OFAC took action against Evil Corp, the "
        "Russia-based cybercriminal organization. OFAC designated Evil Corp and its leader, "
        "Maksim Viktorovich Yakubets. The Department of State announced a reward of up to $5 "
        "million for information on Yakubets."
    )
    rec = _one(text, date(2019, 12, 5))
    assert _names(rec) == ["Evil Corp", "Maksim Viktorovich Yakubets"]
    assert _milestones(rec) == {("announced", "2019-12-05")}


@pytest.mark.parametrize(
    "text",
    [
        "May 1, 2024\n\nToday, OFAC, in coordination with the Department of State, designated "
        "Acme Trading Ltd.",
        "May 1, 2024\n\nToday, the Department of the Treasury, together with the United Kingdom, "
        "sanctioned Acme Trading Ltd.",
    ],
)
def test_partners_of_the_announcer_are_not_the_actor(text: str) -> None:
    rec = _one(text, date(2024, 5, 1))
    assert (rec["authority"], _names(rec)) == ("OFAC", ["Acme Trading Ltd."])


def test_officials_speaking_are_not_the_counted_targets() -> None:
    text = (
        "May 1, 2024\n\nToday, OFAC designated two Russian nationals. Deputy Secretary Wally "
        "Adeyemo and Under Secretary Brian Nelson said the action matters."
    )
    assert _one(text, date(2024, 5, 1))["targets"] == []


# --- rules from the third held-out batch -----------------------------------------------------


def test_what_an_instrument_targets_is_not_a_target() -> None:
    text = (
        "September 22, 2022\n\nToday, OFAC is designating Iran's Morality Police and seven "
        "senior leaders of Iran's security organizations: Mohammad Rostami Cheshmeh Gachi, the "
        "head of the Morality Police; Haj Ahmad Mirzaei, the head of its Tehran division; and "
        "Esmail Khatib, the Minister of Intelligence. The designations are made pursuant to E.O. "
        "13553, which targets serious human rights abuses by the Government of Iran."
    )
    rec = _one(text, date(2022, 9, 22))
    assert rec["targets"] == [
        {"name": "Morality Police", "type": "organization", "country": "IR"},
        {"name": "Mohammad Rostami Cheshmeh Gachi", "type": "person", "country": "IR"},
        {"name": "Haj Ahmad Mirzaei", "type": "person", "country": "IR"},
        {"name": "Esmail Khatib", "type": "person", "country": "IR"},
    ]


def test_portfolios_and_sub_units_are_not_names() -> None:
    text = (
        "Council of the EU - Press release - 17 October 2022\n\nThe Council today listed Iran's "
        "Minister of Information and Communications Technology, Issa Zarepour, and Haj Ahmed "
        "Mirzaei, the head of the Tehran division of the police. Those listed are subject to an "
        "asset freeze."
    )
    assert _names(_one(text, date(2022, 10, 17))) == ["Issa Zarepour", "Haj Ahmed Mirzaei"]


def test_embargo_on_a_state_named_in_full() -> None:
    text = (
        "1 December 2023\n\nThe Security Council today fully lifted the arms embargo on the "
        "Federal Republic of Somalia established under resolution 733 (1992), adopting "
        "resolution 2714 (2023)."
    )
    rec = _one(text, date(2023, 12, 1))
    assert (rec["action"], rec["measures"]) == ("delisting", ["arms_embargo"])
    assert rec["targets"] == [{"name": "Somalia", "type": "other", "country": "SO"}]
    assert rec["legal_basis"] == ["UNSCR 733 (1992)", "UNSCR 2714 (2023)"]


def test_revoking_a_carriers_authority() -> None:
    text = (
        "WASHINGTON, January 27, 2022 - The Federal Communications Commission today revoked China "
        "Unicom (Americas) Operations Limited's authority to provide telecommunications services "
        "within the United States. The carrier must discontinue its services within sixty days "
        "following the release of the Order."
    )
    rec = _one(text, date(2022, 1, 27))
    assert (rec["authority"], rec["action"]) == ("FCC", "designation")
    assert rec["measures"] == ["telecom_equipment_ban"]
    assert _names(rec) == ["China Unicom (Americas) Operations Limited"]
    # the Order's release is not dated here: no deadline is computed
    assert _milestones(rec) == {("announced", "2022-01-27")}


def test_us_numeric_dates_and_entity_list_destinations() -> None:
    text = (
        "AGENCY: Bureau of Industry and Security, Commerce.\n\nSUMMARY: In this rule, BIS amends "
        "the EAR by adding two entries to the Entity List.\n\nThe ERC determined to add AO "
        "Kaspersky Lab, under the destination of Russia, and Kaspersky Labs Limited, under the "
        "destination of the United Kingdom, to the Entity List (89 FR 52364, 6/24/24)."
    )
    rec = _one(text, date(2024, 6, 24))
    assert [(t["name"], t["country"]) for t in rec["targets"]] == [  # type: ignore[attr-defined]
        ("AO Kaspersky Lab", "RU"),
        ("Kaspersky Labs Limited", "GB"),
    ]
    found = dt.find_dates("on 06/20/2024 and 6/24/24, not 13/2", date(2024, 6, 1))
    assert [d.value for d in found] == ["2024-06-20", "2024-06-24"]
