"""Appointments and places, and the rule for when two appointments clash.

An appointment is kept as a UTC instant and a length (``core/localtime`` turns it into Rome
time and back). Two appointments that are not cancelled clash when they overlap in time and
share an operatrice, or share a room of the centre; "outside" and "by phone" never clash by
place (two accompaniments can both be outside).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache

from ponte.core.clock import parse_rfc3339
from ponte.core.enums import AppointmentKind, PlaceKind
from ponte.core.errors import AppointmentInvalid

MIN_MINUTES = 5
MAX_MINUTES = 12 * 60
#: The built-in places every centre has; rooms are the centre's own (``places`` table).
EXTERNAL = "external"
PHONE = "phone"


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    kind: PlaceKind
    retired: bool = False


@dataclass
class Appointment:
    starts_at: str  # RFC 3339 UTC, as stored
    minutes: int
    kind: AppointmentKind
    staff: tuple[str, ...]  # account ids
    place_id: str = EXTERNAL
    case_id: str | None = None
    note: str = ""
    cancelled: bool = False
    id: str = ""

    @property
    def start(self) -> datetime:
        return _instant(self.starts_at)

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)

    def checked(self) -> Appointment:
        if not MIN_MINUTES <= self.minutes <= MAX_MINUTES or not self.staff:
            raise AppointmentInvalid()
        parse_rfc3339(self.starts_at)  # ValueError for anything but the stored form
        return self


@lru_cache(maxsize=4096)
def _instant(text: str) -> datetime:
    """Parsed once: a calendar reads the same few hundred start times over and over."""
    return parse_rfc3339(text)


@dataclass(frozen=True)
class Clash:
    """Why an appointment is marked: the other appointment, and the shared staff or room."""

    other_id: str
    staff: tuple[str, ...] = ()
    room: str = ""


def clashes(appointments: Iterable[Appointment], rooms: set[str]) -> dict[str, list[Clash]]:
    """Every overlap of live appointments sharing an operatrice or one of ``rooms``."""
    live = sorted((a for a in appointments if not a.cancelled), key=lambda a: (a.start, a.id))
    groups: dict[tuple[str, str], list[Appointment]] = defaultdict(list)
    for a in live:
        for who in a.staff:
            groups[("staff", who)].append(a)
        if a.place_id in rooms:
            groups[("room", a.place_id)].append(a)
    found: dict[tuple[str, str], Clash] = {}
    for (what, value), items in groups.items():
        for i, a in enumerate(items):  # sorted by start: stop at the first that starts later
            for b in items[i + 1 :]:
                if b.start >= a.end:
                    break
                for x, y in ((a, b), (b, a)):
                    known = found.get((x.id, y.id), Clash(y.id))
                    found[(x.id, y.id)] = (
                        Clash(y.id, (*known.staff, value), known.room)
                        if what == "staff"
                        else Clash(y.id, known.staff, value)
                    )
    out: dict[str, list[Clash]] = defaultdict(list)
    for (mine, _other), clash in sorted(found.items()):
        out[mine].append(clash)
    return dict(out)


@dataclass(frozen=True)
class DayItem:
    """An appointment as a view shows it: with its clashes and any open edit conflict."""

    appointment: Appointment
    woman_code: str = ""  # "" when it is not about a case (or she may not see the case)
    place: str = ""
    staff_names: tuple[str, ...] = ()
    clashes: tuple[Clash, ...] = ()
    moved_twice: bool = False  # two workstations moved it: a person chooses (replication)
    versions: tuple[str, ...] = field(default_factory=tuple)  # the start times in conflict
