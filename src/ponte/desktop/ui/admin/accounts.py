"""Accounts and roles: list, add (role and first passphrase), remove, reset a passphrase.

For the amministratrice only (the vault refuses the others too). Every change is audited by
``storage/vault.py`` with the account id, never the name.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponte.app.administration import Account, Administration, Role
from ponte.core.errors import PonteError
from ponte.desktop.access.reflow import SideBySide, letters_wide
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.admin.tables import RowsModel, selected_row, table
from ponte.desktop.ui.admin.widgets import (
    ConfirmBar,
    OwnedTasks,
    StatusLine,
    StrengthHint,
    at_right,
    buddy,
    explanation,
    title,
)


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class AccountsSection(QWidget):
    accounts_changed = Signal()

    def __init__(
        self, tasks: TaskRunner, admin: Administration, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = OwnedTasks(tasks, self)
        self.admin = admin
        self.accounts: list[Account] = []
        self.model = RowsModel([self.tr("Username"), self.tr("Name"), self.tr("Role")], self)
        self.table = table(self.model, self.tr("Accounts"))
        self.remove_button = QPushButton(self.tr("&Remove account…"))
        self.status = StatusLine()
        self.confirm = ConfirmBar()
        self.confirm.confirmed.connect(self._on_confirm_confirmed)

        # add
        self.new_user = QLineEdit()
        self.new_name = QLineEdit()
        self.new_role = letters_wide(QComboBox())
        for role in Role:
            self.new_role.addItem(self.role_name(role), role.value)
        self.new_pass = _password_field()
        self.new_repeat = _password_field()
        self.add_button = QPushButton(self.tr("&Add account"))
        add_form = QFormLayout()
        add_form.addRow(buddy(self.tr("&Username"), self.new_user), self.new_user)
        add_form.addRow(buddy(self.tr("Full &name"), self.new_name), self.new_name)
        add_form.addRow(buddy(self.tr("R&ole"), self.new_role), self.new_role)
        add_form.addRow(buddy(self.tr("First &passphrase"), self.new_pass), self.new_pass)
        add_form.addRow("", StrengthHint(self.new_pass))
        add_form.addRow(buddy(self.tr("Repeat it"), self.new_repeat), self.new_repeat)
        add_form.addRow(at_right(self.add_button))
        add_box = QGroupBox(self.tr("Add an account"))
        add_box.setLayout(add_form)

        # reset
        self.reset_pass = _password_field()
        self.reset_repeat = _password_field()
        self.reset_button = QPushButton(self.tr("Set the new passphrase"))
        reset_form = QFormLayout()
        reset_form.addRow(
            explanation(
                self.tr(
                    "For a colleague who forgot hers: choose the account in the list, set a "
                    "new passphrase and give it to her in person."
                )
            )
        )
        reset_form.addRow(buddy(self.tr("New passphrase"), self.reset_pass), self.reset_pass)
        reset_form.addRow("", StrengthHint(self.reset_pass))
        reset_form.addRow(
            buddy(self.tr("Repeat the new passphrase"), self.reset_repeat), self.reset_repeat
        )
        reset_form.addRow(at_right(self.reset_button))
        reset_box = QGroupBox(self.tr("Reset a passphrase"))
        reset_box.setLayout(reset_form)

        forms = SideBySide(add_box, reset_box)  # one above the other when narrow
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.addWidget(title(self.tr("Accounts and roles")))
        box.addWidget(
            explanation(
                self.tr(
                    "Each person has her own account and passphrase. Operatrici see their own "
                    "cases; coordinatrici see every case; amministratrici also manage accounts, "
                    "backups and keys."
                )
            )
        )
        box.addWidget(self.table, 1)
        box.addLayout(row)
        box.addWidget(self.confirm)
        box.addWidget(forms)
        box.addWidget(self.status)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._on_selection_changed()
        self.refresh()

    def role_name(self, role: Role) -> str:
        return {
            Role.OPERATRICE: self.tr("Operatrice (case worker)"),
            Role.COORDINATRICE: self.tr("Coordinatrice (coordinator)"),
            Role.AMMINISTRATRICE: self.tr("Amministratrice (administrator)"),
        }[role]

    # ------------------------------------------------------------ list
    def refresh(self) -> None:
        self.tasks.run(self.admin.accounts, self._show_accounts, self.status.error)

    def _show_accounts(self, accounts: list[Account]) -> None:
        self.accounts = accounts
        self.model.set_rows(
            [[a.username, a.display_name, self.role_name(a.role)] for a in accounts],
            [a.id for a in accounts],
        )
        self._on_selection_changed()

    def _selected(self) -> Account | None:
        row = selected_row(self.table)
        return self.accounts[row] if row is not None else None

    def select(self, username: str) -> None:
        for i, a in enumerate(self.accounts):
            if a.username == username:
                self.table.selectRow(i)

    def _on_selection_changed(self, *_: object) -> None:
        chosen = self._selected()
        self.remove_button.setEnabled(chosen is not None and chosen.id != self.admin.account.id)
        self.reset_button.setEnabled(chosen is not None)

    # ------------------------------------------------------------ add
    def _on_add_button_clicked(self) -> None:
        if self.new_pass.text() != self.new_repeat.text():
            self.status.error(self.tr("The two passphrases differ."))
            return
        user, name = self.new_user.text().strip(), self.new_name.text().strip()
        role, secret = Role(self.new_role.currentData()), self.new_pass.text()
        admin = self.admin
        self.add_button.setEnabled(False)
        self.status.busy(self.tr("Adding the account…"))

        def done(account: Account) -> None:
            self.add_button.setEnabled(True)
            for field in (self.new_user, self.new_name, self.new_pass, self.new_repeat):
                field.clear()
            self.status.ok(
                self.tr("Account %1 added. She can sign in now.").replace("%1", account.username)
            )
            self.refresh()
            self.accounts_changed.emit()

        self.tasks.run(lambda: admin.add_account(user, name, role, secret), done, self._failed)

    def _failed(self, exc: PonteError) -> None:
        self.add_button.setEnabled(True)
        self._on_selection_changed()
        self.status.error(exc)

    # ------------------------------------------------------------ remove
    def _on_remove_button_clicked(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        self.confirm.ask(
            self.tr(
                "Remove the account %1? She will no longer be able to sign in: her key slot is "
                "deleted. The records she wrote stay."
            ).replace("%1", chosen.username),
            self.tr("Remove %1").replace("%1", chosen.username),
        )

    def _on_confirm_confirmed(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        admin, account_id, username = self.admin, chosen.id, chosen.username

        def done(_: object) -> None:
            self.status.ok(self.tr("Account %1 removed.").replace("%1", username))
            self.refresh()
            self.accounts_changed.emit()

        self.tasks.run(lambda: admin.remove_account(account_id), done, self._failed)

    # ------------------------------------------------------------ reset
    def _on_reset_button_clicked(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        if self.reset_pass.text() != self.reset_repeat.text():
            self.status.error(self.tr("The two passphrases differ."))
            return
        admin, account_id, secret, username = (
            self.admin,
            chosen.id,
            self.reset_pass.text(),
            chosen.username,
        )

        def done(_: object) -> None:
            self.reset_pass.clear()
            self.reset_repeat.clear()
            self.status.ok(
                self.tr("New passphrase set for %1. Her old one no longer works.").replace(
                    "%1", username
                )
            )

        self.tasks.run(lambda: admin.reset_passphrase(account_id, secret), done, self._failed)
