"""Panels side by side while they fit, one above the other when they do not (WCAG 1.4.10).

At a large text size two columns of fields no longer fit a laptop's width; instead of a
horizontal scroll bar, the second column moves under the first.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QComboBox, QGridLayout, QSplitter, QWidget

Direction = QBoxLayout.Direction

#: A combo box is as wide as this many letters, not as its longest entry.
COMBO_LETTERS = 12


def letters_wide(combo: QComboBox, letters: int = COMBO_LETTERS) -> QComboBox:
    """``combo`` as wide as ``letters`` letters, not as its longest entry (its list still
    shows every entry whole): at a large text size the row it is in still fits the window."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    return combo


class SideBySide(QWidget):
    def __init__(self, *panels: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panels = panels
        self.box = QBoxLayout(Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        for panel in panels:
            self.box.addWidget(panel, 1)

    def needed_width(self) -> int:
        """The width the panels need side by side."""
        widths = [p.minimumSizeHint().width() for p in self.panels]
        return sum(widths) + self.box.spacing() * (len(widths) - 1)

    def side_by_side(self) -> bool:
        return self.box.direction() == Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = Direction.LeftToRight
        if event.size().width() < self.needed_width():
            wanted = Direction.TopToBottom
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            self.updateGeometry()
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        stacked = not self.side_by_side()
        width = self.needed_width() if not stacked else self.minimumSizeHint().width()
        return QSize(width, self._height(stacked=stacked))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest panel: below that the panels stack."""
        widest = max((p.minimumSizeHint().width() for p in self.panels), default=0)
        return QSize(widest, self._height(stacked=not self.side_by_side()))

    def _height(self, *, stacked: bool) -> int:
        heights = [p.sizeHint().height() for p in self.panels]
        if stacked:
            return sum(heights) + self.box.spacing() * (len(heights) - 1)
        return max(heights, default=0)


class StackingSplitter(QSplitter):
    """A splitter she can drag, side by side while its panes fit, one above the other when
    they do not (as ``SideBySide``)."""

    def _hints(self) -> list[QSize]:
        panes = (self.widget(i) for i in range(self.count()))
        return [pane.minimumSizeHint() for pane in panes if pane is not None]

    def needed_width(self) -> int:
        widths = [h.width() for h in self._hints()]
        return sum(widths) + self.handleWidth() * max(len(widths) - 1, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = Qt.Orientation.Horizontal
        if event.size().width() < self.needed_width():
            wanted = Qt.Orientation.Vertical
        if self.orientation() != wanted:
            self.setOrientation(wanted)
            self.updateGeometry()
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest pane: below that the panes stack."""
        hints = self._hints()
        widest = max((h.width() for h in hints), default=0)
        if self.orientation() == Qt.Orientation.Vertical:
            height = sum(h.height() for h in hints) + self.handleWidth() * max(len(hints) - 1, 0)
        else:
            height = max((h.height() for h in hints), default=0)
        return QSize(widest, height)


class Wrap(QWidget):
    """A row of buttons that wraps onto more lines when the window is too narrow for it."""

    def __init__(self, *widgets: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = widgets
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        self._place(len(widgets))

    def _widest(self) -> int:
        return max((w.sizeHint().width() for w in self.items), default=0)

    def _place(self, columns: int) -> None:
        columns = max(1, min(columns, len(self.items)))
        if columns == self.columns:
            return
        self.columns = columns
        for w in self.items:
            self.grid.removeWidget(w)
        for i, w in enumerate(self.items):
            self.grid.addWidget(w, i // columns, i % columns)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        step = self._widest() + self.grid.horizontalSpacing()
        self._place(max(1, (event.size().width() + self.grid.horizontalSpacing()) // max(step, 1)))
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        """As narrow as its widest button: below the row it wraps."""
        rows = -(-len(self.items) // max(self.columns, 1))
        height = max((w.sizeHint().height() for w in self.items), default=0)
        return QSize(self._widest(), rows * height + (rows - 1) * self.grid.verticalSpacing())
