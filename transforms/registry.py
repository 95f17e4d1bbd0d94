"""The source registry: one `source.yml` beside each parser in `transforms/sources/<id>/`.

Loading is pure file reading (no network, no database) so DAG files can call it at
parse time. Each YAML is validated with pydantic; a bad file is an error naming it.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from transforms.base import ParseContext, SnapshotFiles
from transforms.model import Announcement, BanRecord

SOURCES_DIR = Path(__file__).parent / "sources"
SOURCE_ID = re.compile(r"^[a-z]{2,4}_[a-z0-9]+_[a-z0-9_]+$|^[a-z]+_[a-z0-9_]+$")

Parser = Callable[[SnapshotFiles, ParseContext], Iterator[BanRecord | Announcement]]
# Optional `follow(name, path, ctx)` in a parser module: after file `name` was fetched,
# the further files to fetch as (file name, url) — next pages, linked articles.
Follower = Callable[[str, Path, ParseContext], list[tuple[str, str]]]


class RegistryError(Exception):
    pass


class SourceFile(BaseModel):
    """One file a source publishes; `name` is what the parser sees it as."""

    model_config = ConfigDict(extra="forbid")

    name: str
    url: str


class CountAssertion(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min: int = 0
    max: int | None = None

    @model_validator(mode="after")
    def _ordered(self) -> CountAssertion:
        if self.max is not None and self.max < self.min:
            raise ValueError(f"count max {self.max} < min {self.min}")
        return self


class SourceConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    publisher: str
    authority: str
    jurisdiction: str
    kind: Literal["list", "feed"]
    format: str
    files: list[SourceFile] = Field(min_length=1)
    schedule: str
    counts: CountAssertion = Field(default_factory=CountAssertion)
    max_bytes: int = 200 * 1024 * 1024
    timeout_seconds: float = 60.0
    # A snapshot that would remove more than this share of the active records is
    # quarantined instead of applied (a truncated file must not delist half a list).
    max_removal_share: float = Field(default=0.1, ge=0.0, le=1.0)
    # Likewise for amendments (a truncated side file strips aliases from most records).
    max_modified_share: float = Field(default=0.5, ge=0.0, le=1.0)
    # Feeds: how many further files (pages, linked articles) `follow` may add per fetch.
    max_follow: int = Field(default=0, ge=0)
    tags: list[str] = Field(default_factory=list)
    lookups: dict[str, dict[str, str]] = Field(default_factory=dict)
    description: str = ""

    @field_validator("id")
    @classmethod
    def _id_shape(cls, v: str) -> str:
        if not SOURCE_ID.match(v):
            raise ValueError(f"source id {v!r} does not follow <country>_<issuer>_<list>")
        return v

    @field_validator("schedule")
    @classmethod
    def _cron(cls, v: str) -> str:
        if not (v.startswith("@") or len(v.split()) == 5):
            raise ValueError(f"schedule {v!r} is not a cron expression or preset")
        return v

    @property
    def folder(self) -> Path:
        return SOURCES_DIR / self.id

    def parser(self) -> Parser:
        module = importlib.import_module(f"transforms.sources.{self.id}.parser")
        parse: Parser = module.parse
        return parse

    def follower(self) -> Follower | None:
        module = importlib.import_module(f"transforms.sources.{self.id}.parser")
        follow: Follower | None = getattr(module, "follow", None)
        return follow


def load_source(path: Path) -> SourceConfig:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        config = SourceConfig.model_validate(data)
    except (yaml.YAMLError, ValidationError) as exc:
        raise RegistryError(f"{path}: invalid source definition: {exc}") from exc
    if config.id != path.parent.name:
        raise RegistryError(f"{path}: id {config.id!r} differs from its folder name")
    return config


@cache
def all_sources() -> dict[str, SourceConfig]:
    """Every registered source, by id (sorted)."""
    found = sorted(SOURCES_DIR.glob("*/source.yml"))
    return {c.id: c for c in (load_source(p) for p in found)}


@cache
def get_source(source_id: str) -> SourceConfig:
    """One source's definition; reads only its own YAML, so another source's broken
    file cannot take this one down."""
    path = SOURCES_DIR / source_id / "source.yml"
    if not SOURCE_ID.match(source_id) or not path.is_file():
        known = ", ".join(p.parent.name for p in sorted(SOURCES_DIR.glob("*/source.yml")))
        raise RegistryError(f"unknown source {source_id!r} (known: {known or 'none'})")
    return load_source(path)
