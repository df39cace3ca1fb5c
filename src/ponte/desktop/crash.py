"""Bugs never vanish and never frighten: one calm sentence, a log entry, the app goes on.

An exception that escapes a Qt callback reaches ``sys.excepthook``; one in a plain Python
thread reaches ``threading.excepthook``. Both land here: the exception's *type* and code
locations are logged (``core/logs.py`` never writes exception messages, which can quote
data), and the person sees :class:`InternalError`'s sentence once — not a traceback, not a
storm of dialogs when a timer repeats the bug. The window stays usable: nothing is closed.

The Windows build has no console (``sys.stderr`` is None in a windowed program), so
:func:`route_streams` gives stderr and faulthandler (a native crash of Qt) a file in the
log folder.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ponte.core.errors import InternalError

log = logging.getLogger("ponte.desktop.crash")
STDERR_NAME = "stderr.log"


class CrashGuard(QObject):
    """Installed once by the composition root with the main window as the parent."""

    _happened = Signal()  # from any thread; the sentence is shown on the GUI thread

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.box: QMessageBox | None = None
        self._happened.connect(self._on_happened)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def excepthook(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        self.report(exc)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.report(args.exc_value, thread=args.thread.name if args.thread else "")

    def report(self, exc: BaseException, *, thread: str = "") -> None:
        """Log the bug (type and places only) and say one calm sentence on screen."""
        log.error(
            "unexpected error %s in thread %s",
            type(exc).__name__,
            thread or threading.current_thread().name,
            exc_info=exc,
        )
        self._happened.emit()

    def _on_happened(self) -> None:
        if self.box is not None and self.box.isVisible():
            return  # one sentence is enough; every occurrence is in the log
        if self.box is None:
            self.box = QMessageBox(self.window)
            self.box.setIcon(QMessageBox.Icon.Warning)
            self.box.setWindowTitle(QCoreApplication.translate("crash", "Ponte"))
            self.box.setText(QCoreApplication.translate("errors", InternalError.sentence()))
            self.box.setAccessibleName(QCoreApplication.translate("crash", "Unexpected problem"))
            self.box.setWindowModality(Qt.WindowModality.NonModal)  # she can go on working
        self.box.show()


def route_streams(log_dir: Path) -> IO[str] | None:
    """Without a console (the windowed Windows build) stderr goes to ``stderr.log`` in the
    log folder, and a native crash writes its thread stacks there (faulthandler)."""
    target: IO[str] | None = None
    if sys.stderr is None:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(log_dir / STDERR_NAME, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        target = os.fdopen(fd, "a", encoding="utf-8", buffering=1)
        sys.stderr = target
        if sys.stdout is None:
            sys.stdout = target
    faulthandler.enable(file=sys.stderr)
    return target
