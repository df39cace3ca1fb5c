"""Tables over one page of rows: the model, a configured view, and the pager under it.

Lists are filtered and paged in SQL by storage; these widgets only show one page at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QWidget

from ponte.desktop.ui.common import fmt_n

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """One page of rows, already formatted; ``key(row)`` is the id behind a row."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[str]] = []
        self._keys: list[str] = []

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[str] | None = None) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._keys = list(keys) if keys is not None else ["" for _ in rows]
        self.endResetModel()

    def key(self, row: int) -> str:
        return self._keys[row]

    def row_values(self, row: int) -> list[str]:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            return self._rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


def table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None


class Pager(QWidget):
    """« Previous | entries 1–100 of 1,234 | Next »; asks for an offset, shows a page."""

    page_requested = Signal(int)

    def __init__(self, page_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.offset = 0
        self.total = 0
        self.previous = QPushButton(self.tr("« Previous"))
        self.next = QPushButton(self.tr("Next »"))
        self.label = QLabel()
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.previous)
        box.addStretch(1)
        box.addWidget(self.label)
        box.addStretch(1)
        box.addWidget(self.next)
        self.previous.clicked.connect(self._on_previous_clicked)
        self.next.clicked.connect(self._on_next_clicked)
        self.show_page(0, 0, 0)

    def show_page(self, offset: int, shown: int, total: int) -> None:
        self.offset, self.total = offset, total
        if total == 0:
            self.label.setText(self.tr("Nothing to show"))
        else:
            self.label.setText(
                self.tr("%1–%2 of %3")
                .replace("%1", fmt_n(offset + 1))
                .replace("%2", fmt_n(offset + shown))
                .replace("%3", fmt_n(total))
            )
        self.previous.setEnabled(offset > 0)
        self.next.setEnabled(offset + shown < total)

    def _on_previous_clicked(self) -> None:
        self.page_requested.emit(max(0, self.offset - self.page_size))

    def _on_next_clicked(self) -> None:
        self.page_requested.emit(self.offset + self.page_size)
