"""Swapping a restored vault in, so that a crash at any point loses nothing.

Restore builds and verifies the new vault in ``<data>/.restore/vault/`` and marks it
``READY``. The swap is two renames: ``vault → .vault-old`` then ``.restore/vault → vault``.
:func:`recover` runs before any vault is opened and finishes or undoes a swap that a
crash interrupted:

- ``vault`` missing, ``.restore`` READY  → finish (the restored vault goes in);
- ``vault`` missing, ``.vault-old`` there → undo (the previous vault comes back);
- ``vault`` present → leftovers of a finished or abandoned restore are removed.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from ponte.core.fsutil import fsync_dir

STAGING = ".restore"
OLD = ".vault-old"
READY = "READY"


def staging_dir(data_dir: Path) -> Path:
    return Path(data_dir) / STAGING


def swap_in(data_dir: Path) -> None:
    """Replace ``vault/`` by the READY staged vault."""
    data_dir = Path(data_dir)
    staged = staging_dir(data_dir) / "vault"
    if not (staging_dir(data_dir) / READY).is_file():
        raise RuntimeError("staged vault is not marked ready")
    current = data_dir / "vault"
    old = data_dir / OLD
    if old.exists():
        shutil.rmtree(old)
    if current.exists():
        os.replace(current, old)
    os.replace(staged, current)
    fsync_dir(data_dir)
    _cleanup(data_dir)


def recover(data_dir: Path) -> None:
    data_dir = Path(data_dir)
    current = data_dir / "vault"
    staged = staging_dir(data_dir) / "vault"
    old = data_dir / OLD
    if not current.exists():
        if staged.is_dir() and (staging_dir(data_dir) / READY).is_file():
            os.replace(staged, current)
        elif old.is_dir():
            os.replace(old, current)
        else:
            return
        fsync_dir(data_dir)
    _cleanup(data_dir)


def _cleanup(data_dir: Path) -> None:
    for leftover in (data_dir / OLD, staging_dir(data_dir)):
        if leftover.exists():
            shutil.rmtree(leftover, ignore_errors=True)
