"""The inbox: every packet received, stored once and applied (implements sync.ports.Inbox).

Only packets whose sender's signature verified are stored here, by their (authenticated)
sender and id: ids are unique per sender, so another member's packet under the same id is
another packet, stored and judged on its own (issue 15.9). Bytes refused before that are recorded in ``inbox_refused`` by their SHA-256, and packet
files whose sender is not in this copy of the directory yet wait in ``inbox_parked``
(docs/sync.md, the acknowledgement rule).

An authenticated packet refused for good (expired, cannot be decrypted, a bad payload) is
stored with its reason and passed to ``on_refused`` in the same transaction: the seam where
a signed refusal back to its sender is queued (``app/lifecycle.py``; docs/sync.md).

Applying a packet happens in the same transaction as storing it, through the referral
state machine (``storage/lifecycle.py``), which also decides whether the sender may:
- ``status`` from the service a referral was sent to updates that referral, keeps the
  answer (with its note) beside it and marks the referral's outbox packet ``acknowledged``;
  the inbox row keeps neither the note nor the sealed bytes (erasure of her case reaches
  the note where it is kept);
- ``withdrawal`` from the centre that sent a referral (partner side) marks it ``withdrawn``
  and removes her data from it, whichever of the two arrives first;
- ``referral`` (partner side) is stored as a new referral to act on; its attachment, if
  any, becomes a document of that received referral (``storage/documents.py``) and the
  stored payload keeps only its description, not the bytes.
A status or withdrawal from anyone else is refused (``not_entitled``) and audited.
- ``refusal``: the recipient of one of our packets could not use it; the outbox row (and
  the referral it carried) shows it, if the refusal comes from that packet's recipient.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from ponte.core.clock import rfc3339
from ponte.core.enums import DocumentKind, ReferralStatus
from ponte.core.errors import NotEntitled, PacketError, PonteError, WrongRecipient
from ponte.core.packet import Header
from ponte.core.payloads import OUTCOME_MEMBERS
from ponte.storage import aggregates, audit, documents, lifecycle
from ponte.storage.db import Database
from ponte.storage.replica import inbound, stream
from ponte.storage.replica.stream import Applied

#: Kept with the referral it answers (``referral_answers``), not in the inbox row.
_ANSWER_ONLY = ("note", "next_appointment", *OUTCOME_MEMBERS)


class ReceivedLike(Protocol):
    @property
    def packet_id(self) -> str: ...
    @property
    def sender(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def payload(self) -> dict[str, Any] | None: ...
    @property
    def refused(self) -> str | None: ...
    @property
    def header(self) -> Header | None: ...


class RefusalLike(Protocol):
    @property
    def sha256(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def claimed_id(self) -> str: ...
    @property
    def sender(self) -> str: ...
    @property
    def type(self) -> str: ...


#: Called inside the transaction that stores an authenticated refusal: (header, reason, at).
OnRefused = Callable[[Header, str, datetime], None]


@dataclass(frozen=True)
class RefusedRow:
    sha256: str
    claimed_id: str
    sender: str
    type: str
    reason: str
    refused_at: str


@dataclass(frozen=True)
class InboxRow:
    packet_id: str
    sender: str
    type: str
    payload: dict[str, Any] | None
    refused: str | None
    state: str
    received_at: str


class VaultInbox:
    """``sync.ports.Inbox`` over the vault database (call only on the vault thread)."""

    def __init__(
        self,
        db: Database,
        *,
        actor: str = "sync",
        device: str = "",
        on_refused: OnRefused | None = None,
    ) -> None:
        self.db = db
        self.actor = actor
        self.device = device
        self.on_refused = on_refused

    def has(self, sender: str, packet_id: str) -> bool:
        """Is the packet ``packet_id`` from ``sender`` stored (the replay check)?"""
        found = self.db.scalar(
            "SELECT 1 FROM inbox WHERE packet_id = ? AND sender = ?", (packet_id, sender)
        )
        return found is not None

    def store(self, item: ReceivedLike, raw: bytes, at: datetime) -> bool:
        payload, attached, refused = item.payload, None, item.refused
        if item.type == "referral" and payload is not None and "attachment" in payload:
            attached = payload["attachment"]
            stub = {k: v for k, v in attached.items() if k != "data"}
            payload = {**payload, "attachment": stub}
        if item.type == "status" and payload is not None:
            payload = {k: v for k, v in payload.items() if k not in _ANSWER_ONLY}
            raw = b""
        applied: Applied | None = None
        scrub = False
        with self.db.transaction():
            if self.has(item.sender, item.packet_id):
                return False
            if item.type == "replica" and payload is not None:
                # A change set from another device of this centre: merged now, in this
                # transaction; neither it nor its packet is kept (erasure must reach it).
                try:
                    applied = inbound.receive_packet(self.db, item.sender, payload, at)
                except PacketError as exc:
                    refused = exc.kind
                payload, raw = None, b""
            self.db.execute(
                "INSERT INTO inbox (packet_id, sender, type, payload, refused, state, raw,"
                " received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    item.packet_id,
                    item.sender,
                    item.type,
                    None if payload is None else json.dumps(payload, ensure_ascii=False),
                    refused,
                    ReferralStatus.DELIVERED.value if item.type == "referral" else "new",
                    raw,
                    rfc3339(at),
                ),
            )
            if payload is not None:
                try:
                    scrub = self._apply(item, at)
                except NotEntitled:
                    lifecycle.refuse(
                        self.db, item.sender, item.packet_id, at, self.actor, self.device
                    )
                    attached = None
                if item.type == "aggregate":  # cabina di regia: counts from a centre
                    aggregates.store(self.db, item.packet_id, item.sender, payload, at)
            if attached is not None and self._state(item) != "withdrawn":
                self._keep_attachment(item, attached, at)
            if (
                refused
                and refused != WrongRecipient.kind
                and item.header is not None
                and self.on_refused is not None
            ):
                self.on_refused(item.header, refused, at)  # the sender may be told (signed)
            audit.append(
                self.db,
                actor=self.actor,
                device=self.device,
                action="packet.receive",
                entity="packet",
                entity_id=item.packet_id,
                at=at,
                detail={"kind": refused or item.type},
            )
        if applied is not None:
            stream.after_receive(self.db, applied)
        if scrub:
            self.db.checkpoint()  # her withdrawn document leaves the WAL too
        return True

    # ------------------------------------------------------------ refused, parked
    def refuse(self, refusal: RefusalLike, at: datetime, header: Header | None = None) -> bool:
        """Bytes refused for good, recorded by their hash: before their signature verified,
        or (with their ``header``) after it, when they cannot take their id here."""
        with self.db.transaction():
            cur = self.db.execute(
                "INSERT INTO inbox_refused (sha256, claimed_id, sender, type, reason, refused_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                (refusal.sha256, refusal.claimed_id, refusal.sender, refusal.type,
                 refusal.reason, rfc3339(at)),
            )  # fmt: skip
            if cur.rowcount:
                audit.append(
                    self.db, actor=self.actor, device=self.device, action="packet.refuse",
                    entity="packet", entity_id=refusal.sha256, at=at,
                    detail={"kind": refusal.reason},
                )  # fmt: skip
                if header is not None and self.on_refused is not None:
                    self.on_refused(header, refusal.reason, at)
        return bool(cur.rowcount)

    def was_refused(self, sha256: str) -> bool:
        return self.db.scalar("SELECT 1 FROM inbox_refused WHERE sha256 = ?", (sha256,)) is not None

    def park(self, refusal: RefusalLike, raw: bytes, at: datetime) -> None:
        self.db.execute(
            "INSERT INTO inbox_parked (sha256, claimed_id, reason, raw, parked_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
            (refusal.sha256, refusal.claimed_id, refusal.reason, raw, rfc3339(at)),
        )

    def parked(self) -> list[tuple[str, bytes]]:
        rows = self.db.query("SELECT sha256, raw FROM inbox_parked ORDER BY parked_at, sha256")
        return [(str(r["sha256"]), bytes(r["raw"])) for r in rows]

    def unpark(self, key: str) -> None:
        self.db.execute("DELETE FROM inbox_parked WHERE sha256 = ?", (key,))

    def refusals(self, limit: int = 200) -> list[RefusedRow]:
        rows = self.db.query(
            "SELECT sha256, claimed_id, sender, type, reason, refused_at FROM inbox_refused"
            " ORDER BY refused_at DESC, sha256 LIMIT ?",
            (limit,),
        )
        return [RefusedRow(*tuple(r)) for r in rows]

    def _state(self, item: ReceivedLike) -> str | None:
        state = self.db.scalar(
            "SELECT state FROM inbox WHERE packet_id = ? AND sender = ?",
            (item.packet_id, item.sender),
        )
        return None if state is None else str(state)

    def _apply(self, item: ReceivedLike, at: datetime) -> bool:
        """Apply an opened packet; True when documents were deleted (empty the WAL after)."""
        ptype, payload, who = item.type, item.payload, (at, self.actor, self.device)
        assert payload is not None
        if ptype == "status":
            lifecycle.answered(self.db, item.packet_id, item.sender, payload, *who)
        elif ptype == "withdrawal":
            return lifecycle.withdrawn_at_partner(self.db, item.sender, payload, *who)
        elif ptype == "referral":
            return lifecycle.referral_arrived(self.db, item.packet_id, item.sender, *who)
        elif ptype == "refusal":
            lifecycle.refusal_arrived(self.db, item.sender, payload, *who)
        return False

    def _keep_attachment(self, item: ReceivedLike, attached: dict[str, Any], at: datetime) -> None:
        """The referral is kept even if its attachment is not a document we accept."""
        try:
            with self.db.transaction():
                documents.store_received(
                    self.db,
                    item.sender,
                    item.packet_id,
                    base64.b64decode(attached["data"]),
                    str(attached["name"]),
                    DocumentKind(attached.get("kind", DocumentKind.OTHER.value)),
                    at=at,
                    actor=self.actor,
                    device=self.device,
                )
        except PonteError as exc:
            self.db.execute(
                "UPDATE inbox SET payload = json_set(payload, '$.attachment.refused', ?)"
                " WHERE packet_id = ? AND sender = ?",
                (exc.kind, item.packet_id, item.sender),
            )

    def rows(self, ptype: str | None = None, limit: int = 200) -> list[InboxRow]:
        where, params = ("WHERE type = ?", (ptype,)) if ptype else ("", ())
        rows = self.db.query(
            "SELECT packet_id, sender, type, payload, refused, state, received_at FROM inbox"
            f" {where} ORDER BY received_at DESC, packet_id, sender LIMIT ?",
            (*params, limit),
        )
        return [
            InboxRow(
                r["packet_id"],
                r["sender"],
                r["type"],
                None if r["payload"] is None else json.loads(r["payload"]),
                r["refused"],
                r["state"],
                r["received_at"],
            )
            for r in rows
        ]
