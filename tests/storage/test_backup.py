import os
import sqlite3
from pathlib import Path

import pytest

from ponte.core.clock import FakeClock
from ponte.core.errors import BackupError, WrongPassphrase
from ponte.storage import audit, restore_swap
from ponte.storage.backup import backup, read_header, restore
from ponte.storage.vault import DB_NAME, Vault, vault_dir

from .conftest import ADMIN, ADMIN_PW


def _mark(vault: Vault, value: str) -> None:
    vault.db.execute("INSERT OR REPLACE INTO vault_meta VALUES ('mark', ?)", (value,))


def _opener(clock: FakeClock, passphrase: str = ADMIN_PW):  # type: ignore[no-untyped-def]
    return lambda d: Vault.unlock(d, ADMIN, passphrase, clock=clock)


def test_backup_restore_round_trip(vault: Vault, tmp_path: Path, clock: FakeClock) -> None:
    _mark(vault, "before backup")
    info = backup(vault, tmp_path / "centre.pontebak")
    assert (tmp_path / "centre.pontebak").stat().st_mode & 0o777 == 0o600
    assert read_header(info.path)[0]["db_sha256"] == info.db_sha256
    _mark(vault, "after backup")
    data = vault.data_dir
    vault.lock()
    restore(data, info.path, _opener(clock))
    restored = Vault.unlock(data, ADMIN, ADMIN_PW, clock=clock)
    assert restored.db.scalar("SELECT value FROM vault_meta WHERE key='mark'") == "before backup"
    assert "vault.restore" in [e.action for e in audit.entries(restored.db, limit=500)]
    audit.verify_chain(restored.db)
    restored.lock()
    assert not restore_swap.staging_dir(data).exists()


def test_backup_is_not_readable_without_a_slot_secret(vault: Vault, tmp_path: Path) -> None:
    _mark(vault, "UNIQUE-PLAINTEXT-MARKER")
    info = backup(vault, tmp_path / "b.pontebak")
    raw = info.path.read_bytes()
    assert b"UNIQUE-PLAINTEXT-MARKER" not in raw
    _, offset = read_header(info.path)
    (tmp_path / "inner.db").write_bytes(raw[offset:])
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(tmp_path / "inner.db").execute("SELECT * FROM vault_meta").fetchall()


@pytest.mark.parametrize("damage", ["truncate", "flip", "not-a-backup"])
def test_damaged_backup_leaves_vault_untouched(
    vault: Vault, tmp_path: Path, clock: FakeClock, damage: str
) -> None:
    _mark(vault, "current")
    info = backup(vault, tmp_path / "b.pontebak")
    raw = bytearray(info.path.read_bytes())
    if damage == "truncate":
        raw = raw[: len(raw) - 5000]
    elif damage == "flip":
        raw[-100] ^= 0x01
    else:
        raw = bytearray(b"hello")
    info.path.write_bytes(bytes(raw))
    data = vault.data_dir
    vault.lock()
    before = (vault_dir(data) / DB_NAME).read_bytes()
    with pytest.raises(BackupError):
        restore(data, info.path, _opener(clock))
    assert (vault_dir(data) / DB_NAME).read_bytes() == before
    v = Vault.unlock(data, ADMIN, ADMIN_PW, clock=clock)
    assert v.db.scalar("SELECT value FROM vault_meta WHERE key='mark'") == "current"
    v.lock()


def test_restore_needs_a_secret_that_opens_the_backup(
    vault: Vault, tmp_path: Path, clock: FakeClock
) -> None:
    info = backup(vault, tmp_path / "b.pontebak")
    data = vault.data_dir
    vault.lock()
    with pytest.raises(WrongPassphrase):
        restore(data, info.path, _opener(clock, "not the passphrase"))
    Vault.unlock(data, ADMIN, ADMIN_PW, clock=clock).lock()


@pytest.mark.parametrize("crash_after", ["first_rename", "second_rename"])
def test_interrupted_swap_is_finished_or_undone(
    vault: Vault,
    tmp_path: Path,
    clock: FakeClock,
    crash_after: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A process killed between the two renames of the swap loses nothing."""
    _mark(vault, "old")
    info = backup(vault, tmp_path / "b.pontebak")
    _mark(vault, "newer than backup")
    data = vault.data_dir
    vault.lock()
    staging = restore_swap.staging_dir(data)
    # Stage and verify as restore() does, then "crash" in the middle of the swap.
    with monkeypatch.context() as m:
        m.setattr(restore_swap, "swap_in", lambda d: None)
        restore(data, info.path, _opener(clock))
    assert (staging / restore_swap.READY).is_file()
    os.replace(data / "vault", data / restore_swap.OLD)
    if crash_after == "second_rename":
        os.replace(staging / "vault", data / "vault")
    assert Vault.exists(data)
    v = Vault.unlock(data, ADMIN, ADMIN_PW, clock=clock)
    assert v.db.scalar("SELECT value FROM vault_meta WHERE key='mark'") == "old"
    v.lock()
    assert not (data / restore_swap.OLD).exists()
    assert not staging.exists()
