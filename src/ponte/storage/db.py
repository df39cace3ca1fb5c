"""The SQLCipher driver: the only module in Ponte that imports ``sqlcipher3``.

A :class:`Database` is one connection to one SQLCipher 4 file, opened with a raw 256-bit
key (``x'…'``), so opening costs no PBKDF2: the passphrase work happens once, in the key
slots. It is *not* thread-safe; exactly one thread owns it (see ``storage/worker.py``).

Pragmas, chosen for safety first and measured for speed (bench/):
- ``cipher_log_level = NONE`` before anything else, so SQLCipher never writes to stderr;
- ``journal_mode = WAL`` set right after keying, before any write is pending (it is
  silently ignored otherwise), ``synchronous = FULL`` so a committed change survives a
  power cut as well as a killed process;
- ``secure_delete = ON`` so erased rows are overwritten inside the (encrypted) pages;
- ``temp_store = MEMORY`` so sorts and temp tables never reach the disk;
- a 64 MiB page cache, which is what keeps SQLCipher within a few percent of SQLite.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Callable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from ponte.core.errors import DiskFull, VaultCorrupt
from ponte.storage import migrations

KEY_BYTES = 32
CACHE_KIB = 64 * 1024
#: Pages copied per step of an online backup that reports progress.
_BACKUP_STEP_PAGES = 256

Row = sqlcipher.Row
DatabaseError = sqlcipher.DatabaseError
SqlIntegrityError = sqlcipher.IntegrityError

PRAGMAS = (
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    f"PRAGMA cache_size = -{CACHE_KIB}",
    "PRAGMA busy_timeout = 5000",
)

#: A migration's line asking to run with foreign keys off (see ``Database._apply``).
FOREIGN_KEYS_OFF = "-- ponte: foreign keys off"
_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


#: A row the schema refuses (a duplicate unique value, a missing parent): callers that write
#: many rows in savepoints name the one refused instead of failing blind.
ConstraintError = sqlcipher.IntegrityError


def _translate(exc: Exception, path: Path) -> Exception:
    """Turn driver errors a person can meet into Ponte errors naming the file."""
    text = str(exc).lower()
    if isinstance(exc, sqlcipher.OperationalError) and (
        "disk is full" in text or "database or disk is full" in text
    ):
        return DiskFull(path.name)
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return DiskFull(path.name)
    if isinstance(exc, sqlcipher.DatabaseError) and (
        "not a database" in text or "malformed" in text or "corrupt" in text
    ):
        return VaultCorrupt(str(path))
    return exc


class Database:
    """One open SQLCipher connection with transactions, savepoints and migrations."""

    def __init__(self, path: Path, conn: Any) -> None:
        self.path = path
        self._conn: Any = conn
        self._depth = 0
        #: Called inside every outermost transaction just before COMMIT (replica capture).
        self.before_commit: list[Callable[[Database], None]] = []

    # ------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: Path, key: bytes, *, create: bool = False) -> Database:
        """Open (or with ``create``, create) the database at ``path`` with ``key``.

        A wrong key or a damaged file raises :class:`VaultCorrupt` naming the file: the key
        comes from a slot whose AEAD tag already proved the passphrase, so a key that does
        not open the file means the file is not what it was.
        """
        return cls._open(Path(path), key, create=create)

    @classmethod
    def open_unencrypted_for_benchmark(cls, path: Path) -> Database:
        """The same engine, pragmas and code path *without* encryption.

        Only ``bench/`` uses this, as the plain-SQLite baseline. Never for case data.
        """
        return cls._open(Path(path), None, create=True)

    @classmethod
    def _open(cls, path: Path, key: bytes | None, *, create: bool) -> Database:
        if not create and not path.is_file():
            raise VaultCorrupt(f"{path} is missing")
        if create and not path.exists():
            # Private from the first byte: SQLite gives -wal/-shm the main file's mode.
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        try:
            conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=True)
        except sqlcipher.Error as exc:
            raise _translate(exc, path) from exc
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            if key is not None:
                conn.execute(_key_pragma(key))
            # Reading the schema is what proves the key; it fails on a wrong key or bad file.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise VaultCorrupt(f"{path}: cannot enable WAL ({mode})")
            for pragma in PRAGMAS:
                conn.execute(pragma)
        except sqlcipher.Error as exc:
            conn.close()
            raise _translate(exc, path) from exc
        except BaseException:
            conn.close()
            raise
        conn.row_factory = sqlcipher.Row
        return cls(path, conn)

    @property
    def closed(self) -> bool:
        return self._conn is None

    def _c(self) -> Any:
        if self._conn is None:
            from ponte.core.errors import VaultLocked

            raise VaultLocked()
        return self._conn

    def close(self) -> None:
        """Checkpoint the WAL into the main file and drop the connection (and its key)."""
        if self._conn is None:
            return
        with contextlib.suppress(sqlcipher.Error):
            self._conn.execute("PRAGMA optimize")  # keeps the query planner's statistics fresh
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()
        self._conn = None

    # ------------------------------------------------------------ statements
    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        """Run one statement; returns the cursor (``lastrowid``, ``rowcount``)."""
        try:
            return self._c().execute(sql, params)
        except sqlcipher.Error as exc:
            raise _translate(exc, self.path) from exc

    def executemany(self, sql: str, rows: Any) -> Any:
        try:
            return self._c().executemany(sql, rows)
        except sqlcipher.Error as exc:
            raise _translate(exc, self.path) from exc

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        return list(self.execute(sql, params).fetchall())

    def query_one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any | None:
        return self.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    # ------------------------------------------------------------ transactions
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """All-or-nothing block. Nested blocks become savepoints (sqlite-utils ``atomic``)."""
        conn = self._c()
        if self._depth == 0:
            self.execute("BEGIN IMMEDIATE")
            name = None
        else:
            name = f"sp{self._depth}"
            self.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield self
            if name is None:
                for hook in self.before_commit:
                    hook(self)
        except BaseException:
            self._depth -= 1
            if name is None:
                with contextlib.suppress(sqlcipher.Error):
                    conn.execute("ROLLBACK")
            else:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        if name is None:
            try:
                conn.execute("COMMIT")
            except sqlcipher.Error as exc:
                with contextlib.suppress(sqlcipher.Error):
                    conn.execute("ROLLBACK")
                raise _translate(exc, self.path) from exc
        else:
            self.execute(f"RELEASE {name}")

    def checkpoint(self) -> None:
        """Move everything from the WAL into the main file and truncate the WAL."""
        self.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page with ``new_key`` (SQLCipher ``PRAGMA rekey``).

        SQLCipher cannot rekey in WAL mode, so the journal is switched to DELETE for the
        duration and back to WAL afterwards.
        """
        self.checkpoint()
        self.execute("PRAGMA journal_mode = DELETE")
        try:
            self.execute(_key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
        finally:
            self.execute("PRAGMA journal_mode = WAL")

    # ------------------------------------------------------------ migrations
    @property
    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def migrate(self, target: int | None = None) -> list[int]:
        """Apply the shipped migrations this vault lacks (``storage/migrations.py``), each in
        its own transaction; with ``target``, only those numbered up to it."""
        return migrations.apply(self, available_migrations(), Database.scratch, target)

    def run_script(self, sql: str) -> None:
        """Run a script of statements (a migration) as one transaction: all of it, or nothing.

        A migration that rebuilds a table other tables reference says :data:`FOREIGN_KEYS_OFF`
        on a line of its own: it then runs as SQLite's "other kinds of table schema changes"
        procedure says — foreign keys off (else dropping the old table would cascade into its
        children), every reference checked before the commit (a dangling one rolls it all
        back), foreign keys on again."""
        conn = self._c()
        keys_off = FOREIGN_KEYS_OFF in sql.splitlines()
        if keys_off:
            conn.execute("PRAGMA foreign_keys = OFF")
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\n;")
            if keys_off and conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise sqlcipher.IntegrityError("a migration left a dangling reference")
            conn.execute("COMMIT")
        except sqlcipher.Error as exc:
            with contextlib.suppress(sqlcipher.Error):
                conn.execute("ROLLBACK")
            raise _translate(exc, self.path) from exc
        finally:
            if keys_off:
                conn.execute("PRAGMA foreign_keys = ON")

    @classmethod
    def scratch(cls) -> Database:
        """An empty, unencrypted database in memory, for working out what migrations make.
        Never for case data: it is gone when closed."""
        conn = sqlcipher.connect(":memory:", isolation_level=None, check_same_thread=True)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.row_factory = sqlcipher.Row
        return cls(Path(":memory:"), conn)


def available_migrations() -> dict[int, Path]:
    """``{version: path}`` of every ``storage/schema/NNNN_name.sql`` shipped with Ponte."""
    found: dict[int, Path] = {}
    folder = resources.files("ponte.storage") / "schema"
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found[int(match.group(1))] = Path(str(entry))
    return found


def backup_database(
    db: Database,
    target: Path,
    key: bytes,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Copy a consistent snapshot of ``db`` into a new file encrypted with the same ``key``.

    Uses SQLite's online backup API between two SQLCipher connections, so pages are
    re-encrypted on the way and never exist in plaintext outside memory. ``progress(done,
    total)`` gets page counts; an exception it raises stops the copy and propagates.
    """
    target = Path(target)
    if not target.exists():
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        dest = sqlcipher.connect(str(target), isolation_level=None)
    except sqlcipher.Error as exc:
        raise _translate(exc, target) from exc
    try:
        dest.execute("PRAGMA cipher_log_level = NONE")
        dest.execute(_key_pragma(key))
        if progress is None:
            db._c().backup(dest)
        else:
            report = progress
            db._c().backup(
                dest,
                pages=_BACKUP_STEP_PAGES,
                progress=lambda _status, remaining, total: report(total - remaining, total),
            )
        dest.execute("PRAGMA journal_mode = DELETE")
    except sqlcipher.Error as exc:
        raise _translate(exc, target) from exc
    finally:
        dest.close()
