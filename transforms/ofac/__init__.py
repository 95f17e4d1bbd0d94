"""OFAC's publications, shared by the `us_ofac_sdn` and `us_ofac_cons` sources.

common.py    lookups, record assembly, remarks tokens, identifiers, dates
legacy.py    the CSV set and the legacy `sdnList` XML
advanced.py  the advanced XML (reference values, parties, sanctions entries)
snapshot.py  format detection by content, and the parse entry point
"""

from transforms.ofac.common import OfacProfile
from transforms.ofac.snapshot import (
    FORMAT_ADVANCED,
    FORMAT_CSV,
    FORMAT_XML,
    detect_format,
    parse_snapshot,
)

__all__ = [
    "FORMAT_ADVANCED",
    "FORMAT_CSV",
    "FORMAT_XML",
    "OfacProfile",
    "detect_format",
    "parse_snapshot",
]
