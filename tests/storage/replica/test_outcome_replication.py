"""Her outcomes travel between the centre's workstations like the rest of her case file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ponte.core.enums import (
    ClosureReason,
    ConsentMethod,
    ContactChannel,
    OutcomeField,
    OutcomeMoment,
)
from ponte.core.followup import FollowUpConsent
from ponte.core.outcomes import Change
from ponte.storage import cases, followups, outcomes
from ponte.storage.replica import conflicts
from tests.storage.replica.mesh import centre, new_case, sync_all

M, F = OutcomeMoment, OutcomeField


def test_a_follow_up_recorded_on_one_workstation_is_seen_on_the_others(tmp_path: Path) -> None:
    a, b = centre(tmp_path, ("A", "B"))
    case_id = new_case(a)
    cases.close(a.db, a.actor, case_id, ClosureReason.GOALS_MET, at=a.clock.now())
    person = str(a.db.scalar("SELECT person_id FROM cases WHERE id = ?", (case_id,)))
    closed = a.clock.now().date()
    followups.record_consent(
        a.db,
        a.actor,
        case_id,
        FollowUpConsent(
            person, closed, date(2028, 1, 1), ConsentMethod.WRITTEN, ContactChannel.SHE_CALLS
        ),
        at=a.clock.now(),
    )
    outcomes.record(
        a.db, a.actor, case_id, M.CLOSURE, closed, [Change(F.WORK, "fixed_term", closed)],
        at=a.clock.now(),
    )  # fmt: skip
    sync_all([a, b])
    seen = outcomes.outcome_file(b.db, b.actor, case_id, at=b.clock.now())
    assert seen.known(closed)[F.WORK] == "fixed_term"
    assert list(seen.checks) == [M.CLOSURE]
    assert seen.consent(closed) is not None

    # Both record the six-month follow-up offline, on different days: one record, two
    # versions of its day, kept until a person chooses.
    day_a, day_b = date(2026, 9, 1), date(2026, 9, 3)
    outcomes.record(a.db, a.actor, case_id, M.FOLLOWUP_6, day_a, at=a.clock.now())
    outcomes.record(b.db, b.actor, case_id, M.FOLLOWUP_6, day_b, at=b.clock.now())
    sync_all([a, b])
    open_ = conflicts.open_conflicts(a.db, case_id)
    assert [(c.tbl, c.col) for c in open_] == [("outcome_checks", "on_day")]
    assert conflicts.open_conflicts(b.db, case_id)[0].key == open_[0].key
