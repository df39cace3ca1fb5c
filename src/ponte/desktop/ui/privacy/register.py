"""The register of processing activities (GDPR art. 30) as Ponte implements them.

One static, documented list: each purpose with its legal basis (art. 6, and art. 9 or 10
for special categories), the categories of data, how long they are kept and who receives
them. ``docs/processing-register.md`` holds the same table (a test compares them). Shown
read-only in the privacy screen and exportable as CSV in the language on screen.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ponte.core.errors import PonteError
from ponte.desktop.access.fit import titles_whole
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.admin.tables import RowsModel, table
from ponte.desktop.ui.admin.widgets import (
    FileField,
    OwnedTasks,
    StatusLine,
    buddy,
    explanation,
    title,
)
from ponte.desktop.ui.privacy.files import write_chosen

CTX = "ProcessingRegister"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for translation in ``context``; translated where it is shown."""
    return text


@dataclass(frozen=True)
class Purpose:
    purpose: str
    legal_basis: str
    categories: str
    retention: str
    recipients: str

    def cells(self) -> tuple[str, str, str, str, str]:
        return (self.purpose, self.legal_basis, self.categories, self.retention, self.recipients)


COLUMNS = (
    QT_TRANSLATE_NOOP("ProcessingRegister", "Purpose"),
    QT_TRANSLATE_NOOP("ProcessingRegister", "Legal basis"),
    QT_TRANSLATE_NOOP("ProcessingRegister", "Categories of data"),
    QT_TRANSLATE_NOOP("ProcessingRegister", "Retention"),
    QT_TRANSLATE_NOOP("ProcessingRegister", "Recipients"),
)

