"""A case's documents between a centre's workstations (issue 18: letters "offline, encrypted,
replicated"). Three real SQLCipher vaults: a letter written on one is the same bytes on the
others; a 10 MiB scan arrives whole and is never shown half there; a document whose bytes do
not match its SHA-256 is never shown; her erasure takes her documents off every workstation
(checked on the decrypted pages); a new device gets them in its snapshot; a partner's
referral attachments stay on the workstation that received them."""

from __future__ import annotations

import base64
import io
import json
import random
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from ponte.app.casework import Casework
from ponte.app.day import Day
from ponte.core.enums import DocumentKind
from ponte.core.errors import IntegrityError, NotFound
from ponte.storage import audit, cases, documents, erase
from ponte.storage.replica import stream
from tests.storage.replica.mesh import Node, centre, join, new_case, post, pull, sync_all
from tests.storage.sqlcipher_pages import plaintext

MiB = 1024 * 1024


@pytest.fixture
def nodes(tmp_path: Path) -> list[Node]:
    return centre(tmp_path)


def _scan(size: int, seed: int = 1) -> bytes:
    """A scanned PDF's worth of incompressible bytes (as a JPEG inside a PDF is)."""
    return b"%PDF-1.7\n" + random.Random(seed).randbytes(size - 9)


def _add(node: Node, case_id: str, data: bytes, name: str = "referto.pdf") -> Any:
    return documents.add_bytes(
        node.db, node.actor, case_id, data, name, DocumentKind.MEDICAL_REPORT, at=node.clock.now()
    )


def _read(node: Node, doc_id: str) -> bytes:
    return documents.read(node.db, node.actor, doc_id, at=node.clock.now())[1]


def _ids(node: Node, case_id: str) -> list[str]:
    return [d.id for d in documents.for_case(node.db, node.actor, case_id)]


def test_a_letter_written_on_one_workstation_is_the_same_pdf_on_the_others(
    nodes: list[Node], qapp: Any
) -> None:
    from ponte.desktop.ui import printing

    a, b, c = nodes
    case_id = new_case(a, "Lettera Demo")
    sync_all(nodes)
    day = Day(Casework(a.vault))
    template = day.templates()[0]
    filled = day.letter(case_id, template.id)
    pdf = printing.pdf_bytes(printing.document(printing.letter_html(filled)), title=filled.title)
    letter = day.save_letter(case_id, "lettera.pdf", pdf)
    sync_all(nodes)
    for n in (b, c):
        (doc,) = documents.for_case(n.db, n.actor, case_id)
        assert (doc.id, doc.kind, doc.name, doc.sha256) == (
            letter.id, DocumentKind.LETTER, "lettera.pdf", letter.sha256,
        )  # fmt: skip
        data = _read(n, letter.id)
        assert data == pdf
        # Another library reads it: the letter's first line is in the PDF the shelter opens.
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
        first = next(line for line in filled.text.splitlines() if line.strip())
        assert " ".join(first.split()) in " ".join(text.split())


def test_a_10_mib_scan_arrives_whole_and_is_never_shown_half_there(nodes: list[Node]) -> None:
    a, b, _ = nodes
    case_id = new_case(a)
    sync_all(nodes)
    scan = _scan(10 * MiB + 12345)
    doc = _add(a, case_id, scan)
    # The log keeps the document's description, not its bytes (read from the chunks when sent).
    logged = a.db.scalar("SELECT sum(length(body)) FROM replica_log WHERE tbl LIKE 'document%'")
    assert logged < 32 * 1024
    assert post(a, b) >= 5  # split into sets that each fit one packet
    while len(b.inbox) > 1:
        pull_one(b)
        assert _ids(b, case_id) == []  # some chunks are here, not all: not shown
        with pytest.raises(NotFound):
            documents.get(b.db, b.actor, doc.id)
    assert b.db.scalar("SELECT count(*) FROM document_chunks WHERE document_id = ?", (doc.id,))
    pull_one(b)
    assert _ids(b, case_id) == [doc.id]
    assert _read(b, doc.id) == scan


