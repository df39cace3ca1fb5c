"""Small helpers to map rows to domain values (enums, dates, JSON lists)."""

from __future__ import annotations

import json
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

E = TypeVar("E", bound=StrEnum)


def enum_or_none(cls: type[E], value: Any) -> E | None:
    return None if value is None else cls(value)


def code(value: StrEnum | None) -> str | None:
    return None if value is None else value.value


def day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def parse_day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


def json_list(value: Any) -> list[Any]:
    loaded = json.loads(value or "[]")
    return loaded if isinstance(loaded, list) else []


def req_day(value: Any) -> date:
    """A NOT NULL date column."""
    return date.fromisoformat(value)


def as_dict(row: Any) -> dict[str, Any]:
    """A result row as a dict (iterating a row yields its values, not its column names)."""
    return dict(zip(row.keys(), tuple(row), strict=True))
