"""Synthetic scans for the demo, the screenshots and the tests: clearly fake, made in memory.

A two-page "Curriculum vitae" PDF (QPdfWriter) and a "signed consent form" PNG (QImage),
both with invented data only. Nothing here touches the disk.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

CV_LINES = (
    ("Curriculum vitae", 22, True),
    ("DEMO — dati inventati / invented data", 10, False),
    ("", 10, False),
    ("Nome: Serafina Demo", 12, False),
    ("Codice: DEMO-0042", 12, False),
    ("", 10, False),
    ("Istruzione", 15, True),
    ("2004  Diploma di ragioneria, Istituto Tecnico Demo, Rho", 11, False),
    ("2019  Corso HACCP (alimentare), Ente di formazione Demo", 11, False),
    ("", 10, False),
    ("Esperienze", 15, True),
    ("2005–2012  Impiegata amministrativa, Azienda Demo S.r.l.", 11, False),
    ("2016–2018  Addetta alla cassa, Supermercato Demo", 11, False),
    ("", 10, False),
    ("Lingue", 15, True),
    ("Italiano (madrelingua), inglese (B1), spagnolo (A2)", 11, False),
)


def cv_pdf(pages: int = 2) -> bytes:
    """A synthetic CV as PDF bytes, ``pages`` pages long."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    writer.setTitle("Curriculum vitae (DEMO)")
    painter = QPainter(writer)
    width = painter.viewport().width()
    for page in range(pages):
        if page:
            writer.newPage()
        y = 0
        for text, size, bold in CV_LINES if page == 0 else (("Referenze e note", 15, True),):
            font = QFont("DejaVu Sans", size)
            font.setBold(bold)
            painter.setFont(font)
            height = int(size * 150 / 72 * 1.6)
            painter.drawText(QRect(0, y, width, height), Qt.AlignmentFlag.AlignLeft, text)
            y += height
        painter.setFont(QFont("DejaVu Sans", 9))
        painter.drawText(
            QRect(0, painter.viewport().height() - 60, width, 60),
            Qt.AlignmentFlag.AlignRight,
            f"{page + 1} / {pages}",
        )
    painter.end()
    buffer.close()
    return bytes(data.data())


def consent_png(width: int = 850, height: int = 1100) -> bytes:
    """A synthetic "modulo di consenso" scan as PNG bytes."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#fbfaf5"))
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#222222")))
    painter.setFont(QFont("DejaVu Sans", 20, QFont.Weight.Bold))
    painter.drawText(QRect(60, 60, width - 120, 50), 0, "Modulo di consenso (DEMO)")
    painter.setFont(QFont("DejaVu Sans", 12))
    lines = (
        "Io sottoscritta, Serafina Demo, acconsento all'invio del mio",
        "curriculum vitae al Centro per l'impiego Demo, per",
        "l'orientamento al lavoro. Valido sei mesi; revocabile.",
    )
    for i, line in enumerate(lines):
        painter.drawText(QRect(60, 150 + i * 34, width - 120, 30), 0, line)
    painter.drawLine(60, height - 200, 400, height - 200)
    painter.drawText(QRect(60, height - 190, 400, 30), 0, "Firma (dati inventati)")
    painter.setPen(QPen(QColor("#1d3f8f"), 3))
    painter.drawArc(QRect(90, height - 260, 260, 60), 200 * 16, 140 * 16)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; only str works
    buffer.close()
    return bytes(data.data())