def test_a_received_document_is_checked_on_read_under_a_key_of_this_workstation(
    nodes: list[Node],
) -> None:
    a, b, _ = nodes
    case_id = new_case(a)
    sync_all(nodes)
    scan = _scan(700 * 1024, seed=7)
    doc = _add(a, case_id, scan)
    sync_all(nodes)
    assert _read(b, doc.id) == scan
    keys = [
        n.db.query_one("SELECT tag_key, tag FROM documents WHERE id = ?", (doc.id,)) for n in (a, b)
    ]
    assert all(k is not None and k[0] is not None and k[1] is not None for k in keys)
    assert bytes(keys[0][0]) != bytes(keys[1][0])  # its own key: tag keys never travel
    logged = a.db.scalar("SELECT group_concat(body, '') FROM replica_log WHERE tbl = 'documents'")
    assert "tag" not in str(logged)
    b.db.execute(  # a chunk changed inside B's vault: B's own check refuses it
        "UPDATE document_chunks SET data = zeroblob(length(data)) WHERE document_id = ? AND seq = 1",
        (doc.id,),
    )
    with pytest.raises(IntegrityError):
        _read(b, doc.id)


def pull_one(node: Node) -> None:
    sender, body = node.inbox.pop(0)
    with node.db.transaction():
        out = stream.receive(node.db, sender, body)
    stream.after_receive(node.db, out)


def test_a_document_whose_bytes_do_not_match_its_checksum_is_never_shown(
    nodes: list[Node],
) -> None:
    a, b, _ = nodes
    case_id = new_case(a)
    sync_all(nodes)
    doc = _add(a, case_id, _scan(600 * 1024))
    post(a, b)
    # A sender's bug (the box's AEAD stops any change in transit): one chunk's bytes differ.
    for _, body in b.inbox:
        for item in body.get("c", []):
            if item[1] == "document_chunks" and json.loads(item[2])[1] == 1:
                item[4]["data"] = documents_b64(b"%PDF" + bytes(256 * 1024 - 4))
    pull(b)
    assert b.db.scalar("SELECT count(*) FROM document_chunks WHERE document_id = ?", (doc.id,))
    assert _ids(b, case_id) == []
    with pytest.raises(NotFound):
        documents.get(b.db, b.actor, doc.id)


def documents_b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def test_each_received_document_is_audited_by_id_and_kind_only(nodes: list[Node]) -> None:
    a, b, _ = nodes
    case_id = new_case(a)
    doc = _add(a, case_id, _scan(700 * 1024), name="Referto di Fiorella Demo.pdf")
    sync_all(nodes)
    rows = b.db.query(
        "SELECT actor, entity, entity_id, detail FROM audit_log WHERE action = 'document.replicated'"
    )
    assert [(r["entity"], r["entity_id"], json.loads(r["detail"])) for r in rows] == [
        ("document", doc.id, {"kind": "medical_report"})
    ]
    everything = " ".join(str(tuple(r)) for r in b.db.query("SELECT * FROM audit_log"))
    assert "Fiorella" not in everything
    # Chunks are audited as their document, not one entry each.
    assert b.db.scalar("SELECT count(*) FROM audit_log WHERE entity = 'document_chunks'") == 0
    audit.verify_chain(b.db)


def test_erasing_her_case_removes_her_documents_on_every_workstation(
    nodes: list[Node],
) -> None:
    a, b, _ = nodes
    case_id = new_case(a, "Cancellanda Demo")
    scan = _scan(2 * MiB, seed=7)
    marker = scan[MiB : MiB + 48]
    _add(a, case_id, scan)
    sync_all(nodes)
    path = b.vault.data_dir / "vault" / "vault.db"
    key = b.vault._key_bytes()
    b.db.checkpoint()
    assert marker in plaintext(path, key)  # the page reader sees what is there
    person_id = cases.open_file(a.db, a.actor, case_id, at=a.clock.now()).person.id
    erase.erase_person(a.db, a.actor, person_id, at=a.clock.now())
    sync_all(nodes)
    for n in nodes:
        for table in ("documents", "document_chunks", "documents_arriving"):
            assert n.db.scalar(f"SELECT count(*) FROM {table}") == 0, (n.name, table)
        assert (
            n.db.scalar(
                "SELECT count(*) FROM replica_log WHERE tbl LIKE 'document%' AND op = 'put'"
            )
            == 0
        )
        assert n.db.scalar("SELECT count(*) FROM replica_rows WHERE tbl LIKE 'document%'") == 0
    assert marker not in plaintext(path, key)


def test_deleting_a_document_on_one_workstation_deletes_it_on_all(nodes: list[Node]) -> None:
    a, b, _ = nodes
    case_id = new_case(a)
    kept, gone = _add(a, case_id, _scan(100 * 1024, 2)), _add(a, case_id, _scan(300 * 1024, 3))
    sync_all(nodes)
    documents.delete(b.db, b.actor, gone.id, at=b.clock.now())
    sync_all(nodes)
    for n in nodes:
        assert _ids(n, case_id) == [kept.id]
        assert (
            n.db.scalar("SELECT count(*) FROM document_chunks WHERE document_id = ?", (gone.id,))
            == 0
        )


