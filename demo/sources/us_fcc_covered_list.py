"""Demo data for us_fcc_covered_list: the FCC Covered List page, day 1 and day 2.

FCC publishes the list only as an HTML table on https://www.fcc.gov/supplychain/coveredlist
(two columns: "Covered Equipment or Services*" and "Date of Inclusion on Covered
List"; the company in <strong>; "Updated:" dates under the original date when an entry
is expanded). The page is rendered here around the table in FCC's markup.

Rows are the real Covered List entries. Day 1 is the table as archived in spring 2026
(13 entries, Huawei ... Routers) plus ONE FICTITIOUS row, clearly labelled "DEMO
ONLY", that day 2 removes: no entry has ever been taken off the real list, so the
delisting is simulated. Day 2 also adds the three entries of July 2026
(Digitalsystem Technology Inc.; foreign-produced power inverters; foreign-produced
advanced robotic devices) and amends the UAS entry (Blue UAS exemptions extended to
2028, a "Toy Drones" exception, two more "Updated:" dates), as transcribed by
OpenSanctions from the FCC page in August 2026. Footnote texts are not reproduced.

Stdlib only (run by demo/generate_demo.py).
"""

from dataclasses import dataclass
from pathlib import Path

from demo_common import DAYS, SourceResult, compare_days, source, write_bytes

SOURCE_ID = "us_fcc_covered_list"
FILE_NAME = "coveredlist.html"

_TD = "border-collapse:collapse;border:1px solid black;width:516px;"
_TD_DATE = "border-collapse:collapse;border:1px solid black;width:174px;"
_TH = "background-color:#FFFDF2;border-collapse:collapse;border:1px solid black;"
_CA = "https://www.fcc.gov/supplychain/coveredlist#conditional-approvals"
_BLUE_UAS = "https://bluelist.appsplatformportals.us/Cleared-List/"
_BLUE_FRAMEWORK = "https://bluelist.appsplatformportals.us/Framework/"
_FAR = (
    "https://www.ecfr.gov/current/title-48/chapter-1/subchapter-D/part-25/"
    "subpart-25.1/section-25.101"
)
_NDAA = "https://www.congress.gov/118/plaws/publ159/PLAW-118publ159.pdf"
_SEC214 = "subject to section 214 of the Communications Act of 1934."
_SURVEILLANCE_SCOPE = (
    ", to the extent it is used for the purpose of public safety, security of government "
    "facilities, physical security surveillance of critical infrastructure, and other national "
    "security purposes, including telecommunications or video surveillance services provided "
    "by such entity or using such equipment."
)
_TELECOM_SCOPE = (
    ", including telecommunications or video surveillance services provided by such entity "
    "or using such equipment."
)


@dataclass(frozen=True)
class Row:
    record_id: str  # what the parser derives (for expected.json)
    html: str  # the description cell's inner HTML
    dates: tuple[str, ...]  # first = original inclusion, then "Updated:" dates
    note: str = ""


def strong(name: str) -> str:
    return f"<strong>{name}</strong>"


UAS_DAY1 = (
    "Uncrewed aircraft systems (UAS) and UAS critical components produced in a foreign "
    "country†† —except,  (a) "
    f'<a href="{_BLUE_UAS}" class="ext" data-extlink="" rel="noreferrer">UAS</a> and '
    f'<a href="{_BLUE_FRAMEWORK}" class="ext" data-extlink="" rel="noreferrer">'
    "UAS critical components</a> included on the Defense Contract Management Agency’s "
    "(DCMA’s) Blue UAS Cleared List, until January 1, 2027,<sup>#</sup>  (b) UAS and UAS "
    "critical components that qualify as “domestic end products” under the Buy American "
    f'Standard, <a href="{_FAR}">48 CFR 25.101(a)</a>, until January 1, 2027; and (c) '
    f'<a href="{_CA}">devices which have been granted a Conditional Approval by DoW or DHS</a>'
    "—and all communications and video surveillance equipment and services listed in "
    f'Section 1709(a)(1) of the <a href="{_NDAA}">FY25 National Defense Authorization Act</a> '
    "(Pub. L. 118-159)"
)
UAS_DAY2 = (
    "<p>Uncrewed aircraft systems (UAS) and UAS critical components produced in a foreign "
    "country†† —except: (a) "
    f'<a href="{_BLUE_UAS}" class="ext" data-extlink="" rel="noreferrer">UAS</a> and '
    f'<a href="{_BLUE_FRAMEWORK}" class="ext" data-extlink="" rel="noreferrer">'
    "UAS critical components</a> included on the Defense Contract Management Agency’s "
    "(DCMA’s) Blue UAS Cleared List, until January 1, 2028,<sup>#</sup> (b) UAS and UAS "
    "critical components that qualify as “domestic end products” under the Buy American "
    f'Standard, <a href="{_FAR}">48 CFR 25.101(a)</a>, until January 1, 2028; (c) devices '
    "which have been granted a Conditional Approval by DoW or DHS; and (d) foreign-produced "
    "“Toy Drones,” as defined in the National Security Determination, and “Toy Drones that "
    "contain foreign-produced components.”</p>"
    "<p>All communications and video surveillance equipment and services listed in Section "
    f'1709(a)(1) of the <a href="{_NDAA}">FY25 National Defense Authorization Act</a> '
    "(Pub. L. 118-159).</p>"
)

