"""Sync off the vault thread: the network waits on the sync thread, each database step
hops to the vault thread and back.

Before this, a whole round (HTTP included) ran as one job on the vault thread, so over a
slow link every screen's vault work queued behind it. Here the engine runs on the caller's
thread with ports that marshal each call (``OnVaultThread``); a database step holds the
vault thread for milliseconds, never for a request. Persist-before-send and exactly-once
are unchanged: the same outbox/inbox methods run, in the same order, on the same thread.
"""

from __future__ import annotations

from typing import Any, cast

from ponte.app.workstation import OnVault, Workstation
from ponte.core.directory import Directory
from ponte.storage.outbox import VaultOutbox
from ponte.sync.engine import SyncEngine, SyncResult, SyncStatus
from ponte.sync.opener import DirectoryOpener
from ponte.sync.ports import Inbox, Outbox


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
    """Build on the vault thread (it reads the identity); ``run_round`` on the sync thread."""

    def __init__(self, ws: Workstation, on_vault: OnVault) -> None:
        self.ws = ws
        self.on_vault = on_vault
        ident = ws.identity
        db = ws.vault.db
        self.client = ws.new_client()  # its own: the vault thread may use ws.client()
        inbox = ws.inbox()
        marshalled_inbox = cast(Inbox, OnVaultThread(inbox, on_vault))
        opener = DirectoryOpener(
            my_id=ident.member_id,
            my_keys=[k for mk in ident.keys for k in mk.recipient_keys()],
            directory=self._fresh_directory,
            seen=marshalled_inbox.has,
            clock=ws.clock,
        )
        self.engine = SyncEngine(
            outbox=cast(Outbox, OnVaultThread(VaultOutbox(db), on_vault)),
            inbox=marshalled_inbox,
            client=self.client,
            opener=opener,
            clock=ws.clock,
        )

    def _fresh_directory(self) -> Directory:
        return self.ws.refresh_directory(self.client, self.on_vault)

    def run_round(self) -> tuple[SyncResult, SyncStatus]:
        """``Workstation.run_round`` with this engine and client; its status after it."""
        return self.ws.run_round(self.engine, self.client, self.on_vault), self.engine.status
