"""A spreadsheet import as the screens and the CLI drive it (Qt-free; run on the vault thread).

``ImportSession.open`` reads the file once into memory (never a temporary file, never a log
line with its contents); ``preview`` gives each column's name, a few sample values and the
suggested field; ``value_choices`` lists what each list column says and what it likely
means; ``dry_run`` checks every row against the mapping and against the vault itself (in a
transaction rolled back); ``run`` imports in one transaction, all or nothing, with one audit
entry. ``close`` drops the file's rows (the desktop calls it at lock).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ponte.core.domain import Actor
from ponte.core.errors import ImportHasProblems, PermissionDenied
from ponte.core.fsutil import atomic_write
from ponte.core.imports import OnMatch
from ponte.importer import reader
from ponte.importer.choices import distinct_values, suggest_values
from ponte.importer.plan import Mapping, Plan, build, leave_out_refused
from ponte.importer.problems import Issue
from ponte.importer.sheet import Sheet
from ponte.importer.targets import ColumnMap, Kind, Target, suggest, targets
from ponte.importer.template import template_xlsx
from ponte.importer.values import normal
from ponte.storage import fields, imports
from ponte.storage.imports import ImportResult
from ponte.storage.vault import Vault

SAMPLES = 3


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    samples: tuple[str, ...]  # the first few values, as text, for her to recognise it
    suggested: ColumnMap


@dataclass(frozen=True)
class Preview:
    kind: str
    sheet: str
    encoding: str
    rows: int
    skipped_above: int
    columns: tuple[Column, ...]
    targets: tuple[Target, ...]


@dataclass(frozen=True)
class ValueChoice:
    written: str
    count: int
    suggested: str | None  # the code it likely means


@dataclass(frozen=True)
class DryRun:
    rows: int
    would_create: int
    would_update: int
    matched: int  # rows matching cases already in the vault
    refused: int  # rows that cannot be taken
    issues: tuple[Issue, ...]  # every row's problems and warnings, in row order
    vault_refused: tuple[tuple[int, str], ...] = ()  # rows the vault itself refused
    on_match: OnMatch = OnMatch.SKIP

    @property
    def ready(self) -> bool:
        """Nothing stands in the way (she may also choose to leave the refused rows out)."""
        return not self.refused and not self.vault_refused


@dataclass
class ImportSession:
    vault: Vault
    sheet: Sheet | None
    available: list[Target] = field(default_factory=list)

    @classmethod
    def open(cls, vault: Vault, path: Path) -> ImportSession:
        _actor(vault)  # refuse early: only those who see every case import
        db = vault.db
        available = targets(fields.definitions(db), fields.overrides(db))
        return cls(vault, reader.read(path), available)

    def _sheet(self) -> Sheet:
        if self.sheet is None:
            raise PermissionDenied("the import was closed")
        return self.sheet

    def preview(self) -> Preview:
        sheet = self._sheet()
        suggestions = suggest(sheet.headers, self.available)
        columns = []
        for i, header in enumerate(sheet.headers):
            samples = []
            for _row, cell in sheet.column(i):
                if cell is not None and str(cell).strip():
                    samples.append(str(cell).strip()[:40])
                if len(samples) == SAMPLES:
                    break
            columns.append(Column(i, header, tuple(samples), suggestions[i]))
        return Preview(
            sheet.kind, sheet.sheet, sheet.encoding, len(sheet.rows), sheet.skipped_above,
            tuple(columns), tuple(self.available),
        )  # fmt: skip

    def target(self, key: str) -> Target:
        return next(t for t in self.available if t.key == key)

    def value_choices(self, columns: tuple[ColumnMap, ...]) -> dict[str, list[ValueChoice]]:
        """For each list field a column goes into (whole, not one answer): what is written."""
        sheet = self._sheet()
        out: dict[str, list[ValueChoice]] = {}
        for i, cm in enumerate(columns):
            if not cm.target or cm.option:
                continue
            t = self.target(cm.target)
            if t.kind not in (Kind.CHOICE, Kind.MULTI):
                continue
            guesses = suggest_values(sheet, i, t)
            out.setdefault(t.key, []).extend(
                ValueChoice(written, n, guesses.get(normal(written)))
                for written, n in distinct_values(sheet, i, t)
            )
        return out

    def _plan(self, mapping: Mapping) -> Plan:
        centre = fields.definitions(self.vault.db)
        return build(self._sheet(), mapping, self.available, centre, self.vault.clock.now().date())

    def dry_run(self, mapping: Mapping, on_match: OnMatch = OnMatch.SKIP) -> DryRun:
        plan = self._plan(mapping)
        result = imports.run(
            self.vault.db, _actor(self.vault), plan.candidates, on_match,
            at=self.vault.clock.now(), dry_run=True,
        )  # fmt: skip
        issues = tuple(sorted(plan.issues, key=lambda i: (i.row, i.column)))
        return DryRun(
            plan.rows_read, result.created, result.updated, len(result.matched),
            len(plan.refused_rows), issues, tuple(result.refused), on_match,
        )  # fmt: skip

    def run(
        self,
        mapping: Mapping,
        on_match: OnMatch = OnMatch.SKIP,
        *,
        leave_out_refused_rows: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportResult:
        """Import, all or nothing. Rows with problems stop it, unless she chose to leave
        them out (they are then not imported; the others are, together)."""
        plan = self._plan(mapping)
        if plan.refused_rows:
            if not leave_out_refused_rows:
                raise ImportHasProblems(f"{len(plan.refused_rows)} rows")
            plan = leave_out_refused(plan)
        return imports.run(
            self.vault.db, _actor(self.vault), plan.candidates, on_match,
            at=self.vault.clock.now(), progress=progress,
        )  # fmt: skip

    def close(self) -> None:
        self.sheet = None


def _actor(vault: Vault) -> Actor:
    actor = vault.actor
    if not actor.sees_all_cases:
        raise PermissionDenied("importing needs a coordinator or an administrator")
    return actor


def write_template(vault: Vault, path: Path) -> Path:
    """The template spreadsheet, with this centre's own fields, written atomically."""
    db = vault.db
    available = targets(fields.definitions(db), fields.overrides(db))
    atomic_write(path, template_xlsx(available))
    return path


def auto_mapping(session: ImportSession) -> Mapping:
    """The suggested mapping and value meanings, unchanged (the CLI's, and a start for her)."""
    preview = session.preview()
    columns = tuple(c.suggested for c in preview.columns)
    values = {
        key: {normal(c.written): c.suggested for c in choices if c.suggested is not None}
        for key, choices in session.value_choices(columns).items()
    }
    return Mapping(columns, values)
