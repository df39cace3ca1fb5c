"""The desktop's sync bridge: rounds off the UI thread, status back as Qt signals."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from ponte.app.background import BackgroundSync
from ponte.app.workstation import Workstation
from ponte.core.enums import ServiceType
from ponte.desktop.sync_bridge import StatusView, SyncBridge
from ponte.storage.worker import VaultWorker
from tests.sync.faultproxy import FaultProxy

from .conftest import HubProc, new_case_with_consent, workstation


def test_bridge_reports_online_sent_and_offline(
    qtbot: QtBot, tmp_path: Path, hub: HubProc, cpi: Workstation
) -> None:
    worker = VaultWorker()
    host, port = hub.url.removeprefix("http://").split(":")
    with FaultProxy((host, int(port))) as proxy:
        ws: Workstation = worker.call(workstation, tmp_path, hub, "CAV Rozzano", "cav", proxy.url)

        rounds = worker.call(lambda: BackgroundSync(ws, worker.call))
        bridge = SyncBridge(rounds, interval=30)
        seen: list[StatusView] = []
        bridge.status_changed.connect(seen.append)
        with qtbot.waitSignal(bridge.status_changed, timeout=10_000):
            bridge.start()
        assert seen[-1].online
        assert seen[-1].last_error is None

        member = cpi.identity.member_id

        def refer() -> None:
            case_id = new_case_with_consent(ws, member)
            ws.send_referral(case_id, member, ServiceType.CPI, {"age_band": "35_44"}, purpose="x")

        worker.call(refer)
        with qtbot.waitSignal(bridge.round_finished, timeout=10_000) as blocker:
            bridge.sync_now()
        assert blocker.args[0].sent == 1

        proxy.set(drop_probability=1.0)
        proxy.cut_all()
        bridge.sync_now()
        # Signals of the previous round may still be queued: wait for the offline one.
        qtbot.waitUntil(lambda: not seen[-1].online, timeout=10_000)
        assert seen[-1].last_error is not None
        assert "cannot be reached" in seen[-1].last_error
        bridge.stop()
    worker.call(ws.vault.lock)
    worker.shutdown()


def test_the_bridge_waits_what_the_hub_asked_and_retry_now_clears_it(
    qtbot: QtBot, tmp_path: Path, hub: HubProc
) -> None:
    """Retry-After: 300 is waited in full (no 60 s cap), measured on the injected clock;
    "retry now" clears the wait and the failures and runs a round at once."""
    from datetime import UTC, datetime

    from ponte.core.clock import FakeClock
    from ponte.storage.vault import Vault

    worker = VaultWorker()
    host, port = hub.url.removeprefix("http://").split(":")
    clock = FakeClock(datetime.now(UTC))
    with FaultProxy((host, int(port))) as proxy:
        data = worker.call(lambda: workstation(tmp_path, hub, "CAV", "cav", proxy.url)).vault
        worker.call(data.lock)
        vault = worker.call(Vault.unlock, data.data_dir, "admin", "e2e passphrase!", clock=clock)
        ws = Workstation(vault)
        rounds = worker.call(lambda: BackgroundSync(ws, worker.call))
        bridge = SyncBridge(rounds, interval=30)
        seen: list[StatusView] = []
        bridge.status_changed.connect(seen.append)
        proxy.set(http_error=429, retry_after="300")
        with qtbot.waitSignal(bridge.round_finished, timeout=10_000) as first:
            bridge.start()
        assert first.args[0].error is not None
        assert bridge.next_wait == 300, "the hub's Retry-After, whole"
        qtbot.waitUntil(lambda: bool(seen) and seen[-1].last_error is not None, timeout=5_000)
        proxy.set()
        proxy.cut_all()
        with qtbot.waitSignal(bridge.round_finished, timeout=10_000) as again:
            bridge.sync_now()
        assert again.args[0].error is None
        assert bridge.next_wait == 30, "back to the ordinary interval"
        assert rounds.seconds_until_next() == 0
        bridge.stop()
    worker.call(vault.lock)
    worker.shutdown()
