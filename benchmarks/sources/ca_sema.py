"""Benchmark input for ca_sema: a full-size synthetic sema-lmes.xml (2026 layout).

The real file has ~5,700 <record>s (2026): about 60% persons, 35% entities and a few
hundred ships, with bilingual element names; this writes the same mix and shape
(aliases on a third, Cyrillic on some, dates of birth on half the persons).
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.common import count_xml_elements

FILE_NAME = "sema-lmes.xml"
RECORDS = 5700
_REGIMES = (
    ("Russia / Russie", ("1, Part 1", "1, Part 2", "1.1")),
    ("Belarus / Bélarus", ("1, Part 1", "1, Part 2")),
    ("Iran", ("1", "2")),
    ("Ukraine", ("1, Part 1", "1, Part 2")),
    ("Syria / Syrie", ("1", "2")),
    ("Venezuela", ("",)),
)
_DOB = "DateOfBirthOrShipBuildDate-DateDeNaissanceOuDateDeConstructionDuNavire"


def _record(i: int, item: int) -> str:
    country, schedules = _REGIMES[i % len(_REGIMES)]
    schedule = schedules[(i // len(_REGIMES)) % len(schedules)]
    fields = [f"<Country-Pays>{country}</Country-Pays>"]
    if schedule == "1.1":
        fields += [
            f"<EntityOrShip-EntiteOuNavire>Synthetic Vessel {i}</EntityOrShip-EntiteOuNavire>",
            "<TitleOrShipType-TitreOuTypeDeNavire>Crude Oil Tanker | Pétrolier"
            "</TitleOrShipType-TitreOuTypeDeNavire>",
            f"<ShipIMONumber-NumeroOMIDuNavire>{9000000 + i}</ShipIMONumber-NumeroOMIDuNavire>",
            f"<{_DOB}>{1990 + i % 30}</{_DOB}>",
        ]
    elif i % 5 in (1, 3):
        fields.append(
            f"<EntityOrShip-EntiteOuNavire>Synthetic Holding {i} LLC</EntityOrShip-EntiteOuNavire>"
        )
    else:
        fields += [
            f"<LastName-NomDeFamille>SYNTHETIC{i}</LastName-NomDeFamille>",
            "<GivenName-Prenom>Ivan Petrovich\u00a0</GivenName-Prenom>",
        ]
        if i % 2:
            fields.append(f"<{_DOB}>19{50 + i % 49}-0{1 + i % 9}-1{i % 10}</{_DOB}>")
    if i % 3 == 0:
        fields.append(f"<Aliases-Alias>Alias {i}; Псевдоним {i}, Other Alias {i}</Aliases-Alias>")
    if schedule:
        fields.append(f"<Schedule-Annexe>{schedule}</Schedule-Annexe>")
    fields.append(f"<Item-NumeroDarticle>{item}</Item-NumeroDarticle>")
    fields.append(
        f"<DateOfListing-DateDinscription>20{14 + i % 12}-03-1{i % 10}"
        "</DateOfListing-DateDinscription>"
    )
    return "\t<record>\n" + "".join(f"\t\t{f}\n" for f in fields) + "\t</record>\n"


def generate_full(out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    path = out / FILE_NAME
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n')
        fh.write('<data-set xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n')
        for i in range(RECORDS):
            fh.write(_record(i, item=i + 1))  # items unique across parts: ids never collide
        fh.write("</data-set>\n")
    return {FILE_NAME: path}


def bare_pass(files: dict[str, Path]) -> int:
    """<record> elements seen by a bare streaming lxml iterparse."""
    return count_xml_elements(files, "record")
