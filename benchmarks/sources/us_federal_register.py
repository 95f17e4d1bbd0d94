"""Benchmark input for us_federal_register: a full run's worth of API search pages.

A daily run fetches documents.json plus up to max_follow (5) further pages of 100
documents each: 600 documents in the API's JSON layout (fields[] as in source.yml).
Every fourth document is an Entity-List-style rule naming entities in its abstract, so
the extraction has work to do; the rest are routine notices.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

PAGES = 6
PER_PAGE = 100
API = "https://www.federalregister.gov/api/v1/documents"


def _doc(n: int) -> dict[str, object]:
    day = date(2024, 6, 24) - timedelta(days=n // 5)
    number = f"{day.year}-{20000 - n:05d}"
    y, m, d = day.isoformat().split("-")
    if n % 4 == 0:
        title, doc_type, action = "Additions to the Entity List", "Rule", "Final rule."
        abstract = (
            "In this rule, the Bureau of Industry and Security (BIS) amends the Export"
            f" Administration Regulations (EAR) by adding Synthetic Trading Company {n} LLC and"
            f" Synthetic Electronics {n} Limited, of Russia, to the Entity List."
        )
        dates = f"This rule is effective {day:%B} {day.day}, {day.year}."
        effective: str | None = day.isoformat()
    else:
        title, doc_type, action = f"Sunshine Act Meetings {n}", "Notice", "Notice of meeting."
        abstract = "The Commission will hold an open meeting on routine matters."
        dates, effective = None, None
    return {
        "abstract": abstract,
        "action": action,
        "agencies": [
            {"raw_name": "DEPARTMENT OF COMMERCE", "name": "Commerce Department", "id": 54,
             "parent_id": None, "slug": "commerce-department"},
            {"raw_name": "Bureau of Industry and Security", "name": "Industry and Security Bureau",
             "id": 241, "parent_id": 54, "slug": "industry-and-security-bureau"},
        ],
        "body_html_url": f"https://www.federalregister.gov/documents/full_text/html/{y}/{m}/{d}/{number}.html",
        "citation": f"89 FR {50000 + n}",
        "dates": dates,
        "document_number": number,
        "effective_on": effective,
        "html_url": f"https://www.federalregister.gov/documents/{y}/{m}/{d}/{number}/x",
        "publication_date": day.isoformat(),
        "title": title,
        "type": doc_type,
    }  # fmt: skip


def generate_full(out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    for page in range(PAGES):
        name = "documents.json" if page == 0 else f"page-{page + 1}.json"
        body: dict[str, object] = {
            "description": "Documents from Commerce Department and Industry and Security Bureau",
            "count": PAGES * PER_PAGE,
            "total_pages": PAGES,
            "results": [_doc(page * PER_PAGE + i) for i in range(PER_PAGE)],
        }
        if page + 1 < PAGES:
            body["next_page_url"] = f"{API}?order=newest&page={page + 2}&per_page={PER_PAGE}"
        path = out / name
        path.write_text(json.dumps(body, indent=2), encoding="utf-8")
        files[name] = path
    return files


def bare_pass(files: dict[str, Path]) -> int:
    """json.load every page; returns the documents seen."""
    return sum(len(json.loads(p.read_bytes())["results"]) for p in files.values())
