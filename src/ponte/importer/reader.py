"""A spreadsheet file (XLSX or CSV) read into rows, with its column names found.

``xlsx`` and ``csvfile`` read the two kinds; here the row holding the column names is found
(title rows above it are skipped), names are made unique, empty rows dropped, and the
limits checked. Errors say what to do and never quote the file.
"""

from __future__ import annotations

from pathlib import Path

from ponte.core.errors import ImportFileError, ImportTooLarge
from ponte.importer import sheet as limits
from ponte.importer.csvfile import read_csv
from ponte.importer.sheet import Cell, RawRow, Sheet, SourceRow, column_letter
from ponte.importer.xlsx import read_xlsx

MAX_BYTES = 100 * 1024 * 1024


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _header_index(rows: list[RawRow]) -> int | None:
    """The row holding the column names: the first of the first rows whose filled cells are
    all text and nearly as many as the widest row's (a title, or a row grouping columns
    above the names, has far fewer)."""
    counts = [sum(not _blank(c) for c in cells) for _n, cells, _f in rows[: limits.HEADER_SEARCH]]
    widest = max(counts, default=0)
    for i, (_n, cells, _f) in enumerate(rows[: limits.HEADER_SEARCH]):
        filled = [c for c in cells if not _blank(c)]
        if not filled or not all(isinstance(c, str) for c in filled):
            continue
        if len(filled) >= min(2, widest) and len(filled) >= 0.6 * widest:
            return i
    return None


def _headers(cells: tuple[Cell, ...]) -> tuple[str, ...]:
    names: list[str] = []
    seen: dict[str, int] = {}
    width = max((i + 1 for i, c in enumerate(cells) if not _blank(c)), default=0)
    for i in range(width):
        raw = cells[i] if i < len(cells) else None
        name = " ".join(str(raw).split()) if not _blank(raw) else f"({column_letter(i)})"
        seen[name.lower()] = seen.get(name.lower(), 0) + 1
        if seen[name.lower()] > 1:
            name = f"{name} ({seen[name.lower()]})"
        names.append(name)
    return tuple(names)


def _sheet(kind: str, title: str, rows: list[RawRow], **kw: str) -> Sheet | None:
    h = _header_index(rows)
    if h is None:
        return None
    number, header_cells, _ = rows[h]
    headers = _headers(header_cells)
    width = len(headers)
    data = tuple(
        SourceRow(
            n,
            tuple(cells[:width]),
            {c: f for c, f in flags.items() if c < width},
            any(not _blank(c) for c in cells[width:]),
        )
        for n, cells, flags in rows[h + 1 :]
        if any(not _blank(c) for c in cells) or any(c < width for c in flags)
    )
    if len(data) > limits.MAX_ROWS:
        raise ImportTooLarge()
    return Sheet(kind, headers, number, data, title, skipped_above=h, **kw)


def read(path: Path) -> Sheet:
    """The first sheet of ``path`` that has column names, as rows (see the module doc)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(8)
    except OSError:
        raise ImportFileError() from None
    if size > MAX_BYTES:
        raise ImportTooLarge()
    if head.startswith(b"PK\x03\x04"):
        for title, rows in read_xlsx(path):
            sheet = _sheet("xlsx", title, rows)
            if sheet is not None:
                return sheet
        raise ImportFileError("no sheet has column names")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError("old .xls")  # Excel 97–2003: save it as .xlsx
    rows, encoding, delimiter = read_csv(path.read_bytes())
    sheet = _sheet("csv", "", rows, encoding=encoding, delimiter=delimiter)
    if sheet is None:
        raise ImportFileError("no column names")
    return sheet
