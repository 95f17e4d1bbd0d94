"""Federal Register API parser: search result pages and single documents (JSON), plus
the documents' full text (body HTML).

Accepted by CONTENT (file names do not matter for JSON):

* a search page `{"count", "description", "total_pages", "next_page_url", "results": [...]}`
  (results may be restricted with `fields[]`: only document_number and title are
  required; a page with count 0 has no "results" at all);
* a single document `{"document_number": ..., ...}` as `/api/v1/documents/<n>.json`
  returns it (51 keys);
* an error answer `{"errors": ...}` or anything else -> ParseError;
* `body-<document number>.html`: a document's full text as the FR site serves it at its
  `body_html_url` (https://www.federalregister.gov/documents/full_text/html/YYYY/MM/DD/
  <number>.html: the rendered body, the same markup as on the document's page — h1/h2
  headings "SUMMARY:", "DATES:", "SUPPLEMENTARY INFORMATION:", p#p-N[data-page],
  printed-page markers, GPO tables, the amendatory instructions and the regulatory
  text). `body_html_url` is followed rather than `raw_text_url`: both hold the rule
  text, but the HTML keeps the structure (headings, the Entity List supplement as a
  table with one entry per row) that GPO's fixed-width text layout loses.

Every document becomes one `Announcement`: item_id = the FR document number (stable
and unique), url = html_url (or https://www.federalregister.gov/d/<number>). Its text
is the title, ACTION, the API's abstract and DATES (each unless the body already says
it) and the body's main text — SUMMARY, DATES, SUPPLEMENTARY INFORMATION and the
regulatory text; FOR FURTHER INFORMATION CONTACT, ADDRESSES, the list of subjects,
footnotes, "* * *" and the filing/billing end matter are left out. Its records come
from the announcement extraction; the publication date and effective_on are exact API
fields and become the records' `published` / `effective` milestones, replacing
extracted ones of the same role.

`follow` turns `next_page_url` (a search_after cursor since 2025) into the next file to
fetch, named after the page number it asks for (documents.json -> page-2.json -> ...,
at most `lookups.follow.pages` pages more), and adds the body of each of the newest
`lookups.follow.bodies` documents (search position, newest first) as
`body-<number>.html`. source.yml's max_follow is the sum of the two.

A document without its body:
* no `body_html_url` (the FR has no full text for it): the API text is all there is;
  records are extracted from it (`properties["text_from"] = "api"`);
* beyond the newest `follow.bodies` documents: not followed on purpose — such a
  document was among the newest (and its body read) in an earlier run; stored as an
  announcement without extraction, no warning;
* within them but absent from the snapshot, or a file that is no FR body (an error or
  access-challenge page, a body of another document): stored as an announcement WITHOUT
  extraction and warned once per parse. Feeds never delist: the records an earlier run
  extracted from the body stay, and a title and abstract never replace them.
A body that cannot be FETCHED (HTTP error after the retries) fails the fetch task and
so the run, as the search pages do; nothing is loaded, the next run tries again.

The same document on two pages (the feed moved between fetches) is kept once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bs4 import Tag

from transforms.base import ParseContext, SnapshotFiles
from transforms.feeds.common import (
    FeedItem,
    block_text,
    clean_space,
    date_or_warn,
    emit,
    follow_name,
    sniff,
    soup_of,
    warn_without_full_text,
)
from transforms.model import Announcement, BanRecord, Milestone

SOURCE = "us_federal_register"
FR_DOC_URL = "https://www.federalregister.gov/d/{number}"

# Envelope keys of a search page.
_PAGE_KEYS = {"count", "description", "total_pages", "next_page_url", "previous_page_url"}
# Document keys kept in the announcement (text or properties).
_USED = {
    "document_number",
    "title",
    "type",
    "abstract",
    "publication_date",
    "effective_on",
    "citation",
    "html_url",
    "body_html_url",
    "agencies",
    "action",
    "dates",
    "pdf_url",
    "signing_date",
    "executive_order_number",
    "presidential_document_number",
    "proclamation_number",
    "comments_close_on",
    "docket_ids",
    "regulation_id_numbers",
    "subtype",
    "correction_of",
}
# Known API document fields this feed does not need (the rest of the 51 keys).
_IGNORED = {
    "cfr_references",
    "comment_url",
    "corrections",
    "disposition_notes",
    "docket_id",
    "dockets",
    "end_page",
    "start_page",
    "executive_order_notes",
    "excerpts",
    "full_text_xml_url",
    "images",
    "images_metadata",
    "json_url",
    "mods_url",
    "not_received_for_publication",
    "page_length",
    "page_views",
    "public_inspection_pdf_url",
    "raw_text_url",
    "regulation_id_number_info",
    "regulations_dot_gov_info",
    "regulations_dot_gov_url",
    "rin",
    "rin_all",
    "significant",
    "toc_doc",
    "toc_subject",
    "topics",
    "volume",
    "president",
    "explanation",
    "topic_ids",
}


@cache
def _kinds() -> dict[str, str]:
    from transforms.registry import get_source

    return get_source(SOURCE).lookups.get("kinds", {})


@cache
def follow_window() -> tuple[int, int]:
    """(further search pages, document bodies) `follow` asks for per run."""
    from transforms.registry import get_source

    window = get_source(SOURCE).lookups.get("follow", {})
    return int(window.get("pages", "5")), int(window.get("bodies", "100"))


def body_name(number: str) -> str:
    """The follow file name of a document's body: body-<document number>.html."""
    return follow_name("body", number, "html")


