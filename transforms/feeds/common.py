"""What every announcement feed shares.

* ids and file names: `slug`, `url_item_id` (sha1 of the canonical URL),
  `follow_name` (a stable, filesystem-safe name for a followed file);
* format sniffing (`sniff`) and text decoding;
* dates as publishers write them (`parse_date`: ISO, RFC 822, "24 June 2024", ...);
* RSS 2.0 / RSS 1.0 (RDF) / Atom reading with lxml (`parse_feed`; entities off, no
  network), unknown elements reported once per name;
* HTML pages (`read_html_page`, `html_to_text`) with BeautifulSoup's lxml parser:
  title, publication date (meta, JSON-LD, <time>), canonical URL and main text;
* the bridge to the announcement extraction written in `transforms.announcements`:
  `records_for(item, ctx)` runs it on an item's text and `announcement_records(...)`
  maps every extracted record x target to a `BanRecord`;
* full text: feeds give only titles and summaries, so the feeds follow each item's page
  (or, for the Federal Register, its body) and extract from its main text
  (`full_text`). An item whose page is missing or is no page of the publisher (an error
  or challenge page) is kept as an announcement WITHOUT extraction, with a warning
  (`FeedItem.extract = False`, `properties["text_from"]`): feeds never delist, so the
  records an earlier run extracted from the full text stay, and a title and summary
  never overwrite them with less. `kept_entries` / `follow_item_pages` /
  `filtered_feed_items(..., page_name=...)` do this for filtered RSS feeds.

The extraction module is imported lazily: while it is missing, feeds still store their
announcements and warn (once per parse) that no ban records could be extracted.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import html
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from lxml import etree

from transforms.base import ParseContext, ParseError
from transforms.model import (
    Announcement,
    BanRecord,
    DateValue,
    Measure,
    Milestone,
    TargetType,
)

# --------------------------------------------------------------------------- ids, names


def slug(text: str) -> str:
    """Lower-case words joined by "-"; accents dropped, other scripts kept.

    "AO Kaspersky Lab" -> "ao-kaspersky-lab"; "Лаборатория Касперского" ->
    "лаборатория-касперского" (a Cyrillic-only name still gets a usable id).
    """
    decomposed = unicodedata.normalize("NFKD", text)
    no_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    lowered = no_marks.casefold().replace("'", "").replace("\u2019", "")
    return re.sub(r"[\W_]+", "-", lowered).strip("-")


def canonical_url(url: str) -> str:
    """The URL without fragment and tracking parameters, scheme and host lower-cased."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    query = [(k, v) for k, v in query if not k.lower().startswith("utm_")]
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path, urlencode(query), "")
    )


def url_item_id(url: str) -> str:
    """A stable item id for a feed item without a publisher id: sha1 of its canonical URL."""
    return hashlib.sha1(canonical_url(url).encode("utf-8")).hexdigest()


def follow_name(prefix: str, key: str, ext: str) -> str:
    """A unique, filesystem-safe, stable file name for a followed file.

    follow_name("article", "jy2420", "html") -> "article-jy2420.html". Keys longer than
    80 characters, and keys that are not already such a name (upper case, "/", ...), get
    8 hex digits of their sha1 appended (unique, and stable).
    """
    base = re.sub(r"[^a-z0-9]+", "-", slug(key).encode("ascii", "ignore").decode()).strip("-")
    if not base or len(base) > 80 or base != key:
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
        base = f"{base[:80].rstrip('-')}-{digest}" if base else digest
    return f"{prefix}-{base}.{ext}"


# --------------------------------------------------------------------------- sniffing

Sniffed = Literal["json", "xml", "html", "text", "empty"]


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else cp1252 (old Windows-made files)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff(data: bytes) -> Sniffed:
    """The format of a fetched file, told by its first bytes (never by its name)."""
    head = decode_text(data[:4096]).lstrip("\ufeff \t\r\n")
    if not head:
        return "empty"
    if head[0] in "{[":
        return "json"
    lowered = head.lower()
    if lowered.startswith(("<!doctype html", "<html")) or re.search(r"<html[\s>]", lowered):
        return "html"
    if lowered.startswith("<"):
        return "xml"
    return "text"


# --------------------------------------------------------------------------- dates


