"""Reading the audit log for the viewer: filtered, newest first, paged in SQL.

Filters are an action (exact, or a family such as ``account.`` for every account action)
and a date range on ``at`` (RFC 3339 UTC strings sort as dates). Nothing is loaded whole:
a page is one ``LIMIT/OFFSET`` query and the total one ``count(*)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from ponte.core.domain import Actor
from ponte.core.errors import AuditChainBroken, PermissionDenied
from ponte.storage import audit
from ponte.storage.audit import AuditEntry, _row_entry
from ponte.storage.db import Database


@dataclass(frozen=True)
class AuditFilter:
    action: str = ""  # "" = every action; "x." = the family; else exact
    since: date | None = None  # inclusive, UTC day
    until: date | None = None  # inclusive, UTC day


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]
    total: int
    offset: int


@dataclass(frozen=True)
class ChainResult:
    ok: bool
    count: int
    head: str  # hex of the newest hash when ok
    problem: str  # AuditChainBroken detail when not ok


def _require(actor: Actor) -> None:
    if not actor.sees_all_cases:
        raise PermissionDenied("the audit log is for coordinators and administrators")


def _where(f: AuditFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.action.endswith("."):
        clauses.append("action >= ? AND action < ?")
        params += [f.action, f.action[:-1] + "/"]  # '/' sorts right after '.'
    elif f.action:
        clauses.append("action = ?")
        params.append(f.action)
    if f.since is not None:
        clauses.append("at >= ?")
        params.append(f.since.isoformat())
    if f.until is not None:
        clauses.append("at < ?")
        params.append((f.until + timedelta(days=1)).isoformat())
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def page(
    db: Database, actor: Actor, f: AuditFilter, *, offset: int = 0, limit: int = 100
) -> AuditPage:
    """One page of entries matching ``f``, newest first."""
    _require(actor)
    where, params = _where(f)
    total = int(db.scalar(f"SELECT count(*) FROM audit_log{where}", tuple(params)))
    rows = db.query(
        f"SELECT * FROM audit_log{where} ORDER BY seq DESC LIMIT ? OFFSET ?",
        (*params, limit, max(0, offset)),
    )
    return AuditPage([_row_entry(r) for r in rows], total, max(0, offset))


def actions(db: Database) -> list[str]:
    """The distinct action names present, for the filter list."""
    return [r[0] for r in db.query("SELECT DISTINCT action FROM audit_log ORDER BY action")]


def account_names(db: Database) -> dict[str, str]:
    """Account id → username, removed accounts included (staff, never a woman)."""
    return {r[0]: r[1] for r in db.query("SELECT id, username FROM accounts")}


def verify(db: Database, actor: Actor, *, at: datetime) -> ChainResult:
    """Recompute the chain; the check itself is recorded (when the chain is sound)."""
    _require(actor)
    try:
        count, head = audit.verify_chain(db)
    except AuditChainBroken as exc:
        return ChainResult(False, 0, "", exc.detail or "")
    audit.record(
        db,
        actor,
        "audit.verify",
        at=at,
        detail={"count": count},
    )
    return ChainResult(True, count, head.hex(), "")
