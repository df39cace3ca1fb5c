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
from ponte.storage import audit, consents, outbox
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
    )


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
    """Her consent is withdrawn: mark the referral and queue the withdrawal packet."""
    ref = get(db, referral_id)
    require_access(db, actor, ref.case_id)
    with db.transaction():
        consent_id = db.scalar("SELECT consent_id FROM referrals WHERE id = ?", (referral_id,))
        if consent_id:
            consents.withdraw(db, actor, consent_id, at=at)
        db.execute(
            "UPDATE referrals SET status = 'withdrawn', updated_at = ? WHERE id = ?",
            (rfc3339(at), referral_id),
        )
        outbox.enqueue(db, seal(ref), at=at)
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
