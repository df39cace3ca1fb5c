"""The referral state machine (``core/lifecycle.py``) applied to the vault.

This module is the only code that writes a referral's status, on either side:

- the centre's copy (``referrals.status``): the hub's word on its packet, the recipient's
  answers (kept, with a note and the next appointment, in ``referral_answers``), the
  recipient's signed refusal, and the centre's own withdrawal. Linked plan steps follow.
- the partner's copy (``inbox.state`` of a received referral): its own answers and the
  sending centre's withdrawal, which also removes her data (see :func:`forget_withdrawn`).

Who is which party is decided here, from what the vault knows: the recipient of a referral
is the member the centre addressed it to; its sender is the member whose signed packet
brought it. Anything from anyone else raises :class:`NotEntitled`; the inbox records that
refusal and audits it.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from ponte.core.clock import rfc3339
from ponte.core.enums import ReferralStatus
from ponte.core.errors import AnswerNotAllowed, NotEntitled, NotFound
from ponte.core.ids import new_id
from ponte.core.lifecycle import Event, Party, answer_event, may_answer, step
from ponte.storage import audit, outcomes, plans
from ponte.storage.db import Database

#: What the partner keeps of a referral once it is withdrawn (docs/processing-register.md).
KEPT_AFTER_WITHDRAWAL = ("pseudonym", "service_type", "consent")


# ---------------------------------------------------------------- the centre's copy
def _move(
    db: Database, referral_id: str, event: Event, by: Party, at: datetime, actor: str, device: str
) -> ReferralStatus | None:
    state = ReferralStatus(db.scalar("SELECT status FROM referrals WHERE id = ?", (referral_id,)))
    after = step(state, event, by)
    if after is None:
        return None
    db.execute(
        "UPDATE referrals SET status = ?, updated_at = ? WHERE id = ?",
        (after.value, rfc3339(at), referral_id),
    )
    plans.follow(db, referral_id, after, at=at, actor=actor, device=device)
    return after


def hub_said(db: Database, packet_id: str, event: Event, at: datetime) -> None:
    """The hub took (or refused for good) the packet of a referral: call inside the outbox's
    transaction. Packets that carry no referral change nothing."""
    referral_id = db.scalar("SELECT id FROM referrals WHERE packet_id = ?", (packet_id,))
    if referral_id is not None:
        _move(db, str(referral_id), event, Party.HUB, at, "sync", "")


def withdraw(db: Database, referral_id: str, at: datetime, actor: str, device: str) -> bool:
    """The centre withdraws its referral (her consent is gone); False if it already was."""
    return _move(db, referral_id, Event.WITHDRAWN, Party.SENDER, at, actor, device) is not None


def _referral_for(db: Database, sender: str, packet_id: str) -> str:
    """The centre's referral carried by ``packet_id``, if ``sender`` is its recipient."""
    row = db.query_one("SELECT id, recipient FROM referrals WHERE packet_id = ?", (packet_id,))
    if row is None:
        raise NotEntitled("no such referral")
    if row["recipient"] != sender:
        raise NotEntitled("not its recipient")
    return str(row["id"])


def _answer_key(db: Database, packet_id: str) -> str:
    """An answer is kept under its status packet's id, unless another member's answer holds
    that id already (ids are unique per sender only; the inbox stores each packet once, so
    it is not a repeat): then under an id of its own."""
    taken = db.scalar("SELECT 1 FROM referral_answers WHERE id = ?", (packet_id,))
    return new_id() if taken else packet_id


def answered(
    db: Database,
    answer_id: str,
    sender: str,
    payload: dict[str, Any],
    at: datetime,
    actor: str,
    device: str,
) -> None:
    """A status packet (``answer_id``, from ``sender``) from a partner: applied only if
    ``sender`` is the referral's recipient (the referral is the centre's own packet, named
    by its id; the sender must be the member it was addressed to).

    Every authentic answer is kept (a late one too: it is part of her path), unless the
    referral was withdrawn: then nothing she did not agree to is kept, note included.
    """
    referral_id = _referral_for(db, sender, str(payload["referral"]))
    event = answer_event(str(payload["status"]))
    state = ReferralStatus(db.scalar("SELECT status FROM referrals WHERE id = ?", (referral_id,)))
    if state is ReferralStatus.WITHDRAWN:
        return
    db.execute(
        "INSERT INTO referral_answers (id, referral_id, status, reason, note, next_appointment,"
        " received_at, outcome, contract, outcome_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            _answer_key(db, answer_id),
            referral_id,
            event.value,
            payload.get("reason"),
            payload.get("note"),
            payload.get("next_appointment"),
            rfc3339(at),
            *outcomes.said(db, referral_id, payload),  # what came of it, waiting for a person
        ),
    )
    audit.append(
        db,
        actor=actor,
        device=device,
        action="referral.answer",
        entity="case",
        entity_id=str(db.scalar("SELECT case_id FROM referrals WHERE id = ?", (referral_id,))),
        at=at,
        detail={"referral_id": referral_id, "packet_id": answer_id, "kind": event.value},
    )
    _move(db, referral_id, event, Party.RECIPIENT, at, actor, device)
    db.execute(
        "UPDATE outbox SET state = 'acknowledged', updated_at = ? WHERE packet_id = ?"
        " AND state IN ('queued', 'sent', 'failed', 'expired')",
        (rfc3339(at), str(payload["referral"])),
    )


