"""Issue 15.5 on the screen: the status bar says, round after round, that the network server
lists a key for this centre that this workstation did not create (the hostile operator of
tests/e2e/test_own_keys.py), in the operatrice's language, with the key's id to read out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponte.app.background import BackgroundSync
from ponte.desktop.i18n import install, uninstall
from ponte.desktop.main_window import MainWindow
from ponte.desktop.sync_bridge import SyncBridge
from ponte.storage.worker import VaultWorker
from tests.e2e.conftest import HubProc, workstation
from tests.e2e.test_own_keys import _operator_adds_a_key

ENGLISH = "The network server lists a key for this centre that this workstation did not create"
ITALIAN = (
    "Il server della rete elenca una chiave di questo centro che questa postazione non ha creato"
)


def test_the_status_bar_keeps_saying_a_key_was_listed_that_this_workstation_did_not_create(
    qtbot: QtBot, tmp_path: Path, hub: HubProc, worker: VaultWorker
) -> None:
    ws = worker.call(workstation, tmp_path, hub, "CAV Rho", "cav")
    rounds = worker.call(lambda: BackgroundSync(ws, worker.call))
    bridge = SyncBridge(rounds, interval=30)
    window = MainWindow()
    qtbot.addWidget(window)
    bridge.status_changed.connect(window.show_sync)
    with qtbot.waitSignal(bridge.round_finished, timeout=20_000):
        bridge.start()
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Online"), timeout=10_000)
    assert window.sync_problem.isHidden(), "its own keys: nothing to say"

    member = worker.call(lambda: ws.identity.member_id)
    planted = _operator_adds_a_key(hub, member, "signing")
    with qtbot.waitSignal(bridge.round_finished, timeout=20_000):
        bridge.sync_now()
    qtbot.waitUntil(lambda: ENGLISH in window.sync_problem.text(), timeout=10_000)
    assert planted in window.sync_problem.text()
    assert not window.sync_problem.isHidden()
    assert window.sync_label.text().startswith("Online"), "the rounds go on"

    for _ in range(2):  # it stays: the rounds succeed, the key is still not this one's
        with qtbot.waitSignal(bridge.round_finished, timeout=20_000):
            bridge.sync_now()
    assert ENGLISH in window.sync_problem.text()

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install(app, "it")  # as a centre runs it
    assert translators
    try:
        assert bridge.last is not None
        window.show_sync(bridge.last)
        assert ITALIAN in window.sync_problem.text()
        assert planted in window.sync_problem.text()
    finally:
        uninstall(app, translators)
    bridge.stop()
    worker.call(ws.vault.lock)
