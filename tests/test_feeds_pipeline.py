"""Announcement feeds end to end: a real HTTP server, followed files, the warehouse.

The feeds' demo data (demo/sources/<id>.py) is served from 127.0.0.1 exactly as the
demo serves it (every file at <mirror>/<source id>/<file name>); `banwatch.pipeline.
ingest` fetches the declared file, follows the next page / the linked articles, parses
everything into announcements and records and loads them into a temporary DuckDB. The
extraction is stubbed so the records (and so the milestones) are known exactly.
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
    if "Additions to the Entity List" in text:
        return [record("AO Kaspersky Lab")]
    if "Supply Chain" in text:
        return [record("ICTS transactions with foreign adversaries", type_="other")]
    return []


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    out = tmp_path / "demo"
    for sid in ("us_federal_register", "us_treasury_press"):
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
    sid = "us_federal_register"
    stub_extraction(monkeypatch, extraction)
    r1 = pipeline.ingest(sid, settings)
    assert (r1.status, r1.record_count, r1.added, r1.announcements) == ("loaded", 2, 2, 3)
    # The next page was found in documents.json and fetched from the mirror.
    files = rows(
        settings,
        "SELECT name, url FROM snapshot_files WHERE snapshot_id = ? ORDER BY name",
        r1.snapshot_id,
    )
    assert [f[0] for f in files] == ["documents.json", "page-2.json"]
    assert files[1][1] == f"{served[0].url}/{sid}/page-2.json"
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