def test_a_new_device_gets_the_documents_in_its_snapshot(tmp_path: Path) -> None:
    (a,) = centre(tmp_path, ("A",))
    case_id = new_case(a)
    scans = [_scan(n, seed=n) for n in (50 * 1024, 3 * MiB + 1)]
    docs = [_add(a, case_id, s) for s in scans]
    progress: list[tuple[int, int]] = []
    d = join(tmp_path, a, "D", progress)
    assert len(progress) >= 3  # the megabytes came in several parts
    assert sorted(_ids(d, case_id)) == sorted(x.id for x in docs)
    for doc, scan in zip(docs, scans, strict=True):
        assert _read(d, doc.id) == scan
    audited = d.db.query("SELECT entity_id FROM audit_log WHERE action = 'document.replicated'")
    assert sorted(r[0] for r in audited) == sorted(x.id for x in docs)


def test_a_partners_referral_attachment_stays_on_the_workstation_that_received_it(
    nodes: list[Node],
) -> None:
    a, b, _ = nodes
    a.db.execute(
        "INSERT INTO inbox (packet_id, sender, type, payload, state, raw, received_at)"
        " VALUES ('pkt-1', 'member-cav', 'referral', '{}', 'new', x'00', '2026-03-01T09:00:00Z')"
    )
    with a.db.transaction():
        got = documents.store_received(
            a.db, "member-cav", "pkt-1", _scan(20 * 1024), "cv.pdf", DocumentKind.CV,
            at=a.clock.now(),
        )  # fmt: skip
    sync_all(nodes)
    assert a.db.scalar("SELECT count(*) FROM replica_log WHERE tbl LIKE 'document%'") == 0
    assert b.db.scalar("SELECT count(*) FROM documents") == 0
    assert [d.id for d in documents.for_received(a.db, "member-cav", "pkt-1")] == [got.id]


def test_a_document_travels_on_through_a_workstation_that_relays_it(tmp_path: Path) -> None:
    """A talks only to B, B to C: C gets the bytes from B's chunks (B's log has none)."""
    a, b, c = centre(tmp_path)
    case_id = new_case(a)
    sync_all([a, b, c])
    scan = _scan(1 * MiB + 7, seed=4)
    doc = _add(a, case_id, scan)
    post(a, b)
    pull(b)
    post(b, c)
    pull(c)
    assert _read(c, doc.id) == scan


def test_a_long_backlog_of_scans_goes_out_a_budget_at_a_time(nodes: list[Node]) -> None:
    """A workstation far behind is sent a bounded amount a round, never every scan at once."""
    a, b, _ = nodes
    case_id = new_case(a)
    scans = [_scan(2 * MiB, seed=20 + i) for i in range(3)]
    docs = [_add(a, case_id, s) for s in scans]
    rounds = 0
    while True:
        with a.db.transaction():
            sets = stream.outgoing(a.db, b.device, budget=3 * MiB)
            if sets:
                stream.mark_sent(a.db, b.device, int(sets[-1]["to"]))
        if not sets:
            break
        assert sum(len(json.dumps(s)) for s in sets) < 3 * MiB + stream.MAX_SET_BYTES
        b.inbox.extend((a.device, body) for body in sets)
        pull(b)
        rounds += 1
    assert rounds >= 2  # (all of it at once without a budget)
    for doc, scan in zip(docs, scans, strict=True):
        assert _read(b, doc.id) == scan


def test_a_document_waiting_for_its_case_is_relayed_with_its_bytes(tmp_path: Path) -> None:
    """A new device adds a scan to a case it got in its snapshot, and writes again; B has not
    got the case yet, keeps both waiting (parked), and relays them to C. C must get the bytes
    from B's parked change, or it would never have them: N's later write, relayed by B, tells
    C it knows everything of N up to there."""
    a, b, c = centre(tmp_path)
    case_id = new_case(a, "Arrivata Dopo")
    n = join(tmp_path, a, "N")  # has the case; B and C do not yet
    scan = _scan(700 * 1024, seed=30)
    doc = _add(n, case_id, scan)
    cases.add_note(n.db, n.actor, case_id, "dopo la scansione", at=n.clock.now())
    post(n, b)
    pull(b)
    assert b.db.scalar("SELECT count(*) FROM replica_parked WHERE tbl = 'document_chunks'")
    post(b, c)
    pull(c)
    sync_all([a, b, c, n])
    for node in (b, c):
        assert _ids(node, case_id) == [doc.id], node.name
        assert _read(node, doc.id) == scan
