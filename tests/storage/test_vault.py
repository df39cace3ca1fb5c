import hashlib
import json
from pathlib import Path

import pytest

from ponte.core.clock import FakeClock
from ponte.core.errors import (
    AccountError,
    PermissionDenied,
    RecoveryError,
    TooManyAttempts,
    ValidationError,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from ponte.storage import audit
from ponte.storage.accounts import Role
from ponte.storage.db import Database
from ponte.storage.kdf import MIN_MEMORY_KIB, TEST_PARAMS, calibrate
from ponte.storage.keyslots import Sidecar
from ponte.storage.vault import DB_NAME, KEYS_NAME, Vault, vault_dir

from .conftest import ADMIN, ADMIN_PW


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_create_then_unlock(made: tuple[Vault, str], clock: FakeClock) -> None:
    vault, recovery = made
    assert vault.account.role is Role.AMMINISTRATRICE
    data = vault.data_dir
    vault.lock()
    again = Vault.unlock(data, "ADMIN ", ADMIN_PW, clock=clock)  # username is normalised
    assert again.account.username == ADMIN
    assert len(recovery.split("-")) == 9
    actions = [e.action for e in audit.entries(again.db)]
    assert actions[:2] == ["vault.create", "account.add"]
    assert actions[-1] == "vault.unlock"
    again.lock()


def test_sidecar_does_not_name_staff(vault: Vault) -> None:
    text = (vault_dir(vault.data_dir) / KEYS_NAME).read_text()
    assert ADMIN not in text
    assert "Amministratrice" not in text
    assert (vault_dir(vault.data_dir) / KEYS_NAME).stat().st_mode & 0o777 == 0o600


def test_create_refuses_existing_vault_and_short_passphrase(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault.data_dir, username="x", display_name="X", passphrase=ADMIN_PW)
    with pytest.raises(ValidationError):
        Vault.create(tmp_path / "other", username="x", display_name="X", passphrase="short")


def test_wrong_passphrase_changes_nothing_and_slows_down(vault: Vault, clock: FakeClock) -> None:
    data = vault.data_dir
    vault.lock()
    before = snapshot(data)
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(data, ADMIN, "not the passphrase", clock=clock)
    with pytest.raises(TooManyAttempts):  # even the right one must wait now
        Vault.unlock(data, ADMIN, ADMIN_PW, clock=clock)
    clock.advance(2.5)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data, ADMIN, "still wrong", clock=clock)
    clock.advance(2.5)
    with pytest.raises(TooManyAttempts):
        Vault.unlock(data, ADMIN, ADMIN_PW, clock=clock)  # the wait doubled
    assert snapshot(data) == before
    clock.advance(10)
    opened = Vault.unlock(data, ADMIN, ADMIN_PW, clock=clock)
    last = audit.entries(opened.db, limit=1000)[-1]
    assert last.action == "vault.unlock"
    assert last.detail["failed_attempts"] == 4
    opened.lock()


def test_unknown_user_is_the_same_error(vault: Vault, clock: FakeClock) -> None:
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault.data_dir, "nobody", ADMIN_PW, clock=clock)


def test_missing_vault(tmp_path: Path) -> None:
    assert not Vault.exists(tmp_path)
    with pytest.raises(VaultNotFound):
        Vault.unlock(tmp_path, ADMIN, ADMIN_PW)


def test_recovery_key_unlocks_and_resets_a_passphrase(
    made: tuple[Vault, str], clock: FakeClock
) -> None:
    vault, recovery = made
    data, admin_id = vault.data_dir, vault.account.id
    vault.lock()
    with pytest.raises(RecoveryError):
        Vault.unlock_with_recovery(data, recovery[:-1] + ("A" if recovery[-1] != "A" else "B"))
    rescued = Vault.unlock_with_recovery(data, recovery.lower().replace("-", " "), clock=clock)
    rescued.reset_passphrase(admin_id, "a brand new passphrase")
    rescued.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data, ADMIN, ADMIN_PW, clock=clock)
    Vault.unlock(data, ADMIN, "a brand new passphrase", clock=clock).lock()


def test_custodian_shares_any_m_of_n(vault: Vault, clock: FakeClock) -> None:
    shares = vault.setup_shares(3, 5)
    data = vault.data_dir
    vault.lock()
    with pytest.raises(RecoveryError):
        Vault.unlock_with_shares(data, shares[:2], clock=clock)
    Vault.unlock_with_shares(data, [shares[4], shares[0], shares[2]], clock=clock).lock()


def test_accounts_roles_and_removal(vault: Vault, clock: FakeClock) -> None:
    op = vault.add_account("giulia", "Giulia Operatrice", Role.OPERATRICE, "giulia passphrase")
    with pytest.raises(AccountError):
        vault.add_account("GIULIA", "Another", Role.OPERATRICE, "another passphrase")
    data = vault.data_dir
    as_op = Vault.unlock(data, "giulia", "giulia passphrase", clock=clock)
    with pytest.raises(PermissionDenied):
        as_op.add_account("x", "X", Role.OPERATRICE, "xxxxxxxxxxxx")
    as_op.lock()
    with pytest.raises(AccountError):
        vault.remove_account(vault.account.id)  # the last administrator stays
    vault.remove_account(op.id)
    assert [a.username for a in vault.list_accounts()] == [ADMIN]
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data, "giulia", "giulia passphrase", clock=clock)


