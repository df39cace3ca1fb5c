"""Referrals: created with their sealed packet in one transaction (persist before send).

A referral needs a consent that covers the recipient and purpose today; the packet is
sealed by the caller (which knows the keys and the directory) and stored in the outbox in
the same transaction as the referral row, so there is never a referral without its packet
or a packet without its referral.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ponte.core.clock import rfc3339
from ponte.core.domain import Actor, Consent
from ponte.core.enums import ReferralStatus, ServiceType
from ponte.core.errors import ConsentTooNarrow, NotFound
from ponte.core.ids import new_id
from ponte.core.packet import parse
from ponte.storage import audit, consents, lifecycle, outbox
from ponte.storage.cases import require_access
from ponte.storage.db import Database

#: Builds the sealed packet once the referral id and consent are known.
Sealer = Callable[[str, Consent], bytes]


@dataclass(frozen=True)
class ReferralRow:
    id: str
    case_id: str
    recipient: str
    service_type: str
    packet_id: str | None
    fields: list[str]
    status: ReferralStatus
    updated_at: str
    consent_id: str | None = None


@dataclass(frozen=True)
class Answer:
    """What the service answered, when: a status, a decline reason code, the partner's
    short note and the next appointment (text she typed at the service: show it as text)."""

    referral_id: str
    status: ReferralStatus
    received_at: str
    reason: str | None = None
    note: str | None = None
    next_appointment: str | None = None


def create(
    db: Database,
    actor: Actor,
    *,
    case_id: str,
    recipient: str,
    service_type: ServiceType,
    fields: list[str],
    seal: Sealer,
    at: datetime,
) -> ReferralRow:
    require_access(db, actor, case_id)
    person_id = db.scalar("SELECT person_id FROM cases WHERE id = ?", (case_id,))
    consent = consents.covering(db, person_id, recipient, service_type, at.date())
    outside = sorted(set(fields) - set(consent.fields)) if consent.fields else []
    if outside:
        raise ConsentTooNarrow(", ".join(outside))
    referral_id = new_id()
    now = rfc3339(at)
    with db.transaction():
        packet = seal(referral_id, consent)
        packet_id = parse(packet).header.id
        db.execute(
            "INSERT INTO referrals (id, case_id, recipient, service_type, consent_id, packet_id,"
            " fields, status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                referral_id,
                case_id,
                recipient,
                service_type.value,
                consent.id,
                packet_id,
                json.dumps(sorted(fields)),
                ReferralStatus.QUEUED.value,
                now,
                now,
            ),
        )
        outbox.enqueue(db, packet, at=at)
        audit.append(
            db,
            actor=actor.account_id,
            device=actor.device_id,
            action="referral.create",
            entity="case",
            entity_id=case_id,
            at=at,
            detail={"referral_id": referral_id, "packet_id": packet_id, "fields": len(fields)},
        )
    return get(db, referral_id)


def get(db: Database, referral_id: str) -> ReferralRow:
    r = db.query_one("SELECT * FROM referrals WHERE id = ?", (referral_id,))
    if r is None:
        raise NotFound(f"referral {referral_id}")
    return ReferralRow(
        r["id"],
        r["case_id"],
        r["recipient"],
        r["service_type"],
        r["packet_id"],
        json.loads(r["fields"]),
        ReferralStatus(r["status"]),
        r["updated_at"],
        r["consent_id"],
    )


def under_consent(db: Database, consent_id: str) -> list[ReferralRow]:
    """The referrals sent under one consent, not yet withdrawn (what revoking it withdraws)."""
    rows = db.query(
        "SELECT id FROM referrals WHERE consent_id = ? AND status != ? ORDER BY created_at",
        (consent_id, ReferralStatus.WITHDRAWN.value),
    )
    return [get(db, r[0]) for r in rows]


def answers(db: Database, actor: Actor, case_id: str) -> list[Answer]:
    """The services' answers to a case's referrals, oldest first."""
    require_access(db, actor, case_id)
    rows = db.query(
        "SELECT a.* FROM referral_answers a JOIN referrals r ON r.id = a.referral_id"
        " WHERE r.case_id = ? ORDER BY a.received_at, a.id",
        (case_id,),
    )
    return [
        Answer(
            r["referral_id"],
            ReferralStatus(r["status"]),
            r["received_at"],
            r["reason"],
            r["note"],
            r["next_appointment"],
        )
        for r in rows
    ]


def for_case(db: Database, actor: Actor, case_id: str) -> list[ReferralRow]:
    require_access(db, actor, case_id)
    ids = [
        r[0]
        for r in db.query(
            "SELECT id FROM referrals WHERE case_id = ? ORDER BY created_at", (case_id,)
        )
    ]
    return [get(db, i) for i in ids]


def withdraw(
    db: Database,
    actor: Actor,
    referral_id: str,
    *,
    seal: Callable[[ReferralRow], bytes],
    at: datetime,
) -> ReferralRow:
    """Her consent is withdrawn: mark the referral and queue the withdrawal packet (once)."""
    ref = get(db, referral_id)
    require_access(db, actor, ref.case_id)
    with db.transaction():
        consent_id = db.scalar("SELECT consent_id FROM referrals WHERE id = ?", (referral_id,))
        if consent_id:
            consents.withdraw(db, actor, consent_id, at=at)
        if not lifecycle.withdraw(db, referral_id, at, actor.account_id, actor.device_id):
            return ref
        if ref.packet_id is not None:  # still waiting for the network: it will not leave now
            outbox.cancel(db, ref.packet_id, at=at)
        outbox.enqueue(db, seal(ref), at=at)  # (a copy may have left on a USB stick)
        audit.append(
            db,
            actor=actor.account_id,
            device=actor.device_id,
            action="referral.withdraw",
            entity="case",
            entity_id=ref.case_id,
            at=at,
            detail={"referral_id": referral_id},
        )
    return get(db, referral_id)
