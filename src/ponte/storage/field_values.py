"""A case's centre-field values: read, write (inside the caller's transaction), filter, export.

Scalars live in ``case_field_values`` (one row per case and field, only when not empty);
several-choices fields in ``case_field_choices`` (one row per chosen code, so two people
adding different choices on two workstations both keep theirs). Values are checked against
the definition by ``core/fields.coerce``; text values are searchable (``cases.reindex``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ponte.core.errors import FieldValueError, NotFound
from ponte.core.fields import CentreForm, FieldDef, FieldType, Value, coerce
from ponte.storage import fields as defs
from ponte.storage.db import Database


@dataclass(frozen=True)
class FieldFilter:
    """Cases whose field ``key`` equals ``value`` (a several-choices field: holds that code),
    lies in ``low``..``high`` (numbers, dates), or — ``value`` None and no bounds — has any
    value at all (``present`` False: has none)."""

    key: str
    value: Value = None
    low: Value = None
    high: Value = None
    present: bool = True


def _to_db(d: FieldDef, value: Value) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _from_db(d: FieldDef, raw: Any) -> Value:
    if d.type is FieldType.DATE:
        return date.fromisoformat(str(raw))
    if d.type is FieldType.YESNO:
        return bool(raw)
    return raw  # type: ignore[no-any-return]


def values(db: Database, case_id: str, fields: Iterable[FieldDef]) -> dict[str, Value]:
    by_key = {d.key: d for d in fields}
    out: dict[str, Value] = {}
    for r in db.query(
        "SELECT field_key, value FROM case_field_values WHERE case_id = ?", (case_id,)
    ):
        d = by_key.get(r["field_key"])
        if d is not None:
            out[d.key] = _from_db(d, r["value"])
    chosen: dict[str, list[str]] = {}
    for r in db.query(
        "SELECT field_key, code FROM case_field_choices WHERE case_id = ?", (case_id,)
    ):
        chosen.setdefault(r["field_key"], []).append(r["code"])
    for key, codes in chosen.items():
        d = by_key.get(key)
        if d is not None:
            order = {c.code: i for i, c in enumerate(d.choices)}
            out[key] = tuple(sorted(codes, key=lambda c: order.get(c, len(order))))
    return out


def centre_form(db: Database, case_id: str) -> CentreForm:
    fields = defs.definitions(db)
    return CentreForm(tuple(fields), values(db, case_id, fields))


def write(
    db: Database,
    case_id: str,
    new: Mapping[str, object],
    fields: Iterable[FieldDef] | None = None,
) -> int:
    """Set the fields named in ``new`` (others untouched); inside the caller's transaction.

    Values are checked first, all of them, so a wrong one changes nothing. Returns how many
    fields changed.
    """
    by_key = {d.key: d for d in (defs.definitions(db) if fields is None else fields)}
    current = values(db, case_id, by_key.values())
    checked: dict[str, Value] = {}
    for key, raw in new.items():
        d = by_key.get(key)
        if d is None:
            raise NotFound(f"field {key}")
        if d.retired and raw != current.get(key):
            raise FieldValueError(key)  # a retired field is read-only: it stays as recorded
        checked[key] = coerce(d, raw, keep=current.get(key))
    changed = 0
    for key, value in checked.items():
        if value == current.get(key):
            continue
        changed += 1
        d = by_key[key]
        if d.type is FieldType.MULTI:
            old = set(current.get(key) or ())  # type: ignore[arg-type]
            now = set(value or ())  # type: ignore[arg-type]
            for code in old - now:
                db.execute(
                    "DELETE FROM case_field_choices WHERE case_id = ? AND field_key = ?"
                    " AND code = ?",
                    (case_id, key, code),
                )
            db.executemany(
                "INSERT INTO case_field_choices (case_id, field_key, code) VALUES (?, ?, ?)",
                [(case_id, key, code) for code in sorted(now - old)],
            )
        elif value is None:
            db.execute(
                "DELETE FROM case_field_values WHERE case_id = ? AND field_key = ?", (case_id, key)
            )
        else:
            db.execute(
                "INSERT INTO case_field_values (case_id, field_key, value) VALUES (?, ?, ?)"
                " ON CONFLICT (case_id, field_key) DO UPDATE SET value = excluded.value",
                (case_id, key, _to_db(d, value)),
            )
    return changed


def missing_required(form: CentreForm) -> list[str]:
    """Keys of active required fields with no value (the case file asks for them)."""
    return [
        f.key
        for f in form.fields
        if f.required and not f.retired and form.values.get(f.key) in (None, (), "")
    ]


def search_text(db: Database, case_id: str) -> str:
    """The case's text-field values, for the search index."""
    rows = db.query(
        "SELECT v.value FROM case_field_values v JOIN field_defs d ON d.key = v.field_key"
        " WHERE v.case_id = ? AND d.type = 'text'",
        (case_id,),
    )
    return " ".join(str(r[0]) for r in rows)


def _table(d: FieldDef) -> str:
    return "case_field_choices" if d.type is FieldType.MULTI else "case_field_values"


def filled_counter(d: FieldDef) -> str:
    """The ``counters`` row holding how many cases have ``d`` filled in (kept by triggers,
    schema 0019; a several-choices field counts cases, not codes)."""
    return f"{_table(d)}:{d.key}"


def filter_sql(d: FieldDef, f: FieldFilter) -> tuple[str, list[Any], str]:
    """How one filter keeps cases: ``(sql, params, mode)``. Mode ``in``: ``sql`` is the set of
    case ids kept (an index on (field, value, case) serves it); ``exists`` / ``absent``: a
    correlated body, true when the case has the field filled in / not — one primary-key
    probe per case, instead of building the set of every filled case first."""
    table = _table(d)
    if f.value is None and f.low is None and f.high is None:
        probe = f"SELECT 1 FROM {table} WHERE case_id = c.id AND field_key = ?"
        return probe, [d.key], "exists" if f.present else "absent"
    if d.type is FieldType.MULTI:
        code = f.value[0] if isinstance(f.value, tuple) else f.value
        sub = "SELECT case_id FROM case_field_choices WHERE field_key = ? AND code = ?"
        return sub, [d.key, code], "in"
    sub = "SELECT case_id FROM case_field_values WHERE field_key = ?"
    if f.value is not None:
        return f"{sub} AND value = ?", [d.key, _to_db(d, coerce(d, f.value))], "in"
    clauses, params = [sub], [d.key]
    if f.low is not None:
        clauses.append("value >= ?")
        params.append(_to_db(d, coerce(d, f.low)))
    if f.high is not None:
        clauses.append("value <= ?")
        params.append(_to_db(d, coerce(d, f.high)))
    return " AND ".join(clauses), params, "in"


def export(db: Database, case_id: str) -> list[dict[str, Any]]:
    """Her centre-field values for the access export: each with its label and its words."""
    form = centre_form(db, case_id)
    out = []
    for d in form.fields:
        value = form.values.get(d.key)
        if value is None:
            continue
        out.append(
            {
                "field": d.key,
                "label_it": d.it,
                "label_en": d.en,
                "type": d.type.value,
                "value": list(value) if isinstance(value, tuple) else _to_db(d, value),
                "text_it": d.value_text(value, "it"),
                "text_en": d.value_text(value, "en"),
            }
        )
    return out
