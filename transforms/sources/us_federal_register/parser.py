"""Federal Register API parser: search result pages and single documents (JSON).

Accepted by CONTENT (file names do not matter):

* a search page `{"count", "description", "total_pages", "next_page_url", "results": [...]}`
  (results may be restricted with `fields[]`: only document_number and title are
  required; a page with count 0 has no "results" at all);
* a single document `{"document_number": ..., ...}` as `/api/v1/documents/<n>.json`
  returns it (51 keys);
* an error answer `{"errors": ...}` or anything else -> ParseError.

Every document becomes one `Announcement`: item_id = the FR document number (stable
and unique), url = html_url (or https://www.federalregister.gov/d/<number>), text =
title, action, abstract and the DATES paragraph in the Federal Register's own layout.
Its records come from the announcement extraction; the publication date and
effective_on are exact API fields and become the records' `published` / `effective`
milestones, replacing extracted ones of the same role.

`follow` turns `next_page_url` (a search_after cursor since 2025) into the next file to
fetch, named after the page number it asks for: documents.json -> page-2.json -> ...
The same document on two pages (the feed moved between fetches) is kept once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from transforms.base import ParseContext, SnapshotFiles
from transforms.feeds.common import FeedItem, clean_space, date_or_warn, emit, sniff
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


def follow(name: str, path: Path, ctx: ParseContext) -> list[tuple[str, str]]:
    """The next search page, as page-<n>.json (n = the page it asks for)."""
    try:
        doc = json.loads(Path(path).read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return []  # parse() reports the broken file
    next_url = doc.get("next_page_url") if isinstance(doc, dict) else None
    if not isinstance(next_url, str) or not next_url.strip():
        return []
    number = _page_number(name, next_url) or (_page_number(name) or 1) + 1
    return [(f"page-{number}.json", next_url.strip())]


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


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord | Announcement]:
    items: list[FeedItem] = []
    warned: set[str] = set()
    # documents.json first, then the followed pages in page order: the first occurrence
    # of a document (the newest page) wins when the feed moved between fetches.
    order = sorted(files, key=lambda n: (_page_number(n) or (0 if n == "documents.json" else 1), n))
    for name in order:
        doc = _load(name, files[name], ctx)
        for n, document in enumerate(_documents(name, doc, ctx)):
            items.append(document_item(document, ctx, f"{name} result {n + 1}", warned))
    yield from emit(items, ctx)
