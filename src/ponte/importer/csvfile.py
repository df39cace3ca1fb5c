"""CSV files as Excel saves them: decoded by an explicit rule, not a guess (``decode``), split
on the delimiter the header line uses most."""

from __future__ import annotations

import codecs
import csv
import io
import re

from ponte.core.errors import ImportEncodingError, ImportFileError
from ponte.importer.sheet import FORMULA, Cell, RawRow, check_size

_FORMULA_TEXT = re.compile(r"=\s*[A-Za-z_.]+[0-9(!:]")  # =SUM(…), =A1+1, =Foglio2!B3


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


def read_csv(raw: bytes) -> tuple[list[RawRow], str, str]:
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
            check_size(len(out), len(cells))
    except csv.Error:
        raise ImportFileError("CSV") from None
    return out, encoding, delimiter
