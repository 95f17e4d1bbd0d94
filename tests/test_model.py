"""The ban-record model: dates keep their precision and are real calendar dates."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from transforms.model import BanRecord, DateValue, TargetType, content_hash


@pytest.mark.parametrize(
    ("raw", "value", "precision"),
    [
        ("2024-06-20", "2024-06-20", "day"),
        ("2024-06-20T00:00:00Z", "2024-06-20", "day"),
        ("2024-06", "2024-06", "month"),
        ("1963", "1963", "year"),
        ("28 Jul 1963", "1963-07-28", "day"),
        ("12-Oct-2021", "2021-10-12", "day"),
        ("Jul 1963", "1963-07", "month"),
        ("June 20, 2024", "2024-06-20", "day"),
        ("06/20/2024", "2024-06-20", "day"),
    ],
)
def test_date_spellings(raw: str, value: str, precision: str) -> None:
    parsed = DateValue.parse(raw)
    assert parsed is not None
    assert (parsed.value, parsed.precision, parsed.raw) == (value, precision, raw)


@pytest.mark.parametrize("raw", ["00/00/2019", "13/25/2020", "31 Feb 2020", "2024-13", "circa"])
def test_impossible_or_vague_dates_are_not_dates(raw: str) -> None:
    assert DateValue.parse(raw) is None


def test_precision_must_match_the_value() -> None:
    with pytest.raises(ValidationError):
        DateValue(value="2024-06-20", precision="year", raw="x")
    with pytest.raises(ValidationError):
        DateValue(value="2020-02-30", precision="day", raw="x")


def test_content_hash_ignores_fields_left_at_their_default() -> None:
    base = dict(
        source="s",
        record_id="1",
        name="N",
        target_type=TargetType.PERSON,
        authority="A",
        jurisdiction="US",
    )
    record = BanRecord(**base)  # type: ignore[arg-type]
    assert content_hash(record.to_row()) == content_hash({k: str(v) for k, v in base.items()})
    with pytest.raises(ValidationError):
        BanRecord(**{**base, "name": "  "})  # type: ignore[arg-type]