def parse_date(raw: str | None) -> DateValue | None:
    """A publication date as feeds and pages write it, keeping its precision and raw text.

    ISO dates and timestamps (the publisher's local date is kept, no time-zone shift),
    RFC 822 ("Mon, 24 Jun 2024 10:15:00 +0200", RSS pubDate), "24 June 2024",
    "June 21, 2024", "Monday, 24 June 2024".
    """
    if raw is None:
        return None
    text = " ".join(raw.split())
    if not text:
        return None
    if found := DateValue.parse(text):
        return DateValue(value=found.value, precision=found.precision, raw=raw.strip())
    if re.match(r"^[A-Za-z]{3},?\s+\d{1,2}\s+[A-Za-z]{3}", text):
        parsed = email.utils.parsedate_tz(text)
        if parsed is not None:
            year, month, day = parsed[0], parsed[1], parsed[2]
            return DateValue(value=f"{year:04d}-{month:02d}-{day:02d}", precision="day", raw=raw)
    no_weekday = re.sub(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", "", text, flags=re.I)
    if no_weekday != text and (found := DateValue.parse(no_weekday)):
        return DateValue(value=found.value, precision=found.precision, raw=raw.strip())
    return None


def date_or_warn(raw: str | None, ctx: ParseContext, what: str) -> DateValue | None:
    """parse_date, warning (with the value) when there is text that is not a date."""
    value = parse_date(raw)
    if value is None and raw and raw.strip():
        ctx.warn(f"{what}: unparseable date {raw.strip()!r}")
    return value


def as_date(value: DateValue | None) -> dt.date | None:
    """A day-precision DateValue as a date; None for month/year precision or None."""
    if value is None or value.precision != "day":
        return None
    return dt.date.fromisoformat(value.value)


# --------------------------------------------------------------------------- text helpers

_BLOCK_TAGS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
}
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "form", "button", "iframe")


def clean_space(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def _block_text(root: Tag) -> str:
    """Text of an element with one paragraph per block element, separated by blank lines."""
    for tag in root.find_all(_DROP_TAGS):
        tag.decompose()
    for string in list(root.find_all(string=True)):
        if type(string) is NavigableString and string.parent is not None:
            if string.parent.name == "pre":
                continue
            string.replace_with(re.sub(r"\s+", " ", str(string)))
    for br in root.find_all("br"):
        br.replace_with("\n")
    for tag in root.find_all(list(_BLOCK_TAGS)):
        tag.insert_before("\n\n")
        tag.append("\n\n")
    text = root.get_text("")
    paragraphs = [clean_space(p) for p in re.split(r"\n\s*\n", text)]
    lines: list[str] = []
    for p in paragraphs:
        if p:
            lines.append(p)
    return "\n\n".join(lines)


def block_text(root: Tag) -> str:
    """Text of an element, one paragraph per block element (blank-line separated).
    Changes `root` (scripts and styles are dropped, whitespace is collapsed)."""
    return _block_text(root)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed summary, an article body)."""
    soup = BeautifulSoup(f"<div>{fragment}</div>", "lxml")
    root = soup.find("div")
    return _block_text(root) if isinstance(root, Tag) else clean_space(fragment)


def maybe_html_to_text(text: str) -> str:
    """Feed fields often hold escaped HTML ("&lt;p&gt;..."): text them when they do."""
    if re.search(r"<(?:p|br|div|a|span|strong|em|ul|li|h\d)[\s/>]", text, re.I):
        return html_to_text(text)
    return clean_space(html.unescape(text))


def mentions_any(text: str, phrases: Iterable[str]) -> bool:
    """Whether `text` contains one of `phrases` (case-insensitive, at a word start)."""
    lowered = text.casefold()
    return any(re.search(r"\b" + re.escape(p.casefold()), lowered) for p in phrases if p)


# --------------------------------------------------------------------------- feeds (XML)

_RSS_ITEM_FIELDS = {
    "title",
    "link",
    "description",
    "pubDate",
    "guid",
    "category",
    "author",
    "creator",
    "date",
    "encoded",
    "comments",
    "enclosure",
    "source",
    "subject",
    "publisher",
    "language",
    "identifier",
    "rights",
    "modified",
    "issued",
    "thumbnail",
    "content",
}
_ATOM_ENTRY_FIELDS = {
    "id",
    "title",
    "updated",
    "published",
    "link",
    "summary",
    "content",
    "author",
    "category",
    "contributor",
    "rights",
    "source",
}
_CHANNEL_FIELDS = {
    "title",
    "link",
    "description",
    "language",
    "lastBuildDate",
    "pubDate",
    "image",
    "generator",
    "copyright",
    "managingEditor",
    "webMaster",
    "ttl",
    "docs",
    "category",
    "item",
    "items",
    "textInput",
    "cloud",
    "skipHours",
    "skipDays",
    "rating",
    "channel",
    "creator",
    "date",
    "rights",
    "publisher",
    "updatePeriod",
    "updateFrequency",
    "updateBase",
    # Atom feed level
    "id",
    "updated",
    "author",
    "subtitle",
    "icon",
    "logo",
    "contributor",
    "entry",
}


@dataclass
class FeedEntry:
    """One RSS item or Atom entry, as text."""

    entry_id: str | None  # guid / atom:id
    title: str
    link: str | None
    published: str | None  # raw text (pubDate, atom:published, dc:date)
    updated: str | None  # raw text (atom:updated)
    summary: str  # plain text of description/summary/content
    categories: list[str] = field(default_factory=list)


@dataclass
class Feed:
    kind: Literal["rss", "rdf", "atom"]
    title: str
    entries: list[FeedEntry]


def _local(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):  # comments, processing instructions
        return ""
    return etree.QName(tag).localname


def _el_text(el: etree._Element) -> str:
    """An element's text; HTML held in it (escaped or as XHTML children) turned to text."""
    if el.get("type") == "xhtml" or len(el):
        markup = "".join(etree.tostring(child, encoding="unicode") for child in el)
        return html_to_text((el.text or "") + markup)
    return maybe_html_to_text(el.text or "")


