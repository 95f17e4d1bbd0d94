"""Demo data for us_federal_register: Federal Register API search pages and the documents'
full text (body HTML), day 1 and day 2.

Real format: the documents.json search envelope (description, count, total_pages,
next_page_url with a search_after_cursor, results restricted to the `fields[]` of
source.yml, null where a document has no such field). The demo pages hold 2 documents
(per_page=2 in next_page_url) so that pagination is exercised: documents.json links
page 2, which the parser's `follow` fetches as page-2.json. `follow` also fetches each
document's `body_html_url` as body-<document number>.html.

Bodies: the markup federalregister.gov serves at
/documents/full_text/html/YYYY/MM/DD/<number>.html, as its renderer
(usnationalarchives/federalregister-web, app/views/xslt/matchers/full_text*) writes it:
an HTML fragment (no <html> wrapper) of h1/h2/h3 headings with ids h-N (numbered after
all XML headings, the hidden AGENCY/ACTION ones included), p#p-N[data-page], the
unprinted "Start/End Preamble|Further Info|Supplemental Information|Part|Appendix"
markers (empty spans whose label is in data-text), inline printed-page markers,
<ul class="bullets">, p.amendment-part, p.stars and GPO tables (div.table-wrapper >
div.gpotbl_div > table.gpotbl_table). The bodies are EXCERPTS of the published text
(US Government works, quoted): sections not needed here (rulemaking requirements,
authority citations, signatures, the "[FR Doc. ... Filed ...]" end matter) are left out.

Documents (real; confidence noted):
* 2024-13532 Final Determination: Case No. ICTS-2021-002, Kaspersky Lab, Inc. — BIS,
  Notices, 89 FR 52434, published 2024-06-24 (verified: FR Doc No 2024-13532, Vol. 89
  No. 121). The notice has no ACTION/SUMMARY/DATES preamble, so the API's action,
  abstract, dates and effective_on are null (high confidence). Body: the opening
  paragraph and the first Background sentences are verbatim (GPO text); the prohibition
  paragraphs are ASSEMBLED from the Final Determination as quoted by BIS's 20 Jun 2024
  press release and the trade press (new agreements prohibited from 12:00 a.m. EDT on
  July 20, 2024; signature and codebase updates allowed until 12:00 a.m. EDT on
  September 29, 2024), not verbatim.
* 2024-13695 Additions to the Entity List — BIS final rule, 89 FR 52362-52364, RIN
  0694-AJ73, published and effective 2024-06-24 (verified: summary, DATES, FOR FURTHER
  INFORMATION CONTACT and the first Entity List paragraph, with its page break to
  52363, quoted from the FR text): the 3 Kaspersky entries (AO Kaspersky Lab,
  OOO Kaspersky Group — Russia; Kaspersky Labs Limited — United Kingdom), whose names are
  in the body, not in the abstract. The decision paragraphs follow BIS's standard
  Entity List wording with the reason BIS gave ("cooperation with Russian military and
  intelligence authorities in support of the Russian Government's cyber intelligence
  objectives"; license requirement for all items subject to the EAR, presumption of
  denial: verified in substance, not verbatim). The supplement's table rows: names,
  license requirement and review policy as in the CSL demo data; the street addresses are
  abridged to city/country and the citation page (52364, the rule's last page) is
  assumed — neither was verified here.
* 2022-19138 Cyber-Related Sanctions Regulations — OFAC final rule, 87 FR 54373,
  2022-09-06 (number, citation, date verified); abstract and DATES are paraphrases of
  OFAC's standard wording for a re-issued part (medium confidence). Body: SUMMARY,
  DATES and one Background sentence (E.O. 13694 of April 1, 2015, as amended by
  E.O. 13757 of December 28, 2016: the regulations' bases).
* 2021-01234 Securing the Information and Communications Technology and Services
  Supply Chain — Commerce interim final rule, 86 FR 4909, published 2021-01-19,
  effective 2021-03-22 (verified; abstract quoted, a US Government work). Body:
  SUMMARY, DATES and one Background sentence on E.O. 13873.
Agency objects carry the API's id/parent_id only where known (Commerce 54, BIS 241,
OFAC 203); others omit them rather than invent them.

Day 1 (a window before the Entity List rule): documents.json [2024-13532, 2022-19138]
-> page-2.json [2021-01234]. Day 2: documents.json [2024-13695, 2024-13532] ->
page-2.json [2022-19138]; 2021-01234 scrolled out of the window: feeds never remove,
so nothing is removed. Every document's body is served both days (the same bytes: an
unchanged body answers 304 on day 2).

Stdlib only (run by demo/generate_demo.py).
"""

