"""Her situation over time (issue 21): dated changes, the moments it was looked at, and what
a partner service said came of a referral — waiting until a person confirms it.

Rules kept here: a follow-up (six or twelve months after closure) is recorded only while
her follow-up consent is valid on that day (``storage/followups.py``); the closure and the
follow-ups need a closed path; the moments are in order (intake ≤ closure ≤ follow-ups);
a change is dated no later than the day it was learned. Every write is audited by id and
kind, never a value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ponte.core.clock import rfc3339
from ponte.core.domain import Actor
from ponte.core.enums import CheckResult, OutcomeField, OutcomeMoment, PartnerOutcome, ServiceType
from ponte.core.errors import (
    AnswerAlreadyDecided,
    FollowUpConsentMissing,
    NotFound,
    NotReachedChangesNothing,
    NotReachedOnlyFollowUp,
    OutcomeDates,
    OutcomeNeedsClosedCase,
)
from ponte.core.followup import FOLLOWUPS, FollowUpConsent, consent_on, due_day
from ponte.core.ids import new_id
from ponte.core.outcomes import OUTCOME_SERVICES, Change, Situation, partner_change, situation_at
from ponte.storage import audit, followups
from ponte.storage._rows import as_dict, parse_day, req_day
from ponte.storage.cases import on_case, require_access
from ponte.storage.db import Database

M = OutcomeMoment
_ORDER = (M.INTAKE, M.CLOSURE, M.FOLLOWUP_6, M.FOLLOWUP_12)
CONFIRMED, DISMISSED = "confirmed", "dismissed"


@dataclass(frozen=True)
class Check:
    moment: OutcomeMoment
    on_day: date
    result: CheckResult


@dataclass(frozen=True)
class PartnerWord:
    """A partner's answer said what came of a referral."""

    id: str
    referral_id: str
    recipient: str  # the member that answered
    service_type: str
    outcome: PartnerOutcome
    contract: str | None
    on_day: date
    received_at: str
    decision: str | None  # None: waiting for a person

    def change(self) -> Change:
        return partner_change(self.outcome, self.on_day, self.contract)


@dataclass
class OutcomeFile:
    """Everything the Outcomes tab of a case file shows."""

    case_id: str
    person_id: str
    opened_on: date
    closed_on: date | None
    closure_reason: str | None
    changes: list[Change] = field(default_factory=list)
    checks: dict[OutcomeMoment, Check] = field(default_factory=dict)
    consents: list[FollowUpConsent] = field(default_factory=list)
    partner: list[PartnerWord] = field(default_factory=list)
    today: date | None = None  # the vault's day when this was read

    def known(self, day: date) -> Situation:
        return situation_at(self.changes, day)

    def due(self, moment: OutcomeMoment) -> date | None:
        if moment not in FOLLOWUPS or self.closed_on is None:
            return None
        return due_day(self.closed_on, moment)

    def consent(self, day: date) -> FollowUpConsent | None:
        return consent_on(self.consents, day)

    @property
    def waiting(self) -> list[PartnerWord]:
        return [p for p in self.partner if p.decision is None]


def _change(r: Any) -> Change:
    return Change(
        OutcomeField(r["field"]),
        r["value"],
        req_day(r["since"]),
        r["source"],
        r["recorded_at"],
        r["id"],
        r["answer_id"],
    )


def changes(db: Database, case_id: str) -> list[Change]:
    rows = db.query(
        "SELECT * FROM outcome_changes WHERE case_id = ? ORDER BY since, recorded_at, id",
        (case_id,),
    )
    return [_change(r) for r in rows]


def checks(db: Database, case_id: str) -> dict[OutcomeMoment, Check]:
    rows = db.query("SELECT * FROM outcome_checks WHERE case_id = ?", (case_id,))
    out = {
        M(r["moment"]): Check(M(r["moment"]), req_day(r["on_day"]), CheckResult(r["result"]))
        for r in rows
    }
    return dict(sorted(out.items(), key=lambda kv: _ORDER.index(kv[0])))


