"""The administration screen: one tab per section, only those the signed-in role may use.

- amministratrice: accounts and roles, my passphrase, backup and restore, retention, audit
  log, the case file's fields, import from a spreadsheet, key rotation, language and idle lock;
- coordinatrice: my passphrase, retention, audit log, import, language and idle lock;
- operatrice: my passphrase, language and idle lock.

The storage layer enforces the same roles; the screen only avoids offering what would fail.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ponte.app.administration import Administration, Role
from ponte.desktop.settings import Settings
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.admin.accounts import AccountsSection
from ponte.desktop.ui.admin.audit_log import AuditSection
from ponte.desktop.ui.admin.backup import BackupSection
from ponte.desktop.ui.admin.documents_limit import DocumentsLimitSection
from ponte.desktop.ui.admin.keys import RekeySection
from ponte.desktop.ui.admin.passphrase import PassphraseSection
from ponte.desktop.ui.admin.preferences import PreferencesSection
from ponte.desktop.ui.admin.retention import RetentionPanel
from ponte.desktop.ui.common import scrolled
from ponte.desktop.ui.fields.editor import FieldsSection
from ponte.desktop.ui.importer.view import ImportView

__all__ = ["AdminView", "scrolled"]


class AdminView(QWidget):
    #: The vault was replaced by a backup and is locked: return to sign-in.
    restored = Signal(str)  # the sentence saying what was restored
    #: New idle-lock delay in minutes (already saved in Settings).
    idle_lock_changed = Signal(int)
    #: New UI language ("it"/"en"), saved; it applies at the next start.
    language_changed = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        admin: Administration,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        role = admin.account.role
        administers = role is Role.AMMINISTRATRICE
        sees_all = role in (Role.AMMINISTRATRICE, Role.COORDINATRICE)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Administration sections"))
        self.accounts: AccountsSection | None = None
        self.backup: BackupSection | None = None
        self.retention: RetentionPanel | None = None
        self.audit: AuditSection | None = None
        self.rekey: RekeySection | None = None
        if administers:
            self.accounts = AccountsSection(tasks, admin)
            self.tabs.addTab(self.accounts, self.tr("Accounts"))
        self.passphrase = PassphraseSection(tasks, admin)
        self.tabs.addTab(self.passphrase, self.tr("My passphrase"))
        if administers:
            self.backup = BackupSection(tasks, admin)
            self.backup.restored.connect(self.restored.emit)
            self.tabs.addTab(scrolled(self.backup), self.tr("Backup"))
        if sees_all:
            self.retention = RetentionPanel(tasks, admin)
            self.tabs.addTab(self.retention, self.tr("Retention"))
            self.audit = AuditSection(tasks, admin)
            self.tabs.addTab(self.audit, self.tr("Audit log"))
        self.fields: FieldsSection | None = None
        self.importer: ImportView | None = None
        if administers:
            self.fields = FieldsSection(tasks, admin.forms)
            self.tabs.addTab(self.fields, self.tr("Case file fields"))
        if sees_all:
            self.importer = ImportView(tasks, admin.open_import, admin.write_import_template)
            self.tabs.addTab(self.importer, self.tr("Import"))
        if administers:
            self.rekey = RekeySection(tasks, admin)
            self.tabs.addTab(self.rekey, self.tr("Key rotation"))
            self.documents = DocumentsLimitSection(tasks, admin)
            self.tabs.addTab(self.documents, self.tr("Documents"))
        self.preferences = PreferencesSection(settings)
        self.preferences.idle_lock_changed.connect(self.idle_lock_changed.emit)
        self.preferences.language_changed.connect(self.language_changed.emit)
        self.tabs.addTab(self.preferences, self.tr("Language and lock"))
        box = QVBoxLayout(self)
        box.addWidget(self.tabs)

    def section_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]
