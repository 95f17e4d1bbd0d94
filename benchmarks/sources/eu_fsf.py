"""Full-size synthetic EU FSF XML 1.1 export for benchmarks (~5,500 entities).

The shape follows the real export: every child carries a regulationSummary, names come
in several languages (Cyrillic and Greek among them), most persons have a birthdate
and a citizenship, some an identification, entities have addresses with contactInfo.
Deterministic (seeded), no network.
"""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import quoteattr

from benchmarks.common import count_xml_elements

FILE_NAME = "xmlFullSanctionsList_1_1.xml"
ENTITIES = 5500
NAMESPACE = "http://eu.europa.ec/fpi/fsd/export"
PROGRAMMES = ("UKR", "UKR", "UKR", "BLR", "SYR", "IRN", "PRK", "TAQA", "LBY", "TERR", "MMR")
LANGUAGES = ("", "EN", "FR", "DE", "BG", "EL", "SV", "PL")
CYRILLIC = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШ"
GREEK = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"
LATIN = "ABCDEFGHIJKLMNOPRSTUVYZ"


def _a(pairs: list[tuple[str, str]]) -> str:
    return " ".join(f"{k}={quoteattr(v)}" for k, v in pairs)


def _word(rng: random.Random, letters: str) -> str:
    return "".join(rng.choice(letters) for _ in range(rng.randint(4, 9))).capitalize()


def _summary(reg: tuple[str, str, str]) -> str:
    kind, date, number = reg
    url = f"https://eur-lex.europa.eu/eli/reg_impl/{number.split('/')[0]}/1/oj"
    return (
        "            <regulationSummary "
        + _a(
            [
                ("regulationType", kind),
                ("publicationDate", date),
                ("numberTitle", number),
                ("publicationUrl", url),
            ]
        )
        + "/>"
    )


