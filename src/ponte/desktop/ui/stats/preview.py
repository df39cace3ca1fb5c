"""Before a report leaves: the exact cells the cabina di regia will receive, then send.

The preview is built from the same payload that :func:`ponte.app.reporting.send_report`
seals, so what the coordinatrice reads here is what leaves: counts, “<5” and “—”.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ponte.app.reporting import build_report, send_payload
from ponte.app.statistics import Period
from ponte.app.workstation import Workstation
from ponte.core.errors import PonteError
from ponte.core.stats_labels import title, word
from ponte.core.suppression import HIDDEN, SMALL
from ponte.desktop.i18n import error_text
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.common import fmt_n
from ponte.desktop.ui.stats.widgets import cell_text


class AggregatePreview(QWidget):
    previewed = Signal()
    sent = Signal(str)  # packet id

    def __init__(
        self,
        tasks: TaskRunner,
        workstation: Workstation,
        *,
        lang: str = "it",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.ws, self.lang = tasks, workstation, lang
        self.payload: dict[str, Any] | None = None
        today = today or date.today()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setAccessibleName(self.tr("Year"))
        self.quarter = QComboBox()
        self.quarter.setAccessibleName(self.tr("Quarter"))
        for q in (1, 2, 3, 4):
            self.quarter.addItem(self.tr("Quarter %1").replace("%1", str(q)), q)
        self.quarter.addItem(self.tr("Whole year"), 0)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        year_label, quarter_label = QLabel(self.tr("&Year")), QLabel(self.tr("&Quarter"))
        year_label.setBuddy(self.year)
        quarter_label.setBuddy(self.quarter)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setAccessibleName(self.tr("Preview the report"))
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.send_button = QPushButton(self.tr("&Send to the cabina di regia"))
        self.send_button.setAccessibleDescription(self.tr("Send the report to the cabina di regia"))
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.explain = QLabel(
            self.tr(
                "These are exactly the cells that will leave the centre. “<5”: a count from 1"
                " to 4; “—”: hidden so that a small count cannot be worked out. No names, no"
                " codes, no dates of a woman."
            )
        )
        self.explain.setWordWrap(True)
        self.cells = QTableWidget()
        self.cells.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        self.cells.setAccessibleName(self.tr("Cells that will be sent"))
        self.cells.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.cells.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.cells.verticalHeader().hide()
        self.cells.setAlternatingRowColors(True)
        self.status = QLabel()
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        for w in (year_label, self.year, quarter_label, self.quarter, self.preview_button):
            top.addWidget(w)
        top.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.explain)
        box.addWidget(self.cells, 1)
        box.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.send_button)
        box.addLayout(bottom)

    def period(self) -> Period:
        q = int(self.quarter.currentData())
        year = self.year.value()
        return Period.year(year) if q == 0 else Period.quarter(year, q)

    def _on_preview_button_clicked(self) -> None:
        ws, period = self.ws, self.period()
        self.send_button.setEnabled(False)
        self.tasks.run(lambda: build_report(ws, period), self._show_payload, self._show_error)

    def _show_payload(self, payload: dict[str, Any]) -> None:
        self.payload = payload
        rows: list[tuple[str, str, str, str]] = []  # table, category, column, value
        for t in payload["tables"]:
            columns = t["columns"]
            for row in t["rows"]:
                for col, value in zip(columns[1:], row[1:], strict=True):
                    rows.append(
                        (
                            title(t["name"], self.lang),
                            word(str(row[0]), self.lang, table=t["name"]),
                            word(col, self.lang, table=t["name"], column=True),
                            cell_text(value),
                        )
                    )
        self.cells.clear()
        self.cells.setColumnCount(4)
        self.cells.setHorizontalHeaderLabels(
            [self.tr("Table"), self.tr("Category"), self.tr("Column"), self.tr("Value sent")]
        )
        self.cells.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                item = QTableWidgetItem(text)
                if j == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if j == 3 and text in (SMALL, HIDDEN):
                    item.setToolTip(self.tr("Not sent: too few to be anonymous"))
                self.cells.setItem(i, j, item)
        hidden = sum(1 for r in rows if r[3] in (SMALL, HIDDEN))
        text = self.tr("%1 cells, %2 of them hidden. Network: %3.")
        self.status.setText(
            text.replace("%1", fmt_n(len(rows)))
            .replace("%2", fmt_n(hidden))
            .replace("%3", word(payload["network"], self.lang))
        )
        self.send_button.setEnabled(True)
        self.previewed.emit()

    def _on_send_button_clicked(self) -> None:
        ws, payload = self.ws, self.payload
        if payload is None:
            return
        self.send_button.setEnabled(False)  # what was previewed is what is sealed and sent
        self.tasks.run(lambda: send_payload(ws, payload), self._on_sent, self._show_error)

    def _on_sent(self, packet_id: str) -> None:
        self.status.setText(
            self.tr("Report queued for the cabina di regia; it leaves at the next sync.")
        )
        self.sent.emit(packet_id)

    def _show_error(self, exc: PonteError) -> None:
        self.status.setText(error_text(exc))
        self.send_button.setEnabled(self.payload is not None)
