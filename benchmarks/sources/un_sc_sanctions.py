"""Full-size synthetic UN Security Council Consolidated List XML (~1,000 records).

Real proportions (Feb 2026: 730 individuals, 273 entities): names in up to four parts,
an Arabic original-script name for about half, several aliases of mixed quality, dates
of birth as DATE / YEAR / BETWEEN, documents, addresses. Deterministic (seeded).
"""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import escape

from benchmarks.common import count_xml_elements

FILE_NAME = "consolidated.xml"
INDIVIDUALS = 730
ENTITIES = 273
REGIMES = ("Al-Qaida", "Al-Qaida", "DPRK", "Taliban", "Iran", "Iraq", "DRC", "Libya", "Somalia")
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
LATIN = "ABCDEFGHIJKLMNOPRSTUVWYZ"


def _word(rng: random.Random, letters: str) -> str:
    return "".join(rng.choice(letters) for _ in range(rng.randint(3, 8)))


def _el(tag: str, text: str) -> str:
    return f"<{tag}>{escape(text)}</{tag}>" if text else f"<{tag}/>"


def _record(rng: random.Random, kind: str, dataid: int, n: int) -> str:
    regime = rng.choice(REGIMES)
    parts = [_word(rng, LATIN) for _ in range(rng.randint(2, 4) if kind == "INDIVIDUAL" else 1)]
    tags = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
    year = rng.randint(2001, 2025)
    out = [_el("DATAID", str(dataid)), _el("VERSIONNUM", "1")]
    out += [_el(t, p) for t, p in zip(tags, parts, strict=False)]
    out += [
        _el("UN_LIST_TYPE", regime),
        _el("REFERENCE_NUMBER", f"{regime[:2].upper()}{kind[0].lower()}.{n:03d}"),
        _el("LISTED_ON", f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"),
    ]
    if rng.random() < 0.5:
        out.append(_el("NAME_ORIGINAL_SCRIPT", f"{_word(rng, ARABIC)} {_word(rng, ARABIC)}"))
    out.append(_el("COMMENTS1", "Synthetic benchmark record. " * rng.randint(1, 12)))
    if kind == "INDIVIDUAL":
        out.append("<DESIGNATION><VALUE>Commander</VALUE></DESIGNATION>")
        out.append("<NATIONALITY><VALUE>Iraq</VALUE></NATIONALITY>")
    out.append("<LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>")
    out.append(f"<LAST_DAY_UPDATED><VALUE>{year + 1}-01-15</VALUE></LAST_DAY_UPDATED>")
    for _ in range(rng.randint(0, 6)):
        quality = rng.choice(("Good", "Low", "a.k.a."))
        name = f"{_word(rng, LATIN)} {_word(rng, LATIN)}"
        out.append(
            f"<{kind}_ALIAS>{_el('QUALITY', quality)}{_el('ALIAS_NAME', name)}</{kind}_ALIAS>"
        )
    out.append(f"<{kind}_ADDRESS>{_el('CITY', 'Baghdad')}{_el('COUNTRY', 'Iraq')}</{kind}_ADDRESS>")
    if kind == "INDIVIDUAL":
        born = rng.randint(1940, 1995)
        dob = rng.random()
        if dob < 0.5:
            inner = _el("TYPE_OF_DATE", "EXACT") + _el("DATE", f"{born}-03-0{rng.randint(1, 9)}")
        elif dob < 0.9:
            inner = _el("TYPE_OF_DATE", "APPROXIMATELY") + _el("YEAR", str(born))
        else:
            inner = (
                _el("TYPE_OF_DATE", "BETWEEN")
                + _el("FROM_YEAR", str(born))
                + _el("TO_YEAR", str(born + 2))
            )
        out.append(f"<INDIVIDUAL_DATE_OF_BIRTH>{inner}</INDIVIDUAL_DATE_OF_BIRTH>")
        out.append(
            "<INDIVIDUAL_PLACE_OF_BIRTH>"
            + _el("CITY", "Mosul")
            + _el("COUNTRY", "Iraq")
            + "</INDIVIDUAL_PLACE_OF_BIRTH>"
        )
        if rng.random() < 0.5:
            number = str(rng.randint(10**6, 10**7))
            out.append(
                "<INDIVIDUAL_DOCUMENT>"
                + _el("TYPE_OF_DOCUMENT", "Passport")
                + _el("NUMBER", number)
                + _el("ISSUING_COUNTRY", "Iraq")
                + "</INDIVIDUAL_DOCUMENT>"
            )
        else:
            out.append("<INDIVIDUAL_DOCUMENT/>")
    out += ["<SORT_KEY/>", "<SORT_KEY_LAST_MOD/>"]
    return f"    <{kind}>" + "".join(out) + f"</{kind}>\n"


def generate_full(out: Path) -> dict[str, Path]:
    """Write a full-size consolidated.xml (INDIVIDUALS + ENTITIES records) into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20260227)
    path = out / FILE_NAME
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n')
        fh.write(
            '<CONSOLIDATED_LIST xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:noNamespaceSchemaLocation="https://www.un.org/sc/resources/sc-sanctions.xsd" '
            'dateGenerated="2026-02-27T00:00:09.554Z">\n  <INDIVIDUALS>\n'
        )
        for i in range(INDIVIDUALS):
            fh.write(_record(rng, "INDIVIDUAL", 6900000 + i, i + 1))
        fh.write("  </INDIVIDUALS>\n  <ENTITIES>\n")
        for i in range(ENTITIES):
            fh.write(_record(rng, "ENTITY", 7900000 + i, i + 1))
        fh.write("  </ENTITIES>\n</CONSOLIDATED_LIST>\n")
    return {FILE_NAME: path}


def bare_pass(files: dict[str, Path]) -> int:
    """The cheapest streaming pass: iterparse every INDIVIDUAL/ENTITY, clear, count."""
    return count_xml_elements(files, ("{*}INDIVIDUAL", "{*}ENTITY"))
