"""Legal basis: the instruments an announcement acts under.

Executive orders ("E.O. 14024"), EU acts ("Regulation (EU) 2024/1745", "Regulation (EU)
No 269/2014"), CFR parts ("31 CFR part 589"; a section cites its part), UN resolutions
("UNSCR 2231 (2015)"), named acts ("Secure Equipment Act of 2021", "Immigration and
Nationality Act section 219") and UK/Canadian-style named regulations. Commentary and
what merely remains in place are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transforms.announcements.document import REMAIN, Doc, is_commentary
from transforms.announcements.text import Sentence

# --- legal basis ---------------------------------------------------------------------

_EO = re.compile(
    r"\b(?:Executive\s+Order|E\.\s?O\.|EO)\s*(?:\(\"?(?:E\.O\.|EO)\"?\)\s*)?(?:No\.\s*)?(\d{5})\b"
)
# "Executive Orders 13399, 13460, 13572, 13573 and 13582"
_EO_LIST = re.compile(
    r"\b(?:Executive\s+Orders|E\.\s?O\.s|EOs)\s*((?:\d{5}(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+)"
)
_EU_ACT = re.compile(
    r"\b(?:Council\s+(?:Implementing\s+|Delegated\s+)?|Commission\s+(?:Implementing\s+|Delegated\s+)?)?"
    r"(Regulation|Decision|Directive)\s+\((EU|EC|EEC|CFSP|Euratom)\)\s+(No\.?\s*)?(\d{1,4}/\d{1,4})"
)
_CFR = re.compile(
    r"\b(\d{1,2})\s*C\.?\s?F\.?\s?R\.?\s+(?:§+\s*)?(?:([Pp]arts?)\s+)?(\d{1,4})"
    r"(?:\.\d+[a-z]?(?:\([a-z0-9]+\))*)?(?:\s*[-–]\s*(\d{1,4}))?"
)
_UNSCR_LIST = re.compile(
    r"\b(?:[Rr]esolutions?|UNSCRs?|S/RES/)\s*((?:\d{3,4}\s*\(\d{4}\)(?:\s*,\s*|\s+and\s+)?)+)"
)
_UNSCR_ONE = re.compile(r"(\d{3,4})\s*\((\d{4})\)")
_ACT = re.compile(
    r"(?:\b[Ss]ection\s+(\d+[A-Za-z]?(?:\([a-z0-9]+\))*)\s+of\s+the\s+)?"
    r"\b((?:[A-Z][A-Za-z'’-]*,?\s+)(?:(?:[A-Z][A-Za-z'’-]*|and|of|the|for|on|from|to),?\s+)"
    r"{0,10}?Act)(?![\w-])"
    r"(?:(?:,\s+|\s+of\s+|\s+)((?:19|20)\d{2}))?(?:\s+for\s+Fiscal\s+Year\s+(\d{4}))?"
)
_NAMED_REGS = re.compile(
    r"\b((?:[A-Z][A-Za-z]+\s+)+\((?:Sanctions|[A-Z][A-Za-z]+)\)(?:\s+\([^)]{2,30}\))*\s+Regulations(?:\s+(?:19|20)\d{2})?)"
)
# "Autonomous Sanctions Regulations 2011": sanctions regulations named without brackets
_SANCTIONS_REGS = re.compile(
    r"\b((?:[A-Z][a-z]+\s+){0,3}Sanctions\s+Regulations\s+(?:19|20)\d{2})\b"
)


def find_legal_basis(sentences: Iterable[Sentence]) -> list[str]:
    out: list[str] = []

    def add(x: str) -> None:
        x = re.sub(r"\s+", " ", x).strip()
        if x and x not in out:
            out.append(x)

    for s in sentences:
        text = s.text
        if is_commentary(text):
            continue
        for m in _EO.finditer(text):
            if REMAIN.search(text[max(0, m.start() - 60) : m.start()]):
                continue
            add(f"E.O. {m.group(1)}")
        for m in _EO_LIST.finditer(text):
            if REMAIN.search(text[max(0, m.start() - 60) : m.start()]):
                continue
            for number in re.findall(r"\d{5}", m.group(1)):
                add(f"E.O. {number}")
        for m in _EU_ACT.finditer(text):
            no = "No " if m.group(3) else ""
            add(f"{m.group(1)} ({m.group(2)}) {no}{m.group(4)}")
        for m in _CFR.finditer(text):
            if m.group(4):
                add(f"{m.group(1)} CFR parts {m.group(3)}-{m.group(4)}")
            else:
                add(f"{m.group(1)} CFR part {m.group(3)}")
        for m in _UNSCR_LIST.finditer(text):
            for one in _UNSCR_ONE.finditer(m.group(1)):
                add(f"UNSCR {one.group(1)} ({one.group(2)})")
        for m in _ACT.finditer(text):
            name = m.group(2)
            words = name.split()
            while words and words[0] in ("The", "the", "Under", "Pursuant", "By", "Of", "And"):
                words = words[1:]
            if len(words) < 3 and not (len(words) == 2 and (m.group(1) or m.group(3))):
                continue  # "the Act"; but "Section 214 of the Communications Act"
            name = " ".join(words)
            if m.group(3):
                connector = (
                    " of "
                    if re.search(r"Act\s+of\s+\d", m.group(0))
                    else ", "
                    if re.search(r"Act,\s+\d", m.group(0))
                    else " "
                )
                name = f"{name}{connector}{m.group(3)}"
            if m.group(4):
                name = f"{name} for Fiscal Year {m.group(4)}"
            if m.group(1):
                name = f"{name} section {m.group(1)}"
            add(name)
        for m in _NAMED_REGS.finditer(text):
            add(m.group(1))
        for m in _SANCTIONS_REGS.finditer(text):
            if not REMAIN.search(text[max(0, m.start() - 60) : m.start()]):
                add(m.group(1))
    return out


def record_legal_basis(doc: Doc, only: set[int] | None = None) -> list[str]:
    """The legal basis of the record: every sentence (of `only`, the sentence indices of
    one action, when given) but those about what remains in place."""
    return find_legal_basis(
        [
            s
            for s in doc.sentences
            if not REMAIN.search(s.text) and (only is None or s.index in only)
        ]
    )
