"""Small pieces shared by the administration and privacy screens.

A table model over one page of rows, a paged table, an inline confirmation bar (typed word
for what cannot be undone), a file field, a status line, progress reported from the vault
thread, and the passphrase strength hint. Nothing here touches the vault.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ponte.core.domain import Actor
from ponte.core.errors import PonteError, UserCancelled
from ponte.desktop.i18n import error_text
from ponte.desktop.tasks import TaskRunner
from ponte.storage.vault import Vault

Index = QModelIndex | QPersistentModelIndex


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
        owner = self.owner

        def done(result: Any) -> None:
            if shiboken6.isValid(owner):
                on_done(result)

        def failed(exc: PonteError) -> None:
            if shiboken6.isValid(owner):
                on_error(exc)

        self.runner.run(fn, done, failed)


def actor_of(vault: Vault) -> Actor:
    return Actor(vault.account.id, vault.account.role.value, vault.device_id)


def title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


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


class RowsModel(QAbstractTableModel):
    """One page of rows, already formatted; ``key(row)`` is the id behind a row."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[str]] = []
        self._keys: list[str] = []

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[str] | None = None) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._keys = list(keys) if keys is not None else ["" for _ in rows]
        self.endResetModel()

    def key(self, row: int) -> str:
        return self._keys[row]

    def row_values(self, row: int) -> list[str]:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            return self._rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


def table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


def at_right(*buttons: QWidget) -> QHBoxLayout:
    """Buttons at their natural size, aligned to the right of a form."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None


class Pager(QWidget):
    """« Previous | entries 1–100 of 1,234 | Next »; asks for an offset, shows a page."""

    page_requested = Signal(int)

    def __init__(self, page_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.offset = 0
        self.total = 0
        self.previous = QPushButton(self.tr("« Previous"))
        self.next = QPushButton(self.tr("Next »"))
        self.label = QLabel()
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.previous)
        box.addStretch(1)
        box.addWidget(self.label)
        box.addStretch(1)
        box.addWidget(self.next)
        self.previous.clicked.connect(self._on_previous_clicked)
        self.next.clicked.connect(self._on_next_clicked)
        self.show_page(0, 0, 0)

    def show_page(self, offset: int, shown: int, total: int) -> None:
        self.offset, self.total = offset, total
        if total == 0:
            self.label.setText(self.tr("Nothing to show"))
        else:
            self.label.setText(
                self.tr("%1–%2 of %3")
                .replace("%1", f"{offset + 1:,}")
                .replace("%2", f"{offset + shown:,}")
                .replace("%3", f"{total:,}")
            )
        self.previous.setEnabled(offset > 0)
        self.next.setEnabled(offset + shown < total)

    def _on_previous_clicked(self) -> None:
        self.page_requested.emit(max(0, self.offset - self.page_size))

    def _on_next_clicked(self) -> None:
        self.page_requested.emit(self.offset + self.page_size)


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

    def error(self, exc: PonteError | str) -> None:
        self.state = "error"
        self.setStyleSheet("color: #a11; font-weight: bold;")
        self.setText(exc if isinstance(exc, str) else error_text(exc))
        self.show()

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
    from ponte.storage.vault import MIN_PASSPHRASE

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
        from ponte.storage.vault import MIN_PASSPHRASE

        score = strength(text)
        texts = (
            self.tr("Too short: at least %1 characters.").replace("%1", str(MIN_PASSPHRASE)),
            self.tr("Weak: a few ordinary words in a row are stronger."),
            self.tr("Fair."),
            self.tr("Strong."),
        )
        colours = ("#a11", "#b35c00", "#555", "#1b6e20")
        self.setText(texts[score] if text else "")
        self.setStyleSheet(f"color: {colours[score]};")
        self.score = score
