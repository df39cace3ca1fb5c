"""Removing data so that nothing recoverable stays in the files.

SQLite's ``secure_delete`` (on for every vault) overwrites freed content inside the
(encrypted) pages; FTS5 keeps deleted terms in old index segments until they are merged,
so erasure runs the index's ``optimize``; and older copies of pages live on in the WAL
until a checkpoint, so it ends with ``wal_checkpoint(TRUNCATE)``. The tests decrypt every
page of the database and the WAL to prove it.
"""

from __future__ import annotations

from datetime import datetime

from ponte.core.domain import Actor
from ponte.core.errors import NotFound, PermissionDenied
from ponte.storage import audit
from ponte.storage.db import Database


def delete_cases(db: Database, case_ids: list[str]) -> int:
    """Delete cases (cascading to their rows, documents and document chunks included) and
    their search entries; persons left with no case are deleted too. Runs inside the
    caller's transaction. Returns persons deleted."""
    persons: set[str] = set()
    for case_id in case_ids:
        row = db.query_one("SELECT rowid, person_id FROM cases WHERE id = ?", (case_id,))
        if row is None:
            continue
        persons.add(row["person_id"])
        db.execute("DELETE FROM case_fts WHERE rowid = ?", (row["rowid"],))
        # Explicit, not only by cascade: the scans are the largest thing a case holds.
        db.execute("DELETE FROM documents WHERE case_id = ?", (case_id,))
        db.execute("DELETE FROM cases WHERE id = ?", (case_id,))
    gone = 0
    for person_id in persons:
        if db.scalar("SELECT count(*) FROM cases WHERE person_id = ?", (person_id,)) == 0:
            db.execute("DELETE FROM persons WHERE id = ?", (person_id,))
            gone += 1
    return gone


def scrub(db: Database) -> None:
    """After a deletion: merge the search index and empty the WAL into the zeroed file."""
    db.execute("INSERT INTO case_fts (case_fts) VALUES ('optimize')")
    db.checkpoint()


def erase_person(db: Database, actor: Actor, person_id: str, *, at: datetime) -> int:
    """Erasure of one woman's data (GDPR art. 17). Returns how many cases went with it."""
    if not actor.sees_all_cases:
        raise PermissionDenied("erasure needs a coordinator or an administrator")
    if db.scalar("SELECT count(*) FROM persons WHERE id = ?", (person_id,)) == 0:
        raise NotFound(f"person {person_id}")
    case_ids = [r[0] for r in db.query("SELECT id FROM cases WHERE person_id = ?", (person_id,))]
    with db.transaction():
        delete_cases(db, case_ids)
        db.execute("DELETE FROM persons WHERE id = ?", (person_id,))
        audit.record(
            db,
            actor,
            "person.erase",
            entity="person",
            entity_id=person_id,
            at=at,
            detail={"cases": len(case_ids)},
        )
    scrub(db)
    return len(case_ids)