def _atom_link(entry: etree._Element) -> str | None:
    fallback = None
    for el in entry:
        if _local(el) != "link" or not el.get("href"):
            continue
        if el.get("rel", "alternate") == "alternate":
            return (el.get("href") or "").strip()
        fallback = fallback or (el.get("href") or "").strip()
    return fallback


def parse_feed(data: bytes, ctx: ParseContext, *, what: str = "feed") -> Feed:
    """Read an RSS 2.0, RSS 1.0 (RDF) or Atom document; ParseError when it is none."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ctx.error(f"{what} is not well-formed XML: {exc}") from exc
    kind = _local(root)
    warned: set[tuple[str, str]] = set()

    def unknown(scope: str, name: str) -> None:
        if name and (scope, name) not in warned:
            warned.add((scope, name))
            ctx.warn(f"{what}: unknown {scope} element <{name}> ignored")

    if kind == "rss" or kind == "RDF":
        channel = next((el for el in root if _local(el) == "channel"), None)
        if channel is None:
            raise ctx.error(f"{what}: RSS document without a <channel>")
        items = [el for el in (channel if kind == "rss" else root) if _local(el) == "item"]
        for el in channel:
            if _local(el) not in _CHANNEL_FIELDS:
                unknown("channel", _local(el))
        title = next((clean_space(el.text or "") for el in channel if _local(el) == "title"), "")
        return Feed(
            "rss" if kind == "rss" else "rdf",
            title,
            [_rss_entry(item, unknown) for item in items],
        )
    if kind == "feed":
        entries = []
        title = ""
        for el in root:
            name = _local(el)
            if name == "entry":
                entries.append(_atom_entry(el, unknown))
            elif name == "title":
                title = clean_space(el.text or "")
            elif name not in _CHANNEL_FIELDS:
                unknown("feed", name)
        return Feed("atom", title, entries)
    raise ctx.error(f"{what}: root element <{kind}> is not an RSS or Atom feed")


def _rss_entry(item: etree._Element, unknown: Any) -> FeedEntry:
    values: dict[str, str] = {}
    categories: list[str] = []
    summary = ""
    encoded = ""
    for el in item:
        name = _local(el)
        if name in ("category", "subject"):
            if text := clean_space(el.text or ""):
                categories.append(text)
        elif name == "description":
            summary = _el_text(el)
        elif name == "encoded":
            encoded = _el_text(el)
        elif name in _RSS_ITEM_FIELDS:
            values.setdefault(name, (el.text or "").strip())
        elif name:
            unknown("item", name)
    link = values.get("link") or None
    guid = values.get("guid") or None
    if link is None and guid and guid.startswith("http"):
        link = guid
    if link is None and (about := item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")):
        link = about
    return FeedEntry(
        entry_id=guid,
        title=clean_space(maybe_html_to_text(values.get("title", ""))),
        link=link,
        published=values.get("pubDate") or values.get("date") or values.get("issued"),
        updated=values.get("modified"),
        summary=summary or encoded,
        categories=categories,
    )


def _atom_entry(entry: etree._Element, unknown: Any) -> FeedEntry:
    values: dict[str, str] = {}
    categories: list[str] = []
    summary = ""
    content = ""
    for el in entry:
        name = _local(el)
        if name == "category":
            if text := clean_space(el.get("label") or el.get("term") or el.text or ""):
                categories.append(text)
        elif name == "summary":
            summary = _el_text(el)
        elif name == "content":
            content = _el_text(el)
        elif name == "title":
            values["title"] = clean_space(_el_text(el))
        elif name in _ATOM_ENTRY_FIELDS:
            values.setdefault(name, (el.text or "").strip())
        elif name:
            unknown("entry", name)
    return FeedEntry(
        entry_id=values.get("id") or None,
        title=values.get("title", ""),
        link=_atom_link(entry),
        published=values.get("published") or None,
        updated=values.get("updated") or None,
        summary=summary or content,
        categories=categories,
    )


# --------------------------------------------------------------------------- HTML pages


@dataclass
class HtmlPage:
    title: str
    published: str | None  # raw text of the best publication date found
    published_from: str | None  # where it was read (for properties)
    canonical: str | None
    text: str
    description: str | None = None
    og_type: str | None = None


def soup_of(data: bytes | str) -> BeautifulSoup:
    return BeautifulSoup(data, "lxml")


def _meta(soup: BeautifulSoup, *keys: str) -> str | None:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            tag = soup.find("meta", attrs={attr: key})
            if isinstance(tag, Tag) and (content := tag.get("content")):
                return str(content).strip() or None
    return None


def _json_ld_values(soup: BeautifulSoup, key: str) -> list[str]:
    """Values of `key` in every JSON-LD object of the page (incl. @graph members)."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get(key), str):
                found.append(node[key])
            for value in node.values():
                if isinstance(value, dict | list):
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            walk(json.loads(script.get_text() or "null"))
        except json.JSONDecodeError:
            continue
    return found


