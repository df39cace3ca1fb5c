"""Days and times in the interface's language (QLocale), for the day's screens."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale

from ponte.core import localtime


def day_text(day: date, fmt: str | None = None) -> str:
    """``None``: the locale's long form ("lunedì 30 marzo 2026"); else a QLocale pattern."""
    q = QDate(day.year, day.month, day.day)
    loc = QLocale()
    return loc.toString(q, QLocale.FormatType.LongFormat) if fmt is None else loc.toString(q, fmt)


def time_text(at: time | datetime) -> str:
    return f"{at:%H:%M}"


def stored_text(starts_at: str, fmt: str = "ddd d MMM") -> str:
    """A stored instant as a Rome day and time: "lun 30 mar 09:30"."""
    when = localtime.from_stored(starts_at)
    return f"{day_text(when.date(), fmt)} {time_text(when)}"
