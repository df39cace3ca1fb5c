"""What a person does on the screens, for tests: clicks and keys, and waiting the way she
does — until the window has caught up — never by calling a widget's private methods."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.referral.composer import ComposerDialog

LEFT = Qt.MouseButton.LeftButton


def settle(qtbot: QtBot, runner: TaskRunner) -> None:
    """Wait until every task given to ``runner`` so far has run and been delivered.

    The vault thread runs tasks in order and their outcomes reach the GUI thread in order,
    so once a last, empty task has come back, every earlier outcome has been shown (or
    dropped). No sleeping, no guessing how long a refresh takes.
    """
    back: list[object] = []
    runner.run(lambda: None, back.append, back.append)
    qtbot.waitUntil(lambda: bool(back), timeout=10_000)


def remove_fields(qtbot: QtBot, dialog: ComposerDialog, *keys: str) -> None:
    """Click the "Remove" button of each field, as she leaves it out of the referral."""
    for key in keys:
        assert dialog.draft is not None
        row = [f.key for f in dialog.draft.fields].index(key)
        button = dialog.fields.cellWidget(row, 2)
        assert isinstance(button, QPushButton)
        qtbot.mouseClick(button, LEFT)
        assert key not in [f.key for f in dialog.draft.fields]


def button(widget: QWidget, text: str) -> QPushButton:
    (found,) = [b for b in widget.findChildren(QPushButton) if b.text() == text]
    return found


def when_a_dialog_opens(answer: Callable[[QDialog], None]) -> None:
    """The next modal dialog gets ``answer`` (she reads it and picks), once it is up."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, act)
            return
        answer(dialog)

    QTimer.singleShot(20, act)


def choose(text: str) -> Callable[[QDialog], None]:
    """For a list question (``QInputDialog.getItem``): pick ``text`` and press OK."""

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        assert text in dialog.comboBoxItems(), dialog.comboBoxItems()
        dialog.setTextValue(text)
        dialog.accept()

    return pick
