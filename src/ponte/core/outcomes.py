"""Her situation over time (issue 21): a few coded fields, each change dated.

Her situation at a moment — intake, closure, six and twelve months after closure — is the
last known value of each field on that day. Nothing is free text: every value is a code of
the field's closed list, so it can be counted. A partner service's answer may say what came
of a referral (a course started, a placement, a hiring); a person confirms it, and only then
it becomes a dated change like any other (``storage/outcomes.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ponte.core.enums import (
    Housing,
    Income,
    OutcomeField,
    PartnerOutcome,
    ServiceType,
    Training,
    WorkSituation,
    YesNo,
)
from ponte.core.errors import ContractOnlyWithHiring, HiringNeedsContract, OutcomeNotAValue

F = OutcomeField
W = WorkSituation

#: The closed list of each field.
VALUES: dict[OutcomeField, type[StrEnum]] = {
    F.WORK: WorkSituation,
    F.TRAINING: Training,
    F.INCOME: Income,
    F.HOUSING: Housing,
    F.RDL: YesNo,
    F.AUTONOMOUS: YesNo,
}
#: Work that counts as a job (a tirocinio is a placement: counted apart, never as a job).
JOBS = frozenset({W.PERMANENT, W.FIXED_TERM, W.APPRENTICESHIP, W.SELF_EMPLOYED})
#: The contracts a hiring may name.
HIRE_CONTRACTS = (W.PERMANENT, W.FIXED_TERM, W.APPRENTICESHIP)
#: Services whose answers may say what came of a referral (a clinic cannot say "hired").
OUTCOME_SERVICES = frozenset(
    {ServiceType.CPI, ServiceType.TRAINING, ServiceType.COMPANY, ServiceType.UNION}
)

Situation = dict[OutcomeField, str | None]


def is_job(value: str | None) -> bool:
    return value is not None and value in {j.value for j in JOBS}


def check_value(field: OutcomeField, value: str | None) -> None:
    """A value is a code of the field's list, or None (not known)."""
    if value is not None and value not in {v.value for v in VALUES[field]}:
        raise OutcomeNotAValue(f"{value!r} for {field.value}")


@dataclass(frozen=True)
class Change:
    """Her situation changed: ``field`` became ``value`` on ``since``."""

    field: OutcomeField
    value: str | None
    since: date
    source: str = "recorded"  # "recorded" by a person, or "partner" (an answer she confirmed)
    recorded_at: str = ""  # RFC 3339: orders two changes of one field on the same day
    id: str = ""
    answer_id: str | None = None  # the partner's answer it came from

    def __post_init__(self) -> None:
        check_value(self.field, self.value)

    @property
    def order(self) -> tuple[date, str, str]:
        return (self.since, self.recorded_at, self.id)


def situation_at(changes: Iterable[Change], day: date) -> Situation:
    """The last known value of every field on ``day`` (None where nothing is known)."""
    latest: dict[OutcomeField, Change] = {}
    for c in changes:
        if c.since <= day and (c.field not in latest or c.order > latest[c.field].order):
            latest[c.field] = c
    return {f: (latest[f].value if f in latest else None) for f in OutcomeField}


def changed(
    before: Mapping[OutcomeField, str | None], after: Situation, since: date
) -> list[Change]:
    """The changes a form makes: one per field whose value differs from what was known."""
    return [
        Change(f, after.get(f), since)
        for f in OutcomeField
        if f in after and after.get(f) != before.get(f)
    ]


def first_job(changes: Iterable[Change], after: date, until: date) -> date | None:
    """The first day after ``after`` and up to ``until`` on which she started a job."""
    days = [
        c.since
        for c in changes
        if c.field is F.WORK and is_job(c.value) and after < c.since <= until
    ]
    return min(days, default=None)


@dataclass(frozen=True)
class Said:
    """What a partner service says came of a referral, sent with its answer."""

    outcome: PartnerOutcome
    on: date
    contract: str | None = None  # with a hiring


def partner_change(outcome: PartnerOutcome, on: date, contract: str | None = None) -> Change:
    """The change a partner's (confirmed) answer makes to her situation."""
    if outcome is PartnerOutcome.HIRED:
        if contract not in {c.value for c in HIRE_CONTRACTS}:
            raise HiringNeedsContract()
        return Change(F.WORK, contract, on, source="partner")
    if contract is not None:
        raise ContractOnlyWithHiring()
    field, value = {
        PartnerOutcome.COURSE_STARTED: (F.TRAINING, Training.IN_COURSE.value),
        PartnerOutcome.COURSE_COMPLETED: (F.TRAINING, Training.COMPLETED.value),
        PartnerOutcome.TIROCINIO_STARTED: (F.WORK, W.TIROCINIO.value),
    }[outcome]
    return Change(field, value, on, source="partner")
