"""``ponte desktop --self-test``: does the GUI work on this computer, and how fast does it open?

Opens the real window, signs in with ``$PONTE_USER`` / ``$PONTE_PASSPHRASE``, waits until the
case list has shown its first page, prints one JSON line and quits. For the IT volunteer
checking an installation (missing X11/xcb libraries show up here, not in front of an
operatrice) and for the start-up benchmark. Prints ids and counts only.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ponte.core.errors import PonteError
from ponte.desktop.app import Controller
from ponte.desktop.main_window import MainWindow

USER_ENV = "PONTE_USER"
PASSPHRASE_ENV = "PONTE_PASSPHRASE"  # noqa: S105 - the variable name, not a secret
TIMEOUT_MS = 120_000


def run(app: QApplication, window: MainWindow, controller: Controller, started: float) -> int:
    user, passphrase = os.environ.get(USER_ENV), os.environ.get(PASSPHRASE_ENV)
    if not user or not passphrase:
        sys.stderr.write(f"ponte: --self-test needs {USER_ENV} and {PASSPHRASE_ENV}\n")
        return 2
    outcome = {"code": 1}

    def finish(code: int, doc: dict[str, object]) -> None:
        if outcome.get("done"):
            return
        outcome.update(code=code, done=1)
        sys.stdout.write(json.dumps(doc) + "\n")
        sys.stdout.flush()
        QTimer.singleShot(0, app.quit)

    def page_shown() -> None:
        if window.showing_cases():
            seconds = round(time.perf_counter() - started, 3)
            finish(0, {"self_test": "ok", "seconds": seconds, "cases": window.model.total})

    shown_failure = window.sign_in.failed

    def failed(exc: PonteError) -> None:
        shown_failure(exc)
        finish(1, {"self_test": "failed", "kind": exc.kind, "message": exc.user_message()})

    window.sign_in.failed = failed  # type: ignore[method-assign]
    window.model.modelReset.connect(page_shown)
    QTimer.singleShot(TIMEOUT_MS, lambda: finish(1, {"self_test": "failed", "kind": "timeout"}))
    controller._on_sign_in_submitted(user, passphrase)
    app.exec()
    return outcome["code"]
