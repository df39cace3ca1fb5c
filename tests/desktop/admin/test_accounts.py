"""Accounts, my passphrase and the role-dependent sections, driven like a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ponte.app.administration import Administration
from ponte.core.errors import WrongPassphrase
from ponte.desktop.ui.admin.accounts import AccountsSection
from ponte.desktop.ui.admin.passphrase import PassphraseSection
from ponte.desktop.ui.admin.view import AdminView
from ponte.storage import audit
from ponte.storage.accounts import Role
from tests.desktop.admin.conftest import ADMIN, ADMIN_PW, Env, wait_status, wait_text

NEW_PW = "tre gatti sul tetto"
CLICK = Qt.MouseButton.LeftButton


def _accounts(qtbot: QtBot, env: Env) -> AccountsSection:
    view = AccountsSection(env.tasks, Administration(env.vault))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    return view


def test_add_an_account_then_she_signs_in(qtbot: QtBot, env: Env) -> None:
    view = _accounts(qtbot, env)
    qtbot.keyClicks(view.new_user, "giulia")
    qtbot.keyClicks(view.new_name, "Giulia Demo")
    view.new_role.setCurrentIndex(view.new_role.findData("coordinatrice"))
    qtbot.keyClicks(view.new_pass, NEW_PW)
    qtbot.keyClicks(view.new_repeat, NEW_PW + "!")
    qtbot.mouseClick(view.add_button, CLICK)
    assert "differ" in view.status.text()
    view.new_repeat.clear()
    qtbot.keyClicks(view.new_repeat, NEW_PW)
    qtbot.mouseClick(view.add_button, CLICK)
    wait_text(qtbot, view.status, "giulia")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5_000)
    assert view.new_pass.text() == "", "the passphrase does not stay on screen"
    her = env.unlock("giulia", NEW_PW)
    assert her.account.role is Role.COORDINATRICE
    env.call(her.lock)
    entries = env.call(audit.entries, env.vault.db)
    added = [e for e in entries if e.action == "account.add" and e.entity_id == her.account.id]
    assert added, "the addition is audited by id"
    assert "Giulia" not in repr(entries)
    assert "giulia" not in repr(entries)


def test_a_short_passphrase_is_refused_with_a_sentence(qtbot: QtBot, env: Env) -> None:
    view = _accounts(qtbot, env)
    qtbot.keyClicks(view.new_user, "sara")
    qtbot.keyClicks(view.new_name, "Sara Demo")
    qtbot.keyClicks(view.new_pass, "short")
    qtbot.keyClicks(view.new_repeat, "short")
    qtbot.mouseClick(view.add_button, CLICK)
    text = wait_text(qtbot, view.status, "10")
    assert "Traceback" not in text
    assert view.model.rowCount() == 1


def test_remove_and_reset(qtbot: QtBot, env: Env) -> None:
    env.call(env.vault.add_account, "anna", "Anna Demo", Role.OPERATRICE, "anna's first passphrase")
    env.call(env.vault.add_account, "bea", "Bea Demo", Role.OPERATRICE, "bea's first passphrase")
    view = AccountsSection(env.tasks, Administration(env.vault))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5_000)
    view.select(ADMIN)
    assert not view.remove_button.isEnabled(), "nobody removes herself"
    # reset bea's passphrase
    view.select("bea")
    qtbot.keyClicks(view.reset_pass, NEW_PW)
    qtbot.keyClicks(view.reset_repeat, NEW_PW)
    qtbot.mouseClick(view.reset_button, CLICK)
    wait_text(qtbot, view.status, "bea")
    with pytest.raises(WrongPassphrase):
        env.unlock("bea", "bea's first passphrase")
    env.call(env.unlock("bea", NEW_PW).lock)
    # remove anna, after confirming
    view.select("anna")
    qtbot.mouseClick(view.remove_button, CLICK)
    assert view.confirm.isVisible()
    assert "anna" in view.confirm.message.text()
    qtbot.mouseClick(view.confirm.yes, CLICK)
    wait_text(qtbot, view.status, "anna")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5_000)
    with pytest.raises(WrongPassphrase):
        env.unlock("anna", "anna's first passphrase")


def test_change_my_passphrase(qtbot: QtBot, env: Env) -> None:
    view = PassphraseSection(env.tasks, Administration(env.vault))
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClicks(view.current, "not my passphrase")
    qtbot.keyClicks(view.new, NEW_PW)
    qtbot.keyClicks(view.repeat, NEW_PW)
    assert view.hint.text(), "a strength hint follows the new passphrase"
    qtbot.mouseClick(view.button, CLICK)
    assert "passphrase" in wait_status(qtbot, view.status, "error")
    qtbot.keyClicks(view.current, ADMIN_PW)
    qtbot.mouseClick(view.button, CLICK)
    qtbot.waitUntil(lambda: view.new.text() == "", timeout=10_000)
    with pytest.raises(WrongPassphrase):
        env.unlock(ADMIN, ADMIN_PW)
    env.call(env.unlock(ADMIN, NEW_PW).lock)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (
            Role.AMMINISTRATRICE,
            [
                "Accounts",
                "My passphrase",
                "Backup",
                "Retention",
                "Audit log",
                "Case file fields",
                "Import",
                "Key rotation",
                "Documents",
                "Language and lock",
            ],
        ),
        (
            Role.COORDINATRICE,
            ["My passphrase", "Retention", "Audit log", "Import", "Language and lock"],
        ),
        (Role.OPERATRICE, ["My passphrase", "Language and lock"]),
    ],
)
def test_each_role_sees_only_what_it_may(
    qtbot: QtBot, env: Env, role: Role, expected: list[str]
) -> None:
    vault = env.vault if role is Role.AMMINISTRATRICE else env.as_role(role, "someone")
    view = AdminView(env.tasks, Administration(vault), env.settings)
    qtbot.addWidget(view)
    assert view.section_titles() == expected
    if vault is not env.vault:
        env.call(vault.lock)
