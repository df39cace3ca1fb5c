"""Writing a checked spreadsheet into the vault: one transaction, all rows or none, audited.

Each row becomes a new person and case (assigned to whoever imports), her centre-field
values, a note if the file had one, and a ``case_imports`` row with its match key, so the
next import of the same file finds it. A row matching a case already here (the same key, or
her Ponte code) is skipped, written over, or made anew, as she chose. One audit entry tells
the whole import (by counts); the capture triggers replicate every row written.

A *dry run* is the same code in a transaction that is rolled back: what it reports is what
the import would do, constraint checks included. Each row runs in a savepoint, so the dry
run names every row the vault itself would refuse.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from ponte.core.clock import rfc3339
from ponte.core.domain import Actor, Note
from ponte.core.errors import ImportHasProblems, PermissionDenied, ValidationError
from ponte.core.ids import new_id
from ponte.core.imports import ImportedCase, OnMatch
from ponte.storage import audit, cases, field_values
from ponte.storage.db import ConstraintError, Database
from ponte.storage.fields import definitions


@dataclass
class ImportResult:
    import_id: str
    created: int = 0
    updated: int = 0
    skipped: int = 0
    matched: list[int] = field(default_factory=list)  # rows matching cases already here
    refused: list[tuple[int, str]] = field(default_factory=list)  # (row, error kind)
    dry_run: bool = False


@contextlib.contextmanager
def _same(db: Database) -> Iterator[Database]:
    """The real import needs no savepoint per row: any refusal undoes everything anyway."""
    yield db


class _DryRun(Exception):
    """Unwinds the dry run's transaction (never escapes ``run``)."""


def existing(db: Database, rows: Iterable[ImportedCase]) -> dict[str, str]:
    """Match key → case id, for the rows that match a case already in the vault."""
    wanted = {r.match_key for r in rows}
    found = {
        str(r[0]): str(r[1])
        for r in db.query("SELECT match_key, case_id FROM case_imports")
        if r[0] in wanted
    }
    codes = {r.match_key: r.code for r in rows if r.code and r.match_key not in found}
    if codes:
        by_code = {
            str(r[0]): str(r[1])
            for r in db.query(
                "SELECT p.woman_code, c.id FROM persons p JOIN cases c ON c.person_id = p.id"
            )
        }
        found.update({k: by_code[c] for k, c in codes.items() if c in by_code})
    return found


def _note(db: Database, actor: Actor, case_id: str, body: str, at: datetime) -> None:
    if db.scalar("SELECT 1 FROM notes WHERE case_id = ? AND body = ?", (case_id, body)):
        return  # the same note from an earlier import of this file
    note = Note(case_id, rfc3339(at), body, actor.account_id, new_id())
    db.execute(
        "INSERT INTO notes (id, case_id, at, by_account, body) VALUES (?, ?, ?, ?, ?)",
        (note.id, case_id, note.at, note.by_account, body),
    )


def _create(db: Database, actor: Actor, row: ImportedCase, at: datetime) -> str:
    person, case = row.person, row.case  # this import's own copies: filled in place
    person.id, person.woman_code = new_id(), row.code or cases.new_woman_code()
    case.id, case.person_id, case.assigned_to = new_id(), person.id, actor.account_id
    cases.insert(db, person, case, at=at)
    return case.id


def _update(db: Database, case_id: str, row: ImportedCase, at: datetime) -> None:
    old = db.query_one("SELECT * FROM cases WHERE id = ?", (case_id,))
    assert old is not None
    case = cases.case_from_row(db, old)
    prow = db.query_one("SELECT * FROM persons WHERE id = ?", (case.person_id,))
    person = cases.person_from_row(prow)
    for key in row.given:
        target = case if key in case.__dataclass_fields__ else person
        setattr(target, key, getattr(row.case if target is case else row.person, key))
    cases.write_person(db, person, at=at)
    cases.write_case(db, case, at=at)


def run(
    db: Database,
    actor: Actor,
    rows: list[ImportedCase],
    on_match: OnMatch,
    *,
    at: datetime,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Import ``rows`` (already checked by the importer) in one transaction.

    The real import refuses to write anything when the vault refuses one row
    (:class:`ImportHasProblems`); the dry run lists those rows instead.
    """
    if not actor.sees_all_cases:
        raise PermissionDenied("importing needs a coordinator or an administrator")
    result = ImportResult(new_id(), dry_run=dry_run)
    fields = definitions(db)
    try:
        with db.transaction():
            matches = existing(db, rows)
            stamp = rfc3339(at)
            for i, row in enumerate(rows):
                if progress is not None and i % 500 == 0:
                    progress(i, len(rows))
                match = matches.get(row.match_key)
                if match is not None:
                    result.matched.append(row.row)
                    if on_match is OnMatch.SKIP:
                        result.skipped += 1
                        continue
                updating = match is not None and on_match is OnMatch.UPDATE
                try:
                    with db.transaction() if dry_run else _same(db):
                        if updating:
                            assert match is not None
                            case_id = match
                            _update(db, case_id, row, at)
                        else:
                            case_id = _create(db, actor, row, at)
                        if row.centre:
                            field_values.write(db, case_id, row.centre, fields)
                        if row.note:
                            _note(db, actor, case_id, row.note, at)
                        db.execute(
                            "INSERT INTO case_imports (case_id, match_key, import_id, at)"
                            " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                            (case_id, row.match_key, result.import_id, stamp),
                        )
                        cases.reindex(db, case_id)
                except (ValidationError, ConstraintError) as exc:
                    if not dry_run:
                        raise ImportHasProblems(f"row {row.row}") from None
                    result.refused.append((row.row, getattr(exc, "kind", "constraint")))
                    continue
                if updating:
                    result.updated += 1
                else:
                    result.created += 1
            audit.append(
                db,
                actor=actor.account_id,
                device=actor.device_id,
                action="cases.import",
                entity="import",
                entity_id=result.import_id,
                at=at,
                detail={
                    "rows": len(rows),
                    "created": result.created,
                    "updated": result.updated,
                    "skipped": result.skipped,
                },
            )
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    if not dry_run and result.created + result.updated >= cases.BULK_REINDEX:
        cases.tidy_index(db)  # that many cases re-indexed: merge the search index
    if progress is not None:
        progress(len(rows), len(rows))
    return result
