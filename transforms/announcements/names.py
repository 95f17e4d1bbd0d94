"""Names in a target span: tokenising, chunking into capitalised name sequences, and
cleaning a chunk into a target name (or nothing).

Chunks are capitalised name sequences with particles (al-, bin, de) and company suffixes;
a parenthetical short form becomes an alias, a parenthetical country the chunk's country;
appositives (", a UAE-based company", ", the Chief Operating Officer,") are collected for
the chunk they describe. `clean_chunk` strips leading nationality words and titles
("Russia's", "Major General") and rejects what is not a target name (a nationality word,
a generic term, an authority, a date).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from transforms.announcements.gazetteer import country_of, country_regex, find_authorities

# --- targets -------------------------------------------------------------------------

LEGAL_SUFFIX = {
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "llc",
    "l.l.c.",
    "plc",
    "p.l.c.",
    "corp",
    "corp.",
    "co",
    "co.",
    "s.a.",
    "sa",
    "s.a",
    "n.v.",
    "b.v.",
    "gmbh",
    "ag",
    "jsc",
    "pjsc",
    "ojsc",
    "oao",
    "ooo",
    "zao",
    "ao",
    "ou",
    "oü",
    "limited",
    "lp",
    "llp",
    "s.p.a.",
    "srl",
    "s.r.l.",
    "a.s.",
    "pte",
    "pte.",
    "pty",
    "pty.",
    "bhd",
    "sdn",
    "fze",
    "fzco",
    "dmcc",
    "sia",
    "s.r.o.",
    "sro",
}
ORG_WORDS = {
    "police",
    "guards",
    "militia",
    "brigades",
    "patrol",
    "directorate",
    "depository",
    "depositary",
    "registrar",
    "clearing",
    "national",
    "federal",
    "central",
    "union",
    "society",
    "press",
    "news",
    "television",
    "broadcasting",
    "radio",
    "publishing",
    "hosting",
    "provider",
    "consortium",
    "alliance",
    "air",
    "airways",
    "aero",
    "marine",
    "maritime",
    "navigation",
    "lines",
    "tankers",
    "petrochemical",
    "chemical",
    "chemicals",
    "steel",
    "metals",
    "motors",
    "automotive",
    "pharmaceutical",
    "pharmaceuticals",
    "semiconductor",
    "semiconductors",
    "microelectronics",
    "robotics",
    "security",
    "software",
    "digital",
    "consultancy",
    "consulting",
    "initiative",
    "research",
    "inc",
    "ltd",
    "llc",
    "plc",
    "corp",
    "corporation",
    "company",
    "co",
    "group",
    "bank",
    "lab",
    "labs",
    "limited",
    "jsc",
    "pjsc",
    "ojsc",
    "oao",
    "ooo",
    "zao",
    "ao",
    "ou",
    "sa",
    "gmbh",
    "ag",
    "industries",
    "industry",
    "market",
    "exchange",
    "holdings",
    "holding",
    "technologies",
    "technology",
    "fund",
    "ministry",
    "agency",
    "authority",
    "committee",
    "organization",
    "organisation",
    "front",
    "party",
    "movement",
    "brigade",
    "army",
    "corps",
    "guard",
    "university",
    "institute",
    "academy",
    "airlines",
    "airline",
    "shipping",
    "trading",
    "energy",
    "oil",
    "gas",
    "petroleum",
    "mining",
    "systems",
    "electronics",
    "communications",
    "telecom",
    "mobile",
    "media",
    "services",
    "solutions",
    "international",
    "enterprise",
    "enterprises",
    "foundation",
    "association",
    "cartel",
    "network",
    "aviation",
    "logistics",
    "shipyard",
    "factory",
    "plant",
    "center",
    "centre",
    "bureau",
    "office",
    "council",
    "commission",
    "service",
    "forces",
    "force",
    "cash",
    "capital",
    "finance",
    "financial",
    "investments",
    "partners",
    "venture",
    "ventures",
}
# Words of a role, not a name: ", the Chief Operating Officer," is an appositive.
_ROLE_WORDS = {
    "officer",
    "chief",
    "president",
    "director",
    "minister",
    "secretary",
    "chairman",
    "chairwoman",
    "head",
    "leader",
    "commander",
    "governor",
    "founder",
    "manager",
    "executive",
    "deputy",
    "general",
    "ambassador",
    "spokesperson",
    "owner",
    "ceo",
    "cfo",
    "coo",
    "chair",
}
# ", its Chief Executive Officer Kirill Dmitriev,": a role of the previous name's body
# followed by the person's name is a further name, not an appositive
_OWN_ROLE_NAMED = (
    r"(?:its|their)\s+(?:Chief|Deputy|Executive|Operating|Financial|Officer|Director|"
    r"President|Chairman|Head|General)(?:\s+(?:Chief|Deputy|Executive|Operating|Financial|"
    r"Officer|Director|President|Chairman|Head|General))*\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+"
)
_JOINABLE = {
    "Africa",
    "Asia",
    "Europe",
    "America",
    "Americas",
    "Pacific",
    "Eurasia",
    "Caribbean",
    "Science",
    "Sciences",
    "Technology",
    "Technologies",
    "Trade",
    "Trading",
    "Industry",
    "Industrial",
    "Engineering",
    "Research",
    "Development",
    "Investment",
    "Construction",
    "Equipment",
    "Import",
    "Export",
    "Commerce",
    "Economic",
    "Oil",
    "Gas",
    "Mining",
    "Energy",
    "Services",
    "Shipping",
    "Logistics",
    "Finance",
    "Insurance",
    "Communications",
    "Electronics",
    "Manufacturing",
    "Education",
    "Culture",
    "Production",
}
# a research or teaching body named for its fields: "Institute for Organic Chemistry and
# Technology" - "and" joins the fields, it does not start a second name
_FIELD_BODIES = {"Institute", "Center", "Centre", "Academy", "University", "College", "School"}
_LEGAL_FORMS_PREFIX = {"ao", "ooo", "jsc", "pjsc", "ojsc", "oao", "zao", "llc"}
ORG_DESCRIPTORS = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|entit(?:y|ies)|banks?|mixer|exchange|market|group|militia|"
    r"organi[sz]ations?|movement|subsidiar(?:y|ies)|affiliates?|manufacturers?|producers?|"
    r"chipmaker|carriers?|operators?|makers?|giant|provider|developer|network|cartel|"
    r"platform|institution|enterprise|conglomerate|state-owned|airlines?|shipowner|owner|"
    r"bureau|agenc(?:y|ies)|government|ministry|fund)\b",
    re.I,
)
PERSON_DESCRIPTORS = re.compile(
    r"\b(?:individuals?|persons?|citizens?|nationals|officials?|leaders?|oligarchs?|"
    r"businessm[ae]n|businesswom[ae]n|president|minister|general|officer|commander|chief|"
    r"members?|brother|son|daughter|wife|husband|brother-in-law|deputy|head|director|"
    r"parliamentarians?|financier|facilitator|operative|associates?|people|executives?)\b",
    re.I,
)
PRODUCT_AFTER = re.compile(
    r"^\s*(?:mobile\s+)?(?:app|apps|application|applications|software|"
    r"platform|browser|game)\b",
    re.I,
)
_TITLES = {
    "senior",
    "president",
    "prime",
    "minister",
    "foreign",
    "defence",
    "defense",
    "secretary",
    "general",
    "major",
    "brigadier",
    "lieutenant",
    "colonel",
    "admiral",
    "commander",
    "chairman",
    "chairwoman",
    "chief",
    "director",
    "governor",
    "senator",
    "mr",
    "mrs",
    "ms",
    "dr",
    "deputy",
    "vice",
    "mayor",
    "judge",
    "ambassador",
    "gen",
    "lt",
    "col",
    "maj",
    "brig",
    "sheikh",
    "emir",
    "king",
    "prince",
    "captain",
    "capt",
    "sergeant",
    "gen.",
    "lt.",
    "col.",
    "maj.",
    "brig.",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "ceo",
    "chairperson",
    "leader",
}
_PARTICLES = {
    "al",
    "el",
    "bin",
    "ibn",
    "bint",
    "abu",
    "de",
    "da",
    "del",
    "della",
    "di",
    "du",
    "la",
    "le",
    "van",
    "von",
    "der",
    "den",
    "dos",
    "das",
    "y",
    "ul",
    "ud",
}
_GENERIC = {
    "model year",
    "fiscal year",
    "entity list",
    "covered list",
    "sdn list",
    "specially designated nationals",
    "specially designated nationals and blocked persons list",
    "specially designated global terrorist",
    "specially designated global terrorists",
    "foreign terrorist organization",
    "federal register",
    "official journal",
    "executive order",
    "general license",
    "general licence",
    "final determination",
    "annex",
    "congress",
    "kremlin",
    "eu",
    "european union",
    "un",
    "united nations",
    "report and order",
    "today",
    "lng",
    "swift",
    "spfs",
    "uav",
    "uavs",
    "edt",
    "est",
    "gl",
    "icts",
    "ear",
    "cfr",
    "sanctions list",
    "consolidated list",
    "treasury",
    "state",
    "government",
    "department",
    "council",
    "commission",
    "committee",
    "the department",
    "the council",
    "security council",
    "white house",
    "entity",
    "entities",
    "sanctions",
    "on",
    "in",
    "the",
    "a",
    "an",
    "and",
    "as",
    "also",
    "its",
    "chapter vii",
    "charter",
    "america first",
    "sanctions implications",
    "summary",
    "action",
    "agency",
    "dates",
    "supplementary information",
    "press release",
    "press statement",
    "export administration regulations",
    "unmanned aerial vehicles",
    "west",
    "east",
    "they",
    "them",
    "it",
    "he",
    "she",
    "we",
    "these",
    "those",
    "this",
    "middle east",
    "near east",
    "far east",
    "red sea",
    "black sea",
    "baltic sea",
    "south china sea",
    "mediterranean",
    "persian gulf",
    "gulf",
    "horn of africa",
    "sahel",
    "balkans",
    "western balkans",
    "caucasus",
    "central asia",
    "latin america",
    "indo-pacific",
    "indo pacific",
    "europe",
    "asia",
    "africa",
    "arctic",
    "g7",
    "g20",
    "nato",
}
_GENERIC_TOKENS = {
    "list",
    "act",
    "regulations",
    "regulation",
    "order",
    "resolution",
    "license",
    "licence",
    "determination",
    "directive",
    "program",
    "programme",
    "sanctions",
}


def norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = s.replace("&", " and ").replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s+]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def name_tokens(name: str) -> set[str]:
    return {t for t in norm(name).split() if t not in LEGAL_SUFFIX and t not in {"the", "of"}}


_TOKEN_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][A-Za-zÀ-ÖØ-öø-ÿ0-9'+&.\-]*|[(),;:\"]|\s-\s")


@dataclass
class _Tok:
    text: str
    start: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper() or (
            self.text[:1].isdigit() and bool(re.search(r"[A-Za-z]", self.text))
        )


def _tokenize(span: str) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN_RE.finditer(span):
        text = m.group(0)
        if text.strip() == "-":
            out.append(_Tok("-", m.start()))
            continue
        if text.endswith(".") and len(text) > 1:
            core = text[:-1]
            keep = (
                text.lower() in LEGAL_SUFFIX
                or re.fullmatch(r"(?:[A-Za-z]\.)+", text)
                or core.lower()
                in {
                    "co",
                    "inc",
                    "ltd",
                    "corp",
                    "jr",
                    "sr",
                    "st",
                    "no",
                    "gen",
                    "lt",
                    "col",
                    "maj",
                    "brig",
                    "mr",
                    "mrs",
                    "ms",
                    "dr",
                    "s.a",
                }
            )
            if not keep:
                out.append(_Tok(core, m.start()))
                continue
        out.append(_Tok(text, m.start()))
    return out


@dataclass
class Chunk:
    tokens: list[str]
    start: int
    end_tok: int  # index of the token after the chunk
    country: str | None = None
    alias: str | None = None
    possessive: bool = False
    appositive: str = ""
    descriptor: str = ""  # lower-case words just before the chunk
    group: int = 0
    title_stripped: bool = False

    @property
    def text(self) -> str:
        out = ""
        for t in self.tokens:
            if t in (",",) or not out:
                out += t
            elif out.endswith(","):
                out += " " + t
            else:
                out += " " + t
        return out.replace(" ,", ",")


def country_in(text: str) -> str | None:
    """The first country a descriptive phrase states ("registered in Estonia",
    "Russia-based", "the U.S. subsidiary of"); not "-backed"/"-linked"/"-made"."""
    for m in country_regex().finditer(text):
        after = text[m.end() : m.end() + 12]
        if re.match(
            r"-(?:backed|linked|made|aligned|sponsored|supported|allied|friendly|"
            r"related|origin)",
            after,
        ):
            continue
        if re.match(r"\s+(?:Sea|Ocean|Gulf)\b", after):
            continue
        c = country_of(m.group(1))
        if c:
            return c.code
    return None


def _leading_country(tokens: list[str]) -> tuple[str | None, list[str]]:
    """Strip leading nationality words from a chunk: "Russia's", "Russian", "Russia-based"."""
    country: str | None = None
    whole = country_of(" ".join(tokens)) if len(tokens) > 1 else None
    if whole is not None and " ".join(tokens) in whole.names:
        return whole.code, []  # "Russian Federation", "People's Republic of China"
    if (
        len(tokens) > 1
        and tokens[0] not in ("The", "the")
        and (c0 := country_of(tokens[0])) is not None
        and tokens[0] in c0.adjectives
        and tokens[-1].lower() in ORG_WORDS | {"railways", "railway", "airlines"}
        and not any(t.lower().rstrip(".") in _TITLES for t in tokens[1:])
    ):
        # "Russian Railways", "Russian Direct Investment Fund": the adjective is part of
        # the name and states no country (gold README: never guessed from a name)
        return None, tokens
    while tokens:
        # a country of several words: "South Africa-based", "Hong Kong's", "North Korean"
        for k in (3, 2):
            if len(tokens) > k:
                words = " ".join(tokens[:k])
                cw = country_of(words)
                if cw is not None and (
                    re.search(r"(?:-(?:based|registered|flagged|headquartered)|'s)$", words)
                    or words in cw.adjectives
                ):
                    country = country or cw.code
                    tokens = tokens[k:]
                    break
        else:
            k = 0
        if k:
            continue
        head = tokens[0]
        c = country_of(head)
        if c is None or len(tokens) == 1:
            if c is not None and len(tokens) == 1 and (head.endswith("'s") or "-" in head):
                return c.code, []
            break
        if (
            head in c.names
            and not head.endswith("'s")
            and not re.search(r"-(?:based|registered)$", head)
        ):
            break  # "China Mobile International USA Inc." - a country noun starting a name
        country = country or c.code
        tokens = tokens[1:]
    return country, tokens


def _strip_titles(tokens: list[str]) -> tuple[list[str], bool]:
    stripped = False
    # "Chief Executive Officer Kirill Dmitriev": a role that ends in "Officer"
    k = next((i for i, t in enumerate(tokens[:5]) if t == "Officer"), -1)
    if (
        k > 0
        and len(tokens) - k > 2
        and all(
            t.lower() in _ROLE_WORDS
            or t in ("Operating", "Financial", "Technology", "Information", "Security")
            for t in tokens[:k]
        )
    ):
        tokens, stripped = tokens[k + 1 :], True
    while len(tokens) > 1 and tokens[0].lower().rstrip(".") in {t.rstrip(".") for t in _TITLES}:
        tokens = tokens[1:]
        stripped = True
    return tokens, stripped


def _is_name_token(t: _Tok) -> bool:
    return t.cap and t.text not in ("-",) and not re.fullmatch(r"\d+", t.text)


def _country_at(toks: list[_Tok], i: int) -> tuple[int, str] | None:
    """A country name of one to three tokens starting at `i`: (index after it, code)."""
    for k in (3, 2, 1):
        if i + k <= len(toks):
            c = country_of(" ".join(x.text for x in toks[i : i + k]))
            if c is not None and all(x.cap for x in toks[i : i + k]):
                return i + k, c.code
    return None


def _address_after(toks: list[_Tok], comma: int) -> tuple[int, str] | None:
    """ ", <City>, <Country>" after a name (an address): (index after the country, code),
    when what follows is not another name."""
    j = comma + 1
    while j < len(toks) and j - comma <= 3 and _is_name_token(toks[j]):
        if country_of(toks[j].text) is not None:
            return None
        j += 1
    if j == comma + 1 or j >= len(toks) or toks[j].text != ",":
        return None
    found = _country_at(toks, j + 1)
    if found is None:
        return None
    end, code = found
    if end < len(toks):
        after = toks[end]
        if after.text not in (",", ";", ")") and after.cap:
            return None
        nxt = toks[end + 1] if end + 1 < len(toks) else None
        if after.text == "," and nxt is not None and nxt.cap and nxt.low not in ("and", "or"):
            return None
    return end, code


def _located_in(toks: list[_Tok], comma: int) -> tuple[int, str] | None:
    """ ", in (the) <Country>" after a name: "Delta Trading FZE, in the United Arab
    Emirates, and ..." (index after the country, code)."""
    j = comma + 1
    if j >= len(toks) or toks[j].low != "in":
        return None
    j += 1
    if j < len(toks) and toks[j].low == "the":
        j += 1
    found = _country_at(toks, j)
    if found is None:
        return None
    end, code = found
    if end < len(toks) and toks[end].text not in (",", ";", ")") and toks[end].low != "and":
        return None
    return end, code


