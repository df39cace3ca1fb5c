"""PostgreSQL backend (psycopg 3 + a connection pool): several hub processes, one database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from psycopg_pool import ConnectionPool

from ponte.hub.schema import schema
from ponte.hub.store import Cursor, SqlStore

_LOCK_ID = 0x504F4E5445  # advisory lock taken while creating tables ("PONTE")


class PostgresStore(SqlStore):
    def __init__(self, url: str, *, max_size: int = 8) -> None:
        self._pool = ConnectionPool(url, min_size=1, max_size=max_size, open=True)
        with self._tx() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_ID,))
            for ddl in schema("BYTEA", "BIGSERIAL PRIMARY KEY"):
                cur.execute(ddl)

    @contextmanager
    def _tx(self) -> Iterator[Cursor]:
        with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            yield cur

    def close(self) -> None:
        self._pool.close()
