"""Follow-ups to make: women who agreed to be contacted, and how to reach them safely.

Only women whose follow-up consent is valid today are here: without her consent there is
no reminder. A row opens her case file (double click or Enter), where the form is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponte.app.outcomes import DueRow, Outcomes
from ponte.core.errors import PonteError
from ponte.core.labels import label
from ponte.desktop.i18n import error_text
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.casefile.tabs import fill, selected_key, table
from ponte.desktop.ui.common import fmt_day, ui_lang
from ponte.desktop.ui.outcomes.words import reach_text


class DueView(QWidget):
    case_requested = Signal(str)  # case id
    loaded = Signal()

    def __init__(self, tasks: TaskRunner, outcomes: Outcomes, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks, self.outcomes = tasks, outcomes
        self.rows: list[DueRow] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = table(
            [
                self.tr("Woman"),
                self.tr("Follow-up"),
                self.tr("Due on"),
                self.tr("How to reach her"),
            ],
            self.tr("Follow-ups to make"),
        )
        header = self.list.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.list.itemActivated.connect(lambda _item: self._on_open_clicked())
        self.open_button = QPushButton(self.tr("&Open her case file"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a40000;")
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.error)
        box.addWidget(self.list, 1)
        box.addLayout(buttons)

    def refresh(self) -> None:
        outcomes = self.outcomes
        self.tasks.run(lambda: outcomes.due(), self._show, self._show_error, owner=self)

    def _show(self, rows: list[DueRow]) -> None:
        self.rows = rows
        self.error.hide()
        fill(
            self.list,
            [
                [
                    r.woman_code,
                    label(r.due.moment, ui_lang()),
                    fmt_day(r.due.due),
                    reach_text(r.consent),
                ]
                for r in rows
            ],
            [r.due.case_id for r in rows],
        )
        today = self.outcomes.today()
        for i, r in enumerate(rows):
            item = self.list.item(i, 2)
            if item is not None and r.due.overdue(today):
                item.setForeground(QBrush(QColor("#a40000")))
                item.setToolTip(self.tr("Past its day"))
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("Past its day"))
        self.list.resizeRowsToContents()
        self.summary.setText(
            self.tr(
                "%1 follow-ups to make. Only women who agreed to be contacted are listed."
            ).replace("%1", str(len(rows)))
            if rows
            else self.tr("No follow-up to make now.")
        )
        self.loaded.emit()

    def _on_open_clicked(self) -> None:
        case_id = selected_key(self.list)
        if case_id is not None:
            self.case_requested.emit(case_id)

    def _show_error(self, exc: PonteError) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    def clear(self) -> None:
        self.rows = []
        fill(self.list, [])
