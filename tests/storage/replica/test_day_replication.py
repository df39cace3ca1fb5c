"""The day between a centre's workstations: appointments, dates, assignments and settings
replicate; two people moving the same appointment meet as a conflict that a person settles;
erasing her case takes her appointments with it on every workstation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest

from ponte.core import localtime as lt
from ponte.core.diary import EXTERNAL, Appointment
from ponte.core.enums import AppointmentKind, CaseDateKind, ClosureReason, LetterKind
from ponte.core.letters import LetterTemplate
from ponte.storage import (
    appointments,
    assignment,
    audit,
    centre_settings,
    deadline_rules,
    deadlines,
    erase,
    letter_templates,
)
from ponte.storage.replica import conflicts
from tests.storage.replica.mesh import Node, centre, join, new_case, state, sync_all

DAY = date(2026, 3, 9)


@pytest.fixture
def nodes(tmp_path: Path) -> list[Node]:
    return centre(tmp_path)


def _week(node: Node) -> list[object]:
    start, end = lt.day_range(lt.monday(DAY), 7)
    return appointments.between(node.db, node.actor, start, end)


def _book(node: Node, case_id: str | None, at: time = time(10)) -> Appointment:
    appt = Appointment(
        lt.stored(DAY, at), 60, AppointmentKind.INTERVIEW, (node.actor.account_id,), EXTERNAL,
        case_id, "primo colloquio",
    )  # fmt: skip
    return appointments.create(node.db, node.actor, appt, at=node.clock.now())


def test_two_people_moving_the_same_appointment_see_a_conflict_and_one_settles_it(
    nodes: list[Node],
) -> None:
    a, b, c = nodes
    case_id = new_case(a)
    appt = _book(a, case_id)
    sync_all(nodes)
    assert [i.appointment.id for i in _week(b)] == [appt.id]  # type: ignore[attr-defined]
    to_eleven = replace(appt, starts_at=lt.stored(DAY, time(11)))
    to_noon = replace(appt, starts_at=lt.stored(DAY, time(12)))
    appointments.update(a.db, a.actor, to_eleven, at=a.clock.now())
    b.clock.advance(1)
    appointments.update(b.db, b.actor, to_noon, at=b.clock.now())
    # Meanwhile someone else changes the note: a different field, no conflict there.
    c.clock.advance(2)
    appointments.update(c.db, c.actor, replace(appt, note="spostato?"), at=c.clock.now())
    sync_all(nodes)
    for n in nodes:
        (item,) = _week(n)
        assert item.moved_twice  # type: ignore[attr-defined]
        assert sorted(item.versions) == sorted([to_eleven.starts_at, to_noon.starts_at])  # type: ignore[attr-defined]
        assert item.appointment.note == "spostato?"  # type: ignore[attr-defined]
    assert state(a) == state(b) == state(c)
    (conflict,) = conflicts.open_conflicts(c.db, case_id)
    assert conflict.key == ("appointments", appt.id, "starts_at")
    conflicts.resolve(c.db, c.actor, *conflict.key, to_eleven.starts_at, at=c.clock.now())
    sync_all(nodes)
    for n in nodes:
        (item,) = _week(n)
        assert not item.moved_twice  # type: ignore[attr-defined]
        assert item.appointment.starts_at == to_eleven.starts_at  # type: ignore[attr-defined]
    assert state(a) == state(b) == state(c)
    for n in nodes:
        audit.verify_chain(n.db)


def test_dates_assignment_rules_settings_and_templates_reach_every_workstation(
    nodes: list[Node], tmp_path: Path
) -> None:
    a, b, c = nodes
    case_id = new_case(a)
    deadlines.set_date(a.db, a.actor, case_id, CaseDateKind.COMPLAINT_FILED, DAY, at=a.clock.now())
    deadline_rules.save(a.db, a.actor, {"codice_rosso.hearing_days": 2}, at=a.clock.now())
    centre_settings.put(a.db, a.actor, centre_settings.CLOSURE_APPROVAL, "1", at=a.clock.now())
    letter_templates.save(
        a.db, a.actor, LetterTemplate("", LetterKind.OTHER, "Invito", "Gentile ${nome}"),
        at=a.clock.now(),
    )  # fmt: skip
    sync_all(nodes)
    assignment.assign(b.db, b.actor, case_id, c.actor.account_id, at=b.clock.now())
    sync_all(nodes)
    for n in nodes:
        (dl,) = deadlines.pending(n.db, n.actor, DAY, case_id=case_id)
        assert dl.due == date(2026, 3, 11)
        assert centre_settings.closure_needs_approval(n.db)
        assert "Invito" in [t.title for t in letter_templates.all_templates(n.db)]
        assert (
            n.db.scalar("SELECT assigned_to FROM cases WHERE id = ?", (case_id,))
            == c.actor.account_id
        )
    # A workstation that joins later gets all of it in its snapshot.
    d = join(tmp_path, a, "D")
    assert d.db.scalar("SELECT count(*) FROM case_dates") == 1
    assert d.db.scalar("SELECT value FROM deadline_rules") == 2
    assert state(d)["case_assignments"] == state(a)["case_assignments"]


def test_erasing_her_case_erases_her_appointments_on_every_workstation(nodes: list[Node]) -> None:
    a, b, _c = nodes
    case_id = new_case(a, "Zoltanella")
    _book(a, case_id)
    meeting = _book(a, None, time(15))  # a team meeting: not hers, it stays
    deadlines.set_date(a.db, a.actor, case_id, CaseDateKind.RDL_REQUESTED, DAY, at=a.clock.now())
    sync_all(nodes)
    person = b.db.scalar("SELECT person_id FROM cases WHERE id = ?", (case_id,))
    erase.erase_person(b.db, b.actor, person, at=b.clock.now())
    sync_all(nodes)
    for n in nodes:
        assert [i.appointment.id for i in _week(n)] == [meeting.id]  # type: ignore[attr-defined]
        assert n.db.scalar("SELECT count(*) FROM case_dates") == 0
        assert (
            n.db.scalar(
                "SELECT count(*) FROM replica_log WHERE body LIKE '%primo colloquio%' AND rk != ?",
                (meeting.id,),
            )
            == 0
        )


def test_a_case_closed_through_approval_closes_everywhere(nodes: list[Node]) -> None:
    a, b, _ = nodes
    case_id = new_case(a)
    centre_settings.put(a.db, a.actor, centre_settings.CLOSURE_APPROVAL, "1", at=a.clock.now())
    sync_all(nodes)  # B's staff names reach A: a case can be given to B's operatrice
    assignment.assign(a.db, a.actor, case_id, b.vault.account.id, at=a.clock.now())
    sync_all(nodes)
    from ponte.core.domain import Actor

    op = Actor(b.vault.account.id, "operatrice", b.device)
    request = assignment.close_or_ask(b.db, op, case_id, ClosureReason.GOALS_MET, at=b.clock.now())
    assert request is not None
    sync_all(nodes)
    (waiting,) = assignment.closures(a.db, a.actor)
    assignment.decide(a.db, a.actor, waiting.id, True, at=a.clock.now())
    sync_all(nodes)
    for n in nodes:
        assert n.db.scalar("SELECT status FROM cases WHERE id = ?", (case_id,)) == "closed"
        assert assignment.closures(n.db, n.actor) == []