def name_chunks(span: str) -> list[Chunk]:
    toks = _tokenize(span)
    chunks: list[Chunk] = []
    i = 0
    group = 0
    pending_desc: list[str] = []
    in_apposition = False
    apposition_owner: list[Chunk] = []
    group_members: list[Chunk] = []
    n = len(toks)
    while i < n:
        t = toks[i]
        # apposition: ", <lower case ...>" or ", President of ..." after a name
        if t.text == ",":
            address_end = (
                (_address_after(toks, i) or _located_in(toks, i))
                if chunks and chunks[-1].end_tok == i
                else None
            )
            if address_end is not None:
                # "ByteDance Ltd., Beijing, China, or its subsidiaries": a place, not a name
                end_i, code = address_end
                chunks[-1].country = chunks[-1].country or code
                i = end_i
                continue
            nxt = toks[i + 1] if i + 1 < n else None
            in_apposition = False
            if nxt is not None and chunks and not pending_desc:
                starts_lower = not nxt.cap and nxt.low not in ("and", "or")
                role = (
                    nxt.cap
                    and nxt.low.rstrip(".") in _TITLES
                    and any(x.low == "of" for x in toks[i + 1 : i + 6])
                )
                both = nxt.low in ("both", "all", "each")
                if nxt.low in (
                    "among",
                    "including",
                    "such",
                    "namely",
                    "notably",
                    "specifically",
                    "in",
                    "as",
                ):
                    starts_lower = False
                nn = toks[i + 2] if i + 2 < n else None
                nation = (
                    country_of(nxt.text) is not None
                    and nn is not None
                    and not nn.cap
                    and nn.low not in ("and", "or")
                )
                if starts_lower and nxt.low == "the":
                    # ", the National Development Fund of Iran (NDF)," is a list item
                    j = i + 2
                    while (
                        j < n
                        and toks[j].text not in (",", "(", ";")
                        and (_is_name_token(toks[j]) or toks[j].low in ("of", "and", "for", "the"))
                    ):
                        j += 1
                    if (
                        j > i + 2
                        and (j >= n or toks[j].text in (",", "(", ";"))
                        and _is_name_token(toks[i + 2])
                        and not country_of(toks[i + 2].text)
                        and not any(t.low.rstrip(".") in _ROLE_WORDS for t in toks[i + 2 : j])
                    ):
                        starts_lower = False
                if starts_lower or role or both or nation:
                    in_apposition = True
                    apposition_owner = (
                        list(group_members)
                        if (
                            both
                            or nxt.low in ("members", "both", "all", "each")
                            # "A and B, under the destination of Russia": both of them
                            or " ".join(x.low for x in toks[i + 1 : i + 4])
                            in ("under the destination", "under the destinations")
                        )
                        else [chunks[-1]]
                    )
            if not in_apposition:
                group += 1
                group_members = []
            i += 1
            continue
        if in_apposition and t.text == ";":
            in_apposition = False  # "A, former President of Yemen; B, ..."
        if in_apposition:
            # collect the appositive text for the owners
            j = i
            while j < n and toks[j].text not in (",", ";"):
                j += 1
            text = span[t.start : toks[j].start if j < n else len(span)]
            if re.fullmatch(_OWN_ROLE_NAMED, text.strip()):
                in_apposition = False  # "X, its Chief Executive Officer Kirill Dmitriev,"
                i += 1  # the name follows the possessive
                continue
            if (
                j < n
                and toks[j].text == ","
                and re.search(
                    r"\b(?:based|located|registered|headquartered|incorporated)\s+in\s+"
                    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}$",
                    text.strip(),
                )
            ):
                place = _country_at(toks, j + 1)  # "based in Moscow, Russia"
                if place is not None:
                    j = place[0]
                    text = span[t.start : toks[j].start if j < n else len(span)]
            for owner in apposition_owner:
                owner.appositive += " " + text
            i = max(j, i + 1)
            continue
        if t.text in (";", ":"):
            group += 1
            group_members = []
            pending_desc = [] if t.text == ";" else pending_desc
            i += 1
            continue
        if t.text == "-":
            # a dashed aside starting in lower case is skipped: " - sometimes referred to as - "
            nxt = toks[i + 1] if i + 1 < n else None
            if nxt is not None and not nxt.cap:
                j = i + 1
                while j < n and toks[j].text != "-":
                    j += 1
                i = j + 1
                continue
            i += 1
            continue
        if t.text == "(":
            j = i + 1
            while j < n and toks[j].text != ")":
                j += 1
            inner = span[toks[i + 1].start : toks[j].start] if i + 1 < n and j < n else ""
            if chunks and chunks[-1].end_tok == i:
                c = country_of(inner)
                if c is not None:
                    for member in group_members or [chunks[-1]]:
                        member.country = member.country or c.code
                elif re.fullmatch(r"[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,2}", inner.strip()):
                    chunks[-1].alias = inner.strip()
            i = j + 1
            continue
        if t.text == '"':
            i += 1
            continue
        if _is_name_token(t):
            start_i = i
            words: list[str] = []
            while i < n:
                tk = toks[i]
                if _is_name_token(tk):
                    words.append(tk.text)
                    i += 1
                    continue
                low = tk.low
                nxt = toks[i + 1] if i + 1 < n else None
                if (
                    low in _PARTICLES
                    and nxt is not None
                    and (_is_name_token(nxt) or nxt.low in _PARTICLES)
                ):
                    words.append(tk.text)
                    i += 1
                    continue
                if re.match(r"(?:al|el|ad|ar|as|an|ash|ul)-[A-Z]", tk.text):
                    words.append(tk.text)
                    i += 1
                    continue
                if low in ("of", "for", "&") and words and nxt is not None:
                    nn = toks[i + 2] if i + 2 < n else None
                    if (
                        _is_name_token(nxt)
                        and not country_of(nxt.text)
                        and (low != "for" or words[-1].lower() in ORG_WORDS)
                    ):
                        words.append(tk.text)
                        i += 1
                        continue
                    if low == "of" and nxt.low == "the" and nn is not None and _is_name_token(nn):
                        words.extend([tk.text, nxt.text])
                        i += 2
                        continue
                    if low == "of" and nxt is not None and _is_name_token(nxt):
                        words.append(tk.text)
                        i += 1
                        continue
                if (
                    low in ("plc", "ooo", "ao", "oao", "jsc", "pjsc", "llc", "ltd", "ltd.")
                    and words
                ):
                    words.append(tk.text)
                    i += 1
                    continue
                if (
                    low == "and"
                    and words
                    and words[-1] in _JOINABLE
                    and nxt is not None
                    and _is_name_token(nxt)
                ):
                    j = i + 1
                    while (
                        j < n
                        and (_is_name_token(toks[j]) or toks[j].low in (",",))
                        and toks[j].low.rstrip(".") not in _LEGAL_FORMS_PREFIX
                    ):
                        if toks[j].low in LEGAL_SUFFIX:
                            break
                        j += 1
                    if j < n and toks[j].low in LEGAL_SUFFIX and nxt.low not in _LEGAL_FORMS_PREFIX:
                        words.append(tk.text)
                        i += 1
                        continue
                    # "Xinjiang Production and Construction Corps": the run after "and"
                    # ends in a body's head noun, so the two fields share one name
                    if (
                        j == i + 3
                        and toks[j - 1].text == toks[j - 1].text.capitalize()
                        and toks[j - 1].low in ("corps", "company", "corporation", "group")
                        and (
                            j >= n
                            or toks[j].text in ("(", ",", ";", ".")
                            or not _is_name_token(toks[j])
                        )
                    ):
                        words.append(tk.text)
                        i += 1
                        continue
                if (
                    low == "and"
                    and words
                    and nxt is not None
                    and _is_name_token(nxt)
                    and nxt.text not in _FIELD_BODIES
                    and any(
                        w in _FIELD_BODIES and k + 1 < len(words) and words[k + 1] in ("for", "of")
                        for k, w in enumerate(words)
                    )
                    and (i + 2 >= n or not _is_name_token(toks[i + 2]))
                ):
                    words.append(tk.text)
                    i += 1
                    continue
                if (
                    low == "and"
                    and nxt is not None
                    and _is_name_token(nxt)
                    and "of" in [w.lower() for w in words]
                    and any(
                        w.lower().rstrip(".") in _TITLES
                        for w in words[: [x.lower() for x in words].index("of")]
                    )
                ):
                    # a portfolio, not two names: "Minister of Information and
                    # Communications Technology"
                    words.append(tk.text)
                    i += 1
                    continue
                if low == "," and nxt is not None and nxt.low in LEGAL_SUFFIX:
                    words.append(",")
                    i += 1
                    continue
                if low == "(" and words:
                    j = i + 1
                    while j < n and toks[j].text != ")":
                        j += 1
                    after = toks[j + 1] if j + 1 < n else None
                    inner_text = span[toks[i + 1].start : toks[j].start].strip() if j < n else ""
                    if (
                        after is not None
                        and after.cap
                        and after.low not in LEGAL_SUFFIX
                        and re.fullmatch(r"[A-Z][a-z]+", inner_text)
                        and not country_of(inner_text)
                        and not country_of(after.text)
                    ):
                        words.append(f"({inner_text})")
                        i = j + 1
                        continue
                    if after is not None and after.low in LEGAL_SUFFIX:
                        inner = span[toks[i + 1].start : toks[j].start].strip()
                        words.append(f"({inner})")
                        i = j + 1
                        continue
                break
            while words and words[-1].lower() in ("of", "for", "&", "the", ","):
                words.pop()
                i -= 1
            possessive = False
            if words and words[-1].endswith("'s"):
                words[-1] = words[-1][:-2]
                possessive = True
            desc = " ".join(pending_desc)
            chunk = Chunk(
                words, toks[start_i].start, i, possessive=possessive, descriptor=desc, group=group
            )
            chunks.append(chunk)
            group_members.append(chunk)
            pending_desc = []
            continue
        if t.low in ("and", "or", "as well as"):
            i += 1
            continue
        pending_desc.append(t.low)
        if len(pending_desc) > 8:
            pending_desc = pending_desc[-8:]
        i += 1
    return chunks


