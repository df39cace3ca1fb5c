"""Deadlines of the cases a person follows: the dates they hang on, the facts read from the
vault, and the marks that settle one. The rules themselves are ``core/deadlines.py``; the
numbers are ``storage/deadline_rules.py``; the purge period is ``storage/retention.py``.

Scope: *mine* is the cases assigned to her or whose team she is in (her day); *one case*
is the case file; closed cases reaching their purge date are shown to those who purge
(a coordinatrice or an amministratrice), for the whole centre.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from ponte.core import deadlines as rules
from ponte.core import lifecycle
from ponte.core.clock import parse_rfc3339, rfc3339
from ponte.core.deadlines import ConsentFact, Dated, Deadline, RiskFact
from ponte.core.domain import Actor
from ponte.core.enums import CaseDateKind, DeadlineOutcome, RiskLevel
from ponte.core.errors import NotFound
from ponte.core.localtime import today as rome_day
from ponte.storage import audit, deadline_rules, retention
from ponte.storage._rows import as_dict
from ponte.storage.cases import require_access
from ponte.storage.db import Database

_OPEN_STEP = "('done', 'stopped', 'refused')"
#: Not answered yet, as the referral's state machine says (queued, sent, failed, delivered).
_UNANSWERED = "(" + ", ".join(f"'{s.value}'" for s in sorted(lifecycle.UNANSWERED)) + ")"


# ---------------------------------------------------------------- the dates of a case
def set_date(
    db: Database, actor: Actor, case_id: str, kind: CaseDateKind, day: date | None, *, at: datetime
) -> None:
    """Record (or, with ``None``, remove) the complaint / Reddito di libertà dates."""
    require_access(db, actor, case_id)
    with db.transaction():
        if day is None:
            db.execute("DELETE FROM case_dates WHERE case_id = ? AND kind = ?", (case_id, kind))
        else:
            db.execute(
                "INSERT INTO case_dates (case_id, kind, day) VALUES (?, ?, ?)"
                " ON CONFLICT (case_id, kind) DO UPDATE SET day = excluded.day",
                (case_id, kind.value, day.isoformat()),
            )
        audit.record(
            db,
            actor,
            "case.date",
            entity="case",
            entity_id=case_id,
            at=at,
            detail={"kind": kind.value},
        )


def dates(db: Database, actor: Actor, case_id: str) -> dict[CaseDateKind, date]:
    require_access(db, actor, case_id)
    rows = db.query("SELECT kind, day FROM case_dates WHERE case_id = ?", (case_id,))
    return {CaseDateKind(r["kind"]): date.fromisoformat(r["day"]) for r in rows}


# ---------------------------------------------------------------- the facts
def _scope(actor: Actor, case_id: str | None) -> tuple[str, tuple[str, ...]]:
    if case_id is not None:
        return "c.id = ?", (case_id,)
    return (
        "(c.assigned_to = ? OR c.id IN (SELECT case_id FROM case_team WHERE account_id = ?))",
        (actor.account_id, actor.account_id),
    )


def _dated(rows: Sequence[Any], on: str = "on_day") -> list[Dated]:
    return [Dated(r["case_id"], r["subject_id"], date.fromisoformat(r[on][:10])) for r in rows]


def compute(db: Database, actor: Actor, *, case_id: str | None = None) -> list[Deadline]:
    """Every deadline of the cases in scope, noticed or not (``core.deadlines.shown`` picks)."""
    r = deadline_rules.load(db)
    scope, params = _scope(actor, case_id)
    open_ = f"c.status != 'closed' AND {scope}"
    out: list[Deadline] = []
    consents = db.query(
        "SELECT co.id, co.person_id, co.service_type, co.recipient, co.expires_on,"
        f" (SELECT c.id FROM cases c WHERE c.person_id = co.person_id AND {open_}"
        "  ORDER BY c.opened_on DESC, c.id LIMIT 1) AS case_id"
        " FROM consents co WHERE co.withdrawn_at IS NULL",
        params,
    )
    out += rules.consent_expiry(
        (
            ConsentFact(
                c["case_id"],
                c["id"],
                (c["person_id"], c["service_type"], c["recipient"]),
                date.fromisoformat(c["expires_on"]),
            )
            for c in consents
            if c["case_id"] is not None
        ),
        r,
    )
    kinds: dict[str, list[Dated]] = {k.value: [] for k in CaseDateKind}
    for row in db.query(
        "SELECT d.case_id, d.case_id AS subject_id, d.kind, d.day AS on_day FROM case_dates d"
        f" JOIN cases c ON c.id = d.case_id WHERE {open_}",
        params,
    ):
        kinds[row["kind"]].extend(_dated([row]))
    paid = {d.case_id for d in kinds[CaseDateKind.RDL_FIRST_PAYMENT.value]}
    out += rules.hearing_window(kinds[CaseDateKind.COMPLAINT_FILED.value], r)
    out += rules.rdl_answer(kinds[CaseDateKind.RDL_REQUESTED.value], paid, r)
    out += rules.rdl_end(kinds[CaseDateKind.RDL_FIRST_PAYMENT.value], r)
    risks = db.query(
        "SELECT * FROM (SELECT ra.id, ra.case_id, ra.assessed_on, ra.level, ra.next_review,"
        " row_number() OVER (PARTITION BY ra.case_id ORDER BY ra.assessed_on DESC, ra.id DESC)"
        " AS n FROM risk_assessments ra JOIN cases c ON c.id = ra.case_id"
        f" WHERE {open_}) WHERE n = 1",
        params,
    )
    out += rules.risk_review(
        (
            RiskFact(
                x["case_id"],
                x["id"],
                date.fromisoformat(x["assessed_on"]),
                RiskLevel(x["level"]),
                date.fromisoformat(x["next_review"]) if x["next_review"] else None,
            )
            for x in risks
        ),
        r,
    )
    steps = db.query(
        "SELECT s.case_id, s.id AS subject_id, s.due_on AS on_day FROM plan_steps s"
        f" JOIN cases c ON c.id = s.case_id WHERE s.due_on IS NOT NULL"
        f" AND s.status NOT IN {_OPEN_STEP} AND {open_}",
        params,
    )
    out += rules.plan_step_due(_dated(steps), r)
    sent = db.query(
        "SELECT f.case_id, f.id AS subject_id, f.created_at FROM referrals f"
        f" JOIN cases c ON c.id = f.case_id WHERE f.status IN {_UNANSWERED} AND {open_}",
        params,
    )
    out += rules.referral_unanswered(
        (
            Dated(s["case_id"], s["subject_id"], rome_day(parse_rfc3339(s["created_at"])))
            for s in sent
        ),
        r,
    )
    if actor.sees_all_cases:
        where, extra = ("c.id = ?", (case_id,)) if case_id is not None else ("1", ())
        closed = db.query(
            "SELECT c.id AS case_id, c.id AS subject_id, c.closed_on AS on_day FROM cases c"
            f" WHERE c.status = 'closed' AND c.closed_on IS NOT NULL AND {where}",
            extra,
        )
        keep = retention.load_policy(db).closed_case_days
        out += rules.retention_purge(_dated(closed), keep, r)
    return out


def settled(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT id FROM deadline_marks")}


def pending(
    db: Database, actor: Actor, today: date, *, case_id: str | None = None
) -> list[Deadline]:
    """What her list shows today: noticed, not settled, most pressing first."""
    if case_id is not None:
        require_access(db, actor, case_id)
    return rules.shown(compute(db, actor, case_id=case_id), today, settled(db))


def mark(
    db: Database,
    actor: Actor,
    deadline: Deadline,
    outcome: DeadlineOutcome,
    *,
    at: datetime,
) -> None:
    """Settle a deadline (done; a consent let lapse): it leaves every list, on every
    workstation. A deadline whose dates change later comes back with its new date."""
    require_access(db, actor, deadline.case_id)
    with db.transaction():
        done = db.execute(
            "INSERT INTO deadline_marks (id, case_id, kind, outcome, by_account, at)"
            " VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING",
            (
                deadline.key, deadline.case_id, deadline.kind.value, outcome.value,
                actor.account_id, rfc3339(at),
            ),
        )  # fmt: skip
        if done.rowcount == 0:
            raise NotFound("this deadline was already settled")
        audit.record(
            db,
            actor,
            "deadline.mark",
            entity="case",
            entity_id=deadline.case_id,
            at=at,
            detail={"deadline_id": deadline.key, "kind": outcome.value},
        )


def export_for_case(db: Database, case_id: str) -> dict[str, Any]:
    """Her dates and settled deadlines, for the subject-access export."""
    return {
        "dates": {
            r["kind"]: r["day"]
            for r in db.query("SELECT kind, day FROM case_dates WHERE case_id = ?", (case_id,))
        },
        "settled_deadlines": [
            as_dict(r)
            for r in db.query(
                "SELECT id, kind, outcome, by_account, at FROM deadline_marks WHERE case_id = ?"
                " ORDER BY at",
                (case_id,),
            )
        ],
    }
