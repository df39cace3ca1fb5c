""" "I forgot my passphrase", typed at the sign-in screen as a person would: the recovery key,
or the custodians' shares one after another, then a new passphrase — and clear words for a
mistyped group, an unknown word, a share with a wrong word, one from another set."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ponte.core.errors import WrongPassphrase
from ponte.desktop.app import Controller
from ponte.desktop.main_window import MainWindow
from ponte.desktop.ui.signin.recovery import ForgotView
from ponte.storage import audit
from ponte.storage.accounts import Role
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker

LEFT = Qt.MouseButton.LeftButton
OLD = "her forgotten passphrase"
NEW = "a new passphrase for her"


@dataclass
class Centre:
    data: Path
    recovery_key: str
    shares: list[str]  # any 2 of 3


@pytest.fixture
def centre(tmp_path: Path) -> Centre:
    vault, key = Vault.create(
        tmp_path / "data", username="admin", display_name="A", passphrase="admin pass 1234",
        kdf=TEST_PARAMS,
    )  # fmt: skip
    vault.add_account("giulia", "Giulia Demo", Role.OPERATRICE, OLD)
    shares = vault.setup_shares(2, 3)
    vault.lock()
    return Centre(tmp_path / "data", key, shares)


@pytest.fixture
def app(qtbot: QtBot, centre: Centre) -> Iterator[tuple[MainWindow, Controller]]:
    window = MainWindow()
    qtbot.addWidget(window)
    controller = Controller(window, centre.data, VaultWorker())
    controller.start()
    window.show()
    yield window, controller
    controller.shutdown()


def _forgot(qtbot: QtBot, window: MainWindow, user: str) -> ForgotView:
    qtbot.keyClicks(window.sign_in.user, user)
    qtbot.mouseClick(window.sign_in.forgot, LEFT)
    view = window.forgot
    assert view is not None
    assert window.stack.currentWidget() is view
    assert view.user.text() == user, "the account she typed is carried over"
    return view


def _type(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


def _new_passphrase(qtbot: QtBot, view: ForgotView) -> None:
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.new_page)
    _type(qtbot, view.new, NEW)
    _type(qtbot, view.repeat, NEW + "!")
    qtbot.mouseClick(view.finish, LEFT)
    assert "differ" in view.error.text()
    _type(qtbot, view.repeat, NEW)
    qtbot.mouseClick(view.finish, LEFT)


def _signed_in_as(qtbot: QtBot, window: MainWindow, controller: Controller, user: str) -> None:
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=20_000)
    assert controller.session is not None
    assert controller.session.account.username == user
    assert window.forgot is None, "nothing of the recovery stays in the window"


def _audited_reset(centre: Centre) -> list[audit.AuditEntry]:
    vault = Vault.unlock(centre.data, "admin", "admin pass 1234")
    try:
        return [e for e in audit.entries(vault.db, limit=500) if e.action == "account.reset"]
    finally:
        vault.lock()


def test_the_recovery_key_sets_a_new_passphrase_and_signs_her_in(
    qtbot: QtBot, app: tuple[MainWindow, Controller], centre: Centre
) -> None:
    window, controller = app
    view = _forgot(qtbot, window, "giulia")
    assert view.key_choice.isChecked(), "the recovery key is the first way offered"
    groups = centre.recovery_key.split("-")
    groups[3] = groups[3][::-1] if groups[3] != groups[3][::-1] else "ZZZZ"
    _type(qtbot, view.key, "-".join(groups))  # one group mistyped
    qtbot.mouseClick(view.next, LEFT)
    assert view.error.isVisible()
    assert "mistyped group" in view.error.text()
    assert view.pages.currentWidget() is view.secret_page, "she stays where she can fix it"
    _type(qtbot, view.key, centre.recovery_key.lower().replace("-", " "))  # as read aloud
    qtbot.mouseClick(view.next, LEFT)
    _new_passphrase(qtbot, view)
    _signed_in_as(qtbot, window, controller, "giulia")

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sign_in)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(centre.data, "giulia", OLD)
    Vault.unlock(centre.data, "giulia", NEW).lock()
    (reset,) = _audited_reset(centre)
    assert reset.actor == "recovery"


def test_custodians_type_their_shares_in_turn_and_hear_which_one_is_wrong(
    qtbot: QtBot, app: tuple[MainWindow, Controller], centre: Centre, tmp_path: Path
) -> None:
    window, controller = app
    view = _forgot(qtbot, window, "giulia")
    qtbot.mouseClick(view.shares_choice, LEFT)
    assert view.share.isVisible()
    first, second, _third = centre.shares

    # An unknown word: said, and the word is selected in her text.
    words = first.split()
    words[6] = "xylophone"
    _type(qtbot, view.share, " ".join(words))
    qtbot.mouseClick(view.add_share, LEFT)
    assert "Share 1" in view.error.text()
    assert "not in the list" in view.error.text()
    assert view.share.textCursor().selectedText() == "xylophone"

    _type(qtbot, view.share, first.upper())  # capitals do not matter
    qtbot.mouseClick(view.add_share, LEFT)
    assert not view.error.isVisible(), view.error.text()
    assert "1 of 2" in view.progress.text()
    assert not view.next.isEnabled(), "one share is not enough"

    _type(qtbot, view.share, first)
    qtbot.mouseClick(view.add_share, LEFT)
    assert "already" in view.error.text()

    # Two words swapped: every word exists, the share's checksum says it is wrong.
    words = second.split()
    words[8], words[9] = words[9], words[8]
    _type(qtbot, view.share, " ".join(words))
    qtbot.mouseClick(view.add_share, LEFT)
    assert "Share 2" in view.error.text()
    assert "mistyped" in view.error.text()

    # A share of another vault's split.
    other, _ = Vault.create(
        tmp_path / "other", username="x", display_name="X", passphrase="other pass 1234",
        kdf=TEST_PARAMS,
    )  # fmt: skip
    foreign = other.setup_shares(2, 3)[0]
    other.lock()
    _type(qtbot, view.share, foreign)
    qtbot.mouseClick(view.add_share, LEFT)
    assert "another set" in view.error.text()
    assert "1 of 2" in view.progress.text(), "a wrong share changes nothing"

    _type(qtbot, view.share, second)
    qtbot.mouseClick(view.add_share, LEFT)
    qtbot.waitUntil(view.next.isEnabled)
    qtbot.mouseClick(view.next, LEFT)
    _new_passphrase(qtbot, view)
    _signed_in_as(qtbot, window, controller, "giulia")
    Vault.unlock(centre.data, "giulia", NEW).lock()


def test_a_wrong_account_name_is_said_and_she_can_go_back(
    qtbot: QtBot, app: tuple[MainWindow, Controller], centre: Centre
) -> None:
    window, _controller = app
    view = _forgot(qtbot, window, "giula")
    _type(qtbot, view.key, centre.recovery_key)
    qtbot.mouseClick(view.next, LEFT)
    _new_passphrase(qtbot, view)
    qtbot.waitUntil(
        lambda: view.error.isVisible() and "no account" in view.error.text(), timeout=20_000
    )
    qtbot.mouseClick(view.back, LEFT)
    assert window.stack.currentWidget() is window.sign_in
    assert window.forgot is None
    Vault.unlock(centre.data, "giulia", OLD).lock()  # nothing changed
