"""The sync round, built in one place: the desktop's sync thread, the CLI and tests run it.

A round: the directory (once, conditionally), then what the centre's other devices have not
been sent yet is sealed into the outbox (docs/replication.md), then the outbox is drained
and the inbox pulled (``sync/engine.py``), then the head of the audit chain is anchored at
the hub (``app/anchoring.py``).

The network waits happen on the caller's thread; every database step goes through
``on_vault`` (the desktop's vault thread; here by default, for the CLI), wrapped around the
ports by ``OnVaultThread``. A database step holds the vault thread for milliseconds, never
for a request. Persist-before-send and exactly-once do not depend on the thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from ponte.app import anchoring
from ponte.app.replication import Replication
from ponte.app.workstation import Workstation
from ponte.core.clock import rfc3339
from ponte.core.errors import (
    DirectoryError,
    ForeignKeyListed,
    HubError,
    PonteError,
    WorkingOffline,
)
from ponte.storage.outbox import VaultOutbox
from ponte.storage.replica import inbound, stream
from ponte.storage.syncstate import VaultRetryState
from ponte.sync.engine import SyncEngine, SyncResult, SyncStatus
from ponte.sync.ports import DirectoryCache, Inbox, Outbox, RetryState

__all__ = ["BackgroundSync", "OnVault", "OnVaultThread", "SyncResult", "SyncStatus", "sync"]

#: Runs a database step where the vault lives (the desktop's vault thread) and returns its result.
OnVault = Callable[[Callable[[], Any]], Any]


def _here(step: Callable[[], Any]) -> Any:
    return step()


class OnVaultThread:
    """Every method of ``target``, called through ``on_vault`` (the vault thread)."""

    def __init__(self, target: object, on_vault: OnVault) -> None:
        self._target = target
        self._on_vault = on_vault

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._target, name)
        if not callable(attr):
            return attr
        return lambda *args, **kwargs: self._on_vault(lambda: attr(*args, **kwargs))


class BackgroundSync:
    """Build it where the vault lives (it reads the identity and the retry state); call
    :meth:`run_round` from the thread that may wait on the network."""

    def __init__(self, ws: Workstation, on_vault: OnVault = _here) -> None:
        self.ws = ws
        self.on_vault = on_vault
        db = ws.vault.db
        self.client = ws.client()
        retry = VaultRetryState(db)
        self.engine = SyncEngine(
            outbox=cast(Outbox, OnVaultThread(VaultOutbox(db), on_vault)),
            receiver=ws.receiver(cast(Inbox, OnVaultThread(ws.inbox(), on_vault))),
            client=self.client,
            directory=cast(DirectoryCache, OnVaultThread(ws.directories, on_vault)),
            retry_state=cast(RetryState, OnVaultThread(retry, on_vault)),
            resume=retry.load(),
            clock=ws.clock,
        )
        self._show_alarm(ws.key_alarm())

    def close(self) -> None:
        self.client.close()

    @property
    def status(self) -> SyncStatus:
        return self.engine.status

    def seconds_until_next(self) -> float:
        return self.engine.seconds_until_next()

    def retry_now(self) -> None:
        self.engine.retry_now()

    def run_round(self) -> SyncResult:
        """One round (see the module docstring); its result, with the first error met.
        :class:`WorkingOffline` if she chose to work offline: nothing touches the network."""
        if self.ws.offline:
            raise WorkingOffline()
        late: list[PonteError] = []

        def queue_replication() -> None:
            try:
                self.on_vault(lambda: Replication(self.ws).queue_changes())
            except (HubError, DirectoryError) as exc:  # a peer not in the directory yet
                late.append(exc)

        result = self.engine.run_once(prepare=queue_replication)
        if result.error is None and late:
            result.error = late[0]
        if result.error is None:
            try:
                self._anchor()
            except HubError as exc:  # the next round tries again
                result.error = exc
        self._show_alarm(self.on_vault(self.ws.key_alarm))
        return result

    def _show_alarm(self, alarm: ForeignKeyListed | None) -> None:
        """What stays wrong whatever the rounds do: a key listed for this member that this
        workstation did not create (``app/keywatch.py``)."""
        status = self.engine.status
        status.warning = None if alarm is None else alarm.sentence()
        status.warning_params = () if alarm is None else alarm.params

    def _anchor(self) -> None:
        db = self.ws.vault.db
        due = self.on_vault(lambda: anchoring.due_anchor(db))
        if due is not None:
            seq, head = due
            self.client.anchor(seq, head, rfc3339(self.ws.clock.now()))
            self.on_vault(lambda: anchoring.mark_anchored(db, seq))

    def catch_up(self, progress: inbound.Progress | None = None, rounds: int = 5) -> bool:
        """A new device of a centre: rounds until its snapshot is in; ``progress(done,
        total)`` per part (docs/replication.md)."""
        db = self.ws.vault.db
        self.on_vault(lambda: inbound.on_progress(db, progress))
        try:
            for _ in range(rounds):
                result = self.run_round()
                if result.error is not None:
                    raise result.error
                if self.on_vault(lambda: stream.joined(db)):
                    return True
            return bool(self.on_vault(lambda: stream.joined(db)))
        finally:
            self.on_vault(lambda: inbound.on_progress(db, None))


def sync(ws: Workstation) -> SyncResult:
    """One round on this thread, for the CLI and tests (the desktop keeps a BackgroundSync)."""
    rounds = BackgroundSync(ws)
    try:
        return rounds.run_round()
    finally:
        rounds.close()
