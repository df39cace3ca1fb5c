"""Who is responsible for a case, who else may see it, and closing with approval.

A case has one responsible operatrice (``cases.assigned_to``) and a team of others who may
see it (``case_team``). The coordinatrice (or an amministratrice) assigns and reassigns;
each assignment is kept (``case_assignments``) so her day can say "assigned to you since you
last looked". When the centre wants it (``centre_settings.closure.approval``), an operatrice
asks to close and the coordinatrice approves or refuses. Everything replicates and is
audited by id.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from ponte.core.clock import rfc3339
from ponte.core.domain import Actor
from ponte.core.enums import ClosureReason, ClosureState
from ponte.core.errors import AssignmentInvalid, NotFound, PermissionDenied
from ponte.core.ids import new_id
from ponte.storage import audit, cases, centre_settings
from ponte.storage._rows import as_dict
from ponte.storage.cases import on_case, require_access
from ponte.storage.db import Database


@dataclass(frozen=True)
class StaffMember:
    account_id: str
    name: str


@dataclass(frozen=True)
class CaseRef:
    """A case as a list names it: enough to open it, nothing more."""

    case_id: str
    woman_code: str
    at: str = ""  # when it happened (assigned, asked), RFC 3339
    who: str = ""  # account id: the assignee, or who asked


@dataclass(frozen=True)
class ClosureRequest:
    id: str
    case_id: str
    woman_code: str
    reason: ClosureReason
    state: ClosureState
    requested_by: str
    requested_at: str


@dataclass(frozen=True)
class Caseload:
    per_staff: list[tuple[StaffMember, int]]  # open cases each is responsible for
    unassigned: list[CaseRef]  # open cases whose responsible is no (longer a) staff account
    closures: list[ClosureRequest]  # waiting for approval


# ---------------------------------------------------------------- staff
def staff(db: Database) -> list[StaffMember]:
    """Everyone who can be given a case: this workstation's active accounts and the staff of
    the centre's other workstations (their names replicate; their accounts do not)."""
    removed = {r[0] for r in db.query("SELECT id FROM accounts WHERE removed_at IS NOT NULL")}
    names = {
        r[0]: r[1]
        for r in db.query("SELECT account_id, display_name FROM replica_staff")
        if r[0] not in removed
    }
    for r in db.query("SELECT id, display_name FROM accounts WHERE removed_at IS NULL"):
        names[r[0]] = r[1]
    names.pop("recovery", None)
    return sorted(
        (StaffMember(k, v) for k, v in names.items()), key=lambda s: (s.name, s.account_id)
    )


def _require_coordination(actor: Actor) -> None:
    if not actor.sees_all_cases:
        raise PermissionDenied("assigning cases needs a coordinator or an administrator")


def assign(db: Database, actor: Actor, case_id: str, account_id: str, *, at: datetime) -> None:
    """Make ``account_id`` responsible for the case (the coordinatrice's job)."""
    _require_coordination(actor)
    require_access(db, actor, case_id)
    if account_id not in {s.account_id for s in staff(db)}:
        raise AssignmentInvalid()
    with db.transaction():
        if db.scalar("SELECT assigned_to FROM cases WHERE id = ?", (case_id,)) == account_id:
            return
        db.execute(
            "UPDATE cases SET assigned_to = ?, updated_at = ? WHERE id = ?",
            (account_id, rfc3339(at), case_id),
        )
        db.execute(
            "INSERT INTO case_assignments (id, case_id, account_id, by_account, at)"
            " VALUES (?,?,?,?,?)",
            (new_id(), case_id, account_id, actor.account_id, rfc3339(at)),
        )
        audit.record(db, actor, "case.assign", at=at, **on_case(case_id, account_id=account_id))


def team(db: Database, actor: Actor, case_id: str) -> list[str]:
    require_access(db, actor, case_id)
    rows = db.query(
        "SELECT account_id FROM case_team WHERE case_id = ? ORDER BY account_id", (case_id,)
    )
    return [r[0] for r in rows]


def set_team(db: Database, actor: Actor, case_id: str, members: list[str], *, at: datetime) -> None:
    """Others who may see the case: set by the coordinatrice or by the responsible operatrice."""
    require_access(db, actor, case_id)
    responsible = db.scalar("SELECT assigned_to FROM cases WHERE id = ?", (case_id,))
    if not actor.sees_all_cases and responsible != actor.account_id:
        raise PermissionDenied("only the responsible operatrice or the coordinator sets the team")
    known = {s.account_id for s in staff(db)}
    wanted = set(members) - {responsible}
    if not wanted <= known:
        raise AssignmentInvalid()
    now = set(team(db, actor, case_id))
    with db.transaction():
        for gone in sorted(now - wanted):
            db.execute(
                "DELETE FROM case_team WHERE case_id = ? AND account_id = ?", (case_id, gone)
            )
        db.executemany(
            "INSERT INTO case_team (case_id, account_id) VALUES (?, ?)",
            [(case_id, who) for who in sorted(wanted - now)],
        )
        audit.record(
            db, actor, "case.team", at=at, **on_case(case_id, account_ids=",".join(sorted(wanted)))
        )


# ---------------------------------------------------------------- her day: since last time
def last_seen(db: Database, account_id: str) -> str | None:
    value = db.scalar("SELECT seen_at FROM day_seen WHERE account_id = ?", (account_id,))
    return None if value is None else str(value)


def seen(db: Database, account_id: str, at: datetime) -> None:
    db.execute(
        "INSERT INTO day_seen (account_id, seen_at) VALUES (?, ?)"
        " ON CONFLICT (account_id) DO UPDATE SET seen_at = excluded.seen_at",
        (account_id, rfc3339(at)),
    )


