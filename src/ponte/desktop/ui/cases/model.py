"""The case list model: pages of rows fetched in SQL, never all 100,000 rows in Qt.

``CaseTableModel`` holds one page (``PAGE`` rows) at a time; the view asks for a new query
(search text, sort) and the model replaces its rows with ``set_page`` (begin/endResetModel,
as in Vorta's archive model). Fetching runs on the vault thread through ``TaskRunner``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ponte.app.casework import CasePage, CaseRow
from ponte.core.labels import label
from ponte.desktop.ui.common import fmt_day

PAGE = 200
ObjectRole = Qt.ItemDataRole.UserRole + 1


class CaseTableModel(QAbstractTableModel):
    COLUMNS = ("woman_code", "alias", "status", "opened_on")

    def __init__(self, lang: str = "it", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []
        self.total = 0
        self.lang = lang

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Name or alias"),
            self.tr("Status"),
            self.tr("First contact"),
        ]

    def set_page(self, page: CasePage) -> None:
        self.beginResetModel()
        self._rows = list(page.rows)
        self.total = page.total
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (on lock: nothing with case data stays in memory here)."""
        self.set_page(CasePage([], 0))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ObjectRole:
            return row
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self.COLUMNS[index.column()]
        if column == "status":
            return label(row.status, self.lang)
        if column == "opened_on":
            return fmt_day(row.opened_on)
        return getattr(row, column) or ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None
