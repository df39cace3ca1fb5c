"""Runs sync rounds off the UI thread and reports status to Qt as signals.

The bridge owns one Python thread that calls ``run_round`` now, then every ``interval``
seconds or sooner when asked (``sync_now``), waiting longer after failures as the engine's
backoff says. Results cross to the Qt main thread through signals (queued connections),
so slots may touch widgets. Nothing here reads the vault: ``run_round`` does, through the
vault worker.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from ponte.app.session import SyncResult, SyncStatus
from ponte.core.errors import InternalError, PonteError

log = logging.getLogger("ponte.desktop.sync")


@dataclass(frozen=True)
class StatusView:
    """What the status bar shows, in plain words (translated by the view)."""

    online: bool
    queued: int
    last_success: datetime | None
    last_error: str | None


RoundFn = Callable[[], tuple[SyncResult, SyncStatus]]


class SyncBridge(QObject):
    status_changed = Signal(object)  # StatusView
    round_finished = Signal(object)  # SyncResult

    def __init__(
        self, run_round: RoundFn, *, interval: float = 60.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._run_round = run_round
        self.interval = interval
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._reporting = threading.Lock()  # no report starts once stop() has returned
        self._thread: threading.Thread | None = None
        self.last: StatusView | None = None

    def start(self) -> None:
        if self._thread is None and not self._stop.is_set():
            self._thread = threading.Thread(target=self._loop, name="ponte-sync", daemon=True)
            self._thread.start()

    def sync_now(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        """Ask the sync thread to end after its round, and return at once: a round that
        hangs on a silent network must not freeze the window (the thread is a daemon; its
        late database steps fail on the locked vault, and it reports nothing more)."""
        with self._reporting:  # at most a report being posted (microseconds), never a round
            self._stop.set()
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def finish(self, timeout: float) -> None:
        """When the app closes (the window is gone): give a stopped thread ``timeout``
        seconds to end, so no report outlives the objects it would go to."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            wait = self.interval
            try:
                result, status = self._run_round()
            except PonteError as exc:
                result, status = (
                    SyncResult(error=exc),
                    SyncStatus(last_error=exc.sentence(), last_error_kind=exc.kind),
                )
            except Exception:  # a bug: log it, keep the app alive, say it calmly
                log.exception("sync round failed")
                err = InternalError()
                result, status = SyncResult(error=err), SyncStatus(last_error=err.sentence())
            if (status.next_attempt is not None and status.last_success is None) or status.failures:
                wait = max(1.0, min(self.interval, _seconds_until(status.next_attempt)))
            view = StatusView(status.online, status.queued, status.last_success, status.last_error)
            with self._reporting:
                if self._stop.is_set():
                    return
                self.last = view
                self.round_finished.emit(result)
                self.status_changed.emit(replace(view))
            self._wake.wait(wait)
            self._wake.clear()


def _seconds_until(when: datetime | None) -> float:
    if when is None:
        return 0.0
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
