"""The outbox: sealed packets waiting for the hub, in creation order (implements sync.ports.Outbox)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ponte.core.clock import rfc3339
from ponte.core.errors import NotFound
from ponte.core.lifecycle import Event
from ponte.core.packet import HOUSEKEEPING_TYPES, parse
from ponte.storage import lifecycle
from ponte.storage.db import Database


@dataclass(frozen=True)
class Pending:
    packet_id: str
    data: bytes
    attempts: int


@dataclass(frozen=True)
class OutboxRow:
    packet_id: str
    recipient: str
    type: str
    state: str
    attempts: int
    reason: str | None
    created_at: str
    updated_at: str


def enqueue(db: Database, packet: bytes, *, at: datetime) -> str:
    """Store a sealed packet for sending; call inside the transaction that creates what it
    carries (persist before send). Idempotent by packet id."""
    header = parse(packet).header
    now = rfc3339(at)
    db.execute(
        "INSERT INTO outbox (packet_id, recipient, type, data, expires_at, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (packet_id) DO NOTHING",
        (header.id, header.recipient, header.type, packet, header.expires, now, now),
    )
    return header.id


def cancel(db: Database, packet_id: str, *, at: datetime) -> bool:
    """What it carries was withdrawn before it left: a packet still waiting is not sent.
    (One already on its way when this runs is marked sent by :meth:`VaultOutbox.sent`.)"""
    cur = db.execute(
        "UPDATE outbox SET state = 'cancelled', updated_at = ? WHERE packet_id = ?"
        " AND state IN ('queued', 'failed', 'expired')",
        (rfc3339(at), packet_id),
    )
    return bool(cur.rowcount)


class VaultOutbox:
    """``sync.ports.Outbox`` over the vault database (call only on the vault thread)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def pending(self, limit: int, now: datetime) -> list[Pending]:
        stamp = rfc3339(now)
        with self.db.transaction():
            self.db.execute(
                "UPDATE outbox SET state = 'expired', updated_at = ? WHERE state = 'queued'"
                " AND expires_at <= ?",
                (stamp, stamp),
            )
        rows = self.db.query(
            "SELECT packet_id, data, attempts FROM outbox WHERE state = 'queued' ORDER BY seq LIMIT ?",
            (limit,),
        )
        return [Pending(r["packet_id"], bytes(r["data"]), int(r["attempts"])) for r in rows]

    def _set(self, packet_id: str, sql: str, params: tuple[object, ...]) -> None:
        with self.db.transaction():
            cur = self.db.execute(sql, params)
            if cur.rowcount == 0:
                raise NotFound(f"outbox packet {packet_id}")

    def sent(self, packet_id: str, receipt: bytes, at: datetime) -> None:
        with self.db.transaction():
            self._set(
                packet_id,
                "UPDATE outbox SET state = 'sent', receipt = ?, attempts = attempts + 1,"
                " updated_at = ? WHERE packet_id = ? AND state IN ('queued', 'cancelled')",
                (receipt, rfc3339(at), packet_id),
            )
            lifecycle.hub_said(self.db, packet_id, Event.HUB_ACCEPTED, at)

    def failed(self, packet_id: str, reason: str, at: datetime) -> None:
        with self.db.transaction():
            self._set(
                packet_id,
                "UPDATE outbox SET state = 'failed', reason = ?, updated_at = ? WHERE packet_id = ?",
                (reason, rfc3339(at), packet_id),
            )
            lifecycle.hub_said(self.db, packet_id, Event.HUB_REFUSED, at)

    def attempted(self, packet_id: str, at: datetime) -> None:
        self.db.execute(
            "UPDATE outbox SET attempts = attempts + 1, updated_at = ? WHERE packet_id = ?",
            (rfc3339(at), packet_id),
        )

    def queued_count(self) -> int:
        """Packets a person sent that wait for the hub (what "n waiting" counts): not the
        copies for the centre's other workstations nor Ponte's own housekeeping packets."""
        marks = ", ".join("?" * len(HOUSEKEEPING_TYPES))
        return int(
            self.db.scalar(
                f"SELECT count(*) FROM outbox WHERE state = 'queued' AND type NOT IN ({marks})",
                tuple(sorted(HOUSEKEEPING_TYPES)),
            )
        )

    def retry(self, packet_id: str, at: datetime) -> None:
        """'Retry now' for a failed or expired packet the person wants to send again (the
        referral it carries moves on when the hub's receipt comes: ``storage/lifecycle.py``)."""
        self._set(
            packet_id,
            "UPDATE outbox SET state = 'queued', reason = NULL, updated_at = ?"
            " WHERE packet_id = ? AND state IN ('failed', 'expired', 'queued')",
            (rfc3339(at), packet_id),
        )

    def rows(self, limit: int = 200) -> list[OutboxRow]:
        rows = self.db.query(
            "SELECT packet_id, recipient, type, state, attempts, reason, created_at, updated_at"
            " FROM outbox ORDER BY seq DESC LIMIT ?",
            (limit,),
        )
        return [OutboxRow(*tuple(r)) for r in rows]

    def data(self, packet_id: str) -> bytes:
        raw = self.db.scalar("SELECT data FROM outbox WHERE packet_id = ?", (packet_id,))
        if raw is None:
            raise NotFound(f"outbox packet {packet_id}")
        return bytes(raw)
