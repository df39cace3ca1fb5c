"""Persons and cases: create, read (audited), update, close; notes and the timeline.

Role rules (DOMAIN.md): an operatrice sees the cases assigned to her and the shared ones;
a coordinatrice and an amministratrice see every case. Every open of a case file and every
change is written to the audit log, by id only.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from ponte.core.clock import rfc3339
from ponte.core.domain import Actor, Case, Contact, Note, Person
from ponte.core.enums import (
    AgeBand,
    AuthorRelation,
    CaseStatus,
    Citizenship,
    ClosureReason,
    ContactKind,
    Education,
    Employment,
    FirstContact,
    Housing,
    Income,
    InvioDa,
    LegalFlag,
    Service,
    ViolenceDuration,
    ViolenceForm,
)
from ponte.core.errors import (
    ChildrenCountNegative,
    ClosureNeedsApproval,
    ClosureReasonMissing,
    MinorsExceedChildren,
    NoteEmpty,
    NotFound,
    PermissionDenied,
)
from ponte.core.ids import new_id
from ponte.storage import audit, centre_settings, field_values
from ponte.storage._rows import code, day, enum_or_none, parse_day, req_day
from ponte.storage.db import Database

_PERSON_COLS = (
    "woman_code",
    "alias",
    "codice_fiscale",
    "age_band",
    "citizenship",
    "comune_istat",
    "education",
    "employment",
    "income",
    "economically_autonomous",
    "housing",
    "children_total",
    "children_minors",
    "minors_witnessed",
    "minors_direct_victims",
    "children_hosted",
)
_CASE_COLS = (
    "person_id",
    "status",
    "opened_on",
    "first_contact",
    "invio_da",
    "violence_duration",
    "author_relation",
    "assigned_to",
    "shared",
    "closed_on",
    "closure_reason",
)


def new_woman_code() -> str:
    """Random, per centre, never derived from her identity: e.g. ``K7QF-3M2X``."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # 32 symbols: a byte mod 32 is unbiased
    raw = "".join(alphabet[b % 32] for b in secrets.token_bytes(8))
    return f"{raw[:4]}-{raw[4:]}"


def _person_values(p: Person) -> tuple[Any, ...]:
    if min(p.children_total, p.children_minors, p.minors_witnessed, p.children_hosted) < 0:
        raise ChildrenCountNegative()
    if p.children_minors > p.children_total:
        raise MinorsExceedChildren()
    return (
        p.woman_code,
        p.alias,
        p.codice_fiscale,
        code(p.age_band),
        code(p.citizenship),
        p.comune_istat,
        code(p.education),
        code(p.employment),
        code(p.income),
        int(p.economically_autonomous),
        code(p.housing),
        p.children_total,
        p.children_minors,
        p.minors_witnessed,
        p.minors_direct_victims,
        p.children_hosted,
    )


def _case_values(c: Case) -> tuple[Any, ...]:
    if c.status is CaseStatus.CLOSED and c.closure_reason is None:
        raise ClosureReasonMissing()
    return (
        c.person_id,
        c.status.value,
        c.opened_on.isoformat(),
        code(c.first_contact),
        code(c.invio_da),
        code(c.violence_duration),
        code(c.author_relation),
        c.assigned_to,
        int(c.shared),
        day(c.closed_on),
        code(c.closure_reason),
    )


def person_from_row(r: Any) -> Person:
    return Person(
        id=r["id"],
        woman_code=r["woman_code"],
        alias=r["alias"],
        codice_fiscale=r["codice_fiscale"],
        age_band=enum_or_none(AgeBand, r["age_band"]),
        citizenship=enum_or_none(Citizenship, r["citizenship"]),
        comune_istat=r["comune_istat"],
        education=enum_or_none(Education, r["education"]),
        employment=enum_or_none(Employment, r["employment"]),
        income=enum_or_none(Income, r["income"]),
        economically_autonomous=bool(r["economically_autonomous"]),
        housing=enum_or_none(Housing, r["housing"]),
        children_total=r["children_total"],
        children_minors=r["children_minors"],
        minors_witnessed=r["minors_witnessed"],
        minors_direct_victims=r["minors_direct_victims"],
        children_hosted=r["children_hosted"],
    )


