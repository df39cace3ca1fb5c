"""Fixtures shared by every test package."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator

import pytest

# Qt without a display (the screenshot tests set up Xvfb themselves).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's passphrase, proxy or data dir settings."""
    for name in list(os.environ):
        if name.startswith("PONTE_") or name.lower() in {"http_proxy", "https_proxy", "all_proxy"}:
            monkeypatch.delenv(name, raising=False)


def pytest_configure(config: pytest.Config) -> None:
    """As in the app (ponte.desktop.collector): CPython's collector never runs in a worker
    thread, where it would destroy Qt objects off their thread; the fixture below collects."""
    gc.disable()


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread() -> Iterator[None]:
    gc.disable()
    yield
    gc.collect()  # the test's garbage cycles (its widgets among them), freed here
