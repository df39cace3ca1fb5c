"""``ponte desktop`` (alias ``ponte gui``): start the desktop app, as ``ponte`` alone does.

The GUI is imported by name only when asked for, so the CLI never loads Qt.
"""

from __future__ import annotations

import argparse
import importlib

from ponte.cli._common import add_data_dir_arg


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("desktop", aliases=["gui"], help="start the desktop app (the default)")
    p.add_argument(
        "--lang", default=argparse.SUPPRESS, choices=("it", "en"), help="interface language"
    )
    p.add_argument(
        "--self-test",
        action="store_true",
        help="check the GUI works here: sign in ($PONTE_USER, $PONTE_PASSPHRASE), show, quit",
    )
    add_data_dir_arg(p)
    p.add_argument(
        "--portable", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    p.set_defaults(handler=_desktop)


def gui_argv(args: argparse.Namespace) -> list[str]:
    """The desktop's own arguments, from the parsed CLI ones."""
    argv = ["--lang", getattr(args, "lang", "it")]
    if getattr(args, "data_dir", None):
        argv += ["--data-dir", str(args.data_dir)]
    if getattr(args, "portable", False):
        argv.append("--portable")
    if getattr(args, "verbose", False):
        argv.append("--verbose")
    if getattr(args, "self_test", False):
        argv.append("--self-test")
    return argv


def _desktop(args: argparse.Namespace) -> int:
    gui = importlib.import_module("ponte.desktop.__main__")
    return int(gui.main(gui_argv(args)))
