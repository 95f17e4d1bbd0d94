"""Announcement text: HTML to main text, blocks, and sentence splitting.

`html_to_text` keeps the page's main content (``<article>``, else ``<main>``, else
``<body>``) and drops scripts, styles, navigation, page headers/footers and asides.
Block elements become paragraphs separated by blank lines.

`split_sentences` splits plain text into `Sentence` objects. It first cuts the text
into blocks (one per line; hard-wrapped lines are re-joined), then splits blocks at
sentence punctuation unless the period ends an abbreviation ("U.S.", "Dec.", "No.",
"E.O.", "Inc.", "Co.", initials such as "R."). An abbreviation still ends a sentence
when the next word can only start one ("... in the U.S. Reuters quoted ...").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "template",
    "button",
)
_BLOCK_TAGS = (
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "table",
    "tr",
    "td",
    "th",
    "blockquote",
    "pre",
    "dt",
    "dd",
    "figcaption",
    "header",
    "time",
    "address",
)


def looks_like_html(data: str | bytes) -> bool:
    """True when the content (not the file name) is HTML."""
    head = data[:4000]
    if isinstance(head, bytes):
        head = head.decode("utf-8", "replace")
    return bool(re.search(r"<\s*(!doctype\s+html|html|head|body|article|main|div|p)\b", head, re.I))


def html_to_text(html: str | bytes) -> str:
    """The main text of an HTML page, one paragraph per block element."""
    soup = BeautifulSoup(html, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    root: Tag | None = soup.find("article") or soup.find("main") or soup.body
    if root is None:
        root = soup
    # A page <header> (site banner) goes; a <header> inside the article keeps the headline.
    for tag in soup.find_all("header"):
        if not tag.find_parent(["article", "main"]) and tag is not root:
            tag.decompose()
    # Line breaks inside an element are layout, not structure: only <br> and block
    # elements end a line.
    for node in root.find_all(string=True):
        if "\n" in node or "\r" in node:
            node.replace_with(re.sub(r"\s*[\r\n]+\s*", " ", str(node)))
    for br in root.find_all("br"):
        br.replace_with("\n")
    for tag in root.find_all(_BLOCK_TAGS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    text = root.get_text()
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if title and not root.find(["h1"]) and title not in out[:300]:
        out = title + "\n\n" + out
    return out


def normalize_text(text: str) -> str:
    """Unify quotes, dashes and spaces; keep line structure."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u2018\u2019\u02bc\u2032]", "'", text)
    text = re.sub(r"[\u201c\u201d\u201e\u2033]", '"', text)
    text = re.sub(r"[\u2010\u2011]", "-", text)
    text = re.sub(r"\s*[\u2013\u2014\u2015]\s*", " - ", text)
    text = re.sub(r"[\u00a0\u2007\u202f\t]", " ", text)
    text = re.sub(r"[ ]{2,}", " ", text)
    return text


@dataclass(frozen=True)
class Sentence:
    text: str
    block: int  # index of the block (line/paragraph) the sentence comes from
    index: int  # position in the document
    is_title: bool = False  # a headline-style block (title case, no final period)


