"""The day in the vault: appointments, deadlines from real rows, assignment and closure
approval, letter templates — on a real SQLCipher file, checked as each role would meet them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from ponte.core import localtime as lt
from ponte.core.diary import EXTERNAL, Appointment
from ponte.core.domain import Actor, Case, Consent, Person, PlanStep, RiskAssessment
from ponte.core.enums import (
    AppointmentKind,
    CaseDateKind,
    CaseStatus,
    ClosureReason,
    ConsentMethod,
    DeadlineKind,
    DeadlineOutcome,
    LetterKind,
    ReferralStatus,
    RiskLevel,
    RiskTool,
    ServiceType,
    StepType,
)
from ponte.core.errors import (
    AssignmentInvalid,
    ClosureNeedsApproval,
    NotFound,
    PermissionDenied,
    RuleInvalid,
    TemplateInvalid,
)
from ponte.core.letters import LetterTemplate
from ponte.storage import (
    accounts,
    appointments,
    assignment,
    audit,
    cases,
    centre_settings,
    consents,
    deadline_rules,
    deadlines,
    letter_templates,
    plans,
    retention,
    risk,
)
from ponte.storage.accounts import Role
from ponte.storage.db import Database

from .conftest import COORD

AT = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
TODAY = lt.today(AT)


@pytest.fixture
def staff(db: Database) -> tuple[Actor, Actor]:
    a = accounts.insert(db, username="ana", display_name="Ana Op", role=Role.OPERATRICE, at=AT)
    b = accounts.insert(db, username="bea", display_name="Bea Op", role=Role.OPERATRICE, at=AT)
    return Actor(a.id, "operatrice", "dev-1"), Actor(b.id, "operatrice", "dev-1")


def _case(db: Database, actor: Actor, alias: str = "Giulia") -> str:
    return cases.create(db, actor, Person(alias=alias), Case(opened_on=date(2026, 1, 5)), at=AT).id


def _appt(
    who: Actor,
    day: date,
    at: time,
    minutes: int = 60,
    place: str = EXTERNAL,
    case: str | None = None,
) -> Appointment:
    return Appointment(
        lt.stored(day, at), minutes, AppointmentKind.INTERVIEW, (who.account_id,), place, case
    )


# ---------------------------------------------------------------- appointments
def test_week_shows_her_appointments_at_rome_time_with_clashes_and_hides_what_she_may_not_see(
    db: Database, staff: tuple[Actor, Actor]
) -> None:
    ana, bea = staff
    room = appointments.add_place(db, COORD, "Stanza 1", at=AT)
    mine = _case(db, ana, "Mia")
    hers = _case(db, bea, "Sua")
    monday = date(2026, 3, 23)  # the week the clocks change (Sunday 29 March)
    appointments.create(db, ana, _appt(ana, monday, time(9), place=room.id, case=mine), at=AT)
    theirs = _appt(bea, monday, time(9, 30), place=room.id, case=hers)
    theirs.note = "porta i documenti"
    appointments.create(db, bea, theirs, at=AT)
    sunday = appointments.create(db, ana, _appt(ana, date(2026, 3, 29), time(9)), at=AT)
    appointments.create(db, ana, _appt(ana, date(2026, 3, 30), time(9)), at=AT)  # next week
    start, end = lt.day_range(monday, 7)

    week = appointments.between(db, ana, start, end)
    assert len(week) == 3
    assert [lt.from_stored(i.appointment.starts_at).time() for i in week] == [
        time(9),
        time(9, 30),
        time(9),
    ]
    assert week[2].appointment.id == sunday.id  # Sunday after the change is still in the week
    own, other = week[0], week[1]
    assert own.woman_code
    assert own.place == "Stanza 1"
    assert [c.room for c in own.clashes] == [room.id]  # Bea took the same room
    assert other.woman_code == ""
    assert other.appointment.note == ""
    assert [
        i.appointment.id for i in appointments.between(db, bea, start, end, staff=bea.account_id)
    ] == [other.appointment.id]


def test_moving_and_cancelling_are_audited_and_only_those_involved_may_do_it(
    db: Database, staff: tuple[Actor, Actor]
) -> None:
    ana, bea = staff
    appt = appointments.create(db, ana, _appt(ana, TODAY, time(10)), at=AT)
    moved = Appointment(**{**appt.__dict__, "starts_at": lt.shift_days(appt.starts_at, 1)})
    with pytest.raises(PermissionDenied):
        appointments.update(db, bea, moved, at=AT)
    assert appointments.update(db, ana, moved, at=AT).starts_at == moved.starts_at
    appointments.cancel(db, COORD, appt.id, at=AT)
    assert appointments.get(db, appt.id).cancelled
    actions = [e.action for e in audit.entries(db) if e.detail.get("appointment_id") == appt.id]
    assert actions == ["appointment.add", "appointment.move", "appointment.cancel"]
    assert all("Giulia" not in str(e.detail) for e in audit.entries(db))


# ---------------------------------------------------------------- deadlines from real rows
def _kinds(db: Database, actor: Actor, today: date) -> dict[DeadlineKind, list[date]]:
    out: dict[DeadlineKind, list[date]] = {}
    for d in deadlines.pending(db, actor, today):
        out.setdefault(d.kind, []).append(d.due)
    return out


def test_each_rule_finds_its_deadline_in_the_vault(
    db: Database, staff: tuple[Actor, Actor]
) -> None:
    ana, _ = staff
    cid = _case(db, ana)
    person = db.scalar("SELECT person_id FROM cases WHERE id = ?", (cid,))
    consents.record(
        db, ana,
        Consent(person, ServiceType.CPI, "lavoro", date(2025, 6, 1), date(2026, 5, 30), ConsentMethod.WRITTEN),
        at=AT,
    )  # fmt: skip
    deadlines.set_date(db, ana, cid, CaseDateKind.COMPLAINT_FILED, date(2026, 5, 3), at=AT)
    deadlines.set_date(db, ana, cid, CaseDateKind.RDL_REQUESTED, date(2026, 3, 10), at=AT)
    risk.record(
        db, ana,
        RiskAssessment(cid, RiskTool.SARA_S, date(2026, 4, 10), RiskLevel.HIGH, ana.account_id),
        at=AT,
    )  # fmt: skip
    plans.add_step(db, ana, PlanStep(cid, StepType.TIROCINIO, due_on=date(2026, 5, 8)), at=AT)
    db.execute(
        "INSERT INTO referrals (id, case_id, recipient, service_type, status, created_at,"
        " updated_at) VALUES ('r1', ?, 'm', 'cpi', ?, '2026-04-15T09:00:00Z', '2026-04-15T09:00:00Z')",
        (cid, ReferralStatus.DELIVERED.value),
    )
    found = _kinds(db, ana, TODAY)
    assert found == {
        DeadlineKind.CONSENT_EXPIRY: [date(2026, 5, 30)],
        DeadlineKind.HEARING_WINDOW: [date(2026, 5, 6)],
        DeadlineKind.RDL_ANSWER: [date(2026, 5, 9)],
        DeadlineKind.RISK_REVIEW: [date(2026, 5, 10)],
        DeadlineKind.PLAN_STEP_DUE: [date(2026, 5, 8)],
        DeadlineKind.REFERRAL_UNANSWERED: [date(2026, 4, 29)],
    }
    # The first payment arrived: no answer is awaited any more; the last payment is a year on.
    deadlines.set_date(db, ana, cid, CaseDateKind.RDL_FIRST_PAYMENT, date(2026, 5, 1), at=AT)
    assert DeadlineKind.RDL_ANSWER not in _kinds(db, ana, TODAY)
    assert _kinds(db, ana, date(2027, 3, 5))[DeadlineKind.RDL_END] == [date(2027, 4, 1)]
    # The centre changes a rule: the deadline moves with it.
    deadline_rules.save(db, COORD, {"codice_rosso.hearing_days": 2}, at=AT)
    assert _kinds(db, ana, TODAY)[DeadlineKind.HEARING_WINDOW] == [date(2026, 5, 5)]
    with pytest.raises(RuleInvalid):
        deadline_rules.save(db, COORD, {"risk.review_high": 0}, at=AT)
    with pytest.raises(PermissionDenied):
        deadline_rules.save(db, ana, {"risk.review_high": 10}, at=AT)


def test_settling_a_deadline_removes_it_everywhere_and_only_once(
    db: Database, staff: tuple[Actor, Actor]
) -> None:
    ana, bea = staff
    cid = _case(db, ana)
    deadlines.set_date(db, ana, cid, CaseDateKind.COMPLAINT_FILED, TODAY, at=AT)
    (hearing,) = deadlines.pending(db, ana, TODAY)
    with pytest.raises(PermissionDenied):
        deadlines.mark(db, bea, hearing, DeadlineOutcome.DONE, at=AT)
    deadlines.mark(db, ana, hearing, DeadlineOutcome.DONE, at=AT)
    assert deadlines.pending(db, ana, TODAY) == []
    with pytest.raises(NotFound):
        deadlines.mark(db, ana, hearing, DeadlineOutcome.DONE, at=AT)


def test_closed_cases_show_their_purge_day_to_those_who_purge(
    db: Database, staff: tuple[Actor, Actor]
) -> None:
    ana, _ = staff
    cid = _case(db, ana)
    cases.close(db, ana, cid, ClosureReason.GOALS_MET, at=datetime(2021, 5, 1, tzinfo=UTC))
    policy = retention.load_policy(db)
    (dl,) = [d for d in deadlines.compute(db, COORD) if d.kind is DeadlineKind.RETENTION_PURGE]
    assert (
        retention.preview(db, datetime.combine(dl.due - timedelta(1), time(12), UTC), policy) == []
    )
    assert retention.preview(db, datetime.combine(dl.due, time(12), UTC), policy) == [cid]
    assert all(d.kind is not DeadlineKind.RETENTION_PURGE for d in deadlines.compute(db, ana))


# ---------------------------------------------------------------- assignment and approval
def test_coordinatrice_assigns_and_the_new_operatrice_sees_it_since_she_last_looked(
    db: Database, staff: tuple[Actor, Actor]
) -> None:
    ana, bea = staff
    cid = _case(db, ana)
    with pytest.raises(PermissionDenied):
        assignment.assign(db, ana, cid, bea.account_id, at=AT)
    with pytest.raises(AssignmentInvalid):
        assignment.assign(db, COORD, cid, "nobody", at=AT)
    assignment.seen(db, bea.account_id, AT - timedelta(hours=1))
    with pytest.raises(PermissionDenied):
        cases.require_access(db, bea, cid)
    assignment.assign(db, COORD, cid, bea.account_id, at=AT)
    cases.require_access(db, bea, cid)
    with pytest.raises(PermissionDenied):
        cases.require_access(db, ana, cid)
    since = assignment.last_seen(db, bea.account_id)
    assert [r.case_id for r in assignment.assigned_since(db, bea, since)] == [cid]
    assert assignment.assigned_since(db, bea, "2026-05-04T08:00:01Z") == []
    # Her team: Ana may still see it, as a member, not as the responsible.
    assignment.set_team(db, bea, cid, [ana.account_id], at=AT)
    cases.require_access(db, ana, cid)
    load = assignment.caseload(db, COORD)
    assert dict((m.name, n) for m, n in load.per_staff)["Bea Op"] == 1


def test_an_edit_of_the_case_cannot_reassign_or_close_past_the_approval(
    db: Database, staff: tuple[Actor, Actor]
) -> None:
    ana, bea = staff
    cid = _case(db, ana)
    centre_settings.put(db, COORD, centre_settings.CLOSURE_APPROVAL, "1", at=AT)
    case = cases.case_from_row(db, db.query_one("SELECT * FROM cases WHERE id = ?", (cid,)))
    case.assigned_to = bea.account_id
    cases.update_case(db, ana, case, at=AT)
    assert db.scalar("SELECT assigned_to FROM cases WHERE id = ?", (cid,)) == ana.account_id
    case.status, case.closure_reason = CaseStatus.CLOSED, ClosureReason.GOALS_MET
    with pytest.raises(ClosureNeedsApproval):
        cases.update_case(db, ana, case, at=AT)
    with pytest.raises(ClosureNeedsApproval):
        cases.close(db, ana, cid, ClosureReason.GOALS_MET, at=AT)


def test_closing_asks_the_coordinatrice_when_the_centre_wants_it(
    db: Database, staff: tuple[Actor, Actor]
) -> None:
    ana, _ = staff
    free, asked = _case(db, ana), _case(db, ana)
    assert assignment.close_or_ask(db, ana, free, ClosureReason.GOALS_MET, at=AT) is None
    assert db.scalar("SELECT status FROM cases WHERE id = ?", (free,)) == "closed"
    centre_settings.put(db, COORD, centre_settings.CLOSURE_APPROVAL, "1", at=AT)
    request = assignment.close_or_ask(db, ana, asked, ClosureReason.MOVED, at=AT)
    assert request is not None
    assert db.scalar("SELECT status FROM cases WHERE id = ?", (asked,)) != "closed"
    assert assignment.close_or_ask(db, ana, asked, ClosureReason.MOVED, at=AT) == request  # once
    assert [q.case_id for q in assignment.caseload(db, COORD).closures] == [asked]
    with pytest.raises(PermissionDenied):
        assignment.decide(db, ana, request.id, True, at=AT)
    assignment.decide(db, COORD, request.id, True, at=AT)
    row = db.query_one("SELECT status, closure_reason FROM cases WHERE id = ?", (asked,))
    assert (row["status"], row["closure_reason"]) == ("closed", "moved")
    assert assignment.caseload(db, COORD).closures == []


# ---------------------------------------------------------------- templates
def test_the_centre_edits_a_builtin_template_and_adds_its_own(db: Database) -> None:
    (cover,) = [
        t for t in letter_templates.all_templates(db) if t.kind is LetterKind.REFERRAL_COVER
    ]
    changed = LetterTemplate(cover.id, cover.kind, "Accompagnamento", "Per ${nome}.", True)
    letter_templates.save(db, COORD, changed, at=AT)
    own = letter_templates.save(
        db, COORD, LetterTemplate("", LetterKind.OTHER, "Convocazione", "Gentile ${nome}"), at=AT
    )
    titles = [t.title for t in letter_templates.all_templates(db)]
    assert "Accompagnamento" in titles
    assert "Convocazione" in titles
    assert len(titles) == 5
    with pytest.raises(TemplateInvalid):
        letter_templates.save(
            db, COORD, LetterTemplate("", LetterKind.OTHER, "X", "${indirizzo_casa}"), at=AT
        )
    letter_templates.retire(db, COORD, own.id, at=AT)
    assert "Convocazione" not in [t.title for t in letter_templates.all_templates(db)]


def test_every_change_of_the_day_is_audited_by_id_and_kind_only(
    db: Database, staff: tuple[Actor, Actor]
) -> None:
    ana, bea = staff
    cid = _case(db, ana, "Zoltanella")
    before = {e.seq for e in audit.entries(db, limit=10_000)}
    room = appointments.add_place(db, COORD, "Stanza Segreta", at=AT)
    appt = appointments.create(db, ana, _appt(ana, TODAY, time(9), place=room.id, case=cid), at=AT)
    appointments.cancel(db, ana, appt.id, at=AT)
    deadlines.set_date(db, ana, cid, CaseDateKind.COMPLAINT_FILED, TODAY, at=AT)
    deadline_rules.save(db, COORD, {"notice_days": 5}, at=AT)
    centre_settings.put(db, COORD, centre_settings.SHELTER_ADDRESS, "Via Nascosta 3", at=AT)
    assignment.assign(db, COORD, cid, bea.account_id, at=AT)
    assignment.set_team(db, COORD, cid, [ana.account_id], at=AT)
    letter_templates.save(
        db, COORD, LetterTemplate("", LetterKind.OTHER, "Invito", "Gentile ${nome}"), at=AT
    )
    new = [e for e in audit.entries(db, limit=10_000) if e.seq not in before]
    assert [e.action for e in new] == [
        "place.add", "appointment.add", "appointment.cancel", "case.date", "deadline.rule",
        "centre.setting", "case.assign", "case.team", "template.save",
    ]  # fmt: skip
    text = str([(e.entity_id, e.detail) for e in new])
    for secret in ("Zoltanella", "Stanza Segreta", "Via Nascosta", "Invito", "Gentile"):
        assert secret not in text
    audit.verify_chain(db)


def test_a_case_whose_responsible_left_is_unassigned_in_the_caseload(
    db: Database, staff: tuple[Actor, Actor]
) -> None:
    ana, _ = staff
    cid = _case(db, ana)
    assert assignment.caseload(db, COORD).unassigned == []
    accounts.mark_removed(db, ana.account_id, AT)
    (orphan,) = assignment.caseload(db, COORD).unassigned
    assert orphan.case_id == cid
