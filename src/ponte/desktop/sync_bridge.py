"""Runs sync rounds off the UI thread and reports status to Qt as signals.

The bridge owns one Python thread that runs a round now, then every ``interval`` seconds,
or after a failure when the one retry policy says (``sync/backoff.py``: the hub's
Retry-After, or backoff with jitter, on the injected clock; the wait survives a restart).
``sync_now`` ("retry now") clears any waiting and runs a round at once; ``set_offline``
("lavora offline") runs no round at all until she turns the network back on. Results cross to
the Qt main thread through signals (queued connections), so slots may touch widgets.
Nothing here reads the vault: the rounds object does, through the vault worker.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from ponte.app.background import SyncResult, SyncStatus
from ponte.core.errors import InternalError, PonteError

log = logging.getLogger("ponte.desktop.sync")
MIN_WAIT = 1.0  # never a hot loop, whatever a clock says


@dataclass(frozen=True)
class StatusView:
    """What the status bar shows, in plain words (translated by the view)."""

    online: bool
    queued: int
    last_success: datetime | None
    last_error: str | None
    #: what fills the sentence's %1, %2… (the trusted key's fingerprint, to read out to IT)
    params: tuple[str, ...] = ()
    by_choice: bool = False  # she chose to work offline: no round runs until she turns it on
    warning: str | None = None  # what stays wrong until a person acts (a key not made here)
    warning_params: tuple[str, ...] = ()  # its %1: the keys' ids, to read out


class Rounds(Protocol):
    """``app.background.BackgroundSync``, as the bridge uses it."""

    @property
    def status(self) -> SyncStatus: ...

    def run_round(self) -> SyncResult: ...

    def seconds_until_next(self) -> float: ...

    def retry_now(self) -> None: ...


class SyncBridge(QObject):
    status_changed = Signal(object)  # StatusView
    round_finished = Signal(object)  # SyncResult

    def __init__(
        self, rounds: Rounds, *, interval: float = 60.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._rounds = rounds
        self.interval = interval
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._retry_now = threading.Event()
        self._reporting = threading.Lock()  # no report starts once stop() has returned
        self._offline = threading.Event()
        self._thread: threading.Thread | None = None
        self.last: StatusView | None = None
        self.next_wait: float | None = None  # seconds the loop waits before the next round

    def start(self) -> None:
        if self._thread is None and not self._stop.is_set():
            self._thread = threading.Thread(target=self._loop, name="ponte-sync", daemon=True)
            self._thread.start()

    def sync_now(self) -> None:
        """ "Retry now": forget the policy's wait and any failures, and run a round at once."""
        self._retry_now.set()
        self._wake.set()

    def set_offline(self, offline: bool) -> None:
        """Working offline by choice: no round (no network at all) until turned back on;
        turning it back on runs a round at once."""
        if offline == self._offline.is_set():
            return
        if offline:
            self._offline.set()
        else:
            self._offline.clear()
        self._wake.set()

    @property
    def offline(self) -> bool:
        return self._offline.is_set()

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
        resume = self._rounds.seconds_until_next()  # a wait kept from before a restart
        if resume > 0:
            with self._reporting:
                if self._stop.is_set():
                    return
                self._show(self._rounds.status)
            self._sleep(resume)
        while not self._stop.is_set():
            if self._offline.is_set():
                with self._reporting:
                    if self._stop.is_set():
                        return
                    self._show_offline()
                self._sleep(None)
                continue
            if self._retry_now.is_set():
                self._retry_now.clear()
                self._rounds.retry_now()
            result, status = self._round()
            self.next_wait = (
                max(MIN_WAIT, self._rounds.seconds_until_next())
                if status.failures
                else self.interval
            )
            with self._reporting:
                if self._stop.is_set():
                    return
                self.round_finished.emit(result)
                self._show(status)
            self._sleep(self.next_wait)

    def _round(self) -> tuple[SyncResult, SyncStatus]:
        try:
            return self._rounds.run_round(), self._rounds.status
        except PonteError as exc:
            return SyncResult(error=exc), replace(
                self._rounds.status,
                last_error=exc.sentence(),
                last_error_kind=exc.kind,
                last_error_params=exc.params,
            )
        except Exception:  # a bug: log it, keep the app alive, say it calmly
            log.exception("sync round failed")
            err = InternalError()
            return SyncResult(error=err), replace(self._rounds.status, last_error=err.sentence())

    def _show(self, status: SyncStatus) -> None:
        view = StatusView(
            status.online,
            status.queued,
            status.last_success,
            status.last_error,
            status.last_error_params,
            warning=status.warning,
            warning_params=status.warning_params,
        )
        self.last = view
        self.status_changed.emit(replace(view))

    def _show_offline(self) -> None:
        queued = self.last.queued if self.last else 0
        when = self.last.last_success if self.last else None
        warning = (self.last.warning, self.last.warning_params) if self.last else (None, ())
        self.last = StatusView(
            False, queued, when, None, by_choice=True, warning=warning[0], warning_params=warning[1]
        )  # what stays wrong stays said
        self.status_changed.emit(replace(self.last))

    def _sleep(self, seconds: float | None) -> None:
        self._wake.wait(seconds)
        self._wake.clear()
