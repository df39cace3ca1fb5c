"""Driving the whole app like a person: start the demo, open a case from the list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ponte.desktop.app import Controller
from ponte.desktop.main_window import MainWindow

T = TypeVar("T")


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


def on_vault(controller: Controller, fn: Callable[..., T], *args: Any) -> T:
    """The test looks into the vault on its thread (the app's GUI thread may not wait on it:
    ``VaultWorker.call`` refuses it, so the test waits on the future itself)."""
    return controller.worker.submit(fn, *args).result()
