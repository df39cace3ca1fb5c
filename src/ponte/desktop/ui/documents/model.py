"""The list of a case's documents (a case holds a handful: one small list, no paging)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ponte.app.documents import DocumentInfo
from ponte.core.labels import label
from ponte.desktop.ui.common import fmt_day

ObjectRole = Qt.ItemDataRole.UserRole + 1
_TYPES = {
    "application/pdf": "PDF",
    "image/png": "PNG",
    "image/jpeg": "JPEG",
    "image/tiff": "TIFF",
}


def human_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 2**20:.1f} MB"


class DocumentTableModel(QAbstractTableModel):
    COLUMNS = ("name", "kind", "media_type", "size", "added_at")

    def __init__(self, lang: str = "it", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[DocumentInfo] = []

    def headers(self) -> list[str]:
        return [
            self.tr("File"),
            self.tr("Kind"),
            self.tr("Type"),
            self.tr("Size"),
            self.tr("Added"),
        ]

    def set_rows(self, rows: list[DocumentInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def document(self, row: int) -> DocumentInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, doc_id: str) -> int:
        return next((i for i, d in enumerate(self._rows) if d.id == doc_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        doc = self.document(index.row()) if index.isValid() else None
        if doc is None:
            return None
        if role == ObjectRole:
            return doc
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self.COLUMNS[index.column()]
        if column == "kind":
            return label(doc.kind, self.lang)
        if column == "media_type":
            return _TYPES.get(doc.media_type, doc.media_type)
        if column == "size":
            return human_size(doc.size)
        if column == "added_at":
            return fmt_day(doc.added_at)
        return doc.name

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None
