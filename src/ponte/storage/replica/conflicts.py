"""Open conflicts: fields that people edited concurrently on different devices.

Nothing is lost: every concurrent value stays as a head of its field until a person picks
one (or writes a new one). Resolving is an ordinary edit over all heads, so it replicates
and closes the conflict on every device.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ponte.core.domain import Actor
from ponte.core.errors import NotFound
from ponte.storage import audit
from ponte.storage.cases import require_access
from ponte.storage.db import Database
from ponte.storage.fields import DEFINITION_TABLES, require_admin
from ponte.storage.replica import merge
from ponte.storage.replica.tables import TABLES, key_values


@dataclass(frozen=True)
class Side:
    stamp: str
    value: Any
    actor: str  # account id
    actor_name: str  # display name when this device knows the account, else ""
    device: str
    device_name: str
    at: str


@dataclass(frozen=True)
class Conflict:
    tbl: str
    rk: str
    col: str
    case_ids: tuple[str, ...]
    sides: tuple[Side, ...]  # highest stamp first: the value the record shows meanwhile

    @property
    def key(self) -> tuple[str, str, str]:
        return self.tbl, self.rk, self.col


def _sides(db: Database, tbl: str, rk: str, col: str) -> tuple[Side, ...]:
    rows = db.query(
        "SELECT h.stamp, h.value, h.actor, h.device, h.at, s.display_name, d.name AS dname"
        " FROM replica_heads h LEFT JOIN replica_staff s ON s.account_id = h.actor"
        " LEFT JOIN replica_devices d ON d.device_id = h.device"
        " WHERE h.tbl = ? AND h.rk = ? AND h.col = ? ORDER BY h.stamp DESC",
        (tbl, rk, col),
    )
    return tuple(
        Side(
            str(r["stamp"]),
            r["value"],
            str(r["actor"]),
            str(r["display_name"] or ""),
            str(r["device"]),
            str(r["dname"] or ""),
            str(r["at"]),
        )
        for r in rows
    )


def open_conflicts(db: Database, case_id: str | None = None) -> list[Conflict]:
    """Every open conflict, or those of one case file, oldest first."""
    found: list[Conflict] = []
    rows = db.query(
        "SELECT tbl, rk, col, min(stamp) AS first FROM replica_heads GROUP BY tbl, rk, col"
        " HAVING count(DISTINCT value) > 1 ORDER BY first"
    )
    for r in rows:
        cases = tuple(merge.cases_of_row(db, r["tbl"], r["rk"]))
        if case_id is not None and case_id not in cases:
            continue
        found.append(Conflict(r["tbl"], r["rk"], r["col"], cases, _sides(db, *r[:3])))
    return found


def count(db: Database) -> int:
    return int(
        db.scalar(
            "SELECT count(*) FROM (SELECT 1 FROM replica_heads GROUP BY tbl, rk, col"
            " HAVING count(DISTINCT value) > 1)"
        )
    )


def resolve(
    db: Database, actor: Actor, tbl: str, rk: str, col: str, value: Any, *, at: datetime
) -> None:
    """Settle a conflict with ``value`` (one of the sides, or a new one)."""
    table = TABLES.get(tbl)
    if table is None or col not in table.fields:
        raise ValueError("unknown field")
    if tbl in DEFINITION_TABLES:
        require_admin(actor)  # the centre's forms are the amministratrice's to settle
    cases = merge.cases_of_row(db, tbl, rk)
    for case_id in cases:
        require_access(db, actor, case_id)
    if len(_sides(db, tbl, rk, col)) < 2:
        raise NotFound("this conflict was already resolved")
    keys = key_values(table, rk)
    where = " AND ".join(f"{k} = ?" for k in keys)
    with db.transaction():
        db.execute(f"UPDATE {tbl} SET {col} = ? WHERE {where}", (value, *keys.values()))
        # Also when the value is the one shown already: the edit must supersede every side.
        db.execute(
            "INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES (?, ?, 'upd', ?, ?)",
            (tbl, rk, col, value),
        )
        audit.record(
            db,
            actor,
            "conflict.resolve",
            entity="case" if cases else tbl,
            entity_id=cases[0] if cases else rk,
            at=at,
            detail={"kind": f"{tbl}.{col}"},
        )
