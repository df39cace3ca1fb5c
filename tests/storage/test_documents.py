"""Scanned documents inside the vault: chunks, types, limits, roles, audit, integrity."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from ponte.core.domain import Actor, Case, Person
from ponte.core.enums import DocumentKind
from ponte.core.errors import (
    DocumentTooLarge,
    DocumentTypeNotAllowed,
    IntegrityError,
    NotFound,
    PermissionDenied,
)
from ponte.storage import audit, cases, documents
from ponte.storage.db import Database

from .conftest import COORD, OP_A, OP_B

AT = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
ADMIN = Actor("acc-admin", "amministratrice", "dev-1")


def scan(size: int, head: bytes = b"%PDF-1.4\n", seed: bytes = b"x") -> bytes:
    """Bytes that start like the given type and are different everywhere (no repeats)."""
    body = bytearray(head)
    counter = 0
    while len(body) < size:
        body += hashlib.sha256(seed + counter.to_bytes(8, "big")).digest()
        counter += 1
    return bytes(body[:size])


def new_case(db: Database, owner: Actor = OP_A) -> str:
    c = cases.create(
        db, owner, Person(alias="Demo Documenti"), Case(opened_on=date(2026, 1, 2)), at=AT
    )
    return c.id


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _chunk_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM document_chunks"))


def test_a_scan_is_stored_in_chunks_and_read_back_identical(db: Database, tmp_path: Path) -> None:
    case_id = new_case(db)
    data = scan(700 * 1024)
    doc = documents.add(
        db,
        OP_A,
        case_id,
        _write(tmp_path, "consenso firmato.pdf", data),
        DocumentKind.CONSENT_FORM,
        at=AT,
    )
    assert (doc.media_type, doc.size, doc.name) == (
        "application/pdf",
        len(data),
        "consenso firmato.pdf",
    )
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert _chunk_count(db) == 3, "700 KiB in 256 KiB chunks"
    assert max(db.scalar("SELECT max(length(data)) FROM document_chunks"), 0) == 256 * 1024
    assert [d.id for d in documents.for_case(db, OP_A, case_id)] == [doc.id]
    info, got = documents.read(db, OP_A, doc.id, at=AT)
    assert got == data
    assert info == doc
    assert b"".join(documents.iter_chunks(db, OP_A, doc.id, at=AT)) == data


@pytest.mark.parametrize(
    ("head", "media_type"),
    [
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"\xff\xd8\xff\xe0", "image/jpeg"),
        (b"II*\x00", "image/tiff"),
        (b"MM\x00*", "image/tiff"),
    ],
)
def test_the_type_comes_from_the_magic_bytes(
    db: Database, tmp_path: Path, head: bytes, media_type: str
) -> None:
    case_id = new_case(db)
    doc = documents.add(
        db, OP_A, case_id, _write(tmp_path, "scan.pdf", scan(1000, head)), DocumentKind.OTHER, at=AT
    )
    assert doc.media_type == media_type, "the name says .pdf; the content decides"


@pytest.mark.parametrize(
    "data", [b"MZ\x90\x00 an executable", b"plain text renamed .pdf", b"", b"%PD"]
)
def test_other_files_are_refused_and_nothing_is_stored(
    db: Database, tmp_path: Path, data: bytes
) -> None:
    case_id = new_case(db)
    before = audit.head(db)
    with pytest.raises(DocumentTypeNotAllowed):
        documents.add(db, OP_A, case_id, _write(tmp_path, "x.pdf", data), DocumentKind.CV, at=AT)
    assert db.scalar("SELECT count(*) FROM documents") == 0
    assert _chunk_count(db) == 0
    assert audit.head(db) == before


def test_the_size_limit_is_a_vault_setting(db: Database, tmp_path: Path) -> None:
    case_id = new_case(db)
    assert documents.max_bytes(db) == 25 * 1024 * 1024
    with pytest.raises(PermissionDenied):
        documents.set_max_bytes(db, COORD, 2 * 1024 * 1024, at=AT)
    documents.set_max_bytes(db, ADMIN, 1024 * 1024, at=AT)
    assert documents.max_bytes(db) == 1024 * 1024
    big = _write(tmp_path, "big.pdf", scan(1024 * 1024 + 1))
    with pytest.raises(DocumentTooLarge, match=r"1\.0 MiB > 1 MiB"):
        documents.add(db, OP_A, case_id, big, DocumentKind.MEDICAL_REPORT, at=AT)
    assert _chunk_count(db) == 0
    documents.add(
        db, OP_A, case_id, _write(tmp_path, "ok.pdf", scan(1024 * 1024)), DocumentKind.OTHER, at=AT
    )


def test_a_file_that_grows_while_read_is_stopped_at_the_limit(db: Database, tmp_path: Path) -> None:
    """The limit holds on the bytes actually read, not only on the size seen beforehand."""
    case_id = new_case(db)
    documents.set_max_bytes(db, ADMIN, 1024 * 1024, at=AT)
    with pytest.raises(DocumentTooLarge):
        documents.add_bytes(
            db, OP_A, case_id, scan(2 * 1024 * 1024), "x.pdf", DocumentKind.OTHER, at=AT
        )
    assert _chunk_count(db) == 0


def test_roles_follow_the_case(db: Database, tmp_path: Path) -> None:
    case_id = new_case(db, OP_A)
    path = _write(tmp_path, "cv.pdf", scan(5000))
    with pytest.raises(PermissionDenied):
        documents.add(db, OP_B, case_id, path, DocumentKind.CV, at=AT)
    doc = documents.add(db, OP_A, case_id, path, DocumentKind.CV, at=AT)
    for attempt in (
        lambda: documents.for_case(db, OP_B, case_id),
        lambda: documents.read(db, OP_B, doc.id, at=AT),
        lambda: documents.delete(db, OP_B, doc.id, at=AT),
        lambda: documents.save_copy(db, OP_B, doc.id, tmp_path / "copy.pdf", at=AT),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    assert not (tmp_path / "copy.pdf").exists()
    assert documents.read(db, COORD, doc.id, at=AT)[1] == path.read_bytes()
    with pytest.raises(NotFound):
        documents.read(db, COORD, "no-such-document", at=AT)


def test_every_use_is_audited_by_id_never_by_name(db: Database, tmp_path: Path) -> None:
    case_id = new_case(db)
    doc = documents.add(
        db,
        OP_A,
        case_id,
        _write(tmp_path, "Referto Zenobia.pdf", scan(3000)),
        DocumentKind.MEDICAL_REPORT,
        at=AT,
    )
    documents.read(db, OP_A, doc.id, at=AT)
    documents.save_copy(db, OP_A, doc.id, tmp_path / "out.pdf", at=AT)
    documents.delete(db, OP_A, doc.id, at=AT)
    entries = [e for e in audit.entries(db, limit=500) if e.entity == "document"]
    assert [e.action for e in entries] == [
        "document.add",
        "document.read",
        "document.export",
        "document.delete",
    ]
    assert {e.entity_id for e in entries} == {doc.id}
    assert all(e.detail["case_id"] == case_id for e in entries)
    assert "Zenobia" not in json.dumps([e.detail for e in entries])
    audit.verify_chain(db)


def test_delete_removes_the_chunks(db: Database, tmp_path: Path) -> None:
    case_id = new_case(db)
    doc = documents.add(
        db,
        OP_A,
        case_id,
        _write(tmp_path, "a.png", scan(600_000, b"\x89PNG\r\n\x1a\n")),
        DocumentKind.OTHER,
        at=AT,
    )
    assert _chunk_count(db) == 3
    documents.delete(db, OP_A, doc.id, at=AT)
    assert _chunk_count(db) == 0
    assert documents.for_case(db, OP_A, case_id) == []


def test_a_damaged_chunk_is_detected_and_no_copy_is_written(db: Database, tmp_path: Path) -> None:
    case_id = new_case(db)
    doc = documents.add(
        db, OP_A, case_id, _write(tmp_path, "a.pdf", scan(300_000)), DocumentKind.OTHER, at=AT
    )
    db.execute(
        "UPDATE document_chunks SET data = zeroblob(length(data)) WHERE document_id = ? AND seq = 1",
        (doc.id,),
    )
    with pytest.raises(IntegrityError):
        documents.read(db, OP_A, doc.id, at=AT)
    with pytest.raises(IntegrityError):
        documents.save_copy(db, OP_A, doc.id, tmp_path / "copy.pdf", at=AT)
    assert not (tmp_path / "copy.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".copy")] == []


def test_save_a_copy_writes_a_private_file_where_chosen(db: Database, tmp_path: Path) -> None:
    case_id = new_case(db)
    data = scan(400_000, b"\xff\xd8\xff\xe0")
    doc = documents.add(
        db, OP_A, case_id, _write(tmp_path, "id.jpg", data), DocumentKind.ID_DOCUMENT, at=AT
    )
    (tmp_path / "chosen").mkdir()
    out = documents.save_copy(db, OP_A, doc.id, tmp_path / "chosen" / "copia.jpg", at=AT)
    assert out.read_bytes() == data
    assert [p.name for p in (tmp_path / "chosen").iterdir()] == ["copia.jpg"]
    assert os.stat(out).st_mode & 0o777 == 0o600


def test_names_lose_folders_and_control_characters(db: Database, tmp_path: Path) -> None:
    case_id = new_case(db)
    doc = documents.add_bytes(
        db, OP_A, case_id, scan(100), "../../etc/cv\x00\x1b[31m.pdf", DocumentKind.CV, at=AT
    )
    assert doc.name == "cv[31m.pdf"
    long = documents.add_bytes(
        db, OP_A, case_id, scan(100), "a" * 300 + ".pdf", DocumentKind.CV, at=AT
    )
    assert len(long.name) == 120
    assert long.name.endswith(".pdf")


def test_a_20_mb_scan_is_streamed_never_held_whole(db: Database, tmp_path: Path) -> None:
    import tracemalloc

    case_id = new_case(db)
    path = tmp_path / "big.pdf"
    with path.open("wb") as f:
        f.write(b"%PDF-1.5\n")
        for i in range(80):
            f.write(bytes([i]) * (256 * 1024))
    tracemalloc.start()
    try:
        doc = documents.add(db, OP_A, case_id, path, DocumentKind.MEDICAL_REPORT, at=AT)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert doc.size == 80 * 256 * 1024 + 9
    assert _chunk_count(db) == 81
    assert peak < 4 * 1024 * 1024, f"peak {peak} bytes: the file was read whole"
    digest = hashlib.sha256()
    for chunk in documents.iter_chunks(db, OP_A, doc.id, at=AT):
        assert len(chunk) <= documents.CHUNK_BYTES
        digest.update(chunk)
    assert digest.hexdigest() == doc.sha256


def _poly1305(key: bytes, msg: bytes) -> bytes:
    """RFC 8439 section 2.5, written out from the RFC: the stranger's check of the tag."""
    r = int.from_bytes(key[:16], "little") & 0x0FFFFFFC0FFFFFFC0FFFFFFC0FFFFFFF
    s = int.from_bytes(key[16:], "little")
    p = (1 << 130) - 5
    acc = 0
    for i in range(0, len(msg), 16):
        block = msg[i : i + 16] + b"\x01"
        acc = (acc + int.from_bytes(block, "little")) * r % p
    return ((acc + s) % (1 << 128)).to_bytes(16, "little")


