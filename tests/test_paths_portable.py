"""Where the data goes: --data-dir, --portable, and the ``ponte-portable`` marker file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

from ponte.cli import build_parser
from ponte.cli.gui import gui_argv
from ponte.storage import paths


@pytest.fixture
def program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend the running program lives in tmp_path/usb/ponte (as on a USB drive)."""
    folder = tmp_path / "usb" / "ponte"
    folder.mkdir(parents=True)
    exe = folder / "ponte"
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "executable", str(exe))
    return folder


def test_without_marker_the_per_user_folder_is_used(program: Path) -> None:
    assert not paths.data_dir().is_relative_to(program)


def test_portable_flag_keeps_data_next_to_the_program(program: Path) -> None:
    assert paths.data_dir(portable=True) == program / "ponte-data"
    assert paths.log_dir(portable=True) == program / "ponte-data" / "logs"


def test_marker_file_turns_portable_mode_on(program: Path) -> None:
    (program / "ponte-portable").write_text("")
    assert paths.data_dir() == program / "ponte-data"
    assert paths.log_dir() == program / "ponte-data" / "logs"


def test_explicit_data_dir_wins_over_everything(program: Path, tmp_path: Path) -> None:
    (program / "ponte-portable").write_text("")
    assert paths.data_dir(tmp_path / "elsewhere", portable=True) == tmp_path / "elsewhere"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["desktop"], ["--lang", "it"]),
        (["gui", "--lang", "en"], ["--lang", "en"]),
        (["--data-dir", "/x", "desktop"], ["--lang", "it", "--data-dir", "/x"]),
        (["desktop", "--data-dir", "/y"], ["--lang", "it", "--data-dir", "/y"]),
        (["--portable", "--verbose", "gui"], ["--lang", "it", "--portable", "--verbose"]),
        (["--lang", "en", "desktop"], ["--lang", "en"]),
    ],
)
def test_desktop_subcommand_passes_data_dir_and_portable_on(
    argv: list[str], expected: list[str]
) -> None:
    args = build_parser().parse_args(argv)
    assert isinstance(args, argparse.Namespace)
    assert gui_argv(args) == expected


def test_language_before_no_subcommand_is_accepted() -> None:
    args = build_parser().parse_args(["--lang", "en"])
    assert args.command is None
