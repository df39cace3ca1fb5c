"""Backup (with progress and Cancel), verify, restore (the app must lock) and key rotation."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ponte.app.administration import Administration
from ponte.core.errors import VaultCorrupt, WrongPassphrase
from ponte.desktop.ui.admin.backup import BackupSection
from ponte.desktop.ui.admin.keys import RekeySection
from ponte.storage import audit
from ponte.storage.accounts import Role
from ponte.storage.db import Database
from ponte.storage.vault import DB_NAME, vault_dir
from tests.desktop.admin.conftest import ADMIN, ADMIN_PW, Env, wait_status

CLICK = Qt.MouseButton.LeftButton


def _section(qtbot: QtBot, env: Env) -> BackupSection:
    view = BackupSection(env.tasks, Administration(env.vault))
    qtbot.addWidget(view)
    view.show()
    return view


def test_backup_shows_progress_then_verifies(qtbot: QtBot, env: Env, tmp_path: Path) -> None:
    view = _section(qtbot, env)
    seen: list[int] = []
    view.progress.changed.connect(lambda done, _total: seen.append(done))
    target = tmp_path / "centre.pontebak"
    qtbot.keyClicks(view.backup_file.edit, str(target))
    qtbot.mouseClick(view.backup_button, CLICK)
    assert view.cancel_button.isEnabled(), "a running backup can be cancelled"
    text = wait_status(qtbot, view.backup_status, "ok")
    assert str(target) in text
    assert target.is_file()
    assert seen, "progress was reported"
    assert seen == sorted(seen)
    assert view.bar.value() == view.bar.maximum()
    assert view.verify_file.path() == str(target), "the new file is ready to verify"
    # verify with a wrong passphrase: refused, nothing replaced
    qtbot.keyClicks(view.verify_pass, "not the passphrase")
    qtbot.mouseClick(view.verify_button, CLICK)
    assert "passphrase" in wait_status(qtbot, view.verify_status, "error")
    checked: list[int] = []
    view.check_progress.changed.connect(lambda done, total: checked.append(done * 1000 // total))
    qtbot.keyClicks(view.verify_pass, ADMIN_PW)
    qtbot.mouseClick(view.verify_button, CLICK)
    assert view.verify_bar.isVisible()
    wait_status(qtbot, view.verify_status, "ok")
    assert checked[-1] == 1000, "the extraction reported its progress"
    assert not view.verify_bar.isVisible()
    assert view.verify_pass.text() == ""
    assert not (env.data / ".verify-backup").exists(), "the scratch copy is gone"
    actions = [e.action for e in env.call(audit.entries, env.vault.db)]
    assert "vault.backup" in actions
    assert "vault.backup_verify" in actions


def test_cancel_leaves_no_file(qtbot: QtBot, env: Env, tmp_path: Path) -> None:
    view = _section(qtbot, env)
    target = tmp_path / "cancelled.pontebak"
    gate = threading.Event()
    env.worker.submit(gate.wait)  # the vault thread is busy: the backup waits its turn
    qtbot.keyClicks(view.backup_file.edit, str(target))
    qtbot.mouseClick(view.backup_button, CLICK)
    qtbot.mouseClick(view.cancel_button, CLICK)
    gate.set()
    qtbot.waitUntil(lambda: view.backup_button.isEnabled(), timeout=10_000)
    assert "cancelled" in view.backup_status.text()
    assert list(tmp_path.glob("*cancelled*")) == []
    assert list(tmp_path.glob(".*")) == [], "no temporary file either"


def test_a_damaged_file_is_refused(qtbot: QtBot, env: Env, tmp_path: Path) -> None:
    bad = tmp_path / "bad.pontebak"
    bad.write_bytes(b"PONTEBAK not really")
    view = _section(qtbot, env)
    qtbot.keyClicks(view.verify_file.edit, str(bad))
    qtbot.keyClicks(view.verify_pass, ADMIN_PW)
    qtbot.mouseClick(view.verify_button, CLICK)
    assert "backup" in wait_status(qtbot, view.verify_status, "error")


def test_restore_replaces_the_vault_and_asks_to_lock(
    qtbot: QtBot, env: Env, tmp_path: Path
) -> None:
    view = _section(qtbot, env)
    target = tmp_path / "before.pontebak"
    qtbot.keyClicks(view.backup_file.edit, str(target))
    qtbot.mouseClick(view.backup_button, CLICK)
    wait_status(qtbot, view.backup_status, "ok")
    # work done after the backup: an account that the restore will take away
    env.call(env.vault.add_account, "later", "Later Demo", Role.OPERATRICE, "added after backup")
    qtbot.keyClicks(view.restore_file.edit, str(target))
    assert view.restore_user.text() == ADMIN
    qtbot.keyClicks(view.restore_pass, ADMIN_PW)
    qtbot.mouseClick(view.restore_button, CLICK)
    assert view.confirm.isVisible()
    assert not view.confirm.yes.isEnabled(), "the word must be typed first"
    qtbot.keyClicks(view.confirm.word, "restore")
    assert not view.confirm.yes.isEnabled(), "exactly"
    view.confirm.word.clear()
    qtbot.keyClicks(view.confirm.word, "RESTORE")
    with qtbot.waitSignal(view.restored, timeout=15_000) as restored:
        qtbot.mouseClick(view.confirm.yes, CLICK)
    said = restored.args[0]
    assert said.startswith("The archive was restored from the backup of "), said
    assert not re.search(r"\d{4}-\d{2}-\d{2}", said), "the date in words, not ISO"
    assert env.vault.locked, "the open vault was locked before the swap"
    with pytest.raises(WrongPassphrase):
        env.unlock("later", "added after backup")
    again = env.unlock(ADMIN, ADMIN_PW)
    assert env.call(lambda: audit.verify_chain(again.db))[0] > 0
    assert "vault.restore" in [e.action for e in env.call(audit.entries, again.db)]
    env.call(again.lock)


def test_a_failed_restore_keeps_the_vault_open(qtbot: QtBot, env: Env, tmp_path: Path) -> None:
    view = _section(qtbot, env)
    target = tmp_path / "b.pontebak"
    qtbot.keyClicks(view.backup_file.edit, str(target))
    qtbot.mouseClick(view.backup_button, CLICK)
    wait_status(qtbot, view.backup_status, "ok")
    qtbot.keyClicks(view.restore_file.edit, str(target))
    qtbot.keyClicks(view.restore_pass, "wrong passphrase here")
    qtbot.mouseClick(view.restore_button, CLICK)
    qtbot.keyClicks(view.confirm.word, "RESTORE")
    qtbot.mouseClick(view.confirm.yes, CLICK)
    wait_status(qtbot, view.restore_status, "error")
    assert not env.vault.locked
    assert env.call(lambda: env.vault.list_accounts())


def test_rekey_changes_the_key_and_keeps_passphrases(qtbot: QtBot, env: Env) -> None:
    old_key = env.call(env.vault._key_bytes)
    view = RekeySection(env.tasks, Administration(env.vault))
    qtbot.addWidget(view)
    view.show()
    qtbot.mouseClick(view.button, CLICK)
    assert view.confirm.isVisible()
    qtbot.mouseClick(view.confirm.yes, CLICK)
    assert view.bar.maximum() == 0, "busy while it works"
    wait_status(qtbot, view.status, "ok")
    assert "vault.rekey" in [e.action for e in env.call(audit.entries, env.vault.db)]
    env.call(env.vault.lock)
    with pytest.raises(VaultCorrupt):
        env.call(Database.open, vault_dir(env.data) / DB_NAME, old_key)
    env.vault = env.unlock(ADMIN, ADMIN_PW)