def read_html_page(data: bytes, *, body_selectors: Sequence[str] = ()) -> HtmlPage:
    """Title, publication date, canonical URL and main text of an article page."""
    soup = soup_of(data)
    title = (
        _meta(soup, "og:title", "twitter:title", "dcterms.title", "DC.title")
        or _first_text(soup, ("main h1", "article h1", "h1"))
        or (clean_space(soup.title.get_text()) if soup.title else "")
    )
    published, published_from = None, None
    candidates: list[tuple[str, str | None]] = [
        ("meta article:published_time", _meta(soup, "article:published_time")),
        ("json-ld datePublished", next(iter(_json_ld_values(soup, "datePublished")), None)),
        (
            "meta date",
            _meta(
                soup,
                "dcterms.date",
                "dcterms.issued",
                "DC.date.issued",
                "citation_publication_date",
                "date",
                "publish-date",
                "pubdate",
                "datePublished",
            ),
        ),
    ]
    time_tag = soup.select_one("article time[datetime], main time[datetime], time[datetime]")
    if isinstance(time_tag, Tag):
        candidates.append(("time datetime", str(time_tag.get("datetime") or "").strip()))
    for where, value in candidates:
        if value:
            published, published_from = value, where
            break
    canonical = None
    link = soup.find("link", attrs={"rel": "canonical"})
    if isinstance(link, Tag) and link.get("href"):
        canonical = str(link.get("href")).strip()
    canonical = canonical or _meta(soup, "og:url")
    description = _meta(soup, "og:description", "description")
    og_type = _meta(soup, "og:type")
    body: Tag | None = None
    for selector in (*body_selectors, "article", "main", "[role=main]", "body"):
        found = soup.select_one(selector)
        if isinstance(found, Tag):
            body = found
            break
    if body is not None:
        for tag in body.find_all(("nav", "header", "footer", "aside")):
            tag.decompose()
    text = _block_text(body) if body is not None else ""
    return HtmlPage(
        title=title or "",
        published=published,
        published_from=published_from,
        canonical=canonical,
        text=text,
        description=description,
        og_type=og_type,
    )


