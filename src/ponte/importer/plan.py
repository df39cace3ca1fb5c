"""A mapping applied to every row: the cases that would be made, and every row's problems.

Nothing is written here. Each row becomes a *candidate* (her person and case records, the
centre's field values, a note, and the key that finds it again on a second import) or is
refused with the reasons, one per cell. Warnings do not refuse a row: a value taken from a
merged cell, a date read from an Excel number, a required field left empty.

The row's *match key* is, in order: the Ponte code of the woman if the file has it, else the
file's own record number ("N. scheda"), else a hash of every cell of the row — so importing
the same file again finds the cases it made, whatever columns she maps the second time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from ponte.core.domain import Case, Person
from ponte.core.enums import (
    AgeBand,
    AuthorRelation,
    CaseStatus,
    Citizenship,
    ClosureReason,
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
from ponte.core.errors import FieldValueError
from ponte.core.fields import FieldDef, Value, coerce
from ponte.core.imports import ImportedCase
from ponte.core.standard_fields import CF_PATTERN, ISTAT_PATTERN
from ponte.importer.choices import matcher
from ponte.importer.problems import Issue, Problem
from ponte.importer.sheet import ERROR, FORMULA, MERGED, Cell, Sheet, SourceRow
from ponte.importer.targets import AGE, BIRTH, CENTRE, CODE, NOTE, REF, ColumnMap, Kind, Target
from ponte.importer.values import (
    ChoiceMatcher,
    NotRead,
    normal,
    parse_date,
    parse_int,
    parse_yesno,
    split_many,
)

SKIP = "-"  # a value mapped to this is left empty


_ENUMS: dict[str, type[StrEnum]] = {
    "age_band": AgeBand, "citizenship": Citizenship, "education": Education,
    "employment": Employment, "income": Income, "housing": Housing, "status": CaseStatus,
    "first_contact": FirstContact, "invio_da": InvioDa, "violence_duration": ViolenceDuration,
    "author_relation": AuthorRelation, "closure_reason": ClosureReason,
    "violence_forms": ViolenceForm, "services": Service, "legal": LegalFlag,
}  # fmt: skip
_PERSON = frozenset(Person.__dataclass_fields__)
_BANDS = ((18, AgeBand.UNDER_18), (25, AgeBand.A18_24), (35, AgeBand.A25_34),
          (45, AgeBand.A35_44), (55, AgeBand.A45_54), (65, AgeBand.A55_64))  # fmt: skip
MAX_TEXT = 2000
MAX_CHILDREN = 20  # as the case file allows


@dataclass(frozen=True)
class Mapping:
    """Her choices: a target per column and, per list target, what each written value means
    (``normal`` form of the value → code, or SKIP)."""

    columns: tuple[ColumnMap, ...]
    values: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass
class Plan:
    candidates: list[ImportedCase]
    issues: list[Issue]
    rows_read: int

    @property
    def refused_rows(self) -> set[int]:
        return {i.row for i in self.issues if i.error}


def age_band(age: int) -> AgeBand:
    return next((band for limit, band in _BANDS if age < limit), AgeBand.A65_PLUS)


def _age_at(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


class _Row:
    """One row being read: collects values and issues."""

    def __init__(self, source: SourceRow, headers: tuple[str, ...]) -> None:
        self.source = source
        self.headers = headers
        self.values: dict[str, Any] = {}
        self.many: dict[str, set[str]] = {}
        self.issues: list[Issue] = []
        self.failed: set[str] = set()  # targets whose cell could not be read

    def issue(self, col: int | str | None, problem: Problem, cell: Cell = None) -> None:
        """``col``: the column's index, or the name of the field concerned, or None (the row)."""
        name = self.headers[col] if isinstance(col, int) else (col or "")
        shown = "" if cell is None else str(cell)[:80]
        self.issues.append(Issue(self.source.number, name, problem, shown))


