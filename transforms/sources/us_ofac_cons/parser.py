"""OFAC Consolidated (non-SDN) list parser: CONS_*.CSV, CONSOLIDATED.XML, CONS_ADVANCED.XML.

The three publications share their formats with the SDN list, told apart by CONTENT;
the code lives in `transforms.ofac` (see its modules for each format's quirks). What
differs from `us_ofac_sdn`:

* records carry `source = "us_ofac_cons"`;
* measures are not a blanket asset freeze but derived per program, directive and
  (advanced XML) sanctions type from `lookups` in source.yml: SSI directives 1-3 ->
  financial_restriction, directive 4 -> export_control, NS-MBS -> financial_restriction,
  CMIC -> investment_ban, FSE / Part 561 -> financial_restriction, PLC -> other;
* listed_on: the advanced XML's entry dates (the earliest outside the "Consolidated
  List" aggregate), or the CSV remarks' "Listing Date (CMIC) 03 Jun 2021" /
  "Listing Date (EO 14024 Directive 2): 24 Feb 2022" tokens; none otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator

from transforms.base import ParseContext, SnapshotFiles
from transforms.model import BanRecord
from transforms.ofac import OfacProfile, parse_snapshot
from transforms.ofac import detect_format as _detect_format

SOURCE = "us_ofac_cons"
PROFILE = OfacProfile(
    source=SOURCE,
    main_label="CONS_PRIM main file",
    listed_on_from_remarks=True,
)


def detect_format(files: SnapshotFiles) -> str:
    """ "ofac_csv", "sdn_xml" or "ofac_advanced_xml", by content (ParseError if none)."""
    return _detect_format(files, PROFILE)


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord]:
    """One BanRecord per consolidated-list entry, in file order."""
    return parse_snapshot(files, ctx, PROFILE)
