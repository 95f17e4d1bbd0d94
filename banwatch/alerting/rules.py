"""Alert rules and channels from a YAML file (`alerts.yml` documents the format).

The file path comes from `--rules` or `$BANWATCH_ALERTS`. Everything is validated
with pydantic; a bad file raises AlertRulesError naming the file and the rule or
channel. Secrets are never in the file: channels name the environment variables or
Airflow connections that hold them.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Collection
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)

from transforms.model import Measure

ENV_RULES = "BANWATCH_ALERTS"

ChangeKind = Literal["added", "removed", "modified", "relisted"]
HealthEvent = Literal["quarantined", "fetch_failed", "parse_failed", "load_failed", "stale"]


class AlertRulesError(Exception):
    pass


def normalise_name(name: str) -> str:
    """Lower case, no accents, punctuation as single spaces (as the SQL matching)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _HttpChannel(_Model):
    url: str | None = None  # or url_env / the connection's host
    url_env: str | None = None
    conn_id: str | None = None  # Airflow connection (inside Airflow; else environment)
    timeout_seconds: float = Field(default=10.0, gt=0)
    retries: int = Field(default=3, ge=0, le=10)  # on connect errors, timeouts, 5xx, 429
    backoff_seconds: float = Field(default=1.0, ge=0)  # doubled after each retry


class WebhookChannel(_HttpChannel):
    """JSON POST signed with `X-Banwatch-Signature: sha256=<HMAC-SHA256 of the body>`."""

    type: Literal["webhook"]
    secret_env: str = "BANWATCH_WEBHOOK_SECRET"  # or the connection's password
    sign: bool = True  # an unsigned webhook must say so


class SlackChannel(_HttpChannel):
    """Slack-compatible incoming webhook: POST {"text": ...}. Its URL is a secret."""

    type: Literal["slack"]
    url_env: str | None = "BANWATCH_SLACK_WEBHOOK_URL"


