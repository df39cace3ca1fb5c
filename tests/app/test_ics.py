"""The calendar file for her phone says when and where, and nothing about who or why.

A real vault with cases whose name, code, codice fiscale, note and ids are distinctive; the
file is read back the way a calendar app would (``icalendar``), and its raw bytes are
searched for every one of them, unfolded (RFC 5545 folds long lines)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from icalendar import Calendar

from ponte.app.casework import Casework
from ponte.app.day import Day
from ponte.core import localtime as lt
from ponte.core.clock import FakeClock
from ponte.core.diary import PHONE, Appointment
from ponte.core.domain import Case, Person
from ponte.core.enums import AppointmentKind
from ponte.core.errors import PermissionDenied
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault

NOW = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def day(tmp_path: Path) -> Iterator[Day]:
    vault, _ = Vault.create(
        tmp_path / "v", username="ana", display_name="Anastasia Operatrice",
        passphrase="pw pw pw pw", kdf=TEST_PARAMS, clock=FakeClock(NOW),
    )  # fmt: skip
    yield Day(Casework(vault))
    vault.lock()


def _unfolded(data: bytes) -> str:
    return data.decode().replace("\r\n ", "").replace("\r\n\t", "")


def test_the_ics_file_holds_time_place_and_label_only(day: Day, tmp_path: Path) -> None:
    desk = day.desk
    case_id = desk.new_case(
        Person(alias="Zoltanella Quirinetti", codice_fiscale="QRNZTN80A41F205X"),
        Case(opened_on=date(2026, 1, 5)),
    )
    code = desk.open_case(case_id).person.woman_code
    person_id = desk.open_case(case_id).person.id
    room = day.add_place("Stanza Girasole")
    me = day.actor.account_id
    booked = [
        day.book(
            Appointment(
                lt.stored(date(2026, 3, 30), time(9, 30)), 60, AppointmentKind.HEARING, (me,),
                room.id, case_id, "udienza per la denuncia contro il marito",
            )
        ),
        day.book(
            Appointment(
                lt.stored(date(2026, 3, 27), time(15)), 30, AppointmentKind.INTERVIEW, (me,),
                PHONE, case_id, "chiamarla sul cellulare della sorella",
            )
        ),
    ]  # fmt: skip
    out = tmp_path / "agenda.ics"
    with pytest.raises(PermissionDenied):
        day.export_calendar(out, label_text="Impegno", lang="it")  # opt-in first
    assert not out.exists()
    day.set_calendar_opt_in(True)
    assert day.export_calendar(out, label_text="Impegno", lang="it") == 2
    data = out.read_bytes()
    text = _unfolded(data)
    leaks = [
        "Zoltanella", "Quirinetti", "QRNZTN80A41F205X", code, case_id, person_id,
        "udienza", "denuncia", "sorella", "Anastasia", me, room.id,
        *(a.id for a in booked), "hearing", "interview", "udienza o audizione",
    ]  # fmt: skip
    assert [s for s in leaks if s.lower() in text.lower()] == []
    events = Calendar.from_ical(data).walk("VEVENT")
    assert sorted(str(e["summary"]) for e in events) == ["Impegno", "Impegno"]
    assert sorted(str(e["location"]) for e in events) == ["Stanza Girasole", "telefonico"]
    starts = sorted(e.decoded("dtstart") for e in events)
    assert starts == [  # the right instants: 15:00 CET and 09:30 CEST, after the clocks changed
        datetime(2026, 3, 27, 14, 0, tzinfo=UTC),
        datetime(2026, 3, 30, 7, 30, tzinfo=UTC),
    ]
    allowed = {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "LOCATION", "STATUS", "CLASS"}
    assert all(set(e.keys()) <= allowed for e in events)
    # The same appointment keeps its opaque UID from one export to the next.
    uids = sorted(str(e["uid"]) for e in events)
    day.export_calendar(out, label_text="Impegno", lang="it")
    assert (
        sorted(str(e["uid"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == uids
    )
