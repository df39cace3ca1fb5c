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

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from ponte.core.errors import InternalError

log = logging.getLogger("ponte.desktop.crash")
STDERR_NAME = "stderr.log"


class CrashGuard(QObject):
    """Installed once by the composition root with the main window as the parent.

    A bug in another thread touches nothing of Qt there (a plain Python thread that emits a
    signal makes Qt adopt it, and PySide6 may then crash at exit): it raises a flag that a
    timer on the GUI thread looks at, and the sentence is shown from there.
    """

    POLL_MS = 250

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)  # the window owns the guard (no reference back: no cycle)
        self.box: QMessageBox | None = None
        self._elsewhere = threading.Event()  # set by a bug in another thread
        self._gui = threading.current_thread()
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._on_poll_timeout)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        self._poll.start()

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
        _release_frames(exc)
        if threading.current_thread() is self._gui:
            self._say()
        else:
            self._elsewhere.set()

    def _on_poll_timeout(self) -> None:
        if self._elsewhere.is_set():
            self._elsewhere.clear()
            self._say()

    def _say(self) -> None:
        if self.box is not None and self.box.isVisible():
            return  # one sentence is enough; every occurrence is in the log
        if self.box is None:
            parent = self.parent()
            self.box = QMessageBox(parent if isinstance(parent, QWidget) else None)
            self.box.setIcon(QMessageBox.Icon.Warning)
            self.box.setWindowTitle(QCoreApplication.translate("crash", "Ponte"))
            self.box.setText(QCoreApplication.translate("errors", InternalError.sentence()))
            self.box.setAccessibleName(QCoreApplication.translate("crash", "Unexpected problem"))
            self.box.setWindowModality(Qt.WindowModality.NonModal)  # she can go on working
        self.box.show()


def _release_frames(exc: BaseException) -> None:
    """Once logged, a bug's frames go: whoever still holds the error (Python's ``sys.last_*``,
    a log handler, the binding) would otherwise keep, through them, whatever the screen held —
    her data, widgets — alive after a lock."""
    for name in ("last_type", "last_value", "last_traceback", "last_exc"):
        if hasattr(sys, name):
            setattr(sys, name, None)
    seen: BaseException | None = exc
    while seen is not None:
        seen.__traceback__ = None
        seen = seen.__cause__ or seen.__context__


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
