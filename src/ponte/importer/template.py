"""The template spreadsheet: the columns Ponte understands, the values each list accepts.

Sheet "Casi" has one column per target (the centre's own fields included) under its Italian
name, which the column suggestions recognise exactly; sheet "Valori ammessi" lists, for each
list column, the words it accepts; sheet "Istruzioni" says how to fill it. Written in memory
(the caller writes the file atomically): no temporary file.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from ponte.importer.targets import Kind, Target

INSTRUCTIONS = (
    "Una riga per ogni donna (un caso). Le colonne che non vi servono si possono lasciare vuote o togliere.",
    "Date: giorno/mese/anno (es. 03/02/2019) oppure celle formattate come data.",
    "Liste: scrivete una delle parole del foglio «Valori ammessi»; dove una cella può avere più "
    "valori (es. forme di violenza), separateli con una virgola.",
    "Sì/no: sì, no (oppure x per sì).",
    "Età: potete dare la fascia d'età, oppure l'età in anni o la data di nascita (Ponte tiene "
    "solo la fascia).",
    "«Riferimento nel vostro archivio»: il numero della vostra scheda. Se importate di nuovo lo "
    "stesso file, Ponte riconosce le righe già importate.",
    "Prima di importare Ponte mostra un'anteprima e, riga per riga, ciò che non può prendere.",
)
_HINT = {
    Kind.DATE: "data",
    Kind.INT: "numero intero",
    Kind.NUMBER: "numero",
    Kind.YESNO: "sì / no",
    Kind.CHOICE: "una voce della lista",
    Kind.MULTI: "una o più voci della lista, separate da virgola",
    Kind.TEXT: "testo",
}


def template_xlsx(available: Iterable[Target]) -> bytes:
    from openpyxl import Workbook  # loaded when a file is written, not at start
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    targets = list(available)
    wb = Workbook()
    ws = wb.active
    ws.title = "Casi"
    ws.append([t.it for t in targets])
    for cell, t in zip(ws[1], targets, strict=True):
        cell.font = Font(bold=True)
        cell.comment = Comment(_HINT[t.kind], "Ponte")  # what goes in it, without a data row
    for i, t in enumerate(targets, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(14, min(40, len(t.it) + 4))
    ws.freeze_panes = "A2"
    values = wb.create_sheet("Valori ammessi")
    values.append(["Colonna", "Valore", "In inglese"])
    for cell in values[1]:
        cell.font = Font(bold=True)
    for t in targets:
        for o in t.options:
            if o.code not in t.retired:
                values.append([t.it, o.it, o.en])
    values.column_dimensions["A"].width = 36
    values.column_dimensions["B"].width = 40
    values.column_dimensions["C"].width = 40
    notes = wb.create_sheet("Istruzioni")
    notes.column_dimensions["A"].width = 110
    for line in INSTRUCTIONS:
        notes.append([line])
        notes.cell(notes.max_row, 1).alignment = Alignment(wrap_text=True)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