UAS_ID = "uncrewed-aircraft-systems-uas-and-uas-critical-components"
DEMO_ONLY_ID = "demo-placeholder-networks"

DAY1: tuple[Row, ...] = (
    Row(
        "huawei-technologies",
        "Telecommunications equipment produced by "
        + strong("Huawei Technologies Company")
        + _TELECOM_SCOPE,
        ("March 12, 2021",),
    ),
    Row(
        "zte",
        "Telecommunications equipment produced by " + strong("ZTE Corporation") + _TELECOM_SCOPE,
        ("March 12, 2021",),
    ),
    Row(
        "hytera-communications",
        "Video surveillance and telecommunications equipment produced by "
        + strong("Hytera Communications Corporation")
        + _SURVEILLANCE_SCOPE,
        ("March 12, 2021",),
    ),
    Row(
        "hangzhou-hikvision-digital-technology",
        "Video surveillance and telecommunications equipment produced by "
        + strong("Hangzhou Hikvision Digital Technology Company")
        + _SURVEILLANCE_SCOPE,
        ("March 12, 2021",),
    ),
    Row(
        "dahua-technology",
        "Video surveillance and telecommunications equipment produced by "
        + strong("Dahua Technology Company")
        + _SURVEILLANCE_SCOPE,
        ("March 12, 2021",),
    ),
    Row(
        "ao-kaspersky-lab",
        "Information security products, solutions, and services supplied, directly or "
        "indirectly, by "
        + strong("AO Kaspersky Lab")
        + " or any of its predecessors, successors, parents, subsidiaries, or affiliates.",
        ("March 25, 2022",),
    ),
    Row(
        "china-mobile-international-usa",
        # FCC's markup leaves the period of "Inc." outside the <strong>.
        "International telecommunications services provided by "
        + strong("China Mobile International USA Inc")
        + ". "
        + _SEC214,
        ("March 25, 2022",),
    ),
    Row(
        "china-telecom-americas",
        "Telecommunications services provided by "
        + strong("China Telecom (Americas) Corp.")
        + " "
        + _SEC214,
        ("March 25, 2022",),
    ),
    Row(
        "pacific-networks",
        "International telecommunications services provided by "
        + strong("Pacific Networks Corp")
        + " and its wholly-owned subsidiary "
        + strong("ComNet (USA) LLC")
        + " "
        + _SEC214,
        ("September 20, 2022",),
    ),
    Row(
        "china-unicom-americas-operations",
        "International telecommunications services provided by "
        + strong("China Unicom (Americas) Operations Limited")
        + " "
        + _SEC214,
        ("September 20, 2022",),
    ),
    Row(
        "kaspersky-lab",
        "Cybersecurity and anti-virus software produced or provided by "
        + strong("Kaspersky Lab, Inc.")
        + " or any of its successors and assignees, including equipment with integrated "
        "Kaspersky Lab, Inc. (or any of its successors and assignees) cybersecurity or "
        "anti-virus software.",
        ("July 23, 2024",),
    ),
    Row(UAS_ID, UAS_DAY1, ("December 22, 2025", "January 7, 2026", "March 18, 2026")),
    Row(
        "routers",
        'Routers<span style="font-family:&quot;Times New Roman&quot;,serif;font-size:11.0pt;'
        'layout-grid-mode:line;">^ </span>produced in a foreign country, '
        f'<a href="{_CA}">except routers which have been granted a Conditional Approval by DoW '
        "or DHS</a>.",
        ("March 23, 2026",),
    ),
    Row(
        DEMO_ONLY_ID,
        "DEMO ONLY, fictitious entry that is not on the real Covered List: Telecommunications "
        "equipment produced by "
        + strong("Demo Placeholder Networks Company")
        + ", including telecommunications services provided by such entity.",
        ("June 1, 2023",),
        note="fictitious row, removed on day 2 to simulate a delisting "
        "(no real Covered List entry has been removed)",
    ),
)