# Periods after these words do not end a sentence (compared case-insensitively, without
# the final period).
ABBREVIATIONS = {
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "e.o",
    "u.s.c",
    "c.f.r",
    "a.m",
    "p.m",
    "i.e",
    "e.g",
    "etc",
    "no",
    "nos",
    "vol",
    "art",
    "arts",
    "para",
    "paras",
    "sec",
    "secs",
    "reg",
    "regs",
    "fig",
    "inc",
    "ltd",
    "co",
    "corp",
    "llc",
    "plc",
    "s.a",
    "n.v",
    "b.v",
    "l.l.c",
    "s.p.a",
    "a.g",
    "pte",
    "pty",
    "bhd",
    "sdn",
    "ltda",
    "cia",
    "s.r.l",
    "s.a.s",
    "p.l.c",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "gen",
    "lt",
    "col",
    "maj",
    "brig",
    "capt",
    "adm",
    "sgt",
    "sen",
    "rep",
    "gov",
    "hon",
    "jr",
    "sr",
    "rev",
    "dept",
    "est",
    "approx",
    "vs",
    "v",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "ft",
    "mt",
    "ave",
    "blvd",
    "rd",
    "d.c",
    "op",
    "cf",
    "al",
}
# Words that follow "U.S." etc. as part of the same noun phrase ("U.S. Department").
_ABBR_FOLLOWERS = {
    "department",
    "commerce",
    "treasury",
    "government",
    "secretary",
    "president",
    "attorney",
    "congress",
    "senate",
    "house",
    "army",
    "navy",
    "air",
    "embassy",
    "ambassador",
    "district",
    "court",
    "customs",
    "census",
    "trade",
    "bureau",
    "federal",
    "national",
    "state",
    "agency",
    "office",
    "chamber",
    "postal",
    "coast",
    "marshals",
    "special",
    "person",
    "persons",
    "dollar",
    "dollars",
    "code",
    "patent",
    "food",
    "forces",
    "military",
    "intelligence",
    "official",
    "officials",
    "representative",
    "mission",
    "sanctions",
    "entity",
    "export",
    "exports",
    "import",
    "imports",
    "financial",
    "citizens",
    "citizen",
    "origin",
    "technology",
    "technologies",
    "subsidiary",
    "companies",
    "company",
    "firms",
    "law",
    "laws",
    "market",
    "markets",
    "economy",
    "homeland",
    "justice",
    "energy",
    "defense",
    "business",
    "businesses",
    "consumers",
    "customers",
    "users",
    "authorities",
    "administration",
    "central",
    "securities",
    "senator",
    "representatives",
    "supreme",
    "international",
    "information",
    "cyber",
    "cybersecurity",
    "nationals",
    "jurisdiction",
    "banks",
    "bank",
    "ban",
    "bans",
    "policy",
    "interests",
    "soil",
    "territory",
    "allies",
    "partners",
    "east",
    "west",
    "ltd",
    "inc",
    "llc",
    "plc",
    "corp",
    "limited",
    "group",
    "s.a",
    "sa",
    "ag",
    "gmbh",
    "investment",
    "investments",
    "magistrate",
    "judge",
    "judges",
    "ports",
    "port",
}
# Words that (capitalised) almost only start a sentence.
_STARTERS = {
    "the",
    "this",
    "these",
    "that",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "in",
    "on",
    "as",
    "after",
    "before",
    "under",
    "today",
    "however",
    "a",
    "an",
    "asked",
    "according",
    "following",
    "since",
    "when",
    "while",
    "if",
    "for",
    "our",
    "each",
    "any",
    "all",
    "there",
    "his",
    "her",
    "their",
    "some",
    "many",
    "also",
    "meanwhile",
    "earlier",
    "later",
    "separately",
    "additionally",
    "furthermore",
    "moreover",
    "but",
    "and",
    "by",
    "with",
    "at",
    "from",
    "to",
    "what",
    "who",
    "why",
    "how",
    "both",
    "such",
    "no",
    "speaking",
    "reuters",
    "among",
}

_BOUNDARY = re.compile(r"([.!?])([\"')\]]*)\s+(?=[\"'(\[]?[A-Z0-9À-Ý])")


