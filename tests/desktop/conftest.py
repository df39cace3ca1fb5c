"""Desktop tests: the real loopback hub of the end-to-end tests, a vault thread, the whole
app (window and controller) in a temporary data folder, and the app in Italian."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponte.desktop.app import Controller
from ponte.desktop.i18n import install, uninstall
from ponte.desktop.main_window import MainWindow
from ponte.storage.worker import VaultWorker
from tests.e2e.conftest import hub  # noqa: F401 - a fixture, used by name


@pytest.fixture
def worker() -> Iterator[VaultWorker]:
    """The vault thread: every vault of a test is made and used on it."""
    w = VaultWorker()
    yield w
    w.shutdown()


@pytest.fixture
def italian(qapp: QApplication) -> Iterator[None]:
    """The app in Italian, as a centre runs it: Ponte's translation and Qt's own."""
    translators = install(qapp, "it")
    assert translators, "the Italian translations must load"
    yield
    uninstall(qapp, translators)


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, Controller]]:
    """The whole app on a fresh data folder: first start, demo, sign-in, as a person sees it."""
    window = MainWindow()
    qtbot.addWidget(window)
    controller = Controller(window, tmp_path, VaultWorker())
    controller.start()
    window.resize(1280, 800)
    window.show()
    yield window, controller
    controller.shutdown()
