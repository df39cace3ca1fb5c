"""Reading messy spreadsheets: encodings, title rows, merged cells, formulas, limits."""

from __future__ import annotations

import codecs
import io
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from ponte.core.errors import ImportEncodingError, ImportFileError, ImportTooLarge
from ponte.importer import reader, sheet, xlsx
from ponte.importer.csvfile import decode
from ponte.importer.sheet import ERROR, FORMULA, MERGED
from tests.importer.messy import archive_xlsx, windows_csv

ITALIAN = "Età;Città;Note\nMaria;Milano;è già andata via, perché lui è tornato – “basta”\n"


@pytest.mark.parametrize(
    ("encoded", "name"),
    [
        (ITALIAN.encode("cp1252"), "cp1252"),
        (ITALIAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ITALIAN.encode("utf-8"), "utf-8-sig"),
        (ITALIAN.encode("utf-16"), "utf-16"),  # Excel's "Unicode text" (with its BOM)
    ],
)
def test_italian_text_is_read_right_whatever_excel_saved(encoded: bytes, name: str) -> None:
    text, used = decode(encoded)
    assert (text, used) == (ITALIAN, name)


def test_bytes_that_are_no_known_encoding_are_refused_not_garbled() -> None:
    with pytest.raises(ImportEncodingError):
        decode(b"Nome;Note\nAnna;\x81\x8d\x8f\x90\x9d\n")  # undefined in cp1252, bad UTF-8


def test_a_windows_csv_with_a_title_line(tmp_path: Path) -> None:
    sheet = reader.read(windows_csv(tmp_path / "casi.csv"))
    assert (sheet.kind, sheet.encoding, sheet.delimiter) == ("csv", "cp1252", ";")
    assert sheet.headers[:3] == ("N. scheda", "Nome", "Età")
    assert (sheet.header_row, sheet.skipped_above) == (2, 1)
    first = sheet.rows[0]
    assert first.number == 3, "the line number she sees in a text editor"
    assert first.cells[8] == "Vive con la madre, è già andata via"
    assert sheet.rows[-1].cells[0] == "Totale"


def test_an_archive_with_merged_cells_and_formulas(tmp_path: Path) -> None:
    sheet = reader.read(archive_xlsx(tmp_path / "archivio.xlsx"))
    assert (sheet.kind, sheet.sheet, sheet.header_row) == ("xlsx", "Archivio", 2)
    by_number = {r.number: r for r in sheet.rows}
    # The operatrice's name merged down over her cases is on each of them, and says so.
    assert [by_number[n].cells[0] for n in (3, 4, 5, 6, 7, 8)] == ["Anna"] * 3 + ["Bea"] * 3
    assert by_number[4].flags[0] == MERGED
    assert 0 not in by_number[3].flags  # the top cell is the cell itself
    assert by_number[3].cells[2] == datetime(2020, 1, 10)
    assert by_number[5].cells[2] == 43842  # a date that lost its format: a bare number
    assert by_number[4].cells[3] == 34  # a formula Excel calculated: its value
    assert (by_number[6].cells[3], by_number[6].flags[3]) == (None, FORMULA)  # never calculated
    assert by_number[7].flags[3] == ERROR  # #DIV/0!


def test_a_wide_merged_cell_leaves_its_neighbours_empty(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Nome", "Data", "Note"])
    ws.append(["Anna", "01/02/2020", "lunga"])
    ws.merge_cells("B2:C2")
    wb.save(tmp_path / "w.xlsx")
    (row,) = reader.read(tmp_path / "w.xlsx").rows
    assert row.cells == ("Anna", "01/02/2020", None)
    assert row.flags == {2: MERGED}


def test_a_row_with_more_cells_than_names_is_marked(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("Nome;Forma\nAnna;fisica; sessuale\nBea;psicologica\n")
    rows = reader.read(tmp_path / "x.csv").rows
    assert [r.extra for r in rows] == [True, False]


def test_not_a_spreadsheet_is_refused_with_a_sentence(tmp_path: Path) -> None:
    (tmp_path / "a.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    (tmp_path / "b.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "c.csv").write_text("\n\n\n")
    for name in ("a.xls", "b.xlsx", "c.csv", "missing.csv"):
        with pytest.raises(ImportFileError) as caught:
            reader.read(tmp_path / name)
        assert "Save it as Excel" in caught.value.sentence()


def test_a_zip_bomb_is_refused_before_it_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx, "MAX_UNZIPPED", 10_000)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b" " * 50_000)
    (tmp_path / "bomb.xlsx").write_bytes(buf.getvalue())
    with pytest.raises(ImportTooLarge):
        reader.read(tmp_path / "bomb.xlsx")


def test_too_many_rows_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheet, "MAX_ROWS", 5)
    (tmp_path / "x.csv").write_text("Nome\n" + "".join(f"D{i}\n" for i in range(40)))
    with pytest.raises(ImportTooLarge):
        reader.read(tmp_path / "x.csv")
