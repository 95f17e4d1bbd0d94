"""Extractors: network I/O only (no database, no parsing)."""

from extractors.http import FetchedFile, FetchError, PreviousFetch, fetch_file, make_client

__all__ = ["FetchError", "FetchedFile", "PreviousFetch", "fetch_file", "make_client"]