def _first_text(soup: BeautifulSoup, selectors: Sequence[str]) -> str | None:
    for selector in selectors:
        found = soup.select_one(selector)
        if isinstance(found, Tag) and (text := clean_space(found.get_text(" "))):
            return text
    return None


# --------------------------------------------------------------------------- extraction

_TARGET_TYPES = {
    "person": TargetType.PERSON,
    "individual": TargetType.PERSON,
    "organization": TargetType.ORGANIZATION,
    "organisation": TargetType.ORGANIZATION,
    "entity": TargetType.ORGANIZATION,
    "company": TargetType.ORGANIZATION,
    "group": TargetType.ORGANIZATION,
    "bank": TargetType.ORGANIZATION,
    "government": TargetType.ORGANIZATION,
    "vessel": TargetType.VESSEL,
    "ship": TargetType.VESSEL,
    "aircraft": TargetType.AIRCRAFT,
    "product": TargetType.PRODUCT,
    "software": TargetType.PRODUCT,
    "equipment": TargetType.PRODUCT,
    "service": TargetType.PRODUCT,
    "services": TargetType.PRODUCT,
    "other": TargetType.OTHER,
}
_MEASURE_SYNONYMS = {
    "sanctions": Measure.ASSET_FREEZE,
    "blocking": Measure.ASSET_FREEZE,
    "asset freeze": Measure.ASSET_FREEZE,
    "travel ban": Measure.TRAVEL_BAN,
    "arms embargo": Measure.ARMS_EMBARGO,
    "entity list": Measure.EXPORT_CONTROL,
    "export controls": Measure.EXPORT_CONTROL,
}
_ROLES = ("announced", "published", "effective", "deadline", "end")

EXTRACTION_UNAVAILABLE = (
    "announcement extraction (transforms.announcements.extract) is not available:"
    " announcements are stored without ban records"
)


def _warn_once(ctx: ParseContext | None, message: str) -> None:
    if ctx is not None and message not in ctx.warnings:
        ctx.warn(message)


def _target_type(raw: str, ctx: ParseContext | None) -> TargetType:
    key = clean_space(raw).casefold()
    if key in _TARGET_TYPES:
        return _TARGET_TYPES[key]
    _warn_once(ctx, f"extracted target type {raw!r} is not known; mapped to 'other'")
    return TargetType.OTHER


def _measure(raw: str, ctx: ParseContext | None) -> Measure:
    key = clean_space(raw).casefold()
    try:
        return Measure(key.replace(" ", "_").replace("-", "_"))
    except ValueError:
        pass
    if key in _MEASURE_SYNONYMS:
        return _MEASURE_SYNONYMS[key]
    _warn_once(ctx, f"extracted measure {raw!r} is not in the vocabulary; mapped to 'other'")
    return Measure.OTHER


def _milestone(raw: dict[str, Any], ctx: ParseContext | None, where: str) -> Milestone | None:
    role = str(raw.get("role") or "").strip()
    date_text = str(raw.get("date") or "").strip()
    if role not in _ROLES:
        _warn_once(ctx, f"{where}: milestone role {role!r} is not known; milestone ignored")
        return None
    value = DateValue.parse(date_text) if date_text else None
    if value is None or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date_text):
        _warn_once(ctx, f"{where}: milestone date {date_text!r} ({role}) is not ISO; ignored")
        return None
    return Milestone(role=role, date=value, text=clean_space(str(raw.get("text") or "")))  # type: ignore[arg-type]


def _merge(into: list[Any], more: Iterable[Any]) -> None:
    for value in more:
        if value not in into:
            into.append(value)


def _registry_defaults(source: str) -> tuple[str, str]:
    from transforms.registry import RegistryError, get_source

    try:
        config = get_source(source)
    except RegistryError:
        return "", ""
    return config.authority, config.jurisdiction


