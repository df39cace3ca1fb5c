"""Schema 17 keys received packets by (packet id, sender) (issue 15.9): what a vault of
schema 15 received — the inbox, a received referral's document and its chunks, a cabina's
aggregate reports — is all still there, and the second packet under one id now fits."""

from pathlib import Path

import pytest

from ponte.storage import db as dbmod
from ponte.storage.db import Database, available_migrations

INBOX = (
    "INSERT INTO inbox (packet_id, sender, type, payload, refused, state, raw, received_at)"
    " VALUES (?, ?, 'referral', '{}', NULL, 'delivered', x'00', '2026-11-02T10:00:00Z')"
)


def _v15(tmp_path: Path) -> Database:
    db = Database.open(tmp_path / "v.db", bytes(32), create=True)
    db.migrate(target=15)
    db.execute(INBOX, ("p-1", "cav-rho"))
    db.execute(
        "INSERT INTO documents (id, case_id, received_from, kind, name, media_type, size,"
        " sha256, chunks, added_by, added_at)"
        " VALUES ('d-1', NULL, 'p-1', 'cv', 'cv.pdf', 'application/pdf', 3, x'00', 1, 'sync',"
        " '2026-11-02T10:00:00Z')"
    )
    db.execute("INSERT INTO document_chunks (document_id, seq, data) VALUES ('d-1', 0, x'010203')")
    db.execute(
        "INSERT INTO aggregate_reports VALUES ('a-1', 'cav-rho', 'rho', '2026-01-01',"
        " '2026-03-31', '[]', '2026-11-02T10:00:00Z')"
    )
    return db


def test_what_was_received_stays_and_a_second_sender_fits(tmp_path: Path) -> None:
    db = _v15(tmp_path)
    db.migrate()
    assert db.schema_version == max(available_migrations())
    assert db.scalar("PRAGMA foreign_key_check") is None
    assert db.scalar("PRAGMA integrity_check") == "ok"
    doc = db.query_one("SELECT received_from, received_sender FROM documents WHERE id = 'd-1'")
    assert tuple(doc) == ("p-1", "cav-rho")
    assert bytes(db.scalar("SELECT data FROM document_chunks WHERE document_id = 'd-1'")) == (
        b"\x01\x02\x03"
    ), "rebuilding documents must not cascade into its chunks"

    db.execute(INBOX, ("p-1", "cav-mallory"))  # the same id from another member
    db.execute(
        "INSERT INTO aggregate_reports VALUES ('a-1', 'cav-legnano', 'legnano', '2026-01-01',"
        " '2026-03-31', '[]', '2026-11-02T10:00:00Z')"
    )
    assert db.scalar("SELECT count(*) FROM inbox WHERE packet_id = 'p-1'") == 2
    assert db.scalar("SELECT count(*) FROM aggregate_reports WHERE packet_id = 'a-1'") == 2

    # references still hold: the referral's row goes, its document and chunks with it
    db.execute("DELETE FROM inbox WHERE packet_id = 'p-1' AND sender = 'cav-rho'")
    assert db.scalar("SELECT count(*) FROM documents") == 0
    assert db.scalar("SELECT count(*) FROM document_chunks") == 0
    assert db.scalar("PRAGMA foreign_keys") == 1, "switched back on after the migration"
    db.close()


def test_a_migration_with_foreign_keys_off_that_leaves_a_dangling_reference_is_undone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _v15(tmp_path)
    db.migrate(target=16)
    bad = tmp_path / "0017_bad.sql"
    bad.write_text(f"{dbmod.FOREIGN_KEYS_OFF}\nDELETE FROM inbox;\n")
    shipped = _shipped(16)
    monkeypatch.setattr(dbmod, "available_migrations", lambda: {**shipped, 17: bad})
    with pytest.raises(Exception, match="dangling"):
        db.migrate()
    assert db.schema_version == 15
    assert db.scalar("SELECT count(*) FROM inbox") == 1
    assert db.scalar("PRAGMA foreign_keys") == 1
    db.close()


def _shipped(upto: int) -> dict[int, Path]:
    return {v: p for v, p in available_migrations().items() if v <= upto}