def test_change_passphrase_rewrites_one_slot(vault: Vault, clock: FakeClock) -> None:
    vault.add_account("marta", "Marta", Role.COORDINATRICE, "marta passphrase")
    keys = vault_dir(vault.data_dir) / KEYS_NAME
    before = {s.id: s for s in Sidecar.load(keys).slots}
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("wrong", "whatever passphrase")
    vault.change_passphrase(ADMIN_PW, "another good passphrase")
    after = {s.id: s for s in Sidecar.load(keys).slots}
    changed = [i for i in before if before[i] != after[i]]
    assert changed == [Sidecar.load(keys).by_account(vault.account.id).id]  # type: ignore[union-attr]
    data = vault.data_dir
    vault.lock()
    Vault.unlock(data, ADMIN, "another good passphrase", clock=clock).lock()
    Vault.unlock(data, "marta", "marta passphrase", clock=clock).lock()


def _db_keys(data: Path, passphrase: str = ADMIN_PW) -> list[bytes]:
    sidecar = Sidecar.load(vault_dir(data) / KEYS_NAME)
    slot = sidecar.find_account(ADMIN)
    assert slot is not None
    return slot.open_keys(slot.open_private(passphrase.encode()))


def test_rekey_makes_the_old_key_useless(made: tuple[Vault, str], clock: FakeClock) -> None:
    vault, recovery = made
    vault.add_account("marta", "Marta", Role.COORDINATRICE, "marta passphrase")
    shares = vault.setup_shares(2, 3)
    data = vault.data_dir
    (old_key,) = _db_keys(data)
    vault.rekey()
    vault.db.execute("INSERT INTO vault_meta VALUES ('after', 'rekey')")
    vault.lock()
    with pytest.raises(VaultCorrupt):
        Database.open(vault_dir(data) / DB_NAME, old_key)
    (new_key,) = _db_keys(data)
    assert new_key != old_key
    for unlock in (
        lambda: Vault.unlock(data, ADMIN, ADMIN_PW, clock=clock),
        lambda: Vault.unlock(data, "marta", "marta passphrase", clock=clock),
        lambda: Vault.unlock_with_recovery(data, recovery, clock=clock),
        lambda: Vault.unlock_with_shares(data, shares[1:], clock=clock),
    ):
        v = unlock()
        assert v.db.scalar("SELECT value FROM vault_meta WHERE key = 'after'") == "rekey"
        v.lock()


def test_interrupted_rekey_still_opens_and_settles(vault: Vault, clock: FakeClock) -> None:
    """A crash after the slots got [new, old] but before PRAGMA rekey ran."""
    data = vault.data_dir
    (old_key,) = _db_keys(data)
    sidecar = Sidecar.load(vault_dir(data) / KEYS_NAME)
    for slot in list(sidecar.slots):
        sidecar.put(slot.with_keys([bytes(32), old_key]))
    sidecar.save()
    vault.lock()
    Vault.unlock(data, ADMIN, ADMIN_PW, clock=clock).lock()
    assert _db_keys(data) == [old_key]


def test_damaged_files_are_named_and_never_reset(vault: Vault, clock: FakeClock) -> None:
    data = vault.data_dir
    vault.lock()
    keys = vault_dir(data) / KEYS_NAME
    good = keys.read_bytes()
    keys.write_bytes(good[: len(good) // 2])
    with pytest.raises(VaultCorrupt, match=KEYS_NAME):
        Vault.unlock(data, ADMIN, ADMIN_PW, clock=clock)
    assert keys.read_bytes() == good[: len(good) // 2]
    keys.write_bytes(good)
    db = vault_dir(data) / DB_NAME
    raw = db.read_bytes()
    db.write_bytes(raw[:4096] + bytes(len(raw) - 4096))
    with pytest.raises(VaultCorrupt, match=DB_NAME):
        Vault.unlock(data, ADMIN, ADMIN_PW, clock=clock)
    assert db.stat().st_size == len(raw)


def test_lock_drops_connection_and_key(vault: Vault) -> None:
    vault.lock()
    assert vault.locked
    with pytest.raises(VaultLocked):
        vault.db.execute("SELECT 1")
    assert bytes(vault._key) == bytes(32)


def test_calibration_meets_the_floor_and_is_what_unlock_uses(tmp_path: Path) -> None:
    params = calibrate(target_seconds=0.05)
    assert params.memory_kib >= MIN_MEMORY_KIB
    vault, _ = Vault.create(
        tmp_path, username="a", display_name="A", passphrase=ADMIN_PW, kdf=params
    )
    vault.lock()
    doc = json.loads((vault_dir(tmp_path) / KEYS_NAME).read_text())
    account_slot = next(s for s in doc["slots"] if s["kind"] == "account")
    assert account_slot["kdf"] == {
        "alg": "argon2id",
        "t": params.time_cost,
        "m": params.memory_kib,
        "p": params.parallelism,
    }
    # Lowering the stored cost breaks the unlock: the stored parameters are the ones used.
    account_slot["kdf"]["t"] = TEST_PARAMS.time_cost if params.time_cost != 1 else 2
    (vault_dir(tmp_path) / KEYS_NAME).write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(tmp_path, "a", ADMIN_PW)
