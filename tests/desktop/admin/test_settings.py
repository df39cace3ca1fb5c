"""Settings survive a restart, refuse nonsense and never hold an id or a name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from ponte.desktop.settings import IDLE_DEFAULT, Settings, window_key


def _settings(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_defaults(tmp_path: Path) -> None:
    s = _settings(tmp_path / "p.ini")
    assert s.language == "it"
    assert s.idle_lock_minutes == IDLE_DEFAULT == 10
    assert s.geometry("vault", "acc") is None


def test_values_survive_a_restart(tmp_path: Path) -> None:
    s = _settings(tmp_path / "p.ini")
    s.language = "en"
    s.idle_lock_minutes = 25
    s.set_geometry("vault-1", "account-1", QByteArray(b"\x01\x02geom"))
    s.set_window_state("vault-1", "account-1", QByteArray(b"state"))
    s.sync()
    again = _settings(tmp_path / "p.ini")
    assert again.language == "en"
    assert again.idle_lock_minutes == 25
    assert bytes(again.geometry("vault-1", "account-1") or b"") == b"\x01\x02geom"
    assert bytes(again.window_state("vault-1", "account-1") or b"") == b"state"
    assert again.geometry("vault-1", "account-2") is None, "layouts are per account"
    assert again.geometry("vault-2", "account-1") is None, "and per vault"


def test_idle_minutes_are_clamped_and_bad_values_fall_back(tmp_path: Path) -> None:
    s = _settings(tmp_path / "p.ini")
    s.idle_lock_minutes = 0
    assert s.idle_lock_minutes == 1
    s.idle_lock_minutes = 600
    assert s.idle_lock_minutes == 60
    q = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    q.setValue("security/idle_lock_minutes", "soon")
    q.setValue("ui/language", "klingon")
    q.sync()
    s = _settings(tmp_path / "p.ini")
    assert s.idle_lock_minutes == 10
    assert s.language == "it"
    with pytest.raises(ValueError, match="language"):
        s.language = "fr"


def test_the_file_holds_no_ids(tmp_path: Path) -> None:
    s = _settings(tmp_path / "p.ini")
    s.set_geometry("0197-vault-id", "0197-account-id", QByteArray(b"g"))
    s.sync()
    text = (tmp_path / "p.ini").read_text()
    assert "0197" not in text
    assert window_key("0197-vault-id", "0197-account-id") in text
    assert window_key("a", "bc") != window_key("ab", "c")
