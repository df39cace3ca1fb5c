"""Hybrid logical clock stamps: ``<13-digit ms>.<6-digit counter>.<device id>``.

A stamp sorts (as a string) by physical time, then counter, then device, so every device
orders any two changes the same way. Issuing a stamp always gives one greater than every
stamp issued or received before, even when the wall clock goes backwards.
"""

from __future__ import annotations

from datetime import datetime

from ponte.storage.db import Database

_KEY = "hlc"


def make(ms: int, counter: int, device: str) -> str:
    return f"{ms:013d}.{counter:06d}.{device}"


def parse(stamp: str) -> tuple[int, int, str]:
    ms, counter, device = stamp.split(".", 2)
    return int(ms), int(counter), device


def origin(stamp: str) -> str:
    return stamp.split(".", 2)[2]


def _last(db: Database) -> tuple[int, int]:
    raw = db.scalar("SELECT value FROM replica_state WHERE key = ?", (_KEY,))
    if raw is None:
        return 0, 0
    ms, counter, _ = parse(str(raw) + ".")
    return ms, counter


def _store(db: Database, ms: int, counter: int) -> None:
    db.execute(
        "INSERT INTO replica_state (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (_KEY, f"{ms:013d}.{counter:06d}"),
    )


def tick(db: Database, device: str, now: datetime) -> str:
    """A new stamp for a local change (inside the caller's transaction)."""
    wall = int(now.timestamp() * 1000)
    ms, counter = _last(db)
    if wall > ms:
        ms, counter = wall, 0
    else:
        counter += 1
    _store(db, ms, counter)
    return make(ms, counter, device)


def observe(db: Database, stamps: list[str]) -> None:
    """Move the clock past every received stamp."""
    if not stamps:
        return
    ms, counter = _last(db)
    r_ms, r_counter, _ = parse(max(stamps))
    if (r_ms, r_counter) > (ms, counter):
        _store(db, r_ms, r_counter)
