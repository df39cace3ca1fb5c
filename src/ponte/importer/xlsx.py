"""XLSX files: openpyxl in read-only mode with the values Excel last calculated (a
50,000-row sheet streams in seconds), then a cheap pass over the sheet's XML for what
read-only mode hides: merged cells (a tall one's value goes on every row it covers, and the
rows say so) and formulas Excel never calculated or that hold an error."""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from defusedxml import ElementTree as ET  # refuses entity tricks (and openpyxl uses it too)

from ponte.core.errors import ImportFileError, ImportTooLarge
from ponte.importer.sheet import ERROR, FORMULA, MERGED, Cell, RawRow, check_size

MAX_UNZIPPED = 800 * 1024 * 1024  # a "zip bomb" is refused before it is opened
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_CELL_REF = re.compile(r"([A-Z]+)([0-9]+)")


def _column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


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
        check_size(len(rows), len(values))
    return rows


def read_xlsx(
    path: Path,
) -> Iterable[tuple[str, list[RawRow]]]:
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
            out: list[RawRow] = []
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
