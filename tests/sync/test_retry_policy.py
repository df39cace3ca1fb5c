"""The one retry policy (``sync/backoff.py``), as production uses it: between rounds (the
engine) and within a round (the hub client, tried here over real HTTP through the fault
proxy). Time is the injected clock's: a FakeClock records every wait and sleeps none."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ponte.core.clock import FakeClock, SystemClock
from ponte.core.errors import RateLimited
from ponte.hub.app import create_app
from ponte.hub.keys import load_or_create_hub_key
from ponte.hub.server import open_store
from ponte.hub.service import HubService
from ponte.sync.backoff import RetryPolicy, parse_retry_after
from ponte.sync.hub_client import HubClient
from tests.hub.conftest import Hub, free_port, serve_in_thread
from tests.sync.faultproxy import FaultProxy

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)


@given(st.integers(min_value=1, max_value=10_000), st.integers(min_value=0, max_value=2**32))
def test_the_wait_between_rounds_stays_within_bounds(failures: int, seed: int) -> None:
    d = RetryPolicy(base=1.0, cap=300.0).delay(failures, None, random.Random(seed))
    assert 0.5 <= d <= 300.0


def test_the_wait_grows_with_failures_then_caps_with_full_jitter() -> None:
    policy = RetryPolicy(base=1.0, cap=60.0)
    rng = random.Random(1)
    means = [sum(policy.delay(f, None, rng) for _ in range(2000)) / 2000 for f in (1, 3, 5, 7, 12)]
    assert means[0] < means[1] < means[2] < means[3]
    assert 25 < means[4] < 35, "capped at 60 s, full jitter averages about half"
    draws = {round(policy.delay(12, None, rng), 3) for _ in range(50)}
    assert len(draws) > 40, "jitter: workstations that failed together do not return together"


def test_retry_after_wins_and_is_clamped() -> None:
    policy = RetryPolicy(retry_after_max=3600.0)
    rng = random.Random(0)
    assert policy.delay(1, 120.0, rng) == 120.0
    assert policy.delay(9, 5.0, rng) == 5.0, "even below what backoff would say"
    assert policy.delay(1, 99_999_999.0, rng) == 3600.0
    assert parse_retry_after("120", NOW) == 120.0
    assert parse_retry_after(format_datetime(NOW + timedelta(seconds=90), usegmt=True), NOW) == 90
    assert parse_retry_after(format_datetime(NOW - timedelta(hours=1), usegmt=True), NOW) == 0.0
    for garbage in ("soon", "-5", "", None):
        assert parse_retry_after(garbage, NOW) is None


def test_within_a_round_a_few_short_waits_and_never_a_long_one() -> None:
    policy = RetryPolicy(in_round_tries=3, in_round_max=2.0)
    rng = random.Random(3)
    waits = [policy.in_round(a, None, rng) for a in range(4)]
    assert all(w is not None and 0 < w <= 2.0 for w in waits[:3])
    assert waits[3] is None, "three retries, then the round ends"
    assert policy.in_round(0, 1.0, rng) == 1.0, "Retry-After, when it is short"
    assert policy.in_round(0, 300.0, rng) is None, "a long Retry-After ends the round"


@pytest.fixture
def member(tmp_path: Path) -> Iterator[tuple[Hub, object]]:
    """A real hub on loopback (SQLite) and one enrolled member."""
    store = open_store(tmp_path / "hub", None)
    service = HubService(store, load_or_create_hub_key(tmp_path / "hub"), SystemClock())
    port = free_port()
    for _ in serve_in_thread(create_app(service), port):
        hub = Hub(f"http://127.0.0.1:{port}", service, tmp_path / "hub")
        yield hub, hub.member("CAV", "cav")
    store.close()


def _client(url: str, hub: Hub, who: object, clock: FakeClock) -> HubClient:
    return HubClient(
        url,
        member_id=who.member_id,  # type: ignore[attr-defined]
        signing_key=who.key,  # type: ignore[attr-defined]
        key_id=who.kid,  # type: ignore[attr-defined]
        hub_key=hub.service.hub_key.public_key(),
        clock=clock,
        rng=random.Random(5),
    )


def test_a_busy_answer_is_retried_within_the_round_after_its_retry_after(
    member: tuple[Hub, object],
) -> None:
    hub, who = member
    port = int(hub.base.rsplit(":", 1)[1])
    clock = FakeClock(datetime.now(UTC))  # request signatures carry the time: stay near it
    with FaultProxy(("127.0.0.1", port)) as proxy:
        client = _client(proxy.url, hub, who, clock)
        proxy.set(http_error=503, retry_after="1", faults_left=2)
        items, _, _ = client.inbox()
        assert items == []
        assert clock.slept == [1.0, 1.0], "two busy answers, each waited out as the hub said"
        proxy.set(http_error=429, retry_after="300")
        proxy.cut_all()  # the kept-alive connection goes: the next one meets the fault
        with pytest.raises(RateLimited) as raised:
            client.inbox()
        assert raised.value.retry_after == 300
        assert clock.slept == [1.0, 1.0], "300 s is for the next round, not a wait inside this one"
        proxy.set(http_error=503, retry_after="1")
        proxy.cut_all()
        with pytest.raises(RateLimited):
            client.inbox()
        assert len(clock.slept) == 2 + 3, "three retries within a round, no more"
