"""Both wire formats over a bad link: packets written before v2 (still in an outbox, or in a
``.ponte`` file) and new v2 packets travel in binary batches through the loopback fault
proxy — lossy, slow, late — and reach the job centre exactly once, opened."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from ponte.app.background import sync
from ponte.app.workstation import Workstation
from ponte.core.enums import ServiceType
from ponte.core.keys import pq_public
from ponte.core.packet import SUITE_MLKEM768_X25519, SUITE_X25519, parse
from ponte.core.sealing import seal
from ponte.storage import outbox
from ponte.storage.inbox import VaultInbox
from tests.sync.faultproxy import FaultProxy

from .conftest import HubProc, knows, new_case_with_consent, workstation

FIELDS = {"age_band": "35_44", "education": "diploma", "skills": "magazzino, patente B " * 20}


def _v1_referral(centre: Workstation, to: str, n: int) -> bytes:
    """A referral as v1 Ponte sealed it, with the centre's own keys and the directory's."""
    ident = centre.identity
    entry = centre.directory().encryption_key(to, [SUITE_MLKEM768_X25519, SUITE_X25519])
    assert entry is not None
    assert entry.suite == SUITE_MLKEM768_X25519
    now = centre.clock.now()
    return seal(
        {
            "pseudonym": f"P-AAAA-BBBB-CCCC-{n:04d}",
            "purpose": "orientamento al lavoro",
            "service_type": "cpi",
            "consent": {"ref": f"c-{n}", "expires": "2099-12-31"},
            "urgency": "routine",
            "contact": "via_cav",
            "fields": FIELDS,
        },
        type="referral",
        sender_id=ident.member_id,
        sender_key_id=ident.current.signing_key_id,
        signing_key=ident.current.signing,
        recipient_id=to,
        recipient_key=pq_public(bytes.fromhex(entry.public)),
        created=now,
        expires=now + timedelta(days=30),
        version=1,
    )


@pytest.fixture
def pair(tmp_path: Path, hub: HubProc) -> Iterator[tuple[Workstation, Workstation, FaultProxy]]:
    port = int(hub.url.rsplit(":", 1)[1])
    with FaultProxy(("127.0.0.1", port), seed=11) as proxy:
        centre = workstation(tmp_path, hub, "CAV Rho", "cav", url=proxy.url)
        cpi = workstation(tmp_path, hub, "CPI Rho", "cpi", url=proxy.url)
        yield centre, cpi, proxy
        centre.vault.lock()
        cpi.vault.lock()


def test_old_and_new_packets_arrive_exactly_once_over_a_lossy_link(
    pair: tuple[Workstation, Workstation, FaultProxy], tmp_path: Path
) -> None:
    centre, cpi, proxy = pair
    to = cpi.identity.member_id
    knows(centre, to)  # composing reads only the directory copy kept in the vault
    old = [_v1_referral(centre, to, n) for n in range(4)]
    for raw in old:  # left in the outbox by the version before v2
        outbox.enqueue(centre.vault.db, raw, at=centre.clock.now())
    new = []
    for _ in range(8):
        case_id = new_case_with_consent(centre, to)
        row = centre.send_referral(case_id, to, ServiceType.CPI, FIELDS, purpose="lavoro")
        new.append(row.packet_id)
    in_file = _v1_referral(centre, to, 99)  # carried on a USB stick
    path = tmp_path / "old.ponte"
    path.write_bytes(in_file)

    proxy.set(chunk_loss=0.04, bandwidth=40_000, latency=0.02)
    for _ in range(60):
        sync(centre)
        if outbox.VaultOutbox(centre.vault.db).queued_count() == 0:
            break
    inbox = VaultInbox(cpi.vault.db)
    wanted = {parse(raw).header.id for raw in old} | set(new)
    for _ in range(60):
        sync(cpi)
        if wanted <= {r.packet_id for r in inbox.rows("referral", limit=1000)}:
            break
    assert proxy.counters.faulted > 0, "the link lost something"
    proxy.set()
    sync(cpi)
    assert cpi.import_packet(path) == "stored"
    assert cpi.import_packet(path) == "already_received"

    rows = inbox.rows("referral", limit=1000)
    ids = [r.packet_id for r in rows]
    assert len(ids) == len(set(ids)), "each packet exactly once"
    assert set(ids) == wanted | {parse(in_file).header.id}
    assert all(r.refused is None and r.payload is not None for r in rows)
    sent = {pid: outbox.VaultOutbox(centre.vault.db).data(pid) for pid in wanted}
    assert {raw[:4] for raw in sent.values()} == {b"PNT1", b"PNT2"}
    old_ids = {parse(raw).header.id for raw in old}
    pseudonyms = {r.payload["pseudonym"] for r in rows if r.payload and r.packet_id in old_ids}
    assert pseudonyms == {f"P-AAAA-BBBB-CCCC-{n:04d}" for n in range(4)}
