"""The referral flow with the keyboard alone: no click, focus moved by Tab and arrows.

From the case list (after the demo's sign-in) to the case file, its Referrals tab, the
composer, her consent, the preview and "Send referral"; then the referral is in her case
file and the sync sends it (the packet leaves: the hub acknowledges it). Every focus stop on
the way is recorded, so the test also shows the order Tab follows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ponte.core.enums import ReferralStatus
from ponte.core.labels import label
from ponte.desktop.app import Controller
from ponte.desktop.main_window import MainWindow
from tests.desktop.tour import (
    start_demo,
)

K = Qt.Key


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus is somewhere"
    return widget


def key(qtbot: QtBot, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the focus is, as a keyboard would."""
    qtbot.keyClick(focused(), k, mod)


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 60) -> list[QWidget]:
    """Press Tab until ``target`` has the focus; the widgets passed on the way."""
    path = [focused()]
    for _ in range(limit):
        if focused() is target or target.isAncestorOf(focused()):
            return path
        key(qtbot, K.Key_Tab)
        path.append(focused())
    names = [f"{type(w).__name__}:{w.accessibleName() or getattr(w, 'text', str)()}" for w in path]
    raise AssertionError(f"Tab never reaches {target!r}; passed {names}")


def test_a_referral_from_the_case_list_to_send_by_keys_alone(
    qtbot: QtBot, app: tuple[MainWindow, Controller]
) -> None:
    window, _controller = app
    start_demo(qtbot, window)
    cases = window.cases
    assert window.day.tabs.isAncestorOf(focused()), "after sign-in the keyboard is in her day"

    # To the case list: Shift+Tab back to the sections, Down to "Cases", Tab into it.
    nav = window.workspace.nav
    for _ in range(12):
        if focused() is nav:
            break
        key(qtbot, K.Key_Backtab)
    assert focused() is nav, "Shift+Tab reaches the list of sections"
    for _ in range(len(window.workspace.sections())):
        if cases.isVisible():
            break
        key(qtbot, K.Key_Down)
    assert cases.isVisible(), "arrows in the sections open the case list"
    assert tab_to(qtbot, cases.search) == [nav, cases.search], "Tab goes to its search first"

    # Reading order of the case list: search, its filters, New case, then the list.
    path = tab_to(qtbot, cases.table)
    assert path == [cases.search, cases.status, cases.form, cases.new, cases.table]
    # Sorting, which a mouse does on a column title: Ctrl+1 sorts by code, again reverses.
    header = cases.table.horizontalHeader()
    key(qtbot, K.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: header.sortIndicatorSection() == 0, timeout=2_000)
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    first = window.model.index(0, 0)
    qtbot.waitUntil(lambda: window.model.data(first) == "DEMO-000001", timeout=5_000)
    key(qtbot, K.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.data(first) == "DEMO-001000", timeout=5_000)
    key(qtbot, K.Key_Down)
    key(qtbot, K.Key_Return)
    casefile = window.casefile
    qtbot.waitUntil(lambda: casefile.bundle is not None, timeout=10_000)

    # The case file opens with the keyboard on its tabs: arrows go to "Referrals".
    assert casefile.tabs.isAncestorOf(focused())
    for _ in range(casefile.tabs.count()):
        if casefile.tabs.currentWidget() is casefile.referrals:
            break
        key(qtbot, K.Key_Right)
    assert casefile.tabs.currentWidget() is casefile.referrals
    new_referral = next(
        b for b in casefile.referrals.findChildren(QPushButton) if b.text().startswith("New")
    )
    tab_to(qtbot, new_referral)
    before = casefile.referrals.list.rowCount()
    key(qtbot, K.Key_Space)
    qtbot.waitUntil(lambda: casefile.composer is not None, timeout=5_000)
    dialog = casefile.composer
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=10_000)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)

    # The partner service: the combo box takes letters and arrows.
    tab_to(qtbot, dialog.recipient)
    while "CPI" not in dialog.recipient.currentText():
        key(qtbot, K.Key_Down)
    qtbot.waitUntil(lambda: dialog.draft is not None and "skills" in dialog.editors, timeout=10_000)
    tab_to(qtbot, dialog.purpose)
    qtbot.keyClicks(focused(), "orientamento al lavoro")
    for editor in dialog.editors.values():  # the fields she fills for this service
        tab_to(qtbot, editor)
        if not editor.text():
            qtbot.keyClicks(focused(), "da concordare")
    if dialog.record.isVisible():
        tab_to(qtbot, dialog.record)
        key(qtbot, K.Key_Space)
    qtbot.waitUntil(dialog.to_preview.isEnabled, timeout=10_000)
    tab_to(qtbot, dialog.to_preview)
    key(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10_000)
    assert "orientamento al lavoro" in dialog.preview.text()
    assert focused() is dialog.send, "the preview puts the keyboard on Send"
    key(qtbot, K.Key_Space)

    qtbot.waitUntil(lambda: casefile.referrals.list.rowCount() == before + 1, timeout=10_000)
    sent = label(ReferralStatus.SENT, "en")
    delivered = label(ReferralStatus.DELIVERED, "en")

    def left() -> bool:
        states = {
            casefile.referrals.list.item(r, 2).text()
            for r in range(casefile.referrals.list.rowCount())
        }
        return bool(states & {sent, delivered}) and window.sync_label.text().startswith(
            "Online · 0"
        )

    qtbot.waitUntil(left, timeout=30_000)  # the sync sent it: nothing waits to leave
