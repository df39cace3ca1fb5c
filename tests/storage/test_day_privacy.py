"""Her appointments, dates, assignments and letters are in her access export, and erasure
leaves none of them in the files (the decrypted pages are read, as in test_erasure)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from pathlib import Path

from ponte.core import localtime as lt
from ponte.core.diary import EXTERNAL, Appointment
from ponte.core.domain import Case, Person
from ponte.core.enums import AppointmentKind, CaseDateKind, ClosureReason, DocumentKind
from ponte.storage import appointments, assignment, cases, centre_settings, deadlines, documents
from ponte.storage.db import Database
from ponte.storage.demo import seed
from ponte.storage.erase import erase_person
from ponte.storage.export import subject_access

from .conftest import COORD, OP_A
from .sqlcipher_pages import plaintext

KEY = bytes(range(32))
AT = datetime(2026, 2, 3, 10, 0, tzinfo=UTC)
SECRETS = (b"Zoltanella", b"portare il referto di Quirinetti", b"Lettera per Gardenie")


def _seed(path: Path) -> tuple[Database, str, str]:
    db = Database.open(path, KEY, create=True)
    db.migrate()
    seed(db, COORD, 200)
    c = cases.create(db, COORD, Person(alias="Zoltanella"), Case(opened_on=date(2025, 1, 5)), at=AT)
    appointments.create(
        db, COORD,
        Appointment(
            lt.stored(date(2026, 2, 10), time(9)), 45, AppointmentKind.HEARING,
            (COORD.account_id, OP_A.account_id), EXTERNAL, c.id, "portare il referto di Quirinetti",
        ),
        at=AT,
    )  # fmt: skip
    deadlines.set_date(db, COORD, c.id, CaseDateKind.COMPLAINT_FILED, date(2026, 2, 1), at=AT)
    centre_settings.put(db, COORD, centre_settings.CLOSURE_APPROVAL, "1", at=AT)
    documents.add_bytes(
        db, COORD, c.id, b"%PDF-1.4 Lettera per Gardenie", "lettera.pdf", DocumentKind.LETTER, at=AT
    )
    db.execute("INSERT INTO case_team (case_id, account_id) VALUES (?, ?)", (c.id, OP_A.account_id))
    seed(db, COORD, 200, rng_seed=5)
    return db, c.person_id, c.id


def test_her_access_export_has_her_day_and_erasure_leaves_none_of_it(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    db, person_id, case_id = _seed(path)
    db.checkpoint()
    assert {s for s in SECRETS if s in plaintext(path, KEY)} == set(SECRETS)  # the reader sees
    doc = subject_access(db, COORD, person_id, at=AT)
    (case,) = doc["cases"]
    assert case["appointments"][0]["note"] == "portare il referto di Quirinetti"
    assert case["appointments"][0]["staff"].split() == sorted([COORD.account_id, OP_A.account_id])
    assert case["dates"] == {"complaint_filed": "2026-02-01"}
    assert case["team"] == [OP_A.account_id]
    assert any(d["kind"] == "letter" for d in case["documents"])
    json.dumps(doc)  # it serialises as it is written to her file
    assert erase_person(db, COORD, person_id, at=AT) == 1
    for table in ("appointments", "appointment_staff", "case_dates", "case_team"):
        assert db.scalar(f"SELECT count(*) FROM {table}") == 0, table
    assert [s for s in SECRETS if s in plaintext(path, KEY)] == []
    db.close()
    assert [s for s in SECRETS if s in plaintext(path, KEY)] == []
    del case_id


def test_a_closure_request_goes_with_her_case(tmp_path: Path) -> None:
    db, person_id, case_id = _seed(tmp_path / "v.db")
    db.execute("UPDATE cases SET assigned_to = ? WHERE id = ?", (OP_A.account_id, case_id))
    assignment.close_or_ask(db, OP_A, case_id, ClosureReason.MOVED, at=AT)
    assert subject_access(db, COORD, person_id, at=AT)["cases"][0]["closure_requests"]
    erase_person(db, COORD, person_id, at=AT)
    assert db.scalar("SELECT count(*) FROM closure_requests") == 0
    db.close()


def test_her_access_export_works_for_a_case_that_came_from_a_spreadsheet(tmp_path: Path) -> None:
    """A result row iterates its values, not its keys: the export read them as keys."""
    db, person_id, case_id = _seed(tmp_path / "v.db")
    db.execute(
        "INSERT INTO case_imports (case_id, match_key, import_id, at) VALUES (?, ?, ?, ?)",
        (case_id, "riga-7", "imp-1", "2026-02-01T09:00:00Z"),
    )
    (case,) = subject_access(db, COORD, person_id, at=AT)["cases"]
    assert case["imported_from"] == [
        {"import_id": "imp-1", "at": "2026-02-01T09:00:00Z", "match_key": "riga-7"}
    ]
    db.close()
