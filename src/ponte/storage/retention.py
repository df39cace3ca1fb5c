"""Retention: what is kept how long, a preview of a purge, and the purge itself.

Two record types have a period the centre sets (stored in ``vault_meta``, changed only by
a coordinator or an administrator, audited): closed cases (with everything in them and the
woman's record when no other case of hers is left) and the sealed copies of packets that
have left (the outbox rows once sent, acknowledged or expired). The preview and the purge
select with the same queries, so the counts shown are the counts removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ponte.core.clock import rfc3339
from ponte.core.domain import Actor
from ponte.core.errors import PermissionDenied, RetentionOutOfRange
from ponte.storage import audit
from ponte.storage.db import Database
from ponte.storage.erase import delete_cases, scrub

#: Bounds of a retention period, in days (one day to thirty years).
MIN_DAYS = 1
MAX_DAYS = 30 * 365
_META = {
    "closed_case_days": "retention.closed_case_days",
    "sent_packet_days": "retention.sent_packet_days",
}
_DONE_PACKETS = "('sent', 'acknowledged', 'expired')"
_PURGEABLE = "c.status = 'closed' AND c.closed_on IS NOT NULL AND c.closed_on < ?"


@dataclass(frozen=True)
class RetentionPolicy:
    """How long records are kept (set by the centre, not by code)."""

    closed_case_days: int = 5 * 365
    sent_packet_days: int = 180

    def checked(self) -> RetentionPolicy:
        for name in _META:
            days = getattr(self, name)
            if not MIN_DAYS <= days <= MAX_DAYS:
                raise RetentionOutOfRange(name, params=(MIN_DAYS, MAX_DAYS))
        return self


@dataclass(frozen=True)
class PurgeCounts:
    """What a purge removes (preview) or removed (purge)."""

    cases: int
    persons: int
    packets: int

    @property
    def empty(self) -> bool:
        return self.cases == 0 and self.packets == 0


def _require(actor: Actor) -> None:
    if not actor.sees_all_cases:
        raise PermissionDenied("retention needs a coordinator or an administrator")


def _cutoff(now: datetime, days: int) -> str:
    return date.fromordinal(now.date().toordinal() - days).isoformat()


def load_policy(db: Database) -> RetentionPolicy:
    values: dict[str, int] = {}
    for name, key in _META.items():
        raw = db.scalar("SELECT value FROM vault_meta WHERE key = ?", (key,))
        if raw is not None:
            values[name] = int(raw)
    return RetentionPolicy(**values)


def save_policy(db: Database, actor: Actor, policy: RetentionPolicy, *, at: datetime) -> None:
    _require(actor)
    policy.checked()
    with db.transaction():
        for name, key in _META.items():
            db.execute(
                "INSERT INTO vault_meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, str(getattr(policy, name))),
            )
        audit.record(
            db,
            actor,
            "retention.policy",
            at=at,
            detail={
                "closed_case_days": policy.closed_case_days,
                "sent_packet_days": policy.sent_packet_days,
            },
        )


def preview(db: Database, now: datetime, policy: RetentionPolicy) -> list[str]:
    """Ids of the cases a purge would remove now."""
    rows = db.query(
        f"SELECT id FROM cases c WHERE {_PURGEABLE} ORDER BY closed_on, id",
        (_cutoff(now, policy.closed_case_days),),
    )
    return [r[0] for r in rows]


def _packet_cutoff(now: datetime, policy: RetentionPolicy) -> str:
    return rfc3339(now - timedelta(days=policy.sent_packet_days))


def preview_counts(db: Database, now: datetime, policy: RetentionPolicy) -> PurgeCounts:
    """What :func:`purge_all` would remove now; nothing is changed."""
    cutoff = _cutoff(now, policy.closed_case_days)
    ids = preview(db, now, policy)
    persons = int(
        db.scalar(
            f"SELECT count(*) FROM persons p WHERE EXISTS (SELECT 1 FROM cases c"
            f" WHERE c.person_id = p.id AND {_PURGEABLE}) AND NOT EXISTS"
            f" (SELECT 1 FROM cases c WHERE c.person_id = p.id AND NOT ({_PURGEABLE}))",
            (cutoff, cutoff),
        )
    )
    packets = int(
        db.scalar(
            f"SELECT count(*) FROM outbox WHERE state IN {_DONE_PACKETS} AND updated_at < ?",
            (_packet_cutoff(now, policy),),
        )
    )
    return PurgeCounts(len(ids), persons, packets)


def purge_all(db: Database, actor: Actor, now: datetime, policy: RetentionPolicy) -> PurgeCounts:
    """Remove what :func:`preview_counts` shows, in one transaction, audited with the counts."""
    _require(actor)
    ids = preview(db, now, policy)
    with db.transaction():
        persons = delete_cases(db, ids)
        packets = db.execute(
            f"DELETE FROM outbox WHERE state IN {_DONE_PACKETS} AND updated_at < ?",
            (_packet_cutoff(now, policy),),
        ).rowcount
        counts = PurgeCounts(len(ids), persons, packets)
        audit.record(
            db,
            actor,
            "retention.purge",
            at=now,
            detail={
                "cases": counts.cases,
                "persons": counts.persons,
                "packets": counts.packets,
                "days": policy.closed_case_days,
                "packet_days": policy.sent_packet_days,
            },
        )
    scrub(db)
    return counts


def purge(db: Database, actor: Actor, now: datetime, policy: RetentionPolicy) -> int:
    """:func:`purge_all`, returning the number of cases removed."""
    return purge_all(db, actor, now, policy).cases