def test_the_rfc_8439_poly1305_of_the_stranger_matches_its_own_vector() -> None:
    key = bytes.fromhex("85d6be7857556d337f4452fe42d506a80103808afb0db2fd4abff6af4149f51b")
    tag = _poly1305(key, b"Cryptographic Forum Research Group")
    assert tag.hex() == "a8061dc1305136c6c22b8baf0c0127a9"


def test_each_document_has_its_own_tag_key_and_its_tag_is_poly1305_of_its_bytes(
    db: Database, tmp_path: Path
) -> None:
    case_id = new_case(db)
    data = scan(600_000)
    path = _write(tmp_path, "a.pdf", data)
    one = documents.add(db, OP_A, case_id, path, DocumentKind.OTHER, at=AT)
    two = documents.add(db, OP_A, case_id, path, DocumentKind.OTHER, at=AT)
    rows = {
        r[0]: (bytes(r[1]), bytes(r[2]), bytes(r[3]))
        for r in db.query("SELECT id, tag_key, tag, sha256 FROM documents")
    }
    assert rows[one.id][0] != rows[two.id][0], "a Poly1305 key is used for one message only"
    for key, tag, sha in rows.values():
        assert tag == _poly1305(key, data)
        assert sha == hashlib.sha256(data).digest()  # exports publish it: it keeps its meaning
    assert documents.read(db, OP_A, one.id, at=AT)[1] == data


