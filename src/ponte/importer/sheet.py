"""A spreadsheet as rows of cells, the way she sees it (row numbers included), and the
limits that keep a wrong file from eating the machine."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time

from ponte.core.errors import ImportTooLarge

MAX_ROWS = 200_000
MAX_COLUMNS = 200
HEADER_SEARCH = 10  # title rows may stand above the column names

Cell = str | int | float | bool | date | datetime | time | None
RawRow = tuple[int, tuple[Cell, ...], dict[int, str]]  # (row number, cells, flags)
MERGED = "merged"  # the value comes from a merged cell above or beside it
FORMULA = "formula"  # a formula with no calculated value: nothing to take
ERROR = "error"  # a formula whose value is an error (#DIV/0!, #REF!…)


@dataclass(frozen=True)
class SourceRow:
    number: int  # the row number she sees in Excel, or the line number of a CSV
    cells: tuple[Cell, ...]
    flags: dict[int, str] = field(default_factory=dict)  # column index → MERGED/FORMULA/ERROR
    extra: bool = False  # filled cells beyond the last column name (a ";" inside a cell?)


@dataclass(frozen=True)
class Sheet:
    kind: str  # "xlsx" or "csv"
    headers: tuple[str, ...]
    header_row: int
    rows: tuple[SourceRow, ...]
    sheet: str = ""  # the worksheet read (XLSX)
    encoding: str = ""  # CSV
    delimiter: str = ""  # CSV
    skipped_above: int = 0  # title rows above the column names

    def column(self, index: int) -> Iterator[tuple[SourceRow, Cell]]:
        for row in self.rows:
            yield row, row.cells[index] if index < len(row.cells) else None


def column_letter(index: int) -> str:
    out, n = "", index + 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def check_size(rows: int, columns: int) -> None:
    if rows > MAX_ROWS + HEADER_SEARCH or columns > MAX_COLUMNS:
        raise ImportTooLarge()
