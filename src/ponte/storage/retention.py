"""Retention: closed cases are purged after a configurable period, with a preview first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ponte.core.domain import Actor
from ponte.core.errors import PermissionDenied
from ponte.storage import audit
from ponte.storage.db import Database
from ponte.storage.erase import delete_cases, scrub


@dataclass(frozen=True)
class RetentionPolicy:
    """How long closed cases are kept after closure (set by the centre, not by code)."""

    closed_case_days: int = 5 * 365


def _cutoff(now: datetime, policy: RetentionPolicy) -> str:
    return date.fromordinal(now.date().toordinal() - policy.closed_case_days).isoformat()


def preview(db: Database, now: datetime, policy: RetentionPolicy) -> list[str]:
    """Ids of the cases a purge would remove now."""
    rows = db.query(
        "SELECT id FROM cases WHERE status = 'closed' AND closed_on IS NOT NULL"
        " AND closed_on < ? ORDER BY closed_on, id",
        (_cutoff(now, policy),),
    )
    return [r[0] for r in rows]


def purge(db: Database, actor: Actor, now: datetime, policy: RetentionPolicy) -> int:
    if not actor.sees_all_cases:
        raise PermissionDenied("purge needs a coordinator or an administrator")
    ids = preview(db, now, policy)
    with db.transaction():
        persons = delete_cases(db, ids)
        audit.append(
            db,
            actor=actor.account_id,
            device=actor.device_id,
            action="retention.purge",
            at=now,
            detail={"cases": len(ids), "persons": persons, "days": policy.closed_case_days},
        )
    scrub(db)
    return len(ids)
