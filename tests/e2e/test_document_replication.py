"""A case's documents between workstations through a real hub on 127.0.0.1: a 10 MiB scan
arrives whole; a part cut on the way (fault proxy) is sent again and the document appears
once; a removed workstation gets no document added after its removal."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from ponte.app.background import sync
from ponte.app.replication import Replication
from ponte.core.domain import Case, Person
from ponte.core.enums import DocumentKind
from ponte.storage import audit, cases, documents
from tests.sync.faultproxy import FaultProxy

from .conftest import HubProc, workstation
from .replica_helpers import centre, device, join, settle

MiB = 1024 * 1024


def _case(r: Replication) -> str:
    ws = r.ws
    made = cases.create(
        ws.vault.db, ws.actor, Person(alias="Documenta Demo"), Case(opened_on=date(2026, 3, 2)),
        at=ws.clock.now(),
    )  # fmt: skip
    return made.id


def _scan(size: int, seed: int) -> bytes:
    return b"%PDF-1.7\n" + random.Random(seed).randbytes(size - 9)


def _add(r: Replication, case_id: str, data: bytes) -> documents.DocumentInfo:
    ws = r.ws
    return documents.add_bytes(
        ws.vault.db, ws.actor, case_id, data, "scansione.pdf", DocumentKind.ID_DOCUMENT,
        at=ws.clock.now(),
    )  # fmt: skip


def _docs(r: Replication, case_id: str) -> list[str]:
    return [d.id for d in documents.for_case(r.db, r.ws.actor, case_id)]


def _read(r: Replication, doc_id: str) -> bytes:
    return documents.read(r.db, r.ws.actor, doc_id, at=r.ws.clock.now())[1]


def test_a_10_mib_scan_arrives_whole_through_the_hub(tmp_path: Path, hub: HubProc) -> None:
    a, b = centre(tmp_path, hub, ("CAV Rho sportello", "CAV Rho rifugio"))
    case_id = _case(a)
    scan = _scan(10 * MiB, seed=1)
    doc = _add(a, case_id, scan)
    settle([a, b])
    assert _docs(b, case_id) == [doc.id]
    assert _read(b, doc.id) == scan
    # What the sender keeps of it once the hub has it: the chunks, not sealed copies.
    sync(a.ws)
    assert (
        a.db.scalar(
            "SELECT coalesce(sum(length(data)), 0) FROM outbox WHERE type = 'replica'"
            " AND state IN ('sent', 'acknowledged')"
        )
        == 0
    )
    audit.verify_chain(b.db)


def test_a_part_cut_on_the_way_is_sent_again_and_the_document_appears_once(
    tmp_path: Path, hub: HubProc
) -> None:
    host, port = hub.url.removeprefix("http://").split(":")
    with FaultProxy((host, int(port))) as proxy:
        a = Replication(workstation(tmp_path, hub, "CAV Rho sportello", "cav", proxy.url))
        a.found()
        b = device(tmp_path, hub, "CAV Rho rifugio")
        join(a, b)
        settle([a, b])
        case_id = _case(a)
        scan = _scan(3 * MiB + 5, seed=2)
        doc = _add(a, case_id, scan)
        # The next connection to the hub is cut 1 MB into the upload: inside a part.
        up = proxy.counters.upstream_bytes
        proxy.set(cut_upstream_after=1_000_000, faults_left=1)
        proxy.cut_all()  # (a kept-alive connection would not see the new faults)
        sync(a.ws)  # the engine retries the cut upload (in this round or the next)
        assert proxy.counters.faulted == 1
        assert proxy.counters.upstream_bytes - up > 1_000_000 + len(scan)  # cut, then again
        settle([a, b])
    assert _docs(b, case_id) == [doc.id]
    assert _read(b, doc.id) == scan
    assert b.db.scalar("SELECT count(*) FROM documents") == 1
    assert (
        b.db.scalar(
            "SELECT count(*) FROM audit_log WHERE action = 'document.replicated' AND entity_id = ?",
            (doc.id,),
        )
        == 1
    )


def test_a_part_delivered_twice_is_applied_once(tmp_path: Path, hub: HubProc) -> None:
    """The hub took the parts but the answer was lost: the sender sends them again."""
    a, b = centre(tmp_path, hub, ("CAV Rho sportello", "CAV Rho rifugio"))
    case_id = _case(a)
    scan = _scan(2 * MiB, seed=3)
    doc = _add(a, case_id, scan)
    assert a.queue_changes() >= 2
    queued = a.db.query("SELECT packet_id, data FROM outbox WHERE state = 'queued'")
    settle([a, b])
    with a.db.transaction():  # the same packets once more, as after a lost answer
        for r in queued:
            a.db.execute(
                "UPDATE outbox SET state = 'queued', data = ? WHERE packet_id = ?",
                (r["data"], r["packet_id"]),
            )
    settle([a, b])
    assert _docs(b, case_id) == [doc.id]
    assert _read(b, doc.id) == scan
    assert b.db.scalar("SELECT count(*) FROM document_chunks") == doc.size // (256 * 1024)


def test_a_removed_workstation_gets_no_document_added_after_its_removal(
    tmp_path: Path, hub: HubProc
) -> None:
    a, b, c = centre(tmp_path, hub, ("CAV Rho 1", "CAV Rho 2", "CAV Rho 3"))
    case_id = _case(a)
    before = _add(a, case_id, _scan(300 * 1024, seed=4))
    settle([a, b, c])
    assert _docs(c, case_id) == [before.id]
    a.remove_device(c.ws.vault.device_id)
    settle([a, b, c])
    after = _add(a, case_id, _scan(600 * 1024, seed=5))
    also = _add(b, case_id, _scan(400 * 1024, seed=6))
    settle([a, b, c])
    assert sorted(_docs(b, case_id)) == sorted([before.id, after.id, also.id])
    assert _docs(c, case_id) == [before.id]
    assert c.db.scalar("SELECT count(*) FROM documents") == 1


def test_a_site_without_connection_gets_the_documents_by_file(tmp_path: Path, hub: HubProc) -> None:
    a = device(tmp_path, hub, "CAV Rho sportello")
    a.found()
    case_id = _case(a)
    first = _scan(700 * 1024, seed=7)
    before = _add(a, case_id, first)
    n = device(tmp_path, hub, "CAV Rho rifugio")
    usb = tmp_path / "usb"
    usb.mkdir()
    n.accept_offer(a.accept_join(n.join_request()))
    n.import_file(a.export_snapshot(usb))  # no sync round anywhere: all by USB stick
    assert _read(n, before.id) == first
    second = _scan(2 * MiB + 3, seed=8)
    after = _add(a, case_id, second)
    n.import_file(a.export_changes(usb))
    assert sorted(_docs(n, case_id)) == sorted([before.id, after.id])
    assert _read(n, after.id) == second
