"""When to try again: exponential backoff with full jitter, and ``Retry-After``.

Pattern from urllib3's ``Retry``: the delay doubles per consecutive failure up to a cap,
a random fraction ("full jitter") spreads many workstations that lost the hub at the same
moment, and a server's ``Retry-After`` (seconds or an HTTP date) wins when it is given,
clamped so a hostile or confused server cannot park us for days.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

_RNG = random.Random()


@dataclass(frozen=True)
class Backoff:
    base: float = 1.0  # seconds after the first failure
    cap: float = 300.0  # never wait longer than this between attempts
    retry_after_max: float = 3600.0

    def delay(self, failures: int, rng: random.Random | None = None) -> float:
        """Seconds to wait after ``failures`` consecutive failures (``failures >= 1``)."""
        if failures <= 0:
            return 0.0
        ceiling = min(self.cap, self.base * (1 << min(failures - 1, 32)))
        r = (rng if rng is not None else _RNG).random()
        # Full jitter, but never less than half the base: no hot loop against a dead hub.
        return max(self.base / 2, ceiling * r)

    def after_response(
        self,
        failures: int,
        retry_after: str | None,
        now: datetime,
        rng: random.Random | None = None,
    ) -> float:
        """The server's ``Retry-After`` when it gives a usable one, else :meth:`delay`."""
        parsed = parse_retry_after(retry_after, now)
        if parsed is not None:
            return min(parsed, self.retry_after_max)
        return self.delay(failures, rng)


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or HTTP-date); None if unusable."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(int(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - now).total_seconds())
