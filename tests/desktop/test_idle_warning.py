"""WCAG 2.2.1: the idle lock says it is coming and lets her stay, by keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponte.desktop.app import Controller
from ponte.desktop.main_window import MainWindow
from ponte.storage.worker import VaultWorker

PW = "a long enough passphrase"
#: A lock after 3 seconds: the warning comes half-way (1.5 s), so the test is short.
MINUTES = 0.05


@pytest.fixture
def signed_in(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    window = MainWindow()
    qtbot.addWidget(window)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(window.idle)  # as the app does: any key anywhere counts
    controller = Controller(window, tmp_path, VaultWorker())
    controller.start()
    window.show()
    fr = window.first_run
    for field, text in ((fr.user, "op"), (fr.name, "Op"), (fr.passphrase, PW), (fr.repeat, PW)):
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(fr.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.recovery is not None, timeout=15_000)
    rec = window.recovery
    assert rec is not None
    rec.check.setChecked(True)
    qtbot.keyClicks(rec.retype, rec.expected_group)
    qtbot.mouseClick(rec.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.provisioning is not None, timeout=5_000)
    assert window.provisioning is not None
    qtbot.mouseClick(window.provisioning.later, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.showing_cases, timeout=5_000)
    yield window
    app.removeEventFilter(window.idle)
    controller.shutdown()


def test_the_lock_is_announced_and_a_key_keeps_her_signed_in(
    qtbot: QtBot, signed_in: MainWindow
) -> None:
    window = signed_in
    window.idle.set_minutes(MINUTES)
    warning = window.idle_warning
    qtbot.waitUntil(warning.isVisible, timeout=5_000)
    assert window.stack.currentWidget() is window.workspace, "warned, not yet locked"
    assert "seconds" in warning.text.text()
    assert warning.focusWidget() is warning.stay, "the button that keeps her has the focus"
    # ... and the keyboard, once the window system has activated the warning (a moment later
    # on a loaded machine).
    qtbot.waitUntil(warning.stay.hasFocus, timeout=3_000)
    qtbot.keyClick(warning.stay, Qt.Key.Key_Return)
    assert not warning.isVisible()
    # The whole delay passes again from the key press: warned again, still signed in.
    qtbot.waitUntil(warning.isVisible, timeout=5_000)
    assert window.stack.currentWidget() is window.workspace
    # She does nothing: it locks, and the warning goes away with the case data.
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sign_in, timeout=5_000)
    assert not warning.isVisible()


def test_the_warning_comes_a_minute_before_a_ten_minute_lock(signed_in: MainWindow) -> None:
    idle = signed_in.idle
    idle.set_minutes(10)
    assert idle.lead_ms() == 60_000
    assert idle.warn_timer.isActive()
    assert idle.warn_timer.interval() == 540_000