def announcement_records(
    item: Announcement,
    extracted: list[dict[str, Any]],
    *,
    structured_milestones: Sequence[Milestone] = (),
    ctx: ParseContext | None = None,
    default_authority: str | None = None,
    default_jurisdiction: str | None = None,
) -> list[BanRecord]:
    """One BanRecord per extracted record x target, tied to the announcement.

    record_id is f"{item.item_id}:{slug(target name)}", stable as long as the item id
    and the target's name are. The same target named twice in one item (two extracted
    records) becomes ONE record whose lists are merged. `structured_milestones` (dates
    the publisher states as data, e.g. the Federal Register's publication_date and
    effective_on) replace extracted milestones of the same role. Authority and
    jurisdiction fall back to the feed's own (source.yml) when the extraction has none.
    """
    if default_authority is None or default_jurisdiction is None:
        auth, juris = _registry_defaults(item.source)
        default_authority = default_authority if default_authority is not None else auth
        default_jurisdiction = default_jurisdiction if default_jurisdiction is not None else juris
    structured_roles = {m.role for m in structured_milestones}
    records: dict[str, BanRecord] = {}
    actions: dict[str, list[str]] = {}
    for n, rec in enumerate(extracted):
        where = f"item {item.item_id} extracted record {n + 1}"
        milestones: list[Milestone] = []
        for raw in rec.get("milestones") or []:
            found = _milestone(raw, ctx, where)
            if found is not None and found.role not in structured_roles:
                _merge(milestones, [found])
        _merge(milestones, structured_milestones)
        measures: list[Measure] = []
        _merge(measures, (_measure(str(m), ctx) for m in rec.get("measures") or []))
        legal = [clean_space(str(x)) for x in rec.get("legal_basis") or [] if str(x).strip()]
        programs = [clean_space(str(x)) for x in rec.get("programs") or [] if str(x).strip()]
        action = clean_space(str(rec.get("action") or ""))
        # A record without targets (an amended regulation, a general license) is no ban
        # of anyone: the announcement itself is kept, nothing else to record.
        for target in rec.get("targets") or []:
            name = clean_space(str(target.get("name") or ""))
            if not name:
                if ctx is not None:
                    ctx.warn(f"{where}: a target without a name was skipped")
                continue
            key = slug(name) or hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]
            record_id = f"{item.item_id}:{key}"
            country = clean_space(str(target.get("country") or "")) or None
            existing = records.get(record_id)
            if existing is None:
                existing = BanRecord(
                    source=item.source,
                    record_id=record_id,
                    name=name,
                    target_type=_target_type(str(target.get("type") or "other"), ctx),
                    authority=clean_space(str(rec.get("authority") or "")) or default_authority,
                    jurisdiction=clean_space(str(rec.get("jurisdiction") or ""))
                    or default_jurisdiction,
                    source_url=item.url,
                    properties={"announcement_id": item.item_id, "announcement_url": item.url},
                )
                records[record_id] = existing
                actions[record_id] = []
            _merge(existing.measures, measures)
            _merge(existing.legal_basis, legal)
            _merge(existing.programs, programs)
            _merge(existing.milestones, milestones)
            if country:
                _merge(existing.countries, [country])
            if action:
                _merge(actions[record_id], [action])
    out = []
    for record_id, record in records.items():
        if actions[record_id]:
            record.properties["action"] = "; ".join(actions[record_id])
        record.milestones.sort(key=lambda m: (m.date.value, _ROLES.index(m.role), m.text))
        out.append(record)
    return out


def extract_records(item: Announcement, ctx: ParseContext) -> list[dict[str, Any]]:
    """Run the announcement extraction on an item's text ([] and a warning if missing)."""
    try:
        from transforms.announcements.extract import extract
    except ImportError:
        _warn_once(ctx, EXTRACTION_UNAVAILABLE)
        return []
    published = as_date(item.published)
    if published is None:
        ctx.warn(
            f"item {item.item_id}: no day-precise publication date"
            f" ({item.published.raw if item.published else 'none'}); extraction skipped"
        )
        return []
    try:
        found = extract(item.text, published, item.url)
    except Exception as exc:  # a crash names the item rather than losing it silently
        raise ctx.error(f"extraction failed on item {item.item_id}: {exc!r}") from exc
    if not isinstance(found, list) or not all(isinstance(r, dict) for r in found):
        raise ctx.error(f"extraction returned {type(found).__name__} for item {item.item_id}")
    return found