def _word(r: Any) -> PartnerWord:
    return PartnerWord(
        r["id"],
        r["referral_id"],
        r["recipient"],
        r["service_type"],
        PartnerOutcome(r["outcome"]),
        r["contract"],
        req_day(r["outcome_on"]),
        r["received_at"],
        r["decision"],
    )


_WORDS = (
    "SELECT a.*, r.recipient, r.service_type, r.case_id FROM referral_answers a"
    " JOIN referrals r ON r.id = a.referral_id WHERE a.outcome IS NOT NULL"
)


def partner_words(db: Database, case_id: str) -> list[PartnerWord]:
    rows = db.query(
        f"{_WORDS} AND r.case_id = ? ORDER BY a.decision IS NOT NULL, a.received_at, a.id",
        (case_id,),
    )
    return [_word(r) for r in rows]


def outcome_file(db: Database, actor: Actor, case_id: str, *, at: datetime) -> OutcomeFile:
    """Read the case's outcomes (audited like opening the case file)."""
    require_access(db, actor, case_id)
    row = db.query_one(
        "SELECT person_id, opened_on, closed_on, closure_reason FROM cases WHERE id = ?",
        (case_id,),
    )
    assert row is not None  # require_access found it
    audit.record(db, actor, "outcome.open", at=at, **on_case(case_id))
    return OutcomeFile(
        case_id,
        row["person_id"],
        req_day(row["opened_on"]),
        parse_day(row["closed_on"]),
        row["closure_reason"],
        changes(db, case_id),
        checks(db, case_id),
        followups.consents_for(db, row["person_id"]),
        partner_words(db, case_id),
        at.date(),
    )


def _check_order(db: Database, case_id: str, moment: OutcomeMoment, on_day: date) -> None:
    for other in checks(db, case_id).values():
        before = _ORDER.index(other.moment) < _ORDER.index(moment)
        after = _ORDER.index(other.moment) > _ORDER.index(moment)
        if (before and other.on_day > on_day) or (after and other.on_day < on_day):
            raise OutcomeDates("the moments of her path must follow each other in time")


def record(
    db: Database,
    actor: Actor,
    case_id: str,
    moment: OutcomeMoment,
    on_day: date,
    new: Sequence[Change] = (),
    *,
    result: CheckResult = CheckResult.DONE,
    at: datetime,
) -> None:
    """Her situation looked at on ``on_day`` for ``moment``, with what changed (each dated).

    A follow-up needs her follow-up consent valid on ``on_day``; without it nothing is
    recorded (FollowUpConsentMissing). "Not reached" is a follow-up's result only, and changes
    nothing of her situation.
    """
    require_access(db, actor, case_id)
    case = db.query_one("SELECT person_id, closed_on FROM cases WHERE id = ?", (case_id,))
    assert case is not None
    closed_on = parse_day(case["closed_on"])
    if moment is not M.INTAKE and closed_on is None:
        raise OutcomeNeedsClosedCase()
    if moment in FOLLOWUPS:
        assert closed_on is not None
        if on_day < closed_on:
            raise OutcomeDates("a follow-up comes after the closure")
        if consent_on(followups.consents_for(db, case["person_id"]), on_day) is None:
            raise FollowUpConsentMissing()
    elif result is not CheckResult.DONE:
        raise NotReachedOnlyFollowUp()
    if result is not CheckResult.DONE and new:
        raise NotReachedChangesNothing()
    for c in new:
        if c.since > on_day:
            raise OutcomeDates("a change cannot be dated after the day it was learned")
    _check_order(db, case_id, moment, on_day)
    stamp = rfc3339(at)
    with db.transaction():
        for c in new:
            _insert(db, case_id, c, actor, stamp)
        db.execute(
            "INSERT INTO outcome_checks (case_id, moment, on_day, result, updated_by,"
            " updated_at) VALUES (?,?,?,?,?,?) ON CONFLICT (case_id, moment) DO UPDATE SET"
            " on_day = excluded.on_day, result = excluded.result,"
            " updated_by = excluded.updated_by, updated_at = excluded.updated_at",
            (case_id, moment.value, on_day.isoformat(), result.value, actor.account_id, stamp),
        )
        audit.record(
            db,
            actor,
            "outcome.record",
            at=at,
            **on_case(case_id, kind=moment.value, changes=len(new)),
        )


