"""Europe/Rome wall-clock times across the daylight-saving changes (zoneinfo + tzdata)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from ponte.core import localtime as lt
from ponte.core.errors import TimeDoesNotExist

SPRING = date(2026, 3, 29)  # last Sunday of March: 02:00 → 03:00
AUTUMN = date(2026, 10, 25)  # last Sunday of October: 03:00 → 02:00


def test_nine_oclock_is_nine_oclock_on_both_sides_of_each_change() -> None:
    assert lt.stored(date(2026, 3, 28), time(9)) == "2026-03-28T08:00:00Z"  # CET, +01
    assert lt.stored(date(2026, 3, 30), time(9)) == "2026-03-30T07:00:00Z"  # CEST, +02
    assert lt.stored(date(2026, 10, 24), time(9)) == "2026-10-24T07:00:00Z"
    assert lt.stored(date(2026, 10, 26), time(9)) == "2026-10-26T08:00:00Z"
    assert lt.from_stored("2026-03-30T07:00:00Z").time() == time(9)


def test_a_time_the_clocks_skip_is_refused_and_a_doubled_time_is_the_first() -> None:
    with pytest.raises(TimeDoesNotExist):
        lt.stored(SPRING, time(2, 30))
    assert lt.stored(SPRING, time(3, 0)) == "2026-03-29T01:00:00Z"
    assert lt.stored(AUTUMN, time(2, 30)) == "2026-10-25T00:30:00Z"  # the first 02:30, +02


def test_days_have_23_and_25_hours_and_week_bounds_are_rome_midnights() -> None:
    start, end = lt.day_range(SPRING, 1)
    assert (start, end) == ("2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z")  # 23 hours
    start, end = lt.day_range(AUTUMN, 1)
    assert (start, end) == ("2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z")  # 25 hours
    assert lt.monday(SPRING) == date(2026, 3, 23)
    assert lt.day_range(lt.monday(SPRING), 7) == ("2026-03-22T23:00:00Z", "2026-03-29T22:00:00Z")


def test_moving_by_a_week_across_a_change_keeps_the_wall_clock_time() -> None:
    before = lt.stored(date(2026, 3, 24), time(9, 30))
    after = lt.shift_days(before, 7)
    assert lt.from_stored(after).time() == time(9, 30)
    assert after == "2026-03-31T07:30:00Z"


def test_today_is_the_rome_day_not_the_utc_day() -> None:
    assert lt.today(datetime(2026, 6, 1, 22, 30, tzinfo=UTC)) == date(2026, 6, 2)
    assert lt.today(datetime(2026, 1, 1, 22, 30, tzinfo=UTC)) == date(2026, 1, 1)
