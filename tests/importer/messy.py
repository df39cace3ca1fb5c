"""Messy spreadsheets like the ones centres keep, made on the fly (all data invented).

- ``windows_csv``: Excel on an Italian Windows, "CSV (delimitato dal separatore di elenco)":
  Windows-1252, semicolons, a title line above the column names, dates written by hand,
  forms of violence spelt four ways, a total line at the end;
- ``archive_xlsx``: a title merged across the top, the operatrice's name merged down over her
  cases, dates as date cells, as text and as bare Excel numbers, a formula Excel calculated,
  one it never calculated, one with an error, a column per form of violence (x/blank);
- ``big_xlsx``: ``n`` clean rows (one wrong date at ``bad_row`` if given), written fast.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

SECRET_NAMES = ("Filomena Quattrocchi", "Ornella Zampieri", "Gelsomina Tàrtari")

WINDOWS_ROWS = [
    # N. scheda; Nome; Età; Cittadinanza; Data primo contatto; Tipo di violenza; Invio da; Figli; Note
    ("1", "Filomena Quattrocchi", "34", "Italiana", "03/02/2019", "Psicologica", "Spontaneo", "2", "Vive con la madre, è già andata via"),
    ("2", "Ornella Zampieri", "41", "extracomunitaria", "4/2/19", "psic.", "Carabinieri", "0", ""),
    ("3", "Gelsomina Tàrtari", "29", "UE", "2019-02-05", "violenza psicologica, fisica", "Pronto soccorso", "1", "Più volte in ospedale"),
    ("4", "Rosa Demo", "52", "italiana", "31/02/2019", "economica e psicologica", "servizio sociale", "3", ""),
    ("5", "Viola Demo", "trenta", "Italiana", "07/02/2019", "telepatica", "Spontaneo", "", ""),
    ("6", "Iris Demo", "47", "Italiana", "8 febbraio 2019", "Fisica; Sessuale", "1522", "1", ""),
]  # fmt: skip


def windows_csv(path: Path) -> Path:
    lines = [
        "Centro Antiviolenza Demo – archivio casi 2019;;;;;;;;",
        "N. scheda;Nome;Età;Cittadinanza;Data primo contatto;Tipo di violenza;Invio da;Figli;Note",
        *(";".join(r) for r in WINDOWS_ROWS),
        "Totale;6;;;;;;;",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def _patch_sheet(data: bytes, replacements: dict[str, str]) -> bytes:
    """Set cached values on formula cells, as Excel would after calculating."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = body.decode()
                for cell, value in replacements.items():
                    text, n = re.subn(
                        rf'(<c r="{cell}"[^>]*><f>[^<]*</f>)<v\s*/>', rf"\1<v>{value}</v>", text
                    )
                    assert n == 1, cell
                body = text.encode()
            dst.writestr(item, body)
    return out.getvalue()


def archive_xlsx(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Archivio"
    ws.append(["Archivio casi – Centro Demo"])
    ws.merge_cells("A1:I1")
    ws.append(["Operatrice", "Nome", "Data di accesso", "Anni", "Violenza fisica",
               "Violenza psicologica", "Violenza economica", "Relazione con l'autore", "Figli minori"])  # fmt: skip
    rows = [
        ("Anna", "Filomena Quattrocchi", datetime(2020, 1, 10), 33, "x", "x", None, "marito", 1),
        (None, "Ornella Zampieri", "12/01/2020", "=D3+1", None, "x", "x", "ex compagno", 0),
        (None, "Gelsomina Tàrtari", 43842, 40, "x", None, None, "padre", 2),  # 2020-01-12 as a number
        ("Bea", "Rosa Demo", datetime(2020, 2, 1), "=D5*2", "x", None, None, "convivente", 0),
        (None, "Viola Demo", datetime(2020, 2, 3), "=1/0", None, "x", None, "fidanzato", 1),
        (None, "Iris Demo", "03/02/2020", 25, None, None, "x", "zio", 0),
    ]  # fmt: skip
    for r in rows:
        ws.append(list(r))
    ws.merge_cells("A3:A5")  # Anna's cases: rows 3 to 5
    ws.merge_cells("A6:A8")  # Bea's
    ws["D7"] = "#DIV/0!"  # what Excel stores for =1/0
    buf = io.BytesIO()
    wb.save(buf)
    # D4 was calculated by Excel (34); D6 (=D5*2) never was.
    path.write_bytes(_patch_sheet(buf.getvalue(), {"D4": "34"}))
    return path


def big_xlsx(path: Path, n: int, bad_row: int | None = None, seed: int = 5) -> Path:
    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Casi")
    ws.append(["N. scheda", "Nome", "Fascia di età", "Cittadinanza", "Data primo contatto",
               "Tipo di violenza", "Invio da", "Relazione con l'autore", "Figli", "Figli minori",
               "Titolo di studio", "Note"])  # fmt: skip
    forms = ["fisica", "psicologica", "economica", "sessuale", "stalking"]
    start = date(2015, 1, 1)
    for i in range(1, n + 1):
        excel_row = i + 1
        opened: object = start + timedelta(days=rng.randrange(3000))
        if excel_row == bad_row:
            opened = "31/02/2019"
        kids = rng.randrange(4)
        ws.append([
            f"S-{i:06d}", f"Donna Demo {i}", rng.choice(["18-24", "25–34", "35-44", "45–54"]),
            rng.choice(["italiana", "UE", "extra UE"]), opened,
            ", ".join(rng.sample(forms, rng.randrange(1, 3))),
            rng.choice(["spontaneo", "carabinieri", "servizi sociali", "pronto soccorso"]),
            rng.choice(["marito", "ex partner", "convivente", "padre"]), kids, rng.randrange(kids + 1),
            rng.choice(["diploma", "licenza media", "laurea"]), "",
        ])  # fmt: skip
    wb.save(path)
    return path


def big_csv(path: Path, n: int, bad_row: int | None = None, seed: int = 5) -> Path:
    """``n`` rows like ``big_xlsx``'s as a Windows-1252 CSV (line ``bad_row`` has 31/02)."""
    rng = random.Random(seed)
    lines = ["N. scheda;Nome;Fascia di età;Cittadinanza;Data primo contatto;Tipo di violenza;"
             "Invio da;Relazione con l'autore;Figli;Figli minori;Titolo di studio"]  # fmt: skip
    forms = ["fisica", "psicologica", "economica", "sessuale", "stalking"]
    for i in range(1, n + 1):
        opened = (date(2015, 1, 1) + timedelta(days=rng.randrange(3000))).strftime("%d/%m/%Y")
        if i + 1 == bad_row:
            opened = "31/02/2019"
        kids = rng.randrange(4)
        lines.append(";".join([
            f"S-{i:06d}", f"Donna Demo {i}", rng.choice(["18-24", "25–34", "35-44", "45–54"]),
            rng.choice(["italiana", "UE", "extra UE"]), opened,
            " e ".join(rng.sample(forms, rng.randrange(1, 3))),
            rng.choice(["spontaneo", "carabinieri", "servizi sociali", "pronto soccorso"]),
            rng.choice(["marito", "ex partner", "convivente", "padre"]), str(kids),
            str(rng.randrange(kids + 1)), rng.choice(["diploma", "licenza media", "laurea"]),
        ]))  # fmt: skip
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path
