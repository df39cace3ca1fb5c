"""The open case file is read again (and its read audited) only when she can see it and
something arrived for it — not at every sync round while another section is on screen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ponte.desktop.app import Controller
from ponte.desktop.main_window import MainWindow
from ponte.storage import audit
from tests.desktop.tour import on_vault, open_first_case, start_demo


def test_sync_rounds_do_not_reread_a_case_file_she_is_not_looking_at(
    qtbot: QtBot, app: tuple[MainWindow, Controller]
) -> None:
    window, controller = app
    start_demo(qtbot, window)
    open_first_case(qtbot, window)
    casefile = window.casefile
    case_id = casefile.case_id
    assert controller.session is not None
    vault = controller.session.vault

    def reads() -> int:
        entries = on_vault(controller, lambda: audit.entries(vault.db, limit=5000))
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