def _insert(db: Database, case_id: str, c: Change, actor: Actor, stamp: str) -> str:
    change_id = c.id or new_id()
    db.execute(
        "INSERT INTO outcome_changes (id, case_id, field, value, since, source, answer_id,"
        " recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            change_id,
            case_id,
            c.field.value,
            c.value,
            c.since.isoformat(),
            c.source,
            c.answer_id,
            actor.account_id,
            stamp,
        ),
    )
    return change_id


# ---------------------------------------------------------------- partners' word
def said(
    db: Database, referral_id: str, payload: dict[str, Any]
) -> tuple[str | None, str | None, str | None]:
    """What a partner's answer says came of the referral, as kept with the answer (outcome,
    contract, since when) — only from a service that may say it (a job centre, a training
    body, a company, a union). The answer's sender was already checked (``lifecycle``)."""
    service = db.scalar("SELECT service_type FROM referrals WHERE id = ?", (referral_id,))
    if "outcome" not in payload or ServiceType(str(service)) not in OUTCOME_SERVICES:
        return None, None, None
    return str(payload["outcome"]), payload.get("contract"), str(payload["outcome_on"])


def _waiting(db: Database, actor: Actor, word_id: str) -> tuple[PartnerWord, str]:
    row = db.query_one(f"{_WORDS} AND a.id = ?", (word_id,))
    if row is None:
        raise NotFound(f"partner outcome {word_id}")
    require_access(db, actor, row["case_id"])
    if row["decision"] is not None:
        raise AnswerAlreadyDecided()
    return _word(row), str(row["case_id"])


def confirm(db: Database, actor: Actor, word_id: str, *, at: datetime) -> Change:
    """The operatrice confirms a partner's word: it becomes a dated change of her situation."""
    word, case_id = _waiting(db, actor, word_id)
    change = word.change()
    stamp = rfc3339(at)
    with db.transaction():
        change_id = _insert(
            db,
            case_id,
            Change(change.field, change.value, change.since, "partner", answer_id=word.id),
            actor,
            stamp,
        )
        _decide(db, word.id, CONFIRMED, actor, stamp)
        audit.record(
            db,
            actor,
            "outcome.confirm",
            at=at,
            **on_case(case_id, kind=word.outcome.value, change_id=change_id),
        )
    return Change(change.field, change.value, change.since, "partner", stamp, change_id, word.id)


def dismiss(db: Database, actor: Actor, word_id: str, *, at: datetime) -> None:
    """Set a partner's word aside: her situation does not change."""
    word, case_id = _waiting(db, actor, word_id)
    with db.transaction():
        _decide(db, word.id, DISMISSED, actor, rfc3339(at))
        audit.record(
            db, actor, "outcome.dismiss", at=at, **on_case(case_id, kind=word.outcome.value)
        )


def _decide(db: Database, word_id: str, decision: str, actor: Actor, stamp: str) -> None:
    db.execute(
        "UPDATE referral_answers SET decision = ?, updated_by = ?, updated_at = ? WHERE id = ?",
        (decision, actor.account_id, stamp, word_id),
    )


def export_case(db: Database, case_id: str, person_id: str) -> dict[str, list[dict[str, Any]]]:
    """Her outcomes as plain JSON for her access export (everything kept, codes and dates;
    what partners said is in the answers, ``referral_answers``)."""

    def rows(sql: str, key: str) -> list[dict[str, Any]]:
        return [as_dict(r) for r in db.query(sql, (key,))]

    return {
        "changes": rows(
            "SELECT id, field, value, since, source, answer_id, recorded_at FROM outcome_changes"
            " WHERE case_id = ? ORDER BY since, recorded_at",
            case_id,
        ),
        "checks": rows(
            "SELECT moment, on_day, result, updated_at FROM outcome_checks WHERE case_id = ?"
            " ORDER BY on_day",
            case_id,
        ),
        "followup_consents": rows(
            "SELECT id, given_on, expires_on, method, channel, times, leave_message,"
            " withdrawn_on, recorded_at FROM followup_consents WHERE person_id = ?"
            " ORDER BY given_on",
            person_id,
        ),
    }
