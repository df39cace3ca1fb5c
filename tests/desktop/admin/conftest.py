"""A real vault in tmp_path owned by a real vault thread, and the TaskRunner the screens use."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ponte.desktop.settings import Settings
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.admin.widgets import StatusLine
from ponte.storage.accounts import Role
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker

ADMIN = "admin"
ADMIN_PW = "correct horse battery"
T = TypeVar("T")


@dataclass
class Env:
    data: Path
    worker: VaultWorker
    tasks: TaskRunner
    vault: Vault
    settings: Settings

    def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run on the vault thread and wait (test set-up and checks only)."""
        return self.worker.call(fn, *args)

    def unlock(self, user: str, passphrase: str) -> Vault:
        return self.call(Vault.unlock, self.data, user, passphrase)

    def as_role(self, role: Role, username: str) -> Vault:
        pw = f"{username} passphrase!"
        self.call(self.vault.add_account, username, f"{username} Demo", role, pw)
        return self.unlock(username, pw)


@pytest.fixture
def env(qtbot: QtBot, tmp_path: Path) -> Iterator[Env]:
    worker = VaultWorker()
    data = tmp_path / "data"
    vault, _ = worker.call(
        lambda: Vault.create(
            data,
            username=ADMIN,
            display_name="Amministratrice Demo",
            passphrase=ADMIN_PW,
            kdf=TEST_PARAMS,
        )
    )
    settings = Settings(QSettings(str(tmp_path / "ponte.ini"), QSettings.Format.IniFormat))
    e = Env(data, worker, TaskRunner(worker), vault, settings)
    yield e
    worker.call(vault.lock)
    worker.shutdown()


def wait_text(qtbot: QtBot, label: QLabel, *needles: str, timeout: int = 10_000) -> str:
    """Wait until ``label`` is shown and contains every needle; return its text."""
    qtbot.waitUntil(
        lambda: not label.isHidden() and all(n in label.text() for n in needles), timeout=timeout
    )
    return label.text()


def wait_status(qtbot: QtBot, status: StatusLine, state: str, timeout: int = 10_000) -> str:
    """Wait until a StatusLine reports ``ok`` or ``error``; fail at once on the other."""
    qtbot.waitUntil(lambda: status.state in ("ok", "error"), timeout=timeout)
    assert status.state == state, status.text()
    return status.text()
