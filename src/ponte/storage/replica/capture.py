"""Local changes: pending trigger rows → stamped changes, before every commit.

``attach`` registers :func:`flush` as the database's ``before_commit`` hook, so a write and
its replicated change commit together or not at all. Writes made outside a transaction
(autocommit) stay in ``replica_pending`` (already durable) and are stamped by the next
flush. Who made the change is read from the audit entry written in the same transaction
(every Ponte write is audited); ``system`` when there is none.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from ponte.core.clock import rfc3339
from ponte.storage.db import Database
from ponte.storage.replica import hlc, merge, state
from ponte.storage.replica.change import DEL, PUT, Change
from ponte.storage.replica.tables import TABLES


def _actor(db: Database) -> str:
    value = db.scalar("SELECT actor FROM audit_log ORDER BY seq DESC LIMIT 1")
    return "system" if value is None else str(value)


def _changes_for(
    db: Database, tbl: str, rk: str, ops: list[tuple[str, str | None]]
) -> tuple[str, bool, dict[str, Any]] | None:
    """The net effect of a transaction's operations on one row: (op, insert, fields)."""
    table = TABLES[tbl]
    now = merge.read_row(db, table, rk)
    created = ops[0][0] == "ins"
    if now is None:
        return None if created else (DEL, False, {})
    if created:
        return PUT, True, now
    if any(op == "ins" for op, _ in ops):  # deleted and inserted again: every field may differ
        cols = set(table.fields)
    else:
        cols = {col for op, col in ops if op == "upd" and col is not None}
    fields = {c: now[c] for c in table.columns if c in cols}
    return (PUT, False, fields) if fields else None


def flush(db: Database, device: str, now: datetime) -> int:
    """Stamp every pending capture row; returns the number of changes recorded."""
    rows = db.query("SELECT seq, tbl, rk, op, col FROM replica_pending ORDER BY seq")
    if not rows:
        return 0
    grouped: dict[tuple[str, str], list[tuple[str, str | None]]] = {}
    for r in rows:
        grouped.setdefault((r["tbl"], r["rk"]), []).append((r["op"], r["col"]))
    actor, at = _actor(db), rfc3339(now)
    count = 0
    for (tbl, rk), ops in grouped.items():
        net = _changes_for(db, tbl, rk, ops)
        if net is None:
            continue
        op, insert, fields = net
        bases = (
            {c: merge.field_versions(db, tbl, rk, c) for c in fields}
            if op == PUT and not insert
            else {}
        )
        stamp = hlc.tick(db, device, now)
        merge.apply(db, Change(stamp, tbl, rk, op, fields, bases, actor, at, insert), local=True)
        state.advance_vv(db, device, stamp)
        count += 1
    db.execute("DELETE FROM replica_pending WHERE seq <= ?", (rows[-1]["seq"],))
    return count


def attach(db: Database, device: str, now: Callable[[], datetime]) -> None:
    """Capture this vault's writes as replicated changes from now on (once per connection)."""
    if any(getattr(h, "_replica", False) for h in db.before_commit):
        return

    def hook(d: Database) -> None:
        flush(d, device, now())

    hook._replica = True  # type: ignore[attr-defined]
    db.before_commit.append(hook)
