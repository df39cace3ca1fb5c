"""Composition root of the desktop app: ``ponte`` with no subcommand."""

from __future__ import annotations

import argparse
import sys
import time

from PySide6.QtWidgets import QApplication

from ponte.app.session import VaultWorker, paths
from ponte.core.logs import setup as setup_logs
from ponte.desktop import i18n
from ponte.desktop.access import theme
from ponte.desktop.app import Controller
from ponte.desktop.collector import GuiThreadCollector
from ponte.desktop.crash import CrashGuard, route_streams
from ponte.desktop.main_window import MainWindow
from ponte.desktop.settings import settings_for


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    parser = argparse.ArgumentParser(prog="ponte")
    parser.add_argument("--data-dir")
    parser.add_argument("--portable", action="store_true")
    parser.add_argument("--lang", choices=("it", "en"), help="default: the saved preference")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--self-test", action="store_true", help="sign in, show, quit")
    args, _ = parser.parse_known_args(argv)
    data_dir = paths.ensure(paths.data_dir(args.data_dir, portable=args.portable))
    log_dir = paths.log_dir(args.data_dir, portable=args.portable)
    route_streams(log_dir)  # the windowed Windows build has no console
    setup_logs(log_dir, verbose=args.verbose and sys.stderr is not None)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    collector = GuiThreadCollector(app).start()  # Qt objects die on the GUI thread only
    settings = settings_for(data_dir)
    lang = args.lang or settings.language
    i18n.install(app, lang)
    theme.apply(app, settings.theme, settings.text_scale)
    window = MainWindow()
    CrashGuard(window).install()
    app.installEventFilter(window.idle)
    controller = Controller(window, data_dir, VaultWorker(), settings)
    controller.start()
    window.show()
    if args.self_test:
        from ponte.desktop import selftest

        code = selftest.run(app, window, controller, started)
    else:
        code = app.exec()
    controller.shutdown()
    collector.stop()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