import base64
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
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

# --------------------------------------------------------------------------- bodies
#
# A body is a list of blocks, rendered as federalregister.gov's full-text HTML:
#   ("h", level, text)             heading h<level> id="h-N"
#   ("p", html)                    paragraph p id="p-N" data-page="<current page>";
#                                  "{page:52363}" inside it is a printed-page break
#   ("bullets", [html, ...])       <ul class="bullets"> of "• ..." paragraphs
#   ("amd", html)                  amendatory instruction (p.amendment-part)
#   ("mark", label, kind, icon)    unprinted "Start/End <label>" marker
#   ("stars",)                     "* * * * *"
#   ("table", [headers], [[cells]])  GPO table

Block = tuple[object, ...]


def _unprinted(label: str, kind: str, icon: str) -> str:
    tooltip = "cj-fancy-tooltip document-markup" if kind == "preamble" else "cj-tooltip"
    extra = ' data-tooltip-template="#preamble-tooltip-template"' if kind == "preamble" else ""
    return (
        f'<span class="{kind}-wrapper unprinted-element-wrapper">'
        '<span class="unprinted-element-border"></span>'
        f'<span class="{kind} unprinted-element icon-fr2 {icon} {tooltip}"{extra}'
        f' data-text="{label}"> </span>'
        '<span class="unprinted-element-border"></span></span>\n'
    )


def _printed_page(page: int) -> str:
    return (
        '<span class="printed-page-wrapper unprinted-element-wrapper">'
        '<span class="unprinted-element-border"></span>'
        '<span class="printed-page unprinted-element icon-fr2 icon-fr2-doc-generic cj-tooltip"'
        f' id="page-{page}" data-page="{page}" data-text="Start Printed Page {page}"> </span>'
        '<span class="unprinted-element-border"></span></span>'
    )


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    last = len(headers) - 1

    def cell(tag: str, i: int, text: str, align: str) -> str:
        right = "" if i == last else " border-right-single"
        cls = f"{align} border-bottom-single{right}"
        return (
            f'<{tag} class="{cls}">{escape(text, quote=False)}</{tag}>'
            if text
            else (f'<{tag} class="{cls}"></{tag}>')
        )

    head = "".join(cell("th", i, h, "center") for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(cell("td", i, c, "left") for i, c in enumerate(row)) + "</tr>\n"
        for row in rows
    )
    return (
        '<div class="table-wrapper"><div width="100%"><div class="gpotbl_div">'
        '<table border="1" cellpadding="1" cellspacing="1" class="gpotbl_table" frame="void"'
        ' width="100%">\n'
        f"<thead><tr>{head}</tr></thead>\n<tbody>{body}\n</tbody>\n</table></div></div></div>\n"
    )


@dataclass(frozen=True)
class Body:
    """A document's full text: its first printed page, how many headings and paragraphs
    the renderer numbers before the first shown one (AGENCY/ACTION are not shown), and
    its blocks."""

    first_page: int
    hidden: int
    blocks: tuple[Block, ...]

    def html(self) -> bytes:
        out: list[str] = []
        page = self.first_page
        h = p = self.hidden
        amd = 0
        for block in self.blocks:
            kind = block[0]
            if kind == "h":
                h += 1
                level, text = block[1], str(block[2])
                out.append(f'<h{level} id="h-{h}">{escape(text, quote=False)}</h{level}>\n')
            elif kind == "p":
                p += 1
                text = str(block[1])
                at = page
                while "{page:" in text:
                    start = text.index("{page:")
                    end = text.index("}", start)
                    page = int(text[start + 6 : end])
                    text = text[:start] + _printed_page(page) + text[end + 1 :]
                out.append(f'<p id="p-{p}" data-page="{at}">{text}</p>\n')
            elif kind == "bullets":
                items = []
                for text in block[1]:  # type: ignore[attr-defined]
                    p += 1
                    items.append(f'<li id="p-{p}" data-page="{page}">{text}</li>\n')
                out.append('<ul class="bullets">\n' + "".join(items) + "</ul>\n")
            elif kind == "amd":
                amd += 1
                out.append(_unprinted("Start Amendment Part", "amend-part", "icon-fr2-doc-generic"))
                out.append(f'<p class="amendment-part" id="p-amd-{amd}">{block[1]}</p>\n')
                out.append(_unprinted("End Amendment Part", "amend-part", "icon-fr2-doc-generic"))
            elif kind == "mark":
                out.append(_unprinted(str(block[1]), str(block[2]), str(block[3])))
            elif kind == "stars":
                out.append('<p class="stars">* * * * *</p>\n')
            elif kind == "table":
                out.append(_table(block[1], block[2]))  # type: ignore[arg-type]
            else:  # pragma: no cover - a typo in the blocks below
                raise ValueError(f"unknown block {kind!r}")
        return "".join(out).encode("utf-8")


