"""CaseloadView: the coordinatrice's view of the centre — open cases per operatrice, cases
with nobody responsible (assign them here), and closures waiting for her approval."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ponte.app.day import Caseload, Day
from ponte.core.labels import label
from ponte.desktop.ui.casefile.tabs import fill, selected_key, table
from ponte.desktop.ui.common import fmt_day, ui_lang
from ponte.desktop.ui.dates import stored_text


class CaseloadView(QWidget):
    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.names: dict[str, str] = {}
        self._closure_cases: dict[str, str] = {}
        self.per_staff = table(
            [self.tr("Operatrice"), self.tr("Open cases")], self.tr("Open cases per operatrice")
        )
        self.unassigned = table(
            [self.tr("Code"), self.tr("Opened on"), self.tr("Was with")],
            self.tr("Cases with nobody responsible"),
        )
        self.assignee = QComboBox()
        self.assignee.setAccessibleName(self.tr("Assign to"))
        self.assign_button = QPushButton(self.tr("&Assign"))
        self.assign_button.clicked.connect(self._on_assign_clicked)
        self.closures = table(
            [self.tr("Code"), self.tr("Reason"), self.tr("Asked by"), self.tr("Asked on")],
            self.tr("Closures waiting for your approval"),
        )
        self.purge = QLabel()
        self.purge.setWordWrap(True)
        self.purge.setAccessibleName(self.tr("Purge"))
        self.approve_button = QPushButton(self.tr("A&pprove closing"))
        self.refuse_button = QPushButton(self.tr("&Keep it open"))
        self.approve_button.clicked.connect(lambda: self._decide(True))
        self.refuse_button.clicked.connect(lambda: self._decide(False))
        for t in (self.unassigned, self.closures):
            t.itemActivated.connect(lambda item, t=t: self._open(t, item.row()))
            t.cellClicked.connect(lambda row, col, t=t: self._on_cell_clicked(t, row, col))
        assign_row = QHBoxLayout()
        assign_row.addStretch(1)
        assign_row.addWidget(QLabel(self.tr("Assign the selected case to:")))
        assign_row.addWidget(self.assignee)
        assign_row.addWidget(self.assign_button)
        decide_row = QHBoxLayout()
        decide_row.addStretch(1)
        decide_row.addWidget(self.refuse_button)
        decide_row.addWidget(self.approve_button)
        box = QHBoxLayout(self)
        left = QGroupBox(self.tr("Open cases per operatrice"))
        left_box = QVBoxLayout(left)
        left_box.addWidget(self.per_staff)
        left_box.addWidget(self.purge)
        right = QVBoxLayout()
        g1 = QGroupBox(self.tr("Cases with nobody responsible"))
        l1 = QVBoxLayout(g1)
        l1.addWidget(self.unassigned)
        l1.addLayout(assign_row)
        g2 = QGroupBox(self.tr("Closures waiting for your approval"))
        l2 = QVBoxLayout(g2)
        l2.addWidget(self.closures)
        l2.addLayout(decide_row)
        right.addWidget(g1)
        right.addWidget(g2)
        box.addWidget(left, 1)
        box.addLayout(right, 2)

    def show_purge(self, count: int) -> None:
        self.purge.setText(
            self.tr(
                "Closed cases at the end of the retention period: %1. Purge them in "
                "Administration → Retention."
            ).replace("%1", str(count))
            if count
            else ""
        )

    def show_caseload(self, load: Caseload) -> None:
        self.names = {m.account_id: m.name for m, _n in load.per_staff}
        fill(self.per_staff, [(m.name, str(n)) for m, n in load.per_staff])
        fill(
            self.unassigned,
            [(r.woman_code, fmt_day(r.at), self.names.get(r.who, "—")) for r in load.unassigned],
            [r.case_id for r in load.unassigned],
        )
        lang = ui_lang()
        fill(
            self.closures,
            [
                (q.woman_code, label(q.reason, lang), self.names.get(q.requested_by, ""),
                 stored_text(q.requested_at))
                for q in load.closures
            ],
            [q.id for q in load.closures],
        )  # fmt: skip
        self._closure_cases = {q.id: q.case_id for q in load.closures}
        self.assignee.clear()
        for m, _n in load.per_staff:
            self.assignee.addItem(m.name, m.account_id)

    def clear(self) -> None:
        self.purge.clear()
        for t in (self.per_staff, self.unassigned, self.closures):
            t.setRowCount(0)
        self.assignee.clear()
        self.names = {}

    def _on_cell_clicked(self, t: QTableWidget, row: int, col: int) -> None:
        if col == 0:  # her code: one click opens her case
            self._open(t, row)

    def _open(self, t: QTableWidget, row: int) -> None:
        item = t.item(row, 0)
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if key and t is self.closures:
            key = self._closure_cases.get(str(key))
        if key:
            self.host.case_requested.emit(str(key))

    def _on_assign_clicked(self) -> None:
        case_id, who = selected_key(self.unassigned), self.assignee.currentData()
        if case_id and who:
            self.host.call(
                lambda d: Day(d).assign(case_id, str(who)), lambda _r: self.host.refresh()
            )

    def _decide(self, approve: bool) -> None:
        request_id = selected_key(self.closures)
        if request_id:
            self.host.call(
                lambda d: Day(d).decide_closure(request_id, approve), lambda _r: self.host.refresh()
            )