def _code_of(target: Target, raw: str, mapping: Mapping, matcher: ChoiceMatcher) -> str | None:
    """The code a written value means; SKIP when she chose to leave it empty."""
    chosen = mapping.values.get(target.key, {}).get(normal(raw))
    if chosen is not None:
        return chosen
    return matcher.match(raw)


def _read_cell(
    r: _Row, col: int, cm: ColumnMap, t: Target, mapping: Mapping, matcher: ChoiceMatcher | None
) -> None:
    cell = r.source.cells[col] if col < len(r.source.cells) else None
    flag = r.source.flags.get(col)
    if flag in (FORMULA, ERROR):
        r.issue(col, Problem.FORMULA if flag == FORMULA else Problem.FORMULA_ERROR)
        r.failed.add(t.key)
        return
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return
    if flag == MERGED:
        r.issue(col, Problem.MERGED, cell)
    try:
        if cm.option:  # one answer of a several-answers field, as yes/no
            if parse_yesno(cell):
                r.many.setdefault(t.key, set()).add(cm.option)
            return
        if t.kind is Kind.DATE:
            day, serial = parse_date(cell)
            if serial:
                r.issue(col, Problem.SERIAL_DATE, cell)
            r.values[t.key] = day
        elif t.kind is Kind.INT:
            r.values[t.key] = parse_int(cell, 120 if t.key == AGE else MAX_CHILDREN)
        elif t.kind is Kind.YESNO:
            r.values[t.key] = parse_yesno(cell)
        elif t.kind in (Kind.CHOICE, Kind.MULTI):
            assert matcher is not None
            parts = split_many(cell) if t.kind is Kind.MULTI else [str(cell).strip()]
            for part in parts:
                code = _code_of(t, part, mapping, matcher)
                if code is None:
                    r.issue(col, Problem.UNKNOWN_VALUE, part)
                elif code == SKIP:
                    continue
                elif t.kind is Kind.MULTI:
                    r.many.setdefault(t.key, set()).add(code)
                else:
                    r.values[t.key] = code
                if code in t.retired:
                    r.issue(col, Problem.RETIRED_CHOICE, part)
        else:  # text and numbers: numbers are checked with the field definition below
            text = (
                cell
                if isinstance(cell, (int, float)) and t.kind is Kind.NUMBER
                else str(cell).strip()
            )
            if isinstance(text, str) and len(text) > MAX_TEXT:
                r.issue(col, Problem.TOO_LONG)
                return
            r.values[t.key] = text
    except NotRead as exc:
        problem = {"date": Problem.NOT_A_DATE, "yes/no": Problem.NOT_YES_NO}.get(
            str(exc.args[0]), Problem.NOT_A_NUMBER
        )
        r.issue(col, problem, cell)
        r.failed.add(t.key)


def _row_key(source: SourceRow) -> str:
    cells = [None if c is None else str(c) for c in source.cells]
    return "row:" + hashlib.sha256(json.dumps(cells).encode()).hexdigest()


