"""No plaintext ever on disk: every file the vault leaves behind is searched."""

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from ponte.core.domain import Actor, Case, Person
from ponte.storage import cases
from ponte.storage.backup import backup
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.keyslots import Sidecar
from ponte.storage.vault import DB_NAME, KEYS_NAME, Vault, vault_dir

from .sqlcipher_pages import plaintext

SEEDED = ("Ermenegilda", "Sbrigliafuochi", "RSSMRA80A01F205X", "Via dei Glicini 42")
AT = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)


def test_seeded_names_and_notes_appear_in_no_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    vault, _ = Vault.create(
        data,
        username="admin",
        display_name="Admin",
        passphrase="plaintext test pw",
        kdf=TEST_PARAMS,
    )
    actor = Actor(vault.account.id, vault.account.role.value, vault.device_id)
    c = cases.create(
        vault.db,
        actor,
        Person(alias="Ermenegilda Sbrigliafuochi", codice_fiscale="RSSMRA80A01F205X"),
        Case(opened_on=date(2026, 3, 1)),
        at=AT,
    )
    cases.add_note(vault.db, actor, c.id, "Vive in Via dei Glicini 42 con i figli.", at=AT)
    # While the vault is open (WAL in use) and after it is closed, nothing is readable.
    files_open = [p for p in data.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files_open)
    for p in files_open:
        assert p.stat().st_mode & 0o077 == 0, f"{p.name} is readable by other users"
    backup(vault, data / "backup.pontebak")
    _assert_clean(data)
    vault.lock()
    _assert_clean(data)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(vault_dir(data) / DB_NAME).execute("SELECT * FROM persons").fetchall()
    # Teeth: the data IS in the file, readable once decrypted with the key from a slot.
    slot = Sidecar.load(vault_dir(data) / KEYS_NAME).find_account("admin")
    assert slot is not None
    (key,) = slot.open_keys(slot.open_private(b"plaintext test pw"))
    assert b"Ermenegilda" in plaintext(vault_dir(data) / DB_NAME, key)


def _assert_clean(folder: Path) -> None:
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files
    for path in files:
        raw = path.read_bytes()
        for secret in SEEDED:
            for form in {secret, secret.lower(), secret.upper()}:
                assert form.encode() not in raw, f"{form!r} found in {path.name}"
                assert form.encode("utf-16-le") not in raw, f"{form!r} found in {path.name}"
