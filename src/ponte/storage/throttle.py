"""A growing wait after repeated wrong passphrases, per vault, in this process.

Kept in memory on purpose: a wrong passphrase must change nothing on disk. It slows down
guessing at an unlocked-looking workstation; against someone who copies the files, the
defence is Argon2id's cost per guess, not this (see docs/vault.md).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from ponte.core.clock import Clock
from ponte.core.errors import TooManyAttempts

FREE_ATTEMPTS = 3
MAX_WAIT_SECONDS = 300.0


@dataclass
class _State:
    failures: int = 0
    not_before: float = 0.0


class Throttle:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._states: dict[Path, _State] = {}

    @staticmethod
    def wait_after(failures: int) -> float:
        if failures < FREE_ATTEMPTS:
            return 0.0
        return min(MAX_WAIT_SECONDS, 2.0 ** (failures - FREE_ATTEMPTS + 1))

    def check(self, vault: Path, clock: Clock) -> None:
        with self._lock:
            state = self._states.get(vault)
            if state is None:
                return
            remaining = state.not_before - clock.monotonic()
        if remaining > 0:
            raise TooManyAttempts(f"wait {int(remaining) + 1} s")

    def failed(self, vault: Path, clock: Clock) -> int:
        with self._lock:
            state = self._states.setdefault(vault, _State())
            state.failures += 1
            state.not_before = clock.monotonic() + self.wait_after(state.failures)
            return state.failures

    def succeeded(self, vault: Path) -> int:
        """Forget the failures; return how many there were (for the audit log)."""
        with self._lock:
            state = self._states.pop(vault, None)
        return 0 if state is None else state.failures


THROTTLE = Throttle()
