"""Small bookkeeping shared by the replica modules: key/value state, version vector, mute."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ponte.storage.db import Database


def get(db: Database, key: str) -> str | None:
    value = db.scalar("SELECT value FROM replica_state WHERE key = ?", (key,))
    return None if value is None else str(value)


def put(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO replica_state (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def vv(db: Database) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in db.query("SELECT device, stamp FROM replica_vv")}


def known(db: Database, origin: str, stamp: str) -> bool:
    """Received or made already: each origin's changes arrive in the origin's order."""
    seen = db.scalar("SELECT stamp FROM replica_vv WHERE device = ?", (origin,))
    return seen is not None and stamp <= str(seen)


def advance_vv(db: Database, device: str, stamp: str) -> None:
    db.execute(
        "INSERT INTO replica_vv (device, stamp) VALUES (?, ?)"
        " ON CONFLICT (device) DO UPDATE SET stamp = max(stamp, excluded.stamp)",
        (device, stamp),
    )


@contextmanager
def muted(db: Database) -> Iterator[None]:
    """Inside a transaction: writes here are received changes, not new local ones."""
    before = int(db.scalar("SELECT mute FROM replica_ctl"))
    db.execute("UPDATE replica_ctl SET mute = 1")
    try:
        yield
    finally:
        db.execute("UPDATE replica_ctl SET mute = ?", (before,))


def capture(db: Database, on: bool) -> None:
    """Start (or stop) recording this vault's writes as replicated changes."""
    db.execute("UPDATE replica_ctl SET mute = ?", (0 if on else 1,))
