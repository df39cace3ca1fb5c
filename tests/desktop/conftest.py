"""Desktop tests: the real loopback hub of the end-to-end tests, and a vault thread."""

from collections.abc import Iterator

import pytest

from ponte.storage.worker import VaultWorker
from tests.desktop.tour import demo_app, in_italian  # noqa: F401 - fixtures, used by name
from tests.e2e.conftest import hub  # noqa: F401 - a fixture, used by name


@pytest.fixture
def worker() -> Iterator[VaultWorker]:
    """The vault thread: every vault of a test is made and used on it."""
    w = VaultWorker()
    yield w
    w.shutdown()
