"""Printouts: letters, the case summary, the plan, and the appointment card for her.

Each printout is HTML (every value escaped where it enters) laid out by ``QTextDocument``,
written as PDF by ``QPdfWriter`` — to bytes (a letter saved to the case's encrypted
documents: no temporary file), to a file she chooses, or sent to a printer through Qt's
print dialog. The card names only the time, the place and the centre's contact: nothing
that says who she is or why (tests/desktop/test_day_screens.py reads the PDF back).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from ponte.app.casework import CaseBundle
from ponte.core.fsutil import atomic_write
from ponte.core.letters import Filled
from ponte.desktop.ui.common import fmt_day, labels, plain
from ponte.desktop.ui.dates import day_text, time_text

_DPI = 96
_STYLE = (
    "<style>body { font-family: sans-serif; font-size: 11pt; }"
    " h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 12pt; }"
    " td, th { padding: 3px 6px; } .card { font-size: 14pt; }</style>"
)


def document(body_html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(f"<html><head>{_STYLE}</head><body>{body_html}</body></html>")
    return doc


def _write(doc: QTextDocument, writer: QPdfWriter, *, small: bool = False) -> None:
    size = QPageSize(QPageSize.PageSizeId.A6 if small else QPageSize.PageSizeId.A4)
    writer.setPageLayout(
        QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15))
    )
    writer.setResolution(_DPI)
    writer.setCreator("Ponte")
    doc.setPageSize(writer.pageLayout().paintRectPixels(_DPI).size().toSizeF())
    doc.print_(writer)


def pdf_bytes(doc: QTextDocument, *, title: str = "", small: bool = False) -> bytes:
    """The document as PDF, in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    _write(doc, writer, small=small)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def save_pdf(doc: QTextDocument, path: Path, *, title: str = "", small: bool = False) -> Path:
    atomic_write(Path(path), pdf_bytes(doc, title=title, small=small))
    return Path(path)


def print_with_dialog(doc: QTextDocument, parent: QWidget) -> bool:
    """Qt's print dialog; True when she printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    doc.print_(printer)
    return True


# ---------------------------------------------------------------- what is printed
def _paragraphs(text: str) -> str:
    return "".join(
        "<p>" + escape(block).replace("\n", "<br/>") + "</p>" for block in text.split("\n\n")
    )


def letter_html(letter: Filled) -> str:
    return _paragraphs(letter.text)


def _rows(pairs: Iterable[tuple[str, str]]) -> str:
    return (
        "<table>"
        + "".join(
            f"<tr><th align='left'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in pairs
        )
        + "</table>"
    )


def _t(text: str) -> str:
    """An already-translated word, escaped for the printout's HTML."""
    return escape(text)


def case_summary_html(
    bundle: CaseBundle, responsible: str, dates: Sequence[tuple[str, str]]
) -> str:
    """Her record at a glance, for the file: never the safety plan or risk items."""
    p, c = bundle.person, bundle.case
    head = escape(p.woman_code) + (f" · {escape(p.alias)}" if p.alias else "")
    her = [
        (QCoreApplication.translate("Printouts", "Age band"), plain(p.age_band)),
        (QCoreApplication.translate("Printouts", "Citizenship"), plain(p.citizenship)),
        (QCoreApplication.translate("Printouts", "Education"), plain(p.education)),
        (QCoreApplication.translate("Printouts", "Employment"), plain(p.employment)),
        (QCoreApplication.translate("Printouts", "Housing"), plain(p.housing)),
        (QCoreApplication.translate("Printouts", "Children under 18"), str(p.children_minors)),
    ]
    case = [
        (QCoreApplication.translate("Printouts", "Status"), plain(c.status)),
        (QCoreApplication.translate("Printouts", "Opened on"), fmt_day(c.opened_on)),
        (QCoreApplication.translate("Printouts", "Responsible"), responsible),
        (
            QCoreApplication.translate("Printouts", "Forms of violence"),
            labels(sorted(c.violence_forms)),
        ),
        (QCoreApplication.translate("Printouts", "Services"), labels(sorted(c.services))),
        *dates,
    ]
    latest = max(bundle.risks, key=lambda r: r.assessed_on, default=None)
    if latest is not None:
        level = f"{plain(latest.level)} ({fmt_day(latest.assessed_on)})"
        case.append((QCoreApplication.translate("Printouts", "Latest risk level"), level))
    title = _t(QCoreApplication.translate("Printouts", "Case summary"))
    about = _t(QCoreApplication.translate("Printouts", "About her"))
    the_case = _t(QCoreApplication.translate("Printouts", "The case"))
    confidential = _t(
        QCoreApplication.translate(
            "Printouts", "Confidential. Keep it locked away; shred it when done."
        )
    )
    return (
        f"<h1>{title}: {head}</h1><h2>{about}</h2>{_rows(her)}"
        f"<h2>{the_case}</h2>{_rows(case)}{plan_table(bundle)}<p><i>{confidential}</i></p>"
    )


def plan_table(bundle: CaseBundle) -> str:
    heads = (
        QCoreApplication.translate("Printouts", "Step"),
        QCoreApplication.translate("Printouts", "Status"),
        QCoreApplication.translate("Printouts", "Started"),
        QCoreApplication.translate("Printouts", "Due"),
        QCoreApplication.translate("Printouts", "Outcome"),
    )
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in heads)
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{escape(v)}</td>"
            for v in (
                plain(s.type), plain(s.status), fmt_day(s.started_on), fmt_day(s.due_on),
                s.outcome,
            )
        )
        + "</tr>"
        for s in bundle.steps
    )  # fmt: skip
    title = _t(QCoreApplication.translate("Printouts", "Empowerment plan"))
    none_yet = _t(QCoreApplication.translate("Printouts", "No steps yet."))
    empty = "" if bundle.steps else f"<p>{none_yet}</p>"
    table = f"<table border='1' cellspacing='0'><tr>{head}</tr>{rows}</table>"
    return f"<h2>{title}</h2>{table}{empty}"


def plan_html(bundle: CaseBundle) -> str:
    title = _t(QCoreApplication.translate("Printouts", "Empowerment plan"))
    return f"<h1>{title} · {escape(bundle.person.woman_code)}</h1>" + plan_table(bundle)


def card_html(when: str, place: str, contact: str) -> str:
    """The card she takes home: a time, a place, a number to call. Nothing else: no name,
    no code, no centre's name, no kind of meeting — a card that tells nothing if found."""
    title = _t(QCoreApplication.translate("Printouts", "Appointment"))
    call = _t(QCoreApplication.translate("Printouts", "To change it, call:"))
    lines = [
        f"<h1>{title}</h1>",
        f"<p class='card'><b>{escape(when)}</b></p>",
        f"<p class='card'>{escape(place)}</p>" if place else "",
        f"<p>{call} {escape(contact)}</p>" if contact else "",
    ]
    return "".join(lines)


def long_when(local_start: datetime, minutes: int) -> str:
    """'Monday 30 March 2026, 09:30 (60 min)' in the interface's language."""
    day, time = day_text(local_start.date()), time_text(local_start)
    return (
        QCoreApplication.translate("Printouts", "%1, %2 (%3 min)")
        .replace("%1", day)
        .replace("%2", time)
        .replace("%3", str(minutes))
    )
