"""The hub's tables, shared by the SQLite and PostgreSQL backends (created if missing)."""

from __future__ import annotations

from collections.abc import Iterator


def schema(blob: str, serial: str) -> Iterator[str]:
    """The DDL, with the backend's blob type and auto-increment key."""
    yield "CREATE TABLE IF NOT EXISTS members (id TEXT PRIMARY KEY, name TEXT NOT NULL, service_type TEXT NOT NULL, network TEXT NOT NULL, created TEXT NOT NULL)"
    yield "CREATE TABLE IF NOT EXISTS tokens (token_hash TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES members(id), expires TEXT NOT NULL, used_at TEXT)"
    yield "CREATE TABLE IF NOT EXISTS signing_keys (member_id TEXT NOT NULL REFERENCES members(id), key_id TEXT NOT NULL, ed25519 TEXT NOT NULL, added TEXT NOT NULL, revoked TEXT, PRIMARY KEY (member_id, key_id))"
    yield "CREATE TABLE IF NOT EXISTS encryption_keys (member_id TEXT NOT NULL REFERENCES members(id), key_id TEXT NOT NULL, suite TEXT NOT NULL, public TEXT NOT NULL, added TEXT NOT NULL, PRIMARY KEY (member_id, key_id))"
    yield "CREATE TABLE IF NOT EXISTS packet_log (id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, received_at TEXT NOT NULL, type TEXT NOT NULL, network TEXT NOT NULL, month TEXT NOT NULL)"
    yield f"CREATE TABLE IF NOT EXISTS packets (seq {serial}, id TEXT NOT NULL UNIQUE, sender TEXT NOT NULL, recipient TEXT NOT NULL, expires TEXT NOT NULL, data {blob} NOT NULL)"
    yield "CREATE INDEX IF NOT EXISTS packets_recipient ON packets (recipient, seq)"
    yield "CREATE TABLE IF NOT EXISTS nonces (nonce TEXT PRIMARY KEY, seen_at TEXT NOT NULL)"
    yield "CREATE TABLE IF NOT EXISTS anchors (member_id TEXT NOT NULL, seq BIGINT NOT NULL, head_hash TEXT NOT NULL, at TEXT NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY (member_id, seq))"
