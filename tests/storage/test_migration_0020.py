"""Schema 20 adds a Poly1305 tag to each new document: a document a vault of schema 19 holds
(no tag) upgrades untouched and is still read whole, checked by its SHA-256."""

import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ponte.core.domain import Actor
from ponte.core.errors import IntegrityError
from ponte.storage import documents
from ponte.storage.db import Database

AT = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
COORD = Actor("acc-coord", "coordinatrice", "dev-1")


def _v19_with_a_received_document(tmp_path: Path, data: bytes) -> Database:
    db = Database.open(tmp_path / "v.db", bytes(32), create=True)
    db.migrate(target=19)
    db.execute(
        "INSERT INTO inbox (packet_id, sender, type, payload, refused, state, raw, received_at)"
        " VALUES ('p-1', 'cav-rho', 'referral', '{}', NULL, 'delivered', x'00',"
        " '2026-11-02T10:00:00Z')"
    )
    chunks = [
        data[i : i + documents.CHUNK_BYTES] for i in range(0, len(data), documents.CHUNK_BYTES)
    ]
    db.execute(
        "INSERT INTO documents (id, case_id, received_from, received_sender, kind, name,"
        " media_type, size, sha256, chunks, added_by, added_at)"
        " VALUES ('d-1', NULL, 'p-1', 'cav-rho', 'cv', 'cv.pdf', 'application/pdf', ?, ?, ?,"
        " 'sync', '2026-11-02T10:00:00Z')",
        (len(data), hashlib.sha256(data).digest(), len(chunks)),
    )
    for seq, chunk in enumerate(chunks):
        db.execute(
            "INSERT INTO document_chunks (document_id, seq, data) VALUES ('d-1', ?, ?)",
            (seq, chunk),
        )
    return db


def test_an_old_document_upgrades_untouched_and_is_checked_by_its_sha256(
    tmp_path: Path,
) -> None:
    data = b"%PDF-1.4\n" + os.urandom(600_000)
    db = _v19_with_a_received_document(tmp_path, data)
    db.migrate()
    assert db.scalar("SELECT tag_key IS NULL AND tag IS NULL FROM documents") == 1
    [doc] = documents.for_received(db, "cav-rho", "p-1")
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert documents.read(db, COORD, "d-1", at=AT)[1] == data
    db.execute(
        "UPDATE document_chunks SET data = zeroblob(length(data)) WHERE seq = 1"
    )  # a changed chunk of an old document is still refused
    with pytest.raises(IntegrityError):
        documents.read(db, COORD, "d-1", at=AT)
    db.close()
