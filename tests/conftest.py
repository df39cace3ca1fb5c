"""Fixtures shared by every test package."""

from __future__ import annotations

import os

import pytest

# Qt without a display (the screenshot tests set up Xvfb themselves).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's passphrase, proxy or data dir settings."""
    for name in list(os.environ):
        if name.startswith("PONTE_") or name.lower() in {"http_proxy", "https_proxy", "all_proxy"}:
            monkeypatch.delenv(name, raising=False)
