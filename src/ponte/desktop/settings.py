"""The desktop's own preferences, typed and in one place, over QSettings.

What lives here: the UI language, the idle-lock delay, each account's window geometry
and state, and whether a workstation works offline by choice. Nothing personal, ever: no names, no usernames, no case data, no paths chosen
by a person. Window layouts are keyed by a hash of the vault id and the account id, so the
settings file does not even say which accounts exist.

``Settings(QSettings(path, QSettings.Format.IniFormat))`` in tests; ``Settings.default()``
in the app (the platform's usual place, organisation and application "Ponte").
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QByteArray, QSettings

Language = Literal["it", "en"]
LANGUAGES: tuple[Language, ...] = ("it", "en")
DEFAULT_LANGUAGE: Language = "it"
IDLE_MIN, IDLE_MAX, IDLE_DEFAULT = 1, 60, 10

_LANGUAGE = "ui/language"
_IDLE = "security/idle_lock_minutes"
_WINDOW = "windows/{key}/{part}"
_OFFLINE = "network/{key}/offline"


def window_key(vault_id: str, account_id: str) -> str:
    """A stable, opaque key for one account on one vault (no id appears in the file)."""
    digest = hashlib.sha256(b"ponte window\x00" + vault_id.encode() + b"\x00" + account_id.encode())
    return digest.hexdigest()[:24]


class Settings:
    def __init__(self, qsettings: QSettings) -> None:
        self._q = qsettings

    @classmethod
    def default(cls) -> Settings:
        return cls(QSettings("Ponte", "Ponte"))

    # ------------------------------------------------------------ language
    @property
    def language(self) -> Language:
        value = str(self._q.value(_LANGUAGE, DEFAULT_LANGUAGE))
        for language in LANGUAGES:
            if value == language:
                return language
        return DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}")
        self._q.setValue(_LANGUAGE, value)

    # ------------------------------------------------------------ idle lock
    @property
    def idle_lock_minutes(self) -> int:
        raw = self._q.value(_IDLE, IDLE_DEFAULT)
        try:
            minutes = int(str(raw))
        except ValueError:
            return IDLE_DEFAULT
        return clamp_idle(minutes)

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, minutes: int) -> None:
        self._q.setValue(_IDLE, clamp_idle(int(minutes)))

    # ------------------------------------------------------------ windows
    def geometry(self, vault_id: str, account_id: str) -> QByteArray | None:
        return self._bytes(vault_id, account_id, "geometry")

    def set_geometry(self, vault_id: str, account_id: str, data: QByteArray) -> None:
        self._q.setValue(
            _WINDOW.format(key=window_key(vault_id, account_id), part="geometry"), data
        )

    def window_state(self, vault_id: str, account_id: str) -> QByteArray | None:
        return self._bytes(vault_id, account_id, "state")

    def set_window_state(self, vault_id: str, account_id: str, data: QByteArray) -> None:
        self._q.setValue(_WINDOW.format(key=window_key(vault_id, account_id), part="state"), data)

    def _bytes(self, vault_id: str, account_id: str, part: str) -> QByteArray | None:
        value = self._q.value(_WINDOW.format(key=window_key(vault_id, account_id), part=part))
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes) and value:
            return QByteArray(value)
        return None

    # ------------------------------------------------------------ working offline
    def offline(self, vault_id: str) -> bool:
        """She chose "work offline" on this workstation (kept across locks and restarts)."""
        value = self._q.value(_OFFLINE.format(key=window_key(vault_id, "")), False)
        return str(value).lower() in ("true", "1")

    def set_offline(self, vault_id: str, offline: bool) -> None:
        self._q.setValue(_OFFLINE.format(key=window_key(vault_id, "")), bool(offline))
        self._q.sync()

    def sync(self) -> None:
        """Write to disk now (QSettings also writes on its own, later)."""
        self._q.sync()


def clamp_idle(minutes: int) -> int:
    return max(IDLE_MIN, min(IDLE_MAX, minutes))


def settings_for(data_dir: Path) -> Settings:
    """Settings live with the data (an .ini beside the vault): ``--data-dir`` and portable
    mode carry them along, and two data folders never share a window layout."""
    return Settings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
