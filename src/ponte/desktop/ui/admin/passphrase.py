"""My passphrase: change it, with the current one, a repeat and a strength hint."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ponte.app.administration import Administration
from ponte.core.errors import PonteError
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.admin.widgets import (
    OwnedTasks,
    StatusLine,
    StrengthHint,
    at_right,
    buddy,
    explanation,
    title,
)


class PassphraseSection(QWidget):
    def __init__(
        self, tasks: TaskRunner, admin: Administration, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = OwnedTasks(tasks, self)
        self.admin = admin
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.current, self.new, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = StrengthHint(self.new)
        self.button = QPushButton(self.tr("&Change my passphrase"))
        self.status = StatusLine()
        form = QFormLayout()
        form.addRow(buddy(self.tr("C&urrent passphrase"), self.current), self.current)
        form.addRow(buddy(self.tr("&New passphrase"), self.new), self.new)
        form.addRow("", self.hint)
        form.addRow(buddy(self.tr("&Repeat the new passphrase"), self.repeat), self.repeat)
        form.addRow(at_right(self.button))
        box = QVBoxLayout(self)
        box.addWidget(title(self.tr("My passphrase")))
        box.addWidget(
            explanation(
                self.tr(
                    "A passphrase of four or five ordinary words is easy to remember and hard to "
                    "guess. Only your own key slot changes; nobody else is affected."
                )
            )
        )
        box.addLayout(form)
        box.addWidget(self.status)
        box.addStretch(1)
        self.button.clicked.connect(self._on_button_clicked)
        self.repeat.returnPressed.connect(self._on_button_clicked)

    def _on_button_clicked(self) -> None:
        if self.new.text() != self.repeat.text():
            self.status.error(self.tr("The two new passphrases differ."))
            return
        admin, old, new = self.admin, self.current.text(), self.new.text()
        self.button.setEnabled(False)
        self.status.busy(self.tr("Changing the passphrase…"))
        self.tasks.run(lambda: admin.change_own_passphrase(old, new), self._done, self._failed)

    def _done(self, _: object) -> None:
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self.button.setEnabled(True)
        self.status.ok(self.tr("Your passphrase was changed. Use the new one from now on."))

    def _failed(self, exc: PonteError) -> None:
        self.current.clear()
        self.button.setEnabled(True)
        self.status.error(exc)
        self.current.setFocus()
