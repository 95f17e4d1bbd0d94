# ruff: noqa: E501
"""Regression tests: several actions in one release, ICTS Final Determinations, UN list
entries, regulatory housekeeping (demo-data failures; held-out batch F)."""

from __future__ import annotations

from datetime import date

from transforms.announcements.extract import extract, to_ban_records
from transforms.announcements.targets import un_entries

KASPERSKY = """WASHINGTON - Today, the Department of Commerce's Bureau of Industry and Security (BIS) announced a Final Determination prohibiting Kaspersky Lab, Inc., the U.S. subsidiary of a Russia-based anti-virus software and cybersecurity company, from directly or indirectly providing anti-virus software and cybersecurity products or services in the United States or to U.S. persons.

The prohibition also applies to Kaspersky Lab, Inc.'s affiliates, subsidiaries and parent companies. Kaspersky will generally no longer be able to sell its software within the United States or provide updates to software already in use.

New transactions with U.S. persons are prohibited beginning July 20, 2024. Kaspersky may continue certain operations in the United States, including providing anti-virus signature updates and codebase updates, until September 29, 2024, to give customers time to find alternatives.

BIS also added three entities, AO Kaspersky Lab and OOO Kaspersky Group (Russia) and Kaspersky Labs Limited (United Kingdom), to the Entity List for their cooperation with Russian military and intelligence authorities.
"""

FINAL_DETERMINATION = """Final Determination: Case No. ICTS-2021-002, Kaspersky Lab, Inc.

Pursuant to the authorities granted in Executive Order ("E.O.") 13873, the Department of Commerce (the "Department") has reviewed transactions involving cybersecurity and anti-virus software supplied by Kaspersky Lab, Inc. (together with all affiliates, subsidiaries, and parent companies, "Kaspersky") to determine whether those transactions are covered ICTS transactions under 15 CFR 7.103(b). Consistent with 15 CFR 7.109(a), the Secretary now issues this Final Determination, which sets forth the Department's decision.

Final Determination

Kaspersky, and any of its successors or assignees, shall be prohibited from engaging in the identified ICTS transactions in the United States or with U.S. persons.

Effective 12:00 a.m. eastern daylight time on July 20, 2024, Kaspersky is prohibited from entering into any new agreement with U.S. persons involving one or more ICTS transactions identified in this Final Determination.

Kaspersky may continue certain operations in the United States, including providing anti-virus signature updates and codebase updates, until 12:00 a.m. eastern daylight time on September 29, 2024.
"""

UN_RELEASE = """Security Council ISIL (Da'esh) and Al-Qaida Sanctions Committee Adds One Entry to Its Sanctions List

On 8 October 2020, the Security Council Committee pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015) approved the addition of the entry specified below to its ISIL (Da'esh) and Al-Qaida Sanctions List of individuals and entities subject to the assets freeze, travel ban and arms embargo set out in paragraph 1 of Security Council resolution 2368 (2017).

A. Individuals

QDi.428 Name: 1: JAMAL 2: HUSSEIN 3: HASSAN 4: ZEINIYE

Title: na Designation: na DOB: 17 Aug. 1972 POB: Benghazi, Libya Nationality: Syrian Arab Republic Listed on: 8 Oct. 2020 Other information: Leader of AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT (QDe.137).
"""

REISSUE = """Cyber-Related Sanctions Regulations

ACTION: Final rule.

SUMMARY: The Department of the Treasury's Office of Foreign Assets Control (OFAC) is amending and reissuing in their entirety the Cyber-Related Sanctions Regulations to further implement the Executive orders on which they are based, and to add interpretive guidance, definitions and general licenses.

DATES: This rule is effective September 6, 2022.
"""


def _milestones(rec: dict[str, object]) -> set[tuple[str, str]]:
    return {(m["role"], m["date"]) for m in rec["milestones"]}  # type: ignore[attr-defined]


