"""Announcement feeds end to end: a real HTTP server, followed files, the warehouse.

The feeds' demo data (demo/sources/<id>.py) is served from 127.0.0.1 exactly as the
demo serves it (every file at <mirror>/<source id>/<file name>); `banwatch.pipeline.
ingest` fetches the declared file, follows the next page / the linked articles / the
Federal Register bodies / the press release pages, parses everything into
announcements and records and loads them into a temporary DuckDB. The extraction is
stubbed so the records (and so the milestones) are known exactly — its answers depend on
text that is only in the followed files, so a record proves the full text was read —
except in one Federal Register test that runs the real extractor on the bodies.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from banwatch import pipeline
from banwatch.demo import StaticServer, serve
from banwatch.settings import Settings
from tests.support.feeds import record, run_demo, stub_extraction
from warehouse.db import connect

FIXTURES = Path(__file__).parent / "fixtures"
FR = "us_federal_register"


def extraction(text: str, published: date, url: str | None) -> list[dict[str, Any]]:
    """A stand-in for transforms.announcements.extract with known answers."""
    if "designated twelve individuals" in text:  # Treasury jy2420
        return [record("Andrei Gennadyevich Tikhonov", type_="person", authority="OFAC")]
    if "Kaspersky" in text and "Final Determination" in text:
        return [
            record(
                "Kaspersky Lab, Inc.",
                measures=["ict_prohibition"],
                legal_basis=["E.O. 13873"],
                milestones=[{"role": "deadline", "date": "2024-07-20", "text": "July 20"}],
            )
        ]
    # The Entity List rule names its entities only in its body.
    if "Additions to the Entity List" in text and "Kaspersky Labs Limited" in text:
        return [record("AO Kaspersky Lab")]
    if "Supply Chain" in text:
        return [record("ICTS transactions with foreign adversaries", type_="other")]
    # Press release pages: text that is on the page, not in the feed.
    if "QDi.433" in text:
        return [record("Abdul Rehman Makki", type_="person", authority="UN Security Council")]
    if "QDi.428" in text:
        return [record("Jamal Hussein Hassan Zeiniye", type_="person")]
    if "54 individuals and 30 entities" in text:
        return [record("15th package listings", type_="other", authority="Council of the EU")]
    if "two insurance companies enabling the fleet" in text:
        return [record("Shadow fleet insurers", type_="other", authority="FCDO")]
    return []


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    out = tmp_path / "demo"
    for sid in (FR, "us_treasury_press", "eu_council_press", "un_press", "gb_govuk_sanctions"):
        run_demo(sid, out)
    return out


@pytest.fixture
def served(tmp_path: Path, demo: Path) -> Iterator[tuple[StaticServer, Path]]:
    root = tmp_path / "www"
    shutil.copytree(demo / "day1", root)
    with serve(root) as server:
        yield server, root


@pytest.fixture
def settings(tmp_path: Path, served: tuple[StaticServer, Path]) -> Settings:
    return Settings(
        db=tmp_path / "data" / "w.duckdb", data_dir=tmp_path / "data", mirror=served[0].url
    )


def switch_day(root: Path, demo: Path, sid: str, day: str) -> None:
    shutil.rmtree(root / sid)
    shutil.copytree(demo / day / sid, root / sid)


def rows(settings: Settings, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with connect(settings.db, read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def test_federal_register_pages_announcements_milestones_and_no_delisting(
    settings: Settings,
    served: tuple[StaticServer, Path],
    demo: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sid = FR
    stub_extraction(monkeypatch, extraction)
    r1 = pipeline.ingest(sid, settings)
    assert (r1.status, r1.record_count, r1.added, r1.announcements) == ("loaded", 2, 2, 3)
    # The next page was found in documents.json and each document's body in its page,
    # and all were fetched from the mirror.
    files = rows(
        settings,
        "SELECT name, url FROM snapshot_files WHERE snapshot_id = ? ORDER BY name",
        r1.snapshot_id,
    )
    assert [f[0] for f in files] == [
        "body-2021-01234.html",
        "body-2022-19138.html",
        "body-2024-13532.html",
        "documents.json",
        "page-2.json",
    ]
    assert dict(files)["page-2.json"] == f"{served[0].url}/{sid}/page-2.json"
    assert dict(files)["body-2021-01234.html"] == f"{served[0].url}/{sid}/body-2021-01234.html"
    assert rows(settings, "SELECT item_id, published, kind FROM announcements ORDER BY 1") == [
        ("2021-01234", "2021-01-19", "rule"),
        ("2022-19138", "2022-09-06", "rule"),
        ("2024-13532", "2024-06-24", "notice"),
    ]
    milestones = rows(
        settings,
        "SELECT record_id, role, date, precision, announcement_id FROM ban_milestones"
        " WHERE source = ? ORDER BY record_id, date, role",
        sid,
    )
    assert milestones == [
        ("2021-01234:icts-transactions-with-foreign-adversaries", "published", "2021-01-19",
         "day", "2021-01234"),
        ("2021-01234:icts-transactions-with-foreign-adversaries", "effective", "2021-03-22",
         "day", "2021-01234"),
        ("2024-13532:kaspersky-lab-inc", "published", "2024-06-24", "day", "2024-13532"),
        ("2024-13532:kaspersky-lab-inc", "deadline", "2024-07-20", "day", "2024-13532"),
    ]  # fmt: skip

    # Day 2: a new document on top, 2021-01234 dropped out of the feed window.
    switch_day(served[1], demo, sid, "day2")
    r2 = pipeline.ingest(sid, settings)
    assert (r2.status, r2.added, r2.removed, r2.modified, r2.announcements) == (
        "loaded", 1, 0, 0, 1,
    )  # fmt: skip
    assert r2.record_count == 2  # what day 2's files state; nothing is delisted
    assert rows(settings, "SELECT count(*) FROM changes WHERE change = 'removed'") == [(0,)]
    assert [r[0] for r in rows(settings, "SELECT record_id FROM ban_records ORDER BY 1")] == [
        "2021-01234:icts-transactions-with-foreign-adversaries",
        "2024-13532:kaspersky-lab-inc",
        "2024-13695:ao-kaspersky-lab",
    ]
    assert [r[0] for r in rows(settings, "SELECT item_id FROM announcements ORDER BY 1")] == [
        "2021-01234",
        "2022-19138",
        "2024-13532",
        "2024-13695",
    ]
    assert rows(
        settings,
        "SELECT role, date FROM ban_milestones WHERE record_id = '2024-13695:ao-kaspersky-lab'"
        " ORDER BY role",
    ) == [("effective", "2024-06-24"), ("published", "2024-06-24")]
    # The new rule's body was fetched on day 2; its text is in the announcement.
    [(text, props)] = rows(
        settings,
        "SELECT text, record->>'$.properties.text_from' FROM announcements"
        " WHERE item_id = '2024-13695'",
    )
    assert props == "body"
    assert "RUSSIA | OOO Kaspersky Group, Moscow, Russia." in text
    assert "body-2024-13695.html" in [
        r[0]
        for r in rows(
            settings, "SELECT name FROM snapshot_files WHERE snapshot_id = ?", r2.snapshot_id
        )
    ]


def test_federal_register_real_extraction_from_the_bodies(
    settings: Settings, served: tuple[StaticServer, Path], demo: Path
) -> None:
    """The real extractor: the Kaspersky entities of 89 FR 52362 come from its body."""
    pipeline.ingest(FR, settings)
    switch_day(served[1], demo, FR, "day2")
    r2 = pipeline.ingest(FR, settings)
    assert r2.status == "loaded"
    names = rows(
        settings,
        "SELECT name FROM ban_records WHERE source = ? AND record_id LIKE '2024-13695:%'"
        " ORDER BY name",
        FR,
    )
    assert {"AO Kaspersky Lab", "OOO Kaspersky Group", "Kaspersky Labs Limited"} <= {
        n[0] for n in names
    }
    milestones = rows(
        settings,
        "SELECT DISTINCT role, date FROM ban_milestones WHERE announcement_id = '2024-13695'"
        " AND role IN ('published', 'effective') ORDER BY role",
    )
    assert milestones == [("effective", "2024-06-24"), ("published", "2024-06-24")]


def test_federal_register_body_that_cannot_be_fetched_is_tolerated(
    settings: Settings,
    served: tuple[StaticServer, Path],
    demo: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A followed body answering 404 does not fail the feed: the item is stored without
    extraction, the failure is in the manifest and the snapshot's warnings."""
    stub_extraction(monkeypatch, extraction)
    assert pipeline.ingest(FR, settings).status == "loaded"
    switch_day(served[1], demo, FR, "day2")
    (served[1] / FR / "body-2024-13695.html").unlink()  # the server answers 404
    run_id = pipeline.new_run_id("body404")
    result = pipeline.ingest(FR, settings, run_id=run_id)
    assert (result.status, result.removed) == ("loaded", 0)
    errors = pipeline.read_manifest(settings, FR, run_id)["follow_errors"]
    assert [e["name"] for e in errors] == ["body-2024-13695.html"] and "404" in errors[0]["error"]
    assert rows(
        settings, "SELECT warnings >= 1 FROM snapshots ORDER BY snapshot_id DESC LIMIT 1"
    ) == [(True,)]
    # day 1's records stay; the new document is stored as an announcement
    assert rows(settings, "SELECT count(*) FROM ban_records") == [(2,)]
    assert ("2024-13695",) in rows(settings, "SELECT item_id FROM announcements")