def assigned_since(db: Database, actor: Actor, since: str | None) -> list[CaseRef]:
    """Cases given to her since ``since`` (all of them on her first day) and still hers."""
    rows = db.query(
        "SELECT a.case_id, p.woman_code, max(a.at) AS at, a.by_account FROM case_assignments a"
        " JOIN cases c ON c.id = a.case_id AND c.assigned_to = a.account_id"
        " JOIN persons p ON p.id = c.person_id"
        " WHERE a.account_id = ? AND a.at >= ? GROUP BY a.case_id ORDER BY at DESC",
        (actor.account_id, since or ""),
    )
    return [CaseRef(r["case_id"], r["woman_code"], r["at"], r["by_account"]) for r in rows]


# ---------------------------------------------------------------- the coordinatrice's view
def caseload(db: Database, actor: Actor) -> Caseload:
    _require_coordination(actor)
    members = staff(db)
    counts = {
        r[0]: int(r[1])
        for r in db.query(
            "SELECT assigned_to, count(*) FROM cases WHERE status != 'closed' GROUP BY assigned_to"
        )
    }
    rows = db.query(
        "SELECT c.id, p.woman_code, c.opened_on, c.assigned_to FROM cases c"
        " JOIN persons p ON p.id = c.person_id WHERE c.status != 'closed'"
        " AND c.assigned_to NOT IN (SELECT value FROM json_each(?)) ORDER BY c.opened_on, c.id",
        (json.dumps([m.account_id for m in members]),),
    )
    return Caseload(
        [(m, counts.get(m.account_id, 0)) for m in members],
        [CaseRef(r["id"], r["woman_code"], r["opened_on"], r["assigned_to"]) for r in rows],
        closures(db, actor),
    )


# ---------------------------------------------------------------- closing
def _closure(r: object) -> ClosureRequest:
    row = r  # sqlcipher3.Row
    return ClosureRequest(
        row["id"],  # type: ignore[index]
        row["case_id"],  # type: ignore[index]
        row["woman_code"],  # type: ignore[index]
        ClosureReason(row["reason"]),  # type: ignore[index]
        ClosureState(row["state"]),  # type: ignore[index]
        row["requested_by"],  # type: ignore[index]
        row["requested_at"],  # type: ignore[index]
    )


_CLOSURES = (
    "SELECT q.*, p.woman_code FROM closure_requests q JOIN cases c ON c.id = q.case_id"
    " JOIN persons p ON p.id = c.person_id"
)


def closures(db: Database, actor: Actor) -> list[ClosureRequest]:
    """Requests waiting for the coordinatrice, oldest first."""
    _require_coordination(actor)
    rows = db.query(f"{_CLOSURES} WHERE q.state = 'pending' ORDER BY q.requested_at, q.id")
    return [_closure(r) for r in rows]


def pending_closure(db: Database, actor: Actor, case_id: str) -> ClosureRequest | None:
    require_access(db, actor, case_id)
    row = db.query_one(
        f"{_CLOSURES} WHERE q.case_id = ? AND q.state = 'pending' ORDER BY q.requested_at DESC",
        (case_id,),
    )
    return None if row is None else _closure(row)


def close_or_ask(
    db: Database, actor: Actor, case_id: str, reason: ClosureReason, *, at: datetime
) -> ClosureRequest | None:
    """Close the case now, or — when the centre wants approval and she is an operatrice —
    record her request for the coordinatrice (returned)."""
    require_access(db, actor, case_id)
    if actor.sees_all_cases or not centre_settings.closure_needs_approval(db):
        cases.close(db, actor, case_id, reason, at=at)
        return None
    known = pending_closure(db, actor, case_id)
    if known is not None:
        return known
    request_id = new_id()
    with db.transaction():
        db.execute(
            "INSERT INTO closure_requests (id, case_id, reason, state, requested_by, requested_at)"
            " VALUES (?,?,?,'pending',?,?)",
            (request_id, case_id, reason.value, actor.account_id, rfc3339(at)),
        )
        audit.record(db, actor, "case.close_request", at=at, **on_case(case_id, kind=reason.value))
    return pending_closure(db, actor, case_id)


def decide(db: Database, actor: Actor, request_id: str, approve: bool, *, at: datetime) -> None:
    """The coordinatrice approves (the case closes with the reason asked) or refuses."""
    _require_coordination(actor)
    row = db.query_one(f"{_CLOSURES} WHERE q.id = ? AND q.state = 'pending'", (request_id,))
    if row is None:
        raise NotFound("this request was already decided")
    request = _closure(row)
    with db.transaction():
        state = ClosureState.APPROVED if approve else ClosureState.REFUSED
        db.execute(
            "UPDATE closure_requests SET state = ?, decided_by = ?, decided_at = ? WHERE id = ?",
            (state.value, actor.account_id, rfc3339(at), request_id),
        )
        if approve:
            cases.close(db, actor, request.case_id, request.reason, at=at)
        audit.record(
            db, actor, "case.close_decide", at=at, **on_case(request.case_id, kind=state.value)
        )


def export_for_case(db: Database, case_id: str) -> dict[str, object]:
    """Responsibility, team, assignments and closure requests, for her access export."""

    def rows(sql: str) -> list[dict[str, object]]:
        return [as_dict(r) for r in db.query(sql, (case_id,))]

    return {
        "team": [
            r["account_id"] for r in rows("SELECT account_id FROM case_team WHERE case_id = ?")
        ],
        "assignments": rows(
            "SELECT account_id, by_account, at FROM case_assignments WHERE case_id = ? ORDER BY at"
        ),
        "closure_requests": rows(
            "SELECT reason, state, requested_by, requested_at, decided_by, decided_at"
            " FROM closure_requests WHERE case_id = ? ORDER BY requested_at"
        ),
    }