def test_two_actions_make_two_records_with_their_own_fields() -> None:
    recs = extract(KASPERSKY, date(2024, 6, 20))
    assert len(recs) == 2
    icts, entity_list = recs
    assert [t["name"] for t in icts["targets"]] == ["Kaspersky Lab, Inc."]
    assert icts["measures"] == ["ict_prohibition"]
    assert _milestones(icts) == {
        ("announced", "2024-06-20"),
        ("deadline", "2024-07-20"),
        ("deadline", "2024-09-29"),
    }
    assert [t["name"] for t in entity_list["targets"]] == [
        "AO Kaspersky Lab",
        "OOO Kaspersky Group",
        "Kaspersky Labs Limited",
    ]
    assert entity_list["measures"] == ["export_control"]
    # the ICTS deadlines are not the Entity List's
    assert _milestones(entity_list) == {("announced", "2024-06-20")}
    bans = to_ban_records(recs, "news_articles", "n-", "https://example.org/k")
    by_name = {b.name: b for b in bans}
    assert [m.role for m in by_name["AO Kaspersky Lab"].milestones] == ["announced"]
    assert len({b.record_id for b in bans}) == 4


def test_further_step_with_the_same_measure_stays_one_record() -> None:
    text = (
        "Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) "
        "designated Alpha Trading LLC, a Russia-based company, pursuant to E.O. 14024.\n\n"
        "OFAC also designated Beta Shipping LLC, a UAE-based company, pursuant to E.O. 14024."
    )
    recs = extract(text, date(2024, 5, 1))
    assert len(recs) == 1
    assert {t["name"] for t in recs[0]["targets"]} == {"Alpha Trading LLC", "Beta Shipping LLC"}


def test_ict_final_determination_in_the_federal_register() -> None:
    recs = extract(FINAL_DETERMINATION, date(2024, 6, 24))
    assert len(recs) == 1
    rec = recs[0]
    assert rec["authority"] == "Commerce/BIS"
    assert rec["action"] == "designation"
    assert rec["measures"] == ["ict_prohibition"]
    assert [t["name"] for t in rec["targets"]] == ["Kaspersky Lab, Inc."]
    assert "15 CFR part 7" in rec["legal_basis"]
    roles = _milestones(rec)
    assert ("deadline", "2024-07-20") in roles  # no new agreements: a cut-off, not a start
    assert ("deadline", "2024-09-29") in roles
    assert ("effective", "2024-07-20") not in roles


def test_un_entry_format_names_the_target() -> None:
    recs = extract(UN_RELEASE, date(2020, 10, 8))
    assert len(recs) == 1
    assert recs[0]["targets"] == [
        {"name": "Jamal Hussein Hassan Zeiniye", "type": "person", "country": "SY"}
    ]


def test_un_entry_parts_na_left_out_and_entry_sentence_merges() -> None:
    text = (
        UN_RELEASE.replace("QDi.428 Name: 1: JAMAL 2: HUSSEIN 3: HASSAN 4: ZEINIYE", "")
        .replace("Nationality: Syrian Arab Republic", "")
        .rstrip()
        + " The entry is Abdul Rehman Makki, a leader of Lashkar-e-Tayyiba.\n\n"
        "QDi.433 Name: 1: ABDUL 2: REHMAN 3: MAKKI 4: na\n\n"
        "Title: na DOB: 10 Dec. 1954 Nationality: Pakistan Listed on: 16 Jan. 2023\n"
    )
    entries = un_entries(text)
    assert [(t.name, t.type, t.country) for t in entries] == [
        ("Abdul Rehman Makki", "person", "PK")
    ]
    recs = extract(text, date(2020, 10, 8))
    assert [t["name"] for t in recs[0]["targets"]] == ["Abdul Rehman Makki"]


def test_regulation_reissue_is_not_a_designation() -> None:
    assert extract(REISSUE, date(2022, 9, 6)) == []
