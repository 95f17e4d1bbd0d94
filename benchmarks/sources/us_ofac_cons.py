"""Full-size synthetic OFAC consolidated (non-SDN) list, two publications.

`generate_full` writes the CONS_*.CSV set at the real list's size (~450 entries) in
the real format (the SDN generator's shapes, with non-SDN programs and directive /
CMIC remarks). `generate_advanced` writes the same kind of list as an advanced XML
(CONS_ADVANCED.XML / SDN_ADVANCED.XML format, 2024+ namespace) of any size, to
measure the two-pass advanced parser at SDN scale (`parties=18_000`, ~100 MB).
"""

from __future__ import annotations

import csv
import importlib.util
import random
from pathlib import Path

from lxml import etree

ENTRIES = 450
NS = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML"
CONS_PROGRAMS = (
    "UKRAINE-EO13662",
    "RUSSIA-EO14024",
    "CMIC-EO13959",
    "NS-PLC",
    "561-Related",
    "FSE-IR",
)
DIRECTIVE = "Executive Order 13662 Directive Determination - Subject to Directive {}"


def _sdn_module() -> object:
    spec = importlib.util.spec_from_file_location(
        "bench_us_ofac_sdn_shapes", Path(__file__).with_name("us_ofac_sdn.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def generate_full(out: Path) -> dict[str, Path]:
    """CONS_PRIM/ADD/ALT/COMMENTS.CSV with ~450 entries on the non-SDN programs."""
    sdn = _sdn_module()
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(450)
    prim: list[str] = []
    add: list[str] = []
    alt: list[str] = []
    line = sdn._line  # type: ignore[attr-defined]
    word = sdn._word  # type: ignore[attr-defined]
    for i in range(ENTRIES):
        ent = 17_000 + i * 7
        program = CONS_PROGRAMS[i % len(CONS_PROGRAMS)]
        remarks = [f"Registration ID {rng.randint(10**12, 10**13 - 1)} (Russia)"]
        sdn_type = "individual" if program == "NS-PLC" else ""
        if program == "UKRAINE-EO13662":
            remarks.append(DIRECTIVE.format(rng.randint(1, 4)))
        elif program == "CMIC-EO13959":
            remarks += ["Listing Date (CMIC) 03 Jun 2021", "Effective Date (CMIC) 02 Aug 2021"]
            remarks.append(f"ISIN CNE{rng.randint(10**8, 10**9 - 1)}")
        elif program == "NS-PLC":
            remarks = [f"DOB {rng.randint(1940, 1980)}", f"POB {word(rng, 2)}"]
        name = (
            f"{word(rng, 3).upper()}, {word(rng, 2)}"
            if sdn_type
            else f"{word(rng, 3).upper()} {rng.choice(('BANK', 'OAO', 'CO., LTD.'))}"
        )
        nulls = [""] * 7
        prim.append(line(ent, name, sdn_type, program, *nulls, "; ".join(remarks) + "."))
        add.append(
            line(ent, 20_000 + i, f"{rng.randint(1, 99)} {word(rng, 3)} St", "Moscow", "Russia", "")
        )
        if rng.random() < 0.7:
            alt.append(line(ent, 30_000 + i, "aka", word(rng, 4).upper(), ""))
    write = sdn._write  # type: ignore[attr-defined]
    return {
        "CONS_PRIM.CSV": write(out / "CONS_PRIM.CSV", prim),
        "CONS_ADD.CSV": write(out / "CONS_ADD.CSV", add),
        "CONS_ALT.CSV": write(out / "CONS_ALT.CSV", alt),
        # The real file is never empty: one remarks continuation, as OFAC cuts them.
        "CONS_COMMENTS.CSV": write(
            out / "CONS_COMMENTS.CSV", [line(17_000, "continued after the 1000th character.")]
        ),
    }


def generate_advanced(out: Path, parties: int = ENTRIES) -> dict[str, Path]:
    """A CONS_ADVANCED.XML with `parties` parties, each with two sanctions entries."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / "CONS_ADVANCED.XML"
    rng = random.Random(parties)

    def el(
        parent: etree._Element, tag: str, text: str | None = None, **attrs: str
    ) -> etree._Element:
        node = etree.SubElement(
            parent, f"{{{NS}}}{tag}", {k.replace("_", "-"): v for k, v in attrs.items()}
        )
        node.text = text
        return node

    def point(parent: etree._Element, tag: str, y: int, m: int, d: int) -> None:
        node = el(parent, tag)
        el(node, "Year", str(y))
        el(node, "Month", str(m))
        el(node, "Day", str(d))

    with etree.xmlfile(str(path), encoding="utf-8") as xf:
        xf.write_declaration(standalone=True)
        with xf.element(f"{{{NS}}}Sanctions", {"Version": "3"}, nsmap={None: NS}):
            refs = etree.Element(f"{{{NS}}}ReferenceValueSets", nsmap={None: NS})  # type: ignore[dict-item]
            sets = {
                "AliasTypeValues": ("AliasType", {"1400": "A.K.A.", "1403": "Name"}),
                "CountryValues": ("Country", {"11171": "Russia"}),
                "DetailTypeValues": ("DetailType", {"1430": "DATE", "1432": "TEXT"}),
                "FeatureTypeValues": ("FeatureType", {"8": "Birthdate", "13": "SWIFT/BIC"}),
                "IDRegDocTypeValues": ("IDRegDocType", {"1585": "Registration ID"}),
                "LegalBasisValues": ("LegalBasis", {"91503": "Executive Order 13662 (Ukraine)"}),
                "ListValues": (
                    "List",
                    {
                        "91507": "Sectoral Sanctions Identifications List",
                        "91512": "Consolidated List",
                    },
                ),
                "NamePartTypeValues": ("NamePartType", {"1525": "Entity Name"}),
                "PartySubTypeValues": ("PartySubType", {"3": "Unknown"}),
                "PartyTypeValues": ("PartyType", {"2": "Entity"}),
                "SanctionsTypeValues": (
                    "SanctionsType",
                    {"1": "Program", "91505": "13662 Sectoral Directive 1"},
                ),
                "ScriptValues": ("Script", {"215": "Latin"}),
                "EntryEventTypeValues": ("EntryEventType", {"1": "Created"}),
                "ReliabilityValues": ("Reliability", {"1": "Unknown"}),
                "ValidityValues": ("Validity", {"1": "Valid"}),
            }
            for set_name, (item, values) in sets.items():
                node = el(refs, set_name)
                for ref_id, text in values.items():
                    attrs = {"ID": ref_id}
                    if item == "PartySubType":
                        attrs["PartyTypeID"] = "2"
                    el(node, item, text, **attrs)
            xf.write(refs)
            xf.write(etree.Element(f"{{{NS}}}Locations"))
            with xf.element(f"{{{NS}}}IDRegDocuments"):
                for i in range(parties):
                    doc = etree.Element(
                        f"{{{NS}}}IDRegDocument",
                        {
                            "ID": str(900_000 + i),
                            "IDRegDocTypeID": "1585",
                            "IdentityID": str(500_000 + i),
                            "IssuedBy-CountryID": "11171",
                        },
                    )
                    el(doc, "IDRegistrationNo", str(rng.randint(10**12, 10**13 - 1)))
                    xf.write(doc)
            with xf.element(f"{{{NS}}}DistinctParties"):
                for i in range(parties):
                    ref = str(17_000 + i)
                    party = etree.Element(f"{{{NS}}}DistinctParty", {"FixedRef": ref})
                    profile = el(party, "Profile", ID=ref, PartySubTypeID="3")
                    identity = el(
                        profile,
                        "Identity",
                        ID=str(500_000 + i),
                        FixedRef=ref,
                        Primary="true",
                        False_="false",
                    )
                    for n, (atype, primary) in enumerate((("1403", "true"), ("1400", "false"))):
                        alias = el(
                            identity,
                            "Alias",
                            FixedRef=ref,
                            AliasTypeID=atype,
                            Primary=primary,
                            LowQuality="false",
                        )
                        doc = el(
                            alias,
                            "DocumentedName",
                            ID=str(i * 2 + n),
                            FixedRef=ref,
                            DocNameStatusID="1",
                        )
                        part = el(doc, "DocumentedNamePart")
                        el(
                            part,
                            "NamePartValue",
                            f"SYNTHETIC PARTY {i} {'AB'[n]}",
                            NamePartGroupID=str(i * 2 + n),
                            ScriptID="215",
                            ScriptStatusID="1",
                            Acronym="false",
                        )
                    groups = el(identity, "NamePartGroups")
                    for n in range(2):
                        el(
                            el(groups, "MasterNamePartGroup"),
                            "NamePartGroup",
                            ID=str(i * 2 + n),
                            NamePartTypeID="1525",
                        )
                    feature = el(profile, "Feature", ID=str(i), FeatureTypeID="13")
                    version = el(feature, "FeatureVersion", ID=str(i), ReliabilityID="1")
                    el(version, "VersionDetail", f"SYN{i:05d}RU", DetailTypeID="1432")
                    el(
                        feature,
                        "IdentityReference",
                        IdentityID=str(500_000 + i),
                        IdentityFeatureLinkTypeID="1",
                    )
                    xf.write(party)
            xf.write(etree.Element(f"{{{NS}}}ProfileRelationships"))
            with xf.element(f"{{{NS}}}SanctionsEntries"):
                for i in range(parties):
                    for list_id, prefix in (("91512", "7"), ("91507", "5")):
                        entry = etree.Element(
                            f"{{{NS}}}SanctionsEntry",
                            {
                                "ID": f"{prefix}{i:07d}",
                                "ProfileID": str(17_000 + i),
                                "ListID": list_id,
                            },
                        )
                        event = el(
                            entry,
                            "EntryEvent",
                            ID=f"{prefix}{i:07d}",
                            EntryEventTypeID="1",
                            LegalBasisID="91503",
                        )
                        point(event, "Date", 2014 + i % 10, 1 + i % 12, 1 + i % 28)
                        el(
                            el(entry, "SanctionsMeasure", ID=f"{prefix}1{i}", SanctionsTypeID="1"),
                            "Comment",
                            "UKRAINE-EO13662",
                        )
                        el(entry, "SanctionsMeasure", ID=f"{prefix}2{i}", SanctionsTypeID="91505")
                        xf.write(entry)
    return {"CONS_ADVANCED.XML": path}


def bare_pass(files: dict[str, Path]) -> int:
    """The cheapest pass over the same files: csv.reader rows / lxml end events."""
    count = 0
    for path in files.values():
        if path.read_bytes()[:1] == b"<":
            for _event, elem in etree.iterparse(str(path), events=("end",), huge_tree=True):
                count += 1
                elem.clear()
        else:
            with open(path, encoding="utf-8", newline="") as fh:
                count += sum(1 for _ in csv.reader(fh))
    return count
