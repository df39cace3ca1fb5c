"""Her rights, for one woman found by her code: a copy of everything held about her
(GDPR art. 15, written where the person chooses) and erasure (art. 17), both audited by
storage with her person id only.

Erasure asks for the woman code to be typed again and says what it cannot reach: backups
made before, packets already delivered to partner services, and the audit entry that
records the erasure itself (ids and counts, no name).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ponte.app.privacy import Privacy
from ponte.core.errors import PonteError
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.admin.widgets import (
    ConfirmBar,
    FileField,
    OwnedTasks,
    StatusLine,
    at_right,
    buddy,
    explanation,
    title,
)
from ponte.desktop.ui.privacy.files import write_chosen


class SubjectRightsSection(QWidget):
    def __init__(self, tasks: TaskRunner, privacy: Privacy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = OwnedTasks(tasks, self)
        self.privacy = privacy
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. K7QF-3M2X"))
        self.file = FileField(self.tr("File for her data"), "JSON (*.json)", save=True)
        self.export_button = QPushButton(self.tr("&Export her data"))
        self.export_status = StatusLine()
        self.erase_button = QPushButton(self.tr("E&rase her data…"))
        self.confirm = ConfirmBar()
        self.erase_status = StatusLine()

        who = QFormLayout()
        who.addRow(buddy(self.tr("&Woman code"), self.code), self.code)

        access = QGroupBox(self.tr("Access: a copy of her data (art. 15)"))
        a_form = QFormLayout()
        a_form.addRow(buddy(self.tr("&Write to"), self.file.edit), self.file)
        a_form.addRow(at_right(self.export_button))
        a_box = QVBoxLayout(access)
        a_box.addWidget(
            explanation(
                self.tr(
                    "Everything the vault holds about her, her safety plan included, in one "
                    "JSON file. The file is not encrypted: give it to her in person and delete "
                    "the copy."
                )
            )
        )
        a_box.addLayout(a_form)
        a_box.addWidget(self.export_status)

        erasure = QGroupBox(self.tr("Erasure (art. 17)"))
        e_box = QVBoxLayout(erasure)
        e_box.addWidget(
            explanation(
                self.tr(
                    "Erasure removes her record and every case, note, contact, plan, risk "
                    "assessment, consent and referral of hers from this vault, and scrubs "
                    "them from the files. It cannot be undone. It does not reach backups made "
                    "before today (destroy or keep them locked away until they expire) nor "
                    "what partner services already received. The audit log keeps one entry "
                    "saying that an erasure happened, with ids and counts only."
                )
            )
        )
        e_box.addLayout(at_right(self.erase_button))
        e_box.addWidget(self.confirm)
        e_box.addWidget(self.erase_status)

        box = QVBoxLayout(self)
        box.addWidget(title(self.tr("Her rights")))
        box.addLayout(who)
        box.addWidget(access)
        box.addWidget(erasure)
        box.addStretch(1)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.erase_button.clicked.connect(self._on_erase_button_clicked)
        self.confirm.confirmed.connect(self._on_confirm_confirmed)

    # ------------------------------------------------------------ access
    def _on_export_button_clicked(self) -> None:
        privacy, code, path = self.privacy, self.code.text(), self.file.path()

        def export() -> tuple[Path, int]:
            doc = privacy.access_export(code)
            data = json.dumps(doc, ensure_ascii=False, indent=2).encode() + b"\n"
            return write_chosen(path, data), len(doc["cases"])

        self.export_button.setEnabled(False)
        self.export_status.busy(self.tr("Exporting…"))
        self.tasks.run(export, self._exported, self._export_failed)

    def _exported(self, result: tuple[Path, int]) -> None:
        self.export_button.setEnabled(True)
        self.export_status.ok(
            self.tr("Written %1 (%2 cases).")
            .replace("%1", str(result[0]))
            .replace("%2", str(result[1]))
        )

    def _export_failed(self, exc: PonteError) -> None:
        self.export_button.setEnabled(True)
        self.export_status.error(exc)

    # ------------------------------------------------------------ erasure
    def _on_erase_button_clicked(self) -> None:
        code = self.code.text().strip()
        if not code:
            self.erase_status.error(self.tr("Enter the woman code first."))
            return
        self.confirm.ask(
            self.tr("Erase every record of %1 from this vault? This cannot be undone.").replace(
                "%1", code
            ),
            self.tr("Erase for good"),
            typed=code,
        )

    def _on_confirm_confirmed(self) -> None:
        privacy, code = self.privacy, self.code.text().strip()

        def erase() -> int:
            return privacy.erase(code)

        def done(cases: int) -> None:
            self.code.clear()
            self.erase_status.ok(
                self.tr(
                    "Erased: her record and %1 cases. Remember the backups made before today."
                ).replace("%1", str(cases))
            )

        self.erase_status.busy(self.tr("Erasing…"))
        self.tasks.run(erase, done, self._erase_failed)

    def _erase_failed(self, exc: PonteError) -> None:
        self.erase_status.error(exc)
