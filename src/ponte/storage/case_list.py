"""The case list: filtered, searched, sorted and paged in SQL (never in a Qt proxy model).

Text search goes through the FTS5 index with prefix matching, so typing "mar" finds
"Maria" at the first keystroke; every other filter and every sort key has an index.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ponte.core.domain import Actor
from ponte.core.enums import CaseStatus, ViolenceForm
from ponte.storage.cases import visible_sql
from ponte.storage.db import Database

SORT_KEYS = {
    "opened_on": "c.opened_on",
    "updated_at": "c.updated_at",
    "woman_code": "p.woman_code",
    "alias": "p.alias",
    "status": "c.status",
}
MAX_LIMIT = 500
COUNT_CAP = 10_000
_CASE_SORTS = frozenset({"opened_on", "updated_at", "status"})


@dataclass(frozen=True)
class CaseQuery:
    text: str = ""
    status: CaseStatus | None = None
    assigned_to: str | None = None
    opened_from: date | None = None
    opened_to: date | None = None
    violence_form: ViolenceForm | None = None
    sort: str = "opened_on"
    descending: bool = True
    offset: int = 0
    limit: int = 50


@dataclass(frozen=True)
class CaseRow:
    id: str
    woman_code: str
    alias: str | None
    status: CaseStatus
    opened_on: str
    assigned_to: str
    updated_at: str


@dataclass(frozen=True)
class CasePage:
    rows: list[CaseRow]
    total: int
    capped: bool = False  # a filtered count stops at COUNT_CAP: "more than 10,000"


def fts_query(text: str) -> str | None:
    """Each word becomes a quoted prefix term; all must match. None if nothing to search."""
    terms = []
    for word in text.split():
        cleaned = "".join(ch for ch in word if ch.isalnum() or ch in "-'")
        cleaned = cleaned.replace("-", " ").replace("'", " ").strip()
        for part in cleaned.split():
            terms.append('"' + part.replace('"', "") + '"*')
    return " ".join(terms) or None


def _where(db: Database, actor: Actor, q: CaseQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if not actor.sees_all_cases:
        visible, who = visible_sql(actor, db=db)
        clauses.append(visible)
        params.extend(who)
    match = fts_query(q.text)
    if match:
        clauses.append("c.rowid IN (SELECT rowid FROM case_fts WHERE case_fts MATCH ?)")
        params.append(match)
    if q.status is not None:
        clauses.append("c.status = ?")
        params.append(q.status.value)
    if q.assigned_to:
        clauses.append("c.assigned_to = ?")
        params.append(q.assigned_to)
    if q.opened_from:
        clauses.append("c.opened_on >= ?")
        params.append(q.opened_from.isoformat())
    if q.opened_to:
        clauses.append("c.opened_on <= ?")
        params.append(q.opened_to.isoformat())
    if q.violence_form is not None:
        clauses.append("c.id IN (SELECT case_id FROM case_violence WHERE form = ?)")
        params.append(q.violence_form.value)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_cases(db: Database, actor: Actor, q: CaseQuery) -> CasePage:
    if q.sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {q.sort!r}")
    where, params = _where(db, actor, q)
    direction = "DESC" if q.descending else "ASC"
    limit = max(0, min(q.limit, MAX_LIMIT))
    tie = "c.id" if q.sort in _CASE_SORTS else "p.id"
    order = f"{SORT_KEYS[q.sort]} {direction}, {tie} {direction}"
    if q.sort in _CASE_SORTS:
        # Page over the cases index alone (covering), then join the page's persons:
        # skipping 100,000 rows then costs index steps, not joins.
        inner = f"SELECT c.rowid AS rid FROM cases c{where} ORDER BY {order} LIMIT ? OFFSET ?"
        rows = db.query(
            "SELECT c.id, p.woman_code, p.alias, c.status, c.opened_on, c.assigned_to,"
            f" c.updated_at FROM ({inner}) page JOIN cases c ON c.rowid = page.rid"
            f" JOIN persons p ON p.id = c.person_id ORDER BY {order}",
            (*params, limit, max(0, q.offset)),
        )
    else:
        rows = db.query(
            "SELECT c.id, p.woman_code, p.alias, c.status, c.opened_on, c.assigned_to,"
            f" c.updated_at FROM cases c JOIN persons p ON p.id = c.person_id{where}"
            f" ORDER BY {order} LIMIT ? OFFSET ?",
            (*params, limit, max(0, q.offset)),
        )
    capped = False
    if where:
        # Counting every match of a broad search costs as much as the page itself; past
        # COUNT_CAP the exact number helps nobody, so the count stops there.
        total = db.scalar(
            f"SELECT count(*) FROM (SELECT 1 FROM cases c{where} LIMIT {COUNT_CAP + 1})", params
        )
        capped = int(total) > COUNT_CAP
        total = min(int(total), COUNT_CAP)
    else:
        total = db.scalar("SELECT value FROM counters WHERE name = 'cases'")
    return CasePage(
        rows=[
            CaseRow(
                r["id"],
                r["woman_code"],
                r["alias"],
                CaseStatus(r["status"]),
                r["opened_on"],
                r["assigned_to"],
                r["updated_at"],
            )
            for r in rows
        ],
        total=int(total),
        capped=capped,
    )
