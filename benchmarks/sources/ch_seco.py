"""Benchmark input for ch_seco: a full-size synthetic SECO "Gesamtliste" XML export.

The real export (2026) holds several thousand targets, de-listed ones included, each
with its modification history; older targets carry full copies of themselves inside
their "listed" modification. This writes the same shape: ~40 sanctions programmes,
7,000 targets (individuals with Cyrillic spelling variants, entities, vessels), one in
ten de-listed, amendments with added/removed snapshots, and ~3,000 places at the end.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree

FILE_NAME = "swiss_sanctions_list.xml"
TARGETS = 7000
PROGRAMS = 40
PLACES = 3000


def _program(i: int) -> str:
    sets = "".join(
        f'<sanctions-set ssid="{i * 10 + k}" lang="{lang}">Annex {k}: financial sanctions '
        f"and entry and transit ban</sanctions-set>"
        for k in range(1, 4)
        for lang in ("ger", "fre", "ita", "eng")
    )
    keys = "".join(
        f'<program-key lang="{lang}">Programme {i}</program-key>'
        for lang in ("ger", "fre", "ita", "eng")
    )
    names = "".join(
        f'<program-name lang="{lang}">Ordinance of 4 March 2022 on measures {i} '
        f"(SR 946.231.{i})</program-name>"
        for lang in ("ger", "fre", "ita", "eng")
    )
    return (
        f'<sanctions-program ssid="{i}" version-date="2026-05-21">{keys}{names}{sets}'
        f"<origin>{'UN' if i % 3 == 0 else 'EU'}</origin></sanctions-program>"
    )


def _part(order: int, kind: str, value: str, cyrillic: str) -> str:
    return (
        f'<name-part order="{order}" name-part-type="{kind}"><value>{value}</value>'
        f'<spelling-variant lang="RUS" script="CYRL" spelling-variant-type="not-defined">'
        f"{cyrillic}</spelling-variant></name-part>"
    )


def _subject(ssid: int) -> str:
    kind = ssid % 10
    if kind < 6:
        name = (
            f'<name ssid="{ssid}2" name-type="primary-name" quality="good" lang="eng">'
            + _part(1, "family-name", f"Person{ssid}", f"ПЕРСОН{ssid}")
            + _part(2, "given-name", "Ivan", "Иван")
            + _part(3, "father-name", "Petrovich", "Петрович")
            + "</name>"
            f'<name ssid="{ssid}3" name-type="alias" quality="good" lang="eng"><name-part '
            f'order="1" name-part-type="whole-name"><value>Ivan Person{ssid}</value>'
            "</name-part></name>"
        )
        identity = (
            f'<identity ssid="{ssid}1" main="true">{name}'
            f'<day-month-year ssid="{ssid}4" day="{1 + ssid % 28}" month="{1 + ssid % 12}" '
            f'year="{1950 + ssid % 40}" calendar="Gregorian" quality="good"/>'
            f'<place-of-birth ssid="{ssid}5" place-id="{ssid % PLACES}" quality="good"/>'
            f'<nationality ssid="{ssid}6"><country iso-code="RU">Russian Federation</country>'
            f"</nationality>"
            f'<identification-document ssid="{ssid}7" document-type="passport"><number>'
            f'{7500000000 + ssid}</number><issuer code="RU">Russian Federation</issuer>'
            "</identification-document></identity>"
        )
        return (
            f'<individual sex="male">{identity}<justification ssid="{ssid}8">'
            f"{escape('Member of the synthetic Duma & supporter of actions. ' * 4)}"
            f'</justification><other-information ssid="{ssid}9">Function: deputy'
            "</other-information></individual>"
        )
    if kind < 9:
        return (
            f'<entity><identity ssid="{ssid}1" main="true"><name ssid="{ssid}2" '
            'name-type="primary-name" quality="good" lang="eng"><name-part order="1" '
            f'name-part-type="whole-name"><value>Synthetic Company {ssid} JSC</value>'
            f'<spelling-variant lang="RUS" script="CYRL" spelling-variant-type="not-defined">'
            f"АО Синтетик {ssid}</spelling-variant></name-part></name>"
            f'<address ssid="{ssid}3" place-id="{ssid % PLACES}" quality="good">'
            f"<address-details>{ssid} Synthetic Street</address-details><zip-code>101000"
            "</zip-code></address></identity>"
            f'<justification ssid="{ssid}4">Synthetic entity benefitting from the regime.'
            f'</justification><other-information ssid="{ssid}5">Registration number: '
            f"{1027700000000 + ssid}</other-information></entity>"
        )
    return (
        f'<object object-type="vessel"><identity ssid="{ssid}1" main="true"><name '
        f'ssid="{ssid}2" name-type="primary-name" quality="good" lang="eng"><name-part '
        f'order="1" name-part-type="whole-name"><value>Synthetic Vessel {ssid}</value>'
        f'</name-part></name></identity><other-information ssid="{ssid}3">IMO Number: '
        f"{9000000 + ssid % 999999}</other-information></object>"
    )


def _target(ssid: int) -> str:
    set_id = (ssid % PROGRAMS + 1) * 10 + 1 + ssid % 3
    subject = _subject(ssid)
    copy = (
        f'<added><target ssid="{ssid}"><sanctions-set-id>{set_id}</sanctions-set-id>'
        f"{subject}</target></added>"
        if ssid % 2
        else ""
    )
    mods = ""
    if ssid % 10 == 5:
        mods += (
            '<modification modification-type="de-listed" enactment-date="2025-03-13" '
            'publication-date="2025-03-14" effective-date="2025-03-14"/>'
        )
    if ssid % 3 == 0:
        mods += (
            '<modification modification-type="amended" enactment-date="2024-02-23" '
            'publication-date="2024-02-23" effective-date="2024-02-24"><added>'
            f'<justification ssid="{ssid}8">New text.</justification></added><removed>'
            f'<justification ssid="{ssid}0">Old text.</justification></removed>'
            "</modification>"
        )
    mods += (
        '<modification modification-type="listed" enactment-date="2022-02-28" '
        f'publication-date="2022-02-28" effective-date="2022-02-28">{copy}</modification>'
    )
    return (
        f'<target ssid="{ssid}"><sanctions-set-id>{set_id}</sanctions-set-id>'
        f"{subject}{mods}</target>"
    )


def generate_full(out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    path = out / FILE_NAME
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n')
        fh.write('<swiss-sanctions-list list-type="whole-list" date="2026-08-15">\n')
        for i in range(1, PROGRAMS + 1):
            fh.write(_program(i) + "\n")
        for ssid in range(10000, 10000 + TARGETS):
            fh.write(_target(ssid) + "\n")
        for i in range(PLACES):
            fh.write(
                f'<place ssid="{i}"><location>Town {i}</location><area>Region {i % 80}</area>'
                '<country iso-code="RU">Russian Federation</country></place>\n'
            )
        fh.write("</swiss-sanctions-list>\n")
    return {FILE_NAME: path}


def bare_pass(files: dict[str, Path]) -> int:
    """Top-level <target> elements seen by a bare lxml iterparse (clearing as it goes)."""
    seen = 0
    for path in files.values():
        for _event, elem in etree.iterparse(
            str(path), events=("end",), tag="{*}target", resolve_entities=False, huge_tree=True
        ):
            parent = elem.getparent()
            if parent is None or parent.getparent() is not None:
                continue
            seen += 1
            elem.clear()
            while elem.getprevious() is not None:
                del parent[0]
    return seen
