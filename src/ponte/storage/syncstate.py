"""What the sync keeps in the vault between rounds and restarts (the ``sync_state`` table):
the signed directory with its ETag, and the retry policy's state.

The directory is kept so referrals can be composed offline: composing reads only this copy
(verified again against the pinned hub key when it is loaded), never the network. Only the
sync round fetches a new one (``sync/engine.py``). Call these on the vault thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from ponte.core.clock import parse_rfc3339, rfc3339
from ponte.core.directory import Directory, verify_directory
from ponte.core.errors import DirectoryError, DirectoryNotYet
from ponte.core.keys import ed25519_public
from ponte.storage.db import Database

log = logging.getLogger("ponte.storage.syncstate")
_DIRECTORY, _ETAG = "directory", "directory_etag"
_FAILURES, _NEXT = "retry_failures", "retry_next_attempt"


def get(db: Database, key: str) -> str | None:
    value = db.scalar("SELECT value FROM sync_state WHERE key = ?", (key,))
    return None if value is None else str(value)


def put(db: Database, key: str, value: str | None) -> None:
    if value is None:
        db.execute("DELETE FROM sync_state WHERE key = ?", (key,))
        return
    db.execute(
        "INSERT INTO sync_state (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


#: Called inside the transaction that keeps a newer directory: (directory, log entries).
OnKeep = Callable[[Directory, Sequence[dict[str, Any]]], None]


class VaultDirectory:
    """``sync.ports.DirectoryCache`` over the vault, with the verified copy in memory.
    ``on_keep`` sees every newer directory kept, in the same transaction (the workstation
    looks there for keys of its own it did not create: ``app/keywatch.py``)."""

    def __init__(self, db: Database, hub_key_hex: str, on_keep: OnKeep | None = None) -> None:
        self.db = db
        self._hub_key = ed25519_public(hub_key_hex)
        self._memo: tuple[Directory, str | None] | None = None
        self.on_keep = on_keep

    def kept(self) -> tuple[Directory, str | None] | None:
        """The copy accepted last and its ETag; None before the first, or when the copy
        kept is of a format this version no longer accepts (the next round fetches anew)."""
        if self._memo is None:
            raw = get(self.db, _DIRECTORY)
            if raw is None:
                return None
            try:
                self._memo = (verify_directory(raw.encode(), self._hub_key), get(self.db, _ETAG))
            except DirectoryError:
                log.warning("the directory kept here no longer verifies: fetching it anew")
                return None
        return self._memo

    def keep(
        self, raw: bytes, etag: str | None, entries: Sequence[dict[str, Any]] = ()
    ) -> Directory:
        directory = verify_directory(raw, self._hub_key)
        with self.db.transaction():
            put(self.db, _DIRECTORY, raw.decode())
            put(self.db, _ETAG, etag)
            if self.on_keep is not None:
                self.on_keep(directory, entries)
        self._memo = (directory, etag)
        return directory

    def current(self) -> Directory:
        """The copy kept; :class:`DirectoryNotYet` before the first one arrived."""
        kept = self.kept()
        if kept is None:
            raise DirectoryNotYet("no copy of the directory yet")
        return kept[0]


class VaultRetryState:
    """``sync.ports.RetryState``: failed rounds in a row and the next attempt."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def load(self) -> tuple[int, datetime | None]:
        failures = int(get(self.db, _FAILURES) or 0)
        when = get(self.db, _NEXT)
        return failures, None if when is None else parse_rfc3339(when)

    def save(self, failures: int, next_attempt: datetime | None) -> None:
        with self.db.transaction():
            put(self.db, _FAILURES, str(failures) if failures else None)
            put(self.db, _NEXT, None if next_attempt is None else rfc3339(next_attempt))
