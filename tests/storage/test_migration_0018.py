"""Schema 18 makes a case's documents replicate (issue 18). A workstation that already
replicated before it keeps the documents it had *and sends them*: the migration captures
every case document and chunk it holds (never a partner's referral attachment), and the
next commit stamps them into the change log like any write."""

from datetime import UTC, date, datetime
from pathlib import Path

from ponte.core.domain import Case, Person
from ponte.storage import cases
from ponte.storage.db import Database
from ponte.storage.replica import capture

from .conftest import COORD

AT = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
DOC = (
    "INSERT INTO documents (id, case_id, received_from, received_sender, kind, name,"
    " media_type, size, sha256, chunks, added_by, added_at)"
    " VALUES (?, ?, ?, ?, 'other', 'x.pdf', 'application/pdf', 3, x'00', 1, 'a',"
    " '2026-11-02T10:00:00Z')"
)


def _v17(tmp_path: Path, *, replicating: bool) -> Database:
    db = Database.open(tmp_path / "v.db", bytes(32), create=True)
    db.migrate(target=17)
    case_id = cases.create(
        db, COORD, Person(alias="Prima Demo"), Case(opened_on=date(2026, 1, 2)), at=AT
    ).id
    db.execute(
        "INSERT INTO inbox (packet_id, sender, type, payload, refused, state, raw, received_at)"
        " VALUES ('p-1', 'cpi', 'referral', '{}', NULL, 'delivered', x'00', '2026-11-02T10:00:00Z')"
    )
    db.execute(DOC, ("d-case", case_id, None, None))
    db.execute(DOC, ("d-recv", None, "p-1", "cpi"))
    for doc in ("d-case", "d-recv"):
        db.execute("INSERT INTO document_chunks VALUES (?, 0, x'010203')", (doc,))
    db.execute("UPDATE replica_ctl SET mute = ?", (0 if replicating else 1,))
    db.execute("DELETE FROM replica_pending")
    return db


def test_a_replicating_workstation_sends_the_case_documents_it_had(tmp_path: Path) -> None:
    db = _v17(tmp_path, replicating=True)
    db.migrate()
    with db.transaction():
        assert capture.flush(db, "dev-a", AT) == 2
    logged = db.query("SELECT tbl, rk, body FROM replica_log ORDER BY seq")
    assert [(r["tbl"], r["rk"]) for r in logged] == [
        ("documents", "d-case"),
        ("document_chunks", '["d-case",0]'),
    ]
    assert '"data":null' in logged[1]["body"]  # the bytes stay in the chunk, not the log


def test_a_lone_workstation_records_nothing(tmp_path: Path) -> None:
    db = _v17(tmp_path, replicating=False)
    db.migrate()
    assert db.scalar("SELECT count(*) FROM replica_pending") == 0
