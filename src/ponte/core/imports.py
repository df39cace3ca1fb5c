"""What a spreadsheet import hands to the vault: one case per row, and what to do with rows
that match cases already there. (Reading and checking the file is ``ponte.importer``;
writing it is ``storage/imports.py``.)"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ponte.core.domain import Case, Person
from ponte.core.fields import Value


class OnMatch(StrEnum):
    """A row matching a case already in the vault (imported before, or her Ponte code)."""

    SKIP = "skip"  # leave that case as it is
    UPDATE = "update"  # write the file's values over it (empty cells change nothing)
    NEW = "new"  # make another case anyway


@dataclass
class ImportedCase:
    row: int  # the row number she sees in the file
    person: Person
    case: Case
    centre: dict[str, Value]
    note: str | None
    match_key: str  # finds the case again on a second import
    code: str | None = None  # her Ponte code, when the file has it
    given: frozenset[str] = field(default_factory=frozenset)  # person/case attributes the file set
