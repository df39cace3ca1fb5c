"""Synthetic outcomes for the demo's closed paths (issue 21): a believable picture.

Shares of the synthetic women (assumptions, not sources): about two in three closed paths
had a job path, half of those a course and a third a tirocinio; most women arrive without
work and about four in ten of them find a job before closing, sooner after a tirocinio;
about six in ten agree to be followed up, and most of those are reached. Deterministic for
a seed; one audit entry with the counts.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from ponte.core.clock import rfc3339
from ponte.core.domain import Actor
from ponte.core.enums import OutcomeMoment, StepType
from ponte.core.followup import due_day
from ponte.core.ids import uuid7
from ponte.storage import audit
from ponte.storage._rows import req_day
from ponte.storage.db import Database

M = OutcomeMoment
_NOT_AUTONOMOUS_INCOME = ("none", "insufficient")


@dataclass
class _Rows:
    steps: list[tuple[Any, ...]] = field(default_factory=list)
    changes: list[tuple[Any, ...]] = field(default_factory=list)
    checks: list[tuple[Any, ...]] = field(default_factory=list)
    consents: list[tuple[Any, ...]] = field(default_factory=list)


class _Path:
    """One woman's synthetic path from intake to the last follow-up."""

    def __init__(
        self, rows: _Rows, rng: random.Random, case_id: str, ms: int, who: str, stamp: str
    ):
        self.rows, self.rng, self.case_id, self.ms, self.who, self.stamp = (
            rows,
            rng,
            case_id,
            ms,
            who,
            stamp,
        )
        self.n = 0

    def _id(self) -> str:
        self.n += 1
        return str(uuid7(self.ms + self.n))

    def change(self, name: str, value: str | None, since: date) -> None:
        self.rows.changes.append(
            (
                self._id(),
                self.case_id,
                name,
                value,
                since.isoformat(),
                "recorded",
                self.who,
                self.stamp,
            )
        )

    def check(self, moment: OutcomeMoment, on: date, result: str = "done") -> None:
        self.rows.checks.append(
            (self.case_id, moment.value, on.isoformat(), result, self.who, self.stamp)
        )

    def step(self, kind: StepType, status: str, started: date) -> None:
        self.rows.steps.append(
            (
                self._id(),
                self.case_id,
                kind.value,
                status,
                started.isoformat(),
                self.stamp,
                self.stamp,
            )
        )