def _is_title_block(block: str) -> bool:
    if len(block) > 220:
        return False
    end = re.search(r"(\S+)[.!?:]\s*$", block)
    if end and not (
        block.endswith(".")
        and end.group(1).lower().rstrip(".") in ABBREVIATIONS | {"s.a", "n.v", "b.v"}
    ):
        return False
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ][\w'&+-]*", block) if len(w) >= 4]
    if len(words) < 2:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    # Title case leaves only short function words in lower case; a lower-case content
    # word ("designated", "licensing") makes it a sentence.
    content_lower = [
        w for w in words if w[0].islower() and len(w) >= 5 and w.lower() not in _TITLE_LOWER
    ]
    return caps / len(words) >= 0.7 and not content_lower


_TITLE_LOWER = {
    "about",
    "above",
    "across",
    "after",
    "against",
    "along",
    "among",
    "around",
    "before",
    "behind",
    "below",
    "beneath",
    "beside",
    "between",
    "beyond",
    "during",
    "except",
    "inside",
    "into",
    "outside",
    "since",
    "through",
    "toward",
    "towards",
    "under",
    "until",
    "upon",
    "within",
    "without",
    "their",
    "there",
    "these",
    "those",
    "which",
    "while",
    "where",
}


def split_blocks(text: str) -> list[str]:
    """Lines as blocks; hard-wrapped lines (long, no final punctuation, next starts in
    lower case) are joined back into one block."""
    out: list[str] = []
    pending = ""
    for raw in normalize_text(text).split("\n"):
        line = raw.strip()
        if not line:
            if pending:
                out.append(pending)
                pending = ""
            continue
        if (
            pending
            and len(pending) >= 50
            and not re.search(r"[.!?:;]\"?$", pending)
            and (line[0].islower() or line[0] in "(,")
        ):
            pending = f"{pending} {line}"
            continue
        if pending:
            out.append(pending)
        pending = line
    if pending:
        out.append(pending)
    return out


_COUNTRY_ABBR = {"u.s", "u.k", "u.n", "e.u", "d.c"}


def _abbreviation_ends_sentence(word: str, nxt: str, rest: str) -> bool:
    """Does a period after the abbreviation `word` end the sentence, given the next word?"""
    low = nxt.lower()
    if rest.startswith("(") or not nxt:
        return False
    if low in _STARTERS and word not in {"no", "nos", "vol", "art"}:
        return True
    if word in _COUNTRY_ABBR:
        # "... in the U.S. Reuters quoted" ends; "the U.S. Department", "U.S. Magistrate
        # Judge" and "U.S. Investments in" do not
        if not nxt[:1].isupper() or low in _ABBR_FOLLOWERS:
            return False
        after = re.match(r"[\"'(\[]?[\w'-]+[,;:]?\s+([\w'-]+)", rest)
        nxt2 = after.group(1) if after else ""
        return (
            bool(nxt2)
            and nxt2[:1].islower()
            and nxt2 not in {"of", "and", "for", "in", "on", "to", "at", "de", "or", "&"}
        )
    if word in ("a.m", "p.m"):
        return nxt[:1].isupper() and not re.fullmatch(r"[ECMP][SD]?T|ET|GMT|UTC|CET|CEST|BST", nxt)
    if word in ("etc",):
        return nxt[:1].isupper()
    return False


def _split_block(block: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(block):
        end = m.end(2)
        before = block[start : m.start(1)]
        word_m = re.search(r"([A-Za-z][A-Za-z.]*)$", before)
        word = word_m.group(1).lower() if word_m else ""
        nxt_m = re.match(r"[\"'(\[]?([A-Za-z0-9À-ÿ][\w'-]*)", block[m.end() :])
        nxt = nxt_m.group(1) if nxt_m else ""
        if m.group(1) == "." and m.group(2) in ("", ")", "]"):
            if len(word) == 1 and word.isalpha() and before[-1:].isupper():
                continue  # an initial: "Antony J. Blinken"
            is_abbr = word in ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)
            if is_abbr and not _abbreviation_ends_sentence(word, nxt, block[m.end() :]):
                continue
        piece = block[start:end].strip()
        if piece:
            pieces.append(piece)
        start = m.end()
    tail = block[start:].strip()
    if tail:
        pieces.append(tail)
    return pieces


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a plain text, in order, with their block index."""
    sentences: list[Sentence] = []
    blocks = split_blocks(text)
    for b, block in enumerate(blocks):
        title = len(blocks) > 1 and _is_title_block(block)
        for piece in [block] if title else _split_block(block):
            sentences.append(Sentence(piece, b, len(sentences), title))
    return sentences
