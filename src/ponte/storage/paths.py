"""Where a workstation's data lives: ``--data-dir``, portable mode, or platformdirs."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from ponte.core.fsutil import ensure_private_dir

APP_NAME = "Ponte"
PORTABLE_DIR = "ponte-data"
#: A file of this name next to the program turns portable mode on (an encrypted USB drive).
PORTABLE_MARKER = "ponte-portable"


def program_dir() -> Path:
    """The folder of the running program (the frozen executable, or the Python interpreter)."""
    return Path(sys.executable).resolve().parent


def portable_marker_present() -> bool:
    return (program_dir() / PORTABLE_MARKER).is_file()


def data_dir(explicit: str | Path | None = None, *, portable: bool = False) -> Path:
    """The data folder: explicit > portable (next to the program) > per-user data dir.

    Portable mode is ``--portable`` or a ``ponte-portable`` file beside the program.
    """
    if explicit:
        return Path(explicit).expanduser().resolve()
    if portable or portable_marker_present():
        return program_dir() / PORTABLE_DIR
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir(explicit_data_dir: str | Path | None = None, *, portable: bool = False) -> Path:
    """Logs go inside the data dir when one is given (portable / scripted), else per-user."""
    if explicit_data_dir or portable or portable_marker_present():
        return data_dir(explicit_data_dir, portable=portable) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def ensure(path: Path) -> Path:
    return ensure_private_dir(path)
