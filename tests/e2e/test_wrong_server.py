"""Answers that are not our hub's change nothing (issue 14, items 6 and 7).

A server with another key at the pinned address (a reinstalled hub, a misconfigured proxy,
an attacker) and a captive portal (hotel Wi-Fi answering 200 and an HTML page to
everything) sit where the hub should be. Nothing in the outbox changes, the person is told
in one sentence what is going on, and when the real hub is back the queue moves by itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ponte.app.background import sync
from ponte.app.casework import Casework
from ponte.app.workstation import Workstation
from ponte.core.clock import SystemClock
from ponte.core.enums import ReferralStatus
from ponte.core.provisioning import hub_key_fingerprint
from ponte.hub.app import create_app
from ponte.hub.keys import load_or_create_hub_key
from ponte.hub.server import open_store
from ponte.hub.service import HubService
from ponte.storage import identity as identity_store
from ponte.storage import referrals
from ponte.storage.inbox import VaultInbox
from ponte.storage.outbox import VaultOutbox
from tests.hub.conftest import free_port, serve_in_thread
from tests.sync.faultproxy import FaultProxy

from .conftest import HubProc, refer, workstation
from .netparts import CaptivePortal, tally

FIELDS = {"age_band": "35_44", "education": "diploma"}


@dataclass
class Net:
    hub_port: int
    impostor_port: int
    proxy: FaultProxy
    centre: Workstation
    cpi: Workstation

    def route_to(self, port: int) -> None:
        self.proxy.upstream = ("127.0.0.1", port)
        self.proxy.cut_all()


@pytest.fixture
def net(tmp_path: Path, hub: HubProc) -> Iterator[Net]:
    """Centre and job centre reach the hub through a proxy that can be re-pointed at an
    impostor: a real hub with its own key, at the same address as far as they can tell."""
    store = open_store(tmp_path / "impostor", None)
    impostor = HubService(store, load_or_create_hub_key(tmp_path / "impostor"), SystemClock())
    port = free_port()
    hub_port = int(hub.url.rsplit(":", 1)[1])
    for _ in serve_in_thread(create_app(impostor), port):
        with FaultProxy(("127.0.0.1", hub_port)) as proxy:
            centre = workstation(tmp_path, hub, "CAV Rho", "cav", url=proxy.url)
            cpi = workstation(tmp_path, hub, "CPI Rho", "cpi", url=proxy.url)
            yield Net(hub_port, port, proxy, centre, cpi)
            centre.vault.lock()
            cpi.vault.lock()
    store.close()


def _states(ws: Workstation) -> list[str]:
    return [r.state for r in VaultOutbox(ws.vault.db).rows()]


def test_a_server_with_another_key_changes_nothing_and_the_queue_moves_when_ours_is_back(
    net: Net,
) -> None:
    centre, cpi = net.centre, net.cpi
    cpi_id = cpi.identity.member_id
    answered = [refer(centre, cpi_id) for _ in range(2)]
    assert sync(centre).sent == 2
    assert sync(cpi).received == 2
    for pid in answered:
        cpi.send_status(pid, "accepted", sender=centre.identity.member_id)
    waiting = [refer(centre, cpi_id) for _ in range(3)]

    net.route_to(net.impostor_port)
    for ws in (centre, cpi):
        before = _states(ws)
        results = [sync(ws) for _ in range(2)]
        assert _states(ws) == before, "an answer not signed by our hub changed the outbox"
        for result in results:
            assert result.error is not None
            assert result.error.kind == "wrong_hub"
            assert "not the one this workstation trusts" in result.error.user_message()
            assert hub_key_fingerprint(ws.identity.hub_key) in result.error.user_message()
    statuses = {r.status for r in _referrals(centre)}
    assert statuses <= {ReferralStatus.QUEUED, ReferralStatus.SENT}

    net.route_to(net.hub_port)
    assert sync(centre).sent == 3  # by itself: nothing to clear
    back = sync(cpi)
    assert (back.sent, back.received) == (2, 3)
    sync(centre)
    got = [r.packet_id for r in VaultInbox(cpi.vault.db).rows("referral") if r.payload]
    _, duplicates, lost = tally("impostor hub, then ours", answered + waiting, got)
    assert (duplicates, lost) == (0, 0)
    answers = [
        r.payload["referral"] for r in VaultInbox(centre.vault.db).rows("status") if r.payload
    ]
    _, duplicates, lost = tally("impostor hub, then ours: answers", answered, answers)
    assert (duplicates, lost) == (0, 0)


def _referrals(ws: Workstation) -> list[referrals.ReferralRow]:
    rows = ws.vault.db.query("SELECT id FROM referrals")
    return [referrals.get(ws.vault.db, r["id"]) for r in rows]


def test_retry_now_clears_a_referral_a_wrong_server_once_marked_failed(net: Net) -> None:
    """A vault from before the fix: a wrong server's unsigned refusal marked a referral
    failed. "Retry now" sends it, and the referral shows sent, not failed."""
    centre, cpi = net.centre, net.cpi
    pid = refer(centre, cpi.identity.member_id)
    VaultOutbox(centre.vault.db).failed(pid, "unknown_sender", centre.clock.now())
    desk = Casework(centre.vault, centre)
    desk.retry(pid)
    assert sync(centre).sent == 1
    (ref,) = _referrals(centre)
    assert ref.status is ReferralStatus.SENT
    assert _states(centre) == ["sent"]


# ---------------------------------------------------------------- captive portal
PW = "e2e passphrase!"


def _ponte(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PONTE_PASSPHRASE": PW, "PONTE_USER": "admin"}
    return subprocess.run(
        [sys.executable, "-m", "ponte", "--data-dir", str(data), *args],
        capture_output=True, text=True, env=env, check=False, timeout=120,
    )  # fmt: skip


def test_a_captive_portal_is_named_as_such_and_changes_nothing(
    tmp_path: Path, hub: HubProc
) -> None:
    ws = workstation(tmp_path, hub, "CAV Rho", "cav")
    assert sync(ws).error is None  # a vault that has been online before
    portal = CaptivePortal()
    try:
        ident = ws.identity
        ident.hub_url = portal.url
        identity_store.save(ws.vault.db, ident)
        data = ws.vault.data_dir
        ws.vault.lock()
        for args in (("sync",), ("vault", "check", "--against-hub")):
            out = _ponte(data, *args)
            assert out.returncode not in (0, 70), (args, out.returncode, out.stderr)
            assert "not letting Ponte through" in out.stderr, (args, out.stderr)
            assert "unexpected" not in out.stderr
    finally:
        portal.close()


def test_our_hubs_signed_refusal_fails_that_packet_and_the_queue_goes_on(net: Net) -> None:
    """The contrast: our hub refuses a packet whose bytes are bad, in a refusal signed for
    exactly those bytes; that one is failed for good and the packets behind it are sent."""
    centre, cpi = net.centre, net.cpi
    to = cpi.identity.member_id
    bad, good = refer(centre, to), refer(centre, to)
    data = bytearray(VaultOutbox(centre.vault.db).data(bad))
    data[-100] ^= 1  # damaged after sealing, inside the ciphertext: the signature breaks
    centre.vault.db.execute("UPDATE outbox SET data = ? WHERE packet_id = ?", (bytes(data), bad))
    result = sync(centre)
    assert (result.sent, result.failed, result.error) == (1, 1, None)
    rows = {r.packet_id: r for r in VaultOutbox(centre.vault.db).rows()}
    assert (rows[bad].state, rows[bad].reason) == ("failed", "bad_signature")
    assert rows[good].state == "sent"