def test_federal_register_challenge_page_keeps_earlier_records(
    settings: Settings,
    served: tuple[StaticServer, Path],
    demo: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A body answered with an error/access-challenge page (HTTP 200) is tolerated with
    a warning: the document is stored without extraction and the records an earlier run
    extracted from the real body stay current (feeds never delist)."""
    stub_extraction(monkeypatch, extraction)
    pipeline.ingest(FR, settings)
    switch_day(served[1], demo, FR, "day2")
    assert pipeline.ingest(FR, settings).added == 1  # 2024-13695:ao-kaspersky-lab
    challenge = (FIXTURES / FR / "request-access.html").read_bytes()
    (served[1] / FR / "body-2024-13695.html").write_bytes(challenge)
    r3 = pipeline.ingest(FR, settings)
    assert (r3.status, r3.added, r3.removed, r3.modified) == ("loaded", 0, 0, 0)
    [(warnings,)] = rows(
        settings, "SELECT warnings FROM snapshots WHERE snapshot_id = ?", r3.snapshot_id
    )
    assert warnings == 1
    assert rows(
        settings, "SELECT record_id FROM ban_records WHERE record_id LIKE '2024-13695:%'"
    ) == [("2024-13695:ao-kaspersky-lab",)]
    [(text_from, body)] = rows(
        settings,
        "SELECT record->>'$.properties.text_from', record->>'$.properties.body'"
        " FROM announcements WHERE item_id = '2024-13695'",
    )
    assert (text_from, body) == ("api", "body-2024-13695.html is no Federal Register document body")


@pytest.mark.parametrize(
    ("sid", "day1_pages", "day2_records"),
    [
        (
            "eu_council_press",
            ["page-b629f2836a4f924aeb0144d2cc1f5bb7cba4845e.html"],
            ["15th package listings"],
        ),
        (
            "un_press",
            ["page-sc14321.html"],
            ["Abdul Rehman Makki", "Jamal Hussein Hassan Zeiniye"],
        ),
        (
            "gb_govuk_sanctions",
            [
                "article-news-uk-sanctions-target-russias-war-machine-financial-infrastructure-and"
                "-shadow-66e8cb15.html"
            ],
            ["Shadow fleet insurers"],
        ),
    ],
)
def test_press_release_feeds_follow_their_pages(
    settings: Settings,
    served: tuple[StaticServer, Path],
    demo: Path,
    monkeypatch: pytest.MonkeyPatch,
    sid: str,
    day1_pages: list[str],
    day2_records: list[str],
) -> None:
    stub_extraction(monkeypatch, extraction)
    r1 = pipeline.ingest(sid, settings)
    assert r1.status == "loaded"
    files = dict(
        rows(settings, "SELECT name, url FROM snapshot_files WHERE snapshot_id = ?", r1.snapshot_id)
    )
    pages = sorted(n for n in files if n.endswith(".html"))
    assert pages == day1_pages  # only the kept items' pages were followed
    assert all(files[n] == f"{served[0].url}/{sid}/{n}" for n in pages)
    switch_day(served[1], demo, sid, "day2")
    r2 = pipeline.ingest(sid, settings)
    assert (r2.status, r2.removed) == ("loaded", 0)
    assert {r[0] for r in rows(settings, "SELECT name FROM ban_records WHERE source = ?", sid)} == (
        set(day2_records)
    )
    assert rows(
        settings,
        "SELECT DISTINCT record->>'$.properties.text_from' FROM announcements WHERE source = ?",
        sid,
    ) == [("page",)]
    assert rows(
        settings, "SELECT warnings FROM snapshots WHERE snapshot_id = ?", r2.snapshot_id
    ) == [(0,)]


def test_treasury_listing_follows_release_pages(
    settings: Settings,
    served: tuple[StaticServer, Path],
    demo: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sid = "us_treasury_press"
    stub_extraction(monkeypatch, extraction)
    r1 = pipeline.ingest(sid, settings)
    assert (r1.status, r1.announcements, r1.record_count) == ("loaded", 2, 0)
    names = rows(
        settings, "SELECT name FROM snapshot_files WHERE snapshot_id = ? ORDER BY 1", r1.snapshot_id
    )
    assert [n[0] for n in names] == ["article-jy0608.html", "article-jy2404.html",
                                     "press-releases.html"]  # fmt: skip
    switch_day(served[1], demo, sid, "day2")
    r2 = pipeline.ingest(sid, settings)
    assert (r2.status, r2.added, r2.removed, r2.announcements) == ("loaded", 1, 0, 1)
    [(url, title, published, text)] = rows(
        settings, "SELECT url, title, published, text FROM announcements WHERE item_id = 'jy2420'"
    )
    assert url == "https://home.treasury.gov/news/press-releases/jy2420"
    assert title.startswith("Treasury Sanctions Kaspersky Lab Leadership")
    assert published == "2024-06-21"
    assert "Executive Order (E.O.) 14024" in text
    assert rows(settings, "SELECT count(*) FROM announcements") == [(3,)]  # jy0608 kept
    assert rows(settings, "SELECT record_id, name FROM ban_records") == [
        ("jy2420:andrei-gennadyevich-tikhonov", "Andrei Gennadyevich Tikhonov")
    ]
