"""Writing a file the person chose, with a sentence instead of a traceback when it fails."""

from __future__ import annotations

import errno
from pathlib import Path

from ponte.core.errors import DiskFull, FileWriteError, NoFileChosen
from ponte.core.fsutil import atomic_write


def write_chosen(path_text: str, data: bytes) -> Path:
    """Write ``data`` atomically (0600) at the path typed or chosen; typed errors only."""
    if not path_text.strip():
        raise NoFileChosen()
    target = Path(path_text.strip())
    try:
        atomic_write(target, data)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull(str(target)) from exc
        raise FileWriteError(str(target)) from exc
    return target
