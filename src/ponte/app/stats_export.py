"""Statistics tables to CSV and XLSX files: only published (suppressed) tables, no Qt.

CSV is one long table (``table,row,column,value``) so a spreadsheet or a script can filter
it; XLSX has one sheet per table laid out as a grid, plus a first sheet saying what the
marks mean. Both are written atomically (0600): a half-written export never exists.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from ponte.core.errors import ValidationError
from ponte.core.fsutil import atomic_write
from ponte.core.suppression import HIDDEN, SMALL, PublishedTable
from ponte.storage.stats import Period

FORMATS = ("csv", "xlsx")
LEGEND = (
    (SMALL, "from 1 to 4 (not shown: too few to be anonymous)"),
    (HIDDEN, "hidden so that a small count cannot be worked out from the totals"),
)


def to_csv(tables: Sequence[PublishedTable], period: Period) -> bytes:
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(["period_from", "period_to", "table", "row", "column", "value"])
    for t in tables:
        columns, rows = t.to_rows()
        for row in rows:
            for col, value in zip(columns[1:], row[1:], strict=True):
                out.writerow([period.start, period.end, t.name, row[0], col, value])
    return buf.getvalue().encode("utf-8")


def to_xlsx(tables: Sequence[PublishedTable], period: Period, title: str = "Ponte") -> bytes:
    wb = Workbook()
    info = wb.active
    info.title = "info"
    info.append([title])
    info["A1"].font = Font(bold=True)
    info.append(["period", period.start.isoformat(), period.end.isoformat()])
    for mark, meaning in LEGEND:
        info.append([mark, meaning])
    for t in tables:
        ws = wb.create_sheet(t.name[:31])
        columns, rows = t.to_rows()
        ws.append(columns)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(list(row))
        ws.column_dimensions["A"].width = 28
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def export(
    tables: Sequence[PublishedTable], period: Period, fmt: str, path: Path, title: str = "Ponte"
) -> Path:
    """Write ``tables`` to ``path`` in ``fmt`` (``csv`` or ``xlsx``)."""
    if fmt not in FORMATS:
        raise ValidationError(f"format must be one of {', '.join(FORMATS)}")
    data = to_csv(tables, period) if fmt == "csv" else to_xlsx(tables, period, title)
    atomic_write(path, data)
    return path
