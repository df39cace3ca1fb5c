"""Documents go where their case goes: erasure, retention, access export, backup/restore."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime
from pathlib import Path

from ponte.core.clock import FakeClock
from ponte.core.domain import Actor, Case, Person
from ponte.core.enums import ClosureReason, DocumentKind
from ponte.storage import cases, documents
from ponte.storage.backup import backup, restore
from ponte.storage.db import Database
from ponte.storage.erase import erase_person
from ponte.storage.export import export_cases, subject_access
from ponte.storage.retention import RetentionPolicy, purge
from ponte.storage.vault import Vault

from .conftest import ADMIN, ADMIN_PW, COORD
from .sqlcipher_pages import plaintext
from .test_documents import scan

KEY = bytes(range(32))
AT = datetime(2026, 2, 3, 10, 0, tzinfo=UTC)
MARKER = b"CURRICULUM-OF-ZOLTANELLA-QUIRINETTI"


def _her_scan() -> bytes:
    # Her name appears in many places inside the scan, as in a real CV.
    return scan(600_000)[:300_000] + MARKER * 50 + scan(300_000, b"", b"y")


def _open(path: Path) -> Database:
    db = Database.open(path, KEY, create=True)
    db.migrate()
    return db


def _with_document(db: Database, closed: bool = False) -> tuple[str, str, bytes]:
    c = cases.create(db, COORD, Person(alias="Z. Q."), Case(opened_on=date(2018, 1, 5)), at=AT)
    data = _her_scan()
    doc = documents.add_bytes(db, COORD, c.id, data, "cv.pdf", DocumentKind.CV, at=AT)
    other = cases.create(db, COORD, Person(alias="Altra"), Case(opened_on=date(2020, 1, 1)), at=AT)
    documents.add_bytes(db, COORD, other.id, scan(50_000), "altro.pdf", DocumentKind.OTHER, at=AT)
    if closed:
        cases.close(db, COORD, c.id, ClosureReason.GOALS_MET, at=datetime(2019, 1, 1, tzinfo=UTC))
    db.checkpoint()
    return c.person_id, doc.id, data


def test_erasure_removes_her_documents_from_the_files(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    db = _open(path)
    person_id, _doc_id, _ = _with_document(db)
    assert MARKER in plaintext(path, KEY), "the page reader sees the scan before erasure"
    erase_person(db, COORD, person_id, at=AT)
    assert db.scalar("SELECT count(*) FROM documents") == 1, "the other woman's scan stays"
    assert MARKER not in plaintext(path, KEY)
    assert db.scalar("PRAGMA integrity_check") == "ok"
    db.close()
    assert MARKER not in plaintext(path, KEY)


def test_retention_purge_removes_the_documents_of_purged_cases(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    db = _open(path)
    _with_document(db, closed=True)
    assert purge(db, COORD, AT, RetentionPolicy(closed_case_days=365 * 5)) == 1
    assert db.scalar("SELECT count(*) FROM documents") == 1
    assert MARKER not in plaintext(path, KEY)
    db.close()


def test_her_access_export_carries_the_scans_the_centre_export_only_lists_them(
    tmp_path: Path,
) -> None:
    db = _open(tmp_path / "v.db")
    person_id, doc_id, data = _with_document(db)
    doc = subject_access(db, COORD, person_id, at=AT)
    (listed,) = doc["cases"][0]["documents"]
    assert (listed["id"], listed["kind"], listed["name"]) == (doc_id, "cv", "cv.pdf")
    assert base64.b64decode(listed["data_base64"]) == data
    centre = next(
        d for d in export_cases(db, COORD, None, at=AT) if d["documents"][0]["id"] == doc_id
    )
    assert "data_base64" not in centre["documents"][0]
    assert centre["documents"][0]["size"] == len(data)
    db.close()


def test_a_document_survives_backup_and_restore_byte_identical(
    vault: Vault, tmp_path: Path, clock: FakeClock
) -> None:
    actor = Actor(vault.account.id, vault.account.role.value, vault.device_id)
    c = cases.create(vault.db, actor, Person(alias="B"), Case(opened_on=date(2026, 1, 1)), at=AT)
    data = scan(3 * 1024 * 1024 + 17, b"\x89PNG\r\n\x1a\n")
    doc = documents.add_bytes(
        vault.db, actor, c.id, data, "modulo.png", DocumentKind.CONSENT_FORM, at=AT
    )
    info = backup(vault, tmp_path / "centre.pontebak")
    documents.delete(vault.db, actor, doc.id, at=AT)
    data_dir = vault.data_dir
    vault.lock()
    restore(data_dir, info.path, lambda d: Vault.unlock(d, ADMIN, ADMIN_PW, clock=clock))
    back = Vault.unlock(data_dir, ADMIN, ADMIN_PW, clock=clock)
    try:
        got_info, got = documents.read(back.db, actor, doc.id, at=AT)
        assert got == data
        assert got_info.sha256 == doc.sha256
    finally:
        back.lock()


def test_deleting_one_document_leaves_nothing_of_it_in_the_files(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    db = _open(path)
    _person_id, doc_id, _ = _with_document(db)
    assert MARKER in plaintext(path, KEY)
    documents.delete(db, COORD, doc_id, at=AT)
    assert MARKER not in plaintext(path, KEY)
    assert db.scalar("SELECT count(*) FROM documents") == 1
    db.close()