def _set(db: Database, table: str, column: str, case_id: str) -> list[str]:
    return [r[0] for r in db.query(f"SELECT {column} FROM {table} WHERE case_id = ?", (case_id,))]


def case_from_row(db: Database, r: Any) -> Case:
    cid = r["id"]
    closed = parse_day(r["closed_on"])
    opened = req_day(r["opened_on"])
    return Case(
        id=cid,
        person_id=r["person_id"],
        status=CaseStatus(r["status"]),
        opened_on=opened,
        first_contact=enum_or_none(FirstContact, r["first_contact"]),
        invio_da=enum_or_none(InvioDa, r["invio_da"]),
        violence_forms=frozenset(ViolenceForm(v) for v in _set(db, "case_violence", "form", cid)),
        violence_duration=enum_or_none(ViolenceDuration, r["violence_duration"]),
        author_relation=enum_or_none(AuthorRelation, r["author_relation"]),
        services=frozenset(Service(v) for v in _set(db, "case_services", "service", cid)),
        legal=frozenset(LegalFlag(v) for v in _set(db, "case_legal", "flag", cid)),
        assigned_to=r["assigned_to"],
        shared=bool(r["shared"]),
        closed_on=closed,
        closure_reason=enum_or_none(ClosureReason, r["closure_reason"]),
    )


def _write_sets(db: Database, c: Case, *, new: bool = False) -> None:
    for table, column, values in (
        ("case_violence", "form", c.violence_forms),
        ("case_services", "service", c.services),
        ("case_legal", "flag", c.legal),
    ):
        if not new:
            db.execute(f"DELETE FROM {table} WHERE case_id = ?", (c.id,))
        if not values:
            continue
        db.executemany(
            f"INSERT INTO {table} (case_id, {column}) VALUES (?, ?)",
            [(c.id, v.value) for v in sorted(values)],
        )


def reindex(db: Database, case_id: str) -> None:
    """Refresh the case's search entry (code, alias, notes and centre text fields) inside the
    caller's transaction."""
    row = db.query_one(
        "SELECT c.rowid AS rid, p.woman_code, p.alias FROM cases c"
        " JOIN persons p ON p.id = c.person_id WHERE c.id = ?",
        (case_id,),
    )
    if row is None:
        return
    notes = " ".join(r[0] for r in db.query("SELECT body FROM notes WHERE case_id = ?", (case_id,)))
    extra = field_values.search_text(db, case_id)  # the centre's own text fields
    notes = f"{notes} {extra}" if extra else notes
    db.execute("DELETE FROM case_fts WHERE rowid = ?", (row["rid"],))
    db.execute(
        "INSERT INTO case_fts (rowid, woman_code, alias, notes) VALUES (?, ?, ?, ?)",
        (row["rid"], row["woman_code"], row["alias"] or "", notes),
    )


#: An import that re-indexed at least this many cases ends with :func:`tidy_index`; fewer
#: are left to FTS5's own merging.
BULK_REINDEX = 1000


def tidy_index(db: Database) -> None:
    """Merge the search index into one segment (FTS5 ``optimize``), after re-indexing many
    cases at once (an import). Each re-index deletes the case's old entry, which
    in this contentless index leaves a tombstone in the old segment until that is merged;
    FTS5 checks every match against them, and a few thousand made a broad search 2-6x
    slower (bench/forms.py). Cost: one rewrite of the index (~2 s at 100,000 cases)."""
    db.execute("INSERT INTO case_fts (case_fts) VALUES ('optimize')")


def on_case(case_id: str, **detail: Any) -> dict[str, Any]:
    """What an audit entry says of a case: which one, and ids or kinds only."""
    return {"entity": "case", "entity_id": case_id, "detail": detail or None}


