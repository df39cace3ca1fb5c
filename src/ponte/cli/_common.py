"""Helpers shared by the subcommand groups: data dir and passphrase input."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ponte.core.errors import UsageError, UserCancelled
from ponte.storage import paths

PASSPHRASE_ENV = "PONTE_PASSPHRASE"  # noqa: S105 - the variable name, not a secret


def add_passphrase_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", help="read the passphrase from this file")
    add_data_dir_arg(parser)


def add_data_dir_arg(parser: argparse.ArgumentParser) -> None:
    """``--data-dir`` after the subcommand too (the root parser has it before)."""
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder holding the vault")


def data_dir(args: argparse.Namespace) -> Path:
    return paths.data_dir(
        getattr(args, "data_dir", None), portable=getattr(args, "portable", False)
    )


def read_secret(
    args: argparse.Namespace,
    prompt: str,
    *,
    file_attr: str = "passphrase_file",
    env: str = PASSPHRASE_ENV,
    confirm: bool = False,
) -> str:
    """A passphrase from ``--passphrase-file``, then ``$PONTE_PASSPHRASE``, then a prompt."""
    file_name = getattr(args, file_attr, None)
    if file_name:
        text = Path(file_name).read_text(encoding="utf-8").rstrip("\r\n")
        if not text:
            raise UsageError(f"{file_name} is empty")
        return text
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise UsageError(f"no passphrase: use --passphrase-file or {env}")
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat: ") != first:
            raise UsageError("the two passphrases differ")
    except (EOFError, KeyboardInterrupt) as exc:
        raise UserCancelled() from exc
    return first