class EmailChannel(_Model):
    """SMTP; each unset field falls back to the connection, then BANWATCH_SMTP_*."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    type: Literal["email"]
    host: str | None = None  # BANWATCH_SMTP_HOST
    port: int | None = None  # BANWATCH_SMTP_PORT; default 587 with starttls, 465 ssl, else 25
    user: str | None = None  # BANWATCH_SMTP_USER
    password_env: str = "BANWATCH_SMTP_PASSWORD"  # or the connection's password
    sender: str | None = Field(default=None, alias="from")  # BANWATCH_SMTP_FROM
    to: list[str] = Field(default_factory=list)  # BANWATCH_SMTP_TO (comma-separated)
    starttls: bool | None = None  # BANWATCH_SMTP_STARTTLS=1
    ssl: bool = False  # SMTP over TLS (port 465)
    conn_id: str | None = None
    timeout_seconds: float = Field(default=30.0, gt=0)


class FileChannel(_Model):
    """Appends one JSON object per alert to a file (relative to the rules file)."""

    type: Literal["file"]
    path: Path


Channel = Annotated[
    WebhookChannel | SlackChannel | EmailChannel | FileChannel, Field(discriminator="type")
]
_CHANNEL = TypeAdapter(Channel)

_CHANGE_CRITERIA = (
    "changes",
    "authorities",
    "jurisdictions",
    "programs",
    "measures",
    "countries",
    "names",
    "name_threshold",
    "initial_load",
)
_HEALTH_CRITERIA = ("events", "stale_factor")


class Rule(_Model):
    """A change rule (default) or, with `health: true`, a source-health rule.

    Every criterion given must match; within a list one value is enough; empty or
    absent means any. Implements warehouse.alerts.AlertRule.
    """

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    description: str = ""
    health: bool = False
    channels: list[str] = Field(min_length=1)
    sources: list[str] = Field(default_factory=list)
    since: datetime | None = None  # ignore events before (a date means 00:00 UTC)
    # change rules
    changes: list[ChangeKind] = Field(default_factory=lambda: list(get_args(ChangeKind)))
    authorities: list[str] = Field(default_factory=list)
    jurisdictions: list[str] = Field(default_factory=list)
    programs: list[str] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)  # countries or nationalities
    names: list[str] = Field(default_factory=list)  # watched names, fuzzy
    name_threshold: float = Field(default=0.92, ge=0.5, le=1.0)
    initial_load: bool = False  # also alert on a source's first load (its baseline)
    # health rules
    events: list[HealthEvent] = Field(default_factory=lambda: list(get_args(HealthEvent)))
    stale_factor: float = Field(default=2.0, ge=1.0)  # x the schedule's interval

    @field_validator("since", mode="before")
    @classmethod
    def _since(cls, v: Any) -> Any:
        if isinstance(v, date) and not isinstance(v, datetime):
            return datetime.combine(v, time(), UTC)
        return v

    @field_validator("since")
    @classmethod
    def _aware(cls, v: datetime | None) -> datetime | None:
        return v.replace(tzinfo=UTC) if v is not None and v.tzinfo is None else v

    @field_validator("names")
    @classmethod
    def _names(cls, v: list[str]) -> list[str]:
        for name in v:
            if not normalise_name(name):
                raise ValueError(f"watched name {name!r} has no letters or digits")
        return v

    @model_validator(mode="after")
    def _kind(self) -> Rule:
        wrong = _HEALTH_CRITERIA if not self.health else _CHANGE_CRITERIA
        given = sorted(set(wrong) & self.model_fields_set)
        if given:
            kind = "health rules" if self.health else "change rules (no `health: true`)"
            raise ValueError(f"{', '.join(given)} cannot be used in {kind}")
        return self


class AlertsConfig(_Model):
    path: Path
    channels: dict[str, Channel]
    rules: list[Rule]

    def channel(self, name: str) -> Channel | None:
        return self.channels.get(name)


def _errors(exc: ValidationError) -> str:
    parts = []
    for e in exc.errors():
        msg = e["msg"].removeprefix("Value error, ")
        loc = ".".join(str(p) for p in e["loc"])
        parts.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(parts)


def rules_path(explicit: Path | None = None) -> Path:
    """--rules, else $BANWATCH_ALERTS."""
    if explicit is not None:
        return explicit
    env = os.environ.get(ENV_RULES)
    if not env:
        raise AlertRulesError(f"no alert rules: pass --rules PATH or set {ENV_RULES}")
    return Path(env)


def load_rules(path: Path, *, known_sources: Collection[str] | None = None) -> AlertsConfig:
    """Read and validate a rules file; `known_sources` checks rule source ids."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AlertRulesError(f"{path}: cannot read alert rules: {exc}") from exc
    except yaml.YAMLError as exc:
        raise AlertRulesError(f"{path}: invalid YAML: {exc}") from exc
    if not isinstance(data, dict) or set(data) - {"channels", "rules"}:
        raise AlertRulesError(f"{path}: expected a mapping with `channels` and `rules`")
    raw_channels = data.get("channels") or {}
    raw_rules = data.get("rules") or []
    if not isinstance(raw_channels, dict) or not isinstance(raw_rules, list):
        raise AlertRulesError(f"{path}: `channels` must be a mapping and `rules` a list")

    channels: dict[str, Channel] = {}
    for name, raw in raw_channels.items():
        try:
            channel = _CHANNEL.validate_python(raw)
        except ValidationError as exc:
            raise AlertRulesError(f"{path}: channel {name!r}: {_errors(exc)}") from exc
        if isinstance(channel, FileChannel) and not channel.path.is_absolute():
            channel = channel.model_copy(update={"path": path.parent / channel.path})
        channels[str(name)] = channel

    rules: list[Rule] = []
    for i, raw in enumerate(raw_rules, start=1):
        label = repr(raw.get("name")) if isinstance(raw, dict) and raw.get("name") else f"#{i}"
        try:
            rule = Rule.model_validate(raw)
        except ValidationError as exc:
            raise AlertRulesError(f"{path}: rule {label}: {_errors(exc)}") from exc
        problems = [f"unknown channel {c!r}" for c in rule.channels if c not in channels]
        if known_sources is not None:
            problems += [f"unknown source {s!r}" for s in rule.sources if s not in known_sources]
        if any(r.name == rule.name for r in rules):
            problems.append("a rule with this name already exists")
        if problems:
            raise AlertRulesError(f"{path}: rule {label}: {'; '.join(problems)}")
        rules.append(rule)
    return AlertsConfig(path=path, channels=channels, rules=rules)
