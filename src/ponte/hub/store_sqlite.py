"""SQLite backend: one file in the data dir, WAL, one connection behind a lock (one writer)
and one for lookups (WAL lets them read committed rows while the writer commits: checking a
batch never waits behind another batch's fsync).

The database file is created 0600 before SQLite opens it (its ``-wal`` and ``-shm`` files take
the same mode), whatever the process umask.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ponte.hub.store import Cursor, SqlStore


class SqliteStore(SqlStore):
    placeholder = "?"

    def __init__(self, path: Path) -> None:
        self._lock = threading.Lock()
        os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
        os.chmod(path, 0o600)
        self._conn = sqlite3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=30
        )
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")
        self._conn.execute("PRAGMA foreign_keys = ON")
        with self._tx() as cur:
            self._create_schema(cur, "BLOB", "INTEGER PRIMARY KEY AUTOINCREMENT")
        self._read_lock = threading.Lock()
        self._reader = sqlite3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=30
        )
        self._reader.execute("PRAGMA query_only = ON")

    def _table_exists(self, cur: Cursor, name: str) -> bool:
        cur.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
        return cur.fetchone() is not None

    @contextmanager
    def _tx(self) -> Iterator[Cursor]:
        with self._lock:
            cur = self._conn.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                yield cur
            except BaseException:
                self._conn.rollback()
                raise
            else:
                self._conn.commit()
            finally:
                cur.close()

    @contextmanager
    def _read(self) -> Iterator[Cursor]:
        with self._read_lock:  # one statement, its own read transaction (autocommit)
            cur = self._reader.cursor()
            try:
                yield cur
            finally:
                cur.close()

    def close(self) -> None:
        with self._read_lock:
            self._reader.close()
        with self._lock:
            self._conn.close()
