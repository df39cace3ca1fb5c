"""The empowerment plan (progetto personalizzato): steps with status, dates and partner."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ponte.core.clock import rfc3339
from ponte.core.domain import STEP_TRANSITIONS, Actor, PlanStep
from ponte.core.enums import ReferralStatus, StepStatus, StepType
from ponte.core.errors import NotFound, StepMoveNotAllowed
from ponte.core.ids import new_id
from ponte.core.lifecycle import step_follows
from ponte.storage import audit
from ponte.storage._rows import day, parse_day
from ponte.storage.cases import require_access
from ponte.storage.db import Database


def _row(r: Any) -> PlanStep:
    return PlanStep(
        case_id=r["case_id"],
        type=StepType(r["type"]),
        status=StepStatus(r["status"]),
        partner=r["partner"],
        started_on=parse_day(r["started_on"]),
        due_on=parse_day(r["due_on"]),
        ended_on=parse_day(r["ended_on"]),
        outcome=r["outcome"],
        id=r["id"],
        referral_id=r["referral_id"],
    )


def _on_step(step: PlanStep) -> dict[str, Any]:
    """What an audit entry says of a plan step: its case, the step id and kind."""
    return {
        "entity": "case",
        "entity_id": step.case_id,
        "detail": {"step_id": step.id, "kind": step.type.value},
    }


def add_step(db: Database, actor: Actor, step: PlanStep, *, at: datetime) -> PlanStep:
    require_access(db, actor, step.case_id)
    step.id = step.id or new_id()
    now = rfc3339(at)
    with db.transaction():
        db.execute(
            "INSERT INTO plan_steps (id, case_id, type, status, partner, started_on, due_on,"
            " ended_on, outcome, created_at, updated_at, referral_id)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                step.id,
                step.case_id,
                step.type.value,
                step.status.value,
                step.partner,
                day(step.started_on),
                day(step.due_on),
                day(step.ended_on),
                step.outcome,
                now,
                now,
                step.referral_id,
            ),
        )
        audit.record(db, actor, "plan.add", at=at, **_on_step(step))
    return step


def steps(db: Database, actor: Actor, case_id: str) -> list[PlanStep]:
    require_access(db, actor, case_id)
    rows = db.query(
        "SELECT * FROM plan_steps WHERE case_id = ? ORDER BY created_at, id", (case_id,)
    )
    return [_row(r) for r in rows]


def move(
    db: Database, actor: Actor, step_id: str, status: StepStatus, *, at: datetime, outcome: str = ""
) -> PlanStep:
    """Change a step's status along the allowed path (DOMAIN.md §4)."""
    row = db.query_one("SELECT * FROM plan_steps WHERE id = ?", (step_id,))
    if row is None:
        raise NotFound(f"step {step_id}")
    step = _row(row)
    require_access(db, actor, step.case_id)
    if status not in STEP_TRANSITIONS[step.status]:
        raise StepMoveNotAllowed(f"{step.status.value} -> {status.value}")
    with db.transaction():
        _set_status(db, step, status, at, outcome)
        audit.record(db, actor, "plan.move", at=at, **_on_step(step))
    return step


def _set_status(
    db: Database, step: PlanStep, status: StepStatus, at: datetime, outcome: str
) -> None:
    ended = (
        at.date() if status in (StepStatus.DONE, StepStatus.STOPPED, StepStatus.REFUSED) else None
    )
    started = step.started_on or (at.date() if status is StepStatus.IN_PROGRESS else None)
    db.execute(
        "UPDATE plan_steps SET status = ?, started_on = ?, ended_on = ?, outcome = ?,"
        " updated_at = ? WHERE id = ?",
        (status.value, day(started), day(ended), outcome or step.outcome, rfc3339(at), step.id),
    )
    step.status, step.started_on, step.ended_on = status, started, ended


def link(
    db: Database, actor: Actor, step_id: str, referral_id: str | None, *, at: datetime
) -> PlanStep:
    """Let a step follow a referral of the same case (``None``: follow none); it catches up
    with the referral's answer at once."""
    row = db.query_one("SELECT * FROM plan_steps WHERE id = ?", (step_id,))
    if row is None:
        raise NotFound(f"step {step_id}")
    step = _row(row)
    require_access(db, actor, step.case_id)
    status = None
    if referral_id is not None:
        ref = db.query_one("SELECT case_id, status FROM referrals WHERE id = ?", (referral_id,))
        if ref is None or ref["case_id"] != step.case_id:
            raise NotFound("a referral of another case")
        status = ReferralStatus(ref["status"])
    with db.transaction():
        db.execute(
            "UPDATE plan_steps SET referral_id = ?, updated_at = ? WHERE id = ?",
            (referral_id, rfc3339(at), step_id),
        )
        step.referral_id = referral_id
        audit.record(db, actor, "plan.link", at=at, **_on_step(step))
        if status is not None:
            _follow_one(db, step, status, at, actor.account_id, actor.device_id)
    return step


def follow(
    db: Database, referral_id: str, status: ReferralStatus, *, at: datetime, actor: str, device: str
) -> int:
    """The referral moved: its linked steps follow (inside the caller's transaction).
    Returns how many steps moved."""
    rows = db.query("SELECT * FROM plan_steps WHERE referral_id = ?", (referral_id,))
    return sum(_follow_one(db, _row(r), status, at, actor, device) for r in rows)


def _follow_one(
    db: Database, step: PlanStep, status: ReferralStatus, at: datetime, actor: str, device: str
) -> int:
    target = step_follows(step.status, status)
    if target is None:
        return 0
    _set_status(db, step, target, at, "")
    audit.append(
        db,
        actor=actor,
        device=device,
        action="plan.follow",
        entity="case",
        entity_id=step.case_id,
        at=at,
        detail={"step_id": step.id, "referral_id": str(step.referral_id), "kind": target.value},
    )
    return 1
