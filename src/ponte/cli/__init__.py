"""The ``ponte`` command. Without a subcommand it starts the desktop app.

Each ``ponte.cli.<group>`` module contributes one subcommand group through
``register(subparsers)``; handlers return an exit code. A :class:`PonteError` is printed as
its user sentence (never a traceback) and mapped to exit code 2; anything else is a bug:
logged, its sentence printed, exit code 70.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence

from ponte import __version__
from ponte.core.errors import InternalError, PonteError, UserCancelled

log = logging.getLogger("ponte.cli")

# Subcommand groups, one module each; Qt is loaded only when the GUI starts.
COMMAND_MODULES: tuple[str, ...] = (
    "ponte.cli.vault",
    "ponte.cli.case",
    "ponte.cli.importing",
    "ponte.cli.packet",
    "ponte.cli.hub",
    "ponte.cli.release",
    "ponte.cli.gui",
    "ponte.cli.network",
    "ponte.cli.stats",
)

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ponte",
        description="Ponte: encrypted case records and referrals for anti-violence centres.",
    )
    parser.add_argument("--version", action="version", version=f"ponte {__version__}")
    parser.add_argument("--data-dir", help="folder holding the vault (default: per-user data dir)")
    parser.add_argument("--portable", action="store_true", help="keep data next to the program")
    parser.add_argument(
        "--verbose", action="store_true", help="also log to stderr (no personal data)"
    )
    parser.add_argument(
        "--lang", choices=("it", "en"), default=argparse.SUPPRESS, help="desktop language"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _setup_logging(args: argparse.Namespace) -> None:
    from ponte.core.logs import setup
    from ponte.storage.paths import log_dir

    try:
        setup(
            log_dir(getattr(args, "data_dir", None), portable=args.portable), verbose=args.verbose
        )
    except OSError:
        logging.basicConfig(level=logging.WARNING)  # no writable log dir: stderr only


def _start_gui(argv: Sequence[str]) -> int:
    gui = importlib.import_module("ponte.desktop.__main__")
    return int(gui.main(list(argv)))


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        if args.command is None:
            return _start_gui(args_list)
        parser.print_help()
        return 2
    _setup_logging(args)
    log.info("command %s", args.command)
    try:
        return handler(args)
    except UserCancelled:
        return 130
    except PonteError as exc:
        log.info("command %s refused: %s", args.command, exc.kind)
        print(f"ponte: {exc.user_message()}", file=sys.stderr)
        if exc.detail:
            print(f"  {exc.detail}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception:  # a bug: log it, show the calm sentence
        log.exception("unexpected error in %s", args.command)
        print(f"ponte: {InternalError.sentence()}", file=sys.stderr)
        return 70


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
