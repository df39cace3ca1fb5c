"""The demo as a newcomer tries it: an operatrice to sign in as, the workstation she chose
kept across locks, "work offline" that really sends nothing (and is remembered), and a
network that can be shown absent without stopping a thread by hand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ponte.core.enums import ServiceType
from ponte.desktop.app import Controller
from ponte.desktop.main_window import MainWindow
from ponte.storage.outbox import VaultOutbox
from tests.desktop.tour import on_vault, start_demo
from tests.e2e.conftest import new_case_with_consent

LEFT = Qt.MouseButton.LeftButton


def _demo(qtbot: QtBot, window: MainWindow) -> None:
    start_demo(qtbot, window)
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Online"), timeout=20_000)


def _sign_in(qtbot: QtBot, window: MainWindow, user: str, place: str | None = None) -> None:
    sign_in = window.sign_in
    qtbot.waitUntil(lambda: window.stack.currentWidget() is sign_in, timeout=10_000)
    if place is not None:
        sign_in.place.setCurrentIndex(sign_in.place.findText(place, Qt.MatchFlag.MatchContains))
    sign_in.user.clear()
    qtbot.keyClicks(sign_in.user, user)
    qtbot.keyClicks(sign_in.passphrase, "demo demo demo")
    qtbot.mouseClick(sign_in.button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=20_000)


def test_an_operatrice_signs_in_and_the_workstation_stays_chosen(
    qtbot: QtBot, app: tuple[MainWindow, Controller]
) -> None:
    window, _controller = app
    _demo(qtbot, window)
    window.lock_action.trigger()
    hint = window.sign_in.hint.text()
    assert "operatrice" in hint, hint
    _sign_in(qtbot, window, "operatrice", "CAV Demo")
    qtbot.waitUntil(lambda: window.model.total > 0, timeout=10_000)
    assert 0 < window.model.total < 1000, "she sees the cases assigned to her, not all"

    window.lock_action.trigger()
    _sign_in(qtbot, window, "demo", "CPI")
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sign_in)
    assert "CPI" in window.sign_in.place.currentText(), "the Postazione she chose stays chosen"


def test_working_offline_sends_nothing_and_is_remembered(
    qtbot: QtBot, app: tuple[MainWindow, Controller]
) -> None:
    window, controller = app
    _demo(qtbot, window)
    assert window.offline_action.isVisible()
    window.offline_action.trigger()
    qtbot.waitUntil(lambda: "offline" in window.sync_label.text().lower(), timeout=10_000)
    assert not window.sync_action.isEnabled()
    session = controller.session
    assert session is not None
    ws, vault, desk = session.ws, session.vault, session.desk

    def compose() -> str:
        cpi = next(m for m in desk.partners() if m.service_type == ServiceType.CPI)
        case_id = new_case_with_consent(ws, cpi.id, alias="Offline Demo")
        fields = {"age_band": "35_44", "education": "diploma", "skills": "cassa"}
        return ws.send_referral(
            case_id, cpi.id, ServiceType.CPI, fields, purpose="lavoro"
        ).packet_id

    packet_id = on_vault(controller, compose)
    controller.sync_now()  # what a "send now" after composing asks: still nothing leaves
    qtbot.wait(1500)

    def state() -> tuple[str, int]:
        row = next(r for r in VaultOutbox(vault.db).rows() if r.packet_id == packet_id)
        return row.state, row.attempts

    assert on_vault(controller, state) == ("queued", 0), "not even an attempt"

    window.lock_action.trigger()
    _sign_in(qtbot, window, "demo", "CAV Demo")
    assert window.offline_action.isChecked(), "her choice is kept across a lock"
    qtbot.wait(1000)
    assert controller.session is not None
    vault = controller.session.vault
    assert on_vault(controller, state) == ("queued", 0)

    window.offline_action.trigger()  # back on the network: it leaves at once
    qtbot.waitUntil(lambda: on_vault(controller, state)[0] != "queued", timeout=20_000)


def test_the_demo_can_show_the_network_absent(
    qtbot: QtBot, app: tuple[MainWindow, Controller]
) -> None:
    window, _controller = app
    _demo(qtbot, window)
    assert window.no_network_action.isVisible()
    window.no_network_action.trigger()
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Offline"), timeout=20_000)
    qtbot.waitUntil(lambda: "cannot be reached" in window.sync_problem.text(), timeout=20_000)
    assert window.sync_problem.isVisible()
    window.no_network_action.trigger()
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Online"), timeout=20_000)
