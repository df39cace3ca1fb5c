"""The hub's database interface, and the SQL both backends share.

Everything is keyed so that several hub processes sharing one database stay correct:
packet ids are deduplicated by ``INSERT … ON CONFLICT DO NOTHING`` on ``packet_log`` (which
outlives delivery, so a retry after ack is still recognised), nonces likewise, one-time
tokens are consumed with a conditional ``UPDATE``. Timestamps are RFC 3339 text (they sort).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from ponte.core.directory import EncryptionKey, Member, SigningKey
from ponte.core.errors import ValidationError


@dataclass(frozen=True)
class StoredPacket:
    seq: int
    id: str
    data: bytes


@dataclass(frozen=True)
class Ingest:
    created: bool
    sha256: str
    received_at: str


@dataclass(frozen=True)
class NewPacket:
    """A checked packet, ready to store."""

    packet_id: str
    sender: str
    recipient: str
    ptype: str
    network: str
    expires: str
    received_at: str
    sha256: str
    data: bytes


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def execute(self, sql: str, params: Any = ..., /) -> Any: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...


class SqlStore:
    """Queries over a DB-API cursor; subclasses provide :meth:`_tx` and the placeholder."""

    placeholder = "%s"

    def _tx(self) -> AbstractContextManager[Cursor]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def _q(self, sql: str) -> str:
        return sql if self.placeholder == "%s" else sql.replace("%s", self.placeholder)

    # ------------------------------------------------------------ members
    def add_member(self, member: Member, token_hash: str, token_expires: str, now: str) -> None:
        with self._tx() as cur:
            cur.execute(
                self._q(
                    "INSERT INTO members (id, name, service_type, network, created)"
                    " VALUES (%s, %s, %s, %s, %s)"
                ),
                (member.id, member.name, member.service_type, member.network, now),
            )
            cur.execute(
                self._q("INSERT INTO tokens (token_hash, member_id, expires) VALUES (%s, %s, %s)"),
                (token_hash, member.id, token_expires),
            )

    def consume_token(
        self,
        token_hash: str,
        now: str,
        signing: SigningKey,
        encryption: list[EncryptionKey],
    ) -> str | None:
        """Use a one-time token and register the first keys, atomically; the member id."""
        with self._tx() as cur:
            cur.execute(
                self._q(
                    "UPDATE tokens SET used_at = %s"
                    " WHERE token_hash = %s AND used_at IS NULL AND expires > %s"
                    " RETURNING member_id"
                ),
                (now, token_hash, now),
            )
            row = cur.fetchone()
            if row is None:
                return None
            self._insert_keys(cur, str(row[0]), [signing], encryption)
            return str(row[0])

    def add_keys(
        self,
        member_id: str,
        signing: list[SigningKey],
        encryption: list[EncryptionKey],
        revoke: tuple[list[str], str] = ([], ""),
    ) -> None:
        """Add keys and revoke signing keys (ids, at) in one transaction.

        Refuses (and changes nothing) if no usable signing key would remain.
        """
        with self._tx() as cur:
            self._insert_keys(cur, member_id, signing, encryption)
            for kid in revoke[0]:
                cur.execute(
                    self._q(
                        "UPDATE signing_keys SET revoked = %s"
                        " WHERE member_id = %s AND key_id = %s AND revoked IS NULL"
                    ),
                    (revoke[1], member_id, kid),
                )
            cur.execute(
                self._q(
                    "SELECT COUNT(*) FROM signing_keys WHERE member_id = %s AND revoked IS NULL"
                ),
                (member_id,),
            )
            if int(cur.fetchone()[0]) == 0:
                raise ValidationError("at least one signing key must stay valid")

    def _insert_keys(
        self,
        cur: Cursor,
        member_id: str,
        signing: list[SigningKey],
        encryption: list[EncryptionKey],
    ) -> None:
        for s in signing:
            cur.execute(
                self._q(
                    "INSERT INTO signing_keys (member_id, key_id, ed25519, added)"
                    " VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING"
                ),
                (member_id, s.key_id, s.ed25519, s.added),
            )
        for e in encryption:
            cur.execute(
                self._q(
                    "INSERT INTO encryption_keys (member_id, key_id, suite, public, added)"
                    " VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING"
                ),
                (member_id, e.key_id, e.suite, e.public, e.added),
            )

    def members(self) -> list[Member]:
        with self._tx() as cur:
            cur.execute("SELECT id, name, service_type, network FROM members ORDER BY id")
            rows = cur.fetchall()
            cur.execute(
                "SELECT member_id, key_id, ed25519, added, revoked FROM signing_keys"
                " ORDER BY added, key_id"
            )
            sks = cur.fetchall()
            cur.execute(
                "SELECT member_id, key_id, suite, public, added FROM encryption_keys"
                " ORDER BY added, key_id"
            )
            eks = cur.fetchall()
        return [
            Member(
                id=r[0],
                name=r[1],
                service_type=r[2],
                network=r[3],
                signing_keys=tuple(SigningKey(k[1], k[2], k[3], k[4]) for k in sks if k[0] == r[0]),
                encryption_keys=tuple(
                    EncryptionKey(k[1], k[2], k[3], k[4]) for k in eks if k[0] == r[0]
                ),
            )
            for r in rows
        ]

    def member_type(self, member_id: str) -> str | None:
        with self._tx() as cur:
            cur.execute(self._q("SELECT service_type FROM members WHERE id = %s"), (member_id,))
            row = cur.fetchone()
        return None if row is None else str(row[0])

    def route(
        self, sender: str, key_id: str, recipient: str
    ) -> tuple[str | None, str | None, bool]:
        """One round trip for ingest: sender key hex, sender network, recipient exists."""
        with self._tx() as cur:
            cur.execute(
                self._q(
                    "SELECT (SELECT ed25519 FROM signing_keys"
                    "   WHERE member_id = %s AND key_id = %s AND revoked IS NULL),"
                    " (SELECT network FROM members WHERE id = %s),"
                    " (SELECT COUNT(*) FROM members WHERE id = %s)"
                ),
                (sender, key_id, sender, recipient),
            )
            row = cur.fetchone()
        return row[0], row[1], bool(row[2])

    def signing_key(self, member_id: str, key_id: str) -> str | None:
        """The raw hex of a member's non-revoked signing key."""
        with self._tx() as cur:
            cur.execute(
                self._q(
                    "SELECT ed25519 FROM signing_keys"
                    " WHERE member_id = %s AND key_id = %s AND revoked IS NULL"
                ),
                (member_id, key_id),
            )
            row = cur.fetchone()
        return None if row is None else str(row[0])

    # ------------------------------------------------------------ packets
    def insert_packet(
        self,
        *,
        packet_id: str,
        sender: str,
        recipient: str,
        ptype: str,
        network: str,
        expires: str,
        received_at: str,
        sha256: str,
        data: bytes,
    ) -> Ingest:
        row = NewPacket(
            packet_id, sender, recipient, ptype, network, expires, received_at, sha256, data
        )
        with self._tx() as cur:
            return self._insert(cur, row)

    def insert_packets(self, packets: list[NewPacket]) -> list[Ingest]:
        """Several packets in one transaction (one commit for a batch), in id order so that
        two hub processes storing overlapping batches take their locks in the same order."""
        order = sorted(range(len(packets)), key=lambda i: packets[i].packet_id)
        done: dict[int, Ingest] = {}
        with self._tx() as cur:
            for i in order:
                done[i] = self._insert(cur, packets[i])
        return [done[i] for i in range(len(packets))]

    def _insert(self, cur: Cursor, p: NewPacket) -> Ingest:
        cur.execute(
            self._q(
                "INSERT INTO packet_log (id, sha256, received_at, type, network, month)"
                " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING"
            ),
            (p.packet_id, p.sha256, p.received_at, p.ptype, p.network, p.received_at[:7]),
        )
        if cur.rowcount == 1:
            cur.execute(
                self._q(
                    "INSERT INTO packets (id, sender, recipient, expires, data)"
                    " VALUES (%s, %s, %s, %s, %s)"
                ),
                (p.packet_id, p.sender, p.recipient, p.expires, p.data),
            )
            return Ingest(True, p.sha256, p.received_at)
        cur.execute(
            self._q("SELECT sha256, received_at FROM packet_log WHERE id = %s"), (p.packet_id,)
        )
        row = cur.fetchone()
        return Ingest(False, str(row[0]), str(row[1]))

    def inbox(self, member_id: str, after_seq: int, limit: int, now: str) -> list[StoredPacket]:
        with self._tx() as cur:
            cur.execute(
                self._q(
                    "SELECT seq, id, data FROM packets"
                    " WHERE recipient = %s AND seq > %s AND expires > %s ORDER BY seq LIMIT %s"
                ),
                (member_id, after_seq, now, limit),
            )
            rows = cur.fetchall()
        return [StoredPacket(int(r[0]), str(r[1]), bytes(r[2])) for r in rows]

    def ack(self, member_id: str, ids: list[str]) -> int:
        deleted = 0
        with self._tx() as cur:
            for pid in ids:
                cur.execute(
                    self._q("DELETE FROM packets WHERE recipient = %s AND id = %s"),
                    (member_id, pid),
                )
                deleted += max(cur.rowcount, 0)
        return deleted

    def sweep(self, now: str, nonce_before: str) -> int:
        with self._tx() as cur:
            cur.execute(self._q("DELETE FROM packets WHERE expires <= %s"), (now,))
            count = max(cur.rowcount, 0)
            cur.execute(self._q("DELETE FROM nonces WHERE seen_at < %s"), (nonce_before,))
        return count

    def stats(self) -> list[tuple[str, str, str, int]]:
        with self._tx() as cur:
            cur.execute(
                "SELECT month, network, type, COUNT(*) FROM packet_log"
                " GROUP BY month, network, type ORDER BY month, network, type"
            )
            rows = cur.fetchall()
        return [(str(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]

    # ------------------------------------------------------------ requests
    def use_nonce(self, key: str, now: str) -> bool:
        """Record a request nonce; False if it was already seen (a replay)."""
        with self._tx() as cur:
            cur.execute(
                self._q(
                    "INSERT INTO nonces (nonce, seen_at) VALUES (%s, %s) ON CONFLICT DO NOTHING"
                ),
                (key, now),
            )
            return cur.rowcount == 1

    def add_anchor(self, member_id: str, seq: int, head_hash: str, at: str, now: str) -> bool:
        """Keep an audit anchor; False if this seq was anchored before with another hash."""
        with self._tx() as cur:
            cur.execute(
                self._q(
                    "INSERT INTO anchors (member_id, seq, head_hash, at, received_at)"
                    " VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING"
                ),
                (member_id, seq, head_hash, at, now),
            )
            if cur.rowcount == 1:
                return True
            cur.execute(
                self._q("SELECT head_hash FROM anchors WHERE member_id = %s AND seq = %s"),
                (member_id, seq),
            )
            row = cur.fetchone()
        return row is not None and str(row[0]) == head_hash

    def latest_anchor(self, member_id: str) -> tuple[int, str, str, str] | None:
        with self._tx() as cur:
            cur.execute(
                self._q(
                    "SELECT seq, head_hash, at, received_at FROM anchors"
                    " WHERE member_id = %s ORDER BY seq DESC LIMIT 1"
                ),
                (member_id,),
            )
            row = cur.fetchone()
        return None if row is None else (int(row[0]), str(row[1]), str(row[2]), str(row[3]))
