"""The directory is fetched once per round, conditionally, and a busy answer on it does not
stop the round (issue 14, item 4)."""

from __future__ import annotations

from pathlib import Path

from ponte.app.background import sync
from ponte.app.workstation import Workstation
from ponte.core.enums import ServiceType
from ponte.storage.inbox import VaultInbox
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault

from .conftest import HubProc, new_case_with_consent, workstation
from .netparts import OnePathFails, tally

FIELDS = {"age_band": "35_44", "education": "diploma"}


def _partner(tmp_path: Path, hub: HubProc, net: OnePathFails) -> Workstation:
    vault, _ = Vault.create(
        tmp_path / "cpi", username="admin", display_name="CPI", passphrase="pw pw pw pw!",
        kdf=TEST_PARAMS,
    )  # fmt: skip
    ws = Workstation(vault, transport=net)
    ws.enrol(hub.provision("CPI Rho", "cpi"), post_quantum=True)
    return ws


def _send(centre: Workstation, to: str, n: int) -> list[str]:
    ids = []
    for _ in range(n):
        case_id = new_case_with_consent(centre, to)
        row = centre.send_referral(case_id, to, ServiceType.CPI, FIELDS, purpose="lavoro")
        assert row.packet_id is not None
        ids.append(row.packet_id)
    assert sync(centre).sent == n
    return ids


def _received(ws: Workstation) -> list[str]:
    rows = VaultInbox(ws.vault.db).rows("referral", limit=10_000)
    return [r.packet_id for r in rows if r.payload is not None]


def test_one_conditional_directory_request_per_round(tmp_path: Path, hub: HubProc) -> None:
    net = OnePathFails("/v1/directory")
    cpi = _partner(tmp_path, hub, net)
    centre = workstation(tmp_path, hub, "CAV Rho", "cav")
    sent = _send(centre, cpi.identity.member_id, 6)
    net.seen.clear()
    assert sync(cpi).received == 6
    assert net.count("/v1/directory") == 1, "six packets, one round: one directory request"
    sent += _send(centre, cpi.identity.member_id, 2)
    net.seen.clear()
    assert sync(cpi).received == 2
    (again,) = [s for s in net.seen if s.path == "/v1/directory"]
    assert again.headers.get("if-none-match"), "the second request is conditional"
    assert again.status == 304, "nothing changed: the hub says so in a few bytes"
    tally("directory once per round", sent, _received(cpi))


def test_a_busy_directory_does_not_stop_the_round(tmp_path: Path, hub: HubProc) -> None:
    """503 or 429 on the directory: the copy kept last round opens the packets of senders
    it knows; the round goes on."""
    for status in ("503", "429"):
        net = OnePathFails("/v1/directory", how=status)
        cpi = _partner(tmp_path / status, hub, net)
        centre = workstation(tmp_path / status, hub, "CAV Rho", "cav")
        sent = _send(centre, cpi.identity.member_id, 1)
        assert sync(cpi).received == 1  # its copy of the directory, with the centre
        sent += _send(centre, cpi.identity.member_id, 3)
        net.failing = True
        result = sync(cpi)
        assert result.received == 3, f"directory answered {status}: {result}"
        _, duplicates, lost = tally(f"directory answers {status}", sent, _received(cpi))
        assert (duplicates, lost) == (0, 0)
