"""Demo data for us_federal_register: Federal Register API search pages, day 1 and day 2.

Real format: the documents.json search envelope (description, count, total_pages,
next_page_url with a search_after_cursor, results restricted to the `fields[]` of
source.yml, null where a document has no such field). The demo pages hold 2 documents
(per_page=2 in next_page_url) so that pagination is exercised: documents.json links
page 2, which the parser's `follow` fetches as page-2.json.

Documents (real; confidence noted):
* 2024-13532 Final Determination: Case No. ICTS-2021-002, Kaspersky Lab, Inc. — BIS,
  Notices, 89 FR 52434, published 2024-06-24 (verified: FR Doc No 2024-13532, Vol. 89
  No. 121). The notice has no ACTION/SUMMARY/DATES preamble, so the API's action,
  abstract, dates and effective_on are null (high confidence).
* 2024-13695 Additions to the Entity List — BIS final rule, 89 FR 52362, published and
  effective 2024-06-24 (verified: summary and DATES quoted from the FR text): the 3
  Kaspersky entries (AO Kaspersky Lab, OOO Kaspersky Group, Kaspersky Labs Limited),
  whose names are in the rule's body, not in its abstract.
* 2022-19138 Cyber-Related Sanctions Regulations — OFAC final rule, 87 FR 54373,
  2022-09-06 (number, citation, date verified); abstract and DATES are paraphrases of
  OFAC's standard wording for a re-issued part (medium confidence).
* 2021-01234 Securing the Information and Communications Technology and Services
  Supply Chain — Commerce interim final rule, 86 FR 4909, published 2021-01-19,
  effective 2021-03-22 (verified; abstract quoted, a US Government work).
Agency objects carry the API's id/parent_id only where known (Commerce 54, BIS 241,
OFAC 203); others omit them rather than invent them.

Day 1 (a window before the Entity List rule): documents.json [2024-13532, 2022-19138]
-> page-2.json [2021-01234]. Day 2: documents.json [2024-13695, 2024-13532] ->
page-2.json [2022-19138]; 2021-01234 scrolled out of the window: feeds never remove,
so nothing is removed.

Stdlib only (run by demo/generate_demo.py).
"""

import base64
import datetime as dt
import json
from pathlib import Path

from demo_common import DAYS, SourceResult, source, write_bytes

SOURCE_ID = "us_federal_register"
API = "https://www.federalregister.gov/api/v1/documents"
FR = "https://www.federalregister.gov"
QUERY = (
    "conditions%5Bagencies%5D%5B%5D=industry-and-security-bureau"
    "&conditions%5Bagencies%5D%5B%5D=foreign-assets-control-office"
    "&conditions%5Bagencies%5D%5B%5D=federal-communications-commission"
    "&conditions%5Bagencies%5D%5B%5D=commerce-department"
    + "".join(
        f"&fields%5B%5D={f}"
        for f in (
            "abstract",
            "action",
            "agencies",
            "body_html_url",
            "citation",
            "dates",
            "document_number",
            "effective_on",
            "html_url",
            "publication_date",
            "title",
            "type",
        )
    )
    + "&format=json&order=newest"
)


def agency(name: str, raw: str, slug: str, ident: int | None, parent: int | None) -> dict:
    out: dict[str, object] = {"raw_name": raw, "name": name}
    if ident is not None:
        out["id"] = ident
        out["json_url"] = f"{FR}/api/v1/agencies/{ident}"
        out["parent_id"] = parent
    out["url"] = f"{FR}/agencies/{slug}"
    out["slug"] = slug
    return out


COMMERCE = agency("Commerce Department", "DEPARTMENT OF COMMERCE", "commerce-department", 54, None)
BIS = agency(
    "Industry and Security Bureau", "Bureau of Industry and Security",
    "industry-and-security-bureau", 241, 54,
)  # fmt: skip
TREASURY = agency(
    "Treasury Department", "DEPARTMENT OF THE TREASURY", "treasury-department", None, None
)  # noqa: E501
OFAC = agency(
    "Foreign Assets Control Office", "Office of Foreign Assets Control",
    "foreign-assets-control-office", 203, None,
)  # fmt: skip
OFAC.pop("parent_id")  # the Treasury Department's id is not known here: leave it out


def doc(
    number: str,
    date: str,
    slug: str,
    title: str,
    doc_type: str,
    citation: str,
    agencies: list[dict],
    action: str | None = None,
    abstract: str | None = None,
    dates: str | None = None,
    effective_on: str | None = None,
) -> dict:
    y, m, d = date.split("-")
    return {
        "abstract": abstract,
        "action": action,
        "agencies": agencies,
        "body_html_url": f"{FR}/documents/full_text/html/{y}/{m}/{d}/{number}.html",
        "citation": citation,
        "dates": dates,
        "document_number": number,
        "effective_on": effective_on,
        "html_url": f"{FR}/documents/{y}/{m}/{d}/{number}/{slug}",
        "publication_date": date,
        "title": title,
        "type": doc_type,
    }