def _candidate(r: _Row, centre: dict[str, FieldDef], today: date) -> ImportedCase | None:
    v = r.values
    person, case = Person(), Case()
    given: set[str] = set()
    for key, value in v.items():
        if key in _ENUMS:
            value = _ENUMS[key](value)
        if key in _PERSON:
            setattr(person, key, value)
            given.add(key)
        elif key in Case.__dataclass_fields__:
            setattr(case, key, value)
            given.add(key)
    for key, codes in r.many.items():
        if key in _ENUMS:
            setattr(case, key, frozenset(_ENUMS[key](c) for c in codes))
            given.add(key)
    opened = v.get("opened_on")
    if opened is None:
        if "opened_on" not in r.failed:
            r.issue(None, Problem.NO_OPENED_ON)
    elif opened > today or (case.closed_on and case.closed_on > today):
        r.issue(None, Problem.FUTURE_DATE, opened)
    else:
        case.opened_on = opened
    if person.age_band is None and (AGE in v or BIRTH in v):
        age = v[AGE] if AGE in v else _age_at(v[BIRTH], opened or today)
        person.age_band = age_band(age)
        given.add("age_band")
    if "children_total" not in v and person.children_minors:
        person.children_total = person.children_minors
        given.add("children_total")
        r.issue(None, Problem.TOTAL_FROM_MINORS)
    if (
        person.children_minors > person.children_total
        or max(person.minors_witnessed, person.minors_direct_victims) > person.children_minors
    ):
        r.issue(None, Problem.CHILDREN)
    if person.codice_fiscale is not None:
        person.codice_fiscale = person.codice_fiscale.replace(" ", "").upper()
        if not CF_PATTERN.fullmatch(person.codice_fiscale):
            r.issue(None, Problem.CODICE_FISCALE, person.codice_fiscale)
    if person.comune_istat is not None:
        comune = person.comune_istat.split(".")[0].zfill(6)  # Excel drops the leading zero
        if not ISTAT_PATTERN.fullmatch(comune):
            r.issue(None, Problem.COMUNE, person.comune_istat)
        person.comune_istat = comune
    if case.closed_on is not None and "status" not in v:
        case.status = CaseStatus.CLOSED
        given.add("status")
    if case.status is CaseStatus.CLOSED and case.closure_reason is None:
        r.issue(None, Problem.CLOSED_WITHOUT_REASON)
    values: dict[str, Value] = {}
    for key, d in centre.items():
        target = CENTRE + key
        raw: object = tuple(sorted(r.many[target])) if target in r.many else v.get(target)
        if raw is None:
            if d.required:
                r.issue(d.it, Problem.REQUIRED_EMPTY)
            continue
        try:
            values[d.key] = coerce(d, raw, keep=raw if d.has_choices else None)  # type: ignore[arg-type]
        except FieldValueError:
            r.issue(
                None,
                Problem.NOT_A_NUMBER if d.type.value == "number" else Problem.UNKNOWN_VALUE,
                str(raw),
            )
    if any(i.error for i in r.issues):
        return None
    code = v.get(CODE)
    key = (
        f"code:{code.upper()}"
        if code
        else (f"ref:{normal(v[REF])}" if v.get(REF) else _row_key(r.source))
    )
    note = v.get(NOTE)
    return ImportedCase(
        r.source.number, person, case, values, note, key, code.upper() if code else None,
        frozenset(given),
    )  # fmt: skip


def build(
    sheet: Sheet,
    mapping: Mapping,
    available: Iterable[Target],
    centre: Iterable[FieldDef],
    today: date,
) -> Plan:
    """Apply ``mapping`` to every row of ``sheet`` (pure: reads nothing, writes nothing)."""
    by_key = {t.key: t for t in available}
    by_centre = {d.key: d for d in centre}
    columns = [
        (i, cm, by_key[cm.target])
        for i, cm in enumerate(mapping.columns)
        if cm.target and cm.target in by_key and i < len(sheet.headers)
    ]
    matchers = {t.key: matcher(t) for _i, _cm, t in columns if t.options}
    plan = Plan([], [], len(sheet.rows))
    seen: dict[str, int] = {}
    for source in sheet.rows:
        r = _Row(source, sheet.headers)
        if source.extra:
            r.issue(None, Problem.EXTRA_CELLS)
        for i, cm, t in columns:
            _read_cell(r, i, cm, t, mapping, matchers.get(t.key))
        cand = _candidate(r, by_centre, today)
        if cand is not None:
            first = seen.get(cand.match_key)
            if first is not None:
                r.issue(None, Problem.DUPLICATE, str(first))
                cand = None
            else:
                seen[cand.match_key] = source.number
        plan.issues.extend(r.issues)
        if cand is not None:
            plan.candidates.append(cand)
    return plan


def leave_out_refused(plan: Plan) -> Plan:
    """The plan without the rows that cannot be taken (she chose to import the others)."""
    refused = plan.refused_rows
    return replace(plan, candidates=[c for c in plan.candidates if c.row not in refused])
