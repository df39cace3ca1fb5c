"""Her consent to be followed up after her path closed, and the follow-ups due today.

The consent is recorded like any other (method, date, expiry, withdrawal; audited) with the
safe way to reach her as codes. The due list (``core/followup.py`` owns the rule) holds only
closed paths whose woman's consent is valid today: no consent, no reminder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ponte.core.clock import rfc3339
from ponte.core.domain import Actor
from ponte.core.enums import ClosureReason, ConsentMethod, ContactChannel, ContactTime
from ponte.core.errors import NotFound
from ponte.core.followup import FOLLOWUPS, Closed, Due, FollowUpConsent, consent_on, followups_due
from ponte.core.ids import new_id
from ponte.storage import audit
from ponte.storage._rows import json_list, parse_day, req_day
from ponte.storage.cases import require_access
from ponte.storage.db import Database

#: Paths closed for these reasons are never followed up.
NEVER_FOLLOWED = (ClosureReason.DEATH.value,)


def _row(r: Any) -> FollowUpConsent:
    return FollowUpConsent(
        person_id=r["person_id"],
        given_on=req_day(r["given_on"]),
        expires_on=req_day(r["expires_on"]),
        method=ConsentMethod(r["method"]),
        channel=ContactChannel(r["channel"]),
        times=tuple(ContactTime(t) for t in json_list(r["times"])),
        leave_message=bool(r["leave_message"]),
        withdrawn_on=parse_day(r["withdrawn_on"]),
        recorded_by=r["recorded_by"],
        id=r["id"],
    )


def consents_for(db: Database, person_id: str) -> list[FollowUpConsent]:
    rows = db.query(
        "SELECT * FROM followup_consents WHERE person_id = ? ORDER BY given_on, id", (person_id,)
    )
    return [_row(r) for r in rows]


def _on_consent(person_id: str, consent_id: str) -> dict[str, Any]:
    """What an audit entry says of her follow-up consent: whose, which (ids only)."""
    return {
        "entity": "person",
        "entity_id": person_id,
        "detail": {"consent_id": consent_id, "kind": "followup"},
    }


def record_consent(
    db: Database, actor: Actor, case_id: str, consent: FollowUpConsent, *, at: datetime
) -> FollowUpConsent:
    """Record her consent to a follow-up (from her case file: she must be one of its women)."""
    require_access(db, actor, case_id)
    person = db.scalar("SELECT person_id FROM cases WHERE id = ?", (case_id,))
    if person != consent.person_id:
        raise NotFound(f"person {consent.person_id}")
    consent.check()
    consent.id = consent.id or new_id()
    consent.recorded_by = actor.account_id
    with db.transaction():
        db.execute(
            "INSERT INTO followup_consents (id, person_id, given_on, expires_on, method,"
            " channel, times, leave_message, recorded_by, recorded_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                consent.id,
                consent.person_id,
                consent.given_on.isoformat(),
                consent.expires_on.isoformat(),
                consent.method.value,
                consent.channel.value,
                json.dumps([t.value for t in consent.times]),
                int(consent.leave_message),
                actor.account_id,
                rfc3339(at),
            ),
        )
        audit.record(
            db, actor, "consent.record", at=at, **_on_consent(consent.person_id, consent.id)
        )
    return consent


def withdraw_consent(
    db: Database, actor: Actor, case_id: str, consent_id: str, *, at: datetime
) -> None:
    """She no longer wants to be contacted: from today, no follow-up and no reminder."""
    require_access(db, actor, case_id)
    row = db.query_one(
        "SELECT f.person_id FROM followup_consents f JOIN cases c ON c.person_id = f.person_id"
        " WHERE f.id = ? AND c.id = ?",
        (consent_id, case_id),
    )
    if row is None:
        raise NotFound(f"consent {consent_id}")
    with db.transaction():
        db.execute(
            "UPDATE followup_consents SET withdrawn_on = ? WHERE id = ? AND withdrawn_on IS NULL",
            (at.date().isoformat(), consent_id),
        )
        audit.record(
            db, actor, "consent.withdraw", at=at, **_on_consent(row["person_id"], consent_id)
        )


@dataclass(frozen=True)
class DueRow:
    """A follow-up to make today, with what the operatrice needs to reach her safely."""

    due: Due
    woman_code: str
    closed_on: date
    consent: FollowUpConsent


def _visible(actor: Actor) -> tuple[str, tuple[str, ...]]:
    if actor.sees_all_cases:
        return "1", ()
    return "(c.assigned_to = ? OR c.shared = 1)", (actor.account_id,)


def due(db: Database, actor: Actor, today: date) -> list[DueRow]:
    """Follow-ups to make, for the cases ``actor`` may see, most pressing first."""
    where, params = _visible(actor)
    rows = db.query(
        "SELECT c.id, c.person_id, c.closed_on, p.woman_code,"
        " (SELECT group_concat(k.moment) FROM outcome_checks k WHERE k.case_id = c.id) AS done"
        " FROM cases c JOIN persons p ON p.id = c.person_id"
        " WHERE c.status = 'closed' AND c.closed_on IS NOT NULL"
        f" AND coalesce(c.closure_reason, '') NOT IN ({','.join('?' * len(NEVER_FOLLOWED))})"
        " AND EXISTS (SELECT 1 FROM followup_consents f WHERE f.person_id = c.person_id)"
        f" AND {where}",
        (*NEVER_FOLLOWED, *params),
    )
    facts, info = [], {}
    for r in rows:
        consent = consent_on(consents_for(db, r["person_id"]), today)
        done = frozenset(m for m in FOLLOWUPS if m.value in (r["done"] or "").split(","))
        closed = req_day(r["closed_on"])
        facts.append(Closed(r["id"], closed, done, consent is not None))
        if consent is not None:
            info[r["id"]] = (r["woman_code"], closed, consent)
    return [DueRow(d, *info[d.case_id]) for d in followups_due(facts, today)]
