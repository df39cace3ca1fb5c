"""UUIDv7 identifiers (RFC 9562): time-ordered, so ids sort in creation order in SQL."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_last_rand = 0


def uuid7(now_ms: int | None = None) -> uuid.UUID:
    """A new UUIDv7. Monotonic within a process: ids made in the same millisecond still sort.

    The 74 random bits are drawn from ``os.urandom``; within one millisecond the next id is the
    previous one plus one (RFC 9562 §6.2, method 2), so ordering never depends on chance.
    """
    global _last_ms, _last_rand
    with _lock:
        ms = int(time.time() * 1000) if now_ms is None else now_ms
        if ms <= _last_ms:
            ms = _last_ms
            rand = _last_rand + 1
            if rand >= 1 << 74:  # counter overflow: borrow the next millisecond
                ms += 1
                rand = int.from_bytes(os.urandom(10), "big") >> 6
        else:
            rand = int.from_bytes(os.urandom(10), "big") >> 6  # 74 bits
        _last_ms, _last_rand = ms, rand
    rand_a = rand >> 62  # 12 bits
    rand_b = rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return uuid.UUID(int=value)


def new_id() -> str:
    """A new UUIDv7 as its canonical lowercase string."""
    return str(uuid7())


def uuid7_time_ms(value: uuid.UUID | str) -> int:
    """The Unix time in milliseconds stored in a UUIDv7."""
    u = uuid.UUID(str(value))
    if u.version != 7:
        raise ValueError("not a UUIDv7")
    return u.int >> 80


def is_uuid7(value: str) -> bool:
    try:
        u = uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        return False
    return u.version == 7 and str(u) == value
