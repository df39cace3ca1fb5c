"""Outcome indicators of a period, computed inside the centre's vault (issue 21).

Gathers, for each population of ``core/indicators.py``, one fact per path — never a row
that leaves: the tables are counts. Definitions (docs/reporting.md, outcomes):

- *closed*: cases whose ``closed_on`` falls in the period;
- a plan step *began* when it is in progress or done, or was stopped after its start date
  was set; a *job path* is any begun step of the kinds in :data:`JOB_PATH`; a course is a
  ``formazione`` step, a tirocinio a ``tirocinio`` step (completed: ``done``);
- work at closure, autonomy at intake and at closure: her situation on the day recorded for
  that moment (``outcome_checks``), "not recorded" when the moment was not recorded;
- first job: the first day after the intake's day and up to the closure's on which her work
  became a job (``core/outcomes.JOBS``), counted in days from the intake's day;
- *due_6* / *due_12*: closed paths whose follow-up fell due in the period (closure date
  plus 6 / 12 months, ``core/followup.due_day``), except paths closed by her death;
  *followed up* when the follow-up was recorded, *not reached* when it was tried,
  *not done* when she had agreed to it (a consent not expired or withdrawn by the due day)
  but nothing was recorded, *no consent* otherwise.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from ponte.core import indicators as ind
from ponte.core.enums import CheckResult, OutcomeField, OutcomeMoment, StepType, YesNo
from ponte.core.followup import FollowUpConsent, add_months, cohort, due_day
from ponte.core.outcomes import Change, first_job, is_job, situation_at
from ponte.core.suppression import CountTable, PublishedTable
from ponte.storage import followups
from ponte.storage._rows import req_day
from ponte.storage.db import Database
from ponte.storage.outcomes import Check, changes, checks
from ponte.storage.stats import Period

M = OutcomeMoment
#: Plan steps that make a job path (DOMAIN.md §4: employment steps).
JOB_PATH = frozenset(
    {
        StepType.DID_GOL,
        StepType.BILANCIO_COMPETENZE,
        StepType.ORIENTAMENTO,
        StepType.FORMAZIONE,
        StepType.TIROCINIO,
        StepType.RICERCA_ATTIVA,
        StepType.ASSUNZIONE,
    }
)
_BEGAN = (
    "(s.status IN ('in_progress', 'done') OR (s.status = 'stopped' AND s.started_on IS NOT NULL))"
)


def _stage(began: set[str], done: set[str], kind: StepType) -> str:
    if kind.value in done:
        return "completed"
    return "started" if kind.value in began else "none"


def _steps(db: Database, case_ids: list[str]) -> dict[str, tuple[set[str], set[str]]]:
    out: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    if not case_ids:
        return out
    marks = ",".join("?" * len(case_ids))
    for r in db.query(
        f"SELECT s.case_id, s.type, s.status FROM plan_steps s WHERE s.case_id IN ({marks})"
        f" AND {_BEGAN}",
        case_ids,
    ):
        began, done = out[r["case_id"]]
        began.add(r["type"])
        if r["status"] == "done":
            done.add(r["type"])
    return out


def _autonomous(situation: dict[OutcomeField, str | None]) -> bool | None:
    value = situation[OutcomeField.AUTONOMOUS]
    return None if value is None else value == YesNo.YES.value


def _first_job(history: list[Change], intake: Check | None, end: date) -> str:
    if intake is None:
        return "intake_not_recorded"
    if is_job(situation_at(history, intake.on_day)[OutcomeField.WORK]):
        return "in_work_at_intake"
    found = first_job(history, intake.on_day, end)
    return "no_job" if found is None else ind.first_job_band((found - intake.on_day).days)


def closed_path(
    db: Database, case_id: str, closed_on: date, steps: tuple[set[str], set[str]]
) -> ind.ClosedPath:
    began, done = steps
    history, seen = changes(db, case_id), checks(db, case_id)
    intake, closure = seen.get(M.INTAKE), seen.get(M.CLOSURE)
    at_intake = situation_at(history, intake.on_day) if intake else None
    at_closure = situation_at(history, closure.on_day) if closure else None
    work = at_closure[OutcomeField.WORK] if at_closure else None
    first = _first_job(history, intake, closure.on_day if closure else closed_on)
    if is_job(work) and first == "no_job":  # moments out of order (two workstations)
        first = "intake_not_recorded"
    return ind.ClosedPath(
        job_path=bool(began & {k.value for k in JOB_PATH}),
        training=_stage(began, done, StepType.FORMAZIONE),
        tirocinio=_stage(began, done, StepType.TIROCINIO),
        work=work,
        first_job=first,
        autonomous_intake=_autonomous(at_intake) if at_intake else None,
        autonomous_closure=_autonomous(at_closure) if at_closure else None,
    )


def closed_paths(db: Database, period: Period) -> list[ind.ClosedPath]:
    rows = db.query(
        "SELECT id, closed_on FROM cases WHERE closed_on BETWEEN :start AND :end ORDER BY id",
        period.params(),
    )
    steps = _steps(db, [r["id"] for r in rows])
    return [closed_path(db, r["id"], req_day(r["closed_on"]), steps[r["id"]]) for r in rows]


def _agreed(consents: list[FollowUpConsent], due: date) -> bool:
    """She agreed to be followed up: a consent still running on the due day."""
    return any(
        c.expires_on >= due and (c.withdrawn_on is None or c.withdrawn_on > due) for c in consents
    )


def followed(db: Database, period: Period, moment: OutcomeMoment) -> list[ind.FollowUp]:
    """The paths whose ``moment`` follow-up fell due in the period, and what came of it."""
    months = 12 if moment is M.FOLLOWUP_12 else 6
    window = (add_months(period.start, -months - 1), add_months(period.end, -months + 1))
    rows = db.query(
        "SELECT c.id, c.person_id, c.closed_on FROM cases c WHERE c.closed_on BETWEEN ? AND ?"
        f" AND coalesce(c.closure_reason, '') NOT IN ({','.join('?' * len(followups.NEVER_FOLLOWED))})"
        " ORDER BY c.id",
        (window[0].isoformat(), window[1].isoformat(), *followups.NEVER_FOLLOWED),
    )
    out = []
    for r in rows:
        closed_on = req_day(r["closed_on"])
        if not cohort(closed_on, moment, period.start, period.end):
            continue
        check = checks(db, r["id"]).get(moment)
        if check is not None and check.result is CheckResult.DONE:
            work = situation_at(changes(db, r["id"]), check.on_day)[OutcomeField.WORK]
            out.append(ind.FollowUp(ind.FOLLOWED_UP, work))
        elif check is not None:
            out.append(ind.FollowUp("not_reached"))
        else:
            due = due_day(closed_on, moment)
            agreed = _agreed(followups.consents_for(db, r["person_id"]), due)
            out.append(ind.FollowUp("not_done" if agreed else "no_consent"))
    return out


def _facts(
    db: Database, period: Period
) -> tuple[list[ind.ClosedPath], list[ind.FollowUp], list[ind.FollowUp]]:
    return (
        closed_paths(db, period),
        followed(db, period, M.FOLLOWUP_6),
        followed(db, period, M.FOLLOWUP_12),
    )


def outcome_counts(db: Database, period: Period) -> list[CountTable]:
    """The centre's exact outcome tables (on its own screen only; call on the vault thread)."""
    return ind.exact(*_facts(db, period))


def outcome_published(db: Database, period: Period) -> list[PublishedTable]:
    """The outcome tables as they may leave the centre (suppressed)."""
    return ind.published(*_facts(db, period))