KASPERSKY_FD = doc(
    "2024-13532",
    "2024-06-24",
    "final-determination-case-no-icts-2021-002-kaspersky-lab-inc",
    "Final Determination: Case No. ICTS-2021-002, Kaspersky Lab, Inc.",
    "Notice",
    "89 FR 52434",
    [COMMERCE, BIS],
)
ENTITY_LIST = doc(
    "2024-13695",
    "2024-06-24",
    "additions-to-the-entity-list",
    "Additions to the Entity List",
    "Rule",
    "89 FR 52362",
    [COMMERCE, BIS],
    action="Final rule.",
    abstract=(
        "In this rule, the Bureau of Industry and Security (BIS) amends the Export"
        " Administration Regulations (EAR) by adding 3 entries to the Entity List, under the"
        " destinations of Russia (2), and the United Kingdom (1). These entities have been"
        " determined by the U.S. Government to be acting contrary to the national security"
        " or foreign policy interests of the United States."
    ),
    dates="This rule is effective June 24, 2024.",
    effective_on="2024-06-24",
)
CYBER_REGS = doc(
    "2022-19138",
    "2022-09-06",
    "cyber-related-sanctions-regulations",
    "Cyber-Related Sanctions Regulations",
    "Rule",
    "87 FR 54373",
    [TREASURY, OFAC],
    action="Final rule.",
    abstract=(
        "The Department of the Treasury's Office of Foreign Assets Control (OFAC) is"
        " amending and reissuing in their entirety the Cyber-Related Sanctions Regulations"
        " to further implement the Executive orders on which they are based, and to add"
        " interpretive guidance, definitions and general licenses."
    ),
    dates="This rule is effective September 6, 2022.",
    effective_on="2022-09-06",
)
ICTS_RULE = doc(
    "2021-01234",
    "2021-01-19",
    "securing-the-information-and-communications-technology-and-services-supply-chain",
    "Securing the Information and Communications Technology and Services Supply Chain",
    "Rule",
    "86 FR 4909",
    [COMMERCE],
    action="Interim final rule; request for comments.",
    abstract=(
        "The Department of Commerce is promulgating regulations to implement provisions of"
        ' Executive Order 13873, "Executive Order on Securing the Information and'
        ' Communications Technology and Services Supply Chain" (May 15, 2019). These'
        " regulations create the processes and procedures that the Secretary of Commerce"
        " will use to identify, assess, and address certain transactions, including classes"
        " of transactions, between U.S. persons and foreign persons that involve information"
        " and communications technology or services designed, developed, manufactured, or"
        " supplied, by persons owned by, controlled by, or subject to the jurisdiction or"
        " direction of a foreign adversary; and pose an undue or unacceptable risk. While"
        " this interim final rule will become effective on March 22, 2021, the Department"
        " of Commerce continues to welcome public input and is thus seeking additional"
        " public comment."
    ),
    dates="This interim final rule is effective March 22, 2021.",
    effective_on="2021-03-22",
)

DAY_PAGES = {
    "day1": [[KASPERSKY_FD, CYBER_REGS], [ICTS_RULE]],
    "day2": [[ENTITY_LIST, KASPERSKY_FD], [CYBER_REGS]],
}


def cursor(last: dict) -> str:
    """search_after cursor as the API builds it: base64url of [publication ms, number]."""
    day = dt.date.fromisoformat(last["publication_date"])
    ms = int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp() * 1000)
    raw = json.dumps([ms, last["document_number"]], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def page_json(pages: list[list[dict]], index: int) -> bytes:
    results = pages[index]
    body: dict[str, object] = {
        "description": "Documents from Commerce Department, Federal Communications Commission,"
        " Foreign Assets Control Office, and Industry and Security Bureau",
        "count": sum(len(p) for p in pages),
        "total_pages": len(pages),
    }
    if index + 1 < len(pages):
        body["next_page_url"] = (
            f"{API}?{QUERY}&page={index + 2}&per_page=2&search_after_cursor={cursor(results[-1])}"
        )
    if index > 0:
        body["previous_page_url"] = f"{API}?{QUERY}&page={index}&per_page=2"
    body["results"] = results
    return (json.dumps(body, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@source(SOURCE_ID)
def us_federal_register(out: Path) -> SourceResult:
    items: dict[str, list[str]] = {}
    for label in DAYS:
        pages = DAY_PAGES[label]
        for i in range(len(pages)):
            name = "documents.json" if i == 0 else f"page-{i + 1}.json"
            write_bytes(out / label / SOURCE_ID / name, page_json(pages, i))
        items[label] = sorted(d["document_number"] for p in pages for d in p)
    day1, day2 = set(items["day1"]), set(items["day2"])
    expected: dict[str, object] = {
        "kind": "feed",
        "day1_items": items["day1"],
        "day2_items": items["day2"],
        "added_items": sorted(day2 - day1),
        "scrolled_out": sorted(day1 - day2),
        "modified_items": [],
        "removed": [],
        "records": "extracted by transforms.announcements.extract; never removed",
    }
    md = [
        "## us_federal_register (Federal Register API, JSON search pages)",
        "",
        f"Day 1: {len(day1)} documents on 2 pages (documents.json -> page-2.json)."
        f" Day 2: {len(day2)} documents; added {', '.join(sorted(day2 - day1))}"
        " (BIS Entity List rule adding AO Kaspersky Lab, OOO Kaspersky Group and Kaspersky"
        " Labs Limited, 89 FR 52362, effective 2024-06-24);"
        f" {', '.join(sorted(day1 - day2))} scrolled out of the feed window and is NOT"
        " removed (feeds never delist).",
        "",
        "Structured milestones per document: `published` = publication_date, `effective` ="
        " effective_on (2024-13695: both 2024-06-24; 2024-13532: published 2024-06-24 only,"
        " the Final Determination has no DATES preamble). Ban records come from the"
        " announcement extraction of title/action/abstract/dates.",
    ]
    return SourceResult(expected, "\n".join(md) + "\n")