ADDED: tuple[Row, ...] = (
    Row(
        "digitalsystem-technology",
        "International telecommunications services provided by "
        + strong("Digitalsystem Technology Inc.")
        + ", "
        + _SEC214,
        ("July 7, 2026",),
        note="section 214 international services; added 7 Jul 2026",
    ),
    Row(
        "foreign-produced-power-inverters",
        "Foreign-produced power inverters, £ except power inverters which have been granted a "
        "Conditional Approval by DoW or DHS.",
        ("July 28, 2026",),
        note="category entry, no company; added 28 Jul 2026",
    ),
    Row(
        "foreign-produced-advanced-robotic-devices",
        "Foreign-produced advanced robotic devices, ³ "
        f'<a href="{_CA}">except advanced robotic devices which have been granted a Conditional '
        "Approval by DoW</a>.",
        ("July 28, 2026",),
        note="category entry, no company; added 28 Jul 2026",
    ),
)


def day2_rows() -> tuple[Row, ...]:
    rows: list[Row] = []
    for row in DAY1:
        if row.record_id == DEMO_ONLY_ID:
            continue  # the simulated delisting
        if row.record_id == UAS_ID:
            row = Row(
                UAS_ID,
                UAS_DAY2,
                (*row.dates, "June 15, 2026", "July 21, 2026"),
                note="exemptions extended to 1 Jan 2028, 'Toy Drones' exception (d) added, "
                "updated 15 Jun and 21 Jul 2026",
            )
        rows.append(row)
    return (*rows, *ADDED)


def date_cell(dates: tuple[str, ...]) -> str:
    first, *updates = dates
    html = f'\n        <p class="rtecenter">{first}</p>'
    if updates:
        parts = "<br/><br/>".join(f"Updated:<br/>{d}" for d in updates)
        html += f'\n        <p class="rtecenter">{parts}</p>'
    return html + "\n      "


def render(rows: tuple[Row, ...]) -> bytes:
    body = "".join(
        f"""
    <tr>
      <td style="{_TD}">{row.html}</td>
      <td style="{_TD_DATE}">{date_cell(row.dates)}</td>
    </tr>"""
        for row in rows
    )
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<title>List of Equipment and Services Covered By Section 2 of The Secure Networks Act | Federal Communications Commission</title>
</head>
<body>
<main role="main">
<h1 class="page-title">List of Equipment and Services Covered By Section 2 of The Secure Networks Act</h1>
<p>(banwatch demo page: the real Covered List rows in FCC's table markup; footnotes omitted.)</p>
<table style="width:690px;" border="1" cellpadding="0" cellspacing="0" width="690">
  <thead>
    <tr>
      <th style="{_TH}width:516px;">
        <p class="text-align-center">
          <strong>Covered Equipment or Services*</strong>
        </p>
      </th>
      <th style="{_TH}width:174px;">
        <p class="text-align-center">
          <strong>Date of Inclusion on Covered List</strong>
        </p>
      </th>
    </tr>
  </thead>
  <tbody>{body}
  </tbody>
  <!--  ******************    FOOTNOTES  *******************  -->
</table>
</main>
</body>
</html>
"""  # noqa: E501
    return page.encode("utf-8")


@source(SOURCE_ID)
def us_fcc_covered_list(out: Path) -> SourceResult:
    day1 = DAY1
    day2 = day2_rows()
    for label, rows in zip(DAYS, (day1, day2), strict=True):
        ids = [r.record_id for r in rows]
        if len(ids) != len(set(ids)):
            raise ValueError("duplicate record id")
        write_bytes(out / label / SOURCE_ID / FILE_NAME, render(rows))

    old = {r.record_id: r for r in day1}
    new = {r.record_id: r for r in day2}
    diff = compare_days(old, new)
    added, removed, modified = diff.added, diff.removed, diff.modified
    if (len(added), len(removed), len(modified)) != (3, 1, 1):
        raise ValueError(f"unexpected change set: {added=} {removed=} {modified=}")

    md = [
        "## us_fcc_covered_list (FCC Covered List, HTML table)",
        "",
        f"Day 1: {len(day1)} rows. Day 2: {len(day2)} rows ({len(added)} added, "
        f"{len(removed)} removed, {len(modified)} modified).",
        "",
        "Identifiers are the parser's record ids (slug of the covered company without its "
        "legal form, or of the product category).",
        "",
        f"### Added ({len(added)})",
        "",
        *(f"- `{k}`: {new[k].note}" for k in added),
        "",
        f"### Removed ({len(removed)})",
        "",
        *(f"- `{k}`: {old[k].note}" for k in removed),
        "",
        f"### Modified ({len(modified)})",
        "",
        *(f"- `{k}`: {new[k].note}" for k in modified),
        "",
        "Day 2 folds the real changes of June-July 2026 into one step. The removed row is "
        "the only fictitious one (labelled DEMO ONLY on the page).",
    ]
    return SourceResult(diff.expected(), "\n".join(md) + "\n")
