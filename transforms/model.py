"""The common ban-record model every parser emits.

Records are plain pydantic models so they validate on construction, serialise to
JSON for staging, and give the warehouse a stable set of top-level fields to diff.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator


class TargetType(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    VESSEL = "vessel"
    AIRCRAFT = "aircraft"
    PRODUCT = "product"
    OTHER = "other"


class Measure(StrEnum):
    """The controlled vocabulary of measures."""

    ASSET_FREEZE = "asset_freeze"
    TRAVEL_BAN = "travel_ban"
    ARMS_EMBARGO = "arms_embargo"
    EXPORT_CONTROL = "export_control"
    IMPORT_RESTRICTION = "import_restriction"
    INVESTMENT_BAN = "investment_ban"
    FINANCIAL_RESTRICTION = "financial_restriction"
    ICT_PROHIBITION = "ict_prohibition"
    TELECOM_EQUIPMENT_BAN = "telecom_equipment_ban"
    TRANSPORT_SANCTION = "transport_sanction"
    DEBARMENT = "debarment"
    OTHER = "other"


Precision = Literal["day", "month", "year"]

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}


class DateValue(BaseModel):
    """A date that keeps its precision (a year alone stays a year) and its raw text."""

    model_config = ConfigDict(frozen=True)

    value: str  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    precision: Precision
    raw: str

    @model_validator(mode="after")
    def _check_value(self) -> DateValue:
        shape = {"year": r"\d{4}", "month": r"\d{4}-\d{2}", "day": r"\d{4}-\d{2}-\d{2}"}
        if not re.fullmatch(shape[self.precision], self.value):
            raise ValueError(f"date value {self.value!r} does not have {self.precision} precision")
        if self.precision == "day":
            date.fromisoformat(self.value)  # raises for 2020-02-31, 2019-00-00
        elif self.precision == "month" and not 1 <= int(self.value[5:]) <= 12:
            raise ValueError(f"date value {self.value!r} has no such month")
        return self

    @classmethod
    def parse(cls, raw: str) -> DateValue | None:
        """Parse the date spellings official lists use; None when it is not a date.

        Accepts ISO (2024-06-20, 2024-06, 2024), OFAC's "28 Jul 1963", "Jul 1963",
        "1963", and ISO timestamps (the date part is kept).
        """
        try:
            return cls._parse(raw)
        except ValidationError:
            return None  # shaped like a date but not one (00/00/2019, 31 Feb 2020)

    @classmethod
    def _parse(cls, raw: str) -> DateValue | None:
        text = raw.strip()
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?", text):
            return cls(value=f"{m[1]}-{m[2]}-{m[3]}", precision="day", raw=raw)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
            return cls(value=text, precision="month", raw=raw)
        if re.fullmatch(r"\d{4}", text):
            return cls(value=text, precision="year", raw=raw)
        if m := re.fullmatch(r"(\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*\.?[ ,-]+(\d{4})", text):
            month = _MONTHS.get(m[2].lower())
            if month:
                return cls(value=f"{m[3]}-{month:02d}-{int(m[1]):02d}", precision="day", raw=raw)
        if m := re.fullmatch(r"([A-Za-z]{3})[A-Za-z]*\.? (\d{1,2}),? (\d{4})", text):
            month = _MONTHS.get(m[1].lower())
            if month:
                return cls(value=f"{m[3]}-{month:02d}-{int(m[2]):02d}", precision="day", raw=raw)
        if m := re.fullmatch(r"([A-Za-z]{3})[A-Za-z]*\.? (\d{4})", text):
            month = _MONTHS.get(m[1].lower())
            if month:
                return cls(value=f"{m[2]}-{month:02d}", precision="month", raw=raw)
        if m := re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", text):  # MM/DD/YYYY (US lists)
            return cls(value=f"{m[3]}-{m[1]}-{m[2]}", precision="day", raw=raw)
        return None


class Alias(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    kind: str = "aka"  # aka | fka | nka | weak (low-quality a.k.a.)
    script: str | None = None


class Address(BaseModel):
    model_config = ConfigDict(frozen=True)

    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    remarks: str | None = None


class Identifier(BaseModel):
    model_config = ConfigDict(frozen=True)

    type: str  # e.g. "Passport", "National ID No.", "IMO", "Registration Number"
    value: str
    country: str | None = None
    raw: str | None = None


MilestoneRole = Literal["announced", "published", "effective", "deadline", "end"]


class Milestone(BaseModel):
    """A dated step of a ban: announced, published, effective, a deadline, or its end."""

    model_config = ConfigDict(frozen=True)

    role: MilestoneRole
    date: DateValue
    text: str = ""  # the evidence: the sentence or phrase the date was read from


class BanRecord(BaseModel):
    """One listed target as a source states it; `record_id` is stable across days."""

    model_config = ConfigDict(extra="forbid")

    source: str
    record_id: str
    name: str
    target_type: TargetType
    authority: str
    jurisdiction: str
    aliases: list[Alias] = Field(default_factory=list)
    addresses: list[Address] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    nationalities: list[str] = Field(default_factory=list)
    birth_dates: list[DateValue] = Field(default_factory=list)
    birth_places: list[str] = Field(default_factory=list)
    identifiers: list[Identifier] = Field(default_factory=list)
    programs: list[str] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    legal_basis: list[str] = Field(default_factory=list)
    listed_on: DateValue | None = None
    milestones: list[Milestone] = Field(default_factory=list)
    title: str | None = None
    remarks: str | None = None
    source_url: str | None = None
    properties: dict[str, str] = Field(default_factory=dict)  # source-specific extras

    @field_validator("record_id", "name")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must not be blank")
        return v

    def to_row(self) -> dict[str, Any]:
        """JSON-ready dict without empty/default fields: adding an optional field to the
        model later changes no stored record's content hash (no spurious "modified")."""
        return self.model_dump(mode="json", exclude_defaults=True)

    def content_hash(self) -> str:
        return content_hash(self.to_row())


def content_hash(row: dict[str, Any]) -> str:
    """sha256 of the record's canonical JSON; equal content gives an equal hash."""
    data = json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


class Announcement(BaseModel):
    """One item of an announcement feed (press release, Federal Register document, article).

    Feed parsers yield these beside the ban records extracted from them; ban records
    point back at their announcement through `properties["announcement_id"]`.
    """

    model_config = ConfigDict(extra="forbid")

    source: str
    item_id: str  # stable across fetches (the publisher's id, or a hash of the URL)
    url: str
    title: str
    published: DateValue | None
    text: str
    kind: str | None = None  # e.g. "press_release", "rule", "notice", "article"
    properties: dict[str, str] = Field(default_factory=dict)

    @field_validator("item_id", "url", "title")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must not be blank")
        return v

    def to_row(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_defaults=True)