def _load(name: str, path: Path, ctx: ParseContext) -> dict[str, Any]:
    data = Path(path).read_bytes()
    found = sniff(data)
    if found != "json":
        raise ctx.error(f"{name}: expected Federal Register API JSON, got {found} content")
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ctx.error(f"{name}: invalid JSON: {exc}") from exc
    if not isinstance(doc, dict):
        raise ctx.error(f"{name}: expected a JSON object, got {type(doc).__name__}")
    if "errors" in doc:
        raise ctx.error(f"{name}: the API answered with errors: {doc['errors']}")
    return doc


def _page_number(name: str, url: str | None = None) -> int | None:
    if url:
        pages = parse_qs(urlsplit(url).query).get("page")
        if pages and pages[0].isdigit():
            return int(pages[0])
    if m := re.fullmatch(r"page-(\d+)\.json", name):
        return int(m[1])
    return None


def _per_page(doc: dict[str, Any]) -> int | None:
    """The page size a search page was asked with (its next/previous page URL says)."""
    for key in ("next_page_url", "previous_page_url"):
        url = doc.get(key)
        if isinstance(url, str):
            sizes = parse_qs(urlsplit(url).query).get("per_page")
            if sizes and sizes[0].isdigit() and int(sizes[0]) > 0:
                return int(sizes[0])
    return None


