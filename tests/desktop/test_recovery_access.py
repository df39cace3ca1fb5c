"""The forgotten-passphrase screens as a screen reader, the keyboard and large text get them.

Walked like every other screen (tests/desktop/test_accessible_names.py and friends), but
reached from the sign-in screen of a vault that has a recovery key and custodians' shares:
both ways of the first page and the new-passphrase page are named in Italian, every control
is reached by Tab, and at 200 % no words are cut. Then the whole recovery by keys alone:
Tab to "I forgot my passphrase", the recovery key, Enter, the new passphrase twice, Enter.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ponte.desktop.access import theme
from ponte.desktop.access.fit import cut_texts
from ponte.desktop.access.keyboard import mouse_only
from ponte.desktop.access.walker import findings
from ponte.desktop.app import Controller
from ponte.desktop.main_window import MainWindow
from ponte.desktop.ui.signin.recovery import ForgotView
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker
from tests.desktop.test_keyboard_reach import unreached
from tests.desktop.test_recovery import NEW, Centre
from tests.desktop.test_recovery import centre as centre  # a fixture, used by name
from tests.desktop.tour import look_kept

K = Qt.Key


def _window(qtbot: QtBot, data: Path) -> Iterator[tuple[MainWindow, Controller]]:
    window = MainWindow()
    qtbot.addWidget(window)
    controller = Controller(window, data, VaultWorker())
    controller.start()
    screen = window.screen().availableGeometry()
    window.resize(min(1280, screen.width()), min(800, screen.height()))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sign_in, timeout=10_000)
    yield window, controller
    controller.shutdown()


@pytest.fixture
def signin(qtbot: QtBot, centre: Centre) -> Iterator[tuple[MainWindow, Controller]]:
    yield from _window(qtbot, centre.data)


@pytest.fixture
def big_signin(
    qtbot: QtBot, qapp: QApplication, centre: Centre
) -> Iterator[tuple[MainWindow, Controller]]:
    with look_kept(qapp):
        theme.apply(qapp, "standard", 200)
        yield from _window(qtbot, centre.data)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def key(qtbot: QtBot, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = focused()
    assert widget is not None, "the keyboard is somewhere"
    qtbot.keyClick(widget, k, mod)


def tab_until(qtbot: QtBot, target: QWidget, limit: int = 20) -> None:
    for _ in range(limit):
        if focused() is target:
            return
        key(qtbot, K.Key_Tab)
    assert focused() is target, f"Tab never reaches {target!r}"


def to_forgot(qtbot: QtBot, window: MainWindow) -> ForgotView:
    """Her account typed, then Tab to "I forgot my passphrase" and Space."""
    form = window.sign_in
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    form.user.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClicks(form.user, "giulia")
    tab_until(qtbot, form.forgot)
    key(qtbot, K.Key_Space)
    view = window.forgot
    assert view is not None
    assert window.stack.currentWidget() is view
    return view


def pages(qtbot: QtBot, view: ForgotView, centre: Centre) -> Iterator[str]:
    """Each page and way of the recovery shown in turn, moved through by keys."""
    yield "recovery key"
    view.key_choice.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, K.Key_Down)  # arrows move between the two ways, as in any radio group
    assert view.shares_choice.isChecked()
    yield "custodians' shares"
    view.shares_choice.setFocus(Qt.FocusReason.TabFocusReason)  # the check moved it
    key(qtbot, K.Key_Up)
    assert view.key_choice.isChecked()
    view.key.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(view.key, centre.recovery_key)
    key(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.new_page)
    yield "new passphrase"


def test_every_page_is_named_and_reached_by_tab(
    qtbot: QtBot, italian: None, signin: tuple[MainWindow, Controller], centre: Centre
) -> None:
    window, _controller = signin
    problems: dict[str, list[str]] = {}
    view = to_forgot(qtbot, window)
    for where in pages(qtbot, view, centre):
        qtbot.wait(100)
        found = findings(view, lang="it")
        found += [f"mouse only: {m}" for m in mouse_only(view)]
        found += [f"Tab never stops on: {u}" for u in unreached(qtbot, window, view)]
        if found:
            problems[where] = found
    report = "\n".join(f"[{k}]\n  " + "\n  ".join(sorted(set(v))) for k, v in problems.items())
    assert not problems, report


def test_at_200_percent_nothing_is_cut(
    qtbot: QtBot, big_signin: tuple[MainWindow, Controller], centre: Centre
) -> None:
    window, _controller = big_signin
    problems = {"sign-in": cut_texts(window.sign_in)}
    view = to_forgot(qtbot, window)
    for where in pages(qtbot, view, centre):
        qtbot.wait(100)
        problems[where] = cut_texts(view)
    problems = {k: v for k, v in problems.items() if v}
    assert not problems, problems


def test_she_recovers_her_account_by_keys_alone(
    qtbot: QtBot, signin: tuple[MainWindow, Controller], centre: Centre
) -> None:
    window, controller = signin
    view = to_forgot(qtbot, window)
    assert focused() is view.key, "the account came with her: the keyboard is in the key"
    qtbot.keyClicks(view.key, centre.recovery_key)
    key(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.new_page)
    assert focused() is view.new, "the keyboard follows to the new passphrase"
    qtbot.keyClicks(view.new, NEW)
    key(qtbot, K.Key_Tab)
    assert focused() is view.repeat, "Tab goes from the new passphrase to its repetition"
    qtbot.keyClicks(view.repeat, NEW)
    key(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=20_000)
    assert controller.session is not None
    assert controller.session.account.username == "giulia"
    Vault.unlock(centre.data, "giulia", NEW).lock()
