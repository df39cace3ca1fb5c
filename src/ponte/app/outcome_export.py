"""Outcome indicators to CSV and XLSX, in words (Italian by default), published tables only.

Each table goes out with its area (the centre, a network or the metropolitan area), its
title, its denominator in words and its size, then one line per cell; the codes follow in
their own columns, so a script can still read them. Written atomically (0600).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ponte.core.fsutil import atomic_write
from ponte.core.suppression import HIDDEN, SMALL, Cell, PublishedTable
from ponte.storage.stats import Period

FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class Words:
    """How codes read in the chosen language (the screens' own words, passed in)."""

    title: Callable[[str], str]  # table code → title
    word: Callable[[str], str]  # category, column or area code → words
    population: Callable[[str], str]  # table code → its denominator in words
    heading: dict[str, str]  # the fixed texts below, translated

    def text(self, key: str) -> str:
        return self.heading.get(key, key)


#: Fixed texts of the files (the caller translates them).
HEADINGS = (
    "from", "to", "area", "indicator", "denominator", "women", "category", "column",
    "value", "indicator code", "category code", "column code", "legend_small",
    "legend_hidden", "legend_at_least", "period",
)  # fmt: skip


def _safe(value: Cell) -> Cell:
    """A spreadsheet never runs a cell as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def _lines(
    sections: Sequence[tuple[str, PublishedTable]], w: Words
) -> list[tuple[str, PublishedTable, list[list[Cell]]]]:
    out = []
    for area, t in sections:
        columns, rows = t.to_rows()
        cells = [
            [w.word(str(row[0])), w.word(col), _safe(value), str(row[0]), col]
            for row in rows
            for col, value in zip(columns[1:], row[1:], strict=True)
        ]
        out.append((area, t, cells))
    return out


def to_csv(sections: Sequence[tuple[str, PublishedTable]], period: Period, w: Words) -> bytes:
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(
        [w.text(h) for h in (
            "from", "to", "area", "indicator", "denominator", "category", "column", "value",
            "indicator code", "category code", "column code",
        )]
    )  # fmt: skip
    for area, t, cells in _lines(sections, w):
        for category, column, value, category_code, column_code in cells:
            out.writerow(
                [
                    period.start.strftime("%d/%m/%Y"),
                    period.end.strftime("%d/%m/%Y"),
                    w.word(area),
                    w.title(t.name),
                    w.population(t.name),
                    category,
                    column,
                    value,
                    t.name,
                    category_code,
                    column_code,
                ]
            )
    return buf.getvalue().encode("utf-8")


def to_xlsx(
    sections: Sequence[tuple[str, PublishedTable]], period: Period, w: Words, title: str
) -> bytes:
    from openpyxl import Workbook  # loaded when a file is written, not at start
    from openpyxl.styles import Font

    wb = Workbook()
    info = wb.active
    info.title = "info"
    info.append([title])
    info["A1"].font = Font(bold=True)
    info.append(
        [w.text("period"), period.start.strftime("%d/%m/%Y"), period.end.strftime("%d/%m/%Y")]
    )
    for mark, key in (
        (SMALL, "legend_small"),
        (HIDDEN, "legend_hidden"),
        ("≥n", "legend_at_least"),
    ):
        info.append([mark, w.text(key)])
    info.column_dimensions["B"].width = 60
    for n, (area, t, _cells) in enumerate(_lines(sections, w), start=1):
        ws = wb.create_sheet(re.sub(r"[\[\]:*?/\\]", "-", f"{n:02d} {w.title(t.name)}")[:31])
        ws.append([w.word(area), w.title(t.name)])
        ws["A1"].font = ws["B1"].font = Font(bold=True)
        ws.append([w.text("denominator"), w.population(t.name), t.total])
        columns, rows = t.to_rows()
        ws.append([w.text("category"), *(w.word(c) for c in columns[1:])])
        for cell in ws[3]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append([w.word(str(row[0])), *(_safe(v) for v in row[1:])])
        ws.column_dimensions["A"].width = 42
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def export(
    sections: Sequence[tuple[str, PublishedTable]],
    period: Period,
    fmt: str,
    path: Path,
    words: Words,
    title: str = "Ponte",
) -> Path:
    """Write the (area, published table) pairs to ``path`` as ``fmt`` (csv or xlsx)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    data = (
        to_csv(sections, period, words) if fmt == "csv" else to_xlsx(sections, period, words, title)
    )
    atomic_write(path, data)
    return path
