"""Where a workstation's data lives: ``--data-dir``, portable mode, or platformdirs."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from ponte.core.fsutil import ensure_private_dir

APP_NAME = "Ponte"
PORTABLE_DIR = "ponte-data"


def data_dir(explicit: str | Path | None = None, *, portable: bool = False) -> Path:
    """The data folder: explicit > portable (next to the program) > per-user data dir."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    if portable:
        base = Path(sys.executable).resolve().parent
        return base / PORTABLE_DIR
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir(explicit_data_dir: str | Path | None = None, *, portable: bool = False) -> Path:
    """Logs go inside the data dir when one is given (portable / scripted), else per-user."""
    if explicit_data_dir or portable:
        return data_dir(explicit_data_dir, portable=portable) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def ensure(path: Path) -> Path:
    return ensure_private_dir(path)