def _marks(label: str, kind: str, icon: str = "icon-fr2-doc-generic") -> tuple[Block, Block]:
    return ("mark", f"Start {label}", kind, icon), ("mark", f"End {label}", kind, icon)


PREAMBLE = _marks("Preamble", "preamble")
FURINF = _marks("Further Info", "further-info")
SUPLINF = _marks("Supplemental Information", "supplemental-info")
LSTSUB = _marks("List of Subjects", "list-of-subjects", "icon-fr2-Molecular")
PART = _marks("Part", "part", "icon-fr2-book")
APPENDIX = _marks("Appendix", "appendix")

EL_ALL_ITEMS = "For all items subject to the EAR. (See \u00a7 744.11 of the EAR)."
EL_CITATION = "89 FR 52364, 6/24/24."
STARS_ROW = "* * * * * *"

ENTITY_LIST_BODY = Body(
    52362,
    2,
    (
        PREAMBLE[0],
        ("h", 1, "SUMMARY:"),
        ("p", ENTITY_LIST["abstract"]),
        ("h", 1, "DATES:"),
        ("p", "This rule is effective June 24, 2024."),
        FURINF[0],
        ("h", 1, "FOR FURTHER INFORMATION CONTACT:"),
        (
            "p",
            "Chair, End-User Review Committee, Office of the Assistant Secretary for Export"
            " Administration, Bureau of Industry and Security, Department of Commerce, Phone:"
            ' (202) 482-5991, Email: <em><a href="mailto:ERC@bis.doc.gov">ERC@bis.doc.gov</a>.'
            "</em>",
        ),
        FURINF[1],
        PREAMBLE[1],
        SUPLINF[0],
        ("h", 1, "SUPPLEMENTARY INFORMATION:"),
        ("h", 2, "Background"),
        ("h", 3, "The Entity List"),
        (
            "p",
            "The Entity List (supplement no. 4 to part 744 of the EAR (15 CFR parts 730-774))"
            " identifies entities for which there is reasonable cause to believe, based on"
            " specific and articulable facts, that the entities have been involved, are"
            " involved, or pose a significant risk of being or becoming involved in activities"
            " contrary to the national security or foreign policy interests of the United"
            " States, pursuant to \u00a7 744.11(b). The EAR imposes additional license"
            " requirements on, and limits the availability of, most license exceptions for"
            " exports, reexports, and transfers (in-country) when a listed entity is a party to"
            " the transaction. The license review policy for each listing is identified in the"
            " \u201cLicense Review Policy\u201d column on the {page:52363} Entity List, and the"
            " impact on the availability of license exceptions is described in the relevant"
            ' <span class="E-04">Federal Register</span> document that added the listing to the'
            " Entity List. BIS amends the Entity List pursuant to parts 744 (Control Policy:"
            " End-User and End-Use Based) and 746 (Embargoes and Other Special Controls) of the"
            " EAR.",
        ),
        (
            "p",
            "The End-User Review Committee (ERC), composed of representatives of the"
            " Departments of Commerce (Chair), State, Defense, Energy and, where appropriate,"
            " the Treasury, makes all decisions regarding additions to, removals from, or other"
            " modifications to the Entity List. The ERC makes all decisions to add an entry to"
            " the Entity List by majority vote and makes all decisions to remove or modify an"
            " entry by unanimous vote.",
        ),
        ("h", 2, "Entity List Decisions"),
        ("h", 3, "Additions to the Entity List"),
        (
            "p",
            "The ERC determined to add AO Kaspersky Lab and OOO Kaspersky Group, under the"
            " destination of Russia, and Kaspersky Labs Limited, under the destination of the"
            " United Kingdom, to the Entity List for their cooperation with Russian military and"
            " intelligence authorities in support of the Russian Government\u2019s cyber"
            " intelligence objectives. These activities are contrary to the national security"
            " and foreign policy interests of the United States under \u00a7 744.11(b) of the"
            " EAR.",
        ),
        (
            "p",
            "Pursuant to \u00a7 744.11(b) of the EAR, the ERC determined that the conduct of"
            " these entities raises sufficient concern that prior review of exports, reexports,"
            " or transfers (in-country) of all items subject to the EAR involving these"
            " entities, and the possible imposition of license conditions or license denials on"
            " shipments to these entities, will enhance BIS\u2019s ability to prevent"
            " activities contrary to the national security or foreign policy interests of the"
            " United States. For the three entities described above, BIS imposes a license"
            " requirement for all items subject to the EAR and a license review policy of"
            " presumption of denial.",
        ),
        ("p", "This final rule adds the following three entities to the Entity List:"),
        ("p", "<em>Russia</em>"),
        ("bullets", ["\u2022 AO Kaspersky Lab; and", "\u2022 OOO Kaspersky Group."]),
        ("p", "<em>United Kingdom</em>"),
        ("bullets", ["\u2022 Kaspersky Labs Limited."]),
        SUPLINF[1],
        LSTSUB[0],
        ("h", 2, "List of Subjects in 15 CFR Part 744"),
        ("p", "Exports, Reporting and recordkeeping requirements, Terrorism."),
        LSTSUB[1],
        (
            "p",
            "Accordingly, part 744 of the Export Administration Regulations (15 CFR parts 730"
            " through 774) is amended as follows:",
        ),
        PART[0],
        ("h", 1, "PART 744\u2014CONTROL POLICY: END-USER AND END-USE BASED"),
        (
            "amd",
            "2. Supplement no. 4 to part 744 is amended:<br>a. Under RUSSIA, by adding in"
            " alphabetical order entries for \u201cAO Kaspersky Lab\u201d and \u201cOOO"
            " Kaspersky Group\u201d; and<br>b. Under UNITED KINGDOM, by adding in alphabetical"
            " order an entry for \u201cKaspersky Labs Limited\u201d.<br>The additions read as"
            " follows:",
        ),
        APPENDIX[0],
        ("h", 1, "Supplement No. 4 to Part 744\u2014Entity List"),
        ("stars",),
        (
            "table",
            [
                "Country",
                "Entity",
                "License requirement",
                "License review policy",
                "Federal Register citation",
            ],
            [
                ["RUSSIA", STARS_ROW, "", "", ""],
                [
                    "",
                    "AO Kaspersky Lab, Moscow, Russia.",
                    EL_ALL_ITEMS,
                    "Presumption of denial.",
                    EL_CITATION,
                ],
                ["", STARS_ROW, "", "", ""],
                [
                    "",
                    "OOO Kaspersky Group, Moscow, Russia.",
                    EL_ALL_ITEMS,
                    "Presumption of denial.",
                    EL_CITATION,
                ],
                ["", STARS_ROW, "", "", ""],
                [STARS_ROW, "", "", "", ""],
                ["UNITED KINGDOM", STARS_ROW, "", "", ""],
                [
                    "",
                    "Kaspersky Labs Limited, United Kingdom.",
                    EL_ALL_ITEMS,
                    "Presumption of denial.",
                    EL_CITATION,
                ],
                ["", STARS_ROW, "", "", ""],
            ],
        ),
        ("stars",),
        APPENDIX[1],
        PART[1],
    ),
)