def nationality_modifier(chunk: Chunk) -> bool:
    """ "Russia's", "Russian", "Russia-based", "Chinese-owned" - not a bare "Yemen"."""
    if chunk.possessive:
        return True
    head = chunk.tokens[0]
    c = country_of(head)
    return bool(c and (head in c.adjectives or "-" in head or head.endswith("'s")))


def _is_authority(name: str) -> bool:
    """Is the whole name an authority ("Council of the EU", "Secretary of Commerce")?"""
    found = find_authorities(name, "Council of the EU FCC")
    return bool(found) and found[0].end - found[0].start >= len(name) - 2


def clean_chunk(chunk: Chunk) -> tuple[str | None, str | None, bool]:
    """(name, country, title_stripped) for a chunk, or (None, country, False) if it is
    not a target name (a nationality word, a generic term, an authority...)."""
    tokens = [w for w in chunk.tokens]
    country, tokens = _leading_country(tokens)
    while tokens and tokens[0].lower() in ("the", "a", "an", "today", "also", "and"):
        tokens = tokens[1:]
    whole = " ".join(tokens).replace(" ,", ",")
    if whole and _is_authority(whole):
        return None, country, False  # "the Secretary of Commerce"
    tokens, stripped = _strip_titles(tokens)
    if not tokens:
        return None, country, False
    if stripped and tokens[0].lower() in ("of", "for", "to", "and"):
        return None, country, False  # a role, not a name: "Deputy Minister of Defence"
    name = " ".join(tokens).replace(" ,", ",")
    if len(tokens) == 1 and re.search(
        r"-(?:backed|linked|based|made|aligned|sponsored|owned|"
        r"controlled|led|related|origin|registered)$",
        name,
        re.I,
    ):
        return None, country, False
    if len(tokens) == 1 and name.endswith("s") and country_of(name[:-1]) is not None:
        return None, country, False  # "Canadians", "Russians"
    low = norm(name)
    if not low or low in _GENERIC:
        return None, country, False
    if country_of(name) is not None:
        return None, country_of(name).code if country_of(name) else country, False  # type: ignore[union-attr]
    words = low.split()
    if any(w in _GENERIC_TOKENS for w in words):
        return None, country, False
    if _is_authority(name):
        return None, country, False
    if re.fullmatch(r"[A-Z]{2,5}s?", name) and name not in ("BBC",):
        # bare acronyms are aliases, not names ("SMIC" is merged later)
        return name, country, stripped
    if all(w in _TITLES for w in words):
        return None, country, False
    if re.match(
        r"(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
        name,
    ):
        return None, country, False
    return name, country, stripped
