"""The vault: one SQLCipher database and its key slots, opened by a staff account.

Files, all inside ``<data dir>/vault/``: ``vault.db`` (+ ``-wal`` while open) and
``vault.keys`` (the sidecar, see ``keyslots``). A ``Vault`` object is an *unlocked* vault:
it holds the open database and the database key until :meth:`lock`. It is not
thread-safe; one thread owns it (``storage/worker.py``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ponte.core.clock import Clock, SystemClock
from ponte.core.domain import Actor
from ponte.core.errors import (
    AccountError,
    PassphraseTooShort,
    PermissionDenied,
    RecoveryError,
    UnknownAccount,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from ponte.core.fsutil import ensure_private_dir, fsync_dir
from ponte.core.ids import new_id
from ponte.storage import accounts, audit, restore_swap
from ponte.storage.accounts import RECOVERY_ACCOUNT, Account, Role
from ponte.storage.db import Database
from ponte.storage.kdf import KdfParams, calibrate, derive
from ponte.storage.keyslots import (
    KIND_ACCOUNT,
    KIND_RECOVERY,
    KIND_SHARES,
    Sidecar,
    Slot,
    new_slot,
)
from ponte.storage.recovery import (
    combine_shares,
    new_recovery_key,
    parse_recovery_key,
    split_shares,
)
from ponte.storage.replica import capture
from ponte.storage.throttle import THROTTLE

VAULT_DIR = "vault"
DB_NAME = "vault.db"
KEYS_NAME = "vault.keys"
MIN_PASSPHRASE = 10
# Recovery secrets are random (160/128 bits): one Argon2 pass is plenty.
_SECRET_KDF_TIME = 1

T = TypeVar("T")


def vault_dir(data_dir: Path) -> Path:
    return Path(data_dir) / VAULT_DIR


def check_passphrase(passphrase: str) -> bytes:
    """The passphrase as bytes, or PassphraseTooShort (before any work)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseTooShort(params=(MIN_PASSPHRASE,))
    return passphrase.encode("utf-8")


def _secret_kdf(base: KdfParams) -> KdfParams:
    return KdfParams(_SECRET_KDF_TIME, base.memory_kib, base.parallelism)


