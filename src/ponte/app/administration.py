"""What the administration screens ask of the vault, as the signed-in account.

Qt-free; run each method on the vault thread. Roles are enforced by storage (the screens
only avoid offering what would be refused); every change is audited there, with ids only.
"""

from __future__ import annotations

from pathlib import Path

from ponte.app.forms import CentreForms
from ponte.app.importing import ImportSession, write_template
from ponte.storage import audit_query, backup, documents, retention
from ponte.storage.accounts import Account, Role
from ponte.storage.audit_query import AuditFilter, AuditPage, ChainResult
from ponte.storage.backup import PROGRESS_TOTAL, BackupInfo, Progress
from ponte.storage.retention import MAX_DAYS as MAX_RETENTION_DAYS
from ponte.storage.retention import MIN_DAYS as MIN_RETENTION_DAYS
from ponte.storage.retention import PurgeCounts, RetentionPolicy
from ponte.storage.vault import MIN_PASSPHRASE, Vault

__all__ = [
    "MAX_RETENTION_DAYS",
    "MIN_PASSPHRASE",
    "MIN_RETENTION_DAYS",
    "PROGRESS_TOTAL",
    "Account",
    "Administration",
    "AuditFilter",
    "AuditPage",
    "BackupInfo",
    "ChainResult",
    "Progress",
    "PurgeCounts",
    "RetentionPolicy",
    "Role",
]


class Administration:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.forms = CentreForms(vault)  # the centre's own case-file fields

    @property
    def account(self) -> Account:
        """Who is signed in (her own passphrase, her own row in the accounts list)."""
        return self.vault.account

    # ------------------------------------------------------------ accounts
    def accounts(self) -> list[Account]:
        return self.vault.list_accounts()

    def add_account(self, username: str, name: str, role: Role, passphrase: str) -> Account:
        return self.vault.add_account(username, name, role, passphrase)

    def remove_account(self, account_id: str) -> None:
        self.vault.remove_account(account_id)

    def reset_passphrase(self, account_id: str, passphrase: str) -> None:
        self.vault.reset_passphrase(account_id, passphrase)

    def change_own_passphrase(self, old: str, new: str) -> None:
        self.vault.change_passphrase(old, new)

    def rekey(self) -> None:
        """A new database key; every page re-encrypted, every key slot re-sealed."""
        self.vault.rekey()

    # ------------------------------------------------------------ backups
    def backup(self, dest: Path, progress: Progress) -> BackupInfo:
        return backup.backup(self.vault, dest, progress=progress)

    def verify_backup(self, source: Path, passphrase: str, progress: Progress) -> BackupInfo:
        """Prove the backup restores and opens with her own passphrase; nothing replaced."""
        user = self.vault.account.username
        return backup.verify(
            self.vault, source, lambda d: Vault.unlock(d, user, passphrase), progress=progress
        )

    def restore(self, source: Path, user: str, passphrase: str, progress: Progress) -> BackupInfo:
        """Replace the vault with the backup, once proven; this session is locked by then."""
        return backup.restore(
            self.vault.data_dir,
            source,
            lambda d: Vault.unlock(d, user, passphrase),
            before_swap=self.vault.lock,
            progress=progress,
        )

    # ------------------------------------------------------------ retention
    def retention_policy(self) -> RetentionPolicy:
        return retention.load_policy(self.vault.db)

    def save_retention_policy(self, policy: RetentionPolicy) -> None:
        v = self.vault
        retention.save_policy(v.db, v.actor, policy, at=v.clock.now())

    def purge_preview(self, policy: RetentionPolicy) -> PurgeCounts:
        return retention.preview_counts(self.vault.db, self.vault.clock.now(), policy)

    def purge(self, policy: RetentionPolicy) -> PurgeCounts:
        v = self.vault
        return retention.purge_all(v.db, v.actor, v.clock.now(), policy)

    # ------------------------------------------------------------ audit log
    def audit_choices(self) -> tuple[list[str], dict[str, str]]:
        """The actions recorded so far, and account ids with their names, for the filters."""
        db = self.vault.db
        return audit_query.actions(db), audit_query.account_names(db)

    def audit_page(self, f: AuditFilter, *, offset: int, limit: int) -> AuditPage:
        return audit_query.page(self.vault.db, self.vault.actor, f, offset=offset, limit=limit)

    def verify_audit_chain(self) -> ChainResult:
        v = self.vault
        return audit_query.verify(v.db, v.actor, at=v.clock.now())

    # ------------------------------------------------------------ spreadsheet import
    def open_import(self, path: Path) -> ImportSession:
        return ImportSession.open(self.vault, path)

    def write_import_template(self, path: Path) -> Path:
        return write_template(self.vault, path)

    # ------------------------------------------------------------ documents
    def documents_limit(self) -> int:
        """The largest scan one case may hold, in bytes."""
        return documents.max_bytes(self.vault.db)

    def set_documents_limit(self, limit: int) -> None:
        v = self.vault
        documents.set_max_bytes(v.db, v.actor, limit, at=v.clock.now())
