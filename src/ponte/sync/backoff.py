"""When to try again: the one retry policy, for a request within a round and between rounds.

Modelled on urllib3's ``Retry``: the delay doubles per consecutive failure up to a cap, a
random fraction ("full jitter") spreads many workstations that lost the hub at the same
moment, and a server's ``Retry-After`` (seconds or an HTTP date) wins when it is given,
clamped so a hostile or confused server cannot park us for days.

Two uses, one policy:
- *within a round* (``HubClient``): a request answered 429/503/5xx or cut mid-way is tried
  again a few times after a short wait, so one busy answer does not cost the round; a wait
  longer than ``in_round_max`` (a ``Retry-After: 300``) ends the round instead;
- *between rounds* (``SyncEngine``): after a failed round the next one waits
  :meth:`RetryPolicy.delay`; the engine keeps the failure count and the time of the next
  attempt in the vault, so a restart resumes the wait instead of hammering the hub.
Time comes from the injected clock, never the wall clock.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime


@dataclass(frozen=True)
class RetryPolicy:
    base: float = 1.0  # seconds after the first failed round
    cap: float = 300.0  # never wait longer than this between rounds (without Retry-After)
    retry_after_max: float = 3600.0  # a Retry-After longer than this is clamped to it
    in_round_tries: int = 3  # quick retries of one request within a round
    in_round_base: float = 0.25  # first quick retry after this (doubling, full jitter)
    in_round_max: float = 2.0  # a longer wait ends the round; the next round honours it

    def backoff(self, failures: int, rng: random.Random, *, base: float | None = None) -> float:
        """Full jitter under ``base * 2^(failures-1)`` capped, never below half the base."""
        if failures <= 0:
            return 0.0
        base = self.base if base is None else base
        ceiling = min(self.cap, base * (1 << min(failures - 1, 32)))
        return max(base / 2, ceiling * rng.random())

    def delay(self, failures: int, retry_after: float | None, rng: random.Random) -> float:
        """Seconds until the next round after ``failures`` failed rounds in a row."""
        if retry_after is not None:
            return min(max(0.0, retry_after), self.retry_after_max)
        return self.backoff(failures, rng)

    def in_round(self, attempt: int, retry_after: float | None, rng: random.Random) -> float | None:
        """Seconds to wait before sending one request again within the round (``attempt`` is
        how many retries were made already), or ``None``: give up, the round ends."""
        if attempt >= self.in_round_tries:
            return None
        wait = (
            max(0.0, retry_after)
            if retry_after is not None
            else self.backoff(attempt + 1, rng, base=self.in_round_base)
        )
        return wait if wait <= self.in_round_max else None


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
