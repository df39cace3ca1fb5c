"""Statistics tables to CSV and XLSX files: only published (suppressed) tables, no Qt.

Both speak the reader's language and keep the codes apart for machines:

- XLSX: a first sheet "Legenda" (what "<5", "—" and "≥n" mean, the period), one sheet per
  table laid out as a grid in words, and a last sheet "Codici" with every cell as codes
  (``table, row, column, value``) for a script.
- CSV: one long table, one cell per line: the codes (``period_from, period_to, table, row,
  column, value``, stable for scripts), then the same cell in words.

Both are written atomically (0600): a half-written export never exists.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from ponte.core.fsutil import atomic_write
from ponte.core.stats_labels import legend, sheet_names, title, word
from ponte.core.suppression import PublishedTable
from ponte.storage.stats import Period

FORMATS = ("csv", "xlsx")
CODE_COLUMNS = ("table", "row", "column", "value")
_WORD_HEAD = {
    "it": ("tabella", "categoria", "colonna"),
    "en": ("table title", "category label", "column label"),
}
_SHEETS = {"it": ("Legenda", "Codici", "Periodo"), "en": ("Legend", "Codes", "Period")}


def _day(d: date, lang: str) -> str:
    return d.strftime("%d/%m/%Y") if lang == "it" else d.isoformat()


def to_csv(tables: Sequence[PublishedTable], period: Period, lang: str = "it") -> bytes:
    """One cell per line: the codes first (stable for scripts), then the same cell in words."""
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(
        ["period_from", "period_to", *CODE_COLUMNS, *_WORD_HEAD.get(lang, _WORD_HEAD["en"])]
    )
    for t in tables:
        columns, rows = t.to_rows()
        name = title(t.name, lang)
        for row in rows:
            for col, value in zip(columns[1:], row[1:], strict=True):
                out.writerow(
                    [
                        period.start,
                        period.end,
                        t.name,
                        row[0],
                        col,
                        value,
                        name,
                        word(str(row[0]), lang, table=t.name),
                        word(col, lang, table=t.name, column=True),
                    ]
                )
    return buf.getvalue().encode("utf-8")


def to_xlsx(
    tables: Sequence[PublishedTable], period: Period, heading: str = "Ponte", lang: str = "it"
) -> bytes:
    from openpyxl import Workbook  # loaded when a file is written, not at start
    from openpyxl.styles import Font

    legend_name, codes_name, period_word = _SHEETS.get(lang, _SHEETS["en"])
    wb = Workbook()
    info = wb.active
    info.title = legend_name
    info.append([heading])
    info["A1"].font = Font(bold=True)
    info.append([period_word, _day(period.start, lang), _day(period.end, lang)])
    for mark, meaning in legend(lang):
        info.append([mark, meaning])
    info.column_dimensions["B"].width = 70
    names = sheet_names([title(t.name, lang) for t in tables], reserved=(legend_name, codes_name))
    for t, name in zip(tables, names, strict=True):
        ws = wb.create_sheet(name)
        columns, rows = t.to_rows()
        ws.append(["", *(word(c, lang, table=t.name, column=True) for c in columns[1:])])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append([word(str(row[0]), lang, table=t.name), *row[1:]])
        ws.column_dimensions["A"].width = 36
    codes = wb.create_sheet(codes_name)
    codes.append(list(CODE_COLUMNS))
    for t in tables:
        columns, rows = t.to_rows()
        for row in rows:
            for col, value in zip(columns[1:], row[1:], strict=True):
                codes.append([t.name, row[0], col, value])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def export(
    tables: Sequence[PublishedTable],
    period: Period,
    fmt: str,
    path: Path,
    title: str = "Ponte",
    lang: str = "it",
) -> Path:
    """Write ``tables`` to ``path`` in ``fmt`` (``csv`` or ``xlsx``), in ``lang``."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    data = to_csv(tables, period, lang) if fmt == "csv" else to_xlsx(tables, period, title, lang)
    atomic_write(path, data)
    return path
