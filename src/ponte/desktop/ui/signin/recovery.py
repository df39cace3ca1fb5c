""" "I forgot my passphrase": the recovery key, or the custodians' shares typed in turn, then a
new passphrase for her account.

Two pages. The first takes her account and the secret: the recovery key (its check group
catches a mistyped group at once) or the shares, one after another, each checked as it is
added (SLIP-39's checksums say which share is wrong; an unknown word is selected in the
text). The second takes the new passphrase twice. The slow part (opening the vault with
the secret, resetting her slot, signing her in) runs on the vault thread, through the
composition root, which listens to ``submitted``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ponte.app.session import SharesInTurn, check_recovery_key
from ponte.core.errors import PonteError, RecoveryError, ShareWordUnknown, UnknownAccount
from ponte.desktop.access.announce import announce
from ponte.desktop.i18n import error_text
from ponte.desktop.ui.admin.widgets import StrengthHint
from ponte.desktop.ui.signin.views import centered, error_label, form_title


class ForgotView(QWidget):
    #: account, new passphrase, and the recovery key (str) or the shares (SharesInTurn)
    submitted = Signal(str, str, object)
    cancelled = Signal()

    def __init__(self, user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shares = SharesInTurn()
        self.pages = QStackedWidget()
        self.secret_page = self._secret_page(user)
        self.new_page = self._new_page()
        self.pages.addWidget(self.secret_page)
        self.pages.addWidget(self.new_page)
        self.error = error_label()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Opening the vault"))
        self.busy.hide()
        box = centered(self)
        box.addStretch(1)
        box.addWidget(form_title(self.tr("Ponte — I forgot my passphrase")))
        box.addWidget(self.pages)
        box.addWidget(self.error)
        box.addWidget(self.busy)
        box.addStretch(2)
        self._on_way_changed()

    # ------------------------------------------------------------ page 1: the secret
    def _secret_page(self, user: str) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "With the recovery key written down when the vault was made, or with the shares "
                "of enough custodians, you can choose a new passphrase for your account."
            )
        )
        intro.setWordWrap(True)
        self.user = QLineEdit(user)
        self.user.setAccessibleName(self.tr("Account"))
        self.key_choice = QRadioButton(self.tr("I have the &recovery key"))
        self.shares_choice = QRadioButton(self.tr("The &custodians bring their shares"))
        self.key_choice.setChecked(True)
        ways = QButtonGroup(page)
        ways.addButton(self.key_choice)
        ways.addButton(self.shares_choice)
        self.key = QLineEdit()
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText("ABCD-EFGH-…")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        self.key.setFont(mono)
        self.key_label = QLabel(self.tr("Recovery &key"))
        self.key_label.setBuddy(self.key)
        self.progress = QLabel()
        self.share = QPlainTextEdit()
        self.share.setAccessibleName(self.tr("Share words"))
        self.share.setTabChangesFocus(True)
        self.share.setFixedHeight(self.share.fontMetrics().lineSpacing() * 4 + 12)
        self.add_share = QPushButton(self.tr("&Add this share"))
        self.back = QPushButton(self.tr("Back to sign-in"))
        self.next = QPushButton(self.tr("Continue"))
        self.next.setDefault(True)
        account = QFormLayout()
        account.addRow(self.tr("Account"), self.user)
        key = QFormLayout()
        key.addRow(self.key_label, self.key)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(intro)
        box.addLayout(account)
        box.addWidget(self.key_choice, alignment=Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.shares_choice, alignment=Qt.AlignmentFlag.AlignLeft)
        box.addLayout(key)
        box.addWidget(self.progress)
        box.addWidget(self.share)
        box.addWidget(self.add_share, alignment=Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.next)
        box.addLayout(row)
        box.addStretch(1)
        self.key_choice.toggled.connect(self._on_way_changed)
        self.key.textChanged.connect(self._on_way_changed)
        self.key.returnPressed.connect(self._on_next_clicked)
        self.add_share.clicked.connect(self._on_add_share_clicked)
        self.back.clicked.connect(self.cancelled.emit)
        self.next.clicked.connect(self._on_next_clicked)
        return page

    def _on_way_changed(self, *_: object) -> None:
        by_key = self.key_choice.isChecked()
        for shown_by_key in (self.key_label, self.key):
            shown_by_key.setVisible(by_key)
        for shown_by_shares in (self.progress, self.share, self.add_share):
            shown_by_shares.setVisible(not by_key)
        self.error.hide()
        self._show_progress()
        self.next.setEnabled(bool(self.key.text().strip()) if by_key else self.shares.complete)

    def _show_progress(self) -> None:
        needed = self.shares.needed
        if needed is None:
            text = self.tr("Share 1: the first custodian types her share's words.")
        elif self.shares.complete:
            text = self.tr("Shares entered: %1 of %2, enough. Continue.")
        else:
            text = self.tr("Shares entered: %1 of %2. Share %3: the next custodian types hers.")
        entered = self.shares.entered
        text = text.replace("%1", str(entered)).replace("%2", str(needed))
        self.progress.setText(text.replace("%3", str(entered + 1)))

    def _on_add_share_clicked(self) -> None:
        number = self.shares.entered + 1
        try:
            self.shares.add(self.share.toPlainText())
        except RecoveryError as exc:
            self._say(
                self.tr("Share %1: %2").replace("%1", str(number)).replace("%2", error_text(exc))
            )
            if isinstance(exc, ShareWordUnknown):
                self._select_word(exc.position)
            self.share.setFocus()
            return
        self.share.clear()
        self._on_way_changed()
        (self.next if self.shares.complete else self.share).setFocus()

    def _select_word(self, position: int) -> None:
        """Point at the word that is not in the list: selected in her own text."""
        text = self.share.toPlainText()
        start = end = 0
        for _ in range(position):
            start = end
            while start < len(text) and text[start].isspace():
                start += 1
            end = start
            while end < len(text) and not text[end].isspace():
                end += 1
        cursor = self.share.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.share.setTextCursor(cursor)

    def _on_next_clicked(self) -> None:
        if not self.user.text().strip():
            self._say(self.tr("Enter the name of your account."))
            return
        if self.key_choice.isChecked():
            try:
                check_recovery_key(self.key.text())
            except RecoveryError as exc:
                self._say(error_text(exc))
                self.key.setFocus()
                return
        elif not self.shares.complete:
            return
        self.error.hide()
        self.pages.setCurrentWidget(self.new_page)
        self.new.setFocus()

    # ------------------------------------------------------------ page 2: new passphrase
    def _new_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr("Choose the new passphrase of your account; type it twice."))
        intro.setWordWrap(True)
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for field, name in (
            (self.new, self.tr("New passphrase")),
            (self.repeat, self.tr("Repeat it")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        self.strength = StrengthHint(self.new)
        self.previous = QPushButton(self.tr("Back"))
        self.finish = QPushButton(self.tr("Set the passphrase and sign in"))
        form = QFormLayout()
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow("", self.strength)
        form.addRow(self.tr("Repeat it"), self.repeat)
        row = QHBoxLayout()
        row.addWidget(self.previous)
        row.addStretch(1)
        row.addWidget(self.finish)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(intro)
        box.addLayout(form)
        box.addLayout(row)
        box.addStretch(1)
        self.previous.clicked.connect(self._on_previous_clicked)
        self.finish.clicked.connect(self._on_finish_clicked)
        self.repeat.returnPressed.connect(self._on_finish_clicked)
        return page

    def _on_previous_clicked(self) -> None:
        self.error.hide()
        self.pages.setCurrentWidget(self.secret_page)

    def _on_finish_clicked(self) -> None:
        if self.new.text() != self.repeat.text():
            self._say(self.tr("The two passphrases differ."))
            return
        secret: str | SharesInTurn = self.key.text() if self.key_choice.isChecked() else self.shares
        self.error.hide()
        self._set_busy(True)
        self.submitted.emit(self.user.text().strip(), self.new.text(), secret)

    # ------------------------------------------------------------ outcome
    def failed(self, exc: PonteError) -> None:
        """The vault said no: back to where she can fix it, with one sentence."""
        self._set_busy(False)
        self.new.clear()
        self.repeat.clear()
        if isinstance(exc, (RecoveryError, UnknownAccount)):
            self.pages.setCurrentWidget(self.secret_page)
        self._say(error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.pages.setEnabled(not busy)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        announce(self.error, text, urgent=True)  # read out where her focus stays (4.1.3)

    def clear(self) -> None:
        """Nothing of the secret stays in a widget."""
        for field in (self.key, self.new, self.repeat):
            field.clear()
        self.share.clear()
        self.shares = SharesInTurn()
