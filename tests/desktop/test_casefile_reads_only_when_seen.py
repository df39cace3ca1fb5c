"""The open case file is read again (and its read audited) only when she can see it and
something arrived for it — not at every sync round while another section is on screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ponte.desktop.app import Controller
from ponte.desktop.main_window import MainWindow
from ponte.storage import audit
from ponte.storage.worker import VaultWorker


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, Controller]]:
    window = MainWindow()
    qtbot.addWidget(window)
    controller = Controller(window, tmp_path, VaultWorker())
    controller.start()
    window.show()
    yield window, controller
    controller.shutdown()


def test_sync_rounds_do_not_reread_a_case_file_she_is_not_looking_at(
    qtbot: QtBot, app: tuple[MainWindow, Controller]
) -> None:
    window, controller = app
    qtbot.mouseClick(window.first_run.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.showing_cases, timeout=120_000)
    qtbot.waitUntil(lambda: window.model.total == 1000, timeout=20_000)
    table = window.cases.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    casefile = window.casefile
    qtbot.waitUntil(lambda: casefile.bundle is not None, timeout=10_000)
    case_id = casefile.case_id
    vault = controller.vault
    assert vault is not None

    def reads() -> int:
        entries = controller.worker.call(audit.entries, vault.db, limit=5000)
        return sum(1 for e in entries if e.action == "case.read" and e.entity_id == case_id)

    before = reads()
    window.workspace.show_section("mail")
    bridge = controller.bridge
    assert bridge is not None
    for _ in range(3):
        with qtbot.waitSignal(bridge.round_finished, timeout=20_000):
            window.sync_action.trigger()
        qtbot.wait(200)
    assert reads() == before, "no new read of a case file nobody is looking at"
