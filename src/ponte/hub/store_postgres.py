"""PostgreSQL backend (psycopg 3 + a connection pool): several hub processes, one database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from psycopg_pool import ConnectionPool

from ponte.hub.store import Cursor, SqlStore

_LOCK_ID = 0x504F4E5445  # advisory lock taken while creating tables ("PONTE")
_LOG_LOCK_ID = 0x504F4E5446  # taken while appending to the directory log


class PostgresStore(SqlStore):
    def __init__(self, url: str, *, max_size: int = 8) -> None:
        self._pool = ConnectionPool(url, min_size=1, max_size=max_size, open=True)
        with self._tx() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_ID,))
            self._create_schema(cur, "BYTEA", "BIGSERIAL PRIMARY KEY")

    def _table_exists(self, cur: Cursor, name: str) -> bool:
        cur.execute("SELECT to_regclass(%s) IS NOT NULL", (name,))
        return bool(cur.fetchone()[0])

    def _lock_log(self, cur: Cursor) -> None:
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (_LOG_LOCK_ID,))

    def _after_copy(self, cur: Cursor) -> None:
        cur.execute(
            "SELECT setval(pg_get_serial_sequence('packets', 'seq'),"
            " COALESCE((SELECT MAX(seq) FROM packets), 0) + 1, false)"
        )

    @contextmanager
    def _tx(self) -> Iterator[Cursor]:
        with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            yield cur

    def close(self) -> None:
        self._pool.close()
