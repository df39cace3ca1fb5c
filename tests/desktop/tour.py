"""Driving the whole app as a person does (start the demo, sign in, open a case), and every
screen of it visited generically: each section of the sidebar, each tab of every tab bar
inside it (nested ones too). A section or tab another feature adds later is visited by the
same code, with no list to keep up to date."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from ponte.desktop.app import Controller
from ponte.desktop.main_window import MainWindow

T = TypeVar("T")

#: Called with where she is ("Statistiche › Questo centro") and the widget shown there.
Check = Callable[[str, QWidget], None]
SETTLE_MS = 300


def _shown_tabs(root: QWidget) -> list[QTabWidget]:
    """The outermost tab widgets visible under ``root`` (nested ones are found per page)."""
    found = [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root)]
    return [t for t in found if not any(o is not t and o.isAncestorOf(t) for o in found)]


def visit_tabs(qtbot: QtBot, where: str, root: QWidget, check: Check) -> None:
    """``check`` ``root`` as shown, then every tab of every tab widget in it, recursively."""
    check(where, root)
    for tabs in _shown_tabs(root):
        for i in range(tabs.count()):
            if not tabs.isTabVisible(i) or not tabs.isTabEnabled(i):
                continue
            tabs.setCurrentIndex(i)
            qtbot.wait(SETTLE_MS)
            page = tabs.currentWidget()
            visit_tabs(qtbot, f"{where} › {tabs.tabText(i).replace('&', '')}", page, check)
        tabs.setCurrentIndex(0)


def visit_sections(qtbot: QtBot, window: MainWindow, check: Check) -> list[str]:
    """Every section she can open, with its tabs; returns the section keys visited."""
    ws = window.workspace
    keys = ws.sections()
    for key in keys:
        ws.show_section(key)
        qtbot.wait(SETTLE_MS)
        page = ws.pages.currentWidget()
        title = ws.nav.currentItem().text()
        visit_tabs(qtbot, title, page, check)
    return keys


def sign_in(qtbot: QtBot, window: MainWindow, place: str, user: str = "") -> None:
    """Lock, then sign in to one of the demo's workstations."""
    window.lock_action.trigger()
    form = window.sign_in
    qtbot.waitUntil(lambda: window.stack.currentWidget() is form, timeout=10_000)
    form.place.setCurrentIndex(form.place.findText(place, Qt.MatchFlag.MatchContains))
    if user:
        form.user.setText(user)
    qtbot.keyClicks(form.passphrase, "demo demo demo")
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=20_000)
    qtbot.wait(SETTLE_MS)


def start_demo(qtbot: QtBot, window: MainWindow) -> None:
    """First start → "Try the demo": wait for its 1,000 synthetic cases."""
    window.first_run.demo_button.setFocus()
    qtbot.keyClick(window.first_run.demo_button, Qt.Key.Key_Space)
    qtbot.waitUntil(window.showing_cases, timeout=120_000)
    qtbot.waitUntil(lambda: window.model.total == 1000, timeout=20_000)


def open_first_case(qtbot: QtBot, window: MainWindow) -> None:
    """Select the first case of the list and press Enter; wait for her file."""
    table = window.cases.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.casefile.bundle is not None, timeout=10_000)
    qtbot.wait(SETTLE_MS)  # her file is filled in; its layout runs on the next turns of the loop


@contextmanager
def look_kept(app: QApplication) -> Iterator[None]:
    """Whatever theme a test applies, the next test gets the app's look back."""
    before = (app.palette(), app.styleSheet(), app.font(), app.style().name())
    try:
        yield
    finally:
        app.setPalette(before[0])
        app.setStyleSheet(before[1])
        app.setFont(before[2])
        app.setStyle(before[3])


def on_vault(controller: Controller, fn: Callable[..., T], *args: Any) -> T:
    """The test looks into the vault on its thread (the app's GUI thread may not wait on it:
    ``VaultWorker.call`` refuses it, so the test waits on the future itself)."""
    return controller.worker.submit(fn, *args).result()
