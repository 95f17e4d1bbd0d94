"""OFAC SDN list parser: the CSV set, the legacy SDN.XML and the advanced XML.

The formats are told apart by CONTENT (file names are not trusted: they may be
lower-case or arbitrary); the format code shared with the consolidated non-SDN list
(`us_ofac_cons`) lives in `transforms.ofac`:

* the CSV set: SDN.CSV (one row per entry, 12 columns) plus the optional ADD.CSV
  (addresses), ALT.CSV (aliases) and SDN_COMMENTS.CSV (remarks overflow);
* the legacy XML (`sdnList` root), old tempuri and 2024+ namespace;
* the advanced XML (SDN_ADVANCED.XML, `Sanctions` root), whose sanctions entries also
  give listing dates and legal bases.

Every SDN record gets the measure `asset_freeze`: an SDN listing blocks property.
"""

from __future__ import annotations

from collections.abc import Iterator

from transforms.base import ParseContext, SnapshotFiles
from transforms.model import BanRecord, DateValue, Measure
from transforms.ofac import OfacProfile, parse_snapshot
from transforms.ofac import detect_format as _detect_format
from transforms.ofac.common import legal_basis_for as _legal_basis_for
from transforms.ofac.common import parse_birth_dates as _parse_birth_dates

SOURCE = "us_ofac_sdn"
PROFILE = OfacProfile(
    source=SOURCE,
    main_label="SDN main file",
    fixed_measures=(Measure.ASSET_FREEZE,),  # SDN listing = blocking of property
)


def detect_format(files: SnapshotFiles) -> str:
    """ "ofac_csv", "sdn_xml" or "ofac_advanced_xml", by content (ParseError if none)."""
    return _detect_format(files, PROFILE)


def legal_basis_for(program: str) -> str | None:
    """The legal basis of an SDN program tag, or None when not (confidently) known."""
    return _legal_basis_for(program, PROFILE)


def parse_birth_dates(raw: str) -> list[DateValue]:
    """OFAC's DOB spellings -> dates keeping their precision ([] when unparseable)."""
    return _parse_birth_dates(raw)


def parse(files: SnapshotFiles, ctx: ParseContext) -> Iterator[BanRecord]:
    """One BanRecord per SDN entry, in file order (ParseError for an unusable snapshot)."""
    return parse_snapshot(files, ctx, PROFILE)
