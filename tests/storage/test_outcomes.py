"""Her situation at intake, closure and the follow-ups: recorded with dates, only with her
consent after closure, read back, counted, exported with her data and erased with her."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from ponte.core.domain import Actor, Case, Person, PlanStep
from ponte.core.enums import (
    CaseStatus,
    CheckResult,
    ClosureReason,
    ConsentMethod,
    ContactChannel,
    ContactTime,
    OutcomeField,
    OutcomeMoment,
    PartnerOutcome,
    StepStatus,
    StepType,
)
from ponte.core.errors import ConsentMissing, NotEntitled, PermissionDenied, ValidationError
from ponte.core.followup import FollowUpConsent
from ponte.core.outcomes import Change
from ponte.storage import audit, cases, erase, export, followups, lifecycle, outcomes, plans
from ponte.storage.db import Database
from ponte.storage.outcome_stats import outcome_counts, outcome_published
from ponte.storage.stats import Period
from tests.storage.conftest import COORD, OP_A, OP_B

F, M = OutcomeField, OutcomeMoment
AT = datetime(2026, 9, 1, 10, 0, tzinfo=UTC)


def _case(db: Database, actor: Actor = OP_A, opened: date = date(2025, 1, 10)) -> tuple[str, str]:
    c = cases.create(db, actor, Person(alias="Demo Donna"), Case(opened_on=opened), at=AT)
    return c.id, c.person_id


def _close(db: Database, case_id: str, on: date, actor: Actor = OP_A) -> None:
    cases.close(
        db,
        actor,
        case_id,
        ClosureReason.GOALS_MET,
        at=datetime(on.year, on.month, on.day, 12, tzinfo=UTC),
    )


def _consent(person_id: str, given: date = date(2025, 6, 30), days: int = 500) -> FollowUpConsent:
    return FollowUpConsent(
        person_id,
        given,
        given + timedelta(days=days),
        ConsentMethod.WRITTEN,
        ContactChannel.PHONE_CALL,
        (ContactTime.MORNING, ContactTime.EVENING),
        leave_message=False,
    )


def test_a_follow_up_without_her_consent_is_refused_and_leaves_nothing(db: Database) -> None:
    case_id, _ = _case(db)
    _close(db, case_id, date(2025, 6, 30))
    before = audit.head(db)
    with pytest.raises(ConsentMissing):
        outcomes.record(
            db,
            OP_A,
            case_id,
            M.FOLLOWUP_6,
            date(2025, 12, 30),
            [Change(F.WORK, "permanent", date(2025, 11, 2))],
            at=AT,
        )
    assert db.scalar("SELECT count(*) FROM outcome_checks") == 0
    assert db.scalar("SELECT count(*) FROM outcome_changes") == 0
    assert audit.head(db) == before
    assert followups.due(db, OP_A, date(2025, 12, 30)) == [], "no consent, no reminder"


def test_her_situation_at_each_moment_with_every_change_dated(db: Database) -> None:
    case_id, person_id = _case(db)
    outcomes.record(
        db,
        OP_A,
        case_id,
        M.INTAKE,
        date(2025, 1, 10),
        [
            Change(F.WORK, "not_working", date(2023, 5, 1)),
            Change(F.AUTONOMOUS, "no", date(2025, 1, 10)),
            Change(F.HOUSING, "shelter", date(2025, 1, 10)),
        ],
        at=AT,
    )
    with pytest.raises(ValidationError):  # the path is not closed yet
        outcomes.record(db, OP_A, case_id, M.CLOSURE, date(2025, 6, 30), at=AT)
    _close(db, case_id, date(2025, 6, 30))
    outcomes.record(
        db,
        OP_A,
        case_id,
        M.CLOSURE,
        date(2025, 6, 30),
        [
            Change(F.WORK, "fixed_term", date(2025, 4, 14)),
            Change(F.AUTONOMOUS, "yes", date(2025, 6, 1)),
        ],
        at=AT,
    )
    followups.record_consent(db, OP_A, case_id, _consent(person_id), at=AT)
    outcomes.record(
        db,
        OP_A,
        case_id,
        M.FOLLOWUP_6,
        date(2026, 1, 12),
        [Change(F.WORK, "permanent", date(2025, 11, 3))],
        at=AT,
    )
    with pytest.raises(ValidationError):  # a change dated after the day it was learned
        outcomes.record(
            db,
            OP_A,
            case_id,
            M.FOLLOWUP_12,
            date(2026, 6, 30),
            [Change(F.INCOME, "self_sufficient", date(2026, 7, 1))],
            at=AT,
        )
    f = outcomes.outcome_file(db, OP_A, case_id, at=AT)
    assert list(f.checks) == [M.INTAKE, M.CLOSURE, M.FOLLOWUP_6]
    assert f.known(date(2025, 1, 10))[F.WORK] == "not_working"
    assert f.known(date(2025, 6, 30))[F.WORK] == "fixed_term"
    assert f.known(date(2026, 1, 12))[F.WORK] == "permanent"
    assert f.known(date(2026, 1, 12))[F.HOUSING] == "shelter", "the last known value stays"
    assert f.due(M.FOLLOWUP_6) == date(2025, 12, 30)
    assert f.due(M.FOLLOWUP_12) == date(2026, 6, 30)
    assert [c.since for c in f.changes if c.field is F.WORK] == [
        date(2023, 5, 1),
        date(2025, 4, 14),
        date(2025, 11, 3),
    ]
    with pytest.raises(PermissionDenied):
        outcomes.outcome_file(db, OP_B, case_id, at=AT)

    mine = [e for e in audit.entries(db) if e.action.startswith("outcome.")]
    assert [e.action for e in mine] == ["outcome.record"] * 3 + ["outcome.open"]
    assert all(set(e.detail) <= {"kind", "changes"} for e in mine), "codes and counts only"


def test_the_due_list_holds_only_women_who_agreed_and_only_when_it_is_time(db: Database) -> None:
    agreed, person = _case(db)
    _close(db, agreed, date(2025, 6, 30))
    followups.record_consent(db, OP_A, agreed, _consent(person), at=AT)
    refused, _ = _case(db)
    _close(db, refused, date(2025, 6, 30))
    others, other_person = _case(db, OP_B)
    _close(db, others, date(2025, 6, 30), OP_B)
    followups.record_consent(db, OP_B, others, _consent(other_person), at=AT)

    assert followups.due(db, OP_A, date(2025, 12, 15)) == [], "shown 14 days ahead"
    due = followups.due(db, OP_A, date(2025, 12, 16))
    assert [(d.due.case_id, d.due.moment, d.due.due) for d in due] == [
        (agreed, M.FOLLOWUP_6, date(2025, 12, 30))
    ]
    assert due[0].consent.channel is ContactChannel.PHONE_CALL
    assert due[0].consent.times == (ContactTime.MORNING, ContactTime.EVENING)
    assert not due[0].consent.leave_message
    assert {d.due.case_id for d in followups.due(db, COORD, date(2026, 1, 5))} == {agreed, others}

    outcomes.record(
        db, OP_A, agreed, M.FOLLOWUP_6, date(2026, 1, 5), result=CheckResult.NOT_REACHED, at=AT
    )
    assert followups.due(db, OP_A, date(2026, 1, 5)) == []
    assert [d.due.moment for d in followups.due(db, OP_A, date(2026, 6, 20))] == [M.FOLLOWUP_12]
    consent_id = followups.consents_for(db, person)[0].id
    followups.withdraw_consent(db, OP_A, agreed, consent_id, at=datetime(2026, 6, 1, tzinfo=UTC))
    assert followups.due(db, OP_A, date(2026, 6, 20)) == [], "withdrawn: no more reminders"
    with pytest.raises(ConsentMissing):
        outcomes.record(db, OP_A, agreed, M.FOLLOWUP_12, date(2026, 6, 30), at=AT)


def test_a_partners_word_changes_nothing_until_she_confirms_it(db: Database) -> None:
    case_id, _ = _case(db)
    db.execute(
        "INSERT INTO referrals (id, case_id, recipient, service_type, packet_id, status,"
        " created_at, updated_at) VALUES ('ref-1', ?, 'cpi-rho', 'cpi', 'pkt-ref-1', 'sent',"
        " '2025-02-01T10:00:00Z', '2025-02-01T10:00:00Z')",
        (case_id,),
    )
    payload = {
        "v": 3,
        "referral": "pkt-ref-1",
        "status": "in_progress",
        "outcome": "hired",
        "contract": "apprenticeship",
        "outcome_on": "2025-03-03",
    }

    def answer(packet_id: str, sender: str, said: dict[str, object]) -> None:
        with db.transaction():
            lifecycle.answered(db, packet_id, sender, said, AT, "sync", "dev")

    with pytest.raises(NotEntitled):  # only the service the referral was sent to answers
        answer("pkt-status-0", "another-member", payload)
    answer("pkt-status-1", "cpi-rho", payload)
    f = outcomes.outcome_file(db, OP_A, case_id, at=AT)
    assert [w.outcome for w in f.waiting] == [PartnerOutcome.HIRED]
    assert f.changes == [], "nothing changes by itself"
    change = outcomes.confirm(db, OP_A, "pkt-status-1", at=AT)
    assert (change.field, change.value, change.since) == (
        F.WORK,
        "apprenticeship",
        date(2025, 3, 3),
    )
    f = outcomes.outcome_file(db, OP_A, case_id, at=AT)
    assert f.waiting == []
    assert f.known(date(2025, 3, 3))[F.WORK] == "apprenticeship"
    assert f.changes[0].source == "partner"
    assert f.changes[0].answer_id == "pkt-status-1"
    with pytest.raises(ValidationError):
        outcomes.confirm(db, OP_A, "pkt-status-1", at=AT)

    completed = {k: v for k, v in payload.items() if k != "contract"}
    answer(
        "pkt-status-2", "cpi-rho", {**completed, "status": "done", "outcome": "course_completed"}
    )
    outcomes.dismiss(db, OP_A, "pkt-status-2", at=AT)
    f = outcomes.outcome_file(db, OP_A, case_id, at=AT)
    assert f.known(date(2026, 1, 1))[F.TRAINING] is None, "set aside: nothing changed"
    assert [w.decision for w in f.partner] == ["confirmed", "dismissed"]
    db.execute("UPDATE referrals SET service_type = 'health' WHERE id = 'ref-1'")
    answer("pkt-status-3", "cpi-rho", payload)
    assert len(outcomes.outcome_file(db, OP_A, case_id, at=AT).partner) == 2, (
        "a clinic cannot say hired"
    )


def _seed_closed_quarter(db: Database) -> list[str]:
    """Six women closed in Q2 2026: two in work at closure, one found a job in 40 days."""
    ids = []
    for i in range(6):
        case_id, person = _case(db, COORD, date(2025, 11, 1))
        ids.append(case_id)
        outcomes.record(
            db,
            COORD,
            case_id,
            M.INTAKE,
            date(2025, 11, 1),
            [
                Change(F.WORK, "not_working", date(2025, 11, 1)),
                Change(F.AUTONOMOUS, "no", date(2025, 11, 1)),
            ],
            at=AT,
        )
        if i < 4:
            plans.add_step(
                db,
                COORD,
                PlanStep(
                    case_id,
                    StepType.FORMAZIONE,
                    StepStatus.DONE if i < 2 else StepStatus.IN_PROGRESS,
                ),
                at=AT,
            )
        _close(db, case_id, date(2026, 5, 15), COORD)
        got = [Change(F.WORK, "permanent", date(2025, 12, 11))] if i < 2 else []
        outcomes.record(db, COORD, case_id, M.CLOSURE, date(2026, 5, 15), got, at=AT)
        if i == 0:
            followups.record_consent(db, COORD, case_id, _consent(person, date(2026, 5, 15)), at=AT)
    return ids


def test_the_centre_counts_its_closed_paths_and_publishes_only_what_protects_them(
    db: Database,
) -> None:
    _seed_closed_quarter(db)
    counts = {t.name: t for t in outcome_counts(db, Period.quarter(2026, 2))}
    assert counts["outcome_training"].total() == 6
    assert counts["outcome_training"].value("training_completed") == 2
    assert counts["outcome_training"].value("training_started") == 2
    assert counts["outcome_training"].value("no_job_path") == 2
    assert counts["outcome_work_closure"].value("permanent") == 2
    assert counts["outcome_work_closure"].value("not_working") == 4, "as last known at intake"
    assert counts["outcome_first_job"].value("within_90_days") == 2
    assert counts["outcome_first_job"].value("no_job") == 4
    assert counts["outcome_autonomy"].value("intake_not_autonomous", "closure_not_autonomous") == 6
    # Six months later: the one who agreed is "not done", the others had no consent.
    later = {t.name: t for t in outcome_counts(db, Period.quarter(2026, 4))}
    assert later["outcome_followup_6"].value("not_done") == 1
    assert later["outcome_followup_6"].value("no_consent") == 5
    for t in outcome_published(db, Period.quarter(2026, 2)):
        assert not any(isinstance(c, int) and 0 < c < 5 for c in t.entries()), t.name


def test_her_outcomes_are_in_her_access_export_and_go_with_her_erasure(db: Database) -> None:
    _, person = _seed_one(db)
    doc = export.subject_access(db, COORD, person, at=AT)
    case_doc = doc["cases"][0]
    assert [c["field"] for c in case_doc["outcomes"]["changes"]] == ["work"]
    assert case_doc["outcomes"]["checks"][0]["moment"] == "closure"
    assert case_doc["outcomes"]["followup_consents"][0]["channel"] == "phone_call"
    assert json.dumps(doc)  # plain JSON
    erase.erase_person(db, COORD, person, at=AT)
    for table in ("outcome_changes", "outcome_checks", "followup_consents"):
        assert db.scalar(f"SELECT count(*) FROM {table}") == 0, table


def _seed_one(db: Database) -> tuple[str, str]:
    case_id, person = _case(db, COORD)
    _close(db, case_id, date(2025, 6, 30), COORD)
    outcomes.record(
        db,
        COORD,
        case_id,
        M.CLOSURE,
        date(2025, 6, 30),
        [Change(F.WORK, "tirocinio", date(2025, 5, 1))],
        at=AT,
    )
    followups.record_consent(db, COORD, case_id, _consent(person), at=AT)
    return case_id, person


def test_a_reopened_case_is_not_followed_up(db: Database) -> None:
    case_id, _person = _seed_one(db)
    assert followups.due(db, COORD, date(2025, 12, 20))
    f = cases.open_file(db, COORD, case_id, at=AT)
    f.case.status, f.case.closed_on = CaseStatus.ACTIVE, None
    cases.update_case(db, COORD, f.case, at=AT)
    assert followups.due(db, COORD, date(2025, 12, 20)) == []
