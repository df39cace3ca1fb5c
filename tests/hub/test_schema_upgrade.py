"""A database made by the first hub is upgraded in place (SQLite and PostgreSQL): pending
packets are still delivered, counts are kept, and the directory log starts from the keys
already registered, so that workstations accept the upgraded hub's directory."""

from __future__ import annotations

import base64
import os
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ponte.core import dirlog
from ponte.core.clock import SystemClock, rfc3339
from ponte.core.directory import verify_directory
from ponte.core.ids import new_id
from ponte.core.keys import key_id
from ponte.core.packet import SUITE_X25519, Header, assemble
from ponte.hub.keys import load_or_create_hub_key
from ponte.hub.server import open_store
from ponte.hub.service import HubService

# The first hub's tables, as it created them (hub/schema.py before version 2).
V1 = [
    "CREATE TABLE members (id TEXT PRIMARY KEY, name TEXT NOT NULL, service_type TEXT NOT NULL, network TEXT NOT NULL, created TEXT NOT NULL)",
    "CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES members(id), expires TEXT NOT NULL, used_at TEXT)",
    "CREATE TABLE signing_keys (member_id TEXT NOT NULL REFERENCES members(id), key_id TEXT NOT NULL, ed25519 TEXT NOT NULL, added TEXT NOT NULL, revoked TEXT, PRIMARY KEY (member_id, key_id))",
    "CREATE TABLE encryption_keys (member_id TEXT NOT NULL REFERENCES members(id), key_id TEXT NOT NULL, suite TEXT NOT NULL, public TEXT NOT NULL, added TEXT NOT NULL, PRIMARY KEY (member_id, key_id))",
    "CREATE TABLE packet_log (id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, received_at TEXT NOT NULL, type TEXT NOT NULL, network TEXT NOT NULL, month TEXT NOT NULL)",
    "CREATE TABLE packets (seq {serial}, id TEXT NOT NULL UNIQUE, sender TEXT NOT NULL, recipient TEXT NOT NULL, expires TEXT NOT NULL, data {blob} NOT NULL)",
    "CREATE INDEX packets_recipient ON packets (recipient, seq)",
    "CREATE TABLE nonces (nonce TEXT PRIMARY KEY, seen_at TEXT NOT NULL)",
    "CREATE TABLE anchors (member_id TEXT NOT NULL, seq BIGINT NOT NULL, head_hash TEXT NOT NULL, at TEXT NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY (member_id, seq))",
]


def _v1(url: str | None, path: Path, rows: list[tuple[str, tuple[object, ...]]]) -> None:
    if url is None:
        import sqlite3

        conn = sqlite3.connect(path)
        for ddl in V1:
            conn.execute(ddl.format(serial="INTEGER PRIMARY KEY AUTOINCREMENT", blob="BLOB"))
        for sql, params in rows:
            conn.execute(sql.replace("%s", "?"), params)
        conn.commit()
        conn.close()
        return
    import psycopg

    with psycopg.connect(url) as conn:
        for ddl in V1:
            conn.execute(ddl.format(serial="BIGSERIAL PRIMARY KEY", blob="BYTEA"))  # type: ignore[arg-type]
        for sql, params in rows:
            conn.execute(sql, params)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_a_first_version_database_is_upgraded_in_place(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = request.getfixturevalue("pg_url") if backend == "postgres" else None
    data = tmp_path / "hub"
    data.mkdir(mode=0o700)
    now = SystemClock().now()
    t0 = rfc3339(now)
    cav, cpi = new_id(), new_id()
    cav_key, cpi_key = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    old_key = Ed25519PrivateKey.generate()
    enc = X25519PrivateKey.generate().public_key().public_bytes_raw()

    def pub(k: Ed25519PrivateKey) -> bytes:
        return k.public_key().public_bytes_raw()

    pending = assemble(
        Header(new_id(), "referral", cav, cpi, t0, rfc3339(now + timedelta(days=30)),
               SUITE_X25519, key_id(pub(cav_key)), v=1),  # what a first-version hub held
        os.urandom(32), os.urandom(64), cav_key,
    )  # fmt: skip
    pid = pending[8:].split(b'"id":"')[1].split(b'"')[0].decode()
    acked = new_id()
    rows: list[tuple[str, tuple[object, ...]]] = [
        ("INSERT INTO members VALUES (%s, %s, %s, %s, %s)", (cav, "CAV", "cav", "rho", t0)),
        ("INSERT INTO members VALUES (%s, %s, %s, %s, %s)", (cpi, "CPI", "cpi", "rho", t0)),
        ("INSERT INTO signing_keys VALUES (%s, %s, %s, %s, %s)",
         (cav, key_id(pub(old_key)), pub(old_key).hex(), "2026-01-01T00:00:00Z", t0)),
        ("INSERT INTO signing_keys VALUES (%s, %s, %s, %s, NULL)",
         (cav, key_id(pub(cav_key)), pub(cav_key).hex(), t0)),
        ("INSERT INTO signing_keys VALUES (%s, %s, %s, %s, NULL)",
         (cpi, key_id(pub(cpi_key)), pub(cpi_key).hex(), t0)),
        ("INSERT INTO encryption_keys VALUES (%s, %s, %s, %s, %s)",
         (cpi, key_id(enc), SUITE_X25519, enc.hex(), t0)),
        ("INSERT INTO packet_log VALUES (%s, %s, %s, %s, %s, %s)",
         (acked, "a" * 64, t0, "referral", "rho", t0[:7])),
        ("INSERT INTO packet_log VALUES (%s, %s, %s, %s, %s, %s)",
         (pid, __import__("hashlib").sha256(pending).hexdigest(), t0, "referral", "rho", t0[:7])),
        ("INSERT INTO packets (id, sender, recipient, expires, data) VALUES (%s, %s, %s, %s, %s)",
         (pid, cav, cpi, rfc3339(now + timedelta(days=30)), pending)),
    ]  # fmt: skip
    _v1(url, data / "hub.sqlite3", rows)

    store = open_store(data, url)
    try:
        service = HubService(store, load_or_create_hub_key(data), SystemClock())
        directory = verify_directory(service.directory(), service.hub_key.public_key())
        entries, head = store.directory_log(0, 1000)
        dirlog.check_update(None, directory, entries)
        assert head.seq == len(entries) == 2 + 3 + 1 + 1  # members, keys, one revocation
        assert {m.id for m in directory.members} == {cav, cpi}
        page = service.inbox(cpi, "", 10)["packets"]
        assert [base64.b64decode(p["packet"]) for p in page] == [pending]
        assert service.submit(pending).created is False  # its retry is still recognised
        assert [r[3] for r in store.stats()] == [2]
        with store._tx() as cur:
            cur.execute("SELECT version FROM hub_schema")
            assert cur.fetchone()[0] == 2
    finally:
        store.close()
    again = open_store(data, url)  # a second start changes nothing
    again.close()
