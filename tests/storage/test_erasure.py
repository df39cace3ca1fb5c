"""Erasure and retention purge leave nothing recoverable: proven on the decrypted pages."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from ponte.core.domain import Case, Person
from ponte.core.enums import ClosureReason, ViolenceForm
from ponte.core.ids import new_id
from ponte.storage import cases
from ponte.storage.db import Database
from ponte.storage.demo import seed
from ponte.storage.erase import erase_person
from ponte.storage.export import subject_access
from ponte.storage.retention import RetentionPolicy, preview, purge

from . import referral_helpers
from .conftest import COORD
from .sqlcipher_pages import plaintext

KEY = bytes(range(32))
AT = datetime(2026, 2, 3, 10, 0, tzinfo=UTC)
SECRETS = (b"Zoltanella", b"Quirinetti", b"Via delle Gardenie 17", b"Bellavista")


def _tokens(s: bytes) -> list[bytes]:
    # FTS keeps lowercased terms; look for both forms.
    return [s, s.lower()]


def _seed_her(db: Database, closed: bool = False) -> str:
    seed(db, COORD, 300)  # other women's data around hers, as in a real vault
    c = cases.create(
        db,
        COORD,
        Person(alias="Zoltanella Quirinetti", codice_fiscale="QRNZTN80A41F205X"),
        Case(opened_on=date(2018, 1, 5), violence_forms=frozenset({ViolenceForm.PHYSICAL})),
        at=AT,
    )
    cases.add_note(db, COORD, c.id, "Abita in Via delle Gardenie 17, Zoltanella.", at=AT)
    # The job centre wrote back: its note is about her, kept with her case.
    ref = referral_helpers.referral(db, COORD, c.id, c.person_id, AT)
    referral_helpers.answer(db, ref, new_id(), AT, v=2, note="colloquio da Bellavista srl")
    if closed:
        cases.close(db, COORD, c.id, ClosureReason.GOALS_MET, at=datetime(2019, 1, 1, tzinfo=UTC))
    seed(db, COORD, 300, rng_seed=7)  # and written after hers
    return c.person_id


def _found(path: Path) -> list[bytes]:
    text = plaintext(path, KEY)
    return [s for s in SECRETS for t in _tokens(s) if t in text]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "v.db"


def _open(path: Path) -> Database:
    db = Database.open(path, KEY, create=True)
    db.migrate()
    return db


def test_the_page_reader_has_teeth(path: Path) -> None:
    db = _open(path)
    _seed_her(db)
    db.checkpoint()
    assert set(_found(path)) == set(SECRETS), "the decrypted pages show what was written"
    db.close()


def test_erasure_leaves_nothing_in_the_files(path: Path) -> None:
    db = _open(path)
    person_id = _seed_her(db)
    doc = subject_access(db, COORD, person_id, at=AT)
    assert doc["cases"][0]["person"]["alias"] == "Zoltanella Quirinetti"
    assert doc["cases"][0]["referral_answers"][0]["note"] == "colloquio da Bellavista srl"
    assert erase_person(db, COORD, person_id, at=AT) == 1
    assert _found(path) == []
    assert db.scalar("PRAGMA integrity_check") == "ok"
    db.close()
    assert _found(path) == []


def test_without_secure_delete_the_data_would_remain(path: Path) -> None:
    """Control: the same deletion with secure_delete off leaves her data in free pages."""
    db = _open(path)
    person_id = _seed_her(db)
    db.execute("PRAGMA secure_delete = OFF")
    db.execute("DELETE FROM persons WHERE id = ?", (person_id,))
    db.checkpoint()
    assert _found(path), "without the scrubbing, deleted text is still in the pages"
    db.close()


def test_retention_purge_leaves_nothing(path: Path) -> None:
    db = _open(path)
    _seed_her(db, closed=True)
    policy = RetentionPolicy(closed_case_days=365 * 5)
    ids = preview(db, AT, policy)
    assert len(ids) >= 1
    assert purge(db, COORD, AT, policy) == len(ids)
    assert preview(db, AT, policy) == []
    assert _found(path) == []
    db.close()