class Vault:
    def __init__(
        self,
        data_dir: Path,
        db: Database,
        account: Account,
        sidecar: Sidecar,
        db_key: bytes,
        clock: Clock,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.db = db
        self.account = account
        self._sidecar = sidecar
        self._key = bytearray(db_key)
        self.clock = clock
        self.device_id = str(db.scalar("SELECT value FROM vault_meta WHERE key = 'device_id'"))
        capture.attach(db, self.device_id, clock.now)  # case writes replicate (docs/replication.md)

    # ------------------------------------------------------------ lifecycle
    @staticmethod
    def exists(data_dir: Path) -> bool:
        restore_swap.recover(Path(data_dir))
        vdir = vault_dir(data_dir)
        return (vdir / DB_NAME).is_file() and (vdir / KEYS_NAME).is_file()

    @classmethod
    def create(
        cls,
        data_dir: Path,
        *,
        username: str,
        display_name: str,
        passphrase: str,
        clock: Clock | None = None,
        kdf: KdfParams | None = None,
    ) -> tuple[Vault, str]:
        """A new vault with its first account (amministratrice); returns the recovery key."""
        clock = clock or SystemClock()
        secret = check_passphrase(passphrase)
        if cls.exists(data_dir):
            raise VaultExists(str(vault_dir(data_dir)))
        vdir = ensure_private_dir(vault_dir(data_dir))
        if (vdir / DB_NAME).exists() or (vdir / KEYS_NAME).exists():
            raise VaultExists(str(vdir))  # half a vault: never overwrite, let a person look
        kdf = kdf or calibrate()
        db_key = os.urandom(32)
        staging = vdir / (DB_NAME + ".new")
        for leftover in (staging, Path(f"{staging}-wal"), Path(f"{staging}-shm")):
            leftover.unlink(missing_ok=True)
        db = Database.open(staging, db_key, create=True)
        try:
            db.migrate()
            now = clock.now()
            with db.transaction():
                device_id = new_id()
                db.execute("INSERT INTO vault_meta VALUES ('device_id', ?)", (device_id,))
                account = accounts.insert(
                    db,
                    username=username,
                    display_name=display_name,
                    role=Role.AMMINISTRATRICE,
                    at=now,
                )
                audit.append(db, actor=account.id, device=device_id, action="vault.create", at=now)
                audit.append(
                    db,
                    actor=account.id,
                    device=device_id,
                    action="account.add",
                    entity="account",
                    entity_id=account.id,
                    at=now,
                )
        finally:
            db.close()
        sidecar = Sidecar.new(vdir / KEYS_NAME)
        sidecar.put(
            new_slot(
                kind=KIND_ACCOUNT,
                secret=secret,
                db_key=db_key,
                kdf=kdf,
                account_id=account.id,
                label=sidecar.label_for(username),
            )
        )
        recovery_text, recovery_raw = new_recovery_key()
        sidecar.put(
            new_slot(kind=KIND_RECOVERY, secret=recovery_raw, db_key=db_key, kdf=_secret_kdf(kdf))
        )
        sidecar.save()
        os.replace(staging, vdir / DB_NAME)  # the vault exists from this rename on
        fsync_dir(vdir)
        vault = cls(
            data_dir, Database.open(vdir / DB_NAME, db_key), account, sidecar, db_key, clock
        )
        return vault, recovery_text

    @classmethod
    def _load_sidecar(cls, data_dir: Path) -> Sidecar:
        if not cls.exists(data_dir):
            raise VaultNotFound(str(data_dir))
        return Sidecar.load(vault_dir(data_dir) / KEYS_NAME)

    @classmethod
    def _unlock_slot(
        cls,
        data_dir: Path,
        sidecar: Sidecar,
        slot: Slot | None,
        secret: bytes,
        clock: Clock,
        as_recovery: bool,
    ) -> Vault:
        vdir = vault_dir(data_dir)
        THROTTLE.check(vdir, clock)
        if slot is None:
            # Unknown user: spend the same work as a real slot, then fail the same way.
            some = sidecar.slots[0]
            derive(secret, some.salt, some.kdf)
            THROTTLE.failed(vdir, clock)
            raise WrongPassphrase()
        try:
            private = slot.open_private(secret)
        except WrongPassphrase:
            THROTTLE.failed(vdir, clock)
            raise
        failures = THROTTLE.succeeded(vdir)
        db, key = cls._open_db(vdir, slot.open_keys(private))
        try:
            db.migrate()
            account = RECOVERY_ACCOUNT if as_recovery else accounts.get(db, slot.account_id)
        except BaseException:
            db.close()
            raise
        vault = cls(data_dir, db, account, sidecar, key, clock)
        vault._settle_rekey(slot, key)
        audit.record(
            vault.db,
            vault.actor,
            "vault.unlock",
            at=vault.clock.now(),
            detail={"failed_attempts": failures, "kind": slot.kind},
        )
        return vault

    @staticmethod
    def _open_db(vdir: Path, keys: list[bytes]) -> tuple[Database, bytes]:
        """Open with the first key that works (two while a rekey was interrupted)."""
        for key in keys:
            try:
                return Database.open(vdir / DB_NAME, key), key
            except VaultCorrupt:
                continue
        raise VaultCorrupt(str(vdir / DB_NAME))

    def _settle_rekey(self, slot: Slot, working_key: bytes) -> None:
        """After an interrupted rekey, leave every slot with just the key that works."""
        if len(slot.envelopes) == 1 and all(len(s.envelopes) == 1 for s in self._sidecar.slots):
            return
        for s in list(self._sidecar.slots):
            self._sidecar.put(s.with_keys([working_key]))
        self._sidecar.save()

    @classmethod
    def unlock(
        cls, data_dir: Path, username: str, passphrase: str, *, clock: Clock | None = None
    ) -> Vault:
        """Open the vault as ``username``. Same error, same work for a bad user or passphrase."""
        sidecar = cls._load_sidecar(data_dir)
        slot = sidecar.find_account(username)
        return cls._unlock_slot(
            data_dir, sidecar, slot, passphrase.encode("utf-8"), clock or SystemClock(), False
        )

    @classmethod
    def unlock_with_recovery(
        cls, data_dir: Path, recovery_key: str, *, clock: Clock | None = None
    ) -> Vault:
        sidecar = cls._load_sidecar(data_dir)
        raw = parse_recovery_key(recovery_key)
        slots = sidecar.by_kind(KIND_RECOVERY)
        try:
            return cls._unlock_slot(
                data_dir, sidecar, slots[0] if slots else None, raw, clock or SystemClock(), True
            )
        except WrongPassphrase as exc:
            raise RecoveryError() from exc

    @classmethod
    def unlock_with_shares(
        cls, data_dir: Path, mnemonics: list[str], *, clock: Clock | None = None
    ) -> Vault:
        sidecar = cls._load_sidecar(data_dir)
        secret = combine_shares(mnemonics)
        slots = sidecar.by_kind(KIND_SHARES)
        if not slots:
            raise RecoveryError("this vault has no custodian shares")
        try:
            return cls._unlock_slot(
                data_dir, sidecar, slots[0], secret, clock or SystemClock(), True
            )
        except WrongPassphrase as exc:
            raise RecoveryError("these shares belong to another vault") from exc

    @property
    def locked(self) -> bool:
        return self.db.closed

    def lock(self) -> None:
        """Close the database and drop the key. The object is useless afterwards."""
        if not self.db.closed:
            with contextlib.suppress(Exception):
                audit.record(self.db, self.actor, "vault.lock", at=self.clock.now())
            self.db.close()
        for i in range(len(self._key)):
            self._key[i] = 0

    # ------------------------------------------------------------ helpers
    def _key_bytes(self) -> bytes:
        if self.locked:
            raise VaultLocked()
        return bytes(self._key)

    @property
    def actor(self) -> Actor:
        """The signed-in account on this workstation: who the audit log says did it (the one
        place an ``Actor`` is made from a vault)."""
        return Actor(self.account.id, self.account.role.value, self.device_id)

    def require(self, *roles: Role) -> None:
        if self.account.role not in roles:
            raise PermissionDenied(f"needs {' or '.join(r.value for r in roles)}")

    def _kdf(self) -> KdfParams:
        own = [s for s in self._sidecar.slots if s.kind == KIND_ACCOUNT]
        return own[0].kdf if own else calibrate()

    @property
    def sidecar(self) -> Sidecar:
        return self._sidecar

    def run(self, fn: Callable[[Vault], T]) -> T:
        return fn(self)

    # ------------------------------------------------------------ accounts
    def _put_account_slot(
        self,
        account_id: str,
        label: str,
        secret: bytes,
        *,
        kdf: KdfParams | None = None,
        private: X25519PrivateKey | None = None,
        slot_id: str | None = None,
    ) -> None:
        """Add or replace an account's slot (the caller saves the sidecar)."""
        self._sidecar.put(
            new_slot(
                kind=KIND_ACCOUNT,
                secret=secret,
                db_key=self._key_bytes(),
                kdf=kdf or self._kdf(),
                account_id=account_id,
                label=label,
                private=private,
                slot_id=slot_id,
            )
        )

    def list_accounts(self) -> list[Account]:
        return accounts.active(self.db)

    def account_named(self, username: str) -> Account:
        """An active account by its username, or UnknownAccount."""
        for account in accounts.active(self.db):
            if account.username == username.strip():
                return account
        raise UnknownAccount()

    def add_account(
        self, username: str, display_name: str, role: Role | str, passphrase: str
    ) -> Account:
        self.require(Role.AMMINISTRATRICE)
        secret = check_passphrase(passphrase)
        if self._sidecar.find_account(username) is not None:
            raise AccountError("that username is taken")
        with self.db.transaction():
            account = accounts.insert(
                self.db,
                username=username,
                display_name=display_name,
                role=Role(role),
                at=self.clock.now(),
            )
            audit.record(
                self.db,
                self.actor,
                "account.add",
                at=self.clock.now(),
                entity="account",
                entity_id=account.id,
                detail={"kind": account.role.value},
            )
            self._put_account_slot(account.id, self._sidecar.label_for(username), secret)
            self._sidecar.save()  # inside the transaction: if it fails, the row goes too
        return account

    def remove_account(self, account_id: str) -> None:
        self.require(Role.AMMINISTRATRICE)
        target = accounts.get(self.db, account_id)
        admins = [a for a in self.list_accounts() if a.role is Role.AMMINISTRATRICE]
        if target.role is Role.AMMINISTRATRICE and len(admins) <= 1:
            raise AccountError("the last administrator cannot be removed")
        slot = self._sidecar.by_account(account_id)
        with self.db.transaction():
            accounts.mark_removed(self.db, account_id, self.clock.now())
            audit.record(
                self.db,
                self.actor,
                "account.remove",
                at=self.clock.now(),
                entity="account",
                entity_id=account_id,
            )
            if slot is not None:
                self._sidecar.remove(slot.id)
                self._sidecar.save()

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrite this account's slot only: same slot key, wrapped under the new passphrase."""
        secret = check_passphrase(new)
        slot = self._sidecar.by_account(self.account.id)
        if slot is None:
            raise AccountError("this account has no key slot")
        private = slot.open_private(old.encode("utf-8"))
        self._put_account_slot(
            slot.account_id, slot.label, secret, kdf=slot.kdf, private=private, slot_id=slot.id
        )
        self._sidecar.save()
        audit.record(
            self.db,
            self.actor,
            "account.passwd",
            at=self.clock.now(),
            entity="account",
            entity_id=self.account.id,
        )

    def reset_passphrase(self, account_id: str, new: str) -> None:
        """An administrator (or the recovery key) sets a new passphrase for an account."""
        self.require(Role.AMMINISTRATRICE)
        secret = check_passphrase(new)
        target = accounts.get(self.db, account_id)
        old = self._sidecar.by_account(account_id)
        self._put_account_slot(
            target.id,
            self._sidecar.label_for(target.username),
            secret,
            slot_id=old.id if old else None,
        )
        self._sidecar.save()
        audit.record(
            self.db,
            self.actor,
            "account.reset",
            at=self.clock.now(),
            entity="account",
            entity_id=account_id,
        )

    # ------------------------------------------------------------ recovery
    def _replace_secret_slot(self, kind: str, secret: bytes) -> None:
        """The recovery or shares slot, replaced: the previous secret stops working."""
        self.require(Role.AMMINISTRATRICE)
        for slot in self._sidecar.by_kind(kind):
            self._sidecar.remove(slot.id)
        self._sidecar.put(
            new_slot(
                kind=kind, secret=secret, db_key=self._key_bytes(), kdf=_secret_kdf(self._kdf())
            )
        )
        self._sidecar.save()

    def new_recovery_key(self) -> str:
        """Replace the recovery key (the old one stops working); return the new text."""
        self.require(Role.AMMINISTRATRICE)
        text, raw = new_recovery_key()
        self._replace_secret_slot(KIND_RECOVERY, raw)
        audit.record(self.db, self.actor, "recovery.key", at=self.clock.now())
        return text

    def setup_shares(self, threshold: int, count: int) -> list[str]:
        """Split recovery among ``count`` custodians, any ``threshold`` of whom can recover."""
        self.require(Role.AMMINISTRATRICE)
        mnemonics, secret = split_shares(threshold, count)
        self._replace_secret_slot(KIND_SHARES, secret)
        audit.record(
            self.db,
            self.actor,
            "recovery.shares",
            at=self.clock.now(),
            detail={"threshold": threshold, "count": count},
        )
        return mnemonics

    # ------------------------------------------------------------ rekey
    def rekey(self) -> None:
        """New database key; every page re-encrypted; every slot re-sealed. Old key useless.

        Crash-safe in three steps: slots get [new, old] envelopes, the database is rekeyed
        (one transaction), slots keep [new] only. Unlock tries both, then settles.
        """
        self.require(Role.AMMINISTRATRICE)
        old = self._key_bytes()
        new = os.urandom(32)
        for slot in list(self._sidecar.slots):
            self._sidecar.put(slot.with_keys([new, old]))
        self._sidecar.save()
        self.db.rekey(new)
        for slot in list(self._sidecar.slots):
            self._sidecar.put(slot.with_keys([new]))
        self._sidecar.save()
        self._key[:] = new
        audit.record(self.db, self.actor, "vault.rekey", at=self.clock.now())