def visible_sql(
    actor: Actor, alias: str = "c", db: Database | None = None
) -> tuple[str, tuple[str, ...]]:
    """The SQL condition (and its parameters) for the cases ``actor`` may see: every case
    for a coordinatrice or an amministratrice; for an operatrice, those assigned to her, the
    shared ones, and those whose team she is in (the one rule, also for :func:`require_access`).
    The unary ``+`` keeps SQLite walking the list's sort index, which carries both columns.
    Given ``db``, an operatrice in no case's team gets the condition without the team lookup
    (which doubles the cost of a page of her list)."""
    if actor.sees_all_cases:
        return "1", ()
    own = f"+{alias}.assigned_to = ? OR +{alias}.shared = 1"
    if db is not None and not db.scalar(
        "SELECT EXISTS (SELECT 1 FROM case_team WHERE account_id = ?)", (actor.account_id,)
    ):
        return f"({own})", (actor.account_id,)
    return (
        f"({own} OR {alias}.id IN (SELECT case_id FROM case_team WHERE account_id = ?))",
        (actor.account_id, actor.account_id),
    )


def require_access(db: Database, actor: Actor, case_id: str) -> None:
    if db.scalar("SELECT count(*) FROM cases WHERE id = ?", (case_id,)) == 0:
        raise NotFound(f"case {case_id}")
    where, params = visible_sql(actor)
    if not db.scalar(
        f"SELECT count(*) FROM cases c WHERE c.id = ? AND {where}", (case_id, *params)
    ):
        raise PermissionDenied(f"case {case_id}")


def create(db: Database, actor: Actor, person: Person, case: Case, *, at: datetime) -> Case:
    """Presa in carico: a new person and her case, in one transaction."""
    person.id = person.id or new_id()
    person.woman_code = person.woman_code or new_woman_code()
    case.id = case.id or new_id()
    case.person_id = person.id
    case.assigned_to = case.assigned_to or actor.account_id
    with db.transaction():
        insert(db, person, case, at=at)
        reindex(db, case.id)
        audit.record(db, actor, "case.create", at=at, **on_case(case.id, person_id=person.id))
    return case


def insert(db: Database, person: Person, case: Case, *, at: datetime) -> None:
    """The rows of a new person and case (ids set), inside the caller's transaction; the
    caller indexes and audits (one entry per case, or one for a whole import)."""
    now = rfc3339(at)
    db.execute(
        f"INSERT INTO persons (id, {', '.join(_PERSON_COLS)}, created_at, updated_at)"
        f" VALUES (?, {', '.join('?' * len(_PERSON_COLS))}, ?, ?)",
        (person.id, *_person_values(person), now, now),
    )
    db.execute(
        f"INSERT INTO cases (id, {', '.join(_CASE_COLS)}, created_at, updated_at)"
        f" VALUES (?, {', '.join('?' * len(_CASE_COLS))}, ?, ?)",
        (case.id, *_case_values(case), now, now),
    )
    _write_sets(db, case, new=True)


def update_person(
    db: Database, actor: Actor, case_id: str, person: Person, *, at: datetime
) -> None:
    require_access(db, actor, case_id)
    with db.transaction():
        write_person(db, person, at=at)
        reindex(db, case_id)
        audit.record(db, actor, "person.update", at=at, **on_case(case_id, person_id=person.id))


def check_closing(db: Database, actor: Actor) -> None:
    """Closing a case: an operatrice asks the coordinatrice when the centre wants that
    (``storage/assignment.request_closure``)."""
    if not actor.sees_all_cases and centre_settings.closure_needs_approval(db):
        raise ClosureNeedsApproval()


def update_case(db: Database, actor: Actor, case: Case, *, at: datetime) -> None:
    require_access(db, actor, case.id)
    stored = db.query_one("SELECT assigned_to, status FROM cases WHERE id = ?", (case.id,))
    assert stored is not None  # require_access found it
    # Who is responsible changes only through storage/assignment.py (coordinatrice, audited).
    case = replace(case, assigned_to=stored["assigned_to"])
    if case.status is CaseStatus.CLOSED and stored["status"] != CaseStatus.CLOSED.value:
        check_closing(db, actor)
    with db.transaction():
        write_case(db, case, at=at)
        audit.record(db, actor, "case.update", at=at, **on_case(case.id))


