"""The hub's tables, shared by the SQLite and PostgreSQL backends, and their upgrade.

``hub_schema`` holds the version. Version 1 (the first hub, no version table) is upgraded
in place to version 2 at start:

* packet ids are unique per sender, not globally (``packet_log`` and ``packets`` are keyed by
  ``(sender, id)``): a member that learns another's packet id in advance cannot squat it;
* ``packet_log`` keeps each packet's ``expires`` and is swept once that passes (a packet that
  old is refused as expired anyway), while the per-month counts the cabina di regia reads move
  to ``packet_counts``;
* encryption keys can be retired (``encryption_keys.retired``);
* ``directory_log`` is the append-only, hash-chained log of directory changes
  (``core/dirlog.py``), started from the members and keys already registered.
"""

from __future__ import annotations

from collections.abc import Iterator

VERSION = 2


def schema(blob: str, serial: str) -> Iterator[str]:
    """The DDL of the current version, with the backend's blob type and auto-increment key."""
    yield "CREATE TABLE IF NOT EXISTS hub_schema (version INTEGER NOT NULL)"
    yield "CREATE TABLE IF NOT EXISTS members (id TEXT PRIMARY KEY, name TEXT NOT NULL, service_type TEXT NOT NULL, network TEXT NOT NULL, created TEXT NOT NULL)"
    yield "CREATE TABLE IF NOT EXISTS tokens (token_hash TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES members(id), expires TEXT NOT NULL, used_at TEXT)"
    yield "CREATE TABLE IF NOT EXISTS signing_keys (member_id TEXT NOT NULL REFERENCES members(id), key_id TEXT NOT NULL, ed25519 TEXT NOT NULL, added TEXT NOT NULL, revoked TEXT, PRIMARY KEY (member_id, key_id))"
    yield "CREATE TABLE IF NOT EXISTS encryption_keys (member_id TEXT NOT NULL REFERENCES members(id), key_id TEXT NOT NULL, suite TEXT NOT NULL, public TEXT NOT NULL, added TEXT NOT NULL, retired TEXT, PRIMARY KEY (member_id, key_id))"
    yield "CREATE TABLE IF NOT EXISTS packet_log (sender TEXT NOT NULL, id TEXT NOT NULL, sha256 TEXT NOT NULL, received_at TEXT NOT NULL, expires TEXT NOT NULL, PRIMARY KEY (sender, id))"
    yield "CREATE INDEX IF NOT EXISTS packet_log_expires ON packet_log (expires)"
    yield "CREATE INDEX IF NOT EXISTS packet_log_sha256 ON packet_log (sha256)"
    yield "CREATE TABLE IF NOT EXISTS packet_counts (month TEXT NOT NULL, network TEXT NOT NULL, type TEXT NOT NULL, count BIGINT NOT NULL, PRIMARY KEY (month, network, type))"
    yield f"CREATE TABLE IF NOT EXISTS packets (seq {serial}, id TEXT NOT NULL, sender TEXT NOT NULL, recipient TEXT NOT NULL, expires TEXT NOT NULL, data {blob} NOT NULL, UNIQUE (sender, id))"
    yield "CREATE INDEX IF NOT EXISTS packets_by_recipient ON packets (recipient, seq)"
    yield "CREATE TABLE IF NOT EXISTS nonces (nonce TEXT PRIMARY KEY, seen_at TEXT NOT NULL)"
    yield "CREATE TABLE IF NOT EXISTS anchors (member_id TEXT NOT NULL, seq BIGINT NOT NULL, head_hash TEXT NOT NULL, at TEXT NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY (member_id, seq))"
    yield "CREATE TABLE IF NOT EXISTS directory_log (seq BIGINT PRIMARY KEY, hash TEXT NOT NULL, entry TEXT NOT NULL)"


def upgrade_from_1() -> Iterator[str]:
    """Statements that move version-1 tables aside; the caller then creates version 2 and
    runs :func:`copy_from_1`."""
    yield "ALTER TABLE packet_log RENAME TO packet_log_v1"
    yield "ALTER TABLE packets RENAME TO packets_v1"
    yield "DROP INDEX IF EXISTS packets_recipient"
    yield "ALTER TABLE encryption_keys ADD COLUMN retired TEXT"


def copy_from_1() -> Iterator[str]:
    yield (
        "INSERT INTO packet_counts (month, network, type, count)"
        " SELECT month, network, type, COUNT(*) FROM packet_log_v1 GROUP BY month, network, type"
    )
    # An acknowledged packet's sender is no longer known: '' keeps its row until its
    # expiry is unknown too, so it is swept at once (a late retry of it is stored again,
    # and its recipient drops it as already received).
    yield (
        "INSERT INTO packet_log (sender, id, sha256, received_at, expires)"
        " SELECT COALESCE(p.sender, ''), l.id, l.sha256, l.received_at,"
        " COALESCE(p.expires, l.received_at)"
        " FROM packet_log_v1 l LEFT JOIN packets_v1 p ON p.id = l.id"
    )
    yield (
        "INSERT INTO packets (seq, id, sender, recipient, expires, data)"
        " SELECT seq, id, sender, recipient, expires, data FROM packets_v1"
    )
    yield "DROP TABLE packets_v1"
    yield "DROP TABLE packet_log_v1"
