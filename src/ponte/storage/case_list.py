"""The case list: filtered, searched, sorted and paged in SQL (never in a Qt proxy model).

Text search goes through the FTS5 index with prefix matching, so typing "mar" finds
"Maria" at the first keystroke (the centre's text fields are indexed too); every other
filter, the centre's own fields included, and every sort key has an index.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ponte.core.domain import Actor
from ponte.core.enums import CaseStatus, ViolenceForm
from ponte.core.errors import NotFound
from ponte.storage.cases import visible_sql
from ponte.storage.db import Database
from ponte.storage.field_values import FieldFilter, filled_counter, filter_sql
from ponte.storage.fields import definitions

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
    fields: tuple[FieldFilter, ...] = ()  # the centre's own fields
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


@dataclass
class _Where:
    clauses: list[str]
    params: list[Any]
    #: Set filters (forms of violence, the centre's fields): (subquery, params, mode), see
    #: ``field_values.filter_sql``.
    sets: list[tuple[str, list[Any], str]]
    #: The ``counters`` rows of the fields filtered as "not filled in".
    absent: list[str] = field(default_factory=list)

    def sql(self, *, scan: bool = False) -> tuple[str, list[Any]]:
        """``scan``: walk the list's sort index, testing each case against the sets (a Bloom
        filter first) — cheap for a page of a broad filter; otherwise the sets drive
        (fetch each matching case by id) — cheap when they are small, and for counting."""
        clauses, params = list(self.clauses), list(self.params)
        plus = "+" if scan else ""
        for sub, more, mode in self.sets:
            clauses.append(
                {"exists": f"EXISTS ({sub})", "absent": f"NOT EXISTS ({sub})"}.get(
                    mode, f"{plus}c.id IN ({sub})"
                )
            )
            params.extend(more)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _where(db: Database, actor: Actor, q: CaseQuery) -> _Where:
    w = _Where([], [], [])
    if not actor.sees_all_cases:
        visible, who = visible_sql(actor, db=db)  # the one access rule (storage/cases.py)
        w.clauses.append(visible)
        w.params.extend(who)
    match = fts_query(q.text)
    if match:
        w.clauses.append("c.rowid IN (SELECT rowid FROM case_fts WHERE case_fts MATCH ?)")
        w.params.append(match)
    for clause, value in (
        ("c.status = ?", q.status.value if q.status is not None else None),
        ("c.assigned_to = ?", q.assigned_to or None),
        ("c.opened_on >= ?", q.opened_from.isoformat() if q.opened_from else None),
        ("c.opened_on <= ?", q.opened_to.isoformat() if q.opened_to else None),
    ):
        if value is not None:
            w.clauses.append(clause)
            w.params.append(value)
    if q.violence_form is not None:
        sub = "SELECT case_id FROM case_violence WHERE form = ?"
        w.sets.append((sub, [q.violence_form.value], "in"))
    if q.fields:
        by_key = {d.key: d for d in definitions(db)}
        for f in q.fields:
            d = by_key.get(f.key)
            if d is None:
                raise NotFound(f"field {f.key}")
            sub, params, mode = filter_sql(d, f)
            w.sets.append((sub, params, mode))
            if mode == "absent":
                w.absent.append(filled_counter(d))
    return w


def _absent_only(db: Database, w: _Where) -> int | None:
    """The exact count when the list's one condition is a field "not filled in" (and she
    sees every case): the cases minus those holding it, both kept by triggers — instead of
    a probe per case until the count stops (~33,000 of them when 30 % lack the field)."""
    if w.clauses or len(w.sets) != 1 or len(w.absent) != 1:
        return None
    return _counter(db, "cases") - _counter(db, w.absent[0])


def _counter(db: Database, name: str) -> int:
    """A count kept by triggers (``counters``): the cases, or the cases holding a field."""
    return int(db.scalar("SELECT value FROM counters WHERE name = ?", (name,)) or 0)


def _scan(db: Database, matches: int) -> bool:
    """Walk the sort index rather than fetch the matches, when they are many: a page then
    needs ~50·N/M index steps instead of M lookups and a sort (cross-over near M² = 200·N)."""
    everyone = int(db.scalar("SELECT value FROM counters WHERE name = 'cases'") or 0)
    return matches * matches > 200 * everyone


def list_cases(db: Database, actor: Actor, q: CaseQuery) -> CasePage:
    if q.sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {q.sort!r}")
    w = _where(db, actor, q)
    where, params = w.sql()
    capped = False
    if where:
        # Counting every match of a broad search costs as much as the page itself; past
        # COUNT_CAP the exact number helps nobody, so the count stops there.
        total = _absent_only(db, w)
        if total is None:
            total = db.scalar(
                f"SELECT count(*) FROM (SELECT 1 FROM cases c{where} LIMIT {COUNT_CAP + 1})",
                params,
            )
            capped = int(total) > COUNT_CAP
            total = min(int(total), COUNT_CAP)
        if w.sets and (capped or _scan(db, int(total))):
            where, params = w.sql(scan=True)
    else:
        total = _counter(db, "cases")
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
