"""The outbox: sealed packets waiting for the hub, in creation order (implements sync.ports.Outbox)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ponte.core.clock import rfc3339
from ponte.core.errors import NotFound
from ponte.core.packet import parse
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
                " updated_at = ? WHERE packet_id = ? AND state = 'queued'",
                (receipt, rfc3339(at), packet_id),
            )
            self.db.execute(
                "UPDATE referrals SET status = 'sent', updated_at = ? WHERE packet_id = ?"
                " AND status = 'queued'",
                (rfc3339(at), packet_id),
            )

    def failed(self, packet_id: str, reason: str, at: datetime) -> None:
        with self.db.transaction():
            self._set(
                packet_id,
                "UPDATE outbox SET state = 'failed', reason = ?, updated_at = ? WHERE packet_id = ?",
                (reason, rfc3339(at), packet_id),
            )
            self.db.execute(
                "UPDATE referrals SET status = 'failed', updated_at = ? WHERE packet_id = ?",
                (rfc3339(at), packet_id),
            )

    def attempted(self, packet_id: str, at: datetime) -> None:
        self.db.execute(
            "UPDATE outbox SET attempts = attempts + 1, updated_at = ? WHERE packet_id = ?",
            (rfc3339(at), packet_id),
        )

    def queued_count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM outbox WHERE state = 'queued'"))

    def retry(self, packet_id: str, at: datetime) -> None:
        """'Retry now' for a failed or expired packet the person wants to send again: the
        packet and the referral it carries are waiting to be sent again, nothing is stuck."""
        with self.db.transaction():
            self._set(
                packet_id,
                "UPDATE outbox SET state = 'queued', reason = NULL, updated_at = ?"
                " WHERE packet_id = ? AND state IN ('failed', 'expired', 'queued')",
                (rfc3339(at), packet_id),
            )
            self.db.execute(
                "UPDATE referrals SET status = 'queued', updated_at = ? WHERE packet_id = ?"
                " AND status = 'failed'",
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
