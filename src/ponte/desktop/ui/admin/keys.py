"""Key rotation (rekey): a new database key after a suspected compromise, explained plainly."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ponte.app.administration import Administration
from ponte.core.errors import PonteError
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.admin.widgets import ConfirmBar, OwnedTasks, StatusLine, explanation, title


class RekeySection(QWidget):
    def __init__(
        self, tasks: TaskRunner, admin: Administration, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = OwnedTasks(tasks, self)
        self.admin = admin
        self.button = QPushButton(self.tr("&Change the vault key…"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Key change progress"))
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.bar.setTextVisible(False)
        self.confirm = ConfirmBar()
        self.confirm.confirmed.connect(self._on_confirm_confirmed)
        self.status = StatusLine()
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.button)
        box = QVBoxLayout(self)
        box.addWidget(title(self.tr("Key rotation")))
        box.addWidget(
            explanation(
                self.tr(
                    "Do this when a copy of the vault may have been taken together with a "
                    "passphrase: a stolen laptop, a lost backup drive, a passphrase seen by "
                    "someone. Ponte re-encrypts the whole vault with a new key and re-seals "
                    "every account's key slot, so the old key opens nothing made from now on."
                )
            )
        )
        box.addWidget(
            explanation(
                self.tr(
                    "Passphrases stay the same (change the exposed ones too). Backups made "
                    "before still open with the old key and old passphrases: make a new backup "
                    "and destroy the old ones. It takes a few seconds to a minute; keep Ponte "
                    "open until it is done."
                )
            )
        )
        box.addLayout(row)
        box.addWidget(self.confirm)
        box.addWidget(self.status)
        box.addStretch(1)
        self.button.clicked.connect(self._on_button_clicked)

    def _on_button_clicked(self) -> None:
        self.confirm.ask(
            self.tr("Re-encrypt the whole vault with a new key now?"), self.tr("Change the key")
        )

    def _on_confirm_confirmed(self) -> None:
        self.button.setEnabled(False)
        self.bar.setRange(0, 0)  # busy: SQLCipher reports no progress while rekeying
        self.status.busy(self.tr("Re-encrypting the vault…"))
        self.tasks.run(self.admin.rekey, self._done, self._failed)

    def _done(self, _: object) -> None:
        self.button.setEnabled(True)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.ok(
            self.tr(
                "Done: the vault has a new key and every key slot was re-sealed. Make a new backup now."
            )
        )

    def _failed(self, exc: PonteError) -> None:
        self.button.setEnabled(True)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status.error(exc)
