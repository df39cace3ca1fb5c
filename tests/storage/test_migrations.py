"""Every released schema version's vault opens and upgrades with the current code."""

import shutil
from pathlib import Path

import pytest

from ponte.core.domain import Actor
from ponte.core.errors import VaultCorrupt, VaultTooNew
from ponte.storage import audit
from ponte.storage import db as dbmod
from ponte.storage.case_list import CaseQuery, list_cases
from ponte.storage.db import Database, available_migrations
from ponte.storage.vault import Vault

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("vault-v*"))


def _copy(fixture: Path, tmp_path: Path) -> Path:
    target = tmp_path / fixture.name
    shutil.copytree(fixture / "data", target)
    return target


def test_there_is_a_fixture_for_the_current_schema() -> None:
    assert f"vault-v{max(available_migrations())}" in {f.name for f in FIXTURES}


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_fixture_vault_upgrades_and_keeps_its_data(fixture: Path, tmp_path: Path) -> None:
    data = _copy(fixture, tmp_path)
    vault = Vault.unlock(data, "admin", "fixture passphrase")
    assert vault.db.schema_version == max(available_migrations())
    assert vault.db.scalar("PRAGMA integrity_check") == "ok"
    audit.verify_chain(vault.db)
    actor = Actor(vault.account.id, vault.account.role.value, vault.device_id)
    page = list_cases(vault.db, actor, CaseQuery(limit=100))
    assert page.total == 40
    assert all(r.woman_code.startswith("DEMO-") for r in page.rows)
    vault.lock()


def test_a_vault_from_a_newer_ponte_is_refused(tmp_path: Path) -> None:
    data = _copy(FIXTURES[-1], tmp_path)
    vault = Vault.unlock(data, "admin", "fixture passphrase")
    vault.db.execute("PRAGMA user_version = 999")
    vault.lock()
    with pytest.raises(VaultTooNew):
        Vault.unlock(data, "admin", "fixture passphrase")


def test_a_failing_migration_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database.open(tmp_path / "v.db", bytes(32), create=True)
    db.migrate()
    before = db.schema_version
    bad = tmp_path / f"{before + 1:04d}_bad.sql"
    bad.write_text("CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n")
    shipped = available_migrations()
    monkeypatch.setattr(dbmod, "available_migrations", lambda: {**shipped, before + 1: bad})
    with pytest.raises(Exception, match="no_such_table"):
        db.migrate()
    assert db.schema_version == before
    assert db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'") == 0
    db.close()
    with pytest.raises(VaultCorrupt):
        Database.open(tmp_path / "v.db", bytes(range(32)))


def _schema(db: Database) -> set[tuple[str, str, str]]:
    """Every table, index, trigger and view with the SQL that made it (sqlite keeps the
    text, ALTERs included), so two vaults compare by what they hold, not by a number."""
    rows = db.query(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql"
        " IS NOT NULL"
    )
    return {(r[0], r[1], r[2]) for r in rows}


def _fresh_schema(tmp_path: Path) -> set[tuple[str, str, str]]:
    db = Database.open(tmp_path / "fresh.db", bytes(32), create=True)
    db.migrate()
    schema = _schema(db)
    db.close()
    return schema


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_an_upgraded_fixture_holds_what_a_new_vault_holds(fixture: Path, tmp_path: Path) -> None:
    """A vault made by a Ponte that lacked a migration numbered below its version (0013
    reached main after 0014 and 0015) gets it: no table of the current code is missing."""
    vault = Vault.unlock(_copy(fixture, tmp_path), "admin", "fixture passphrase")
    missing = _fresh_schema(tmp_path) - _schema(vault.db)
    vault.lock()
    assert {name for _type, name, _sql in missing} == set()


def test_a_migration_older_than_the_vault_is_applied_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Main's vaults went to 15 without 0013: the next Ponte applies 0013 to them, after 14
    and 15, and the vault then holds exactly what a new one holds; opening again does
    nothing."""
    shipped = available_migrations()
    hidden = 13
    monkeypatch.setattr(
        dbmod, "available_migrations", lambda: {v: p for v, p in shipped.items() if v != hidden}
    )
    db = Database.open(tmp_path / "v.db", bytes(32), create=True)
    db.migrate()
    assert db.schema_version == max(shipped)
    assert db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'appointments'") == 0
    monkeypatch.setattr(dbmod, "available_migrations", lambda: shipped)
    assert db.migrate() == [hidden]
    assert db.schema_version == max(shipped)
    assert _schema(db) == _fresh_schema(tmp_path)
    assert db.migrate() == []
    db.close()


def test_a_vault_with_a_migration_this_ponte_lacks_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A newer Ponte applied a migration numbered below this one's newest (as 0013 was for
    main): its schema is one this code does not know, whatever the highest number says."""
    shipped = available_migrations()
    db = Database.open(tmp_path / "v.db", bytes(32), create=True)
    db.migrate()
    db.close()
    monkeypatch.setattr(
        dbmod, "available_migrations", lambda: {v: p for v, p in shipped.items() if v != 13}
    )
    with pytest.raises(VaultTooNew):
        Database.open(tmp_path / "v.db", bytes(32)).migrate()
