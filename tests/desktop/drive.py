"""Driving the whole app like a person: start the demo, open a case from the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ponte.desktop.main_window import MainWindow


def start_demo(qtbot: QtBot, window: MainWindow) -> None:
    """First start → "Try the demo": wait for the 1,000 synthetic cases."""
    qtbot.mouseClick(window.first_run.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.showing_cases, timeout=120_000)
    qtbot.waitUntil(lambda: window.model.total == 1000, timeout=20_000)


def open_first_case(qtbot: QtBot, window: MainWindow) -> None:
    """Select the first case of the list and press Enter; wait for its file."""
    table = window.cases.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.casefile.bundle is not None, timeout=10_000)
