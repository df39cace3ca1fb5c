"""The referral's life as a workstation lives it: it seals and queues the packets — a
partner's answer, the centre's withdrawals, a refusal back to a sender — while
``storage/lifecycle.py`` (over ``core/lifecycle.py``) decides what each may change.

Each function takes a :class:`Workstation` (vault, directory and sealing at hand): the
protocol below, which ``app/workstation.py``'s class meets and which keeps this module
beneath it (``Workstation`` exposes these functions as methods; no import cycle).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Protocol

from ponte.core.clock import Clock
from ponte.core.directory import Directory
from ponte.core.domain import Actor
from ponte.core.outcomes import Said
from ponte.core.packet import Header
from ponte.core.payloads import REFUSAL_REASONS, status_payload
from ponte.storage import audit, consents, lifecycle, outbox, referrals
from ponte.storage.vault import Vault


class Workstation(Protocol):
    """What the referral's life needs of ``app.workstation.Workstation``."""

    vault: Vault

    @property
    def clock(self) -> Clock: ...

    @property
    def actor(self) -> Actor: ...

    def local_directory(self) -> Directory: ...

    def seal_to(
        self,
        recipient: str,
        ptype: str,
        payload: dict[str, Any],
        *,
        now: datetime | None = None,
        directory: Directory | None = None,
    ) -> bytes: ...


def send_status(
    ws: Workstation,
    sender: str,
    referral_packet_id: str,
    status: str,
    reason: str | None,
    note: str,
    next_appointment: date | None,
    said: Said | None = None,
) -> str:
    """Partner side: answer the referral ``referral_packet_id`` received from ``sender`` (ids
    are unique per sender) if the answer is allowed now; sealed before the transaction that
    records it and queues it (no network inside a transaction)."""
    db = ws.vault.db
    payload = status_payload(referral_packet_id, status, reason, note, next_appointment, said)
    to = lifecycle.answer_to(db, sender, referral_packet_id, status)
    packet = ws.seal_to(to, "status", payload)
    with db.transaction():
        lifecycle.partner_answer(db, sender, referral_packet_id, status)
        packet_id = outbox.enqueue(db, packet, at=ws.clock.now())
        audit.record(
            db,
            ws.actor,
            "referral.status",
            at=ws.clock.now(),
            entity="packet",
            entity_id=referral_packet_id,
            detail={"kind": status},
        )
    return packet_id


def withdraw_referral(ws: Workstation, referral_id: str) -> referrals.ReferralRow:
    """She withdrew the consent this referral was sent under: the consent is withdrawn and
    with it every referral it covered (each service is told), in one transaction."""
    ref = referrals.get(ws.vault.db, referral_id)
    if ref.consent_id is not None:
        revoke_consent(ws, ref.consent_id)
    else:
        _withdraw_one(ws, referral_id)
    return referrals.get(ws.vault.db, referral_id)


def revoke_consent(ws: Workstation, consent_id: str) -> list[referrals.ReferralRow]:
    """Withdraw her consent and every referral sent under it; returns those referrals."""
    db = ws.vault.db
    with db.transaction():
        consents.withdraw(db, ws.actor, consent_id, at=ws.clock.now())
        covered = referrals.under_consent(db, consent_id)
        for ref in covered:
            _withdraw_one(ws, ref.id)
    return [referrals.get(db, ref.id) for ref in covered]


def _withdraw_one(ws: Workstation, referral_id: str) -> None:
    def build(ref: referrals.ReferralRow) -> bytes:
        payload = {"referral": str(ref.packet_id), "consent_ref": str(ref.consent_id)}
        return ws.seal_to(ref.recipient, "withdrawal", payload)

    referrals.withdraw(ws.vault.db, ws.actor, referral_id, seal=build, at=ws.clock.now())


def answer_refusal(ws: Workstation, header: Header, reason: str, at: datetime) -> None:
    """A packet whose sender's signature verified was refused for good: queue a signed
    refusal back to ``header.sender`` — the packet id and a reason code, nothing else —
    inside the transaction that stores the refused packet (so it is answered once, however
    often the packet comes again). Never in answer to a refusal (no loops), never for a
    reason the sender cannot act on, never over the network: the directory copy that just
    verified the sender's signature is used."""
    if header.type == "refusal" or reason not in REFUSAL_REASONS:
        return
    payload = {"packet": header.id, "reason": reason}
    packet = ws.seal_to(header.sender, "refusal", payload, now=at, directory=ws.local_directory())
    outbox.enqueue(ws.vault.db, packet, at=at)
    audit.append(
        ws.vault.db,
        actor="sync",
        device=ws.vault.device_id,
        action="packet.refusal_sent",
        entity="packet",
        entity_id=header.id,
        at=at,
        detail={"kind": reason},
    )