def records_for(
    item: Announcement,
    ctx: ParseContext,
    *,
    structured_milestones: Sequence[Milestone] = (),
    default_authority: str | None = None,
) -> list[BanRecord]:
    """The ban records an announcement states (extraction + mapping)."""
    return announcement_records(
        item,
        extract_records(item, ctx),
        structured_milestones=structured_milestones,
        ctx=ctx,
        default_authority=default_authority,
    )


@dataclass
class FeedItem:
    """An announcement with what the publisher states as data about it."""

    item: Announcement
    milestones: Sequence[Milestone] = ()
    authority: str | None = None  # fallback authority of its records
    # False: the item's full text is missing; it is stored, nothing is extracted from it.
    extract: bool = True


def emit(items: Iterable[FeedItem], ctx: ParseContext) -> list[Announcement | BanRecord]:
    """Announcements (first of each item id, sorted by id) each followed by its records
    (none for an item whose full text is missing: `FeedItem.extract`)."""
    seen: dict[str, FeedItem] = {}
    for entry in items:
        seen.setdefault(entry.item.item_id, entry)
    out: list[Announcement | BanRecord] = []
    for item_id in sorted(seen):
        entry = seen[item_id]
        out.append(entry.item)
        if not entry.extract:
            continue
        out.extend(
            records_for(
                entry.item,
                ctx,
                structured_milestones=entry.milestones,
                default_authority=entry.authority,
            )
        )
    return out


def read_feed_files(
    files: Mapping[str, Path], ctx: ParseContext, *, pages: bool = False
) -> tuple[list[tuple[str, Feed]], list[tuple[str, bytes]]]:
    """Split a snapshot into feeds (RSS/Atom, parsed) and HTML pages (raw), by content.

    An HTML file where a feed is expected (an error page) is a ParseError unless the
    source follows article pages (`pages=True`); anything else is one too.
    """
    feeds: list[tuple[str, Feed]] = []
    pages_found: list[tuple[str, bytes]] = []
    for name in sorted(files):
        data = Path(files[name]).read_bytes()
        kind = sniff(data)
        if kind == "xml":
            feeds.append((name, parse_feed(data, ctx, what=name)))
        elif kind == "html" and pages:
            pages_found.append((name, data))
        else:
            raise ctx.error(f"{name}: expected an RSS/Atom feed, got {kind} content")
    if not feeds and not (pages and pages_found):
        raise ctx.error("no feed file in the snapshot")
    return feeds, pages_found


def kept_entries(feed: Feed, phrases: Sequence[str]) -> list[FeedEntry]:
    """The entries whose title, summary or categories mention one of `phrases`."""
    return [
        e
        for e in feed.entries
        if mentions_any(" ".join([e.title, e.summary, *e.categories]), phrases)
    ]


def follow_item_pages(
    name: str,
    path: Path,
    ctx: ParseContext,
    *,
    phrases: Sequence[str],
    item_id: Callable[[str], str],
    page_name: Callable[[str], str],
) -> list[tuple[str, str]]:
    """The press release page of every KEPT entry of a feed file, as
    (page_name(item id), link as the feed gives it); nothing for other files."""
    data = Path(path).read_bytes()
    if sniff(data) != "xml":
        return []
    try:
        feed = parse_feed(data, ParseContext(source=ctx.source), what=name)
    except ParseError:
        return []  # parse() reports it
    out: list[tuple[str, str]] = []
    for entry in kept_entries(feed, phrases):
        if entry.link and entry.link.strip():
            link = entry.link.strip()
            out.append((page_name(item_id(link)), link))
    return out


def full_text(title: str, main: str) -> str:
    """An item's text for extraction: its title, then the main text of its page or body
    (the title once when the main text already starts with it)."""
    main = main.strip()
    if not main:
        return title
    first = main.split("\n\n", 1)[0]
    if clean_space(first).casefold() == clean_space(title).casefold():
        return main
    return f"{title}\n\n{main}"


def warn_without_full_text(ctx: ParseContext, missing: Sequence[tuple[str, str]]) -> None:
    """One warning for the items kept without extraction: (item id, reason) pairs."""
    if not missing:
        return
    shown = "; ".join(f"{item_id} ({why})" for item_id, why in missing[:10])
    more = f" and {len(missing) - 10} more" if len(missing) > 10 else ""
    ctx.warn(
        f"{len(missing)} item(s) without their full text, stored as announcements"
        f" without extraction (records of earlier runs stay): {shown}{more}"
    )


