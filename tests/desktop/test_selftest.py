"""``ponte desktop --self-test``: the real window opens, signs in and reports, then quits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault

PW = "self test passphrase"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    vault, _ = Vault.create(
        tmp_path / "d", username="admin", display_name="A", passphrase=PW, kdf=TEST_PARAMS
    )
    vault.lock()
    return tmp_path / "d"


def self_test(data: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    if "PONTE_PASSPHRASE" not in env:
        full.pop("PONTE_PASSPHRASE", None)
    return subprocess.run(
        [sys.executable, "-m", "ponte", "desktop", "--data-dir", str(data), "--self-test"],
        capture_output=True,
        text=True,
        env=full,
        timeout=120,
        check=False,
    )


def test_self_test_signs_in_and_reports(data: Path) -> None:
    out = self_test(data, PONTE_USER="admin", PONTE_PASSPHRASE=PW)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.splitlines()[-1])["self_test"] == "ok"


def test_self_test_reports_a_wrong_passphrase(data: Path) -> None:
    out = self_test(data, PONTE_USER="admin", PONTE_PASSPHRASE="wrong one")
    assert out.returncode == 1
    doc = json.loads(out.stdout.splitlines()[-1])
    assert doc["kind"] == "wrong_passphrase"


def test_self_test_needs_the_credentials(data: Path) -> None:
    out = self_test(data, PONTE_USER="admin")
    assert out.returncode == 2
    assert "PONTE_PASSPHRASE" in out.stderr