PURPOSES: tuple[Purpose, ...] = (
    Purpose(
        QT_TRANSLATE_NOOP(
            "ProcessingRegister", "Reception and support of women on their pathway out of violence"
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Art. 6(1)(e) task in the public interest (Intesa Stato-Regioni 2014, rev. 2022); art. 9(2)(a) explicit consent and 9(2)(h) social care; art. 10 for legal proceedings",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Woman code, alias, optional codice fiscale; age band, citizenship, Comune; education, work, income, housing; children; forms of violence and relation to the author; notes and contacts; plan steps",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Open cases: while open. Closed cases: the period set under Retention (default 5 years after closure), then purged",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "None outside the centre; staff by role (an operatrice sees her own cases)",
        ),
    ),
    Purpose(
        QT_TRANSLATE_NOOP("ProcessingRegister", "Referrals to partner services of the network"),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Art. 6(1)(a) and 9(2)(a) explicit consent per recipient and purpose, with expiry",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Only the fields of the recipient's template covered by her consent, under a pairwise pseudonym; never the story, the author, risk items or the safety plan",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Referral records: with the case. Sealed copies of sent packets: the period set under Retention (default 180 days)",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "The chosen partner service (job centre, health, social services, training, company, union, housing); the metropolitan hub relays ciphertext and sees only the routing envelope",
        ),
    ),
    Purpose(
        QT_TRANSLATE_NOOP("ProcessingRegister", "Risk assessment and safety planning"),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Art. 6(1)(e) and 6(1)(d) vital interests; art. 9(2)(a) explicit consent, 9(2)(c) when she cannot give it",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Tool, ratings by item number, risk level, review date; the safety plan (restricted)",
        ),
        QT_TRANSLATE_NOOP("ProcessingRegister", "With the case"),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "None; only the risk level and date may go to social services, with her consent",
        ),
    ),
    Purpose(
        QT_TRANSLATE_NOOP("ProcessingRegister", "Consent register"),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister", "Art. 6(1)(c) legal obligation to demonstrate consent (art. 7(1))"
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Recipient, service type, purpose, fields agreed, dates given, expiring and withdrawn, how it was given",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister", "With the case; withdrawals are kept as part of it"
        ),
        QT_TRANSLATE_NOOP("ProcessingRegister", "None"),
    ),
    Purpose(
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Outcomes of her path: her situation at intake and closure, and contacting her 6 and 12 months after closure",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Art. 6(1)(e) and 9(2)(h) during her path; after closure art. 6(1)(a) and 9(2)(a) explicit consent to be contacted, with expiry",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Coded and dated: work and contract, training, income band, housing, Reddito di libertà received, economic autonomy; how she may be contacted (channel, times, whether a message may be left; no number or address); what a partner service said came of a referral, once confirmed",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "With the case; without a valid consent nobody contacts her and nothing is recorded after closure",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "None; only suppressed tables reach the network's cabina di regia",
        ),
    ),
    Purpose(
        QT_TRANSLATE_NOOP(
            "ProcessingRegister", "Statistics for ISTAT, the Regione and the network"
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Art. 6(1)(c) (L. 53/2022) and 6(1)(e); art. 9(2)(j) with the safeguards of art. 89",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Aggregate tables computed in the centre; cells under 5 suppressed; no microdata",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister", "Tables: as the recipients require; no personal data leaves"
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "ISTAT, Regione Lombardia, the network's cabina di regia (tables only)",
        ),
    ),
    Purpose(
        QT_TRANSLATE_NOOP(
            "ProcessingRegister", "Staff accounts and the audit log (security and accountability)"
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Art. 6(1)(c) legal obligation (art. 5(2) accountability, art. 32 security)",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Staff username, name and role; audit entries with times, actions, ids and counts, never a woman's name",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Accounts: while in use, then marked removed. Audit log: kept for good (append-only)",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "None; the hub keeps only a hash of the log's newest entry (anchor)",
        ),
    ),
    Purpose(
        QT_TRANSLATE_NOOP("ProcessingRegister", "Backups of the vault"),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "Art. 6(1)(c) legal obligation (art. 32(1)(c) availability and restoration)",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister",
            "The whole vault, encrypted; opens only with a passphrase of the vault or its recovery key",
        ),
        QT_TRANSLATE_NOOP(
            "ProcessingRegister", "Set by the centre; older backup files are destroyed by hand"
        ),
        QT_TRANSLATE_NOOP("ProcessingRegister", "None; kept on media that stay in the centre"),
    ),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def to_csv(translate: bool = True) -> str:
    """The register as CSV (RFC 4180), in the language on screen unless ``translate`` is off."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    t = tr if translate else str
    writer.writerow([t(c) for c in COLUMNS])
    for p in PURPOSES:
        writer.writerow([t(c) for c in p.cells()])
    return out.getvalue()


def to_markdown() -> str:
    """The English table as in docs/processing-register.md."""
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(p.cells()) + " |" for p in PURPOSES]
    return "\n".join(lines) + "\n"


class ProcessingRegisterSection(QWidget):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = OwnedTasks(tasks, self)
        self.model = RowsModel([tr(c) for c in COLUMNS], self)
        self.model.set_rows([[tr(c) for c in p.cells()] for p in PURPOSES])
        self.table = table(self.model, self.tr("Register of processing activities"))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(header.ResizeMode.Interactive)
        letter = self.table.fontMetrics().averageCharWidth()
        for column, letters in enumerate((27, 31, 34, 28)):  # wider with the text
            self.table.setColumnWidth(column, letter * letters)
        header.setStretchLastSection(True)
        header.sectionResized.connect(self._on_header_section_resized)
        self._fit_rows()
        self.file = FileField(self.tr("CSV file to write"), "CSV (*.csv)", save=True)
        self.export_button = QPushButton(self.tr("&Export as CSV"))
        self.status = StatusLine()
        row = QHBoxLayout()
        row.addWidget(buddy(self.tr("E&xport to"), self.file.edit))
        row.addWidget(self.file, 1)
        row.addWidget(self.export_button)
        box = QVBoxLayout(self)
        box.addWidget(title(self.tr("Register of processing activities")))
        box.addWidget(
            explanation(
                self.tr(
                    "What Ponte processes, why, on which legal basis (GDPR art. 6 and 9), for "
                    "how long and for whom. Read-only: it describes the software; the centre "
                    "adds its own name, its DPO and its other processing."
                )
            )
        )
        box.addWidget(self.table, 1)
        box.addLayout(row)
        box.addWidget(self.status)
        self.export_button.clicked.connect(self._on_export_button_clicked)

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped text, plus some air; titles whole."""
        titles_whole(self.table.horizontalHeader())
        self.table.resizeRowsToContents()
        for row in range(self.model.rowCount()):
            self.table.setRowHeight(row, self.table.rowHeight(row) + 8)

    def _on_header_section_resized(self, *_: object) -> None:
        self._fit_rows()  # wrapped text follows the column widths

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_rows)  # once the last column has its width (the
        # widget as context: a screen closed meanwhile cancels it, instead of a call on a ghost)

    def _on_export_button_clicked(self) -> None:
        path, text = self.file.path(), to_csv()

        # BOM: spreadsheet programs then read the file as UTF-8.
        self.status.busy(self.tr("Writing…"))
        self.tasks.run(
            lambda: write_chosen(path, text.encode("utf-8-sig")), self._written, self._failed
        )

    def _written(self, path: Path) -> None:
        self.status.ok(self.tr("Register written to %1.").replace("%1", str(path)))

    def _failed(self, exc: PonteError) -> None:
        self.status.error(exc)
