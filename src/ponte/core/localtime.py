"""Centre time: Europe/Rome wall-clock times and the UTC instants the vault stores.

Appointments are stored as UTC instants (``rfc3339``), so they sort and compare across the
daylight-saving changes; people type and read them in Europe/Rome. The zone data comes from
the operating system or, where it has none (Windows, a frozen build), from the ``tzdata``
package that Ponte depends on. Days ("today", a deadline's date) are Rome days: at 00:30 in
Milan it is already tomorrow, whatever UTC says.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from ponte.core.clock import parse_rfc3339, rfc3339
from ponte.core.errors import TimeDoesNotExist

ROME = ZoneInfo("Europe/Rome")


def local(instant: datetime) -> datetime:
    """The Rome wall-clock time of an aware instant."""
    if instant.tzinfo is None:
        raise ValueError("naive datetime")
    return instant.astimezone(ROME)


def today(now: datetime) -> date:
    """The day it is in Rome at ``now``."""
    return local(now).date()


def instant(day: date, at: time) -> datetime:
    """The UTC instant of a Rome wall-clock time.

    A time skipped when the clocks go forward (02:00–02:59 on the last Sunday of March) does
    not exist: TimeDoesNotExist, rather than a silent shift. A time that happens twice when
    they go back (02:00–02:59 on the last Sunday of October) is the first one, summer time.
    """
    wall = datetime.combine(day, at.replace(tzinfo=None), tzinfo=ROME)
    there = wall.astimezone(UTC)
    if there.astimezone(ROME).replace(tzinfo=None) != wall.replace(tzinfo=None):
        raise TimeDoesNotExist()
    return there


def stored(day: date, at: time) -> str:
    """:func:`instant` in the vault's form."""
    return rfc3339(instant(day, at))


@lru_cache(maxsize=4096)
def from_stored(text: str) -> datetime:
    """A stored instant as Rome wall-clock time (cached: views ask for the same ones)."""
    return local(parse_rfc3339(text))


def day_start(day: date) -> datetime:
    """The UTC instant a Rome day starts (midnight never falls in a DST gap in Rome)."""
    return instant(day, time(0, 0))


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def day_range(first: date, days: int) -> tuple[str, str]:
    """Stored bounds [start, end) of ``days`` Rome days from ``first`` (23 or 25 hours are a
    day too, when the clocks change)."""
    return rfc3339(day_start(first)), rfc3339(day_start(first + timedelta(days=days)))


def shift_days(text: str, days: int) -> str:
    """The same Rome wall-clock time ``days`` later (a week later is still 9:00, across a
    clock change), stored."""
    wall = from_stored(text)
    return stored(wall.date() + timedelta(days=days), wall.time())
