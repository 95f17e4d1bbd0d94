"""Announcements (press releases, Federal Register rules, news) -> ban records.

`extract` / `extract_html` read a text into records of the stable JSON shape described
in `transforms.announcements.extract`; `to_ban_records` maps them onto `BanRecord`;
`evaluate` scores the extractor against the gold set in ``gold/``.
"""

from transforms.announcements.extract import extract, extract_any, extract_html, to_ban_records

__all__ = ["extract", "extract_any", "extract_html", "to_ban_records"]
