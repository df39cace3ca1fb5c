"""The anonymous calendar file for an operatrice's phone (RFC 5545, written by ``icalendar``).

Each event carries only what a phone calendar needs to remind her: when, where (a room's
name, or "outside" / "by phone"), an opaque label she chose (default "Appointment"), and an
opaque UID (``storage/calendar_feed.opaque_uid``). Never a name, a code, a case id, the
kind of appointment or its note: a phone calendar syncs to clouds the centre does not
control. tests/app/test_ics.py reads the file back and looks for each of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from ponte.core.diary import DayItem

PRODID = "-//Ponte//calendario//IT"


def calendar_bytes(
    items: Iterable[DayItem],
    *,
    label: str,
    place_of: Callable[[DayItem], str],
    uid_of: Callable[[str], str],
    now: datetime,
) -> bytes:
    from icalendar import Calendar, Event  # loaded when a calendar file is written, not at start

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    stamp = now.astimezone(UTC)
    for item in items:
        a = item.appointment
        event = Event()
        event.add("uid", f"{uid_of(a.id)}@ponte.invalid")
        event.add("dtstamp", stamp)
        event.add("dtstart", a.start)
        event.add("dtend", a.end)
        event.add("summary", label)
        place = place_of(item)
        if place:
            event.add("location", place)
        event.add("status", "CANCELLED" if a.cancelled else "CONFIRMED")
        event.add("class", "PRIVATE")
        cal.add_component(event)
    return bytes(cal.to_ical())
