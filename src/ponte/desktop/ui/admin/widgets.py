"""Small pieces shared by the administration and privacy screens.

Tasks owned by a widget, form helpers, an inline confirmation bar (typed word for what
cannot be undone), a file field, a status line, progress reported from the vault thread,
and the passphrase strength hint. Tables are in ``tables.py``. Nothing here touches the
vault.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponte.app.administration import MIN_PASSPHRASE
from ponte.core.errors import PonteError, UserCancelled
from ponte.desktop.access.announce import announce
from ponte.desktop.access.fit import sized
from ponte.desktop.i18n import error_text
from ponte.desktop.tasks import TaskRunner


class OwnedTasks:
    """A TaskRunner seen from one widget: results that arrive after the widget was
    destroyed (the app locked, the screen closed) are dropped instead of touching it."""

    def __init__(self, tasks: TaskRunner, owner: QObject) -> None:
        self.runner = tasks
        self.owner = owner

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[PonteError], None],
    ) -> None:
        self.runner.run(fn, on_done, on_error, owner=self.owner)


def title(text: str) -> QLabel:
    return sized(QLabel(text), 1.3, bold=True)


def explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def buddy(text: str, field: QWidget) -> QLabel:
    """A form label with a mnemonic that focuses ``field``; the field gets the same name."""
    label = QLabel(text)
    label.setBuddy(field)
    field.setAccessibleName(text.replace("&", ""))
    return label


def at_right(*buttons: QWidget) -> QHBoxLayout:
    """Buttons at their natural size, aligned to the right of a form."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


class StatusLine(QLabel):
    """One sentence under a form: what happened, in green, or what went wrong, in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = ""  # "ok", "error" or "busy" once something was shown
        self.hide()

    def ok(self, text: str) -> None:
        self.state = "ok"
        self.setStyleSheet("color: #1b6e20;")
        self.setText(text)
        self.show()
        announce(self, text)

    def error(self, exc: PonteError | str) -> None:
        self.state = "error"
        self.setStyleSheet("color: #a11; font-weight: bold;")
        self.setText(exc if isinstance(exc, str) else error_text(exc))
        self.show()
        announce(self, self.text(), urgent=True)

    def busy(self, text: str) -> None:
        self.state = "busy"
        self.setStyleSheet("")
        self.setText(text)
        self.show()


class ConfirmBar(QFrame):
    """An inline question before something that matters: a sentence, optionally a word to
    type, and two buttons. Not a modal dialog: keyboard-friendly and testable."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("ConfirmBar { background: #fff4e5; border: 1px solid #b35c00; }")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.word_label = QLabel()
        self.word = QLineEdit()
        self.word.setAccessibleName(self.tr("Confirmation"))
        self.word_label.setBuddy(self.word)
        self.yes = QPushButton()
        self.no = QPushButton(self.tr("Cancel"))
        self._expected = ""
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.no)
        buttons.addWidget(self.yes)
        box = QVBoxLayout(self)
        box.addWidget(self.message)
        box.addWidget(self.word_label)
        box.addWidget(self.word)
        box.addLayout(buttons)
        self.word.textChanged.connect(self._on_word_text_changed)
        self.yes.clicked.connect(self._on_yes_clicked)
        self.no.clicked.connect(self.hide)
        self.hide()

    def ask(self, message: str, action: str, *, typed: str = "") -> None:
        """Show the question; with ``typed``, the button waits until that is typed exactly."""
        self.message.setText(message)
        self.yes.setText(action)
        self._expected = typed
        self.word.clear()
        self.word_label.setVisible(bool(typed))
        self.word.setVisible(bool(typed))
        if typed:
            self.word_label.setText(self.tr("To confirm, type %1:").replace("%1", typed))
        self.yes.setEnabled(not typed)
        self.show()
        (self.word if typed else self.no).setFocus()

    def _on_word_text_changed(self, text: str) -> None:
        self.yes.setEnabled(text.strip() == self._expected)

    def _on_yes_clicked(self) -> None:
        self.hide()
        self.confirmed.emit()


class FileField(QWidget):
    """A path to type or choose; ``save`` asks where to write, otherwise what to open."""

    def __init__(
        self, name: str, file_filter: str, *, save: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.save = save
        self.file_filter = file_filter
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setAccessibleName(self.tr("Choose a file for: %1").replace("%1", name))
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.edit, 1)
        box.addWidget(self.choose)
        self.setFocusProxy(self.edit)
        self.choose.clicked.connect(self._on_choose_clicked)

    def path(self) -> str:
        return self.edit.text().strip()

    def _on_choose_clicked(self) -> None:
        pick = QFileDialog.getSaveFileName if self.save else QFileDialog.getOpenFileName
        chosen, _ = pick(self, self.edit.accessibleName(), self.path(), self.file_filter)
        if chosen:
            self.edit.setText(chosen)


class Progress(QObject):
    """Progress reported from the vault thread, delivered on the Qt main thread (a queued
    signal); ``cancel()`` makes the next report raise UserCancelled on the vault thread."""

    changed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def reset(self) -> None:
        self._cancel.clear()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise UserCancelled()
        self.changed.emit(done, total)


def strength(passphrase: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: length counts most, then variety."""
    if len(passphrase) < MIN_PASSPHRASE:
        return 0
    kinds = sum(
        any(test(c) for c in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    words = len(passphrase.split())
    score = 1
    if len(passphrase) >= 16 or (kinds >= 3 and len(passphrase) >= 12):
        score = 2
    if (
        len(passphrase) >= 24
        or (words >= 4 and len(passphrase) >= 20)
        or (kinds >= 4 and len(passphrase) >= 16)
    ):
        score = 3
    if len(set(passphrase)) <= 3:
        score = 1
    return score


class StrengthHint(QLabel):
    """Follows a passphrase field: too short / weak / fair / strong, with a colour."""

    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Passphrase strength"))
        field.textChanged.connect(self._on_field_text_changed)
        self._on_field_text_changed("")

    def _on_field_text_changed(self, text: str) -> None:
        score = strength(text)
        texts = (
            self.tr("Too short: at least %1 characters.").replace("%1", str(MIN_PASSPHRASE)),
            self.tr("Weak: a few ordinary words in a row are stronger."),
            self.tr("Fair."),
            self.tr("Strong."),
        )
        colours = ("#a11", "#8a4500", "#555", "#1b6e20")
        self.setText(texts[score] if text else "")
        self.setStyleSheet(f"color: {colours[score]};")
        self.score = score
