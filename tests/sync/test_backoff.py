import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from hypothesis import given
from hypothesis import strategies as st

from ponte.sync.backoff import Backoff, parse_retry_after

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)


@given(st.integers(min_value=1, max_value=10_000), st.integers(min_value=0, max_value=2**32))
def test_delay_stays_within_bounds(failures: int, seed: int) -> None:
    b = Backoff(base=1.0, cap=300.0)
    d = b.delay(failures, random.Random(seed))
    assert 0.5 <= d <= 300.0


def test_delay_grows_then_caps() -> None:
    b = Backoff(base=1.0, cap=60.0)
    # The ceiling is what the jitter draws under: look at the mean of many draws.
    rng = random.Random(1)
    means = [sum(b.delay(f, rng) for _ in range(2000)) / 2000 for f in (1, 3, 5, 7, 12)]
    assert means[0] < means[1] < means[2] < means[3]
    assert 25 < means[4] < 35, "capped at 60 s, full jitter averages about half"


def test_retry_after_seconds_and_date_win_over_backoff() -> None:
    b = Backoff()
    assert b.after_response(1, "120", NOW) == 120.0
    date = format_datetime(NOW + timedelta(seconds=90), usegmt=True)
    assert b.after_response(1, date, NOW) == 90.0


def test_retry_after_is_clamped_and_garbage_falls_back() -> None:
    b = Backoff(retry_after_max=3600.0)
    assert b.after_response(1, "99999999", NOW) == 3600.0
    assert parse_retry_after("soon", NOW) is None
    assert parse_retry_after("-5", NOW) is None
    assert parse_retry_after(format_datetime(NOW - timedelta(hours=1), usegmt=True), NOW) == 0.0
    assert 0.5 <= b.after_response(1, "garbage", NOW, random.Random(0)) <= 1.0
