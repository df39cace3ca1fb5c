"""The centre's own statistics on its own fields: counts of new contacts, never rows.

One table per yes/no, one-choice or several-choices field, counting the cases whose first
contact falls in the period (the same *new contacts* as ``stats.py``), by choice. They belong
to the centre alone: the screen shows exact numbers, every export publishes them with the
same small-cell suppression as the standard tables (``publish.published``), and the report
to the network never carries them (``app/reporting.REPORT_TABLES`` names what it carries).
"""

from __future__ import annotations

from dataclasses import dataclass

from ponte.core.fields import COUNTED_TYPES, FieldDef, FieldType
from ponte.core.suppression import CountTable, PublishedTable, suppress
from ponte.storage.db import Database
from ponte.storage.fields import definitions
from ponte.storage.stats import COUNT, UNKNOWN, Period

PREFIX = "centre_"
YES, NO = "yes", "no"
_NEW = "c.opened_on BETWEEN :start AND :end"


@dataclass(frozen=True)
class FieldTable:
    field: FieldDef
    table: CountTable  # rows: choice codes (yes/no), then "unknown" for single-answer fields

    def published(self) -> PublishedTable:
        # Its total is the period's new contacts, shown in the overview: public anyway.
        return suppress(self.table, total_public=self.table.additive)


def _counts(db: Database, sql: str, p: dict[str, str]) -> dict[str, int]:
    return {str(r[0]): int(r[1]) for r in db.query(sql, p)}


def _table(db: Database, d: FieldDef, p: dict[str, str]) -> CountTable:
    q = {**p, "key": d.key}
    if d.type is FieldType.MULTI:
        counts = _counts(
            db,
            "SELECT f.code, count(DISTINCT f.case_id) FROM case_field_choices f"
            f" JOIN cases c ON c.id = f.case_id WHERE f.field_key = :key AND {_NEW} GROUP BY 1",
            q,
        )
        rows = tuple(c.code for c in d.choices)
        return CountTable(
            PREFIX + d.key, rows, (COUNT,), tuple((counts.get(r, 0),) for r in rows), False
        )
    counts = _counts(
        db,
        "SELECT coalesce(v.value, :unknown), count(*) FROM cases c LEFT JOIN case_field_values v"
        f" ON v.case_id = c.id AND v.field_key = :key WHERE {_NEW} GROUP BY 1",
        {**q, "unknown": UNKNOWN},
    )
    if d.type is FieldType.YESNO:
        counts = {YES: counts.get("1", 0), NO: counts.get("0", 0), UNKNOWN: counts.get(UNKNOWN, 0)}
        rows = (YES, NO, UNKNOWN)
    else:
        rows = (*(c.code for c in d.choices), UNKNOWN)
    return CountTable(PREFIX + d.key, rows, (COUNT,), tuple((counts.get(r, 0),) for r in rows))


def field_tables(db: Database, period: Period) -> list[FieldTable]:
    """A table per counted centre field (a retired one only when the period has its values)."""
    p = period.params()
    out = []
    for d in definitions(db):
        if d.type not in COUNTED_TYPES:
            continue
        table = _table(db, d, p)
        recorded = sum(
            v for label, row in zip(table.row_labels, table.cells, strict=True)
            for v in row if label != UNKNOWN
        )  # fmt: skip
        if d.retired and not recorded:
            continue
        out.append(FieldTable(d, table))
    return out
