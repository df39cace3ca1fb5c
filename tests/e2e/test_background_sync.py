"""Sync rounds run off the vault thread: the network waits on the sync thread, and the
vault thread stays free for the screens while a request hangs."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from ponte.app import anchoring
from ponte.app.background import BackgroundSync
from ponte.app.casework import Casework
from ponte.core.enums import ReferralStatus, Urgency
from ponte.core.errors import HubUnavailable
from ponte.storage import identity as identity_store
from ponte.storage.worker import VaultWorker
from tests.e2e.conftest import HubProc, new_case_with_consent, workstation
from tests.e2e.netparts import BlackHole


@pytest.fixture
def worker() -> Iterator[VaultWorker]:
    w = VaultWorker()
    yield w
    w.shutdown()


def test_a_referral_and_its_answer_travel_with_background_rounds(
    worker: VaultWorker, hub: HubProc, tmp_path: Path
) -> None:
    centre, cpi = worker.call(
        lambda: (workstation(tmp_path, hub, "CAV", "cav"), workstation(tmp_path, hub, "CPI", "cpi"))
    )
    cpi_id = worker.call(lambda: cpi.identity.member_id)
    desk, partner = Casework(centre.vault, centre), Casework(cpi.vault, cpi)

    def send() -> str:
        case_id = new_case_with_consent(centre, cpi_id)
        draft = desk.propose(case_id, cpi_id).draft
        for key in ("zones_to_avoid", "childcare_limits", "availability"):
            draft = draft.remove(key)
        draft = draft.set_value("skills", "cassa").set_value("languages", "it")
        desk.send_referral(case_id, cpi_id, draft, purpose="lavoro", urgency=Urgency.ROUTINE)
        return case_id

    case_id = worker.call(send)
    bg_centre = worker.call(lambda: BackgroundSync(centre, worker.call))
    bg_cpi = worker.call(lambda: BackgroundSync(cpi, worker.call))
    result = bg_centre.run_round()  # this thread plays the sync thread
    assert (result.sent, result.error, bg_centre.status.queued) == (1, None, 0)
    result = bg_cpi.run_round()
    assert result.received == 1
    received = worker.call(lambda: partner.inbox("referral"))
    worker.call(
        lambda: partner.respond(received[0].packet_id, "accepted", sender=received[0].sender)
    )
    assert bg_cpi.run_round().sent == 1
    assert bg_centre.run_round().received == 1
    ref = worker.call(lambda: desk.open_case(case_id).referrals[0])
    assert ref.status is ReferralStatus.ACCEPTED
    assert worker.call(lambda: anchoring.last_anchored(centre.vault.db)) > 0
    worker.call(centre.vault.lock)
    worker.call(cpi.vault.lock)


def test_the_vault_thread_is_free_while_a_request_hangs(
    worker: VaultWorker, hub: HubProc, tmp_path: Path
) -> None:
    centre = worker.call(lambda: workstation(tmp_path, hub, "CAV", "cav"))
    hole = BlackHole()

    def point_at_the_hole() -> BackgroundSync:
        ident = centre.identity
        ident.hub_url = hole.url
        identity_store.save(centre.vault.db, ident)
        return BackgroundSync(centre, worker.call)

    bg = worker.call(point_at_the_hole)
    outcome: list[object] = []
    sync_thread = threading.Thread(target=lambda: outcome.append(bg.run_round()))
    sync_thread.start()
    try:
        assert hole.accepted.wait(10), "the round never reached the network"
        # The request hangs on the sync thread; the vault thread answers a screen at once.
        assert worker.submit(lambda: centre.vault.db.scalar("SELECT 42")).result(timeout=5) == 42
        assert sync_thread.is_alive()
    finally:
        hole.close()
        sync_thread.join(30)
    result = outcome[0]
    assert isinstance(result.error, HubUnavailable)
    worker.call(centre.vault.lock)


def test_background_rounds_carry_the_centres_replication_too(hub: HubProc, tmp_path: Path) -> None:
    from ponte.core.domain import Case, Person
    from ponte.storage import cases
    from tests.e2e.replica_helpers import centre

    a, b = centre(tmp_path, hub, ("CAV Rho 1", "CAV Rho 2"))
    same_thread = lambda fn: fn()  # noqa: E731 - these vaults live on this thread
    made = cases.create(a.db, a.ws.actor, Person(alias="Ottavia"), Case(), at=a.ws.clock.now())
    for node in (a, b, a, b):
        result = BackgroundSync(node.ws, same_thread).run_round()
        assert result.error is None
    alias = b.db.scalar(
        "SELECT p.alias FROM persons p JOIN cases c ON c.person_id = p.id WHERE c.id = ?",
        (made.id,),
    )
    assert alias == "Ottavia"