def _steps(p: _Path, opened: date, span: int) -> tuple[bool, bool]:
    """Job-path steps; returns (a course was done, a tirocinio was done)."""
    rng = p.rng
    if rng.random() > 0.66:
        return False, False
    p.step(StepType.ORIENTAMENTO, "done", opened + timedelta(days=rng.randrange(5, 40)))
    course = tirocinio = False
    if rng.random() < 0.5:
        status = rng.choices(("done", "in_progress", "stopped"), (55, 25, 20))[0]
        p.step(
            StepType.FORMAZIONE,
            status,
            opened + timedelta(days=rng.randrange(20, max(span // 2, 21))),
        )
        course = status == "done"
    if rng.random() < 0.33:
        status = rng.choices(("done", "in_progress", "stopped"), (60, 25, 15))[0]
        p.step(
            StepType.TIROCINIO,
            status,
            opened + timedelta(days=rng.randrange(30, max(span // 2, 31))),
        )
        tirocinio = status == "done"
    return course, tirocinio


def _work_at_intake(rng: random.Random) -> str:
    return rng.choices(
        ("not_working", "fixed_term", "permanent", "self_employed", "apprenticeship", "tirocinio"),
        (68, 12, 9, 5, 3, 3),
    )[0]


def _job(rng: random.Random) -> str:
    return rng.choices(
        ("fixed_term", "permanent", "apprenticeship", "self_employed"), (50, 25, 15, 10)
    )[0]


def _one(p: _Path, opened: date, closed: date, person: str, now: date) -> None:
    rng = p.rng
    span = max((closed - opened).days, 1)
    course, tirocinio = _steps(p, opened, span)
    work = _work_at_intake(rng)
    autonomous = rng.random() < (0.5 if work in ("permanent", "fixed_term") else 0.08)
    if rng.random() < 0.88:
        p.change("work", work, opened - timedelta(days=rng.randrange(0, 400)))
        p.change("autonomous", "yes" if autonomous else "no", opened)
        p.change(
            "housing", rng.choice(("shelter", "relatives", "without_author", "with_author")), opened
        )
        p.change(
            "income",
            "self_sufficient" if autonomous else rng.choice(_NOT_AUTONOMOUS_INCOME),
            opened,
        )
        p.check(M.INTAKE, opened)
    odds = 0.42 + 0.2 * tirocinio + 0.08 * course
    if work in ("not_working", "tirocinio") and rng.random() < odds:
        work = _job(rng)
        found = opened + timedelta(days=rng.randrange(10, span + 1))
        p.change("work", work, found)
    if rng.random() < 0.85:
        if work not in ("not_working", "tirocinio") and not autonomous and rng.random() < 0.6:
            autonomous = True
            p.change("autonomous", "yes", closed - timedelta(days=rng.randrange(0, 30)))
            p.change("income", "self_sufficient", closed - timedelta(days=rng.randrange(0, 30)))
        if rng.random() < 0.3:
            p.change("rdl", "yes", opened + timedelta(days=rng.randrange(0, span)))
        p.check(M.CLOSURE, closed)
    if rng.random() > 0.6:
        return  # she did not agree to be followed up
    p.rows.consents.append(
        (
            p._id(), person, closed.isoformat(), (closed + timedelta(days=400)).isoformat(),
            rng.choice(("written", "verbal_recorded")),
            rng.choice(("phone_call", "text_message", "she_calls", "email")),
            json.dumps(rng.sample(["morning", "midday", "afternoon", "evening"], 2)),
            int(rng.random() < 0.4), p.who, p.stamp,
        )
    )  # fmt: skip
    for moment in (M.FOLLOWUP_6, M.FOLLOWUP_12):
        due = due_day(closed, moment)
        on = due + timedelta(days=rng.randrange(0, 25))
        if on > now or rng.random() < 0.12:
            return  # not due yet, or not made
        if rng.random() < 0.12:
            p.check(moment, on, "not_reached")
            continue
        if work in ("not_working", "tirocinio") and rng.random() < 0.3:
            work = _job(rng)
            p.change("work", work, due - timedelta(days=rng.randrange(5, 120)))
        elif work not in ("not_working", "tirocinio") and rng.random() < 0.12:
            work = "not_working"
            p.change("work", work, due - timedelta(days=rng.randrange(5, 120)))
        p.check(moment, on)


def seed_outcomes(db: Database, actor: Actor, *, rng_seed: int, now: datetime) -> int:
    """Outcomes for every closed path of the vault that has none yet; returns how many."""
    rng = random.Random(rng_seed * 7919 + 21)
    rows = _Rows()
    stamp = rfc3339(now)
    found = db.query(
        "SELECT c.id, c.person_id, c.opened_on, c.closed_on FROM cases c"
        " WHERE c.closed_on IS NOT NULL AND c.closure_reason IS NOT 'death'"
        " AND NOT EXISTS (SELECT 1 FROM outcome_checks k WHERE k.case_id = c.id)"
        " ORDER BY c.id"
    )
    base = int(now.timestamp() * 1000) - 100 * len(found)
    for i, r in enumerate(found):
        path = _Path(rows, rng, r["id"], base + 100 * i, actor.account_id, stamp)
        _one(path, req_day(r["opened_on"]), req_day(r["closed_on"]), r["person_id"], now.date())
    with db.transaction():
        db.executemany(
            "INSERT INTO plan_steps (id, case_id, type, status, started_on, created_at,"
            " updated_at) VALUES (?,?,?,?,?,?,?)",
            rows.steps,
        )
        db.executemany(
            "INSERT INTO outcome_changes (id, case_id, field, value, since, source,"
            " recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?)",
            rows.changes,
        )
        db.executemany(
            "INSERT INTO outcome_checks (case_id, moment, on_day, result, updated_by, updated_at)"
            " VALUES (?,?,?,?,?,?)",
            rows.checks,
        )
        db.executemany(
            "INSERT INTO followup_consents (id, person_id, given_on, expires_on, method, channel,"
            " times, leave_message, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            rows.consents,
        )
        audit.append(
            db,
            actor=actor.account_id,
            device=actor.device_id,
            action="demo.outcomes",
            at=now,
            detail={"cases": len(found), "changes": len(rows.changes)},
        )
    return len(found)