# ---------------------------------------------------------------- the partner's copy
# A received referral is known by its sender and its packet id (ids are unique per sender:
# another member's packet may carry the same id, and it is another packet).
def _received(db: Database, sender: str, packet_id: str) -> Any:
    return db.query_one(
        "SELECT sender, state FROM inbox WHERE packet_id = ? AND sender = ?"
        " AND type = 'referral' AND refused IS NULL",
        (packet_id, sender),
    )


def _received_from_others(db: Database, sender: str, packet_id: str) -> bool:
    return (
        db.scalar(
            "SELECT 1 FROM inbox WHERE packet_id = ? AND sender != ? AND type = 'referral'"
            " AND refused IS NULL",
            (packet_id, sender),
        )
        is not None
    )


def answer_to(db: Database, sender: str, packet_id: str, status: str) -> str:
    """The member a partner's answer goes to (``sender``, who sent the referral), if the
    answer is allowed now; else AnswerNotAllowed (NotFound for none). Changes nothing (seal
    between this and
    :func:`partner_answer`, outside the transaction)."""
    row = _received(db, sender, packet_id)
    if row is None:
        raise NotFound("received referral")
    answer = ReferralStatus(answer_event(status).value)
    state = ReferralStatus(row["state"])
    if not may_answer(state, answer):
        raise AnswerNotAllowed(f"{state.value} -> {answer.value}")
    return str(row["sender"])


def partner_answer(db: Database, sender: str, packet_id: str, status: str) -> None:
    """Record the partner's answer on its copy (checked again: call inside the transaction
    that queues the answer)."""
    answer_to(db, sender, packet_id, status)
    state = ReferralStatus(_received(db, sender, packet_id)["state"])
    after = step(state, answer_event(status), Party.RECIPIENT) or state
    db.execute(
        "UPDATE inbox SET state = ? WHERE packet_id = ? AND sender = ?",
        (after.value, packet_id, sender),
    )


def withdrawn_at_partner(
    db: Database, sender: str, payload: dict[str, Any], at: datetime, actor: str, device: str
) -> bool:
    """A withdrawal arrived: applied to the referral of that id from ``sender``; if that has
    not arrived yet, it waits (see :func:`referral_arrived`). Naming a referral that only
    another member sent here is refused (and applies after all if the sender's own referral
    of that id arrives later: :func:`refuse`). Returns True when documents were deleted (the
    caller empties the WAL after the transaction)."""
    packet_id = str(payload["referral"])
    row = _received(db, sender, packet_id)
    if row is None:
        if _received_from_others(db, sender, packet_id):
            raise NotEntitled("not its sender")
        return False
    return _withdraw_here(db, sender, packet_id, ReferralStatus(row["state"]), at, actor, device)


def referral_arrived(
    db: Database, packet_id: str, sender: str, at: datetime, actor: str, device: str
) -> bool:
    """A referral was just stored: a withdrawal of it that came first from its sender
    applies now — one refused earlier too, when it named only another member's referral of
    that id (a squatter's: ids are unique per sender; its refusal is lifted and audited).
    One waiting from anyone else (with no referral of that id of its own here) is refused
    and audited."""
    rows = db.query(
        "SELECT packet_id, sender, refused FROM inbox WHERE type = 'withdrawal'"
        " AND (refused IS NULL OR refused = ?) AND json_extract(payload, '$.referral') = ?",
        (NotEntitled.kind, packet_id),
    )
    scrub = False
    for w in rows:
        if w["sender"] == sender:
            if w["refused"] is not None:
                _lift_refusal(db, sender, str(w["packet_id"]), at, actor, device)
            state = ReferralStatus(_received(db, sender, packet_id)["state"])
            scrub = _withdraw_here(db, sender, packet_id, state, at, actor, device) or scrub
        elif w["refused"] is None and _received(db, str(w["sender"]), packet_id) is None:
            refuse(db, str(w["sender"]), str(w["packet_id"]), at, actor, device)
    return scrub


