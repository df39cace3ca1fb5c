"""A referral in a vault, sealed with real keys, and a job centre's answer to it."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ponte.core.domain import Actor, Consent
from ponte.core.enums import ConsentMethod, ServiceType
from ponte.core.sealing import seal
from ponte.storage import consents, lifecycle, referrals
from ponte.storage.db import Database
from tests.core.packet_helpers import CAV, CPI, keys
from tests.core.packet_helpers import referral as referral_payload


def sealed(ptype: str, payload: dict[str, Any], to: str, at: datetime) -> bytes:
    return seal(
        payload,
        type=ptype,
        sender_id=CAV,
        sender_key_id=keys(CAV).signing_key_id,
        signing_key=keys(CAV).signing,
        recipient_id=to,
        recipient_key=keys(to).encryption.public_key(),
        created=at,
        expires=at + timedelta(days=30),
    )


def referral(
    db: Database, actor: Actor, case_id: str, person_id: str, at: datetime
) -> referrals.ReferralRow:
    """A referral of ``case_id`` to the job centre CPI, under a consent recorded for it."""
    consents.record(
        db,
        actor,
        Consent(person_id, ServiceType.CPI, "lavoro", at.date(), at.date() + timedelta(days=180),
                ConsentMethod.WRITTEN, recipient=CPI),
        at=at,
    )  # fmt: skip
    payload = referral_payload()
    return referrals.create(
        db, actor, case_id=case_id, recipient=CPI, service_type=ServiceType.CPI,
        fields=["age_band"], seal=lambda _id, _c: sealed("referral", payload, CPI, at), at=at,
    )  # fmt: skip


def answer(
    db: Database, ref: referrals.ReferralRow, answer_id: str, at: datetime, **extra: Any
) -> None:
    """The job centre's answer, as the inbox applies it once the packet is opened."""
    payload = {"referral": ref.packet_id, "status": "accepted", **extra}
    lifecycle.answered(db, answer_id, CPI, payload, at, "sync", "")
