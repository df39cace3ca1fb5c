"""Desktop tests: the real loopback hub of the end-to-end tests, and a vault thread."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from ponte.desktop.i18n import install, uninstall
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
