"""Run vault work on the vault thread; get the result back on the Qt main thread.

Pattern from Anki's ``taskman``: the job runs on ``storage.worker.VaultWorker``; when its
future completes, a queued signal carries the outcome to the main thread, where ``on_done``
or ``on_error`` runs. A ``PonteError`` reaches ``on_error`` as itself (its sentence is for
the person); anything else is logged and replaced by ``InternalError`` — never a traceback.
A bug in ``on_done`` itself is logged too and turned into ``on_error(InternalError())``, so
the screen that waited leaves its busy state; a bug in ``on_error`` goes to the app's
exception hook (``desktop/crash.py``): one calm sentence, and the app goes on.

Network work outside a sync round (joining the network) runs with ``run_on_network`` on a
thread of its own, never the vault thread, whose outcome comes back the same way.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from ponte.app.session import VaultWorker
from ponte.core.errors import InternalError, PonteError

log = logging.getLogger("ponte.desktop.tasks")


class TaskRunner(QObject):
    _finished = Signal(object, object, object)  # future, on_done, on_error

    def __init__(self, worker: VaultWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._finished.connect(self._deliver)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[PonteError], None],
        *,
        owner: QObject | None = None,
    ) -> None:
        """``owner``: the widget the callbacks touch; if it was destroyed meanwhile (the app
        locked, the screen closed) the outcome is dropped instead of delivered. When
        ``on_done`` is a method of a Qt object, that object is the owner unless one is given."""
        if owner is None and isinstance(getattr(on_done, "__self__", None), QObject):
            owner = on_done.__self__  # type: ignore[attr-defined]
        if owner is not None:
            on_done, on_error = _unless_gone(owner, on_done), _unless_gone(owner, on_error)
        try:
            future = self.worker.submit(fn)
        except RuntimeError:  # the vault thread has stopped: the app is closing
            log.info("task dropped: the vault thread has stopped")
            return
        future.add_done_callback(lambda f: self._finished.emit(f, on_done, on_error))

    def run_on_network(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[PonteError], None],
    ) -> None:
        """Run ``fn`` (it waits on the hub, touches no vault) on a daemon thread of its own,
        so neither the window nor the vault thread waits; the outcome comes back here."""
        future: Future[Any] = Future()

        def work() -> None:
            try:
                future.set_result(fn())
            except Exception as exc:  # noqa: BLE001 - delivered to on_error like a vault task's
                future.set_exception(exc)

        future.add_done_callback(lambda f: self._finished.emit(f, on_done, on_error))
        threading.Thread(target=work, name="ponte-network", daemon=True).start()

    def _deliver(
        self,
        future: Future[Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[PonteError], None],
    ) -> None:
        exc = future.exception()
        if exc is None:
            try:
                on_done(future.result())
            except Exception as bug:  # a bug in the screen's callback: log it, say it calmly
                log.error("task callback failed: %s", type(bug).__name__, exc_info=bug)
                on_error(bug if isinstance(bug, PonteError) else InternalError())
        elif isinstance(exc, PonteError):
            on_error(exc)
        else:
            log.error("task failed: %s", type(exc).__name__, exc_info=exc)
            on_error(InternalError())


def _unless_gone(owner: QObject, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    def call(value: Any) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return call
