"""The one retry policy, as production runs it: the hub's Retry-After (seconds or an HTTP
date) is honoured up to a cap, on the injected clock, and survives a restart (issue 16,
item 4)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from ponte.app.background import BackgroundSync, sync
from ponte.app.workstation import Workstation
from ponte.core.clock import FakeClock
from ponte.storage.vault import Vault
from tests.sync.faultproxy import FaultProxy

from .conftest import HubProc, workstation


def _wait(ws: Workstation) -> float:
    """What the bridge waits before the next round, as a freshly built round sees it."""
    return BackgroundSync(ws).seconds_until_next()


@pytest.fixture
def proxied(tmp_path: Path, hub: HubProc) -> Iterator[tuple[FaultProxy, Path, FakeClock]]:
    port = int(hub.url.rsplit(":", 1)[1])
    with FaultProxy(("127.0.0.1", port)) as proxy:
        ws = workstation(tmp_path, hub, "CAV Rho", "cav", url=proxy.url)
        data = ws.vault.data_dir
        ws.vault.lock()
        yield proxy, data, FakeClock(datetime.now(UTC))


def _open(data: Path, clock: FakeClock) -> Workstation:
    return Workstation(Vault.unlock(data, "admin", "e2e passphrase!", clock=clock))


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_in_seconds_is_honoured_and_survives_a_restart(
    proxied: tuple[FaultProxy, Path, FakeClock], status: int
) -> None:
    proxy, data, clock = proxied
    ws = _open(data, clock)
    proxy.set(http_error=status, retry_after="300")
    result = sync(ws)
    assert result.error is not None
    assert _wait(ws) == pytest.approx(300, abs=1)
    clock.advance(100)
    ws.vault.lock()
    restarted = _open(data, clock)  # the app closed and opened again
    assert _wait(restarted) == pytest.approx(200, abs=1)
    restarted.vault.lock()


def test_retry_after_as_an_http_date_and_the_cap(
    proxied: tuple[FaultProxy, Path, FakeClock],
) -> None:
    proxy, data, clock = proxied
    ws = _open(data, clock)
    proxy.set(
        http_error=429,
        retry_after=format_datetime(clock.now() + timedelta(seconds=120), usegmt=True),
    )
    sync(ws)
    assert _wait(ws) == pytest.approx(120, abs=2)  # HTTP dates are whole seconds
    proxy.set(http_error=429, retry_after="99999999")
    sync(ws)
    assert _wait(ws) == pytest.approx(3600, abs=1), "a confused server cannot park us for days"
    ws.vault.lock()
