"""The case list screen: search-as-you-type over SQL pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from ponte.desktop.ui.cases.model import CaseTableModel
from ponte.storage.case_list import CasePage, CaseQuery

Fetch = Callable[[CaseQuery, Callable[[CasePage], None]], None]
SEARCH_DELAY_MS = 150
MIN_SEARCH = 2


class CasesView(QWidget):
    query_changed = Signal(object)  # CaseQuery

    def __init__(self, model: CaseTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by code, name or note…"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.search.textChanged.connect(self._on_search_text_changed)
        box = QVBoxLayout(self)
        box.addWidget(self.search)
        box.addWidget(self.table)
        box.addWidget(self.count)

    def _on_search_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.query_changed.emit(self.current_query())

    def current_query(self) -> CaseQuery:
        # Search starts at the second character: one letter matches nearly everything and
        # the index has no one-letter prefixes, so it would cost the most and tell the least.
        text = self.search.text()
        return CaseQuery(text=text if len(text.strip()) >= MIN_SEARCH else "", limit=200)

    def show_page(self, page: CasePage) -> None:
        self.model.set_page(page)
        more = self.tr("More than %1 cases (showing %2)")
        exact = self.tr("%1 cases (showing %2)")
        text = more if page.capped else exact
        self.count.setText(text.replace("%1", f"{page.total:,}").replace("%2", str(len(page.rows))))

    def clear(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.clear()
        self.count.clear()