KASPERSKY_FD_BODY = Body(
    52434,
    0,
    (
        (
            "p",
            "Pursuant to the authorities granted in Executive Order (\u201cE.O.\u201d) 13873,"
            " \u201cSecuring the Information and Communications Technology and Services Supply"
            " Chain,\u201d the Department of Commerce (the \u201cDepartment\u201d) has reviewed"
            " transactions involving cybersecurity and anti-virus software supplied by"
            " Kaspersky Lab, Inc. (together with all affiliates, subsidiaries, and parent"
            " companies, \u201cKaspersky\u201d) to determine (1) whether those transactions are"
            " covered ICTS transactions under 15 CFR 7.103(b); and if so, (2) whether those"
            " transactions pose an undue or unacceptable risk to U.S. national security or the"
            " safety and security of U.S. persons, as set out in E.O. 13873 and 15 CFR part 7."
            " The Department finds that Kaspersky\u2019s provision of cybersecurity and"
            " anti-virus software to U.S. persons, including through third-party entities that"
            " integrate Kaspersky cybersecurity or anti-virus software into commercial hardware"
            " or software, poses undue and unacceptable risks to U.S. national security and to"
            " the security and safety of U.S. persons. Consistent with 15 CFR 7.109(a), the"
            " Secretary now issues this Final Determination, which sets forth the"
            " Department\u2019s decision, based on the risks presented in the Initial"
            " Determination and the subsequent responses and mitigation proposals from"
            " Kaspersky, as further detailed below.",
        ),
        ("h", 2, "Background"),
        (
            "p",
            "Consistent with 15 CFR 7.1(b), the Secretary evaluates ICTS transactions under this"
            " rule on a case-by-case basis. As outlined in 15 CFR 7.103(a), upon receipt of any"
            " information identified in 15 CFR 7.100(a), the Secretary may consider any"
            " referral for review of a transaction.",
        ),
        ("h", 2, "Final Determination"),
        (
            "p",
            "Kaspersky, and any of its successors or assignees, shall be prohibited from"
            " engaging in the identified ICTS transactions in the United States or with U.S."
            " persons.",
        ),
        (
            "p",
            "Effective 12:00 a.m. eastern daylight time on July 20, 2024, Kaspersky is"
            " prohibited from entering into any new agreement with U.S. persons involving one or"
            " more ICTS transactions identified in this Final Determination.",
        ),
        (
            "p",
            "Kaspersky may continue certain operations in the United States, including"
            " providing anti-virus signature updates and codebase updates, until 12:00 a.m."
            " eastern daylight time on September 29, 2024.",
        ),
    ),
)

