"""A screen's vault task whose screen is gone when its outcome arrives (the app locked, the
window closed): the outcome is dropped quietly, whichever screen asked and however."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ponte.core.errors import PonteError
from ponte.desktop.tasks import TaskRunner
from ponte.storage.worker import VaultWorker


class Screen(QLabel):
    """A screen that shows what the vault answered, through its own methods."""

    def shown(self, text: str) -> None:
        self.setText(text)

    def failed(self, exc: PonteError) -> None:
        self.setText(exc.sentence())


@pytest.fixture
def worker() -> Iterator[VaultWorker]:
    w = VaultWorker()
    yield w
    w.shutdown()


def test_an_answer_for_a_screen_already_closed_is_dropped(
    qtbot: QtBot, worker: VaultWorker
) -> None:
    gate = threading.Event()
    runner = TaskRunner(worker)
    screen = Screen()
    worker.submit(gate.wait)  # the vault thread is busy when the screen asks
    runner.run(lambda: "the answer", screen.shown, screen.failed)
    screen.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(screen))
    done = worker.submit(lambda: None)
    gate.set()
    qtbot.waitUntil(done.done)
    qtbot.wait(100)  # the answer reaches the GUI thread: nothing raises there


def test_an_answer_for_a_screen_still_open_is_shown(qtbot: QtBot, worker: VaultWorker) -> None:
    runner = TaskRunner(worker)
    screen = Screen()
    qtbot.addWidget(screen)
    runner.run(lambda: "the answer", screen.shown, screen.failed)
    qtbot.waitUntil(lambda: screen.text() == "the answer")
