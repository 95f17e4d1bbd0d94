"""Announcement extraction: dates, roles, targets, legal basis, HTML, CLI."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from banwatch.announce_cli import extract_command
from transforms.announcements import dates as dt
from transforms.announcements.extract import (
    extract,
    extract_any,
    extract_html,
    to_ban_records,
)
from transforms.announcements.legal_basis import find_legal_basis
from transforms.announcements.text import html_to_text, looks_like_html, split_sentences
from transforms.model import BanRecord, TargetType

GOLD = Path(__file__).resolve().parents[1] / "transforms" / "announcements" / "gold"
SEED = Path(
    os.environ.get("BANWATCH_ANNOUNCE_SEED", "/work/shared/seed/kaspersky_us_exit_2024-07-18.txt")
)
KASPERSKY_MILESTONES = {
    ("announced", "2024-06-20"),
    ("deadline", "2024-07-20"),
    ("deadline", "2024-09-29"),
}
RECORD_KEYS = {
    "authority",
    "jurisdiction",
    "action",
    "measures",
    "targets",
    "legal_basis",
    "milestones",
}


# --- year-less dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("month", "day", "published", "expected"),
    [
        (12, 28, date(2025, 1, 3), date(2024, 12, 28)),  # back across New Year
        (1, 5, date(2024, 12, 20), date(2025, 1, 5)),  # forward across New Year
        (7, 20, date(2024, 7, 18), date(2024, 7, 20)),
        (6, 20, date(2024, 7, 18), date(2024, 6, 20)),
        (2, 29, date(2024, 3, 1), date(2024, 2, 29)),  # only leap years have it
    ],
)
def test_resolve_year_closest_to_publication(
    month: int, day: int, published: date, expected: date
) -> None:
    assert dt.resolve_year(month, day, published) == expected


def test_yearless_dates_in_text_cross_new_year() -> None:
    found = dt.find_dates("Measures adopted on December 28 apply from Jan. 5.", date(2025, 1, 3))
    assert [d.value for d in found] == ["2024-12-28", "2025-01-05"]
    found = dt.find_dates("It begins January 5.", date(2024, 12, 20))
    assert [d.value for d in found] == ["2025-01-05"]


def test_precision_day_month_year() -> None:
    text = "Signed June 20, 2024; it applies in March 2025 and all units go by 2027."
    got = [(d.value, d.precision) for d in dt.find_dates(text, date(2024, 6, 20))]
    assert got == [("2024-06-20", "day"), ("2025-03", "month"), ("2027", "year")]


def test_citation_years_are_not_dates() -> None:
    text = "Resolution 2231 (2015), the Act of 2019, Regulations 2019 and Model Year 2027."
    assert dt.find_dates(text, date(2024, 1, 1)) == []


# --- roles -----------------------------------------------------------------------------


def _roles(sentence: str, published: date, action: str = "designation") -> list[tuple[str, ...]]:
    ctx = dt.RoleContext(action=action)
    return [dt.roles_for(sentence, d, ctx) for d in dt.find_dates(sentence, published)]


@pytest.mark.parametrize(
    ("sentence", "action", "expected"),
    [
        ("The regulation entered into force on 25 June 2024.", "designation", [("effective",)]),
        ("This rule is effective May 16, 2019.", "designation", [("effective",)]),
        ("The ban takes effect in March 2025.", "designation", [("effective",)]),
        (
            "Firms may continue to sell existing stock until December 31, 2024.",
            "designation",
            [("deadline",)],
        ),
        (
            "After October 1, vendors will no longer be able to sell the devices.",
            "designation",
            [("deadline",)],
        ),
        (
            "Kaspersky will be prohibited from entering new agreements beginning July 20, 2024.",
            "designation",
            [("deadline",)],
        ),
        (
            "General License 126 authorizes, through 12:01 a.m. eastern standard time, "
            "November 21, 2025, transactions ordinarily incident to the wind down of transactions.",
            "designation",
            [("deadline",)],
        ),
        (
            "U.S. persons may divest their holdings until 12:01 a.m. on June 3, 2022.",
            "designation",
            [("deadline",)],
        ),
        ("Operators must phase out the equipment by 2027.", "designation", [("deadline",)]),
        ("The general license expires on August 15.", "designation", [("end",)]),
        ("The Council renewed the measures until 31 January 2025.", "extension", [("end",)]),
        ("Effective February 16, I am revoking the designations.", "delisting", [("end",)]),
        (
            "The rule was published in the Federal Register on July 22, 2024.",
            "designation",
            [("published",)],
        ),
        (
            "The rules take effect upon publication in the Federal Register, scheduled for "
            "October 9, 2019.",
            "designation",
            [("published", "effective")],
        ),
        (
            "Commerce will delay the prohibition that would have been effective on September 20, "
            "2020, until September 27, 2020.",
            "suspension",
            [(), ("effective",)],
        ),
        (
            "The Council asked the Secretary-General to submit by 15 April 2025 a report and "
            "extended the mandate of the Panel until 1 July 2025.",
            "extension",
            [(), ()],
        ),
        ("The company will cut U.S. jobs starting from July 20.", "designation", [()]),
        ("The software has been scrutinized since 2017.", "designation", [()]),
    ],
)
def test_role_assignment(sentence: str, action: str, expected: list[tuple[str, ...]]) -> None:
    assert _roles(sentence, date(2024, 7, 18), action) == expected


# --- sentences and HTML -------------------------------------------------------------------


def test_sentence_splitting_keeps_abbreviations() -> None:
    text = (
        "Today, the U.S. Department of the Treasury designated Huawei Technologies Co., Ltd. "
        "(Huawei) under E.O. 13224, effective Dec. 5, 2024. It acted under Executive Order "
        "(E.O.) 13694, as amended, against No. 5 Inc. and Antony J. Blinken signed. The ban "
        "covers the U.S. Reuters reported the move."
    )
    got = [s.text for s in split_sentences(text)]
    assert got == [
        "Today, the U.S. Department of the Treasury designated Huawei Technologies Co., Ltd. "
        "(Huawei) under E.O. 13224, effective Dec. 5, 2024.",
        "It acted under Executive Order (E.O.) 13694, as amended, against No. 5 Inc. and "
        "Antony J. Blinken signed.",
        "The ban covers the U.S.",
        "Reuters reported the move.",
    ]


HTML = """<!doctype html><html><head><title>Treasury press release</title>
<script>var tracking = "Today, OFAC designated Nobody Ltd.";</script>
<style>p { color: red }</style></head><body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a></nav></header>
<main><article>
<h1>Treasury Sanctions Russia-Based Hydra</h1>
<p>April 5, 2022</p>
<p>WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets
Control (OFAC) sanctioned the world's largest darknet market, Russia-based Hydra Market
(Hydra), pursuant to E.O. 14024.</p>
<p>As a result of today's action, all property and interests in property of the designated
persons that are in the United States are blocked and must be reported to OFAC.</p>
</article></main>
<aside>Related: OFAC designated Other Bank in 2019.</aside>
<footer>Contact us. Privacy policy.</footer></body></html>"""


def test_html_main_text_drops_chrome() -> None:
    text = html_to_text(HTML)
    assert "Hydra Market" in text
    for noise in ("tracking", "Home", "Privacy", "Other Bank", "color"):
        assert noise not in text
    assert looks_like_html(HTML) and looks_like_html(HTML.encode())
    assert not looks_like_html("Today, OFAC designated X. <b> is not a page.")


def test_html_input_gives_the_record() -> None:
    records = extract_html(HTML.encode("utf-8"), date(2022, 4, 5), "https://example.org/pr")
    assert records == extract_any(HTML, date(2022, 4, 5), "https://example.org/pr")
    (rec,) = records
    assert rec["authority"] == "OFAC" and rec["action"] == "designation"
    assert rec["targets"] == [{"name": "Hydra Market", "type": "organization", "country": "RU"}]
    assert rec["measures"] == ["asset_freeze"]
    assert rec["legal_basis"] == ["E.O. 14024"]
    assert {(m["role"], m["date"]) for m in rec["milestones"]} == {("announced", "2022-04-05")}


# --- the Kaspersky seed --------------------------------------------------------------------


def _kaspersky(records: list[dict[str, object]]) -> None:
    (rec,) = records
    assert rec["authority"] == "Commerce/BIS"
    assert rec["jurisdiction"] == "US"
    assert rec["action"] == "designation"
    assert rec["measures"] == ["ict_prohibition"]
    assert rec["targets"] == [{"name": "Kaspersky Lab", "type": "organization", "country": "RU"}]
    milestones = rec["milestones"]
    assert isinstance(milestones, list)
    assert {(m["role"], m["date"]) for m in milestones} == KASPERSKY_MILESTONES
    assert len(milestones) == 3  # not the June 26 reaction, not 2017, not the article date


@pytest.mark.skipif(not SEED.exists(), reason="seed article not present")
def test_seed_article_yields_exactly_the_three_kaspersky_milestones() -> None:
    _kaspersky(extract(SEED.read_text(encoding="utf-8"), date(2024, 7, 18)))


def test_in_repo_paraphrase_of_the_seed() -> None:
    text = (GOLD / "01_kaspersky_news_paraphrase.txt").read_text(encoding="utf-8")
    _kaspersky(extract(text, date(2024, 7, 18)))


# --- no measure, no record -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russian Foreign Ministry spokeswoman Maria Zakharova said on June 26 that the United "
        "States was punishing Kaspersky Lab and called the ban illegal.",
        "Critics argue that the EU should impose a travel ban on more oligarchs by June 2025.",
        "Protesters urged the UK government to sanction Kremlin-linked businessmen.",
        "The Bureau of Industry and Security adds companies to the Entity List when it has "
        "reasonable cause to believe they act against U.S. interests.",
        "Kaspersky said it would challenge the ban after the U.S. Department of Commerce "
        "decided to prohibit the sale of its software.",
        "The weather in Brussels was mild on Tuesday.",
    ],
)
def test_commentary_yields_no_record(text: str) -> None:
    assert extract(text, date(2024, 7, 18)) == []


@pytest.mark.parametrize(
    "name",
    [
        "32_commentary_china_mfa_reaction",
        "33_commentary_sanctions_analysis",
        "34_commentary_protest",
    ],
)
def test_gold_commentary_yields_no_record(name: str) -> None:
    meta = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    text = (GOLD / f"{name}.txt").read_text(encoding="utf-8")
    assert extract(text, date.fromisoformat(meta["published"])) == []


# --- legal basis ---------------------------------------------------------------------------


def test_legal_basis_patterns() -> None:
    text = (
        "OFAC acted under E.O. 14024 and Executive Order 13224, as implemented in 31 CFR part 589 "
        "and 15 CFR 791. The Council adopted Council Regulation (EU) 2024/1745 amending "
        "Regulation (EU) No 269/2014, and the Security Council recalled resolutions 1267 (1999) "
        "and 2231 (2015). The Secure Equipment Act of 2021 and Section 219 of the Immigration "
        "and Nationality Act apply, as does the Russia (Sanctions) (EU Exit) Regulations 2019."
    )
    assert find_legal_basis(split_sentences(text)) == [
        "E.O. 14024",
        "E.O. 13224",
        "31 CFR part 589",
        "15 CFR part 791",
        "Regulation (EU) 2024/1745",
        "Regulation (EU) No 269/2014",
        "UNSCR 1267 (1999)",
        "UNSCR 2231 (2015)",
        "Secure Equipment Act of 2021",
        "Immigration and Nationality Act section 219",
        "Russia (Sanctions) (EU Exit) Regulations 2019",
    ]


def test_legal_basis_skips_what_remains_in_place() -> None:
    text = "The leaders remain sanctioned under E.O. 13611. Today OFAC acted under E.O. 13224."
    assert find_legal_basis(split_sentences(text)) == ["E.O. 13224"]


# --- targets ---------------------------------------------------------------------------------


def test_targets_types_and_countries() -> None:
    text = (
        "Today, the Council listed three Iranian military officials: Major General Mohammad "
        "Hossein Bagheri, Brigadier General Saeed Aghajani, and Brigadier General Seyed "
        "Hojatollah Qureishi. The Council also listed Shahed Aviation Industries, an Iranian "
        "company, and the vessel Ocean Star. Those listed are subject to an asset freeze."
    )
    (rec,) = extract("Council of the EU - Press release\n\n" + text, date(2022, 10, 20))
    assert rec["authority"] == "EU Council" and rec["jurisdiction"] == "EU"
    assert rec["targets"] == [
        {"name": "Mohammad Hossein Bagheri", "type": "person", "country": "IR"},
        {"name": "Saeed Aghajani", "type": "person", "country": "IR"},
        {"name": "Seyed Hojatollah Qureishi", "type": "person", "country": "IR"},
        {"name": "Shahed Aviation Industries", "type": "organization", "country": "IR"},
        {"name": "Ocean Star", "type": "vessel", "country": None},
    ]


# --- BanRecord mapping and CLI ------------------------------------------------------------------


def test_to_ban_records_one_per_target_with_stable_ids() -> None:
    text = (GOLD / "02_commerce_kaspersky_final_determination.txt").read_text(encoding="utf-8")
    url = "https://example.org/kaspersky"
    records = extract(text, date(2024, 6, 20), url)
    bans = to_ban_records(records, "announcements", "ann-", url)
    assert all(isinstance(b, BanRecord) for b in bans)
    assert len(records) == 2  # the Final Determination and the Entity List additions
    assert len(bans) == sum(len(r["targets"]) for r in records) == 4
    assert len({b.record_id for b in bans}) == 4
    again = to_ban_records(extract(text, date(2024, 6, 20), url), "announcements", "ann-", url)
    assert [b.record_id for b in bans] == [b.record_id for b in again]
    first = bans[0]
    assert first.record_id.startswith("ann-")
    assert first.target_type is TargetType.ORGANIZATION
    assert first.listed_on is not None and first.listed_on.value == "2024-06-20"
    assert {(m.role, m.date.value) for m in first.milestones} == KASPERSKY_MILESTONES
    assert first.properties == {"action": "designation"}
    assert first.source_url == url


def test_cli_extract_json_is_the_contract(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text((GOLD / "01_kaspersky_news_paraphrase.txt").read_text(encoding="utf-8"))
    result = CliRunner().invoke(
        extract_command, [str(path), "--published", "2024-07-18", "--url", "https://x", "--json"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    payload = json.loads(lines[0])
    assert set(payload) == {"records"}
    (rec,) = payload["records"]
    assert set(rec) == RECORD_KEYS
    assert all(set(t) == {"name", "type", "country"} for t in rec["targets"])
    assert all(set(m) == {"role", "date", "text"} for m in rec["milestones"])


def test_cli_extract_reads_html_and_rejects_bad_dates(tmp_path: Path) -> None:
    path = tmp_path / "page.bin"
    path.write_bytes(HTML.encode("utf-8"))
    result = CliRunner().invoke(extract_command, [str(path), "--published", "2022-04-05"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["records"][0]["targets"][0]["name"] == "Hydra Market"
    bad = CliRunner().invoke(extract_command, [str(path), "--published", "5 April"])
    assert bad.exit_code != 0


def test_people_listed_after_they_include_not_their_employer() -> None:
    text = (
        "June 21, 2024\n\nWASHINGTON - Today, the Department of the Treasury's Office of Foreign "
        "Assets Control (OFAC) designated twelve individuals in executive and senior leadership "
        "roles at AO Kaspersky Lab. They include Andrei Gennadyevich Tikhonov, the Chief "
        "Operating Officer, and Igor Gennadyevich Chekunov, the Chief Legal Officer."
    )
    (rec,) = extract(text, date(2024, 6, 21))
    assert [t["name"] for t in rec["targets"]] == [
        "Andrei Gennadyevich Tikhonov",
        "Igor Gennadyevich Chekunov",
    ]
    assert {t["type"] for t in rec["targets"]} == {"person"}


def test_jurisdiction_as_subject_and_passive_listing() -> None:
    text = (
        "UK sanctions the Moscow Exchange\n\nThe UK has today announced 50 new designations "
        "against Russia. The Moscow Exchange and the National Settlement Depository are "
        "designated."
    )
    (rec,) = extract(text, date(2025, 2, 24))
    assert (rec["authority"], rec["jurisdiction"]) == ("UK FCDO", "GB")
    assert rec["targets"] == [
        {"name": "Moscow Exchange", "type": "organization", "country": None},
        {"name": "National Settlement Depository", "type": "organization", "country": None},
    ]
    assert {(m["role"], m["date"]) for m in rec["milestones"]} == {("announced", "2025-02-24")}


def test_invalid_dates_give_no_milestone() -> None:
    (rec,) = extract("On 31 February 2024, OFAC designated Acme Trading Corp.", date(2024, 3, 1))
    assert rec["milestones"] == []
    assert rec["targets"][0]["name"] == "Acme Trading Corp."
