"""Benchmark input for us_fcc_covered_list: a full-size synthetic Covered List page.

The real page is one HTML document (~16 table rows in 2026, plus the site's page
chrome); this writes a page of the same shape: navigation and footer filler around the
two-column table, company rows with <strong> names, category rows, multi-date cells.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

FILE_NAME = "coveredlist.html"
ROWS = 16  # the real list's size (2026)
_TD = "border-collapse:collapse;border:1px solid black;"


def _row(i: int) -> str:
    if i % 4 == 3:
        desc = (
            f"Foreign-produced synthetic device class {i}<sup>#</sup>, except devices which "
            'have been granted a <a href="#conditional-approvals">Conditional Approval</a>.'
        )
        dates = '<p class="rtecenter">December 22, 2025</p><p class="rtecenter">Updated:<br/>'
        dates += "January 7, 2026<br/><br/>Updated:<br/>March 18, 2026</p>"
    else:
        desc = (
            f"Telecommunications equipment produced by <strong>Synthetic Telecom {i} "
            "Company</strong>, including telecommunications or video surveillance services "
            "provided by such entity or using such equipment."
        )
        dates = f'<p class="rtecenter">March {1 + i % 28}, 2022</p>'
    return f'<tr><td style="{_TD}width:516px;">{desc}</td><td style="{_TD}">{dates}</td></tr>\n'


def generate_full(out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    chrome = "".join(
        f'<li class="menu-item"><a href="/section/{i}">Section {i}</a></li>\n' for i in range(600)
    )
    rows = "".join(_row(i) for i in range(ROWS))
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"/>'
        "<title>List of Equipment and Services Covered By Section 2 of The Secure Networks Act"
        "</title></head><body>\n"
        f"<nav><ul>{chrome}</ul></nav>\n<main>\n"
        '<table style="width:690px;" border="1"><thead><tr>'
        "<th><p><strong>Covered Equipment or Services*</strong></p></th>"
        "<th><p><strong>Date of Inclusion on Covered List</strong></p></th>"
        f"</tr></thead><tbody>\n{rows}</tbody></table>\n</main>\n"
        f"<footer><ul>{chrome}</ul></footer></body></html>\n"
    )
    path = out / FILE_NAME
    path.write_text(page, encoding="utf-8")
    return {FILE_NAME: path}


def bare_pass(files: dict[str, Path]) -> int:
    """Table rows seen by a bare lxml HTML iterparse (no table logic)."""
    rows = 0
    for path in files.values():
        for _event, elem in etree.iterparse(str(path), events=("end",), tag="tr", html=True):
            rows += 1
            elem.clear()
    return rows
