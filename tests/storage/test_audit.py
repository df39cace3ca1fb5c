from datetime import UTC, datetime
from pathlib import Path

import pytest

from ponte.core.errors import AuditChainBroken
from ponte.storage import audit
from ponte.storage.db import Database, SqlIntegrityError

AT = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Database:
    d = Database.open(tmp_path / "v.db", bytes(32), create=True)
    d.migrate()
    return d


def fill(db: Database, n: int = 5) -> None:
    for i in range(n):
        audit.append(db, actor="acc-1", action="case.read", entity="case", entity_id=f"c{i}", at=AT)


def test_chain_verifies_and_head_matches(db: Database) -> None:
    fill(db)
    count, head_hash = audit.verify_chain(db)
    assert count == 5
    assert audit.head(db) == (5, head_hash)


def test_update_and_delete_are_refused(db: Database) -> None:
    fill(db)
    with pytest.raises(SqlIntegrityError):
        db.execute("UPDATE audit_log SET action = 'x' WHERE seq = 2")
    with pytest.raises(SqlIntegrityError):
        db.execute("DELETE FROM audit_log WHERE seq = 2")


def _rewrite(db: Database, sql: str) -> None:
    """What an insider with the key could do: drop the triggers and edit."""
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("DROP TRIGGER audit_log_no_delete")
    db.execute(sql)


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("UPDATE audit_log SET entity_id = 'other' WHERE seq = 3", "altered"),
        ("DELETE FROM audit_log WHERE seq = 3", "missing"),
        ("UPDATE audit_log SET prev_hash = zeroblob(32) WHERE seq = 4", "does not follow"),
    ],
)
def test_rewrites_are_detected(db: Database, sql: str, reason: str) -> None:
    fill(db)
    _rewrite(db, sql)
    with pytest.raises(AuditChainBroken, match=reason):
        audit.verify_chain(db)


def test_detail_refuses_free_text(db: Database) -> None:
    with pytest.raises(ValueError, match="id, a kind or a count"):
        audit.append(db, actor="a", action="case.update", at=AT, detail={"note": "Maria R."})
    audit.append(db, actor="a", action="case.update", at=AT, detail={"fields": 3, "case_id": "x"})
