"""The keyboard shortcuts, listed in one place and shown by F1 ("Keyboard shortcuts")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcuts() -> list[tuple[str, str]]:
    """(keys, what they do), in the words of the running language."""
    native = QKeySequence.SequenceFormat.NativeText

    def keys(text: str) -> str:
        return QKeySequence(text).toString(native)

    return [
        (keys("F1"), QCoreApplication.translate("Shortcuts", "This list of shortcuts")),
        (keys("Ctrl+L"), QCoreApplication.translate("Shortcuts", "Lock Ponte now")),
        (keys("F5"), QCoreApplication.translate("Shortcuts", "Send and receive now")),
        (
            keys("Ctrl+J"),
            QCoreApplication.translate("Shortcuts", "Join the network (before it is joined)"),
        ),
        (keys("Ctrl+N"), QCoreApplication.translate("Shortcuts", "New case (in the case list)")),
        (
            keys("Ctrl+1") + " … " + keys("Ctrl+4"),
            QCoreApplication.translate(
                "Shortcuts", "Sort the case list by its first … fourth column; again to reverse"
            ),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Enter"),
            QCoreApplication.translate(
                "Shortcuts", "Open the selected case; press the default button of a window"
            ),
        ),
        (
            keys("Ctrl+S"),
            QCoreApplication.translate("Shortcuts", "Save the changes to the case file"),
        ),
        (
            keys("Alt+Left"),
            QCoreApplication.translate("Shortcuts", "Back from the case file to all cases"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Tab, Shift+Tab"),
            QCoreApplication.translate("Shortcuts", "Next, previous field or button"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Left, Right arrows"),
            QCoreApplication.translate(
                "Shortcuts", "Next, previous tab (when the tabs have the focus)"
            ),
        ),
        (
            keys("Ctrl+Tab"),
            QCoreApplication.translate(
                "Shortcuts", "Next tab of the case file, from any field in it"
            ),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Up, Down arrows"),
            QCoreApplication.translate(
                "Shortcuts", "Move in a list or a table; choose in a drop-down list"
            ),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Space"),
            QCoreApplication.translate(
                "Shortcuts", "Press the button or tick the box that has the focus"
            ),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Esc"),
            QCoreApplication.translate("Shortcuts", "Close a window without doing anything"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Alt + underlined letter"),
            QCoreApplication.translate("Shortcuts", "Go to that field or press that button"),
        ),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcuts()
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        for r, (keys, what) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        note = QLabel(
            self.tr(
                "Everything in Ponte can be done with the keyboard. The user guide describes "
                "each screen; the accessibility statement says what is tested."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(note)
        box.addWidget(self.table)
        box.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 48, 480)
