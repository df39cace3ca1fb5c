"""The largest scan a case may hold: a vault setting the amministratrice changes (audited)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ponte.app.administration import Administration
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.admin.widgets import OwnedTasks, StatusLine, explanation, title

MIB = 1024 * 1024


class DocumentsLimitSection(QWidget):
    def __init__(
        self, tasks: TaskRunner, admin: Administration, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = OwnedTasks(tasks, self)
        self.admin = admin
        self.limit = QSpinBox()
        self.limit.setRange(1, 512)
        self.limit.setSuffix(" MB")
        label = QLabel(self.tr("&Largest document"))
        label.setBuddy(self.limit)
        self.limit.setAccessibleName(self.tr("Largest document, in megabytes"))
        self.save = QPushButton(self.tr("&Save"))
        self.save.clicked.connect(self._on_save_clicked)
        self.status = StatusLine()
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.limit)
        row.addWidget(self.save)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(title(self.tr("Documents")))
        box.addWidget(
            explanation(
                self.tr(
                    "Scans are kept encrypted inside the vault. A larger limit allows long "
                    "scanned reports, and makes the vault and its backups grow faster."
                )
            )
        )
        box.addLayout(row)
        box.addWidget(self.status)
        box.addStretch(1)
        self.tasks.run(admin.documents_limit, self._show, self.status.error)

    def _show(self, limit: int) -> None:
        self.limit.setValue(max(1, limit // MIB))

    def _on_save_clicked(self) -> None:
        admin, limit = self.admin, self.limit.value() * MIB

        def save() -> int:
            admin.set_documents_limit(limit)
            return limit

        self.tasks.run(save, self._saved, self.status.error)

    def _saved(self, limit: int) -> None:
        self.status.ok(self.tr("Saved: documents up to %1 MB.").replace("%1", str(limit // MIB)))
