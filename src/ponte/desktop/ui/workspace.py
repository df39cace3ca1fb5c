"""The signed-in workspace: a sidebar of sections and the section shown next to it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ponte.desktop.ui.common import scrolled


class Workspace(QWidget):
    section_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections"))
        self._fit_nav()
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.pages = QStackedWidget()
        self._items: dict[str, QListWidgetItem] = {}
        self._widgets: dict[str, QWidget] = {}
        self.nav.currentItemChanged.connect(self._on_current)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.nav)
        box.addWidget(self.pages, 1)

    def _fit_nav(self) -> None:
        """200 pixels at the usual text size, wider as the text grows: never cut."""
        self.nav.setFixedWidth(max(200, self.nav.fontMetrics().horizontalAdvance("M") * 11))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_nav()
        super().changeEvent(event)

    def add_section(self, key: str, title: str, widget: QWidget) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        page = scrolled(widget)  # larger text scrolls, never overflows the screen
        self.pages.addWidget(page)
        self._items[key] = item
        self._widgets[key] = page

    def set_title(self, key: str, title: str) -> None:
        self._items[key].setText(title)

    def set_available(self, key: str, available: bool) -> None:
        self._items[key].setHidden(not available)

    def available(self, key: str) -> bool:
        return key in self._items and not self._items[key].isHidden()

    def sections(self) -> list[str]:
        """The keys of the sections she can open now, in the sidebar's order."""
        return [key for key, item in self._items.items() if not item.isHidden()]

    def show_section(self, key: str) -> None:
        self.nav.setCurrentItem(self._items[key])

    def current(self) -> str:
        item = self.nav.currentItem()
        return "" if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _on_current(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        key = str(item.data(Qt.ItemDataRole.UserRole))
        self.pages.setCurrentWidget(self._widgets[key])
        self.section_shown.emit(key)


class Holder(QWidget):
    """A section whose screen needs the unlocked vault: built at sign-in, destroyed at lock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self.content: QWidget | None = None

    def set_content(self, widget: QWidget) -> None:
        self.drop()
        self.content = widget
        self._box.addWidget(widget)

    def drop(self) -> None:
        if self.content is not None:
            clear = getattr(self.content, "clear", None)
            if callable(clear):
                clear()
            self._box.removeWidget(self.content)
            self.content.deleteLater()
            self.content = None
