"""Argon2id for key slots: parameters calibrated once per slot and stored with it."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw

MIN_MEMORY_KIB = 64 * 1024
TARGET_SECONDS = 0.5
SALT_BYTES = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: ``time_cost`` passes over ``memory_kib`` KiB with ``parallelism`` lanes."""

    time_cost: int = 3
    memory_kib: int = MIN_MEMORY_KIB
    parallelism: int = 2

    def to_json(self) -> dict[str, Any]:
        return {"alg": "argon2id", "t": self.time_cost, "m": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_json(cls, obj: Any) -> KdfParams:
        if not isinstance(obj, dict) or obj.get("alg") != "argon2id":
            raise ValueError("kdf")
        t, m, p = obj["t"], obj["m"], obj["p"]
        if not all(type(v) is int for v in (t, m, p)):
            raise ValueError("kdf params")
        # Bounds keep a tampered sidecar from making unlock take hours or all memory.
        if not (1 <= t <= 1000 and 8 * p <= m <= 4 * 1024 * 1024 and 1 <= p <= 16):
            raise ValueError("kdf params out of range")
        return cls(time_cost=t, memory_kib=m, parallelism=p)


#: For tests only: fast, and deliberately below the production floor.
TEST_PARAMS = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """32-byte key-encryption key from a passphrase (or recovery secret)."""
    return hash_secret_raw(
        secret,
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def calibrate(
    target_seconds: float = TARGET_SECONDS, memory_kib: int = MIN_MEMORY_KIB
) -> KdfParams:
    """Parameters that take about ``target_seconds`` on this machine, memory ≥ 64 MiB."""
    memory_kib = max(memory_kib, MIN_MEMORY_KIB)
    parallelism = max(1, min(4, os.cpu_count() or 1))
    params = KdfParams(time_cost=2, memory_kib=memory_kib, parallelism=parallelism)
    for _ in range(3):  # measure, scale, measure again: fixed costs make one probe misjudge
        t0 = time.perf_counter()
        derive(b"calibration", os.urandom(SALT_BYTES), params)
        took = max(time.perf_counter() - t0, 1e-4)
        time_cost = max(2, min(1000, round(params.time_cost * target_seconds / took)))
        if abs(time_cost - params.time_cost) <= max(1, params.time_cost // 10):
            break
        params = KdfParams(time_cost=time_cost, memory_kib=memory_kib, parallelism=parallelism)
    return params
