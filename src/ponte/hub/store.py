"""The hub's database interface, and the SQL both backends share.

Everything is keyed so that several hub processes sharing one database stay correct:
packet ids are deduplicated per sender by ``INSERT … ON CONFLICT DO NOTHING`` on
``packet_log`` (which outlives delivery until the packet's expiry, so a retry after ack is
still recognised), nonces likewise, one-time tokens are consumed with a conditional
``UPDATE``, and directory-log appends hold a lock (``_lock_log``). Timestamps are RFC 3339
text (they sort).
"""

from __future__ import annotations

import json
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from ponte.core import dirlog
from ponte.core.directory import EMPTY_LOG, EncryptionKey, LogHead, Member, SigningKey
from ponte.core.errors import HubError, ValidationError
from ponte.core.keyreg import MAX_ENCRYPTION_KEYS, MAX_SIGNING_KEYS, MAX_SIGNING_KEYS_LISTED
from ponte.hub import schema as ddl


@dataclass(frozen=True)
class StoredPacket:
    seq: int
    id: str
    data: bytes
    sender: str = ""


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

    def _read(self) -> AbstractContextManager[Cursor]:
        """A cursor for one read of committed rows. A transaction here; SQLite reads through
        a connection of its own, so that a lookup never waits behind a commit."""
        return self._tx()

    def close(self) -> None:
        raise NotImplementedError

    def _q(self, sql: str) -> str:
        return sql if self.placeholder == "%s" else sql.replace("%s", self.placeholder)

    # ------------------------------------------------------------ schema
    def _table_exists(self, cur: Cursor, name: str) -> bool:
        raise NotImplementedError

    def _lock_log(self, cur: Cursor) -> None:
        """Serialise directory-log appends (SQLite's write lock already does)."""

    def _after_copy(self, cur: Cursor) -> None:
        """Backend fix-ups after copying version-1 rows (PostgreSQL: the packet sequence)."""

    def _create_schema(self, cur: Cursor, blob: str, serial: str) -> None:
        from_1 = self._table_exists(cur, "packet_log") and not self._table_exists(cur, "hub_schema")
        if from_1:
            for sql in ddl.upgrade_from_1():
                cur.execute(sql)
        for sql in ddl.schema(blob, serial):
            cur.execute(sql)
        cur.execute("SELECT version FROM hub_schema")
        row = cur.fetchone()
        if row is not None and int(row[0]) > ddl.VERSION:
            raise HubError(f"the hub database has schema {row[0]}, newer than this hub")
        if from_1:
            for sql in ddl.copy_from_1():
                cur.execute(sql)
            self._after_copy(cur)
            self._backfill_log(cur)
        if row is None:
            cur.execute(self._q("INSERT INTO hub_schema (version) VALUES (%s)"), (ddl.VERSION,))

    def _backfill_log(self, cur: Cursor) -> None:
        """Start the directory log from what a version-1 hub had registered."""
        events: list[dict[str, Any]] = []
        for m in self._members(cur, include_unlisted=True):
            keys: list[SigningKey | EncryptionKey] = [*m.signing_keys, *m.encryption_keys]
            if not m.signing_keys:
                continue
            events.append(
                {"at": min(k.added for k in keys), "event": "member", "member": m.id,
                 "name": m.name, "service_type": m.service_type, "network": m.network}
            )  # fmt: skip
            events += [_key_event(m.id, k) for k in keys]
            events += [
                {"at": k.revoked, "event": "signing_key_revoked", "member": m.id,
                 "key_id": k.key_id}
                for k in m.signing_keys if k.revoked
            ]  # fmt: skip
        events.sort(key=lambda e: str(e["at"]))
        self._append_log(cur, events, "")

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

    def _text(self, sql: str, params: tuple[Any, ...]) -> str | None:
        """The first column of the first row, as text; None without a row."""
        with self._read() as cur:
            cur.execute(self._q(sql), params)
            row = cur.fetchone()
        return None if row is None else str(row[0])

    def token_member(self, token_hash: str, now: str) -> str | None:
        """The member a usable (unused, unexpired) token is for, without using it."""
        return self._text(
            "SELECT member_id FROM tokens"
            " WHERE token_hash = %s AND used_at IS NULL AND expires > %s",
            (token_hash, now),
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
            member_id = str(row[0])
            cur.execute(
                self._q("SELECT name, service_type, network FROM members WHERE id = %s"),
                (member_id,),
            )
            name, service_type, network = cur.fetchone()
            events: list[dict[str, Any]] = [
                {"event": "member", "member": member_id, "name": name,
                 "service_type": service_type, "network": network}
            ]  # fmt: skip
            events += self._insert_keys(cur, member_id, [signing], encryption)
            self._check_caps(cur, member_id)
            self._append_log(cur, events, now)
            return member_id

    def add_keys(
        self,
        member_id: str,
        signing: list[SigningKey],
        encryption: list[EncryptionKey],
        *,
        revoke: list[str] = (),  # type: ignore[assignment]
        retire: list[str] = (),  # type: ignore[assignment]
        now: str,
    ) -> None:
        """Add keys, revoke signing keys and retire encryption keys in one transaction,
        each change logged. Refuses (and changes nothing) past the caps
        (``core/keyreg.py``) or if no usable signing key would remain."""
        with self._tx() as cur:
            events = self._insert_keys(cur, member_id, signing, encryption)
            for kid in revoke:
                cur.execute(
                    self._q(
                        "UPDATE signing_keys SET revoked = %s"
                        " WHERE member_id = %s AND key_id = %s AND revoked IS NULL"
                    ),
                    (now, member_id, kid),
                )
                if cur.rowcount == 1:
                    events.append(
                        {"event": "signing_key_revoked", "member": member_id, "key_id": kid}
                    )
                else:  # revoked before (a retry) is fine; a key she never had is not
                    self._known_key(cur, "signing_keys", member_id, kid, "revoke_signing")
            for kid in retire:
                cur.execute(
                    self._q(
                        "UPDATE encryption_keys SET retired = %s"
                        " WHERE member_id = %s AND key_id = %s AND retired IS NULL"
                    ),
                    (now, member_id, kid),
                )
                if cur.rowcount == 1:
                    events.append(
                        {"event": "encryption_key_retired", "member": member_id, "key_id": kid}
                    )
                else:
                    self._known_key(cur, "encryption_keys", member_id, kid, "retire_encryption")
            valid = self._check_caps(cur, member_id)
            if valid == 0:
                raise ValidationError("at least one signing key must stay valid")
            self._append_log(cur, events, now)

    def _known_key(self, cur: Cursor, table: str, member_id: str, kid: str, what: str) -> None:
        """Refuse (the transaction changes nothing) a key id this member never had."""
        cur.execute(
            self._q(f"SELECT 1 FROM {table} WHERE member_id = %s AND key_id = %s"),
            (member_id, kid),
        )
        if cur.fetchone() is None:
            raise ValidationError(f"{what}: no such key of this member")

    def _check_caps(self, cur: Cursor, member_id: str) -> int:
        """Raise past the per-member caps; the number of valid signing keys."""
        cur.execute(
            self._q(
                "SELECT COUNT(*), SUM(CASE WHEN revoked IS NULL THEN 1 ELSE 0 END)"
                " FROM signing_keys WHERE member_id = %s"
            ),
            (member_id,),
        )
        listed, valid = (int(v or 0) for v in cur.fetchone())
        cur.execute(
            self._q(
                "SELECT COUNT(*) FROM encryption_keys WHERE member_id = %s AND retired IS NULL"
            ),
            (member_id,),
        )
        encryption = int(cur.fetchone()[0])
        if valid > MAX_SIGNING_KEYS or listed > MAX_SIGNING_KEYS_LISTED:
            raise ValidationError(
                f"too many signing keys (at most {MAX_SIGNING_KEYS} valid,"
                f" {MAX_SIGNING_KEYS_LISTED} in all): revoke one first"
            )
        if encryption > MAX_ENCRYPTION_KEYS:
            raise ValidationError(
                f"too many encryption keys (at most {MAX_ENCRYPTION_KEYS}): retire one first"
            )
        return valid

    def _insert_keys(
        self,
        cur: Cursor,
        member_id: str,
        signing: list[SigningKey],
        encryption: list[EncryptionKey],
    ) -> list[dict[str, Any]]:
        """Insert the keys that are new; the log events for them."""
        events = []
        for s in signing:
            cur.execute(
                self._q(
                    "INSERT INTO signing_keys (member_id, key_id, ed25519, added)"
                    " VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING"
                ),
                (member_id, s.key_id, s.ed25519, s.added),
            )
            if cur.rowcount == 1:
                events.append(_key_event(member_id, s))
        for e in encryption:
            cur.execute(
                self._q(
                    "INSERT INTO encryption_keys (member_id, key_id, suite, public, added)"
                    " VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING"
                ),
                (member_id, e.key_id, e.suite, e.public, e.added),
            )
            if cur.rowcount == 1:
                events.append(_key_event(member_id, e))
        return events

    # ------------------------------------------------------------ directory log
    def _head(self, cur: Cursor) -> LogHead:
        cur.execute("SELECT seq, hash FROM directory_log ORDER BY seq DESC LIMIT 1")
        row = cur.fetchone()
        return EMPTY_LOG if row is None else LogHead(int(row[0]), str(row[1]))

    def _append_log(self, cur: Cursor, events: list[dict[str, Any]], at: str) -> None:
        if not events:
            return
        self._lock_log(cur)
        for entry in dirlog.chain(self._head(cur), events, at):
            cur.execute(
                self._q("INSERT INTO directory_log (seq, hash, entry) VALUES (%s, %s, %s)"),
                (entry["seq"], dirlog.entry_hash(entry), json.dumps(entry)),
            )

    def directory_log(self, after: int, limit: int) -> tuple[list[dict[str, Any]], LogHead]:
        """Entries after ``after`` (at most ``limit``) and the current head."""
        with self._tx() as cur:
            cur.execute(
                self._q("SELECT entry FROM directory_log WHERE seq > %s ORDER BY seq LIMIT %s"),
                (after, limit),
            )
            entries = [json.loads(r[0]) for r in cur.fetchall()]
            return entries, self._head(cur)

    def directory_state(self) -> tuple[list[Member], LogHead]:
        """The listed members and the log head, read together."""
        with self._tx() as cur:
            return self._members(cur), self._head(cur)

    def members(self) -> list[Member]:
        with self._tx() as cur:
            return self._members(cur)

    def _members(self, cur: Cursor, *, include_unlisted: bool = False) -> list[Member]:
        """Members with their keys (retired encryption keys left out); only those that
        have a signing key unless ``include_unlisted``."""
        cur.execute("SELECT id, name, service_type, network FROM members ORDER BY id")
        rows = cur.fetchall()
        cur.execute(
            "SELECT member_id, key_id, ed25519, added, revoked FROM signing_keys"
            " ORDER BY added, key_id"
        )
        sks = cur.fetchall()
        cur.execute(
            "SELECT member_id, key_id, suite, public, added FROM encryption_keys"
            " WHERE retired IS NULL ORDER BY added, key_id"
        )
        eks = cur.fetchall()
        members = [
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
        return [m for m in members if include_unlisted or m.signing_keys]

    def member_type(self, member_id: str) -> str | None:
        return self._text("SELECT service_type FROM members WHERE id = %s", (member_id,))

    def route(
        self, sender: str, key_id: str, recipient: str
    ) -> tuple[str | None, str | None, bool]:
        """One round trip for ingest: sender key hex, sender network, recipient exists."""
        with self._read() as cur:
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
        return self._text(
            "SELECT ed25519 FROM signing_keys"
            " WHERE member_id = %s AND key_id = %s AND revoked IS NULL",
            (member_id, key_id),
        )

    # ------------------------------------------------------------ packets
    def insert_packets(self, packets: list[NewPacket]) -> list[Ingest]:
        """Several packets in one transaction (one commit for a batch), in (sender, id) order
        so that two hub processes storing overlapping batches take their locks in the same
        order; the monthly counts are bumped once per (month, network, type). A few
        statements for the whole batch, not a few per packet: the write lock is held for as
        short a time as the commit allows."""
        if not packets:
            return []
        order = sorted(range(len(packets)), key=lambda i: (packets[i].sender, packets[i].packet_id))
        done: dict[int, Ingest] = {}
        with self._tx() as cur:
            new = self._log_packets(cur, [packets[i] for i in order])
            stored: list[NewPacket] = []
            for i in order:
                p = packets[i]
                if (p.sender, p.packet_id) in new:  # logged just now (a repeat in the batch: not)
                    new.discard((p.sender, p.packet_id))
                    done[i] = Ingest(True, p.sha256, p.received_at)
                    stored.append(p)
            if stored:
                cur.execute(
                    self._q(
                        "INSERT INTO packets (id, sender, recipient, expires, data) VALUES "
                        + ", ".join(["(%s, %s, %s, %s, %s)"] * len(stored))
                    ),
                    [
                        v
                        for p in stored
                        for v in (p.packet_id, p.sender, p.recipient, p.expires, p.data)
                    ],
                )
            held = [i for i in order if i not in done]
            if held:  # logged before: the answer names what was logged then
                logged = self._logged(
                    cur, [(packets[i].sender, packets[i].packet_id) for i in held]
                )
                for i in held:
                    sha256, received_at = logged[(packets[i].sender, packets[i].packet_id)]
                    done[i] = Ingest(False, sha256, received_at)
            counts: dict[tuple[str, str, str], int] = {}
            for p in stored:
                key = (p.received_at[:7], p.network, p.ptype)
                counts[key] = counts.get(key, 0) + 1
            for (month, network, ptype), n in sorted(counts.items()):
                self._count(cur, month, network, ptype, n)
        return [done[i] for i in range(len(packets))]

    def _log_packets(self, cur: Cursor, packets: list[NewPacket]) -> set[tuple[str, str]]:
        """Log the packets not logged yet, in one statement; the (sender, id) of those it did."""
        cur.execute(
            self._q(
                "INSERT INTO packet_log (sender, id, sha256, received_at, expires) VALUES "
                + ", ".join(["(%s, %s, %s, %s, %s)"] * len(packets))
                + " ON CONFLICT DO NOTHING RETURNING sender, id"
            ),
            [
                v
                for p in packets
                for v in (p.sender, p.packet_id, p.sha256, p.received_at, p.expires)
            ],
        )
        return {(str(r[0]), str(r[1])) for r in cur.fetchall()}

    def _logged(
        self, cur: Cursor, keys: list[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[str, str]]:
        """What the log holds for these (sender, id): the SHA-256 and when it was received."""
        cur.execute(
            self._q(
                "SELECT sender, id, sha256, received_at FROM packet_log WHERE "
                + " OR ".join(["(sender = %s AND id = %s)"] * len(keys))
            ),
            [v for k in keys for v in k],
        )
        return {(str(r[0]), str(r[1])): (str(r[2]), str(r[3])) for r in cur.fetchall()}

    def _count(self, cur: Cursor, month: str, network: str, ptype: str, n: int) -> None:
        cur.execute(
            self._q(
                "INSERT INTO packet_counts (month, network, type, count)"
                " VALUES (%s, %s, %s, %s) ON CONFLICT (month, network, type)"
                " DO UPDATE SET count = packet_counts.count + %s"
            ),
            (month, network, ptype, n, n),
        )

    def held(self, digests: list[str]) -> set[str]:
        """Which of these SHA-256 digests (hex) a logged packet has."""
        marks = ", ".join(["%s"] * len(digests))
        with self._tx() as cur:
            cur.execute(
                self._q(f"SELECT sha256 FROM packet_log WHERE sha256 IN ({marks})"),
                tuple(digests),
            )
            return {str(r[0]) for r in cur.fetchall()}

    def inbox(self, member_id: str, after_seq: int, limit: int, now: str) -> list[StoredPacket]:
        with self._tx() as cur:
            cur.execute(
                self._q(
                    "SELECT seq, id, data, sender FROM packets"
                    " WHERE recipient = %s AND seq > %s AND expires > %s ORDER BY seq LIMIT %s"
                ),
                (member_id, after_seq, now, limit),
            )
            rows = cur.fetchall()
        return [StoredPacket(int(r[0]), str(r[1]), bytes(r[2]), str(r[3])) for r in rows]

    def ack(self, member_id: str, keys: list[tuple[str | None, str]]) -> int:
        """Delete packets addressed to ``member_id``, each named by ``(sender, id)``; a
        ``None`` sender (the first, id-only form of older clients) names every sender's
        packet under that id."""
        deleted = 0
        with self._tx() as cur:
            for sender, pid in keys:
                if sender is None:
                    cur.execute(
                        self._q("DELETE FROM packets WHERE recipient = %s AND id = %s"),
                        (member_id, pid),
                    )
                else:
                    cur.execute(
                        self._q(
                            "DELETE FROM packets WHERE recipient = %s AND sender = %s AND id = %s"
                        ),
                        (member_id, sender, pid),
                    )
                deleted += max(cur.rowcount, 0)
        return deleted

    def sweep(self, now: str, nonce_before: str) -> int:
        with self._tx() as cur:
            cur.execute(self._q("DELETE FROM packets WHERE expires <= %s"), (now,))
            count = max(cur.rowcount, 0)
            cur.execute(self._q("DELETE FROM nonces WHERE seen_at < %s"), (nonce_before,))
            # a packet past its expiry is refused as expired: its id need not be kept
            cur.execute(self._q("DELETE FROM packet_log WHERE expires <= %s"), (now,))
        return count

    def stats(self) -> list[tuple[str, str, str, int]]:
        with self._tx() as cur:
            cur.execute(
                "SELECT month, network, type, count FROM packet_counts"
                " ORDER BY month, network, type"
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


def _key_event(member_id: str, key: SigningKey | EncryptionKey) -> dict[str, Any]:
    if isinstance(key, SigningKey):
        return {"at": key.added, "event": "signing_key", "member": member_id,
                "key_id": key.key_id, "ed25519": key.ed25519}  # fmt: skip
    return {"at": key.added, "event": "encryption_key", "member": member_id,
            "key_id": key.key_id, "suite": key.suite, "public": key.public}  # fmt: skip