def _item_pages(
    html: Sequence[tuple[str, bytes]],
    ctx: ParseContext,
    body_selectors: Sequence[str],
) -> dict[str, HtmlPage]:
    """The followed pages by file name; pages without main text are warned and left out."""
    pages: dict[str, HtmlPage] = {}
    for name, data in html:
        page = read_html_page(data, body_selectors=body_selectors)
        if not page.text:
            ctx.warn(f"{name}: not a press release page (no main text); ignored")
            continue
        pages[name] = page
    return pages


def filtered_feed_items(
    files: Mapping[str, Path],
    ctx: ParseContext,
    *,
    source: str,
    phrases: Sequence[str],
    item_id: Callable[[str], str],
    kind: str,
    page_name: Callable[[str], str] | None = None,
    body_selectors: Sequence[str] = (),
) -> list[FeedItem]:
    """Announcements of the RSS/Atom entries that mention one of `phrases`.

    For feeds that carry everything a publisher says (the Council's, the UN's): an entry
    is kept when its title, summary or categories mention a phrase. Entries without link
    or title in the KEPT set are errors; an entry without a date keeps published=None
    with a warning.

    Without `page_name`, text = title and summary. With it, the HTML files of the
    snapshot are the followed press release pages: the page of an item is the file
    `page_name(item id)` (else the page whose canonical URL gives the item id); text =
    title + the page's main text (`body_selectors` first, then article/main/body). An
    item without its page is kept without extraction (warned once, see the module doc).
    """
    feeds, html = read_feed_files(files, ctx, pages=page_name is not None)
    if not feeds:
        raise ctx.error(f"{html[0][0]}: expected an RSS/Atom feed, got html content")
    pages = _item_pages(html, ctx, body_selectors) if page_name is not None else {}
    by_canonical: dict[str, str] = {}
    for name, page in pages.items():
        if page.canonical:
            by_canonical.setdefault(item_id(page.canonical), name)
    used: set[str] = set()
    missing: list[tuple[str, str]] = []
    items: list[FeedItem] = []
    for name, feed in feeds:
        for entry in kept_entries(feed, phrases):
            if not entry.link:
                raise ctx.error(f"{name}: entry {entry.title!r} has no link")
            if not entry.title:
                raise ctx.error(f"{name}: entry {entry.link} has no title")
            iid = item_id(entry.link)
            properties = {"feed": name}
            if entry.entry_id:
                properties["guid"] = entry.entry_id
            if entry.categories:
                properties["categories"] = "; ".join(entry.categories)
            raw = entry.published or entry.updated
            if entry.published is None and entry.updated:
                properties["published_from"] = "updated"
            published = date_or_warn(raw, ctx, f"entry {entry.link} date")
            if raw is None:
                ctx.warn(f"entry {entry.link}: no publication date")
            text = "\n\n".join(p for p in (entry.title, entry.summary) if p)
            extract = True
            if page_name is not None:
                found = page_name(iid) if page_name(iid) in pages else by_canonical.get(iid)
                item_page = pages.get(found) if found else None
                if found is not None and item_page is not None:
                    used.add(found)
                    text = full_text(entry.title, item_page.text)
                    properties["text_from"] = "page"
                    properties["page"] = found
                    page_date = parse_date(item_page.published) if published is None else None
                    if page_date is not None:
                        published = page_date
                        properties["published_from"] = "page"
                else:
                    extract = False
                    properties["text_from"] = "feed"
                    if iid not in {m[0] for m in missing}:
                        missing.append((iid, f"no {page_name(iid)}"))
            item = Announcement(
                source=source,
                item_id=iid,
                url=entry.link.strip(),
                title=entry.title,
                published=published,
                text=text,
                kind=kind,
                properties=properties,
            )
            items.append(FeedItem(item, extract=extract))
    for name in sorted(set(pages) - used):
        ctx.warn(
            f"{name}: page {pages[name].canonical or pages[name].title!r} matches no kept"
            " feed item; ignored"
        )
    warn_without_full_text(ctx, missing)
    return items