def _positions(name: str, doc: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """(search position, document) of a page's results; 0 = the newest document."""
    if "document_number" in doc and "results" not in doc:
        return [(0, doc)]
    results = doc.get("results")
    if not isinstance(results, list):
        return []
    page = _page_number(name) or 1
    per_page = _per_page(doc) or len(results)
    return [((page - 1) * per_page + i, r) for i, r in enumerate(results) if isinstance(r, dict)]


def _body_url(document: dict[str, Any]) -> str | None:
    url = document.get("body_html_url")
    return url.strip() if isinstance(url, str) and url.strip() else None


def follow(name: str, path: Path, ctx: ParseContext) -> list[tuple[str, str]]:
    """The next search page, as page-<n>.json (n = the page it asks for; at most
    `follow.pages` more), then the body of each document among the newest
    `follow.bodies`, as body-<number>.html."""
    try:
        doc = json.loads(Path(path).read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return []  # parse() reports the broken file (a body is HTML: nothing to follow)
    if not isinstance(doc, dict):
        return []
    max_pages, max_bodies = follow_window()
    out: list[tuple[str, str]] = []
    next_url = doc.get("next_page_url")
    if isinstance(next_url, str) and next_url.strip():
        number = _page_number(name, next_url) or (_page_number(name) or 1) + 1
        if number <= max_pages + 1:
            out.append((f"page-{number}.json", next_url.strip()))
    for position, document in _positions(name, doc):
        doc_number = _text(document.get("document_number"))
        url = _body_url(document)
        if position < max_bodies and doc_number and url:
            out.append((body_name(doc_number), url))
    return out


# --------------------------------------------------------------------------- bodies

# Sections of a body that state no measure: contacts, how to comment, index terms.
_SKIPPED_SECTIONS = re.compile(
    r"^(?:FOR FURTHER INFORMATION CONTACT|ADDRESSES|List of Subjects)\b", re.IGNORECASE
)
_HEADING = re.compile(r"^h([1-6])$")
_STARS = re.compile(r"[*\s]*")
_FR_DOC = re.compile(r"FR Doc\.?\s*(?:No:?\s*)?([0-9A-Za-z][0-9A-Za-z.-]*[0-9A-Za-z])")


@dataclass
class Body:
    text: str  # main text, one paragraph per block
    fr_doc: str | None  # the document number the end matter prints ("FR Doc. 2024-13695")


def _heading_level(tag: Tag) -> int | None:
    m = _HEADING.match(tag.name or "")
    return int(m[1]) if m else None


def read_body(data: bytes) -> Body | None:
    """The main text of a Federal Register body (None when `data` is no FR body)."""
    soup = soup_of(data)
    root = soup.body if isinstance(soup.body, Tag) else soup
    if root.select_one("[data-page], [id^='h-'], [id^='p-']") is None:
        return None
    fr_doc = None
    for end in root.select(".end-matter, .frdoc"):
        if m := _FR_DOC.search(end.get_text(" ")):
            fr_doc = m[1]
            break
    # Not main text: end matter, footnotes, the unprinted markers (their labels are in
    # attributes), "* * *", and a page's own navigation should a full page be served.
    for tag in root.select(
        ".end-matter, .footnotes, #footnotes, .unprinted-element-wrapper, p.stars, .stars,"
        " .back, script, style, nav, header, footer, aside"
    ):
        tag.decompose()
    # A skipped section: its heading up to the next heading of the same or a higher level.
    for heading in root.find_all(_HEADING):
        level = _heading_level(heading)
        if heading.parent is None or level is None:
            continue  # already removed with an enclosing section
        if not _SKIPPED_SECTIONS.match(clean_space(heading.get_text(" "))):
            continue
        for sibling in list(heading.find_next_siblings()):
            other = _heading_level(sibling)
            if other is not None and other <= level:
                break
            sibling.decompose()
        heading.decompose()
    # "SUMMARY:" + its first paragraph -> "SUMMARY: In this rule, ..." (the FR's layout).
    for heading in root.find_all(_HEADING):
        caption = clean_space(heading.get_text(" "))
        following = heading.find_next_sibling()
        if caption.endswith(":") and isinstance(following, Tag) and following.name == "p":
            following.insert(0, caption + " ")
            heading.decompose()
    # A table row is one line: "RUSSIA | AO Kaspersky Lab, ... | For all items ...". GPO
    # tables leave the first cell blank for "as above" (the Entity List's country) and
    # mark omitted rows with stars: the blank is filled in, star cells are dropped.
    for table in root.find_all("table"):
        above = ""
        for row in table.find_all("tr"):
            cells = [clean_space(c.get_text(" ")) for c in row.find_all(["td", "th"])]
            cells = ["" if _STARS.fullmatch(c) else c for c in cells]
            if cells and cells[0]:
                above = cells[0]
            elif cells and any(cells) and above:
                cells[0] = above
            line = soup.new_tag("p")
            line.string = " | ".join(c for c in cells if c) if any(cells[1:]) else ""
            row.replace_with(line)
    text = block_text(root)
    return Body(text, fr_doc) if text else None


def _contains(haystack: str, needle: str) -> bool:
    return clean_space(needle).casefold() in clean_space(haystack).casefold()


def _documents(name: str, doc: dict[str, Any], ctx: ParseContext) -> list[dict[str, Any]]:
    if "document_number" in doc and "results" not in doc:
        return [doc]
    if "results" not in doc:
        if doc.get("count") == 0 or ("count" in doc and "description" in doc):
            return []
        raise ctx.error(f"{name}: neither a search page (results) nor a document")
    for key in doc:
        if key not in _PAGE_KEYS and key != "results":
            ctx.warn(f"{name}: unknown search page field {key!r} ignored")
    results = doc["results"]
    if not isinstance(results, list) or not all(isinstance(r, dict) for r in results):
        raise ctx.error(f"{name}: results is not a list of documents")
    return results


def _text(value: Any) -> str:
    return clean_space(value) if isinstance(value, str) else ""


def _agencies(doc: dict[str, Any]) -> list[tuple[str, bool]]:
    """(agency name, is a sub-agency) in the API's order."""
    out = []
    for agency in doc.get("agencies") or []:
        if isinstance(agency, dict):
            name = _text(agency.get("name")) or _text(agency.get("raw_name"))
            if name:
                out.append((name, agency.get("parent_id") is not None))
    return out


def document_item(doc: dict[str, Any], ctx: ParseContext, where: str, warned: set[str]) -> FeedItem:
    """One FR document as an announcement with its exact milestones."""
    number = _text(doc.get("document_number"))
    if not number:
        raise ctx.error(f"{where}: document without document_number")
    title = _text(doc.get("title"))
    if not title:
        raise ctx.error(f"{where}: document {number} has no title")
    for key in doc:
        if key not in _USED and key not in _IGNORED and key not in warned:
            warned.add(key)
            ctx.warn(f"unknown document field {key!r} ignored")
    doc_type = _text(doc.get("type"))
    action = _text(doc.get("action"))
    abstract = _text(doc.get("abstract"))
    dates = _text(doc.get("dates"))
    citation = _text(doc.get("citation"))
    html_url = _text(doc.get("html_url")) or FR_DOC_URL.format(number=number)
    published = date_or_warn(
        doc.get("publication_date"), ctx, f"document {number} publication_date"
    )
    effective = date_or_warn(doc.get("effective_on"), ctx, f"document {number} effective_on")
    parts = [title]
    parts += [f"ACTION: {action}"] if action else []
    parts += [f"SUMMARY: {abstract}"] if abstract else []
    parts += [f"DATES: {dates}"] if dates else []
    agencies = _agencies(doc)
    properties = {
        "document_number": number,
        "type": doc_type,
        "citation": citation,
        "html_url": html_url,
        "body_html_url": _text(doc.get("body_html_url")),
        "pdf_url": _text(doc.get("pdf_url")),
        "agencies": "; ".join(a for a, _ in agencies),
        "action": action,
        "dates": dates,
        "publication_date": _text(doc.get("publication_date")),
        "effective_on": _text(doc.get("effective_on")),
        "signing_date": _text(doc.get("signing_date")),
        "comments_close_on": _text(doc.get("comments_close_on")),
        "subtype": _text(doc.get("subtype")),
        "correction_of": _text(doc.get("correction_of")),
    }
    for key in ("executive_order_number", "presidential_document_number", "proclamation_number"):
        if doc.get(key) not in (None, ""):
            properties[key] = str(doc[key])
    for key in ("docket_ids", "regulation_id_numbers"):
        values = [str(v) for v in doc.get(key) or [] if v]
        if values:
            properties[key] = "; ".join(values)
    kind = _kinds().get(doc_type) if doc_type else None
    if doc_type and kind is None:
        ctx.warn(f"document {number}: unknown document type {doc_type!r}")
        kind = re.sub(r"[^a-z0-9]+", "_", doc_type.lower()).strip("_")
    item = Announcement(
        source=SOURCE,
        item_id=number,
        url=html_url,
        title=title,
        published=published,
        text="\n\n".join(parts),
        kind=kind,
        properties={k: v for k, v in properties.items() if v},
    )
    milestones = []
    if published is not None:
        where_text = f" ({citation})" if citation else ""
        milestones.append(
            Milestone(
                role="published",
                date=published,
                text=f"Published in the Federal Register on {published.value}{where_text}",
            )
        )
    if effective is not None:
        milestones.append(
            Milestone(
                role="effective",
                date=effective,
                text=f"Effective on {effective.value} (Federal Register effective_on)",
            )
        )
    # Records fall back to the most specific agency: a sub-agency (BIS rather than
    # Commerce) when parent ids are given, else the last listed (FR lists parents first).
    authority = next((a for a, sub in agencies if sub), agencies[-1][0] if agencies else None)
    return FeedItem(item, milestones, authority)


def with_body(entry: FeedItem, document: dict[str, Any], body: Body) -> FeedItem:
    """The item with its text = title, ACTION, abstract and DATES (each unless the body
    says it) and the body's main text."""
    item, props = entry.item, entry.item.properties
    parts = [item.title]
    for label, key in (("ACTION", "action"), ("SUMMARY", "abstract"), ("DATES", "dates")):
        value = _text(document.get(key))
        if value and not _contains(body.text, value):
            parts.append(f"{label}: {value}")
    parts.append(body.text)
    properties = {**props, "text_from": "body"}
    text = "\n\n".join(parts)
    return replace(entry, item=item.model_copy(update={"text": text, "properties": properties}))


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord | Announcement]:
    items: list[FeedItem] = []
    documents: dict[str, dict[str, Any]] = {}
    positions: dict[str, int] = {}
    warned: set[str] = set()
    bodies = {n: files[n] for n in files if n.startswith("body-") and n.endswith(".html")}
    # documents.json first, then the followed pages in page order: the first occurrence
    # of a document (the newest page) wins when the feed moved between fetches.
    pages = [n for n in files if n not in bodies]
    order = sorted(pages, key=lambda n: (_page_number(n) or (0 if n == "documents.json" else 1), n))
    for name in order:
        doc = _load(name, files[name], ctx)
        found = _documents(name, doc, ctx)
        at = {id(d): pos for pos, d in _positions(name, doc)}
        for n, document in enumerate(found):
            entry = document_item(document, ctx, f"{name} result {n + 1}", warned)
            positions.setdefault(entry.item.item_id, at.get(id(document), 0))
            documents.setdefault(entry.item.item_id, document)
            items.append(entry)
    _, max_bodies = follow_window()
    missing: list[tuple[str, str]] = []
    used: set[str] = set()
    out: list[FeedItem] = []
    done: set[str] = set()
    for entry in items:
        number = entry.item.item_id
        name = body_name(number)
        if number in done:
            continue  # the same document on two pages: the first (newest page) is kept
        done.add(number)
        if name in bodies:
            used.add(name)
            body = read_body(Path(bodies[name]).read_bytes())
            if body is None:
                why = f"{name} is no Federal Register document body"
            elif body.fr_doc is not None and body.fr_doc != number:
                why = f"{name} is the body of FR Doc. {body.fr_doc}"
            else:
                out.append(with_body(entry, documents[number], body))
                continue
        elif not entry.item.properties.get("body_html_url"):
            # The FR has no full text for this document: the API text is all there is.
            props = {**entry.item.properties, "text_from": "api"}
            out.append(replace(entry, item=entry.item.model_copy(update={"properties": props})))
            continue
        elif positions.get(number, 0) >= max_bodies:
            props = {
                **entry.item.properties,
                "text_from": "api",
                "body": f"not followed (beyond the newest {max_bodies} documents)",
            }
            item = entry.item.model_copy(update={"properties": props})
            out.append(replace(entry, item=item, extract=False))
            continue
        else:
            why = f"no {name}"
        missing.append((number, why))
        props = {**entry.item.properties, "text_from": "api", "body": why}
        item = entry.item.model_copy(update={"properties": props})
        out.append(replace(entry, item=item, extract=False))
    for name in sorted(set(bodies) - used):
        ctx.warn(f"{name}: matches no document of the search pages; ignored")
    warn_without_full_text(ctx, missing)
    yield from emit(out, ctx)
