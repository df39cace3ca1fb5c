import sqlite3
from pathlib import Path

import pytest

from ponte.core.errors import VaultCorrupt
from ponte.storage.db import Database, available_migrations

KEY = bytes(range(32))


def make(tmp_path: Path) -> Database:
    db = Database.open(tmp_path / "v.db", KEY, create=True)
    db.migrate()
    return db


def test_schema_is_migrated_and_file_is_encrypted(tmp_path: Path) -> None:
    db = make(tmp_path)
    assert db.schema_version == max(available_migrations())
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA secure_delete") == 1
    db.close()
    raw = (tmp_path / "v.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(tmp_path / "v.db").execute("SELECT * FROM sqlite_master").fetchall()


def test_wrong_key_names_the_file(tmp_path: Path) -> None:
    make(tmp_path).close()
    with pytest.raises(VaultCorrupt) as info:
        Database.open(tmp_path / "v.db", bytes(32))
    assert "v.db" in str(info.value)


def test_truncated_file_is_reported_not_reset(tmp_path: Path) -> None:
    db = make(tmp_path)
    db.execute("CREATE TABLE t (x)")
    db.close()
    path = tmp_path / "v.db"
    path.write_bytes(path.read_bytes()[:1000])
    with pytest.raises(VaultCorrupt):
        Database.open(path, KEY)
    assert path.stat().st_size == 1000, "a damaged file is never silently reset"


def test_transaction_rolls_back_and_savepoints_nest(tmp_path: Path) -> None:
    db = make(tmp_path)
    db.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(RuntimeError), db.transaction():
        db.execute("INSERT INTO t VALUES (1)")
        raise RuntimeError
    assert db.scalar("SELECT count(*) FROM t") == 0
    with db.transaction():
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(RuntimeError), db.transaction():
            db.execute("INSERT INTO t VALUES (2)")
            raise RuntimeError
    assert [r[0] for r in db.query("SELECT x FROM t")] == [1]


def test_rekey_makes_old_key_useless(tmp_path: Path) -> None:
    db = make(tmp_path)
    db.execute("CREATE TABLE t (x)")
    db.execute("INSERT INTO t VALUES ('kept')")
    new = bytes(reversed(range(32)))
    db.rekey(new)
    db.close()
    with pytest.raises(VaultCorrupt):
        Database.open(tmp_path / "v.db", KEY)
    again = Database.open(tmp_path / "v.db", new)
    assert again.scalar("SELECT x FROM t") == "kept"
    assert again.scalar("PRAGMA journal_mode") == "wal"
