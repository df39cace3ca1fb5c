"""A spreadsheet file as rows of cells, the way she sees it (row numbers included).

XLSX is read with openpyxl in read-only mode with the values Excel last calculated (a
50,000-row sheet streams in seconds); a second, cheap pass over the sheet's XML finds what
read-only mode hides: merged cells (their value is repeated on every row they cover, and
the rows say so) and formulas Excel never calculated (no value to take). CSV is decoded by
an explicit rule, not a guess (see :func:`decode`), and its delimiter is the one the header
line uses most.

Limits keep a wrong file from eating the machine: size on disk, size unzipped (a "zip
bomb"), rows, columns. Errors say what to do and never quote the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from defusedxml import ElementTree as ET  # refuses entity tricks (and openpyxl uses it too)

from ponte.core.errors import ImportEncodingError, ImportFileError, ImportTooLarge

MAX_BYTES = 100 * 1024 * 1024
MAX_UNZIPPED = 800 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 200
HEADER_SEARCH = 10
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_CELL_REF = re.compile(r"([A-Z]+)([0-9]+)")
_FORMULA_TEXT = re.compile(r"=\s*[A-Za-z_.]+[0-9(!:]")  # =SUM(…), =A1+1, =Foglio2!B3

Cell = str | int | float | bool | date | datetime | time | None
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


def _column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


# ------------------------------------------------------------ CSV
def decode(raw: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read with.

    The rule, in order: a byte-order mark says UTF-8 or UTF-16 (Excel's "Unicode text");
    bytes that are valid UTF-8 are UTF-8; otherwise Windows-1252, what Excel on an Italian
    Windows writes for "CSV (delimitato dal separatore di elenco)". A detector such as
    charset-normalizer guesses cp1250 for short Italian cp1252 text ("Etŕ", "č giŕ"): here
    the guess is not needed, since those are the only encodings Italian centres produce.
    """
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(name), name
            except UnicodeDecodeError:
                raise ImportEncodingError() from None
    for name in ("utf-8", "cp1252"):
        try:
            return raw.decode(name), name
        except UnicodeDecodeError:
            continue
    raise ImportEncodingError()


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    outside = re.sub(r'"[^"]*"', "", first)
    counts = {d: outside.count(d) for d in (";", ",", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_cell(value: str) -> tuple[Cell, str | None]:
    text = value.strip()
    if _FORMULA_TEXT.match(text):
        return None, FORMULA
    return (text or None), None


def _read_csv(raw: bytes) -> tuple[list[tuple[int, tuple[Cell, ...], dict[int, str]]], str, str]:
    text, encoding = decode(raw)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    out = []
    start = 1
    try:
        for record in reader:
            cells, flags = [], {}
            for i, value in enumerate(record):
                cell, flag = _csv_cell(value)
                cells.append(cell)
                if flag:
                    flags[i] = flag
            out.append((start, tuple(cells), flags))
            start = reader.line_num + 1
            _check_size(len(out), len(cells))
    except csv.Error:
        raise ImportFileError("CSV") from None
    return out, encoding, delimiter


# ------------------------------------------------------------ XLSX
def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            if sum(i.file_size for i in z.infolist()) > MAX_UNZIPPED:
                raise ImportTooLarge()
    except zipfile.BadZipFile:
        raise ImportFileError() from None


def _sheet_extras(
    path: Path, xml_path: str
) -> tuple[list[tuple[int, int, int, int]], dict[tuple[int, int], str]]:
    """Merged ranges (min_row, min_col, max_row, max_col; 1-based rows, 0-based columns) and
    cells whose formula has no value or an error, read straight from the sheet's XML."""
    merged: list[tuple[int, int, int, int]] = []
    flagged: dict[tuple[int, int], str] = {}
    with zipfile.ZipFile(path) as z, z.open(xml_path.lstrip("/")) as src:
        for _event, el in ET.iterparse(src, events=("end",)):
            tag = el.tag
            if tag == f"{_NS}c":
                has_f = el.find(f"{_NS}f") is not None
                if has_f or el.get("t") == "e":
                    m = _CELL_REF.fullmatch(el.get("r", ""))
                    if m:
                        where = (int(m.group(2)), _column_index(m.group(1)))
                        if el.get("t") == "e":
                            flagged[where] = ERROR
                        else:
                            v = el.find(f"{_NS}v")
                            if v is None or not (v.text or "").strip():
                                flagged[where] = FORMULA
                el.clear()
            elif tag == f"{_NS}row":
                el.clear()
            elif tag == f"{_NS}mergeCell":
                refs = [_CELL_REF.fullmatch(p) for p in el.get("ref", "").split(":")]
                if len(refs) == 2 and all(refs):
                    a, b = refs
                    assert a is not None
                    assert b is not None
                    merged.append(
                        (int(a.group(2)), _column_index(a.group(1)),
                         int(b.group(2)), _column_index(b.group(1)))
                    )  # fmt: skip
    return merged, flagged


def _xlsx_rows(ws: Any) -> list[list[Cell]]:
    ws.reset_dimensions()  # some programs write a wrong <dimension>: read what is there
    rows: list[list[Cell]] = []
    for values in ws.iter_rows(values_only=True):
        rows.append(list(values))
        _check_size(len(rows), len(values))
    return rows


def _read_xlsx(
    path: Path,
) -> Iterable[tuple[str, list[tuple[int, tuple[Cell, ...], dict[int, str]]]]]:
    _check_zip(path)
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl's warnings name file features, not data
            wb = load_workbook(path, read_only=True, data_only=True)
    except (ImportTooLarge, ImportFileError):
        raise
    except Exception:  # noqa: BLE001 - a damaged file fails in many ways; say so, quote nothing
        raise ImportFileError() from None
    try:
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):
                continue  # a chart sheet
            try:
                rows = _xlsx_rows(ws)
                merged, flagged = _sheet_extras(path, ws._worksheet_path)
            except ImportTooLarge:
                raise
            except Exception:  # noqa: BLE001 - as above
                raise ImportFileError() from None
            out: list[tuple[int, tuple[Cell, ...], dict[int, str]]] = []
            by_row: dict[int, dict[int, tuple[str, Cell]]] = {}
            for (r, c), flag in flagged.items():
                by_row.setdefault(r, {})[c] = (flag, None)
            for r1, c1, r2, c2 in merged:
                if r1 - 1 >= len(rows):
                    continue
                top = rows[r1 - 1]
                value = top[c1] if c1 < len(top) else None
                for r in range(r1 + 1, r2 + 1):  # a tall cell: its value on every row it covers
                    by_row.setdefault(r, {})[c1] = (MERGED, value)
                for r in range(r1, r2 + 1):  # a wide cell: its neighbours stay empty
                    for c in range(c1 + 1, c2 + 1):
                        by_row.setdefault(r, {})[c] = (MERGED, None)
            for i, values in enumerate(rows, start=1):
                cells = list(values)
                flags: dict[int, str] = {}
                for c, (flag, value) in by_row.get(i, {}).items():
                    while len(cells) <= c:
                        cells.append(None)
                    flags[c] = flag
                    cells[c] = value
                out.append((i, tuple(cells), flags))
            yield ws.title, out
    finally:
        wb.close()


# ------------------------------------------------------------ both
def _check_size(rows: int, columns: int) -> None:
    if rows > MAX_ROWS + HEADER_SEARCH or columns > MAX_COLUMNS:
        raise ImportTooLarge()


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _header_index(rows: list[tuple[int, tuple[Cell, ...], dict[int, str]]]) -> int | None:
    """The row holding the column names: the first of the first rows whose filled cells are
    all text and nearly as many as the widest row's (a title, or a row grouping columns
    above the names, has far fewer)."""
    counts = [sum(not _blank(c) for c in cells) for _n, cells, _f in rows[:HEADER_SEARCH]]
    widest = max(counts, default=0)
    for i, (_n, cells, _f) in enumerate(rows[:HEADER_SEARCH]):
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


def _sheet(
    kind: str, title: str, rows: list[tuple[int, tuple[Cell, ...], dict[int, str]]], **kw: str
) -> Sheet | None:
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
    if len(data) > MAX_ROWS:
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
        for title, rows in _read_xlsx(path):
            sheet = _sheet("xlsx", title, rows)
            if sheet is not None:
                return sheet
        raise ImportFileError("no sheet has column names")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError("old .xls")  # Excel 97–2003: save it as .xlsx
    rows, encoding, delimiter = _read_csv(path.read_bytes())
    sheet = _sheet("csv", "", rows, encoding=encoding, delimiter=delimiter)
    if sheet is None:
        raise ImportFileError("no column names")
    return sheet
