"""Per-member token buckets (per hub process; behind a load balancer each process has its own)."""

from __future__ import annotations

import math
import threading

from ponte.core.clock import Clock
from ponte.core.errors import RateLimited


class RateLimiter:
    def __init__(self, clock: Clock, *, rate: float = 20.0, burst: int = 200) -> None:
        self._clock = clock
        self._rate = rate
        self._burst = float(burst)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, member_id: str) -> None:
        """Spend one token or raise :class:`RateLimited` with ``retry_after`` seconds."""
        now = self._clock.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(member_id, (self._burst, now))
            tokens = min(self._burst, tokens + (now - last) * self._rate)
            if tokens < 1.0:
                self._buckets[member_id] = (tokens, now)
                err = RateLimited()
                err.retry_after = max(1, math.ceil((1.0 - tokens) / self._rate))
                raise err
            self._buckets[member_id] = (tokens - 1.0, now)