def _withdraw_here(
    db: Database,
    sender: str,
    packet_id: str,
    state: ReferralStatus,
    at: datetime,
    actor: str,
    device: str,
) -> bool:
    if step(state, Event.WITHDRAWN, Party.SENDER) is None:
        return False
    return forget_withdrawn(db, sender, packet_id, at, actor, device)


def forget_withdrawn(
    db: Database, sender: str, packet_id: str, at: datetime, actor: str, device: str
) -> bool:
    """Her consent is gone: keep only that a referral came, from whom, when, under which
    pseudonym and consent, and what was answered — not her fields, the purpose, the
    attached document or the sealed packet (which this service could open again)."""
    key = (packet_id, sender)
    raw = db.scalar("SELECT payload FROM inbox WHERE packet_id = ? AND sender = ?", key)
    payload = json.loads(raw) if raw else {}
    kept = {k: payload[k] for k in KEPT_AFTER_WITHDRAWAL if k in payload}
    db.execute(
        "UPDATE inbox SET state = ?, payload = ?, raw = x'' WHERE packet_id = ? AND sender = ?",
        (ReferralStatus.WITHDRAWN.value, json.dumps(kept, ensure_ascii=False), *key),
    )
    gone = int(
        db.execute(
            "DELETE FROM documents WHERE received_from = ? AND received_sender = ?", key
        ).rowcount
    )
    audit.append(
        db,
        actor=actor,
        device=device,
        action="referral.withdrawn",
        entity="packet",
        entity_id=packet_id,
        at=at,
        detail={"documents": gone},
    )
    return gone > 0


# ---------------------------------------------------------------- refusals
def refusal_arrived(
    db: Database, sender: str, payload: dict[str, Any], at: datetime, actor: str, device: str
) -> None:
    """The recipient of one of our packets refused it (signed): the outbox row says so, with
    the reason code, and a referral it carried is marked refused. Only that packet's
    recipient may say so."""
    packet_id = str(payload["packet"])
    row = db.query_one("SELECT recipient FROM outbox WHERE packet_id = ?", (packet_id,))
    if row is None or row["recipient"] != sender:
        raise NotEntitled("not its recipient")
    db.execute(
        "UPDATE outbox SET state = 'refused', reason = ?, updated_at = ? WHERE packet_id = ?"
        " AND state IN ('queued', 'sent', 'failed', 'expired')",
        (str(payload["reason"]), rfc3339(at), packet_id),
    )
    referral_id = db.scalar("SELECT id FROM referrals WHERE packet_id = ?", (packet_id,))
    if referral_id is not None:
        _move(db, str(referral_id), Event.REFUSED, Party.RECIPIENT, at, actor, device)


# ---------------------------------------------------------------- refusing
def refuse(
    db: Database, sender: str, packet_id: str, at: datetime, actor: str, device: str
) -> None:
    """An authentic packet from a member not entitled to send it: nothing it says is kept;
    the refusal is recorded on its inbox row and in the audit log.

    A withdrawal keeps the id of the referral it named (an id, nothing of her): ids are
    unique per sender, so a withdrawal refused for naming only another member's referral is
    its sender's own if that sender's referral of that id arrives later, and then it
    applies (:func:`referral_arrived`) — a member that squats a referral's id cannot cancel
    her withdrawal of consent."""
    db.execute(
        "UPDATE inbox SET refused = ?, raw = x'', payload = CASE WHEN type = 'withdrawal'"
        " THEN json_object('referral', json_extract(payload, '$.referral')) END"
        " WHERE packet_id = ? AND sender = ?",
        (NotEntitled.kind, packet_id, sender),
    )
    _record_refusal(db, "packet.refuse", packet_id, at, actor, device)


def _lift_refusal(
    db: Database, sender: str, packet_id: str, at: datetime, actor: str, device: str
) -> None:
    """A withdrawal refused for naming only another member's referral, now that its
    sender's own referral of that id is here: it was entitled after all."""
    db.execute(
        "UPDATE inbox SET refused = NULL WHERE packet_id = ? AND sender = ?", (packet_id, sender)
    )
    _record_refusal(db, "packet.refusal_lifted", packet_id, at, actor, device)


def _record_refusal(
    db: Database, action: str, packet_id: str, at: datetime, actor: str, device: str
) -> None:
    audit.append(
        db,
        actor=actor,
        device=device,
        action=action,
        entity="packet",
        entity_id=packet_id,
        at=at,
        detail={"kind": NotEntitled.kind},
    )
