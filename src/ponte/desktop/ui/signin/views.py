"""First run (create the centre's vault, or a demo) and sign-in, as calm small forms.

Each view only collects input and shows results; the work (Argon2, SQLCipher) runs on the
vault thread through callables the composition root passes in.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponte.core.errors import PonteError
from ponte.desktop.access.announce import announce
from ponte.desktop.access.fit import sized
from ponte.desktop.i18n import error_text
from ponte.desktop.ui.common import scrolled

Submit = Callable[[str, str, str], None]


def form_title(text: str) -> QLabel:
    """A form's heading, one and a half times the usual size."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    label.setFont(font)
    return label


FORM_WIDTH = 560


def centered(owner: QWidget) -> QVBoxLayout:
    """A column of at most FORM_WIDTH pixels, centred in ``owner``: calm, readable forms."""
    column = QWidget()
    # FORM_WIDTH at the usual text size; wider as the text grows (40 wide letters).
    column.setMaximumWidth(max(FORM_WIDTH, column.fontMetrics().horizontalAdvance("M") * 40))
    row = QWidget()
    centre = QHBoxLayout(row)
    centre.addStretch(1)
    centre.addWidget(column, 10)
    centre.addStretch(1)
    outer = QVBoxLayout(owner)  # at a large text size the form scrolls, never cut
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scrolled(row))
    return QVBoxLayout(column)


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #a11;")
    label.setAccessibleDescription(QCoreApplication.translate("SignInView", "Error"))
    label.hide()
    return label


class SignInView(QWidget):
    """Account and passphrase; used at start and after a lock."""

    submitted = Signal(str, str)
    forgot_requested = Signal(str)  # the account typed so far

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("Account"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.error = error_label()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.notice = QLabel()  # what the last action did (a restore), until she signs in
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #1b6e20;")
        self.notice.setAccessibleName(self.tr("What just happened"))
        self.notice.hide()
        self.button = QPushButton(self.tr("Sign in"))
        self.button.setDefault(True)
        self.forgot = QPushButton(self.tr("I forgot my passphrase"))
        self.forgot.setFlat(True)
        self.forgot.setStyleSheet("text-decoration: underline; color: #1a4f8b;")
        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)
        self.place = QComboBox()
        self.place.setAccessibleName(self.tr("Workstation"))
        form = QFormLayout()
        form.addRow(self.tr("Workstation"), self.place)
        form.addRow(self.tr("Account"), self.user)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self._form = form
        form.setRowVisible(0, False)
        box = centered(self)
        box.addStretch(1)
        box.addWidget(form_title(self.tr("Ponte — sign in")))
        box.addLayout(form)
        box.addWidget(self.notice)
        box.addWidget(self.hint)
        box.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot)
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        box.addLayout(buttons)
        box.addStretch(2)
        self.forgot.clicked.connect(self._on_forgot_clicked)
        self.button.clicked.connect(self._on_button_clicked)
        self.passphrase.returnPressed.connect(self._on_button_clicked)

    def set_places(self, places: list[tuple[str, str]]) -> None:
        """The demo has several workstations on one PC (the centre, a partner service, …);
        the one chosen last stays chosen when the list is set again (after a lock)."""
        chosen = self.place.currentData()
        self.place.clear()
        for text, key in places:
            self.place.addItem(text, key)
        self.place.setCurrentIndex(max(self.place.findData(chosen), 0) if chosen else 0)
        self._form.setRowVisible(0, len(places) > 1)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def chosen_place(self) -> str:
        return str(self.place.currentData() or "")

    def _on_button_clicked(self) -> None:
        self.error.hide()
        self.notice.hide()
        self.button.setEnabled(False)
        self.button.setText(self.tr("Opening…"))
        self.submitted.emit(self.user.text(), self.passphrase.text())

    def _on_forgot_clicked(self) -> None:
        self.forgot_requested.emit(self.user.text().strip())

    def failed(self, exc: PonteError) -> None:
        self.passphrase.clear()
        self.button.setEnabled(True)
        self.button.setText(self.tr("Sign in"))
        self.error.setText(error_text(exc))
        self.error.show()
        self.passphrase.setFocus()
        announce(self.error, self.error.text(), urgent=True)

    def reset(self) -> None:
        self.passphrase.clear()
        self.error.hide()
        self.button.setEnabled(True)
        self.button.setText(self.tr("Sign in"))


