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