def _damage(db: Database, how: str, doc_id: str, other_id: str) -> None:
    q = "SELECT data FROM document_chunks WHERE document_id = ? AND seq = ?"
    if how == "swapped":  # two chunks of the same size trade places
        db.execute(
            "UPDATE document_chunks SET seq = -1 WHERE document_id = ? AND seq = 0", (doc_id,)
        )
        db.execute(
            "UPDATE document_chunks SET seq = 0 WHERE document_id = ? AND seq = 1", (doc_id,)
        )
        db.execute(
            "UPDATE document_chunks SET seq = 1 WHERE document_id = ? AND seq = -1", (doc_id,)
        )
    elif how == "truncated":  # the last chunk gone
        db.execute("DELETE FROM document_chunks WHERE document_id = ? AND seq = 2", (doc_id,))
    elif how == "gap":  # a middle chunk gone
        db.execute("DELETE FROM document_chunks WHERE document_id = ? AND seq = 1", (doc_id,))
    elif how == "extra":  # one chunk too many at the end
        db.execute(
            "INSERT INTO document_chunks (document_id, seq, data) VALUES (?, 3, ?)",
            (doc_id, b"%%EOF\n"),
        )
    elif how == "foreign":  # another document's chunk, same seq and size, in its place
        theirs = db.scalar(q, (other_id, 1))
        db.execute(
            "UPDATE document_chunks SET data = ? WHERE document_id = ? AND seq = 1",
            (theirs, doc_id),
        )
    elif how == "one_byte_short":
        db.execute(
            "UPDATE document_chunks SET data = substr(data, 1, length(data) - 1)"
            " WHERE document_id = ? AND seq = 2",
            (doc_id,),
        )


