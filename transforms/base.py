"""What every parser receives and reports through."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("banwatch.transforms")

# A snapshot as the parser sees it: file name (as declared in the source YAML, or as
# found on disk for --file) -> path of the raw bytes.
SnapshotFiles = Mapping[str, Path]


class ParseError(Exception):
    """The snapshot cannot be interpreted; the message names the source and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


@dataclass
class ParseContext:
    """Collects warnings (unknown fields, odd values) so nothing is absorbed silently."""

    source: str
    source_url: str | None = None
    warnings: list[str] = field(default_factory=list)
    max_warnings: int = 1000

    def warn(self, message: str) -> None:
        if len(self.warnings) < self.max_warnings:
            self.warnings.append(message)
        log.warning("%s: %s", self.source, message)

    def error(self, problem: str) -> ParseError:
        return ParseError(self.source, problem)


def read_file(files: SnapshotFiles, name: str) -> bytes:
    return Path(files[name]).read_bytes()