CYBER_REGS_BODY = Body(
    54373,
    2,
    (
        PREAMBLE[0],
        ("h", 1, "SUMMARY:"),
        ("p", CYBER_REGS["abstract"]),
        ("h", 1, "DATES:"),
        ("p", CYBER_REGS["dates"]),
        PREAMBLE[1],
        SUPLINF[0],
        ("h", 1, "SUPPLEMENTARY INFORMATION:"),
        ("h", 2, "Background"),
        (
            "p",
            "OFAC is amending and reissuing in their entirety the Cyber-Related Sanctions"
            " Regulations, 31 CFR part 578, to further implement Executive Order 13694 of April"
            " 1, 2015, as amended by Executive Order 13757 of December 28, 2016.",
        ),
        SUPLINF[1],
    ),
)

ICTS_RULE_BODY = Body(
    4909,
    2,
    (
        PREAMBLE[0],
        ("h", 1, "SUMMARY:"),
        ("p", ICTS_RULE["abstract"]),
        ("h", 1, "DATES:"),
        ("p", ICTS_RULE["dates"]),
        PREAMBLE[1],
        SUPLINF[0],
        ("h", 1, "SUPPLEMENTARY INFORMATION:"),
        ("h", 2, "Background"),
        (
            "p",
            "Executive Order 13873, \u201cSecuring the Information and Communications"
            " Technology and Services Supply Chain\u201d (May 15, 2019), declared a national"
            " emergency with respect to the threat posed by foreign adversary control of"
            " information and communications technology and services (ICTS) in the United"
            " States.",
        ),
        SUPLINF[1],
    ),
)

BODIES: dict[str, Body] = {
    "2024-13532": KASPERSKY_FD_BODY,
    "2024-13695": ENTITY_LIST_BODY,
    "2022-19138": CYBER_REGS_BODY,
    "2021-01234": ICTS_RULE_BODY,
}


def body_name(number: str) -> str:
    """transforms.sources.us_federal_register.parser.body_name: body-<number>.html."""
    return f"body-{number}.html"


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
        for number in sorted(d["document_number"] for p in pages for d in p):
            write_bytes(out / label / SOURCE_ID / body_name(number), BODIES[number].html())
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
        f"Day 1: {len(day1)} documents on 2 pages (documents.json -> page-2.json), each with"
        " its full text (body-<number>.html, followed from body_html_url)."
        f" Day 2: {len(day2)} documents; added {', '.join(sorted(day2 - day1))}"
        " (BIS Entity List rule adding AO Kaspersky Lab, OOO Kaspersky Group and Kaspersky"
        " Labs Limited, 89 FR 52362, effective 2024-06-24);"
        f" {', '.join(sorted(day1 - day2))} scrolled out of the feed window and is NOT"
        " removed (feeds never delist).",
        "",
        "Structured milestones per document: `published` = publication_date, `effective` ="
        " effective_on (2024-13695: both 2024-06-24; 2024-13532: published 2024-06-24 only,"
        " the Final Determination has no DATES preamble). Ban records come from the"
        " announcement extraction of the title, action, abstract and the body's main text"
        " (the Kaspersky entities of 2024-13695 are named only in its body).",
    ]
    return SourceResult(expected, "\n".join(md) + "\n")