@pytest.mark.parametrize(
    "how", ["swapped", "truncated", "gap", "extra", "foreign", "one_byte_short"]
)
@pytest.mark.parametrize("tagged", [True, False], ids=["tag", "sha256 (before schema 20)"])
def test_a_reordered_truncated_or_foreign_chunk_is_refused_and_loses_nothing(
    db: Database, tmp_path: Path, how: str, tagged: bool
) -> None:
    case_id = new_case(db)
    data = scan(600_000)  # three chunks: 256 KiB, 256 KiB, the rest
    doc = documents.add(
        db, OP_A, case_id, _write(tmp_path, "a.pdf", data), DocumentKind.OTHER, at=AT
    )
    other = documents.add(
        db,
        OP_A,
        case_id,
        _write(tmp_path, "b.pdf", scan(600_000, seed=b"y")),
        DocumentKind.OTHER,
        at=AT,
    )
    if not tagged:  # as a document added before schema 20 is: no tag, its SHA-256 checked
        db.execute("UPDATE documents SET tag_key = NULL, tag = NULL WHERE id = ?", (doc.id,))
        assert documents.read(db, OP_A, doc.id, at=AT)[1] == data
    before = db.query(
        "SELECT seq, data FROM document_chunks WHERE document_id = ? ORDER BY seq", (doc.id,)
    )
    _damage(db, how, doc.id, other.id)
    with pytest.raises(IntegrityError, match="does not match its checksum"):
        documents.read(db, OP_A, doc.id, at=AT)
    with pytest.raises(IntegrityError):
        b"".join(documents.iter_chunks(db, OP_A, doc.id, at=AT))
    with pytest.raises(IntegrityError):
        documents.save_copy(db, OP_A, doc.id, tmp_path / "copy.pdf", at=AT)
    assert not (tmp_path / "copy.pdf").exists()
    # Refusing deleted nothing: the row and every chunk left are there; put back as they were,
    # the document reads whole again, and the other one was never touched.
    assert documents.get(db, OP_A, doc.id) == doc
    db.execute("DELETE FROM document_chunks WHERE document_id = ?", (doc.id,))
    for seq, chunk in before:
        db.execute(
            "INSERT INTO document_chunks (document_id, seq, data) VALUES (?, ?, ?)",
            (doc.id, seq, chunk),
        )
    assert documents.read(db, OP_A, doc.id, at=AT)[1] == data
    assert documents.read(db, OP_A, other.id, at=AT)[1] == scan(600_000, seed=b"y")