def write_person(db: Database, person: Person, *, at: datetime) -> None:
    """Rewrite a person's columns (the triggers replicate only those that changed)."""
    db.execute(
        f"UPDATE persons SET {', '.join(c + ' = ?' for c in _PERSON_COLS)}, updated_at = ?"
        " WHERE id = ?",
        (*_person_values(person), rfc3339(at), person.id),
    )


def write_case(db: Database, case: Case, *, at: datetime) -> None:
    db.execute(
        f"UPDATE cases SET {', '.join(c + ' = ?' for c in _CASE_COLS)}, updated_at = ?"
        " WHERE id = ?",
        (*_case_values(case), rfc3339(at), case.id),
    )
    _write_sets(db, case)


def update_fields(
    db: Database, actor: Actor, case_id: str, new: Mapping[str, object], *, at: datetime
) -> int:
    """Set centre-field values of a case; audited (by count) when something changed."""
    require_access(db, actor, case_id)
    with db.transaction():
        changed = field_values.write(db, case_id, new)
        if changed:
            db.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (rfc3339(at), case_id))
            reindex(db, case_id)
            audit.record(db, actor, "case.fields", at=at, **on_case(case_id, fields=changed))
    return changed


def close(db: Database, actor: Actor, case_id: str, reason: ClosureReason, *, at: datetime) -> None:
    require_access(db, actor, case_id)
    check_closing(db, actor)
    with db.transaction():
        db.execute(
            "UPDATE cases SET status = 'closed', closure_reason = ?, closed_on = ?, updated_at = ?"
            " WHERE id = ?",
            (reason.value, at.date().isoformat(), rfc3339(at), case_id),
        )
        audit.record(db, actor, "case.close", at=at, **on_case(case_id, kind=reason.value))


def add_note(db: Database, actor: Actor, case_id: str, body: str, *, at: datetime) -> Note:
    require_access(db, actor, case_id)
    if not body.strip():
        raise NoteEmpty()
    note = Note(
        case_id=case_id, at=rfc3339(at), body=body, by_account=actor.account_id, id=new_id()
    )
    with db.transaction():
        db.execute(
            "INSERT INTO notes (id, case_id, at, by_account, body) VALUES (?, ?, ?, ?, ?)",
            (note.id, case_id, note.at, note.by_account, body),
        )
        reindex(db, case_id)
        audit.record(db, actor, "note.add", at=at, **on_case(case_id, note_id=note.id))
    return note


def add_contact(
    db: Database, actor: Actor, case_id: str, kind: ContactKind, summary: str, *, at: datetime
) -> Contact:
    require_access(db, actor, case_id)
    contact = Contact(case_id, rfc3339(at), kind, summary, actor.account_id, new_id())
    with db.transaction():
        db.execute(
            "INSERT INTO contacts (id, case_id, at, kind, summary, by_account)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (contact.id, case_id, contact.at, kind.value, summary, actor.account_id),
        )
        audit.record(db, actor, "contact.add", at=at, **on_case(case_id, contact_id=contact.id))
    return contact


@dataclass
class CaseFile:
    """Everything the case-file screen shows (the safety plan only to those who may)."""

    person: Person
    case: Case
    notes: list[Note] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)


def open_file(db: Database, actor: Actor, case_id: str, *, at: datetime) -> CaseFile:
    """Read a case file; the read itself is audited."""
    require_access(db, actor, case_id)
    row = db.query_one("SELECT * FROM cases WHERE id = ?", (case_id,))
    assert row is not None
    case = case_from_row(db, row)
    person_row = db.query_one("SELECT * FROM persons WHERE id = ?", (case.person_id,))
    notes = [
        Note(r["case_id"], r["at"], r["body"], r["by_account"], r["id"])
        for r in db.query("SELECT * FROM notes WHERE case_id = ? ORDER BY at", (case_id,))
    ]
    contacts = [
        Contact(
            r["case_id"], r["at"], ContactKind(r["kind"]), r["summary"], r["by_account"], r["id"]
        )
        for r in db.query("SELECT * FROM contacts WHERE case_id = ? ORDER BY at", (case_id,))
    ]
    audit.record(db, actor, "case.read", at=at, **on_case(case_id))
    return CaseFile(person_from_row(person_row), case, notes, contacts)
