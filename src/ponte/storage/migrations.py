"""Which numbered migrations a vault holds, and applying the ones it lacks, in any order.

Branches reserve migration numbers and land on main in the order they finish, so a number
can reach a vault after higher ones (0009 came after 0010 and 0014; 0013 after 0014 and
0015). ``PRAGMA user_version`` — the highest number applied — cannot say that 0013 is
missing from a vault at 15, so each vault keeps a ledger, ``schema_migrations``, of every
migration applied to it (as Flyway's history table does with ``outOfOrder``). Migrations
are applied in number order among the pending ones, each in its own transaction together
with its ledger row; ``user_version`` stays the highest number applied (backups record it).

A vault made before the ledger existed gets one, once, from what it holds: every shipped
migration is applied to a scratch in-memory database to learn the tables, indexes,
triggers, views and columns each one creates that the current schema still has; a
migration numbered at or below the vault's ``user_version`` is pending only if *none* of
those is in the vault. Anything else (all of them, some of them, a migration that creates
nothing) keeps the old meaning of the number: applied. So the ledger never re-runs what a
vault holds, and never skips what it plainly lacks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from ponte.core.clock import rfc3339
from ponte.core.errors import VaultTooNew

LEDGER = "schema_migrations"
_LEDGER_SQL = (
    f"CREATE TABLE IF NOT EXISTS {LEDGER} (\n"
    "    version     INTEGER PRIMARY KEY,\n"
    "    name        TEXT NOT NULL,   -- the file, e.g. 0013_day.sql\n"
    "    applied_at  TEXT NOT NULL    -- RFC 3339 UTC; 'inferred' for a vault older than this table\n"
    ") STRICT"
)

#: ("table" | "index" | "trigger" | "view", name) or ("column", table, column).
Item = tuple[str, ...]


class Database(Protocol):
    """What this module needs of ``storage.db.Database`` (which calls it: no import back)."""

    @property
    def schema_version(self) -> int: ...

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any: ...

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]: ...

    def run_script(self, sql: str) -> None: ...

    def close(self) -> None: ...


def apply(
    db: Database,
    known: Mapping[int, Path],
    scratch: Callable[[], Database],
    target: int | None = None,
) -> list[int]:
    """Apply every migration in ``known`` (up to ``target``) that ``db`` lacks, in number
    order; return them. ``scratch`` opens an empty database in memory (for a vault older
    than the ledger).

    Raises :class:`VaultTooNew` when the vault holds a migration this code does not ship.
    """
    newest = max(known, default=0)
    current = db.schema_version
    if current > newest:
        raise VaultTooNew(f"schema {current} > {newest}")
    done = applied(db, known, scratch)
    unknown = sorted(done - set(known))
    if unknown:
        raise VaultTooNew(f"schema has migrations {unknown} this Ponte does not ship")
    ran: list[int] = []
    for version in sorted(v for v in set(known) - done if target is None or v <= target):
        top = max(done | {version})
        stamp = rfc3339(datetime.now(UTC))
        db.run_script(
            f"{known[version].read_text(encoding='utf-8')}\n;"
            f"INSERT INTO {LEDGER} (version, name, applied_at)"
            f" VALUES ({version:d}, '{_name(known[version])}', '{stamp}');"
            f"PRAGMA user_version = {top:d};"
        )
        done.add(version)
        ran.append(version)
    return ran


def applied(db: Database, known: Mapping[int, Path], scratch: Callable[[], Database]) -> set[int]:
    """The versions in the vault's ledger, writing the ledger first if it has none."""
    has_ledger = db.scalar(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (LEDGER,)
    )
    if not has_ledger:
        inferred = _infer(db, known, scratch) if db.schema_version else set()
        rows = "".join(
            f"INSERT INTO {LEDGER} (version, name, applied_at)"
            f" VALUES ({v:d}, '{_name(known[v])}', 'inferred');"
            for v in sorted(inferred)
        )
        db.run_script(f"{_LEDGER_SQL};{rows}")
    return {int(r[0]) for r in db.query(f"SELECT version FROM {LEDGER}")}


def _name(path: Path) -> str:
    # available_migrations only yields names matching ^\d{4}_[a-z0-9_]+\.sql$: safe inline.
    return path.name


def _infer(db: Database, known: Mapping[int, Path], scratch: Callable[[], Database]) -> set[int]:
    """The migrations a vault without a ledger holds (see the module's docstring)."""
    current = db.schema_version
    held = snapshot(db)
    made = created_by(known, scratch())
    return {v for v in known if v <= current and (not made[v] or made[v] & held)}


def created_by(known: Mapping[int, Path], scratch: Database) -> dict[int, set[Item]]:
    """For each migration, what it creates that the schema of all of them still has, found
    by applying them all to ``scratch`` (an empty database, closed here)."""
    try:
        before: set[Item] = set()
        made: dict[int, set[Item]] = {}
        for version in sorted(known):
            scratch.run_script(known[version].read_text(encoding="utf-8"))
            after = snapshot(scratch)
            made[version] = after - before
            before = after
        return {v: items & before for v, items in made.items()}
    finally:
        scratch.close()


def snapshot(db: Database) -> set[Item]:
    """The schema's named objects and every table's columns."""
    objects = db.query(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name != ?",
        (LEDGER,),
    )
    items: set[Item] = {(str(r[0]), str(r[1])) for r in objects}
    tables: Iterable[str] = sorted(name for kind, name in items if kind == "table")
    for table in tables:
        for column in db.query("SELECT name FROM pragma_table_info(?)", (table,)):
            items.add(("column", table, str(column[0])))
    return items
