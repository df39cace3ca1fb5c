import os
import stat
from pathlib import Path

import pytest

from ponte.core.fsutil import atomic_write, ensure_private_dir


def test_atomic_write_creates_private_file_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "slots.json"
    atomic_write(target, b"one")
    assert target.read_bytes() == b"one"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["slots.json"], "no temp file left behind"


def test_atomic_write_failure_keeps_old_file(tmp_path: Path) -> None:
    target = tmp_path / "slots.json"
    atomic_write(target, b"old")

    # A write that fails half-way (here: the data object is not bytes-like) leaves the old file.
    with pytest.raises(TypeError):
        atomic_write(target, object())  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["slots.json"]


def test_ensure_private_dir(tmp_path: Path) -> None:
    d = ensure_private_dir(tmp_path / "a" / "b")
    assert d.is_dir()
    assert stat.S_IMODE(os.stat(d).st_mode) == 0o700