class FirstRunView(QWidget):
    """No vault yet: create the centre's vault, or try Ponte with synthetic data."""

    create_requested = Signal(str, str, str)  # username, display name, passphrase
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = QLineEdit()
        self.name = QLineEdit()
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        for w, text in (
            (self.user, self.tr("Username")),
            (self.name, self.tr("Full name")),
            (self.passphrase, self.tr("Passphrase")),
            (self.repeat, self.tr("Repeat the passphrase")),
        ):
            w.setAccessibleName(text)
        for w in (self.passphrase, self.repeat):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.user)
        form.addRow(self.tr("Full name"), self.name)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat the passphrase"), self.repeat)
        self.error = error_label()
        self.create_button = QPushButton(self.tr("Create the vault"))
        self.demo_button = QPushButton(self.tr("Try the demo (synthetic data)"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: key derivation and, for the demo, 1,000 cases
        self.progress.setFormat(self.tr("Preparing…"))
        self.progress.setAccessibleName(self.tr("Preparing the vault"))
        self.progress.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        intro = QLabel(
            self.tr(
                "Welcome. Ponte keeps the centre's case records encrypted on this computer. "
                "Create the vault and its first administrator account, or try the demo."
            )
        )
        intro.setWordWrap(True)
        box = centered(self)
        box.addStretch(1)
        box.addWidget(form_title(self.tr("Ponte — first start")))
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(self.progress)
        box.addLayout(buttons)
        box.addStretch(2)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.demo_button.clicked.connect(self._on_demo_clicked)

    def _on_create_clicked(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.show_error(self.tr("The two passphrases differ."))
            return
        if not self.user.text().strip() or not self.name.text().strip():
            self.show_error(self.tr("Username and full name are required."))
            return
        self._busy(True)
        self.create_requested.emit(
            self.user.text().strip(), self.name.text().strip(), self.passphrase.text()
        )

    def _on_demo_clicked(self) -> None:
        self._busy(True)
        self.demo_requested.emit()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.create_button.setEnabled(not busy)
        self.demo_button.setEnabled(not busy)
        self.error.hide()

    def show_error(self, text: str) -> None:
        self._busy(False)
        self.error.setText(text)
        self.error.show()
        announce(self.error, text, urgent=True)


class RecoveryKeyView(QWidget):
    """Shows the recovery key once; continuing needs the tick and one group typed back
    (a person who only ticked the box has not written it down)."""

    accepted = Signal()

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        groups = recovery_key.split("-")
        half = (len(groups) + 1) // 2  # two lines: it must fit, whole, in the box
        key = QLabel("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sized(key, 1.6, mono=True)  # grows with her text size
        key.setStyleSheet("padding: 12px; border: 1px solid #888;")
        key.setAccessibleDescription(self.tr("Recovery key"))
        text = QLabel(
            self.tr(
                "This is the recovery key. Write it on paper now and keep it locked away: "
                "it opens the vault if every passphrase is lost. It will not be shown again."
            )
        )
        text.setWordWrap(True)
        self.check = QCheckBox(self.tr("I have written the recovery key down"))
        self.group_index = secrets.randbelow(len(groups))
        self._group = groups[self.group_index].upper()
        self.retype = QLineEdit()
        self.retype.setMaxLength(len(self._group) + 2)
        self.retype.setEnabled(False)
        retype_label = QLabel(
            self.tr("From your paper copy, type group number %1:").replace(
                "%1", str(self.group_index + 1)
            )
        )
        retype_label.setBuddy(self.retype)
        self.retype.setAccessibleName(retype_label.text())
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.check.toggled.connect(self._update)
        self.retype.textChanged.connect(self._update)
        self.continue_button.clicked.connect(self.accepted.emit)
        box = centered(self)
        box.addStretch(1)
        box.addWidget(form_title(self.tr("Recovery key")))
        box.addWidget(text)
        box.addWidget(key)
        box.addWidget(self.check)
        row = QHBoxLayout()
        row.addWidget(retype_label)
        row.addWidget(self.retype)
        box.addLayout(row)
        box.addWidget(self.continue_button, alignment=Qt.AlignmentFlag.AlignRight)
        box.addStretch(2)

    def _update(self, *_args: object) -> None:
        self.retype.setEnabled(self.check.isChecked())
        typed = self.retype.text().strip().upper().replace(" ", "")
        self.continue_button.setEnabled(self.check.isChecked() and typed == self._group)

    @property
    def expected_group(self) -> str:
        """For tests and screenshots: what a person reads from her paper copy."""
        return self._group


class ProvisioningView(QWidget):
    """Join the network: import the provisioning file the hub administrator handed over."""

    file_chosen = Signal(str)
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = QLabel(
            self.tr(
                "To send referrals, this workstation joins the metropolitan network. The hub "
                "administrator gives each centre a provisioning file (on a USB stick or in "
                "person). Import it now, or later from the toolbar."
            )
        )
        text.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self.error = error_label()
        self.choose = QPushButton(self.tr("Import the provisioning file…"))
        self.later = QPushButton(self.tr("Later"))
        self.done = QPushButton(self.tr("Continue"))
        self.done.hide()
        self.choose.clicked.connect(self._choose)
        self.later.clicked.connect(self.skipped.emit)
        self.done.clicked.connect(self.skipped.emit)
        row = QHBoxLayout()
        row.addWidget(self.later)
        row.addStretch(1)
        row.addWidget(self.choose)
        row.addWidget(self.done)
        box = centered(self)
        box.addStretch(1)
        box.addWidget(form_title(self.tr("Join the network")))
        box.addWidget(text)
        box.addWidget(self.result)
        box.addWidget(self.error)
        box.addLayout(row)
        box.addStretch(2)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Provisioning file"),
            "",
            self.tr("Provisioning files (*.provisioning *.json);;All files (*)"),
        )
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        self.error.hide()
        self.choose.setEnabled(False)
        self.file_chosen.emit(path)

    def failed(self, text: str) -> None:
        self.choose.setEnabled(True)
        self.error.setText(text)
        self.error.show()

    def joined(self, name: str, fingerprint: str) -> None:
        self.result.setText(
            self.tr("Joined as %1. Check the hub's fingerprint with the administrator by phone: %2")
            .replace("%1", name)
            .replace("%2", fingerprint)
        )
        self.result.show()
        self.choose.hide()
        self.later.hide()
        self.done.show()
        self.done.setFocus()