def _entity(rng: random.Random, logical_id: int) -> list[str]:
    person = rng.random() < 0.7
    year = rng.randint(2002, 2026)
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    reg = ("amendment", date, f"{year}/{rng.randint(1, 2999)} (OJ L{rng.randint(1, 400)})")
    sub = iter(range(logical_id * 100, logical_id * 100 + 99))
    out = [
        f'    <sanctionEntity designationDate="{date}" designationDetails="" '
        f'unitedNationId="" euReferenceNumber="EU.{logical_id}.{rng.randint(1, 99)}" '
        f'logicalId="{logical_id}">',
        "        <remark>Synthetic benchmark entry.</remark>",
        "        <regulation "
        + _a(
            [
                ("regulationType", reg[0]),
                ("organisationType", "council"),
                ("publicationDate", date),
                ("entryIntoForceDate", date),
                ("numberTitle", reg[2]),
                ("programme", rng.choice(PROGRAMMES)),
                ("logicalId", str(next(sub))),
            ]
        )
        + ">",
        f"            <publicationUrl>https://eur-lex.europa.eu/eli/reg_impl/{year}/1/oj"
        "</publicationUrl>",
        "        </regulation>",
        f'        <subjectType code="{"person" if person else "enterprise"}" '
        f'classificationCode="{"P" if person else "E"}"/>',
    ]
    first, last = _word(rng, LATIN.lower()), _word(rng, LATIN).upper()
    for i in range(rng.randint(2, 8)):
        lang = rng.choice(LANGUAGES) if i else ""
        letters = CYRILLIC if lang == "BG" else GREEK if lang == "EL" else LATIN
        whole = (
            f"{first.capitalize()} {last}"
            if i == 0
            else f"{_word(rng, letters)} {_word(rng, letters)}"
        )
        pairs = [
            ("firstName", first.capitalize() if i == 0 and person else ""),
            ("middleName", ""),
            ("lastName", last if i == 0 and person else ""),
            ("wholeName", whole if person else f"{whole} LLC"),
            ("function", "Member of the board" if person and i == 0 else ""),
        ]
        if person:
            pairs.append(("gender", rng.choice("MF")))
        pairs += [
            ("title", ""),
            ("nameLanguage", lang),
            ("strong", "true" if rng.random() < 0.9 else "false"),
            ("regulationLanguage", "en"),
            ("logicalId", str(next(sub))),
        ]
        out += [f"        <nameAlias {_a(pairs)}>", _summary(reg), "        </nameAlias>"]
    if person:
        out += [
            '        <citizenship region="" countryIso2Code="RU" countryDescription="RUSSIAN '
            f'FEDERATION" regulationLanguage="en" logicalId="{next(sub)}">',
            _summary(reg),
            "        </citizenship>",
        ]
        by = rng.randint(1940, 1995)
        if rng.random() < 0.8:
            m, d = rng.randint(1, 12), rng.randint(1, 28)
            when = [
                ("birthdate", f"{by}-{m:02d}-{d:02d}"),
                ("dayOfMonth", str(d)),
                ("monthOfYear", str(m)),
                ("year", str(by)),
            ]
        else:
            when = [("year", str(by))]
        pairs = [("circa", "false"), ("calendarType", "GREGORIAN"), ("city", "Moscow")]
        pairs += [("zipCode", ""), *when, ("region", ""), ("place", "")]
        pairs += [("countryIso2Code", "RU"), ("countryDescription", "RUSSIAN FEDERATION")]
        pairs += [("regulationLanguage", "en"), ("logicalId", str(next(sub)))]
        out += [f"        <birthdate {_a(pairs)}>", _summary(reg), "        </birthdate>"]
        if rng.random() < 0.3:
            pairs = [
                ("diplomatic", "false"),
                ("knownExpired", "false"),
                ("knownFalse", "false"),
                ("reportedLost", "false"),
                ("revokedByIssuer", "false"),
                ("issuedBy", ""),
                ("latinNumber", ""),
                ("nameOnDocument", ""),
                ("number", str(rng.randint(10**8, 10**9))),
                ("region", ""),
                ("identificationTypeCode", "passport"),
                ("identificationTypeDescription", "National passport"),
                ("countryIso2Code", "RU"),
                ("countryDescription", "RUSSIAN FEDERATION"),
                ("regulationLanguage", "en"),
                ("logicalId", str(next(sub))),
            ]
            out += [
                f"        <identification {_a(pairs)}>",
                _summary(reg),
                "        </identification>",
            ]
    else:
        for _ in range(rng.randint(1, 3)):
            pairs = [
                ("city", "Moscow"),
                ("street", f"{rng.randint(1, 99)} {_word(rng, LATIN)} Street"),
                ("poBox", ""),
                ("zipCode", str(rng.randint(100000, 199999))),
                ("region", ""),
                ("place", ""),
                ("asAtListingTime", "false"),
                ("countryIso2Code", "RU"),
                ("countryDescription", "RUSSIAN FEDERATION"),
                ("regulationLanguage", "en"),
                ("logicalId", str(next(sub))),
            ]
            out += [
                f"        <address {_a(pairs)}>",
                _summary(reg),
                f'            <contactInfo key="PHONE" value="{rng.randint(10**6, 10**7)}"/>',
                "        </address>",
            ]
    out.append("    </sanctionEntity>")
    return out


def generate_full(out: Path) -> dict[str, Path]:
    """Write a full-size export (ENTITIES sanctionEntity elements) into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20260805)
    path = out / FILE_NAME
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n')
        fh.write(
            f'<export xmlns="{NAMESPACE}" generationDate="2026-08-05T16:47:04.449+02:00" '
            'globalFileId="184961">\n'
        )
        for i in range(ENTITIES):
            fh.write("\n".join(_entity(rng, 100000 + i)) + "\n")
        fh.write("</export>\n")
    return {FILE_NAME: path}


def bare_pass(files: dict[str, Path]) -> int:
    """The cheapest streaming pass: iterparse every sanctionEntity, clear, count."""
    return count_xml_elements(files, "{*}sanctionEntity")
